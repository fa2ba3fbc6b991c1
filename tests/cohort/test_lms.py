"""Do submissions from an LMS download land with the right learner, safely?"""

from __future__ import annotations

import zipfile

import pytest

from grader.cohort.lms import collect_zip, owner
from grader.cohort.workspace import create_workspace


@pytest.fixture()
def workspace(tmp_path):
    return create_workspace(tmp_path / "ws", assignments=["ex00"])


def download(tmp_path, files: dict[str, str]):
    path = tmp_path / "download.zip"
    with zipfile.ZipFile(path, "w") as bundle:
        for name, text in files.items():
            bundle.writestr(name, text)
    return path


def test_owner_matches_whole_tokens_only():
    assert owner("jlee_ana_1_ex00.ipynb", ["ana", "an"]) == ["ana"]
    assert owner("Jo Lee_ben_assignsubmission_file_/ex00.ipynb", ["ben"]) == ["ben"]
    assert owner("banana.ipynb", ["ana"]) == []


def test_files_go_to_their_learners_with_the_expected_name(tmp_path, workspace):
    result = collect_zip(workspace, "ex00", download(tmp_path, {
        "ana_1_My Notebook.ipynb": "{}", "sub/ben/ex00.ipynb": "{}"}), ["ana", "ben"])
    assert result.collected == ["ana", "ben"]
    assert (workspace / "submitted" / "ana" / "ex00" / "ex00.ipynb").exists()
    assert (workspace / "submitted" / "ben" / "ex00" / "timestamp.txt").exists()


def test_unknown_ambiguous_and_unsafe_files_are_listed_not_collected(tmp_path, workspace):
    result = collect_zip(workspace, "ex00", download(tmp_path, {
        "stranger_ex00.ipynb": "{}", "ana_ben_ex00.ipynb": "{}", "../escape/ana.ipynb": "{}"}), ["ana", "ben"])
    assert result.collected == []
    assert len(result.problems) == 3
    assert not (tmp_path / "escape").exists()


def test_an_earlier_submission_is_archived_not_overwritten(tmp_path, workspace):
    first = workspace / "submitted" / "ana" / "ex00"
    first.mkdir(parents=True)
    (first / "ex00.ipynb").write_text("my first try")
    result = collect_zip(workspace, "ex00", download(tmp_path, {"ana_ex00.ipynb": "{}"}), ["ana"])
    (kept,) = (workspace / ".equity-course" / "replaced").glob("*/ana/ex00/ex00.ipynb")
    assert kept.read_text() == "my first try" and result.archived


def test_a_file_that_is_not_a_zip_says_so(tmp_path, workspace):
    (tmp_path / "x.zip").write_text("nope")
    with pytest.raises(ValueError, match="not a zip file"):
        collect_zip(workspace, "ex00", tmp_path / "x.zip", ["ana"])
