package dev.threadlab.agent;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.util.Optional;

/**
 * Makes a grading engine's process non-dumpable on Linux ({@code prctl(PR_SET_DUMPABLE, 0)}), so that no other
 * process of the same user, a child the cell started included, can read or write its memory
 * ({@code /proc/<pid>/mem}, {@code ptrace}, {@code process_vm_writev}) and change a check's objects from
 * outside the JVM. Uses the foreign function API by reflection (final in JDK 22; the code is compiled for 21),
 * which the engine module is allowed to use and user code is not. Does nothing elsewhere.
 */
final class Undumpable {

    private static final int PR_SET_DUMPABLE = 4;
    private static final int PR_GET_DUMPABLE = 3;

    private Undumpable() {}

    /** Makes this process non-dumpable; answers why it could not, or empty when it is. */
    static Optional<String> apply() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return Optional.of("not Linux");
        }
        if (Runtime.version().feature() < 22) {
            return Optional.of("the foreign function API is final only from JDK 22");
        }
        try {
            MethodHandle prctl = prctl();
            prctl.invokeWithArguments(PR_SET_DUMPABLE, 0L, 0L, 0L, 0L);
            int dumpable = (int) prctl.invokeWithArguments(PR_GET_DUMPABLE, 0L, 0L, 0L, 0L);
            return dumpable == 0 ? Optional.empty() : Optional.of("prctl left the process dumpable");
        } catch (Throwable e) { // a JDK without the API or without native access for this module
            return Optional.of(e.toString());
        }
    }

    /** {@code int prctl(int, unsigned long, unsigned long, unsigned long, unsigned long)} from the C library. */
    private static MethodHandle prctl() throws ReflectiveOperationException {
        Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
        Class<?> lookupType = Class.forName("java.lang.foreign.SymbolLookup");
        Class<?> layoutType = Class.forName("java.lang.foreign.ValueLayout");
        Class<?> memoryLayout = Class.forName("java.lang.foreign.MemoryLayout");
        Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor");
        Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
        Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option");
        Object linker = linkerType.getMethod("nativeLinker").invoke(null);
        Object lookup = linkerType.getMethod("defaultLookup").invoke(linker);
        Object symbol = ((Optional<?>) lookupType.getMethod("find", String.class).invoke(lookup, "prctl"))
                .orElseThrow(() -> new ReflectiveOperationException("no prctl in the C library"));
        Object javaInt = layoutType.getField("JAVA_INT").get(null);
        Object javaLong = layoutType.getField("JAVA_LONG").get(null);
        Object arguments = Array.newInstance(memoryLayout, 4);
        for (int i = 0; i < 4; i++) {
            Array.set(arguments, i, javaLong);
        }
        Object withInt = Array.newInstance(memoryLayout, 5);
        Array.set(withInt, 0, javaInt);
        System.arraycopy(arguments, 0, withInt, 1, 4);
        Object descriptor = descriptorType.getMethod("of", memoryLayout, withInt.getClass()).invoke(null, javaInt, withInt);
        return (MethodHandle) linkerType.getMethod("downcallHandle", segmentType, descriptorType,
                optionType.arrayType()).invoke(linker, symbol, descriptor, Array.newInstance(optionType, 0));
    }
}
