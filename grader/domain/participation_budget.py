"""Budget paid community participation with pandas, and check it against the spectrum.

*Share Power with Communities* (Human Impact Partners, 2018) asks departments to put time,
funds and capacity building behind the participation of communities facing inequities.
A participation budget is a table with one row per line: ``cost_type`` (see
``COST_TYPES``), ``detail`` (for interpretation, the language), ``quantity`` and
``unit_cost``; a line's total is quantity times unit cost.

``review`` checks four rules: every community participant gets a stipend for every
meeting; interpretation covers every language residents need at every meeting; meetings
fall outside working hours (this course's rule of thumb: not 9:00 to 17:00 on a weekday);
and the community's share of the project budget fits the target level's range on the
Spectrum of Community Engagement to Ownership (DESIGN §4).
"""

from __future__ import annotations

import math
import re
from typing import Any

import pandas as pd

from grader.domain.decision_process import Finding, share_range
from grader.domain.spectrum import SPECTRUM

COST_TYPES: dict[str, str] = {
    "stipend": "per community participant, per meeting",
    "interpretation": "per language, per meeting",
    "childcare": "per child, per meeting",
    "meals": "per person attending, per meeting",
    "transport": "per community participant who needs a ride, per meeting",
    "capacity building": "per grant or contract to a community partner",
}
_COST_ALIASES = {"stipends": "stipend", "interpreting": "interpretation", "interpreter": "interpretation",
                 "child care": "childcare", "meal": "meals", "food": "meals",
                 "transportation": "transport", "capacity-building": "capacity building"}
REQUIRED_COLUMNS = ("cost_type", "quantity", "unit_cost")
RESIDENT = "resident"
MEETING_LANGUAGE = "English"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
WEEKEND = ("Saturday", "Sunday")
WORK_START, WORK_END = 9 * 60, 17 * 60  # minutes after midnight


class BudgetError(ValueError):
    """A budget or meeting table that cannot be used as it is; the message names the row and the fix."""


def cost_type(value: object) -> str:
    """The canonical cost type for a learner's words, or a ValueError listing them."""
    key = re.sub(r"\s+", " ", str(value)).strip().casefold()
    key = _COST_ALIASES.get(key, key)
    if key in COST_TYPES:
        return key
    raise ValueError(f'"{value}" is not a cost type. Use one of: {", ".join(COST_TYPES)}.')


def row_name(index: object, row: pd.Series) -> str:
    """How a message names a row: its index label, cost type and detail."""
    what = [str(row.get(col)) for col in ("cost_type", "detail") if _text(row.get(col))]
    return f"Row {index}" + (f" ({', '.join(what)})" if what else "")


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _amount(value: Any) -> float | None:
    """A finite number, or None."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _raise_all(problems: list[str]) -> None:
    if problems:
        shown = problems[:6] + ([f"... and {len(problems) - 6} more."] if len(problems) > 6 else [])
        raise BudgetError(" ".join(shown))


def validate(budget: object) -> pd.DataFrame:
    """A clean copy of a budget (canonical cost types, numbers, a ``total`` column); BudgetError otherwise."""
    if not isinstance(budget, pd.DataFrame):
        raise BudgetError(f"A budget should be a pandas DataFrame, but this is a {type(budget).__name__}.")
    missing = [col for col in REQUIRED_COLUMNS if col not in budget.columns]
    if missing:
        raise BudgetError(
            f"The budget needs the columns {', '.join(REQUIRED_COLUMNS)} (and detail for languages); "
            f"it is missing {', '.join(missing)}. It has: {', '.join(map(str, budget.columns)) or 'no columns'}."
        )
    if budget.empty:
        raise BudgetError("The budget has no rows yet: add one row per cost line.")
    rows, problems = [], []
    for index, row in budget.iterrows():
        name = row_name(index, row)
        try:
            kind = cost_type(row["cost_type"])
        except ValueError as error:
            problems.append(f"{name}: {error}")
            continue
        quantity, unit_cost = _amount(row["quantity"]), _amount(row["unit_cost"])
        detail = _text(row.get("detail"))
        for label, number, raw in (("quantity", quantity, row["quantity"]), ("unit cost", unit_cost, row["unit_cost"])):
            if number is None:
                problems.append(f"{name}: the {label} is {raw!r}, not a number. Write it as a number, such as 6.")
            elif number < 0:
                problems.append(f"{name}: the {label} is {number:g}; amounts cannot be negative. "
                                "Enter it as a positive number.")
        if kind == "interpretation" and not detail:
            problems.append(f"{name}: say which language this interpretation is for, in the detail column.")
        if quantity is None or unit_cost is None:
            continue
        total = quantity * unit_cost
        given = _amount(row["total"]) if "total" in budget.columns else total
        if given is None or abs(given - total) > 0.005:
            problems.append(f"{name}: total is {row['total']!r}, but quantity x unit cost is {total:g}. "
                            "Compute total as quantity * unit_cost.")
        rows.append({"cost_type": kind, "detail": detail, "quantity": quantity, "unit_cost": unit_cost,
                     "total": total})
    _raise_all(problems)
    return pd.DataFrame(rows, index=budget.index)


def line_totals(budget: pd.DataFrame) -> pd.DataFrame:
    """The budget with each line's total (quantity x unit cost)."""
    return validate(budget)


def totals_by_type(budget: pd.DataFrame) -> pd.Series:
    """The total for every cost type, 0 for a type with no lines, in ``COST_TYPES`` order."""
    sums = validate(budget).groupby("cost_type")["total"].sum()
    return pd.Series({kind: float(sums.get(kind, 0.0)) for kind in COST_TYPES}, name="total")


def overall_total(budget: pd.DataFrame) -> float:
    return float(validate(budget)["total"].sum())


def community_share(budget: pd.DataFrame, project_budget: float) -> float:
    """The participation lines as a percent of the whole project budget."""
    if _amount(project_budget) is None or project_budget <= 0:
        raise BudgetError(f"The project budget is {project_budget!r}; give it as a positive number of dollars.")
    return 100 * overall_total(budget) / float(project_budget)


# ---- the people and meetings of a planned process ----

def community_participants(participants: pd.DataFrame) -> pd.DataFrame:
    """The community members taking part (role "resident"), not department staff."""
    return participants[participants["role"].str.casefold() == RESIDENT]


def languages_needed(participants: pd.DataFrame) -> list[str]:
    """Languages community participants need interpreted: every one but the meeting language."""
    spoken = community_participants(participants)["language"].dropna().unique()
    return sorted(str(lang) for lang in spoken if str(lang).casefold() != MEETING_LANGUAGE.casefold())


def minutes_of(clock: object) -> int:
    """Minutes after midnight for "18:00" or "9:30"; ValueError otherwise."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", str(clock))
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValueError(f'{clock!r} is not a time. Write it on the 24-hour clock, such as "18:00".')
    return int(match.group(1)) * 60 + int(match.group(2))


def validate_meetings(meetings: object) -> pd.DataFrame:
    """A clean copy of a meetings table (weekday, start, hours); BudgetError naming each bad row."""
    if not isinstance(meetings, pd.DataFrame):
        raise BudgetError(f"Meetings should be a pandas DataFrame, but this is a {type(meetings).__name__}.")
    missing = [col for col in ("weekday", "start", "hours") if col not in meetings.columns]
    if missing:
        raise BudgetError(f"The meetings table needs the columns weekday, start and hours; "
                          f"it is missing {', '.join(missing)}.")
    days = {day.casefold(): day for day in WEEKDAYS + WEEKEND}
    rows, problems = [], []
    for index, row in meetings.iterrows():
        name = f"Meeting row {index}" + (f" ({row['meeting_id']})" if "meeting_id" in meetings.columns else "")
        day = days.get(str(row["weekday"]).strip().casefold())
        if day is None:
            problems.append(f"{name}: {row['weekday']!r} is not a day. Use a full day name, such as \"Tuesday\".")
        try:
            start = minutes_of(row["start"])
        except ValueError as error:
            problems.append(f"{name}: {error}")
            start = None
        hours = _amount(row["hours"])
        if hours is None or hours <= 0:
            problems.append(f"{name}: hours is {row['hours']!r}; give the length as a positive number of hours.")
        if day and start is not None and hours:
            rows.append({"weekday": day, "start": start, "end": start + round(hours * 60)})
    _raise_all(problems)
    return pd.DataFrame(rows, index=meetings.index)


def meetings_in_work_hours(meetings: pd.DataFrame) -> pd.DataFrame:
    """The meetings that overlap 9:00-17:00 on a weekday, when many residents are at work."""
    clean = validate_meetings(meetings)
    daytime = clean["weekday"].isin(WEEKDAYS) & (clean["start"] < WORK_END) & (clean["end"] > WORK_START)
    return meetings.loc[daytime[daytime].index]


# ---- the four rules ----

def _quantity(lines: pd.DataFrame, kind: str) -> float:
    return float(lines.loc[lines["cost_type"] == kind, "quantity"].sum())


def review_stipends(lines: pd.DataFrame, participants: pd.DataFrame, meetings: int) -> Finding:
    owed = len(community_participants(participants)) * meetings
    paid = _quantity(lines, "stipend")
    label = "stipends for every community participant"
    if paid == owed:
        return Finding(label, True, f"Stipends cover {owed:g} participant-meetings: every community "
                       "participant, every meeting.")
    if paid > owed:
        return Finding(label, False, f"Stipends cover {paid:g} participant-meetings but the community "
                       "participants attend fewer. Department staff are paid by their jobs: stipends "
                       "go to community participants, one per person per meeting.")
    return Finding(label, False, f"Stipends cover {paid:g} participant-meetings, fewer than every community "
                   "participant at every meeting. Count the residents and multiply by the meetings.")


def review_interpretation(lines: pd.DataFrame, participants: pd.DataFrame, meetings: int) -> Finding:
    label = "interpretation in every language needed"
    interpreted = lines[lines["cost_type"] == "interpretation"]
    by_language = interpreted.groupby(interpreted["detail"].str.casefold())["quantity"].sum()
    short = [lang for lang in languages_needed(participants)
             if by_language.get(lang.casefold(), 0) < meetings]
    if not short:
        return Finding(label, True, "Every language community participants speak is interpreted at every meeting.")
    return Finding(label, False, f"Interpretation is missing, or does not cover all {meetings} meetings, "
                   f"for: {', '.join(short)}. Add one line per language, one unit per meeting.")


def review_meeting_times(meetings: pd.DataFrame, planned: int | None = None) -> Finding:
    label = "meetings at times residents can attend"
    daytime = meetings_in_work_hours(meetings)
    if planned is not None and len(meetings) != planned:
        return Finding(label, False, f"The plan has {planned} meetings and this table has {len(meetings)}. "
                       "Move meetings to a better time rather than adding or dropping them.")
    if daytime.empty:
        return Finding(label, True, "No meeting falls in weekday working hours (9:00 to 17:00).")
    ids = daytime["meeting_id"] if "meeting_id" in daytime.columns else daytime.index
    return Finding(label, False, f"These meetings fall in weekday working hours (9:00 to 17:00), when many "
                   f"residents are at work: {', '.join(map(str, ids))}. Move them to an evening or a weekend.")


def review_share(lines: pd.DataFrame, project_budget: float, level: int) -> Finding:
    low, high = share_range(level)
    stance, use = SPECTRUM[level].stance, SPECTRUM[level].resources.community_use
    percent = community_share(lines, project_budget)
    label = f"community share fits {stance}"
    if low <= percent <= high:
        return Finding(label, True, f"{percent:.1f}% of the project budget goes to the community, within "
                       f"the {low}-{high}% the spectrum gives {use} at {stance}.")
    fix = ("Add or raise a capacity-building line: resources for community partners to build their "
           "skills and capacity to take part." if percent < low else
           "Trim the capacity-building line, so the process stays one step up rather than jumping further.")
    return Finding(label, False, f"{percent:.1f}% of the ${project_budget:,.0f} project budget goes to the "
                   f"community; at {stance} the spectrum gives {low}-{high}% to {use}. {fix}")


def review(budget: pd.DataFrame, participants: pd.DataFrame, meetings: pd.DataFrame, *,
           project_budget: float, level: int, planned_meetings: int | None = None) -> list[Finding]:
    """The four rules for a participation budget, each met or not with advice."""
    lines = validate(budget)
    count = len(validate_meetings(meetings))
    return [
        review_stipends(lines, participants, count),
        review_interpretation(lines, participants, count),
        review_meeting_times(meetings, planned_meetings),
        review_share(lines, project_budget, level),
    ]
