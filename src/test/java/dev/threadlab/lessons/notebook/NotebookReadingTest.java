package dev.threadlab.lessons.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Files that are not usable notebooks fail with a message that names the file and says what to do. */
final class NotebookReadingTest {

    private static String failure(String json) {
        return assertThrows(NotebookException.class, () -> Notebook.parse(json, "bad.ipynb")).getMessage();
    }

    @Test
    void aMissingFileIsNamed() {
        var e = assertThrows(NotebookException.class, () -> Notebook.read(Path.of("no", "such.ipynb")));
        assertEquals("no/such.ipynb does not exist; check the path and the file name.", e.getMessage());
    }

    @Test
    void textThatIsNotJsonIsRejected() {
        assertEquals("bad.ipynb is not valid JSON (Unexpected end-of-input at line 1); it is not a notebook "
                + "Jupyter saved. Restore it from a copy.", failure("{\"cells\": ["));
    }

    @Test
    void plainTextIsRejectedInAWholeSentence() {
        assertEquals("bad.ipynb is not valid JSON (Unrecognized token 'hello' at line 1); it is not a notebook "
                + "Jupyter saved. Restore it from a copy.", failure("hello there"));
    }

    @Test
    void jsonWithoutNbformatIsNotANotebook() {
        assertEquals("bad.ipynb is not a Jupyter notebook (it has no \"nbformat\" field); open a .ipynb file.",
                failure("{\"cells\": []}"));
    }

    @Test
    void formatThreeNotebooksAreToldToBeSavedInJupyter() {
        assertEquals("bad.ipynb is in notebook format 3, and Threadlab reads format 4 only; "
                + "open it in Jupyter and save it, which converts it to format 4.",
                failure("{\"nbformat\": 3, \"nbformat_minor\": 0, \"metadata\": {}, \"worksheets\": []}"));
    }

    @Test
    void malformedNbgraderMetadataNamesTheCellAndTheKey() {
        String message = failure("{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
                + "{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": \"\"},"
                + "{\"cell_type\": \"code\", \"metadata\": {\"nbgrader\": {\"grade_id\": \"x\", \"points\": \"three\"}},"
                + " \"source\": \"\", \"outputs\": [], \"execution_count\": null}]}");
        assertEquals("bad.ipynb, cell 2, metadata.nbgrader.points is \"three\", not a number; write a number like 3.", message);
    }

    @Test
    void aTimeoutBelowOneSecondIsRejected() {
        String message = failure("{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
                + "{\"cell_type\": \"code\", \"metadata\": {\"threadlab\": {\"timeout\": 0}},"
                + " \"source\": \"\", \"outputs\": [], \"execution_count\": null}]}");
        assertEquals("bad.ipynb, cell 1, metadata.threadlab.timeout is 0; write a whole number of at least 1.", message);
    }
}
