"""File ▸ Export ▸ Animation…: the run since the last reset replayed for a slide, the data with
the line and its residuals beside the loss curve, as an animated PNG (core/apng.py) at a chosen
size and frame rate. Frames are drawn by the report's plot code (gui/report.py) into QImages
in a worker thread, with a progress dialog whose Cancel stops it between two frames.
"""

from __future__ import annotations

import dataclasses
import threading

import numpy as np
from PySide6.QtCore import QObject, QRectF, Qt, QThread, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressDialog,
    QSpinBox,
)

from linreg_gui.core.apng import ApngWriter
from linreg_gui.core.report_data import ReportData
from linreg_gui.gui.report import ReportPainter, num, report_font_families

SIZES = ((640, 480), (800, 600), (1024, 768), (1280, 720), (1920, 1080))
DEFAULT_SIZE = (800, 600)
DEFAULT_FPS = 10
DEFAULT_SECONDS = 10
HOLD_SHARE = 0.15  # the last part of the clip holds the final state (a slide ends still)


@dataclasses.dataclass(frozen=True)
class AnimationSettings:
    width: int = DEFAULT_SIZE[0]
    height: int = DEFAULT_SIZE[1]
    fps: int = DEFAULT_FPS
    seconds: float = DEFAULT_SECONDS

    @property
    def frames(self) -> int:
        return max(1, int(round(self.fps * self.seconds)))


def history_index(frame: int, frames: int, points: int) -> int:
    """Which history point a frame shows: the run spread evenly over the first frames, the
    last HOLD_SHARE of the clip on the final state."""
    if points <= 1 or frames <= 1:
        return max(0, points - 1)
    moving = max(1, int(round(frames * (1 - HOLD_SHARE))) - 1)
    return min(points - 1, int(round(frame * (points - 1) / moving)))


def frame_data(full: ReportData, i: int) -> ReportData:
    """The run as it was at history point ``i``."""
    return dataclasses.replace(
        full, step=int(full.steps[i]), weight=tuple(float(v) for v in full.weights[i]),
        bias=float(full.biases[i]), loss=float(full.losses[i]), steps=full.steps[:i + 1],
        losses=full.losses[:i + 1], weights=full.weights[:i + 1], biases=full.biases[:i + 1])


class FramePainter(ReportPainter):
    """One frame: a title line with the step and loss, the fit plot and the loss curve, with
    text and points large enough for the back of a classroom."""

    POINT_MM = 1.3
    TEXT_SCALE = 1.3

    def draw(self, image: QImage) -> None:
        w, h = image.width(), image.height()
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pad = w * 0.02
            painter.translate(pad, pad)
            self.painter, self.width, self.height = painter, w - 2 * pad, h - 2 * pad
            self.dpi = 96 * min(w / 800, h / 600)
            d = self.data
            top = self.text(0, 0, self.tr("Step {0}   loss {1}   W {2}   b {3}").format(
                d.step, num(d.loss), ", ".join(num(v) for v in d.weight), num(d.bias)),
                11, bold=True)
            top += self.mm(2)
            gap = self.mm(5)
            if w / h >= 1.5:  # wide: side by side
                half = (self.width - gap) / 2
                fit = QRectF(0, top, half, self.height - top)
                loss = QRectF(half + gap, top, half, self.height - top)
            else:
                part = (self.height - top - gap) * 0.56
                fit = QRectF(0, top, self.width, part)
                loss = QRectF(0, top + part + gap, self.width, self.height - top - part - gap)
            if d.dataset.n_features == 1:
                self.fit_plot_one(fit)
            else:
                self.fit_plot_many(fit)
            self.loss_plot(loss)
        finally:
            painter.end()


def render_frame(full: ReportData, index: int, width: int, height: int) -> np.ndarray:
    """History point ``index`` of the run drawn at width x height, as RGB (h, w, 3) uint8."""
    image = QImage(width, height, QImage.Format.Format_RGB888)
    FramePainter(frame_data(full, index), full=full).draw(image)
    bpl = image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=bpl * height)
    return raw.reshape(height, bpl)[:, :width * 3].reshape(height, width, 3).copy()


def make_animation(full: ReportData, settings: AnimationSettings, progress=None,
                   cancelled: threading.Event | None = None) -> bytes | None:
    """The APNG file's bytes, or None when ``cancelled`` was set. ``progress(done, total)``
    is called after every frame."""
    frames = settings.frames
    writer = ApngWriter(settings.width, settings.height, frames, settings.fps, loops=0)
    points = len(full.steps)
    last = None
    for f in range(frames):
        if cancelled is not None and cancelled.is_set():
            return None
        i = history_index(f, frames, points)
        if i != last or last is None:
            rgb = render_frame(full, i, settings.width, settings.height)
            last = i
        writer.add(rgb)
        if progress is not None:
            progress(f + 1, frames)
    return writer.finish()


class AnimationWorker(QObject):
    """Makes the animation in a QThread: ``progressed(done, total)``, then ``finished``
    with the bytes, or ``cancelled``, or ``failed(message)``."""

    progressed = Signal(int, int)  # frames done, frames in all
    finished = Signal(bytes)  # the APNG file
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, full: ReportData, settings: AnimationSettings) -> None:
        super().__init__()
        self.full, self.settings = full, settings
        self.stop_event = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            data = make_animation(self.full, self.settings,
                                  lambda done, total: self.progressed.emit(done, total),
                                  self.stop_event)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if data is None:
            self.cancelled.emit()
        else:
            self.finished.emit(data)


class AnimationJob(QObject):
    """One export: the worker in its thread and the progress dialog with Cancel."""

    done = Signal(object)  # the bytes, or None when cancelled
    failed = Signal(str)

    def __init__(self, parent, full: ReportData, settings: AnimationSettings) -> None:
        super().__init__(parent)
        report_font_families()  # register the fonts in the GUI thread, before the worker
        self.thread = QThread(self)
        self.worker = AnimationWorker(full, settings)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        for signal in (self.worker.finished, self.worker.cancelled, self.worker.failed):
            signal.connect(self.thread.quit)
        self.thread.finished.connect(self.worker.deleteLater)
        # Slots of this object (not lambdas): they run in the GUI thread, queued.
        self.worker.finished.connect(self._on_finished)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.failed.connect(self._on_failed)
        self.progress = QProgressDialog(parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setRange(0, settings.frames)
        self.progress.setLabelText(self.tr("Drawing the animation: {0} frames at {1} × {2}…")
                                   .format(settings.frames, settings.width, settings.height))
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.canceled.connect(self.cancel)
        self.worker.progressed.connect(self._on_progressed)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.stop_event.set()

    def wait(self) -> None:
        """Stop and join the thread (the window closes, a test ends)."""
        self.worker.stop_event.set()
        self.thread.quit()
        self.thread.wait()

    @Slot(bytes)
    def _on_finished(self, data: bytes) -> None:
        self.progress.reset()
        self.done.emit(bytes(data))

    @Slot()
    def _on_cancelled(self) -> None:
        self.progress.reset()
        self.done.emit(None)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.progress.reset()
        self.failed.emit(message)

    @Slot(int, int)
    def _on_progressed(self, done: int, _total: int) -> None:
        if not self.worker.stop_event.is_set():
            self.progress.setValue(done)


class AnimationDialog(QDialog):
    """Size, frame rate and length of the clip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export animation"))
        form = QFormLayout(self)
        self.size_box = QComboBox()
        for w, h in SIZES:
            self.size_box.addItem(f"{w} × {h}", (w, h))
        self.size_box.setCurrentIndex(SIZES.index(DEFAULT_SIZE))
        self.fps_box = QSpinBox()
        self.fps_box.setRange(1, 30)
        self.fps_box.setValue(DEFAULT_FPS)
        self.fps_box.setSuffix(self.tr(" frames/s"))
        self.seconds_box = QSpinBox()
        self.seconds_box.setRange(1, 60)
        self.seconds_box.setValue(DEFAULT_SECONDS)
        self.seconds_box.setSuffix(self.tr(" s"))
        form.addRow(self.tr("Size"), self.size_box)
        form.addRow(self.tr("Frame rate"), self.fps_box)
        form.addRow(self.tr("Length"), self.seconds_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def settings(self) -> AnimationSettings:
        w, h = self.size_box.currentData()
        return AnimationSettings(w, h, self.fps_box.value(), self.seconds_box.value())
