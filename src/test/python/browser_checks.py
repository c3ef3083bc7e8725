"""Lesson 01 in a real browser: Debian's Jupyter Notebook 6 on loopback (with a token), driven by Selenium in
headless Chromium, with the Threadlab kernelspec of the jars under test. Each test opens a notebook as a learner
would, runs it with Run All (the Cell menu), and asserts what the rendered page shows. Screenshots of every step go
to the folder given as THREADLAB_SCREENSHOTS (build output). Run by BrowserIT with JUPYTER_PATH pointing at the
kernelspec; every wait is bounded."""
import base64
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request

import nbformat
from nbclient import NotebookClient
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SHOTS = os.environ.get("THREADLAB_SCREENSHOTS", os.path.join(ROOT, "target", "browser"))
LESSON = "01-threads-io.ipynb"
START_TIMEOUT = 120   # the notebook server, the browser, a kernel: generous on a loaded 2-core machine
RUN_ALL_TIMEOUT = 420  # lesson 01 takes about a minute headless; Run All in a browser adds the page's work
STEP_TIMEOUT = 60
RED = "rgb(231, 92, 88)"  # Notebook 6's ansi-red-fg (#E75C58), the colour of an error's name

# The classic mistake (join right after start), as a learner writes it in the first answer cell.
MISTAKE = """static void runAll(List<Runnable> tasks) throws InterruptedException {
    for (Runnable task : tasks) {
        Thread t = new Thread(task);
        t.start();
        t.join();
    }
}"""

CELLS_JS = """
return Jupyter.notebook.get_cells().map((c, i) => ({
    index: i, type: c.cell_type, prompt: c.cell_type === 'code' ? c.input_prompt_number : null,
    grade: !!((c.metadata.nbgrader || {}).grade), solution: !!((c.metadata.nbgrader || {}).solution),
    gradeId: (c.metadata.nbgrader || {}).grade_id || null, points: (c.metadata.nbgrader || {}).points || 0,
    outputs: c.cell_type === 'code' ? c.output_area.outputs.map(o => ({
        type: o.output_type, mimes: Object.keys(o.data || {}), ename: o.ename || null,
        check: (o.data || {})['application/vnd.threadlab.check+json'] || null})) : []}));
"""

# What each output of a cell shows: its visible pictures, tables, text, and the colour of a red error name.
OUTPUTS_JS = """
const cell = Jupyter.notebook.get_cell(arguments[0]);
const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0
    && getComputedStyle(e).visibility !== 'hidden'; };
return Array.from(cell.element[0].querySelectorAll('.output_area')).map(area => {
    const sub = area.querySelector('.output_subarea');
    const pictures = Array.from(area.querySelectorAll('svg, img')).filter(e => e.closest('svg') === e
        || e.tagName.toLowerCase() === 'img').filter(visible).map(e => ({
        tag: e.tagName.toLowerCase(), width: Math.round(e.getBoundingClientRect().width),
        height: Math.round(e.getBoundingClientRect().height),
        natural: e.tagName.toLowerCase() === 'img' ? e.naturalWidth : null}));
    const red = Array.from(area.querySelectorAll('.ansi-red-fg')).filter(visible)
        .map(e => ({text: e.textContent, colour: getComputedStyle(e).color}));
    return {classes: sub ? sub.className : '', text: area.innerText, pictures: pictures,
            tables: Array.from(area.querySelectorAll('table')).filter(visible).length, red: red};
});
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NotebookInABrowser(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        os.makedirs(SHOTS, exist_ok=True)
        cls.dir = tempfile.mkdtemp(prefix="threadlab-browser-")
        shutil.copy(os.path.join(ROOT, "lessons", LESSON), os.path.join(cls.dir, "student.ipynb"))
        shutil.copy(os.path.join(ROOT, "lessons", "source", LESSON), os.path.join(cls.dir, "source.ipynb"))
        cls.token = secrets.token_hex(16)
        cls.port = free_port()
        cls.server_log = open(os.path.join(SHOTS, "notebook-server.log"), "w")
        cls.server = subprocess.Popen(
            [sys.executable, "-m", "notebook", "--no-browser", "--ip=127.0.0.1", f"--port={cls.port}",
             "--port-retries=0", f"--NotebookApp.token={cls.token}", f"--notebook-dir={cls.dir}",
             "--NotebookApp.open_browser=False", "--allow-root"],
            stdout=cls.server_log, stderr=subprocess.STDOUT, start_new_session=True)
        cls.base = f"http://127.0.0.1:{cls.port}"
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                with urllib.request.urlopen(f"{cls.base}/api/status?token={cls.token}", timeout=5) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if cls.server.poll() is not None or time.monotonic() > deadline:
                raise AssertionError("the notebook server did not start; see " + cls.server_log.name)
            time.sleep(0.5)
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                     "--user-data-dir=" + tempfile.mkdtemp(prefix="threadlab-chromium-")):
            options.add_argument(flag)
        cls.driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                                      options=options)
        cls.driver.set_page_load_timeout(START_TIMEOUT)
        cls.driver.set_script_timeout(STEP_TIMEOUT)
        cls.step = 0

    @classmethod
    def tearDownClass(cls):
        try:
            cls.driver.quit()
        finally:
            cls.server.terminate()
            try:
                cls.server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                cls.server.kill()
            cls.server_log.close()

    # --- a learner's actions ---------------------------------------------------------------------------------

    def shot(self, name, cell=None):
        """A screenshot of the window, with cell (an index) scrolled to the top when given."""
        if cell is not None:
            self.scroll_to(cell)
        NotebookInABrowser.step += 1
        path = os.path.join(SHOTS, f"{self.step:02d}-{name}.png")
        self.driver.save_screenshot(path)
        return path

    def scroll_to(self, cell):
        # Notebook 6 scrolls a div (#site), not the window; wait two frames for the page to settle.
        self.driver.execute_async_script("""
            Jupyter.notebook.get_cell(arguments[0]).element[0].scrollIntoView(true);
            const done = arguments[arguments.length - 1];
            requestAnimationFrame(() => requestAnimationFrame(() => done()));""", cell)

    def clip(self, name, first, last):
        """A picture of cells first..last (indexes), whole: the window grows to hold them, then shrinks back."""
        height = self.js("""const cells = Jupyter.notebook.get_cells();
            return cells[arguments[1]].element[0].getBoundingClientRect().bottom
                 - cells[arguments[0]].element[0].getBoundingClientRect().top;""", first, last)
        self.driver.set_window_size(1280, max(1000, int(height) + 300))
        try:
            self.scroll_to(first)
            box = self.js("""const cells = Jupyter.notebook.get_cells();
                const a = cells[arguments[0]].element[0].getBoundingClientRect();
                const b = cells[arguments[1]].element[0].getBoundingClientRect();
                return {x: a.left, y: a.top, width: Math.max(a.right, b.right) - a.left, height: b.bottom - a.top};""",
                          first, last)
            shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "clip": dict(box, scale=1)})
        finally:
            self.driver.set_window_size(1280, 1000)
        path = os.path.join(SHOTS, f"cells-{name}.png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        return path

    def wait(self, condition, what, timeout=STEP_TIMEOUT):
        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.25).until(lambda d: condition())
        except TimeoutException:
            self.shot("timed-out")
            raise AssertionError(f"waited {timeout} s for {what}") from None

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def open(self, name):
        self.driver.get(f"{self.base}/notebooks/{name}?token={self.token}")
        self.wait(lambda: self.js("return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded)"),
                  "the notebook to load", START_TIMEOUT)
        self.wait(self.kernel_idle, "the kernel to start", START_TIMEOUT)
        self.shot(name.replace(".ipynb", "") + "-opened")

    def kernel_idle(self):
        return self.js("const k = Jupyter.notebook.kernel; return !!(k && k.is_connected()"
                       " && document.querySelector('#kernel_indicator_icon').classList.contains('kernel_idle_icon'))")

    def close(self):
        """Shuts the notebook's kernel down, so the next notebook has the machine to itself."""
        self.js("Jupyter.notebook.session.delete();")
        self.wait(lambda: self.js("return !Jupyter.notebook.kernel || !Jupyter.notebook.kernel.is_connected()"),
                  "the kernel to shut down")

    def run_all(self):
        self.driver.find_element(By.ID, "celllink").click()
        self.wait(lambda: self.driver.find_element(By.ID, "run_all_cells").is_displayed(), "the Cell menu")
        self.driver.find_element(By.CSS_SELECTOR, "#run_all_cells > a").click()
        started = time.monotonic()
        self.wait(lambda: all(c["prompt"] not in (None, "*") for c in self.cells() if c["type"] == "code")
                  and self.kernel_idle(), "Run All to reach the last cell", RUN_ALL_TIMEOUT)
        return time.monotonic() - started

    def cells(self):
        return self.js(CELLS_JS)

    def outputs(self, index):
        return self.js(OUTPUTS_JS, index)

    def new_cell(self, code):
        """A code cell at the bottom, typed into as a learner types, and run with Shift-Enter."""
        index = self.js("const c = Jupyter.notebook.insert_cell_at_bottom('code');"
                        " Jupyter.notebook.select(Jupyter.notebook.find_cell_index(c)); c.focus_editor();"
                        " c.element[0].scrollIntoView(); return Jupyter.notebook.find_cell_index(c);")
        editor = self.js("return Jupyter.notebook.get_cell(arguments[0]).element[0].querySelector('textarea');", index)
        editor.send_keys(code)
        return index, editor

    def run_new_cell(self, code):
        index, editor = self.new_cell(code)
        editor.send_keys(Keys.SHIFT, Keys.ENTER)
        return index

    def wait_for_cell(self, index, what, timeout=STEP_TIMEOUT):
        self.wait(lambda: self.cells()[index]["prompt"] not in (None, "*") and self.kernel_idle(), what, timeout)
        return self.outputs(index)

    # --- what the page must show ------------------------------------------------------------------------------

    def assert_charts_drawn(self, cells, picture):
        """Every output that carries a chart shows it as a picture at least 600 px wide: `svg` when the notebook is
        trusted, the PNG `img` when not; never the sanitised line of digits."""
        charts = 0
        for cell in cells:
            expected = sum("image/svg+xml" in o["mimes"] for o in cell["outputs"])
            if not expected:
                continue
            charts += expected
            shown = [p for area in self.outputs(cell["index"]) for p in area["pictures"]
                     if p["tag"] == picture and p["width"] >= 600 and p["height"] >= 60]
            self.assertGreaterEqual(len(shown), expected, f"cell {cell['index']}: {expected} charts, "
                                    f"{len(shown)} drawn as {picture}: {self.outputs(cell['index'])}")
            if picture == "img":
                self.assertTrue(all(p["natural"] == 900 for p in shown), shown)
        self.assertGreaterEqual(charts, 5, "lesson 01 draws its demos as timelines")
        return charts

    def assert_check_shown(self, cell):
        """A check cell shows its ✓/✗ table once, and what it earned (the points in its check JSON): all of them
        or some as the cell's result (its score), none as a red CheckFailed. Returns the check's JSON.

        Written so it holds for both check displays: the one with a CheckFailed for any failed check, and the
        one after it (a partial score is the cell's result, only a check that earns nothing is CheckFailed)."""
        areas = self.outputs(cell["index"])
        reports = [o["check"] for o in cell["outputs"] if o["check"]]
        self.assertEqual(len(reports), 1, f"check {cell['gradeId']}: one check report: {cell['outputs']}")
        report = reports[0]
        self.assertEqual(sum(a["tables"] for a in areas), 1, f"check {cell['gradeId']}: one table: {areas}")
        errors = [a for a in areas if "output_error" in a["classes"]]
        red = [r for a in errors for r in a["red"] if r["text"] == "CheckFailed"]
        scores = [area for area, output in zip(areas, cell["outputs"]) if output["type"] == "execute_result"
                  and re.search(r"\b%d(\.0)?\b" % report["points"], area["text"])]
        if report["points"] == report["max"]:
            self.assertEqual(errors, [], f"check {cell['gradeId']} passed: no error: {areas}")
            self.assertTrue(scores, f"check {cell['gradeId']}: its score {report['points']} is shown: {areas}")
        elif report["points"] == 0:
            self.assertEqual(len(errors), 1, f"check {cell['gradeId']} earned nothing: an error: {areas}")
            self.assertTrue(red, f"check {cell['gradeId']}: CheckFailed in red: {errors}")
        else:
            self.assertTrue(red or scores, f"check {cell['gradeId']}: a partial score or a CheckFailed: {areas}")
        for name in red:
            self.assertEqual(name["colour"], RED)
        return report

    # --- the tests ----------------------------------------------------------------------------------------------

    def test_1_the_student_lesson_runs_all_and_shows_charts_failing_checks_interrupts_exit_and_help(self):
        self.open("student.ipynb")
        answer = next(c for c in self.cells() if c["gradeId"] == "l01-run-all")
        self.js("Jupyter.notebook.get_cell(arguments[0]).set_text(arguments[1]);", answer["index"], MISTAKE)
        took = self.run_all()
        print(f"Run All of the student lesson took {took:.0f} s")
        cells = self.cells()
        self.shot("student-ran-all", next(c["index"] for c in cells if c["grade"]) - 1)
        self.assert_charts_drawn(cells, "svg")
        checks = [c for c in cells if c["grade"]]
        self.assertEqual(len(checks), 3, "lesson 01 has three check cells")
        reports = [self.assert_check_shown(check) for check in checks]
        self.assertEqual([r["passed"] for r in reports], [False] * 3, "the mistake and two blank answers")
        self.assertEqual([r["points"] for r in reports[1:]], [0, 0], "a blank answer earns nothing")
        mistake = self.outputs(checks[0]["index"])
        self.assertIn("join()", "\n".join(a["text"] for a in mistake), "the feedback names the mistake")
        self.assertTrue(all(c["prompt"] not in (None, "*") for c in cells if c["type"] == "code"),
                        "Run All went past the failing checks to the last cell")
        # The README's pictures: the lesson's second timeline (three threads started, then joined), and the mistake
        # with its check.
        timelines = [c["index"] for c in cells if any("image/svg+xml" in o["mimes"] for o in c["outputs"])]
        self.clip("readme-timeline", timelines[1], timelines[1])
        self.clip("readme-check", answer["index"], checks[0]["index"])

        sleeping = self.run_new_cell("Thread.sleep(60_000);")
        self.wait(lambda: self.cells()[sleeping]["prompt"] == "*", "the sleeping cell to start")
        time.sleep(1)  # let it sleep a moment, as a learner would before pressing the button
        self.driver.find_element(By.CSS_SELECTOR,
                                 "button[data-jupyter-action='jupyter-notebook:interrupt-kernel']").click()
        interrupted = self.wait_for_cell(sleeping, "the interrupted cell to end")
        self.assertIn("The cell was interrupted.", "\n".join(a["text"] for a in interrupted))
        self.assertEqual(interrupted[-1]["red"][0]["text"], "Interrupted")
        self.shot("interrupted")

        exiting = self.run_new_cell("System.exit(3);")
        exited = "\n".join(a["text"] for a in self.wait_for_cell(exiting, "System.exit to be reported", 120))
        self.assertIn("exited with code 3", exited)
        self.assertIn("variables and classes were reset", exited)
        after = self.run_new_cell("6 * 7")
        self.assertIn("42", "\n".join(a["text"] for a in self.wait_for_cell(after, "the next cell", 120)))
        self.shot("system-exit")

        index, editor = self.new_cell("Str")
        editor.send_keys(Keys.TAB)
        self.wait(lambda: self.js("return document.querySelectorAll('#complete select option').length") > 1,
                  "the completion list")
        options = self.js("return Array.from(document.querySelectorAll('#complete select option')).map(o => o.text)")
        self.assertIn("String", options)
        self.assertIn("StringBuilder", options)
        self.shot("completion")
        editor.send_keys(Keys.ESCAPE)

        index, editor = self.new_cell("String.valueOf")
        editor.send_keys(Keys.SHIFT, Keys.TAB)
        self.wait(lambda: self.js("const t = document.querySelector('#tooltip');"
                                  " return !!t && t.offsetHeight > 0 && t.innerText.includes('valueOf');"),
                  "the documentation tooltip")
        self.assertIn("Returns the string representation", self.js("return document.querySelector('#tooltip').innerText"))
        self.shot("shift-tab")
        self.close()

    def test_2_the_source_lesson_runs_all_and_every_check_passes_with_its_score(self):
        self.open("source.ipynb")
        took = self.run_all()
        print(f"Run All of the source lesson took {took:.0f} s")
        cells = self.cells()
        self.shot("source-ran-all", next(c["index"] for c in cells if c["grade"]) - 1)
        self.assert_charts_drawn(cells, "svg")
        checks = [c for c in cells if c["grade"]]
        for check in checks:
            report = self.assert_check_shown(check)
            self.assertEqual((report["passed"], report["points"]), (True, check["points"]), report)
        self.clip("check-passed", checks[0]["index"] - 1, checks[0]["index"])
        self.close()

    def test_3_an_untrusted_executed_lesson_still_shows_its_charts(self):
        executed = os.path.join(self.dir, "executed.ipynb")
        # The lesson as released (Notebook autosaves the copy the first test edited).
        nb = nbformat.read(os.path.join(ROOT, "lessons", LESSON), as_version=4)
        NotebookClient(nb, kernel_name="threadlab", timeout=RUN_ALL_TIMEOUT, startup_timeout=START_TIMEOUT).execute()
        nbformat.write(nb, executed)  # as `jupyter nbconvert --execute` or a teacher's copy: never signed here
        self.open("executed.ipynb")
        self.assertEqual(self.driver.find_element(By.ID, "notification_trusted").text, "Not Trusted")
        cells = self.cells()
        self.assert_charts_drawn(cells, "img")
        for cell in cells:
            for area in self.outputs(cell["index"]):
                self.assertNotRegex(area["text"], r"^\s*0\s+1,000\s+2,000", "a chart sanitised to its digits")
        timelines = [c["index"] for c in cells if any("image/svg+xml" in o["mimes"] for o in c["outputs"])]
        self.clip("untrusted-timeline", timelines[0], timelines[0])
        self.shot("untrusted", timelines[0])
        self.close()

    def test_4_thread_tables_name_the_learners_code_and_their_dollars_are_not_typeset_as_maths(self):
        scratch = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "threadlab", "display_name": "Java (Threadlab)",
                                                                     "language": "java"}})
        nbformat.write(scratch, os.path.join(self.dir, "scratch.ipynb"))
        self.open("scratch.ipynb")
        self.assertTrue(self.js("return !!(window.MathJax && MathJax.Hub)"), "Notebook 6 typesets with MathJax 2")
        # Set as text (typing would meet the editor's closing brackets), then run as Shift-Enter would.
        declared = self.js("const c = Jupyter.notebook.insert_cell_at_bottom('code'); c.set_text(arguments[0]);"
                           " c.execute(); return Jupyter.notebook.find_cell_index(c);",
                           "void nap() {\n    try { Thread.sleep(60_000); } catch (InterruptedException e) { }\n}")
        self.assertEqual([], [o for o in self.wait_for_cell(declared, "nap to be declared") if o["red"]])
        started = self.run_new_cell('Thread.ofPlatform().name("napper").start(() -> nap());')
        self.wait_for_cell(started, "the napper to start")
        for code, shows in (("%threads", "nap (In ["), ("Threads.dump()", "CellMain$Worker")):
            index = self.run_new_cell(code)
            self.wait_for_cell(index, code)
            self.driver.execute_async_script("MathJax.Hub.Queue(arguments[arguments.length - 1]);")  # typeset done
            text = "\n".join(a["text"] for a in self.outputs(index))
            self.assertIn(shows, text)
            self.assertNotIn("JShell", text, "JShell's wrapper classes are no names the learner wrote")
            typeset = self.js("return Jupyter.notebook.get_cell(arguments[0]).element[0]"
                              ".querySelectorAll('.output_area .MathJax, .output_area .MathJax_Preview').length;", index)
            self.assertEqual(typeset, 0, f"{code}: text between two dollars was set as maths")
            self.shot("threads-" + code.strip("%").replace("()", "").replace(".", "-").lower(), index)
        index, editor = self.new_cell("Work.io")
        editor.send_keys(Keys.SHIFT, Keys.TAB)
        self.wait(lambda: self.js("const t = document.querySelector('#tooltip');"
                                  " return !!t && t.offsetHeight > 0 && t.innerText.includes('Work.io');"),
                  "the toolkit's documentation tooltip")
        self.assertIn("Blocks the current thread", self.js("return document.querySelector('#tooltip').innerText"),
                      "the toolkit's Javadoc, as the JDK's is shown")
        self.shot("shift-tab-toolkit")
        editor.send_keys(Keys.ESCAPE)
        self.close()


if __name__ == "__main__":
    unittest.main(verbosity=2)
