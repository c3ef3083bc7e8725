package dev.threadlab.engine;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Lets an inspection (Shift+Tab) show the Javadoc of the toolkit and the display API, as it does the JDK's.
 * JShell reads Javadoc from sources only, and looks for them in the JDK's {@code src.zip} alone
 * ({@code SourceCodeAnalysisImpl.findSources()}, which has no API to add more). The engine jar carries the
 * sources of {@code dev.threadlab.toolkit} and {@code dev.threadlab.display} in {@value #FOLDER} (see pom.xml),
 * a folder no compiler or class loader takes for a package, and this adds that folder to the list JShell keeps.
 * Needs {@code --add-opens jdk.jshell/jdk.jshell} (the jar's manifest grants it); without it, or without the
 * folder, inspections show the signature alone, as before.
 */
final class ToolkitSources {

    /** Where the engine jar keeps the sources, as {@code FOLDER/dev/threadlab/toolkit/Work.java}. */
    static final String FOLDER = "META-INF/threadlab-sources";
    private static final System.Logger LOG = System.getLogger(ToolkitSources.class.getName());

    private ToolkitSources() {}

    /**
     * Adds the sources in {@code engineJar} to where {@code jshell} reads Javadoc; answers what to close when the
     * session ends (the jar opened as a file system), or null when nothing was added.
     */
    @SuppressWarnings("unchecked")
    static Closeable addTo(JShell jshell, Path engineJar) {
        FileSystem jar = null;
        try {
            jar = FileSystems.newFileSystem(engineJar);
            Path folder = jar.getPath("/" + FOLDER);
            if (!Files.isDirectory(folder)) {
                jar.close();
                return null;
            }
            SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
            Method findSources = analysis.getClass().getDeclaredMethod("findSources");
            findSources.setAccessible(true);
            List<Path> sources = (List<Path>) findSources.invoke(analysis); // the JDK's, kept and reused by JShell
            sources.add(folder);
            return jar;
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "the toolkit's Javadoc stays out of inspections: " + e);
            if (jar != null) {
                try {
                    jar.close();
                } catch (IOException ignored) {
                    LOG.log(System.Logger.Level.DEBUG, "closing " + engineJar + " failed", ignored);
                }
            }
            return null;
        }
    }
}
