"""The learner's own store: saved answers and check attempts, as small JSON files.

It lives in the learner's course folder (``$EQUITY_COURSE_HOME``, or ``~/equity-course``),
never in the repository and never sent anywhere. Writes are atomic, so a crash never
leaves half a file; a damaged file is set aside and reported, never silently reset.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HOME_VARIABLE = "EQUITY_COURSE_HOME"


def course_home() -> Path:
    """The learner's course folder."""
    configured = os.environ.get(HOME_VARIABLE)
    return Path(configured).expanduser() if configured else Path.home() / "equity-course"


class StoreDamaged(RuntimeError):
    """A saved file could not be read; it has been moved aside, and the message says where."""


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=2, ensure_ascii=False, sort_keys=True)
            out.write("\n")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@dataclass
class LearnerStore:
    """Saved work under ``<course folder>/my-work``: one JSON file per name."""

    root: Path

    @classmethod
    def default(cls) -> LearnerStore:
        return cls(course_home() / "my-work")

    def path(self, name: str) -> Path:
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name)
        return self.root / f"{safe}.json"

    def save(self, name: str, data: Any) -> Path:
        path = self.path(name)
        _write_json(path, data)
        return path

    def load(self, name: str) -> Any | None:
        """The saved data, None if nothing was saved, StoreDamaged if the file is unreadable."""
        path = self.path(name)
        if not path.exists():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise self._set_aside(path, error.__class__.__name__) from error

    def _set_aside(self, path: Path, why: str) -> StoreDamaged:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.stem}.damaged-{stamp}-{os.getpid()}-{time.monotonic_ns()}.json")
        path.replace(aside)
        return StoreDamaged(
            f"Your saved file {path.name} could not be read ({why}). "
            f"It was moved to {aside.name} so nothing is lost; you can start this part afresh."
        )

    def set_aside(self, name: str) -> list[Path]:
        """Damaged copies of ``name`` that were moved aside, oldest first, so they can be reported."""
        return sorted(self.root.glob(f"{self.path(name).stem}.damaged-*.json"))

    def load_progress(self) -> tuple[dict[str, dict], str]:
        """The progress table (check id -> attempts, passed, last) and a message if it was damaged.

        A damaged or wrongly shaped file is moved aside (never deleted) and the message says
        where; the table then starts empty.
        """
        try:
            progress = self.load("progress") or {}
        except StoreDamaged as damaged:
            return {}, str(damaged)
        well_formed = isinstance(progress, dict) and all(
            isinstance(v, dict) and isinstance(v.get("attempts", 0), int) for v in progress.values()
        )
        if not well_formed:
            return {}, str(self._set_aside(self.path("progress"), "not a table of checks"))
        return progress, ""

    def record_attempt(self, check_id: str, passed: bool) -> str:
        """Count an attempt at a check and remember whether it has ever passed.

        Returns a message when the progress file was damaged and had to be set aside, else "".
        """
        progress, message = self.load_progress()
        entry = progress.setdefault(check_id, {"attempts": 0, "passed": False})
        entry["attempts"] += 1
        now = time.strftime("%Y-%m-%dT%H:%M:%S")
        if passed and not entry["passed"]:
            entry["first_passed"] = now
        entry["passed"] = bool(entry["passed"] or passed)
        entry["last"] = now
        self.save("progress", progress)
        return message
