"""Things several test files share, made once per test session, even across pytest-xdist workers.

``make test`` runs two pytest-xdist workers. Each worker has its own temporary folder; both
live in one folder per session (``session_folder``), where this module keeps what is costly to
make and only read afterwards: the student versions of the exercises, and a graded cohort of
each exercise. ``made_once`` builds a folder under a file lock, so the worker that comes first
builds it and the other waits and then reads it; a build that failed is not tried again in
the same session, and every test that needs it fails with the first error.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from filelock import FileLock, Timeout

DONE = ".complete"
FAILED = ".failed"


_FOLDER: Path | None = None


class BuildFailed(RuntimeError):
    """Building a shared folder failed earlier in this session; the message holds the first error."""


def use(folder: Path) -> None:
    """Keep what is made once in ``folder`` (tests/conftest.py sets the session's ``session_folder``)."""
    global _FOLDER
    _FOLDER = folder


def folder() -> Path:
    """Where what is made once is kept: the session's shared folder, or outside pytest a temporary
    folder of this process's own (removed when it exits)."""
    global _FOLDER
    if _FOLDER is None:
        _FOLDER = Path(tempfile.mkdtemp(prefix="equity-course-test-cache-"))
        atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)
    return _FOLDER


def session_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's folder that every xdist worker sees (the session's own temp folder without xdist)."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # each worker's folder is popen-gwN inside the session's folder
    folder = base / "shared"
    folder.mkdir(exist_ok=True)
    return folder


def _finished(target: Path) -> bool:
    if (target / FAILED).is_file():
        raise BuildFailed(f"Building {target} failed earlier in this test session:\n"
                          + (target / FAILED).read_text(encoding="utf-8"))
    return (target / DONE).is_file()


def made_once(target: Path, build: Callable[[Path], object], *, wait: bool = True) -> bool:
    """Make sure ``build(target)`` has run once in this session; True when ``target`` is ready.

    The first caller takes the lock and builds in place (the folder's paths end up in the
    files it holds, e.g. a cohort's ``nbgrader_config.py``, so it is never moved); a caller
    that finds the lock taken waits for it, or with ``wait=False`` returns False at once.
    """
    if _finished(target):
        return True
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(f"{target}.lock")
    try:
        lock.acquire(timeout=-1 if wait else 0)
    except Timeout:
        return False
    try:
        if _finished(target):
            return True
        shutil.rmtree(target, ignore_errors=True)  # what a worker that died mid-build left
        target.mkdir()
        try:
            build(target)
        except BaseException as error:
            (target / FAILED).write_text("".join(traceback.format_exception(error))[-20_000:], encoding="utf-8")
            raise
        (target / DONE).write_text("", encoding="utf-8")
        return True
    finally:
        lock.release()


def all_made_once(targets: Sequence[tuple[Path, Callable[[Path], object]]]) -> None:
    """Make every target once, sharing the work with any other worker that makes them now.

    First every target nobody is building is built; then this waits for those another worker
    was building. Two workers that call this together each build about half.
    """
    for target, build in targets:
        made_once(target, build, wait=False)
    for target, build in targets:
        made_once(target, build)
