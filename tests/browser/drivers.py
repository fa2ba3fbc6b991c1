"""One learner interaction per widget type, by keyboard only, with the feedback it must show.

Each driver gets the widget's output in the page and its cell's code. It reaches every
control with Tab, types, opens drop-downs with Alt+Down (plain arrow keys on a closed
drop-down are JupyterLab's own shortcuts for moving between cells), presses buttons with
Enter, and asserts what the learner then reads. A widget type without a driver of its own
gets ``generic``: fill what it asks for, press its Check or Review button, expect feedback.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import time
from collections.abc import Callable

import ipywidgets
from playwright.sync_api import Locator, Page, expect

from grader.domain.decision_process import SUPPORTS
from grader.domain.spectrum import SPECTRUM, level
from tests.support.answer_keys import PLACEMENTS, every_choice_key
from tests.support.builders import good_plan
from tests.support.keys_03 import REDESIGNS

FEEDBACK = ".equity-feedback"
HEADLINE = re.compile(r"Well done|Worth another look|Not checked yet|Ready to submit|checked parts? holds? up|"
                      r"Hints on your writing")
WAIT = 30_000  # ms: a busy machine can be slow to answer


def right_choices() -> dict[str, str]:
    """Every choice question's right letter the tests know (tests/support/answer_keys.py, keys_NN.py)."""
    return every_choice_key()


def widget_types() -> dict[str, type]:
    """Every widget class the course defines in grader/widgets/, by name."""
    import grader.widgets

    found = {}
    for module in pkgutil.iter_modules(grader.widgets.__path__):
        loaded = importlib.import_module(f"grader.widgets.{module.name}")
        found.update({name: cls for name, cls in inspect.getmembers(loaded, inspect.isclass)
                      if issubclass(cls, ipywidgets.Box) and cls.__module__ == loaded.__name__})
    return found


# ---- keyboard helpers ----

def focused(locator: Locator) -> bool:
    return locator.evaluate("element => element === document.activeElement")


def tab_to(page: Page, target: Locator, limit: int = 60) -> None:
    """Press Tab until ``target`` has the focus: proof it can be reached by keyboard."""
    for _ in range(limit):
        if focused(target):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Could not reach {target} with Tab within {limit} presses")


def press(page: Page, button: Locator) -> None:
    """Reach a button by keyboard and press it with Enter."""
    tab_to(page, button)
    page.keyboard.press("Enter")


def type_in(page: Page, field: Locator, text: str) -> None:
    """Focus a text box (as Tab would) and type, one line at a time."""
    field.focus()
    for number, line in enumerate(text.split("\n")):
        if number:
            page.keyboard.press("Enter")
        page.keyboard.type(line)


def options(select: Locator) -> list[str]:
    """A drop-down's option labels (ipywidgets writes their spaces as no-break spaces)."""
    return [text.replace("\xa0", " ") for text in select.locator("option").all_text_contents()]


def choose(page: Page, select: Locator, label: str) -> None:
    """Pick an option of a drop-down with the keyboard: Alt+Down opens it, arrows move, Enter picks."""
    labels = options(select)
    target = labels.index(label)
    for _ in range(4):
        current = select.evaluate("element => element.selectedIndex")
        if current == target:
            return
        select.focus()
        page.keyboard.press("Alt+ArrowDown")
        time.sleep(0.15)  # the list opens
        for _ in range(abs(target - current)):
            page.keyboard.press("ArrowDown" if target > current else "ArrowUp")
        page.keyboard.press("Enter")
        time.sleep(0.1)
    raise AssertionError(f"Could not choose {label!r} with the keyboard; the drop-down shows "
                         f"{labels[select.evaluate('element => element.selectedIndex')]!r}")


def first_option(select: Locator) -> str:
    """The first real option (not the "Choose ..." prompt)."""
    return options(select)[1]


def button(out: Locator, name: str) -> Locator:
    """A button by its visible words (its icon adds a private-use glyph before them)."""
    return out.get_by_role("button", name=re.compile(rf"(^|\W){re.escape(name)}$"))


def status(out: Locator) -> Locator:
    return out.locator("p[role=status]")


def check_id(code: str) -> str:
    found = re.search(r'\(\s*"([^"]+)"', code)
    return found.group(1) if found else ""


# ---- one driver per widget type ----

def choice_question(page: Page, out: Locator, code: str) -> str:
    right = right_choices().get(check_id(code))
    radios = out.get_by_role("radio")
    letters = [text.split(")")[0].strip() for text in out.locator(".widget-radio-box label").all_inner_texts()]
    index = letters.index(right) if right in letters else 0
    for _ in range(3):  # a busy page may take the focus back once; try again, still by keyboard
        radios.first.focus()
        for _ in range(index):
            page.keyboard.press("Tab")
        page.keyboard.press("Space")
        if radios.nth(index).is_checked():
            break
        time.sleep(0.5)
    expect(radios.nth(index)).to_be_checked(timeout=WAIT)
    press(page, button(out, "Check my answer"))
    expect(out.locator(FEEDBACK)).to_contain_text("Well done" if right else HEADLINE, timeout=WAIT)
    return out.locator(FEEDBACK).inner_text()


def spectrum_mapper(page: Page, out: Locator, code: str) -> str:
    key = PLACEMENTS.get(check_id(code), {})
    selects = out.locator("select")
    for number in range(selects.count() if key else 1):
        select = selects.nth(number)
        scenario = select.evaluate("e => e.closest('.widget-dropdown').querySelector('label').textContent")
        level = key.get(scenario.removeprefix("Level for ").rstrip(":"), 1)
        choose(page, select, SPECTRUM[level].label)
    expect(out).to_contain_text("impact:", timeout=WAIT)  # the meaning of the chosen level
    press(page, button(out, "Check my placements"))
    expect(out.locator(FEEDBACK)).to_contain_text("Well done" if key else HEADLINE, timeout=WAIT)
    return out.locator(FEEDBACK).inner_text()


def one_to_one_planner(page: Page, out: Locator, code: str) -> str:
    plan = good_plan()
    type_in(page, out.get_by_label("Who you will meet:"), plan.partner)
    type_in(page, out.get_by_label("Purpose:"), plan.purpose)
    type_in(page, out.get_by_label("Your questions:"), "\n".join(plan.questions))
    type_in(page, out.get_by_label("Listen for:"), "\n".join(plan.listen_for))
    minutes = out.get_by_label("Length (minutes):")
    minutes.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type(str(plan.minutes))
    type_in(page, out.get_by_label("Follow-up:"), plan.follow_up)
    press(page, button(out, "Review my plan"))
    expect(out.locator(FEEDBACK)).to_contain_text("The 6 checked parts hold up", timeout=WAIT)
    press(page, button(out, "Save my plan"))
    expect(status(out)).to_contain_text("Saved your plan to one-to-one-plan.json", timeout=WAIT)
    return out.locator(FEEDBACK).inner_text()


def reflection(page: Page, out: Locator, code: str) -> str:
    words = "I would like the tenants most affected by mold to decide with us which homes we inspect first " \
            "and how we report back to them every month"
    type_in(page, out.get_by_label("Your reflection:"), words)
    press(page, button(out, "Save my reflection"))
    expect(status(out)).to_contain_text(f"Saved ({len(words.split())} words).", timeout=WAIT)
    return status(out).inner_text()


def self_assessment(page: Page, out: Locator, code: str) -> str:
    selects = out.locator("select")
    expect(out.get_by_label("Objective 1:")).to_be_visible(timeout=WAIT)  # each rating has its label
    for number in range(selects.count()):
        choose(page, selects.nth(number), "2 with help")
    press(page, button(out, "Save my ratings"))
    expect(status(out)).to_contain_text("Saved: 2.0 of 4 on average.", timeout=WAIT)
    return status(out).inner_text()


def accountability_plan_builder(page: Page, out: Locator, code: str) -> str:
    action = "Publish inspection results for every home the union reports, each month"
    type_in(page, out.get_by_label("What the department will do:"), action)
    type_in(page, out.get_by_label("Owner (person or role):"), "Environmental Health Manager")
    type_in(page, out.get_by_label("Answers to (partner):"), "Eastside Tenants Union")
    press(page, button(out, "Add commitment"))
    expect(status(out)).to_contain_text("Added commitment 1", timeout=WAIT)
    expect(out.locator("table")).to_contain_text(action, timeout=WAIT)
    press(page, button(out, "Review my plan"))
    expect(out.locator(FEEDBACK)).to_contain_text(HEADLINE, timeout=WAIT)
    press(page, button(out, "Save my plan"))
    expect(status(out)).to_contain_text("Saved 1 commitment to accountability-plan.json", timeout=WAIT)
    return out.locator(FEEDBACK).inner_text()


def decision_process_redesigner(page: Page, out: Locator, code: str) -> str:
    """Answer every design question by keyboard with the key's design, check it, save it."""
    design = REDESIGNS[check_id(code)]
    choose(page, out.get_by_label("Target level:"), SPECTRUM[level(design["target"]).number].label)
    seats = "\n".join(f"{group} | {count}" for group, count in design["community_seats"].items())
    type_in(page, out.get_by_label("Seats for residents most affected:"), seats)
    resources = design["resources"]
    for label, value in (("Department staff seats:", design["staff_seats"]), ("Total seats:", design["total_seats"]),
                         ("Community partners (%):", resources["community partners and processes"]),
                         ("Department administration (%):", resources["department administration"])):
        type_in(page, out.get_by_label(label), str(value))
    for label, key in (("How members are chosen:", "chosen_by"), ("The committee's authority:", "authority"),
                       ("Authority written in:", "written_in"), ("How disagreement is settled:", "disagreement")):
        choose(page, out.get_by_label(label), design[key])
    for support in [name for name in SUPPORTS if name in design["paid_participation"]]:  # in page order
        box = out.get_by_label(f"Paid participation: {support}")
        tab_to(page, box)
        page.keyboard.press("Space")
        expect(box).to_be_checked(timeout=WAIT)
    press(page, button(out, "Check my design"))
    expect(out.locator(FEEDBACK)).to_contain_text(
        "Ready to submit" if check_id(code).startswith("ex") else "Well done", timeout=WAIT)
    press(page, button(out, "Save my design"))
    expect(status(out)).to_contain_text("Saved your design to process-design.json", timeout=WAIT)
    return out.locator(FEEDBACK).inner_text()


def indicator_viewer(page: Page, out: Locator, code: str) -> str:
    select = out.locator("select")
    before = out.locator("img").get_attribute("alt")
    choose(page, select, options(select)[1])
    expect(out.locator("img")).not_to_have_attribute("alt", before, timeout=WAIT)
    expect(out.locator("figcaption")).to_contain_text("Description:", timeout=WAIT)
    return out.locator("figcaption").inner_text()


def alliance_plan_builder(page: Page, out: Locator, code: str) -> str:
    type_in(page, out.get_by_label("Allies:"),
            "Eastside Tenants Union | community power-building organization | members who testify")
    type_in(page, out.get_by_label("Communities' own goals:"), "Safe, mold-free homes")
    press(page, button(out, "Review my plan"))
    expect(out.locator(FEEDBACK)).to_contain_text(HEADLINE, timeout=WAIT)
    return out.locator(FEEDBACK).inner_text()


def ally_map_builder(page: Page, out: Locator, code: str) -> str:
    name = "Riverbend Tenants Network"
    type_in(page, out.get_by_label("Ally:"), name)
    for label in ("Scale:", "Kind of partner:"):
        select = out.get_by_label(label)
        choose(page, select, first_option(select))
    press(page, button(out, "Add this ally"))
    expect(status(out)).to_contain_text(f"Added {name}", timeout=WAIT)
    expect(out.locator("table")).to_contain_text(name, timeout=WAIT)
    press(page, button(out, "Review my map"))
    expect(out.locator(FEEDBACK)).to_contain_text(HEADLINE, timeout=WAIT)
    return out.locator(FEEDBACK).inner_text()


def scorecard_explorer(page: Page, out: Locator, code: str) -> str:
    weight = out.locator("input[type=number]").first
    start = int(weight.input_value())
    weight.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type(str(start + 10))
    page.keyboard.press("Tab")  # leaving the box sets the value
    press(page, button(out, "Score the providers"))
    expect(status(out)).to_contain_text("Scored with 110 points available.", timeout=WAIT)
    expect(out.locator("table")).to_contain_text("rank", timeout=WAIT)
    return status(out).inner_text()


def generic(page: Page, out: Locator, code: str) -> str:
    """Any other widget: answer what it asks, press its Check or Review button, read the feedback."""
    selects = out.locator("select")
    for number in range(min(selects.count(), 4)):
        choose(page, selects.nth(number), first_option(selects.nth(number)))
    boxes = out.locator("textarea, input[type=text]")
    if boxes.count():
        type_in(page, boxes.first, "What matters most to the people who live with this every day?")
    action = out.get_by_role("button", name=re.compile(r"(^|\W)(Check|Review)")).first
    press(page, action)
    expect(out.locator(FEEDBACK)).to_contain_text(HEADLINE, timeout=WAIT)
    return out.locator(FEEDBACK).inner_text()


DRIVERS: dict[str, Callable[[Page, Locator, str], str]] = {
    "ChoiceQuestionWidget": choice_question,
    "SpectrumMapper": spectrum_mapper,
    "OneToOnePlanner": one_to_one_planner,
    "Reflection": reflection,
    "SelfAssessment": self_assessment,
    "AccountabilityPlanBuilder": accountability_plan_builder,
    "DecisionProcessRedesigner": decision_process_redesigner,
    "IndicatorViewer": indicator_viewer,
    "AlliancePlanBuilder": alliance_plan_builder,
    "AllyMapBuilder": ally_map_builder,
    "ScorecardExplorer": scorecard_explorer,
}


def driver(widget_type: str) -> Callable[[Page, Locator, str], str]:
    return DRIVERS.get(widget_type, generic)
