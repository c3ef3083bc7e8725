package dev.threadlab.engine;

import dev.threadlab.interpreter.Cell;
import dev.threadlab.interpreter.Completeness;
import dev.threadlab.interpreter.Completion;
import dev.threadlab.interpreter.ExecuteOutcome;
import dev.threadlab.interpreter.ExecuteOutcome.Failed;
import dev.threadlab.interpreter.ForwardingInterpreter;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.interpreter.LineMagic;
import dev.threadlab.interpreter.Output;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * IPython-style magics in front of a {@link JShellInterpreter}: a cell starting with {@code %%name} is a
 * cell magic; lines starting with {@code %name} at the top of a cell are line magics, run before the
 * Java code that follows them. Everything else goes to Java unchanged. Same thread contract as the
 * interpreter it wraps.
 */
public final class Magics extends ForwardingInterpreter {

    private static final Map<String, String> BUILT_IN = new LinkedHashMap<>();

    static {
        BUILT_IN.put("%%time", "run the cell and print its wall time and the engine's CPU time (all threads)");
        BUILT_IN.put("%timeit", "time a statement or expression: repeated runs, mean ± std. dev. per loop");
        BUILT_IN.put("%jars", "add jar files (paths or globs) to the class path of the compiler and the engine");
        BUILT_IN.put("%classpath", "add directories or jars to the class path; without arguments, list it");
        BUILT_IN.put("%threads", "list the live threads started by cells (state, origin cell, where) and child processes");
        BUILT_IN.put("%reset", "restart the Java engine: variables, classes, threads and child processes are gone");
        BUILT_IN.put("%memory", "how much memory the Java engine holds (heap in use after a collection, resident size)");
        BUILT_IN.put("%who", "list the variables (type and value), methods and classes the cells declared");
        BUILT_IN.put("%lsmagic", "list the magics' names");
        BUILT_IN.put("%help", "list the magics, with what each one does");
    }

    private final JShellInterpreter java;
    private final TimeMagic time;
    private final TimeitMagic timeit;
    private final ClassPathMagic classPath;
    private final ThreadsMagic threads;
    private final MemoryMagic memory;
    private final WhoMagic who;
    private final Map<String, LineMagic> added = new LinkedHashMap<>();
    private final Map<String, String> help = new LinkedHashMap<>(BUILT_IN);

    /** Magics in front of {@code java}, which this object owns (closing it closes both). */
    public Magics(JShellInterpreter java) {
        this(java, List.of());
    }

    /** The built-in magics plus {@code more} (whose names must not clash with them or each other). */
    public Magics(JShellInterpreter java, List<LineMagic> more) {
        this.java = Objects.requireNonNull(java, "java");
        EngineAccess engine = java.access();
        this.time = new TimeMagic(java, engine::cpuTime, engine::pid);
        this.timeit = new TimeitMagic(java, engine);
        this.classPath = new ClassPathMagic(engine);
        this.threads = new ThreadsMagic(engine);
        this.memory = new MemoryMagic(engine);
        this.who = new WhoMagic(engine);
        for (LineMagic magic : more) {
            if (!magic.name().startsWith("%") || help.containsKey(magic.name())) {
                throw new IllegalArgumentException("a magic needs a new name starting with %, was " + magic.name());
            }
            added.put(magic.name(), magic);
            help.put(magic.name(), magic.help());
        }
    }

    @Override
    public ExecuteOutcome execute(Cell cell, Output output) {
        MagicCell magics = MagicCell.parse(cell.code());
        Optional<MagicCell.Line> misplaced = magics.misplaced(help.keySet());
        if (misplaced.isPresent()) {
            return misplaced(misplaced.get(), magics.cellMagic());
        }
        if (magics.cellMagic().isPresent()) {
            String name = magics.cellMagic().get().name();
            if (name.equals("%%time")) {
                return time.run(cell.withCode(magics.code()), output);
            }
            return unknown(name);
        }
        ExecuteOutcome outcome = null;
        for (MagicCell.Line line : magics.lineMagics()) {
            outcome = lineMagic(line, cell, output);
            if (outcome instanceof Failed) {
                return outcome;
            }
        }
        if (outcome != null && magics.code().isBlank()) {
            return outcome;
        }
        return java.execute(cell.withCode(magics.code()), output);
    }

    private ExecuteOutcome lineMagic(MagicCell.Line line, Cell cell, Output output) {
        String argument = line.argument();
        return switch (line.name()) {
            case "%timeit" -> timeit.run(line, cell, output);
            case "%jars", "%classpath" -> classPath.run(line.name(), argument, output);
            case "%threads" -> threads.threads(output);
            case "%reset" -> threads.reset(output);
            case "%memory" -> memory.run(output);
            case "%who" -> who.run(output);
            case "%lsmagic" -> lsmagic(output);
            case "%help" -> help(output);
            default -> added.containsKey(line.name()) ? added.get(line.name()).run(argument, output) : unknown(line.name());
        };
    }

    private ExecuteOutcome help(Output output) {
        StringBuilder text = new StringBuilder("Magics of this kernel:\n");
        help.forEach((name, what) -> text.append(String.format("  %-11s %s%n", name, what)));
        output.stdout(text.toString());
        return new ExecuteOutcome.Ok(null);
    }

    private ExecuteOutcome lsmagic(Output output) {
        List<String> line = help.keySet().stream().filter(m -> !m.startsWith("%%")).sorted().toList();
        List<String> cell = help.keySet().stream().filter(m -> m.startsWith("%%")).sorted().toList();
        output.stdout("Line magics: " + String.join("  ", line) + "\nCell magics: " + String.join("  ", cell)
                + "\n%help says what each one does.\n");
        return new ExecuteOutcome.Ok(null);
    }

    /** A magic on a line where it does not run as one: the cell would fail to compile on it. */
    static Failed misplaced(MagicCell.Line line, Optional<MagicCell.Line> cellMagic) {
        String name = line.name();
        String where = name + " is on line " + line.line() + " of the cell";
        String evalue;
        if (name.startsWith("%%")) {
            evalue = where + ", but a cell magic must be the cell's first line: it applies to the whole cell."
                    + " Move " + name + " to the top of the cell (the code above it can go into a cell of its own).";
        } else if (cellMagic.isPresent()) {
            evalue = where + ", inside " + cellMagic.get().name() + ", which runs Java code only. Put " + name
                    + " into a cell of its own.";
        } else {
            evalue = where + ", below code: line magics run before the cell's code, so they must be at the top of"
                    + " the cell. Move " + name + " to the top, or into a cell of its own.";
        }
        return new Failed("MisplacedMagic", evalue, List.of());
    }

    private Failed unknown(String name) {
        Optional<String> near = MagicNames.nearest(name, help.keySet());
        String evalue = near.map(m -> name + " is not a magic this kernel knows: did you mean " + m + "? ")
                .orElse(name + " is not a magic this kernel knows. ")
                + "Known magics: " + String.join(", ", help.keySet()) + ".";
        return new Failed("UnknownMagic", evalue, List.of());
    }

    @Override
    public Completion complete(String code, int cursor) {
        int index = CellText.utf16Index(code, cursor);
        int lineStart = code.lastIndexOf('\n', index - 1) + 1;
        String word = code.substring(lineStart, index);
        if (word.startsWith("%") && word.chars().noneMatch(Character::isWhitespace)) {
            List<String> matches = new ArrayList<>();
            help.keySet().stream().filter(m -> m.startsWith(word)).forEach(matches::add);
            return new Completion(matches, CellText.codePointOffset(code, lineStart), CellText.codePointOffset(code, index));
        }
        return java.complete(code, cursor);
    }

    @Override
    public Completeness isComplete(String code) {
        String rest = code.stripLeading();
        boolean magic = rest.startsWith("%");
        if (rest.startsWith("%%")) {
            int lineEnd = rest.indexOf('\n');
            rest = lineEnd < 0 ? "" : rest.substring(lineEnd + 1);
            if (rest.isBlank() && !rest.contains("\n")) {
                return new Completeness.Incomplete(""); // waits for the body; an empty line runs it as it is
            }
        }
        while (rest.startsWith("%")) {
            int lineEnd = rest.indexOf('\n');
            rest = lineEnd < 0 ? "" : rest.substring(lineEnd + 1).stripLeading();
        }
        return magic && rest.isBlank() ? new Completeness.Complete() : java.isComplete(rest);
    }

    /** Everything but running, completing and weighing a cell is the Java interpreter's, unchanged. */
    @Override
    protected Interpreter delegate() {
        return java;
    }
}
