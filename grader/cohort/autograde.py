"""nbgrader's own ``Autograde`` converter, one submission at a time, safe to run in parallel.

Same preprocessors, same order, same gradebook as ``nbgrader autograde``; the differences:
- sanitizing and autograding run as one pass over the notebook, and every gradebook read
  and write happens under a file lock shared by all workers, released while the
  learner's code runs;
- ``Execute`` is ``SandboxedExecute`` (a forked, confined kernel), followed by
  ``TrustedRescore`` (scores recomputed outside the kernel);
- a failing submission raises to its caller instead of ending the whole run.
"""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from nbconvert.preprocessors import ClearMetadataPreprocessor
from nbconvert.writers import FilesWriter
from nbgrader import utils
from nbgrader.api import Gradebook
from nbgrader.converters import Autograde
from nbgrader.preprocessors import (
    AssignLatePenalties,
    CheckCellMetadata,
    ClearOutput,
    DeduplicateIds,
    IgnorePattern,
    LimitOutput,
    NbGraderPreprocessor,
    OverwriteCells,
    OverwriteKernelspec,
    SaveAutoGrades,
)
from traitlets import List

from grader.cohort.execute import SandboxedExecute
from grader.cohort.rescore import TrustedRescore


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock shared by every process that opens the same file."""
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class DropEmptyGradingMetadata(NbGraderPreprocessor):
    """After ``DeduplicateIds``, a duplicated grading cell is left with empty nbgrader
    metadata, which ``CheckCellMetadata`` then rejects, failing the whole submission. Make
    such a copy an ordinary cell instead; the original is restored from the gradebook."""

    def preprocess_cell(self, cell, resources, cell_index):
        if "nbgrader" in cell.metadata and not cell.metadata["nbgrader"]:
            del cell.metadata["nbgrader"]
        return cell, resources


class SaveAutoGradesAtOnce(SaveAutoGrades):
    """nbgrader's ``SaveAutoGrades``, writing the same rows in one transaction.

    The stock preprocessor commits after every graded cell (each commit a disk sync, with
    the shared gradebook lock held); here the cells' scores and comments are flushed as
    they come and committed together, so a run killed half-way leaves none of them.
    """

    def preprocess(self, nb, resources):
        info = resources["nbgrader"]
        self.notebook_id, self.assignment_id = info["notebook"], info["assignment"]
        self.student_id, self.db_url = info["student"], info["db_url"]
        self.gradebook = Gradebook(self.db_url)
        with self.gradebook:
            session = self.gradebook.db
            session.commit = session.flush  # the per-cell commits only flush ...
            try:
                nb, resources = super(SaveAutoGrades, self).preprocess(nb, resources)
            finally:
                del session.commit
            session.commit()  # ... and this one commits them all
        return nb, resources


def locked(preprocessor: type) -> type:
    """The same preprocessor, holding the shared gradebook lock while it runs."""

    class Locked(preprocessor):
        def preprocess(self, nb, resources):
            with file_lock(Path(resources["equity_lock"])):
                return super().preprocess(nb, resources)

    Locked.__name__ = Locked.__qualname__ = f"Locked{preprocessor.__name__}"
    return Locked


class CohortAutograde(Autograde):
    """Autograde one (assignment, student) at a time; see the module docstring.

    nbgrader's autograde sanitizes a submission, writes it, reads it back and then
    executes and saves it. Here the two stages run as one pass over the notebook (the
    same preprocessors in the same order), with the gradebook lock held by each
    preprocessor that reads or writes the gradebook and released while the code runs.
    """

    sanitize_preprocessors = List([
        ClearOutput, DeduplicateIds, DropEmptyGradingMetadata, OverwriteKernelspec,
        locked(OverwriteCells), CheckCellMetadata,
    ]).tag(config=True)
    autograde_preprocessors = List([
        SandboxedExecute, TrustedRescore, IgnorePattern, ClearMetadataPreprocessor, LimitOutput,
        locked(SaveAutoGradesAtOnce), locked(AssignLatePenalties), CheckCellMetadata,
    ]).tag(config=True)

    def __init__(self, coursedir, lock_path: Path, **kwargs) -> None:
        super().__init__(coursedir=coursedir, **kwargs)
        self.lock_path = lock_path
        self.force = True
        self.notes: list[str] = []
        self.repairs: list[str] = []
        self._releases: dict[tuple[str, str], object] = {}
        self.writer = FilesWriter(parent=self, config=self.config)
        self.exporter = self.exporter_class(parent=self, config=self.config)
        # nbconvert validates the whole notebook after every preprocessor (14 times per
        # submission here); its optimistic validation checks it once, after the last.
        self.exporter.optimistic_validation = True
        for preprocessor in [*self.sanitize_preprocessors, *self.autograde_preprocessors]:
            self.exporter.register_preprocessor(preprocessor)
        self.exporter.from_file = self._repaired_from_file  # read, repair, then nbgrader as usual

    def _release(self, assignment: str, notebook: str):
        """The notebook as released to learners (cached): what a submission is repaired against."""
        import nbformat

        key = (assignment, notebook)
        if key not in self._releases:
            path = Path(self.coursedir.root) / self.coursedir.release_directory / assignment / f"{notebook}.ipynb"
            try:
                self._releases[key] = nbformat.read(path, as_version=4)
            except (OSError, ValueError):
                self._releases[key] = None
        return self._releases[key]

    def _repaired_from_file(self, file_stream, resources=None, **kw):
        from grader.cohort.repair import repair

        info = resources["nbgrader"]
        notebook, repairs = repair(file_stream.read(), self._release(info["assignment"], info["notebook"]))
        self.repairs.extend(f"{info['notebook']}: {text}" if len(self.notebooks) > 1 else text for text in repairs)
        return self.exporter.from_notebook_node(notebook, resources=resources, **kw)

    def _init_preprocessors(self) -> None:  # the exporter is set up once, in __init__
        pass

    def convert_single_notebook(self, notebook_filename: str) -> None:
        resources = self.init_single_notebook_resources(notebook_filename)
        resources["equity_lock"] = str(self.lock_path)
        with utils.setenv(NBGRADER_EXECUTION="autograde"):
            output, resources = self.exporter.from_filename(notebook_filename, resources=resources)
        self.write_single_notebook(output, resources)
        self.notes.extend(resources.get("equity_notes", []))

    def grade(self, assignment_id: str, student_id: str) -> list[str]:
        """Autograde one submission into the gradebook; return notes; raise on failure."""
        self.notes = []
        self.repairs = []
        self.coursedir.assignment_id = assignment_id
        self.coursedir.student_id = student_id
        self.init_notebooks()
        destination = Path(self._format_dest(assignment_id, student_id))
        try:
            for notebooks in self.assignments.values():
                self.notebooks = sorted(notebooks)
                self.init_destination(assignment_id, student_id)
                with file_lock(self.lock_path):
                    self.init_assignment(assignment_id, student_id)
                for notebook in self.notebooks:
                    self.convert_single_notebook(notebook)
                self.set_permissions(assignment_id, student_id)
        except BaseException:
            shutil.rmtree(destination, ignore_errors=True)
            raise
        return list(self.notes)
