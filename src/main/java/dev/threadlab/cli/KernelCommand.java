package dev.threadlab.cli;

import dev.threadlab.engine.JShellInterpreter;
import dev.threadlab.engine.Magics;
import dev.threadlab.kernel.Interpreter;
import dev.threadlab.kernel.Kernel;
import dev.threadlab.kernel.KernelIdentity;
import dev.threadlab.lessons.ProgressMagic;
import dev.threadlab.lessons.ProgressRecorder;
import dev.threadlab.lessons.ProgressStore;
import dev.threadlab.maven.MavenMagic;
import dev.threadlab.maven.MavenResolver;
import dev.threadlab.protocol.ConnectionInfo;
import dev.threadlab.transport.ZmqTransport;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadlab kernel -f FILE}: serves Jupyter as the Java kernel. Jupyter starts this itself. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Serve a Jupyter front end as the Java kernel (Jupyter starts this for you).")
final class KernelCommand implements Callable<Integer> {

    @Option(names = {"-f", "--connection-file"}, required = true, paramLabel = "FILE",
            description = "The connection file Jupyter wrote for this kernel.")
    private Path connectionFile;

    @Override
    public Integer call() throws InterruptedException {
        Logging.configure();
        ConnectionInfo info = ConnectionInfo.read(connectionFile);
        // The engine JVM starts in the background while the sockets come up: kernel_info is answered
        // before the engine is warm.
        ProgressStore progress = ProgressStore.forUser(System.getenv());
        JShellInterpreter engine = new JShellInterpreter();
        MavenMagic maven = new MavenMagic(MavenResolver.forUser(System.getenv()), new MavenMagic.ClassPath() {
            @Override public Optional<String> add(Path jar, boolean keep) {
                return engine.addLibrary(jar, keep);
            }

            @Override public boolean contains(Path jar) {
                return engine.onClassPath(jar);
            }
        });
        Interpreter java = new ProgressRecorder(
                new Magics(engine, List.of(new ProgressMagic(progress, ZoneId.systemDefault()), maven)), progress);
        ProcessLifeline.onInterruptSignal(java::interrupt);
        Thread serving = Thread.currentThread();
        ProcessLifeline.onParentExit(serving::interrupt);
        try (Kernel kernel = new Kernel(ZmqTransport.of(info), java, KernelIdentity.threadlab(Version.current()))) {
            kernel.start();
            kernel.awaitShutdown();
        } catch (InterruptedException e) {
            // Jupyter went away: closing the kernel (above) also ends the engine.
        }
        return 0;
    }
}
