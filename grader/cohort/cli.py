"""``equity-course cohort ...``: the trainer's commands, each a thin call into ``grader.cohort``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from grader.cohort.course import CohortError, find_workspace, require_assignment


def _workspace(args: argparse.Namespace) -> Path:
    return find_workspace(args.cohort or Path.cwd())


def cmd_init(args: argparse.Namespace) -> int:
    """Create a cohort workspace (outside the repository) with the learners from a roster CSV."""
    from grader.cohort.workspace import init_cohort

    learners = init_cohort(args.dir, args.roster, exchange_root=args.exchange)
    print(f"Created cohort {args.dir.resolve()} with {len(learners)} learners.")
    print(f"Next: cd {args.dir} && equity-course cohort release 01")
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    """Generate the student version of an exercise and release it to the learners."""
    from grader.cohort.course import release

    workspace = _workspace(args)
    assignment = require_assignment(workspace, args.exercise)
    release(workspace, assignment)
    print(f"Released {assignment}: learners can fetch it now (student version: "
          f"{workspace / 'release' / assignment}).")
    return 0


def cmd_collect(args: argparse.Namespace) -> int:
    """Collect submissions from nbgrader's exchange, or from an LMS download (--zip)."""
    from grader.cohort.course import collect
    from grader.cohort.lms import collect_zip
    from grader.cohort.roster import read_roster

    workspace = _workspace(args)
    assignment = require_assignment(workspace, args.exercise)
    if args.zip is None:
        collect(workspace, assignment)
        count = sum(1 for p in (workspace / "submitted").glob(f"*/{assignment}") if p.is_dir())
        print(f"Collected {assignment}: {count} submissions in {workspace / 'submitted'}.")
        return 0
    ids = [learner.id for learner in read_roster(workspace / "roster.csv")]
    result = collect_zip(workspace, assignment, args.zip, ids)
    print(f"Collected {len(result.collected)} submissions of {assignment} from {args.zip.name}.")
    for line in result.archived + result.problems:
        print(f"  {line}")
    return 0


def cmd_grade(args: argparse.Namespace) -> int:
    """Autograde every new submission: in parallel, resumable, one failure never stops the rest."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from grader.cohort.grading import grade_cohort, summary_lines

    workspace = _workspace(args)
    assignment = require_assignment(workspace, args.exercise)
    columns = (TextColumn("grading {task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, transient=False) as progress:
        task = progress.add_task(assignment, total=None)

        def advance(outcome, done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        summary = grade_cohort(workspace, assignment, jobs=args.jobs, timeout=args.timeout,
                               force=args.force, on_outcome=advance,
                               unconfined_ok=args.unconfined_i_accept_the_risk)
    for line in summary_lines(summary):
        print(line)
    return 0


def cmd_feedback(args: argparse.Namespace) -> int:
    """Write safe feedback for every graded learner and release it to them."""
    from grader.cohort.course import generate_feedback, release_feedback

    workspace = _workspace(args)
    assignment = require_assignment(workspace, args.exercise)
    written = generate_feedback(workspace, assignment)
    print(f"Feedback for {assignment}: written for {len(written)} learners in {workspace / 'feedback'}.")
    if not args.no_release:
        released, by_hand = release_feedback(workspace, assignment)
        print(f"  released through nbgrader's exchange: {len(released)}")
        if by_hand:
            print(f"  to hand back through your LMS (they did not submit through the exchange): "
                  f"{', '.join(by_hand)}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write grades as CSV for a learning management system: a row per learner, a column per exercise."""
    from grader.cohort.export import export_csv
    from grader.cohort.results import read_results

    workspace = _workspace(args)
    path = export_csv(read_results(workspace), args.out or workspace / "grades.csv")
    print(f"Wrote {path}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """Show who submitted and who is graded, for every exercise."""
    from rich.console import Console
    from rich.table import Table

    from grader.cohort.export import status_rows
    from grader.cohort.results import read_results

    results = read_results(_workspace(args))
    table = Table("learner", *results.assignments, title="Cohort status")
    for row in status_rows(results):
        table.add_row(*row)
    Console(width=max(100, 22 * (len(results.assignments) + 1))).print(table)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write an offline HTML dashboard of the cohort to project in the room."""
    from grader.cohort.report import write_report
    from grader.cohort.results import read_results

    workspace = _workspace(args)
    path = write_report(read_results(workspace), args.out or workspace / "report.html", workspace.name)
    print(f"Wrote {path} (opens offline in any browser)")
    return 0


def add_cohort_commands(commands: argparse._SubParsersAction) -> None:
    cohort = commands.add_parser("cohort", help="run the course for a cohort (trainers)",
                                 description="Run the course for a cohort: one command per step.")
    steps = cohort.add_subparsers(dest="step", required=True, metavar="STEP")

    def step(name, run, configure=None, exercise=True):
        parser = steps.add_parser(name, help=run.__doc__, description=run.__doc__)
        if name != "init":
            parser.add_argument("--cohort", type=Path, default=None,
                                help="the cohort workspace (default: the one you are in)")
        if exercise:
            parser.add_argument("exercise", help='the exercise: a module number such as 01, or "ex01"')
        if configure:
            configure(parser)
        parser.set_defaults(run=run)

    def init_args(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("dir", type=Path, help="a new folder for the cohort, outside the course repository")
        parser.add_argument("--roster", type=Path, required=True, help="CSV with columns id,first_name,last_name,email")
        parser.add_argument("--exchange", type=Path, default=None,
                            help="nbgrader exchange folder (default: DIR/exchange; on a hub, the shared one)")

    def collect_args(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--zip", type=Path, default=None, help="an LMS download of submissions (.zip)")

    def grade_args(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--jobs", type=int, default=None, help="submissions graded at once (default: CPUs + 1)")
        parser.add_argument("--timeout", type=int, default=None, help="seconds a cell may run (default 60)")
        parser.add_argument("--force", action="store_true", help="grade again even what was graded before")
        parser.add_argument("--unconfined-i-accept-the-risk", action="store_true",
                            help="where this machine cannot confine grading kernels (no namespaces), "
                                 "grade anyway, with only limits and an unprivileged user; the summary says so")

    def feedback_args(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--no-release", action="store_true", help="write feedback but do not release it")

    def out_args(default: str):
        def configure(parser: argparse.ArgumentParser) -> None:
            parser.add_argument("--out", type=Path, default=None, help=f"where to write (default: COHORT/{default})")
        return configure

    step("init", cmd_init, init_args, exercise=False)
    step("release", cmd_release)
    step("collect", cmd_collect, collect_args)
    step("grade", cmd_grade, grade_args)
    step("feedback", cmd_feedback, feedback_args)
    step("export", cmd_export, out_args("grades.csv"), exercise=False)
    step("status", cmd_status, exercise=False)
    step("report", cmd_report, out_args("report.html"), exercise=False)


ERRORS = (CohortError,)


def friendly_errors() -> tuple[type[BaseException], ...]:
    from grader.cohort.grading import GradingError
    from grader.cohort.roster import RosterError
    from grader.cohort.workspace import WorkspaceError

    return (CohortError, GradingError, RosterError, WorkspaceError, FileNotFoundError)


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use: equity-course cohort ...")
