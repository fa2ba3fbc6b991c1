"""Break an indicator down by group, and compare groups honestly when the numbers are small.

A county-wide rate can hide very different rates for different groups. Mobilize Data and
Research (Human Impact Partners, Health Equity Guide, as summarized in the course design)
asks departments to report inequities broken down by race, ethnicity, income, gender and
neighborhood. This module does the arithmetic and says, in plain words, how far each
number can be trusted.

The course's rule for small numbers:

- **Hidden (the small-count rule, DESIGN §4).** A count from 1 to 10 is not shown outside
  the department (the CMS cell-size rule; CDC WONDER hides counts under 10). Its rate is
  not shown either, and no ratio is made from it. A zero may be shown.
- **Unreliable (the NCHS standard).** A rate that rests on fewer than 20 events is shown
  with its count and denominator and flagged as unreliable, as the National Center for
  Health Statistics (NCHS) does and as CDC WONDER marks such rates "Unreliable": a count
  that small can move by a fifth or more from one year to the next by chance alone (a
  count of n typically wobbles by about the square root of n, and the square root of 20
  is more than a fifth of 20). The course's tools call such a rate "unstable".
- **No ratio from an unstable rate.** A disparity ratio (a group's rate divided by the
  reference group's rate) is only given when both rates are stable.

``breakdown`` makes the table (count, denominator, rate, reliability); ``disparity_ratios``
adds the ratios and a sentence per group; ``shareable`` hides what must not leave the
department.
"""

from __future__ import annotations

import math

import pandas as pd

from grader.domain.data_brief import MARKER, SMALL_MAX, SMALL_MIN, TOTAL, suppress

PER = 10_000
UNSTABLE_BELOW = 20

STABLE = "stable"
UNSTABLE = "unstable"
SUPPRESSED = "suppressed"
NO_DENOMINATOR = "no denominator"

RACISM_NOTE = (
    "Gaps between racial and ethnic groups come from racism and the conditions it creates, "
    "such as where people can live and work, not from biology or behavior."
)


def by_race(column: object) -> bool:
    """True when a breakdown's column is about race or ethnicity (its name says so)."""
    name = str(column).casefold()
    return "race" in name or "ethnic" in name


RULE_IN_WORDS = (
    f"Counts from {SMALL_MIN} to {SMALL_MAX} are hidden, with their rates (the small-count rule). "
    f"A rate from fewer than {UNSTABLE_BELOW} cases is shown with its count and denominator but "
    "flagged as unstable, because chance alone can move it a lot (the NCHS standard; CDC WONDER "
    'marks such rates "Unreliable"). Ratios are only given between two stable rates.'
)


# ---- one group ---------------------------------------------------------------------------

def reliability(count: float, denominator: float) -> str:
    """How far a rate can be trusted: stable, unstable, suppressed, or no denominator."""
    if not denominator or denominator <= 0:
        return NO_DENOMINATOR
    if SMALL_MIN <= count <= SMALL_MAX:
        return SUPPRESSED
    if count < UNSTABLE_BELOW:
        return UNSTABLE
    return STABLE


def reason(count: float, denominator: float, noun: str = "cases") -> str:
    """The reliability of one rate, in plain words (``noun`` names what was counted)."""
    found = reliability(count, denominator)
    if found == NO_DENOMINATOR:
        return "no rate: nobody was counted in this group"
    if found == SUPPRESSED:
        return (f"hidden: a count from {SMALL_MIN} to {SMALL_MAX} could point to real people, so "
                "neither the count nor its rate is shown")
    if count == 0:
        return (f"unstable: no {noun} among {int(denominator):,} people, which does not show that the "
                "group is free of the problem (no ratio is given)")
    if count < UNSTABLE_BELOW:
        return (f"unstable: only {int(count)} {noun}, so chance alone could move this rate a lot "
                "(no ratio is given)")
    return f"stable: {int(count):,} {noun} among {int(denominator):,} people"


# ---- a breakdown -------------------------------------------------------------------------

def _check_columns(data: object, needed: list[str]) -> pd.DataFrame:
    if not isinstance(data, pd.DataFrame):
        raise ValueError(f"A breakdown needs a pandas DataFrame, but this is a {type(data).__name__}. "
                         "Load the table first, for example with grader.course.data.load(...).")
    missing = [name for name in needed if name not in data.columns]
    if missing:
        raise ValueError(f"The data has no column {', '.join(repr(m) for m in missing)}. "
                         f"Its columns are: {', '.join(repr(str(c)) for c in data.columns)}.")
    if data.empty:
        raise ValueError("The data has no rows. Load the table again, or check the filter you applied.")
    return data


def _check_whole(data: pd.DataFrame, column: str) -> None:
    values = pd.to_numeric(data[column], errors="coerce")
    bad = data[values.isna() | (values < 0) | (values % 1 != 0)]
    if len(bad):
        raise ValueError(f"{column!r} must hold whole numbers of 0 or more, but row {bad.index[0]!r} has "
                         f"{bad.iloc[0][column]!r}. Fix or remove that row.")


def breakdown(data: pd.DataFrame, by: str, *, count: str, denominator: str, per: int = PER,
              decimals: int = 1, overall: str | None = None) -> pd.DataFrame:
    """Counts, denominators and rates per group of ``by``, each with its reliability.

    Counts and denominators are added up first and divided after, so every group's rate is
    its own cases over its own people (never an average of smaller rates). ``overall`` adds
    a last row for everyone, with that label. The table is for use inside the department:
    ``shareable`` makes the version that may leave it.
    """
    data = _check_columns(data, [by, count, denominator])
    for column in (count, denominator):
        _check_whole(data, column)
    if per <= 0:
        raise ValueError(f"per={per!r}: give rates per a positive number of people, such as per=10_000.")
    table = data.groupby(by)[[count, denominator]].sum().astype("int64")
    if overall is not None:
        if overall in table.index:
            raise ValueError(f'A group is already called "{overall}"; choose another label for everyone.')
        table.loc[overall] = table.sum()
    table["rate"] = [
        round(c / d * per, decimals) if d > 0 else math.nan
        for c, d in zip(table[count], table[denominator], strict=True)
    ]
    table["reliability"] = [reliability(c, d) for c, d in zip(table[count], table[denominator], strict=True)]
    table.attrs.update({"count": count, "denominator": denominator, "per": per, "by": by,
                        "overall": overall})
    return table


def overall_rate(data: pd.DataFrame, *, count: str, denominator: str, per: int = PER) -> float:
    """Everyone's rate: all the cases over all the people (not the average of the groups' rates)."""
    data = _check_columns(data, [count, denominator])
    people = data[denominator].sum()
    if people <= 0:
        raise ValueError(f"{denominator!r} adds up to {people}: no rate can be worked out.")
    return float(data[count].sum() / people * per)


def _names(table: pd.DataFrame, count: str | None, denominator: str | None) -> tuple[str, str, int]:
    count = count or table.attrs.get("count")
    denominator = denominator or table.attrs.get("denominator")
    if not count or not denominator or count not in table.columns or denominator not in table.columns:
        raise ValueError("Give the table from breakdown(...), or name its columns: "
                         "disparity_ratios(table, reference, count=..., denominator=...).")
    return count, denominator, int(table.attrs.get("per", PER))


def disparity_ratios(table: pd.DataFrame, reference: str, *, count: str | None = None,
                     denominator: str | None = None, decimals: int = 2) -> pd.DataFrame:
    """Each group's rate divided by the reference group's rate, only where both are stable.

    Returns the breakdown with two more columns: ``ratio`` (NaN where no ratio is given) and
    ``in plain words``. The reference group's own ratio is 1.
    """
    if not isinstance(table, pd.DataFrame):
        raise ValueError(f"Expected the table from breakdown(...), but this is a {type(table).__name__}.")
    count, denominator, per = _names(table, count, denominator)
    if reference not in table.index:
        raise ValueError(f'"{reference}" is not a group in this table. The groups are: '
                         f"{', '.join(str(g) for g in table.index)}.")
    ref_count, ref_people = table.at[reference, count], table.at[reference, denominator]
    if reliability(ref_count, ref_people) != STABLE:
        raise ValueError(
            f'The reference group "{reference}" has a rate that is {reliability(ref_count, ref_people)} '
            f"({int(ref_count):,} {count} among {int(ref_people):,} people). Choose a reference "
            f"group whose rate rests on {UNSTABLE_BELOW} or more cases, such as the largest group or everyone.")
    ref_rate = ref_count / ref_people
    out = table.copy()
    ratios, words = [], []
    for group, row in table.iterrows():
        c, d = row[count], row[denominator]
        stable = reliability(c, d) == STABLE
        ratio = round((c / d) / ref_rate, decimals) if stable else math.nan
        ratios.append(ratio)
        words.append(_sentence(str(group), c, d, per, ratio, reference, count))
    out["ratio"] = ratios
    out["in plain words"] = words
    out.attrs.update(table.attrs)
    out.attrs.update({"count": count, "denominator": denominator, "per": per, "reference": reference})
    return out


def _sentence(group: str, count: float, people: float, per: int, ratio: float, reference: str,
              noun: str) -> str:
    found = reliability(count, people)
    why = reason(count, people, noun)
    if found == SUPPRESSED:
        return f"{group}: not shown. {why[:1].upper()}{why[1:]}."
    if found == NO_DENOMINATOR:
        return f"{group}: no rate, because nobody was counted in this group."
    rate = count / people * per
    head = f"{group}: {int(count):,} {noun} among {int(people):,} people, {rate:.1f} per {per:,}"
    if found == UNSTABLE:
        return f"{head}. This rate is {why}."
    if group == reference:
        return f"{head}. This is the reference group the others are compared with."
    return f"{head}, {ratio:.2f} times the rate of the reference group ({reference})."


def shareable(table: pd.DataFrame, *, overall_count: int | None = None,
              count: str | None = None, denominator: str | None = None) -> pd.DataFrame:
    """The breakdown as it may leave the department: hidden counts and their rates say "suppressed".

    When the total is shown too (the ``overall`` row of ``breakdown``, or ``overall_count``),
    a lone hidden count could be worked out by subtraction, so one more count is hidden (the
    smallest other non-zero one), as in complementary suppression (DESIGN §4). Ratios are
    kept only where both rates are stable and the count is shown.
    """
    count, denominator, _ = _names(table, count, denominator)
    overall = table.attrs.get("overall")
    counts = pd.DataFrame({count: table[count].astype("int64")})
    counts.index = [TOTAL if group == overall else str(group) for group in table.index]
    if overall_count is not None and TOTAL not in counts.index:
        counts.loc[TOTAL] = int(overall_count)
    hidden = {cell.row for cell in suppress(counts)} - {TOTAL}
    out = table.copy().astype({count: object, "rate": object})
    for group in table.index:
        if group != overall and str(group) in hidden:
            out.at[group, count] = MARKER
            out.at[group, "rate"] = MARKER
            if "ratio" in out.columns:
                out.at[group, "ratio"] = math.nan
            if out.at[group, "reliability"] != SUPPRESSED:
                out.at[group, "reliability"] = "suppressed (so a hidden count cannot be worked out)"
    out.attrs.update(table.attrs)
    return out


__all__ = [
    "NO_DENOMINATOR", "PER", "RACISM_NOTE", "RULE_IN_WORDS", "STABLE", "SUPPRESSED", "UNSTABLE",
    "UNSTABLE_BELOW", "breakdown", "by_race", "disparity_ratios", "overall_rate", "reason", "reliability",
    "shareable",
]
