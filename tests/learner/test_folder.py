"""Does the learner's course folder get the course without losing the learner's work?"""

from __future__ import annotations

from grader.course.syllabus import load_syllabus
from grader.learner.folder import START_NOTEBOOK, prepare


def test_a_new_folder_gets_the_start_page_and_every_module(tmp_path):
    prepared = prepare(tmp_path / "course")
    expected = {START_NOTEBOOK, *(m.notebook for m in load_syllabus().modules)}
    assert set(prepared.copied) == expected
    assert all((tmp_path / "course" / name).is_file() for name in expected)


def test_a_learners_own_copy_is_never_overwritten(tmp_path):
    prepare(tmp_path)
    mine = tmp_path / load_syllabus().modules[0].notebook
    mine.write_text("my edited notebook")
    again = prepare(tmp_path)
    assert mine.read_text() == "my edited notebook"
    assert load_syllabus().modules[0].notebook in again.kept
