package dev.threadlab.cli;

import dev.threadlab.lessons.grade.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Notebook arguments of a command: a directory stands for the {@code *.ipynb} files in it (sorted, not recursive). */
final class Inputs {

    private Inputs() {}

    /**
     * The notebooks {@code arguments} name, a directory's in name order.
     *
     * @throws ParameterException when a file does not exist, or a directory has no notebooks or cannot be
     *                            listed (a usage error)
     */
    static List<Path> notebooks(List<Path> arguments, CommandSpec spec) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (!Files.exists(argument)) {
                // where a relative path was looked for may not be where the user thinks; an absolute one says it
                String where = argument.isAbsolute() ? "" : " (looked in " + Path.of("").toAbsolutePath() + ")";
                throw new ParameterException(spec.commandLine(), argument + " does not exist" + where
                        + "; check the path and the file name.");
            }
            if (!Files.isDirectory(argument)) {
                files.add(argument);
                continue;
            }
            try {
                List<Path> inside = Sources.notebooksIn(argument);
                if (inside.isEmpty()) {
                    throw new ParameterException(spec.commandLine(),
                            argument + " has no .ipynb files (subdirectories are not searched); name the notebooks or their directory.");
                }
                files.addAll(inside);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), argument + " could not be listed: " + e.getMessage());
            }
        }
        return files;
    }
}
