"""Does the item-file reader accept the course's files, and does every broken file get an error that
names the file, the item and the fix?"""

from __future__ import annotations

from pathlib import Path

import pytest

from grader.course.items import ItemError, all_items, load_all, load_file
from grader.course.syllabus import load_syllabus

GOOD = '''module = "01"

[[item]]
kind = "choice"
id = "01.trust"
title = "Speed of trust"

[[item]]
kind = "group_counts"
id = "ex01.ranking"
'''


def _write(folder: Path, text: str, name: str = "01-build-strategic-partnerships.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_module_of_the_syllabus_has_one_item_file_and_nothing_else_does():
    assert [m.module_id for m in load_all()] == [m.id for m in load_syllabus().modules]


def test_a_file_gives_its_items_in_order_with_their_module_and_whether_nbgrader_grades_them(tmp_path):
    found = load_file(_write(tmp_path, GOOD))
    assert [(i.kind, i.id, i.module_id, i.graded) for i in found.items] == [
        ("choice", "01.trust", "01", False), ("group_counts", "ex01.ranking", "01", True)]
    assert found.items[0].fields == {"title": "Speed of trust"}


def test_every_item_id_in_the_course_is_unique():
    ids = [item.id for item in all_items()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("module = \"01\"\n[[item]]\nkind = \"choice\"\n", 'needs a text "id"'),
        ("module = \"01\"\n[[item]]\nid = \"01.a\"\n", 'needs a text "kind"'),
        ("module = \"01\"\n[[item]]\nkind = \"choice\"\nid = \"02.trust\"\n", "belongs to module 02"),
        ("module = \"01\"\n[[item]]\nkind = \"choice\"\nid = \"Trust!\"\n", 'should look like "01.short_name"'),
        ("module = \"02\"\n", 'write module = "01"'),
        ("module = \"01\"\n[question]\n", "unknown top-level key"),
        ("module = \"01\"\nitem = 3\n", "write each one as [[item]]"),
        (GOOD + "\n[[item]]\nkind = \"choice\"\nid = \"01.trust\"\n", "used twice"),
        ("module = \"01\"\n[[item]\n", "not valid TOML"),
    ],
)
def test_a_broken_file_is_refused_with_what_is_wrong_and_how_to_fix_it(tmp_path, text, says):
    with pytest.raises(ItemError, match="01-build-strategic-partnerships.toml") as error:
        load_file(_write(tmp_path, text))
    assert says in str(error.value)


def test_a_file_not_named_after_its_module_is_refused(tmp_path):
    with pytest.raises(ItemError, match="named after its module's slug"):
        load_file(_write(tmp_path, GOOD, name="partnerships.toml"))


def test_two_files_for_one_module_and_an_empty_folder_are_refused(tmp_path):
    with pytest.raises(ItemError, match="No item files"):
        load_all(tmp_path)
    _write(tmp_path / "course" / "items", GOOD)
    _write(tmp_path / "course" / "items", GOOD, name="01-partnerships-again.toml")
    with pytest.raises(ItemError, match="more than one item file"):
        load_all(tmp_path)
