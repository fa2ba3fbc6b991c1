"""Does the take-away plan gather what the learner saved, say what is missing, and export a
self-contained page and a Markdown file that keep learner text safe?"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from grader.cli import main
from grader.domain.accountability import PLAN_FILE, AccountabilityPlan, Commitment
from grader.domain.department_plan import STORE_NAME as DEPARTMENT_PLAN
from grader.learner.offline_widgets import renderer_path
from grader.learner.saved_work import gather
from grader.learner.store import LearnerStore
from grader.learner.takeaway import HTML_FILE, MARKDOWN_FILE, takeaway, write_takeaway
from grader.learner.takeaway_markdown import to_markdown
from grader.learner.takeaway_page import to_html
from tests.support.builders import good_plan
from tests.support.keys_10 import good_plan as good_department_plan


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "equity-course"


@pytest.fixture
def store(folder) -> LearnerStore:
    return LearnerStore(folder / "my-work")


def save_everything(store: LearnerStore, action: str = "Report inspection results to the union every month"):
    store.save("spectrum-01.spectrum", {"P1": 1, "P3": 4, "P4": 5})
    store.save("one-to-one-plan", good_plan().to_dict())
    AccountabilityPlan([Commitment(action=action, owner="Environmental Health Manager",
                                   answers_to="Eastside Tenants Union", level=3)],
                       title="Healthy homes").save(store.root / PLAN_FILE)
    store.save(DEPARTMENT_PLAN, good_department_plan().to_dict())


class Links(HTMLParser):
    """Every src and href in a page (script bodies are not parsed as markup)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.found += [value or "" for name, value in attrs if name in ("src", "href")]


def links(page: str) -> list[str]:
    parser = Links()
    parser.feed(page)
    return parser.found


# ---- gathering ----

def test_with_nothing_saved_the_plan_says_what_to_do_and_where(store):
    plan = gather(store)
    assert plan.maps == [] and plan.one_to_one is None and plan.accountability is None
    assert plan.department is None
    assert [item.split(":")[0] for item in plan.still_to_do] == ["Spectrum map", "One-to-one plan",
                                                                "Accountability plan", "Department plan"]
    assert "module 02" in plan.still_to_do[2] and "module 10" in plan.still_to_do[3]
    assert to_markdown(plan).count("*Not saved yet.*") == 4


def test_saved_work_is_gathered_with_each_partners_next_step_up(store):
    save_everything(store)
    plan = gather(store, name=" Sam Rivera ")
    assert plan.name == "Sam Rivera" and plan.still_to_do == [] and plan.problems == []
    (found,) = plan.maps
    placed = {p.scenario_id: (p.level.label, p.next_level.label if p.next_level else None) for p in found.placements}
    assert placed == {"P1": ("1 Inform", "2 Consult"), "P3": ("4 Collaborate", "5 Defer To"),
                      "P4": ("5 Defer To", None)}
    assert plan.one_to_one == good_plan()
    assert plan.accountability.commitments[0].owner == "Environmental Health Manager"


def test_placements_that_are_not_levels_are_left_out(store):
    store.save("spectrum-01.spectrum", {"P1": 9, "P2": "Consult", "P3": 2, "nope": 1})
    (found,) = gather(store).maps
    assert [p.scenario_id for p in found.placements] == ["P3"]


def test_a_damaged_file_is_named_and_the_rest_still_gathered(store):
    save_everything(store)
    store.path("one-to-one-plan").write_text("{broken", encoding="utf-8")
    plan = gather(store)
    assert plan.one_to_one is None and plan.maps and plan.accountability
    assert any("one-to-one-plan.json could not be read" in problem for problem in plan.problems)


# ---- Markdown ----

def test_markdown_holds_each_part(store):
    save_everything(store)
    text = to_markdown(gather(store, name="Sam Rivera", date=dt.date(2025, 4, 1)))
    assert text.startswith("# My take-away plan\n\n*Strategic Practices for Health Equity* · Sam Rivera · 2025-04-01")
    assert "| P3 | Healthy Homes Alliance |" in text and "| 4 Collaborate | 5 Defer To |" in text
    for question in good_plan().questions:
        assert f"1. {question}" in text
    assert "### 1. Report inspection results to the union every month" in text
    assert "- **Spectrum level:** 3 Involve" in text
    assert "Riverbend County, a fictional place" in text and "Still to do" not in text


def test_a_pipe_in_learner_text_does_not_break_the_markdown_table(store):
    store.save("spectrum-00.spectrum", {"O1": 1})
    text = to_markdown(gather(store))
    row = next(line for line in text.splitlines() if line.startswith("| O1 |"))
    assert row.count(" | ") == 4


# ---- HTML ----

def test_the_page_is_self_contained_without_the_renderer(store):
    save_everything(store)
    page = to_html(gather(store), renderer=None)
    assert all(link.startswith("data:") for link in links(page))
    assert "<script" not in page
    assert '<html lang="en">' in page and "<h1>My take-away plan</h1>" in page


def test_the_chart_is_an_inline_svg_image_with_alt_text(store):
    save_everything(store)
    page = to_html(gather(store), renderer=None)
    images = re.findall(r'<img src="data:image/svg\+xml;base64,([^"]+)" alt="([^"]+)">', page)
    (image,) = [found for found in images if found[1].startswith("Dot chart of my spectrum map")]
    assert base64.b64decode(image[0]).decode("utf-8").lstrip().startswith("<?xml")
    assert "P3 Healthy Homes Alliance at level 4 Collaborate" in image[1]
    assert "<figcaption><strong>Description:</strong>" in page


def test_learner_text_is_escaped(store):
    store.save("one-to-one-plan", {**good_plan().to_dict(), "partner": "<script>alert(1)</script>"})
    page = to_html(gather(store), renderer=None)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.skipif(renderer_path() is None, reason="the widget renderer is not installed (npm ci)")
def test_the_interactive_page_inlines_the_renderer_and_the_widget_state(store):
    save_everything(store, action="Close </script><b>early</b> never")
    renderer = renderer_path()
    page = to_html(gather(store), renderer)
    assert all(link.startswith("data:") for link in links(page))
    assert len(page) > renderer.stat().st_size  # the renderer is inside the page
    state = re.search(r'<script type="application/vnd.jupyter.widget-state\+json">(.*?)</script>', page, re.S)
    models = json.loads(state.group(1).replace("<\\/", "</"))["state"]
    assert {m["model_name"] for m in models.values()} >= {"TabModel", "HTMLModel"}
    assert page.count('<script type="application/vnd.jupyter.widget-view+json">') == 1
    assert "</script><b>early" not in page  # learner text cannot close a script early
    assert "Close &lt;/script&gt;&lt;b&gt;early" in page


# ---- writing it ----

def test_write_takeaway_writes_both_files_into_the_course_folder(folder, store):
    save_everything(store)
    written = write_takeaway(folder, name="Sam Rivera", renderer=None)
    assert written.markdown == folder / MARKDOWN_FILE and written.html == folder / HTML_FILE
    assert "Sam Rivera" in written.markdown.read_text(encoding="utf-8")
    assert "Included: department plan, spectrum map, one-to-one plan, accountability plan." in written.summary()


def test_the_summary_says_when_the_page_has_no_interactive_view(folder, tmp_path):
    written = write_takeaway(folder, renderer=None)
    if renderer_path() is None:
        assert not written.interactive and "npm ci" in written.summary()
    assert "Still to do: Spectrum map" in written.summary()


def test_the_command_writes_the_plan_into_the_folder_given(folder, store, capsys):
    save_everything(store)
    assert main(["takeaway", "--folder", str(folder), "--name", "Sam Rivera"]) == 0
    out = capsys.readouterr().out
    assert f"Wrote {folder / MARKDOWN_FILE}" in out
    assert (folder / HTML_FILE).is_file()


def test_in_a_notebook_the_links_work_from_the_notebooks_own_folder(folder, monkeypatch):
    (folder / "modules").mkdir(parents=True)
    monkeypatch.chdir(folder / "modules")
    shown = takeaway("Sam Rivera", folder=folder)
    assert 'href="../take-away-plan.html"' in shown.html and 'href="../take-away-plan.md"' in shown.html
    assert "Still to do" in str(shown)


# ---- the department plan (Module 10, the capstone) ----

def test_the_department_plan_is_gathered_and_leads_the_markdown(store):
    save_everything(store)
    plan = gather(store)
    assert plan.department == good_department_plan()
    text = to_markdown(plan)
    assert text.index("## Riverbend County Health Department, Environmental Health team: health equity plan") \
        < text.index("## Spectrum map")
    assert "### 5. Policy agenda" in text and "| 8 | Policy agenda | Testify with the union at the county board |" in text


def test_without_a_department_plan_the_page_says_where_to_build_it(store):
    save_everything(store)
    store.path(DEPARTMENT_PLAN).unlink()
    plan = gather(store)
    assert plan.still_to_do == ["Department plan: build it in module 10, the capstone, and press Save my plan."]
    assert "## My department's plan\n\n*Not saved yet.*" in to_markdown(plan)


def test_a_blank_saved_department_plan_counts_as_not_saved(store):
    store.save(DEPARTMENT_PLAN, {"department": "", "milestones": []})
    assert gather(store).department is None


def test_a_damaged_department_plan_is_named_and_the_rest_still_gathered(store):
    save_everything(store)
    store.path(DEPARTMENT_PLAN).write_text("{broken", encoding="utf-8")
    plan = gather(store)
    assert plan.department is None and plan.one_to_one and plan.accountability
    assert any("department-plan.json could not be read" in problem for problem in plan.problems)
    store.save(DEPARTMENT_PLAN, {"milestones": [{"month": "someday"}]})
    assert any("saved department plan could not be read" in problem for problem in gather(store).problems)


def test_the_page_shows_the_department_plan_with_its_timeline_table_and_chart(store):
    save_everything(store)
    page = to_html(gather(store), renderer=None)
    assert page.index('<h2 id="department">') < page.index('<h2 id="spectrum">')
    assert "<caption>Milestones by month</caption>" in page and "<h3>4. Data sharing</h3>" in page
    alts = re.findall(r'<img src="data:image/svg\+xml;base64,[^"]+" alt="([^"]+)">', page)
    (timeline,) = [alt for alt in alts if alt.startswith("Chart: Timeline:")]
    assert "8. Month 12 (Accountability): Year-end review with the advisory board" in timeline
    assert all(link.startswith("data:") for link in links(page)) and "<script" not in page
