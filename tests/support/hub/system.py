"""Real system users for the live hub test, and the processes they (or our hub) started.

Users are created with ``useradd`` under one unique prefix and always removed with their
home folders; processes are only ever ended by their id, and only those that belong to
the test's users or descend from the hub this test started.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

BASE_PATH = "/usr/local/bin:/usr/bin:/bin"


def live_hub_unavailable() -> str | None:
    """Why the live hub test cannot run on this machine, or None when it can."""
    if not sys.platform.startswith("linux"):
        return "the live hub test needs Linux (local system users and LocalProcessSpawner)"
    if os.geteuid() != 0:
        return ("the live hub test creates system users and runs JupyterHub as root; run it as root "
                "(as CI does), e.g. `sudo make test`")
    for program in ("useradd", "userdel", "runuser"):
        if shutil.which(program, path="/usr/sbin:/usr/bin:/sbin:/bin") is None:
            return f"the live hub test needs {program} (Debian package passwd / util-linux)"
    return None


def run_as(user: str, args: list[str], *, env: dict[str, str] | None = None, cwd: str | Path | None = None,
           timeout: float = 300, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    """Run ``args`` as ``user`` with only the environment given (plus HOME, USER, PATH),
    after ``prefix`` (such as entering the test's mount namespace)."""
    entry = pwd.getpwnam(user)
    clean = {"HOME": entry.pw_dir, "USER": user, "LOGNAME": user, "PATH": BASE_PATH, "LANG": "C.UTF-8"}
    clean.update(env or {})
    command = [*(prefix or []), "runuser", "-u", user, "--", "env", "-i", f"--chdir={cwd or entry.pw_dir}",
               *[f"{k}={v}" for k, v in clean.items()], *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


def _uid_of(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("Uid:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def _parent_of(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("PPid:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def start_time(pid: int) -> str | None:
    """The kernel's start time of a process, so a reused process id is never mistaken for it."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def all_pids() -> list[int]:
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def descendants(root: int) -> dict[int, str | None]:
    """Every process below ``root`` (children, their children...), with their start times."""
    parents = {pid: _parent_of(pid) for pid in all_pids()}
    found: dict[int, str | None] = {}
    frontier = [root]
    while frontier:
        current = frontier.pop()
        for pid, parent in parents.items():
            if parent == current and pid not in found:
                found[pid] = start_time(pid)
                frontier.append(pid)
    return found


def end_processes(processes: dict[int, str | None], grace: float = 5.0) -> None:
    """SIGTERM then SIGKILL each process given by id, if it is still the same process."""
    alive = {pid: when for pid, when in processes.items() if start_time(pid) == when and when is not None}
    for pid in alive:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and any(start_time(p) == w for p, w in alive.items()):
        time.sleep(0.1)
    for pid, when in alive.items():
        if start_time(pid) == when:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


class SystemUsers:
    """Local accounts made for one test run; ``remove()`` always takes every one away again."""

    def __init__(self, prefix: str) -> None:
        if not prefix.startswith("eqhub-"):
            raise ValueError("test users must carry the eqhub- prefix, so they can never be real people")
        self.prefix = prefix
        self.created: list[str] = []

    def create(self, name: str) -> str:
        user = f"{self.prefix}{name}"
        done = subprocess.run(["useradd", "--create-home", "--shell", "/bin/bash", "--user-group", user],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"useradd {user} failed: {done.stderr.strip()}")
        self.created.append(user)
        return user

    def processes(self) -> dict[int, str | None]:
        uids = set()
        for user in self.created:
            try:
                uids.add(pwd.getpwnam(user).pw_uid)
            except KeyError:
                pass
        return {pid: start_time(pid) for pid in all_pids() if _uid_of(pid) in uids}

    def remove(self) -> list[str]:
        """End the users' processes, delete the users and their homes; return any problems."""
        problems = []
        end_processes(self.processes())
        for user in reversed(self.created):
            try:
                home = pwd.getpwnam(user).pw_dir
            except KeyError:
                continue
            done = subprocess.run(["userdel", "--force", "--remove", user], capture_output=True, text=True)
            if done.returncode not in (0, 12):  # 12: the home folder (or mail spool) was already gone
                problems.append(f"userdel {user}: {done.stderr.strip()}")
            if home.startswith("/home/eqhub-") and os.path.isdir(home):
                shutil.rmtree(home, ignore_errors=True)
        self.created.clear()
        return problems
