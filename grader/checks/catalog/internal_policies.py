"""Module 08 Change Internal Policies and Practices: practice checks and exercise 08.

Facts: the course design (DESIGN §4, Change Internal Policies and Practices, and the Racial
Equity Toolkit of the Government Alliance on Race and Equity, 2016), because the guide's own
page was not available; Share Power with Communities (Human Impact Partners, Health Equity
Guide, last updated September 11, 2018); Build Strategic Partnerships and Support Community
Power-Building (same guide, newer edition). The review rubric and the contract rubric are
this course's own (grader.domain.equity_review, grader.domain.contract_terms). Riverbend
County's policies, contracts and data are fictional.
"""

from grader.checks.choice import ChoiceQuestion, choice_question
from grader.checks.contract_terms import contract_ranking
from grader.checks.equity_review import Statement, equity_review, statement_matches
from grader.checks.tables import group_counts

choice_question(
    ChoiceQuestion(
        "08.values",
        "Policies carry values",
        "Riverbend's rule for hiring community health workers requires a bachelor's degree. It gives "
        "no credit for lived experience in the community or for speaking families' languages. "
        "Which first step does the most?",
        (
            ("a", "Rewrite the hiring rule so that it credits lived experience and the languages "
             "families speak"),
            ("b", "Add a session on cultural humility to the yearly equity training for the workers' "
             "supervisors"),
            ("c", "Post a note on the jobs page welcoming applicants from every neighborhood and "
             "language group"),
        ),
        {
            "a": "Written rules carry values. This one rewards degrees and ignores knowledge of the "
            "community, so changing it changes who gets hired.",
            "b": "Training changes what staff know. The written requirement still screens out the "
            "same applicants every time a job opens.",
            "c": "A welcome says what the department hopes for. The people it welcomes still meet a "
            "requirement that screens many of them out.",
        },
        "4a0f67fad4d76cc8ff6f",
    )
)

choice_question(
    ChoiceQuestion(
        "08.start",
        "Where to start",
        "Your department has staff time for one internal policy change this year, and the director "
        "wants something to show at the budget hearing. Which change does this practice point to?",
        (
            ("a", "Rewrite the asthma program's intake forms in plain language, in three languages, "
             "as families have asked"),
            ("b", "Publish a new equity statement on the department's website in time for the budget "
             "hearing"),
            ("c", "Change how the department scores contracts and how fast it pays them, in every "
             "division"),
        ),
        {
            "a": "Plain forms in three languages help the families in one program. The practice looks "
            "first for a change whose reach runs across the whole department.",
            "b": "A statement says what the department hopes for. The written rules it runs on decide "
            "what happens, and a statement changes none of them.",
            "c": "Contracting and finance are backbone systems that cut across the department, so one "
            "change there reaches many programs and partners at once.",
        },
        "1874ba84b05f54ea8710",
    )
)

choice_question(
    ChoiceQuestion(
        "08.participation",
        "Making room to take part",
        "The department invites residents to review its grant rules at weekday afternoon meetings, "
        "unpaid, in English only. Few come. The review has a budget of $3,000. What does Share Power "
        "with Communities suggest?",
        (
            ("a", "Put the review online as a form, open for a month, so people can answer whenever "
             "it suits them"),
            ("b", "Spend it on paying residents for their time, evening meetings, interpretation and "
             "child care"),
            ("c", "Ask each partner organization to send one representative to the afternoon "
             "meetings instead"),
        ),
        {
            "a": "A form removes the trip, but it still asks for unpaid work in English, and it turns "
            "a review into a survey with no discussion.",
            "b": "The barriers here are the hour, the lack of pay and the language. The guide asks "
            "departments to put resources behind communities' part in their decisions.",
            "c": "Representatives can help, but the barriers that kept residents away (the hour, no "
            "pay, one language) would still keep most of them out.",
        },
        "df176b7dae4dd078f4d6",
    )
)

statement_matches(
    "08.statements",
    "Which question does it answer?",
    (
        Statement("P1", "In 2024, 80% of mini-grant dollars went to groups in North Bluff and "
                  "Riverside, where household incomes are highest; groups in Mill Flats received none.",
                  "It reports what the records show today, broken down by neighborhood and income.",
                  "Ask: is this about what should happen, or about what is true now, and how do we know?"),
        Statement("P2", "Large nonprofits with paid grant writers gain most from the 25-page "
                  "application, while volunteer-run groups spend their evenings on it and often give up.",
                  "It names who gains from the rule as written and who pays for it in time and lost chances.",
                  "Ask: does it describe a target, a number, or who comes out ahead and who loses?"),
        Statement("P3", "The aim for 2026: at least half of mini-grant dollars go to groups led by "
                  "residents of the three neighborhoods with the highest asthma rates.",
                  "It sets a target: what should be different, for whom, and by when.",
                  "Ask: is this about the past, or about where the policy should lead?"),
        Statement("P4", "Every group that might apply should hear about the new rules in plain "
                  "language, in English, Spanish and Hmong, at each neighborhood association meeting "
                  "in March.",
                  "It says how, where and in which languages people will hear about the change.",
                  "Ask: is this about doing the work, answering for results, or telling people about it?"),
    ),
    {
        "P1": "c62e4a603e5e36aa1d7e",
        "P2": "1f261413d153c76be38f",
        "P3": "2b9d01ceeb5eaf89659e",
        "P4": "02b27377fca1e3e4ca62",
    },
)

equity_review("08.review")

group_counts(
    "08.prompt_payment",
    "Contracts paid within 30 days, 2024",
    {
        "for-profit vendor": "9786fee6a3b21f4d4d54",
        "large nonprofit": "379c0d90367b7a18d63f",
        "small community organization": "3a543e62e69ee6db9d7f",
        "university": "96fc825c8a19eec7f52f",
    },
    key_column="partner_kind",
    count_column="contracts",
    hint="Keep the fiscal year 2024 contracts, join their terms on contract_id, keep the rows "
    "whose payment_days is 30 or less (30 itself counts), then count rows per partner_kind.",
)

# ---- exercise 08 (graded by nbgrader; the self-check confirms the answer's form only) ----

equity_review("ex08.review", graded=True)

statement_matches(
    "ex08.statements",
    "Which question does it answer?",
    (
        Statement("S1", "In fiscal year 2025, small community organizations held 7 of the "
                  "department's 13 contracts but received only about 15 cents of every contract "
                  "dollar, and waited twice as long to be paid as for-profit vendors.",
                  "It reports what the records show today, broken down by kind of organization.",
                  "Ask: is this a target, or a finding about how things stand?"),
        Statement("S2", "Every quarter, the purchasing office will report to the community advisory "
                  "board how many contracts went to small community organizations and how fast they "
                  "were paid; the board can call for changes.",
                  "It says who answers for results, to whom, how often and measured how.",
                  "Ask: who reports to whom here, and what can they do about it?"),
        Statement("S3", "The goal, two years from now: small community organizations in Mill Flats and "
                  "Southgate hold at least a third of the department's outreach contracts.",
                  "It sets a target: what should be different, for whom, by when.",
                  "Ask: is this about today, or about where the change should lead?"),
        Statement("S4", "Eight members of Unidos Riverbend and Eastside Tenants Union, paid $50 an hour "
                  "with interpretation provided, co-wrote the new scoring criteria with the purchasing "
                  "office over three evening workshops.",
                  "It says who among the people affected shaped the policy, how, and how their time was paid for.",
                  "Ask: whose voices shaped this, and how?"),
        Statement("S5", "Large vendors that can wait 60 days to be paid keep winning contracts, while "
                  "small groups that cannot afford $2 million of insurance are shut out.",
                  "It names who comes out ahead under the rules as written and who is kept out.",
                  "Ask: does it describe a plan, a number, or who gains and who loses?"),
        Statement("S6", "The purchasing manager should switch to the new contract template on July 1, "
                  "with $15,000 for two training sessions for contract staff and an invoice system "
                  "that pays within 30 days.",
                  "It says who will put the change into practice, by when and with what resources.",
                  "Ask: is this about doing the work, answering for results, or telling people about it?"),
    ),
    {
        "S1": "011e5d0e21bea01e50a1",
        "S2": "eb8e8e072d886a157130",
        "S3": "62190bd946afb9c2408d",
        "S4": "52e6e1b7acbcf1686482",
        "S5": "db0b5447b42a8e0e72c8",
        "S6": "a2821a666af4bdf42c85",
    },
    graded=True,
)

contract_ranking(
    "ex08.scores",
    "Contract scores, fiscal year 2025",
    {
        "Worker heat safety training": "4a6787ca4d6e8b7db8f9",
        "Vaccine clinic staffing": "4b3a9e505b4606ef636b",
        "Southgate family navigation": "fdbf78f1a81139d60c84",
        "Eastside asthma home visits": "4b1073adb78f5b9917e1",
        "Health data dashboard": "27b6ae58b12d92245f71",
        "Disability access review": "980037774f4a9d0e215c",
        "Food access program": "c875468cce184ea25ec2",
        "Lead poisoning outreach": "79fdc82d4b46d85386e1",
        "Mill Flats heat outreach": "d45b2eaccd41a2219d35",
        "Appointment call center": "670e9e0c33aff4b6a57e",
        "Community health worker program": "97326874d368e3c191aa",
        "Countywide health survey": "f414603943f3903694c2",
        "Youth clean air survey": "ad4d570801a8d97ddc90",
    },
    score_hint="Use only the fiscal year 2025 contracts; a term earns its points when a yes/no "
    "column says \"yes\", or a number is at least (or, for payment_days, at most) its threshold. "
    "A value equal to the threshold counts.",
    graded=True,
)

group_counts(
    "ex08.missing_terms",
    "Terms missing from 2025 contracts",
    {
        "pays_partners_for_time": "56dc9a9b9b288c5617c2",
        "plain_language_reports": "62a93bbf0111e24be297",
        "shares_data_back": "7d426fd521fbb18689d1",
        "local_hire_pct": "2fff6bba7a8a90f9ca40",
        "payment_days": "b6dfee34c8a1d83f038d",
        "accessible_materials": "2be594825aff89d2ea0d",
        "languages_offered": "6b54e90f073a8c665aa4",
    },
    key_column="term",
    count_column="contracts_missing",
    hint="For each term's column, count the fiscal year 2025 contracts that do not meet it: "
    "\"no\" for a yes/no term, or a number on the wrong side of its threshold.",
    graded=True,
)
