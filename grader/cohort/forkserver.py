"""Kernels forked from a warm parent: a fresh, confined IPython kernel per submission, fast.

Starting a Python kernel costs about half a second, and the course's notebooks then spend
longer importing pandas and the course package. The fork server pays that once: it imports
ipykernel and the course's libraries, then forks one child per submission. Each child is a
new process with nothing of any other submission in it; it confines itself
(``grader.cohort.sandbox``) and becomes an ordinary IPython kernel speaking the Jupyter
protocol over Unix sockets (``ipc``), which work without any network.

The fork server starts from an allow-listed environment (``clean_environment``), so no
variable of the trainer's is in a kernel's memory or ``/proc/self/environ``. The process id
a client holds is the kernel's *keeper* (``grader.cohort.sandbox.become_pid_one``): the
kernel itself is process 1 of a PID namespace of its own, below it; signals to the keeper's
process group reach the kernel, and the kernel ends when its keeper does.

``ForkKernelManager`` plugs this into nbclient (and so into nbgrader's ``Execute``
preprocessor) in place of jupyter_client's process launcher; everything else about
running the notebook stays nbgrader's.
"""

from __future__ import annotations

import asyncio
import fcntl
import importlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
from dataclasses import asdict
from pathlib import Path
from typing import Any

from jupyter_client.asynchronous.client import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning.local_provisioner import LocalProvisioner

from grader.cohort.sandbox import Confinement, Limits, confine

PRELOAD = (
    "ipykernel.kernelapp",
    "ipykernel.ipkernel",
    "IPython",
    "IPython.core.interactiveshell",
    "pandas",
    "grader",
    "grader.checks",
    "grader.course.data",
)


def preload_for(notebooks: list[Path]) -> tuple[str, ...]:
    """What to import before forking: the kernel's own modules and those the notebooks import.

    Modules a notebook imports are found by reading its code (``import x``, ``from x import
    y``); a notebook that draws charts also gets matplotlib, which the course imports lazily.
    """
    import ast

    found: list[str] = list(PRELOAD)
    for path in notebooks:
        try:
            cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError):
            continue
        for cell in cells:
            source = "".join(cell.get("source", "")) if cell.get("cell_type") == "code" else ""
            if "plot" in source or "chart" in source:
                found += ["matplotlib", "matplotlib.pyplot"]
            try:
                tree = ast.parse(source)
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    found += [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.append(node.module)
    return tuple(dict.fromkeys(found))


class ForkServerError(RuntimeError):
    """The fork server could not start or could not start a kernel."""


# ---------------------------------------------------------------- the server (zygote)


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (no orphans after a killed run)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _kernel_child(request: dict[str, Any]) -> None:
    """In the forked child: confine, then run an IPython kernel until it is shut down."""
    forked_at = time.time()
    die_with_parent()
    connection_file = request["connection_file"]
    runtime = Path(request["runtime"])
    box = Confinement(
        workdir=Path(request["workdir"]),
        source=Path(request["source"]) if request.get("source") else None,
        hide=[Path(p) for p in request.get("hide", [])] + [runtime.parent, Path("/dev/shm")],
        readonly=[Path(p) for p in request.get("readonly", [])],
        keep_visible=[runtime, *(Path(p) for p in request.get("keep_visible", []))],
        needs_readable=[Path(sys.base_prefix), Path(sys.prefix), Path(__file__).resolve().parents[1]],
        writable=[runtime],
        owned=[runtime, Path(connection_file)],
        limits=Limits(**request.get("limits", {})),
        unconfined_ok=bool(request.get("unconfined_ok")),
    )
    os.environ.clear()
    os.environ.update(request["env"])
    t0 = time.perf_counter()
    layers = confine(box)  # from here on: process 1 of the kernel's own namespaces
    t1 = time.perf_counter()
    from ipykernel.kernelapp import IPKernelApp

    sys.argv = ["equity-course-kernel", "-f", connection_file]
    app = IPKernelApp.instance()
    app.initialize(["-f", connection_file, "--HistoryManager.enabled=False", "--quiet"])
    t2 = time.perf_counter()
    (runtime / "layers.json").write_text(json.dumps({
        "layers": layers, "confine": t1 - t0, "init": t2 - t1, "forked_at": forked_at, "ready_at": time.time()}))
    app.start()


def _modules_a_kernel_imports(rehearse: list[Path]) -> list[str]:
    """Start a throwaway kernel in a child and list what it imported beyond what we have.

    The child also runs the code of ``rehearse`` (the exercise as released to learners:
    public code, no solutions, no hidden tests), so the libraries that code loads on first
    use (pandas' HTML formatting, say) are found too. Only module names come back; the
    child and everything it computed are thrown away.
    """
    from jupyter_client.connect import write_connection_file

    folder = tempfile.mkdtemp(prefix="equity-probe-")
    connection_file, _ = write_connection_file(
        os.path.join(folder, "probe.json"), transport="ipc", ip=os.path.join(folder, "probe")
    )
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(reader)
        try:
            before = set(sys.modules)
            from ipykernel.kernelapp import IPKernelApp

            app = IPKernelApp.instance()
            app.initialize(["-f", connection_file, "--HistoryManager.enabled=False", "--quiet"])
            for notebook in rehearse:
                os.chdir(tempfile.mkdtemp(prefix="rehearsal-", dir=folder))  # removed with folder
                try:
                    cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
                except (OSError, ValueError):
                    continue
                shell = app.shell
                assert shell is not None  # initialize() made it
                for cell in cells:
                    if cell.get("cell_type") == "code":
                        shell.run_cell("".join(cell.get("source", "")), store_history=False)
            os.write(writer, json.dumps(sorted(set(sys.modules) - before)).encode())
        finally:
            os._exit(0)
    os.close(writer)
    chunks = []
    while chunk := os.read(reader, 65536):
        chunks.append(chunk)
    os.close(reader)
    os.waitpid(pid, 0)
    shutil.rmtree(folder, ignore_errors=True)
    return json.loads(b"".join(chunks) or b"[]")


def serve(socket_path: str, preload: list[str], parent: int, rehearse: list[Path] | None = None) -> None:
    """Import the libraries once, then fork a kernel for every request on the socket.

    It stops when asked, and also on its own as soon as the grading run that started it
    is gone (killed), so no server or kernel outlives a run.
    """
    die_with_parent()
    if os.getppid() != parent:  # the run died before we could ask to die with it
        return
    os.environ.setdefault("MPLBACKEND", "Agg")
    for name in preload:
        try:
            importlib.import_module(name)
        except Exception as error:  # a missing optional library only costs speed
            print(f"preload {name} failed: {error}", file=sys.stderr, flush=True)
    for name in _modules_a_kernel_imports(rehearse or []):
        try:
            importlib.import_module(name)
        except Exception:
            continue
    try:
        from grader.course.data import warm

        warm()
    except Exception:
        pass
    import gc

    gc.collect()
    gc.freeze()  # children then leave these objects' pages shared instead of copying them
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped automatically
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    pending = f"{socket_path}.{os.getpid()}"
    listener.bind(pending)
    listener.listen(16)
    os.rename(pending, socket_path)  # the socket appears only once it listens: no refused connection
    listener.settimeout(1.0)
    print("ready", flush=True)
    while True:
        try:
            conn, _ = listener.accept()
        except TimeoutError:
            if os.getppid() != parent:
                return
            continue
        conn.settimeout(None)
        with conn:
            request = json.loads(conn.makefile("r").readline() or "{}")
            if request.get("op") == "stop":
                return
            pid = os.fork()
            if pid == 0:  # the kernel
                code = 1
                try:
                    listener.close()
                    conn.close()
                    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                    _kernel_child(request)
                    code = 0
                except BaseException:
                    traceback.print_exc()
                finally:
                    os._exit(code)
            conn.sendall((json.dumps({"pid": pid}) + "\n").encode())


# ---------------------------------------------------------------- the client side


OWNER_LOCK = "owner.lock"


def hold_owner_lock(runtime: Path) -> int:
    """Lock ``runtime`` for as long as this process lives; returns the descriptor holding it.

    The system drops the lock when the process ends, however it ends (killed included), and
    the lock means the same to every process that shares the folder, in any container or PID
    namespace; a process id written to a file would not. The lock file is locked before it
    is given its name, so no one ever sees it unlocked while its owner lives.
    """
    pending = runtime / f".{OWNER_LOCK}.{os.getpid()}"
    descriptor = os.open(pending, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.replace(pending, runtime / OWNER_LOCK)
    return descriptor


def remove_stale_runtimes(folder: Path) -> None:
    """Remove runtime folders left by grading runs that were killed: those whose owner lock
    anyone can now take. A folder without a lock file is being created; it is left alone."""
    for runtime in folder.glob("equity-grade-*"):
        try:
            descriptor = os.open(runtime / OWNER_LOCK, os.O_RDWR | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # its run is alive
        else:
            shutil.rmtree(runtime, ignore_errors=True)
        finally:
            os.close(descriptor)


class ForkServer:
    """Starts and talks to one fork server; usable as a context manager."""

    def __init__(self, preload: tuple[str, ...] = PRELOAD, runtime_root: Path | None = None,
                 rehearse: list[Path] | None = None) -> None:
        remove_stale_runtimes(Path(runtime_root or tempfile.gettempdir()))
        self.runtime = Path(tempfile.mkdtemp(prefix="equity-grade-", dir=runtime_root))
        self._owner_lock: int | None = hold_owner_lock(self.runtime)
        os.chmod(self.runtime, 0o711)
        self.socket_path = str(self.runtime / "forkserver.sock")
        self.preload = preload
        self.rehearse = [str(p) for p in rehearse or []]
        self.process: subprocess.Popen | None = None
        self.log_path = self.runtime / "forkserver.log"

    @classmethod
    def attach(cls, runtime: Path, socket_path: str) -> ForkServer:
        """A handle on a fork server another process started (for worker processes)."""
        server = cls.__new__(cls)
        server.runtime, server.socket_path, server.process = runtime, socket_path, None
        server._owner_lock = None  # the run that started the server owns its folder
        server.preload, server.rehearse, server.log_path = (), [], runtime / "forkserver.log"
        return server

    def layers(self) -> list[str]:
        """The confinement layers the kernels reported (from the last kernel started)."""
        reports = sorted(self.runtime.glob("k-*/layers.json"), key=lambda p: p.stat().st_mtime)
        if not reports:
            return []
        try:
            return list(json.loads(reports[-1].read_text()).get("layers", []))
        except (OSError, ValueError):
            return []

    def start(self) -> ForkServer:
        return self.launch().wait_ready()

    def launch(self) -> ForkServer:
        """Start the server process without waiting for it (it imports for a second or two)."""
        log = self.log_path.open("w")
        env = dict(clean_environment(), MPLBACKEND="Agg", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1",
                   PYDEVD_DISABLE_FILE_VALIDATION="1")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "grader.cohort.forkserver", str(os.getpid()), self.socket_path,
             os.pathsep.join(self.rehearse), *self.preload],
            stdout=subprocess.PIPE, stderr=log, env=env, text=True, start_new_session=True,
        )
        return self

    def wait_ready(self) -> ForkServer:
        """Block until the server says it is ready; raise with its log if it failed."""
        if self.process is None or getattr(self, "_ready", False):
            return self
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if line != "ready":
            raise ForkServerError(f"the fork server did not start: {self.log_path.read_text()[-2000:]}")
        self._ready = True
        return self

    def fork(self, request: dict[str, Any]) -> int:
        deadline = time.monotonic() + 120
        while not os.path.exists(self.socket_path):  # still importing
            if time.monotonic() > deadline:
                raise ForkServerError("the fork server did not start within two minutes")
            time.sleep(0.01)
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                conn.connect(self.socket_path)
                conn.sendall((json.dumps(request) + "\n").encode())
                reply = json.loads(conn.makefile("r").readline() or "{}")
        except OSError as error:
            raise ForkServerError(f"the fork server is gone ({error.strerror or error})") from None
        if "pid" not in reply:
            raise ForkServerError(f"the fork server did not start a kernel: {reply}")
        return int(reply["pid"])

    def stop(self) -> None:
        """Stop the server (if this process started it) and remove the folder this run owns."""
        if self.process is not None:
            try:
                with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
                    conn.connect(self.socket_path)
                    conn.sendall(b'{"op": "stop"}\n')
                self.process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
            self.process = None
        if self._owner_lock is not None:
            shutil.rmtree(self.runtime, ignore_errors=True)
            os.close(self._owner_lock)
            self._owner_lock = None

    def __enter__(self) -> ForkServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class ForkedProcess:
    """A Popen-like handle on a kernel the fork server started (it is the server's child)."""

    stdin = stdout = stderr = None  # the kernel's streams are not ours

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None

    def _state(self) -> str | None:
        try:
            stat = Path(f"/proc/{self.pid}/stat").read_text()
        except OSError:
            return None
        return stat.rsplit(")", 1)[1].split()[0]

    def poll(self) -> int | None:
        if self.returncode is None and self._state() in (None, "Z", "X"):
            self.returncode = 0
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout or 0)
            time.sleep(0.01)
        return self.returncode or 0

    def send_signal(self, signum: int) -> None:
        try:
            os.killpg(self.pid, signum)
        except ProcessLookupError:
            pass

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)


class ForkProvisioner(LocalProvisioner):
    """Launches the kernel by asking the fork server, not by running a command."""

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> Any:
        manager: ForkKernelManager = self.parent  # type: ignore[assignment]  # jupyter_client types parent loosely; ours is always one
        server, template = manager.fork_server, manager.confinement
        if server is None or template is None:
            raise ForkServerError("ForkKernelManager.fork_server and .confinement must be set")
        connection_file = cmd[cmd.index("-f") + 1]
        kernel_runtime = Path(manager.ip).parent
        cwd = kwargs.get("cwd")
        request = {
            "connection_file": connection_file,
            "runtime": str(kernel_runtime),
            "workdir": str(kernel_runtime / "work"),
            "source": str(cwd) if cwd else None,
            "hide": [str(p) for p in template.hide],
            "readonly": [str(p) for p in template.readonly],
            "keep_visible": [str(p) for p in template.keep_visible],
            "limits": asdict(template.limits),
            "unconfined_ok": template.unconfined_ok,
            "env": kernel_environment(kernel_runtime / "work"),
        }
        started = time.perf_counter()
        pid = server.fork(request)
        manager.timings["fork"] = time.perf_counter() - started
        self.process = ForkedProcess(pid)  # type: ignore[assignment]  # a Popen look-alike for a forked pid
        self.pid = pid
        self.pgid = pid
        self.cwd = cwd
        return self.connection_info

    async def wait(self) -> int | None:
        """As LocalProvisioner.wait, but checks every 5 ms instead of every 100 ms."""
        while self.process is not None and self.process.poll() is None:
            await asyncio.sleep(0.005)
        self.process = None
        return 0


def prompt_context() -> Any:
    """A ZeroMQ context whose sockets retry a connection after 2 ms, not the default 100 ms:
    the client connects before a just-forked kernel has bound its sockets."""
    import zmq
    import zmq.asyncio

    context = zmq.asyncio.Context()
    context.setsockopt(zmq.RECONNECT_IVL, 2)
    return context


class PromptKernelClient(AsyncKernelClient):
    """Waits for a kernel exactly as jupyter_client does (a kernel_info reply on shell, then a
    message on IOPub), but polls in milliseconds: its stock 0.2 s IOPub flush and ZeroMQ's
    100 ms reconnect interval are most of a forked kernel's start-up time."""

    def _context_default(self) -> Any:
        self._created_context = True
        return prompt_context()

    async def _async_wait_for_ready(self, timeout: float | None = None) -> None:
        from queue import Empty

        deadline = time.monotonic() + (timeout if timeout is not None else 60.0)
        while True:
            self.kernel_info()
            try:
                msg = await self.shell_channel.get_msg(timeout=0.5)
            except Empty:
                msg = None
            if msg is not None and msg["msg_type"] == "kernel_info_reply":
                try:
                    await self.iopub_channel.get_msg(timeout=0.5)
                except Empty:
                    pass
                else:
                    self._handle_kernel_info_reply(msg)
                    self.ready_reply = msg  # the executor reads language_info from it
                    break
            if not await self._async_is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kernel didn't respond in {timeout} seconds")
        while True:  # drain what the kernel said while starting
            try:
                await self.iopub_channel.get_msg(timeout=0.005)
            except Empty:
                break

    wait_for_ready = _async_wait_for_ready


class ForkKernelManager(AsyncKernelManager):
    """An AsyncKernelManager whose kernels come from the fork server, over ipc transport."""

    fork_server: ForkServer | None = None
    confinement: Confinement | None = None

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("client_class", "grader.cohort.forkserver.PromptKernelClient")
        super().__init__(**kwargs)
        self.timings = {}
        server = type(self).fork_server
        if server is not None:
            kernel_runtime = server.runtime / f"k-{uuid.uuid4().hex[:12]}"
            kernel_runtime.mkdir(mode=0o700)
            self.transport = "ipc"
            self.ip = str(kernel_runtime / "kernel")
            self.connection_file = str(kernel_runtime / "connection.json")

    timings: dict[str, float]

    def _context_default(self) -> Any:
        self._created_context = True
        return prompt_context()

    async def _async_wait(self, pollinterval: float = 0.005) -> None:
        await super()._async_wait(pollinterval=pollinterval)

    async def _async_pre_start_kernel(self, **kw: Any) -> Any:
        if self.provisioner is None:
            self.provisioner = ForkProvisioner(
                kernel_id=self.kernel_id or str(uuid.uuid4()), kernel_spec=self.kernel_spec, parent=self
            )
        return await super()._async_pre_start_kernel(**kw)


# What the grading processes may keep of the trainer's environment: where things are and
# how to speak, never a token. Kernels are forked from a process started with only these,
# so no other variable is in their memory or in /proc/self/environ.
ENVIRONMENT_KEPT = (
    "PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ", "TMPDIR", "VIRTUAL_ENV",
    "PYTHONPATH", "JUPYTER_CONFIG_DIR", "JUPYTER_CONFIG_PATH", "JUPYTER_DATA_DIR", "JUPYTER_PATH",
    "JUPYTER_RUNTIME_DIR", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE",
)


def clean_environment(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The allow-listed part of ``environ`` (default: this process's), plus locale settings."""
    environ = dict(os.environ if environ is None else environ)
    return {k: v for k, v in environ.items() if k in ENVIRONMENT_KEPT or k.startswith("LC_")}


def kernel_environment(workdir: Path) -> dict[str, str]:
    """A small, clean environment: no tokens or secrets from the grader's own environment."""
    return {
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), "/usr/local/bin", "/usr/bin", "/bin"]),
        "HOME": str(workdir),
        "IPYTHONDIR": str(workdir / ".ipython"),
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": str(workdir / ".matplotlib"),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "NBGRADER_EXECUTION": "autograde",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


if __name__ == "__main__":
    serve(sys.argv[2], sys.argv[4:], parent=int(sys.argv[1]),
          rehearse=[Path(p) for p in sys.argv[3].split(os.pathsep) if p])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # nothing left to clean up; tearing down the preloaded libraries only takes time
