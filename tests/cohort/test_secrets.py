"""Which lines of an exercise's source are secret: the model answers, not the template a learner
is given, even when the template is given as comments (the Python route beside a builder)?"""

from __future__ import annotations

from nbformat.v4 import new_code_cell, new_notebook

from grader.cohort.secrets import leaks, secret_lines


def test_a_template_line_given_as_a_comment_is_public_and_the_model_answer_secret():
    cell = new_code_cell(
        "# plan = AlliancePlan(\n#     base_of_support=...,\n# )\n# save_alliance_plan(plan, \"alliance-plan.json\")\n"
        "### BEGIN SOLUTION\nplan = AlliancePlan(\n    base_of_support=\"Tenants may speak at the council\",\n)\n"
        "save_alliance_plan(plan, \"alliance-plan.json\")\n### END SOLUTION\n"
        "plan = load_alliance_plan(\"alliance-plan.json\")")
    secrets = secret_lines(new_notebook(cells=[cell]))
    assert secrets == {'base_of_support="Tenants may speak at the council",'}
    released = "# plan = AlliancePlan(\n# save_alliance_plan(plan, \"alliance-plan.json\")\n"
    assert leaks(secrets, released) == []
    assert leaks(secrets, released + '    base_of_support="Tenants may speak at the council",') != []
