"""Do the printable worksheets ask for what the builders ask for, and print on the pages they promise?"""

from __future__ import annotations

import html
import re
import tomllib
from dataclasses import fields

import pytest

from grader.cli import main
from grader.course.syllabus import course_root, load_syllabus
from grader.domain.accountability import CADENCES, MECHANISMS, Commitment
from grader.domain.alliance_plan import AlliancePlan, Ally, Step
from grader.domain.department_plan import DataSharing, Milestone, OneToOnes, Partnership, PolicyAgenda
from grader.domain.equity_review import EquityReview
from grader.domain.one_to_one import OneToOnePlan
from grader.domain.participation_budget import COST_TYPES, REQUIRED_COLUMNS, cost_type
from grader.domain.spectrum import SPECTRUM
from grader.learner import worksheets as ws
from grader.learner.glossary import headings

SHEETS = ws.load_worksheets()
BY_ID = {sheet.id: sheet for sheet in SHEETS}
MODULES = {module.id: module for module in load_syllabus().modules}


def names(model, prefix: str = "") -> set[str]:
    return {prefix + item.name for item in fields(model)}


# What each builder asks for (its answer's parts), as "part" or "part.column" keys.
EXPECTED_KEYS = {
    "one-to-one-planner": names(OneToOnePlan),
    "accountability-plan": {"title"} | names(Commitment),
    "participation-budget": ({f"budget.{c}" for c in (*REQUIRED_COLUMNS, "detail", "total")}
                             | {"meetings.weekday", "meetings.start", "meetings.hours", "project_budget", "level"}),
    "alliance-plan": ((names(AlliancePlan) - {"allies", "next_steps"})
                      | names(Ally, "allies.") | names(Step, "next_steps.")),
    "equity-review": names(EquityReview),
    # the capstone builder's commitment editor asks for these five parts of a Commitment
    "department-plan": ({"department", "goal"} | names(Partnership, "partnership.") | names(OneToOnes, "one_to_ones.")
                        | {f"accountability.{k}" for k in ("action", "owner", "answers_to", "mechanism", "cadence")}
                        | names(DataSharing, "data.") | names(PolicyAgenda, "policy.") | names(Milestone, "milestones.")),
    "spectrum-assessment": set(),  # the spectrum mapper's answer is a level per scenario
}


def test_every_activity_has_a_worksheet():
    assert [s.id for s in SHEETS] == ["one-to-one-planner", "spectrum-assessment", "accountability-plan",
                                      "participation-budget", "alliance-plan", "equity-review", "department-plan"]
    assert {s.id: s.module.id for s in SHEETS} == {
        "one-to-one-planner": "01", "spectrum-assessment": "01", "accountability-plan": "02",
        "participation-budget": "03", "alliance-plan": "04", "equity-review": "08", "department-plan": "10"}


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda s: s.id)
def test_the_worksheet_asks_for_exactly_what_the_builder_asks_for(sheet):
    assert sheet.keys() == EXPECTED_KEYS[sheet.id]


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda s: s.id)
def test_the_worksheet_names_a_section_of_its_module(sheet):
    assert sheet.section in headings(course_root() / sheet.module.notebook)


def test_choices_are_the_ones_the_notebooks_offer():
    commitment = {f.key: f for part in BY_ID["accountability-plan"].parts for f in part.fields}
    assert commitment["mechanism"].choices == MECHANISMS
    assert commitment["cadence"].choices == CADENCES
    assert commitment["level"].choices == tuple(level.label for level in SPECTRUM)
    budget = next(p.table for p in BY_ID["participation-budget"].parts if p.heading == "Budget lines")
    assert {cost_type(kind) for kind in budget.first_column} == set(COST_TYPES)


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("sheet", SHEETS, ids=lambda s: s.id)
def test_the_page_holds_every_label_and_heading_and_nothing_from_the_network(sheet, paper):
    page = ws.render_html(sheet, paper)
    for text in [*sheet.labels(), *sheet.headings(), sheet.module.title]:
        assert html.escape(text) in page, text
    assert f"@page {{ size: {ws.PAPERS[paper][0]};" in page
    lowered = page.lower()
    for banned in ("<script", "<link", "<iframe", "<img", "@import", "url(", "http:", "https:", "//cdn", "src="):
        assert banned not in lowered, banned


def test_no_chromium_still_writes_html_and_says_how_to_get_pdfs(tmp_path):
    written = ws.write_worksheets(tmp_path / "out", chromium=None)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [f"{s.id}.html" for s in SHEETS] + ["index.html"])
    assert written.pdf == []
    assert "apt-get install chromium" in written.summary()
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{s.id}.html"' in index for s in SHEETS) and ".pdf" not in index


def test_the_command_writes_the_worksheets_it_is_asked_for(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ws, "find_chromium", lambda: None)
    assert main(["worksheets", "--out", str(tmp_path), "--only", "equity-review", "--paper", "a4"]) == 0
    out = capsys.readouterr().out
    assert "equity-review.html" in out and "No PDFs" in out
    assert "size: A4;" in (tmp_path / "equity-review.html").read_text(encoding="utf-8")
    assert not (tmp_path / "one-to-one-planner.html").exists()


def test_the_command_names_the_worksheets_when_one_is_unknown(tmp_path, capsys):
    assert main(["worksheets", "--out", str(tmp_path / "x"), "--only", "budget"]) == 2
    err = capsys.readouterr().err
    assert "No worksheet called budget" in err and "participation-budget" in err
    assert not (tmp_path / "x").exists()


# ---- bad data gets a clear error --------------------------------------------------------------

def data() -> dict:
    return tomllib.loads((course_root() / ws.DATA_FILE).read_text(encoding="utf-8"))


def spoil(change) -> dict:
    spoiled = data()
    change(spoiled["worksheets"][0])
    return spoiled


BAD = {
    "unknown module": (lambda w: w.update(module="11"), r'module "11" is not in course/syllabus.toml'),
    "unknown setting": (lambda w: w.update(color="red"), r"unknown setting color"),
    "no title": (lambda w: w.pop("title"), r'"one-to-one-planner".*missing title'),
    "no label": (lambda w: w["parts"][0]["fields"][0].pop("label"), r"missing label"),
    "lines not a number": (lambda w: w["parts"][0]["fields"][1].update(lines="two"),
                           r'"Purpose".*lines should be a whole number'),
    "unknown choices": (lambda w: w["parts"][0]["fields"][0].update(choices="levels"),
                        r'choices = "levels" is not a list the course knows'),
    "two bodies": (lambda w: w["parts"][0].update(checklist=["x"]), r"exactly one of fields"),
    "unknown reference": (lambda w: w["parts"][0].pop("fields") and w["parts"][0].update(reference="map"),
                          r'reference = "map" is not one the course knows'),
    "bad id": (lambda w: w.update(id="One to one"), r"lower-case words joined by hyphens"),
    "zero pages": (lambda w: w.update(pages=0), r"pages should be a whole number from 1"),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_bad_data_gets_an_error_that_names_the_problem(case):
    change, message = BAD[case]
    with pytest.raises(ws.WorksheetError, match=message):
        ws.parse(spoil(change), MODULES)


def test_two_worksheets_with_one_id_are_refused():
    doubled = data()
    doubled["worksheets"].append(doubled["worksheets"][0])
    with pytest.raises(ws.WorksheetError, match='Two worksheets have the id "one-to-one-planner"'):
        ws.parse(doubled, MODULES)


def test_a_broken_data_file_is_named(tmp_path):
    path = tmp_path / "worksheets.toml"
    path.write_text("[[worksheets]]\nid = \n", encoding="utf-8")
    with pytest.raises(ws.WorksheetError, match=r"is not valid TOML"):
        ws.load_worksheets(path)
    with pytest.raises(ws.WorksheetError, match=r"No worksheet data"):
        ws.load_worksheets(tmp_path / "missing.toml")


def test_an_unknown_paper_size_is_named():
    with pytest.raises(ws.WorksheetError, match=r'"legal" is not a paper size here. Use one of: letter, a4'):
        ws.render_html(SHEETS[0], "legal")


# ---- the facilitator guides point to the worksheets -------------------------------------------

@pytest.mark.parametrize("module", sorted({s.module.id for s in SHEETS}))
def test_the_facilitator_guide_points_to_its_worksheets(module):
    (guide,) = (course_root() / "course" / "facilitator").glob(f"{module}-*.md")
    breakout = re.search(r"^## Breakout activity\s*$(.*?)(?=^## |\Z)", guide.read_text(encoding="utf-8"),
                         re.M | re.S).group(1)
    for sheet in (s for s in SHEETS if s.module.id == module):
        assert "equity-course worksheets" in breakout and sheet.title.lower() in breakout.lower(), sheet.id


# ---- the PDFs, printed by Chromium ------------------------------------------------------------

def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module", params=["letter", "a4"])
def printed(request, tmp_path_factory):
    chromium = ws.find_chromium()
    if chromium is None:
        pytest.skip(f"printing PDFs needs Chromium: {ws.PDF_HELP}")
    folder = tmp_path_factory.mktemp(f"worksheets-{request.param}")
    return request.param, ws.write_worksheets(folder, paper=request.param, chromium=chromium)


@pytest.mark.browser
def test_every_pdf_has_its_pages_and_headings(printed):
    from pypdf import PdfReader

    paper, written = printed
    assert [p.stem for p in written.pdf] == [s.id for s in SHEETS]
    width = {"letter": 612, "a4": 595}[paper]
    for sheet, pdf in zip(SHEETS, written.pdf, strict=True):
        reader = PdfReader(pdf)
        assert len(reader.pages) == sheet.pages, f"{sheet.id} prints on {len(reader.pages)} {paper} pages"
        assert round(float(reader.pages[0].mediabox.width)) == width
        text = squeeze(" ".join(page.extract_text() for page in reader.pages))
        for heading in sheet.headings():
            assert squeeze(heading) in text, f"{sheet.id}: {heading!r} not in the PDF"
