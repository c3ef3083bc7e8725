package dev.threadlab.cli;

import dev.threadlab.lessons.grade.GradeReport;
import dev.threadlab.lessons.grade.NotebookGrade;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threadlab merge SHARD... -o DIR}: the grades of a class graded in shards, as one report. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge the grades of a class graded in parts (threadlab grade --shard K/N on several machines)"
                + " into one grades.json and grades.csv, and print the score table.",
                "Exit status: 0 when every notebook was graded, 1 when one could not be, 2 for a usage error"
                        + " (an unreadable report, or a notebook graded in two shards)."})
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR|grades.json",
            description = "The output directories of the shards (their grades.json), or the grades.json files.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
            description = "Where to write the merged grades.json and grades.csv. Default: the current directory.")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<NotebookGrade> all = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path input : inputs) {
            Path report = Files.isDirectory(input) ? input.resolve("grades.json") : input;
            if (report.toAbsolutePath().normalize().equals(output.resolve("grades.json").toAbsolutePath().normalize())) {
                throw new ParameterException(spec.commandLine(), report + " is also where the merged grades go;"
                        + " write them elsewhere with -o DIR.");
            }
            List<NotebookGrade> grades;
            try {
                grades = GradeReport.read(report);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), Files.exists(report)
                        ? e.getMessage() : report + " does not exist: name the shards' output directories"
                        + " (each holds the grades.json that threadlab grade -o DIR wrote).");
            }
            for (NotebookGrade grade : grades) {
                Path earlier = seen.putIfAbsent(grade.file(), report);
                if (earlier != null) {
                    throw new ParameterException(spec.commandLine(), grade.file() + " was graded in both " + earlier
                            + " and " + report + ": were the shards run on the same notebooks with different"
                            + " --shard K/N (same N)?");
                }
                all.add(grade);
            }
        }
        all.sort(Comparator.comparing(NotebookGrade::file));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.print(GradeReport.table(all));
        out.print(GradeReport.remarks(all));
        out.flush();
        try {
            GradeReport.write(output, all);
        } catch (IOException e) {
            err.println("threadlab merge: could not write the grades to " + output + " (" + e.getMessage()
                    + "); check that the directory is writable.");
            return 1;
        }
        err.println("Merged " + inputs.size() + " part(s), " + all.size() + " notebooks: wrote "
                + output.resolve("grades.json") + " and " + output.resolve("grades.csv") + ".");
        return all.stream().allMatch(NotebookGrade::graded) ? 0 : 1;
    }
}
