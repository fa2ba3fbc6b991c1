"""Which of the course's JupyterLab settings does each kind of server load, and do they say what they should?"""

from __future__ import annotations

import json
import os

import pytest
from traitlets.config.loader import PyFileConfigLoader

from grader.learner.lab_mode import (
    LEARNER,
    ROLE_VARIABLE,
    TRAINER,
    lab_environment,
    lab_folders,
    lab_root,
    role_from,
)

AUTHORING_PLUGINS = {"@jupyter/nbgrader:create-assignment", "@jupyter/nbgrader:validate-assignment",
                     "@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:course-list"}
EXCHANGE_PLUGINS = {"@jupyter/nbgrader:assignment-list", "@jupyter/nbgrader:menu"}


def disabled_plugins(folders) -> set[str]:
    found = set()
    for folder in folders:
        path = folder / "labconfig" / "page_config.json"
        if path.exists():
            found |= {name for name, off in json.loads(path.read_text())["disabledExtensions"].items() if off}
    return found


def server_extensions(folders) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for folder in reversed(folders):  # the first folder wins, as on JUPYTER_CONFIG_PATH
        path = folder / "jupyter_server_config.json"
        if path.exists():
            found.update(json.loads(path.read_text())["ServerApp"]["jpserver_extensions"])
    return found


def test_every_folder_of_every_role_exists():
    for role in (LEARNER, TRAINER):
        for hub in (True, False):
            assert all(folder.is_dir() for folder in lab_folders(role, hub=hub))


def test_a_learner_alone_has_none_of_nbgraders_tools_and_on_a_hub_keeps_the_assignments_list():
    alone, on_hub = lab_folders(LEARNER, hub=False), lab_folders(LEARNER, hub=True)
    assert disabled_plugins(alone) == AUTHORING_PLUGINS | EXCHANGE_PLUGINS
    assert disabled_plugins(on_hub) == AUTHORING_PLUGINS
    assert server_extensions(alone) == dict.fromkeys(
        ["nbgrader.server_extensions.formgrader", "nbgrader.server_extensions.course_list",
         "nbgrader.server_extensions.validate_assignment", "nbgrader.server_extensions.assignment_list"], False)
    assert "nbgrader.server_extensions.assignment_list" not in server_extensions(on_hub)  # nbgrader's own: on


def test_a_trainer_keeps_every_nbgrader_tool():
    for hub in (True, False):
        folders = lab_folders(TRAINER, hub=hub)
        assert disabled_plugins(folders) == set()
        assert not any(enabled is False for enabled in server_extensions(folders).values())


def test_everyone_runs_offline_with_the_courses_own_defaults_and_no_news_popup():
    (everyone,) = lab_folders(TRAINER, hub=False)
    config = PyFileConfigLoader("jupyter_server_config.py", path=str(everyone)).load_config()
    assert config.LabApp.news_url is None
    assert config.LabApp.check_for_updates_class.endswith("NeverCheckForUpdate")
    assert config.LabApp.extension_manager == "readonly"
    settings = lab_root() / "settings"
    assert config.LabApp.app_settings_dir == str(settings)
    overrides = json.loads((settings / "overrides.json").read_text())
    assert overrides["@jupyterlab/apputils-extension:notification"] == {"fetchNews": "false", "checkForUpdates": False}


def test_the_environment_puts_the_course_folders_after_any_already_there_and_never_twice(tmp_path):
    hub_folder = str(tmp_path / "hub" / "learners")
    env = lab_environment(LEARNER, hub=True, environ={"JUPYTER_CONFIG_PATH": hub_folder, "PATH": "/bin"})
    assert env["JUPYTER_CONFIG_PATH"].split(os.pathsep) == [hub_folder, *map(str, lab_folders(LEARNER, hub=True))]
    assert env[ROLE_VARIABLE] == LEARNER and env["PATH"] == "/bin"
    assert lab_environment(LEARNER, hub=True, environ=env) == env
    trainer = lab_environment(TRAINER, hub=True, environ=env)
    assert trainer["JUPYTER_CONFIG_PATH"].split(os.pathsep) == [hub_folder, *map(str, lab_folders(TRAINER, hub=True))]


def test_the_environment_never_points_into_the_learners_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    env = lab_environment(LEARNER, hub=False, environ={})
    assert all(not folder.startswith(str(tmp_path)) for folder in env["JUPYTER_CONFIG_PATH"].split(os.pathsep))


def test_the_role_is_a_learners_unless_the_server_was_started_for_a_trainer():
    assert role_from({}) == LEARNER
    assert role_from({ROLE_VARIABLE: " trainer "}) == TRAINER
    with pytest.raises(ValueError, match="no role 'teacher'.*'learner' or 'trainer'"):
        role_from({ROLE_VARIABLE: "teacher"})
    with pytest.raises(ValueError, match="no role"):
        lab_folders("admin", hub=True)
