package dev.threadlab.interpreter;

import java.util.Objects;

/**
 * What an interpreter says about its language: the kernel sends it as {@code language_info} in
 * {@code kernel_info_reply}, so the interpreter contract does not name a wire record. Immutable.
 *
 * @param name           the language's name, e.g. {@code java}; never null
 * @param version        the language's version, e.g. {@code 21}; never null
 * @param mimetype       the MIME type of a cell's code, e.g. {@code text/x-java-source}
 * @param fileExtension  the extension of a file of this language, with its dot, e.g. {@code .java}
 * @param pygmentsLexer  the Pygments lexer that highlights it (nbconvert)
 * @param codemirrorMode the CodeMirror mode that highlights it (Notebook, JupyterLab)
 */
public record LanguageInfo(String name, String version, String mimetype, String fileExtension, String pygmentsLexer,
                           String codemirrorMode) {
    public LanguageInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }
}
