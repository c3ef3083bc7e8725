package dev.threadlab.toolkit;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Keyboard input with a prompt, and hidden input for passwords.
 *
 * <pre>{@code
 * String name = Input.line("Name: ");
 * String secret = Input.password("Password: ");   // the notebook shows a password field
 * }</pre>
 *
 * <p>In Threadlab's engine {@code System.in} asks the front end (Jupyter's {@code input_request}, with
 * {@code password: true} for {@link #password}); elsewhere {@link System#console()} is used when there is
 * one, else the prompt is printed and a line read from {@code System.in}. Stateless and thread-safe.
 */
public final class Input {

    /** A {@code System.in} that can ask the user itself, with a prompt and optionally hidden typing. */
    public interface Source {
        /**
         * A line the user typed, without its line break; null at end of input.
         *
         * @throws IOException when no input is possible (the message says why) or the wait was interrupted
         */
        String readLine(String prompt, boolean password) throws IOException;
    }

    private Input() {}

    /** A line the user types after {@code prompt}, without the line break; null at end of input. */
    public static String line(String prompt) {
        return read(prompt, false);
    }

    /** A line the user types after {@code prompt} without it being shown; null at end of input. */
    public static String password(String prompt) {
        return read(prompt, true);
    }

    private static String read(String prompt, boolean password) {
        try {
            if (System.in instanceof Source source) {
                return source.readLine(prompt, password);
            }
            Console console = System.console();
            if (console != null) {
                if (password) {
                    char[] typed = console.readPassword("%s", prompt);
                    return typed == null ? null : new String(typed);
                }
                return console.readLine("%s", prompt);
            }
            System.out.print(prompt);
            System.out.flush();
            return readLine(System.in);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** One line, byte by byte: a buffered reader would swallow what later reads of System.in should get. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
