package dev.threadlab.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds bubblewrap and proves that it can make here what a grading engine's sandbox needs (its own user,
 * process and network namespaces), by starting {@code true} in one; or says, for a teacher, why it cannot
 * and what to do. Stateless.
 */
public final class SandboxProbe {

    private static final long PROBE_SECONDS = 30;

    private SandboxProbe() {}

    /** What the probe found. */
    public sealed interface Result {
        /** The sandbox works. */
        record Ready(Confinement.Sandbox sandbox) implements Result {}

        /** It does not, for {@code why} (a sentence a teacher can act on). */
        record Unavailable(String why) implements Result {}
    }

    /** Probes with the {@code PATH} of {@code environment}. */
    public static Result probe(Map<String, String> environment) {
        String os = System.getProperty("os.name", "");
        if (!os.toLowerCase(Locale.ROOT).contains("linux")) {
            return new Result.Unavailable("the sandbox is bubblewrap, which needs Linux; this is " + os + ".");
        }
        Optional<Path> bwrap = onPath("bwrap", environment.getOrDefault("PATH", "/usr/bin:/bin"));
        if (bwrap.isEmpty()) {
            return new Result.Unavailable("bubblewrap (bwrap) is not installed: install it (Debian, Ubuntu: sudo apt-get"
                    + " install bubblewrap; Fedora: sudo dnf install bubblewrap).");
        }
        List<String> command = List.of(bwrap.get().toString(), "--die-with-parent", "--unshare-all", "--cap-drop", "ALL",
                "--ro-bind-try", "/usr", "/usr", "--ro-bind-try", "/bin", "/bin", "--ro-bind-try", "/lib", "/lib",
                "--ro-bind-try", "/lib64", "/lib64", "--proc", "/proc", "--dev", "/dev", "--", "true");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result.Unavailable("bubblewrap did not start a sandbox within " + PROBE_SECONDS + " s.");
            }
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                return new Result.Unavailable("bubblewrap cannot make the namespaces a sandbox needs here (it said: "
                        + (said.isEmpty() ? "exit code " + process.exitValue() : said) + "). Unprivileged user"
                        + " namespaces may be turned off: on Debian, sudo sysctl -w kernel.unprivileged_userns_clone=1;"
                        + " on Ubuntu 24.04 or newer, an AppArmor profile for bwrap or"
                        + " kernel.apparmor_restrict_unprivileged_userns=0; in a container, one that allows them.");
            }
            return new Result.Ready(new Confinement.Sandbox(bwrap.get()));
        } catch (IOException e) {
            return new Result.Unavailable("bubblewrap (" + bwrap.get() + ") could not be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result.Unavailable("interrupted while trying bubblewrap.");
        }
    }

    private static Optional<Path> onPath(String program, String path) {
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, program);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
