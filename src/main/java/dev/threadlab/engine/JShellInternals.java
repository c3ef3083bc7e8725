package dev.threadlab.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;

/**
 * Opened handles on JShell's (and javac's) private fields and constructors, for the classes that reach where
 * JShell has no API: {@link CompiledClasses}, {@link CompilerFootprint}, {@link DeadTypeNames},
 * {@link WrapperPreludes}. Needs {@code --add-opens jdk.jshell/jdk.jshell=ALL-UNNAMED} (the jar's manifest grants
 * it); callers catch the failures and then change nothing.
 */
final class JShellInternals {

    private JShellInternals() {}

    /** {@code owner}'s own field {@code name}, made accessible. */
    static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /** {@code owner}'s own constructor taking {@code parameters}, made accessible. */
    static Constructor<?> constructor(Class<?> owner, Class<?>... parameters) throws NoSuchMethodException {
        Constructor<?> constructor = owner.getDeclaredConstructor(parameters);
        constructor.setAccessible(true);
        return constructor;
    }
}
