"""The printed report of a run, drawn with QPainter on A4: page 1 the student's name field, the
date, the data (first rows and the count), the settings, the results (W, b, loss, RMSE, R²,
the least-squares answer and the gap) and the verdict; page 2 the three plots (the data with
the line and its residuals, the loss, the weight(s) and bias), drawn as vector lines so they
are sharp on paper. Text is in the bundled NanumGothic, which the PDF embeds, so Hangul
prints on any machine. The same drawing goes to a PDF file (QPdfWriter) or a printer.
"""

from __future__ import annotations

import math
import os

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
)

from linreg_gui.core.atomic_file import check_target, write_atomic
from linreg_gui.core.report_data import ReportData

PDF_DPI = 600
MARGIN_MM = 15
LOSS_NAMES = {"mse": "MSE", "mae": "MAE", "huber": "Huber"}
OPTIMIZER_NAMES = {"sgd": "SGD", "momentum": "SGD + momentum", "adam": "Adam",
                   "rmsprop": "RMSprop"}
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]
DATA_COLOUR = "#333333"
OPTIMUM_COLOUR = "#888888"
RESIDUAL_COLOUR = "#e08080"
MAX_PLOT_ROWS = 2_000  # data points drawn in the fit plot
MAX_RESIDUALS = 300


def num(v: float) -> str:
    """A number as the window shows it: 4 decimals (scientific when huge or non-finite)."""
    v = float(v)
    if not math.isfinite(v):
        return str(v)
    if abs(v) >= 1e7:
        return f"{v:.4e}"
    text = f"{v:.4f}"
    return "0.0000" if text == "-0.0000" else text


PREFERRED_LATIN = ("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Noto Sans")


def report_font_families() -> list[str]:
    """[a Latin font without Hangul, the bundled NanumGothic]: Hangul is always drawn (and
    embedded) in NanumGothic. Latin text and spaces come first from a Latin font because
    NanumGothic's space glyph is also its U+0001, and Qt's PDF then maps the spaces of a
    text to U+0001 (pdftotext and copying from a PDF viewer lose them)."""
    from PySide6.QtGui import QFontDatabase

    from linreg_gui.gui import i18n

    global _FAMILIES
    if _FAMILIES is None:
        nanum = i18n.register_hangul_font()
        korean = set(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))
        latin = [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.Latin)
                 if f not in korean and f != nanum and not QFontDatabase.isPrivateFamily(f)]
        system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
        choice = next((f for f in (*PREFERRED_LATIN, system) if f in latin),
                      latin[0] if latin else None)
        _FAMILIES = [f for f in (choice, nanum) if f]
    return _FAMILIES


_FAMILIES: list[str] | None = None


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo]
    raw = (hi - lo) / count
    mag = 10 ** math.floor(math.log10(raw))
    step = min((m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw), default=raw)
    first = math.ceil(lo / step) * step
    ticks = []
    v = first
    while v <= hi + step * 1e-9 and len(ticks) < 50:
        ticks.append(0.0 if abs(v) < step * 1e-9 else v)
        v += step
    return ticks


def _tick_text(v: float, span: float) -> str:
    if v == 0:
        return "0"
    if abs(v) >= 1e5 or abs(v) < 1e-3:
        return f"{v:.2g}"
    decimals = max(0, min(4, -int(math.floor(math.log10(span))) + 2)) if span > 0 else 2
    return f"{v:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{v:.0f}"


def _log_label(v: float) -> str:
    """A tick of a log axis as its value: 1,000 and 31.6, not 1e3 and 1e1.5."""
    if v >= 1e6 or v < 1e-3:
        return f"{v:.0e}"
    return f"{v:,.0f}" if v >= 1000 else f"{v:.3g}"


def _range(values: list[np.ndarray]) -> tuple[float, float]:
    finite = [a[np.isfinite(a)] for a in values if len(a)]
    finite = [a for a in finite if len(a)]
    if not finite:
        return 0.0, 1.0
    lo = float(min(a.min() for a in finite))
    hi = float(max(a.max() for a in finite))
    if hi <= lo:
        pad = abs(lo) * 0.1 or 1.0
        return lo - pad, hi + pad
    pad = (hi - lo) * 0.05
    return lo - pad, hi + pad


class ReportPainter(QObject):
    """Draws a ReportData on the pages of a QPdfWriter or QPrinter."""

    #: The data points' radius, and how much larger than on paper the text is.
    POINT_MM = 0.7
    TEXT_SCALE = 1.0

    def __init__(self, data: ReportData, student_name: str = "",
                 full: ReportData | None = None) -> None:
        super().__init__()
        self.data = data
        self.student_name = student_name
        # The whole run, whose ranges the axes keep while an animation replays part of it.
        self.full = full or data
        self.families = report_font_families()

    # ---- fonts and text ----------------------------------------------------------------------

    def font(self, points: float, bold: bool = False) -> QFont:
        f = QFont()
        f.setFamilies(self.families)
        f.setPointSizeF(points * self.TEXT_SCALE)
        f.setBold(bold)
        # No "fi" ligatures: text copied from the PDF (and pdftotext) keeps its letters.
        f.setFeature(QFont.Tag("liga"), 0)
        return f

    def mm(self, v: float) -> float:
        return v * self.dpi / 25.4

    def text(self, x: float, y: float, text: str, points: float = 10, bold=False,
             width: float | None = None, align=Qt.AlignmentFlag.AlignLeft, colour="#000000"):
        """Draw ``text`` with its top at y (device units); returns the height used."""
        p = self.painter
        p.setFont(self.font(points, bold))
        p.setPen(QColor(colour))
        fm = QFontMetricsF(p.font(), p.device())
        if width is None:
            width = self.width - x
        flags = int(align) | int(Qt.TextFlag.TextWordWrap)
        rect = fm.boundingRect(QRectF(x, y, width, 10 * self.height), flags, text)
        p.drawText(QRectF(x, y, width, rect.height()), flags, text)
        return rect.height()

    # ---- pages -------------------------------------------------------------------------------

    def paint(self, painter: QPainter, width: float, height: float, dpi: float,
              new_page) -> None:
        """Draw both pages; ``new_page()`` starts the second (QPdfWriter/QPrinter.newPage)."""
        self.painter, self.width, self.height, self.dpi = painter, width, height, dpi
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.page_one()
        new_page()
        self.page_two()

    def heading(self, y: float, text: str) -> float:
        y += self.mm(4)
        h = self.text(0, y, text, 12, bold=True)
        y += h + self.mm(0.8)
        self.painter.setPen(QPen(QColor("#444444"), self.mm(0.25)))
        self.painter.drawLine(QPointF(0, y), QPointF(self.width, y))
        return y + self.mm(1.5)

    def table(self, y: float, rows: list[list[str]], widths: list[float],
              header: bool = True, points: float = 9.5) -> float:
        p = self.painter
        line = QFontMetricsF(self.font(points), p.device()).height() * 1.25
        for r, row in enumerate(rows):
            x = 0.0
            for cell, w in zip(row, widths, strict=False):
                self.text(x, y, cell, points, bold=header and r == 0, width=w - self.mm(1))
                x += w
            y += line
            if header and r == 0:
                p.setPen(QPen(QColor("#999999"), self.mm(0.15)))
                p.drawLine(QPointF(0, y - line * 0.1), QPointF(sum(widths), y - line * 0.1))
        return y

    def page_one(self) -> None:
        d, cfg, ds = self.data, self.data.config, self.data.dataset
        y = 0.0
        y += self.text(0, y, self.tr("Linear regression by gradient descent: report"), 17,
                       bold=True)
        date = d.created.strftime("%Y-%m-%d %H:%M")
        self.text(0, y + self.mm(2), self.tr("Date: {0}").format(date), 10,
                  align=Qt.AlignmentFlag.AlignRight)
        name = self.student_name or "_" * 28
        y += self.mm(2) + self.text(0, y + self.mm(2), self.tr("Name: {0}").format(name), 11)

        y = self.heading(y, self.tr("1. Data"))
        names = [*ds.feature_names, ds.target_name]
        first = d.first_rows()
        col = min(self.width / (len(names) + 1), self.mm(32))
        rows = [["#", *names]] + [[str(i + 1), *(num(v).rstrip("0").rstrip(".")
                                                 if "e" not in num(v) else num(v) for v in row)]
                                  for i, row in enumerate(first)]
        y = self.table(y, rows, [self.mm(10)] + [col] * len(names))
        y += self.text(0, y + self.mm(1), self.tr(
            "{0} rows in all; the first {1} are listed. Features: {2}; target: {3}.").format(
            ds.n_rows, len(first), ", ".join(ds.feature_names), ds.target_name), 9.5)
        y += self.mm(1)

        y = self.heading(y, self.tr("2. Settings"))
        full = cfg.batch_size is None or cfg.batch_size >= ds.n_rows
        settings = [
            [self.tr("Optimizer"), OPTIMIZER_NAMES[cfg.optimizer]],
            [self.tr("Learning rate"), repr(cfg.lr)],
            [self.tr("Loss function"), LOSS_NAMES[cfg.loss]],
            [self.tr("Batch"), self.tr("the whole data") if full
             else self.tr("mini-batches of {0}").format(cfg.batch_size)],
            [self.tr("Standardized"), self.tr("yes") if cfg.normalize else self.tr("no")],
            [self.tr("Seed"), str(cfg.seed)],
            [self.tr("Updates made"), str(d.step)],
        ]
        y = self.table(y, settings, [self.mm(45), self.mm(80)], header=False)

        y = self.heading(y, self.tr("3. Results"))
        m = d.metrics
        k = ds.n_features
        w_names = ["W"] if k == 1 else [f"W{i + 1}" for i in range(k)]
        results = [[self.tr("Value"), self.tr("Trained model"), self.tr("Least squares")]]
        for i, wn in enumerate(w_names):
            label = wn if k == 1 else f"{wn} ({ds.feature_names[i]})"
            results.append([label, num(d.weight[i]), num(d.optimum.weight[i])])
        results.append(["b", num(d.bias), num(d.optimum.bias)])
        loss_name = LOSS_NAMES[cfg.loss]
        results.append([self.tr("loss ({0})").format(loss_name), num(d.loss),
                        num(d.optimum_loss)])
        opt_metrics_rmse = math.sqrt(d.optimum.mse) if d.optimum.mse >= 0 else math.nan
        results.append(["RMSE", num(m.rmse), num(opt_metrics_rmse)])
        r2 = self.tr("undefined") if m.r2 is None else num(m.r2)
        results.append(["R²", r2, ""])
        y = self.table(y, results, [self.mm(50), self.mm(45), self.mm(45)])
        y += self.text(0, y + self.mm(1), self.tr(
            "Gap to the least-squares answer: the loss is {0} above the smallest possible "
            "loss {1}.").format(num(d.gap), num(d.optimum_loss)), 10)
        y += self.mm(1)

        y = self.heading(y, self.tr("4. Verdict"))
        verdict = d.verdict or self.tr("No run has been made yet.")
        y += self.text(0, y, verdict, 10.5)
        self.text(0, self.height - self.mm(6), self.tr(
            "Made with linreg-gui. The plots are on the next page."), 8, colour="#666666")

    def page_two(self) -> None:
        d, ds = self.data, self.data.dataset
        y = self.heading(-self.mm(4), self.tr("5. Plots"))
        gap = self.mm(6)
        h = (self.height - y - 2 * gap - self.mm(4)) / 3
        rect = QRectF(0, y, self.width, h)
        if ds.n_features == 1:
            self.fit_plot_one(rect)
        else:
            self.fit_plot_many(rect)
        rect = QRectF(0, y + h + gap, self.width, h)
        self.loss_plot(rect)
        rect = QRectF(0, y + 2 * (h + gap), self.width, h)
        self.parameter_plot(rect)

    # ---- plots -------------------------------------------------------------------------------

    def plot_frame(self, outer: QRectF, title: str, x_label: str, y_label: str,
                   x_range, y_range, legend: list[tuple[str, str, bool]],
                   log_y: bool = False) -> QRectF:
        """Title, legend (label, colour, dashed), axes, ticks and labels; returns the inner
        rectangle data is drawn in."""
        p = self.painter
        title_h = self.text(outer.left(), outer.top(), title, 10.5, bold=True)
        left = outer.left() + self.mm(17)
        legend_y = outer.top() + title_h + self.mm(0.8)
        self.legend(left, legend_y, legend)
        # Room for the legend, the tick labels and the axis label at their size (an
        # animation's text is larger than the page's).
        device = p.device()
        tick_h = QFontMetricsF(self.font(7.5), device).height()
        label_y = self.mm(0.8) + tick_h + self.mm(0.3)
        top = legend_y + max(self.mm(4.5), QFontMetricsF(self.font(8), device).height()
                             + self.mm(1))
        below = max(self.mm(10), label_y + QFontMetricsF(self.font(8.5), device).height())
        label_y = max(self.mm(4.5), label_y)
        inner = QRectF(left, top, outer.right() - left - self.mm(2),
                       outer.bottom() - top - below)
        p.setPen(QPen(QColor("#000000"), self.mm(0.2)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(inner)
        tick_pen = QPen(QColor("#dddddd"), self.mm(0.1))
        for axis, (lo, hi) in (("x", x_range), ("y", y_range)):
            ticks = nice_ticks(lo, hi)
            for t in ticks:
                if axis == "x":
                    px = inner.left() + (t - lo) / (hi - lo) * inner.width()
                    p.setPen(tick_pen)
                    p.drawLine(QPointF(px, inner.top()), QPointF(px, inner.bottom()))
                    self.text(px - self.mm(12), inner.bottom() + self.mm(0.8),
                              _tick_text(t, hi - lo), 7.5, width=self.mm(24),
                              align=Qt.AlignmentFlag.AlignHCenter)
                else:
                    py = inner.bottom() - (t - lo) / (hi - lo) * inner.height()
                    p.setPen(tick_pen)
                    p.drawLine(QPointF(inner.left(), py), QPointF(inner.right(), py))
                    label = _log_label(10 ** t) if log_y else _tick_text(t, hi - lo)
                    self.text(outer.left(), py - self.mm(1.6), label, 7.5,
                              width=self.mm(16), align=Qt.AlignmentFlag.AlignRight)
        self.text(inner.left(), inner.bottom() + label_y, x_label, 8.5,
                  width=inner.width(), align=Qt.AlignmentFlag.AlignHCenter)
        p.save()
        p.translate(outer.left() - self.mm(0.5), inner.center().y())
        p.rotate(-90)
        self.text(-inner.height() / 2, 0, y_label, 8.5, width=inner.height(),
                  align=Qt.AlignmentFlag.AlignHCenter)
        p.restore()
        self._map = (inner, x_range, y_range)
        return inner

    def to_px(self, x: np.ndarray, y: np.ndarray) -> QPolygonF:
        inner, (x0, x1), (y0, y1) = self._map
        px = inner.left() + (np.asarray(x, float) - x0) / (x1 - x0) * inner.width()
        py = inner.bottom() - (np.asarray(y, float) - y0) / (y1 - y0) * inner.height()
        ok = np.isfinite(px) & np.isfinite(py)
        return QPolygonF([QPointF(a, b) for a, b in zip(px[ok], py[ok], strict=True)])

    def curve(self, x, y, colour: str, width_mm: float = 0.35, dashed: bool = False) -> None:
        p = self.painter
        pen = QPen(QColor(colour), self.mm(width_mm))
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.save()
        p.setClipRect(self._map[0])
        p.drawPolyline(self.to_px(x, y))
        p.restore()

    def points(self, x, y, colour: str, radius_mm: float = 0.7) -> None:
        p = self.painter
        p.save()
        p.setClipRect(self._map[0])
        p.setPen(QPen(QColor(colour), self.mm(0.15)))
        p.setBrush(QColor(colour))
        r = self.mm(radius_mm)
        path = QPainterPath()
        for pt in self.to_px(x, y):
            path.addEllipse(pt, r, r)
        p.drawPath(path)
        p.restore()

    def legend(self, x: float, y: float, entries: list[tuple[str, str, bool]]) -> None:
        """One row of entries: a short line in the series' pen, then its label."""
        fm = QFontMetricsF(self.font(8), self.painter.device())
        for label, colour, dashed in entries:
            pen = QPen(QColor(colour), self.mm(0.45))
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            self.painter.setPen(pen)
            mid = y + fm.height() / 2
            self.painter.drawLine(QPointF(x, mid), QPointF(x + self.mm(7), mid))
            self.text(x + self.mm(8.5), y, label, 8, width=fm.horizontalAdvance(label) + 4)
            x += self.mm(8.5) + fm.horizontalAdvance(label) + self.mm(6)

    def _rows(self, limit: int) -> np.ndarray:
        n = self.data.dataset.n_rows
        return np.arange(n) if n <= limit else np.linspace(0, n - 1, limit).astype(np.int64)

    def fit_plot_one(self, rect: QRectF) -> None:
        d, ds = self.data, self.data.dataset
        idx = self._rows(MAX_PLOT_ROWS)
        x, y = ds.X[idx, 0], ds.y[idx]
        xr = _range([x])
        line_x = np.array(xr)
        line_y = d.weight[0] * line_x + d.bias
        opt_y = d.optimum.weight[0] * line_x + d.optimum.bias
        # The line is in view too, up to one data span beyond the data (as in the window: a
        # diverged model must not flatten the data; it runs off the edge instead).
        lo, hi = _range([y])
        lines = [line_y]
        if self.full is not d and len(self.full.steps):
            # An animation: every line of the run in view, so the axis holds still.
            lines.append(self.full.weights[:, 0] * line_x[0] + self.full.biases)
            lines.append(self.full.weights[:, 0] * line_x[1] + self.full.biases)
        yr = _range([y, *(np.clip(v, lo - (hi - lo), hi + (hi - lo)) for v in lines)])
        self.plot_frame(rect, self.tr("The data and the line ŷ = Wx + b, with the residuals"),
                        ds.feature_names[0], ds.target_name, xr, yr,
                        [(self.tr("the trained line"), COLOURS[0], False),
                         (self.tr("least squares"), OPTIMUM_COLOUR, True),
                         (self.tr("residuals"), RESIDUAL_COLOUR, False)])
        res = self._rows(MAX_RESIDUALS)
        pred = d.weight[0] * ds.X[res, 0] + d.bias
        p = self.painter
        p.save()
        p.setClipRect(self._map[0])
        p.setPen(QPen(QColor(RESIDUAL_COLOUR), self.mm(0.2)))
        for xi, yi, pi in zip(ds.X[res, 0], ds.y[res], pred, strict=True):
            seg = self.to_px([xi, xi], [yi, pi])
            if len(seg) == 2:
                p.drawLine(seg[0], seg[1])
        p.restore()
        self.curve(line_x, opt_y, OPTIMUM_COLOUR, 0.3, dashed=True)
        self.points(x, y, DATA_COLOUR, self.POINT_MM)
        self.curve(line_x, line_y, COLOURS[0], 0.5)

    def fit_plot_many(self, rect: QRectF) -> None:
        d, ds = self.data, self.data.dataset
        idx = self._rows(MAX_PLOT_ROWS)
        pred = ds.X[idx] @ np.asarray(d.weight) + d.bias
        y = ds.y[idx]
        r = _range([y, pred])
        self.plot_frame(rect, self.tr("Predicted against actual (the diagonal: a perfect fit)"),
                        self.tr("actual {0}").format(ds.target_name),
                        self.tr("predicted {0}").format(ds.target_name), r, r,
                        [(self.tr("rows"), COLOURS[0], False),
                         (self.tr("perfect fit"), OPTIMUM_COLOUR, True)])
        self.curve(np.array(r), np.array(r), OPTIMUM_COLOUR, 0.3, dashed=True)
        self.points(y, pred, COLOURS[0])

    def loss_plot(self, rect: QRectF) -> None:
        d = self.data
        steps, losses = d.steps, d.losses
        positive = self.full.losses[np.isfinite(self.full.losses) & (self.full.losses > 0)]
        log_y = len(positive) > 1 and positive.max() / positive.min() > 50
        opt = d.optimum_loss
        if len(positive) and opt < positive.min() * 1e-6:
            opt = math.nan  # an exact fit (0, or rounding noise): a line at 1e-29 says nothing
        def scaled(values):
            return np.log10(np.where(values > 0, values, np.nan)) if log_y else values

        ys = scaled(losses)
        if log_y:
            opt = math.log10(opt) if opt > 0 else math.nan
        full_steps = self.full.steps
        xr = (0.0, float(max(1, full_steps.max() if len(full_steps) else 1)))
        yr = _range([scaled(self.full.losses), np.array([opt])])
        name = LOSS_NAMES[d.config.loss]
        title = (self.tr("The loss ({0}) at every step, on a log scale") if log_y
                 else self.tr("The loss ({0}) at every step")).format(name)
        entries = [(self.tr("loss"), COLOURS[1], False)]
        if math.isfinite(opt):
            entries.append((self.tr("least squares"), OPTIMUM_COLOUR, True))
        self.plot_frame(rect, title, self.tr("step"), self.tr("loss"), xr, yr, entries,
                        log_y=log_y)
        self.curve(np.array(xr), np.array([opt, opt]), OPTIMUM_COLOUR, 0.3, dashed=True)
        self.curve(steps, ys, COLOURS[1], 0.45)

    def parameter_plot(self, rect: QRectF) -> None:
        d, ds = self.data, self.data.dataset
        steps = d.steps
        k = ds.n_features
        series = [d.weights[:, i] for i in range(k)] + [d.biases]
        targets = [*d.optimum.weight, d.optimum.bias]
        xr = (0.0, float(max(1, steps.max() if len(steps) else 1)))
        yr = _range([*series, np.array(targets)])
        names = (["W"] if k == 1 else [f"W{i + 1}" for i in range(k)]) + ["b"]
        colours = [COLOURS[(i + 2) % len(COLOURS)] for i in range(k + 1)]
        self.plot_frame(rect, self.tr("The weight(s) and the bias at every step (dashed: the "
                                      "least-squares values)"), self.tr("step"),
                        self.tr("value"), xr, yr,
                        [(n, c, False) for n, c in zip(names, colours, strict=True)][:8])
        for values, target, colour in zip(series, targets, colours, strict=True):
            self.curve(np.array(xr), np.array([target, target]), colour, 0.25, dashed=True)
            self.curve(steps, values, colour, 0.45)


def _pdf_writer(device) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle("linreg-gui report")
    writer.setCreator("linreg-gui")
    return writer


def paint_on(device, data: ReportData, student_name: str = "") -> None:
    """Draw the report on a QPdfWriter or a QPrinter (A4 pages)."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(5, "the page could not be drawn on")
    try:
        res = device.resolution()
        rect = device.pageLayout().paintRectPixels(res)
        ReportPainter(data, student_name).paint(painter, rect.width(), rect.height(), res,
                                                device.newPage)
    finally:
        painter.end()


def pdf_bytes(data: ReportData, student_name: str = "") -> bytes:
    """The report as the bytes of a PDF file."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer)
    paint_on(writer, data, student_name)
    del writer  # finishes the file
    buffer.close()
    return bytes(array.data())


def write_pdf(path: str | os.PathLike, data: ReportData, student_name: str = "") -> None:
    """Write the report as PDF to ``path`` atomically. Raises OSError."""
    check_target(path)
    write_atomic(path, pdf_bytes(data, student_name))
