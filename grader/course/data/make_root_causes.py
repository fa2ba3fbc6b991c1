"""Riverbend partners' policy priorities and the department's draft policy agenda (Module 09).

Derived from the world (``course/world.toml``); every name is invented. Two tables:

``campaign_priorities``: each partner organization's top policy priorities (an organization's
``priorities`` in the world), ranked 1 (first) to 3, with the policy's theme (the campaign's
issue) and the campaign's one status (active, won, lost or paused). Partners are the
``partners`` table's ``partner_id``s; some are community power-building organizations, some
are not.

``policy_agenda``: the health department's draft policy agenda, one row per campaign it plans to
champion, written before it asked its partners (``AGENDA`` below: the draft is the
department's, not a fact of the world).

The seed only shuffles the order of the priority rows. The priorities are built so that
forgetting a filter (status, or partner type) or leaving out policies with no backing gives a
visibly different answer.
"""

from __future__ import annotations

import random
from typing import Any

from grader.course.world import load_world

SEED = 2609

# the department's draft, in the order staff wrote it down: world campaign ids
AGENDA = [
    "lead-mold-grants",
    "safety-training",
    "rental-inspections",
    "corner-stores",
    "heat-standard",
    "smoke-free",
    "right-to-counsel",
    "paid-sick-days",
    "min-wage",
    "just-cause",
    "labor-enforcement",
]


def build(seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    """The two tables as lists of rows; the seed shuffles the order of the priority rows."""
    world = load_world()
    rows = [(org.data_id, rank, campaign)
            for org in world.organizations if org.data_id is not None
            for rank, campaign in enumerate(world.priorities_of(org.id), start=1)]
    random.Random(seed).shuffle(rows)
    priorities = [
        {"priority_id": f"PR{number:02d}", "partner_id": partner, "rank": rank, "policy": campaign.name,
         "theme": campaign.issue, "status": campaign.status}
        for number, (partner, rank, campaign) in enumerate(rows, start=1)
    ]
    agenda = [
        {"item_id": f"A{number:02d}", "policy": world.campaign(cid).name, "theme": world.campaign(cid).issue}
        for number, cid in enumerate(AGENDA, start=1)
    ]
    return {"campaign_priorities": priorities, "policy_agenda": agenda}
