"""The ``equity-course`` command: a thin layer, each command parses its arguments and calls one function."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from grader.store import HOME_VARIABLE, course_home


def cmd_start(args: argparse.Namespace) -> int:
    """Prepare the learner's course folder and open JupyterLab on the start page."""
    from grader.learner_folder import START_NOTEBOOK, prepare

    prepared = prepare(args.folder or course_home())
    print(f"Your course folder: {prepared.folder}")
    if prepared.copied:
        print(f"  added: {', '.join(prepared.copied)}")
    if prepared.kept:
        print(f"  kept your copies of: {', '.join(prepared.kept)}")
    from grader.syllabus import course_root

    command = [
        sys.executable, "-m", "jupyter", "lab",
        f"--config={course_root() / 'course' / 'jupyter_lab_config.py'}",
        f"--ServerApp.root_dir={prepared.folder}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        print("  running as root (as in a container): JupyterLab is started with --allow-root")
        command.append("--allow-root")
    if args.no_browser:
        command.append("--no-browser")
    if args.port:
        command.append(f"--port={args.port}")
    command.append(START_NOTEBOOK)
    env = dict(os.environ, **{HOME_VARIABLE: str(prepared.folder)})
    os.chdir(prepared.folder)
    os.execve(sys.executable, command, env)
    return 0  # not reached: JupyterLab replaces this process


def cmd_syllabus(args: argparse.Namespace) -> int:
    """Print the course map: modules, minutes and exercise points."""
    from grader.course_map import course_map

    print(course_map())
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    """Print the stored form of a right answer, for maintainers writing a check."""
    from grader.checks.hashing import digest

    print(digest(args.check_id, args.item, args.value))
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="equity-course",
        description="Strategic Practices for Health Equity: take the course, or run it for a cohort.",
    )
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    start = commands.add_parser("start", help=cmd_start.__doc__, description=cmd_start.__doc__)
    start.add_argument("--folder", type=Path, default=None,
                       help=f"your course folder (default: ${HOME_VARIABLE} or ~/equity-course)")
    start.add_argument("--no-browser", action="store_true", help="do not open a browser window")
    start.add_argument("--port", type=int, default=None, help="port for JupyterLab (default 8888)")
    start.set_defaults(run=cmd_start)

    syllabus = commands.add_parser("syllabus", help=cmd_syllabus.__doc__, description=cmd_syllabus.__doc__)
    syllabus.set_defaults(run=cmd_syllabus)

    digest = commands.add_parser("digest", help=cmd_digest.__doc__, description=cmd_digest.__doc__)
    digest.add_argument("check_id", help='the check, e.g. "01.spectrum"')
    digest.add_argument("item", help='the item, e.g. "P3", or "choice" for a choice question')
    digest.add_argument("value", help='the right answer, e.g. "4" or "b"')
    digest.set_defaults(run=cmd_digest)

    from grader.cohort.cli import add_cohort_commands

    add_cohort_commands(commands)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    # nbgrader runs helper programs (alembic) by name; they live beside this Python
    here = str(Path(sys.executable).parent)
    if here not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = os.pathsep.join([here, os.environ.get("PATH", "")])
    args = parser().parse_args(argv)
    from grader.cohort.cli import friendly_errors

    try:
        return args.run(args)
    except (ValueError, RuntimeError, *friendly_errors()) as error:
        where = " ".join(filter(None, [args.command, getattr(args, "step", None)]))
        print(f"equity-course {where}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
