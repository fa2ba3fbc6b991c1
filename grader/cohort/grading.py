"""Grade a whole cohort's submissions of one exercise: in parallel, resumable, unbreakable.

``grade_cohort(workspace, "ex01")`` finds every submission under ``submitted/``, skips
those already graded (the ledger remembers each submission's fingerprint), and grades
the rest with ``CohortAutograde`` in a pool of worker processes that share one fork
server. Every submission ends as *graded* (a score in nbgrader's gradebook) or *failed*
(a named reason); one bad submission never stops the others.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from grader.cohort.sandbox import Confinement, Limits

if TYPE_CHECKING:
    from grader.cohort.forkserver import ForkServer

LEDGER = ".equity-course/grading"


class GradingError(RuntimeError):
    """Grading itself cannot run (no such exercise, no gradebook entry); nothing was graded."""


@dataclass
class Outcome:
    """What happened to one submission."""

    student: str
    status: str  # "graded" | "failed" | "skipped"
    score: float | None = None
    max_score: float | None = None
    reason: str = ""
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    grader_side: bool = False  # failed through no fault of the submission: tried again next time
    repairs: list[str] = field(default_factory=list)  # what was mended before grading


@dataclass
class Summary:
    assignment: str
    outcomes: list[Outcome]
    seconds: float
    jobs: int
    confinement: list[str] = field(default_factory=list)
    unconfined: str = ""  # why kernels ran without namespaces (the trainer accepted the risk)

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def to_retry(self) -> list[Outcome]:
        """Failed on the grader's side (not the learner's): the next ``grade`` tries them again."""
        return [o for o in self.failed if o.grader_side]


# ------------------------------------------------------------------ finding submissions


def fingerprint(folder: Path) -> str:
    """A digest of every file in a submission folder (names and contents)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def expected_notebooks(workspace: Path, assignment: str) -> list[str]:
    source = workspace / "source" / assignment
    return sorted(p.name for p in source.glob("*.ipynb"))


def problem_with(folder: Path, expected: list[str]) -> str:
    """Why a submission folder cannot be graded as it stands, or "" if it can."""
    links = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_symlink())
    if links:
        return (f"the submission contains links to other files ({', '.join(links[:3])}); links are "
                "never followed when grading; ask the learner to submit the notebook itself")
    found = sorted(p.name for p in folder.glob("*.ipynb"))
    if not found:
        files = sorted(p.name for p in folder.iterdir() if p.name != "timestamp.txt") if folder.is_dir() else []
        listing = f" (it holds: {', '.join(files[:5])})" if files else " (it is empty)"
        return f"no notebook in the submission{listing}; ask the learner to submit {', '.join(expected)}"
    missing = [name for name in expected if name not in found]
    if missing and len(missing) == len(expected):
        return (f"wrong file name: found {', '.join(found)}, expected {', '.join(expected)}; "
                "rename the file in the submission folder and grade again")
    return ""


def ledger_path(workspace: Path, assignment: str, student: str) -> Path:
    return workspace / LEDGER / assignment / f"{student}.json"


def read_ledger(workspace: Path, assignment: str, student: str) -> dict | None:
    try:
        return json.loads(ledger_path(workspace, assignment, student).read_text())
    except (OSError, json.JSONDecodeError):
        return None


def write_ledger(workspace: Path, assignment: str, outcome: Outcome, print_: str) -> None:
    path = ledger_path(workspace, assignment, outcome.student)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "w") as out:
        json.dump({"fingerprint": print_, **asdict(outcome)}, out)
    os.replace(temporary, path)


# ------------------------------------------------------------------ the workers

_WORKER: dict = {}


def _worker_start(workspace: str, assignment: str, runtime: str, socket_path: str,
                  confinement: dict, timeout: int | None) -> None:
    """Each worker builds nbgrader's converter once and attaches to the shared fork server."""
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    from grader.cohort import speedups
    from grader.cohort.autograde import CohortAutograde
    from grader.cohort.forkserver import ForkKernelManager, ForkServer

    speedups.apply()

    config = PyFileConfigLoader("nbgrader_config.py", path=workspace).load_config()
    config.CourseDirectory.root = workspace
    if timeout is not None:
        config.Execute.timeout = timeout
    config.Application.log_level = "ERROR"
    coursedir = CourseDirectory(config=config)
    ForkKernelManager.fork_server = ForkServer.attach(Path(runtime), socket_path)
    ForkKernelManager.confinement = Confinement(
        workdir=Path(runtime),
        hide=[Path(p) for p in confinement["hide"]],
        readonly=[Path(p) for p in confinement["readonly"]],
        keep_visible=[Path(p) for p in confinement["keep_visible"]],
        limits=Limits(**confinement["limits"]),
        unconfined_ok=bool(confinement.get("unconfined_ok")),
    )
    converter = CohortAutograde(coursedir=coursedir, lock_path=Path(workspace) / ".gradebook.lock",
                                config=config)
    converter.log.setLevel("ERROR")
    _WORKER.update(converter=converter, workspace=Path(workspace), assignment=assignment)


def _worker_grade(student: str) -> Outcome:
    from nbgrader.api import Gradebook

    from grader.cohort.autograde import file_lock

    converter = _WORKER["converter"]
    workspace: Path = _WORKER["workspace"]
    assignment: str = _WORKER["assignment"]
    started = time.monotonic()
    try:
        notes = converter.grade(assignment, student)
        with file_lock(workspace / ".gradebook.lock"), Gradebook(converter.coursedir.db_url) as gb:
            submission = gb.find_submission(assignment, student)
            score, max_score = float(submission.score), float(submission.max_score)
        return Outcome(student, "graded", score, max_score, notes=notes,
                       seconds=time.monotonic() - started, repairs=list(converter.repairs))
    except Exception as error:  # every failure is named, none stops the batch
        return Outcome(student, "failed", reason=describe(error), seconds=time.monotonic() - started,
                       grader_side=grader_side(error))


GRADER_SIDE_MESSAGES = ("Kernel died before replying to kernel_info", "Kernel didn't respond")


def grader_side(error: BaseException) -> bool:
    """Whether a failure is the grader's, not the submission's: the kernel was lost before any
    of the learner's code ran, or the fork server or a worker was gone. Such an outcome is not
    a verdict on the submission, so it is graded again by the next ``grade``."""
    from grader.cohort.execute import LostBeforeLearnerCode
    from grader.cohort.forkserver import ForkServerError

    if isinstance(error, (ForkServerError, LostBeforeLearnerCode)):
        return True
    return isinstance(error, RuntimeError) and str(error).startswith(GRADER_SIDE_MESSAGES)


def describe(error: BaseException) -> str:
    """A trainer-readable reason for a failed submission."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    name = type(error).__name__
    if name == "NoAnswers":
        return text
    if name in {"NotJSONError", "JSONDecodeError"} or "JSON" in text:
        return f"the notebook file is damaged (not valid JSON): {text[:200]}"
    if name in {"ValidationError", "NBFormatError"}:
        return f"the notebook does not follow the notebook format: {text[:200]}"
    if name in {"SchemaTooOldError", "SchemaTooNewError"} or "schema" in text.lower():
        return ("the notebook's grading cells were altered (their nbgrader details no longer match); "
                f"ask the learner to paste their answers into a fresh copy of the exercise ({text[:120]})")
    return f"{name}: {text[:300]}"


# ------------------------------------------------------------------ the orchestrator


def confinement_for(workspace: Path, config_exchange: Path | None) -> dict:
    """What grading kernels must not see, what they may not change, and their limits."""
    from grader.course.syllabus import course_root

    root = course_root()
    hide = [workspace, root / "exercises", root / "tests", root / ".git", Path.home()]
    if config_exchange is not None:
        hide.append(config_exchange)
    keep = [Path(sys.prefix), Path(sys.base_prefix), root]
    keep += [Path(p) for p in sys.path if p and Path(p).is_dir() and "site-packages" in p]
    return {
        "hide": [str(p) for p in hide],
        "readonly": [str(root)],
        "keep_visible": [str(p) for p in keep],
        "limits": asdict(Limits()),
    }


def _exchange_root(workspace: Path) -> Path | None:
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(workspace)).load_config()
    root = config.get("Exchange", {}).get("root")
    return Path(root) if root else None


def pending(workspace: Path, assignment: str, force: bool = False) -> tuple[list[str], list[Outcome], dict[str, str]]:
    """Submissions to grade now, the outcomes of those already settled, and fingerprints."""
    submitted = workspace / "submitted"
    expected = expected_notebooks(workspace, assignment)
    todo, settled, prints = [], [], {}
    for student_dir in sorted(p for p in submitted.glob("*") if (p / assignment).is_dir()):
        student, folder = student_dir.name, student_dir / assignment
        prints[student] = fingerprint(folder)
        ledger = read_ledger(workspace, assignment, student)
        final = ledger and ledger["status"] in ("graded", "failed") and not ledger.get("grader_side")
        if not force and final and ledger is not None and ledger.get("fingerprint") == prints[student]:
            settled.append(Outcome(**{k: v for k, v in ledger.items() if k != "fingerprint"}))
            continue
        problem = problem_with(folder, expected)
        if problem:
            settled.append(Outcome(student, "failed", reason=problem))
            continue
        todo.append(student)
    return todo, settled, prints


def grade_cohort(
    workspace: Path,
    assignment: str,
    *,
    jobs: int | None = None,
    timeout: int | None = None,
    force: bool = False,
    on_outcome: Callable[[Outcome, int, int], None] | None = None,
    unconfined_ok: bool = False,
) -> Summary:
    """Grade every pending submission of ``assignment``; see the module docstring.

    Before the first kernel, a probe checks that kernels can be confined here; where they
    cannot, this raises ``GradingError`` saying what is missing, unless ``unconfined_ok``
    (the trainer accepted the risk), which the summary then reports.
    """
    workspace = workspace.resolve()
    started = time.monotonic()
    if not (workspace / "source" / assignment).is_dir():
        raise GradingError(f'There is no exercise "{assignment}" in {workspace / "source"}.')
    _require_released(workspace, assignment)
    todo, settled, prints = pending(workspace, assignment, force)
    unconfined = ""
    probe = None
    if todo:
        from grader.cohort.sandbox import NamespaceProbe

        probe = NamespaceProbe()  # runs while the workers' parent and the fork server start
        start_worker_parent()
    from grader.cohort.forkserver import ForkServer, preload_for

    outcomes: list[Outcome] = []
    total = len(todo) + len(settled)
    for outcome in settled:
        if outcome.student in prints and not ledger_matches(workspace, assignment, outcome, prints):
            write_ledger(workspace, assignment, outcome, prints[outcome.student])
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome, len(outcomes), total)
    jobs = jobs or (os.cpu_count() or 1) + 1  # kernels run beside the workers, so one extra keeps the CPUs busy
    layers: list[str] = []
    if todo:
        confinement = confinement_for(workspace, _exchange_root(workspace))
        sources = sorted((workspace / "source" / assignment).glob("*.ipynb"))
        released = sorted((workspace / "release" / assignment).glob("*.ipynb"))
        server = ForkServer(preload=preload_for(sources), rehearse=released).launch()
        try:
            problem = probe.problem() if probe is not None else None
            if problem and not unconfined_ok:
                from grader.cohort.sandbox import refusal

                raise GradingError(refusal(problem))  # before any kernel: the server forks none unasked
            unconfined = problem or ""
            confinement["unconfined_ok"] = bool(unconfined)
            initargs = (str(workspace), assignment, str(server.runtime), server.socket_path,
                        confinement, timeout)
            _run_pool(list(todo), min(jobs, len(todo)), initargs, workspace, assignment,
                      prints, outcomes, total, on_outcome, server=server)
            layers = server.layers()
        finally:
            server.stop()
    outcomes.sort(key=lambda o: o.student)
    return Summary(assignment, outcomes, time.monotonic() - started, jobs, layers, unconfined)


def worker_context():
    """Workers fork from a clean server process that imported nbgrader once (Linux), so
    each worker does not pay nbgrader's second-long import again."""
    main = sys.modules.get("__main__")
    if main is not None and not hasattr(main, "__spec__"):
        main.__spec__ = None  # IPython's stand-in __main__ has none, and multiprocessing reads it
    try:
        context = get_context("forkserver")
    except ValueError:  # pragma: no cover - platforms without fork
        return get_context("spawn")
    context.set_forkserver_preload(["grader.cohort.worker_boot"])
    return context


def start_worker_parent() -> None:
    """Start the process workers fork from now: it spends a second importing nbgrader, which
    then overlaps with starting the kernel fork server instead of following it."""
    context = worker_context()
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        from grader.cohort.forkserver import clean_environment

        saved = dict(os.environ)
        os.environ.clear()  # the workers' parent starts with the allow-listed variables only
        os.environ.update(clean_environment(saved))
        try:
            forkserver.ensure_running()
        finally:
            os.environ.clear()
            os.environ.update(saved)


def _run_pool(queue: list[str], workers: int, initargs: tuple, workspace: Path, assignment: str,
              prints: dict[str, str], outcomes: list[Outcome], total: int,
              on_outcome: Callable[[Outcome, int, int], None] | None, *, broke_before: bool = False,
              server: ForkServer | None = None) -> None:
    """Grade the queue in a pool of worker processes.

    A worker process that dies (the grader itself ran out of memory, say) breaks the whole
    pool. What was unfinished is tried once more in a fresh pool; if that breaks too, each
    remaining submission is graded alone, and one that still breaks its worker is failed
    with a named reason. The batch always finishes.
    """
    from concurrent.futures.process import BrokenProcessPool

    retry: list[str] = []
    alone = len(queue) == 1 and workers == 1
    with ProcessPoolExecutor(max_workers=workers, mp_context=worker_context(),
                             initializer=_worker_start, initargs=initargs) as pool:
        futures = {pool.submit(_worker_grade, student): student for student in queue}
        if server is not None:
            server.wait_ready()
        for future in as_completed(futures):
            student = futures[future]
            try:
                outcome = future.result()
            except BrokenProcessPool:
                if not alone:
                    retry.append(student)
                    continue
                outcome = Outcome(student, "failed", grader_side=True, reason=(
                    "grading this submission stopped the grading process itself (out of memory?); "
                    "open the notebook by hand if it happens again"))
            except Exception as error:
                outcome = Outcome(student, "failed", reason=f"the grading worker stopped: {describe(error)}",
                                  grader_side=True)
            write_ledger(workspace, assignment, outcome, prints[student])
            outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome, len(outcomes), total)
    if not retry:
        return
    if broke_before:
        for student in sorted(retry):
            _run_pool([student], 1, initargs, workspace, assignment, prints, outcomes, total, on_outcome)
    else:
        _run_pool(sorted(retry), min(workers, len(retry)), initargs, workspace, assignment, prints,
                  outcomes, total, on_outcome, broke_before=True)


def ledger_matches(workspace: Path, assignment: str, outcome: Outcome, prints: dict[str, str]) -> bool:
    ledger = read_ledger(workspace, assignment, outcome.student)
    return ledger is not None and ledger.get("fingerprint") == prints.get(outcome.student)


def _require_released(workspace: Path, assignment: str) -> None:
    """The exercise must be in nbgrader's gradebook (read directly: no nbgrader import here)."""
    import sqlite3
    from contextlib import closing

    found = None
    database = workspace / "gradebook.db"
    if database.exists():
        try:
            # read-write, not read-only: after a killed run SQLite must be able to roll back
            # the half-written transaction it finds (a "hot journal") before it can read
            with closing(sqlite3.connect(f"file:{database}?mode=rw", uri=True)) as db:
                found = db.execute("SELECT 1 FROM assignment WHERE name = ?", (assignment,)).fetchone()
        except sqlite3.Error as error:
            raise GradingError(f"The gradebook {database} cannot be read: {error}") from None
    if not found:
        raise GradingError(
            f'"{assignment}" is not in the gradebook yet. Release it first: '
            f"equity-course cohort release {assignment}"
        )


def summary_lines(summary: Summary) -> Iterable[str]:
    """The end-of-run summary as plain lines (the CLI prints these)."""
    graded, failed = summary.count("graded"), summary.count("failed")
    yield (f"{summary.assignment}: {graded} graded, {failed} could not be graded, "
           f"{len(summary.outcomes)} in all, in {summary.seconds:.1f} s with {summary.jobs} workers")
    for outcome in summary.failed:
        if not outcome.grader_side:
            yield f"  not graded  {outcome.student}: {outcome.reason}"
    if summary.to_retry:
        names = ", ".join(o.student for o in summary.to_retry)
        yield (f"  not graded this time, through no fault of the learner ({len(summary.to_retry)}): {names}. "
               "Run the same grade command again to grade them; the others are kept.")
        for outcome in summary.to_retry:
            yield f"    {outcome.student}: {outcome.reason}"
    repaired = [o for o in summary.outcomes if o.repairs]
    if repaired:
        yield (f"  {len(repaired)} notebook{'s were' if len(repaired) > 1 else ' was'} damaged and repaired "
               "before grading (compare with the learner if a score surprises you):")
        for outcome in repaired:
            yield f"  repaired    {outcome.student}: {'; '.join(outcome.repairs)}"
    for outcome in summary.outcomes:
        for note in outcome.notes:
            yield f"  note        {outcome.student}: {note}"
    if summary.confinement:
        yield "kernels ran with: " + "; ".join(summary.confinement)
    if summary.unconfined:
        from grader.cohort.sandbox import UNCONFINED_FLAG

        yield (f"WARNING: kernels ran WITHOUT namespaces, because {UNCONFINED_FLAG} was given "
               f"({summary.unconfined}). Learners' code could see and stop each other's grading "
               "and read what your user can read.")
