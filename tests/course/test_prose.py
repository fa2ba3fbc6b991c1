"""The prose-to-world checker (grader/course/prose.py) finds planted contradictions in made-up text,
names the sentence and the world fact, and leaves true sentences alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader.course.prose import Checker, Finding, RealWorldNames, load_real_world_names, passages, sentences
from grader.course.world import load_world


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_world(), load_real_world_names())


def problems(checker: Checker, text: str) -> list[str]:
    return [finding.problem for finding in checker.check_text(text)]


def facts(checker: Checker, text: str) -> list[str]:
    return [finding.fact for finding in checker.check_text(text)]


@pytest.mark.parametrize("text", [
    "Eastside Tenants Union, a community power-building organization in Eastside, holds the asthma contract.",
    "The Riverbend Worker Center has not met the department yet.",
    "Southgate Families United's campaign for a community grocery co-op is active.",
    "The county commissioners vote on the heat standard next spring.",
    "Keisha Robinson, Eastside Tenants Union, leads the one-to-one.",
    "In 2024, 80% of mini-grant dollars went to groups in North Bluff and Riverside.",
    "The Boston Public Health Commission trained its staff; Rosa González wrote the spectrum.",
    "The department published Housing and Health in Eastside in 2025.",
    "Paid sick days for all workers won in 2024, after the Worker Center's long campaign.",
])
def test_sentences_that_agree_with_the_world_pass(checker: Checker, text: str) -> None:
    assert checker.check_text(text) == []


def test_a_made_up_organization_in_a_riverbend_sentence_is_named(checker: Checker) -> None:
    found = problems(checker, "In Riverbend, the Southgate Tenants Organizing Committee asked for data.")
    assert len(found) == 1
    assert '"Southgate Tenants Organizing Committee" looks like the name of an organization' in found[0]


def test_a_real_organization_outside_riverbend_sentences_is_left_alone(checker: Checker) -> None:
    assert checker.check_text("The Minnesota Department of Health changed its data stories.") == []


def test_a_place_the_county_does_not_have_is_named(checker: Checker) -> None:
    assert problems(checker, "Staff met residents in Northside.") == [
        '"Northside" reads as a Riverbend place, but the county has no such place.']
    assert problems(checker, "| Lakeview | 52 | 4 |") == [
        '"Lakeview" reads as a Riverbend place, but the county has no such place.']


def test_an_organization_put_in_the_wrong_place_is_caught(checker: Checker) -> None:
    found = checker.check_text("The Riverbend Worker Center in Riverside runs a heat campaign.")
    assert [f.problem for f in found] == ["It puts Riverbend Worker Center in Riverside."]
    assert found[0].fact == "Riverbend Worker Center is based in Mill Flats"
    assert problems(checker, "Eastside Tenants Union, a tenants' group in Southgate, met us.") == [
        "It puts Eastside Tenants Union in Southgate."]


def test_a_world_name_with_another_place_swapped_in_is_caught(checker: Checker) -> None:
    found = checker.check_text('The department published "Housing and Health in Riverside".')
    assert [f.problem for f in found] == ['"Housing and Health in Riverside" names the wrong place.']
    assert "Housing and Health in Eastside" in found[0].fact


def test_a_campaign_given_to_the_wrong_owner_is_caught(checker: Checker) -> None:
    found = problems(checker, "Unidos Riverbend's heat standard would protect warehouse workers.")
    assert found == ['It makes Unidos Riverbend the owner of "heat standard".']
    assert 'run by Riverbend Worker Center' in facts(checker, "Unidos Riverbend's heat standard is new.")[0]


def test_a_campaign_the_organization_does_not_have_is_caught(checker: Checker) -> None:
    found = checker.check_text("Southgate Families United needs data for its campaign for a community clinic.")
    assert [f.problem for f in found] == ['It gives Southgate Families United a campaign for "a community clinic".']
    assert "A community grocery co-op for Southgate (active)" in found[0].fact


def test_a_wrong_campaign_status_is_caught(checker: Checker) -> None:
    assert problems(checker, "The campaign for paid sick days is still active.") == [
        'It calls "paid sick days" active.']
    assert problems(checker, "Tenants lost the fight for just-cause eviction protections.") == [
        'It calls "just-cause eviction protections" lost.']


def test_a_relationship_stage_the_world_does_not_have_is_caught(checker: Checker) -> None:
    found = checker.check_text("Riverbend Worker Center sits at Inform: we send them fact sheets about heat.")
    assert [f.problem for f in found] == ['"we send them" does not fit Riverbend Worker Center.']
    assert found[0].fact.startswith("The department's relationship with Riverbend Worker Center: not yet met")
    assert problems(checker, "The department has never met the Eastside Tenants Union.") == [
        '"never met" does not fit Eastside Tenants Union.']
    assert problems(checker, "Eastside Tenants Union is wary of your department.") == [
        '"is wary of your department" does not fit Eastside Tenants Union.']
    assert checker.check_text("Riverbend Worker Center is wary of your department.") == []


def test_the_wrong_body_deciding_a_campaign_is_caught(checker: Checker) -> None:
    assert problems(checker, "The city council votes on the heat standard next month.") == [
        'It has city council decide "heat standard".']
    assert problems(checker, "We will offer an assessment before the council votes on the heat standard.") == [
        'It has the council decide "heat standard".']
    assert problems(checker, "The Board of Supervisors hears the report.") == [
        '"Board of Supervisors": Riverbend has no such governing body.']


def test_people_with_a_second_first_name_or_the_wrong_group_are_caught(checker: Checker) -> None:
    found = checker.check_text("One-to-one with Rosa Díaz of the Eastside Tenants Union.")
    assert [f.problem for f in found] == [
        '"Rosa Díaz" shares a first name with a Riverbend person but is not one: two people named Rosa '
        "confuse a reader."]
    assert "Rosa Medina is organizer at Riverbend Worker Center" in found[0].fact
    assert problems(checker, "Luis Ortega, Eastside Tenants Union") == [
        "It places Luis Ortega at Eastside Tenants Union."]


def test_a_provider_or_group_of_the_wrong_kind_is_caught(checker: Checker) -> None:
    assert problems(checker, "West End Urgent Care, a community clinic, reported its data.") == [
        "It calls West End Urgent Care a community clinic."]
    assert problems(checker, "Riverbend Food Bank, a faith-based group, runs the pantry.") == [
        "It calls Riverbend Food Bank a faith-based group."]


def test_a_number_that_differs_from_a_world_fact_is_caught(checker: Checker) -> None:
    found = checker.check_text("In 2024, 70% of mini-grant dollars went to North Bluff and Riverside.")
    assert [f.problem for f in found] == ["It gives 70% where the world gives 80%."]


def test_a_rate_ratio_that_the_data_do_not_show_is_caught(checker: Checker) -> None:
    found = checker.check_text("In Southgate, diabetes is almost twice the county rate.")
    assert [f.problem for f in found] == ['It says "almost twice the county rate" for diabetes in Southgate.']
    assert found[0].fact.startswith("diabetes_hospital_stays.csv: Southgate 39.9 per 10,000 residents, the county 31.1")
    assert problems(checker, "Type 2 diabetes is nearly twice as common in Southgate as in the rest of the county.") == [
        'It says "nearly twice as common in Southgate as in the rest of the county" for diabetes in Southgate.']
    assert checker.check_text("In Southgate, hospital stays for diabetes are about 1.3 times the county rate.") == []


def test_a_finding_names_the_file_the_sentence_and_the_fact(checker: Checker) -> None:
    (finding,) = checker.check_text("Intro line.\n\nStaff met residents in Northside. Then they left.",
                                    path="modules/xx.ipynb", where="cell 3")
    assert finding == Finding("modules/xx.ipynb", "cell 3", "Staff met residents in Northside.",
                              '"Northside" reads as a Riverbend place, but the county has no such place.',
                              "Riverbend's places: Eastside, Mill Flats, North Bluff, Riverside, Southgate, "
                              "West End, Cedar Valley")
    assert str(finding).splitlines() == [
        'modules/xx.ipynb (cell 3): "Northside" reads as a Riverbend place, but the county has no such place.',
        "    sentence: Staff met residents in Northside.",
        "    world: Riverbend's places: Eastside, Mill Flats, North Bluff, Riverside, Southgate, West End, Cedar Valley"]


def test_sentences_split_lists_tables_and_full_stops() -> None:
    text = "# Title\n\nOne sentence here. Another one\ncontinues.\n- an item\n| a | b |\n"
    assert sentences(text) == ["# Title", "One sentence here.", "Another one continues.", "- an item", "| a | b |"]


def test_passages_read_model_answers_and_skip_docstrings(tmp_path: Path) -> None:
    notebook = tmp_path / "ex.ipynb"
    notebook.write_text(json.dumps({"cells": [
        {"cell_type": "markdown", "source": ["Read this."], "metadata": {}},
        {"cell_type": "code", "source": ["answer = ...\n", "### BEGIN SOLUTION\n", "answer = \"A model\"  # why\n"],
         "metadata": {}, "outputs": [], "execution_count": None},
    ]}), encoding="utf-8")
    assert [(p.where, p.text) for p in passages(notebook, tmp_path)] == [
        ("cell 1", "Read this."), ("cell 2", "BEGIN SOLUTION"), ("cell 2", "A model"), ("cell 2", "why")]
    module = tmp_path / "feedback.py"
    module.write_text('"""Docstring about Northside."""\nMESSAGE = f"Hi {name}, see Eastside."\n', encoding="utf-8")
    assert [(p.where, p.text) for p in passages(module, tmp_path)] == [("line 2", "Hi {…}, see Eastside.")]


def test_the_real_world_names_need_a_reason(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text('[[names]]\nname = "CDC"\nwhy = "A federal agency cited in Module 07."\n', encoding="utf-8")
    assert "cdc" in load_real_world_names(good).names and "CDC" in load_real_world_names(good)
    bad = tmp_path / "bad.toml"
    bad.write_text('[[names]]\nname = "CDC"\n', encoding="utf-8")
    with pytest.raises(ValueError, match='"CDC" says not why it is allowed'):
        load_real_world_names(bad)
    with pytest.raises(ValueError, match="There is no list of real-world names"):
        load_real_world_names(tmp_path / "missing.toml")
    assert "Anyone" not in RealWorldNames(frozenset())


def test_the_command_lists_findings_and_fails_on_any(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from grader.course.prose import main

    page = tmp_path / "page.md"
    page.write_text("Staff met residents in Northside.\n", encoding="utf-8")
    assert main([str(page)]) == 1
    out = capsys.readouterr().out
    assert "page.md (line 1): \"Northside\" reads as a Riverbend place" in out and out.endswith("1 finding.\n")
    page.write_text("Staff met residents in Eastside.\n", encoding="utf-8")
    assert main([str(page)]) == 0
    assert capsys.readouterr().out == "0 findings.\n"


def test_an_example_file_is_read_by_example_and_field(checker: Checker, tmp_path: Path) -> None:
    examples = tmp_path / "course" / "examples"
    examples.mkdir(parents=True)
    path = examples / "04-build-community-alliances.toml"
    path.write_text('module = "04"\n\n[practice_pushback]\nid = "PB1"\n'
                    'text = "Staff met the Youth Voices for Clean Water Alliance in Northside."\n\n'
                    '[[steps]]\ntext = "Call the Worker Center."\n', encoding="utf-8")
    found = passages(path, tmp_path)
    assert [(p.where, p.text) for p in found] == [
        ("practice_pushback.text", "Staff met the Youth Voices for Clean Water Alliance in Northside."),
        ("steps[1].text", "Call the Worker Center.")]
    problems = [f.problem for passage in found for f in checker.check_passage(passage)]
    assert any("Youth Voices for Clean Water Alliance" in p for p in problems)
    assert any('"Northside" reads as a Riverbend place' in p for p in problems)
