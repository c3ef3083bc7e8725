package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class GradingRulesTest {

    /** What a lesson's answer uses: lambdas, streams, records, switch patterns, executors, arrays, strings. */
    static final class Honest {
        record Point(int x, int y) {}

        static String run(List<Runnable> tasks, Object o) throws Exception {
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                tasks.forEach(executor::submit);
            }
            AtomicInteger count = new AtomicInteger();
            String[] names = (String[]) java.lang.reflect.Array.newInstance(String.class, 2);
            return switch (o) {
                case Point(int x, int y) -> "point " + x + y + names.length + count.incrementAndGet();
                default -> tasks.stream().map(Object::toString).reduce("", String::concat);
            };
        }
    }

    static final class ReadsALambdasField {
        static Object peek(Runnable task) throws Exception {
            Field field = task.getClass().getDeclaredFields()[0];
            field.setAccessible(true);
            return field.get(task);
        }
    }

    static final class UsesAMethodHandle {
        static Object handle() throws Throwable {
            return java.lang.invoke.MethodHandles.lookup().findStatic(Math.class, "abs",
                    java.lang.invoke.MethodType.methodType(int.class, int.class)).invoke(-1);
        }
    }

    static final class OwnLoader extends ClassLoader {
    }

    static final class OnlyAMethodReference {
        static java.util.function.BiConsumer<Field, Boolean> opener() {
            return Field::setAccessible;
        }
    }

    static final class NamesReflectionInAString {
        static String text() {
            return "java.lang.reflect.Field.setAccessible";
        }
    }

    /** What JShell compiles a method into when it uses a name no cell declared yet. */
    static final class UsesAnUndeclaredName {
        static void run() {
            throw new jdk.jshell.spi.SPIResolutionException(7);
        }
    }

    static final class UsesJShell {
        static Object shell() {
            return jdk.jshell.JShell.create();
        }
    }

    private static Optional<String> refusal(Class<?> type) throws IOException {
        String file = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(file)) {
            return GradingRules.refusal(in.readAllBytes());
        }
    }

    @Test
    void whatTheLessonsUseIsAllowedAndANameInAStringIsNoUse() throws IOException {
        assertEquals(Optional.empty(), refusal(Honest.class));
        assertEquals(Optional.empty(), refusal(Honest.Point.class));
        assertEquals(Optional.empty(), refusal(NamesReflectionInAString.class));
    }

    @Test
    void jshellsStandInForAnUndeclaredNameIsAllowedButJShellItselfIsNot() throws IOException {
        assertEquals(Optional.empty(), refusal(UsesAnUndeclaredName.class),
                "an answer that uses a name not declared yet must say so, not be refused as an attack");
        assertEquals(Optional.of("jdk.jshell.JShell.create"), refusal(UsesJShell.class));
    }

    @Test
    void deepReflectionMethodHandlesClassLoadersAndMethodReferencesToThemAreRefusedByName() throws IOException {
        assertEquals(Optional.of("java.lang.reflect.Field.setAccessible"), refusal(ReadsALambdasField.class));
        assertEquals(Optional.of("java.lang.invoke.MethodHandles$Lookup.findStatic"), refusal(UsesAMethodHandle.class));
        assertEquals(Optional.of("new java.lang.ClassLoader"), refusal(OwnLoader.class));
        assertEquals(Optional.of("java.lang.reflect.Field.setAccessible"), refusal(OnlyAMethodReference.class));
    }

    @Test
    void somethingThatIsNotAClassFileIsRefused() {
        assertEquals(Optional.of("something that is not a class file"), GradingRules.refusal(new byte[] {1, 2, 3, 4}));
    }
}
