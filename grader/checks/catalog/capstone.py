"""Module 10 Capstone: A Health Equity Plan for Your Department: practice checks and exercise 10.

Facts: the five full pages of the Health Equity Guide (Human Impact Partners), chiefly Build
Strategic Partnerships (move at the speed of trust; assess where you are on the Spectrum of
Community Engagement to Ownership and what would move you further; community power-building
organizations help establish accountability) and Support Community Power-Building (data for
partners' campaigns; accountability mechanisms); the Spectrum (Rosa González, Facilitating
Power, 2019); the small-count rules of the course design (DESIGN §4).

The choice keys are digests. The plan checks are completeness checks with no key: they say
what is there and what is missing, never what a good plan should choose.
"""

from grader.checks.choice import ChoiceQuestion, choice_question
from grader.checks.department_plan import department_plan_review

choice_question(
    ChoiceQuestion(
        "10.fit",
        "How the parts fit",
        "A colleague reads your draft plan and asks why the partnership, data, policy and "
        "accountability parts all name the same community power-building organization. Which "
        "answer fits the guide best?",
        (
            ("a", "Each part builds on the last: trust lets the partner steer data and policy work, "
             "and hold us to account"),
            ("b", "One partner keeps the plan simple: staff build one strong relationship rather than "
             "many weak ones"),
            ("c", "It is the largest group in the county, so its name on every part gives the whole plan "
             "the most public weight"),
        ),
        {
            "a": "The practices reinforce each other: relationships come first, and a power-building "
            "partner can guide the department's choices and help keep it answerable.",
            "b": "Saving staff effort is a real pull, but the guide never gives it as a reason. A plan "
            "built for convenience can leave the people most affected with no real say.",
            "c": "Size can help in public, but it is not why a plan gives one partner a role in "
            "several parts. Borrowed weight does not make the department answer to anyone.",
        },
        "92030c790f26c3a53b7f",
    )
)

choice_question(
    ChoiceQuestion(
        "10.pace",
        "At the speed of trust",
        "Your plan names the Riverbend Worker Center. Nobody at the department has met it, and its "
        "members' heat complaints in 2021 went unanswered. The director wants a signed partnership "
        "agreement within three months. What do you aim for?",
        (
            ("a", "Offer the agreement in month one, with a paid seat on the planning team, to show "
             "the department is serious"),
            ("b", "Wait for the center to contact the department, since it is wary and may not want "
             "to hear from the county"),
            ("c", "Mail the center the department's heat fact sheets and invite its members to the "
             "next public forum"),
            ("d", "Ask for one-to-ones, answer for the unanswered complaints, and aim for a first "
             "joint step this year"),
        ),
        {
            "a": "An offer this big, this early, skips the work of earning trust with a group the "
            "county has already let down. Relationships take time to build.",
            "b": "Waiting leaves the first move to a group the county let down. The guide asks "
            "departments to assess where they stand and act to move further.",
            "c": "Fact sheets and a forum invitation only inform. Sent to a wary group without "
            "listening first, they can read as the county talking past it again.",
            "d": "Listening first, and owning the old failure, builds trust. A modest first step "
            "moves at the speed of trust rather than the speed of a deadline.",
        },
        "01a7abb3dd591faf40cd",
    )
)

department_plan_review("10.department_plan", title="Department plan: is every part there?")

# ---- exercise 10 (graded by nbgrader; the self-check names what is still missing) ----

department_plan_review("ex10.parts", title="Every part is filled in", areas=("parts",), graded=True)
department_plan_review("ex10.partners", title="Community partners named", areas=("partners",), graded=True)
department_plan_review("ex10.timeline", title="A timeline for every part", areas=("timeline",), graded=True)
department_plan_review("ex10.safeguards", title="Accountability and data safeguards", areas=("safeguards",),
                       graded=True)
