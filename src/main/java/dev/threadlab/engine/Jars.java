package dev.threadlab.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks what {@code %jars} and {@code %classpath} are given before the compiler sees it: JShell's compiler
 * does not survive a class path entry that claims to be a jar and is not one (a web page saved as
 * {@code .jar}, a download cut short), and fails every later cell. Stateless.
 */
final class Jars {

    private Jars() {}

    /** The {@code .jar} files directly in {@code directory}, sorted; empty when there are none or it cannot be read. */
    static List<Path> in(Path directory) {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.jar")) {
            files.forEach(jars::add);
        } catch (IOException e) {
            return List.of();
        }
        jars.sort(null);
        return jars;
    }

    /**
     * Why {@code path} cannot go on the class path, as the end of a sentence that starts with the path
     * ("is not a jar: …"), or null when it can: a readable directory, or a file that is a zip archive whose
     * directory of entries can be read.
     */
    static String problem(Path path) {
        if (Files.isDirectory(path)) {
            return Files.isReadable(path) ? null : "is a folder this user cannot read.";
        }
        if (!Files.isRegularFile(path)) {
            return "is neither a jar file nor a folder.";
        }
        try (ZipFile zip = new ZipFile(path.toFile())) {
            zip.size();
            return null;
        } catch (ZipException e) {
            return "is not a jar: " + whatItIs(path, e) + " Download the .jar file again, or check the path.";
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ").";
        }
    }

    private static String whatItIs(Path path, ZipException e) {
        byte[] start;
        try (InputStream in = Files.newInputStream(path)) {
            start = in.readNBytes(512);
        } catch (IOException io) {
            return "it cannot be read (" + io.getMessage() + ").";
        }
        if (start.length == 0) {
            return "the file is empty.";
        }
        String text = new String(start, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<?xml")
                || text.startsWith("<head")) {
            return "it is a web page (HTML) saved under a .jar name, which is what a download link gives when it"
                    + " leads to a page instead of the file.";
        }
        if (start.length >= 2 && start[0] == 'P' && start[1] == 'K') {
            return "it is a zip archive that is damaged or cut short (" + e.getMessage() + "), e.g. by an"
                    + " interrupted download.";
        }
        return "it is not a zip archive (" + e.getMessage() + ").";
    }
}
