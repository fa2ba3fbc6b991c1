"""Collect submissions from a learning management system's download (a .zip of notebooks).

LMS downloads name files differently, but each puts the learner's id in the path, e.g.
Canvas ``jlee_4512_1_ex01.ipynb`` or Moodle ``Jo Lee_4512_assignsubmission_file_/ex01.ipynb``.
A file belongs to the roster learner whose id appears in its path as a whole token
(between ``/``, ``_``, ``-``, ``.`` or spaces). Files matching no learner, or several, are
listed and skipped; a learner's earlier submission is archived, never overwritten.
"""

from __future__ import annotations

import re
import shutil
import time
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

MAX_NOTEBOOK_BYTES = 50 * 1024**2


@dataclass
class ZipCollection:
    collected: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    archived: list[str] = field(default_factory=list)


def _tokens(name: str) -> set[str]:
    return {token for token in re.split(r"[/_\-. ]+", name) if token}


def owner(path: str, learner_ids: list[str]) -> list[str]:
    """The roster ids that appear in ``path`` as whole tokens."""
    tokens = _tokens(path)
    return [learner for learner in learner_ids if learner in tokens or learner.lower() in {t.lower() for t in tokens}]


def collect_zip(workspace: Path, assignment: str, archive: Path, learner_ids: list[str]) -> ZipCollection:
    expected = sorted(p.name for p in (workspace / "source" / assignment).glob("*.ipynb"))
    if len(expected) != 1:
        raise ValueError(f"{assignment} has {len(expected)} notebooks; zip collection expects one")
    target_name = expected[0]
    result = ZipCollection()
    chosen: dict[str, zipfile.ZipInfo] = {}
    try:
        bundle = zipfile.ZipFile(archive)
    except zipfile.BadZipFile:
        raise ValueError(f"{archive} is not a zip file. Download the submissions again as a .zip.") from None
    with bundle:
        for info in bundle.infolist():
            path = PurePosixPath(info.filename)
            if info.is_dir() or path.suffix != ".ipynb" or path.name.startswith("."):
                continue
            if path.is_absolute() or ".." in path.parts:
                result.problems.append(f"{info.filename}: unsafe path, skipped")
                continue
            if info.file_size > MAX_NOTEBOOK_BYTES:
                result.problems.append(f"{info.filename}: larger than {MAX_NOTEBOOK_BYTES // 1024**2} MB, skipped")
                continue
            owners = owner(info.filename, learner_ids)
            if len(owners) != 1:
                why = "matches no learner id on the roster" if not owners else f"matches several ids ({', '.join(owners)})"
                result.problems.append(f"{info.filename}: {why}, skipped")
                continue
            learner = owners[0]
            if learner in chosen:
                earlier = chosen[learner]
                if info.date_time > earlier.date_time:
                    chosen[learner] = info
                result.problems.append(f"{learner}: several notebooks in the zip; kept the newest")
                continue
            chosen[learner] = info
        for learner, info in sorted(chosen.items()):
            folder = workspace / "submitted" / learner / assignment
            if folder.exists():
                stamp = time.strftime("%Y%m%d-%H%M%S")
                aside = workspace / ".equity-course" / "replaced" / stamp / learner / assignment
                aside.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(folder), str(aside))
                result.archived.append(f"{learner}: earlier submission kept in {aside.relative_to(workspace)}")
            folder.mkdir(parents=True)
            with bundle.open(info) as source, (folder / target_name).open("wb") as out:
                shutil.copyfileobj(source, out)
            when = datetime(*info.date_time, tzinfo=UTC)
            (folder / "timestamp.txt").write_text(when.strftime("%Y-%m-%d %H:%M:%S.%f %Z"))
            result.collected.append(learner)
    return result
