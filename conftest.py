"""Test-session set-up shared by unit tests and the nbval runs of every notebook.

Learner data goes to a temporary course folder, never to the tester's home or the repo;
programs installed beside this Python (nbgrader's alembic, jupyter) are on PATH.
"""

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ["EQUITY_COURSE_HOME"] = tempfile.mkdtemp(prefix="equity-course-test-home-")
atexit.register(shutil.rmtree, os.environ["EQUITY_COURSE_HOME"], ignore_errors=True)
os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])

# Tests read the check registry's tables directly; load the course's checks up front.
from grader.checks import catalog  # noqa: E402

catalog.load()
