package dev.threadlab.lessons.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class RegionsTest {

    private static final CellPlace PLACE = new CellPlace("lessons/source/01-x.ipynb", 7, Optional.of("l01-run-all"));

    private static String released(String source) throws ExerciseFormatException {
        return Regions.release(source, Regions.find(source, PLACE));
    }

    private static String failure(String source) {
        return assertThrows(ExerciseFormatException.class, () -> Regions.find(source, PLACE)).getMessage();
    }

    @Test
    void aSolutionBecomesOneStubLineAtTheMarkersIndentation() throws Exception {
        assertEquals("void f() {\n    throw new UnsupportedOperationException(\"Not written yet: start the threads\");\n}\n",
                released("void f() {\n    // BEGIN SOLUTION: start the threads\n    go();\n    // END SOLUTION\n}\n"));
    }

    @Test
    void aSolutionWithoutTextGetsTheGenericSentence() throws Exception {
        assertEquals("\tthrow new UnsupportedOperationException(\"Not written yet: replace this line with your answer.\");",
                released("\t// BEGIN SOLUTION\n\tgo();\n\t//END SOLUTION"));
    }

    @Test
    void quotesAndBackslashesInTheTextAreEscapedForJava() {
        assertEquals("throw new UnsupportedOperationException(\"Not written yet: print \\\"a\\\\b\\\"\");",
                Regions.stub(Optional.of("print \"a\\b\"")));
    }

    @Test
    void hiddenTestsAreRemovedWithTheirMarkers() throws Exception {
        assertEquals("a\nc\n", released("a\n  // BEGIN HIDDEN TESTS\nb\n  // END HIDDEN TESTS\nc\n"));
    }

    @Test
    void anEndWithoutABeginNamesTheCellAndLine() {
        assertEquals("lessons/source/01-x.ipynb, cell 7 (l01-run-all), line 2: `// END SOLUTION` without a "
                + "`// BEGIN SOLUTION` before it; add the BEGIN marker or remove this line.", failure("a\n// END SOLUTION\n"));
    }

    @Test
    void aBeginThatIsNeverClosedIsReportedAtItsLine() {
        assertEquals("lessons/source/01-x.ipynb, cell 7 (l01-run-all), line 1: `// BEGIN HIDDEN TESTS` is never closed; "
                + "add `// END HIDDEN TESTS` after the last line of the region.", failure("// BEGIN HIDDEN TESTS\nx\n"));
    }

    @Test
    void nestedRegionsAreRejected() {
        assertEquals("lessons/source/01-x.ipynb, cell 7 (l01-run-all), line 2: `// BEGIN HIDDEN TESTS` inside the region "
                + "that `// BEGIN SOLUTION` opened on line 1; regions cannot nest: close that one first.",
                failure("// BEGIN SOLUTION\n// BEGIN HIDDEN TESTS\n// END HIDDEN TESTS\n// END SOLUTION\n"));
    }

    @Test
    void anEndOfTheOtherKindDoesNotCloseARegion() {
        assertEquals("lessons/source/01-x.ipynb, cell 7 (l01-run-all), line 2: `// END HIDDEN TESTS` without a "
                + "`// BEGIN HIDDEN TESTS` before it; add the BEGIN marker or remove this line.",
                failure("// BEGIN SOLUTION\n// END HIDDEN TESTS\n"));
    }

    @Test
    void aMarkerAfterCodeIsRejected() {
        assertEquals("lessons/source/01-x.ipynb, cell 7 (l01-run-all), line 1: a marker must be a comment line of its own, "
                + "but here code comes before it; move the marker to its own line.", failure("go(); // BEGIN SOLUTION\n"));
    }

    @Test
    void solutionTextNeedsAColon() {
        assertEquals("lessons/source/01-x.ipynb, cell 7 (l01-run-all), line 1: write `// BEGIN SOLUTION` or "
                + "`// BEGIN SOLUTION: what to write`, with a colon before the text, not `// BEGIN SOLUTION start it`.",
                failure("// BEGIN SOLUTION start it\n// END SOLUTION\n"));
    }

    @Test
    void aCellWithoutMarkersIsUnchanged() throws Exception {
        assertEquals("int x = 1; // not a marker: BEGIN\n", released("int x = 1; // not a marker: BEGIN\n"));
    }
}
