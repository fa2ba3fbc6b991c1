"""Confine a grading kernel: only its own copy of the submission, no network, hard limits.

Applied in the kernel process right after it is forked, before any learner code runs.
Layers, each reported in ``Confinement.layers`` so the trainer's summary says what held:

- a private working folder holding a copy of the submission and nothing else;
- a new session, so a timeout or crash takes down everything the kernel started;
- resource limits: CPU seconds, address space, file size, open files, no core dumps;
- new mount and network namespaces (Linux): the cohort workspace, the exchange and the
  course's sources and tests are hidden under empty folders, the course code and the
  Python installation are read-only, and there is no network at all;
- a new PID namespace with its own ``/proc``: the kernel is process 1 of a namespace of
  its own, so it cannot see, signal, trace or read any process outside it (other kernels,
  the grader, the trainer's JupyterLab), and when it ends Linux ends everything it
  started, double forks and new sessions included;
- an unprivileged user (``nobody``) when grading runs as root; as an ordinary user, a user
  namespace to make the namespaces above, then no capability left at all, so the kernel
  cannot undo a mount, and no new user namespace of its own;
- no new privileges (setuid programs such as ``mount`` run without their setuid bit).

How it runs: the process the fork server forks (the *keeper*) makes the namespaces, then
forks once more. That child is process 1 of the new PID namespace; it mounts a fresh
``/proc``, hides the workspace, gives up its privileges and becomes the kernel. The keeper
only waits for it and exits with it; it dies with the fork server, and the kernel dies with
the keeper, so killing the keeper's process group ends the kernel and all it started.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import resource
import select
import shutil
import signal
from dataclasses import dataclass, field
from pathlib import Path

CLONE_NEWNS = 0x00020000
CLONE_NEWPID = 0x20000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
MS_RDONLY = 0x1
MS_NOSUID = 0x2
MS_NODEV = 0x4
MS_NOEXEC = 0x8
MS_REMOUNT = 0x20
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 1 << 18
NOBODY = 65534
PR_SET_PDEATHSIG = 1
PR_CAPBSET_DROP = 24
PR_SET_NO_NEW_PRIVS = 38

PID_LAYER = "own PID namespace and /proc: sees and signals only its own processes, all ended with it"
NO_CAPABILITIES = "no capabilities, no new privileges: mounts cannot be undone"


class NamespacesUnavailable(OSError):
    """This machine will not give a kernel the namespaces that confine it."""


@dataclass(frozen=True)
class Limits:
    """Hard limits for one grading kernel."""

    cpu_seconds: int = 120
    memory_bytes: int = 2 * 1024**3
    file_bytes: int = 64 * 1024**2
    open_files: int = 256
    workdir_bytes: int = 128 * 1024**2


@dataclass
class Confinement:
    """Where a kernel may look and what it may use; filled in by the grader, applied in the child."""

    workdir: Path
    source: Path | None = None
    hide: list[Path] = field(default_factory=list)
    readonly: list[Path] = field(default_factory=list)
    keep_visible: list[Path] = field(default_factory=list)
    needs_readable: list[Path] = field(default_factory=list)
    writable: list[Path] = field(default_factory=list)
    owned: list[Path] = field(default_factory=list)
    limits: Limits = field(default_factory=Limits)
    layers: list[str] = field(default_factory=list)
    unconfined_ok: bool = False  # run without namespaces where the machine forbids them


@functools.cache
def _libc() -> ctypes.CDLL:
    """The C library, found once: ``find_library`` runs a program, and a program run between
    making the PID namespace and forking its process 1 would take that place and end it."""
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")


def _mount(libc: ctypes.CDLL, source: str | None, target: str, fstype: str | None,
           flags: int, data: str | None = None) -> None:
    _check(
        libc.mount(
            source.encode() if source else None,
            target.encode(),
            fstype.encode() if fstype else None,
            ctypes.c_ulong(flags),
            data.encode() if data else None,
        ),
        f"mount {target}",
    )


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="ascii") as handle:
        handle.write(text)


def _copy_submission(source: Path, workdir: Path) -> None:
    for item in source.iterdir():
        target = workdir / item.name
        if item.is_dir() and not item.is_symlink():
            shutil.copytree(item, target, symlinks=True)
        elif item.is_file() and not item.is_symlink():
            shutil.copy2(item, target)


def _inside(path: Path, parent: Path) -> bool:
    return path == parent or path.is_relative_to(parent)


def unshare_all() -> None:
    """New mount, network and PID namespaces (and a user namespace to make them in, when not
    root). Raises ``OSError`` where the machine forbids them."""
    libc = _libc()
    as_root = os.geteuid() == 0
    uid, gid = os.getuid(), os.getgid()
    _check(libc.unshare(CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWPID | (0 if as_root else CLONE_NEWUSER)),
           "unshare")
    if not as_root:
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"{uid} {uid} 1")
        _write("/proc/self/gid_map", f"{gid} {gid} 1")


def _die_with_parent() -> None:
    _libc().prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)


def _keeper_gone(watch: int) -> bool:
    """Whether the keeper has exited: it holds the only write end of the pipe ``watch`` reads."""
    return bool(select.select([watch], [], [], 0)[0])


def become_pid_one(parent: int) -> int:
    """Fork into the new PID namespace. Returns in the child (process 1 there) a descriptor to
    watch the keeper by; the keeper itself waits for the child and exits with it."""
    _die_with_parent()  # again: making a user namespace changed our credentials
    if os.getppid() != parent:  # the fork server died before we could ask to die with it
        os._exit(0)
    watch, held = os.pipe()
    child = os.fork()
    if child == 0:
        os.close(held)
        _die_with_parent()
        if _keeper_gone(watch):
            os._exit(0)
        return watch
    os.close(watch)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # interrupts are for the kernel
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the keeper dies, the kernel with it
    status = 0
    while True:
        try:
            _, status = os.waitpid(child, 0)
            break
        except InterruptedError:
            continue
        except ChildProcessError:
            break
    code = os.waitstatus_to_exitcode(status) if status else 0
    os._exit(code if code >= 0 else 128 - code)


def _namespaces(box: Confinement) -> None:
    """In process 1 of the new namespaces: a fresh /proc; hide, keep, then make the root read-only."""
    libc = _libc()
    _mount(libc, None, "/", None, MS_REC | MS_PRIVATE)
    _mount(libc, "proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    for path in box.writable:  # islands that stay writable once the root is read-only
        _mount(libc, str(path), str(path), None, MS_BIND)
    # the kernel's own folder: writable, sized, holding a copy of the submission
    _mount(libc, "tmpfs", str(box.workdir), "tmpfs", MS_NOSUID | MS_NODEV,
           f"size={box.limits.workdir_bytes},mode=0755")
    if box.source is not None:
        _copy_submission(box.source, box.workdir)
    # hide folders under empty ones, bringing back what must stay visible inside them
    keep = [p for p in box.keep_visible if p.exists()]
    held = {path: os.open(path, os.O_PATH) for path in keep}
    try:
        for hidden in sorted(box.hide, key=lambda p: len(p.parts)):
            if not hidden.is_dir() or hidden in keep:
                continue
            inner = [k for k in keep if _inside(k, hidden)]
            _mount(libc, "tmpfs", str(hidden), "tmpfs", MS_NOSUID | MS_NODEV,
                   "size=64k,mode=0755" if inner else "size=4k,mode=0000")
            for path in inner:
                path.mkdir(parents=True, exist_ok=True)
                _mount(libc, f"/proc/self/fd/{held[path]}", str(path), None, MS_BIND | MS_REC)
    finally:
        for fd in held.values():
            os.close(fd)
    # everything else read-only: the root file system and every folder given
    for path in [Path("/"), *box.readonly]:
        if path.exists():
            _mount(libc, str(path), str(path), None, MS_BIND | MS_REC)
            _mount(libc, None, str(path), None, MS_REMOUNT | MS_BIND | MS_RDONLY)
    box.layers.append("namespaces: no network, workspace and sources hidden, files read-only")
    box.layers.append(PID_LAYER)


def _readable_by_others(path: Path) -> bool:
    """Whether an unprivileged user can reach ``path`` (every folder above it searchable)."""
    for folder in [path, *path.parents]:
        try:
            if not os.stat(folder).st_mode & 0o001:
                return False
        except OSError:
            return False
    return True


def _no_more_user_namespaces() -> None:
    """In the kernel's own user namespace: allow no user namespace inside it (the limit is
    per namespace, so this changes nothing outside). Best effort: mounts copied into a
    namespace made later would be locked anyway."""
    try:
        _write("/proc/sys/user/max_user_namespaces", "0")
    except OSError:
        pass


def _drop_bounding_set() -> None:
    """No program this process runs can ever gain a capability again."""
    libc = _libc()
    for capability in range(64):
        libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0)  # unknown numbers just fail


def _drop_capabilities() -> None:
    """Give up every capability, for good (no regaining them through exec or setuid programs)."""
    libc = _libc()
    _drop_bounding_set()

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]

    header = Header(0x20080522, 0)
    _check(libc.capset(ctypes.byref(header), (Data * 2)()), "capset")
    _check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")


def _limits(limits: Limits) -> None:
    for kind, value in (
        (resource.RLIMIT_CPU, limits.cpu_seconds),
        (resource.RLIMIT_AS, limits.memory_bytes),
        (resource.RLIMIT_FSIZE, limits.file_bytes),
        (resource.RLIMIT_NOFILE, limits.open_files),
        (resource.RLIMIT_CORE, 0),
    ):
        resource.setrlimit(kind, (value, value))


def confine(box: Confinement) -> list[str]:
    """Apply every layer; return them. In the keeper this never returns (see the module
    docstring): it is the kernel, process 1 of its own namespaces, that goes on.

    Raises ``NamespacesUnavailable`` where the machine forbids namespaces, unless
    ``box.unconfined_ok`` (the trainer accepted the risk), when the other layers still hold.
    """
    parent = os.getppid()
    os.setsid()
    box.layers.append("own session")
    box.workdir.mkdir(parents=True, exist_ok=True)
    as_root = os.geteuid() == 0
    watch = None
    try:
        unshare_all()
    except OSError as error:
        if not box.unconfined_ok:
            raise NamespacesUnavailable(error.errno, f"namespaces unavailable: {error.strerror or error}") from None
        box.layers.append(f"NO namespaces (unavailable: {error.strerror or error}; risk accepted)")
        if box.source is not None and not any(box.workdir.iterdir()):
            _copy_submission(box.source, box.workdir)
    else:
        watch = become_pid_one(parent)
        _namespaces(box)
        if not as_root:
            _no_more_user_namespaces()
            _drop_capabilities()
            box.layers.append(NO_CAPABILITIES)
    if as_root:
        if all(_readable_by_others(Path(p)) for p in box.needs_readable):
            for path in [*box.owned, box.workdir, *box.workdir.rglob("*")]:
                os.lchown(path, NOBODY, NOBODY)
            _drop_bounding_set()
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            _check(_libc().prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
            box.layers.append("unprivileged user")
        else:
            _drop_capabilities()
            box.layers.append("root without capabilities (Python lives in a private folder)")
    _die_with_parent()  # again: Linux forgets the request when the user id changes
    if watch is not None:
        if _keeper_gone(watch):
            os._exit(0)
        os.close(watch)
    elif os.getppid() != parent:
        os._exit(0)
    os.chdir(box.workdir)
    _limits(box.limits)
    box.layers.append("resource limits")
    return box.layers


# ------------------------------------------------------------------ can this machine confine?

UNCONFINED_FLAG = "--unconfined-i-accept-the-risk"


def probe_here(workdir: str) -> None:
    """In a throwaway process: apply every layer to an empty folder exactly as for a kernel,
    then say what held (JSON on stdout); exits 0 when the namespaces held, 1 if not."""
    import json
    import sys

    try:
        layers = confine(Confinement(workdir=Path(workdir)))
    except OSError as error:
        print(json.dumps({"ok": False, "problem": error.strerror or str(error)}), flush=True)
        os._exit(1)
    print(json.dumps({"ok": True, "layers": layers}), flush=True)
    sys.stdout.flush()
    os._exit(0)


class NamespaceProbe:
    """Checks, beside the start of a grading run, that kernels can be confined here."""

    def __init__(self) -> None:
        import subprocess
        import sys
        import tempfile

        self.folder = tempfile.mkdtemp(prefix="equity-probe-")
        os.chmod(self.folder, 0o711)
        code = f"from grader.cohort.sandbox import probe_here; probe_here({self.folder + '/work'!r})"
        self.process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)

    def problem(self) -> str | None:
        """None if the namespaces held; otherwise what failed, in the system's words."""
        import json
        import subprocess

        try:
            out, err = self.process.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, err = self.process.communicate()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
        for line in reversed(out.splitlines()):
            try:
                report = json.loads(line)
            except ValueError:
                continue
            return None if report.get("ok") else str(report.get("problem"))
        return f"the check stopped without an answer: {(err.strip().splitlines() or ['no output'])[-1]}"


def refusal(problem: str) -> str:
    """What a trainer reads when grading will not run learner code unconfined."""
    user = "root" if os.geteuid() == 0 else "an ordinary user"
    return (
        f"Grading stopped before running any learner's code. This machine does not let the grader "
        f"confine kernels (as {user}: {problem}). Without namespaces, one learner's code could stop "
        "or read other learners' grading and reach your files. What you can do: grade on a Linux "
        "server or hub where namespaces are allowed (see course/hub/README.md, \"Which set-ups "
        "confine grading\"). Or, only if you trust every submission, run the same command again "
        f"with {UNCONFINED_FLAG}."
    )
