"""Strategic Practices for Health Equity: the course's Python package.

This file is the façade: every notebook imports from here and nowhere else, so the
package can be reorganised without touching a notebook::

    from grader import check, SpectrumMapper, load
    check("01.spectrum", {"P1": "Inform"})

Names load on first use, so the command line starts fast. The first name a notebook
kernel asks for also sets up the learner's kernel (progress is recorded, charts get alt
text; ``grader.learner.kernel``); outside a kernel that step does nothing.

The packages below, and the one direction their imports may point, are described in
CONTRIBUTING.md.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# façade name -> (module, attribute in that module)
_NAMES: dict[str, tuple[str, str]] = {}


def _add(module: str, *names: str, **renamed: str) -> None:
    for name in names:
        _NAMES[name] = (module, name)
    for name, attribute in renamed.items():
        _NAMES[name] = (module, attribute)


# Checks: practice self-checks and the scores nbgrader's hidden tests record.
_add("grader.checks", "check", "points")
_add("grader.checks.show", "question", "scenarios", "statements", "requests", "goals")
_add("grader.checks.decision_process", "current_process")
_add("grader.checks.resident_charts", "read_chart")
_add("grader.checks.press_rewrite", "paragraph", "rubric", "worked_review")
_add("grader.checks.upstream", "interventions", "scale", worked_upstream_example="worked_example")

# The course's ideas as plain models and rules.
_add("grader.domain.spectrum", "SPECTRUM", "level", "one_step_up")
_add("grader.domain.accountability", "AccountabilityPlan", "Commitment")
_add("grader.domain.alliance_plan", "ALLY_KINDS", "AlliancePlan", "Ally", "Step")
_add("grader.domain.ally_map", "MovementAlly")
_add("grader.domain.contract_terms", "ContractTermsError", "explain", "missing_terms", "score_contracts",
     CONTRACT_RUBRIC="RUBRIC")
_add("grader.domain.provider_scorecard", "legal_checks", SCORECARD_RUBRIC="RUBRIC")
_add("grader.domain.data_brief", "DataBrief", "UnsafeTable", "safety_report")
_add("grader.domain.data_sharing", "CareChecklist", "care_table", "sharing_decision")
_add("grader.domain.decision_process", "DecisionProcess", "ProcessDesign", "options", design_fits="fits")
_add("grader.domain.department_plan", "DataSharing", "DepartmentPlan", "Milestone", "OneToOnes", "Partnership",
     "PolicyAgenda")
_add("grader.domain.department_plan_example", worked_department_plan="worked_example")
_add("grader.domain.department_plan_markdown", "plan_markdown")
_add("grader.domain.department_plan_review", "review_text")
_add("grader.domain.disparities", "RULE_IN_WORDS", "breakdown", "disparity_ratios", "shareable")
_add("grader.domain.equity_review", "CONTRACTING_POLICY", "GRANTS_POLICY", "EquityReview")
_add("grader.domain.indicators", "from_frames", "progress_table")
_add("grader.domain.narrative", "WORKED_DRAFT", "WORKED_EXAMPLE", "WORKED_REVISION")
_add("grader.domain.one_to_one", "OneToOnePlan")
_add("grader.domain.participation_budget", "community_share", "line_totals", "meetings_in_work_hours",
     "totals_by_type")
_add("grader.domain.policy_agenda", "alignment", "missing_from_agenda")
_add("grader.domain.upstream", "Placement")

# Riverbend County's tables, and charts.
_add("grader.course.data", "load", "load_agencies", "load_campaigns", "load_partners")
_add("grader.charts.plots", "progress_chart")
_add("grader.charts.disparity_chart", "disparity_chart")

# The learner's side: progress, course map, saved work, take-away documents.
_add("grader.learner.progress", "progress", "certificate")
_add("grader.learner.course_map", "course_map")
_add("grader.learner.store", "LearnerStore")
_add("grader.learner.takeaway", "takeaway")
_add("grader.learner.department_plan_draft", "draft_from_saved_work", "saved_plan")
_add("grader.charts.timeline", "timeline_figure")

# Widgets.
_add("grader.widgets.choice", "ChoiceQuestionWidget")
_add("grader.widgets.spectrum", "SpectrumMapper")
_add("grader.widgets.one_to_one", "OneToOnePlanner")
_add("grader.widgets.reflection", "Reflection")
_add("grader.widgets.self_assessment", "SelfAssessment")
_add("grader.widgets.accountability", "AccountabilityPlanBuilder")
_add("grader.widgets.alliance_plan", "AlliancePlanBuilder")
_add("grader.widgets.ally_map", "AllyMapBuilder")
_add("grader.widgets.decision_process", "DecisionProcessRedesigner")
_add("grader.widgets.department_plan", "DepartmentPlanBuilder")
_add("grader.widgets.equity_review", "EquityReviewBuilder", "StatementMatcher")
_add("grader.widgets.indicators", "IndicatorViewer")
_add("grader.widgets.narrative", "RewriteReviewer", "StatementSorter")
_add("grader.widgets.provider_scorecard", "ScorecardExplorer")
_add("grader.widgets.check_exercise", "exercise_checker")
_add("grader.widgets.upstream", "UpstreamSorter")
_add("grader.widgets.picker", "LabelPicker")

# Exercises' no-code route: a builder saves the answer in the assignment folder, the answer
# cell reads it back (load_...); the save_... functions are the Python route to the same file.
_add("grader.widgets.spectrum", "load_spectrum")
_add("grader.widgets.one_to_one", "load_one_to_one")
_add("grader.widgets.alliance_plan", "load_alliance_plan")
_add("grader.widgets.ally_map", "load_ally_map")
_add("grader.widgets.equity_review", "load_equity_review", "load_statement_matches")
_add("grader.widgets.upstream", "load_upstream")
_add("grader.widgets.picker", "load_labels", "load_choice", "save_labels")
_add("grader.domain.spectrum", save_spectrum="save_placements")
_add("grader.domain.one_to_one", save_one_to_one="save_plan")
_add("grader.domain.alliance_plan", save_alliance_plan="save_plan")
_add("grader.domain.ally_map", save_ally_map="save_map")
_add("grader.domain.equity_review", save_equity_review="save_review", save_statement_matches="save_matches")
_add("grader.domain.upstream", save_upstream="save_sort")

__all__ = sorted(_NAMES)
_KERNEL_READY = False


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module 'grader' has no attribute {name!r}")
    _set_up_kernel()
    module, attribute = _NAMES[name]
    if module.startswith("grader.checks."):
        from grader.checks import catalog

        catalog.load()  # the course's checks, before any of their questions is shown
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_NAMES))


def _set_up_kernel() -> None:
    """Set up the learner's kernel once, when a notebook first uses the course."""
    global _KERNEL_READY
    if not _KERNEL_READY:
        _KERNEL_READY = True
        from grader.learner.kernel import set_up

        set_up()
