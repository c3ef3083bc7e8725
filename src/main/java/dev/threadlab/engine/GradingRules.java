package dev.threadlab.engine;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What cells may not use while a notebook is graded, read from their compiled classes before they reach the
 * engine. Every cell's code lives in one module (JShell's), so the module boundary that keeps learners out of
 * the toolkit cannot keep a learner's answer out of a check cell's own objects: reflection, method handles and
 * variable handles would read and change what a check captured (a counter, a latch), and a class loader, a
 * JShell of its own or {@code java.beans} would run code that was never read here. So a class that refers to
 * any of these is refused: deep reflection ({@code java.lang.reflect} members, except arrays and modifiers),
 * method and variable handles beyond {@code MethodHandles.lookup()}, {@code sun.misc.Unsafe} and the JDK's
 * internals, class loaders and module layers, JShell, {@code java.beans}, the compiler API, instrumentation,
 * the attach and debug APIs, native code, and the engine's own agent, wire and toolkit internals (which the engine
 * module hides anyway). The lessons need none of them. Stateless.
 *
 * <p>Only member and class references in the constant pool, the superclass and the interfaces are read, so a
 * name in a string or a comment is not a use, and a call through a lambda or a method reference is.
 */
final class GradingRules {

    /** Packages (internal names, with the slash) any reference to which is refused. */
    private static final List<String> DENIED_PACKAGES = List.of("sun/misc/", "sun/reflect/", "jdk/internal/",
            "jdk/jshell/", "java/beans/", "javax/tools/", "java/lang/instrument/", "java/lang/foreign/",
            "com/sun/tools/attach/", "com/sun/jdi/", "java/lang/module/", "javax/script/",
            "dev/threadlab/agent/", "dev/threadlab/wire/", "dev/threadlab/toolkit/internal/");
    /** Classes any member of which is refused. */
    private static final List<String> DENIED_CLASSES = List.of("java/lang/invoke/MethodHandle",
            "java/lang/invoke/VarHandle", "java/lang/invoke/MethodHandles$Lookup", "java/lang/ModuleLayer",
            "java/lang/ModuleLayer$Controller", "java/lang/ClassLoader", "java/net/URLClassLoader",
            "java/security/SecureClassLoader");
    /** Of {@code java.lang.reflect}, members of these may be used: arrays, modifiers, exceptions. */
    private static final List<String> ALLOWED_REFLECT = List.of("java/lang/reflect/Array", "java/lang/reflect/Modifier",
            "java/lang/reflect/InvocationTargetException", "java/lang/reflect/UndeclaredThrowableException");

    /**
     * JShell's own code in a cell's classes: a method that uses a name not declared yet is compiled to throw
     * this (the learner then reads "… cannot be invoked until … is declared"), which reaches nothing.
     */
    private static final List<String> JSHELL_GENERATED = List.of("jdk/jshell/spi/SPIResolutionException");

    private GradingRules() {}

    /**
     * Why the class in {@code classFile} may not run while grading, as "{@code java.lang.reflect.Field.get}",
     * or empty when it may.
     */
    static Optional<String> refusal(byte[] classFile) {
        try {
            return read(new DataInputStream(new ByteArrayInputStream(classFile)));
        } catch (IOException | RuntimeException e) {
            return Optional.of("a class file that cannot be read (" + e + ")");
        }
    }

    private static Optional<String> read(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            return Optional.of("something that is not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        int[][] members = new int[count][];
        int[] nameAndTypeNames = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames[i] = in.readUnsignedShort();
                case 9, 10, 11 -> members[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> {
                    nameAndTypeNames[i] = in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                case 3, 4, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        for (int i = 1; i < count; i++) {
            if (members[i] != null) {
                String owner = utf8[classNames[members[i][0]]];
                String name = utf8[nameAndTypeNames[members[i][1]]];
                if (deniedMember(owner)) {
                    return Optional.of(name.equals("<init>") ? "new " + owner.replace('/', '.')
                            : owner.replace('/', '.') + "." + name);
                }
            } else if (classNames[i] != 0 && deniedPackage(element(utf8[classNames[i]]))) {
                return Optional.of(element(utf8[classNames[i]]).replace('/', '.'));
            }
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int superClass = in.readUnsignedShort();
        if (superClass != 0 && deniedMember(utf8[classNames[superClass]])) {
            return Optional.of("a subclass of " + utf8[classNames[superClass]].replace('/', '.'));
        }
        return Optional.empty();
    }

    /** The element type's internal name of an array class name ({@code [Lsun/misc/Unsafe;}), else the name. */
    private static String element(String name) {
        int dims = 0;
        while (dims < name.length() && name.charAt(dims) == '[') {
            dims++;
        }
        return dims > 0 && name.startsWith("L", dims) ? name.substring(dims + 1, name.length() - 1) : name;
    }

    private static boolean deniedPackage(String owner) {
        return !JSHELL_GENERATED.contains(owner) && DENIED_PACKAGES.stream().anyMatch(owner::startsWith);
    }

    private static boolean deniedMember(String owner) {
        if (deniedPackage(owner) || DENIED_CLASSES.contains(owner)) {
            return true;
        }
        return owner.startsWith("java/lang/reflect/") && !ALLOWED_REFLECT.contains(owner);
    }
}
