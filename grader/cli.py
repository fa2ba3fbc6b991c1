"""The ``equity-course`` command: a thin layer, each command parses its arguments and calls one function."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from grader.learner.store import HOME_VARIABLE, course_home


def cmd_start(args: argparse.Namespace) -> int:
    """Prepare the learner's course folder and open JupyterLab on the start page."""
    from grader.learner.folder import START_NOTEBOOK, prepare

    print("Preparing your course folder (the first time, making your exercise copies takes a minute) ...")
    prepared = prepare(args.folder or course_home(), self_paced=True)
    print(f"Your course folder: {prepared.folder}")
    if prepared.copied:
        print(f"  added: {', '.join(prepared.copied)}")
    if prepared.kept:
        print(f"  kept your copies of: {', '.join(prepared.kept)}")
    from grader.course.syllabus import course_root

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


def cmd_check_exercise(args: argparse.Namespace) -> int:
    """Grade your own copy of an exercise as a trainer's cohort would, then show your points, the
    model answer and the rubric for your written answer (self-paced learners)."""
    from grader.learner.check_exercise import check_exercises

    print("Grading your copy with the course's grader; this takes a few seconds ...", flush=True)
    results = check_exercises(args.number, args.folder, notebook=args.notebook)
    for result in results:
        print()
        print(result.text(), end="")
    return 0


def cmd_syllabus(args: argparse.Namespace) -> int:
    """Print the course map: modules, minutes and exercise points."""
    from grader.learner.course_map import course_map

    print(course_map())
    return 0


def cmd_takeaway(args: argparse.Namespace) -> int:
    """Write your take-away plan (Markdown and an offline web page) into your course folder."""
    from grader.learner.takeaway import write_takeaway

    print(write_takeaway(args.folder or course_home(), name=args.name).summary())
    return 0


def cmd_worksheets(args: argparse.Namespace) -> int:
    """Write printable worksheets for workshop activities: HTML with print styles, and PDF."""
    from grader.learner.worksheets import write_worksheets

    print(write_worksheets(args.out, paper=args.paper, only=args.only or ()).summary())
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    """Print the stored form of a right answer, for maintainers writing a check."""
    from grader.checks.hashing import digest

    print(digest(args.check_id, args.item, args.value))
    return 0


def cmd_hub_init(args: argparse.Namespace) -> int:
    """Write a JupyterHub config for this cohort (learners from its roster) and make the exchange."""
    from grader.hosting.hub import build_settings, init_hub

    settings = build_settings(
        args.dir, trainers=args.trainer, roster=args.roster, cohort=args.cohort,
        exchange_root=args.exchange, python=args.python, bind_url=args.bind_url, hub_port=args.hub_port,
        proxy_api_port=args.proxy_api_port, spawner=args.spawner, mem_limit=args.mem_limit,
        cpu_limit=args.cpu_limit, cull_idle_seconds=args.cull_idle)
    path = init_hub(settings)
    print(f"Wrote {path}: {len(settings.trainers)} trainer(s), {len(settings.learners)} learners, "
          f"nbgrader's exchange at {settings.exchange_root}.")
    for note in settings.notes:
        print(f"  note: {note}")
    print(f"Start it (as root): {settings.python} -m jupyterhub -f {path}")
    return 0


def cmd_hub_z2jh(args: argparse.Namespace) -> int:
    """Write Zero to JupyterHub (Kubernetes) values for this cohort: users and groups from its roster."""
    from grader.hosting.hub import roster_ids, z2jh_values

    learners = roster_ids(args.roster, args.cohort)
    args.out.write_text(z2jh_values(list(dict.fromkeys(args.trainer)), learners), encoding="utf-8")
    print(f"Wrote {args.out}: {len(args.trainer)} trainer(s), {len(learners)} learners. Set the lines marked "
          "CHANGE (login, image) before `helm upgrade --install`; course/hub/README.md has the steps.")
    return 0


def add_hub_commands(commands: argparse._SubParsersAction) -> None:
    hub = commands.add_parser("hub", help="run the course on a JupyterHub (administrators)",
                              description="Run the course on a JupyterHub: course/hub/README.md explains each step.")
    steps = hub.add_subparsers(dest="step", required=True, metavar="STEP")
    init = steps.add_parser("init", help=cmd_hub_init.__doc__, description=cmd_hub_init.__doc__)
    init.add_argument("dir", type=Path, help="a folder for the hub's config and state, e.g. /srv/equity-hub")
    init.add_argument("--trainer", action="append", required=True, metavar="ID",
                      help="a trainer's user name (repeat for more than one)")
    init.add_argument("--cohort", type=Path, default=None,
                      help="the trainer's cohort workspace: its roster.csv lists the learners, and the formgrader opens it")
    init.add_argument("--roster", type=Path, default=None,
                      help="the roster CSV, if the cohort workspace does not exist yet (ids are user names)")
    init.add_argument("--exchange", type=Path, default=None, help="nbgrader's exchange (default /srv/nbgrader/exchange)")
    init.add_argument("--python", type=Path, default=None,
                      help="the Python with the course installed that users' servers run (default: this one)")
    init.add_argument("--bind-url", default=None, help="where the hub listens (default http://127.0.0.1:8000)")
    init.add_argument("--hub-port", type=int, default=None, help="the hub's internal port (default 8081)")
    init.add_argument("--proxy-api-port", type=int, default=None, help="the proxy's internal API port (default 8001)")
    init.add_argument("--spawner", choices=("local", "systemd"), default=None,
                      help="local processes (default) or systemd units, which enforce the limits")
    init.add_argument("--mem-limit", default=None, help="memory per user, e.g. 2G (enforced by systemd)")
    init.add_argument("--cpu-limit", type=float, default=None, help="CPUs per user, e.g. 1 (enforced by systemd)")
    init.add_argument("--cull-idle", type=int, default=None, metavar="SECONDS",
                      help="stop a server after this long unused (default 3600)")
    init.set_defaults(run=cmd_hub_init)
    z2jh = steps.add_parser("z2jh", help=cmd_hub_z2jh.__doc__, description=cmd_hub_z2jh.__doc__)
    z2jh.add_argument("out", type=Path, help="the values file to write, e.g. values.yaml")
    z2jh.add_argument("--trainer", action="append", required=True, metavar="ID", help="a trainer's user name (repeat for more)")
    z2jh.add_argument("--cohort", type=Path, default=None, help="the cohort workspace (its roster.csv lists the learners)")
    z2jh.add_argument("--roster", type=Path, default=None, help="or the roster CSV itself")
    z2jh.set_defaults(run=cmd_hub_z2jh)


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

    check_ex = commands.add_parser(
        "check-exercise", help=cmd_check_exercise.__doc__, description=cmd_check_exercise.__doc__,
        epilog="Example: equity-course check-exercise 01. A copy your trainer released is graded by "
               "your trainer, so it is not checked here.")
    check_ex.add_argument("number", nargs="+", metavar="NN",
                          help="the exercise's module number, for example 01 (name several to check them together)")
    check_ex.add_argument("--folder", type=Path, default=None,
                          help=f"your course folder (default: ${HOME_VARIABLE} or ~/equity-course)")
    check_ex.add_argument("--notebook", type=Path, default=None,
                          help="check this notebook instead of exercises/exNN/exNN.ipynb in your course folder")
    check_ex.set_defaults(run=cmd_check_exercise)

    syllabus = commands.add_parser("syllabus", help=cmd_syllabus.__doc__, description=cmd_syllabus.__doc__)
    syllabus.set_defaults(run=cmd_syllabus)

    takeaway = commands.add_parser("takeaway", help=cmd_takeaway.__doc__, description=cmd_takeaway.__doc__)
    takeaway.add_argument("--folder", type=Path, default=None,
                          help=f"your course folder (default: ${HOME_VARIABLE} or ~/equity-course)")
    takeaway.add_argument("--name", default="", help="your name, to put on the plan")
    takeaway.set_defaults(run=cmd_takeaway)

    worksheets = commands.add_parser("worksheets", help=cmd_worksheets.__doc__, description=cmd_worksheets.__doc__)
    worksheets.add_argument("--out", type=Path, default=Path("worksheets"),
                            help="the folder to write them to (default: ./worksheets)")
    worksheets.add_argument("--paper", choices=("letter", "a4"), default="letter", help="paper size (default letter)")
    worksheets.add_argument("--only", action="append", metavar="NAME",
                            help="write only this worksheet, e.g. one-to-one-planner (repeat for more)")
    worksheets.set_defaults(run=cmd_worksheets)

    digest = commands.add_parser("digest", help=cmd_digest.__doc__, description=cmd_digest.__doc__)
    digest.add_argument("check_id", help='the check, e.g. "01.spectrum"')
    digest.add_argument("item", help='the item, e.g. "P3", or "choice" for a choice question')
    digest.add_argument("value", help='the right answer, e.g. "4" or "b"')
    digest.set_defaults(run=cmd_digest)

    from grader.cohort.cli import add_cohort_commands

    add_cohort_commands(commands)
    add_hub_commands(commands)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    # nbgrader runs helper programs (alembic) by name; they live beside this Python
    here = str(Path(sys.executable).parent)
    if here not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = os.pathsep.join([here, os.environ.get("PATH", "")])
    args = parser().parse_args(argv)
    from grader.cohort.cli import friendly_errors

    expected: tuple[type[BaseException], ...] = (ValueError, RuntimeError, *friendly_errors())
    try:
        return args.run(args)
    except expected as error:
        where = " ".join(filter(None, [args.command, getattr(args, "step", None)]))
        print(f"equity-course {where}: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
