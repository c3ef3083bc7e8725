package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.testing.Jupyter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Tag("integration")
@Execution(ExecutionMode.SAME_THREAD) // the build's first lane, for its two cores: see the failsafe plugin in pom.xml
final class InstallIT {

    @TempDir
    Path prefix;

    @Test
    void installIntoAPrefixGivesAWorkingKernelAndCommandAndUninstallRemovesThem() throws IOException {
        Jupyter jupyter = Jupyter.withThreadlabKernel();
        Path install = Path.of("install.sh").toAbsolutePath();
        Duration timeout = Duration.ofMinutes(4); // install.sh makes the kernel's start-up cache by a training run

        Jupyter.Run installed = jupyter.run(List.of("bash", install.toString(), "--prefix", prefix.toString(),
                "--no-build"), timeout);
        assertEquals(0, installed.exitCode(), "install.sh failed; output above:\n" + installed.failures());
        Path spec = prefix.resolve("share/jupyter/kernels/threadlab");
        assertTrue(Files.isRegularFile(spec.resolve("kernel.json")), "no kernel.json in " + spec);
        assertTrue(Files.isRegularFile(spec.resolve("logo-64x64.png")));
        String kernelJson = Files.readString(spec.resolve("kernel.json"));
        assertFalse(kernelJson.contains("AutoCreateSharedArchive") || kernelJson.contains("SharedArchiveFile"),
                "no kernel writes a class-data archive at run time: " + kernelJson);
        if (Runtime.version().feature() >= 25) {
            assertTrue(Files.isRegularFile(spec.resolve("kernel.aot")), "the training run made no start-up cache: "
                    + installed.output());
            assertTrue(kernelJson.contains("-XX:AOTCache=" + spec.resolve("kernel.aot")), kernelJson);
            // the installed kernel below runs its cells in engines started from this cache
            assertTrue(Files.isRegularFile(spec.resolve("engine.aot")), "the training run made no engine cache: "
                    + installed.output());
            assertTrue(kernelJson.contains("-Dthreadlab.engineAotCache=" + spec.resolve("engine.aot")), kernelJson);
        }

        Path launcher = prefix.resolve("bin/threadlab");
        Jupyter.Run version = jupyter.run(List.of(launcher.toString(), "--version"), timeout);
        assertEquals(0, version.exitCode());
        assertFalse(version.output().isBlank(), "threadlab --version printed nothing");

        Path lessons = prefix.resolve("share/threadlab/lessons");
        assertTrue(Files.isRegularFile(lessons.resolve("01-threads-io.ipynb")), "no lessons installed in " + lessons);
        Jupyter.Run learn = jupyter.run(List.of("sh", "-c", "'" + launcher + "' learn < /dev/null"), timeout,
                Map.of("HOME", prefix.toString()));
        assertEquals(2, learn.exitCode(), "without a terminal, threadlab learn lists the lessons and exits 2");
        assertTrue(learn.output().contains("Threads for work that waits"), "the launcher's learn did not find the lessons");

        Jupyter.Run kernel = jupyter.run(List.of(jupyter.pythonPath().toString(), "installed_kernel_check.py"),
                timeout, Map.of("JUPYTER_PATH", prefix.resolve("share/jupyter").toString(),
                        "THREADLAB_PROGRESS", prefix.resolve("progress.json").toString()));
        assertEquals(0, kernel.exitCode(), "the installed kernelspec did not run a cell; output above:\n" + kernel.failures());
        if (Runtime.version().feature() >= 25) {
            // A cache the JVM cannot map is skipped without a word (-Xlog:aot is off): with AOTMode=on it is an error,
            // so these prove that the kernel's JVM and the engine really start from their caches.
            Jupyter.Run mapped = jupyter.run(List.of(launcher.toString(), "--version"), timeout,
                    Map.of("JDK_JAVA_OPTIONS", "-XX:AOTMode=on"));
            assertEquals(0, mapped.exitCode(), "the command's JVM cannot use threadlab.aot:\n" + mapped.output());
            Jupyter.Run engineMapped = jupyter.run(List.of(jupyter.pythonPath().toString(), "installed_kernel_check.py"),
                    timeout, Map.of("JUPYTER_PATH", prefix.resolve("share/jupyter").toString(),
                            "THREADLAB_PROGRESS", prefix.resolve("progress.json").toString(),
                            "THREADLAB_ENGINE_OPTIONS", "-XX:AOTMode=on"));
            assertEquals(0, engineMapped.exitCode(), "the engine cannot use engine.aot:\n" + engineMapped.failures());

            // Grading engines have their own cache (other module options), read inside the sandbox.
            assertTrue(Files.isRegularFile(spec.resolve("grading-engine.aot")),
                    "the training grade made no grading-engine cache: " + installed.output());
            assertTrue(Files.readString(launcher).contains("-Dthreadlab.gradingEngineAotCache="
                    + spec.resolve("grading-engine.aot")), Files.readString(launcher));
            // ... and the command its own, from the same training grade
            assertTrue(Files.readString(launcher).contains("-XX:AOTCache=" + spec.resolve("threadlab.aot")),
                    Files.readString(launcher));
            Path sources = Path.of("lessons", "source").toAbsolutePath();
            Jupyter.Run graded = jupyter.run(List.of(launcher.toString(), "grade",
                    sources.resolve("00-welcome.ipynb").toString(), "--source", sources.toString(), "-o",
                    prefix.resolve("grades").toString()), timeout,
                    Map.of("THREADLAB_ENGINE_OPTIONS", "-XX:AOTMode=on"));
            assertEquals(0, graded.exitCode(), "a grading engine cannot use grading-engine.aot:\n" + graded.output());
            assertTrue(graded.output().contains("7/7"), "lesson 00's source must earn every point:\n" + graded.output());
        }

        Jupyter.Run again = jupyter.run(List.of("bash", install.toString(), "--prefix", prefix.toString(),
                "--no-build"), timeout);
        assertEquals(0, again.exitCode(), "installing twice must work (idempotent)");

        Jupyter.Run removed = jupyter.run(List.of("bash", install.toString(), "--prefix", prefix.toString(),
                "--uninstall"), timeout);
        assertEquals(0, removed.exitCode());
        assertFalse(Files.exists(spec), "the kernelspec is still there after --uninstall");
        assertFalse(Files.exists(launcher), "the command is still there after --uninstall");
        assertFalse(Files.exists(lessons), "the lessons are still there after --uninstall");
    }
}
