"""Runs a lesson's fixtures, answers that learners write (wrong and right), through the real kernel with the
engine told it has each of several processor counts, and checks every one's exact score and feedback.

    lesson_fixtures.py SOURCE_NOTEBOOK FIXTURE_DIR [--cpus 1,2,8] [--only SUBSTRING] [--parallel]

A fixture is one file per answer, NAME.java in FIXTURE_DIR: header lines `// key: value`, then the answer
cell's code (a whole answer cell, as a learner would leave it).

    // about: join() right after start(): the threads run one after another
    // answer: l01-run-all                  the grade_id of the answer cell it replaces (required)
    // score: 2                             the points its check cell must give, on every processor count;
    //                                      "2 or 0" for an answer with a data race that only some runs show (the
    //                                      first is the score when it does not show, the second when it does)
    // expect: join() right after start()   a phrase the failed requirements' messages must hold (repeatable)
    // jdk: 24                              the lowest JDK feature release it needs (skipped below it)
    // cpus: 8                              only these processor counts, with the reason on the about line: for a
    //                                      check known not to judge the same on the others (an open defect)
    // stderr: allowed                      when the answer itself writes to standard error

For each processor count one kernel is started (THREADLAB_ENGINE_OPTIONS=-XX:ActiveProcessorCount=N, which
the engine launcher reads), and it must report that count. In it run the notebook's read-only set-up cells,
then each exercise's reference solution with its check cell (the baseline: full marks), then every fixture:
its answer cell, then the check cell that follows that answer in the source, hidden tests included.
JShell replaces the earlier definition each time, so one kernel serves them all.

For every run: the check's requirements (names and points) are those of the baseline and add up to the
cell's nbgrader points; the report's points equal the fixture's score; the cell's result is that score as
nbgrader reads it (text/plain a number), or, at 0 points, a CheckFailed error whose traceback has a line;
every `expect` phrase is in the messages of the failed requirements; nothing on stderr unless allowed.
Exit status 0 when all held. Used by LessonFixturesIT, and by hand when writing checks.
"""
import argparse
import concurrent.futures
import contextlib
import fcntl
import os
import pathlib
import sys
import threading
import time

from jupyter_client.manager import start_new_kernel
from jupyter_core.paths import jupyter_runtime_dir

CHECK_MIME = "application/vnd.threadlab.check+json"
TIMEOUT = 300
START_LOCK_TIMEOUT = 600  # another lesson's kernels start (each bounded: 2 tries of 90 s)


def read_fixture(path):
    header, body, in_header = {}, [], True
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        stripped = line.strip()
        if in_header and stripped.startswith("//") and ":" in stripped:
            key, value = stripped[2:].split(":", 1)
            key = key.strip()
            if key in ("about", "answer", "score", "expect", "jdk", "stderr", "cpus"):
                header.setdefault(key, []).append(value.strip())
                continue
        in_header = False
        body.append(line)
    missing = [k for k in ("answer", "score") if k not in header]
    if missing:
        raise SystemExit(f"{path}: the header needs {' and '.join(missing)}")
    scores = [float(score) for score in header["score"][0].split(" or ")]
    return dict(name=path.stem, answer=header["answer"][0], score=scores[0], scores=scores,
                expect=header.get("expect", []), jdk=int(header.get("jdk", ["0"])[0]),
                cpus=[int(c) for c in header["cpus"][0].split(",")] if "cpus" in header else None,
                stderr="stderr" in header, about=header.get("about", [""])[0], code="".join(body).strip("\n"))


def load_notebook(path):
    import nbformat
    return nbformat.read(path, as_version=4)


def nbgrader(cell):
    return cell.metadata.get("nbgrader", {})


@contextlib.contextmanager
def starting_elsewhere():
    """Held while a kernel starts, across every lesson_fixtures.py of this Jupyter (the build runs two lessons
    at once): a lock file in Jupyter's runtime folder."""
    os.makedirs(jupyter_runtime_dir(), exist_ok=True)
    with open(os.path.join(jupyter_runtime_dir(), "threadlab-fixtures-start.lock"), "w") as lock:
        deadline = time.monotonic() + START_LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"another kernel was still starting after {START_LOCK_TIMEOUT} s")
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


class Kernel:
    """A Threadlab kernel through Debian's jupyter_client; every wait has a timeout."""

    # Kernels are started one at a time: jupyter_client picks free ports by probing, and two kernels
    # started at once can pick the same ones (the second then dies before answering kernel_info).
    STARTING = threading.Lock()

    def __init__(self, cpus):
        env = dict(os.environ, THREADLAB_ENGINE_OPTIONS=f"-XX:ActiveProcessorCount={cpus}")
        with Kernel.STARTING, starting_elsewhere():
            for attempt in (1, 2):
                try:
                    self.km, self.kc = start_new_kernel(kernel_name="threadlab", startup_timeout=90, env=env)
                    return
                except RuntimeError as e:  # "Kernel died before replying to kernel_info": ports taken meanwhile
                    if attempt == 2:
                        raise
                    print(f"{cpus} cpus: the kernel did not start ({e}); trying once more")

    def run(self, code, timeout=TIMEOUT):
        """Executes code: (reply content, outputs as nbformat-like dicts)."""
        msg_id = self.kc.execute(code)
        deadline = time.monotonic() + timeout
        reply = None
        while reply is None:
            msg = self.kc.get_shell_msg(timeout=max(1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") == msg_id:
                reply = msg["content"]
        outputs = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "status" and content["execution_state"] == "idle":
                return reply, outputs
            if kind in ("stream", "display_data", "execute_result", "error"):
                outputs.append(dict(content, output_type=kind))

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)


def judge(case, answer_outs, check_outs, points, shape):
    """What went wrong in one run of a fixture, as sentences, and the check's report (None if it showed none)."""
    problems = []
    errors = [o for o in answer_outs if o["output_type"] == "error"]
    if errors:
        return [f"the answer cell itself failed: {errors[0]['ename']}: {errors[0]['evalue']}"], None
    reports = [o["data"][CHECK_MIME] for o in check_outs
               if o["output_type"] in ("display_data", "execute_result") and CHECK_MIME in o.get("data", {})]
    if len(reports) != 1:
        errs = [f"{o['ename']}: {o['evalue']}" for o in check_outs if o["output_type"] == "error"]
        return [f"the check cell showed {len(reports)} reports ({'; '.join(errs)})"], None
    report = reports[0]
    got = [(c["name"], c["max"]) for c in report["checks"]]
    if shape is not None and got != shape:
        problems.append(f"requirements {got} differ from the reference solution's {shape}")
    if report["max"] != points:
        problems.append(f"the requirements add up to {report['max']}, the cell's nbgrader points are {points}")
    if report["points"] not in case.get("scores", [case["score"]]):
        problems.append(f"scored {report['points']}, expected {' or '.join(f'{s:g}' for s in case.get('scores', [case['score']]))}")
    failed = " | ".join(c["message"] for c in report["checks"] if c["status"] != "passed")
    for phrase in case["expect"]:
        if phrase not in failed:
            problems.append(f"the feedback lacks {phrase!r}; it said: {failed[:600]!r}")
    error = [o for o in check_outs if o["output_type"] == "error"]
    result = [o for o in check_outs if o["output_type"] == "execute_result"]
    if report["points"] == 0:
        if not error or error[0]["ename"] != "CheckFailed" or not error[0].get("traceback"):
            problems.append(f"0 points should end in CheckFailed with a traceback line, was {error or result}")
    else:
        text = result[0]["data"].get("text/plain") if result else None
        try:
            shown = float(text)
        except (TypeError, ValueError):
            shown = None
        if error or shown != report["points"]:
            problems.append(f"the cell's result should be {report['points']} for nbgrader, was {text!r} {error}")
    stderr = "".join(o["text"] for o in check_outs if o["output_type"] == "stream" and o["name"] == "stderr")
    if stderr and not case["stderr"]:
        problems.append(f"the check cell wrote to stderr: {stderr[:300]!r}")
    return problems, report


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook")
    parser.add_argument("fixtures")
    parser.add_argument("--cpus", default="1,2,8")
    parser.add_argument("--only", default="")
    parser.add_argument("--parallel", action="store_true", help="one kernel per processor count, all at once")
    args = parser.parse_args(argv[1:])
    nb = load_notebook(args.notebook)
    cells = [c for c in nb.cells if c.cell_type == "code"]
    by_id = {nbgrader(c).get("grade_id"): i for i, c in enumerate(cells)}
    setup = [c.source for c in cells if nbgrader(c).get("locked") and not nbgrader(c).get("grade")
             and not nbgrader(c).get("solution")]

    def check_after(answer):
        i = by_id[answer]
        return next(c for c in cells[i + 1:] if nbgrader(c).get("grade"))

    cases = [read_fixture(p) for p in sorted(pathlib.Path(args.fixtures).glob("*.java"))]
    cases = [c for c in cases if args.only in c["name"]]
    unknown = [c["name"] for c in cases if c["answer"] not in by_id]
    if unknown:
        print(f"FAIL: fixtures for an answer cell the notebook does not have: {unknown}")
        return 1
    answers = list(dict.fromkeys(c["answer"] for c in cases))
    table, failures, details = {}, [], []

    def run_all(cpus):
        """Every fixture in one kernel whose engine is told it has `cpus` processors."""
        kernel = Kernel(cpus)
        try:
            _, outs = kernel.run('Runtime.getRuntime().availableProcessors() + " " + Runtime.version().feature()')
            seen, jdk = "".join(o["data"]["text/plain"] for o in outs if o["output_type"] == "execute_result") \
                .strip('"').split()
            if int(seen) != cpus:
                failures.append(f"{cpus} cpus: the engine reports {seen} processors: the flag did not reach it")
            for source in setup:
                kernel.run(source)
            shapes = {}
            for answer in answers:
                check = check_after(answer)
                reference = dict(name="reference solution", answer=answer, score=nbgrader(check)["points"],
                                 expect=[], stderr=False)
                _, answer_outs = kernel.run(cells[by_id[answer]].source)
                _, check_outs = kernel.run(check.source)
                problems, report = judge(reference, answer_outs, check_outs, nbgrader(check)["points"], None)
                if report is not None:
                    shapes[answer] = [(c["name"], c["max"]) for c in report["checks"]]
                failures.extend(f"{cpus} cpus, {answer} reference solution: {p}" for p in problems)
            for case in cases:
                if case["jdk"] > int(jdk):
                    table[(case["name"], cpus)] = f"skipped (JDK {jdk})"
                    continue
                if case["cpus"] is not None and cpus not in case["cpus"]:
                    table[(case["name"], cpus)] = "skipped (cpus)"
                    continue
                check = check_after(case["answer"])
                t = time.monotonic()
                _, answer_outs = kernel.run(case["code"])
                _, check_outs = kernel.run(check.source)
                took = time.monotonic() - t
                problems, report = judge(case, answer_outs, check_outs, nbgrader(check)["points"],
                                         shapes.get(case["answer"]))
                score = "?" if report is None else f"{report['points']:g}/{report['max']:g}"
                table[(case["name"], cpus)] = f"{score} {'ok' if not problems else 'FAIL'} {took:.1f}s"
                failures.extend(f"{cpus} cpus, {case['name']}: {p}" for p in problems)
                if problems and report is not None:
                    details.extend(f"    {case['name']} [{cpus} cpus] {c['status']}: {c['name']}: {c['message']}"
                                   for c in report["checks"])
        finally:
            kernel.close()

    started = time.monotonic()
    counts = [int(n) for n in args.cpus.split(",")]
    if args.parallel:
        with concurrent.futures.ThreadPoolExecutor(len(counts)) as pool:
            for done in [pool.submit(run_all, n) for n in counts]:
                done.result()
    else:
        for n in counts:
            run_all(n)
    print("\n".join(details))
    cpu_counts = args.cpus.split(",")
    print(f"{'fixture':46} " + " ".join(f"{n + ' cpus':>18}" for n in cpu_counts))
    for case in cases:
        print(f"{case['name']:46} " + " ".join(f"{table.get((case['name'], int(n)), '-'):>18}" for n in cpu_counts))
    print(f"{len(cases)} fixtures on {len(cpu_counts)} processor counts in {time.monotonic() - started:.0f} s")
    for f in failures:
        print("FAIL:", f)
    print("ok" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
