"""Redesign a department decision process toward a stated level of the engagement spectrum: a check kind.

The check knows the current process; the learner's answer is a design (a ``ProcessDesign``, as
the builder saves it, or a dict of its parts). One note per design question: the target level,
who sits, how members are chosen, what authority is written down, how disagreement is settled,
the resources, whether the numbers add up, and paid participation where the process has it
today. The rules are the spectrum as the course reads it (``grader.domain.decision_process``),
so nothing is hashed. Why the design fits is written by the learner and read by a trainer.
"""

from __future__ import annotations

from grader.checks.evidence import answer_type
from grader.checks.feedback import Note, Status
from grader.checks.registry import AnswerProblem, register, spec
from grader.domain.decision_process import DecisionProcess, ProcessDesign, read_design, review_design
from grader.domain.spectrum import SPECTRUM

PROCESSES: dict[str, DecisionProcess] = {}

EXPECTS = (
    'Give a dictionary with "target" (the level you aim for), "community_seats" (group -> seats), '
    '"staff_seats", "total_seats", "chosen_by", "authority", "written_in", "disagreement", '
    '"resources" (percents for "community partners and processes" and "department administration") '
    'and "paid_participation" (a list), or load the design you saved with the builder. '
    "options() lists the choices."
)


def current_process(check_id: str) -> DecisionProcess:
    """The process a redesign check starts from."""
    spec(check_id)  # a clear error for an unknown id
    return PROCESSES[check_id]


def process_redesign(
    check_id: str, title: str, current: DecisionProcess, *, max_points: float = 8.0, graded: bool = False
) -> None:
    """Register a check that a design of ``current`` fits the level it says it aims for."""
    if current.level.number + 1 >= len(SPECTRUM):
        raise ValueError("This process already sits at Defer To; there is no level above it to aim for.")
    PROCESSES[check_id] = current

    @register(check_id, title=title, max_points=max_points, expects=EXPECTS, graded=graded)
    def grade(answer: object) -> list[Note]:
        try:
            design = read_design(answer)
        except ValueError as error:
            raise AnswerProblem(str(error)) from None
        if design.is_empty():
            raise AnswerProblem(f"There is no answer here yet. {EXPECTS}")
        return [
            Note(f.criterion, Status.HOLDS_UP if f.met else Status.RECONSIDER, f.advice, missing=f.missing)
            for f in review_design(current, design)
        ]


# Answers of this kind travel to the cohort grader as evidence (grader.checks.evidence).
answer_type(ProcessDesign)
