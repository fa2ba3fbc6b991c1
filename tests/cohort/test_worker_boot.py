"""Is the process grading workers fork from warm, and still safe to fork?"""

from __future__ import annotations

import json
import subprocess
import sys

from grader.course.items import all_items

PROBE = """
import json, os, sys, threading
import grader.cohort.worker_boot
from nbformat.validator import validators
files = []
for fd in os.listdir("/proc/self/fd"):
    try:
        files.append(os.readlink(f"/proc/self/fd/{fd}"))
    except OSError:  # the listing's own descriptor, already closed
        pass
print(json.dumps({
    "threads": threading.active_count(),
    "files": files,
    "modules": sorted(m for m in sys.modules if m.startswith(("pandas", "grader.checks", "grader.course", "nbgrader"))),
    "checks": len(__import__("grader.checks.registry", fromlist=["known_checks"]).known_checks()),
    "validators": len(validators),
    "frozen": __import__("gc").get_freeze_count(),
}))
"""


def booted() -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_booting_starts_no_thread_and_opens_no_database_or_socket():
    state = booted()
    assert state["threads"] == 1
    assert not [f for f in state["files"] if f.endswith(".db") or f.startswith("socket:")]


def test_booting_loads_what_a_first_submission_would_otherwise_load():
    state = booted()
    assert "pandas" in state["modules"]
    assert {"grader.checks.catalog", "grader.course.items", "grader.checks.one_to_one"} <= set(state["modules"])
    assert state["checks"] == len(all_items())  # every item of course/items registered
    assert "nbgrader.converters" in state["modules"]
    assert state["validators"] >= 2


def test_what_booting_loaded_is_left_out_of_garbage_collection():
    assert booted()["frozen"] > 100_000
