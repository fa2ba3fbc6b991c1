"""Does `equity-course start` serve real JupyterLab on the start page, with nbgrader and widgets?"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
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


@pytest.fixture(scope="module")
def server(tmp_path_factory, exercise_cache):
    folder = tmp_path_factory.mktemp("learner") / "equity-course"
    port = free_port()
    env = dict(os.environ, JUPYTER_TOKEN=TOKEN, JUPYTER_CONFIG_DIR=str(folder.parent / "jupyter-config"),
               EQUITY_COURSE_CACHE=str(exercise_cache))
    log = (folder.parent / "jupyterlab.log").open("w")
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "equity-course"), "start", "--folder", str(folder),
         "--no-browser", "--port", str(port)],
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
        yield base, folder
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


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


def test_jupyterlab_has_the_nbgrader_and_widget_extensions_enabled(server):
    base, _ = server
    page = get(f"{base}/lab/tree/start.ipynb?token={TOKEN}")
    config = json.loads(re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>',
                                  page, re.S).group(1))
    names = {ext["name"] for ext in config["federated_extensions"]}
    assert {"@jupyter/nbgrader", "@jupyter-widgets/jupyterlab-manager"} <= names
    disabled = config.get("disabledExtensions", {})
    assert not any(name.startswith(("@jupyter/nbgrader", "@jupyter-widgets")) for name in disabled)
