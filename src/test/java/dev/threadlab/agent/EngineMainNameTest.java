package dev.threadlab.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.wire.Wire;
import org.junit.jupiter.api.Test;

/** The kernel names the engine's main class without loading the agent; the name must stay the class's. */
final class EngineMainNameTest {

    @Test
    void theWireNamesTheAgentsMainClass() {
        assertEquals(EngineMain.class.getName(), Wire.ENGINE_MAIN_CLASS);
    }
}
