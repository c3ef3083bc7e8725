package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import org.junit.jupiter.api.Test;

/** Javadoc read once per signature, and forgotten when what a signature can name changes. */
final class JavadocCacheTest {

    private record Doc(String signature, String javadoc) implements Documentation {}

    /** A JShell stand-in that knows a few names and counts the requests that read Javadoc. */
    private static final class Analysis implements JavadocCache.Source {
        final Map<String, List<Doc>> known = Map.of(
                "String", List.of(new Doc("java.lang.String", "The String class represents character strings.")),
                "Math.max(", List.of(new Doc("int Math.max(int a, int b)", "Returns the greater of two int values."),
                        new Doc("long Math.max(long a, long b)", "Returns the greater of two long values.")),
                "twice(", List.of(new Doc("int twice(int x)", null)));
        final List<String> readJavadoc = new ArrayList<>();

        @Override
        public List<Documentation> documentation(String code, int cursor, boolean javadoc) {
            if (javadoc) {
                readJavadoc.add(code);
            }
            return known.getOrDefault(code, List.of()).stream()
                    .<Documentation>map(d -> new Doc(d.signature(), javadoc ? d.javadoc() : null)).toList();
        }
    }

    private static List<String> text(List<Documentation> docs) {
        return docs.stream().map(d -> d.signature() + ": " + d.javadoc()).toList();
    }

    @Test
    void javadocIsReadOncePerSignatureAndAnsweredTheSameAfterwards() {
        Analysis analysis = new Analysis();
        JavadocCache cache = new JavadocCache();
        cache.keepIf(List.of(0, List.of()));

        List<String> first = text(cache.documentation(analysis, "Math.max(", 9));
        List<String> again = text(cache.documentation(analysis, "Math.max(", 9));
        cache.documentation(analysis, "String", 6);
        cache.documentation(analysis, "String", 6);

        assertEquals(List.of("int Math.max(int a, int b): Returns the greater of two int values.",
                "long Math.max(long a, long b): Returns the greater of two long values."), first);
        assertEquals(first, again);
        assertEquals(List.of("Math.max(", "String"), analysis.readJavadoc);
    }

    @Test
    void whatHasNoJavadocIsAskedAgainAndNothingFoundCostsNoSecondRequest() {
        Analysis analysis = new Analysis();
        JavadocCache cache = new JavadocCache();

        assertEquals(List.of("int twice(int x): null"), text(cache.documentation(analysis, "twice(", 6)));
        cache.documentation(analysis, "twice(", 6);
        assertEquals(List.of(), cache.documentation(analysis, "nothing", 7));

        assertEquals(List.of("twice(", "twice("), analysis.readJavadoc);
    }

    @Test
    void newDeclarationsOrAnotherClassPathEmptyIt() {
        Analysis analysis = new Analysis();
        JavadocCache cache = new JavadocCache();
        cache.keepIf(List.of(0, List.of("1")));
        cache.documentation(analysis, "String", 6);
        cache.keepIf(List.of(0, List.of("1")));
        cache.documentation(analysis, "String", 6);
        cache.keepIf(List.of(0, List.of("1", "7"))); // a class Math declared, say
        cache.documentation(analysis, "String", 6);
        cache.keepIf(List.of(1, List.of("1", "7"))); // a library added
        cache.documentation(analysis, "String", 6);

        assertEquals(List.of("String", "String", "String"), analysis.readJavadoc);
    }

    @Test
    void itHoldsAtMostItsCapacityLeastRecentlyUsedFirstOut() {
        JavadocCache cache = new JavadocCache();
        List<String> read = new ArrayList<>();
        JavadocCache.Source many = (code, cursor, javadoc) -> {
            if (javadoc) {
                read.add(code);
            }
            return List.of(new Doc(code, javadoc ? "doc of " + code : null));
        };
        for (int i = 0; i <= JavadocCache.CAPACITY; i++) {
            cache.documentation(many, "C" + i, 2);
        }
        read.clear();
        cache.documentation(many, "C" + JavadocCache.CAPACITY, 2); // the newest: kept
        cache.documentation(many, "C0", 2);                         // the oldest: gone

        assertEquals(List.of("C0"), read);
    }
}
