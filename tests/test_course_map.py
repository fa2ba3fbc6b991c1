"""Does the start page's course map show every module with its time and a link?"""

from grader.course_map import course_map
from grader.syllabus import load_syllabus


def test_course_map_links_every_module_and_gives_its_minutes():
    shown = course_map()
    for module in load_syllabus().modules:
        assert f'href="{module.notebook}"' in shown.html
        assert f"<td>{module.minutes}</td>" in shown.html
        assert module.title in str(shown)


def test_course_map_states_the_total_time():
    assert f"{load_syllabus().total_minutes} minutes" in str(course_map())
