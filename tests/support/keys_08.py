"""Module 08's right answers in plain text, for tests only.

The catalog (``grader/checks/catalog/internal_policies.py``) holds only digests of these; the
tests in ``tests/checks/catalog/test_internal_policies.py`` prove the two agree. To change an answer, change
it here, run ``python -m tests.support.keys_08`` and paste the digests it prints into the catalog.
The equity reviews (08.review, ex08.review) are scored by rubric and have no key;
``good_review()`` gives one that meets every rubric line.
"""

from __future__ import annotations

CHOICES: dict[str, str] = {
    "08.values": "a",
    "08.start": "c",
    "08.participation": "b",
}

# statement id -> the equity question (its field in EquityReview) the statement answers
STATEMENTS: dict[str, dict[str, str]] = {
    "08.statements": {
        "P1": "data",
        "P2": "benefits_and_burdens",
        "P3": "desired_results",
        "P4": "communication",
    },
    "ex08.statements": {
        "S1": "data",
        "S2": "accountability",
        "S3": "desired_results",
        "S4": "community_engagement",
        "S5": "benefits_and_burdens",
        "S6": "implementation",
    },
}

COUNTS: dict[str, dict[str, int]] = {
    # fiscal year 2024 contracts that pay invoices within 30 days, per kind of partner
    "08.prompt_payment": {
        "for-profit vendor": 3,
        "large nonprofit": 2,
        "small community organization": 1,
        "university": 1,
    },
    # fiscal year 2025: how many contracts do not meet each term of the course's rubric
    "ex08.missing_terms": {
        "pays_partners_for_time": 7,
        "plain_language_reports": 4,
        "shares_data_back": 7,
        "local_hire_pct": 6,
        "payment_days": 7,
        "accessible_materials": 7,
        "languages_offered": 9,
    },
}

# fiscal year 2025 scores with the course's rubric, highest first, ties A to Z
SCORES: dict[str, dict[str, int]] = {
    "ex08.scores": {
        "Worker heat safety training": 80,
        "Vaccine clinic staffing": 65,
        "Southgate family navigation": 60,
        "Eastside asthma home visits": 50,
        "Health data dashboard": 50,
        "Disability access review": 45,
        "Food access program": 45,
        "Lead poisoning outreach": 45,
        "Mill Flats heat outreach": 45,
        "Appointment call center": 40,
        "Community health worker program": 35,
        "Countywide health survey": 35,
        "Youth clean air survey": 15,
    },
}

RUBRIC_CHECKS: tuple[str, ...] = ("08.review", "ex08.review")


def digests() -> dict[str, dict[str, str]]:
    """Every digest the catalog should hold for module 08, by check id and item."""
    from grader.checks.hashing import digest

    out: dict[str, dict[str, str]] = {}
    for check_id, letter in CHOICES.items():
        out[check_id] = {"choice": digest(check_id, "choice", letter)}
    for table in (STATEMENTS, COUNTS, SCORES):
        for check_id, items in table.items():
            out[check_id] = {item: digest(check_id, item, value) for item, value in items.items()}
    return out


def good_review():
    """A review of the practice hiring policy that meets every rubric line."""
    from grader.domain.equity_review import HIRING_POLICY, EquityReview

    return EquityReview(
        policy=HIRING_POLICY.name,
        kind=HIRING_POLICY.kind,
        desired_results="By 2027, at least half of our community health workers live in the "
        "neighborhoods they serve and speak the languages families there speak.",
        data="We broke down the last three years of applicants and hires by race, ethnicity, "
        "neighborhood and language: most hires came from North Bluff, and none spoke Hmong.",
        community_engagement="Six community health workers and members of Unidos Riverbend "
        "reviewed the policy with us in two evening workshops, paid $50 an hour, with childcare.",
        benefits_and_burdens="Applicants with degrees benefit from the policy as written; residents "
        "with deep community ties but no degree are shut out, and families lose workers they trust.",
        implementation="The Human Resources manager will rewrite the job posting by March, with "
        "$5,000 for training the interview panels.",
        accountability="Every quarter, Human Resources reports to the community advisory board how "
        "many hires live in the neighborhoods they serve.",
        communication="We will share the new rules in plain language, in English, Spanish and Hmong, "
        "at staff meetings and in partners' newsletters.",
    )


def ranked(scores: dict[str, int]):
    """A table of contract scores as the exercise asks: highest first, ties A to Z."""
    import pandas as pd

    rows = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return pd.DataFrame(rows, columns=["contract", "score"])


if __name__ == "__main__":
    import pprint

    pprint.pprint(digests(), width=100, sort_dicts=False)
