package dev.threadlab.toolkit;

import dev.threadlab.display.MimeBundle;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bundle of a picture the toolkit drew as SVG, shaped so every front end shows a picture: the SVG
 * for those that draw it (a trusted notebook, JupyterLab, VS Code, nbconvert's HTML), a PNG of it
 * ({@link SvgPng}) for those that will not (an untrusted notebook in Notebook 6 or JupyterLab skips SVG
 * and picks the PNG; a markdown export links it as a file), and text for terminals. There is no
 * {@code text/html}: front ends prefer HTML to both pictures, and sanitise it in untrusted notebooks
 * down to the SVG's labels, a line of digits.
 */
final class Picture {

    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";

    private Picture() {}

    /** {@code plain} for terminals, {@code svg}, and its PNG when this JVM can draw one. */
    static MimeBundle of(String plain, String svg) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(MimeBundle.TEXT_PLAIN, plain);
        data.put(SVG, svg);
        Map<String, String> metadata = new LinkedHashMap<>();
        SvgPng.render(svg).ifPresent(png -> {
            data.put(PNG, Base64.getEncoder().encodeToString(png.bytes()));
            metadata.put(PNG, "{\"width\": " + png.width() + ", \"height\": " + png.height() + "}");
        });
        return new MimeBundle(data, metadata);
    }
}
