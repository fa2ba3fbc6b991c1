"""DepartmentPlanBuilder: the capstone plan, pre-filled from saved work, checked, saved and exported.

A thin view over ``grader.domain.department_plan`` (the plan), ``grader.learner.department_plan_draft``
(the starting draft from earlier modules) and the completeness check. **Save my plan** keeps the
plan in the learner's store (``my-work/department-plan.json``, which the take-away plan reads)
and, when the builder has a ``folder`` (an exercise's assignment folder), also as
``department-plan.json`` there, where the graded cell reads it.
"""

from __future__ import annotations

import html
import time
from pathlib import Path

import ipywidgets as widgets

from grader.checks import check
from grader.domain.accountability import CADENCES, MECHANISMS, Commitment, PlanFileError
from grader.domain.department_plan import (
    MONTHS,
    PARTS,
    PLAN_FILE,
    STORE_NAME,
    DataSharing,
    DepartmentPlan,
    Milestone,
    OneToOnes,
    Partnership,
    PolicyAgenda,
)
from grader.domain.department_plan_markdown import milestone_text
from grader.domain.spectrum import SPECTRUM
from grader.learner.department_plan_draft import draft_from_saved_work, starting_plan
from grader.learner.store import LearnerStore
from grader.widgets.common import button, choice_box, feedback_area, note, record, show, text_area, text_box
from grader.widgets.list_editor import ListEditor

LABEL = {"description_width": "15em"}
CHOOSE_LEVEL = "Choose a level"


def _levels(label: str) -> widgets.Dropdown:
    return widgets.Dropdown(options=[(CHOOSE_LEVEL, None)] + [(lvl.label, lvl.number) for lvl in SPECTRUM],
                            value=None, description=label, style=LABEL)


def _heading(title: str, hint: str) -> widgets.HTML:
    return widgets.HTML(f"<h3>{html.escape(title)}</h3><p>{html.escape(hint)}</p>")


def _table(head: tuple[str, ...], rows: list[tuple[str, ...]], empty: str) -> str:
    if not rows:
        return f"<p><em>{html.escape(empty)}</em></p>"
    header = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in ("#", *head))
    body = "".join(f'<tr><th scope="row">{n}</th>' + "".join(f"<td>{html.escape(v or '-')}</td>" for v in row)
                   + "</tr>" for n, row in enumerate(rows, start=1))
    return f"<table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def commitments_table(commitments: list[Commitment]) -> str:
    return _table(("what", "owner", "answers to", "mechanism", "how often"),
                  [(c.action, c.owner, c.answers_to, c.mechanism, c.cadence) for c in commitments],
                  "No commitments yet. Fill in the fields and press Add commitment.")


def milestones_table(milestones: list[Milestone]) -> str:
    return _table(("month", "part", "what happens", "owner", "partner involved"),
                  [(str(m.month or "-"), m.part_label, m.action, m.owner, m.partner) for m in milestones],
                  "No milestones yet. Fill in the fields and press Add milestone.")


def notes_html(notes: list[str]) -> str:
    if not notes:
        return ""
    items = "".join(f"<li>{html.escape(item)}</li>" for item in notes)
    return f"<p><strong>Where this plan came from</strong></p><ul>{items}</ul>"


class DepartmentPlanBuilder(widgets.VBox):
    """Boxes for the goal and each part, editors for commitments and milestones, Check / Save / Export."""

    def __init__(self, check_id: str = "10.department_plan", folder: str | Path | None = None,
                 store: LearnerStore | None = None) -> None:
        self.check_id = check_id
        self.store = store or LearnerStore.default()
        self.folder = Path(folder) if folder is not None else None
        self.department = text_box("Department or team:", "For example: Environmental Health team", style=LABEL)
        self.goal = text_area("Health equity goal:", "The change this plan serves, in a sentence", height="4em", style=LABEL)
        self.partner = text_box("Community partner:", "The partner whose relationship you will deepen", style=LABEL)
        self.now = _levels("Where it is now:")
        self.aim = _levels("Level it aims for:")
        self.step = text_area("Step to get there:", "What the department will do to move one step up", height="4em", style=LABEL)
        self.people = text_area("Who you will meet:", "One per line: a name and their organization", height="4em", style=LABEL)
        self.purpose = text_area("Why you will meet:", "Getting to know them: their values, story and interests", height="4em", style=LABEL)
        self.commitments = ListEditor("commitment", {
            "action": text_area("What the department will do:", "A verb and what it applies to", height="4em", style=LABEL),
            "owner": text_box("Owner (person or role):", "For example: Environmental Health Manager", style=LABEL),
            "answers_to": text_box("Answers to (partner):", "The community organization it answers to", style=LABEL),
            "mechanism": choice_box("Mechanism:", list(MECHANISMS), style=LABEL),
            "cadence": choice_box("How often:", list(CADENCES), style=LABEL),
        }, Commitment, commitments_table, required="action")
        self.data = text_area("What data:", "What you will share, broken down how, how often", height="4em", style=LABEL)
        self.data_partner = text_box("Shared with (partner):", "The community partner who asked for it", style=LABEL)
        self.use = text_box("What they will use it for:", "Their campaign or question", style=LABEL)
        self.protection = text_area("Protecting small numbers:", "How small numbers are protected, for example: counts from 1 to 10 suppressed", height="4em", style=LABEL)
        self.policy = text_box("Policy change:", "The change in policy the plan works for", style=LABEL)
        self.policy_partner = text_box("Partner whose campaign:", "The partner campaigning for it", style=LABEL)
        self.campaign = text_box("Their campaign or priority:", "In their words", style=LABEL)
        self.contribution = text_area("What the department brings:", "Data, regulatory authority, relationships, funding", height="4em", style=LABEL)
        self.milestones = ListEditor("milestone", {
            "month": widgets.Dropdown(options=[("Choose a month", None)] + [(f"Month {n}", n) for n in MONTHS],
                                      value=None, description="Month:", style=LABEL),
            "action": text_box("What happens:", "The step, in a few words", style=LABEL),
            "owner": text_box("Milestone owner:", "A person or role", style=LABEL),
            "part": widgets.Dropdown(options=[("Choose a part", "")] + [(v[0], k) for k, v in PARTS.items()],
                                     value="", description="Part it serves:", style=LABEL),
            "partner": text_box("Partner involved:", "The community partner taking part, if any", style=LABEL),
        }, Milestone, milestones_table, required="action",
            sort_key=lambda m: m.month if m.month is not None else 13, blank={"month": None, "part": ""})
        self.notes = widgets.HTML("")
        self.check_button = button("Check my plan", "See which parts of the plan are complete and what is missing")
        self.save_button = button("Save my plan", "Keep the plan in your course folder"
                                  + (f" and as {PLAN_FILE} in {self.folder}" if self.folder else ""), "save")
        self.export_button = button("Export my take-away plan", "Save the plan, then write take-away-plan.md and "
                                    "take-away-plan.html in your course folder", "file")
        self.fill_button = button("Fill blanks from my earlier work", "Fill the empty parts from what you "
                                  "saved in earlier modules, keeping what you wrote", "download")
        self.status = widgets.HTML("")
        self.feedback = feedback_area()
        for control, act in ((self.check_button, self.check), (self.save_button, self.save),
                             (self.export_button, self.export), (self.fill_button, self.fill_blanks)):
            control.on_click(lambda _, act=act: act())
        super().__init__([
            self.notes, self.department, self.goal,
            _heading("1. Partnership", "One community partner: where the relationship is on the Spectrum of "
                     "Community Engagement to Ownership, and the next level it aims for."),
            self.partner, self.now, self.aim, self.step,
            _heading("2. One-to-ones", "Who you will meet one to one, and why."),
            self.people, self.purpose,
            _heading("3. Accountability", "Commitments the community can hold the department to."),
            self.commitments,
            _heading("4. Data sharing", "What data goes to which community partner, and how it stays safe."),
            self.data, self.data_partner, self.use, self.protection,
            _heading("5. Policy agenda", "A policy change lined up with a partner's campaign."),
            self.policy, self.policy_partner, self.campaign, self.contribution,
            _heading("Timeline", "Milestones from month 1 to month 12, each with an owner and the part it serves."),
            self.milestones,
            widgets.HBox([self.check_button, self.save_button, self.export_button, self.fill_button]),
            self.status, self.feedback,
        ])
        self._start()

    # ---- reading and filling the fields ----

    @property
    def plan(self) -> DepartmentPlan:
        """The plan the builder shows now."""
        return DepartmentPlan(
            department=self.department.value, goal=self.goal.value,
            partnership=Partnership(self.partner.value, self.now.value, self.aim.value, self.step.value),
            one_to_ones=OneToOnes(self.people.value, self.purpose.value),
            accountability=list(self.commitments.items),
            data=DataSharing(self.data.value, self.data_partner.value, self.use.value, self.protection.value),
            policy=PolicyAgenda(self.policy.value, self.policy_partner.value, self.campaign.value,
                                self.contribution.value),
            milestones=list(self.milestones.items),
        )

    def fill(self, plan: DepartmentPlan) -> None:
        """Show a whole plan in the builder, as typing would."""
        self.department.value, self.goal.value = plan.department, plan.goal
        self.fill_partnership(plan.partnership)
        self.fill_one_to_ones(plan.one_to_ones)
        self.commitments.set_items(plan.accountability)
        self.fill_data(plan.data)
        self.fill_policy(plan.policy)
        self.milestones.set_items(plan.milestones)

    def fill_partnership(self, part: Partnership) -> None:
        self.partner.value, self.step.value = part.partner, part.step
        self.now.value, self.aim.value = part.now, part.aim

    def fill_one_to_ones(self, part: OneToOnes) -> None:
        self.people.value, self.purpose.value = "\n".join(part.people), part.purpose

    def fill_data(self, part: DataSharing) -> None:
        self.data.value, self.data_partner.value = part.data, part.partner
        self.use.value, self.protection.value = part.use, part.protection

    def fill_policy(self, part: PolicyAgenda) -> None:
        self.policy.value, self.policy_partner.value = part.policy, part.partner
        self.campaign.value, self.contribution.value = part.campaign, part.contribution

    def _say(self, message: str) -> str:
        self.status.value = note(message)
        return message

    def _start(self) -> None:
        """Reload the plan saved in the folder, else the one in the store, else draft one from earlier work."""
        path = self.folder / PLAN_FILE if self.folder else None
        if path is not None and path.exists():
            try:
                self.fill(DepartmentPlan.load(path))
                self.notes.value = notes_html([f"Your saved plan was reloaded from {PLAN_FILE}."])
                return
            except PlanFileError:
                aside = path.with_name(f"department-plan.damaged-{time.strftime('%Y%m%d-%H%M%S')}.json")
                path.replace(aside)
                self._say(f"Your saved plan in {PLAN_FILE} could not be read, so it was moved to {aside.name} "
                          "(nothing is lost) and the builder starts from your earlier work.")
        draft = starting_plan(self.store)
        self.fill(draft.plan)
        self.notes.value = notes_html(draft.notes)

    # ---- actions (each is what a button does) ----

    def check(self):
        result = check(self.check_id, self.plan)
        show(self.feedback, result)
        record(self.store, result)
        return result

    def save(self) -> str:
        plan = self.plan
        self.store.save(STORE_NAME, plan.to_dict())
        where = "your course folder"
        if self.folder is not None:
            path = plan.save(self.folder / PLAN_FILE)
            where += f" and to {path.name} in {path.parent}"
        parts = len(plan.milestones)
        saved = f"Saved your plan ({parts} milestone{'s' if parts != 1 else ''}) to {where}."
        if self.folder is not None:  # an exercise: the answer cell reads the file, which is submitted
            saved += " Run the answer cell below to use it; it is submitted with your notebook."
        return self._say(saved)

    def export(self) -> str:
        from grader.learner.folder import notebook_link
        from grader.learner.takeaway import write_takeaway

        self.save()
        written = write_takeaway(self.store.root.parent, store=self.store)
        links = "".join(f'<li><a href="{html.escape(notebook_link(path))}" target="_blank">'
                        f"{html.escape(path.name)}</a></li>" for path in (written.html, written.markdown))
        lines = written.summary().splitlines()
        self.status.value = (f'<div role="status"><p>{html.escape(lines[0])}</p><ul>{links}</ul>'
                             + "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:]) + "</div>")
        return "\n".join(lines)

    def fill_blanks(self) -> str:
        """Fill the parts that are still empty from the learner's earlier work; keep everything written."""
        current, draft = self.plan, draft_from_saved_work(self.store).plan
        filled = []
        for name, fill in (("partnership", self.fill_partnership), ("one_to_ones", self.fill_one_to_ones),
                           ("data", self.fill_data), ("policy", self.fill_policy)):
            if getattr(current, name).is_blank() and not getattr(draft, name).is_blank():
                fill(getattr(draft, name))
                filled.append(PARTS[name][0])
        if not current.accountability and draft.accountability:
            self.commitments.set_items(draft.accountability)
            filled.append(PARTS["accountability"][0])
        known = {milestone_text(m) for m in current.milestones}
        new = [m for m in draft.milestones if milestone_text(m) not in known]
        if new:
            self.milestones.set_items(current.milestones + new)
            filled.append(f"{len(new)} milestone{'s' if len(new) != 1 else ''}")
        if not filled:
            return self._say("Nothing to fill: every part you left empty has no saved work to draw on yet.")
        return self._say(f"Filled from your earlier work: {', '.join(filled)}. Press Save my plan to keep it.")
