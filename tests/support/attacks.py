"""Hostile learner code for the confinement tests: each string is what a learner could paste
into an answer cell. They print ``REACHED ...`` when an attack works and ``BLOCKED ...``
when it is stopped, so a test reads the outcome from the graded notebook."""

from __future__ import annotations


def kill_everything(seconds: float = 4.0) -> str:
    """Start a detached process (new session, double fork) that sends SIGKILL to every
    process it can, and do the same from the kernel itself, for a few seconds."""
    return f"""
import os, signal, time
def _kill_all():
    for name in os.listdir('/proc'):
        if name.isdigit() and int(name) not in (os.getpid(), 1):
            try:
                os.kill(int(name), signal.SIGKILL)
            except OSError:
                pass
    try:
        os.kill(-1, signal.SIGKILL)
    except OSError:
        pass
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        _end = time.time() + {seconds} * 3
        while time.time() < _end:
            _kill_all()
            time.sleep(0.02)
    os._exit(0)
_end = time.time() + {seconds}
while time.time() < _end:
    _kill_all()
    time.sleep(0.02)
"""


def read_other_kernels(seconds: float = 4.0) -> str:
    """Read other processes' files through /proc/PID/root and /proc/PID/cwd and print any
    notebook found there."""
    return f"""
import glob, os, time
_seen = set()
_end = time.time() + {seconds}
while time.time() < _end:
    for _base in glob.glob('/proc/[0-9]*/cwd') + glob.glob('/proc/[0-9]*/root/tmp/*/k-*/work'):
        if _base.split('/')[2] == str(os.getpid()):
            continue  # its own folder
        try:
            for _name in os.listdir(_base):
                _path = os.path.join(_base, _name)
                if _name.endswith('.ipynb') and _path not in _seen:
                    _seen.add(_path)
                    print('REACHED', _path, open(_path).read())
        except OSError:
            pass
    time.sleep(0.05)
print('snooped', len(_seen), 'files')
"""


def survive(token: str) -> str:
    """A double-forked child in a new session that replaces itself with ``sleep TOKEN``."""
    return f"""
import os
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.execv('/bin/sleep', ['sleep', {token!r}])
    os._exit(0)
"""


READ_ENVIRONMENT = r"""
import ctypes, os, re
print('ENVIRON', dict(os.environ))
for _path in ('/proc/self/environ', '/proc/1/environ'):
    try:
        print('ENVIRON', _path, open(_path, 'rb').read().replace(b'\0', b' ').decode(errors='replace'))
    except OSError as _error:
        print('BLOCKED', _path, type(_error).__name__)
_found, _scanned = [], 0
for _line in open('/proc/self/maps'):
    _fields = _line.split()
    _start, _stop = (int(x, 16) for x in _fields[0].split('-'))
    _named = _fields[5] if len(_fields) > 5 else ''
    if not _fields[1].startswith('r') or _named.startswith('/') or _named in ('[vvar]', '[vsyscall]', '[vvar_vclock]'):
        continue
    if _stop - _start > 256 * 1024 * 1024:
        continue
    try:
        _chunk = ctypes.string_at(_start, _stop - _start)
    except Exception:
        continue
    _scanned += len(_chunk)
    for _match in re.finditer(rb'[A-Z_]*TOKEN=[^\0\n]{1,80}', _chunk):
        _found.append(_match.group(0))
print('MEMORY scanned', _scanned, 'bytes;', len(_found), 'TOKEN= strings:', sorted(set(_found))[:50])
"""


def undo_mounts(hidden: str) -> str:
    """Try to bring back the hidden folder ``hidden``: unmount, bind, remount read-write,
    and all of it again in a new user namespace."""
    return f"""
import ctypes, os, subprocess
_libc = ctypes.CDLL(None, use_errno=True)
_HIDDEN = {hidden!r}
def _look(label):
    try:
        _names = os.listdir(_HIDDEN)
    except OSError as _error:
        print('BLOCKED', label, type(_error).__name__)
        return
    print('REACHED' if 'gradebook.db' in _names else 'BLOCKED', label, sorted(_names)[:5])
def _try(label, result):
    print('REACHED' if result == 0 else 'BLOCKED', label, os.strerror(ctypes.get_errno()))
_look('before')
_try('umount', _libc.umount2(_HIDDEN.encode(), 2))
_look('after umount')
_try('remount / read-write', _libc.mount(None, b'/', None, 0x20 | 0x1000, None))
try:
    open('/usr/equity-probe', 'w').write('x')
    print('REACHED write to /usr')
except OSError as _error:
    print('BLOCKED write to /usr', type(_error).__name__)
_done = subprocess.run(['mount', '--bind', '/', _HIDDEN], capture_output=True, text=True)
print('REACHED' if _done.returncode == 0 else 'BLOCKED', 'mount --bind', _done.stderr.strip()[:80])
_look('after mount --bind')
_AGAIN = (
    "import ctypes, os\\n"
    "libc = ctypes.CDLL(None, use_errno=True)\\n"
    "if libc.unshare(0x10000000 | 0x00020000) != 0:\\n"
    "    print('BLOCKED unshare again', os.strerror(ctypes.get_errno())); raise SystemExit\\n"
    "print('unshared again')\\n"
    "print('REACHED' if libc.umount2(HIDDEN.encode(), 2) == 0 else 'BLOCKED', 'umount in a new user namespace')\\n"
    "try:\\n"
    "    print('REACHED' if 'gradebook.db' in os.listdir(HIDDEN) else 'BLOCKED', 'after umount in a new user namespace')\\n"
    "except OSError as e:\\n"
    "    print('BLOCKED after umount in a new user namespace', type(e).__name__)\\n"
).replace('HIDDEN', repr(_HIDDEN))
import sys
print(subprocess.run([sys.executable, '-c', _AGAIN], capture_output=True, text=True).stdout)
"""
