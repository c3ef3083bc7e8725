package dev.threadlab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

final class FreeNamesTest {

    private static Set<String> of(String body) {
        return FreeNames.of("class Wrapper {\n" + body + "\n}", at -> true);
    }

    @Test
    void aQualifiedNameIsUsedByItsFirstPartOnlyAndAMethodCallByItsName() {
        assertEquals(Set.of("Object", "Check", "Assertions", "runAll", "List", "java"), of("""
                static Object doIt() {
                    return Check.cell("x", c -> c.that(1, "n", () -> Assertions.assertEquals(3, runAll(List.of()))));
                }
                static java.time.Duration d;"""));
    }

    @Test
    void localsParametersAndLambdaParametersHideNothingOutsideTheirScopeButAreNotFree() {
        assertEquals(Set.of("AtomicInteger", "Runnable", "finished2"), of("""
                static void doIt() {
                    Runnable r = () -> { AtomicInteger finished = new AtomicInteger(); finished.get(); };
                    int x = 1;
                    for (int i = 0; i < x; i++) { r.run(); }
                    try (var in = (AutoCloseable) null) { in.close(); } catch (Exception e) { e.printStackTrace(); }
                    finished2.get();
                }""").stream().filter(n -> !n.equals("AutoCloseable") && !n.equals("Exception")).collect(
                java.util.stream.Collectors.toSet()));
    }

    @Test
    void membersOfAnEnclosingClassAndAPatternVariableAreDeclared() {
        assertEquals(Set.of("Object", "String"), of("""
                static int helper;
                static void doIt(Object o) {
                    helper++;
                    doIt(null);
                    if (o instanceof String s) { s.length(); }
                }"""));
    }

    @Test
    void annotationElementNamesAndLabelsAreNotUses() {
        assertEquals(Set.of("SuppressWarnings"), of("""
                @SuppressWarnings(value = "unchecked")
                static void doIt() { outer: for (;;) { break outer; } }"""));
    }

    @Test
    void onlyIdentifiersWhereCodeWasWrittenCount() {
        String source = "class Wrapper { static Object generated; static void doIt() { written(); } }";
        int start = source.indexOf("static void");
        assertEquals(Set.of("written"), FreeNames.of(source, at -> at >= start));
    }
}
