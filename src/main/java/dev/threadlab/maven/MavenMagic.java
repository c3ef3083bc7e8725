package dev.threadlab.maven;

import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.LineMagic;
import dev.threadlab.interpreter.Output;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code %maven group:artifact:version …}: resolves libraries with their dependencies (see
 * {@link MavenRequest} for the forms) and puts the jars on the class path of the compiler and the
 * engine. The jars are gone after {@code %reset} unless the line says {@code --keep}. Called on the
 * shell thread, one cell at a time.
 */
public final class MavenMagic implements LineMagic {

    /** Where the resolved jars go: the interpreter's class path. */
    public interface ClassPath {
        /**
         * Adds {@code jar}; keeps it after a restart of the engine only when {@code keepAfterReset}.
         *
         * @return empty when added, else why it could not be (e.g. the engine is not running)
         */
        Optional<String> add(Path jar, boolean keepAfterReset);

        /** Whether {@code jar} is on the class path already. */
        boolean contains(Path jar);
    }

    private final MavenResolver resolver;
    private final ClassPath classPath;

    public MavenMagic(MavenResolver resolver, ClassPath classPath) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.classPath = Objects.requireNonNull(classPath, "classPath");
    }

    @Override
    public String name() {
        return "%maven";
    }

    @Override
    public String help() {
        return "add libraries by Maven coordinates (group:artifact:version) with their dependencies; --repo URL, "
                + "--exclude g:a, --keep (survive %reset)";
    }

    @Override
    public ExecuteOutcome run(String argument, Output output) {
        MavenRequest request;
        try {
            request = MavenRequest.parse(argument);
        } catch (IllegalArgumentException e) {
            return failed("UsageError", e.getMessage());
        }
        MavenResolver.Resolution resolution;
        try {
            resolution = resolver.resolve(request, output::stdout);
        } catch (MavenResolver.ResolutionFailure e) {
            return failed("MavenError", e.getMessage());
        }
        List<String> names = new ArrayList<>();
        for (Path jar : resolution.jars()) {
            if (classPath.contains(jar)) {
                continue; // from an earlier %maven or %jars
            }
            Optional<String> problem = classPath.add(jar, request.keep());
            if (problem.isPresent()) {
                return failed("EngineUnavailable", "The libraries were resolved but could not be added to the "
                        + "class path: " + problem.get());
            }
            names.add(jar.getFileName().toString());
        }
        output.stdout(summary(resolution, names, request.keep()));
        return new ExecuteOutcome.Ok(null);
    }

    private String summary(MavenResolver.Resolution resolution, List<String> names, boolean keep) {
        String downloaded = resolution.downloads() == 0 ? ""
                : " (downloaded " + resolution.downloads() + " file" + (resolution.downloads() == 1 ? "" : "s") + ", "
                        + Downloads.bytes(resolution.downloadedBytes()) + ")";
        if (names.isEmpty()) {
            return "Already on the class path: nothing new to add" + downloaded + ".\n";
        }
        return "Added to the class path" + downloaded + ": " + String.join(", ", names)
                + (keep ? "; they stay after %reset." : "; %reset removes them (add --keep to keep them).") + "\n";
    }

    private static Failed failed(String ename, String message) {
        return new Failed(ename, message, List.of(ename + ": " + message));
    }
}
