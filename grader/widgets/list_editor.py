"""ListEditor: add, change and remove the items of a list with a few labeled fields.

A thin view used by the department plan builder for its commitments and its milestones. The
fields describe one item; **Add** appends it, choosing an item in the list puts it back in the
fields, **Update** replaces it and **Remove** takes it out. The list shows as an accessible
table. The chooser appears only once there is something to choose.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from grader.widgets.common import button, note


class ListEditor(widgets.VBox):
    """Fields for one item, a chooser of the items so far, Add / Update / Remove, and a table."""

    def __init__(self, noun: str, fields: dict[str, widgets.ValueWidget], make: Callable[..., Any],
                 table: Callable[[list[Any]], str], required: str, sort_key: Callable[[Any], Any] | None = None,
                 blank: dict[str, object] | None = None) -> None:
        self.noun = noun
        self.fields = fields
        self.make = make
        self.table = table
        self.required = required
        self.sort_key = sort_key
        self.blank = blank or {}
        self.items: list[Any] = []
        self.chooser = widgets.Dropdown(options=[(f"New {noun}", None)], value=None,
                                        description=f"{noun.capitalize()} to edit:",
                                        style={"description_width": "15em"})
        self.add_button = button(f"Add {noun}", f"Add the {noun} in the fields to the plan", "plus")
        self.update_button = button(f"Update {noun}", f"Replace the chosen {noun} with the fields", "pencil")
        self.remove_button = button(f"Remove {noun}", f"Take the chosen {noun} out of the plan", "trash")
        self.view = widgets.HTML(table([]))
        self.status = widgets.HTML("")
        self.add_button.on_click(lambda _: self.add())
        self.update_button.on_click(lambda _: self.update())
        self.remove_button.on_click(lambda _: self.remove())
        self.chooser.observe(lambda change: self.select(change["new"]), names="value")
        self.buttons = widgets.HBox([self.add_button, self.update_button, self.remove_button])
        super().__init__()
        self._lay_out()

    def _lay_out(self) -> None:
        chooser = [self.chooser] if self.items else []
        self.children = [*chooser, *self.fields.values(), self.buttons, self.view, self.status]

    @property
    def item(self) -> Any:
        """The item the fields describe now (a ValueError if one of them cannot be used)."""
        return self.make(**{name: field.value for name, field in self.fields.items()})

    def fill(self, item: Any) -> None:
        """Put an item into the fields, as typing would."""
        for name, field in self.fields.items():
            value = getattr(item, name)
            field.value = value if value is not None or name not in self.blank else self.blank[name]

    def clear(self) -> None:
        for name, field in self.fields.items():
            field.value = self.blank.get(name, "")

    def select(self, index: int | None) -> None:
        """Show one item in the fields to edit it (None: a new, empty one)."""
        if self.chooser.value != index:
            self.chooser.value = index  # calls select again through the observer
            return
        if index is None:
            self.clear()
        else:
            self.fill(self.items[index])

    def set_items(self, items: list[Any]) -> None:
        self.items = list(items)
        self._refresh(None)

    def _refresh(self, selected: int | None) -> None:
        if self.sort_key is not None:
            self.items.sort(key=self.sort_key)
        options = [(f"New {self.noun}", None)] + [
            (f"{n}. {str(getattr(item, self.required))[:50] or '(not written yet)'}", n - 1)
            for n, item in enumerate(self.items, start=1)
        ]
        self.chooser.options = options
        self.select(selected if selected is None or selected < len(self.items) else None)
        self.view.value = self.table(self.items)
        self._lay_out()

    def _say(self, message: str) -> str:
        self.status.value = note(message)
        return message

    def _made(self) -> Any:
        try:
            return self.item
        except ValueError as error:
            return str(error)

    def add(self) -> str:
        item = self._made()
        if isinstance(item, str):
            return self._say(item)
        if not getattr(item, self.required):
            return self._say(f"Write what the {self.noun} is before adding it.")
        self.items.append(item)
        self._refresh(None)
        return self._say(f"Added the {self.noun}; the plan has {len(self.items)}. Press Save my plan to keep it.")

    def update(self) -> str:
        index = self.chooser.value
        if index is None:
            return self._say(f"Choose a {self.noun} in the list first, or press Add {self.noun} for a new one.")
        item = self._made()
        if isinstance(item, str):
            return self._say(item)
        kept = self.items[index]
        changes = {name: getattr(item, name) for name in self.fields}
        self.items[index] = dataclasses.replace(kept, **changes)  # keeps parts the fields do not show
        updated = self.items[index]
        self._refresh(None)
        self.select(next(n for n, each in enumerate(self.items) if each is updated))
        return self._say(f"Updated the {self.noun}. Press Save my plan to keep it.")

    def remove(self) -> str:
        index = self.chooser.value
        if index is None:
            return self._say(f"Choose the {self.noun} to remove in the list first.")
        del self.items[index]
        self._refresh(None)
        return self._say(f"Removed the {self.noun}. Press Save my plan to keep the change.")
