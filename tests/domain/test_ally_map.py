"""Does the ally map read allies as learners write them, and does its review hold a map to the
source's asks: every scale, beyond public health, another health department, what each ally
brings and a concrete ask?"""

from __future__ import annotations

import pytest

from grader.domain.ally_map import (
    JUSTICE,
    KINDS,
    MIN_ALLIES,
    SCALES,
    Finding,
    MovementAlly,
    as_allies,
    is_concrete_ask,
    review,
    specific_words,
)
from tests.support.builders import full_map


def criteria(allies: list[MovementAlly]) -> dict[str, bool]:
    return {finding.criterion: finding.met for finding in review(allies)}


def finding(allies: list[MovementAlly], start: str) -> Finding:
    (found,) = [f for f in review(allies) if f.criterion.startswith(start)]
    return found


# ---- one ally ----

def test_an_ally_normalizes_its_scale_and_kind():
    ally = MovementAlly("Group", " Local ", "Community Organizing", "x", "y")
    assert (ally.scale, ally.kind) == ("local", JUSTICE)


@pytest.mark.parametrize("word, kind", [("social justice", JUSTICE), ("organizing", JUSTICE),
                                        ("health department", "other health department"),
                                        ("University", "academic"), ("foundation", "funder")])
def test_an_ally_accepts_everyday_words_for_its_kind(word, kind):
    assert MovementAlly(kind=word).kind == kind


def test_an_unknown_scale_lists_the_four_scales():
    with pytest.raises(ValueError) as raised:
        MovementAlly("Group", "county")
    assert str(raised.value) == '"county" is not a scale. Use one of: "local", "regional", "state", "national".'


def test_an_unknown_kind_lists_the_kinds():
    with pytest.raises(ValueError, match='"church" is not a kind of partner. Use one of: "public health", '):
        MovementAlly("Group", "local", "church")


def test_placeholders_become_empty_parts_and_a_blank_ally_is_blank():
    ally = MovementAlly(name=..., scale=..., kind=..., brings=..., ask=...)  # type: ignore[arg-type]
    assert ally == MovementAlly() and ally.blank
    assert not MovementAlly(name="Group").blank


def test_a_part_that_is_not_text_is_named():
    with pytest.raises(ValueError, match="The ally's brings should be text in quotes, but it is 5."):
        MovementAlly("Group", brings=5)  # type: ignore[arg-type]


def test_an_ally_round_trips_through_a_dict():
    ally = full_map()[0]
    assert MovementAlly.from_dict(ally.to_dict()) == ally


def test_a_dict_with_an_unknown_part_names_it():
    with pytest.raises(ValueError, match="An ally has no part called offer. Use: name, scale, kind, brings, ask."):
        MovementAlly.from_dict({"name": "Group", "offer": "money"})


# ---- concrete asks ----

@pytest.mark.parametrize("ask", [
    "Co-lead a training on organizing for our staff in March",
    "Share two equity plans we can cite in our budget request",
    "Send a speaker to our all-staff meeting on 4 June",
])
def test_specific_asks_are_concrete(ask):
    assert is_concrete_ask(ask)


@pytest.mark.parametrize("ask", [
    "Support our work on health equity",
    "Help us",
    "Partner with us to advance equity together",
    "Stay in touch",
    "Collaborate more",
])
def test_general_asks_are_not_concrete(ask):
    assert not is_concrete_ask(ask)


def test_specific_words_leave_out_filler():
    assert specific_words("Help us co-host a forum on heat in July") == ["co-host", "forum", "heat", "july"]


# ---- the review ----

def test_a_full_map_meets_every_line():
    assert all(criteria(full_map()).values())
    assert len(review(full_map())) == 7
    assert [f.criterion for f in review(full_map()) if f.judgment] == ["a concrete ask for each ally"]


@pytest.mark.parametrize("text, met", [("TBD", False), ("...", False), ("n/a", False), ("asdf", True)])
def test_what_an_ally_brings_and_the_ask_are_checked_for_being_filled_in(text, met):
    from dataclasses import replace

    allies = [replace(ally, brings=text, ask=text) for ally in full_map()]
    assert finding(allies, "says what each ally brings").met is met
    assert finding(allies, "an ask for each ally").met is met


def test_too_few_allies_says_how_many_so_far_and_counts_as_unanswered():
    found = finding(full_map()[:MIN_ALLIES - 1], "at least")
    assert not found.met and found.missing
    assert found.advice == f"Map at least {MIN_ALLIES} allies and name each one ({MIN_ALLIES - 1} so far)."


def test_an_unnamed_ally_is_counted():
    allies = [*full_map(), MovementAlly("", "local", "funder", "money", "Fund two organizer stipends this autumn")]
    found = finding(allies, "at least")
    assert not found.met and found.missing and "1 without a name" in found.advice


def test_missing_scales_are_named_in_order():
    allies = [a for a in full_map() if a.scale not in ("regional", "national")]
    found = finding(allies, "spans")
    assert not found.met and not found.missing
    assert found.advice == "A movement links work at every scale. Not on the map yet: regional, national."


def test_an_ally_without_a_scale_is_named():
    allies = [*full_map(), MovementAlly("Riverbend Funders Circle", "", "funder", "money", "Fund stipends for ten members")]
    found = finding(allies, "spans")
    assert not found.met and found.missing
    assert found.advice.endswith("Give a scale for: Riverbend Funders Circle.")


def test_a_map_of_public_health_only_is_asked_to_reach_social_justice_groups():
    allies = [MovementAlly(a.name, a.scale, "public health", a.brings, a.ask) for a in full_map()]
    result = criteria(allies)
    assert result["includes social justice or organizing partners, not only public health"] is False
    assert result["includes another health department"] is False
    assert result["spans local, regional, state and national"] is True


def test_a_missing_brings_or_ask_names_the_ally_and_counts_as_unanswered():
    allies = full_map()
    allies[1].brings = ""
    allies[2].ask = ""
    brings, ask = finding(allies, "says what"), finding(allies, "an ask")
    assert brings.missing and brings.advice.endswith("(missing for: Westfield County Health Department).")
    assert ask.missing and "no ask yet for: State Public Health Association" in ask.advice


def test_a_vague_ask_is_named_but_is_not_unanswered():
    allies = full_map()
    allies[0].ask = "Support our work on health equity"
    found = finding(allies, "a concrete")
    assert not found.met and not found.missing
    assert found.advice.endswith("Too general for: Eastside Tenants Union.")


def test_blank_allies_are_left_out_of_the_review():
    assert all(criteria([*full_map(), MovementAlly(), MovementAlly()]).values())


def test_scales_and_kinds_cover_the_source():
    assert SCALES == ("local", "regional", "state", "national")
    assert {"public health", JUSTICE, "other health department", "academic", "funder"} == set(KINDS)


# ---- reading an answer ----

def test_as_allies_reads_ally_objects_and_dicts_and_skips_placeholders():
    allies = full_map()
    answer = [allies[0], allies[1].to_dict(), ...]
    assert as_allies(answer) == allies[:2]


def test_as_allies_accepts_a_single_ally():
    assert as_allies(full_map()[0]) == full_map()[:1]


@pytest.mark.parametrize("answer, kind", [("Eastside Tenants Union", "str"), (4, "int")])
def test_as_allies_names_the_wrong_type(answer, kind):
    with pytest.raises(ValueError, match=f"Expected a list of MovementAlly\\(...\\) entries, but this is a {kind}."):
        as_allies(answer)


def test_as_allies_names_the_entry_that_is_not_an_ally():
    with pytest.raises(ValueError, match="Entry 2 is a str; write each ally as MovementAlly"):
        as_allies([full_map()[0], "Tenants Union"])


def test_as_allies_names_the_entry_with_a_bad_dict():
    with pytest.raises(ValueError, match='Entry 1: "town" is not a scale.'):
        as_allies([{"name": "Group", "scale": "town"}])


def test_an_ally_map_survives_the_graders_evidence_round_trip():
    from grader.checks.evidence import decode, encode

    answer = [*full_map(), MovementAlly()]
    assert decode(encode(answer)) == answer


def test_a_map_saved_as_a_file_is_read_back_as_it_was(tmp_path):
    from grader.domain.ally_map import load_map, save_map
    from grader.domain.plan_file import PlanFileError
    from tests.support.builders import full_map

    path = save_map(full_map(), tmp_path / "ally-map.json")
    assert load_map(path) == full_map()
    path.write_text('{"allies": [{"name": "A", "size": "big"}]}', encoding="utf-8")
    with pytest.raises(PlanFileError, match="no part called size"):
        load_map(path)
