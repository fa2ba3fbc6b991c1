"""Riverbend County's partners, agencies and campaigns (Module 01): synthetic, fixed seed."""

from __future__ import annotations

import random
from typing import Any

SEED = 2021

NEIGHBOURHOODS = ["Eastside", "Mill Flats", "North Bluff", "Riverside", "Southgate", "West End"]

PARTNERS = [
    ("Eastside Tenants Union", "community power-building organization"),
    ("Riverbend Worker Center", "community power-building organization"),
    ("Youth Voices for Clean Air", "community power-building organization"),
    ("Southgate Families United", "community power-building organization"),
    ("Mill Flats Neighbors in Action", "community power-building organization"),
    ("Unidos Riverbend", "community power-building organization"),
    ("First Street Congregations Together", "faith-based organization"),
    ("North Bluff Interfaith Council", "faith-based organization"),
    ("Riverbend Food Bank", "service provider"),
    ("West End Community Clinic", "service provider"),
    ("Bright Start Child Care Network", "service provider"),
    ("Riverside Neighborhood Association", "neighborhood association"),
    ("Southgate Block Club", "neighborhood association"),
    ("Healthy Homes Alliance", "advocacy nonprofit"),
    ("Riverbend Disability Justice Collective", "community power-building organization"),
    ("Riverbend Chamber of Commerce", "business association"),
]

STAGES = ["not yet met", "introduced", "one-to-one held", "working together", "trusted partner"]

AGENCIES = [
    ("AG01", "Housing Authority", "county"),
    ("AG02", "Department of Transportation", "county"),
    ("AG03", "Planning and Zoning", "city"),
    ("AG04", "Parks and Recreation", "city"),
    ("AG05", "School District", "county"),
    ("AG06", "Economic Development Office", "city"),
    ("AG07", "Environmental Quality Division", "county"),
    ("AG08", "Office of Labor Standards", "city"),
    ("AG09", "Sheriff's Office", "county"),
    ("AG10", "Water Utility", "city"),
]

CAMPAIGN_TOPICS = {
    "AG01": ["Stop no-fault evictions", "Fix mould in public housing", "Tenant right to counsel"],
    "AG02": ["Safe crossings near schools", "Free bus passes for youth", "Bus shelters with shade"],
    "AG03": ["No new warehouses near homes", "Affordable housing on public land"],
    "AG04": ["Reopen the Eastside pool", "Shade trees in every park"],
    "AG05": ["Clean air filters in classrooms", "School-based health centres", "Free school meals"],
    "AG06": ["Local hiring on county contracts", "Community land trust funding"],
    "AG07": ["Air monitors near the rail yard", "Close the Mill Flats incinerator", "Heat plan for outdoor work"],
    "AG08": ["Enforce the minimum wage", "Paid sick days for all workers", "Heat protection for warehouse workers"],
    "AG09": ["End jail fees for families", "Crisis response without police"],
    "AG10": ["Lead pipe replacement", "Stop water shut-offs"],
}

STATUSES = ["active", "active", "active", "won", "paused", "ended"]


def build(seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    """The three tables as lists of rows, made with a fixed seed."""
    rng = random.Random(seed)
    partners = []
    for number, (name, kind) in enumerate(PARTNERS, start=1):
        partners.append(
            {
                "partner_id": f"P{number:02d}",
                "name": name,
                "type": kind,
                "neighborhood": rng.choice(NEIGHBOURHOODS),
                "relationship_stage": rng.choice(STAGES),
                "members": rng.randrange(40, 1200, 10),
            }
        )
    agencies = [
        {"agency_id": agency_id, "agency": name, "government": level}
        for agency_id, name, level in AGENCIES
    ]
    weights = [8, 3, 4, 1, 5, 2, 7, 6, 2, 3]
    campaign_makers = [p for p in partners if p["type"] != "business association"]
    campaigns = []
    for number in range(1, 45):
        (agency_id,) = rng.choices([a[0] for a in AGENCIES], weights=weights)
        partner = rng.choice(campaign_makers)
        campaigns.append(
            {
                "campaign_id": f"C{number:03d}",
                "partner_id": partner["partner_id"],
                "campaign": rng.choice(CAMPAIGN_TOPICS[agency_id]),
                "target_agency_id": agency_id,
                "status": rng.choice(STATUSES),
                "started": rng.randrange(2019, 2027),
            }
        )
    return {"partners": partners, "agencies": agencies, "campaigns": campaigns}
