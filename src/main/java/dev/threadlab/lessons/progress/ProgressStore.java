package dev.threadlab.lessons.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.threadlab.lessons.notebook.AtomicFiles;
import dev.threadlab.wire.CheckReport;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which checks a learner has run and passed, and where they were in each lesson of {@code threadlab learn},
 * kept in one JSON file on their machine. Every change is a read-modify-write under a file lock (several
 * kernels may run at once) and lands by an atomic rename, so a crash never leaves a truncated file. A file
 * that cannot be read is moved aside (never deleted) and a fresh one started. Thread-safe.
 *
 * <p>The file, version 1: {@code {"checks": {ID: {"best", "max", "passed", "attempts", "last_run",
 * "last_passed"}}, "lessons": {LESSON: {"index", "cells", "cell_id"}}, "version": 1}}. {@code lessons} came
 * later and is optional: a file without it loads, and a writer that does not know it keeps it, since every
 * change rewrites only its own part of what it read.
 */
public final class ProgressStore {

    private static final System.Logger LOG = System.getLogger(ProgressStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** One check's record: the best score so far and when it was last run. */
    public record CheckProgress(String id, double best, double max, boolean passed, int attempts, Instant lastRun) {
        public CheckProgress {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(lastRun, "lastRun");
        }
    }

    /**
     * Where a learner was in a lesson when they last looked at it in {@code threadlab learn}: the cell shown, how
     * many cells the lesson had then, and that cell's nbformat id, so that a lesson whose cells changed since still
     * opens at the same cell, or near it. Kept by the store. Immutable.
     *
     * @param index  the index of the cell shown (0 is the first); {@code index == cells} is past the last cell, the
     *               end of the lesson
     * @param cells  how many cells the lesson had
     * @param cellId the nbformat id of the cell shown, when it has one (never at the end)
     */
    public record LessonPlace(int index, int cells, Optional<String> cellId) {

        public LessonPlace {
            if (cells < 0) {
                throw new IllegalArgumentException("cells must be >= 0, was " + cells);
            }
            if (index < 0 || index > cells) {
                throw new IllegalArgumentException("index must be within 0.." + cells + ", was " + index);
            }
            Objects.requireNonNull(cellId, "cellId");
            cellId = cellId.filter(id -> !id.isBlank() && index < cells);
        }

        /** Whether the learner had gone past the last cell. */
        public boolean atEnd() {
            return index == cells;
        }

        /**
         * The index to open the lesson at, now that its cells have {@code ids} (one per cell, empty for a cell
         * without one): the cell with the remembered id wherever it moved; else the end if the learner was at the
         * end; else the same index, or the last cell if the lesson has become shorter. Between 0 and
         * {@code ids.size()}.
         */
        public int in(List<Optional<String>> ids) {
            if (cellId.isPresent()) {
                int found = ids.indexOf(cellId);
                if (found >= 0) {
                    return found;
                }
            }
            if (atEnd()) {
                return ids.size();
            }
            return Math.max(0, Math.min(index, ids.size() - 1));
        }
    }

    /**
     * One monitor per file for the whole JVM: a file lock belongs to the JVM, so two stores on the same
     * file in one JVM would otherwise collide (OverlappingFileLockException) instead of waiting.
     */
    private static final ConcurrentHashMap<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path file;
    private final Clock clock;
    private final Object monitor;

    /** A store in {@code file} (created on first record), stamping records with {@code clock}. */
    public ProgressStore(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.monitor = MONITORS.computeIfAbsent(this.file, f -> new Object());
    }

    /**
     * The learner's store: {@code $THREADLAB_PROGRESS} when set, else
     * {@code $XDG_DATA_HOME/threadlab/progress.json}, else {@code $HOME/.local/share/threadlab/progress.json}
     * ({@code HOME} from {@code env}, so {@code HOME=/elsewhere} is honoured; the JVM's {@code user.home}, which
     * comes from the password database, only when {@code HOME} is unset).
     */
    public static ProgressStore forUser(Map<String, String> env) {
        String explicit = env.get("THREADLAB_PROGRESS");
        if (explicit != null && !explicit.isBlank()) {
            return new ProgressStore(Path.of(explicit), Clock.systemUTC());
        }
        String data = env.get("XDG_DATA_HOME");
        String home = env.get("HOME");
        Path base = data != null && !data.isBlank() ? Path.of(data)
                : Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".local", "share");
        return new ProgressStore(base.resolve("threadlab").resolve("progress.json"), Clock.systemUTC());
    }

    /** Where the records live. */
    public Path file() {
        return file;
    }

    /** Adds one run of a check cell: the best score is kept; passing once counts as passed. */
    public void record(CheckReport report) throws IOException {
        update(root -> {
            ObjectNode checks = root.withObjectProperty("checks");
            ObjectNode entry = checks.has(report.id()) && checks.get(report.id()).isObject()
                    ? (ObjectNode) checks.get(report.id()) : checks.putObject(report.id());
            entry.put("best", Math.max(entry.path("best").asDouble(0), report.points()));
            entry.put("max", report.max());
            entry.put("passed", entry.path("passed").asBoolean(false) || report.passed());
            entry.put("attempts", entry.path("attempts").asInt(0) + 1);
            entry.put("last_run", clock.instant().toString());
            entry.put("last_passed", report.passed());
        });
    }

    /** Remembers that the learner is at {@code place} in the lesson with id {@code lesson}. */
    public void remember(String lesson, LessonPlace place) throws IOException {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(place, "place");
        update(root -> {
            // a "lessons" that is not an object (never written so) is replaced rather than refused
            ObjectNode lessons = root.get("lessons") instanceof ObjectNode kept ? kept : root.putObject("lessons");
            ObjectNode entry = lessons.putObject(lesson);
            entry.put("index", place.index());
            entry.put("cells", place.cells());
            place.cellId().ifPresent(id -> entry.put("cell_id", id));
        });
    }

    /**
     * Where the learner was in the lesson with id {@code lesson}; empty when nothing was remembered (a file
     * from before places were kept, too) or what was is not a place.
     */
    public Optional<LessonPlace> place(String lesson) {
        JsonNode entry = read().path("lessons").path(lesson);
        if (!entry.path("index").isInt() || !entry.path("cells").isInt()) {
            return Optional.empty();
        }
        JsonNode id = entry.path("cell_id");
        try {
            return Optional.of(new LessonPlace(entry.get("index").intValue(), entry.get("cells").intValue(),
                    id.isTextual() ? Optional.of(id.textValue()) : Optional.empty()));
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "ignored the place in " + lesson + " kept in " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** One read-modify-write of the file, under the JVM's monitor for the file and the file's lock. */
    private void update(java.util.function.Consumer<ObjectNode> change) throws IOException {
        Files.createDirectories(file.getParent());
        synchronized (monitor) {
            try (FileChannel lockFile = FileChannel.open(file.resolveSibling(file.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = lockFile.lock()) {
                ObjectNode root = readOrStartFresh();
                change.accept(root);
                root.put("version", 1);
                AtomicFiles.write(file, JSON.writeValueAsString(root) + "\n");
            }
        }
    }

    /** The whole file; an empty object when there is none or it cannot be read. */
    private JsonNode read() {
        try {
            // The file is only ever replaced by a rename, so reading it needs no lock.
            return Files.exists(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read progress file " + file + ": " + e.getMessage());
            return JSON.createObjectNode();
        }
    }

    /** Every recorded check, sorted by id; empty when nothing was recorded or the file cannot be read. */
    public List<CheckProgress> all() {
        List<CheckProgress> all = new ArrayList<>();
        JsonNode checks = read().path("checks");
        for (Iterator<Map.Entry<String, JsonNode>> it = checks.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            Instant last;
            try {
                last = Instant.parse(v.path("last_run").asText());
            } catch (RuntimeException unreadable) {
                last = Instant.EPOCH;
            }
            all.add(new CheckProgress(e.getKey(), v.path("best").asDouble(0), v.path("max").asDouble(0),
                    v.path("passed").asBoolean(false), v.path("attempts").asInt(0), last));
        }
        all.sort(java.util.Comparator.comparing(CheckProgress::id));
        return all;
    }

    private ObjectNode readOrStartFresh() throws IOException {
        if (!Files.exists(file)) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // fall through: keep the unreadable file for the learner, start a new one
        }
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + clock.millis());
        Files.move(file, aside);
        LOG.log(System.Logger.Level.WARNING, "progress file " + file + " could not be read; kept it as " + aside
                + " and started a new one");
        return JSON.createObjectNode();
    }
}
