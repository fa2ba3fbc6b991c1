"""Do the syllabus minutes agree with one documented estimate for a staff member who does not code,
and does every place that repeats them (notebooks, README, facilitator guides) say the same?"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import nbformat
import pytest

from grader.tools import timing
from grader.tools.timing import ROOT, TOLERANCE, Estimate, estimate, estimates, load_items, main, sections, words

ESTIMATES = estimates()
SYLLABUS = timing.syllabus()


@pytest.mark.parametrize("row", ESTIMATES, ids=lambda row: row.name)
def test_syllabus_minutes_are_within_a_quarter_of_the_estimate(row):
    assert row.agrees, (f"{row.name}: the syllabus says {row.syllabus} minutes, the estimate is {row.minutes:.0f} "
                        f"({row.minutes_by_part}); change the syllabus minutes (and every place that repeats them) "
                        f"to within {TOLERANCE:.0%}, or the content. `python -m grader.tools.timing` prints the table.")


def test_the_check_fails_on_minutes_off_by_more_than_a_quarter():
    close, far = Estimate("x", 120), Estimate("y", 130)
    close.minutes_by_part = far.minutes_by_part = {"reading": 100.0}
    assert close.agrees and not far.agrees and far.off_by == pytest.approx(0.30)


def notebook(tmp_path: Path, *cells: nbformat.NotebookNode) -> Path:
    path = tmp_path / "n.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=list(cells)), path)
    return path


def test_each_kind_of_task_takes_its_minutes(tmp_path):
    items = load_items()
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    path = notebook(tmp_path,
                    md("## 1. Read\n" + "word " * 400),                  # 2 minutes of reading
                    code('ChoiceQuestionWidget("05.examples")'),           # a choice (its question and options read too)
                    code('check("05.examples", answer)'),                  # the same task: counted once
                    code('SpectrumMapper("01.spectrum")'),                 # six drop-downs
                    code("OneToOnePlanner()"),                             # a builder plan
                    code('display(check("07.by_income", table))'),         # a data task
                    code('Reflection("x")'),
                    md("### BEGIN SOLUTION\nA written answer.\n### END SOLUTION"))
    found = estimate(path, "t", 0, items)
    assert found.tasks == Counter({"decision": 7, "plan": 1, "data task": 1, "reflection": 1, "written answer": 1})
    parts = found.minutes_by_part
    assert (parts["decisions"], parts["builder plans"], parts["data tasks"]) == (7.0, 12.5, 17.5)
    assert (parts["widgets"], parts["written answers"], parts["running cells"]) == (5.0, 12.5, 3.0)  # six code cells
    shown = timing.shown_words(items["05.examples"]) + timing.shown_words(items["01.spectrum"])
    assert parts["reading"] == pytest.approx((words("## 1. Read\n" + "word " * 400) + shown) / 200, abs=0.05)
    assert set(sections(path, items)) == {"(top)", "1. Read"}


def test_an_item_kind_without_a_timing_is_named(tmp_path, monkeypatch):
    items = {"09.new": {"id": "09.new", "kind": "brand_new"}}
    path = notebook(tmp_path, nbformat.v4.new_code_cell('check("09.new", x)'))
    with pytest.raises(ValueError, match="09.new: item kind 'brand_new' has no timing.*DATA_KINDS"):
        estimate(path, "t", 0, items)


def test_words_leave_out_link_targets_and_html():
    assert words("See the [pandas cheat sheet](../../pandas-cheat-sheet.md) <br> now.") == 6


def test_the_table_prints_every_notebook_and_the_totals(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "module 07" in out and "ex10" in out and re.search(r"^modules\s+\d+\s+\d+$", out, re.M)


# ---- every place that repeats the minutes says what the syllabus says ----

MODULES = SYLLABUS["modules"]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m["id"])
def test_the_module_notebook_and_its_guide_state_the_syllabus_minutes(module):
    name = f"{module['id']}-{module['slug']}"
    first = nbformat.read(ROOT / "modules" / f"{name}.ipynb", as_version=4).cells[0].source
    assert re.search(rf"\*\*Time:\*\* about {module['minutes']} minutes\b", first), f"modules/{name}.ipynb"
    guide = " ".join((ROOT / "course" / "facilitator" / f"{name}.md").read_text(encoding="utf-8").split())
    stated = re.search(r"\(about (\d+) minutes self-paced\)", guide)
    assert stated and int(stated.group(1)) == module["minutes"], f"course/facilitator/{name}.md"
    exercise = re.search(r"\*\*Exercise:\*\* `exercises/ex\d\d/` \(about (\d+) minutes", guide)
    assert exercise is None or int(exercise.group(1)) == module["exercise"]["minutes"], f"course/facilitator/{name}.md"


def test_the_readme_states_the_exercise_minutes_in_all():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    total = sum(module["exercise"]["minutes"] for module in MODULES)
    assert f"plus about {total} minutes of exercises" in readme and f"plus about {total} of exercises" in readme
