"""Can a learner answer every exercise part that is not data analysis with its builder, by
keyboard only, in a real JupyterLab, and does the answer cell then read what they saved?

Each exercise is released as nbgrader makes a learner's copy (solutions and hidden tests taken
out) into the lab's course folder. Run All Cells shows no error even before anything is saved
(the answer cells say what to do); each builder is filled by keyboard and saved; after Kernel >
Restart Kernel and Run All Cells the builders show what was saved and the answer cells read it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import Locator, Page, expect

from grader.course.syllabus import course_root
from grader.domain.spectrum import SPECTRUM, level
from grader.widgets.picker import picking, read_labels
from tests.browser.drivers import WAIT, accountability_plan_builder, button, choose, options, press, status, type_in
from tests.browser.lab import NotebookPage
from tests.support.answer_keys import CHOICES, PLACEMENTS
from tests.support.builders import good_plan
from tests.support.keys_02 import LEVERS
from tests.support.keys_06 import LABELS
from tests.support.keys_07 import DECISIONS
from tests.support.keys_08 import STATEMENTS
from tests.support.keys_09 import ORDERS, SORTS

pytestmark = pytest.mark.browser


def release(source: Path, target: Path) -> None:
    """The learner's copy nbgrader makes: solution regions replaced by the stub, hidden tests out."""
    from nbgrader.preprocessors import ClearHiddenTests, ClearSolutions
    from traitlets.config import Config

    config = Config()
    config.ClearSolutions.code_stub = {"python": "# Write your answer above, in place of each ..."}
    notebook = nbformat.read(source, as_version=4)
    notebook, _ = ClearSolutions(config=config).preprocess(notebook, {})
    notebook, _ = ClearHiddenTests(config=config).preprocess(notebook, {})
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, target)


def set_number(page: Page, field: Locator, value: int) -> None:
    field.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type(str(value))
    page.keyboard.press("Tab")


def spectrum_mapper(page: Page, out: Locator) -> str:
    for scenario, number in PLACEMENTS["ex01.spectrum"].items():
        choose(page, out.get_by_label(f"Level for {scenario}:"), SPECTRUM[number].label)
    press(page, button(out, "Save my placements"))
    return "Saved your placements to spectrum-placements.json"


def one_to_one_planner(page: Page, out: Locator) -> str:
    plan = good_plan()
    type_in(page, out.get_by_label("Who you will meet:"), plan.partner)
    type_in(page, out.get_by_label("Purpose:"), plan.purpose)
    type_in(page, out.get_by_label("Your questions:"), "\n".join(plan.questions))
    type_in(page, out.get_by_label("Listen for:"), "\n".join(plan.listen_for))
    set_number(page, out.get_by_label("Length (minutes):"), plan.minutes)
    type_in(page, out.get_by_label("Follow-up:"), plan.follow_up)
    press(page, button(out, "Save my plan"))
    return "Saved your plan to one-to-one-plan.json"


def alliance_plan_builder(page: Page, out: Locator) -> str:
    type_in(page, out.get_by_label("Allies:"),
            "Eastside Tenants Union | community power-building organization | tenant leaders who ran the survey")
    type_in(page, out.get_by_label("Communities' own goals:"), "Safe, healthy and affordable homes in Riverside")
    type_in(page, out.get_by_label("Next steps:"), "Meet tenant leaders | health officer | 2025-05-05")
    press(page, button(out, "Save my plan"))
    return "Saved your plan to alliance-plan.json"


def ally_map_builder(page: Page, out: Locator) -> str:
    type_in(page, out.get_by_label("Ally:"), "Riverbend Tenants Network")
    choose(page, out.get_by_label("Scale:"), "local")
    choose(page, out.get_by_label("Kind of partner:"), "social justice or community organizing")
    type_in(page, out.get_by_label("Your ask:"), "Co-host our June listening session on rent and health")
    press(page, button(out, "Add this ally"))
    expect(status(out)).to_contain_text("Added Riverbend Tenants Network", timeout=WAIT)
    press(page, button(out, "Save my map"))
    return "Saved your map (1 ally) to ally-map.json"


def statement_matcher(page: Page, out: Locator) -> str:
    titles = {"data": "Data", "accountability": "Accountability", "desired_results": "Desired results",
              "community_engagement": "Community engagement",
              "benefits_and_burdens": "Who benefits and who is burdened", "implementation": "Implementation"}
    for sid, key in STATEMENTS["ex08.statements"].items():
        choose(page, out.get_by_label(f"Question for {sid}:"), titles[key])
    press(page, button(out, "Save my matches"))
    return "Saved your matches to statement-matches.json"


def equity_review_builder(page: Page, out: Locator) -> str:
    type_in(page, out.get_by_label("Desired results:"),
            "By June 2027 small community organizations hold a third of outreach contract dollars.")
    type_in(page, out.get_by_label("Implementation:"),
            "The purchasing manager brings in a new contract template by July 2026 with $20,000.")
    press(page, button(out, "Save my review"))
    return "Saved your review to equity-review.json"


def upstream_sorter(check_id: str):
    def drive(page: Page, out: Locator) -> str:
        for number, item in enumerate(ORDERS[check_id].split(), start=1):
            where = " (most downstream)" if number == 1 else " (most upstream)" if number == 4 else ""
            select = out.get_by_label(f"Position {number}{where}:", exact=True)
            choose(page, select, next(label for label in options(select) if label.startswith(f"{item}.")))
            level = out.get_by_label(f"Level for position {number}:", exact=True)
            choose(page, level, next(label for label in options(level) if label.endswith(SORTS[check_id][item])))
            type_in(page, out.get_by_label(f"Why, for position {number}:", exact=True),
                    f"What {item} changes, for whom and for how long")
        press(page, button(out, "Save my sort"))
        return f"Saved your sort to upstream-{check_id.split('.')[1]}.json"
    return drive


# check id -> the labels a LabelPicker is given, by item (one label each; the first that earns the point)
PICKED: dict[str, dict[str, str]] = {
    "ex00.root": {"answer": CHOICES["ex00.root"]},
    "ex00.mechanism": {"answer": CHOICES["ex00.mechanism"]},
    "ex00.spectrum": {"X1": str(PLACEMENTS["ex00.spectrum"]["X1"])},
    "ex02.levers": {item: levers[0] for item, levers in LEVERS["ex02.levers"].items()},
    "ex06.statements": LABELS["ex06.statements"],
    "ex07.requests": {item: decisions[0] for item, decisions in DECISIONS["ex07.requests"].items()},
}


def label_picker(check_id: str):
    """Choose each item's label in a LabelPicker by keyboard, then press its Save button."""
    def drive(page: Page, out: Locator) -> str:
        found = picking(check_id)
        shown = {value: text for text, value in found.options}
        for item, value in PICKED[check_id].items():
            where = "Your answer:" if found.is_choice else f"{found.word} for {item}:"
            choose(page, out.get_by_label(where, exact=True), shown[found.read(value)])
        what = "answer" if found.is_choice else "choices"
        press(page, button(out, f"Save my {what}"))
        return f"Saved your {what} to {check_id}.json"
    return drive


def retype(page: Page, field: Locator, text: str) -> None:
    """Replace what a box holds (the department plan starts from earlier work) by typing."""
    field.focus()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    type_in(page, field, text)


def department_plan_builder(page: Page, out: Locator) -> str:
    """Every part of ex10's plan by keyboard: boxes, drop-downs, one commitment and one milestone."""
    for label, text in (("Department or team:", "Riverbend Environmental Health team"),
                        ("Health equity goal:", "Every renter in Eastside lives in a home free of mold and lead."),
                        ("Community partner:", "Eastside Tenants Union"),
                        ("Step to get there:", "Sign an agreement so the union co-leads the inspection plan"),
                        ("Who you will meet:", "Keisha Robinson, Eastside Tenants Union\nLuis Ortega, Unidos Riverbend"),
                        ("Why you will meet:", "To learn what their members care about before asking for anything"),
                        ("What data:", "Mold and lead complaints by neighborhood, every quarter"),
                        ("Shared with (partner):", "Eastside Tenants Union"),
                        ("What they will use it for:", "Their campaign for just-cause eviction protections"),
                        ("Protecting small numbers:", "Counts from 1 to 10 suppressed"),
                        ("Policy change:", "A just-cause eviction ordinance"),
                        ("Partner whose campaign:", "Eastside Tenants Union"),
                        ("Their campaign or priority:", "Just-cause eviction protections"),
                        ("What the department brings:", "Data on housing and health, and testimony")):
        retype(page, out.get_by_label(label, exact=True), text)
    choose(page, out.get_by_label("Where it is now:", exact=True), SPECTRUM[level("Involve").number].label)
    choose(page, out.get_by_label("Level it aims for:", exact=True), SPECTRUM[level("Collaborate").number].label)
    for label, text in (("What the department will do:", "Set up a community advisory board for inspections"),
                        ("Owner (person or role):", "Environmental Health Manager"),
                        ("Answers to (partner):", "Eastside Tenants Union"),
                        ("Mechanism:", "community advisory board"), ("How often:", "every month")):
        retype(page, out.get_by_label(label, exact=True), text)
    press(page, button(out, "Add commitment"))
    choose(page, out.get_by_label("Month:", exact=True), "Month 3")
    for label, text in (("What happens:", "First advisory board meeting"), ("Milestone owner:", "Health Officer"),
                        ("Partner involved:", "Eastside Tenants Union")):
        retype(page, out.get_by_label(label, exact=True), text)
    choose(page, out.get_by_label("Part it serves:", exact=True), "Accountability")
    press(page, button(out, "Add milestone"))
    press(page, button(out, "Save my plan"))
    return "Saved your plan ("


def accountability_plan(page: Page, out: Locator) -> str:
    accountability_plan_builder(page, out, "")  # one commitment, reviewed and saved, by keyboard
    return "Saved 1 commitment to accountability-plan.json"


Builder = tuple[str, Callable[[Page, Locator], str], str]


def picker(check_id: str, read: str) -> Builder:
    """A LabelPicker's entry in BUILDERS."""
    return f'LabelPicker("{check_id}"', label_picker(check_id), read


# exercise -> (the builder's code in its cell, the driver, what its answer cell prints once read)
BUILDERS: dict[str, list[Builder]] = {
    "ex00": [picker("ex00.root", "Read your answer"), picker("ex00.mechanism", "Read your answer"),
             picker("ex00.spectrum", "Read your answers")],
    "ex02": [('AccountabilityPlanBuilder("ex02.plan"', accountability_plan,
              "Publish inspection results for every home the union reports"),
             picker("ex02.levers", "Read your answers")],
    "ex06": [picker("ex06.statements", "Read your answers")],
    "ex07": [picker("ex07.requests", "Read your answers")],
    "ex01": [('SpectrumMapper("ex01.spectrum"', spectrum_mapper, "Read your placements"),
             ('OneToOnePlanner("ex01.one_to_one"', one_to_one_planner, "Read your plan")],
    "ex04": [('AlliancePlanBuilder("ex04.alliance_plan"', alliance_plan_builder, "Read your alliance plan")],
    "ex05": [('AllyMapBuilder("ex05.allies"', ally_map_builder, "Read your ally map")],
    "ex08": [('StatementMatcher("ex08.statements"', statement_matcher, "Read your matches"),
             ('EquityReviewBuilder("ex08.review"', equity_review_builder, "Read your review")],
    "ex10": [('DepartmentPlanBuilder(folder="."', department_plan_builder, "Riverbend Environmental Health team")],
    "ex09": [('UpstreamSorter("ex09.housing"', upstream_sorter("ex09.housing"), "Read your sort"),
             ('UpstreamSorter("ex09.work"', upstream_sorter("ex09.work"), "Read your sort")],
}

# what an answer cell shows before anything is saved, where it is not "Nothing saved yet: ... Save button"
BEFORE = {'AccountabilityPlanBuilder("ex02.plan"': "No commitments yet",
          'DepartmentPlanBuilder(folder="."': "health equity plan"}


def answer_output(notebook: NotebookPage, builder_code: str) -> Locator:
    """The output of the answer cell that follows a builder's cell."""
    cells = nbformat.read(notebook.lab.folder / notebook.path, as_version=4).cells
    index = next(n for n, c in enumerate(cells) if c.cell_type == "code" and builder_code in c.source)
    answer = next(n for n in range(index + 1, len(cells)) if re.search(r"\bload_\w+\(|\.load\(", cells[n].source))
    return notebook.page.locator(f'.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell'
                                 f'[data-windowed-list-index="{answer}"] .jp-OutputArea-output').first


@pytest.mark.parametrize("assignment", sorted(BUILDERS))
def test_every_builder_answers_by_keyboard_and_its_answer_cell_reads_the_saved_file(lab, page, assignment):
    relative = f"exercises/{assignment}/{assignment}.ipynb"
    release(course_root() / relative, lab.folder / relative)
    notebook = NotebookPage(page, lab)
    try:
        notebook.open_next(relative)
        notebook.run_all()
        assert notebook.problems() == [], f"{assignment} shows errors before anything is saved"
        for code, _, _ in BUILDERS[assignment]:
            expect(answer_output(notebook, code)).to_contain_text(BEFORE.get(code, re.compile(r"saved yet: .*Save button")),
                                                                  timeout=WAIT)
        for code, drive, _ in BUILDERS[assignment]:
            out = notebook.output(code)
            out.scroll_into_view_if_needed()
            saved = drive(page, out)
            said = status(out).last  # the builder's own status line (list editors inside it have theirs above)
            expect(said).to_contain_text(saved, timeout=WAIT)
            expect(said).to_contain_text("submitted with your notebook", timeout=WAIT)
        for code, _, _ in BUILDERS[assignment]:
            name = re.search(r"saves (\S+\.json)", next(
                c.source for c in nbformat.read(lab.folder / relative, as_version=4).cells if code in c.source))
            assert name and (lab.folder / relative).parent.joinpath(name.group(1)).is_file()
            picked = re.match(r'LabelPicker\("([^"]+)"', code)
            if picked:  # the file holds, for each item, the label chosen by keyboard
                labels = read_labels((lab.folder / relative).parent / name.group(1))
                found = picking(picked.group(1))
                assert labels == {item: found.read(value) for item, value in PICKED[picked.group(1)].items()}

        time.sleep(0.5)
        notebook.restart_and_run_all()
        assert notebook.problems() == [], f"{assignment} shows errors after the builders were saved"
        for code, _, read in BUILDERS[assignment]:
            expect(notebook.output(code)).to_contain_text("reloaded from", timeout=WAIT)
            expect(answer_output(notebook, code)).to_contain_text(read, timeout=WAIT)
    finally:
        notebook.screenshot(f"{assignment}-builders")
        lab.shut_down_kernels()
