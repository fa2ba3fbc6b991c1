"""nbgrader's ``Execute`` preprocessor, run in a forked, confined kernel, that a submission
cannot stall or blow up.

Everything nbgrader's Execute does stays (it is the parent class); on top:
- the kernel comes from the fork server (``ForkKernelManager``) and is killed, not
  politely asked, when the notebook is done;
- output is capped per notebook, so a print loop cannot fill the grader's memory;
- a kernel that dies (``os._exit``, a crash, the memory limit) or stays stuck after a
  timeout stops the run: every cell not yet run gets an error output, so no test cell is
  ever credited for not having run.
"""

from __future__ import annotations

import time
from queue import Empty
from typing import Any

from jupyter_core.utils import run_sync
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat.notebooknode import NotebookNode, from_dict
from nbgrader.preprocessors import Execute
from traitlets import Integer

from grader.cohort.forkserver import ForkKernelManager

OUTPUT_TYPES = {"stream", "display_data", "execute_result", "update_display_data"}


class GradingStopped(Exception):
    """The notebook cannot go on: its kernel is dead or unresponsive."""


class LostBeforeLearnerCode(RuntimeError):
    """The kernel died before any of the learner's code ran: the grader's failure, not theirs."""


def _learner_code(cell: NotebookNode) -> bool:
    """Whether a cell holds the learner's code (read-only cells are restored from the release)."""
    from nbgrader import utils

    return cell.cell_type == "code" and not utils.is_locked(cell)


def _size(content: dict[str, Any]) -> int:
    if "text" in content:
        return len(str(content["text"]))
    data = content.get("data") or {}
    return sum(len(str(value)) for value in data.values())


def stopped_output(reason: str) -> NotebookNode:
    return from_dict({
        "output_type": "error", "ename": "GradingStopped", "evalue": reason,
        "traceback": [f"GradingStopped: {reason}"],
    })


class SandboxedExecute(Execute):
    """Execute with a forked, confined kernel, an output cap and a clean stop on a dead kernel."""

    max_output_bytes = Integer(2_000_000, help="Output kept per notebook; the rest is dropped.").tag(config=True)
    _output_bytes: int = 0
    _truncated: bool = False
    responsive_seconds = Integer(3, help="After a timeout, how long the kernel has to answer.").tag(config=True)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("kernel_manager_class", ForkKernelManager)
        super().__init__(*args, **kwargs)
        self.shutdown_kernel = "immediate"

    def process_message(self, msg: dict[str, Any], cell: NotebookNode, cell_index: int) -> Any:
        if msg["msg_type"] in OUTPUT_TYPES:
            self._output_bytes += _size(msg["content"])
            if self._output_bytes > self.max_output_bytes:
                if not self._truncated:
                    self._truncated = True
                    cell.outputs.append(from_dict({
                        "output_type": "stream", "name": "stdout",
                        "text": f"\n... output stopped here: the grader keeps at most "
                                f"{self.max_output_bytes:,} characters of output per notebook ...\n",
                    }))
                return None
        return super().process_message(msg, cell, cell_index)

    async def _async_kernel_answers(self) -> bool:
        assert self.kc is not None
        msg_id = self.kc.kernel_info()
        deadline = time.monotonic() + self.responsive_seconds
        while time.monotonic() < deadline:
            try:
                reply = await self.kc.shell_channel.get_msg(timeout=max(0.05, deadline - time.monotonic()))
            except Empty:
                return False
            if reply["parent_header"].get("msg_id") == msg_id:
                return True
        return False

    def preprocess(self, nb: NotebookNode, resources: Any = None, km: Any = None) -> Any:
        """Run the notebook as nbconvert's ExecutePreprocessor does, cell by cell, in one event loop."""
        from nbclient import NotebookClient

        NotebookClient.__init__(self, nb, km)
        self.reset_execution_trackers()
        self._check_assign_resources(resources)
        self._output_bytes = 0
        self._truncated = False
        notes = self.resources.setdefault("equity_notes", [])
        stopped_at, reason = run_sync(self._async_run_cells)()
        if stopped_at is not None:
            notes.append(f"stopped at cell {stopped_at}: {reason}")
            for cell in self.nb.cells[stopped_at:]:
                if cell.cell_type == "code":
                    cell.outputs = [stopped_output(reason)]
        if self._truncated:
            notes.append("output cut off at the grader's limit")
        self.set_widgets_metadata()
        return self.nb, self.resources

    async def _async_run_cells(self) -> tuple[int | None, str]:
        index = 0
        try:
            async with self.async_setup_kernel():
                assert self.kc
                info = getattr(self.kc, "ready_reply", None)  # already asked while starting
                info = info or await self.async_wait_for_reply(self.kc.kernel_info())
                if info:
                    self.nb.metadata["language_info"] = info["content"]["language_info"]
                for index, cell in enumerate(self.nb.cells):
                    await self.async_execute_cell(cell, index, store_history=True)
                    timed_out = any(o.get("ename") == "CellTimeoutError" for o in cell.get("outputs", []))
                    if timed_out and not await self._async_kernel_answers_safely():
                        return index + 1, (
                            "the kernel was still busy after a cell timed out, so the grader "
                            "stopped it; the cells below did not run")
        except CellTimeoutError:
            return index, (
                "this cell ran past the time limit and the kernel did not stop when interrupted, "
                "so the grader stopped it; this cell and the ones below did not finish")
        except DeadKernelError:
            if not any(_learner_code(cell) for cell in self.nb.cells[:index + 1]):
                raise LostBeforeLearnerCode(
                    f"the kernel stopped in cell {index}, before any of the learner's code ran") from None
            return index, (
                "the kernel stopped while running this cell (the code ended the Python process, "
                "crashed it, or ran out of memory); this cell and the ones below did not finish")
        return None, ""

    async def _async_kernel_answers_safely(self) -> bool:
        try:
            return await self._async_kernel_answers()
        except Exception:
            return False
