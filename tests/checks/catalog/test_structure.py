"""Does an item's TOML become exactly the typed arguments its kind declares, and does a field of
the wrong shape get an error that names the item, the field and what it should be?"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from grader.checks.catalog.structure import call_kind, structure
from grader.course.items import Item, ItemError


@dataclass(frozen=True)
class Goal:
    id: str
    text: str
    evidence: tuple[str, ...] = ()


def kind(check_id: str, title: str, goals: tuple[Goal, ...], digests: dict[str, tuple[str, ...]],
         *, share: float = 1.0, graded: bool = False) -> dict[str, object]:
    return {"check_id": check_id, "title": title, "goals": goals, "digests": digests, "share": share, "graded": graded}


def _item(**fields: object) -> Item:
    return Item("kind", "01.goals", dict(fields), Path("01-build-strategic-partnerships.toml"))


def test_tables_become_dataclasses_lists_become_tuples_and_whole_numbers_become_floats():
    made = call_kind(kind, _item(title="Goals", goals=[{"id": "G1", "text": "Cap rents", "evidence": ["x"]}],
                                 digests={"G1": ["ab", "cd"]}, share=2), check_id="01.goals", graded=True)
    assert made == {"check_id": "01.goals", "title": "Goals", "goals": (Goal("G1", "Cap rents", ("x",)),),
                    "digests": {"G1": ("ab", "cd")}, "share": 2.0, "graded": True}


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"goals": [], "digests": {}}, 'needs a "title" field'),
        ({"title": "T", "goals": [], "digests": {}, "colour": "red"}, "has no field(s) ['colour']"),
        ({"title": 3, "goals": [], "digests": {}}, 'field "title": expected text in quotes, found 3'),
        ({"title": "T", "goals": {"id": "G1"}, "digests": {}}, 'field "goals": expected a list'),
        ({"title": "T", "goals": [{"id": "G1"}], "digests": {}}, 'field "goals"[0]: missing "text"'),
        ({"title": "T", "goals": [{"id": "G1", "text": "x", "why": "y"}], "digests": {}}, "unknown field(s) ['why']"),
        ({"title": "T", "goals": [], "digests": {"G1": "ab"}}, 'field "digests".G1: expected a list'),
        ({"title": "T", "goals": [], "digests": {}, "share": "half"}, 'field "share": expected a number'),
    ],
)
def test_a_field_of_the_wrong_shape_names_the_item_the_field_and_what_it_should_be(fields, says):
    with pytest.raises(ItemError, match='01-build-strategic-partnerships.toml, item "01.goals"') as error:
        call_kind(kind, _item(**fields), check_id="01.goals", graded=False)
    assert says in str(error.value)


def test_a_fixed_length_tuple_and_an_optional_value_are_typed_too():
    assert structure(["a", 2], tuple[str, int], "here") == ("a", 2)
    assert structure(3, int | None, "here") == 3
    with pytest.raises(ItemError, match="expected a list of 2 values"):
        structure(["a"], tuple[str, int], "here")
    with pytest.raises(ItemError, match="expected a whole number, found True"):
        structure(True, int, "here")


def test_an_optional_table_of_texts_is_a_dict_and_a_wrong_entry_is_named():  # TOML has no None: it is left out
    assert structure({"rows": "one row per tree"}, dict[str, str] | None, "here") == {"rows": "one row per tree"}
    with pytest.raises(ItemError, match=r'here\.rows: expected text in quotes, found 3'):
        structure({"rows": 3}, dict[str, str] | None, "here")
    with pytest.raises(ItemError, match=r"here: expected a table \{ \.\.\. \}, found 'rows'"):
        structure("rows", dict[str, str] | None, "here")
