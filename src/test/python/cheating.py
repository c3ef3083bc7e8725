"""Cheating attempts on lesson 01: notebooks a cunning student could hand in, and what grading must make of
them. Run by CheatingIT.

    cheating.py write DIR SOURCE STUDENT OUTPUT   writes DIR/<attempt>.ipynb and DIR/expected.json
    cheating.py check DIR GRADES_JSON             every attempt scored as expected by `threadlab grade`
    cheating.py nbgrader DIR                      the attempts nbgrader's rules apply to, run through nbclient
                                                  and the threadlab kernel, scored by nbgrader_rules.py

Each attempt starts from the student notebook (its set-up, answer and check cells; the demos are left out to
keep the run short) with the stubs as answers unless it says otherwise, so an attack that fails earns 0. The
honest ones (the reference answers, with or without helpers named like the checks' locals, and typical wrong
answers) must keep their points and their feedback. SOURCE is read for the reference answers and is also
what the `read-sources` attempt tries to open at grade time; OUTPUT is the grading output directory the
`detached-writer` attempt tries to overwrite after the grader finished.
"""
import copy
import json
import os
import sys

import nbformat

REFUSED = ("No check report", "ShadowedName", "NotWhileGrading", "CompileError", "EngineExited")
RUN_ALL = "static void runAll(List<Runnable> tasks) throws InterruptedException {"
SEQUENTIAL = "for (Runnable task : tasks) task.run();"


def nbgrader(cell):
    return cell.get("metadata", {}).get("nbgrader", {})


def code_cell(source, nbgrader_meta=None):
    cell = nbformat.v4.new_code_cell(source)
    if nbgrader_meta:
        cell.metadata["nbgrader"] = dict(schema_version=3, task=False, **nbgrader_meta)
    return cell


def solution(source_cell):
    """The answer cell with its reference solution, marker lines removed."""
    return "\n".join(line for line in source_cell.source.splitlines()
                     if "BEGIN SOLUTION" not in line and "END SOLUTION" not in line)


def run_all(body):
    """runAll with the given body (statements using `tasks`)."""
    return RUN_ALL + "\n" + body + "\n}"


def fake_report(grade_id, points):
    return json.dumps({"id": grade_id, "points": points, "max": points, "passed": True,
                       "checks": [{"name": "all", "points": points, "max": points, "status": "passed", "message": ""}]})


class Lesson:
    def __init__(self, source_path, student_path):
        self.source = nbformat.read(source_path, as_version=4)
        self.student = nbformat.read(student_path, as_version=4)
        self.answers = {nbgrader(c)["grade_id"]: solution(c) for c in self.source.cells
                        if c.cell_type == "code" and nbgrader(c).get("solution")}
        self.checks = {nbgrader(c)["grade_id"]: nbgrader(c)["points"] for c in self.student.cells
                       if c.cell_type == "code" and nbgrader(c).get("grade")}
        stub = next(c.source for c in self.student.cells if nbgrader(c).get("grade_id") == "l01-run-all")
        if RUN_ALL not in stub:
            sys.exit("lesson 01's runAll stub no longer starts with " + RUN_ALL + ": update cheating.py")

    def notebook(self, answers=None, after_setup=(), extra=(), before_first_answer=()):
        """The student notebook's graded cells with `answers` (grade_id -> code) and attack cells inserted."""
        nb = copy.deepcopy(self.student)
        cells = []
        for cell in nb.cells:
            meta = nbgrader(cell)
            if cell.cell_type != "code" or not meta:
                continue
            if meta.get("solution") and not any(nbgrader(c).get("solution") for c in cells):
                cells.extend(copy.deepcopy(list(before_first_answer)))
            if answers and meta.get("grade_id") in answers:
                cell.source = answers[meta["grade_id"]]
            cells.append(cell)
            if meta.get("grade_id") == "l01-setup":
                cells.extend(code_cell(s) if isinstance(s, str) else s for s in after_setup)
        cells.extend(code_cell(s) if isinstance(s, str) else s for s in extra)
        nb.cells = cells
        return nb


def attempts(lesson, source_path, output_dir):
    """(name, notebook, expectation) for every attempt. An expectation maps a check id to the points it must
    earn ("max" for full) and, optionally, phrases its message must hold; `notes` are phrases a note must hold;
    `nbgrader` says whether nbgrader's rules apply (the attack happens inside the kernel and does not rely on
    the grader's own repairs or sandbox)."""
    ref = lesson.answers
    all_zero = {c: {"points": 0} for c in lesson.checks}

    def ran():
        """runAll ran tasks one after another: its check ran (its report's details are there) and earned no more
        than the honest one-after-another answer does (with partial credit, the requirements it meets)."""
        expected = copy.deepcopy(all_zero)
        expected["l01-run-all-check"] = {"points": "as one-after-another", "ran": True}
        return expected

    def zero(**reasons):
        expected = copy.deepcopy(all_zero)
        for check, phrases in reasons.items():
            expected[check.replace("_", "-")]["reasons"] = phrases
        return expected

    sequential = run_all(SEQUENTIAL)
    yield "reference", lesson.notebook(ref), {"checks": {c: {"points": "max"} for c in lesson.checks}, "nbgrader": False}
    yield "reference-with-helpers", lesson.notebook(ref, after_setup=[
        "int finished = 99;\nObject gate = null;\nList<String> urls = List.of();\n"
        "class Worker { }\nstatic int helper() { return 1; }"]), {
        "checks": {c: {"points": "max"} for c in lesson.checks}, "nbgrader": False}
    yield "blank", lesson.notebook(), {"checks": {c: {"points": 0, "reasons": ["Not written yet"]}
                                                  for c in lesson.checks}, "nbgrader": False}
    yield "one-after-another", lesson.notebook({"l01-run-all": sequential}), {"checks": dict(
        all_zero, **{"l01-run-all-check": {"points": "below-max", "ran": True}}), "nbgrader": False}
    join_each = run_all("for (Runnable task : tasks) {\n    Thread t = new Thread(task);\n    t.start();\n    t.join();\n}")
    yield "join-after-start", lesson.notebook(dict(ref, **{"l01-run-all": join_each})), {"checks": {
        "l01-run-all-check": {"points": "below-max", "ran": True, "reasons": ["join() right after start()"]},
        "l01-fetch-all-check": {"points": "max"}, "l01-run-tasks-check": {"points": "max"}}, "nbgrader": False}
    swallow = ("static List<Integer> runTasks(List<Callable<Integer>> tasks) throws Exception {\n"
               "    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {\n"
               "        List<Integer> results = new ArrayList<>();\n"
               "        for (Future<Integer> future : executor.invokeAll(tasks)) {\n"
               "            try { results.add(future.get()); } catch (ExecutionException e) { results.add(-1); }\n"
               "        }\n        return results;\n    }\n}")
    yield "swallowed-failure", lesson.notebook(dict(ref, **{"l01-run-tasks": swallow})), {"checks": {
        "l01-run-all-check": {"points": "max"}, "l01-fetch-all-check": {"points": "max"},
        "l01-run-tasks-check": {"points": "below-max", "ran": True}}, "nbgrader": False}

    yield "shadow-check-class", lesson.notebook(after_setup=[
        "class Check {\n    static double cell(String id, java.util.function.Consumer<Object> body) { return 5; }\n}"]), {
        "checks": zero(l01_run_all_check=["ShadowedName", "your class Check"],
                       l01_fetch_all_check=["ShadowedName"], l01_run_tasks_check=["ShadowedName"]), "nbgrader": True}
    yield "shadow-check-variable", lesson.notebook(after_setup=[
        "class FakeCheck {\n    double cell(String id, java.util.function.Consumer<Object> body) { return 5; }\n}\n"
        "var Check = new FakeCheck();"]), {
        "checks": zero(l01_run_all_check=["ShadowedName", "your variable Check"]), "nbgrader": True}
    yield "shadow-assertions", lesson.notebook({"l01-run-all": sequential}, after_setup=[
        "class Assertions {\n    static void fail(String message) { }\n"
        "    static void assertEquals(Object a, Object b, String message) { }\n}"]), {
        # lesson 01's checks judge through the probe, not Assertions: the class changes nothing, and earns
        # no more than the honest one-after-another answer beside it
        "checks": dict(all_zero, **{"l01-run-all-check": {"points": "at most one-after-another"}}), "nbgrader": True}
    yield "shadow-jdk-type", lesson.notebook({"l01-run-all": sequential}, after_setup=[
        "class Duration {\n    static java.time.Duration ofSeconds(long s) { return java.time.Duration.ofDays(1); }\n}"]), {
        "checks": zero(l01_run_all_check=["ShadowedName", "your class Duration"]), "nbgrader": True}
    # Reflection and Unsafe into what the tasks hold (the check's probe): every boolean flag set, every
    # counter raised. Refused while grading; in the live kernel the toolkit's module is not open to them.
    tamper = ("    for (Runnable task : tasks) for (var field : task.getClass().getDeclaredFields()) {\n"
              "        field.setAccessible(true);\n"
              "        Object held = field.get(task);\n"
              "        if (held == null) continue;\n"
              "        for (var inner : held.getClass().getDeclaredFields()) {\n"
              "            inner.setAccessible(true);\n"
              "            if (inner.getType() == boolean.class) inner.setBoolean(held, true);\n"
              "            if (inner.getType() == int.class) inner.setInt(held, 1000);\n"
              "        }\n    }\n")
    reflect = run_all("try {\n" + tamper + "} catch (ReflectiveOperationException | RuntimeException e) { }\n" + SEQUENTIAL)
    yield "reflection-into-probe", lesson.notebook({"l01-run-all": reflect}), {
        "checks": zero(), "notes": ["was refused: This cell uses java.lang.reflect."], "nbgrader": False}
    yield "reflection-into-probe-live", lesson.notebook({"l01-run-all": reflect}), {
        "checks": dict(all_zero, **{"l01-run-all-check": {"points": "at most one-after-another"}}),
        "notes": ["was refused: This cell uses java.lang.reflect."], "nbgrader": True}
    unsafe = run_all("try {\n"
                     "    var theUnsafe = sun.misc.Unsafe.class.getDeclaredField(\"theUnsafe\");\n"
                     "    theUnsafe.setAccessible(true);\n"
                     "    var unsafe = (sun.misc.Unsafe) theUnsafe.get(null);\n"
                     "    for (Runnable task : tasks) for (var field : task.getClass().getDeclaredFields()) {\n"
                     "        Object held = unsafe.getObject(task, unsafe.objectFieldOffset(field));\n"
                     "        if (held == null) continue;\n"
                     "        for (var inner : held.getClass().getDeclaredFields()) {\n"
                     "            if (inner.getType() == boolean.class && !java.lang.reflect.Modifier.isStatic(inner.getModifiers()))\n"
                     "                unsafe.putBoolean(held, unsafe.objectFieldOffset(inner), true);\n"
                     "        }\n    }\n} catch (ReflectiveOperationException | RuntimeException e) { }\n" + SEQUENTIAL)
    yield "unsafe-into-probe", lesson.notebook({"l01-run-all": unsafe}), {
        "checks": zero(), "notes": ["was refused: This cell uses "], "nbgrader": False}
    # Fake arrivals: threads the answer starts run the tasks again (a task's second run is no arrival).
    arrivals = run_all("for (Runnable task : tasks)\n"
                       "    for (int i = 0; i < 20; i++) Thread.ofPlatform().daemon().start(task);\n" + SEQUENTIAL)
    yield "fake-arrivals", lesson.notebook({"l01-run-all": arrivals}), {
        "checks": dict(all_zero, **{"l01-run-all-check": {"points": "at most one-after-another"}}), "nbgrader": True}
    yield "interrupt-command-thread", lesson.notebook({"l01-run-all": run_all(
        "Thread.getAllStackTraces().keySet().stream()\n"
        "        .filter(t -> t.getName().equals(\"threadlab-commands\")).forEach(Thread::interrupt);\n" + SEQUENTIAL)}), {
        "checks": dict(all_zero, **{"l01-run-all-check": {"points": "at most one-after-another"}}), "nbgrader": False}
    yield "threaddeath-display-sink", lesson.notebook(after_setup=[
        "Display.install(new DisplaySink() {\n"
        "    public void display(MimeBundle bundle, String id) { throw new ThreadDeath(); }\n"
        "    public void update(MimeBundle bundle, String id) { throw new ThreadDeath(); }\n"
        "    public void clear(boolean wait) { }\n});"]), {"checks": zero(), "nbgrader": False}
    bonus = code_cell("1000.0", dict(grade=True, solution=False, locked=True, grade_id="l01-bonus-check", points=1000))
    yield "extra-graded-cell", lesson.notebook(extra=[bonus]), {
        "checks": zero(), "max": sum(lesson.checks.values()),
        "notes": ["l01-bonus-check, which the source does not have; its nbgrader metadata was removed"], "nbgrader": False}
    first = code_cell("1000.0", dict(grade=True, solution=False, locked=True, grade_id="l01-run-all-check", points=1000))
    yield "fake-check-cell-first", lesson.notebook(before_first_answer=[first]), {
        "checks": zero(), "max": sum(lesson.checks.values()), "nbgrader": False}
    stub = next(c.source for c in lesson.student.cells if nbgrader(c).get("grade_id") == "l01-run-all")
    free = 'Check.cell("l01-run-all-check", c -> c.that(4, "free points", () -> { }));'
    yield "check-cell-from-answer", lesson.notebook({"l01-run-all": stub + "\n" + free}), {
        "checks": zero(l01_run_all_check=["Not written yet"]), "nbgrader": False}
    yield "check-cell-from-background", lesson.notebook(after_setup=[
        "Thread.ofPlatform().daemon().start(() -> {\n"
        "    for (int i = 0; i < 300; i++) {\n"
        "        for (String id : List.of(\"l01-run-all-check\", \"l01-fetch-all-check\", \"l01-run-tasks-check\")) {\n"
        "            Check.cell(id, c -> c.that(5, \"free\", () -> { }));\n"
        "        }\n"
        "        try { Thread.sleep(100); } catch (InterruptedException e) { return; }\n"
        "    }\n});"]), {"checks": zero(), "nbgrader": False}
    nested = run_all('Check.cell("l01-run-all-check", c -> c.that(4, "nested", () -> { }));\n' + SEQUENTIAL)
    yield "nested-check-cell", lesson.notebook({"l01-run-all": nested}), {"checks": ran(), "nbgrader": False}
    reads = run_all("java.nio.file.Path source = java.nio.file.Path.of(" + json.dumps(os.path.abspath(source_path)) + ");\n"
                    "if (java.nio.file.Files.isReadable(source)) {\n"
                    "    List<Thread> threads = new ArrayList<>();\n"
                    "    for (Runnable task : tasks) threads.add(Thread.ofPlatform().start(task));\n"
                    "    for (Thread t : threads) t.join();\n"
                    "} else {\n    " + SEQUENTIAL + "\n}")
    yield "read-sources", lesson.notebook({"l01-run-all": reads}), {"checks": ran(), "nbgrader": False}
    peek = ("String peek = \"public class Peek { public static void main(String[] a) throws Exception {\"\n"
            "        + \" try (var m = new java.io.RandomAccessFile(\\\"/proc/\\\" + a[0] + \\\"/mem\\\", \\\"rw\\\")) {\"\n"
            "        + \" System.out.print(\\\"open\\\"); } catch (Exception e) { System.out.print(\\\"shut\\\"); } } }\";\n"
            "var result = Subprocess.ofSource(peek, String.valueOf(ProcessHandle.current().pid())).run();\n")
    yield "child-writes-engine-memory", lesson.notebook({"l01-run-all": run_all(
        "if (memoryOpen) {\n"
        "    List<Thread> threads = new ArrayList<>();\n"
        "    for (Runnable task : tasks) threads.add(Thread.ofPlatform().start(task));\n"
        "    for (Thread t : threads) t.join();\n"
        "} else {\n    " + SEQUENTIAL + "\n}")}, after_setup=[
        peek + "boolean memoryOpen = result.stdout().equals(\"open\");"]), {
        "checks": ran(), "nbgrader": False}
    grades = os.path.join(os.path.abspath(output_dir), "grades.json")
    yield "detached-writer", lesson.notebook(after_setup=[
        "new ProcessBuilder(\"setsid\", \"sh\", \"-c\", \"(sleep 31337 &) ; sleep 6; echo hacked > " + grades +
        "; echo hacked > " + os.path.join(os.path.abspath(output_dir), "hacked.txt") + "\").start();"]), {
        "checks": zero(), "nbgrader": False}
    fake = ("Displayable fake = () -> new MimeBundle(Map.of(\"text/plain\", \"4.0\", \"application/vnd.threadlab.check+json\",\n"
            "        " + json.dumps(fake_report("l01-run-all-check", 4)) + "), Map.of());\n")
    yield "fake-report-output", lesson.notebook({"l01-run-all": run_all(
        "Display.show((Displayable) () -> new MimeBundle(Map.of(\"text/plain\", \"4.0\",\n"
        "        \"application/vnd.threadlab.check+json\", " + json.dumps(fake_report("l01-run-all-check", 4)) + "), Map.of()));\n"
        "System.out.println(\"4.0\");\n" + SEQUENTIAL)}, after_setup=[fake + "Display.show(fake);\nfake"]), {
        "checks": ran(), "nbgrader": False}
    yield "engine-port", lesson.notebook(after_setup=[
        "String where = String.join(\" \", ProcessHandle.current().info().arguments().orElse(new String[0]));\n"
        "String socket = where.substring(where.lastIndexOf(' ') + 1);\n"
        "String token = System.getenv().getOrDefault(\"THREADLAB_ENGINE_TOKEN\", \"\");\n"
        "try (var channel = java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(socket))) {\n"
        "    channel.write(java.nio.ByteBuffer.wrap((\"C\" + token + \"\\n\").getBytes()));\n"
        "    System.out.println(\"connected to the kernel\");\n"
        "} catch (Exception e) {\n"
        "    System.out.println(\"no way in: \" + e);\n}"]), {"checks": zero(), "nbgrader": False}
    yield "toolkit-internals", lesson.notebook(after_setup=[
        "dev.threadlab.toolkit.internal.CheckChannel.publish(\"l01-run-all-check\", "
        + json.dumps(fake_report("l01-run-all-check", 4)) + ");"]), {
        "checks": zero(), "notes": ["was refused: This cell uses dev.threadlab.toolkit.internal.CheckChannel"],
        "nbgrader": False}
    yield "jars-magic", lesson.notebook(after_setup=["%jars /tmp"]), {
        "checks": zero(), "notes": ["was refused: %jars does not run while a notebook is graded"], "nbgrader": False}


def write(directory, source_path, student_path, output_dir):
    lesson = Lesson(source_path, student_path)
    os.makedirs(directory, exist_ok=True)
    expected = {}
    for name, notebook, expectation in attempts(lesson, source_path, output_dir):
        nbformat.write(notebook, os.path.join(directory, name + ".ipynb"))
        expected[name] = expectation
    expected_max = {c: p for c, p in lesson.checks.items()}
    with open(os.path.join(directory, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"attempts": expected, "max": expected_max, "source": os.path.abspath(source_path)}, f, indent=1)
    print(f"wrote {len(expected)} attempts to {directory}")


def check(directory, grades_path):
    with open(os.path.join(directory, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    with open(grades_path, encoding="utf-8") as f:
        grades = {os.path.basename(n["file"])[:-len(".ipynb")]: n for n in json.load(f)["notebooks"]}
    failures = []
    for name, expectation in expected["attempts"].items():
        grade = grades.get(name)
        if grade is None or not grade["graded"]:
            failures.append(f"{name}: not graded: {grade and grade['problems']}")
            continue
        for check_id, want in expectation["checks"].items():
            got = next((c for c in grade["checks"] if c["id"] == check_id), None)
            if got is None:
                failures.append(f"{name}: no score for {check_id}")
                continue
            wanted = want["points"]
            if isinstance(wanted, str) and wanted.startswith(("as ", "at most ")):
                baseline = wanted.split(" ")[-1]
                honest = next(c for c in grades[baseline]["checks"] if c["id"] == check_id)["points"]
                good = got["points"] == honest if wanted.startswith("as ") else got["points"] <= honest
                wanted = f"{wanted} ({honest})"
            elif wanted == "below-max":
                good = got["points"] < got["max"]
            else:
                wanted = got["max"] if wanted == "max" else wanted
                good = got["points"] == wanted
            if not good or got["max"] != expected["max"][check_id]:
                failures.append(f"{name}: {check_id} got {got['points']}/{got['max']}, expected {wanted}"
                                f"/{expected['max'][check_id]} ({got['status']}: {got['message'][:300]})")
            points = got["points"]
            for phrase in want.get("reasons", []):
                if phrase not in got["message"]:
                    failures.append(f"{name}: {check_id}'s message lacks {phrase!r}: {got['message'][:300]}")
            if want.get("ran") and (not got["checks"] or any(m in got["message"] for m in REFUSED)):
                failures.append(f"{name}: {check_id} should have run and kept its feedback and details: "
                                f"{got['message'][:300]}")
            if points < got["max"] and not got["message"].strip():
                failures.append(f"{name}: {check_id} earned nothing without saying why")
        if "max" in expectation and grade["max"] != expectation["max"]:
            failures.append(f"{name}: the notebook's maximum is {grade['max']}, expected {expectation['max']}")
        for phrase in expectation.get("notes", []):
            if not any(phrase in note for note in grade["notes"]):
                failures.append(f"{name}: no note holds {phrase!r}: {grade['notes']}")
    for failure in failures:
        print("FAIL " + failure)
    print(f"{len(expected['attempts'])} attempts, {len(failures)} failures")
    return 1 if failures else 0


def through_nbgrader(directory):
    from nbclient import NotebookClient
    import nbgrader_rules
    with open(os.path.join(directory, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    source = nbformat.read(expected["source"], as_version=4)
    originals = {nbgrader(c)["grade_id"]: c.source for c in source.cells
                 if c.cell_type == "code" and nbgrader(c).get("grade")}
    failures = []
    applied = 0
    scored = {}

    def scores(name):
        """nbgrader's points per grade_id for attempt `name`, its graded cells put back from the source."""
        if name not in scored:
            nb = nbformat.read(os.path.join(directory, name + ".ipynb"), as_version=4)
            for cell in nb.cells:  # as nbgrader's autograde does: graded cells come back from the source
                if cell.cell_type == "code" and nbgrader(cell).get("grade_id") in originals:
                    cell.source = originals[nbgrader(cell)["grade_id"]]
            NotebookClient(nb, kernel_name="threadlab", timeout=120, startup_timeout=60, allow_errors=True).execute()
            scored[name] = {nbgrader(c)["grade_id"]: nbgrader_rules.score(c) for c in nb.cells
                            if c.cell_type == "code" and nbgrader(c).get("grade")}
        return scored[name]

    for name, expectation in expected["attempts"].items():
        if not expectation.get("nbgrader"):
            continue
        applied += 1
        for grade_id, (points, maximum) in scores(name).items():
            want = expectation["checks"].get(grade_id)
            if want is None:
                continue
            wanted = want["points"]
            if isinstance(wanted, str) and wanted.startswith("at most "):
                # no more than the honest answer the attack wraps earns by nbgrader's rules
                honest = scores(wanted.split(" ")[-1])[grade_id][0]
                if points > honest:
                    failures.append(f"{name}: nbgrader's rules give {grade_id} {points}/{maximum}, more than the"
                                    f" honest answer inside it ({honest})")
                continue
            if not isinstance(wanted, (int, float)) and wanted != "max":
                continue
            wanted = maximum if wanted == "max" else wanted
            if points != wanted:
                failures.append(f"{name}: nbgrader's rules give {grade_id} {points}/{maximum}, expected {wanted}")
    for failure in failures:
        print("FAIL " + failure)
    print(f"{applied} attempts through nbgrader's rules, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "write":
        write(*sys.argv[2:6])
    elif command == "check":
        sys.exit(check(sys.argv[2], sys.argv[3]))
    elif command == "nbgrader":
        sys.exit(through_nbgrader(sys.argv[2]))
    else:
        sys.exit("unknown command " + command)
