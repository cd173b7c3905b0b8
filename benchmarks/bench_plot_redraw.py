"""How long the live plots take to redraw with a 1,000,000-record training history.

Run: .venv/bin/python benchmarks/bench_plot_redraw.py   (prints `name: value` lines)
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from linreg_gui.gui.plots import PlotsPanel  # noqa: E402

N_POINTS = 1_000_000
REPEATS = 20
FRAME = 16  # records per append: a fast trainer's share of one 60 Hz frame
TARGET_MS = 15.0


def lesson_like_history(n: int) -> tuple[np.ndarray, ...]:
    steps = np.arange(n, dtype=np.int64)
    t = steps / 50.0
    rng = np.random.default_rng(0)
    loss = 9.68 + 1705.0 * np.exp(-t) + rng.random(n) * 1e-3  # noise: peak downsampling works
    weight = (20.0 - 20.0 * np.exp(-t))[:, None]
    bias = 7.0 * (1.0 - np.exp(-t))
    return steps, loss, weight, bias


def timed(fn, repeats: int) -> list[float]:
    times = []
    for i in range(repeats):
        start = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - start) * 1e3)
    return times


def report(name: str, times: list[float]) -> None:
    median = statistics.median(times)
    print(f"{name}_ms_median: {median:.2f}")
    print(f"{name}_ms_max: {max(times):.2f}")
    print(f"{name}_target_ms: {TARGET_MS:g}")
    print(f"{name}_ratio_to_target: {median / TARGET_MS:.2f}")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    panel = PlotsPanel()
    panel.resize(1200, 800)
    panel.show()
    panel.set_data(np.array([[1.0], [2.0], [3.0]]), np.array([20.0, 40.0, 60.0]),
                   ["hours"], "score", [20.0], 0.0, 1e-29)
    panel.set_current([16.236], 7.0396)
    total = N_POINTS + 3 * (REPEATS + 2) * FRAME
    steps, loss, weight, bias = lesson_like_history(total)
    start = time.perf_counter()
    for lo in range(0, N_POINTS, 100_000):  # as a long run would arrive, in large chunks
        hi = lo + 100_000
        panel.append_history(steps[lo:hi], loss[lo:hi], weight[lo:hi], bias[lo:hi])
    fill_ms = (time.perf_counter() - start) * 1e3
    app.processEvents()
    print(f"history_points: {N_POINTS}")
    print(f"history_fill_1m_ms: {fill_ms:.1f}")

    # 1. The loss curve alone: setData with views of the 1M-point buffers, then a forced
    #    repaint of its plot (a growing history, so the view range changes every time).
    loss_plot = panel.loss_plot
    hist = panel._history
    curve = panel.loss_curve

    def loss_redraw(i: int) -> None:
        n = N_POINTS - REPEATS + i
        curve.setData(hist.steps[:n], hist.log_loss[:n])
        loss_plot.viewport().repaint()

    timed(loss_redraw, 3)  # warm up caches and pixmaps
    report("loss_curve_1m_redraw", timed(loss_redraw, REPEATS))

    # 2. A whole frame as the window does it: append 16 records to every history curve,
    #    move the line, paint what changed (PlotsPanel.paint_now, as the window does).
    offset = [N_POINTS]

    def frame(i: int) -> None:
        lo = offset[0]
        hi = lo + FRAME
        offset[0] = hi
        panel.append_history(steps[lo:hi], loss[lo:hi], weight[lo:hi], bias[lo:hi], live=True)
        panel.set_current(weight[hi - 1], float(bias[hi - 1]))
        panel.paint_now()

    timed(frame, 2)
    report("panel_frame_1m_append_and_paint_now", timed(frame, REPEATS))

    # 2b. The same frame, every viewport repainted in full (how the window drew before
    #     paint_now: it also left the scenes' own updates to be painted once more later).
    def full_frame(i: int) -> None:
        lo = offset[0]
        hi = lo + FRAME
        offset[0] = hi
        panel.append_history(steps[lo:hi], loss[lo:hi], weight[lo:hi], bias[lo:hi], live=True)
        panel.set_current(weight[hi - 1], float(bias[hi - 1]))
        for plot in panel.export_widgets():  # panel.repaint() would not paint the viewports
            plot.viewport().repaint()

    timed(full_frame, 2)
    report("panel_frame_1m_append_and_repaint", timed(full_frame, REPEATS))

    # 3. The same whole frame, rendered with grab() (every child painted into a pixmap).
    def grab_frame(i: int) -> None:
        lo = offset[0]
        hi = lo + FRAME
        offset[0] = hi
        panel.append_history(steps[lo:hi], loss[lo:hi], weight[lo:hi], bias[lo:hi])
        panel.set_current(weight[hi - 1], float(bias[hi - 1]))
        panel.grab()

    timed(grab_frame, 2)
    report("panel_frame_1m_append_and_grab", timed(grab_frame, REPEATS))
    panel.close()


if __name__ == "__main__":
    main()
