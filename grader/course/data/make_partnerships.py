"""Riverbend County's partners, agencies and campaigns (Module 01), derived from the world.

Every row comes from ``course/world.toml`` (``grader.course.world``); nothing here is random,
so ``SEED`` changes nothing and is kept only because every maker has one. Riverbend County is
fictional: every name and number is invented.

- ``partners``: every organization with a ``data_id`` (its ``partner_id``), with its kind,
  neighborhood, relationship stage with the department and members;
- ``agencies``: the county and city agencies (not the elected or appointed bodies);
- ``campaigns``: every campaign, one row each, with its owner (``partner_id``), the agency or
  body it targets (``target_agency_id``: an ``agencies`` id, or the world id of the governing
  body or of the health department), its one status and the year it started.
"""

from __future__ import annotations

from typing import Any

from grader.course.data import place_label
from grader.course.world import World, load_world

SEED = 2021


def partner_rows(world: World) -> list[dict[str, Any]]:
    return [
        {"partner_id": org.data_id, "name": org.name, "type": org.kind,
         "neighborhood": place_label(world, org.neighborhood),
         "relationship_stage": org.relationship_stage, "members": org.members}
        for org in world.organizations if org.data_id is not None
    ]


def campaign_rows(world: World) -> list[dict[str, Any]]:
    rows = []
    for number, campaign in enumerate(world.campaigns, start=1):
        owner = world.organization(campaign.owner)
        if owner.data_id is None:
            raise ValueError(f'Campaign "{campaign.id}" is run by "{owner.id}", which has no data_id. '
                             "Give the organization a data_id in course/world.toml.")
        rows.append({"campaign_id": f"C{number:03d}", "partner_id": owner.data_id,
                     "campaign": campaign.name, "target_agency_id": campaign.target,
                     "status": campaign.status, "started": campaign.start})
    return rows


def build(seed: int = SEED) -> dict[str, list[dict[str, Any]]]:
    """The three tables as lists of rows (the seed is unused: the world fixes every value)."""
    world = load_world()
    agencies = [{"agency_id": agency.id, "agency": agency.name, "government": agency.government}
                for agency in world.agencies if agency.kind == "agency"]
    return {"partners": partner_rows(world), "agencies": agencies, "campaigns": campaign_rows(world)}
