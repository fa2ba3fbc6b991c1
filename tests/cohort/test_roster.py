"""Does a bad roster get refused with the row and column named?"""

from __future__ import annotations

import pytest

from grader.cohort.roster import RosterError, read_roster


def roster(tmp_path, text: str | bytes):
    path = tmp_path / "roster.csv"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def problems(tmp_path, text) -> list[str]:
    with pytest.raises(RosterError) as error:
        read_roster(roster(tmp_path, text))
    return error.value.problems


def test_a_good_roster_gives_its_learners_in_order(tmp_path):
    learners = read_roster(roster(tmp_path, "id,first_name,last_name,email\nana,Ana,Lopez,ana@x.org\nben,,,\n"))
    assert [learner.id for learner in learners] == ["ana", "ben"]
    assert learners[0].name == "Ana Lopez" and learners[1].name == "ben"


def test_a_spreadsheet_byte_order_mark_and_blank_lines_are_fine(tmp_path):
    assert len(read_roster(roster(tmp_path, "\ufeffid\nana\n\n,\nben\n"))) == 2


def test_a_missing_id_column_is_named(tmp_path):
    assert "column 'id' is missing" in problems(tmp_path, "name,email\nAna,a@x.org\n")[0]


def test_an_unknown_column_is_named(tmp_path):
    assert "unknown column(s) 'phone'" in problems(tmp_path, "id,phone\nana,123\n")[0]


def test_a_duplicate_id_names_both_rows(tmp_path):
    assert problems(tmp_path, "id\nana\nben\nana\n") == ["row 4, column id: 'ana' is already used on row 2"]


def test_an_empty_id_names_the_row(tmp_path):
    assert problems(tmp_path, "id,first_name\nana,Ana\n,Ben\n") == [
        "row 3, column id: empty; every learner needs an id"]


def test_an_id_that_cannot_be_a_folder_name_is_refused(tmp_path):
    assert "may use only letters" in problems(tmp_path, "id\n../etc\n")[0]


def test_bad_encoding_says_how_to_fix_it(tmp_path):
    (problem,) = problems(tmp_path, b"id,first_name\nana,Jos\xe9\n")
    assert problem.startswith("row 2:") and "CSV UTF-8" in problem


def test_every_problem_is_reported_at_once(tmp_path):
    assert len(problems(tmp_path, "id,email\n,a@x.org\nana,not-an-email\nana,b@x.org\n")) == 3


def test_an_empty_roster_is_refused(tmp_path):
    assert problems(tmp_path, "id\n") == ["the roster has no learners"]
