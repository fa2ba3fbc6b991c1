"""The cohort roster: a CSV file with one learner per row.

Columns: ``id`` (required: letters, digits, ``.``, ``_`` or ``-``, used as the learner's
nbgrader id and folder name), and optionally ``first_name``, ``last_name``, ``email``.
Every problem is reported at once, each with its row and column, and nothing is created
until the whole roster is right.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

REQUIRED = ("id",)
OPTIONAL = ("first_name", "last_name", "email")
SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class RosterError(ValueError):
    """The roster cannot be used; ``problems`` lists each one with its row and column."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.problems = problems
        listing = "\n".join(f"  - {problem}" for problem in problems)
        super().__init__(f"The roster {path} has {len(problems)} problem(s); nothing was created:\n{listing}")


@dataclass(frozen=True)
class Learner:
    id: str
    first_name: str = ""
    last_name: str = ""
    email: str = ""

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part) or self.id


def read_roster(path: Path) -> list[Learner]:
    """Read and check a roster; raise RosterError naming every bad row and column."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise RosterError(path, [
            f"row {line}: the file is not UTF-8 text (byte {error.start}). Save it from your "
            "spreadsheet as \"CSV UTF-8\" and try again."
        ]) from None
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip().lower() for name in (reader.fieldnames or [])]
    problems = [f"header: the column {name!r} is missing (the first row must name the columns, "
                f"for example: id,first_name,last_name,email)" for name in REQUIRED if name not in header]
    unknown = [name for name in header if name not in REQUIRED + OPTIONAL]
    if unknown:
        problems.append(f"header: unknown column(s) {', '.join(map(repr, unknown))}; "
                        f"use only {', '.join(REQUIRED + OPTIONAL)}")
    if problems:
        raise RosterError(path, problems)
    reader.fieldnames = header
    learners: list[Learner] = []
    first_row: dict[str, int] = {}
    for row_number, row in enumerate(reader, start=2):
        extra = row.pop(None, None)
        if extra and any((value or "").strip() for value in extra):
            problems.append(f"row {row_number}: more values than columns; check for a stray comma")
            continue
        values = {key: (value or "").strip() for key, value in row.items()}
        if not any(values.values()):
            continue  # a blank line
        learner_id = values.get("id", "")
        if not learner_id:
            problems.append(f"row {row_number}, column id: empty; every learner needs an id")
            continue
        if not SAFE_ID.match(learner_id):
            problems.append(f"row {row_number}, column id: {learner_id!r} may use only letters, digits, "
                            "'.', '_' and '-' (it becomes a folder name)")
            continue
        if learner_id in first_row:
            problems.append(f"row {row_number}, column id: {learner_id!r} is already used on row "
                            f"{first_row[learner_id]}")
            continue
        first_row[learner_id] = row_number
        email = values.get("email", "")
        if email and "@" not in email:
            problems.append(f"row {row_number}, column email: {email!r} is not an email address")
            continue
        learners.append(Learner(learner_id, values.get("first_name", ""), values.get("last_name", ""), email))
    if not learners and not problems:
        problems.append("the roster has no learners")
    if problems:
        raise RosterError(path, problems)
    return learners


def write_roster(path: Path, learners: list[Learner]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(REQUIRED + OPTIONAL)
        for learner in learners:
            writer.writerow([learner.id, learner.first_name, learner.last_name, learner.email])
