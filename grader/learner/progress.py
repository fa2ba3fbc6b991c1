"""The learner's progress: which practice checks they have tried and passed, module by module.

Every practice check (``check("NN.name", ...)`` in a module, or a widget's Check or Review
button) adds an attempt to ``progress.json`` in the learner's own store, and remembers
whether it has ever passed. Exercise checks (``exNN.*``) are not counted here: the trainer
grades those. Inside a notebook kernel ``grader.learner.kernel`` subscribes ``record_practice`` to
the check registry's listeners; widgets also report their results through ``record``, and a
result reported twice is counted once.

A module's status:

- **done**: every practice check of the module has passed at least once;
- **in progress**: at least one of them has been tried;
- **not started**: none tried yet (also any module with no practice checks).

The **core path** (``[modules.core]`` in the syllabus) is a 5-6 hour route through the course:
a module's core is done when every practice check of its core sections has held up. Once the
core of every module is done, or every module is done (the **full course**),
``certificate("Your name")`` writes a completion certificate that says which path it was.
The learner's self-assessments (``grader.learner.self_assessment``) come with the progress, so
the certificate and the course map show them beside each module.
The store survives kernel and JupyterLab restarts (it is a file); a damaged progress file is
moved aside by the store and reported here, never silently dropped.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from grader.checks.feedback import Feedback, Shown
from grader.course.syllabus import Module, Syllabus, load_syllabus
from grader.domain.self_assessment import change_in_words
from grader.learner.folder import notebook_link
from grader.learner.self_assessment import ModuleRatings, all_ratings
from grader.learner.store import LearnerStore, course_home

PROGRESS = "progress"
FULL_COURSE = "the full course"
CORE_PATH = "the core path"
CERTIFICATE_FILE = "certificate.html"
BAR_WIDTH = 20


class ModuleStatus(Enum):
    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    DONE = "done"

    @property
    def symbol(self) -> str:
        """A shape beside the words, so status never rests on color alone."""
        return {"not started": "○", "in progress": "◐", "done": "✓"}[self.value]

    @property
    def label(self) -> str:
        return f"{self.symbol} {self.value}"


def practice_checks(module_id: str) -> tuple[str, ...]:
    """The ids of a module's practice checks (``NN.name``, not graded), in order."""
    from grader.checks import known_checks, spec

    return tuple(c for c in known_checks() if c.startswith(f"{module_id}.") and not spec(c).graded)


def is_practice(check_id: str) -> bool:
    from grader.checks import known_checks, spec

    return check_id in known_checks() and not spec(check_id).graded


@dataclass(frozen=True)
class ModuleProgress:
    module: Module
    checks: tuple[str, ...]
    passed: tuple[str, ...]
    attempts: int
    core_checks: tuple[str, ...] = ()

    @property
    def core_passed(self) -> tuple[str, ...]:
        return tuple(c for c in self.core_checks if c in self.passed)

    @property
    def core_done(self) -> bool:
        """Every practice check of the module's core sections has held up (or the whole module is done)."""
        if not self.core_checks:
            return self.status is ModuleStatus.DONE
        return len(self.core_passed) == len(self.core_checks)

    @property
    def core_label(self) -> str:
        if self.core_done:
            return "✓ core done"
        return f"{len(self.core_passed)} of {len(self.core_checks)} core checks"

    @property
    def status(self) -> ModuleStatus:
        if self.checks and len(self.passed) == len(self.checks):
            return ModuleStatus.DONE
        if self.attempts:
            return ModuleStatus.IN_PROGRESS
        return ModuleStatus.NOT_STARTED

    @property
    def still_to_pass(self) -> tuple[str, ...]:
        return tuple(c for c in self.checks if c not in self.passed)


@dataclass(frozen=True)
class CourseProgress:
    """Progress in every module of the syllabus, and any problem reading the saved file."""

    title: str
    modules: tuple[ModuleProgress, ...]
    problems: tuple[str, ...] = ()
    self_assessment: tuple[ModuleRatings, ...] = ()
    scale_levels: int = 4

    def of(self, module_id: str) -> ModuleProgress:
        for entry in self.modules:
            if entry.module.id == module_id:
                return entry
        raise KeyError(f'There is no module "{module_id}" in the syllabus.')

    @property
    def checks_total(self) -> int:
        return sum(len(m.checks) for m in self.modules)

    @property
    def checks_passed(self) -> int:
        return sum(len(m.passed) for m in self.modules)

    @property
    def modules_done(self) -> int:
        return sum(m.status is ModuleStatus.DONE for m in self.modules)

    @property
    def complete(self) -> bool:
        """Every module done: the full course."""
        return bool(self.modules) and self.modules_done == len(self.modules)

    @property
    def core_checks_total(self) -> int:
        return sum(len(m.core_checks) for m in self.modules)

    @property
    def core_checks_passed(self) -> int:
        return sum(len(m.core_passed) for m in self.modules)

    @property
    def core_complete(self) -> bool:
        """The core of every module done: the core path."""
        return bool(self.modules) and all(m.core_done for m in self.modules)

    @property
    def path_completed(self) -> str:
        """Which path is complete ("the full course", "the core path"), or "" for neither yet."""
        if self.complete:
            return FULL_COURSE
        return CORE_PATH if self.core_complete else ""

    @property
    def core_minutes(self) -> int:
        return sum(m.module.core.minutes for m in self.modules)

    def ratings_of(self, module_id: str) -> ModuleRatings | None:
        return next((r for r in self.self_assessment if r.module.id == module_id), None)

    def self_assessment_in_words(self, module_id: str) -> str:
        ratings = self.ratings_of(module_id)
        if ratings is None:
            return "not rated yet"
        return change_in_words(ratings.start, ratings.end, self.scale_levels)


def load_progress(store: LearnerStore | None = None, syllabus: Syllabus | None = None) -> CourseProgress:
    """Read the saved progress and measure it against the syllabus's modules."""
    store = store or LearnerStore.default()
    syllabus = syllabus or load_syllabus()
    table, message = store.load_progress()
    problems = [message] if message else []
    aside = [p.name for p in store.set_aside(PROGRESS) if p.name not in message]
    if aside:
        problems.append(
            f"An earlier progress file could not be read and was moved aside ({', '.join(aside)} in "
            f"{store.root}); nothing was deleted, and progress since then is counted afresh."
        )
    modules = []
    for module in sorted(syllabus.modules, key=lambda m: m.id):
        checks = practice_checks(module.id)
        passed = tuple(c for c in checks if table.get(c, {}).get("passed") is True)
        attempts = sum(int(table.get(c, {}).get("attempts", 0)) for c in checks)
        modules.append(ModuleProgress(module, checks, passed, attempts, module.core.checks))
    ratings = all_ratings(store, syllabus)
    problems += [problem for entry in ratings for problem in entry.problems]
    return CourseProgress(syllabus.title, tuple(modules), tuple(problems), ratings,
                          len(syllabus.self_assessment.levels))


# ---- recording ----

_LAST: tuple[Feedback, Path] | None = None


def record(feedback: Feedback, store: LearnerStore | None = None) -> str:
    """Count one checked answer (once, however many callers report it); a message if the file was damaged.

    An answer that could not be checked (empty, wrong form) is not an attempt.
    """
    global _LAST
    if feedback.problem is not None:
        return ""
    store = store or LearnerStore.default()
    if _LAST is not None and _LAST[0] is feedback and _LAST[1] == store.root:
        return ""
    _LAST = (feedback, store.root)
    return store.record_attempt(feedback.check_id, feedback.passed)


def record_practice(feedback: Feedback) -> None:
    """The listener: record practice checks in the learner's default store."""
    if feedback.problem is None and is_practice(feedback.check_id):
        message = record(feedback)
        if message:
            print(message)


# ---- showing ----

def text_bar(done: int, total: int, width: int = BAR_WIDTH) -> str:
    share = done / total if total else 0.0
    filled = round(share * width)
    return f"[{'#' * filled}{'-' * (width - filled)}] {share:.0%}"


def _summary(course: CourseProgress) -> str:
    return (f"{course.checks_passed} of {course.checks_total} practice checks passed, "
            f"{course.modules_done} of {len(course.modules)} modules done")


def _core_summary(course: CourseProgress) -> str:
    done = sum(m.core_done for m in course.modules)
    return (f"Core path (about {course.core_minutes / 60:.1f} hours): {course.core_checks_passed} of "
            f"{course.core_checks_total} core practice checks passed, the core of {done} of "
            f"{len(course.modules)} modules done")


def _next_step(course: CourseProgress) -> str:
    if course.complete:
        return 'Every module is done: the full course. Write your certificate with certificate("Your name").'
    if course.core_complete:
        return ('You have finished the core path. Write your certificate with certificate("Your name"), or '
                "go on with the deep dives: finish every module and the certificate says the full course.")
    return ("A module is done when every practice check in it has held up at least once; its core is done "
            "when the checks of its core sections have. When the core of every module is done (the core "
            "path) or every module is done (the full course), certificate(\"Your name\") writes your "
            "certificate.")


def progress_text(course: CourseProgress) -> str:
    lines = [f"Your progress: {text_bar(course.checks_passed, course.checks_total)}", _summary(course),
             _core_summary(course)]
    lines += [f"Note: {problem}" for problem in course.problems]
    for entry in course.modules:
        lines.append(f"  {entry.module.id}  {entry.status.label:<14} {len(entry.passed)} of "
                     f"{len(entry.checks)} checks, {entry.core_label}, {entry.attempts} attempts  "
                     f"{entry.module.title}")
    lines.append(_next_step(course))
    return "\n".join(lines)


def bar_html(course: CourseProgress) -> str:
    """A native progress bar with its numbers in words beside it (a label, never color alone)."""
    summary = html.escape(_summary(course))
    return (
        f'<p style="margin:0.3em 0"><label><strong>Practice checks passed:</strong> '
        f'<progress max="{max(course.checks_total, 1)}" value="{course.checks_passed}" '
        f'style="width:16em;vertical-align:middle"></progress></label> {summary}</p>'
        f'<p style="margin:0.3em 0"><label><strong>Core path checks passed:</strong> '
        f'<progress max="{max(course.core_checks_total, 1)}" value="{course.core_checks_passed}" '
        f'style="width:16em;vertical-align:middle"></progress></label> {html.escape(_core_summary(course))}</p>'
    )


def progress_html(course: CourseProgress) -> str:
    esc = html.escape
    rows = []
    for entry in course.modules:
        left = ", ".join(_title(c) for c in entry.still_to_pass) if entry.attempts else ""
        rows.append(
            f'<tr><th scope="row">{esc(entry.module.id)}</th><td style="text-align:left">'
            f"{esc(entry.module.title)}</td><td>{esc(entry.status.label)}</td>"
            f"<td>{len(entry.passed)} of {len(entry.checks)}</td><td>{esc(entry.core_label)}</td>"
            f"<td>{entry.attempts}</td>"
            f'<td style="text-align:left">{esc(left)}</td></tr>'
        )
    head = "".join(f'<th scope="col">{h}</th>' for h in
                   ("#", "module", "status", "checks passed", "core path", "attempts", "still to pass"))
    problems = "".join(f'<p role="status"><strong>Note:</strong> {esc(p)}</p>' for p in course.problems)
    return (
        f'<div class="equity-progress">{problems}{bar_html(course)}'
        f"<table><caption>Your progress in {esc(course.title)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table><p>{esc(_next_step(course))}</p></div>"
    )


def _title(check_id: str) -> str:
    from grader.checks import spec

    return spec(check_id).title


def progress(store: LearnerStore | None = None) -> Shown:
    """Your progress: a bar and a table of modules with their status."""
    course = load_progress(store)
    return Shown(progress_text(course), progress_html(course))


# ---- the certificate ----

def certificate_html(name: str, course: CourseProgress, date: dt.date) -> str:
    """A self-contained certificate page: the learner's name, the path completed, the modules, the
    learner's self-assessment before and after each module, the date."""
    esc = html.escape
    full = course.path_completed != CORE_PATH
    minutes = sum(entry.module.minutes for entry in course.modules) if full else course.core_minutes
    items = "".join(
        f"<li>{esc(entry.module.id)}. {esc(entry.module.title)} "
        f"({entry.module.minutes if full else entry.module.core.minutes} minutes"
        f"{'' if full else ' of core sections and exercise parts'}; your confidence: "
        f"{esc(course.self_assessment_in_words(entry.module.id))})</li>"
        for entry in course.modules
    )
    if full:
        what = (f"completed every module of the full self-paced course <strong>{esc(course.title)}</strong>\n"
                f"({len(course.modules)} modules, about {minutes / 60:.1f} hours), passing every practice check:")
    else:
        what = (f"completed the core path of the self-paced course <strong>{esc(course.title)}</strong>\n"
                f"(the core sections of its {len(course.modules)} modules, about {minutes / 60:.1f} hours), "
                "passing every core practice check:")
    path = FULL_COURSE if full else CORE_PATH
    when = f"{date.day} {date.strftime('%B %Y')}"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Certificate of completion: {esc(course.title)}</title>
<style>
body {{ font-family: Georgia, 'Times New Roman', serif; color: #1a1a1a; background: #fff; margin: 0; }}
main {{ max-width: 46em; margin: 2em auto; padding: 2em 3em; border: 6px double #1a1a1a; }}
h1 {{ font-size: 1.6em; margin-top: 0; }} .name {{ font-size: 2em; margin: 0.4em 0; }}
</style></head>
<body><main>
<h1>Certificate of completion</h1>
<p>This certifies that</p>
<p class="name"><strong>{esc(name)}</strong></p>
<p>{what}</p>
<p class="path">Path completed: <strong>{esc(path)}</strong></p>
<ol>{items}</ol>
<p>Your confidence is your own rating of each module's learning objectives, at its start and at its
end, on average on a scale of 1 to {course.scale_levels}.</p>
<p>Date: <time datetime="{date.isoformat()}">{esc(when)}</time></p>
<p><small>The course follows the strategic practices of the Health Equity Guide by Human Impact
Partners. This certificate records self-paced practice; it is not issued by Human Impact
Partners.</small></p>
</main></body></html>
"""


def write_certificate(name: str, store: LearnerStore | None = None, folder: Path | None = None,
                      date: dt.date | None = None) -> Path:
    """Write ``certificate.html`` to the course folder; ValueError (with what is left) if not yet earned."""
    course = load_progress(store)
    if not course.path_completed:
        left = [f"{m.module.id} ({m.status.value})" for m in course.modules if not m.core_done]
        raise ValueError("The certificate comes once you finish the core path (every practice check of the core "
                         "sections has held up) or the full course (every module is done). Still to finish: "
                         f"{', '.join(left)}.")
    name = name.strip() if isinstance(name, str) else ""
    if not name:
        raise ValueError(f"You have finished {course.path_completed}. Write your name in quotes, for example "
                         'certificate("Sam Rivera").')
    folder = folder or course_home()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CERTIFICATE_FILE
    path.write_text(certificate_html(name, course, date or dt.date.today()), encoding="utf-8")
    return path


def certificate(name: str, store: LearnerStore | None = None, folder: Path | None = None) -> Shown:
    """Write your certificate once the core path or the full course is done; otherwise say what is left
    (never raises)."""
    try:
        path = write_certificate(name, store, folder)
    except ValueError as problem:
        return Shown(str(problem), f'<p role="status">{html.escape(str(problem))}</p>')
    link = html.escape(notebook_link(path), quote=True)
    done = load_progress(store).path_completed
    text = (f"Your certificate for {done} is ready: {path}. Open it in a browser to print or save it as PDF.")
    return Shown(text, f'<p role="status">Your certificate for {html.escape(done)} is ready: '
                       f'<a href="{link}" target="_blank">{html.escape(path.name)}</a> in your course folder. '
                       "Open it to print it or save it as a PDF.</p>")
