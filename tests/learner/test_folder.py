"""Does the learner's course folder get the course without losing the learner's work?"""

from __future__ import annotations

from grader.course.syllabus import course_root, load_syllabus
from grader.learner.folder import REFERENCE, START_NOTEBOOK, prepare


def test_a_new_folder_gets_the_start_page_and_every_module(tmp_path):
    prepared = prepare(tmp_path / "course")
    expected = {START_NOTEBOOK, *(m.notebook for m in load_syllabus().modules), *REFERENCE}
    assert set(prepared.copied) == expected
    assert all((tmp_path / "course" / name).is_file() for name in expected)


def test_a_learners_own_copy_is_never_overwritten(tmp_path):
    prepare(tmp_path)
    mine = tmp_path / load_syllabus().modules[0].notebook
    mine.write_text("my edited notebook")
    again = prepare(tmp_path)
    assert mine.read_text() == "my edited notebook"
    assert load_syllabus().modules[0].notebook in again.kept


def test_the_glossary_sits_where_the_modules_link_to_it_and_is_refreshed_every_time(tmp_path):
    prepare(tmp_path)
    glossary = tmp_path / "glossary.md"
    assert glossary.read_text(encoding="utf-8") == (course_root() / "course" / "glossary.md").read_text(encoding="utf-8")
    glossary.write_text("an old glossary", encoding="utf-8")
    prepare(tmp_path)
    assert glossary.read_text(encoding="utf-8") != "an old glossary"
    module = tmp_path / load_syllabus().modules[1].notebook
    assert "](../glossary.md)" in module.read_text(encoding="utf-8")
    assert (module.parent / "../glossary.md").resolve() == glossary.resolve()
