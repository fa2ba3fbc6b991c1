"""Does the start page's course map show every module with its time and a link?"""

from grader.course.syllabus import load_syllabus
from grader.learner.course_map import course_map


def test_course_map_links_every_module_and_gives_its_minutes():
    shown = course_map()
    for module in load_syllabus().modules:
        assert f'href="{module.notebook}"' in shown.html
        assert f"<td>{module.minutes}</td>" in shown.html
        assert module.title in str(shown)


def test_course_map_states_the_total_time():
    assert f"{load_syllabus().total_minutes} minutes" in str(course_map())


def test_a_new_learner_sees_every_module_not_started(tmp_path):
    from grader.learner.store import LearnerStore

    shown = course_map(store=LearnerStore(tmp_path))
    assert shown.html.count("<td>○ not started</td>") == len(load_syllabus().modules)
    assert '<th scope="col">your status</th>' in shown.html


def test_the_map_shows_each_modules_status_from_saved_progress(tmp_path):
    from grader.learner.progress import practice_checks
    from grader.learner.store import LearnerStore

    store = LearnerStore(tmp_path)
    for check_id in practice_checks("00"):
        store.record_attempt(check_id, passed=True)
    store.record_attempt(practice_checks("01")[0], passed=False)
    shown = course_map(store=store)
    rows = {row.split("</th>")[0].rsplit(">", 1)[1]: row for row in shown.html.split("<tr>")[2:]}
    assert "✓ done" in rows["00"] and "◐ in progress" in rows["01"] and "○ not started" in rows["02"]
    assert "00  ✓ done" in str(shown)


def test_the_map_reports_a_damaged_progress_file(tmp_path):
    from grader.learner.store import LearnerStore

    store = LearnerStore(tmp_path)
    store.path("progress").write_text("not json", encoding="utf-8")
    shown = course_map(store=store)
    assert "could not be read" in shown.html and "Note:" in str(shown)
    assert list(tmp_path.glob("progress.damaged-*.json"))


def test_the_map_lists_modules_in_order_of_their_number():
    shown = course_map()
    ids = [module.id for module in load_syllabus().modules]
    positions = [shown.html.index(f'<th scope="row">{module_id}</th>') for module_id in sorted(ids)]
    assert positions == sorted(positions)


def test_the_map_shows_the_core_path_beside_the_full_course():
    syllabus = load_syllabus()
    shown = course_map()
    assert f"core path {syllabus.core_minutes} minutes" in str(shown)
    assert f"the core path about {syllabus.core_minutes / 60:.1f} hours" in shown.html
    assert '<th scope="col">core path minutes</th>' in shown.html
    for module in syllabus.modules:
        assert f"<td>{module.minutes}</td><td>{module.core.minutes}</td>" in shown.html
        for section in module.core.sections:
            assert f"{section.heading} ({section.minutes} min)" in str(shown)
        for part in module.core.exercise_parts:
            assert f"exercise {module.exercise.assignment}: {part.heading} ({part.minutes} min)" in str(shown)


def test_the_map_shows_each_modules_self_assessment_before_and_after(tmp_path):
    from grader.learner.self_assessment import save_rating
    from grader.learner.store import LearnerStore

    store = LearnerStore(tmp_path)
    objectives = len(load_syllabus().module("02").objectives)
    save_rating("02", "start", [1] * objectives, store)
    save_rating("02", "end", [4] * objectives, store)
    save_rating("03", "start", [2] * len(load_syllabus().module("03").objectives), store)
    shown = course_map(store=store)
    rows = {row.split("</th>")[0].rsplit(">", 1)[1]: row for row in shown.html.split("<tr>")[2:]}
    assert "<td>start 1.0 of 4, end 4.0 of 4</td>" in rows["02"]
    assert "<td>start 2.0 of 4, end not rated yet</td>" in rows["03"]
    assert "<td>not rated yet</td>" in rows["04"]
    assert "your confidence (1 to 4), start and end" in shown.html
    assert "confidence: start 1.0 of 4, end 4.0 of 4" in str(shown)
