package dev.threadlab.cli;

import dev.threadlab.engine.JShellInterpreter;
import dev.threadlab.engine.Magics;
import dev.threadlab.interpreter.Interpreter;
import dev.threadlab.lessons.progress.ProgressMagic;
import dev.threadlab.lessons.progress.ProgressRecorder;
import dev.threadlab.lessons.progress.ProgressStore;
import dev.threadlab.maven.MavenMagic;
import dev.threadlab.maven.MavenResolver;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The interpreter a learner's cells run in, in Jupyter ({@code threadlab kernel}) and in the terminal
 * ({@code learn}, {@code repl}) alike: JShell with its engine JVM, the magics with {@code %progress} and
 * {@code %maven}, and the learner's check results recorded into {@code progress}. Where progress comes
 * from is decided here only.
 */
final class LearnerEngine {

    private LearnerEngine() {}

    /** The installed student notebooks, which the launcher and the kernelspec name ({@code threadlab.lessons}). */
    static Optional<Path> installedLessons() {
        return Optional.ofNullable(System.getProperty("threadlab.lessons")).map(Path::of);
    }

    /** A new interpreter; its engine JVM starts now, in the background. */
    static Interpreter create(ProgressStore progress) {
        JShellInterpreter engine = new JShellInterpreter();
        MavenMagic maven = new MavenMagic(MavenResolver.forUser(System.getenv()), new MavenMagic.ClassPath() {
            @Override public Optional<String> add(Path jar, boolean keep) {
                return engine.addLibrary(jar, keep);
            }

            @Override public boolean contains(Path jar) {
                return engine.onClassPath(jar);
            }
        });
        return new ProgressRecorder(
                new Magics(engine, List.of(new ProgressMagic(progress, ZoneId.systemDefault(), installedLessons()), maven)), progress);
    }
}
