"""A department's decision process and how far up the engagement spectrum it reaches.

A decision process (for example, choosing which neighborhoods get a new program) is
described by four things, each of which supports some levels of the Spectrum of
Community Engagement to Ownership (DESIGN §4, via ``grader.domain.spectrum``):

- **who decides** at each of its steps: the department alone (levels 0-3), the
  department and the community together (4), or the community (5);
- **when the community comes in**: never (0), after the decision (1), after the options
  are set (2), before the options are set (3-4), or from the start (3-5);
- **what share of the process's resources** goes to community participation, read
  against the spectrum's resource-allocation ranges;
- **the main way the community takes part**: one of the spectrum's typical activities.

A process reaches only as far as its weakest part (``DecisionProcess.level``).
``review_redesign`` says whether a redesign reaches exactly one step up, part by part,
and what is missing. Which options fit which level is the course's reading of the
spectrum (Rosa González, Facilitating Power, 2019), written down so feedback can explain it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from grader.domain.finding import Finding
from grader.domain.spectrum import SPECTRUM, Level

DEPARTMENT = "department alone"
TOGETHER = "department and community together"
COMMUNITY = "community"

# who decides a step -> the levels it fits
DECIDERS: dict[str, tuple[int, ...]] = {
    DEPARTMENT: (0, 1, 2, 3),
    TOGETHER: (4,),
    COMMUNITY: (5,),
}
DECIDER_ALIASES = {
    "department": DEPARTMENT,
    "health department": DEPARTMENT,
    "together": TOGETHER,
    "shared": TOGETHER,
    "department and community": TOGETHER,
    "community and department": TOGETHER,
    "community and department together": TOGETHER,
    "community alone": COMMUNITY,
}

# when the community comes in -> the levels it fits
TIMINGS: dict[str, tuple[int, ...]] = {
    "never": (0,),
    "after the decision": (1,),
    "after the options are set": (2,),
    "before the options are set": (3, 4),
    "from the start": (3, 4, 5),
}
TIMING_MEANS = {
    "never": "the community is not told or asked",
    "after the decision": "the community is told what was decided",
    "after the options are set": "the community gives its views on options the department drew up",
    "before the options are set": "the community helps draw up the options",
    "from the start": "the community helps name the problem and the questions, then the options",
}

# what each level asks of who decides and of timing, for feedback
DECIDER_AT = {
    0: "the department decides every step on its own",
    1: "the department still decides every step on its own",
    2: "the department still makes the decision at every step, after hearing views",
    3: "the department still makes the final call at every step, with options the community shaped",
    4: "the department and the community decide every step together",
    5: "the community makes the decision at every step, and the department backs it with resources",
}
TIMING_AT = {
    0: "the community is kept out",
    1: "the community is at least told what was decided",
    2: "the community is asked for its views on the options before the department decides",
    3: "the community comes in early enough to shape the options",
    4: "the community plans with the department before the options are set",
    5: "the community leads from the start: it names the problem, the questions and the options",
}

ACTIVITIES: dict[str, int] = {activity: lvl.number for lvl in SPECTRUM for activity in lvl.activities}


def _key(value: object) -> str:
    """Case, spacing, a final full stop and the word "the" do not matter."""
    text = re.sub(r"\s+", " ", str(value)).strip().casefold().strip(" .")
    return re.sub(r"\bthe\s+", "", text)


def _options(names: Iterable[object]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def decider(value: object) -> str:
    """The canonical "who decides" option for a learner's words, or a ValueError that lists them."""
    key = _key(value)
    for name in DECIDERS:
        if key == _key(name):
            return name
    if key in DECIDER_ALIASES:
        return DECIDER_ALIASES[key]
    raise ValueError(f'"{value}" is not one of the options for who decides. Use one of: {_options(DECIDERS)}.')


def timing(value: object) -> str:
    """The canonical "when the community comes in" option, or a ValueError that lists them."""
    key = _key(value)
    key = {"from beginning": "from start", "start": "from start"}.get(key, key)
    for name in TIMINGS:
        if key == _key(name):
            return name
    raise ValueError(
        f'"{value}" is not one of the options for when the community comes in. '
        f"Use one of: {_options(TIMINGS)}."
    )


def share(value: object) -> float:
    """A percent from 0 to 100 ("60", 60, "60%"), or a ValueError that says how to write it."""
    text = str(value).strip().rstrip("%").strip()
    try:
        number = float(text) if not isinstance(value, bool) else float("nan")
    except ValueError:
        number = float("nan")
    if not 0 <= number <= 100:  # also catches nan
        raise ValueError(
            f'"{value}" is not a share of the budget. Give a percent from 0 to 100, for example 45.'
        )
    return number


def activity(value: object) -> str:
    """The spectrum activity a learner names (exactly, or by an unambiguous part such as "MOU")."""
    key = _key(value)
    exact = [name for name in ACTIVITIES if _key(name) == key]
    partial = [name for name in ACTIVITIES if len(key) >= 3 and key in _key(name)]
    found = exact or partial
    if len(found) == 1:
        return found[0]
    raise ValueError(
        f'"{value}" is not one of the spectrum\'s activities. Use one of: {_options(sorted(ACTIVITIES))}.'
    )


def share_levels(percent: float) -> tuple[int, ...]:
    """The levels whose community share range (DESIGN §4) includes this percent."""
    return tuple(lvl.number for lvl in SPECTRUM if _in_range(percent, lvl.resources.community))


def share_ceiling(percent: float) -> int:
    """The highest level whose community share this percent reaches (at least its lower bound)."""
    return max(lvl.number for lvl in SPECTRUM if percent >= lvl.resources.community[0])


def share_range(number: int) -> tuple[int, int]:
    """The community share range, in percent, of a level."""
    return SPECTRUM[number].resources.community


def _in_range(percent: float, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= percent <= bounds[1]


@dataclass(frozen=True)
class ProcessStep:
    """One step of a decision process and who decides it."""

    name: str
    decided_by: str

    def __post_init__(self) -> None:
        if not str(self.name).strip():
            raise ValueError("A step needs a name, for example Step(\"Draw up the shortlist\", ...).")
        object.__setattr__(self, "decided_by", decider(self.decided_by))


@dataclass(frozen=True)
class DecisionProcess:
    """A department decision process: its steps, when the community comes in, its resources and activity."""

    decision: str
    steps: tuple[ProcessStep, ...]
    community_joins: str
    community_share: float
    activity: str

    def __post_init__(self) -> None:
        if not str(self.decision).strip():
            raise ValueError("Say what the process decides, for example \"Which neighborhoods get the program\".")
        steps = tuple(self.steps)
        if not steps:
            raise ValueError("A process needs at least one step, for example (Step(\"Choose\", \"department alone\"),).")
        if not all(isinstance(step, ProcessStep) for step in steps):
            raise ValueError("Give each step as Step(name, decided_by).")
        names = [step.name for step in steps]
        if len(set(names)) != len(names):
            raise ValueError(f"Each step needs its own name; these repeat: {sorted({n for n in names if names.count(n) > 1})}.")
        object.__setattr__(self, "steps", steps)
        object.__setattr__(self, "community_joins", timing(self.community_joins))
        object.__setattr__(self, "community_share", share(self.community_share))
        object.__setattr__(self, "activity", activity(self.activity))

    @property
    def step_names(self) -> list[str]:
        return [step.name for step in self.steps]

    def to_dict(self) -> dict[str, object]:
        return {"decision": self.decision, "steps": [[s.name, s.decided_by] for s in self.steps],
                "community_joins": self.community_joins, "community_share": self.community_share,
                "activity": self.activity}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DecisionProcess:
        steps = tuple(ProcessStep(str(name), str(who)) for name, who in data["steps"])
        return cls(str(data["decision"]), steps, data["community_joins"], data["community_share"],
                   data["activity"])

    def ceilings(self) -> dict[str, int]:
        """How high each part lets the process reach on the spectrum."""
        return {
            "who decides": min(max(DECIDERS[step.decided_by]) for step in self.steps),
            "when the community comes in": max(TIMINGS[self.community_joins]),
            "resources": share_ceiling(self.community_share),
            "activity": ACTIVITIES[self.activity],
        }

    @property
    def level(self) -> Level:
        """The level the process reaches: as far as its weakest part allows."""
        return SPECTRUM[min(self.ceilings().values())]

    def describe(self) -> str:
        """The process in plain text, one part per line."""
        steps = "\n".join(f"  {n}. {s.name}: decided by the {s.decided_by}"
                          for n, s in enumerate(self.steps, start=1))
        return (
            f"Decision: {self.decision}\n"
            f"Steps and who decides each:\n{steps}\n"
            f"When the community comes in: {self.community_joins} "
            f"({TIMING_MEANS[self.community_joins]})\n"
            f"Share of the process budget for community participation: {self.community_share:g}%\n"
            f"Main way the community takes part: {self.activity}"
        )

    def explain(self) -> str:
        """Which level each part supports, and the level the whole process reaches."""
        lines = [f"{part}: supports up to {SPECTRUM[n].label}" for part, n in self.ceilings().items()]
        return "\n".join([*lines, f"The process reaches {self.level.label} (its weakest part sets the level)."])

    def redesigned(self, redesign: Redesign) -> DecisionProcess:
        """This process with a complete redesign applied; ValueError names what is still missing."""
        if redesign.missing_parts(self):
            raise ValueError(f"The redesign is not complete: {', '.join(redesign.missing_parts(self))}.")
        return DecisionProcess(
            self.decision,
            # missing_parts() is empty, so no part is None; the ignores say what mypy cannot see.
            tuple(ProcessStep(name, redesign.decided_by[name]) for name in self.step_names),  # type: ignore[arg-type]
            redesign.community_joins,  # type: ignore[arg-type]
            redesign.community_share,  # type: ignore[arg-type]
            redesign.activity,  # type: ignore[arg-type]
        )


@dataclass(frozen=True)
class Redesign:
    """A proposed change to a process. Parts left as None are not chosen yet."""

    decided_by: Mapping[str, str | None]
    community_joins: str | None = None
    community_share: float | None = None
    activity: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {"decided_by": dict(self.decided_by), "community_joins": self.community_joins,
                "community_share": self.community_share, "activity": self.activity}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Redesign:
        return cls(dict(data["decided_by"]), data.get("community_joins"),
                   data.get("community_share"), data.get("activity"))

    def missing_parts(self, process: DecisionProcess) -> list[str]:
        missing = [f'who decides "{name}"' for name in process.step_names if self.decided_by.get(name) is None]
        for label, value in (("when the community comes in", self.community_joins),
                             ("the community share", self.community_share),
                             ("the main activity", self.activity)):
            if value is None:
                missing.append(label)
        return missing


def target_of(current: DecisionProcess) -> Level:
    """One step up from where the current process sits; ValueError at Defer To."""
    if current.level.number + 1 >= len(SPECTRUM):
        raise ValueError("This process already reaches Defer To, the top of the spectrum; there is no step up.")
    return SPECTRUM[current.level.number + 1]


def _went(fits: tuple[int, ...], target: int) -> str:
    return "goes beyond one step up" if min(fits) > target else "does not reach it yet"


def review_redesign(current: DecisionProcess, redesign: Redesign) -> list[Finding]:
    """Four findings: who decides, when, resources, activity, each fitting one step up or not."""
    target = target_of(current)
    t, name = target.number, target.stance
    return [
        _review_deciders(current, redesign, t, name),
        _review_timing(redesign, t, name),
        _review_share(redesign, t, name),
        _review_activity(redesign, t, name),
    ]


def _review_deciders(current: DecisionProcess, redesign: Redesign, t: int, name: str) -> Finding:
    label = "who decides at each step"
    chosen = {step: redesign.decided_by.get(step) for step in current.step_names}
    unchosen = [step for step, who in chosen.items() if who is None]
    if unchosen:
        return Finding(label, False, f"Choose who decides: {', '.join(unchosen)}.", missing=True)
    # every step has a decider here (unchosen is empty): the ignores say what mypy cannot see.
    off = {step: who for step, who in chosen.items() if t not in DECIDERS[who]}  # type: ignore[index]
    if not off:
        return Finding(label, True, f"At {name}, {DECIDER_AT[t]}, and this redesign does that.")
    parts = []
    for who in dict.fromkeys(off.values()):
        steps = [f'"{step}"' for step, chosen_by in off.items() if chosen_by == who]
        listed = ", ".join(steps[:-1]) + " and " + steps[-1] if len(steps) > 1 else steps[0]
        parts.append(f"{listed}: decided by the {who}, which {_went(DECIDERS[who], t)}")  # type: ignore[index]
    return Finding(label, False, f"At {name}, {DECIDER_AT[t]}. Look again at {'; '.join(parts)}.")


def _review_timing(redesign: Redesign, t: int, name: str) -> Finding:
    label = "when the community comes in"
    if redesign.community_joins is None:
        return Finding(label, False, "Choose when the community comes in.", missing=True)
    fits = TIMINGS[redesign.community_joins]
    if t in fits:
        return Finding(label, True, f"At {name}, {TIMING_AT[t]}; coming in {redesign.community_joins} does that.")
    return Finding(label, False, f"At {name}, {TIMING_AT[t]}. Coming in {redesign.community_joins} "
                   f"{_went(fits, t)}.")


def _review_share(redesign: Redesign, t: int, name: str) -> Finding:
    label = "resources for community participation"
    if redesign.community_share is None:
        return Finding(label, False, "Give the share of the process budget for community participation.",
                       missing=True)
    low, high = share_range(t)
    use = SPECTRUM[t].resources.community_use
    if low <= redesign.community_share <= high:
        return Finding(label, True, f"{redesign.community_share:g}% is within the {low}-{high}% the spectrum "
                       f"gives {use} at {name}.")
    advice = (f"At {name} the spectrum gives about {low}-{high}% of resources to {use}; this redesign "
              f"gives {redesign.community_share:g}%.")
    if 0 < redesign.community_share <= 1:
        advice += " Write the share as a percent: 0.5 means half of one percent, 50 means half."
    return Finding(label, False, advice)


def _review_activity(redesign: Redesign, t: int, name: str) -> Finding:
    label = "how the community takes part"
    if redesign.activity is None:
        return Finding(label, False, "Choose the main way the community takes part.", missing=True)
    at = ACTIVITIES[redesign.activity]
    if at == t:
        return Finding(label, True, f'"{redesign.activity}" is typical of {name}.')
    return Finding(label, False, f'"{redesign.activity}" is typical of {SPECTRUM[at].stance}, '
                   f"not {name}. Pick an activity typical of {name} from the spectrum table.")


def reaches_one_step_up(current: DecisionProcess, redesign: Redesign) -> bool:
    """True when every part of the redesign fits the level one step above the current process."""
    return all(finding.met for finding in review_redesign(current, redesign))


def read_redesign(current: DecisionProcess, answer: object) -> Redesign:
    """A Redesign from a DecisionProcess or a dict of parts; ``...`` or None leaves a part unchosen.

    ``decided_by`` may be one option for every step or a dict of step name -> option.
    Raises ValueError naming every part it cannot read and how to fix it.
    """
    if isinstance(answer, Redesign):
        answer = answer.to_dict()  # read again, so every part is checked and made canonical
    if isinstance(answer, DecisionProcess):
        if answer.step_names != current.step_names:
            raise ValueError(f"Keep the same steps as the current process: {', '.join(current.step_names)}.")
        answer = {"decided_by": {s.name: s.decided_by for s in answer.steps},
                  "community_joins": answer.community_joins, "community_share": answer.community_share,
                  "activity": answer.activity}
    if not isinstance(answer, Mapping):
        raise ValueError(f"Give the redesign as a dictionary of its parts, but this is a {type(answer).__name__}.")
    known = ("decided_by", "community_joins", "community_share", "activity")
    unknown = [str(key) for key in answer if key not in known]
    if unknown:
        raise ValueError(f"These are not parts of a redesign: {', '.join(unknown)}. Use: {', '.join(known)}.")
    problems: list[str] = []

    def read(key: str, parse: Callable[[object], Any]) -> Any:
        value = answer.get(key)
        if value is None or value is Ellipsis or (isinstance(value, str) and not value.strip()):
            return None
        try:
            return parse(value)
        except ValueError as error:
            problems.append(str(error))
            return None

    deciders = _read_deciders(current, answer.get("decided_by"), problems)
    parts = Redesign(deciders, read("community_joins", timing), read("community_share", share),
                     read("activity", activity))
    if problems:
        raise ValueError(" ".join(problems))
    return parts


def _read_deciders(current: DecisionProcess, value: object, problems: list[str]) -> dict[str, str | None]:
    empty = dict.fromkeys(current.step_names)
    if value is None or value is Ellipsis:
        return empty
    if not isinstance(value, Mapping):
        value = dict.fromkeys(current.step_names, value)
    unknown = [str(key) for key in value if key not in empty]
    if unknown:
        problems.append(f"These are not steps of this process: {', '.join(unknown)}. "
                        f"The steps are: {', '.join(current.step_names)}.")
    chosen: dict[str, str | None] = dict(empty)
    for name in current.step_names:
        who = value.get(name)
        if who is None or who is Ellipsis or (isinstance(who, str) and not who.strip()):
            continue
        try:
            chosen[name] = decider(who)
        except ValueError as error:
            problems.append(f'Step "{name}": {error}')
    return chosen


def options() -> str:
    """The choices for each part of a redesign, in plain text."""
    return (
        f"Who decides (each step): {_options(DECIDERS)}\n"
        f"When the community comes in: {_options(TIMINGS)}\n"
        "Community share: a percent from 0 to 100\n"
        f"Main activity: {_options(sorted(ACTIVITIES))}"
    )
