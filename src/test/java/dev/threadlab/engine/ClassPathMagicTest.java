package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ClassPathMagicTest {

    @Test
    void anAbsolutePathThatMatchesNothingSaysSoWithoutWhereRelativePathsAreLookedFor() {
        Failed failed = ClassPathMagic.noMatch("/nonexistent/*.jar");

        assertEquals("/nonexistent/*.jar matches no file or directory. Check the path and the file name.",
                failed.evalue());
        assertEquals(List.of(failed.evalue()), failed.traceback());
        assertEquals("~/nonexistent.jar matches no file or directory. Check the path and the file name.",
                ClassPathMagic.noMatch("~/nonexistent.jar").evalue());
    }

    @Test
    void aRelativePathThatMatchesNothingSaysWhereItWasLookedFor() {
        Failed failed = ClassPathMagic.noMatch("lib/*.jar");

        assertEquals("lib/*.jar matches no file or directory (looked in " + Path.of("").toAbsolutePath()
                + "). Check the path and the file name.", failed.evalue());
        assertEquals(List.of(failed.evalue()), failed.traceback());
    }
}
