package dev.threadlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class ShardTest {

    @Test
    void theShardsOfAClassHoldEveryNotebookExactlyOnceAndDifferInSizeByOneAtMost() {
        List<Integer> notebooks = IntStream.range(0, 23).boxed().toList();
        List<Integer> together = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            List<Integer> part = new Shard(k, 5).of(notebooks);
            assertTrue(part.size() == 4 || part.size() == 5, "shard " + k + " has " + part.size());
            together.addAll(part);
        }
        together.sort(null);
        assertEquals(notebooks, together);
    }

    @Test
    void theSameInputsGiveTheSameSplit() {
        assertEquals(List.of("b", "d"), Shard.parse("2/2").of(List.of("a", "b", "c", "d")));
        assertEquals(List.of("a", "b", "c"), Shard.parse("1/1").of(List.of("a", "b", "c")));
        assertEquals(List.of(), Shard.parse("4/4").of(List.of("a", "b", "c")));
    }

    @Test
    void whatIsNotKOfNSaysSo() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("2"))
                .getMessage().contains("--shard takes K/N"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/3"))
                .getMessage().contains("1 <= K <= N"));
    }
}
