package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.lessons.notebook.Notebook;
import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.lessons.exercise.Release;
import dev.threadlab.lessons.exercise.Repair;
import dev.threadlab.testing.Jupyter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notebooks Threadlab writes (released, repaired) are valid and exactly what Jupyter's nbformat writes. */
@Tag("integration")
final class ReleasedNotebookIT {

    @Test
    void releasedAndRepairedNotebooksAreWhatNbformatWrites(@TempDir Path dir) throws Exception {
        Notebook source = Notebook.read(Path.of("src/test/resources/lessons/source/99-fixture.ipynb"));
        Notebook student = Release.student(source);
        List<NotebookCell> cells = new ArrayList<>(student.cells());
        cells.remove(4);   // a deleted check cell, restored by Repair
        Notebook repaired = Repair.against(source, student.withCells(cells)).notebook();
        student.write(dir.resolve("student.ipynb"));
        repaired.write(dir.resolve("repaired.ipynb"));
        source.write(dir.resolve("source.ipynb"));
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(1), "nbformat_same.py",
                dir.resolve("student.ipynb").toString(), dir.resolve("repaired.ipynb").toString(),
                dir.resolve("source.ipynb").toString());
        assertEquals(0, run.exitCode(), run.output());
    }

    @Test
    void randomNumbersStringsAndKeysAreWrittenAsPythonWritesThem(@TempDir Path dir) throws Exception {
        Random random = new Random(20261121);
        List<String> files = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            StringBuilder metadata = new StringBuilder("{");
            for (int i = 0; i < 300; i++) {
                metadata.append(i == 0 ? "" : ", ").append(randomString(random)).append(": ").append(randomValue(random));
            }
            metadata.append('}');
            String json = "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {\"fuzz\": " + metadata + "}, \"cells\": ["
                    + "{\"cell_type\": \"markdown\", \"id\": \"a\", \"metadata\": {}, \"source\": " + randomString(random) + "}]}";
            Path file = dir.resolve("fuzz-" + n + ".ipynb");
            Notebook.parse(json, file.toString()).write(file);
            files.add(file.toString());
        }
        List<String> args = new ArrayList<>(List.of("nbformat_same.py"));
        args.addAll(files);
        Jupyter.Run run = Jupyter.withThreadlabKernel().python(Duration.ofMinutes(1), args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.output());
    }

    private static String randomValue(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> randomDouble(random);
            case 1 -> Long.toString(random.nextLong() >> random.nextInt(64));
            case 2 -> randomString(random);
            default -> "[" + randomDouble(random) + ", {}, [], null, true, " + randomString(random) + "]";
        };
    }

    private static String randomDouble(Random random) {
        double d;
        do {
            d = switch (random.nextInt(3)) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> Math.round(random.nextGaussian() * 1e6) / Math.pow(10, random.nextInt(12));
                default -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
            };
        } while (Double.isNaN(d) || Double.isInfinite(d));
        return Double.toString(d);
    }

    /** A JSON string literal of random characters (any code point but lone surrogates), all \\u-escaped. */
    private static String randomString(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int c = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> random.nextInt(0x20);
                case 2 -> 0xA0 + random.nextInt(0xD800 - 0xA0);
                default -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
            };
            for (char unit : Character.toChars(c)) {
                text.append(String.format("\\u%04x", (int) unit));
            }
        }
        return "\"" + text + "\"";
    }
}
