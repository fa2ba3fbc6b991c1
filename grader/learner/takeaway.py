"""The take-away plan: the learner's saved work, compiled into one document to share with their team.

``write_takeaway`` gathers what the learner has saved so far (``grader.learner.saved_work``)
and writes two files into the course folder:

- ``take-away-plan.md``: Markdown (``grader.learner.takeaway_markdown``);
- ``take-away-plan.html``: one self-contained page that works offline
  (``grader.learner.takeaway_page``).

``equity-course takeaway`` and ``takeaway()`` in a notebook both call ``write_takeaway``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from grader.checks.feedback import Shown
from grader.learner.folder import notebook_link
from grader.learner.offline_widgets import renderer_path
from grader.learner.saved_work import TakeAway, gather
from grader.learner.store import LearnerStore, course_home
from grader.learner.takeaway_markdown import to_markdown
from grader.learner.takeaway_page import to_html

MARKDOWN_FILE = "take-away-plan.md"
HTML_FILE = "take-away-plan.html"


@dataclass(frozen=True)
class Written:
    markdown: Path
    html: Path
    interactive: bool
    plan: TakeAway

    def summary(self) -> str:
        included = [part for part, present in (("department plan", self.plan.department),
                                               ("spectrum map", self.plan.maps),
                                               ("one-to-one plan", self.plan.one_to_one),
                                               ("accountability plan", self.plan.accountability)) if present]
        lines = [f"Wrote {self.markdown} and {self.html}.",
                 f"Included: {', '.join(included) or 'nothing saved yet'}."]
        lines += [f"Still to do: {item}" for item in self.plan.still_to_do]
        lines += [f"Note: {problem}" for problem in self.plan.problems]
        if not self.interactive:
            lines.append("The page has no interactive view: the widget renderer is not installed "
                         "(run `npm ci` in the course checkout to add it).")
        return "\n".join(lines)


def write_takeaway(folder: Path | None = None, store: LearnerStore | None = None, name: str = "",
                   renderer: Path | None = None) -> Written:
    """Write ``take-away-plan.md`` and ``take-away-plan.html`` into the course folder."""
    folder = Path(folder) if folder is not None else course_home()
    store = store or LearnerStore(folder / "my-work")
    plan = gather(store, name)
    renderer = renderer or renderer_path()
    folder.mkdir(parents=True, exist_ok=True)
    markdown = folder / MARKDOWN_FILE
    page = folder / HTML_FILE
    markdown.write_text(to_markdown(plan), encoding="utf-8")
    page.write_text(to_html(plan, renderer), encoding="utf-8")
    return Written(markdown, page, renderer is not None, plan)


def takeaway(name: str = "", folder: Path | None = None) -> Shown:
    """Write your take-away plan (Markdown and HTML) and show links to both."""
    written = write_takeaway(folder, name=name if isinstance(name, str) else "")
    links = "".join(
        f'<li><a href="{html.escape(notebook_link(path))}" target="_blank">{html.escape(path.name)}</a> ({kind})</li>'
        for path, kind in ((written.html, "a web page that works offline"),
                           (written.markdown, "Markdown, to paste into a document")))
    notes = "".join(f"<li>{html.escape(line)}</li>" for line in written.summary().splitlines()[1:])
    return Shown(written.summary(), f'<div role="status"><p>Your take-away plan is written:</p><ul>{links}</ul>'
                                    f"<ul>{notes}</ul></div>")
