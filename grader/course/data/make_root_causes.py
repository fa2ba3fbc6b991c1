"""Riverbend partners' policy priorities and the department's draft policy agenda (Module 09).

Synthetic, fixed seed; every name and number is invented. Two tables:

``campaign_priorities``: each partner organization's top three policy priorities, ranked 1
(first) to 3, with the policy's theme and whether the campaign for it is still active (or won,
or paused). Partners are the ``partners`` table's ``partner_id``s; some are community
power-building organizations, some are not.

``policy_agenda``: the health department's draft policy agenda, one row per policy it plans to
champion, written before it asked its partners.

The seed only shuffles the order of the priority rows, so the content is fixed by hand: it is
built so that forgetting a filter (status, or partner type) or leaving out policies with no
backing gives a visibly different answer.
"""

from __future__ import annotations

import random
from typing import Any

SEED = 2609

# (partner_id, rank, policy, theme, status)
PRIORITIES = [
    ("P01", 1, "Just-cause eviction protections", "housing", "active"),
    ("P01", 2, "Protect tenants who organize", "housing", "active"),
    ("P01", 3, "Proactive rental inspections", "housing", "active"),
    ("P02", 1, "Worker-led enforcement of labour standards", "work", "active"),
    ("P02", 2, "Heat standard for indoor and outdoor work", "work", "active"),
    ("P02", 3, "Paid sick days for all workers", "work", "won"),
    ("P03", 1, "Air monitors near the rail yard", "environment", "active"),
    ("P03", 2, "Close the Mill Flats incinerator", "environment", "active"),
    ("P03", 3, "Free bus passes for youth", "transport", "active"),
    ("P04", 1, "Raise the county minimum wage", "work", "active"),
    ("P04", 2, "Tenant right to counsel", "housing", "active"),
    ("P04", 3, "Proactive rental inspections", "housing", "paused"),
    ("P05", 1, "Close the Mill Flats incinerator", "environment", "active"),
    ("P05", 2, "Lead and mould removal grants", "housing", "active"),
    ("P05", 3, "Just-cause eviction protections", "housing", "active"),
    ("P06", 1, "Heat standard for indoor and outdoor work", "work", "active"),
    ("P06", 2, "Just-cause eviction protections", "housing", "active"),
    ("P06", 3, "Raise the county minimum wage", "work", "active"),
    ("P15", 1, "Accessible bus stops", "transport", "active"),
    ("P15", 2, "Crisis response without police", "public safety", "active"),
    ("P15", 3, "Tenant right to counsel", "housing", "active"),
    ("P09", 1, "Healthy corner stores", "food", "active"),
    ("P09", 2, "Free school meals", "food", "active"),
    ("P09", 3, "Paid sick days for all workers", "work", "won"),
    ("P14", 1, "Smoke-free apartment buildings", "housing", "active"),
    ("P14", 2, "Lead and mould removal grants", "housing", "active"),
    ("P14", 3, "Proactive rental inspections", "housing", "active"),
    ("P16", 1, "Cut business permit fees", "business", "active"),
    ("P16", 2, "Workplace safety training", "work", "active"),
    ("P16", 3, "Healthy corner stores", "food", "active"),
]

# (policy, theme): the department's draft, in the order staff wrote it down
AGENDA = [
    ("Lead and mould removal grants", "housing"),
    ("Workplace safety training", "work"),
    ("Proactive rental inspections", "housing"),
    ("Healthy corner stores", "food"),
    ("Heat standard for indoor and outdoor work", "work"),
    ("Smoke-free apartment buildings", "housing"),
    ("Tenant right to counsel", "housing"),
    ("Paid sick days for all workers", "work"),
    ("Raise the county minimum wage", "work"),
    ("Just-cause eviction protections", "housing"),
    ("Worker-led enforcement of labour standards", "work"),
]


def build(seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    """The two tables as lists of rows; the seed shuffles the order of the priority rows."""
    rows = list(PRIORITIES)
    random.Random(seed).shuffle(rows)
    priorities = [
        {"priority_id": f"PR{number:02d}", "partner_id": partner, "rank": rank, "policy": policy,
         "theme": theme, "status": status}
        for number, (partner, rank, policy, theme, status) in enumerate(rows, start=1)
    ]
    agenda = [
        {"item_id": f"A{number:02d}", "policy": policy, "theme": theme}
        for number, (policy, theme) in enumerate(AGENDA, start=1)
    ]
    return {"campaign_priorities": priorities, "policy_agenda": agenda}
