"""Re-score every test cell from its answer evidence, in the grader's own trusted process.

A test cell ends with ``points("exNN.name", answer)``; nbgrader records the number that
cell shows. Inside the learner's kernel that number could be forged (a patched check, a
replaced display hook), so this preprocessor, run right after execution, recomputes it
from the evidence ``points()`` published (``grader.checks.evidence``) with the course's
real check, and writes the trusted number back. No evidence means no points for that
check. A cell that raised an error or wrote to stderr is left alone: nbgrader gives it 0.
"""

from __future__ import annotations

import json
import re
from typing import Any

from nbformat.notebooknode import NotebookNode, from_dict
from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor

from grader.checks import catalog, score
from grader.checks.evidence import MIME, EvidenceError, decode

POINTS_CALL = re.compile(r"""\bpoints\(\s*(['"])([\w.\-]+)\1""")
MAX_EVIDENCE_BYTES = 2_000_000


def check_ids(source: str) -> list[str]:
    """The check ids a test cell scores, in order, once each."""
    seen: list[str] = []
    for match in POINTS_CALL.finditer(source):
        if match.group(2) not in seen:
            seen.append(match.group(2))
    return seen


def _evidence(outputs: list[NotebookNode]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for output in outputs:
        payload = output.get("data", {}).get(MIME) if output.get("output_type") == "display_data" else None
        if isinstance(payload, dict) and isinstance(payload.get("check_id"), str):
            found[payload["check_id"]] = payload.get("answer")
    return found


def _failed(outputs: list[NotebookNode]) -> bool:
    return any(
        o.get("output_type") == "error" or (o.get("output_type") == "stream" and o.get("name") == "stderr")
        for o in outputs
    )


def trusted_points(check_id: str, evidence: dict[str, Any]) -> tuple[float, str | None]:
    """The score for one check from its evidence, and a note when there was none to trust."""
    catalog.load()  # registers the course's answer types before any evidence is decoded
    if check_id not in evidence:
        return 0.0, f"no answer evidence for {check_id}"
    try:
        if len(json.dumps(evidence[check_id])) > MAX_EVIDENCE_BYTES:
            return 0.0, f"answer evidence for {check_id} is too large"
        return score(check_id, decode(evidence[check_id])), None
    except (EvidenceError, KeyError, TypeError, ValueError, RecursionError):
        return 0.0, f"unreadable answer evidence for {check_id}"


class TrustedRescore(NbGraderPreprocessor):
    """Replace each autograded test cell's score with one computed outside the kernel."""

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        notes = resources.setdefault("equity_notes", [])
        for cell in nb.cells:
            if cell.cell_type != "code" or not utils.is_grade(cell):
                continue
            evidence = _evidence(cell.outputs)
            cell.outputs = [o for o in cell.outputs if MIME not in o.get("data", {})]
            ids = check_ids(cell.source)
            if not ids or _failed(cell.outputs):
                continue
            total = 0.0
            for check_id in ids:
                value, note = trusted_points(check_id, evidence)
                total += value
                if note:
                    notes.append(f"{cell.metadata['nbgrader']['grade_id']}: {note}")
            maximum = float(cell.metadata["nbgrader"].get("points", 0))
            total = round(min(max(total, 0.0), maximum), 2)
            count = cell.get("execution_count")
            cell.outputs = [o for o in cell.outputs if o.get("output_type") != "execute_result"]
            cell.outputs.append(from_dict({
                "output_type": "execute_result", "execution_count": count,
                "data": {"text/plain": repr(total)}, "metadata": {},
            }))
        return nb, resources
