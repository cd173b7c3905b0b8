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
        if result.steps_done == 0:
            return (
                f"Stopped at step {s}: no steps were asked for, so nothing changed. Train some "
                f"steps to watch the loss fall."
            )
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
    # ``normalize``: True when the run trains on standardized columns (then standardizing is
    # no advice, and the stable rate is the standardized columns'); absent means unknown.
    normalized = bool(d.get("normalize"))
    standardize = "" if normalized else ", or turn on standardization"
    if stable:
        # Exactly at 2 / lambda_max gradient descent does not converge either, and fmt rounds
        # (0.18029 -> 0.1803), so the advice is a rate below it: half is safe and fast.
        where = "the standardized columns" if normalized else "this data"
        try_lr = (
            f" For {where}, plain gradient descent is stable only below {fmt(stable)}: try a "
            f"learning rate under that, e.g. {fmt(stable / 2)}{standardize}."
        )
    else:
        try_lr = f" Try a learning rate 10 times smaller{standardize}."
    what = (
        "the loss became infinite"
        if result.reason == REASON_NOT_FINITE
        else f"the loss grew from {fmt(d.get('first_loss'))} to {fmt(d.get('loss'))}"
    )
    scale = "" if normalized else " for the scale of this data"
    left = (
        f"The model is left at step {s}, its last finite state."
        if result.reason == REASON_NOT_FINITE
        else f"The model is left at step {s}, where the run stopped."
    )
    return (
        f"Diverged at step {s}: {what}. The learning rate {fmt(lr)} is too large{scale}: "
        f"each step overshoots the lowest point and lands farther away.{try_lr} {left}"
    )
