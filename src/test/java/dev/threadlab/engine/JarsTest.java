package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JarsTest {

    @TempDir
    Path dir;

    private Path jar(String name) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 20; i++) {
                zip.putNextEntry(new ZipEntry("data/" + i + ".txt"));
                zip.write(("entry " + i).repeat(200).getBytes());
            }
        }
        return jar;
    }

    @Test
    void aRealJarAndAFolderAreAccepted() throws IOException {
        assertNull(Jars.problem(jar("good.jar")));
        assertNull(Jars.problem(dir));
    }

    @Test
    void aWebPageSavedAsAJarIsNamedAsSuch() throws IOException {
        Path page = Files.writeString(dir.resolve("lib.jar"), "<!DOCTYPE html>\n<html><body>moved</body></html>");
        String problem = Jars.problem(page);
        assertTrue(problem.startsWith("is not a jar: it is a web page (HTML)"), problem);
    }

    @Test
    void aJarCutShortIsCalledDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(jar("whole.jar"));
        Path cut = Files.write(dir.resolve("cut.jar"), Arrays.copyOf(whole, whole.length / 2));
        String problem = Jars.problem(cut);
        assertTrue(problem.contains("damaged or cut short"), problem);
    }

    @Test
    void anEmptyFileAndAMissingOneAreRefused() throws IOException {
        assertTrue(Jars.problem(Files.createFile(dir.resolve("empty.jar"))).contains("empty"));
        assertTrue(Jars.problem(dir.resolve("missing.jar")).contains("neither a jar file nor a folder"));
    }

    @Test
    void theJarsOfAFolderAreListedInOrder() throws IOException {
        Path b = jar("b.jar");
        Path a = jar("a.jar");
        Files.writeString(dir.resolve("notes.txt"), "not a jar");
        assertEquals(List.of(a, b), Jars.in(dir));
    }
}
