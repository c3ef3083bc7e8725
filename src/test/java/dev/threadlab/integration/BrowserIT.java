package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.threadlab.testing.Jupyter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Lesson 01 in Jupyter Notebook 6, driven by Selenium in headless Chromium ({@code browser_checks.py}): Run All
 * through the student and the source notebook, charts, check results, interrupt, System.exit, completion and
 * documentation, an untrusted executed copy, and a scratch notebook ({@code %threads}, a thread dump, the toolkit's
 * Javadoc); screenshots in {@code target/browser}.
 */
@Tag("integration")
final class BrowserIT {

    @Test
    void lessonOneRunsAllInNotebookSixAndThePageShowsEverythingTheKernelSays() throws Exception {
        Jupyter jupyter = Jupyter.withThreadlabKernel();
        Jupyter.Run probe = jupyter.python(Duration.ofMinutes(1), "-c",
                "import selenium, notebook, shutil, sys; sys.exit(0 if shutil.which('chromium')"
                        + " and shutil.which('chromedriver') else 3)");
        Jupyter.require(probe.exitCode() == 0, "the browser tests need Debian's python3-selenium, chromium,"
                + " chromium-driver and python3-notebook (" + probe.output().strip() + ")");
        Path shots = Files.createDirectories(Path.of("target", "browser").toAbsolutePath());
        Jupyter.Run run = jupyter.run(List.of(jupyter.pythonPath().toString(), "-m", "unittest", "-v",
                "browser_checks"), Duration.ofMinutes(15), Map.of("THREADLAB_SCREENSHOTS", shots.toString()));
        assertEquals(0, run.exitCode(), "the lesson did not show in the browser as expected; output above,"
                + " screenshots in " + shots + ":\n" + run.failures());
        assertFalse(run.output().contains("skipped"), "no browser check may be skipped");
    }
}
