package dev.threadlab.lessons.exercise;

import dev.threadlab.lessons.notebook.NotebookCell;
import dev.threadlab.lessons.notebook.ThreadlabMeta;
import java.util.ArrayList;
import java.util.List;

/** The generated Markdown cell that shows a check cell's hints below it, each folded until clicked. */
final class Hints {

    /** The value of {@code metadata.threadlab.generated} on hint cells. */
    static final String GENERATED = "hints";

    private Hints() {}

    /** The hint cell for {@code check}; in nbformat 4.5 and later it gets an id derived from the check's. */
    static NotebookCell cell(NotebookCell check, int formatMinor) {
        NotebookCell cell = NotebookCell.markdown(markdown(check.threadlab().hints()), ThreadlabMeta.generatedBy(GENERATED))
                .withMetadataFlag("editable", false);
        if (formatMinor < 5) {
            return cell;
        }
        String base = check.gradeId().or(check::id).orElse("check");
        String id = base.replaceAll("[^A-Za-z0-9_-]", "-") + "-hints";
        return cell.withId(id.length() <= 64 ? id : id.substring(id.length() - 64));
    }

    /**
     * Each hint in a {@code <details>} block (Notebook 6 and JupyterLab render these folded), its summary
     * saying it opens on a click: a bare "Hint 1" did not look clickable.
     */
    static String markdown(List<String> hints) {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < hints.size(); i++) {
            blocks.add("<details><summary><b>Hint " + (i + 1) + "</b> (click to show)</summary>\n\n" + hints.get(i).strip() + "\n\n</details>");
        }
        return String.join("\n\n", blocks);
    }
}
