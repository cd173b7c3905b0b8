"""The readouts print numbers as a reader of four decimals expects."""

from __future__ import annotations

from linreg_gui.gui.readouts import fmt


def test_rounding_noise_below_the_shown_precision_prints_as_zero():
    # The lesson's least-squares loss and bias come out of float arithmetic as 3.4e-29 and
    # 1.4e-14: shown as 0.0000, like the gap between two equal values.
    assert fmt(3.366e-29) == "0.0000"
    assert fmt(-1.421e-14) == "0.0000"
    assert fmt(0.00004) == "0.0000"
    assert fmt(0.00006) == "0.0001"
    assert fmt(191.7617) == "191.7617"
    assert fmt(2.5e7) == "2.5e+07"
    assert fmt(None) == "—" and fmt(float("nan")) == "—"
