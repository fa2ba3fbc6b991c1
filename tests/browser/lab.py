"""A real JupyterLab and a real Chromium for the browser tests and the first-widget benchmark.

``Lab`` starts JupyterLab on 127.0.0.1 (a free port, a token) over a temporary course folder
prepared as ``equity-course start`` does, in the same mode (the learner's, or the trainer's
with ``role="trainer"``), with the course's own JupyterLab settings. Test-only settings (all
cells kept in the page, no kernel picker) live in a temporary settings folder, so nothing of
the tester's own Jupyter set-up is read or changed.
``Lab.stop`` ends only what it started: the server's process group and the kernels it spawned.

``NotebookPage`` drives one notebook as a learner would: open it, Run > Run All Cells, read
the outputs, find a widget's cell by its code.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import nbformat

from grader.learner.folder import prepare
from grader.learner.lab_mode import LEARNER, lab_environment

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
AXE_RESULTS = ROOT / "test-artifacts" / "axe"
SERIOUS = ("serious", "critical")
ACTIVE = ".jp-NotebookPanel:not(.lm-mod-hidden)"
TEST_SETTINGS = {
    # every cell stays in the page, so outputs can be read and checked for accessibility
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings":
        {"windowingMode": "none", "autoStartDefaultKernel": True},
}


def missing_tools() -> str:
    """Why the browser tests cannot run here, or "" when they can."""
    if not CHROMIUM.exists():
        return f"no Chromium at {CHROMIUM} (make test installs Debian's chromium)"
    if not AXE.exists():
        return f"no axe-core at {AXE} (make test runs npm ci)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Python playwright is not installed (pip install -e '.[dev]')"
    return ""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (Linux /proc), e.g. the kernels a server spawned."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


class Lab:
    """One JupyterLab server over a temporary course folder."""

    def __init__(self, workdir: Path, role: str = LEARNER, test_settings: dict | None = None) -> None:
        self.workdir = workdir
        self.role = role
        self.test_settings = TEST_SETTINGS if test_settings is None else test_settings
        self.folder = workdir / "equity-course"
        self.token = secrets.token_hex(16)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.kernel_pids: set[int] = set()
        self.log_path = workdir / "jupyterlab.log"

    def start(self, timeout: float = 90) -> Lab:
        prepare(self.folder)
        settings = self.workdir / "lab-settings"
        for relative, values in self.test_settings.items():
            path = settings / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values), encoding="utf-8")
        environ = {key: value for key, value in os.environ.items() if key != "JUPYTER_CONFIG_PATH"}
        env = dict(
            lab_environment(self.role, hub=False, environ=environ),
            EQUITY_COURSE_HOME=str(self.folder),
            JUPYTER_CONFIG_DIR=str(self.workdir / "jupyter-config"),
            JUPYTER_RUNTIME_DIR=str(self.workdir / "jupyter-runtime"),
            JUPYTERLAB_SETTINGS_DIR=str(settings),
            JUPYTERLAB_WORKSPACES_DIR=str(self.workdir / "lab-workspaces"),
        )
        command = [
            sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={self.port}",
            f"--IdentityProvider.token={self.token}",
            "--LabApp.expose_app_in_browser=True",  # the tests read each cell's execution count
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.root_dir={self.folder}",
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.append("--allow-root")
        log = self.log_path.open("w")
        self.process = subprocess.Popen(command, cwd=self.folder, env=env, stdout=log,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self.api("GET", "/api/status")
                return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(f"JupyterLab stopped:\n{self.log_path.read_text()}") from None
                time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"JupyterLab did not answer within {timeout:g} s:\n{self.log_path.read_text()}")

    def url(self, path: str) -> str:
        """The address that opens ``path`` in a fresh JupyterLab workspace."""
        return f"{self.base}/lab/tree/{path}?reset&token={self.token}"

    def api(self, method: str, path: str) -> object:
        request = urllib.request.Request(f"{self.base}{path}", method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def sessions(self) -> list[dict]:
        return self.api("GET", "/api/sessions")  # type: ignore[return-value]

    def shut_down_kernels(self) -> None:
        """End every kernel (each notebook's session), as File > Shut Down would."""
        if self.process is not None:
            self.kernel_pids.update(_children(self.process.pid))
        for session in self.sessions():
            self.api("DELETE", f"/api/sessions/{session['id']}")

    def stop(self) -> None:
        if self.process is None:
            return
        try:
            self.shut_down_kernels()
        except OSError:
            pass
        self.kernel_pids.update(_children(self.process.pid))
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        for pid in self.kernel_pids:  # only kernels this server started, if any outlived it
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process = None


def keep_axe_results(name: str, violations: list[dict]) -> list[dict]:
    """Write every violation to test-artifacts/axe/<page>.json and return the serious and critical ones."""
    AXE_RESULTS.mkdir(parents=True, exist_ok=True)
    (AXE_RESULTS / f"{name}.json").write_text(json.dumps(violations, indent=1), encoding="utf-8")
    return [v for v in violations if v["impact"] in SERIOUS]


@contextmanager
def running_lab(workdir: Path) -> Iterator[Lab]:
    lab = Lab(workdir).start()
    try:
        yield lab
    finally:
        lab.stop()


def launch_chromium(playwright, user_data_dir: Path):
    """Debian's Chromium, headless, with a fresh profile (never a browser download of playwright's)."""
    return playwright.chromium.launch_persistent_context(
        str(user_data_dir), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
        viewport={"width": 1280, "height": 900},
    )


# Every code cell with code has run: read from the notebook's model (window.jupyterapp, which
# the test server exposes), since a cell whose code is collapsed shows no execution count.
OPEN_NEXT = """async (path) => {
  const app = window.jupyterapp;
  for (const widget of [...app.shell.widgets('main')]) widget.dispose();  // its kernel is shut down by the test
  await app.commands.execute('docmanager:open', {path});
}"""

PROMPTS_DONE = """(active) => {
  const panel = document.querySelector(active);
  const widget = window.jupyterapp?.shell.currentWidget;
  if (!panel || !widget || widget.node !== panel) return false;
  const cells = widget.content.widgets
    .filter(cell => cell.model.type === 'code' && cell.model.sharedModel.getSource().trim() !== '');
  return cells.length > 0 && cells.every(cell => cell.model.executionCount !== null);
}"""

WIDGETS_DONE = """(active) => {
  const panel = document.querySelector(active);
  const outputs = [...panel.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.widget-view+json"]')];
  return outputs.every(out => out.querySelector('.jupyter-widgets') !== null);
}"""

STALE = """(active) => document.querySelectorAll(active + ' .jp-OutputArea-output')
  .forEach(out => out.dataset.stale = 'yes')"""

FRESH = """(active) => {
  const outputs = [...document.querySelectorAll(active + ' .jp-OutputArea-output')];
  return outputs.length > 0 && outputs.every(out => out.dataset.stale !== 'yes');
}"""

PROBLEMS = """(active) => {
  const panel = document.querySelector(active);
  const shown = [...panel.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
    .map(out => out.innerText.slice(0, 2000));
  const widgetErrors = [...panel.querySelectorAll('.jp-OutputArea-output')]
    .filter(out => /Error displaying widget|Error rendering/.test(out.innerText))
    .map(out => out.innerText.slice(0, 500));
  return shown.concat(widgetErrors);
}"""

AXE_RUN = """async (include) => {
  const result = await axe.run({include: include}, {resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => n.html.slice(0, 300) + ' :: ' + n.failureSummary.slice(0, 400))}));
}"""


class NotebookPage:
    """One notebook in JupyterLab, driven through the page as a learner would."""

    def __init__(self, page, lab: Lab) -> None:
        self.page = page
        self.lab = lab
        self.path = ""

    def open(self, path: str, timeout: float = 90) -> None:
        """Open the notebook and wait until its kernel is started and connected."""
        self.page.goto(self.lab.url(path))
        self.wait_for_kernel(path, timeout)

    def open_next(self, path: str, timeout: float = 90, *, kernel: bool = True) -> None:
        """Open the notebook in the JupyterLab already on the page, as File > Open does, after
        closing what is open; on a page not yet on this JupyterLab, load it. Then wait until
        its kernel is started and connected (``kernel``), or only until it is on show.

        A page load costs a JupyterLab start in the browser (its scripts and every plugin);
        a worker that drives notebook after notebook pays it once."""
        if self.page.url.startswith(self.lab.base) and self.page.evaluate("() => !!window.jupyterapp"):
            self.page.evaluate(OPEN_NEXT, path)
        else:
            self.page.goto(self.lab.url(path))
        if kernel:
            self.wait_for_kernel(path, timeout)
        else:
            self.path = path
            self.page.wait_for_selector(f"{ACTIVE} .jp-Cell", timeout=timeout * 1000)

    def wait_for_kernel(self, path: str, timeout: float = 90) -> None:
        """Wait until ``path`` is the notebook on show and its kernel is started and connected."""
        self.path = path
        self.page.wait_for_selector(f"{ACTIVE} .jp-Cell", timeout=timeout * 1000)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ready = [s for s in self.lab.sessions() if s["path"] == path
                     and s["kernel"]["execution_state"] == "idle" and s["kernel"].get("connections", 0) > 0]
            if ready:
                break
            time.sleep(0.2)
        else:
            raise AssertionError(f"The kernel for {path} did not start within {timeout:g} s")
        self.page.wait_for_selector(f"{ACTIVE} .jp-Notebook-ExecutionIndicator[data-status='idle']",
                                    timeout=timeout * 1000)

    def run_all(self, timeout: float = 180) -> None:
        """Run > Run All Cells, then wait for every cell to finish and every widget to render."""
        self.page.get_by_role("menuitem", name="Run", exact=True).click()
        self.page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
        self.wait_until_run(timeout)

    def restart_and_run_all(self, timeout: float = 180) -> None:
        """Kernel > Restart Kernel and Run All Cells, confirmed, then wait for fresh outputs."""
        self.page.evaluate(STALE, ACTIVE)
        self.page.get_by_role("menuitem", name="Kernel", exact=True).click()
        self.page.get_by_role("menuitem", name=re.compile(r"^Restart Kernel and Run All Cells")).click()
        self.page.locator(".jp-Dialog .jp-Dialog-button.jp-mod-accept").click()  # Restart
        self.page.wait_for_function(FRESH, arg=ACTIVE, timeout=timeout * 1000)
        self.wait_until_run(timeout)

    def wait_until_run(self, timeout: float = 180) -> None:
        self.page.wait_for_function(PROMPTS_DONE, arg=ACTIVE, timeout=timeout * 1000)
        self.page.wait_for_selector(f"{ACTIVE} .jp-Notebook-ExecutionIndicator[data-status='idle']",
                                    timeout=timeout * 1000)
        self.page.wait_for_function(WIDGETS_DONE, arg=ACTIVE, timeout=timeout * 1000)

    def problems(self) -> list[str]:
        """Error outputs, text on stderr and widgets that failed to render."""
        return self.page.evaluate(PROBLEMS, ACTIVE)

    def cell(self, code: str):
        """The first code cell whose source contains ``code``, found by its place in the notebook's
        file, so a cell whose code is collapsed (not in the page) is found too."""
        cells = nbformat.read(self.lab.folder / self.path, as_version=4).cells
        index = next((number for number, cell in enumerate(cells) if cell.cell_type == "code" and code in cell.source),
                     None)
        if index is None:
            raise AssertionError(f"No code cell of {self.path} contains {code!r}")
        return self.page.locator(f'{ACTIVE} .jp-CodeCell[data-windowed-list-index="{index}"]')

    def output(self, code: str):
        return self.cell(code).locator(".jp-OutputArea-output").first

    def shown_code(self) -> list[str]:
        """The code of every code cell whose editor is on the page (collapsed ones have none)."""
        return self.page.locator(f"{ACTIVE} .jp-CodeCell .jp-InputArea .cm-content").all_inner_texts()

    def axe(self) -> list[dict]:
        """axe-core's violations in what the course produces: what cell outputs and markdown cells hold.

        The scope is the content inside JupyterLab's own output and markdown containers, not the
        containers themselves (JupyterLab's, e.g. a wide table's scrolling box, which JupyterLab
        does not make focusable).
        """
        self.page.add_script_tag(path=str(AXE))
        include = [f"{ACTIVE} .jp-OutputArea-output > *", f"{ACTIVE} .jp-MarkdownOutput > *"]
        return self.page.evaluate(AXE_RUN, include)

    def screenshot(self, name: str) -> Path:
        """The whole notebook, top to bottom, as one image in test-artifacts/screenshots/."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        height = self.page.evaluate(
            f"() => document.querySelector('{ACTIVE} .jp-WindowedPanel-outer')?.scrollHeight || 900")
        size = self.page.viewport_size
        self.page.set_viewport_size({"width": size["width"], "height": min(max(900, height + 200), 16000)})
        try:
            self.page.evaluate(f"() => document.querySelector('{ACTIVE} .jp-WindowedPanel-outer').scrollTop = 0")
            self.page.wait_for_timeout(300)
            self.page.screenshot(path=str(path))
        finally:
            self.page.set_viewport_size(size)
        return path
