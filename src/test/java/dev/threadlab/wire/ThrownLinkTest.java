package dev.threadlab.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.threadlab.wire.ThrownLink.Role;
import org.junit.jupiter.api.Test;

final class ThrownLinkTest {

    @Test
    void aCauseAtTheTopLevelTravelsAsItsBareClassNameAsJShellSendsIt() {
        assertEquals("java.lang.IllegalStateException",
                new ThrownLink(Role.CAUSE, 0, "java.lang.IllegalStateException").encoded());
        assertEquals(new ThrownLink(Role.CAUSE, 0, "java.io.IOException"), ThrownLink.decode("java.io.IOException"));
    }

    @Test
    void everyOtherPlaceIsReadBackAsSent() {
        for (Role role : Role.values()) {
            ThrownLink link = new ThrownLink(role, 3, role == Role.NOT_SHOWN ? "" : "REPL.$JShell$12$Boom");
            assertEquals(link, ThrownLink.decode(link.encoded()));
        }
    }

    @Test
    void aMalformedNameIsTakenAsAClassName() {
        assertEquals(new ThrownLink(Role.CAUSE, 0, "threadlab:NOPE:x:y"), ThrownLink.decode("threadlab:NOPE:x:y"));
    }

    @Test
    void aNegativeDepthIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ThrownLink(Role.SUPPRESSED, -1, "X"));
        assertEquals("depth must be >= 0, was -1", e.getMessage());
    }
}
