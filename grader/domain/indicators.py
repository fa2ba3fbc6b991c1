"""Track the health indicators a community chose, against the community's own targets.

Build Community Alliances (Human Impact Partners, Health Equity Guide, 2017) asks health
departments to let communities pick the health indicators they want to target and the
measures of progress that matter to them. So every indicator here records who chose it,
and progress is measured against *their* target, not one the department set.

Progress is the share of the gap closed: how far the indicator has moved from its
baseline toward the target, as a share of the whole distance (0 = no change, 1 = target
reached, below 0 = moving away). It works the same whether higher or lower is better.
An indicator is on track when it has closed at least as much of the gap as the time
that has passed would suggest on a straight path from baseline year to target year.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

UP = "up"
DOWN = "down"

TARGET_REACHED = "target reached"
ON_TRACK = "on track"
BEHIND = "behind"
MOVING_AWAY = "moving away"
STATUSES = (TARGET_REACHED, ON_TRACK, BEHIND, MOVING_AWAY)

INDICATOR_COLUMNS = ("indicator_id", "indicator", "chosen_by", "better", "baseline_year",
                     "baseline", "target", "target_year")
VALUE_COLUMNS = ("indicator_id", "year", "value")


def gap_closed(baseline: float, target: float, value: float) -> float:
    """The share of the distance from baseline to target covered by ``value``."""
    if target == baseline:
        raise ValueError("The target equals the baseline, so there is no gap to close: "
                         "set a target that differs from the baseline.")
    return (value - baseline) / (target - baseline)


def expected_share(baseline_year: int, target_year: int, year: int) -> float:
    """The share of the gap a straight path would have closed by ``year`` (0 to 1)."""
    if target_year <= baseline_year:
        raise ValueError(f"The target year ({target_year}) must come after the baseline year "
                         f"({baseline_year}).")
    share = (year - baseline_year) / (target_year - baseline_year)
    return min(max(share, 0.0), 1.0)


def status(progress: float, expected: float) -> str:
    """One of STATUSES, in words, so a chart or table never relies on color."""
    if progress >= 1:
        return TARGET_REACHED
    if progress < 0:
        return MOVING_AWAY
    if progress >= expected:
        return ON_TRACK
    return BEHIND


@dataclass(frozen=True)
class Indicator:
    """One indicator a community chose, with its baseline, its target and yearly values."""

    indicator_id: str
    name: str
    chosen_by: str
    better: str
    baseline_year: int
    baseline: float
    target: float
    target_year: int
    unit: str = ""
    neighborhood: str = ""
    values: Mapping[int, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        label = self.name or self.indicator_id or "this indicator"
        if not str(self.chosen_by).strip():
            raise ValueError(f'Say who chose "{label}" (chosen_by="..."): this tracker is for '
                             "indicators a community chose, measured against its own target.")
        if self.better not in (UP, DOWN):
            raise ValueError(f'better must be "{UP}" (higher is better) or "{DOWN}" (lower is '
                             f'better), not {self.better!r}.')
        if self.target == self.baseline:
            raise ValueError(f'The target for "{label}" equals its baseline ({self.baseline}): '
                             "set the target the community wants to reach.")
        if (self.target > self.baseline) != (self.better == UP):
            way = "above" if self.better == UP else "below"
            raise ValueError(f'"{label}" says {self.better} is better, so its target should be '
                             f"{way} the baseline ({self.baseline}), not {self.target}. Check the "
                             "target or the direction.")
        expected_share(self.baseline_year, self.target_year, self.baseline_year)  # checks the years
        object.__setattr__(self, "values", {int(y): float(v) for y, v in dict(self.values).items()})

    @property
    def latest_year(self) -> int:
        if not self.values:
            raise ValueError(f'"{self.name}" has no yearly values yet: add some before tracking it.')
        return max(self.values)

    def year_for(self, year: int | None = None) -> int:
        """The latest year with a value, at or before ``year`` (the latest of all if None)."""
        if year is None:
            return self.latest_year
        known = [y for y in self.values if y <= year]
        if not known:
            raise ValueError(f'"{self.name}" has no value in or before {year}: its first value is '
                             f"from {min(self.values) if self.values else 'no year yet'}.")
        return max(known)

    def progress(self, year: int | None = None) -> float:
        """The share of the gap to the community's target closed by ``year``."""
        return gap_closed(self.baseline, self.target, self.values[self.year_for(year)])

    def expected(self, year: int | None = None) -> float:
        return expected_share(self.baseline_year, self.target_year, self.year_for(year))

    def status(self, year: int | None = None) -> str:
        return status(self.progress(year), self.expected(year))


def _require(frame: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise ValueError(f"Expected the {what} table as a pandas DataFrame, not a "
                         f"{type(frame).__name__}.")
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise ValueError(f"The {what} table needs the columns {', '.join(missing)}; it has "
                         f"{', '.join(map(str, frame.columns))}.")


def _optional_text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def from_frames(indicators: pd.DataFrame, values: pd.DataFrame) -> list[Indicator]:
    """Indicators from the two Riverbend tables (community_indicators, community_indicator_values)."""
    _require(indicators, INDICATOR_COLUMNS, "indicators")
    _require(values, VALUE_COLUMNS, "values")
    found = []
    for row in indicators.to_dict("records"):
        mine = values[values["indicator_id"] == row["indicator_id"]]
        found.append(
            Indicator(
                indicator_id=str(row["indicator_id"]),
                name=str(row["indicator"]),
                chosen_by=_optional_text(row["chosen_by"]),
                better=str(row["better"]),
                baseline_year=int(row["baseline_year"]),
                baseline=float(row["baseline"]),
                target=float(row["target"]),
                target_year=int(row["target_year"]),
                unit=_optional_text(row.get("unit")),
                neighborhood=_optional_text(row.get("neighborhood")),
                values=dict(zip(mine["year"].astype(int), mine["value"].astype(float), strict=True)),
            )
        )
    return found


def progress_table(indicators: Iterable[Indicator], year: int | None = None) -> pd.DataFrame:
    """One row per indicator: the value used, progress, the expected share and the status."""
    rows = []
    for ind in indicators:
        used = ind.year_for(year)
        rows.append(
            {
                "indicator_id": ind.indicator_id,
                "indicator": ind.name,
                "chosen_by": ind.chosen_by,
                "better": ind.better,
                "baseline": ind.baseline,
                "target": ind.target,
                "target_year": ind.target_year,
                "year": used,
                "value": ind.values[used],
                "progress": round(ind.progress(used), 4),
                "expected": round(ind.expected(used), 4),
                "status": ind.status(used),
            }
        )
    return pd.DataFrame(rows)
