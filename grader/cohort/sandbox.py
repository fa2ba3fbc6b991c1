"""Confine a grading kernel: only its own copy of the submission, no network, hard limits.

Applied in the kernel process right after it is forked, before any learner code runs.
Layers, each reported in ``Confinement.layers`` so the trainer's summary says what held:

- a private working folder holding a copy of the submission and nothing else;
- a new session, so a timeout or crash takes down everything the kernel started;
- resource limits: CPU seconds, address space, file size, open files, no core dumps;
- new mount and network namespaces (Linux): the cohort workspace, the exchange and the
  course's sources and tests are hidden under empty folders, the course code and the
  Python installation are read-only, and there is no network at all;
- an unprivileged user (``nobody``) when grading runs as root.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import resource
import shutil
from dataclasses import dataclass, field
from pathlib import Path

CLONE_NEWNS = 0x00020000
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
MS_RDONLY = 0x1
MS_NOSUID = 0x2
MS_NODEV = 0x4
MS_REMOUNT = 0x20
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 1 << 18
NOBODY = 65534


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


def _libc() -> ctypes.CDLL:
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


def _namespaces(box: Confinement) -> None:
    """New mount and network namespaces; hide, keep, then make the whole root read-only."""
    libc = _libc()
    as_root = os.geteuid() == 0
    uid, gid = os.getuid(), os.getgid()
    _check(libc.unshare(CLONE_NEWNS | CLONE_NEWNET | (0 if as_root else CLONE_NEWUSER)), "unshare")
    if not as_root:
        _write("/proc/self/setgroups", "deny")
        _write("/proc/self/uid_map", f"{uid} {uid} 1")
        _write("/proc/self/gid_map", f"{gid} {gid} 1")
    _mount(libc, None, "/", None, MS_REC | MS_PRIVATE)
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


def _readable_by_others(path: Path) -> bool:
    """Whether an unprivileged user can reach ``path`` (every folder above it searchable)."""
    for folder in [path, *path.parents]:
        try:
            if not os.stat(folder).st_mode & 0o001:
                return False
        except OSError:
            return False
    return True


def _drop_capabilities() -> None:
    """Stay uid 0 but give up every capability, for good (no regaining them through exec)."""
    libc = _libc()
    for capability in range(64):
        libc.prctl(24, capability, 0, 0, 0)  # PR_CAPBSET_DROP; unknown numbers just fail

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]

    header = Header(0x20080522, 0)
    _check(libc.capset(ctypes.byref(header), (Data * 2)()), "capset")
    _check(libc.prctl(38, 1, 0, 0, 0), "no_new_privs")  # PR_SET_NO_NEW_PRIVS


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
    """Apply every layer that this machine allows; return the layers that hold."""
    os.setsid()
    box.layers.append("own session")
    box.workdir.mkdir(parents=True, exist_ok=True)
    try:
        _namespaces(box)
    except OSError as error:
        box.layers.append(f"namespaces unavailable ({error.strerror or error})")
        if box.source is not None and not any(box.workdir.iterdir()):
            _copy_submission(box.source, box.workdir)
    if os.geteuid() == 0:
        if all(_readable_by_others(Path(p)) for p in box.needs_readable):
            for path in [*box.owned, box.workdir, *box.workdir.rglob("*")]:
                os.lchown(path, NOBODY, NOBODY)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            box.layers.append("unprivileged user")
        else:
            _drop_capabilities()
            box.layers.append("root without capabilities (Python lives in a private folder)")
    os.chdir(box.workdir)
    _limits(box.limits)
    box.layers.append("resource limits")
    return box.layers
