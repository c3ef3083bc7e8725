package dev.threadlab.cli;

import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.kernel.Kernel;
import dev.threadlab.kernel.KernelIdentity;
import dev.threadlab.lessons.progress.ProgressStore;
import dev.threadlab.protocol.Codec;
import dev.threadlab.protocol.ConnectionInfo;
import dev.threadlab.transport.ZmqTransport;
import java.nio.file.Path;
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
        Interpreter java = LearnerEngine.create(progress);
        ProcessLifeline.onInterruptSignal(java::interrupt);
        Thread serving = Thread.currentThread();
        ProcessLifeline.onParentExit(serving::interrupt);
        Codec codec = Codec.of(info);
        try (Kernel kernel = new Kernel(new ZmqTransport(info, codec), java, KernelIdentity.threadlab(Version.current()))) {
            kernel.start();
            warmUp(codec);
            kernel.awaitShutdown();
        } catch (InterruptedException e) {
            // Jupyter went away: closing the kernel (above) also ends the engine.
        }
        return 0;
    }

    /**
     * Readies the codec for the first cell while the client connects (see {@link Codec#warmUp}). Nothing it
     * throws may end this thread: the kernel's own threads are daemons, so the JVM would exit with it.
     */
    private static void warmUp(Codec codec) {
        try {
            codec.warmUp();
        } catch (RuntimeException | LinkageError e) {
            System.getLogger(KernelCommand.class.getName()).log(System.Logger.Level.WARNING,
                    "warming up the message codec failed; the first requests decode slower", e);
        }
    }
}
