"""The worked example of Module 10: a department plan for a different team from the exercise's.

The plan is course content, kept as data in ``course/examples/10-capstone-department-plan.toml``.
It shows what each part and the timeline look like when they are filled in; it is not a model
answer for anyone else's department.
"""

from __future__ import annotations

from grader.course.examples import load_example
from grader.domain.department_plan import DepartmentPlan


def worked_example() -> DepartmentPlan:
    """The worked example plan, fresh on each call (a notebook may change its copy)."""
    return load_example("10", "department_plan", DepartmentPlan)
