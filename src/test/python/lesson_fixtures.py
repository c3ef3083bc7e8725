"""Runs a lesson's fixtures, answers that learners write (wrong and right), through the real kernel with the
engine told it has each of several processor counts, and checks every one's exact score and feedback.

    lesson_fixtures.py SOURCE_NOTEBOOK FIXTURE_DIR [--cpus 1,2,8] [--only SUBSTRING] [--parallel]
                       [--visible [infer|run|both]] [--student STUDENT_NOTEBOOK]

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

--visible also scores each fixture with the visible checks only, what the learner's notebook shows (the student
notebook's check cell: what `release` makes of the source; STUDENT_NOTEBOOK, by default lessons/NN-topic.ipynb
beside lessons/source/, which a test keeps equal to the release of the source), and compares that score with the
grade's: a wrong answer the learner's check passes and the grade fails (or the reverse) is a disagreement,
printed in its own table, and a failure unless the fixture's `visible` line gives that score:

    // visible: 5                           the score with the visible checks only, where it knowingly differs

Two ways to get that score. `--visible run` runs the student check cell after the fixture's check cell (the
answer cell run again first, so that state it keeps starts afresh). `--visible infer` (the build's) runs nothing
more: the source's check cell is run with a line after each BEGIN HIDDEN TESTS that prints which requirement
reached its hidden tests. Hidden tests sit inside the body of the requirement they re-test, after its visible
statements, so a requirement that failed after reaching them passed its visible part, and one that failed
before, or passed, scores the same without them. Where a requirement's body goes on after its hidden tests
(lesson 09 adds hidden data to a list that a loop after them runs), a failure of it cannot be placed, and the
student check cell is run for that fixture. What inference cannot see: hidden tests of one requirement that
change what a later one finds (state kept by the answer), and timing; `--visible run` shows those. Run it on
every lesson when a check changes; `--visible both` runs the student check for every fixture and also reports
where inference would have been wrong. For an answer with a data race (`score: 2 or 0`) either score is
accepted on both sides.
"""
import argparse
import concurrent.futures
import re
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
            if key in ("about", "answer", "score", "expect", "jdk", "stderr", "cpus", "visible"):
                header.setdefault(key, []).append(value.strip())
                continue
        in_header = False
        body.append(line)
    missing = [k for k in ("answer", "score") if k not in header]
    if missing:
        raise SystemExit(f"{path}: the header needs {' and '.join(missing)}")
    scores = [float(score) for score in header["score"][0].split(" or ")]
    visible = [float(score) for score in header["visible"][0].split(" or ")] if "visible" in header else None
    return dict(name=path.stem, answer=header["answer"][0], score=scores[0], scores=scores, visible=visible,
                expect=header.get("expect", []), jdk=int(header.get("jdk", ["0"])[0]),
                cpus=[int(c) for c in header["cpus"][0].split(",")] if "cpus" in header else None,
                stderr="stderr" in header, about=header.get("about", [""])[0], code="".join(body).strip("\n"))


def load_notebook(path):
    import nbformat
    return nbformat.read(path, as_version=4)


def nbgrader(cell):
    return cell.metadata.get("nbgrader", {})


HIDDEN = re.compile(r"^([ \t]*)//\s*BEGIN HIDDEN TESTS[^\n]*\n", re.M)
END_HIDDEN = re.compile(r"^[ \t]*//\s*END HIDDEN TESTS[^\n]*$", re.M)
REQUIREMENT = re.compile(r'\.that\(\s*[0-9.]+\s*,\s*"((?:[^"\\]|\\.)*)"')
REACHED = "[threadlab: the hidden tests of requirement {} reached]"
REACHED_PATTERN = re.compile(r"\[threadlab: the hidden tests of requirement (\d+) reached\]")


def requirements(check_source):
    """The check cell's requirements in order: (name, has hidden tests, whether the body does anything after
    them). A requirement's body is taken to run to the next requirement (the format puts hidden tests inside the
    body of the requirement they re-test)."""
    found = list(REQUIREMENT.finditer(check_source))
    result = []
    for i, match in enumerate(found):
        end = check_source.rfind("\n", 0, found[i + 1].start()) if i + 1 < len(found) else len(check_source)
        body = check_source[match.end():end]  # to the line of the next requirement
        ends = list(END_HIDDEN.finditer(body))
        after = body[ends[-1].end():] if ends else ""
        goes_on = any(line.strip() and not re.fullmatch(r"[)};\s]*", line.strip()) and not line.strip().startswith("//")
                      for line in after.splitlines())
        name = match.group(1).replace('\\"', '"').replace("\\\\", "\\").strip()
        result.append((name, bool(ends), goes_on))
    return result


def requirements_with_hidden_tests(check_source):
    """The names of the requirements whose bodies hold hidden tests."""
    return {name for name, hidden, _ in requirements(check_source) if hidden}


def with_reach_marks(check_source):
    """The check cell with a line after each BEGIN HIDDEN TESTS that prints which requirement reached it."""
    starts = [m.start() for m in REQUIREMENT.finditer(check_source)]

    def mark(hidden):
        index = sum(1 for start in starts if start < hidden.start()) - 1
        return hidden.group(0) + f'{hidden.group(1)}System.out.println("{REACHED.format(index)}");\n'
    return HIDDEN.sub(mark, check_source)


def inferred_visible(check_source, hidden_report, outs):
    """The report the visible checks alone would give, from a run of the marked check cell: (report, certain). A
    requirement that failed after reaching its hidden tests passed its visible part; uncertain when such a
    requirement's body goes on after its hidden tests."""
    text = "".join(o["text"] for o in outs if o["output_type"] == "stream" and o["name"] == "stdout")
    reached = {int(i) for i in REACHED_PATTERN.findall(text)}
    shape = requirements(check_source)
    points, certain, checks = 0.0, True, []
    for index, item in enumerate(hidden_report["checks"]):
        if item["status"] != "passed" and (index >= len(shape) or shape[index][0] != item["name"]):
            certain = False  # not a requirement as the source reads (the cell's own code failed): run it instead
        elif item["status"] != "passed" and index in reached:
            certain &= not shape[index][2]
            item = dict(item, status="passed (inferred: it failed in its hidden tests)", message="")
        points += item["max"] if item["status"].startswith("passed") else 0
        checks.append(item)
    return dict(hidden_report, points=points, checks=checks), certain


def student_notebook(source):
    """lessons/NN-topic.ipynb for lessons/source/NN-topic.ipynb: the committed release of the source."""
    path = pathlib.Path(source).resolve()
    return path.parent.parent / path.name


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


def leftovers(outs):
    """What the kernel said a cell left running (its "Still running from this cell" line), or None."""
    text = "".join(o["text"] for o in outs if o["output_type"] == "stream" and o["name"] == "stdout")
    marker = "Still running from this cell: "
    return text[text.index(marker) + len(marker):].strip() if marker in text else None


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook")
    parser.add_argument("fixtures")
    parser.add_argument("--cpus", default="1,2,8")
    parser.add_argument("--only", default="")
    parser.add_argument("--parallel", action="store_true", help="one kernel per processor count, all at once")
    parser.add_argument("--visible", nargs="?", const="run", choices=("infer", "run", "both"),
                        help="also score each fixture with the visible checks only, and compare with the grade")
    parser.add_argument("--student", help="the student notebook for --visible (default: lessons/NN-topic.ipynb)")
    args = parser.parse_args(argv[1:])
    nb = load_notebook(args.notebook)
    cells = [c for c in nb.cells if c.cell_type == "code"]
    by_id = {nbgrader(c).get("grade_id"): i for i, c in enumerate(cells)}
    visible_checks = {}
    if args.visible:
        student = load_notebook(args.student or student_notebook(args.notebook))
        visible_checks = {nbgrader(c).get("grade_id"): c.source for c in student.cells
                          if c.cell_type == "code" and nbgrader(c).get("grade")}
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
    visible, disagreements, notes, inference_misses = {}, [], [], []

    def visible_check(check):
        """The student notebook's version of a check cell, or None when it is the same code (no hidden tests)."""
        if not args.visible:
            return None
        grade_id = nbgrader(check)["grade_id"]
        if grade_id not in visible_checks:
            raise SystemExit(f"the student notebook has no check cell {grade_id}")
        code = visible_checks[grade_id]
        return None if code == check.source else code

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
                if problems and report is not None:  # what the check said of the solution: the reason to look at
                    failures.extend(f"{cpus} cpus, {answer} reference solution, {c['name']}: {c['message'][:400]}"
                                    for c in report["checks"] if c["status"] != "passed")
                student_check = visible_check(check)
                if student_check is not None and args.visible != "infer":
                    _, check_outs = kernel.run(student_check)
                    problems, _ = judge(reference, answer_outs, check_outs, nbgrader(check)["points"], shapes.get(answer))
                    failures.extend(f"{cpus} cpus, {answer} reference solution, visible checks: {p}" for p in problems)
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
                _, check_outs = kernel.run(with_reach_marks(check.source) if args.visible else check.source)
                took = time.monotonic() - t
                problems, report = judge(case, answer_outs, check_outs, nbgrader(check)["points"],
                                         shapes.get(case["answer"]))
                score = "?" if report is None else f"{report['points']:g}/{report['max']:g}"
                table[(case["name"], cpus)] = f"{score} {'ok' if not problems else 'FAIL'} {took:.1f}s"
                left = leftovers(check_outs)
                if left:
                    notes.append(f"{case['name']} [{cpus} cpus]: the check cell left running: {left}")
                failures.extend(f"{cpus} cpus, {case['name']}: {p}" for p in problems)
                if problems and report is not None:
                    details.extend(f"    {case['name']} [{cpus} cpus] {c['status']}: {c['name']}: {c['message']}"
                                   for c in report["checks"])
                student_check = visible_check(check)
                if student_check is not None and report is not None:
                    compare_visible(kernel, cpus, case, check, student_check, answer_outs, check_outs, report,
                                    shapes.get(case["answer"]))
        finally:
            kernel.close()

    def compare_visible(kernel, cpus, case, check, student_check, answer_outs, check_outs, hidden, shape):
        """Scores the fixture with the visible checks only (inferred, or the student's check cell run) and
        records where that disagrees with the grade."""
        inferred, certain = inferred_visible(check.source, hidden, check_outs)
        report, took = inferred, 0.0
        if args.visible in ("run", "both") or not certain:
            t = time.monotonic()
            _, answer_outs = kernel.run(case["code"])  # afresh: state the answer keeps (a lock) starts anew
            _, student_outs = kernel.run(student_check)
            took = time.monotonic() - t
            seen = dict(case, scores=[hidden["points"]], expect=[])  # judged for its shape; the score is compared
            problems, report = judge(seen, answer_outs, student_outs, nbgrader(check)["points"], shape)
            problems = [p for p in problems if not p.startswith("scored ")]
            failures.extend(f"{cpus} cpus, {case['name']}, visible checks: {p}" for p in problems)
            if report is None:
                visible[(case["name"], cpus)] = "?"
                return
            if args.visible == "both" and certain and report["points"] != inferred["points"]:
                inference_misses.append(f"{case['name']} [{cpus} cpus]: the student check gave {report['points']:g}, "
                                        f"inference {inferred['points']:g}")
        visible[(case["name"], cpus)] = f"{report['points']:g}/{report['max']:g} " + (
            f"{took:.1f}s" if took else "inferred")
        expected = case["visible"] or case["scores"]
        if report["points"] not in expected:
            failures.append(f"{cpus} cpus, {case['name']}: the visible checks give {report['points']:g}, the grade "
                            f"(hidden tests too) {hidden['points']:g}"
                            + (f", the fixture's visible line says {' or '.join(f'{v:g}' for v in case['visible'])}"
                               if case["visible"] else ": the learner's notebook and the grade disagree"))
        if report["points"] == hidden["points"]:
            return
        by_name = {c["name"]: c for c in report["checks"]}
        rows = []
        for c in hidden["checks"]:
            shown = by_name.get(c["name"], {})
            if c["status"] != shown.get("status"):
                rows.append(f"{c['name']} ({c['max']:g}): with hidden tests {c['status']}"
                            f"{': ' + c['message'][:300] if c['message'] else ''}; visible only "
                            f"{shown.get('status')}{': ' + shown.get('message', '')[:300] if shown.get('message') else ''}")
        disagreements.append(dict(name=case["name"], cpus=cpus, visible=report["points"], hidden=hidden["points"],
                                  max=report["max"], race=len(case["scores"]) > 1 and report["points"] in case["scores"],
                                  known=case["visible"] is not None, rows=rows, about=case["about"]))

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
    columns = [(n, kind) for n in cpu_counts for kind in (("", "visible") if args.visible else ("",))]
    print(f"{'fixture':46} " + " ".join(f"{n + ' cpus' + (' ' + kind if kind else ''):>18}" for n, kind in columns))
    for case in cases:
        print(f"{case['name']:46} " + " ".join(
            f"{(visible if kind else table).get((case['name'], int(n)), '-'):>18}" for n, kind in columns))
    if args.visible:
        print(f"{len(disagreements)} disagreements between the visible checks and the grade"
              + (":" if disagreements else ""))
        for d in disagreements:
            why = " (a data race: either score is this fixture's)" if d["race"] else \
                " (known: the fixture's visible line)" if d["known"] else ""
            print(f"  {d['name']} [{d['cpus']} cpus]: visible {d['visible']:g}/{d['max']:g}, "
                  f"grade {d['hidden']:g}/{d['max']:g}{why}: {d['about']}")
            for row in d["rows"]:
                print(f"      {row}")
    for note in notes:
        print("note:", note)
    for miss in inference_misses:
        print("inference wrong:", miss)
    print(f"{len(cases)} fixtures on {len(cpu_counts)} processor counts in {time.monotonic() - started:.0f} s")
    for f in failures:
        print("FAIL:", f)
    print("ok" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
