package dev.threadlab.kernel;

import dev.threadlab.protocol.Reply.HelpLink;
import java.util.List;
import java.util.Objects;

/**
 * What the kernel says about itself in {@code kernel_info_reply}.
 *
 * @param version   Threadlab's version
 * @param helpLinks entries for the front end's Help menu
 */
public record KernelIdentity(String version, List<HelpLink> helpLinks) {
    public KernelIdentity {
        Objects.requireNonNull(version, "version");
        helpLinks = List.copyOf(helpLinks);
    }

    /** Threadlab's own identity, with links to the Java documentation a learner needs most. */
    public static KernelIdentity threadlab(String version) {
        int feature = Runtime.version().feature();
        String api = "https://docs.oracle.com/en/java/javase/" + feature + "/docs/api/";
        return new KernelIdentity(version, List.of(
                new HelpLink("Java " + feature + " API", api + "index.html"),
                new HelpLink("java.util.concurrent", api + "java.base/java/util/concurrent/package-summary.html"),
                new HelpLink("JShell guide", "https://docs.oracle.com/en/java/javase/" + feature
                        + "/jshell/introduction-jshell.html")));
    }
}
