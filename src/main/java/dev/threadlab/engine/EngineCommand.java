package dev.threadlab.engine;

import dev.threadlab.wire.Wire;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line and environment that start an engine JVM for {@link EngineOptions}: the JVM's flags, the
 * engine module (or class path), where to connect, and for a sandboxed engine the {@code bwrap} command in
 * front. Stateless.
 */
final class EngineCommand {

    /** The home directory of a sandboxed engine: empty, private, gone with the sandbox. */
    static final String SANDBOX_HOME = "/home/learner";
    /** Read-only in every sandbox (missing ones are skipped): the system's programs, libraries and settings. */
    private static final List<String> SYSTEM = List.of("/usr", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32",
            "/etc");

    private EngineCommand() {}

    /** The whole command: {@code [bwrap …] java … EngineMain <where to connect>}. */
    static List<String> of(EngineOptions options, EngineListener listener) {
        List<String> command = new ArrayList<>();
        options.confinement().sandbox().ifPresent(sandbox -> command.addAll(sandbox(sandbox, options, listener)));
        command.addAll(java(options));
        command.addAll(listener.engineArguments());
        return command;
    }

    /**
     * The engine's environment: the kernel's own for a live engine (a learner's {@code PATH} and settings);
     * for a grading engine only what a program needs, so none of the grader's variables reach student code.
     */
    static void environment(EngineOptions options, Map<String, String> environment) {
        if (!options.confinement().grading()) {
            return;
        }
        environment.clear();
        environment.put("LANG", "C.UTF-8");
        environment.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        if (options.confinement().sandbox().isPresent()) {
            environment.put("HOME", SANDBOX_HOME);
            environment.put("TMPDIR", "/tmp");
        }
    }

    /** {@code java}, its flags, and the engine's main class: as the engine module when there is one. */
    static List<String> java(EngineOptions options) {
        List<String> command = new ArrayList<>();
        command.add(options.javaExecutable().toString());
        // Also in module mode: java.class.path names the jar, which child JVMs (Subprocess, ProcessPool) use.
        // Absolute: a sandboxed engine starts in its own empty home, where a relative path means nothing.
        String classPath = options.classPath().stream().map(p -> p.toAbsolutePath().normalize().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        command.add("-cp");
        command.add(classPath);
        command.addAll(options.confinement().grading()
                ? StartupCache.forGrading(options.jvmFlags(), System::getProperty) : options.jvmFlags());
        command.addAll(options.confinement().jvmFlags(options.javaFeature()));
        if (options.confinement().sandbox().isPresent()) {
            command.add("-Duser.home=" + SANDBOX_HOME); // the JVM would take the account's home, not visible inside
        }
        if (options.modular()) {
            command.add("--add-exports=java.base/jdk.internal.vm=" + EngineOptions.ENGINE_MODULE);
            command.add("--add-opens=java.base/java.util.concurrent.locks=" + EngineOptions.ENGINE_MODULE);
            // the toolkit shuts down a pool an answer left open: from its worker thread's task to the pool
            command.add("--add-opens=java.base/java.lang=" + EngineOptions.ENGINE_MODULE);
            command.add("--add-opens=java.base/java.util.concurrent=" + EngineOptions.ENGINE_MODULE);
            command.add("--add-opens=jdk.jshell/jdk.jshell.execution=" + EngineOptions.ENGINE_MODULE);
            if (options.confinement().grading() && options.javaFeature() >= 22) {
                // the agent makes the grading engine's process non-dumpable through the foreign function API
                command.add("--enable-native-access=" + EngineOptions.ENGINE_MODULE);
            }
            command.add("--module-path");
            command.add(classPath);
            command.add("--add-modules=ALL-DEFAULT"); // what a class path program sees: java.net.http, java.sql, …
            command.add("--module");
            command.add(EngineOptions.ENGINE_MODULE + "/" + Wire.ENGINE_MAIN_CLASS);
        } else {
            command.add("--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED");
            command.add("--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");
            command.add("--add-opens=jdk.jshell/jdk.jshell.execution=ALL-UNNAMED");
            command.add(Wire.ENGINE_MAIN_CLASS);
        }
        return command;
    }

    /**
     * {@code bwrap} with: its own user, process, network (loopback only), IPC and host name namespaces; no
     * capabilities (bwrap run by root would keep them); a new session (no terminal to push keys into); the
     * system read-only; the JDK, the engine's class path, the grading engines' start-up cache (if there is one,
     * see {@link StartupCache#forGrading}) and the socket's directory read-only; {@code /tmp}
     * and home empty and private. Nothing else of the file system: no sources, no submissions, no output
     * directory, no working directory. It dies with the grader.
     */
    static List<String> sandbox(Confinement.Sandbox sandbox, EngineOptions options, EngineListener listener) {
        List<String> command = new ArrayList<>(List.of(sandbox.bwrap().toString(),
                "--die-with-parent", "--new-session", "--unshare-all", "--cap-drop", "ALL"));
        for (String dir : SYSTEM) {
            command.addAll(List.of("--ro-bind-try", dir, dir));
        }
        command.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--dir", SANDBOX_HOME));
        Set<Path> readable = new LinkedHashSet<>();
        readable.add(options.javaHome().toAbsolutePath().normalize());
        options.classPath().forEach(p -> readable.add(p.toAbsolutePath().normalize()));
        StartupCache.gradingCache(System::getProperty).ifPresent(readable::add);
        if (listener.socketDirectory() != null) {
            readable.add(listener.socketDirectory());
        }
        for (Path path : readable) {
            command.addAll(List.of("--ro-bind", path.toString(), path.toString()));
        }
        command.addAll(List.of("--chdir", SANDBOX_HOME, "--"));
        return command;
    }
}
