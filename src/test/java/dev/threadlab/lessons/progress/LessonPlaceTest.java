package dev.threadlab.lessons.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.lessons.progress.ProgressStore.LessonPlace;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class LessonPlaceTest {

    private static List<Optional<String>> ids(String... ids) {
        return Stream.of(ids).map(id -> id.isEmpty() ? Optional.<String>empty() : Optional.of(id)).toList();
    }

    @Test
    void opensAtTheRememberedCellInAnUnchangedLesson() {
        assertEquals(2, new LessonPlace(2, 4, Optional.of("c")).in(ids("a", "b", "c", "d")));
    }

    @Test
    void followsItsCellWhenCellsWereAddedOrRemovedAbove() {
        LessonPlace place = new LessonPlace(2, 4, Optional.of("c"));
        assertEquals(4, place.in(ids("new1", "a", "new2", "b", "c", "d")));
        assertEquals(0, place.in(ids("c", "d")));
    }

    @Test
    void keepsTheIndexWhenItsCellIsGoneOrHadNoId() {
        assertEquals(2, new LessonPlace(2, 4, Optional.of("c")).in(ids("a", "b", "x", "d")));
        assertEquals(1, new LessonPlace(1, 3, Optional.empty()).in(ids("", "", "")));
    }

    @Test
    void aLessonThatBecameShorterOpensAtItsLastCell() {
        assertEquals(2, new LessonPlace(7, 9, Optional.of("gone")).in(ids("a", "b", "c")));
        assertEquals(0, new LessonPlace(7, 9, Optional.empty()).in(ids()));
    }

    @Test
    void theEndStaysTheEndWhateverTheLessonsLength() {
        LessonPlace end = new LessonPlace(4, 4, Optional.empty());
        assertTrue(end.atEnd());
        assertEquals(6, end.in(ids("a", "b", "c", "d", "e", "f")));
        assertEquals(2, end.in(ids("a", "b")));
    }

    @Test
    void guardsNameTheRuleAndTheValue() {
        assertEquals("index must be within 0..3, was 4",
                assertThrows(IllegalArgumentException.class, () -> new LessonPlace(4, 3, Optional.empty())).getMessage());
        assertEquals("index must be within 0..3, was -1",
                assertThrows(IllegalArgumentException.class, () -> new LessonPlace(-1, 3, Optional.empty())).getMessage());
        assertEquals("cells must be >= 0, was -2",
                assertThrows(IllegalArgumentException.class, () -> new LessonPlace(0, -2, Optional.empty())).getMessage());
    }

    @Test
    void theEndHasNoCellId() {
        assertEquals(Optional.empty(), new LessonPlace(3, 3, Optional.of("x")).cellId());
        assertEquals(Optional.empty(), new LessonPlace(1, 3, Optional.of(" ")).cellId());
    }
}
