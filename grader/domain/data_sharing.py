"""What may be shared with a community partner: numbers made safe, and a use that is right.

Before data leaves the department, two questions (Mobilize Data and Research, Human Impact
Partners, as summarized in the course design: make data available to communities, and
share it safely):

1. **Are the numbers safe?** Counts from 1 to 10 are hidden, and one more count wherever
   a hidden one could be worked out from a total (``grader.domain.data_brief``).
2. **Is the use right?** The CARE Principles for Indigenous Data Governance (Global
   Indigenous Data Alliance / Research Data Alliance, 2019) name four things: Collective
   benefit, Authority to control, Responsibility and Ethics. This course turns each name
   into a question to answer before sharing. The principles were written for data about
   Indigenous peoples, for whom they are about the peoples' own authority over their data;
   the course asks the same four questions of any community's data. *Authority to control*
   belongs to the people the data describe and the governing bodies they choose, not to
   whoever asks for the data.

``sharing_decision`` puts both together and says, in plain words, what may be shared and
what to do first when something may not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from grader.domain.data_brief import MARKER, TOTAL, labeled, shown_number, suppress


@dataclass(frozen=True)
class CarePrinciple:
    """One of the four CARE principles, as a question to answer before sharing."""

    key: str
    name: str
    question: str
    if_not: str


CARE: tuple[CarePrinciple, ...] = (
    CarePrinciple(
        "collective benefit", "Collective benefit",
        "Will the community, as a group, gain from this use of its data, in a way it would recognize?",
        "Ask the community what would make the data useful to them, and shape the use around that.",
    ),
    CarePrinciple(
        "authority to control", "Authority to control",
        "Asking for data gives no say over it: have the people the data describe, or the governing "
        "body they chose, agreed to this use, and can they say no or set conditions?",
        "Ask the people the data describe (or the body they chose) first, and accept the answer, "
        "including no.",
    ),
    CarePrinciple(
        "responsibility", "Responsibility",
        "Will whoever uses the data tell the community how it was used and what came of it, and "
        "answer to the community for it?",
        "Agree how, when and to whom the use will be reported back before anything is shared.",
    ),
    CarePrinciple(
        "ethics", "Ethics",
        "Do the community's rights and wellbeing come first: is the use free of likely harm, "
        "stigma or singling people out?",
        "Do not share for this use. Say why, and offer a use that does not cause harm.",
    ),
)
MAY_SHARE = "may share"
DECISIONS: tuple[str, ...] = (MAY_SHARE, *(principle.key for principle in CARE))

_ALIASES = {
    "c": "collective benefit", "collective": "collective benefit", "benefit": "collective benefit",
    "a": "authority to control", "authority": "authority to control", "control": "authority to control",
    "r": "responsibility", "responsible": "responsibility",
    "e": "ethics", "ethical": "ethics",
    "share": MAY_SHARE, "may be shared": MAY_SHARE, "ok": MAY_SHARE, "yes": MAY_SHARE,
    "can share": MAY_SHARE, "share it": MAY_SHARE,
}


@dataclass(frozen=True)
class Request:
    """A request for data: who asks, what for, and the feedback for each outcome.

    Which decision fits is not stored here: checks hold only digests. ``evidence`` (shown when a
    decision holds up) and ``hint`` (shown when it does not) never name the decision.
    """

    id: str
    who: str
    asks: str
    evidence: str
    hint: str


class UnknownDecision(ValueError):
    """A decision that is neither "may share" nor the name of a CARE principle."""


def decision(value: object) -> str:
    """The standard form of a decision: "may share" or a CARE principle's name, any case."""
    text = re.sub(r"\s+", " ", str(value)).strip().strip(".").casefold()
    text = _ALIASES.get(text, text)
    if text not in DECISIONS:
        choices = ", ".join(f'"{choice}"' for choice in DECISIONS)
        raise UnknownDecision(f'"{value}" is not one of the decisions. Use one of: {choices}.')
    return text


def principle(value: object) -> CarePrinciple:
    """A CARE principle by name (or its first letter)."""
    key = decision(value)
    for found in CARE:
        if found.key == key:
            return found
    raise UnknownDecision(f'"{value}" is not a CARE principle. Use one of: '
                          f"{', '.join(p.name for p in CARE)}.")


def care_table() -> pd.DataFrame:
    """The four principles as a checklist: the question to ask, and what to do if the answer is no."""
    return pd.DataFrame(
        [{"principle": p.name, "ask": p.question, "if the answer is no": p.if_not} for p in CARE]
    ).set_index("principle")


@dataclass
class CareChecklist:
    """Answers to the four CARE questions for one request: True (yes), False (no) or None (not yet)."""

    collective_benefit: bool | None = None
    authority_to_control: bool | None = None
    responsibility: bool | None = None
    ethics: bool | None = None

    def __post_init__(self) -> None:
        for principle_, answer in self.answers().items():
            if answer is not None and not isinstance(answer, bool):
                raise ValueError(f"{principle_.name}: answer True (yes), False (no) or None (not yet), "
                                 f"not {answer!r}.")

    def answers(self) -> dict[CarePrinciple, bool | None]:
        return {p: getattr(self, p.key.replace(" ", "_")) for p in CARE}

    def unmet(self) -> list[CarePrinciple]:
        return [p for p, answer in self.answers().items() if answer is False]

    def unanswered(self) -> list[CarePrinciple]:
        return [p for p, answer in self.answers().items() if answer is None]


@dataclass(frozen=True)
class SharingDecision:
    """Whether a request may be met, the table that may be shared, and why, in plain words."""

    may_share: bool
    table: pd.DataFrame | None
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        head = "May be shared." if self.may_share else "Not yet: do this first."
        return "\n".join([head, *(f"- {reason}" for reason in self.reasons)])

    __repr__ = __str__


def _safe_counts(counts: pd.DataFrame, total: str) -> tuple[pd.DataFrame, int]:
    if not isinstance(counts, pd.DataFrame):
        raise ValueError(f"Expected a table of counts (a pandas DataFrame), but this is a "
                         f"{type(counts).__name__}. Make it with pivot_table(..., margins=True, "
                         'margins_name="Total").')
    table = labeled(counts)
    bad = [f"{row} / {column}" for row in table.index for column in table.columns
           if (number := shown_number(table.at[row, column])) is None or number < 0
           or not float(number).is_integer()]
    if bad:
        raise ValueError(f"Every cell must be a whole number of 0 or more (the full counts, before "
                         f"anything is hidden); these are not: {', '.join(bad[:4])}.")
    hidden = suppress(table.astype("int64"), total)
    safe = table.astype("int64").astype(object)
    for cell in hidden:
        safe.at[cell.row, cell.column] = MARKER
    return safe, len(hidden)


def sharing_decision(counts: pd.DataFrame | None, care: CareChecklist, *,
                     total: str = TOTAL) -> SharingDecision:
    """What may be shared for one request: the CARE answers first, then the numbers made safe.

    ``counts`` is the full table of counts the partner asked for, with a Total row and
    column if totals will be shown (or None when the request is not for a table).
    """
    if not isinstance(care, CareChecklist):
        raise ValueError("Answer the four CARE questions first: CareChecklist(collective_benefit=..., "
                         "authority_to_control=..., responsibility=..., ethics=...).")
    waiting = care.unanswered()
    if waiting:
        raise ValueError(f"Answer every CARE question with True or False first; still open: "
                         f"{', '.join(p.name for p in waiting)}.")
    unmet = care.unmet()
    if unmet:
        return SharingDecision(False, None, tuple(f"{p.name}: {p.if_not}" for p in unmet))
    reasons = ["The use passes all four CARE questions."]
    if counts is None:
        return SharingDecision(True, None, tuple(reasons))
    safe, hidden = _safe_counts(counts, total)
    if hidden:
        reasons.append(f"{hidden} cell{'s are' if hidden != 1 else ' is'} hidden: counts from 1 to 10, and "
                       "any count that could be worked out from the totals. Say so when you share it.")
    else:
        reasons.append("No count needs hiding: none is from 1 to 10.")
    return SharingDecision(True, safe, tuple(reasons))
