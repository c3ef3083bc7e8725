"""Hostile clients through the wire: thousands of malformed, truncated, unsigned, wrongly signed, replayed,
oversized and random messages on shell, control and stdin, and garbage to the heartbeat. Afterwards the
kernel runs a normal cell correctly, its thread count and memory are stable, and it listens only on the
connection file's IP. Run by RobustnessIT."""
import hashlib
import hmac
import json
import os
import random
import time
import unittest
import uuid

import zmq
from jupyter_client.manager import start_new_kernel

TIMEOUT = 60
ROUNDS = 3_000
DELIMITER = b"<IDS|MSG>"


def measured(what, value):
    print(f"MEASURED {what}: {value}", flush=True)


def proc_status(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/{pid}/status")


class Fuzz(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="threadlab", startup_timeout=60)
        cls.pid = cls.km.provisioner.process.pid
        cls.info = cls.km.get_connection_info()
        cls.key = cls.info["key"].encode() if isinstance(cls.info["key"], str) else cls.info["key"]
        cls.rng = random.Random(20261121)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def run_cell(self, code):
        reply = self.kc.execute_interactive(code, timeout=TIMEOUT, output_hook=self.outputs.append)
        return reply["content"]

    def setUp(self):
        self.outputs = []

    # --- message makers ---------------------------------------------------------------------------------

    def sign(self, frames):
        mac = hmac.new(self.key, digestmod=hashlib.sha256)
        for f in frames:
            mac.update(f)
        return mac.hexdigest().encode()

    def header(self, msg_type, **extra):
        h = {"msg_id": uuid.uuid4().hex, "session": "fuzz", "username": "fuzz", "date": "2026-11-21T00:00:00Z",
             "msg_type": msg_type, "version": "5.3"}
        h.update(extra)
        return json.dumps(h).encode()

    def signed(self, header, content=b"{}", parent=b"{}", metadata=b"{}", buffers=()):
        body = [header, parent, metadata, content]
        return [DELIMITER, self.sign(body)] + body + list(buffers)

    def random_bytes(self, n):
        return self.rng.randbytes(n)

    def junk_json(self):
        choices = [b"", b"{", b"[]", b"null", b"42", b'"text"', b"{\"msg_type\": 7}", b"\xff\xfe\x00",
                   b'{"msg_id": null, "msg_type": null}', b'{"msg_type": "execute_request"}',
                   b"[" * 10_000, b'{"a":' * 5_000, json.dumps({"x": "\ud800"}).encode(),
                   self.random_bytes(self.rng.randrange(1, 300))]
        return self.rng.choice(choices)

    def hostile(self):
        """One hostile message (a list of frames) of a random kind. Correctly signed messages come from a
        holder of the key, who may legitimately shut the kernel down: those are never shutdown_request."""
        kinds = ["random", "truncated", "unsigned", "wrong_signature", "signed_junk", "bad_types",
                 "unknown_type", "no_delimiter", "empty_frames"]
        kind = self.rng.choice(kinds)
        msg_type = self.rng.choice(["execute_request", "kernel_info_request", "complete_request",
                                    "inspect_request", "is_complete_request", "history_request",
                                    "comm_info_request", "interrupt_request", "input_reply"])
        if kind == "random":
            return [self.random_bytes(self.rng.randrange(0, 2_000)) for _ in range(self.rng.randrange(1, 8))]
        if kind == "truncated":
            frames = self.signed(self.header(msg_type), json.dumps({"code": "1+1"}).encode())
            cut = self.rng.randrange(1, len(frames))
            frames = frames[:cut]
            frames[-1] = frames[-1][: self.rng.randrange(0, len(frames[-1]) + 1)]
            return frames
        if kind in ("unsigned", "wrong_signature") and self.rng.random() < 0.3:
            msg_type = "shutdown_request"  # only a client holding the key may shut the kernel down
        if kind == "unsigned":
            frames = self.signed(self.header(msg_type), json.dumps({"code": 'System.exit(9);'}).encode())
            frames[1] = b""
            return frames
        if kind == "wrong_signature":
            frames = self.signed(self.header(msg_type), json.dumps({"code": 'System.exit(9);'}).encode())
            frames[1] = hashlib.sha256(self.random_bytes(16)).hexdigest().encode()
            return frames
        if kind == "signed_junk":
            return self.signed(self.junk_json(), self.junk_json(), self.junk_json(), self.junk_json())
        if kind == "bad_types":
            content = self.rng.choice([{"code": 5}, {"code": None}, {"code": ["x"]}, {"cursor_pos": -7, "code": "x"},
                                       {"cursor_pos": "a"}, {"detail_level": 99, "code": "x", "cursor_pos": 10 ** 12},
                                       {"hist_access_type": "range", "start": -1, "stop": 10 ** 9, "n": -5},
                                       {"restart": "maybe"}, {"value": 12}, []])
            return self.signed(self.header(msg_type), json.dumps(content).encode())
        if kind == "unknown_type":
            return self.signed(self.header("x" * self.rng.randrange(1, 5_000)), b"{}")
        if kind == "no_delimiter":
            return [self.random_bytes(32), b"abc", self.header(msg_type)]
        return [b"" for _ in range(self.rng.randrange(1, 10))]

    # --- checks -----------------------------------------------------------------------------------------

    def dealer(self, port_name):
        sock = zmq.Context.instance().socket(zmq.DEALER)
        sock.linger = 0
        sock.rcvhwm = 0
        sock.connect(f"{self.info['transport']}://{self.info['ip']}:{self.info[port_name]}")
        return sock

    @staticmethod
    def drain(sockets, seconds):
        end = time.monotonic() + seconds
        poller = zmq.Poller()
        for s in sockets:
            poller.register(s, zmq.POLLIN)
        received = 0
        while time.monotonic() < end:
            for s, _ in poller.poll(100):
                while s.poll(0):
                    s.recv_multipart()
                    received += 1
        return received

    def assert_normal_cell_works(self):
        self.outputs = []
        content = self.run_cell('int fuzzed = 20; System.out.println("alive " + (fuzzed + 1));')
        self.assertEqual(content["status"], "ok", content)
        text = "".join(m["content"]["text"] for m in self.outputs if m["msg_type"] == "stream")
        self.assertEqual(text, "alive 21\n")
        self.assertTrue(self.km.is_alive())
        self.assertEqual(self.km.provisioner.process.pid, self.pid, "the kernel was restarted")

    def test_1_thousands_of_hostile_messages_leave_the_kernel_working_and_stable(self):
        self.assert_normal_cell_works()
        time.sleep(1)
        threads_before = proc_status(self.pid, "Threads")
        rss_before = proc_status(self.pid, "VmRSS") / 1024
        sockets = {name: self.dealer(name) for name in ("shell_port", "control_port", "stdin_port")}
        hb = zmq.Context.instance().socket(zmq.DEALER)
        hb.linger = 0
        hb.connect(f"{self.info['transport']}://{self.info['ip']}:{self.info['hb_port']}")
        start = time.monotonic()
        for i in range(ROUNDS):
            sock = sockets[("shell_port", "control_port", "stdin_port")[i % 3]]
            sock.send_multipart(self.hostile())
            if i % 10 == 0:
                hb.send_multipart([self.random_bytes(self.rng.randrange(0, 500)) for _ in range(self.rng.randrange(1, 4))])
            if i % 500 == 0:
                self.drain(list(sockets.values()) + [hb], 0.05)
        big = os.urandom(50 * 1024 * 1024)
        for name, sock in sockets.items():
            sock.send_multipart([DELIMITER, b"0" * 64, big])  # oversized, wrongly signed
        sockets["shell_port"].send_multipart(self.signed(self.header("kernel_info_request"), b"{}",
                                                         metadata=json.dumps({"pad": "x" * 50_000_000}).encode()))
        sent = time.monotonic() - start
        answered = self.drain(list(sockets.values()) + [hb], 5)
        measured("fuzz", f"{ROUNDS} hostile messages + 4 of 50 MB sent in {sent:.1f} s; {answered} answers")
        for sock in list(sockets.values()) + [hb]:
            sock.close()
        self.assert_normal_cell_works()
        time.sleep(2)
        threads_after = proc_status(self.pid, "Threads")
        rss_after = proc_status(self.pid, "VmRSS") / 1024
        measured("kernel threads before/after fuzz", f"{threads_before} / {threads_after}")
        measured("kernel RSS before/after fuzz", f"{rss_before:.0f} MB / {rss_after:.0f} MB")
        self.assertLessEqual(abs(threads_after - threads_before), 4, "thread count must be stable")
        self.assertLess(rss_after - rss_before, 100, "memory must be stable")

    def test_2_a_replayed_message_is_executed_again_as_ipykernel_does(self):
        self.run_cell("int replays = 0;")
        sock = self.dealer("shell_port")
        frames = self.signed(self.header("execute_request"),
                             json.dumps({"code": "++replays", "silent": False, "store_history": True,
                                         "user_expressions": {}, "allow_stdin": False,
                                         "stop_on_error": True}).encode())
        sock.send_multipart(frames)
        sock.send_multipart(frames)
        replies = []
        end = time.monotonic() + TIMEOUT
        while len(replies) < 2 and time.monotonic() < end:
            if sock.poll(500):
                replies.append(json.loads(sock.recv_multipart()[-1]))
        sock.close()
        self.assertEqual([r["status"] for r in replies], ["ok", "ok"], replies)
        self.outputs = []
        self.run_cell("replays")
        value = [m["content"]["data"]["text/plain"] for m in self.outputs if m["msg_type"] == "execute_result"]
        self.assertEqual(value, ["2"])

    def test_3_sockets_listen_only_on_the_connection_files_ip(self):
        inodes = set()
        for fd in os.listdir(f"/proc/{self.pid}/fd"):
            try:
                target = os.readlink(f"/proc/{self.pid}/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[len("socket:["):-1])
        listening = []
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            with open(table) as f:
                for line in f.readlines()[1:]:
                    fields = line.split()
                    if fields[3] == "0A" and fields[9] in inodes:  # LISTEN
                        listening.append((table, fields[1]))
        measured("kernel listeners", listening)
        self.assertGreaterEqual(len(listening), 5, "shell, iopub, stdin, control and heartbeat listen")
        ipv4 = "".join(reversed([f"{int(b):02X}" for b in self.info["ip"].split(".")]))
        # Java's dual-stack sockets show an IPv4 bind in tcp6 as the mapped address ::ffff:<ip>.
        mapped = "0000000000000000FFFF0000" + ipv4
        for table, address in listening:
            host = address.split(":")[0]
            self.assertEqual(host, ipv4 if table.endswith("tcp") else mapped,
                             f"a listener on {address} in {table}, not only on {self.info['ip']}")


if __name__ == "__main__":
    unittest.main(verbosity=2)
