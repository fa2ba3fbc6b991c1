"""Does a cohort run end to end on a real JupyterHub, with real users, and stay private?

One hub on 127.0.0.1 (configurable-http-proxy from node_modules), written by
`equity-course hub init` from the roster, with real system users made for the test (one
trainer, twenty learners; all removed afterwards, with their homes). The trainer works
with `equity-course cohort ...` as themselves; learners fetch, answer and submit through
their own servers on the hub (the Assignments tab's API), one with nbgrader's command line.

Run it alone:  sudo .venv/bin/python -m pytest -m hub -p no:cacheprovider tests
"""

from __future__ import annotations

import copy
import json
import os
import secrets
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import nbformat
import pytest

from grader.course.syllabus import course_root, load_syllabus
from grader.hosting.hub import (
    LEARNERS,
    TRAINERS,
    HubSettings,
    server_environment,
    template_settings,
)
from tests.support.hub.running import RunningHub, add_test_driver, free_port
from tests.support.hub.shared_env import SharedPython
from tests.support.hub.system import SystemUsers, live_hub_unavailable, run_as
from tests.support.nbgrader_runs import with_solutions

pytestmark = pytest.mark.hub

LEARNER_COUNT = 20
PROXY = course_root() / "node_modules" / ".bin" / "configurable-http-proxy"


@dataclass
class Live:
    base: Path
    hub: RunningHub
    settings: HubSettings
    trainer: str
    learners: list[str]
    python: Path
    prefix: list[str]
    tokens: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    init_output: str = ""

    @property
    def workspace(self) -> Path:
        return Path(f"/home/{self.trainer}/spring")

    @property
    def course_exchange(self) -> Path:
        return Path(self.settings.exchange_root) / self.settings.course_id

    def as_trainer(self, *args: str) -> str:
        """An `equity-course cohort` command run by the trainer in their workspace."""
        began = time.monotonic()
        done = run_as(self.trainer, [str(self.python.parent / "equity-course"), "cohort", *args],
                      env=server_environment(self.settings, TRAINERS), cwd=self.workspace, timeout=600,
                      prefix=self.prefix)
        assert done.returncode == 0, f"cohort {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
        self.clock(f"cohort {' '.join(args)}", began)
        return done.stdout

    def as_learner(self, learner: str, *args: str):  # type: ignore[no-untyped-def]
        began = time.monotonic()
        done = run_as(learner, list(args), env=server_environment(self.settings, LEARNERS), prefix=self.prefix)
        if Path(args[0]).name == "nbgrader":
            self.clock(f"learner nbgrader {args[1]}", began)
        return done

    def clock(self, what: str, began: float) -> None:
        self.timings[what] = self.timings.get(what, 0.0) + time.monotonic() - began

    def server(self, user: str, method: str, path: str, body: object | None = None, **kwargs):  # type: ignore[no-untyped-def]
        """A request to the user's own server, through the hub's proxy, with the user's token."""
        return self.hub.request(method, f"/user/{user}{path}", body, token=self.tokens[user], **kwargs)

    def assignment_action(self, user: str, action: str, assignment: str) -> list[dict]:
        began = time.monotonic()
        answer = self.server(user, "POST", f"/assignments/{action}",
                             form={"course_id": self.settings.course_id, "assignment_id": assignment})
        self.clock(f"server {action} {assignment}", began)
        assert answer.status == 200, f"{action} {assignment} as {user}: {answer.status} {answer.text[:500]}"
        result = answer.json()
        assert result.get("success", True), f"{action} {assignment} as {user}: {result}"
        return result.get("value", [])

    def notebook(self, user: str, path: str) -> nbformat.NotebookNode:
        answer = self.server(user, "GET", f"/api/contents/{path}?content=1")
        assert answer.status == 200, f"{user} cannot open {path}: {answer.status} {answer.text[:300]}"
        return nbformat.from_dict(answer.json()["content"])

    def save(self, user: str, path: str, notebook: nbformat.NotebookNode) -> None:
        answer = self.server(user, "PUT", f"/api/contents/{path}",
                             {"type": "notebook", "format": "json", "content": notebook})
        assert answer.status in (200, 201), f"{user} cannot save {path}: {answer.status} {answer.text[:300]}"


def _world_readable_tempdir() -> Path:
    base = Path(tempfile.mkdtemp(prefix="eqhub-test-"))
    os.chmod(base, 0o755)  # test users read the roster and use the exchange inside it
    return base


@pytest.fixture(scope="module")
def live():
    reason = live_hub_unavailable()
    if reason:
        pytest.skip(reason)
    if not PROXY.exists():
        pytest.skip(f"{PROXY} is missing: run `make` (npm ci installs configurable-http-proxy)")
    base = _world_readable_tempdir()
    users = SystemUsers(f"eqhub-{secrets.token_hex(2)}-")
    shared = SharedPython()
    hub = None
    try:
        started = time.monotonic()
        shared.start()
        python = shared.python
        trainer = users.create("trainer")
        learners = [users.create(f"l{number:02d}") for number in range(1, LEARNER_COUNT + 1)]
        roster = base / "roster.csv"
        roster.write_text("id,first_name,last_name\n" + "".join(f"{name},Learner,{n}\n" for n, name in enumerate(learners, 1)))
        os.chmod(roster, 0o644)
        port = free_port()
        hub_dir = base / "hub"
        init = subprocess.run([*shared.prefix, sys.executable, "-m", "grader.cli", "hub", "init", str(hub_dir),
                               "--trainer", trainer, "--roster", str(roster), "--cohort", f"/home/{trainer}/spring",
                               "--exchange", str(base / "exchange"), "--python", str(python),
                               "--bind-url", f"http://127.0.0.1:{port}", "--hub-port", str(free_port()),
                               "--proxy-api-port", str(free_port()), "--cull-idle", "1800"],
                              capture_output=True, text=True, timeout=120)
        assert init.returncode == 0, init.stdout + init.stderr
        config = hub_dir / "jupyterhub_config.py"
        settings = HubSettings.from_dict(template_settings(config.read_text()))
        token = add_test_driver(config)
        live = Live(base, RunningHub(config, f"http://127.0.0.1:{port}", token, base / "hub.log", shared.prefix),
                    settings, trainer, learners, python, shared.prefix)
        live.init_output = init.stdout
        hub = live.hub
        made = run_as(trainer, [str(python.parent / "equity-course"), "cohort", "init", str(live.workspace),
                                "--roster", str(roster), "--exchange", settings.exchange_root],
                      env=server_environment(settings, TRAINERS), prefix=shared.prefix)
        assert made.returncode == 0, made.stdout + made.stderr
        hub.start()
        live.timings["spawn"] = hub.spawn([trainer, *learners])
        live.tokens = {user: hub.user_token(user) for user in [trainer, *learners]}
        live.timings["setup"] = time.monotonic() - started
        yield live
    finally:
        if hub is not None:
            hub.stop()
        problems = users.remove()
        shared.stop()
        shutil.rmtree(base, ignore_errors=True)
        assert not problems, problems


# ------------------------------------------------------------------ the hub itself


def test_the_hub_has_the_trainer_and_every_roster_learner_in_their_groups(live):
    groups = {group["name"]: sorted(group["users"]) for group in live.hub.api("GET", "/groups").json()}
    assert groups[TRAINERS] == [live.trainer]
    assert groups[LEARNERS] == sorted(live.learners)
    assert f"{LEARNER_COUNT} learners" in live.init_output
    services = live.hub.api("GET", "/services").json()
    assert services["idle-culler"]["pid"] > 0  # the idle culler runs beside the hub
    assert "--timeout=1800" in services["idle-culler"]["command"]


def test_every_server_runs_as_its_user_with_the_course_folder_and_a_private_home(live):
    learner = live.learners[0]
    listing = live.server(learner, "GET", "/api/contents/equity-course?content=1").json()
    assert "start.ipynb" in {item["name"] for item in listing["content"]}
    for user in (live.trainer, learner):
        assert stat.S_IMODE(os.stat(f"/home/{user}").st_mode) & 0o077 == 0
        assert os.stat(f"/home/{user}/equity-course/start.ipynb").st_uid == os.stat(f"/home/{user}").st_uid


def test_trainers_see_who_is_online_but_not_into_learners_servers(live):
    learner, trainer = live.learners[0], live.trainer
    seen = live.hub.api("GET", f"/users/{learner}", token=live.tokens[trainer])
    assert seen.status == 200 and seen.json()["servers"][""]["ready"]
    assert live.hub.request("GET", f"/user/{learner}/api/contents/", token=live.tokens[trainer]).status == 403
    assert live.hub.api("GET", f"/users/{trainer}", token=live.tokens[learner]).status in (403, 404)


def test_learners_cannot_open_the_formgrader_and_trainers_can(live):
    learner, trainer = live.learners[0], live.trainer
    assert live.server(learner, "GET", "/formgrader").status == 404  # not served in a learner's server
    denied = live.hub.request("GET", f"/user/{trainer}/formgrader", token=live.tokens[learner])
    assert denied.status == 403  # the hub lets nobody else into the trainer's server
    assignments = live.server(trainer, "GET", "/formgrader/api/assignments")
    assert assignments.status == 200
    assert "ex01" in {a["name"] for a in assignments.json()}  # it opens the trainer's cohort
    learner_page, trainer_page = (live.server(user, "GET", "/lab").text for user in (learner, trainer))
    for plugin in ("formgrader", "create-assignment", "validate-assignment", "course-list"):
        assert f"@jupyter/nbgrader:{plugin}" in learner_page  # listed as disabled in its page config
        assert f"@jupyter/nbgrader:{plugin}" not in trainer_page
    assert "@jupyter/nbgrader:assignment-list" not in learner_page  # kept: learners fetch and submit
    news = live.server(learner, "GET", "/lab/api/settings/@jupyterlab/apputils-extension:notification")
    assert news.json()["schema"]["properties"]["fetchNews"]["default"] == "false"  # no news popup


# ------------------------------------------------------------------ exercise 01, start to finish


def _fill(notebook: nbformat.NotebookNode, answers: dict[str, str]) -> nbformat.NotebookNode:
    notebook = copy.deepcopy(notebook)
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    return notebook


@pytest.fixture(scope="module")
def ex01(live):
    """The trainer releases ex01; one learner answers fully, one partly, one not at all."""
    started = time.monotonic()
    full, part, none = live.learners[:3]
    live.as_trainer("release", "01")
    source = nbformat.read(course_root() / "exercises" / "ex01" / "ex01.ipynb", as_version=4)
    for learner in (full, none):  # through their servers, as the Assignments tab does
        fetched = live.assignment_action(learner, "fetch", "ex01")
        assert any(a["assignment_id"] == "ex01" and a["status"] == "fetched" for a in fetched)
    release = live.notebook(full, "ex01/ex01.ipynb")
    live.save(full, "ex01/ex01.ipynb", with_solutions(copy.deepcopy(release), source))
    # the partial learner uses nbgrader's command line in a terminal
    done = live.as_learner(part, str(live.python.parent / "nbgrader"), "fetch_assignment", "ex01")
    assert done.returncode == 0, done.stdout + done.stderr
    solved = with_solutions(copy.deepcopy(release), source)
    spectrum = next(c.source for c in solved.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "spectrum-answer")
    answer_file = live.base / f"{part}-answer.ipynb"
    nbformat.write(_fill(release, {"spectrum-answer": spectrum}), answer_file)
    os.chmod(answer_file, 0o644)
    assert live.as_learner(part, "cp", str(answer_file), f"/home/{part}/ex01/ex01.ipynb").returncode == 0
    done = live.as_learner(part, str(live.python.parent / "nbgrader"), "submit", "ex01")
    assert done.returncode == 0, done.stdout + done.stderr
    for learner in (full, none):
        live.assignment_action(learner, "submit", "ex01")
    collected = live.as_trainer("collect", "01")
    graded = live.as_trainer("grade", "01")
    feedback = live.as_trainer("feedback", "01")
    for learner in (full, none):
        live.assignment_action(learner, "fetch_feedback", "ex01")
    done = live.as_learner(part, str(live.python.parent / "nbgrader"), "fetch_feedback", "ex01")
    assert done.returncode == 0, done.stdout + done.stderr
    live.timings["ex01"] = time.monotonic() - started
    return {"full": full, "part": part, "none": none, "collected": collected, "graded": graded,
            "feedback": feedback}


def _feedback_html(user: str) -> str:
    found = sorted(Path(f"/home/{user}/ex01/feedback").glob("*/ex01.html"))
    assert len(found) == 1, f"{user} has {len(found)} feedback files"
    return found[0].read_text()


def test_each_learner_fetches_their_own_feedback_with_the_expected_score(live, ex01):
    assert "3 submissions" in ex01["collected"]
    assert "3 graded, 0 could not be graded" in ex01["graded"]
    assert "released through nbgrader's exchange: 3" in ex01["feedback"]
    exercise = load_syllabus().module("01").exercise
    source = nbformat.read(course_root() / "exercises" / "ex01" / "ex01.ipynb", as_version=4)
    spectrum = next(c.metadata.nbgrader.points for c in source.cells
                    if c.metadata.get("nbgrader", {}).get("grade_id") == "spectrum-test")
    expected = {ex01["full"]: exercise.automatic_points, ex01["part"]: spectrum, ex01["none"]: 0}
    for learner, score in expected.items():  # 13, 6 and 0 of 17
        page = _feedback_html(learner)
        assert f"ex01 (Score: {float(score)} / {float(exercise.total_points)})" in page, learner
        assert "BEGIN HIDDEN TESTS" not in page and "points(" not in page
        assert os.stat(f"/home/{learner}/ex01/feedback").st_uid == os.stat(f"/home/{learner}").st_uid


def test_grading_as_the_trainer_reports_how_kernels_were_confined(live, ex01):
    layers = next(line for line in ex01["graded"].splitlines() if line.startswith("kernels ran with:"))
    print(f"\ngrading as {live.trainer}: {layers}")
    assert "own session" in layers and "resource limits" in layers
    assert "namespaces: no network" in layers or "namespaces unavailable" in layers


def _denied(done) -> bool:  # type: ignore[no-untyped-def]
    return done.returncode != 0 and "Permission denied" in (done.stdout + done.stderr)


def test_a_learner_cannot_read_another_learners_submission(live, ex01):
    snoop, victim = ex01["none"], ex01["full"]
    inbound = live.course_exchange / "inbound"
    assert _denied(live.as_learner(snoop, "ls", str(inbound)))
    mine = [p for p in os.listdir(inbound) if p.startswith(f"{victim}+ex01+")]
    assert len(mine) == 1
    # knowing who submitted what and when is not enough: each name ends in a random string
    guessed = inbound / mine[0].rsplit("+", 1)[0] / "ex01.ipynb"
    assert live.as_learner(snoop, "cat", str(guessed)).returncode != 0
    for path in (f"/home/{victim}/ex01/ex01.ipynb", f"/home/{victim}/.local/share/jupyter/nbgrader_cache",
                 f"{live.workspace}/submitted/{victim}/ex01/ex01.ipynb", f"{live.workspace}/feedback"):
        assert _denied(live.as_learner(snoop, "cat", path)) or _denied(live.as_learner(snoop, "ls", path)), path
    assert _denied(live.as_learner(snoop, "ls", str(live.course_exchange / "feedback")))


def test_a_learner_cannot_read_the_trainers_sources_or_gradebook(live, ex01):
    snoop = ex01["part"]
    for path in ("source/ex01/ex01.ipynb", "gradebook.db", "release/ex01/ex01.ipynb"):
        assert _denied(live.as_learner(snoop, "cat", str(live.workspace / path))), path
    assert _denied(live.as_learner(snoop, "ls", str(live.workspace)))


# ------------------------------------------------------------------ load: twenty at once


@pytest.fixture(scope="module")
def rush(live, ex01):
    """Every learner fetches ex00; all twenty submit at the same moment; the trainer grades."""
    started = time.monotonic()
    live.as_trainer("release", "00")
    with ThreadPoolExecutor(max_workers=LEARNER_COUNT) as pool:
        list(pool.map(lambda learner: live.assignment_action(learner, "fetch", "ex00"), live.learners))
    source = nbformat.read(course_root() / "exercises" / "ex00" / "ex00.ipynb", as_version=4)
    release = live.notebook(live.learners[0], "ex00/ex00.ipynb")
    solvers = set(live.learners[::2])  # every other learner answers; the rest hand in the blank page
    for learner in solvers:
        live.save(learner, "ex00/ex00.ipynb", with_solutions(copy.deepcopy(release), source))
    barrier = threading.Barrier(LEARNER_COUNT)
    windows: dict[str, tuple[float, float]] = {}

    def submit(learner: str) -> None:
        barrier.wait()
        begun = time.monotonic()
        live.assignment_action(learner, "submit", "ex00")
        windows[learner] = (begun, time.monotonic())

    with ThreadPoolExecutor(max_workers=LEARNER_COUNT) as pool:
        list(pool.map(submit, live.learners))
    inbound = sorted(p for p in os.listdir(live.course_exchange / "inbound") if "+ex00+" in p)
    collected = live.as_trainer("collect", "00")
    submitted = sorted(p.parent.name for p in live.workspace.glob("submitted/*/ex00"))
    grading = time.monotonic()
    graded = live.as_trainer("grade", "00")
    grading = time.monotonic() - grading
    with sqlite3.connect(f"file:{live.workspace / 'gradebook.db'}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT s.student_id, SUM(COALESCE(g.manual_score, g.auto_score, 0)) FROM submitted_assignment s "
            "JOIN assignment a ON a.id = s.assignment_id JOIN submitted_notebook n ON n.assignment_id = s.id "
            "JOIN grade g ON g.notebook_id = n.id WHERE a.name = 'ex00' GROUP BY s.id").fetchall()
    first = min(begun for begun, _ in windows.values())
    stamps = [datetime.strptime(name.split("+")[2], "%Y-%m-%d %H:%M:%S.%f %Z") for name in inbound]
    figures = {
        "submit_spread": max(end for _, end in windows.values()) - first,
        "exchange_timestamp_spread": (max(stamps) - min(stamps)).total_seconds(),
        "inbound": len(inbound), "submitted": len(submitted), "gradebook": len(rows),
        "grade_seconds": grading, "total_seconds": time.monotonic() - started,
    }
    live.timings["rush"] = figures["total_seconds"]
    print(f"\nload: {json.dumps({k: round(v, 1) if isinstance(v, float) else v for k, v in figures.items()})}")
    return {"inbound": inbound, "submitted": submitted, "rows": rows, "graded": graded, "solvers": solvers,
            "figures": figures, "collected": collected}


def test_twenty_learners_submitting_at_once_are_each_collected_and_graded_once(live, rush):
    learners = sorted(live.learners)
    assert sorted(name.split("+")[0] for name in rush["inbound"]) == learners  # one each in the exchange
    assert rush["submitted"] == learners
    assert f"{LEARNER_COUNT} graded, 0 could not be graded, {LEARNER_COUNT} in all" in rush["graded"]
    assert sorted(student for student, _ in rush["rows"]) == learners  # once each in the gradebook
    points = load_syllabus().module("00").exercise.automatic_points
    assert dict(rush["rows"]) == {
        learner: (points if learner in rush["solvers"] else 0) for learner in learners}
    assert rush["figures"]["submit_spread"] < 15  # all twenty within the same few seconds


def test_the_live_run_stays_within_a_few_minutes(live, rush):
    print(f"\nlive hub timings (s): { {k: round(v, 1) for k, v in live.timings.items()} }")
    assert sum(live.timings[k] for k in ("setup", "ex01", "rush")) < 420
