package dev.threadlab.integration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.testing.Jupyter;
import dev.threadlab.testing.Tmux;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code threadlab learn} on terminals that are not the usual one: no colours, dumb, too small. */
@Tag("integration")
final class TerminalKindsIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    /** An SGR sequence that sets a foreground or background colour. */
    private static final Pattern COLOUR = Pattern.compile("\033\\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|4[0-7]|38;5;\\d+)(?:;[0-9;]*)?m");

    @TempDir
    Path home;

    private Map<String, String> env;

    @BeforeEach
    void environment() {
        Jupyter.require(Tmux.available(), "tmux is not installed");
        env = new HashMap<>(Map.of("HOME", home.toString(), "XDG_STATE_HOME", home.resolve("state").toString(),
                "THREADLAB_PROGRESS", home.resolve("progress.json").toString()));
    }

    private static java.util.List<String> learn() {
        return Tmux.threadlab("learn", "--lessons", Path.of("lessons").toAbsolutePath().toString());
    }

    @Test
    void coloursAreUsedUnlessNoColorIsSet() {
        try (Tmux coloured = Tmux.start(home, 100, 30, env, learn())) {
            coloured.waitFor("Threads for work that waits", WAIT);
            assertTrue(COLOUR.matcher(coloured.styledScreen()).find(), "a colour terminal gets colours");
            coloured.press("q");
            coloured.waitFor("EXITED 0", WAIT);
        }
        env.put("NO_COLOR", "1");
        try (Tmux plain = Tmux.start(home, 100, 30, env, learn())) {
            plain.waitFor("Threads for work that waits", WAIT);
            plain.press("Enter");
            plain.waitFor("[1/", WAIT);
            String styled = plain.styledScreen();
            assertFalse(COLOUR.matcher(styled).find(), "NO_COLOR set, yet colours were used:\n" + styled.replace("\033", "ESC"));
            assertTrue(styled.contains("\033[1m"), "without colours, headings are still bold");
            plain.press("q");
            plain.press("q");
            plain.waitFor("EXITED 0", WAIT);
        }
    }

    @Test
    void aDumbTerminalTakesCommandsAsLinesAndGetsNoEscapeSequences() {
        env.put("TERM", "dumb");
        try (Tmux dumb = Tmux.start(home, 100, 30, env, learn())) {
            dumb.waitFor("type a lesson's number and Enter", WAIT);
            dumb.type("1");
            dumb.press("Enter");
            dumb.waitFor("(type the letter,", WAIT);
            dumb.press("Enter");                              // an empty line is Enter: the next cell
            dumb.waitFor("[2/", WAIT);
            assertFalse(dumb.styledScreen().contains("\033["), "a dumb terminal got escape sequences");
            dumb.type("q");
            dumb.press("Enter");
            dumb.waitFor("Threadlab · concurrency in Java", WAIT);
            dumb.type("q");
            dumb.press("Enter");
            dumb.waitFor("EXITED 0", WAIT);
        }
    }

    @Test
    void aTerminalTooSmallSaysSoAndTheAppGoesOnOnceItIsBigger() {
        try (Tmux small = Tmux.start(home, 40, 10, env, learn())) {
            small.waitFor("This terminal is 40×10", WAIT);
            assertFalse(small.history().contains("Threads for work that waits"), "drew the list in a terminal too small");
            small.resize(100, 30);
            small.waitFor("Threads for work that waits", WAIT);
            small.press("q");
            small.waitFor("EXITED 0", WAIT);
        }
    }
}
