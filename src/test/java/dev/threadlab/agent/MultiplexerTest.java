package dev.threadlab.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threadlab.wire.Wire;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's frames: output carries its thread's cell tag, sent only when it changes. */
final class MultiplexerTest {

    private final ByteArrayOutputStream socket = new ByteArrayOutputStream();
    private final Multiplexer multiplexer = new Multiplexer(socket);

    @Test
    void outputFramesArePrecededByACellFrameOnlyWhenTheTagChanges() throws Exception {
        Thread first = new Thread(() -> {
            CellTag.set(7);
            write(Wire.OUT, "a");
            write(Wire.ERR, "b");
            Thread child = new Thread(() -> write(Wire.OUT, "c"));
            child.start();
            join(child);
        });
        first.start();
        first.join(5_000);
        Thread other = new Thread(() -> {
            CellTag.set(8);
            write(Wire.OUT, "d");
        });
        other.start();
        other.join(5_000);
        write(Wire.OUT, "e"); // this test thread has no tag: 0, unknown
        multiplexer.flush();
        List<String> frames = frames();
        assertEquals("sync", frames.get(frames.size() - 1));
        // The periodic flusher may end a batch anywhere: the tag state carries over batches.
        assertEquals(List.of("cell 7", "out a", "err b", "out c", "cell 8", "out d", "cell 0", "out e"),
                frames.stream().filter(f -> !f.equals("sync")).toList());
    }

    private void write(byte channel, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        multiplexer.append(channel, bytes, 0, bytes.length, false);
    }

    private static void join(Thread thread) {
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> frames() throws IOException {
        List<String> frames = new ArrayList<>();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(socket.toByteArray()));
        while (in.available() > 0) {
            byte channel = in.readByte();
            byte[] data = new byte[in.readInt()];
            in.readFully(data);
            String text = new String(data, StandardCharsets.UTF_8);
            frames.add(switch (channel) {
                case Wire.CELL -> "cell " + ByteBuffer.wrap(data).getInt();
                case Wire.OUT -> "out " + text;
                case Wire.ERR -> "err " + text;
                case Wire.SYNC -> "sync";
                default -> "channel " + channel;
            });
        }
        return frames;
    }
}
