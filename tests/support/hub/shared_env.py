"""Let every test user run the course's own Python, even when it lives under /root.

A hub's users need an environment they can run (course/hub/README.md: for example a venv in
/opt). On a machine where the course's venv was made from a Python in a folder closed to
other users (pyenv under /root, as on CI), the live test does not copy or rebuild anything:
it keeps a private mount namespace in which each closed folder on the way (/root) is shown
open, holding only what the course needs (/root/.pyenv), and runs the hub and every
command of the test's users inside it. Nothing outside that namespace changes; file
permissions everywhere else (homes, the exchange, the cohort) are the machine's own.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from grader.course.syllabus import course_root


def _closed_on_the_way(target: Path) -> list[tuple[Path, str]]:
    """(closed folder, the entry below it on the way to ``target``), top down."""
    target = Path(os.path.realpath(target))
    found = []
    for folder in reversed(target.parents):
        if folder == Path("/"):
            continue
        if not os.stat(folder).st_mode & 0o001:
            below = target.relative_to(folder).parts[0]
            found.append((folder, below))
    return found


def course_paths() -> list[Path]:
    """What users' processes must reach: the interpreter, its libraries, the venv, the course."""
    paths = [Path(sys.executable), Path(sys.base_prefix), Path(sys.prefix), course_root(),
             Path(sysconfig.get_paths()["purelib"])]
    node = shutil.which("node")  # the hub's proxy runs on it
    return paths + ([Path(node)] if node else [])


class SharedPython:
    """``prefix`` runs a command where every test user can run this Python (see the module)."""

    def __init__(self) -> None:
        self.prefix: list[str] = []
        self.holder: subprocess.Popen | None = None
        self.stage: str | None = None

    @property
    def python(self) -> Path:
        return Path(sys.executable)

    def plan(self) -> dict[Path, set[str]]:
        closed: dict[Path, set[str]] = {}
        for path in course_paths():
            for folder, below in _closed_on_the_way(path):
                closed.setdefault(folder, set()).add(below)
        return closed

    def start(self) -> SharedPython:
        closed = self.plan()
        if not closed:
            return self
        self.stage = tempfile.mkdtemp(prefix="eqhub-stage-")
        lines = ["set -e"]
        for number, folder in enumerate(sorted(closed, key=lambda p: len(p.parts))):
            stage = f"{self.stage}/{number}"
            lines += [f"mkdir -p {shlex.quote(stage)}",
                      f"mount --bind {shlex.quote(str(folder))} {shlex.quote(stage)}",
                      f"mount -t tmpfs -o mode=0755,size=1m eqhub-open {shlex.quote(str(folder))}"]
            for below in sorted(closed[folder]):
                inside, original = shlex.quote(str(folder / below)), shlex.quote(f"{stage}/{below}")
                lines += [f"if [ -d {original} ]; then mkdir {inside}; else touch {inside}; fi",
                          f"mount --bind {original} {inside}"]
        lines += ["echo ready", "exec sleep 86400"]
        self.holder = subprocess.Popen(
            ["unshare", "--mount", "--propagation", "private", "--", "sh", "-c", "\n".join(lines)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        assert self.holder.stdout is not None
        if self.holder.stdout.readline().strip() != "ready":
            error = self.holder.stderr.read() if self.holder.stderr else ""
            self.stop()
            raise RuntimeError(f"could not open {', '.join(map(str, closed))} to the test users: {error}")
        self.prefix = ["nsenter", f"--target={self.holder.pid}", "--mount", "--"]
        return self

    def stop(self) -> None:
        if self.holder is not None and self.holder.poll() is None:
            os.kill(self.holder.pid, signal.SIGKILL)
            self.holder.wait(timeout=10)
        self.holder = None
        if self.stage:
            for entry in sorted(Path(self.stage).iterdir()) if os.path.isdir(self.stage) else []:
                try:
                    entry.rmdir()
                except OSError:
                    pass
            try:
                os.rmdir(self.stage)
            except OSError:
                pass
            self.stage = None
