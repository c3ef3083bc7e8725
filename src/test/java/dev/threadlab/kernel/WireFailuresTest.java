package dev.threadlab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.interpreter.Failure;
import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;

final class WireFailuresTest {

    @Test
    void aFailureCrossesToTheWireWithItsThreeParts() {
        Failure failure = new Failure("BadRequest", "no code", List.of());
        assertEquals(new Reply.Failure("BadRequest", "no code", List.of("BadRequest: no code")),
                WireFailures.reply(failure));
        assertEquals(new IoPub.Error("BadRequest", "no code", List.of("BadRequest: no code")),
                WireFailures.published(failure));
    }
}
