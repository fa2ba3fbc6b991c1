"""Riverbend County's planned community processes (Module 03): synthetic, fixed seed.

Two processes a department plans to run with residents, each with its participants (by
language, children needing care, transport), its meetings and the unit costs of paid
participation. ``food-grants`` (setting food-access grant priorities) is the module's
practice; ``home-visits`` (choosing neighborhoods for an asthma home-visit program) is
exercise ex03's. Every name and number is invented; the neighborhoods come from the world
(``course/world.toml``).
"""

from __future__ import annotations

import random
from typing import Any

from grader.course.data import place_label
from grader.course.world import World, load_world

SEED = 2018

# process -> residents per language, and department staff who attend
PEOPLE = {
    "food-grants": ({"English": 7, "Spanish": 4, "Hmong": 1}, 2),
    "home-visits": ({"English": 12, "Spanish": 6, "Vietnamese": 4, "American Sign Language": 2}, 3),
}

# process -> meetings as (weekday, start, hours, topic); some fall in working hours on purpose
MEETINGS = {
    "food-grants": [
        ("Tuesday", "18:00", 2, "Getting to know each other"),
        ("Wednesday", "13:00", 2, "What makes healthy food hard to get"),
        ("Saturday", "10:00", 3, "Shaping the grant options"),
        ("Thursday", "18:30", 2, "Reviewing the draft priorities"),
    ],
    "home-visits": [
        ("Monday", "18:00", 2, "Getting to know each other"),
        ("Thursday", "10:00", 2, "What the criteria should be"),
        ("Saturday", "11:00", 3, "Walking the neighborhoods together"),
        ("Tuesday", "16:00", 2, "Drawing up the shortlist"),
        ("Wednesday", "18:00", 2, "Choosing the neighborhoods"),
        ("Sunday", "14:00", 2, "Planning the first year together"),
    ],
}

UNIT_COSTS = [
    ("stipend", "per community participant, per meeting", 50),
    ("interpretation", "per language, per meeting", 200),
    ("childcare", "per child, per meeting", 30),
    ("meals", "per person attending, per meeting", 12),
    ("transport", "per community participant who needs a ride, per meeting", 10),
]


def _participants(rng: random.Random, process: str, world: World) -> list[dict[str, Any]]:
    """Residents live in one of the city's neighborhoods; staff come from the department's
    headquarters. Both come from the world."""
    neighborhoods = [place.name for place in world.places if place.kind == "neighborhood"]
    office = place_label(world, world.department.headquarters)
    languages, staff = PEOPLE[process]
    spoken = [lang for lang, count in languages.items() for _ in range(count)]
    rng.shuffle(spoken)
    prefix = "".join(word[0] for word in process.split("-")).upper()
    rows = []
    for number, language in enumerate(spoken + ["English"] * staff, start=1):
        resident = number <= len(spoken)
        rows.append(
            {
                "process": process,
                "participant_id": f"{prefix}{number:02d}",
                "role": "resident" if resident else "department staff",
                "neighborhood": rng.choice(neighborhoods) if resident else office,
                "language": language,
                "children_needing_care": rng.choice([0, 0, 0, 1, 1, 2, 3]) if resident else 0,
                "needs_transport": resident and rng.random() < 0.4,
            }
        )
    return rows


def build(seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    """The three tables as lists of rows, made with a fixed seed."""
    rng = random.Random(seed)
    world = load_world()
    participants = [row for process in PEOPLE for row in _participants(rng, process, world)]
    meetings = [
        {"process": process, "meeting_id": f"{process.split('-')[0][0].upper()}M{n}", "weekday": day,
         "start": start, "hours": hours, "topic": topic}
        for process, planned in MEETINGS.items()
        for n, (day, start, hours, topic) in enumerate(planned, start=1)
    ]
    unit_costs = [{"cost_type": kind, "unit": unit, "unit_cost": cost} for kind, unit, cost in UNIT_COSTS]
    return {
        "process_participants": participants,
        "process_meetings": meetings,
        "participation_unit_costs": unit_costs,
    }
