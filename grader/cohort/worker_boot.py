"""Imported once by the process that grading workers fork from: everything a worker would
otherwise load or compile on its first submission, paid once and shared by every worker.

- nbgrader and the converter. Importing nbgrader pulls in jupyter_server's event system,
  whose JSON-schema format checkers include ``rfc3987_syntax``; that library compiles a
  grammar at import, about a second on these machines. Grading never validates an IRI, so
  the checker is left out here (jsonschema skips a format whose library is missing).
- the course's check catalog (and pandas with it), which trusted re-scoring needs;
- nbformat's compiled notebook validators, and nbgrader's gradebook mappers, which are
  otherwise built on first use in every worker;
- SQLite's driver and SQLAlchemy's dialect for it, and the kernel spec lookup (which loads
  IPython), both otherwise loaded by the first submission.

Everything loaded is then frozen out of the garbage collector: a worker's full collections
no longer walk the libraries' objects (about 4 ms each), and forked workers share their
pages instead of copying them.

Nothing is opened here (no database, no socket, no thread), so forking stays safe.
"""

import gc
import sqlite3  # noqa: F401
import sys

sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]  # None in sys.modules makes the import fail fast

import nbgrader.api  # noqa: E402
import nbgrader.converters  # noqa: E402
import nbgrader.coursedir  # noqa: E402,F401
import sqlalchemy.dialects.sqlite.pysqlite  # noqa: E402,F401
from jupyter_client.kernelspec import KernelSpecManager  # noqa: E402
from nbformat.validator import get_validator  # noqa: E402
from sqlalchemy.orm import configure_mappers  # noqa: E402

import grader.cohort.autograde  # noqa: E402
import grader.cohort.grading  # noqa: E402
import grader.cohort.speedups  # noqa: E402
import grader.course.syllabus  # noqa: E402,F401
from grader.checks import catalog  # noqa: E402

catalog.load()
KernelSpecManager().get_kernel_spec("python3")
for relaxed in (False, True):  # reading a notebook, and nbconvert's check after preprocessing
    get_validator(4, 5, relax_add_props=relaxed)
configure_mappers()
gc.collect()
gc.freeze()
