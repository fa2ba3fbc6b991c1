"""Does the Kubernetes (Zero to JupyterHub) values file set up the same course as the one-server hub?"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from traitlets.config.loader import PyFileConfigLoader

from grader.course.syllabus import course_root, load_syllabus
from grader.hosting.hub import (
    GROUPS,
    LEARNERS,
    TRAINERS,
    HubSettings,
    group_files,
    render_config,
    template_settings,
)

VALUES = course_root() / "course" / "hub" / "z2jh-values.yaml"
CONFIG_ROOT = Path("/etc/equity-course")  # where the values file mounts each group's settings
COHORT = "/home/jovyan/cohort"  # the trainer's workspace on their home volume


@pytest.fixture(scope="module")
def values() -> dict:
    return yaml.safe_load(VALUES.read_text())


@pytest.fixture(scope="module")
def one_server() -> HubSettings:
    return HubSettings.from_dict(template_settings())


@pytest.fixture
def one_server_config(tmp_path, one_server):
    """The one-server config as the hub loads it (its folders made under tmp_path)."""
    settings = HubSettings.from_dict({**one_server.to_dict(), "hub_dir": str(tmp_path / "hub"),
                                      "exchange_root": str(tmp_path / "exchange")})
    path = tmp_path / "jupyterhub_config.py"
    path.write_text(render_config(settings))
    return PyFileConfigLoader(path.name, path=str(tmp_path)).load_config()


def mounted_files(values: dict, group: str) -> dict[str, dict]:
    folder = CONFIG_ROOT / group
    found = {}
    for entry in values["singleuser"]["extraFiles"].values():
        path = Path(entry["mountPath"])
        if path.is_relative_to(folder):
            found[str(path.relative_to(folder))] = entry["data"]
    return found


def test_the_values_file_parses_as_yaml(values):
    assert {"hub", "singleuser", "cull"} <= set(values)


def test_each_group_mounts_exactly_the_settings_the_one_server_hub_writes(values, one_server):
    settings = HubSettings.from_dict({**one_server.to_dict(), "cohort": COHORT})
    for group in GROUPS:
        assert mounted_files(values, group) == group_files(settings, group), group


def test_the_course_id_is_the_syllabus_one(values):
    for group in GROUPS:
        assert mounted_files(values, group)["nbgrader_config.json"]["CourseDirectory"]["course_id"] == \
            load_syllabus().course_id


def test_the_exchange_is_a_shared_volume_mounted_where_nbgrader_looks(values, one_server):
    mounts = {m["name"]: m["mountPath"] for m in values["singleuser"]["storage"]["extraVolumeMounts"]}
    assert mounts["nbgrader-exchange"] == one_server.exchange_root
    (volume,) = [v for v in values["singleuser"]["storage"]["extraVolumes"] if v["name"] == "nbgrader-exchange"]
    assert volume["persistentVolumeClaim"]["claimName"]
    (init,) = values["singleuser"]["initContainers"]
    assert f"chmod 1777 {one_server.exchange_root}" in " ".join(init["command"])


def test_groups_users_and_roles_match_the_one_server_config(values, one_server_config):
    hub = values["hub"]
    assert hub["config"]["JupyterHub"]["load_groups"] == one_server_config.JupyterHub.load_groups
    assert set(hub["config"]["Authenticator"]["allowed_users"]) == one_server_config.Authenticator.allowed_users
    trainer_role = next(r for r in one_server_config.JupyterHub.load_roles if r["name"] == "trainer")
    assert hub["loadRoles"]["trainer"]["scopes"] == trainer_role["scopes"]
    assert hub["loadRoles"]["trainer"]["groups"] == [TRAINERS]


def test_learners_load_their_settings_by_default_and_trainers_by_group(values):
    assert values["singleuser"]["extraEnv"]["JUPYTER_CONFIG_PATH"] == str(CONFIG_ROOT / LEARNERS)
    assert values["singleuser"]["extraEnv"]["EQUITY_COURSE_ROLE"] == "learner"
    assert values["singleuser"]["cmd"] == ["python", "-m", "grader.hosting.hub", "singleuser"]
    extra = values["hub"]["extraConfig"]["equity-course"]
    assert f'"JUPYTER_CONFIG_PATH": "{CONFIG_ROOT / TRAINERS}"' in extra
    assert '"EQUITY_COURSE_ROLE": "trainer"' in extra
    assert '"groups": ["trainers"]' in extra
    compile(extra, "extraConfig", "exec")  # the hub would load it


def test_culler_and_limits_match_the_one_server_defaults(values, one_server):
    assert values["cull"]["enabled"] is True
    assert values["cull"]["timeout"] == one_server.cull_idle_seconds
    assert values["singleuser"]["memory"]["limit"] == one_server.mem_limit
    assert float(values["singleuser"]["cpu"]["limit"]) == one_server.cpu_limit


def test_the_login_is_never_the_dummy_one(values):
    assert values["hub"]["config"]["JupyterHub"]["authenticator_class"] not in ("dummy", "null")


def test_hub_z2jh_writes_the_values_with_the_cohorts_users(tmp_path, capsys):
    from grader.cli import main

    roster = tmp_path / "roster.csv"
    roster.write_text("id\nana\nben\n")
    assert main(["hub", "z2jh", str(tmp_path / "values.yaml"), "--trainer", "tara", "--roster", str(roster)]) == 0
    written = yaml.safe_load((tmp_path / "values.yaml").read_text())
    config = written["hub"]["config"]
    assert config["JupyterHub"]["load_groups"] == {TRAINERS: {"users": ["tara"]}, LEARNERS: {"users": ["ana", "ben"]}}
    assert config["Authenticator"]["allowed_users"] == ["tara", "ana", "ben"]
    assert written["singleuser"] == yaml.safe_load(VALUES.read_text())["singleuser"]  # the rest as documented


def test_hub_z2jh_refuses_ids_the_hub_would_lower_case(tmp_path, capsys):
    from grader.cli import main

    roster = tmp_path / "roster.csv"
    roster.write_text("id\nAna\n")
    assert main(["hub", "z2jh", str(tmp_path / "values.yaml"), "--trainer", "tara", "--roster", str(roster)]) == 2
    assert "lower case" in capsys.readouterr().err and not (tmp_path / "values.yaml").exists()
