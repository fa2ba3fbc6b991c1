"""Hashed answer keys: checks compare a learner's choice with a digest, never with the answer.

A digest binds the check, the item and the value, so one digest cannot be reused for
another question. Maintainers make a digest with ``equity-course digest``.
"""

from __future__ import annotations

import hashlib
import re

_SEPARATOR = "\x1f"


def normalize(value: object) -> str:
    """Case, surrounding space and runs of inner space do not matter."""
    return re.sub(r"\s+", " ", str(value)).strip().casefold()


def digest(check_id: str, item: str, value: object) -> str:
    """The stored form of one right answer: 20 hex characters of SHA-256."""
    text = _SEPARATOR.join((check_id, item, normalize(value)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def matches(check_id: str, item: str, value: object, expected_digest: str) -> bool:
    return digest(check_id, item, value) == expected_digest
