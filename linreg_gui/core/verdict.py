"""How a run ended, and the sentence that tells a student what it means and what to try."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from linreg_gui.core.i18n import translate

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


def fmt_below(value: float) -> str:
    """A round number just below ``value`` (two significant digits, rounded down and never
    equal to it): the largest stable learning rate 0.18029 reads "0.18", one a student can
    type and trust, where fmt's 0.1803 would be just above the true limit."""
    if value is None or not math.isfinite(value) or value <= 0:
        return fmt(value)
    digits = 1 - math.floor(math.log10(value))  # decimals that keep two significant digits
    unit = 10.0 ** -digits
    below = math.floor(value / unit * (1 + 1e-12)) * unit
    if below >= value * (1 - 1e-12):
        below -= unit
    text = f"{below:.{max(digits, 0)}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


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
    """The verdict in the current language (see core.i18n): whole sentences are translated,
    then their named fields filled in."""
    d = result.details
    s = result.end_step
    if result.status == CONVERGED:
        if result.reason == REASON_TINY_GRADIENT:
            return translate(
                "verdict",
                "Converged at step {step}: the gradient is almost zero, so further steps "
                "barely move the line. Loss {loss}.",
            ).format(step=s, loss=fmt(d.get("loss")))
        return translate(
            "verdict",
            "Converged at step {step}: the loss stopped improving (less than {percent}% over "
            "the last {patience} steps). Loss {loss}.",
        ).format(step=s, percent=f"{d.get('rtol', 0) * 100:.2g}", patience=d.get("patience"),
                 loss=fmt(d.get("loss")))
    if result.status == STOPPED:
        if result.reason == REASON_REQUESTED:
            return translate(
                "verdict", "Stopped at step {step}, as asked. Train again to continue from here."
            ).format(step=s)
        if result.steps_done == 0:
            return translate(
                "verdict",
                "Stopped at step {step}: no steps were asked for, so nothing changed. Train "
                "some steps to watch the loss fall.",
            ).format(step=s)
        if result.steps_done == 1:
            return translate(
                "verdict",
                "Stopped at step {step}: the one step asked for is done. Press Step (F10) "
                "again to watch the next update, or Train (F5) to make many.",
            ).format(step=s)
        drop = d.get("recent_drop_percent")
        if drop is not None and drop <= 0:
            what = translate(
                "verdict",
                "Stopped at step {step}: the {steps} steps asked for are done, but the loss did "
                "not fall over the last fifth of the run (it rose {percent}%).",
            ).format(step=s, steps=result.steps_done, percent=f"{-drop:.1f}")
            return " ".join((what, _budget_advice(d, rising=True)))
        if drop:
            what = translate(
                "verdict",
                "Stopped at step {step}: the {steps} steps asked for are done and the loss is "
                "still falling (it fell {percent}% over the last fifth of the run).",
            ).format(step=s, steps=result.steps_done, percent=f"{drop:.1f}")
        else:
            what = translate(
                "verdict",
                "Stopped at step {step}: the {steps} steps asked for are done and the loss is "
                "still falling.",
            ).format(step=s, steps=result.steps_done)
        return " ".join((what, _budget_advice(d, rising=False)))
    # Diverged: four sentences, each translated whole.
    lr = d.get("lr")
    stable = d.get("stable_lr")
    # ``normalize``: True when the run trains on standardized columns (then standardizing is
    # no advice, and the stable rate is the standardized columns'); absent means unknown.
    normalized = bool(d.get("normalize"))
    if result.reason == REASON_NOT_FINITE:
        what = translate("verdict", "Diverged at step {step}: the loss became infinite.")
    else:
        what = translate(
            "verdict", "Diverged at step {step}: the loss grew from {first} to {loss}."
        )
    what = what.format(step=s, first=fmt(d.get("first_loss")), loss=fmt(d.get("loss")))
    if normalized:
        why = translate(
            "verdict",
            "The learning rate {lr} is too large: each step overshoots the lowest point and "
            "lands farther away.",
        )
    else:
        why = translate(
            "verdict",
            "The learning rate {lr} is too large for the scale of this data: each step "
            "overshoots the lowest point and lands farther away.",
        )
    why = why.format(lr=fmt(lr))
    if stable:
        # Exactly at 2 / lambda_max gradient descent does not converge either, and fmt rounds
        # (0.18029 -> 0.1803), so the advice is a rate below it: half is safe and fast.
        if normalized:
            advice = translate(
                "verdict",
                "For the standardized columns, plain gradient descent is stable only below "
                "{stable}: try a learning rate under that, e.g. {suggested}.",
            )
        else:
            advice = translate(
                "verdict",
                "For this data, plain gradient descent is stable only below {stable}: try a "
                "learning rate under that, e.g. {suggested}, or turn on standardization.",
            )
        advice = advice.format(stable=fmt(stable), suggested=fmt(stable / 2))
    elif normalized:
        advice = translate("verdict", "Try a learning rate 10 times smaller.")
    else:
        advice = translate(
            "verdict", "Try a learning rate 10 times smaller, or turn on standardization."
        )
    if result.reason == REASON_NOT_FINITE:
        left = translate("verdict", "The model is left at step {step}, its last finite state.")
    else:
        left = translate("verdict", "The model is left at step {step}, where the run stopped.")
    return " ".join((what, why, advice, left.format(step=s)))


# A learning rate at least this share of the largest stable one is "already close to it":
# raising it further gains little and soon diverges.
NEAR_STABLE = 0.9


def _budget_advice(d: dict, *, rising: bool) -> str:
    """What to try after a run whose steps ran out. When the largest stable learning rate is
    known (plain gradient descent on MSE), the advice names the range that works, so it never
    sends a student past the rate where training diverges."""
    stable = d.get("stable_lr")
    lr = d.get("lr")
    normalized = bool(d.get("normalize"))
    if rising:
        if not stable:
            return translate(
                "verdict", "Train more steps to see whether it settles, or try a smaller "
                "learning rate.")
        if normalized:
            text = translate(
                "verdict", "Try a smaller learning rate: for the standardized columns it stays "
                "stable up to {upto}.")
        else:
            text = translate(
                "verdict", "Try a smaller learning rate: it stays stable up to {upto} for this "
                "data.")
        return text.format(upto=fmt_below(stable))
    if not stable or lr is None:
        return translate("verdict", "Train more steps, or raise the learning rate.")
    if lr >= NEAR_STABLE * stable:
        if normalized:
            text = translate(
                "verdict", "Train more steps: the learning rate {lr} is already close to the "
                "largest stable one for the standardized columns ({stable}), so raising it "
                "would not help.")
        else:
            text = translate(
                "verdict", "Train more steps: the learning rate {lr} is already close to the "
                "largest stable one for this data ({stable}), so raising it would not help.")
        return text.format(lr=fmt(lr), stable=fmt(stable))
    if normalized:
        text = translate(
            "verdict", "Train more steps, or raise the learning rate: for the standardized "
            "columns it stays stable up to {upto}.")
    else:
        text = translate(
            "verdict", "Train more steps, or raise the learning rate: it stays stable up to "
            "{upto} for this data.")
    return text.format(upto=fmt_below(stable))
