"""Does the ally map builder work when driven as a learner would (fill, add, remove, review, save,
come back), and is every control labeled?"""

from __future__ import annotations

import ipywidgets as widgets

from grader.domain.ally_map import MovementAlly
from grader.learner.store import LearnerStore
from grader.widgets.ally_map import AllyMapBuilder, map_table
from tests.support.builders import full_map

LABELED = (widgets.Dropdown, widgets.Text, widgets.Textarea)


def descendants(widget: widgets.Widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


def built(store: LearnerStore, allies: list[MovementAlly], check_id: str = "05.allies") -> AllyMapBuilder:
    builder = AllyMapBuilder(check_id, store=store)
    for ally in allies:
        builder.fill(ally)
        builder.add_button.click()
    return builder


def test_every_control_has_a_description_and_every_button_a_tooltip(store):
    builder = AllyMapBuilder(store=store)
    parts = list(descendants(builder))
    assert all(w.description for w in parts if isinstance(w, LABELED))
    buttons = [w for w in parts if isinstance(w, widgets.Button)]
    assert len(buttons) == 4 and all(b.description and b.tooltip for b in buttons)


def test_the_builder_starts_empty(store):
    builder = AllyMapBuilder(store=store)
    assert builder.allies == [] and builder.name.value == "" and builder.scale.value == ""
    assert "No allies yet" in builder.table.value


def test_adding_an_ally_lists_it_clears_the_boxes_and_says_so(store):
    builder = built(store, full_map()[:1])
    assert builder.allies == full_map()[:1]
    assert builder.name.value == "" and builder.ask.value == ""
    assert "Added Eastside Tenants Union. The map has 1 ally." in builder.status.value
    assert "Eastside Tenants Union" in builder.table.value


def test_adding_without_a_name_scale_or_kind_says_what_is_needed(store):
    builder = AllyMapBuilder(store=store)
    builder.name.value = "Tenants Union"
    builder.add_button.click()
    assert builder.allies == []
    assert "Not added yet: give a scale, a kind of partner." in builder.status.value


def test_the_table_names_the_scales_still_missing_in_words(store):
    builder = built(store, full_map()[:2])
    assert "Scales on the map: local, regional. Not yet: state, national." in builder.table.value
    builder = built(store, full_map())
    assert "Every scale is covered." in builder.table.value


def test_map_table_escapes_what_learners_type():
    html = map_table([MovementAlly("<b>Group</b>", "local", "funder", "x", "y")])
    assert "<b>Group</b>" not in html and "&lt;b&gt;Group&lt;/b&gt;" in html


def test_remove_last_takes_off_the_newest_ally(store):
    builder = built(store, full_map()[:2])
    builder.remove_button.click()
    assert builder.allies == full_map()[:1]
    assert "Removed Westfield County Health Department." in builder.status.value
    builder.remove_button.click()
    builder.remove_button.click()
    assert "The map is already empty." in builder.status.value


def test_review_of_a_full_map_holds_up_and_is_recorded(store):
    builder = built(store, full_map())
    builder.review_button.click()
    assert "The 6 checked parts hold up; hints on your writing below" in builder.feedback.value
    assert store.load("progress")["05.allies"]["passed"] is True


def test_review_of_a_thin_map_says_what_to_reconsider(store):
    builder = built(store, full_map()[:1])
    builder.review_button.click()
    assert "↻ Reconsider" in builder.feedback.value and "Not on the map yet: regional, state, national." in builder.feedback.value


def test_a_saved_map_comes_back_next_time(store):
    builder = built(store, full_map()[:3])
    builder.save_button.click()
    assert "Saved your map (3 allies)" in builder.status.value
    again = AllyMapBuilder(store=store)
    assert again.allies == full_map()[:3]
    assert "Your saved map was reloaded." in again.status.value


def test_each_check_keeps_its_own_saved_map(store):
    built(store, full_map()[:1]).save_button.click()
    assert AllyMapBuilder("ex05.allies", store=store).allies == []


def test_a_damaged_saved_map_is_reported_not_hidden(store):
    store.path("ally-map-05.allies").parent.mkdir(parents=True)
    store.path("ally-map-05.allies").write_text("{not json", encoding="utf-8")
    builder = AllyMapBuilder(store=store)
    assert builder.allies == [] and "could not be read" in builder.status.value


def test_a_saved_map_that_no_longer_fits_says_so(store):
    store.save("ally-map-05.allies", [{"name": "Group", "scale": "county"}])
    builder = AllyMapBuilder(store=store)
    assert builder.allies == [] and "could not be reloaded" in builder.status.value


def test_in_an_exercise_the_map_is_saved_in_the_folder_and_read_by_the_answer_cell(tmp_path, store, capsys):
    from grader.checks import points
    from grader.widgets.ally_map import AllyMapBuilder, load_ally_map
    from tests.support.builders import full_map

    builder = AllyMapBuilder("ex05.allies", store=store, folder=tmp_path)
    for ally in full_map():
        builder.fill(ally)
        builder.add_button.click()
    builder.save_button.click()
    assert f"Saved your map ({len(full_map())} allies) to ally-map.json in {tmp_path}" in builder.status.value
    allies = load_ally_map(tmp_path / "ally-map.json")
    assert capsys.readouterr().out.strip() == "Read your ally map from ally-map.json."
    assert allies == full_map() and points("ex05.allies", allies) == points("ex05.allies", full_map())
    reopened = AllyMapBuilder("ex05.allies", store=store, folder=tmp_path)
    assert reopened.allies == full_map() and "reloaded from ally-map.json" in reopened.status.value
