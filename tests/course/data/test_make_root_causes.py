"""Are Module 09's partner priorities and draft agenda reproducible, consistent with the
partners table, and built so each pandas step the exercise asks for makes a difference?"""

from __future__ import annotations

import pandas as pd

from grader.course.data import NOTE, load, load_partners, make_root_causes
from grader.domain.policy_agenda import CPBO, alignment, missing_from_agenda


def tables() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    return load("campaign_priorities"), load("policy_agenda"), load_partners()


def test_the_maker_has_a_fixed_seed_and_makes_only_its_own_two_tables():
    assert isinstance(make_root_causes.SEED, int)
    assert make_root_causes.build() == make_root_causes.build(make_root_causes.SEED)
    assert set(make_root_causes.build()) == {"campaign_priorities", "policy_agenda"}


def test_the_seed_shuffles_the_rows_but_not_what_they_say():
    def content(seed: int) -> list[tuple]:
        rows = make_root_causes.build(seed)["campaign_priorities"]
        return sorted(tuple(v for k, v in row.items() if k != "priority_id") for row in rows)

    other = make_root_causes.build(make_root_causes.SEED + 1)
    assert other != make_root_causes.build()
    assert content(make_root_causes.SEED + 1) == content(make_root_causes.SEED)


def test_both_tables_are_labeled_synthetic():
    priorities, agenda, _ = tables()
    assert priorities.attrs["note"] == agenda.attrs["note"] == NOTE


def test_every_partner_is_in_the_partners_table_with_one_priority_per_rank():
    priorities, _, partners = tables()
    assert set(priorities["partner_id"]) <= set(partners["partner_id"])
    assert priorities["priority_id"].is_unique
    assert not priorities.duplicated(["partner_id", "rank"]).any()
    assert set(priorities["rank"]) == {1, 2, 3}
    assert set(priorities["status"]) == {"active", "won", "paused"}


def test_the_agenda_lists_each_policy_once_and_each_policy_keeps_one_theme():
    priorities, agenda, _ = tables()
    assert agenda["policy"].is_unique and agenda["item_id"].is_unique
    both = pd.concat([priorities[["policy", "theme"]], agenda[["policy", "theme"]]]).drop_duplicates()
    assert both["policy"].is_unique


def test_priorities_come_from_power_building_organizations_and_from_other_partners():
    priorities, _, partners = tables()
    kinds = set(priorities.merge(partners, on="partner_id")["type"])
    assert CPBO in kinds and len(kinds) >= 3


def test_forgetting_the_status_filter_or_the_partner_filter_changes_the_ranking():
    priorities, agenda, partners = tables()
    right = alignment(agenda, priorities, partners)["points"].tolist()
    every_status = priorities.assign(status="active")
    every_partner = partners.assign(type=CPBO)
    assert alignment(agenda, every_status, partners)["points"].tolist() != right
    assert alignment(agenda, priorities, every_partner)["points"].tolist() != right


def test_the_ranking_has_ties_and_policies_no_partner_backs():
    priorities, agenda, partners = tables()
    ranked = alignment(agenda, priorities, partners)
    backed = ranked[ranked["points"] > 0]
    assert backed["points"].duplicated().any()
    assert (ranked["points"] == 0).sum() >= 3
    assert 0 < len(missing_from_agenda(agenda, priorities, partners)) < len(agenda)


def test_the_gaps_include_a_partner_priority_about_power_itself():
    priorities, agenda, partners = tables()
    assert "Protect tenants who organize" in missing_from_agenda(agenda, priorities, partners)
