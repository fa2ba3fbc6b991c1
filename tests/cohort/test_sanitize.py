"""Feedback pages and the cohort report run nothing a learner wrote: no script, no event
handler, no ``javascript:`` link, from markdown, HTML or SVG alike."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from grader.cohort.grading import grade_cohort
from grader.cohort.report import write_report
from grader.cohort.results import Cell, Results
from grader.cohort.roster import Learner
from grader.cohort.sanitize import sanitize_page
from tests.support.hostile import new_cohort
from tests.support.submissions import place

HOSTILE_MARKDOWN = (
    "[click me](javascript:alert(1)) and [spaced](  JaVaScRiPt:alert(2)) and "
    "<a href='javascript:alert(3)'>raw link</a> <img src=x onerror=alert(4)> "
    "<svg onload=alert(5)><script>alert(6)</script></svg> [fine](https://example.org)"
)
HOSTILE_OUTPUT = (
    "from IPython.display import HTML, SVG, Javascript, display\n"
    "display(SVG('<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(7)\"><script>alert(8)</script></svg>'))\n"
    "display(HTML('<a href=\"javascript:alert(9)\" onclick=\"alert(10)\">x</a>'))\n"
    "display(Javascript('alert(11)'))\n"
)


class Active(HTMLParser):
    """Collects what a browser would run: script elements, on* attributes, script URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        if tag in ("script", "iframe", "object", "embed"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            compact = "".join((value or "").split()).lower()
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}>")
            if compact.startswith(("javascript:", "vbscript:", "data:text")):
                self.found.append(f"<{tag} {name}={value}>")

    handle_startendtag = handle_starttag


def active_parts(page: str) -> list[str]:
    parser = Active()
    parser.feed(page)
    return parser.found


@pytest.mark.nbgrader
def test_feedback_keeps_the_learners_words_and_runs_none_of_their_code(tmp_path):
    workspace, release = new_cohort(tmp_path)
    notebook = nbformat.from_dict(nbformat.reads(nbformat.writes(release), as_version=4))
    for cell in notebook.cells:
        grading = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "markdown" and grading.get("solution"):
            cell.source = HOSTILE_MARKDOWN
        if grading.get("grade_id") == "root_answer-answer":
            cell.source = HOSTILE_OUTPUT + 'root_answer = "a"'
    notebook.cells.append(nbformat.v4.new_markdown_cell("[added cell](javascript:alert(12))"))
    place(workspace, "mallory", notebook, assignment="ex00", name="ex00.ipynb")
    assert grade_cohort(workspace, "ex00", jobs=1).count("graded") == 1
    done = subprocess.run([str(Path(sys.executable).parent / "equity-course"), "cohort", "feedback", "00",
                           "--no-release"], cwd=workspace, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    page = (workspace / "feedback" / "mallory" / "ex00" / "ex00.html").read_text(encoding="utf-8")
    assert active_parts(page) == []
    assert "click me" in page and "added cell" in page  # the words stay, the links go
    assert 'href="https://example.org"' in page


def test_the_cohort_report_runs_nothing_from_roster_or_exercise_names(tmp_path):
    learners = [Learner("mallory", "<script>alert(1)</script>", "<img src=x onerror=alert(2)>"),
                Learner("ana", "Ana", "Lopez")]
    results = Results(learners, ["ex00"], ["ex00"], {"ex00": 3.0},
                      cells={("mallory", "ex00"): Cell("failed", reason="<a href='javascript:alert(3)'>x</a>"),
                             ("ana", "ex00"): Cell("graded", 3.0, 3.0)})
    page = write_report(results, tmp_path / "report.html", "Spring <svg onload=alert(4)>").read_text(encoding="utf-8")
    assert active_parts(page) == []
    assert page.count("<svg") >= 2  # the charts are still there


@pytest.mark.parametrize("page", [
    '<a href="java\tscript:alert(1)">a</a>',
    '<a href="&#106;avascript:alert(1)">a</a>',
    '<img src="data:text/html;base64,PHNjcmlwdD4=">',
    '<svg><a xlink:href="javascript:alert(1)"><text>t</text></a></svg>',
    '<svg><animate onbegin="alert(1)" attributeName="x"/></svg>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<math><mtext><script>alert(1)</script></mtext></math>',
    '<form action="javascript:alert(1)"><button>b</button></form>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<body onload="alert(1)"><p onmouseover="alert(2)">p</p></body>',
])
def test_the_page_sanitiser_leaves_nothing_that_runs(page):
    assert active_parts(sanitize_page(page, svg=True)) == []


@pytest.mark.nbgrader
def test_a_cohort_made_before_the_sanitiser_still_gets_safe_feedback(tmp_path):
    """Its nbgrader_config.py was copied at `cohort init` and lacks the sanitiser's lines."""
    from grader.cohort.course import generate_feedback

    workspace, release = new_cohort(tmp_path)
    config = workspace / "nbgrader_config.py"
    old = "\n".join(line for line in config.read_text().splitlines()
                    if "SanitizeHTML" not in line and "exporter_class" not in line)
    config.write_text(old)
    notebook = nbformat.from_dict(nbformat.reads(nbformat.writes(release), as_version=4))
    notebook.cells.append(nbformat.v4.new_markdown_cell("[added cell](javascript:alert(12))"))
    place(workspace, "mallory", notebook, assignment="ex00", name="ex00.ipynb")
    assert grade_cohort(workspace, "ex00", jobs=1).count("graded") == 1
    assert generate_feedback(workspace, "ex00") == ["mallory"]
    page = (workspace / "feedback" / "mallory" / "ex00" / "ex00.html").read_text(encoding="utf-8")
    assert active_parts(page) == [] and "added cell" in page
