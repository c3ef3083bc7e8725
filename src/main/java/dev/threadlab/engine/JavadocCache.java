package dev.threadlab.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jdk.jshell.SourceCodeAnalysis.Documentation;

/**
 * Javadoc already read for an inspection, by signature. JShell reads a class's source again (from the JDK's
 * {@code src.zip}) for every request that wants Javadoc: 10-47 ms for {@code String}, {@code Thread} or
 * {@code Math} on a warm JVM, where the signatures alone take 1.5-3 ms (in-process, JDK 25). So signatures are
 * asked for first, and the Javadoc read once per signature.
 *
 * <p>A signature names a type or method by its simple name ({@code int Math.max(int a, int b)}), which a type
 * or method the learner declares could also have; so the cache holds only while the declared types and
 * methods and the class path are the same ({@link #keepIf}), and is emptied when they change. Only Javadoc
 * that was found is kept (a library's sources added later may give one). Bounded: the least recently used
 * signatures go past {@value #CAPACITY}. Not thread-safe: the session's thread.
 */
final class JavadocCache {

    /** What JShell's {@code SourceCodeAnalysis.documentation} answers. */
    @FunctionalInterface
    interface Source {
        List<Documentation> documentation(String code, int cursor, boolean javadoc);
    }

    static final int CAPACITY = 256;

    private final Map<String, String> bySignature = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CAPACITY;
        }
    };
    private Object state;

    /** Empties the cache unless {@code current} (the declarations and class path it was filled under) is unchanged. */
    void keepIf(Object current) {
        if (!Objects.equals(state, current)) {
            bySignature.clear();
            state = current;
        }
    }

    /** The documentation at {@code cursor} in {@code code}, with Javadoc, read from {@code source} only when new. */
    List<Documentation> documentation(Source source, String code, int cursor) {
        List<Documentation> signatures = source.documentation(code, cursor, false);
        if (signatures.isEmpty()) {
            return signatures;
        }
        if (signatures.stream().allMatch(d -> bySignature.containsKey(d.signature()))) {
            return signatures.stream().<Documentation>map(d -> new Known(d.signature(), bySignature.get(d.signature())))
                    .toList();
        }
        List<Documentation> full = source.documentation(code, cursor, true);
        for (Documentation doc : full) {
            if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
                bySignature.put(doc.signature(), doc.javadoc());
            }
        }
        return full;
    }

    private record Known(String signature, String javadoc) implements Documentation {}
}
