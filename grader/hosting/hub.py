"""A JupyterHub for a cohort: learners and trainers added in one place, the roster.

``equity-course hub init HUBDIR --cohort COHORT --trainer ID`` writes
``HUBDIR/jupyterhub_config.py``: the course's one-server config
(``course/hub/jupyterhub_config.py``) with its settings block filled in from the roster.
Roster ids are the learners' system user names, so nbgrader's student ids, the hub's
users and the gradebook's students are one list. When the hub loads the config,
``prepare_hub`` makes what it needs:

- ``HUBDIR/state/`` (the hub's database, cookie secret and pid files; root only);
- ``HUBDIR/jupyter/trainers`` and ``HUBDIR/jupyter/learners``: the Jupyter settings each
  group's servers load (through ``JUPYTER_CONFIG_PATH``): the course id and nbgrader's
  exchange, and for trainers their cohort workspace. After them come the course's own
  JupyterLab settings for the group's role (``grader.learner.lab_mode``): the learner mode
  (nbgrader's authoring tools off, no news or update popups) or the trainer's;
- nbgrader's exchange root, writable by everyone with the sticky bit (mode 1777).

Every user's server starts with ``python -m grader.hosting.hub singleuser``: it fills the
user's course folder (``~/equity-course``) and hands over to ``jupyterhub-singleuser``.
"""

from __future__ import annotations

import json
import os
import pprint
import pwd
import re
import shutil
import stat
import sys
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from grader.learner.lab_mode import LEARNER, TRAINER, lab_environment, role_from

TRAINERS = "trainers"
LEARNERS = "learners"
GROUPS = (TRAINERS, LEARNERS)
DEFAULT_EXCHANGE = "/srv/nbgrader/exchange"
SPAWNERS = ("local", "systemd")
SETTINGS_START = "# ---- settings"
SETTINGS_END = "# ---- end of settings"

ROLE_OF_GROUP = {TRAINERS: TRAINER, LEARNERS: LEARNER}
# a system user name that useradd accepts, and that JupyterHub keeps as it is (lower case)
USERNAME = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")


class HubError(RuntimeError):
    """The hub cannot be set up as asked; the message says why and what to do."""


@dataclass
class HubSettings:
    """Everything the one-server config needs; ``hub init`` fills it from the roster."""

    course_id: str
    trainers: list[str]
    learners: list[str]
    hub_dir: str
    python: str
    exchange_root: str = DEFAULT_EXCHANGE
    cohort: str = ""
    proxy: str = "configurable-http-proxy"
    bind_url: str = "http://127.0.0.1:8000"
    hub_port: int = 8081
    proxy_api_port: int = 8001
    spawner: str = "local"
    mem_limit: str = "2G"
    cpu_limit: float = 1.0
    cull_idle_seconds: int = 3600
    private_homes: bool = True
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, values: dict) -> HubSettings:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise HubError(f"Unknown hub setting(s): {', '.join(unknown)}. Known: {', '.join(sorted(known))}.")
        settings = cls(**values)
        settings.check()
        return settings

    def to_dict(self) -> dict:
        values = asdict(self)
        values.pop("notes")
        return values

    def check(self) -> None:
        """Raise HubError naming every setting that cannot work."""
        problems = []
        bad = [name for name in self.trainers + self.learners if not USERNAME.match(name)]
        if bad:
            problems.append(
                f"these ids cannot be system user names: {', '.join(map(repr, bad))}. Roster ids are "
                "the learners' user names on the server: use lower-case letters, digits, '-' and '_' "
                "(starting with a letter), at most 32 characters")
        both = sorted(set(self.trainers) & set(self.learners))
        if both:
            problems.append(f"{', '.join(both)} cannot be both trainer and learner: remove them from "
                            "the roster or from --trainer")
        if not self.trainers:
            problems.append("name at least one trainer (--trainer ID)")
        if self.spawner not in SPAWNERS:
            problems.append(f"spawner {self.spawner!r} is not one of {', '.join(SPAWNERS)}")
        for name in ("hub_dir", "exchange_root", "python"):
            if not Path(getattr(self, name)).is_absolute():
                problems.append(f"{name} must be an absolute path, not {getattr(self, name)!r}")
        if self.cohort and not Path(self.cohort).is_absolute():
            problems.append(f"cohort must be an absolute path, not {self.cohort!r}")
        if problems:
            raise HubError("The hub settings have problems:\n" + "\n".join(f"  - {p}" for p in problems))


# ------------------------------------------------------------------ what each group's servers load


def config_dir(settings: HubSettings, group: str) -> Path:
    return Path(settings.hub_dir) / "jupyter" / group


def group_files(settings: HubSettings, group: str) -> dict[str, dict]:
    """The Jupyter settings files a group's servers load, by path inside its config folder."""
    if group not in GROUPS:
        raise HubError(f"There is no group {group!r}; the groups are {', '.join(GROUPS)}.")
    nbgrader: dict = {"CourseDirectory": {"course_id": settings.course_id},
                      "Exchange": {"root": settings.exchange_root}}
    if group == TRAINERS and settings.cohort:  # the formgrader opens the trainer's cohort workspace
        nbgrader["CourseDirectory"]["root"] = settings.cohort
    return {"nbgrader_config.json": nbgrader}


def server_environment(settings: HubSettings, group: str) -> dict[str, str]:
    """Environment of a group's servers (and of anything run as them, such as nbgrader): the
    group's settings folder, then the course's JupyterLab settings for the group's role."""
    if group not in GROUPS:
        raise HubError(f"There is no group {group!r}; the groups are {', '.join(GROUPS)}.")
    return lab_environment(ROLE_OF_GROUP[group], hub=True, environ={
        "JUPYTER_CONFIG_PATH": str(config_dir(settings, group)),
        "PATH": os.pathsep.join([str(Path(settings.python).parent), "/usr/local/bin", "/usr/bin", "/bin"]),
    })


def group_of(settings: HubSettings, username: str, hub_groups: list[str] | None = None) -> str:
    """A user's group: trainers if the hub (or, failing that, the settings) says so."""
    if hub_groups is not None and TRAINERS in hub_groups:
        return TRAINERS
    if hub_groups is None and username in settings.trainers:
        return TRAINERS
    return LEARNERS


def _write_json(path: Path, values: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o755)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(values, indent=2) + "\n", encoding="utf-8")
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def prepare_exchange(root: Path) -> None:
    """nbgrader's exchange root: everyone may write, nobody may delete another's files (1777)."""
    root.mkdir(parents=True, exist_ok=True)
    if stat.S_IMODE(root.stat().st_mode) & 0o1777 != 0o1777:
        try:
            os.chmod(root, 0o1777)
        except PermissionError:
            raise HubError(f"nbgrader's exchange {root} must have mode 1777 and only its owner can set "
                           f"that: run `sudo chmod 1777 {root}`.") from None


def prepare_hub(settings: HubSettings) -> None:
    """Make the hub's folders, each group's Jupyter settings and nbgrader's exchange."""
    hub_dir = Path(settings.hub_dir)
    hub_dir.mkdir(parents=True, exist_ok=True)
    (hub_dir / "state").mkdir(exist_ok=True)
    os.chmod(hub_dir / "state", 0o700)  # the hub's database and cookie secret
    (hub_dir / "jupyter").mkdir(exist_ok=True)
    os.chmod(hub_dir / "jupyter", 0o755)
    for group in GROUPS:
        for relative, values in group_files(settings, group).items():
            _write_json(config_dir(settings, group) / relative, values)
    prepare_exchange(Path(settings.exchange_root))


def make_home_private(username: str) -> bool:
    """Close a user's home folder to other users (their work and nbgrader's copy of each
    submission live there). Returns whether anything changed."""
    try:
        entry = pwd.getpwnam(username)
        info = os.lstat(entry.pw_dir)
    except (KeyError, OSError):
        return False
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != entry.pw_uid or not info.st_mode & 0o077:
        return False
    os.chmod(entry.pw_dir, stat.S_IMODE(info.st_mode) & 0o7700)
    return True


# ------------------------------------------------------------------ hub init


def runnable_by_others(path: Path) -> bool:
    """Whether every user can run ``path`` (it and every folder above it open to others)."""
    target = Path(os.path.realpath(path))
    try:
        if not os.stat(target).st_mode & 0o001:
            return False
        return all(os.stat(folder).st_mode & 0o001 for folder in target.parents)
    except OSError:
        return False


def find_proxy() -> str:
    """configurable-http-proxy from the course's node_modules (``make`` installs it), or PATH."""
    from grader.course.syllabus import course_root

    local = course_root() / "node_modules" / ".bin" / "configurable-http-proxy"
    if local.exists():
        return str(local)
    found = shutil.which("configurable-http-proxy")
    if found:
        return found
    raise HubError("configurable-http-proxy was not found: run `make` in the course checkout "
                   "(it installs it into node_modules/ with npm), or `npm install -g configurable-http-proxy`.")


def template() -> str:
    from grader.course.syllabus import course_root

    return (course_root() / "course" / "hub" / "jupyterhub_config.py").read_text(encoding="utf-8")


def template_settings(text: str | None = None) -> dict:
    """The settings block of a config written from the course's template."""
    import ast

    text = template() if text is None else text
    block = _settings_block(text)
    tree = ast.parse(block)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SETTINGS" for t in node.targets):
            return ast.literal_eval(node.value)
    raise HubError("The config's settings block has no SETTINGS = {...}.")


def _settings_block(text: str) -> str:
    start, end = text.find(SETTINGS_START), text.find(SETTINGS_END)
    if start < 0 or end < start:
        raise HubError(f"The hub config template lost its settings markers ({SETTINGS_START!r} ... "
                       f"{SETTINGS_END!r}); restore course/hub/jupyterhub_config.py from the course.")
    return text[text.index("\n", start) + 1:end]


def render_config(settings: HubSettings, text: str | None = None) -> str:
    """The course's config template with its settings block holding ``settings``."""
    text = template() if text is None else text
    block = _settings_block(text)
    filled = "SETTINGS = " + pprint.pformat(settings.to_dict(), indent=4, width=100, sort_dicts=False) + "\n"
    return text.replace(block, filled, 1)


def system_notes(settings: HubSettings) -> list[str]:
    """What the administrator should know about the users' accounts on this server."""
    notes = []
    missing = []
    open_homes = []
    for name in settings.trainers + settings.learners:
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            missing.append(name)
            continue
        try:
            if os.stat(entry.pw_dir).st_mode & 0o077:
                open_homes.append(name)
        except OSError:
            pass
    if missing:
        notes.append(f"no system account yet for: {', '.join(missing)} (create them, e.g. `sudo adduser NAME`; "
                     "they log in to the hub with that account's password)")
    if open_homes and settings.private_homes:
        notes.append(f"home folders others can read: {', '.join(open_homes)}; each is closed to other "
                     "users (chmod go-rwx) when its owner's server starts")
    return notes


def build_settings(
    hub_dir: Path,
    *,
    trainers: list[str],
    roster: Path | None = None,
    cohort: Path | None = None,
    exchange_root: Path | None = None,
    python: Path | None = None,
    **options: object,
) -> HubSettings:
    """Settings for a hub from the cohort's roster (``--roster``, or the cohort's own)."""
    from grader.course.syllabus import load_syllabus

    learners = roster_ids(roster, cohort)
    python = Path(python or sys.executable)
    if not python.is_absolute():
        python = Path.cwd() / python
    options = {key: value for key, value in options.items() if value is not None}
    settings = HubSettings(
        course_id=load_syllabus().course_id,
        trainers=list(dict.fromkeys(trainers)),
        learners=learners,
        hub_dir=str(hub_dir.expanduser().resolve()),
        python=str(python),
        exchange_root=str((exchange_root or Path(DEFAULT_EXCHANGE)).expanduser().resolve()),
        cohort=str(cohort.expanduser().resolve()) if cohort else "",
        **options,  # type: ignore[arg-type]  # the command line's optional HubSettings fields, by name
    )
    if "proxy" not in options:
        settings.proxy = find_proxy()
    settings.check()
    if not runnable_by_others(python):
        raise HubError(
            f"Other users cannot run {python} (it, or a folder above it such as /root, is closed to "
            "them), so their servers could not start. Install the course where everyone can run it, "
            "for example:\n  sudo python3 -m venv /opt/equity-course\n"
            "  sudo /opt/equity-course/bin/pip install -e '/path/to/the/course[hub]'\n"
            "then pass --python /opt/equity-course/bin/python.")
    if settings.spawner == "systemd":
        import importlib.util

        if importlib.util.find_spec("systemdspawner") is None:
            raise HubError("--spawner systemd needs SystemdSpawner: pip install jupyterhub-systemdspawner")
    settings.notes = system_notes(settings)
    return settings


def init_hub(settings: HubSettings) -> Path:
    """Write ``HUBDIR/jupyterhub_config.py`` and make the hub's folders and the exchange."""
    path = Path(settings.hub_dir) / "jupyterhub_config.py"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(render_config(settings), encoding="utf-8")
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
        prepare_hub(settings)
    except PermissionError as error:
        raise HubError(f"Cannot write {error.filename}: set up the hub as root (sudo equity-course hub init ...), "
                       "since the hub runs as root to start each user's server as that user.") from None
    return path


def roster_ids(roster: Path | None, cohort: Path | None) -> list[str]:
    """The learners' ids from ``--roster``, or from the cohort workspace's own roster."""
    from grader.cohort.roster import read_roster

    if roster is None:
        if cohort is None:
            raise HubError("Say who the learners are: --cohort COHORT (its roster.csv) or --roster CSV.")
        roster = cohort / "roster.csv"
        if not roster.is_file():
            raise HubError(f"{cohort} has no roster.csv: is it a cohort workspace? Pass --roster CSV instead.")
    return [learner.id for learner in read_roster(roster)]


def z2jh_values(trainers: list[str], learners: list[str]) -> str:
    """The course's Zero to JupyterHub values with this cohort's users (comments are in the
    course's copy, course/hub/z2jh-values.yaml)."""
    import yaml

    from grader.course.syllabus import course_root, load_syllabus

    upper = [name for name in trainers + learners if name != name.lower()]
    if upper:
        raise HubError(f"JupyterHub keeps user names in lower case, so these ids would not match their "
                       f"hub users: {', '.join(upper)}. Write them in lower case in the roster.")
    both = sorted(set(trainers) & set(learners))
    if both:
        raise HubError(f"{', '.join(both)} cannot be both trainer and learner.")
    values = yaml.safe_load((course_root() / "course" / "hub" / "z2jh-values.yaml").read_text(encoding="utf-8"))
    config = values["hub"]["config"]
    config["JupyterHub"]["load_groups"] = {TRAINERS: {"users": trainers}, LEARNERS: {"users": learners}}
    config["Authenticator"]["allowed_users"] = trainers + learners
    for entry in values["singleuser"]["extraFiles"].values():
        if entry["mountPath"].endswith("/nbgrader_config.json"):
            entry["data"]["CourseDirectory"]["course_id"] = load_syllabus().course_id
    header = ("# Zero to JupyterHub values written by `equity-course hub z2jh` from the cohort's roster.\n"
              "# course/hub/z2jh-values.yaml explains every setting; change the CHANGE-ME values first.\n")
    return header + yaml.safe_dump(values, sort_keys=False, width=100)


# ------------------------------------------------------------------ each user's server


def singleuser_environment(environ: dict[str, str]) -> dict[str, str]:
    """The server's environment with the course's JupyterLab settings for its role
    (``EQUITY_COURSE_ROLE``, which the hub sets per group; a learner's when unset or unknown)."""
    try:
        role = role_from(environ)
    except ValueError as error:
        print(f"equity-course: {error} Starting in the learner mode.", file=sys.stderr)
        role = LEARNER
    return lab_environment(role, hub=True, environ=environ)


def singleuser(argv: list[str]) -> None:
    """Fill the user's course folder, then become ``jupyterhub-singleuser`` with ``argv``, in
    the learner mode or the trainer's."""
    from grader.learner.folder import prepare
    from grader.learner.store import course_home

    try:
        prepare(course_home())
    except (OSError, ValueError) as error:  # the server still starts; the user sees why in its log
        print(f"equity-course: could not fill your course folder: {error}", file=sys.stderr)
    os.execve(sys.executable, [sys.executable, "-m", "jupyterhub.singleuser", *argv],
              singleuser_environment(dict(os.environ)))


if __name__ == "__main__":
    if sys.argv[1:2] != ["singleuser"]:
        sys.exit("use: python -m grader.hosting.hub singleuser [jupyterhub-singleuser options]")
    singleuser(sys.argv[2:])
