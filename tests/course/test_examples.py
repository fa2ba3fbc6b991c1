"""Worked examples and scenarios as data (grader/course/examples.py): a good file becomes the
dataclasses the code asks for, and a bad file fails with the file, the field and the fix."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from grader.course.examples import ExampleError, example_file, examples_folder, load_example, load_examples
from grader.course.syllabus import course_root


@dataclasses.dataclass(frozen=True)
class Step:
    month: int
    action: str
    partner: str = ""

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not a month of the plan: use 1 to 12.")


@dataclasses.dataclass
class Plan:
    goal: str
    people: list[str]
    steps: tuple[Step, ...] = ()
    aim: int | None = None
    share: float = 0.0
    done: bool = False


GOOD = '''module = "07"
note = "A text on its own."

[plan]
goal = "Clinics everyone can reach."
people = ["Jordan Lee", "Sam Okafor"]
aim = 4
share = 1

[[plan.steps]]
month = 1
action = "Meet Jordan."

[[plan.steps]]
month = 3
action = "Meet Sam."
partner = "Department of Transportation"

[[steps]]
month = 2
action = "Listen."
'''


def course(tmp_path: Path, text: str, name: str = "07-mobilize-data-and-research.toml") -> Path:
    folder = tmp_path / "course" / "examples"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_good_file_becomes_the_dataclasses_asked_for(tmp_path: Path) -> None:
    root = course(tmp_path, GOOD)
    plan = load_example("07", "plan", Plan, root)
    assert plan == Plan("Clinics everyone can reach.", ["Jordan Lee", "Sam Okafor"],
                        (Step(1, "Meet Jordan."), Step(3, "Meet Sam.", "Department of Transportation")), 4, 1.0)
    assert isinstance(plan.share, float) and isinstance(plan.steps, tuple) and isinstance(plan.people, list)
    assert load_examples("07", "steps", Step, root) == (Step(2, "Listen."),)
    assert load_example("07", "note", str, root) == "A text on its own."


def test_each_call_builds_a_fresh_value(tmp_path: Path) -> None:
    root = course(tmp_path, GOOD)
    first = load_example("07", "plan", Plan, root)
    first.people.clear()
    assert load_example("07", "plan", Plan, root).people == ["Jordan Lee", "Sam Okafor"]


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    root = course(tmp_path, GOOD)
    assert load_example("07", "note", str, root) == "A text on its own."
    path = example_file("07", root)
    path.write_text(GOOD.replace("A text on its own.", "Changed, and longer than before."), encoding="utf-8")
    assert load_example("07", "note", str, root) == "Changed, and longer than before."


@pytest.mark.parametrize(("change", "message"), [
    (('aim = 4', 'aim = "four"'),
     'course/examples/07-mobilize-data-and-research.toml, plan.aim: should be a whole number, but it is a text (\'four\').'),
    (('goal = "Clinics everyone can reach."\n', ''),
     "course/examples/07-mobilize-data-and-research.toml, plan: missing goal. Add goal = ... to that table."),
    (('aim = 4', 'aims = 4'),
     "course/examples/07-mobilize-data-and-research.toml, plan: unknown field(s) aims. A Plan has: goal, people, steps, aim, share, done."),
    (('month = 3', 'month = 13'),
     "course/examples/07-mobilize-data-and-research.toml, plan.steps[2]: month 13 is not a month of the plan: use 1 to 12."),
    (('month = 3', 'month = true'),
     "course/examples/07-mobilize-data-and-research.toml, plan.steps[2].month: should be a whole number, but it is true/false (True)."),
    (('people = ["Jordan Lee", "Sam Okafor"]', 'people = "Jordan Lee"'),
     "course/examples/07-mobilize-data-and-research.toml, plan.people: should be a list"),
    (('people = ["Jordan Lee", "Sam Okafor"]', 'people = ["Jordan Lee", 2]'),
     "course/examples/07-mobilize-data-and-research.toml, plan.people[2]: should be a text in quotes"),
    (('module = "07"', 'module = "08"'),
     'course/examples/07-mobilize-data-and-research.toml: write module = "07" at the top, matching the file name.'),
    (('goal = "Clinics', 'goal = Clinics'), "course/examples/07-mobilize-data-and-research.toml is not valid TOML: "),
])
def test_a_bad_file_names_the_file_the_field_and_the_fix(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in GOOD
    root = course(tmp_path, GOOD.replace(old, new))
    with pytest.raises(ExampleError) as caught:
        load_example("07", "plan", Plan, root)
    assert str(caught.value).startswith(message), str(caught.value)


def test_a_missing_example_or_file_says_what_there_is(tmp_path: Path) -> None:
    root = course(tmp_path, GOOD)
    with pytest.raises(ExampleError, match=r'course/examples/07-mobilize-data-and-research.toml has no example called "plans" \(it has: note, plan, steps\)\. Add a \[plans\]'):
        load_example("07", "plans", Plan, root)
    with pytest.raises(ExampleError, match=r"no example file for module 05 .*files there: 07-mobilize-data-and-research.toml"):
        load_example("05", "plan", Plan, root)
    course(tmp_path, GOOD, "07-other-slug.toml")
    with pytest.raises(ExampleError, match="more than one example file for module 07"):
        load_example("07", "plan", Plan, root)


def test_a_table_where_a_text_belongs_and_a_text_where_a_table_belongs(tmp_path: Path) -> None:
    root = course(tmp_path, GOOD)
    with pytest.raises(ExampleError, match=r"course/examples/07-mobilize-data-and-research.toml, plan: should be a text in quotes"):
        load_example("07", "plan", str, root)
    with pytest.raises(ExampleError, match=r"course/examples/07-mobilize-data-and-research.toml, note: should be a table of fields "
                                           r"\(goal, people, steps, aim, share, done\), but it is a text"):
        load_example("07", "note", Plan, root)


# What the course's own files hold, and which module reads each example (so none is left unread).
READ_BY = {
    "04": {"practice_pushback": "grader.domain.alliance_plan", "exercise_pushback": "grader.domain.alliance_plan"},
    "06": {"worked_statement": "grader.domain.narrative", "worked_paragraph": "grader.domain.narrative",
           "worked_draft": "grader.domain.narrative", "worked_revision": "grader.domain.narrative"},
    "08": {f"{kind}_policy": "grader.domain.equity_review" for kind in ("grants", "hiring", "contracting")},
    "09": {"worked_placements": "grader.domain.upstream"},
    "10": {"department_plan": "grader.domain.department_plan_example"},
}


def test_every_course_example_file_is_read_and_every_example_in_it_is_used() -> None:
    files = sorted(examples_folder(course_root()).glob("*.toml"))
    assert sorted(p.name[:2] for p in files) == sorted(READ_BY)
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert set(data) - {"module"} == set(READ_BY[path.name[:2]]), path.name
        for reader in set(READ_BY[path.name[:2]].values()):
            source = Path(__import__(reader, fromlist=["_"]).__file__ or "").read_text(encoding="utf-8")
            assert all(f'"{name}"' in source for name, by in READ_BY[path.name[:2]].items() if by == reader), reader


def test_a_domain_rule_broken_in_a_real_plan_is_named_with_its_place(tmp_path: Path) -> None:
    from grader.domain.department_plan import DepartmentPlan

    root = course(tmp_path, 'module = "10"\n[department_plan]\ngoal = "A goal."\n\n[[department_plan.milestones]]\n'
                            'month = 14\naction = "Meet."\n', "10-capstone-department-plan.toml")
    with pytest.raises(ExampleError, match=r"^course/examples/10-capstone-department-plan.toml, "
                                           r"department_plan.milestones\[1\]: Month 14 is outside the plan's year"):
        load_example("10", "department_plan", DepartmentPlan, root)
