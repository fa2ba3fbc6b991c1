"""Does `equity-course start` serve real JupyterLab on the start page, in the learner mode (or the trainer's)?"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

TOKEN = "course-test-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


NBGRADER_PLUGINS = {"@jupyter/nbgrader:create-assignment", "@jupyter/nbgrader:validate-assignment",
                    "@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:course-list",
                    "@jupyter/nbgrader:assignment-list", "@jupyter/nbgrader:menu"}


def start(folder: Path, exercise_cache: Path, *options: str):
    """``equity-course start`` as a learner runs it; yields the server's address."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = dict(os.environ, JUPYTER_TOKEN=TOKEN, JUPYTER_CONFIG_DIR=str(folder.parent / "jupyter-config"),
               EQUITY_COURSE_CACHE=str(exercise_cache))
    for name in ("JUPYTER_CONFIG_PATH", "EQUITY_COURSE_ROLE"):
        env.pop(name, None)
    log = (folder.parent / "jupyterlab.log").open("w")
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "equity-course"), "start", "--folder", str(folder),
         "--no-browser", "--port", str(port), *options],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                get(f"{base}/api/status?token={TOKEN}")
                break
            except OSError:
                if process.poll() is not None:
                    raise AssertionError((folder.parent / "jupyterlab.log").read_text()) from None
                time.sleep(0.5)
        else:
            raise AssertionError("JupyterLab did not answer within 60 s")
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, exercise_cache):
    folder = tmp_path_factory.mktemp("learner") / "equity-course"
    for base in start(folder, exercise_cache):
        yield base, folder


def page_config(base: str) -> dict:
    page = get(f"{base}/lab/tree/start.ipynb?token={TOKEN}")
    return json.loads(re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                                page, re.S).group(1))


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_start_serves_the_start_notebook_from_the_learners_folder(server):
    base, folder = server
    model = json.loads(get(f"{base}/api/contents/start.ipynb?token={TOKEN}"))
    assert model["type"] == "notebook"
    assert (folder / "start.ipynb").is_file()
    listing = json.loads(get(f"{base}/api/contents/modules?token={TOKEN}"))
    assert {item["name"] for item in listing["content"]} >= {"00-orientation.ipynb"}


def test_start_gives_a_self_paced_learner_their_own_marked_exercise_copies(server):
    base, folder = server
    assert (folder / "exercises" / "ex01" / "ex01.ipynb").is_file()
    model = json.loads(get(f"{base}/api/contents/exercises/ex01/ex01.ipynb?token={TOKEN}"))
    assert model["content"]["metadata"]["equity_course"]["self_paced"] is True


def test_jupyterlab_has_the_widgets_and_none_of_nbgraders_tools_for_a_learner(server):
    base, folder = server
    config = page_config(base)
    names = {ext["name"] for ext in config["federated_extensions"]}
    assert {"@jupyter/nbgrader", "@jupyter-widgets/jupyterlab-manager"} <= names
    disabled = set(config.get("disabledExtensions", []))
    assert disabled >= NBGRADER_PLUGINS
    assert not any(name.startswith("@jupyter-widgets") for name in disabled)
    assert status(f"{base}/formgrader?token={TOKEN}") == 404
    assert status(f"{base}/assignments?token={TOKEN}") == 404
    assert not (folder.parent / "jupyter-config").exists() or not any((folder.parent / "jupyter-config").rglob("*.json"))


def test_news_and_update_checks_are_off_by_the_courses_own_defaults(server):
    base, _ = server
    settings = json.loads(get(f"{base}/lab/api/settings/@jupyterlab/apputils-extension:notification?token={TOKEN}"))
    defaults = settings["schema"]["properties"]
    assert defaults["fetchNews"]["default"] == "false"
    assert defaults["checkForUpdates"]["default"] is False
    assert json.loads(get(f"{base}/lab/api/news?token={TOKEN}"))["news"] == []


def test_a_trainer_keeps_nbgraders_tools(tmp_path, exercise_cache):
    for base in start(tmp_path / "trainer" / "equity-course", exercise_cache, "--trainer"):
        disabled = set(page_config(base).get("disabledExtensions", []))
        assert not any(name.startswith("@jupyter/nbgrader") for name in disabled)
        assert status(f"{base}/formgrader?token={TOKEN}") in (200, 302)
