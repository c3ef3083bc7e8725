package dev.threadlab.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threadlab.display.MimeBundle;
import dev.threadlab.testing.Jupyter;
import dev.threadlab.protocol.ConnectionInfo;
import dev.threadlab.protocol.IoPub;
import dev.threadlab.protocol.Message;
import dev.threadlab.protocol.Reply;
import dev.threadlab.protocol.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transport and codec against the real {@code jupyter_client} (libzmq underneath), with a scripted inbox. */
@Tag("integration")
final class JupyterClientIT {

    private static final String SESSION = "kernel-session";

    private static final String CLIENT = """
            import sys
            from jupyter_client import BlockingKernelClient
            kc = BlockingKernelClient(connection_file=sys.argv[1])
            kc.load_connection_file()
            kc.start_channels()
            info = kc.kernel_info(reply=True, timeout=10)['content']
            assert info['status'] == 'ok' and info['language_info']['name'] == 'java', info
            reply = kc.execute('1 + 1', user_expressions={'x': 'x'}, reply=True, timeout=10)['content']
            assert reply == {'status': 'ok', 'execution_count': 1, 'payload': [], 'user_expressions':
                {'x': {'status': 'ok', 'data': {'text/plain': 'x'}, 'metadata': {}}}}, reply
            seen = []
            while not seen or seen[-1] != ('status', 'idle', 'execute_request'):
                m = kc.get_iopub_msg(timeout=10)
                seen.append((m['msg_type'], m['content'].get('execution_state'), m['parent_header'].get('msg_type')))
                if m['msg_type'] == 'display_data':
                    assert m['content']['data']['application/json'] == {'a': [1, 2]}, m['content']
            types = [t for t, _, parent in seen if parent == 'execute_request']
            assert types == ['status', 'execute_input', 'stream', 'display_data', 'status'], types
            kc.is_complete('for (')
            assert kc.get_shell_msg(timeout=10)['content'] == {'status': 'incomplete', 'indent': '    '}
            history = kc.history(hist_access_type='tail', n=1, output=True, reply=True, timeout=10)['content']
            assert history['history'] == [[1, 1, ['1 + 1', '2']]], history
            assert kc.hb_channel.is_beating()
            assert kc.shutdown(reply=True, timeout=10)['content'] == {'status': 'ok', 'restart': False}
            kc.stop_channels()
            print('OK')
            """;

    @TempDir
    Path dir;

    private static Reply answer(ZmqTransport transport, Message request) {
        return switch (request.content()) {
            case Request.KernelInfo ignored -> new Reply.KernelInfo(Reply.Status.OK, "5.3", "threadlab", "test",
                    new Reply.LanguageInfo("java", "21", "text/x-java-source", ".java", "java", "text/x-java"),
                    "", List.of(), false);
            case Request.Execute execute -> {
                transport.send(Channel.IOPUB, Message.answering(request, new IoPub.ExecuteInput(execute.code(), 1), SESSION));
                transport.send(Channel.IOPUB, Message.answering(request, new IoPub.Stream("stdout", "2\n"), SESSION));
                transport.send(Channel.IOPUB, Message.answering(request, new IoPub.DisplayData(
                        new MimeBundle(Map.of("application/json", "{\"a\": [1, 2]}"), Map.of()), null), SESSION));
                yield new Reply.Execute(Reply.Status.OK, 1,
                        Map.of("x", new Reply.ExpressionResult(MimeBundle.text("x"), null)), List.of(), null);
            }
            case Request.IsComplete ignored -> new Reply.IsComplete(Reply.Status.OK, "incomplete", "    ");
            case Request.History ignored -> new Reply.History(Reply.Status.OK,
                    List.of(new Reply.HistoryEntry(1, 1, "1 + 1", "2")));
            case Request.Shutdown shutdown -> new Reply.Shutdown(Reply.Status.OK, shutdown.restart());
            default -> new Reply.Bare(request.msgType().replace("_request", "_reply"), Reply.Status.ERROR,
                    new Reply.Failure("Unsupported", request.msgType(), List.of()));
        };
    }

    @Test
    void jupyterClientTalksToTheTransport() throws IOException, InterruptedException {
        Path python = Path.of(System.getProperty("threadlab.python", "/usr/bin/python3"));
        Jupyter.require(Files.isExecutable(python), "no Python at " + python);
        ConnectionInfo info = TestClient.freeLoopbackPorts("it-" + System.nanoTime());
        Path connectionFile = Files.writeString(dir.resolve("kernel.json"), """
                {"transport": "tcp", "ip": "127.0.0.1", "shell_port": %d, "iopub_port": %d, "stdin_port": %d,
                 "control_port": %d, "hb_port": %d, "key": "%s", "signature_scheme": "hmac-sha256"}
                """.formatted(info.shellPort(), info.iopubPort(), info.stdinPort(), info.controlPort(), info.hbPort(),
                info.key()));
        Path script = Files.writeString(dir.resolve("client.py"), CLIENT);

        try (ZmqTransport transport = ZmqTransport.of(ConnectionInfo.read(connectionFile))) {
            transport.start((channel, message) -> {
                transport.send(Channel.IOPUB, Message.answering(message, IoPub.Status.busy(), SESSION));
                transport.send(channel, Message.answering(message, answer(transport, message), SESSION));
                transport.send(Channel.IOPUB, Message.answering(message, IoPub.Status.idle(), SESSION));
            });
            Process client = new ProcessBuilder(python.toString(), script.toString(), connectionFile.toString())
                    .redirectErrorStream(true).start();
            boolean ended = client.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                client.destroyForcibly();
            }
            String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Jupyter.require(!output.contains("No module named 'jupyter_client'"), "jupyter_client is not installed");

            assertTrue(ended, "the client did not finish within 60 s:\n" + output);
            assertEquals(0, client.exitValue(), output);
            assertEquals("OK", output.strip());
        }
    }
}
