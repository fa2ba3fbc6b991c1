"""In an exercise, does the spectrum mapper save the placements into the assignment folder, show
them again when reopened, and does the answer cell read them back?"""

from __future__ import annotations

from grader.checks import points
from grader.widgets.spectrum import SpectrumMapper, load_spectrum
from tests.support.answer_keys import PLACEMENTS


def test_saved_placements_are_reread_by_the_answer_cell_and_the_reopened_mapper(tmp_path, store, capsys):
    mapper = SpectrumMapper("ex01.spectrum", store=store, folder=tmp_path)
    assert mapper.save_button.description == "Save my placements" and mapper.save_button.tooltip
    key = PLACEMENTS["ex01.spectrum"]
    for scenario, number in key.items():
        if scenario != "E6":
            mapper.place(scenario, number)
    mapper.save_button.click()
    assert f"Saved your placements to spectrum-placements.json in {tmp_path}" in mapper.status.value
    assert not store.root.exists() or not list(store.root.glob("spectrum-*")), "an exercise saves in its folder only"

    placements = load_spectrum(tmp_path / "spectrum-placements.json")
    assert "Still empty: E6" in capsys.readouterr().out
    assert points("ex01.spectrum", placements) == 5.0

    reopened = SpectrumMapper("ex01.spectrum", store=store, folder=tmp_path)
    assert {s: d.value for s, d in reopened.dropdowns.items() if d.value is not None} == {
        s: n for s, n in key.items() if s != "E6"}
    assert "reloaded from spectrum-placements.json" in reopened.status.value


def test_without_a_saved_file_the_answer_cell_says_what_to_do_and_scores_nothing(tmp_path, capsys):
    placements = load_spectrum(tmp_path / "spectrum-placements.json")
    said = capsys.readouterr().out
    assert said.startswith("No placements saved yet: spectrum-placements.json is not in")
    assert "spectrum-placements.json" in said and "spectrum mapper above" in said and "Save button" in said
    assert placements == {} and points("ex01.spectrum", placements) == 0.0


def test_a_module_mapper_keeps_no_save_button_and_saves_in_the_course_folder(store):
    mapper = SpectrumMapper("01.spectrum", store=store)
    assert mapper.save_button not in mapper.children
    mapper.place("P1", 2)
    mapper.check_button.click()
    assert store.load("spectrum-01.spectrum") == {"P1": 2}
