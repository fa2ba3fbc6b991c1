"""Does the learner's store keep work where they expect, survive crashes, and never lose a damaged file?"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grader.learner.store import HOME_VARIABLE, LearnerStore, StoreDamaged, course_home


def test_course_home_follows_the_environment_variable(monkeypatch, tmp_path):
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "course"))
    assert HOME_VARIABLE == "EQUITY_COURSE_HOME"
    assert course_home() == tmp_path / "course"
    assert LearnerStore.default().root == tmp_path / "course" / "my-work"


def test_course_home_expands_a_tilde(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv(HOME_VARIABLE, "~/my-course")
    assert course_home() == tmp_path / "my-course"


def test_without_the_variable_the_course_lives_in_the_home_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(HOME_VARIABLE, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert course_home() == tmp_path / "equity-course"


def test_save_then_load_round_trips(tmp_path):
    store = LearnerStore(tmp_path)
    data = {"text": "Café ✓ — résumé", "numbers": [1, 2.5], "nested": {"ok": True, "none": None}}
    path = store.save("reflection-00", data)
    assert path == tmp_path / "reflection-00.json"
    assert store.load("reflection-00") == data
    assert "Café ✓" in path.read_text(encoding="utf-8")  # readable, not \\u-escaped


def test_loading_what_was_never_saved_is_none(tmp_path):
    assert LearnerStore(tmp_path / "not-yet").load("anything") is None


def test_save_creates_the_folder(tmp_path):
    store = LearnerStore(tmp_path / "a" / "b")
    store.save("x", 1)
    assert store.load("x") == 1


def test_saving_again_replaces_the_old_content(tmp_path):
    store = LearnerStore(tmp_path)
    store.save("plan", {"v": 1})
    store.save("plan", {"v": 2})
    assert store.load("plan") == {"v": 2}


@pytest.mark.parametrize("name, file", [("spectrum-01.spectrum", "spectrum-01.spectrum.json"),
                                        ("../../etc/passwd", "..-..-etc-passwd.json"),
                                        ("my plan/2", "my-plan-2.json")])
def test_names_become_safe_file_names_inside_the_store(tmp_path, name, file):
    store = LearnerStore(tmp_path)
    assert store.path(name) == tmp_path / file
    assert store.path(name).parent == tmp_path


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    store = LearnerStore(tmp_path)
    for round_ in range(3):
        store.save("plan", {"round": round_})
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path):
    store = LearnerStore(tmp_path)
    store.save("plan", {"v": 1})
    with pytest.raises(TypeError):
        store.save("plan", {"v": object()})  # not JSON: fails part-way through writing
    assert store.load("plan") == {"v": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["plan.json"]


@pytest.mark.parametrize("content", [b"{not json", b'{"a": 1', b"\xff\xfe\x00garbage", b""])
def test_a_damaged_file_is_moved_aside_and_the_error_says_where(tmp_path, content):
    store = LearnerStore(tmp_path)
    store.path("plan").write_bytes(content)
    with pytest.raises(StoreDamaged) as raised:
        store.load("plan")
    (aside,) = tmp_path.glob("plan.damaged-*.json")
    assert aside.read_bytes() == content  # nothing is lost
    assert not store.path("plan").exists()
    message = str(raised.value)
    assert "plan.json could not be read" in message and aside.name in message
    assert store.load("plan") is None  # the learner can start afresh


def test_record_attempt_counts_attempts_and_remembers_a_pass(tmp_path):
    store = LearnerStore(tmp_path)
    store.record_attempt("00.power", passed=False)
    store.record_attempt("00.power", passed=True)
    store.record_attempt("00.power", passed=False)
    store.record_attempt("01.spectrum", passed=False)
    progress = store.load("progress")
    assert progress["00.power"]["attempts"] == 3 and progress["00.power"]["passed"] is True
    assert progress["01.spectrum"] == {**progress["01.spectrum"], "attempts": 1, "passed": False}
    assert "T" in progress["00.power"]["last"]


def test_record_attempt_survives_a_damaged_progress_file(tmp_path):
    store = LearnerStore(tmp_path)
    store.path("progress").write_text("{broken", encoding="utf-8")
    store.record_attempt("00.power", passed=True)
    assert store.load("progress")["00.power"]["attempts"] == 1
    assert len(list(tmp_path.glob("progress.damaged-*.json"))) == 1


def test_the_store_is_plain_json_a_learner_can_read(tmp_path):
    store = LearnerStore(tmp_path)
    store.save("plan", {"b": 1, "a": 2})
    text = Path(store.path("plan")).read_text(encoding="utf-8")
    assert json.loads(text) == {"a": 2, "b": 1}
    assert text.endswith("\n") and text.index('"a"') < text.index('"b"')


def test_two_damaged_files_in_the_same_second_are_both_kept(tmp_path):
    from grader.learner.store import LearnerStore, StoreDamaged

    store = LearnerStore(tmp_path)
    for _ in range(2):
        store.path("plan").write_text("{not json")
        with pytest.raises(StoreDamaged):
            store.load("plan")
    assert len(list(tmp_path.glob("plan.damaged-*.json"))) == 2


def test_a_progress_file_of_the_wrong_shape_is_set_aside_not_a_crash(tmp_path):
    from grader.learner.store import LearnerStore

    store = LearnerStore(tmp_path)
    store.save("progress", ["not", "a", "table"])
    store.record_attempt("00.power", True)
    assert store.load("progress")["00.power"]["passed"] is True
    assert list(tmp_path.glob("progress.damaged-*.json"))
