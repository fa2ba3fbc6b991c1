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
            ("a", "It is simpler: one partner means fewer meetings for the department's staff"),
            ("b", "The parts build on each other: trust from the one-to-ones lets that partner steer "
             "which data is shared and which policy is backed, and hold the department to account"),
            ("c", "The partner signs off at the end, once the department has written every part"),
        ),
        {
            "a": "Saving staff time is not the reason the guide gives. Its reasons are about trust, "
            "power and accountability to the people most affected.",
            "b": "The practices reinforce each other: relationships come first, and a power-building "
            "partner can guide the department's data and policy work and help hold it accountable.",
            "c": "Asking for approval of a finished plan is closer to Inform or Consult on the spectrum. "
            "The guide asks departments to be guided by communities from the start.",
        },
        "4a8143ec11b3f1388bd6",
    )
)

choice_question(
    ChoiceQuestion(
        "10.pace",
        "At the speed of trust",
        "Your timeline starts with the department at Consult with Southgate Families United, a group "
        "it has only just met. Which aim for the year fits the guide's advice?",
        (
            ("a", "Jump to Defer To by month 2, handing the group decisions before any trust is built"),
            ("b", "Leave the relationship where it is until the group asks the department for something"),
            ("c", "Aim one step up, for Involve, starting with one-to-ones and turning up at the group's events"),
        ),
        {
            "a": "The guide asks departments to move at the speed of trust: relationships with the "
            "communities most harmed by injustice take time, and a leap skips that work.",
            "b": "The guide asks departments to assess where they are on the spectrum and what they can "
            "do to move further, rather than wait to be asked.",
            "c": "Taking the next step, built on one-to-ones and on showing up for the group's own "
            "events, follows the guide: assess where you are, then move at the speed of trust.",
        },
        "ba8a7d8415f5813accd1",
    )
)

department_plan_review("10.department_plan", title="Department plan: is every part there?")

# ---- exercise 10 (graded by nbgrader; the self-check names what is still missing) ----

department_plan_review("ex10.parts", title="Every part is filled in", areas=("parts",), graded=True)
department_plan_review("ex10.partners", title="Community partners named", areas=("partners",), graded=True)
department_plan_review("ex10.timeline", title="A timeline for every part", areas=("timeline",), graded=True)
department_plan_review("ex10.safeguards", title="Accountability and data safeguards", areas=("safeguards",),
                       graded=True)
