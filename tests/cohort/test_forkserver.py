"""Which runtime folders does a grading run clean up, and which does it leave alone?

Grading runs keep their kernels' sockets in a runtime folder under the temporary
directory, which other runs share (other trainers, other containers). A run removes
folders left by killed runs; it must never remove the folder of a run that is alive.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from grader.cohort.forkserver import OWNER_LOCK, ForkServer, remove_stale_runtimes

OWNER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from grader.cohort.forkserver import ForkServer
    server = ForkServer(runtime_root=Path(sys.argv[1]))
    print(server.runtime, flush=True)
    time.sleep(600)
""")


def start_owner(root: Path) -> tuple[subprocess.Popen, Path]:
    owner = subprocess.Popen([sys.executable, "-c", OWNER, str(root)], stdout=subprocess.PIPE, text=True)
    assert owner.stdout is not None
    return owner, Path(owner.stdout.readline().strip())


def test_a_live_runs_folder_survives_another_runs_cleanup(tmp_path):
    owner, runtime = start_owner(tmp_path)
    try:
        remove_stale_runtimes(tmp_path)
        ForkServer(runtime_root=tmp_path).stop()  # a new run cleans up as it starts
        assert runtime.is_dir()
    finally:
        owner.kill()
        owner.wait()


def test_a_killed_runs_folder_is_removed_by_the_next_run(tmp_path):
    owner, runtime = start_owner(tmp_path)
    owner.send_signal(signal.SIGKILL)
    owner.wait()
    assert runtime.is_dir()
    remove_stale_runtimes(tmp_path)
    assert not runtime.exists()


def test_the_owner_is_known_by_its_lock_not_by_a_process_id(tmp_path):
    """A process id means nothing to a run in another container; the lock means the same."""
    server = ForkServer(runtime_root=tmp_path)
    (server.runtime / "owner.pid").write_text("999999999")  # no such process here
    remove_stale_runtimes(tmp_path)
    assert (server.runtime / OWNER_LOCK).is_file()
    server.stop()


def test_a_run_in_another_pid_namespace_leaves_a_live_runs_folder_alone(tmp_path):
    """As when two containers share /tmp: the other run cannot see this run's process."""
    if not shutil.which("unshare") or subprocess.run(
            ["unshare", "--pid", "--fork", "--mount-proc", "true"], capture_output=True).returncode:
        pytest.skip("this machine cannot start a PID namespace (needs root and unshare)")
    server = ForkServer(runtime_root=tmp_path)
    cleanup = f"from pathlib import Path; from grader.cohort.forkserver import remove_stale_runtimes as r; r(Path({str(tmp_path)!r}))"
    subprocess.run(["unshare", "--pid", "--fork", "--mount-proc", sys.executable, "-c", cleanup], check=True)
    assert server.runtime.is_dir()
    server.stop()


def test_a_folder_still_being_created_is_left_alone(tmp_path):
    half_made = tmp_path / "equity-grade-halfmade"
    half_made.mkdir()
    remove_stale_runtimes(tmp_path)
    assert half_made.is_dir()


def test_stopping_removes_the_folder_and_frees_the_lock(tmp_path):
    server = ForkServer(runtime_root=tmp_path)
    runtime = server.runtime
    server.stop()
    assert not runtime.exists()
    assert server._owner_lock is None
    server.stop()  # stopping twice is harmless


def test_a_worker_attached_to_the_server_never_removes_the_runs_folder(tmp_path):
    server = ForkServer(runtime_root=tmp_path)
    ForkServer.attach(server.runtime, server.socket_path).stop()
    assert server.runtime.is_dir()
    server.stop()
