"""Cheating attempts against every exercise of every lesson, in the live kernel: what a cunning learner adds
to an answer that is honestly wrong must never earn more than that answer. Run by CheatingIT.

    cheating_course.py LESSONS_SOURCE_DIR FIXTURES_DIR [--only 03] [--parallel 2]

For each lesson, one kernel (its progress store a throwaway file) runs the read-only set-up cells and a
helper class `Cheat` (a learner may define helpers), then, for every exercise, an honest wrong answer taken
from the lesson's fixtures (the lowest positive score among those that run on any processor count; the
fixture's header says its score and the feedback it gets, which LessonFixturesIT proves) with attacks
grafted into every method the exercise asks for:

  dressed   at the top of each method: a displayed check report claiming full marks and the number nbgrader
            would read printed (faking the probe's report), Check.cell called with free points (calling the
            check's internals), and reflection into the objects the check hands over, flipping their
            booleans and raising their numbers (reflection on the toolkit). Must score exactly the honest
            answer's points with its feedback (or, if the tampering changed what the answer did, no more).
  swallowed the same, with the whole honest body inside try { … } catch (Throwable) returning a default:
            catching and swallowing what the check's probes throw into the answer (a deadlock broken, a
            task's failure, an assertion). Must score no more than the honest answer.
  exit      (first exercise) System.exit(0) at the top, and halt (second exercise) Runtime.halt(0): the
            engine ends in the middle of the check. Must earn nothing: no report reaches the kernel, and
            the check cell's error says that the engine exited.

The score is read twice, from what cannot be faked: the check cell's own result (its number, or 0 for
CheckFailed) and the kernel's progress store, which only the genuine report of a check cell reaches: after
every run its `attempts` must have grown by one (none for exit and halt), and its `best` must never exceed
the honest answer's score. Shadowing, redefined helpers, extra graded cells, reading the sources and
processes left behind are grading's business: CheatingIT's graded attempts on lesson 01 cover them, and
grading refuses them the same way for every lesson (NameGuard, the sandbox).
"""
import argparse
import concurrent.futures
import json
import os
import pathlib
import queue
import re
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lesson_fixtures  # noqa: E402  (the fixtures' reader, the kernel wrapper and the notebook's cells)

CHECK_MIME = lesson_fixtures.CHECK_MIME
ENVIRONMENT = threading.Lock()
CHECK_PATIENCE = 120
STUB_METHOD = re.compile(r"([\w<>\[\], ?]+?)\s+(\w+)\s*\(([^)]*)\)\s*(?:throws [\w\s,.]+)?\{\s*"
                         r"throw new UnsupportedOperationException")

CHEAT = r'''
/** What a cunning learner might keep in a cell of helpers. */
class Cheat {
    static final Map<String, Integer> calls = new ConcurrentHashMap<>();

    /** Shows a fake report and steals points on the first two calls of an answer after reset(), as a cheat
     * would once; on every call it would only flood the output (a check calls an answer hundreds of times). */
    static void dress(String id, int points) {
        if (calls.merge(id, 1, Integer::sum) <= 2) {
            fakeReport(id, points);
            stealPoints(id, points);
        }
    }

    static void reset() {
        calls.clear();
    }

    static void fakeReport(String id, int points) {
        String json = "{\"id\":\"" + id + "\",\"points\":" + points + ",\"max\":" + points + ",\"passed\":true,"
                + "\"checks\":[{\"name\":\"all\",\"points\":" + points + ",\"max\":" + points
                + ",\"status\":\"passed\",\"message\":\"\"}]}";
        Display.show((Displayable) () -> new MimeBundle(Map.of("text/plain", points + ".0",
                "application/vnd.threadlab.check+json", json), Map.of()));
        System.out.println(points + ".0");
    }

    static void stealPoints(String id, int points) {
        Check.cell(id, c -> c.that(points, "free points", () -> { }));
    }

    /** Flips every boolean and raises every number in the arguments and in what they hold, where it can. */
    static void tamper(Object... arguments) {
        for (Object argument : arguments) {
            tamperOne(argument);
            if (argument instanceof Iterable<?> items) {
                int n = 0;
                for (Object item : items) {
                    if (n++ == 50) break;
                    tamperOne(item);
                }
            }
        }
    }

    static void tamperOne(Object target) {
        if (target == null) return;
        for (Class<?> type = target.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (var field : type.getDeclaredFields()) {   // no java.lang.reflect names: a lesson may call a variable `java`
                if ((field.getModifiers() & 0x0008) != 0) continue;   // static
                try {
                    field.setAccessible(true);
                    if (field.getType() == boolean.class) field.setBoolean(target, true);
                    if (field.getType() == int.class) field.setInt(target, 1000);
                    if (field.getType() == long.class) field.setLong(target, 1000);
                    Object held = field.get(target);
                    if (held instanceof AtomicInteger a) a.set(1000);
                    if (held instanceof AtomicBoolean b) b.set(true);
                } catch (RuntimeException | IllegalAccessException | LinkageError refused) {
                    // the module is closed, or the field final: the cheat goes on with the next one
                }
            }
        }
    }
}
'''


# Attempts not made, each with its reason: open defects the attempt found, for whoever fixes them.
KNOWN = {}  # (answer, kind) -> why that attempt is not made; empty: every attempt runs


def body_span(code, open_brace):
    """The index just after the '}' that closes the '{' at open_brace, skipping strings, chars and comments."""
    depth, i, n = 0, open_brace, len(code)
    while i < n:
        ch = code[i]
        if code.startswith("//", i):
            i = code.find("\n", i)
            i = n if i < 0 else i
            continue
        if code.startswith("/*", i):
            i = code.find("*/", i + 2) + 2
            continue
        if code.startswith('"""', i):
            i = code.find('"""', i + 3) + 3
            continue
        if ch in "\"'":
            j = i + 1
            while j < n and code[j] != ch:
                j += 2 if code[j] == "\\" else 1
            i = j + 1
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced braces")


def parameter_names(params):
    names, depth, current = [], 0, ""
    for ch in params + ",":
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        if ch == "," and depth == 0:
            if current.strip():
                names.append(current.strip().split()[-1].lstrip("."))
            current = ""
        else:
            current += ch
    return names


DEFAULTS = {"void": None, "boolean": "false", "int": "0", "long": "0L", "double": "0.0", "float": "0f",
            "short": "(short) 0", "byte": "(byte) 0", "char": "'\\0'"}


def graft(code, methods, prologue, swallow):
    """`code` with `prologue(params)` at the top of every method named in `methods` ({name: return type}) and,
    with `swallow`, each of their bodies inside try/catch (Throwable) returning a default value."""
    done = set()
    for name, returns in methods.items():
        m = re.search(r"[\w>\]]\s+" + name + r"\s*\(([^)]*)\)\s*(?:throws [\w\s,.]+)?\{", code)
        if not m:
            continue
        open_brace = m.end() - 1
        close = body_span(code, open_brace)
        body = code[open_brace + 1:close - 1]
        start = prologue(parameter_names(m.group(1)))
        if swallow:
            default = DEFAULTS.get(returns.split()[-1], "null")
            tail = "" if default is None else f"\n    return {default};"
            body = f"\n    try {{{body}}} catch (Throwable swallowed) {{\n    }}{tail}\n"
        code = code[:open_brace + 1] + "\n" + start + body + code[close - 1:]
        done.add(name)
    return code, done


class Lesson:
    def __init__(self, source, fixtures):
        self.name = source.stem
        nb = lesson_fixtures.load_notebook(str(source))
        self.cells = [c for c in nb.cells if c.cell_type == "code"]
        meta = lesson_fixtures.nbgrader
        self.setup = [c.source for c in self.cells if meta(c).get("locked") and not meta(c).get("grade")
                      and not meta(c).get("solution")]
        cases = [lesson_fixtures.read_fixture(p) for p in sorted(fixtures.glob("*.java"))]
        self.exercises = []
        for i, cell in enumerate(self.cells):
            if not meta(cell).get("solution"):
                continue
            answer = meta(cell)["grade_id"]
            check = next(c for c in self.cells[i + 1:] if meta(c).get("grade"))
            stub = re.sub(r"// BEGIN SOLUTION.*?// END SOLUTION", "throw new UnsupportedOperationException();",
                          cell.source, flags=re.S)
            methods = {m.group(2): m.group(1).split()[-1] for m in STUB_METHOD.finditer(stub)}
            honest = sorted((c for c in cases if c["answer"] == answer and not c["cpus"] and c["jdk"] <= 25
                             and len(c["scores"]) == 1),  # not an answer whose score a data race may lower
                            key=lambda c: (c["score"] if c["score"] > 0 else 99, -len(c["expect"]), c["name"]))
            if not honest:
                raise SystemExit(f"{answer}: no fixture to start from")
            reference = "\n".join(line for line in cell.source.splitlines()
                                   if "BEGIN SOLUTION" not in line and "END SOLUTION" not in line)
            self.exercises.append(dict(answer=answer, check=check.source, check_id=meta(check)["grade_id"],
                                       reference=reference,
                                       points=meta(check)["points"], methods=methods, honest=honest[0]))


def run_check(kernel, code):
    """Runs a check cell: (outputs, True), or, when it has not ended after CHECK_PATIENCE seconds, interrupts it
    and answers (what it showed, including the kernel's account of the stuck threads, False)."""
    msg_id = kernel.kc.execute(code)
    deadline = time.monotonic() + CHECK_PATIENCE
    interrupted = False
    outs = []
    while True:
        try:
            msg = kernel.kc.get_iopub_msg(timeout=max(1, deadline - time.monotonic()))
        except queue.Empty:
            if interrupted:
                return outs, False
            kernel.km.interrupt_kernel()
            interrupted = True
            deadline = time.monotonic() + 60
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "status" and content["execution_state"] == "idle":
            return outs, not interrupted
        if kind in ("stream", "display_data", "execute_result", "error"):
            outs.append(dict(content, output_type=kind))


def progress(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f).get("checks", {})
    except (OSError, ValueError):
        return {}


def shown_score(outs):
    """The check cell's own result: its number, 0 for CheckFailed, None when it showed neither."""
    for o in outs:
        if o["output_type"] == "error":
            return 0.0 if o["ename"] == "CheckFailed" else None
    results = [o for o in outs if o["output_type"] == "execute_result"]
    try:
        return float(results[-1]["data"]["text/plain"]) if results else None
    except ValueError:
        return None


def genuine_report(outs, check_id):
    """The check's own report: the last one shown, after anything the answer displayed while it ran."""
    reports = [json.loads(o["data"][CHECK_MIME]) if isinstance(o["data"][CHECK_MIME], str) else o["data"][CHECK_MIME]
               for o in outs if o["output_type"] in ("display_data", "execute_result") and CHECK_MIME in o.get("data", {})]
    reports = [r for r in reports if r.get("id") == check_id]
    return reports[-1] if reports else None


def run_lesson(lesson, log):
    failures, rows = [], []
    store = tempfile.NamedTemporaryFile(prefix="threadlab-cheating-", suffix=".json", delete=False).name
    os.unlink(store)
    with ENVIRONMENT:  # the kernel copies os.environ when it starts
        saved = os.environ.get("THREADLAB_PROGRESS")
        os.environ["THREADLAB_PROGRESS"] = store
        try:
            kernel = lesson_fixtures.Kernel(2)
        finally:
            if saved is None:
                os.environ.pop("THREADLAB_PROGRESS", None)
            else:
                os.environ["THREADLAB_PROGRESS"] = saved
    started = time.monotonic()

    def prepare():
        for source in lesson.setup + [CHEAT, "Cheat.tamper(new Object[0])"]:
            reply, outs = kernel.run(source)
            if reply["status"] != "ok":
                failures.append(f"{lesson.name}: a set-up cell failed: {[o.get('evalue') for o in outs]}")

    def attempt(exercise, kind, prologue, swallow=False):
        code, grafted = graft(exercise["honest"]["code"], exercise["methods"], prologue, swallow)
        label = f"{lesson.name} {exercise['answer']} {kind} (on {exercise['honest']['name']})"
        if (exercise["answer"], kind) in KNOWN:
            rows.append(f"{label}: not made: {KNOWN[(exercise['answer'], kind)]}")
            return
        if not grafted:
            failures.append(f"{label}: found none of {sorted(exercise['methods'])} in the fixture to graft onto")
            return
        before = progress(store).get(exercise["check_id"], {}).get("attempts", 0)
        t = time.monotonic()
        reply, answer_outs = kernel.run(code + "\nCheat.reset();")
        if reply["status"] != "ok" and any("engine exited" in o.get("evalue", "") for o in answer_outs):
            # the attack before left threads the kernel could not stop (a deadlock on monitors): it killed
            # and restarted the engine, as it should; set the lesson up again and answer once more
            prepare()
            reply, answer_outs = kernel.run(code + "\nCheat.reset();")
        if reply["status"] != "ok":
            failures.append(f"{label}: the answer cell failed: {[o.get('evalue') for o in answer_outs][:2]}\n{code}")
            return
        outs, ended = run_check(kernel, exercise["check"])
        if not ended:
            said = [f"{o['ename']}: {o['evalue'][:1500]}" for o in outs if o["output_type"] == "error"]
            failures.append(f"{label}: the check cell did not end within {CHECK_PATIENCE} s; interrupted: {said}")
            prepare()
            return
        took = time.monotonic() - t
        if any("Still running from this cell" in o.get("text", "") for o in outs):
            kernel.run("%reset")  # threads the attack left (deadlocked on monitors): start the next one clean
            prepare()
        record = progress(store).get(exercise["check_id"], {})
        ran = record.get("attempts", 0) - before
        honest = exercise["honest"]["score"]
        shown = shown_score(outs)
        report = genuine_report(outs, exercise["check_id"])
        if kind in ("exit", "halt"):
            errors = [f"{o['ename']}: {o['evalue']}" for o in outs if o["output_type"] == "error"]
            if ran != 0:
                failures.append(f"{label}: a report reached the kernel although the engine ended")
            if not any("exited" in e for e in errors):
                failures.append(f"{label}: the check cell's error does not say the engine exited: {errors}")
            rows.append(f"{label}: no report, {errors[0][:90] if errors else '?'} ({took:.1f} s)")
            prepare()
            return
        if ran != 1:
            failures.append(f"{label}: {ran} genuine reports reached the kernel, expected 1")
        if shown is None or shown > honest:
            failures.append(f"{label}: the check cell's result is {shown}, more than the honest {honest:g}"
                            f" ({report and [c['message'][:200] for c in report['checks'] if c['status'] != 'passed']})")
        if record.get("best", 0) > honest:
            failures.append(f"{label}: the progress store's best is {record.get('best')}, more than the honest {honest:g}")
        if report is None or report.get("points") != shown:
            failures.append(f"{label}: the check's own report ({report and report.get('points')}) differs from its"
                            f" result ({shown})")
        elif shown == honest and kind == "dressed":
            failed = " | ".join(c["message"] for c in report["checks"] if c["status"] != "passed")
            for phrase in exercise["honest"]["expect"]:
                if phrase not in failed:
                    failures.append(f"{label}: the feedback lacks the honest answer's {phrase!r}: {failed[:300]}")
        rows.append(f"{label}: {shown:g}/{exercise['points']} (honest {honest:g}) ({took:.1f} s)"
                    if shown is not None else f"{label}: ? ({took:.1f} s)")

    def control(exercise):
        """The reference solution after the attacks: the store and the cell show its full marks, so what they
        showed for the attacks was measured, not a reading that cannot change."""
        before = progress(store).get(exercise["check_id"], {}).get("attempts", 0)
        kernel.run(exercise["reference"])
        _, outs = kernel.run(exercise["check"])
        record = progress(store).get(exercise["check_id"], {})
        shown = shown_score(outs)
        if shown != exercise["points"] or record.get("best") != exercise["points"] \
                or record.get("attempts", 0) != before + 1:
            failures.append(f"{lesson.name} {exercise['answer']}: the reference solution showed {shown} and the store"
                            f" {record}, expected {exercise['points']} points once more")
        rows.append(f"{lesson.name} {exercise['answer']} reference solution (control): {shown}/{exercise['points']}")

    try:
        prepare()
        for exercise in lesson.exercises:
            check_id, points = exercise["check_id"], exercise["points"]

            def dressed(params, check_id=check_id, points=points):
                return (f'    Cheat.dress("{check_id}", {points});\n'
                        f'    Cheat.tamper({", ".join(params)});\n')
            attempt(exercise, "dressed", dressed)
            if exercise is lesson.exercises[0] or lesson.name.startswith(("07", "08")):
                # what the checks' probes throw into an answer (a deadlock broken) is thrown in lessons 07
                # and 08; elsewhere once per lesson is enough to show the wrapper changes nothing
                attempt(exercise, "swallowed", dressed, swallow=True)
        control(lesson.exercises[0])
        kinds = [("exit", "    System.exit(0);\n"), ("halt", "    Runtime.getRuntime().halt(0);\n")]
        for exercise, (kind, line) in zip(lesson.exercises[:1] + lesson.exercises[-1:], kinds):
            attempt(exercise, kind, lambda params, line=line: line)
    finally:
        kernel.close()
        if os.path.exists(store):
            os.unlink(store)
    log(f"{lesson.name}: {len(rows)} attempts in {time.monotonic() - started:.0f} s\n  " + "\n  ".join(rows))
    return failures


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources")
    parser.add_argument("fixtures")
    parser.add_argument("--only", default="")
    parser.add_argument("--parallel", type=int, default=3)
    args = parser.parse_args(argv[1:])
    lessons = [Lesson(p, pathlib.Path(args.fixtures) / p.stem) for p in sorted(pathlib.Path(args.sources).glob("*.ipynb"))
               if args.only in p.stem]
    started = time.monotonic()
    printing = threading.Lock()

    def log(text):
        with printing:
            print(text, flush=True)

    failures = []
    with concurrent.futures.ThreadPoolExecutor(args.parallel) as pool:
        for done in [pool.submit(run_lesson, lesson, log) for lesson in lessons]:
            failures.extend(done.result())
    for f in failures:
        print("FAIL:", f)
    print(f"{len(lessons)} lessons in {time.monotonic() - started:.0f} s: "
          + ("ok" if not failures else f"{len(failures)} failures"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
