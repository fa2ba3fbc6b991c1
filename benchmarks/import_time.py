"""How long do the Python imports take that every Jupyter, nbgrader and course process pays?

    .venv/bin/python benchmarks/import_time.py [RUNS]

Each import runs in a fresh interpreter RUNS times (default 7); the median and the slowest run
are printed, in seconds of wall time. A JupyterLab server, each ``nbgrader`` command, each
``equity-course`` command and each pytest worker pays these once at start; a learner's kernel
pays the course's own (``grader`` with every check registered).

If ``rfc3987_syntax`` is installed (jsonschema's ``format-nongpl`` extra pulls it in from
4.25 on), its import is timed too: that is what ``jsonschema<4.25`` in pyproject.toml avoids,
since older releases never import it.
"""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys

IMPORTS = {
    "nbformat": "import nbformat",
    "jupyter_server": "import jupyter_server.serverapp",
    "nbgrader": "import nbgrader.apps.api",
    "grader (a kernel's first check)": "from grader import check; check('01.trust', 'a')",
}


def seconds(code: str) -> float:
    timer = f"import time; began = time.perf_counter(); {code}; print(time.perf_counter() - began)"
    done = subprocess.run([sys.executable, "-c", timer], capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    imports = dict(IMPORTS)
    if importlib.util.find_spec("rfc3987_syntax") is not None:
        imports["rfc3987_syntax (avoided)"] = "import rfc3987_syntax"
    print(f"{'import':36} {'median':>8} {'slowest':>8}   ({runs} fresh interpreters each)")
    for name, code in imports.items():
        times = [seconds(code) for _ in range(runs)]
        print(f"{name:36} {statistics.median(times):7.2f}s {max(times):7.2f}s")


if __name__ == "__main__":
    main()
