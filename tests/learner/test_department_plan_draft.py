"""Does the first draft draw in what the learner saved, say where every part came from or where to
go, and never fail on missing or damaged saved work?"""

from __future__ import annotations

from grader.domain.accountability import PLAN_FILE
from grader.domain.department_plan import STORE_NAME, DepartmentPlan
from grader.learner.department_plan_draft import (
    draft_from_saved_work,
    saved_plan,
    starting_plan,
)
from grader.learner.store import LearnerStore
from tests.support.builders import good_plan as good_one_to_one
from tests.support.keys_02 import good_plan as good_accountability_plan
from tests.support.keys_10 import good_plan


def save_earlier_work(store: LearnerStore) -> None:
    store.save("spectrum-01.spectrum", {"P1": 1, "P3": 4, "P5": 2, "P6": 0})
    store.save("one-to-one-plan", good_one_to_one().to_dict())
    good_accountability_plan().save(store.root / PLAN_FILE)


def test_with_nothing_saved_every_part_is_blank_and_each_note_says_where_to_go(store):
    draft = draft_from_saved_work(store)
    assert draft.plan.is_blank()
    assert [note.split(":")[0] for note in draft.notes] == ["Partnership", "One-to-ones", "Accountability",
                                                           "Data sharing", "Policy agenda"]
    assert "module 01" in draft.notes[0] and "module 02" in draft.notes[2] and "module 09" in draft.notes[4]


def test_saved_work_fills_the_partnership_one_to_ones_and_accountability(store):
    save_earlier_work(store)
    plan = draft_from_saved_work(store).plan
    # the power-building partner with most room to grow: Southgate Families United, placed at Consult
    assert (plan.partnership.partner, plan.partnership.now, plan.partnership.aim) == ("Southgate Families United", 2, 3)
    assert plan.one_to_ones.people == [good_one_to_one().partner]
    assert plan.one_to_ones.purpose == good_one_to_one().purpose
    assert plan.accountability == good_accountability_plan().commitments
    assert plan.data.is_blank() and plan.policy.is_blank() and plan.partnership.step == ""


def test_the_draft_suggests_a_first_one_to_one_and_a_first_check_in(store):
    save_earlier_work(store)
    first_commitment = good_accountability_plan().commitments[0]
    (meet, check_in) = draft_from_saved_work(store).plan.milestones
    assert (meet.month, meet.part, meet.owner) == (1, "one_to_ones", "")
    assert (check_in.month, check_in.part, check_in.partner, check_in.owner) == (
        3, "accountability", first_commitment.answers_to, first_commitment.owner)


def test_notes_say_where_each_drawn_part_came_from(store):
    save_earlier_work(store)
    notes = draft_from_saved_work(store).notes
    assert "spectrum map in module 01" in notes[0] and "Southgate Families United at 2 Consult" in notes[0]
    assert "one-to-one plan (module 01)" in notes[1]
    assert "accountability plan (module 02), 2 commitments" in notes[2]


def test_a_saved_reflection_is_quoted_in_the_note_for_its_part(store):
    store.save("reflection-09-agenda", {"text": "We would back the heat standard the Worker Center wants."})
    store.save("reflection-07-community-research", {"text": " ".join(["word"] * 60)})
    notes = draft_from_saved_work(store).notes
    assert "Your reflection in module 09 said: \u201cWe would back the heat standard" in notes[4]
    assert notes[3].endswith("word …\u201d") and notes[3].count("word") == 40


def test_damaged_saved_work_becomes_a_blank_part_and_a_note(store):
    save_earlier_work(store)
    store.path("one-to-one-plan").write_text("{broken", encoding="utf-8")
    (store.root / PLAN_FILE).write_text("[1, 2", encoding="utf-8")
    store.path("reflection-09-agenda").write_text("nope", encoding="utf-8")
    draft = draft_from_saved_work(store)
    assert draft.plan.one_to_ones.is_blank() and draft.plan.accountability == []
    assert draft.plan.partnership.partner == "Southgate Families United"
    assert any("one-to-one-plan.json could not be read" in note for note in draft.notes)
    assert any("accountability-plan.json could not be read" in note for note in draft.notes)


def test_a_saved_department_plan_comes_first(store):
    save_earlier_work(store)
    store.save(STORE_NAME, good_plan().to_dict())
    draft = starting_plan(store)
    assert draft.plan == good_plan() and draft.notes == ["Your saved department plan was reloaded."]


def test_an_unreadable_saved_department_plan_falls_back_to_the_draft_and_says_so(store):
    store.save(STORE_NAME, {"milestones": [{"month": 40}]})
    plan, message = saved_plan(store)
    assert plan is None and "could not be read" in message and "Month 40" in message
    draft = starting_plan(store)
    assert draft.plan.is_blank() and draft.notes[0] == message


def test_a_saved_blank_plan_counts_as_not_saved(store):
    store.save(STORE_NAME, DepartmentPlan().to_dict())
    assert saved_plan(store) == (None, "")
