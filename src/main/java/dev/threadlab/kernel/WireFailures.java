package dev.threadlab.kernel;

import dev.threadlab.interpreter.Failure;
import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Reply;

/**
 * The one crossing of a {@link Failure} from the interpreter SPI to the Jupyter wire: the protocol keeps its
 * own records (it knows nothing of the SPI), so every error the kernel sends or replies is made here, from a
 * failure whose traceback already has a line. Stateless.
 */
final class WireFailures {

    private WireFailures() {}

    /** {@code failure} as the {@code ename/evalue/traceback} of a reply with status {@code error}. */
    static Reply.Failure reply(Failure failure) {
        return new Reply.Failure(failure.ename(), failure.evalue(), failure.traceback());
    }

    /** {@code failure} as the {@code error} message published on IOPub. */
    static IoPub.Error published(Failure failure) {
        return new IoPub.Error(failure.ename(), failure.evalue(), failure.traceback());
    }
}
