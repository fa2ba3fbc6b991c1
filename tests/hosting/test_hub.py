"""Does `equity-course hub init` write a JupyterHub config from the roster, one place for everyone?"""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path

import pytest
from traitlets.config.loader import PyFileConfigLoader

from grader.cli import main
from grader.course.syllabus import course_root, load_syllabus
from grader.hosting.hub import (
    LEARNERS,
    TRAINERS,
    HubError,
    HubSettings,
    group_files,
    render_config,
    server_environment,
    singleuser_environment,
    template_settings,
)
from grader.learner.lab_mode import ROLE_VARIABLE, lab_folders

# `hub init` writes the proxy's path into the config, so it needs the npm packages `make test` installs.
NEEDS_PROXY = pytest.mark.npm


@pytest.fixture
def open_python():
    """A stand-in for the users' Python that every user may run (in a folder open to all)."""
    folder = Path(tempfile.mkdtemp(prefix="eqhub-unit-"))
    os.chmod(folder, 0o755)
    python = folder / "python"
    python.write_text("#!/bin/sh\nexit 0\n")
    os.chmod(python, 0o755)
    yield python
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def roster(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text("id,first_name\nana,Ana\nben,Ben\ncat,Cat\n")
    return path


def hub_init(tmp_path, roster, python, *extra: str) -> int:
    return main(["hub", "init", str(tmp_path / "hub"), "--trainer", "tara", "--roster", str(roster),
                 "--exchange", str(tmp_path / "exchange"), "--python", str(python),
                 "--cohort", "/home/tara/spring", *extra])


def load(config: Path):  # type: ignore[no-untyped-def]
    return PyFileConfigLoader(config.name, path=str(config.parent)).load_config()


@NEEDS_PROXY
def test_init_writes_a_config_whose_users_and_groups_come_from_the_roster(tmp_path, roster, open_python, capsys):
    assert hub_init(tmp_path, roster, open_python) == 0
    config = load(tmp_path / "hub" / "jupyterhub_config.py")
    assert config.Authenticator.allowed_users == {"tara", "ana", "ben", "cat"}
    assert config.JupyterHub.load_groups == {TRAINERS: {"users": ["tara"]}, LEARNERS: {"users": ["ana", "ben", "cat"]}}
    assert config.Spawner.cmd == [str(open_python), "-m", "grader.hosting.hub", "singleuser"]
    assert "3 learners" in capsys.readouterr().out


@NEEDS_PROXY
def test_the_course_id_is_set_once_from_the_syllabus_for_both_groups(tmp_path, roster, open_python):
    hub_init(tmp_path, roster, open_python)
    course_id = load_syllabus().course_id
    for group in (TRAINERS, LEARNERS):
        nbgrader = json.loads((tmp_path / "hub" / "jupyter" / group / "nbgrader_config.json").read_text())
        assert nbgrader["CourseDirectory"]["course_id"] == course_id
        assert nbgrader["Exchange"]["root"] == str(tmp_path / "exchange")
    cohort_config = load(course_root() / "course" / "nbgrader_config.py")
    assert cohort_config.CourseDirectory.course_id == course_id  # what `cohort init` copies


@NEEDS_PROXY
def test_the_exchange_is_open_to_all_with_the_sticky_bit_and_the_hub_state_is_private(tmp_path, roster, open_python):
    hub_init(tmp_path, roster, open_python)
    assert stat.S_IMODE(os.stat(tmp_path / "exchange").st_mode) == 0o1777
    assert stat.S_IMODE(os.stat(tmp_path / "hub" / "state").st_mode) == 0o700
    assert stat.S_IMODE(os.stat(tmp_path / "hub" / "jupyter" / LEARNERS).st_mode) == 0o755


def test_only_the_trainers_settings_open_the_cohort_workspace(tmp_path):
    settings = example_settings(tmp_path)
    learners, trainers = group_files(settings, LEARNERS), group_files(settings, TRAINERS)
    assert trainers["nbgrader_config.json"]["CourseDirectory"]["root"] == settings.cohort
    assert "root" not in learners["nbgrader_config.json"]["CourseDirectory"]


def test_learners_servers_load_the_learner_mode_and_trainers_the_trainers(tmp_path):
    """The group's own folder first (course id, exchange), then the course's JupyterLab settings."""
    settings = example_settings(tmp_path)
    trainer, learner = server_environment(settings, TRAINERS), server_environment(settings, LEARNERS)
    assert learner["JUPYTER_CONFIG_PATH"].split(os.pathsep) == [
        str(tmp_path / "hub" / "jupyter" / LEARNERS), *map(str, lab_folders("learner", hub=True))]
    assert trainer["JUPYTER_CONFIG_PATH"].split(os.pathsep) == [
        str(tmp_path / "hub" / "jupyter" / TRAINERS), *map(str, lab_folders("trainer", hub=True))]
    assert (learner[ROLE_VARIABLE], trainer[ROLE_VARIABLE]) == ("learner", "trainer")
    assert learner["PATH"].split(os.pathsep)[0] == str(Path(settings.python).parent)


def test_a_server_started_by_the_hub_adds_the_course_settings_for_its_role_once(tmp_path, capsys):
    """As on Kubernetes, where the values file sets JUPYTER_CONFIG_PATH and the role."""
    learner = singleuser_environment({"JUPYTER_CONFIG_PATH": "/etc/equity-course/learners"})
    assert learner["JUPYTER_CONFIG_PATH"].split(os.pathsep) == [
        "/etc/equity-course/learners", *map(str, lab_folders("learner", hub=True))]
    assert singleuser_environment(learner) == learner
    trainer = singleuser_environment({"JUPYTER_CONFIG_PATH": "/etc/equity-course/trainers", ROLE_VARIABLE: "trainer"})
    assert trainer["JUPYTER_CONFIG_PATH"].split(os.pathsep) == [
        "/etc/equity-course/trainers", *map(str, lab_folders("trainer", hub=True))]
    odd = singleuser_environment({ROLE_VARIABLE: "admin"})
    assert odd[ROLE_VARIABLE] == "learner"
    assert "no role 'admin'" in capsys.readouterr().err


@NEEDS_PROXY
def test_an_idle_culler_and_the_limits_are_configured(tmp_path, roster, open_python):
    pytest.importorskip("jupyterhub_idle_culler")
    hub_init(tmp_path, roster, open_python, "--cull-idle", "900", "--mem-limit", "1G", "--cpu-limit", "0.5")
    config = load(tmp_path / "hub" / "jupyterhub_config.py")
    (culler,) = [s for s in config.JupyterHub.services if s["name"] == "idle-culler"]
    assert "--timeout=900" in culler["command"]
    assert {"list:users", "delete:servers"} <= set(next(
        r for r in config.JupyterHub.load_roles if r["name"] == "idle-culler")["scopes"])
    assert (config.Spawner.mem_limit, config.Spawner.cpu_limit) == ("1G", 0.5)


def test_systemd_spawner_is_chosen_when_asked(tmp_path):
    settings = example_settings(tmp_path, spawner="systemd")
    config = tmp_path / "jupyterhub_config.py"
    config.write_text(render_config(settings))
    assert load(config).JupyterHub.spawner_class == "systemdspawner.SystemdSpawner"


def test_the_settings_block_reads_back_as_written(tmp_path):
    settings = example_settings(tmp_path)
    assert template_settings(render_config(settings)) == settings.to_dict()


def test_the_template_example_is_valid_and_uses_the_syllabus_course_id():
    example = HubSettings.from_dict(template_settings())
    assert example.course_id == load_syllabus().course_id


@NEEDS_PROXY
def test_ids_that_cannot_be_user_names_are_all_named_with_a_fix(tmp_path, open_python, capsys):
    bad = tmp_path / "roster.csv"
    bad.write_text("id\nAna\nben.lee\ncat\n")
    assert hub_init(tmp_path, bad, open_python) == 2
    error = capsys.readouterr().err
    assert "'Ana'" in error and "'ben.lee'" in error and "lower-case" in error
    assert not (tmp_path / "hub").exists()


def test_a_trainer_cannot_also_be_a_learner(tmp_path):
    with pytest.raises(HubError, match="both trainer and learner"):
        example_settings(tmp_path, trainers=["ana"], learners=["ana", "ben"]).check()


@NEEDS_PROXY
def test_a_python_other_users_cannot_run_is_refused_with_how_to_install_one(tmp_path, roster, capsys):
    closed = tmp_path / "closed"
    closed.mkdir(mode=0o700)
    python = closed / "python"
    python.write_text("")
    assert hub_init(tmp_path, roster, python) == 2
    assert "Other users cannot run" in capsys.readouterr().err


def test_init_needs_to_know_who_the_learners_are(tmp_path, capsys):
    assert main(["hub", "init", str(tmp_path / "hub"), "--trainer", "tara"]) == 2
    assert "--cohort" in capsys.readouterr().err


def test_unknown_settings_are_named():
    with pytest.raises(HubError, match="color"):
        HubSettings.from_dict({**template_settings(), "color": "blue"})


def example_settings(tmp_path, **changes) -> HubSettings:  # type: ignore[no-untyped-def]
    values = {**template_settings(), "hub_dir": str(tmp_path / "hub"),
              "exchange_root": str(tmp_path / "exchange"), "python": sys.executable, **changes}
    return HubSettings.from_dict(values)
