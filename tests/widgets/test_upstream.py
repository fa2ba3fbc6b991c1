"""Does the upstream sorter take a sort by its labeled drop-downs and boxes, save it into the
assignment folder, show it again when reopened, and does the answer cell read it back?"""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from grader.checks import points
from grader.widgets.upstream import UpstreamSorter, load_upstream, sort_file
from tests.support.keys_09 import ORDERS, SORTS


def descendants(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


def fill_right(sorter: UpstreamSorter, check_id: str, *, leave_out: int | None = None) -> None:
    for number, (intervention, level, reason) in enumerate(sorter.rows):
        if number == leave_out:
            continue
        item = ORDERS[check_id].split()[number]
        intervention.value = item
        level.value = SORTS[check_id][item]
        reason.value = f"Because of what {item} changes, for whom and for how long"


def test_every_control_is_labeled_and_every_button_has_a_tooltip(tmp_path, store):
    sorter = UpstreamSorter("ex09.housing", store=store, folder=tmp_path)
    for child in descendants(sorter):
        if isinstance(child, (widgets.Dropdown, widgets.Text)):
            assert child.description.endswith(":")
        if isinstance(child, widgets.Button):
            assert child.description and child.tooltip
    assert len(sorter.rows) == 4
    assert sorter.rows[0][0].description == "Position 1 (most downstream):"
    assert sorter.rows[3][0].description == "Position 4 (most upstream):"


@pytest.mark.parametrize("check_id", ["ex09.housing", "ex09.work"])
def test_a_saved_sort_is_reread_by_the_answer_cell_and_the_reopened_sorter(tmp_path, store, capsys, check_id):
    sorter = UpstreamSorter(check_id, store=store, folder=tmp_path)
    fill_right(sorter, check_id)
    sorter.save_button.click()
    name = sort_file(check_id)
    assert f"Saved your sort to {name} in {tmp_path}" in sorter.status.value
    answer = load_upstream(tmp_path / name)
    assert capsys.readouterr().out.strip() == f"Read your sort from {name}."
    assert points(check_id, answer) == 6.0
    reopened = UpstreamSorter(check_id, store=store, folder=tmp_path)
    assert reopened.placements == sorter.placements and "reloaded" in reopened.status.value
    reopened.check_button.click()
    assert "Ready to submit" in reopened.feedback.value


def test_a_partial_sort_is_saved_and_scored_for_what_it_has(tmp_path, store, capsys):
    sorter = UpstreamSorter("ex09.housing", store=store, folder=tmp_path)
    fill_right(sorter, "ex09.housing", leave_out=3)
    sorter.save()
    answer = load_upstream(tmp_path / "upstream-housing.json")
    assert "Still empty: placements 4: intervention, placements 4: level, placements 4: reason" in capsys.readouterr().out
    assert 0 < points("ex09.housing", answer) < 6


def test_no_saved_sort_tells_the_learner_what_to_do_and_scores_nothing(tmp_path, capsys):
    answer = load_upstream(tmp_path / "upstream-work.json")
    assert "upstream sorter above" in capsys.readouterr().out
    assert answer == [] and points("ex09.work", answer) == 0.0


def test_an_unknown_sort_is_named():
    with pytest.raises(KeyError, match="is not an upstream sort"):
        UpstreamSorter("ex01.spectrum")


def test_a_module_practice_sorter_has_no_save_button_and_its_check_counts_in_progress(tmp_path, store, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sorter = UpstreamSorter("09.sort", store=store)
    assert sorter.save_button not in descendants(sorter) and sorter.check_button in descendants(sorter)
    fill_right(sorter, "09.sort")
    sorter.check_button.click()
    progress, _ = store.load_progress()
    assert progress["09.sort"]["passed"] is True
    with pytest.raises(ValueError, match='practice and saves no file.*folder="."'):
        sorter.save()
    assert list(tmp_path.glob("*.json")) == []
