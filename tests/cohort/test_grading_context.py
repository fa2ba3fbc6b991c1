"""Can a trainer grade from inside IPython or Jupyter, whose stand-in __main__ module has no
__spec__ (multiprocessing reads it when it starts the grading workers)?"""

from __future__ import annotations

import sys

from grader.cohort.grading import worker_context


def test_workers_can_start_under_a_main_module_without_a_spec(monkeypatch):
    class StandIn:  # what IPython's InteractiveShell puts in sys.modules["__main__"]
        pass

    monkeypatch.setitem(sys.modules, "__main__", StandIn())
    worker_context()
    assert sys.modules["__main__"].__spec__ is None
