"""How long does a self-paced learner wait for `equity-course check-exercise NN`? Median of 3.

    .venv/bin/python benchmarks/check_exercise.py [--exercise 01] [--runs 3]

Makes a temporary course folder with the learner's own exercise copies (the student versions
cached first, as after a learner's first `equity-course start`), solves exercise NN, then
times the whole command as the learner runs it: a new process, grading in a private cohort
workspace with the confined kernel, and the printed result. First run and later runs are
both counted: every run grades from scratch.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import nbformat  # noqa: E402

from grader.course.syllabus import course_root  # noqa: E402
from grader.learner.check_exercise import find_module  # noqa: E402
from grader.learner.exercises import CACHE_VARIABLE, copy_path, place_exercises, released  # noqa: E402
from tests.support.nbgrader_runs import with_solutions  # noqa: E402


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--exercise", default="01")
    options.add_argument("--runs", type=int, default=3)
    args = options.parse_args()
    module = find_module(args.exercise)
    with tempfile.TemporaryDirectory(prefix="bench-check-") as temporary:
        cache, folder = Path(temporary) / "cache", Path(temporary) / "course"
        released(cache=cache)
        place_exercises(folder, cache=cache)
        path = copy_path(folder, module)
        source = nbformat.read(course_root() / module.exercise_notebook, as_version=4)
        nbformat.write(with_solutions(nbformat.read(path, as_version=4), source), path)
        env = dict(os.environ, **{CACHE_VARIABLE: str(cache)})
        command = [str(Path(sys.executable).parent / "equity-course"), "check-exercise", module.id,
                   "--folder", str(folder)]
        seconds = []
        for _ in range(args.runs):
            started = time.monotonic()
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
            seconds.append(time.monotonic() - started)
            if done.returncode != 0 or "Points scored automatically" not in done.stdout:
                raise SystemExit(f"check-exercise failed:\n{done.stdout}\n{done.stderr}")
        print(f"equity-course check-exercise {module.id}: median {statistics.median(seconds):.1f} s "
              f"over {args.runs} runs ({', '.join(f'{s:.1f}' for s in seconds)})")


if __name__ == "__main__":
    main()
