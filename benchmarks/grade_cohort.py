"""Grade 60 submissions of exercise 01 with stock nbgrader and with `equity-course cohort grade`.

    .venv/bin/python benchmarks/grade_cohort.py [--learners 60] [--jobs N] [--rounds 3]

Both graders get a fresh copy of the same cohort (correct, partly right, blank and
wrong-typed answers; no time-outs) in every round, taking turns so that a machine that
speeds up or slows down during the run affects both alike. The script checks that every
learner's score is identical in every round, measures the kernel start-up floor (a fresh
kernel started and stopped with jupyter_client), and prints each round's times and the
medians; its last line is `speedup: X.XX`, the ratio of the median times.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader.cohort.workspace import create_workspace  # noqa: E402
from tests.support.nbgrader_runs import with_solutions  # noqa: E402
from tests.support.submissions import HONEST, answered  # noqa: E402

SPECTRUM_VARIANTS = [
    '{"E1": "Consult", "E2": "Defer To", "E3": "Inform", "E4": "Collaborate", "E5": "Involve", "E6": "Ignore"}',
    '{"E1": "Consult", "E2": "Collaborate", "E3": "Inform", "E4": "Collaborate", "E5": "Consult", "E6": "Ignore"}',
    '{"E1": "Inform", "E2": "Collaborate", "E3": "Consult", "E4": "Involve", "E5": "Consult", "E6": "Inform"}',
    '"Consult"',  # wrong type
]
RANKING_VARIANTS = [
    HONEST["ranking-answer"],
    "ranked = 5",  # wrong type
    'ranked = agencies[["agency"]].assign(active_campaigns=1)',
]
PLAN_VARIANTS = [
    HONEST["plan-answer"],
    'plan = {"partner": 3}',  # wrong type
    'plan = OneToOnePlan(partner="Ana", purpose="To listen", minutes=40)',
]


def build(folder: Path, learners: int) -> Path:
    workspace = create_workspace(folder, assignments=["ex01"])
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    subprocess.run([sys.executable, "-m", "nbgrader", "generate_assignment", "ex01", "--force"],
                   cwd=workspace, env=env, check=True, capture_output=True)
    release = nbformat.read(workspace / "release" / "ex01" / "ex01.ipynb", as_version=4)
    source = nbformat.read(ROOT / "exercises" / "ex01" / "ex01.ipynb", as_version=4)
    for index in range(learners):
        kind = index % 4
        if kind == 0:
            notebook = with_solutions(nbformat.read(workspace / "release" / "ex01" / "ex01.ipynb", as_version=4), source)
        elif kind == 1:
            notebook = release
        else:
            notebook = answered(release, {
                "spectrum-answer": "placements = " + SPECTRUM_VARIANTS[index % len(SPECTRUM_VARIANTS)],
                "ranking-answer": RANKING_VARIANTS[index % len(RANKING_VARIANTS)],
                "plan-answer": PLAN_VARIANTS[index % len(PLAN_VARIANTS)],
            })
        folder_ = workspace / "submitted" / f"learner{index:03d}" / "ex01"
        folder_.mkdir(parents=True)
        nbformat.write(notebook, folder_ / "ex01.ipynb")
    return workspace


def copy_of(cohort: Path, folder: Path) -> Path:
    """A fresh copy of the cohort workspace, its configuration pointing at the copy."""
    shutil.copytree(cohort, folder, symlinks=True)
    config = (folder / "nbgrader_config.py").read_text().replace(str(cohort), str(folder))
    (folder / "nbgrader_config.py").write_text(config)
    return folder


def scores(workspace: Path) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{workspace / 'gradebook.db'}") as gradebook:
        return {s.student.id: round(float(s.code_score), 2) for s in gradebook.assignment_submissions("ex01")}


def timed(command: list[str], cwd: Path) -> float:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return elapsed


def kernel_floor(samples: int = 10) -> float:
    """Median seconds to start a fresh python3 kernel, get its info, and stop it."""
    from jupyter_client.manager import start_new_kernel

    times = []
    for _ in range(samples):
        started = time.perf_counter()
        manager, client = start_new_kernel(kernel_name="python3")
        client.stop_channels()
        manager.shutdown_kernel(now=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=60)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=3, help="times each grader runs (medians are quoted)")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="grade-bench-"))
    try:
        print(f"building a cohort of {args.learners} submissions of ex01 ...", flush=True)
        cohort = build(base / "cohort", args.learners)
        command = [sys.executable, "-m", "grader.cli", "cohort", "grade", "ex01"]
        if args.jobs:
            command += ["--jobs", str(args.jobs)]
        floor = kernel_floor()
        stock_times, our_times, distinct = [], [], set()
        for round_ in range(1, args.rounds + 1):
            stock_ws, ours_ws = copy_of(cohort, base / f"stock{round_}"), copy_of(cohort, base / f"ours{round_}")
            stock_times.append(timed([sys.executable, "-m", "nbgrader", "autograde", "ex01", "--force"], stock_ws))
            our_times.append(timed([*command, "--cohort", str(ours_ws)], ours_ws))
            stock_scores, our_scores = scores(stock_ws), scores(ours_ws)
            assert len(stock_scores) == args.learners, f"stock graded {len(stock_scores)}"
            differ = {k: (v, our_scores.get(k)) for k, v in stock_scores.items() if v != our_scores.get(k)}
            assert not differ, f"scores differ: {differ}"
            distinct |= set(stock_scores.values())
            print(f"round {round_}: stock {stock_times[-1]:6.2f} s, ours {our_times[-1]:5.2f} s, "
                  f"ratio {stock_times[-1] / our_times[-1]:.2f}", flush=True)
            shutil.rmtree(stock_ws)
            shutil.rmtree(ours_ws)
        n, stock, ours = args.learners, statistics.median(stock_times), statistics.median(our_times)
        print(f"cores: {os.cpu_count()}; learners: {n}; rounds: {args.rounds}; identical scores: yes "
              f"(distinct scores: {sorted(distinct)})")
        print(f"kernel start floor (fresh kernel start+stop, median of 10): {floor:.3f} s")
        print(f"stock nbgrader autograde, median:   {stock:7.2f} s  ({stock / n:.3f} s per submission)")
        print(f"equity-course cohort grade, median: {ours:7.2f} s  ({ours / n:.3f} s per submission, "
              f"{(ours / n) / floor:.2f} x the kernel start floor)")
        print(f"speedup: {stock / ours:.2f}")
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
