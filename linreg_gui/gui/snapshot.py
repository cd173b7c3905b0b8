"""What the training worker sends to the window: plain, immutable values, never tensors."""

from __future__ import annotations

from dataclasses import dataclass

from linreg_gui.core.history import HistoryChunk, StepRecord
from linreg_gui.core.verdict import RunResult


@dataclass(frozen=True)
class TrainingSnapshot:
    latest: StepRecord  # the newest fully known state (step, weight, bias, loss, gradients)
    chunk: HistoryChunk  # history records since the previous snapshot (copies)
    replace: bool  # True: chunk is the whole history (after a load or reset), not an addition
    running: bool  # a run is still going after this snapshot
    result: RunResult | None = None  # set on the last snapshot of a run
    remaining: int = 0  # steps of the run not made yet (a paused run resumes with these)
    generation: int = 0  # which dataset this is about (the window drops stale ones)
    paced: bool = False  # a run at a chosen pace: every view follows every frame


@dataclass(frozen=True)
class StepInspected:
    """The worker's answer to an inspection request: the next step taken apart, and after a
    Step also the update that Step made."""

    step: int  # the state it is about (the inspection shows the update from here)
    inspection: object  # core.inspector.StepInspection (plain values)
    running: bool  # computed while a run goes on (a live, throttled update)
    generation: int = 0  # which dataset this is about
    made: object = None  # StepInspection of the update step - 1 -> step just made, or None
