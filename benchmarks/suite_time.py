"""How long does ``make test``'s pytest run take, and where does the time go?

    .venv/bin/python benchmarks/suite_time.py [PYTEST ARGS ...]

Runs what ``make test`` runs (``pytest -n 2 --dist loadfile --nbval-lax tests modules exercises
course``; other arguments replace the paths) with ``--durations=0``, then prints the wall time,
the CPU time of pytest and everything it started, the sum of setup, call and teardown times
over all tests, and the files that took longest. On a machine others share, the wall time
follows their load; the CPU time and the per-file sums change much less, so compare those.
"""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMAND = [sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadfile", "--nbval-lax", "-p", "no:cacheprovider",
           "-q", "--durations=0", "--durations-min=0"]
PATHS = ["tests", "modules", "exercises", "course"]
DURATION = re.compile(r"^(\d+\.\d+)s (setup|call|teardown)\s+(\S+?)(?:::|$)")


def main() -> None:
    paths = sys.argv[1:] or PATHS
    began = time.monotonic()
    done = subprocess.run([*COMMAND, *paths], cwd=ROOT, capture_output=True, text=True)
    wall = time.monotonic() - began
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    phases: dict[str, float] = defaultdict(float)
    files: dict[str, float] = defaultdict(float)
    for line in done.stdout.splitlines():
        found = DURATION.match(line)
        if found:
            seconds, phase, path = float(found[1]), found[2], found[3]
            phases[phase] += seconds
            files[path] += seconds
    print(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-2000:])
    for line in done.stdout.splitlines():  # pytest's short summary (-ra): what failed, and why
        if line.startswith(("FAILED ", "ERROR ")):
            print(f"  {line[:300]}")
    print(f"wall time: {wall:.0f} s; CPU time of pytest and its children: "
          f"{usage.ru_utime + usage.ru_stime:.0f} s")
    print("sum over tests: " + ", ".join(f"{phase} {phases[phase]:.0f} s" for phase in ("setup", "call", "teardown"))
          + f", in all {sum(phases.values()):.0f} s")
    print("slowest files (setup + call + teardown):")
    for path, seconds in sorted(files.items(), key=lambda item: -item[1])[:25]:
        print(f"  {seconds:7.1f} s  {path}")
    sys.exit(done.returncode)


if __name__ == "__main__":
    main()
