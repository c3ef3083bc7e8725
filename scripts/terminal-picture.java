/*
 * Turns a terminal screen captured with its escape sequences (`tmux capture-pane -p -e`) into a PNG,
 * for the README's pictures of the terminal app. Run by hand with a JDK (Java2D, no libraries):
 *
 *   java scripts/terminal-picture.java capture.txt docs/terminal.png [columns]
 *
 * Understands the SGR sequences the app uses: bold, faint, italic, underline, the 16 colours, 256
 * colours and 24-bit colours; other sequences are skipped. Font: DejaVu Sans Mono when installed.
 */
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

public class TerminalPicture {

    static final Color BACKGROUND = new Color(0x1e1e2e);
    static final Color FOREGROUND = new Color(0xd9d9e3);
    static final Color[] PALETTE = {
            new Color(0x45475a), new Color(0xf38ba8), new Color(0xa6e3a1), new Color(0xf9e2af),
            new Color(0x89b4fa), new Color(0xf5c2e7), new Color(0x94e2d5), new Color(0xbac2de),
            new Color(0x6c7086), new Color(0xf38ba8), new Color(0xa6e3a1), new Color(0xf9e2af),
            new Color(0x89b4fa), new Color(0xf5c2e7), new Color(0x94e2d5), new Color(0xffffff)};

    static final class Pen {
        Color fg = FOREGROUND;
        Color bg = null;
        boolean bold, faint, italic, underline;
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int columns = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Font plain = new Font("DejaVu Sans Mono", Font.PLAIN, 15);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        FontMetrics metrics = probe.createGraphics().getFontMetrics(plain);
        int cell = metrics.charWidth('M');
        int line = metrics.getHeight() + 2;
        int pad = 16;
        BufferedImage image = new BufferedImage(columns * cell + 2 * pad, lines.size() * line + 2 * pad,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        Pen pen = new Pen();
        for (int row = 0; row < lines.size(); row++) {
            String text = lines.get(row);
            int column = 0;
            int baseline = pad + row * line + metrics.getAscent();
            for (int i = 0; i < text.length(); ) {
                char c = text.charAt(i);
                if (c == 27 && i + 1 < text.length() && text.charAt(i + 1) == '[') {
                    int end = i + 2;
                    while (end < text.length() && !Character.isLetter(text.charAt(end))) {
                        end++;
                    }
                    if (end < text.length() && text.charAt(end) == 'm') {
                        sgr(pen, text.substring(i + 2, end));
                    }
                    i = end + 1;
                    continue;
                }
                int codePoint = text.codePointAt(i);
                int x = pad + column * cell;
                if (pen.bg != null) {
                    g.setColor(pen.bg);
                    g.fillRect(x, pad + row * line, cell, line);
                }
                Color fg = pen.faint ? mix(pen.fg, BACKGROUND) : pen.fg;
                g.setColor(pen.bold && fg == FOREGROUND ? Color.WHITE : fg);
                g.setFont(plain.deriveFont((pen.bold ? Font.BOLD : 0) | (pen.italic ? Font.ITALIC : 0)));
                g.drawString(new String(Character.toChars(codePoint)), x, baseline);
                if (pen.underline) {
                    g.drawLine(x, baseline + 2, x + cell, baseline + 2);
                }
                column++;
                i += Character.charCount(codePoint);
            }
        }
        ImageIO.write(image, "png", Path.of(args[1]).toFile());
    }

    static Color mix(Color a, Color b) {
        return new Color((a.getRed() + b.getRed()) / 2, (a.getGreen() + b.getGreen()) / 2, (a.getBlue() + b.getBlue()) / 2);
    }

    static void sgr(Pen pen, String params) {
        String[] p = params.isEmpty() ? new String[] {"0"} : params.split(";");
        for (int k = 0; k < p.length; k++) {
            int n = p[k].isEmpty() ? 0 : Integer.parseInt(p[k]);
            switch (n) {
                case 0 -> { pen.fg = FOREGROUND; pen.bg = null; pen.bold = pen.faint = pen.italic = pen.underline = false; }
                case 1 -> pen.bold = true;
                case 2 -> pen.faint = true;
                case 3 -> pen.italic = true;
                case 4 -> pen.underline = true;
                case 22 -> pen.bold = pen.faint = false;
                case 23 -> pen.italic = false;
                case 24 -> pen.underline = false;
                case 39 -> pen.fg = FOREGROUND;
                case 49 -> pen.bg = null;
                case 38, 48 -> {
                    Color colour = null;
                    if (k + 2 < p.length && p[k + 1].equals("5")) {
                        colour = xterm(Integer.parseInt(p[k + 2]));
                        k += 2;
                    } else if (k + 4 < p.length && p[k + 1].equals("2")) {
                        colour = new Color(Integer.parseInt(p[k + 2]), Integer.parseInt(p[k + 3]), Integer.parseInt(p[k + 4]));
                        k += 4;
                    }
                    if (n == 38) pen.fg = colour == null ? FOREGROUND : colour; else pen.bg = colour;
                }
                default -> {
                    if (n >= 30 && n <= 37) pen.fg = PALETTE[n - 30];
                    else if (n >= 90 && n <= 97) pen.fg = PALETTE[n - 90 + 8];
                    else if (n >= 40 && n <= 47) pen.bg = PALETTE[n - 40];
                    else if (n >= 100 && n <= 107) pen.bg = PALETTE[n - 100 + 8];
                }
            }
        }
    }

    static Color xterm(int n) {
        if (n < 16) return PALETTE[n];
        if (n >= 232) { int v = 8 + (n - 232) * 10; return new Color(v, v, v); }
        int i = n - 16;
        int[] steps = {0, 95, 135, 175, 215, 255};
        return new Color(steps[i / 36], steps[(i / 6) % 6], steps[i % 6]);
    }
}
