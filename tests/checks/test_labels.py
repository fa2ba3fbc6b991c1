"""Does the labels kind register every vocabulary's items, grade a dict case id -> label the same
way for each, and say exactly which file, item and field to fix when an item is wrong?

What each vocabulary's feedback says is pinned in test_labels_<vocabulary>.py."""

from __future__ import annotations

import pytest

from grader.checks import check, points, spec
from grader.checks.catalog import register_item
from grader.checks.hashing import digest
from grader.checks.labels import OTHER_NARRATIVE, VOCABULARIES, case_sets, labels, narrative_item, shown, vocabulary_of
from grader.course.items import ItemError, all_items, load_file

LABEL_ITEMS = [item for item in all_items() if item.kind == "labels"]
SCENARIO = {"id": "S1", "partner": "Riverside", "text": "Staff explain new hours.", "evidence": "Told, not asked.",
            "hint": "Ask: can anyone change anything?"}
GOAL = {"id": "G1", "organization": "Tenants Union", "goal": "Inspect moldy homes.", "evidence": "A formal power.",
        "hint": "Ask: which power does the law give?"}


def item_file(tmp_path, body: str):
    """One made-up module's item file holding ``body`` (its items), read as the catalog reads it."""
    path = tmp_path / "09-made-up.toml"
    path.write_text('module = "09"\n\n' + body, encoding="utf-8")
    return load_file(path).items


# ---- the course's items ----

def test_the_five_old_kinds_are_one_and_every_vocabulary_is_used():
    assert {item.fields["vocabulary"] for item in LABEL_ITEMS} == set(VOCABULARIES)
    assert {"spectrum_placements", "lever_matches", "statement_labels", "care_decisions",
            "statement_matches"}.isdisjoint(item.kind for item in all_items())


@pytest.mark.parametrize("item", LABEL_ITEMS, ids=lambda item: item.id)
def test_each_item_is_registered_with_its_vocabulary_and_one_point_per_case(item):
    words = vocabulary_of(item.id)
    assert words is not None and words.name == item.fields["vocabulary"]
    found = case_sets(words.name)[item.id]
    assert [case.id for case in found] == [case["id"] for case in item.fields["cases"]]
    assert all(isinstance(case, words.case) for case in found)
    assert spec(item.id).max_points == len(found)


def test_a_check_of_another_kind_has_no_vocabulary():
    assert vocabulary_of("00.power") is None


# ---- item files that cannot be read ----

def test_an_unknown_vocabulary_names_the_file_the_item_and_the_known_vocabularies(tmp_path, private_catalog):
    (item,) = item_file(tmp_path, '[[item]]\nkind = "labels"\nvocabulary = "colors"\nid = "09.colors"\n'
                                  'title = "T"\n[item.key_digests]\nS1 = "x"\n[[item.cases]]\nid = "S1"\n')
    with pytest.raises(ItemError) as raised:
        register_item(item)
    assert str(raised.value) == ('09-made-up.toml, item "09.colors": unknown vocabulary "colors". '
                                 "Known vocabularies: care, equity_question, lever, narrative, spectrum.")


def test_a_case_with_the_wrong_fields_names_the_case_and_the_vocabularys_fields(tmp_path, private_catalog):
    (item,) = item_file(tmp_path, '[[item]]\nkind = "labels"\nvocabulary = "lever"\nid = "09.levers"\n'
                                  'title = "T"\n[item.key_digests]\nG1 = ["x"]\n[[item.cases]]\n'
                                  'id = "G1"\norganization = "O"\ngoals = "typo"\nevidence = "e"\nhint = "h"\n')
    with pytest.raises(ItemError) as raised:
        register_item(item)
    assert str(raised.value) == (
        '09-made-up.toml, item "09.levers": field "cases", case 1: unknown field(s) [\'goals\']; missing '
        "['goal']. In vocabulary \"lever\" a goal has id, organization, goal, evidence, hint."
    )


def test_a_case_field_that_is_not_text_names_the_field(tmp_path, private_catalog):
    (item,) = item_file(tmp_path, '[[item]]\nkind = "labels"\nvocabulary = "spectrum"\nid = "09.spectrum"\n'
                                  'title = "T"\n[item.key_digests]\nS1 = "x"\n[[item.cases]]\nid = 1\n')
    with pytest.raises(ItemError, match=r'field "cases"\[0\]\.id: expected text in quotes, found 1'):
        register_item(item)


@pytest.mark.parametrize("vocabulary, case, keys, message", [
    ("spectrum", SCENARIO, {"S1": ("a", "b")}, 'vocabulary "spectrum" keeps one digest per case, as text in quotes'),
    ("lever", GOAL, {"G1": ()}, "give at least one digest"),
    ("narrative", {"id": "P1", "source": "s", "text": "t", "evidence": "e", "hint": "h"}, {"P1": "a"},
     'vocabulary "narrative" keeps two digests per case, [label, detail]'),
    ("lever", GOAL, {}, "should hold one entry per case (G1); missing ['G1'], not a case []"),
    ("lever", GOAL, {"G1": "a", "G2": "b"}, "missing [], not a case ['G2']"),
])
def test_digests_that_do_not_fit_the_vocabulary_say_what_it_keeps(private_catalog, vocabulary, case, keys, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(")
                       .replace(")", r"\)")):
        labels("zz.bad", "T", vocabulary, (case,), keys)


def test_no_cases_or_a_case_id_used_twice_is_an_error(private_catalog):
    with pytest.raises(ValueError, match='field "cases" is empty'):
        labels("zz.none", "T", "lever", (), {})
    with pytest.raises(ValueError, match=r"the id\(s\) \['G1'\] are used twice"):
        labels("zz.twice", "T", "lever", (GOAL, GOAL), {"G1": ("a",)})


# ---- grading, the same for every vocabulary ----

def test_a_case_with_several_acceptable_labels_earns_its_point_for_each(private_catalog):
    labels("zz.levers", "T", "lever", (GOAL,), {"G1": (digest("zz.levers", "G1", "data"),
                                                       digest("zz.levers", "G1", "funding"))})
    assert points("zz.levers", {"G1": "Data"}) == points("zz.levers", {"G1": "money"}) == 1.0
    assert points("zz.levers", {"G1": "relationships"}) == 0.0
    assert [n.reason for n in check("zz.levers", {"G1": "regulation"}).notes] == [GOAL["hint"]]


def test_a_detail_changes_the_evidence_but_never_the_score(private_catalog):
    case = {"id": "P1", "source": "s", "text": "t", "evidence": "Evidence.", "hint": "h"}
    labels("zz.n", "T", "narrative", (case,), {"P1": (digest("zz.n", "P1", "dominant"),
                                                      digest("zz.n", narrative_item("P1"), "market-only"))})
    fits, other, bare = (check("zz.n", {"P1": label}) for label in ("market only", "individualism", "dominant"))
    assert [f.notes[0].reason for f in (fits, other, bare)] == [
        "Evidence. The narrative you named fits it too.", "Evidence." + OTHER_NARRATIVE,
        "Evidence."]
    assert fits.points == other.points == bare.points == 1.0


def test_the_max_points_of_an_item_can_differ_from_its_number_of_cases(private_catalog):
    labels("zz.s", "T", "spectrum", (SCENARIO,), {"S1": digest("zz.s", "S1", 2)}, max_points=3)
    assert spec("zz.s").max_points == 3.0


@pytest.mark.parametrize("vocabulary, case_word, example", [
    ("spectrum", "scenario", '{"S1": "Consult", ...}'), ("lever", "goal", '{"S1": "data", ...}'),
    ("narrative", "statement", '{"S1": "transformative", ...}'), ("care", "request", '"may share", "collective'),
    ("equity_question", "statement", '{"S1": "data", ...}'),
])
def test_the_expected_form_names_the_cases_and_shows_an_example(vocabulary, case_word, example):
    expects = VOCABULARIES[vocabulary].expected_form(["S1"])
    assert f"each {case_word} (S1)" in expects and example in expects


@pytest.mark.parametrize("vocabulary", sorted(VOCABULARIES))
def test_every_vocabulary_reports_an_unknown_label_with_its_parsers_error(vocabulary):
    words = VOCABULARIES[vocabulary]
    with pytest.raises(words.unknown, match='"vibes" is not'):
        words.read("vibes")


# ---- showing the cases ----

def test_the_cases_are_shown_only_for_the_vocabularies_asked_for(private_catalog):
    labels("zz.g", "T", "lever", (GOAL,), {"G1": ("a",)})
    page = shown("zz.g", ("lever",), "not a lever question")
    assert str(page).startswith("G1. Tenants Union: Inspect moldy homes.\n\nLevers:\n  data: ")
    assert '<th scope="col">organization</th><th scope="col">goal</th>' in page.html
    assert GOAL["evidence"] not in page.text + page.html and GOAL["hint"] not in page.text + page.html
    with pytest.raises(KeyError, match="not a sharing question"):
        shown("zz.g", ("care",), "not a sharing question")
    with pytest.raises(KeyError, match="not a sharing question"):
        shown("00.power", ("care",), "not a sharing question")
