"""Tick labels that fit the plots' fixed-width left axes: from 10 000 up (a diverged model's
weights), "-5e5" instead of "-500000", so they never run into the axis title."""

from __future__ import annotations

import math

import pyqtgraph as pg

#: Tick values at least this large (in absolute value) are written in short scientific form.
COMPACT_FROM = 1e4


def compact_number(value: float) -> str:
    """-500000 -> "-5e5", 1500000 -> "1.5e6", 0 -> "0" (two significant digits)."""
    if value == 0 or not math.isfinite(value):
        return "0" if value == 0 else str(value)
    exp = math.floor(math.log10(abs(value)))
    mantissa = round(value / 10.0**exp, 1)  # ticks are round: 1, 2, 5 and halves
    if abs(mantissa) >= 10:  # 9.999e5 rounds up to 10e5
        mantissa, exp = mantissa / 10, exp + 1
    return f"{mantissa:g}e{exp}"


def use_compact_ticks(axis: pg.AxisItem) -> None:
    """Make a linear ``axis`` write large tick values compactly (a log axis is left alone)."""
    plain = axis.tickStrings

    def tick_strings(values, scale, spacing):
        if axis.logMode or not values or max(abs(v * scale) for v in values) < COMPACT_FROM:
            return plain(values, scale, spacing)
        return [compact_number(v * scale) for v in values]

    axis.tickStrings = tick_strings
