"""Does every `equity-course` command explain itself and do its one job?"""

from __future__ import annotations

import subprocess
import sys

import pytest

from grader.checks.hashing import digest
from grader.cli import main, parser

COMMANDS = sorted(parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "grader.cli", *args],
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    done = run(command, "--help")
    assert done.returncode == 0
    assert "usage: equity-course" in done.stdout
    subcommand = parser()._subparsers._group_actions[0].choices[command]  # type: ignore[union-attr]
    assert subcommand.description, f"{command} needs a description"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_in_the_readme_or_its_help(command):
    from grader.course.syllabus import course_root

    readme = (course_root() / "README.md").read_text(encoding="utf-8")
    assert f"equity-course {command}" in readme


def test_digest_prints_the_stored_form_of_an_answer(capsys):
    assert main(["digest", "01.spectrum", "P3", "4"]) == 0
    assert capsys.readouterr().out.strip() == digest("01.spectrum", "P3", "4")


def test_syllabus_prints_every_module(capsys):
    from grader.course.syllabus import load_syllabus

    assert main(["syllabus"]) == 0
    out = capsys.readouterr().out
    for module in load_syllabus().modules:
        assert module.title in out


def test_no_command_prints_usage_and_fails():
    done = run()
    assert done.returncode == 2
    assert "COMMAND" in done.stderr


def test_start_refuses_a_folder_inside_the_repository_with_a_clear_message():
    from grader.course.syllabus import course_root

    done = run("start", "--folder", str(course_root() / "inside"), "--no-browser")
    assert done.returncode == 2
    assert "inside the course repository" in done.stderr
    assert not (course_root() / "inside").exists()


def test_check_exercise_explains_itself():
    done = run("check-exercise", "--help")
    assert done.returncode == 0
    assert "NN" in done.stdout and "model answer" in done.stdout and "trainer" in done.stdout


def test_check_exercise_refuses_a_copy_the_trainer_released(tmp_path, capsys):
    import nbformat

    from grader.course.syllabus import course_root

    copy = tmp_path / "exercises" / "ex01" / "ex01.ipynb"
    copy.parent.mkdir(parents=True)
    copy.write_text((course_root() / "exercises" / "ex01" / "ex01.ipynb").read_text(encoding="utf-8"), encoding="utf-8")
    assert "equity_course" not in nbformat.read(copy, as_version=4).metadata
    assert main(["check-exercise", "01", "--folder", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("equity-course check-exercise: ") and "your trainer grades it" in error


def test_check_exercise_names_the_exercises_there_are(tmp_path, capsys):
    assert main(["check-exercise", "42", "--folder", str(tmp_path)]) == 2
    assert "one of: 00, 01" in capsys.readouterr().err
