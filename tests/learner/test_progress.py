"""Does the learner's progress say truthfully where they are, survive restarts, and never hide a
damaged file? And does the certificate come only when every module is done?"""

from __future__ import annotations

import datetime as dt
import html as html_module
import re
import subprocess
import sys

import pytest

from grader.checks.feedback import Feedback, Note, Status
from grader.checks.registry import (
    add_listener,
    check,
    known_checks,
    remove_listener,
    spec,
)
from grader.course.syllabus import load_syllabus
from grader.learner.progress import (
    CERTIFICATE_FILE,
    ModuleStatus,
    certificate,
    certificate_html,
    is_practice,
    load_progress,
    practice_checks,
    progress,
    record,
    record_practice,
    text_bar,
    write_certificate,
)
from grader.learner.store import HOME_VARIABLE, LearnerStore


def pass_all(store: LearnerStore, module_id: str) -> None:
    for check_id in practice_checks(module_id):
        store.record_attempt(check_id, passed=True)


def pass_every_module(store: LearnerStore) -> None:
    for module in load_syllabus().modules:
        pass_all(store, module.id)


def feedback(check_id: str, holds: bool = True) -> Feedback:
    status = Status.HOLDS_UP if holds else Status.RECONSIDER
    return Feedback(check_id, "A check", notes=(Note("part", status, "because"),), max_points=1)


# ---- what counts ----

def test_practice_checks_of_a_module_are_its_ungraded_checks():
    checks = practice_checks("00")
    assert checks and all(c.startswith("00.") and not spec(c).graded for c in checks)
    assert not any(c.startswith("ex00.") for c in checks)
    assert is_practice("00.power") and not is_practice("ex00.root") and not is_practice("no.such")


def test_every_module_in_the_syllabus_has_practice_checks_so_it_can_be_done():
    for module in load_syllabus().modules:
        assert practice_checks(module.id), f"module {module.id} has no practice check, so it can never be done"


def test_an_untouched_module_is_not_started(store):
    assert load_progress(store).of("00").status is ModuleStatus.NOT_STARTED


def test_one_attempt_makes_a_module_in_progress_even_when_it_did_not_hold_up(store):
    store.record_attempt("00.power", passed=False)
    entry = load_progress(store).of("00")
    assert entry.status is ModuleStatus.IN_PROGRESS
    assert entry.attempts == 1 and entry.passed == ()


def test_a_module_is_done_when_every_practice_check_has_held_up_at_least_once(store):
    *most, last = practice_checks("00")
    for check_id in most:
        store.record_attempt(check_id, passed=True)
    assert load_progress(store).of("00").status is ModuleStatus.IN_PROGRESS
    assert load_progress(store).of("00").still_to_pass == (last,)
    store.record_attempt(last, passed=False)
    store.record_attempt(last, passed=True)
    store.record_attempt(last, passed=False)  # a later miss does not undo a pass
    assert load_progress(store).of("00").status is ModuleStatus.DONE


def test_exercise_checks_do_not_count_toward_a_module(store):
    store.record_attempt("ex00.root", passed=True)
    assert load_progress(store).of("00").status is ModuleStatus.NOT_STARTED


def test_the_course_is_complete_only_when_every_module_is_done(store):
    modules = load_syllabus().modules
    for module in modules[:-1]:
        pass_all(store, module.id)
    course = load_progress(store)
    assert course.modules_done == len(modules) - 1 and not course.complete
    pass_all(store, modules[-1].id)
    assert load_progress(store).complete


# ---- recording ----

def test_record_counts_one_result_once_even_when_two_callers_report_it(store):
    result = feedback("00.power")
    record(result, store)
    record(result, store)  # the widget reports what the listener already counted
    record(feedback("00.power", holds=False), store)  # a new attempt
    assert store.load("progress")["00.power"]["attempts"] == 2


def test_an_answer_that_could_not_be_checked_is_not_an_attempt(store):
    record(check("00.power", ...), store)
    assert store.load("progress") is None


def test_the_listener_records_practice_checks_only(monkeypatch, tmp_path):
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    record_practice(check("00.power", "b"))
    record_practice(check("ex00.root", "a"))
    saved = LearnerStore.default().load("progress")
    assert set(saved) == {"00.power"}


def test_check_tells_its_listeners_and_a_failing_listener_never_reaches_the_learner():
    heard = []

    def broken(_feedback):
        raise OSError("read-only folder")

    add_listener(broken)
    add_listener(heard.append)
    add_listener(heard.append)  # twice is once
    try:
        result = check("00.power", "a")
    finally:
        remove_listener(broken)
        remove_listener(heard.append)
    assert heard == [result]
    assert result.problem is None


def test_outside_a_notebook_kernel_checks_record_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    check("00.power", "b")
    assert LearnerStore.default().load("progress") is None


def test_progress_survives_a_restart_because_it_lives_in_a_file(store):
    code = ("import sys; from grader.learner.store import LearnerStore; "
            "from pathlib import Path; LearnerStore(Path(sys.argv[1])).record_attempt('00.power', True)")
    subprocess.run([sys.executable, "-c", code, str(store.root)], check=True, timeout=60)
    assert load_progress(store).of("00").passed == ("00.power",)


# ---- a damaged file ----

def test_a_damaged_progress_file_is_reported_and_set_aside_not_silently_reset(store):
    store.record_attempt("00.power", True)
    store.path("progress").write_text("{half a file", encoding="utf-8")
    course = load_progress(store)
    (aside,) = store.root.glob("progress.damaged-*.json")
    assert aside.read_text(encoding="utf-8") == "{half a file"  # nothing is lost
    assert any(aside.name in problem for problem in course.problems)
    assert course.of("00").status is ModuleStatus.NOT_STARTED
    store.record_attempt("00.role", True)  # carrying on works
    later = load_progress(store)
    assert any(aside.name in problem for problem in later.problems)  # and it is still reported
    assert aside.name in str(progress(store)) and aside.name in progress(store).html


def test_a_progress_file_of_the_wrong_shape_is_reported_too(store):
    store.save("progress", {"00.power": "passed"})
    assert load_progress(store).problems
    assert list(store.root.glob("progress.damaged-*.json"))


# ---- showing it ----

def test_progress_shows_a_bar_and_a_table_in_text_and_html(store):
    store.record_attempt("00.power", True)
    shown = progress(store)
    course = load_progress(store)
    assert f"{course.checks_passed} of {course.checks_total} practice checks passed" in str(shown)
    assert str(shown).startswith("Your progress: [")
    assert f'<progress max="{course.checks_total}" value="1"' in shown.html
    assert re.search(r"<label><strong>Practice checks passed:</strong> <progress", shown.html)
    assert "<caption>" in shown.html and '<th scope="col">status</th>' in shown.html
    for module in load_syllabus().modules:
        assert module.title in shown.html


def test_status_is_shown_in_words_and_a_shape_never_color_alone(store):
    store.record_attempt("00.power", False)
    html = progress(store).html
    assert "◐ in progress" in html and "○ not started" in html
    assert "color" not in html


def test_the_table_names_what_is_still_to_pass_in_a_started_module(store):
    store.record_attempt("00.power", True)
    html = progress(store).html
    assert html_module.escape(spec("00.role").title) in html


def test_text_bar_fills_in_proportion():
    assert text_bar(0, 10, width=10) == "[----------] 0%"
    assert text_bar(5, 10, width=10) == "[#####-----] 50%"
    assert text_bar(3, 0, width=4) == "[----] 0%"


# ---- the certificate ----

def test_no_certificate_until_every_module_is_done_and_it_says_what_is_left(store, tmp_path):
    pass_all(store, "00")
    with pytest.raises(ValueError, match=r"Still to finish: 01 \(not started\)"):
        write_certificate("Sam Rivera", store, tmp_path)
    assert not (tmp_path / CERTIFICATE_FILE).exists()
    shown = certificate("Sam Rivera", store, tmp_path)  # the notebook call never raises
    assert "Still to finish" in str(shown) and 'role="status"' in shown.html


def test_the_certificate_asks_for_a_name_once_it_is_earned(store, tmp_path):
    pass_every_module(store)
    for name in (..., "", "   "):
        assert "Write your name in quotes" in str(certificate(name, store, tmp_path))
    assert not (tmp_path / CERTIFICATE_FILE).exists()


def test_the_certificate_names_the_learner_every_module_and_the_date(store, tmp_path):
    pass_every_module(store)
    path = write_certificate("Sam <Rivera>", store, tmp_path, date=dt.date(2025, 3, 7))
    assert path == tmp_path / CERTIFICATE_FILE
    page = path.read_text(encoding="utf-8")
    assert "Sam &lt;Rivera&gt;" in page and "<Rivera>" not in page
    assert '<time datetime="2025-03-07">7 March 2025</time>' in page
    for module in load_syllabus().modules:
        assert html_module.escape(module.title) in page
    assert "<script" not in page and "http" not in page.replace("Human Impact Partners", "")  # self-contained
    assert '<html lang="en">' in page and "<title>" in page


def test_certificate_html_is_a_pure_function_of_its_inputs(store):
    course = load_progress(store)
    assert certificate_html("A", course, dt.date(2025, 1, 2)) == certificate_html("A", course, dt.date(2025, 1, 2))


def test_known_checks_include_every_practice_check():
    assert set(practice_checks("01")) <= set(known_checks())


def test_the_certificate_link_works_from_the_notebooks_folder(store, tmp_path, monkeypatch):
    pass_every_module(store)
    (tmp_path / "modules").mkdir()
    monkeypatch.chdir(tmp_path / "modules")
    shown = certificate("Sam Rivera", store, tmp_path)
    assert f'href="../{CERTIFICATE_FILE}"' in shown.html and "ready" in str(shown)


# ---- the core path and self-assessment ----

def pass_core(store: LearnerStore) -> None:
    for module in load_syllabus().modules:
        for check_id in module.core.checks:
            store.record_attempt(check_id, passed=True)


def test_a_modules_core_is_done_when_its_core_checks_have_held_up(store):
    module = load_syllabus().module("08")
    for check_id in module.core.checks[:-1]:
        store.record_attempt(check_id, passed=True)
    entry = load_progress(store).of("08")
    assert not entry.core_done and entry.core_label == f"{len(module.core.checks) - 1} of {len(module.core.checks)} core checks"
    store.record_attempt(module.core.checks[-1], passed=True)
    entry = load_progress(store).of("08")
    assert entry.core_done and entry.status is not ModuleStatus.DONE and entry.core_label == "✓ core done"


def test_the_core_path_is_complete_when_every_modules_core_is_done(store):
    pass_core(store)
    course = load_progress(store)
    assert course.core_complete and not course.complete and course.path_completed == "the core path"
    pass_every_module(store)
    assert load_progress(store).path_completed == "the full course"


def test_progress_shows_the_core_path_beside_the_full_course(store):
    store.record_attempt("00.power", True)
    shown = progress(store)
    course = load_progress(store)
    assert (f"Core path (about {course.core_minutes / 60:.1f} hours): 1 of {course.core_checks_total} core "
            "practice checks passed") in str(shown)
    assert '<th scope="col">core path</th>' in shown.html
    assert re.search(r"<strong>Core path checks passed:</strong> <progress", shown.html)


def test_no_certificate_with_half_the_core_path_and_it_says_what_is_left(store, tmp_path):
    for module in load_syllabus().modules[:-1]:
        for check_id in module.core.checks:
            store.record_attempt(check_id, passed=True)
    with pytest.raises(ValueError, match=r"finish the core path .* or the full course .*Still to finish: 10 "):
        write_certificate("Sam Rivera", store, tmp_path)


def test_the_certificate_for_the_core_path_says_so(store, tmp_path):
    pass_core(store)
    path = write_certificate("Sam Rivera", store, tmp_path, date=dt.date(2025, 3, 7))
    page = path.read_text(encoding="utf-8")
    course = load_progress(store)
    assert "Path completed: <strong>the core path</strong>" in page
    assert f"about {course.core_minutes / 60:.1f} hours" in page and "every core practice check" in page
    for module in load_syllabus().modules:
        assert f"({module.core.minutes} minutes of core sections and exercise parts" in page
    assert "the core path is ready" in str(certificate("Sam Rivera", store, tmp_path))


def test_the_full_course_certificate_says_so_and_shows_the_self_assessment(store, tmp_path):
    from grader.learner.self_assessment import save_rating

    syllabus = load_syllabus()
    pass_every_module(store)
    objectives = len(syllabus.module("01").objectives)
    save_rating("01", "start", [1] * objectives, store)
    save_rating("01", "end", [3] * objectives, store)
    page = write_certificate("Sam Rivera", store, tmp_path).read_text(encoding="utf-8")
    assert "Path completed: <strong>the full course</strong>" in page
    assert "Build Strategic Partnerships (90 minutes; your confidence: start 1.0 of 4, end 3.0 of 4)" in page
    assert "your confidence: not rated yet" in page


def test_a_damaged_self_assessment_is_reported_with_the_progress(store):
    store.root.mkdir(parents=True)
    store.path("self-assessment-02").write_text("nope", encoding="utf-8")
    assert any("self-assessment-02" in p for p in load_progress(store).problems)
