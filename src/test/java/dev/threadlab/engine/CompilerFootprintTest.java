package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What JShell's compiler keeps for the kernel, left out (user code runs in this JVM here: JShell's local engine). */
final class CompilerFootprintTest {

    private JShell jshell;

    @BeforeEach
    void startJShell() {
        jshell = LocalJShell.start();
    }

    @AfterEach
    void closeJShell() {
        jshell.close();
    }

    private Snippet.Status statusOf(String source) {
        return jshell.eval(source).getFirst().status();
    }

    /** A JShell built while {@code java.class.path} names {@code kernelClassPath}, as the kernel JVM's does. */
    private void startJShellWithKernelClassPath(Path kernelClassPath) {
        jshell.close();
        String real = System.getProperty("java.class.path");
        System.setProperty("java.class.path", kernelClassPath.toString());
        try {
            startJShell();
        } finally {
            System.setProperty("java.class.path", real);
        }
    }

    /** A directory holding one public class, {@code kernelonly.Marker}. */
    private static Path kernelClasses(Path dir) throws Exception {
        Path source = Files.writeString(dir.resolve("Marker.java"), "package kernelonly; public class Marker {}");
        Path classes = dir.resolve("kernel");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                source.toString());
        assertEquals(0, status, "javac of the marker class");
        return classes;
    }

    @Test
    void theCompilerSeesTheEnginesClassPathInPlaceOfTheKernels(@TempDir Path dir) throws Exception {
        Path kernel = kernelClasses(dir);
        Path engine = Files.createDirectories(dir.resolve("engine"));
        String kernelClass = "Class<?> c = kernelonly.Marker.class;";

        startJShellWithKernelClassPath(kernel);
        jshell.addToClasspath(engine.toString());
        assertEquals(Snippet.Status.VALID, statusOf(kernelClass), "JShell starts from java.class.path");

        startJShellWithKernelClassPath(kernel);
        CompilerFootprint.startClassPathFrom(jshell, engine);
        jshell.addToClasspath(engine.toString());
        assertEquals(Snippet.Status.REJECTED, statusOf(kernelClass));
        assertEquals(Snippet.Status.VALID, statusOf("java.util.List<String> list = java.util.List.of();"), "the platform stays");
    }

    @Test
    void namesBySimpleNameAreDroppedAndPackagesStillComplete() throws Exception {
        CompilerFootprint.dropSimpleNameIndexLater(jshell).get(60, TimeUnit.SECONDS);
        SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
        SourceCodeAnalysis.QualifiedNames names = analysis.listQualifiedNames("ArrayList", 9);
        assertTrue(names.isUpToDate(), "the index was built before it was trimmed");
        assertEquals(List.of(), names.getNames());
        List<String> packages = analysis.completionSuggestions("java.util.con", 13, new int[1]).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).toList();
        assertTrue(packages.contains("concurrent."), packages.toString());
    }
}
