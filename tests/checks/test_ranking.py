"""grader/checks/ranking.py: does the ``ranking`` kind read a learner's ranked table, say what to fix
in the words its item file gives, never give a score away, and refuse an item file whose words it
cannot use with an error that names the file, the item and the fix?"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pandas as pd
import pytest

from grader.checks import registry
from grader.checks.catalog import register_item
from grader.checks.evidence import decode, encode
from grader.checks.feedback import Status
from grader.checks.hashing import digest
from grader.checks.ranking import default_words, in_order, ranking, ranking_words, read_ranked
from grader.checks.registry import AnswerProblem, check, points, spec
from grader.course.items import Item, ItemError, items_folder, load_file
from tests.support.answer_keys import COUNTS as KEYS_01
from tests.support.builders import ranked_frame
from tests.support.keys_05 import COUNTS as KEYS_05
from tests.support.keys_08 import SCORES as KEYS_08
from tests.support.keys_09 import COUNTS as KEYS_09

KEY = {"Oak": 3, "Elm": 2, "Ash": 2, "Yew": 0}


def trees_item(check_id: str = "zz.trees", **fields: object) -> None:
    """Register a ranking of trees by rings, with the kind's defaults unless ``fields`` say otherwise."""
    arguments: dict = {"noun": "tree", "name_column": "tree", "score_column": "rings",
                       "score_hint": "Count the rings.", **fields}
    ranking(check_id, "Trees", {name: digest(check_id, name, n) for name, n in KEY.items()}, **arguments)


@pytest.fixture
def trees(private_catalog):
    trees_item()
    return "zz.trees"


def table(rows, columns=("tree", "rings")):  # type: ignore[no-untyped-def]
    return pd.DataFrame(rows, columns=list(columns))


RIGHT = [("Oak", 3), ("Ash", 2), ("Elm", 2), ("Yew", 0)]


def notes(check_id: str, frame: object) -> dict[str, tuple[bool, str]]:
    """The notes nbgrader scores (a graded self-check hides them from the learner)."""
    return {n.label: (n.status is Status.HOLDS_UP, n.reason) for n in spec(check_id).grade(frame)}


def held(check_id: str, frame: object) -> dict[str, bool]:
    return {label: ok for label, (ok, _) in notes(check_id, frame).items()}


# ---- the check: four lines, scored ----

def test_the_right_table_holds_up_on_every_line_in_the_default_words(trees):
    assert notes(trees, table(RIGHT)) == {
        "every tree once": (True, "Every tree is listed exactly once."),
        "scores": (True, "Every score matches the rubric."),
        "highest to lowest": (True, "Sorted from the highest score to the lowest."),
        "ties A to Z": (True, "Trees with the same score are in A to Z order."),
    }
    assert points(trees, table(RIGHT)) == spec(trees).max_points == 5.0
    assert spec(trees).expects == ("Give a pandas DataFrame with the columns 'tree' and 'rings', "
                                   "one row per tree, sorted from the highest score to the lowest.")


def test_extra_columns_any_index_and_scores_as_floats_are_fine(trees):
    frame = table(RIGHT).set_index(pd.Index(range(50, 54))).astype({"rings": float})
    frame.insert(0, "rank", range(1, 5))
    frame["kind"] = "x"
    assert points(trees, frame) == 5.0


def test_a_wrong_score_names_the_row_and_the_hint_never_the_score_and_costs_two_lines(trees):
    frame = table([("Oak", 4), ("Ash", 2), ("Elm", 2), ("Yew", 0)])
    ok, reason = notes(trees, frame)["scores"]
    assert not ok and reason == "Rescore: Oak. Count the rings."
    assert points(trees, frame) == 3.0
    two_wrong = table([("Oak", 3), ("Elm", 1), ("Ash", 1), ("Yew", 0)])
    assert notes(trees, two_wrong)["scores"][1] == "Rescore: Elm, Ash. Count the rings."  # in the learner's order


def test_missing_extra_and_repeated_rows_are_all_said_at_once_and_the_scores_cannot_hold_up(trees):
    frame = table([("Oak", 3), ("Oak", 3), ("Pine", 1), ("Ash", 2)])
    ok, reason = notes(trees, frame)["every tree once"]
    assert not ok and reason == ("List each tree once (missing: Elm, Yew; not trees in the data: Pine; "
                                 "listed more than once: Oak).")
    assert held(trees, table(RIGHT[:-1])) == {"every tree once": False, "scores": False,
                                             "highest to lowest": True, "ties A to Z": True}


def test_lowest_first_costs_both_order_lines_and_ties_out_of_order_only_the_ties_line(trees):
    backwards = table(RIGHT[::-1])
    assert held(trees, backwards) == {"every tree once": True, "scores": True,
                                      "highest to lowest": False, "ties A to Z": False}
    assert notes(trees, backwards)["highest to lowest"][1] == "Sort by rings, highest first."
    assert points(trees, backwards) == 3.0
    swapped = table([("Oak", 3), ("Elm", 2), ("Ash", 2), ("Yew", 0)])
    assert notes(trees, swapped)["ties A to Z"] == (False, "Where scores are equal, put the trees in A to Z order.")
    assert points(trees, swapped) == 4.0


def test_order_and_ties_are_separate_lines():
    assert in_order(["Oak", "Ash", "Elm"], [3, 2, 2]) == (True, True)
    assert in_order(["Oak", "Elm", "Ash"], [3, 2, 2]) == (True, False)
    assert in_order(["Ash", "Oak"], [2, 3]) == (False, False)
    assert in_order([], []) == (False, False)


def test_a_score_that_is_not_a_number_is_wrong_and_breaks_the_order(trees):
    frame = table([("Oak", "three"), ("Ash", 2), ("Elm", 2), ("Yew", 0)])
    assert held(trees, frame) == {"every tree once": True, "scores": False,
                                  "highest to lowest": False, "ties A to Z": False}
    assert notes(trees, frame)["scores"][1].startswith("Rescore: Oak.")


def test_scores_are_read_as_whole_numbers_or_none():
    names, scores = read_ranked(table([("Oak", 3.0), ("Elm", "two"), ("Ash", 2.5)]), "tree", "rings")
    assert names == ["Oak", "Elm", "Ash"] and scores == [3, None, None]


@pytest.mark.parametrize("answer, says", [
    ([("Oak", 3)], "Expected a pandas DataFrame, but this is a list."),
    (pd.Series(KEY), "Expected a pandas DataFrame, but this is a Series."),
    (KEY, "Expected a pandas DataFrame, but this is a dict."),
    (table(RIGHT).set_index("tree"), "The table needs the columns 'tree' and 'rings'; it is missing 'tree'. "
                                     "It has: 'rings'."),
    (..., "There is no answer here yet. Give a pandas DataFrame with the columns 'tree' and 'rings'"),
])
def test_a_table_it_cannot_read_is_a_problem_with_the_fix_and_scores_nothing(trees, answer, says):
    assert check(trees, answer).problem.startswith(says)
    assert points(trees, answer) == 0.0


def test_an_empty_table_scores_nothing(trees):
    assert points(trees, table([])) == 0.0


def test_a_graded_self_check_hides_the_notes_and_may_say_what_is_still_to_answer(private_catalog):
    trees_item("zz.graded", graded=True)
    trees_item("zz.unanswered", graded=True, missing_is_unanswered=True)
    wrong = table([("Oak", 1), ("Ash", 2), ("Elm", 2), ("Yew", 0)])
    feedback = check("zz.graded", wrong)
    assert feedback.headline == "Ready to submit" and feedback.notes == ()
    assert check("zz.graded", table(RIGHT[:-1])).headline == "Ready to submit"
    assert check("zz.unanswered", table(RIGHT[:-1])).problem.startswith("Still to answer: every tree once.")
    assert check("zz.unanswered", wrong).headline == "Ready to submit"


def test_scores_weight_sets_how_many_lines_the_scores_count_as(private_catalog):
    trees_item("zz.light", scores_weight=1.0, max_points=4.0)
    assert points("zz.light", table([("Oak", 4), ("Ash", 2), ("Elm", 2), ("Yew", 0)])) == 3.0


def test_a_table_survives_the_graders_evidence_round_trip(trees):
    frame = table(RIGHT).astype({"rings": "int64"}).assign(note="x")
    assert points(trees, decode(json.loads(json.dumps(encode(frame))))) == 5.0


# ---- the words: defaults from the noun, an item's own words in their place ----

def test_the_default_words_are_derived_from_the_noun_and_its_plural():
    words = ranking_words("agency", "agencies")
    assert (words.once_label, words.not_in_key, words.ties_right) == (
        "every agency once", "not agencies in the data", "Agencies with the same score are in A to Z order.")
    assert ranking_words("tree").ties_fix == "Where scores are equal, put the trees in A to Z order."
    assert set(default_words("tree", "trees")) | {"missing_one"} == set(ranking_words("tree").__dict__)


def test_missing_names_or_counts_them_with_a_singular_form():
    assert ranking_words("tree").missing_text(["Elm", "Yew"]) == "missing: Elm, Yew"
    counted = ranking_words("tree", words={"missing": "{count} trees are missing", "missing_one": "{count} tree is missing"})
    assert counted.missing_text(["Elm"]) == "1 tree is missing"
    assert counted.missing_text(["Elm", "Yew"]) == "2 trees are missing"
    named = ranking_words("tree", words={"missing": "left out: {names}"})
    assert named.missing_text(["Elm"]) == "left out: Elm"  # missing_one is missing unless given


def test_an_items_words_replace_the_defaults_and_a_doubled_brace_is_a_brace(private_catalog):
    trees_item(words={"recheck": "Count again", "ties_fix": "Ties go A to Z {{alphabetically}}."})
    frame = table([("Oak", 4), ("Elm", 2), ("Ash", 2), ("Yew", 0)])
    assert notes("zz.trees", frame)["scores"][1] == "Count again: Oak. Count the rings."
    assert notes("zz.trees", frame)["ties A to Z"][1] == "Ties go A to Z {alphabetically}."


def ranking_item(fields: dict) -> Item:
    base = {"title": "Trees", "key_digests": {"Oak": "ab"}, "noun": "tree", "name_column": "tree",
            "score_column": "rings", "score_hint": "Count the rings."}
    chosen = {key: value for key, value in {**base, **fields}.items() if value is not None}  # None: left out
    return Item("ranking", "ex01.trees", chosen, Path("01-build-strategic-partnerships.toml"))


@pytest.mark.parametrize("fields, says", [
    ({"words": {"rowz": "one row per tree"}},
     'unknown word "rowz". Did you mean "rows"? The words are: rows, once_label,'),
    ({"words": {"missing": "{name} are missing"}},
     'word "missing" has the unknown placeholder {name}. It can use {names} and {count}; write {{ or }} for a brace.'),
    ({"words": {"ties_fix": "Put the {noun}s A to Z."}},
     'word "ties_fix" has the unknown placeholder {noun}. It takes no placeholders; write {{ or }} for a brace.'),
    ({"words": {"missing": "missing: {names:d}"}}, 'word "missing" cannot be filled in (Unknown format code'),
    ({"words": {"in_order": "Sorted {"}}, 'word "in_order" cannot be filled in'),
    ({"words": {"missing": "{count} trees are missing"}}, 'the word "missing" uses {count}, so it needs a "missing_one" too'),
    ({"words": {"recheck": " "}}, 'word "recheck" is empty. Write the words, or remove the line'),
    ({"words": {"recheck": 3}}, 'field "words".recheck: expected text in quotes, found 3'),
    ({"words": ["Rescore"]}, 'field "words": expected a table'),
    ({"noun": ""}, 'field "noun" is empty. Write what one row is, like "provider".'),
    ({"plural": ""}, 'field "plural" is empty. Write the plural of "tree", or remove the field.'),
    ({"scores_weight": 0}, 'field "scores_weight" is 0.0; write how many lines the scores count as'),
    ({"noun": None}, 'kind "ranking" needs a "noun" field.'),
    ({"score_hint": None}, 'kind "ranking" needs a "score_hint" field.'),
    ({"count_column": "rings"}, "kind \"ranking\" has no field(s) ['count_column']."),
])
def test_words_it_cannot_use_are_an_item_error_naming_the_file_the_item_and_the_fix(private_catalog, fields, says):
    with pytest.raises(ItemError) as error:
        register_item(ranking_item(fields))
    assert str(error.value).startswith('01-build-strategic-partnerships.toml, item "ex01.trees"')
    assert says in str(error.value)
    assert "ex01.trees" not in registry._REGISTRY


def test_changing_the_words_in_an_item_file_changes_what_the_learner_reads(private_catalog, tmp_path):
    path = tmp_path / "01-build-strategic-partnerships.toml"
    path.write_text('module = "01"\n\n[[item]]\nkind = "ranking"\nid = "ex01.trees"\ntitle = "Trees"\n'
                    'noun = "tree"\nname_column = "tree"\nscore_column = "rings"\nscore_hint = "Count the rings."\n\n'
                    '[item.words]\nlist_each = "Name every tree once"\n'
                    'missing = "{count} trees left out"\nmissing_one = "one tree left out"\n\n'
                    '[item.key_digests]\n' + "".join(f'"{n}" = "{digest("ex01.trees", n, s)}"\n' for n, s in KEY.items()),
                    encoding="utf-8")
    (item,) = load_file(path).items
    register_item(item)
    assert notes("ex01.trees", table(RIGHT[:2]))["every tree once"][1] == "Name every tree once (2 trees left out)."
    assert notes("ex01.trees", table(RIGHT[:3]))["every tree once"][1] == "Name every tree once (one tree left out)."


# ---- the course's four ranking items: their words come from their item files ----

COURSE = {  # check id: (item file, plain key, name column, score column, a name left out, a name rescored)
    "ex01.ranking": ("01-build-strategic-partnerships", KEYS_01["ex01.ranking"], "agency", "active_campaigns",
                     "County Library", "Housing Authority"),
    "ex05.scorecard": ("05-build-a-health-equity-movement", KEYS_05["ex05.scorecard"], "provider", "score",
                       "St. Brigid Medical Center", "Valley Regional Medical Center"),
    "ex08.scores": ("08-change-internal-policies-and-practices", KEYS_08["ex08.scores"], "contract", "score",
                    "Worker heat safety training", "Youth clean air survey"),
    "ex09.agenda": ("09-pursue-policy-changes-that-transform-the-root-causes", KEYS_09["ex09.agenda"],
                    "policy", "points", "Workplace safety training", "Raise the county minimum wage"),
}

# What the learner reads on the right table, and on one that leaves out a name, adds one that does not
# belong, gets another name's score wrong and is sorted lowest first. Word for word as
# before the four checks became one kind.
SAID = {
    "ex01.ranking": (
        "Give a pandas DataFrame with the columns 'agency' and 'active_campaigns', one row per agency, "
        "sorted from the most to the fewest.",
        {"every agency once": "Every agency is listed exactly once.",
         "counts": "Every count matches the data.",
         "most to fewest": "Sorted from the most campaigns to the fewest.",
         "ties A to Z": "Agencies with the same count are in alphabetical order."},
        {"every agency once": "List each agency once, including those with no campaigns "
                              "(missing: County Library; not agencies in the data: Zoning Board).",
         "counts": "Recount for: Housing Authority. Count only campaigns whose status is \"active\", "
                   "matched to agencies by target_agency_id.",
         "most to fewest": "Sort by active_campaigns, largest first.",
         "ties A to Z": "Where counts are equal, put the agencies in A to Z order."},
    ),
    "ex05.scorecard": (
        "Give a pandas DataFrame with the columns 'provider' and 'score', one row per provider, "
        "sorted from the highest score to the lowest.",
        {"every provider once": "Every provider is listed exactly once.",
         "scores": "Every score matches the rubric.",
         "highest to lowest": "Sorted from the highest score to the lowest.",
         "ties A to Z": "Providers with the same score are in A to Z order."},
        {"every provider once": "List each provider once "
                                "(missing: St. Brigid Medical Center; not providers in the data: Zoning Board).",
         "scores": "Rescore: Valley Regional Medical Center. Use only the 2024 rows; a criterion earns its points "
                   "when a yes/no column says \"yes\" or a number is at least its threshold (equal counts).",
         "highest to lowest": "Sort by score, highest first.",
         "ties A to Z": "Where scores are equal, put the providers in A to Z order."},
    ),
    "ex08.scores": (
        "Give a pandas DataFrame with the columns 'contract' and 'score', one row per contract, "
        "sorted from the highest score to the lowest.",
        {"every contract once": "Every contract is listed exactly once.",
         "scores": "Every score matches the rubric.",
         "highest to lowest": "Sorted from the highest score to the lowest.",
         "ties A to Z": "Contracts with the same score are in A to Z order."},
        {"every contract once": "List each contract once "
                                "(missing: Worker heat safety training; not contracts of this year: Zoning Board).",
         "scores": "Rescore: Youth clean air survey. Use only the fiscal year 2025 contracts; a term earns its "
                   "points when a yes/no column says \"yes\", or a number is at least (or, for payment_days, at "
                   "most) its threshold. A value equal to the threshold counts.",
         "highest to lowest": "Sort by score, highest first.",
         "ties A to Z": "Where scores are equal, put the contracts in A to Z order."},
    ),
    "ex09.agenda": (
        "Give a pandas DataFrame with the columns 'policy' and 'points', one row per policy on the agenda, "
        "sorted from the most points to the fewest.",
        {"every agenda policy once": "Every policy on the agenda is listed exactly once.",
         "points": "Every policy's points match the partners' active priorities.",
         "most to fewest": "Sorted from the most points to the fewest.",
         "ties A to Z": "Policies with the same points are in A to Z order."},
        {"every agenda policy once": "List each policy on the agenda once, with 0 points where no partner backs "
                                     "it (1 agenda policy is missing, perhaps those no partner backs; "
                                     "not on the agenda: Zoning Board).",
         "points": "Recount: Raise the county minimum wage. Count only active priorities of community "
                   "power-building organizations; a first priority earns 3 points, a second 2 and a third 1; "
                   "add them up per policy.",
         "most to fewest": "Sort by points, largest first.",
         "ties A to Z": "Where points are equal, put the policies in A to Z order."},
    ),
}


def course_item(check_id: str) -> dict:
    slug = COURSE[check_id][0]
    data = tomllib.loads((items_folder() / f"{slug}.toml").read_text(encoding="utf-8"))
    (item,) = [item for item in data["item"] if item["id"] == check_id]
    return item


def wrong_table(check_id: str) -> pd.DataFrame:
    _, key, name, score, left_out, rescored = COURSE[check_id]
    wrong = {**{n: s for n, s in key.items() if n != left_out}, rescored: key[rescored] + 1, "Zoning Board": 0}
    return ranked_frame(wrong, name, score).iloc[::-1].reset_index(drop=True)


@pytest.mark.parametrize("check_id", list(COURSE))
def test_each_course_item_says_its_own_words_and_they_come_from_its_item_file(check_id):
    _, key, name, score, *_ = COURSE[check_id]
    expects, right_words, wrong_words = SAID[check_id]
    assert course_item(check_id)["kind"] == "ranking"
    assert spec(check_id).expects == expects
    assert {label: reason for label, (_, reason) in notes(check_id, ranked_frame(key, name, score)).items()} == right_words
    assert {label: reason for label, (_, reason) in notes(check_id, wrong_table(check_id)).items()} == wrong_words
    said = " ".join([expects, *right_words, *right_words.values(), *wrong_words, *wrong_words.values()])
    for word, text in course_item(check_id).get("words", {}).items():
        if word != "missing":  # only one name is left out here: missing_one is said
            assert text.format(count=1) in said, word
    assert course_item(check_id)["noun"] in said


@pytest.mark.parametrize("check_id, full, backwards, ties", [
    ("ex01.ranking", 4.0, 2.0, 3.0), ("ex05.scorecard", 5.0, 3.0, 4.0),
    ("ex08.scores", 5.0, 3.0, 4.0), ("ex09.agenda", 5.0, 3.0, 4.0),
])
def test_each_course_item_scores_its_lines_as_its_item_file_says(check_id, full, backwards, ties):
    _, key, name, score, *_ = COURSE[check_id]
    right = ranked_frame(key, name, score)
    assert points(check_id, right) == spec(check_id).max_points == full
    assert points(check_id, right.iloc[::-1].reset_index(drop=True)) == backwards
    tied = right[score].duplicated(keep=False)
    first_tie = right.index[tied][:2]
    swapped = right.copy()
    swapped.loc[first_tie, name] = list(right.loc[first_tie, name])[::-1]
    assert points(check_id, swapped) == ties


def test_module_09_leaving_out_the_policies_no_partner_backs_is_still_to_answer():
    key = COURSE["ex09.agenda"][1]
    backed = ranked_frame({policy: n for policy, n in key.items() if n > 0}, "policy", "points")
    assert points("ex09.agenda", backed) == 2.0
    assert check("ex09.agenda", backed).problem.startswith("Still to answer: every agenda policy once.")
    assert check("ex05.scorecard", ranked_frame(KEYS_05["ex05.scorecard"], "provider", "score").iloc[1:]).headline \
        == "Ready to submit"


def test_every_name_in_a_course_ranking_changes_its_points_when_its_score_does():
    for check_id, (_, key, name, score, *_) in COURSE.items():
        for row in key:
            assert points(check_id, ranked_frame({**key, row: key[row] + 5}, name, score)) < spec(check_id).max_points


def test_a_table_it_cannot_read_is_explained_for_a_course_item():
    frame = ranked_frame(KEYS_08["ex08.scores"], "contract", "points")
    assert "it is missing 'score'. It has: 'contract', 'points'" in check("ex08.scores", frame).problem


def test_unreadable_answers_raise_answer_problem_for_read_ranked():
    with pytest.raises(AnswerProblem, match=r"it is missing 'rings'\. It has: 'tree'\."):
        read_ranked(pd.DataFrame({"tree": ["Oak"]}), "tree", "rings")
