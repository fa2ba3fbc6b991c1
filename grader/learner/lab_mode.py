"""The learner mode of JupyterLab: which of the course's own JupyterLab settings a server loads.

The settings are files of the course in ``course/lab/`` (never written into anyone's home),
found through ``JUPYTER_CONFIG_PATH``. Each folder adds to the ones after it:

- ``alone/``: a learner on their own computer (``equity-course start``) has no nbgrader
  exchange, so nbgrader's *Assignments* list and its *Nbgrader* menu are off too;
- ``learner/``: nbgrader's authoring and trainer tools off (the *Create Assignment* panel, the
  *Validate* button, the formgrader and the course list, plugins and server extensions);
  a learner on a hub keeps the *Assignments* list to fetch and submit exercises;
- ``everyone/``: JupyterLab offline (no news feed, no update check, no extension search),
  with ``settings/overrides.json`` as its defaults (no news or update popups).

A trainer loads ``everyone/`` only. ``equity-course start`` (``--trainer`` for a trainer) and
every hub server (``python -m grader.hosting.hub singleuser``) call ``lab_environment``.
The collapsed code of widget cells is set in the notebooks themselves (``grader.tools.nbclean``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from grader.course.syllabus import course_root

ROLE_VARIABLE = "EQUITY_COURSE_ROLE"
LEARNER = "learner"
TRAINER = "trainer"
ROLES = (LEARNER, TRAINER)
CONFIG_PATH = "JUPYTER_CONFIG_PATH"


def lab_root(root: Path | None = None) -> Path:
    """The course's JupyterLab settings: ``course/lab/``."""
    return (root or course_root()) / "course" / "lab"


def check_role(role: str) -> str:
    if role not in ROLES:
        raise ValueError(f"There is no role {role!r} in the course; use {LEARNER!r} or {TRAINER!r} "
                         f"(for example {ROLE_VARIABLE}={LEARNER}).")
    return role


def lab_folders(role: str, *, hub: bool, root: Path | None = None) -> list[Path]:
    """The course's settings folders a ``role`` loads, the one whose settings win first."""
    folders = ["everyone"]
    if check_role(role) == LEARNER:
        folders = ["learner", *folders] if hub else ["alone", "learner", *folders]
    return [lab_root(root) / name for name in folders]


def lab_environment(role: str, *, hub: bool, environ: Mapping[str, str], root: Path | None = None) -> dict[str, str]:
    """``environ`` with the course's settings folders for ``role`` on ``JUPYTER_CONFIG_PATH``.

    Folders already there (a hub's course id and exchange) keep winning over the course's; a
    course folder already there (a second call, another role) is replaced, never repeated.
    """
    ours = lab_root(root)
    kept = [entry for entry in environ.get(CONFIG_PATH, "").split(os.pathsep)
            if entry and not Path(entry).is_relative_to(ours)]
    folders = kept + [str(folder) for folder in lab_folders(role, hub=hub, root=root)]
    return {**environ, CONFIG_PATH: os.pathsep.join(folders), ROLE_VARIABLE: role}


def role_from(environ: Mapping[str, str]) -> str:
    """The role a server was started for: ``EQUITY_COURSE_ROLE``, a learner when it is not set."""
    return check_role(environ.get(ROLE_VARIABLE, "").strip() or LEARNER)
