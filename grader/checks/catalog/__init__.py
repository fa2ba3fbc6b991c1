"""The course's checks, one file per module (its practice checks and its exercise)."""

from grader.checks.catalog import orientation, partnerships  # noqa: F401
