# JupyterHub for one server running a cohort of "Strategic Practices for Health Equity".
#
# Do not copy this file by hand: `equity-course hub init HUBDIR --cohort COHORT --trainer ID`
# writes HUBDIR/jupyterhub_config.py from it, with the settings block below filled in from
# the cohort's roster (roster ids are the learners' user names on this server). Start the
# hub as root with:  sudo PYTHON -m jupyterhub -f HUBDIR/jupyterhub_config.py
# course/hub/README.md explains each setting; change them with `hub init` options (or here,
# then restart the hub).
#
# What it sets up:
# - two groups: "trainers" (the formgrader, nbgrader's course tools, their cohort workspace)
#   and "learners" (the Assignments tab only); both get the course id and nbgrader's
#   exchange from one place, the settings below;
# - nbgrader's exchange at `exchange_root`, mode 1777 (nbgrader itself makes the course's
#   inbound, outbound and feedback folders inside it with the right permissions);
# - every server runs as its user with the course installed (`python`), fills the user's
#   ~/equity-course with the start page and modules, and opens JupyterLab;
# - learners' home folders are closed to other learners when their server starts;
# - an idle culler stops servers nobody has used for `cull_idle_seconds`;
# - memory and CPU limits: enforced by SystemdSpawner (spawner "systemd"); the default
#   LocalProcessSpawner cannot enforce them and only tells the server (MEM_LIMIT, CPU_LIMIT).

# ---- settings (equity-course hub init writes this block; the values here are an example) ----
SETTINGS = {
    "course_id": "strategic-practices",
    "trainers": ["trainer"],
    "learners": ["learner1", "learner2", "learner3"],
    "hub_dir": "/srv/equity-hub",
    "python": "/opt/equity-course/bin/python",
    "exchange_root": "/srv/nbgrader/exchange",
    "cohort": "/home/trainer/cohorts/spring",
    "proxy": "configurable-http-proxy",
    "bind_url": "http://127.0.0.1:8000",
    "hub_port": 8081,
    "proxy_api_port": 8001,
    "spawner": "local",
    "mem_limit": "2G",
    "cpu_limit": 1.0,
    "cull_idle_seconds": 3600,
    "private_homes": True,
}
# ---- end of settings ----

import importlib.util  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from grader.hosting.hub import (  # noqa: E402
    LEARNERS, TRAINERS, HubSettings, group_of, make_home_private, prepare_hub, server_environment,
)

settings = HubSettings.from_dict(SETTINGS)
prepare_hub(settings)  # HUBDIR/state, each group's Jupyter settings, the exchange root
state = Path(settings.hub_dir) / "state"
c = get_config()  # noqa: F821  (provided by JupyterHub when it loads this file)

# ---- who may log in, and their groups (one list: the roster, plus the trainers) ----
# Users log in with their system account (PAM). Loading groups only ever adds members:
# to take someone out of a group, use the hub's admin page or API.
c.Authenticator.allowed_users = set(settings.trainers + settings.learners)
c.JupyterHub.load_groups = {
    TRAINERS: {"users": settings.trainers},
    LEARNERS: {"users": settings.learners},
}
c.JupyterHub.load_roles = [
    {
        "name": "trainer",
        "description": "See who is online and whose server is running (not their files).",
        "scopes": ["admin-ui", "list:users!group=learners", "read:users!group=learners",
                   "read:servers!group=learners"],
        "groups": [TRAINERS],
    },
]

# ---- where the hub listens and keeps its state ----
c.JupyterHub.bind_url = settings.bind_url
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{settings.hub_port}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{settings.proxy_api_port}"
c.ConfigurableHTTPProxy.command = [settings.proxy]
c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(state / "jupyterhub.pid")

# ---- each user's server ----
if settings.spawner == "systemd":
    c.JupyterHub.spawner_class = "systemdspawner.SystemdSpawner"
    c.SystemdSpawner.isolate_tmp = True  # a private /tmp per user
    c.SystemdSpawner.disable_user_sudo = True
else:
    c.JupyterHub.spawner_class = "jupyterhub.spawner.LocalProcessSpawner"
c.Spawner.cmd = [settings.python, "-m", "grader.hosting.hub", "singleuser"]
c.Spawner.default_url = "/lab"
c.Spawner.mem_limit = settings.mem_limit
c.Spawner.cpu_limit = settings.cpu_limit
# A whole cohort often logs in at once on a small server; a slow start beats a failed one.
c.Spawner.http_timeout = 180
c.Spawner.start_timeout = 180


def before_spawn(spawner):  # type: ignore[no-untyped-def]
    """Give the server its group's settings (formgrader or not) and close its home to others."""
    group = group_of(settings, spawner.user.name, [g.name for g in spawner.user.groups])
    spawner.environment.update(server_environment(settings, group))
    if settings.private_homes and make_home_private(spawner.user.name):
        spawner.log.info("Closed the home folder of %s to other users", spawner.user.name)


c.Spawner.pre_spawn_hook = before_spawn

# ---- stop servers nobody uses (jupyterhub-idle-culler, in the course's `hub` extra) ----
if importlib.util.find_spec("jupyterhub_idle_culler") is not None:
    c.JupyterHub.services = [{
        "name": "idle-culler",
        "command": [sys.executable, "-m", "jupyterhub_idle_culler",
                    f"--timeout={settings.cull_idle_seconds}"],
    }]
    c.JupyterHub.load_roles.append({
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    })
