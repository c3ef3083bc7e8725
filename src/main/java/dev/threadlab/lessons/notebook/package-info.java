/**
 * The nbformat 4 notebook model: {@link dev.threadlab.lessons.notebook.Notebook}, its cells ({@link
 * dev.threadlab.lessons.notebook.NotebookCell}) with their grading and {@code metadata.threadlab}, and saved
 * outputs ({@link dev.threadlab.lessons.notebook.NotebookOutput}); read leniently, written exactly as Jupyter
 * writes (Python's JSON layout, {@code PythonJson}) and atomically ({@link
 * dev.threadlab.lessons.notebook.AtomicFiles}). The codecs are package-private.
 *
 * <p>The bottom of {@code lessons}: every other sub-package, {@code cli} and {@code repl} may use it; it uses
 * none of them. Immutable values, safe to share between threads.
 */
package dev.threadlab.lessons.notebook;
