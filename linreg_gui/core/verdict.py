"""How a run ended, and the sentence that tells a student what it means and what to try."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

CONVERGED = "converged"
STOPPED = "stopped"
DIVERGED = "diverged"

# Why a run stopped.
REASON_REQUESTED = "requested"  # somebody pressed Stop (or another thread asked)
REASON_BUDGET = "budget"  # the steps asked for are done and the loss was still falling
REASON_PLATEAU = "plateau"  # the loss stopped improving
REASON_TINY_GRADIENT = "tiny_gradient"
REASON_NOT_FINITE = "not_finite"  # a loss or parameter became inf or NaN
REASON_EXPLODING = "exploding"  # the loss grew by orders of magnitude


def fmt(value: float) -> str:
    """A number as a student reads it: 4 significant decimals, or scientific when huge."""
    if value is None or not math.isfinite(value):
        return str(value)
    if value != 0 and (abs(value) >= 1e6 or abs(value) < 1e-4):
        return f"{value:.3e}"
    return f"{value:.4f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class RunResult:
    status: str  # converged | stopped | diverged
    reason: str
    start_step: int
    end_step: int  # the step of the state the run left the model in
    details: dict = field(default_factory=dict)

    @property
    def steps_done(self) -> int:
        return self.end_step - self.start_step

    @property
    def message(self) -> str:
        return explain(self)


def explain(result: RunResult) -> str:
    d = result.details
    s = result.end_step
    if result.status == CONVERGED:
        if result.reason == REASON_TINY_GRADIENT:
            return (
                f"Converged at step {s}: the gradient is almost zero, so further steps "
                f"barely move the line. Loss {fmt(d.get('loss'))}."
            )
        return (
            f"Converged at step {s}: the loss stopped improving (less than "
            f"{d.get('rtol', 0) * 100:.2g}% over the last {d.get('patience')} steps). "
            f"Loss {fmt(d.get('loss'))}."
        )
    if result.status == STOPPED:
        if result.reason == REASON_REQUESTED:
            return f"Stopped at step {s}, as asked. Train again to continue from here."
        drop = d.get("recent_drop_percent")
        if drop is not None and drop <= 0:
            return (
                f"Stopped at step {s}: the {result.steps_done} steps asked for are done, but "
                f"the loss did not fall over the last fifth of the run (it rose "
                f"{-drop:.1f}%). Train more steps to see whether it settles, or try a smaller "
                f"learning rate."
            )
        recent = f" (it fell {drop:.1f}% over the last fifth of the run)" if drop else ""
        return (
            f"Stopped at step {s}: the {result.steps_done} steps asked for are done and the "
            f"loss is still falling{recent}. Train more steps, or raise the learning rate."
        )
    # Diverged.
    lr = d.get("lr")
    stable = d.get("stable_lr")
    if stable:
        try_lr = f" For this data, plain gradient descent is stable below {fmt(stable)}: try that"
    else:
        try_lr = " Try a learning rate 10 times smaller"
    what = (
        "the loss became infinite"
        if result.reason == REASON_NOT_FINITE
        else f"the loss grew from {fmt(d.get('first_loss'))} to {fmt(d.get('loss'))}"
    )
    return (
        f"Diverged at step {s}: {what}. The learning rate {fmt(lr)} is too large for the "
        f"scale of this data: each step overshoots the lowest point and lands farther away."
        f"{try_lr}, or turn on standardization. The model is left at step {s}, its last "
        f"finite state."
    )
