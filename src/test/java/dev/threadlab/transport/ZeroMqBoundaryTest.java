package dev.threadlab.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class ZeroMqBoundaryTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path TRANSPORT = SOURCES.resolve(Path.of("dev", "threadlab", "transport"));

    private static boolean mentionsZeroMq(Path file) {
        try {
            return Files.readString(file).contains("org.zeromq");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void onlyTheTransportPackageUsesZeroMq() throws IOException {
        assertTrue(Files.isDirectory(TRANSPORT), "run from the project directory; missing " + TRANSPORT);
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> offenders = files
                    .filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getParent().equals(TRANSPORT))
                    .filter(ZeroMqBoundaryTest::mentionsZeroMq)
                    .toList();

            assertEquals(List.of(), offenders);
        }
    }
}
