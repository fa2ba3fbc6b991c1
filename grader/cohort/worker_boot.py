"""Imported once by the process that grading workers fork from: nbgrader and the converter.

Importing nbgrader pulls in jupyter_server's event system, whose JSON-schema format
checkers include ``rfc3987_syntax``; that library compiles a grammar at import, about a
second on these machines. Grading never validates an IRI, so the checker is left out
here (jsonschema skips a format whose library is missing). Nothing else changes.
"""

import sys

sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

import nbgrader.api  # noqa: E402,F401
import nbgrader.converters  # noqa: E402,F401
import nbgrader.coursedir  # noqa: E402,F401

import grader.cohort.autograde  # noqa: E402,F401
import grader.cohort.grading  # noqa: E402,F401
