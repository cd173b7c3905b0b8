"""View ▸ Presentation mode (F9) and View ▸ Zoom (Ctrl+= / Ctrl+- / Ctrl+0), for a projector
at the front of a classroom. Presentation mode makes the text 1.5 times larger, the lines at
least 3 px and the points 16 px, shows W, b and the loss in large bold type above the plots,
uses a high-contrast light palette and hides the side panels (the data table, the settings,
the readouts table) and the status bar; F9 brings them back. Zoom scales all of the
window's text. Both are remembered for the next start."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QToolBar

from linreg_gui.gui.readouts import fmt

PRESENTATION_KEY = "view/presentation"
ZOOM_KEY = "view/zoom"
PRESENTATION_TEXT_SCALE = 1.5
ZOOM_STEP = 1.1
ZOOM_MIN, ZOOM_MAX = 0.8, 2.2
# The big readouts' type: pixels high (before zoom), bold.
BIG_READOUT_PX = 28
# Presenting, a window shorter than this hides the timeline bar.
SHORT_WINDOW_PX = 700
# The big readouts follow a run at most this many times a second.
BIG_READOUT_RATE_MS = 250


def high_contrast_palette() -> QPalette:
    """Black on white, a strong blue for selections: legible on a washed-out projector."""
    p = QPalette()
    white, black = QColor("#ffffff"), QColor("#000000")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                 QPalette.ColorRole.Button, QPalette.ColorRole.AlternateBase,
                 QPalette.ColorRole.ToolTipBase):
        p.setColor(role, white)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText,
                 QPalette.ColorRole.PlaceholderText):
        p.setColor(role, black)
    p.setColor(QPalette.ColorRole.Highlight, QColor("#0033cc"))
    p.setColor(QPalette.ColorRole.HighlightedText, white)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#555555"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#555555"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#555555"))
    return p


class BigReadouts(QLabel):
    """W, b and the loss of the current model in large bold type."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("big_readouts")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._record = None
        self.set_zoom(1.0)

    def set_zoom(self, zoom: float) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(round(BIG_READOUT_PX * zoom))
        self.setFont(font)

    def show_record(self, record) -> None:
        self._record = record
        self.retranslate()

    def retranslate(self) -> None:
        rec = self._record
        weight = (None,) if rec is None else rec.weight
        weights = "   ".join(
            f"w{'' if len(weight) == 1 else i + 1} = {fmt(w)}" for i, w in enumerate(weight))
        self.setText(self.tr("{weights}   b = {bias}   loss = {loss}").format(
            weights=weights, bias=fmt(None if rec is None else rec.bias),
            loss=fmt(None if rec is None else rec.loss)))


class Presentation(QObject):
    """The actions, their remembered state and what they change in the window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.on = False
        self.zoom = 1.0
        self._base_font = QFont(window.font())
        self._base_palette = QPalette(window.palette())
        self._pending = None  # the newest record not yet shown by the big readouts
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BIG_READOUT_RATE_MS)
        self._timer.timeout.connect(self._show_pending)

        self.action = self._action("presentation", "F9", self.toggle)
        self.action.setCheckable(True)
        self.zoom_in_action = self._action("zoom_in", "Ctrl+=", lambda: self.set_zoom(
            self.zoom * ZOOM_STEP))
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++"),
                                          QKeySequence.StandardKey.ZoomIn])
        self.zoom_out_action = self._action("zoom_out", "Ctrl+-", lambda: self.set_zoom(
            self.zoom / ZOOM_STEP))
        self.zoom_out_action.setShortcuts([QKeySequence("Ctrl+-"),
                                           QKeySequence.StandardKey.ZoomOut])
        self.zoom_reset_action = self._action("zoom_reset", "Ctrl+0", lambda: self.set_zoom(1.0))
        menu = getattr(window, "view_menu", None)
        if menu is not None:
            menu.addSeparator()
            for a in (self.action, self.zoom_in_action, self.zoom_out_action,
                      self.zoom_reset_action):
                menu.addAction(a)

        self.big = BigReadouts()
        self.big_bar = QToolBar()
        self.big_bar.setObjectName("big_readouts_bar")
        self.big_bar.setMovable(False)
        self.big_bar.addWidget(self.big)
        area = window.plots_area
        area.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.big_bar)
        self.big_bar.hide()
        window.snapshot_shown.connect(self._on_snapshot)
        self.retranslate()
        window.installEventFilter(self)

        s = QSettings()
        self.set_zoom(_float(s.value(ZOOM_KEY), 1.0), remember=False)
        self.set_presentation(_bool(s.value(PRESENTATION_KEY)), remember=False)

    def _action(self, name: str, key: str, slot) -> QAction:
        a = QAction(self.window)
        a.setObjectName(name)
        a.setShortcut(QKeySequence(key))
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(a)
        return a

    def retranslate(self) -> None:
        texts = {
            self.action: (self.tr("&Presentation mode"),
                          self.tr("Large text and lines, W, b and the loss in big type, the "
                                  "side panels hidden: for a projector (F9)")),
            self.zoom_in_action: (self.tr("Zoom &in"), self.tr("Larger text (Ctrl+=)")),
            self.zoom_out_action: (self.tr("Zoom &out"), self.tr("Smaller text (Ctrl+-)")),
            self.zoom_reset_action: (self.tr("&Normal size"),
                                     self.tr("Text at its normal size (Ctrl+0)")),
        }
        for a, (text, tip) in texts.items():
            a.setText(text)
            a.setToolTip(tip)
            a.setStatusTip(tip)
        self.big_bar.setWindowTitle(self.tr("W, b and the loss"))
        self.big.retranslate()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.window and event.type() == QEvent.Type.Resize:
            self._fit_timeline()
        return False

    def _fit_timeline(self) -> None:
        """Presenting on a short screen (a 720-line projector), the timeline bar gives the
        plots and the teaching view its height; F9 off, or a taller window, brings it back."""
        timeline = getattr(self.window, "timeline", None)
        bar = getattr(timeline, "toolbar", None)
        if bar is not None:
            bar.setVisible(not (self.on and self.window.height() < SHORT_WINDOW_PX))

    # ---- commands ----------------------------------------------------------------------------

    def toggle(self) -> None:
        self.set_presentation(not self.on)

    def _keep_size(self) -> None:
        """Presentation mode and zoom change the window's text, not its size: a layout that
        needed more room for a moment (the side panels back while the text was still large)
        made the window grow past the screen and stay so."""
        w = self.window
        if not w.isVisible() or w.isMaximized() or w.isFullScreen():
            return
        size = w.size()

        def back() -> None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            if w.size() != size and not (w.isMaximized() or w.isFullScreen()):
                w.resize(size)  # (never below the window's minimum size)

        QTimer.singleShot(0, back)

    def set_presentation(self, on: bool, remember: bool = True) -> None:
        self._keep_size()
        self.on = bool(on)
        self.action.setChecked(self.on)
        w = self.window
        w.setPalette(high_contrast_palette() if self.on else self._base_palette)
        w.side_columns.set_hidden(self.on)
        w.plots_area.set_beside_allowed(self.on)  # a 720-line projector: views beside
        w.statusBar().setVisible(not self.on)  # the big readouts say what counts
        self._fit_timeline()
        self.big_bar.setVisible(self.on)
        if self.on and w.latest is not None:
            self.big.show_record(w.latest)
        self._apply()
        if remember:
            QSettings().setValue(PRESENTATION_KEY, self.on)

    def set_zoom(self, zoom: float, remember: bool = True) -> None:
        if not math.isfinite(zoom):
            zoom = 1.0
        self.zoom = round(min(ZOOM_MAX, max(ZOOM_MIN, zoom)), 3)
        self._keep_size()
        self._apply()
        if remember:
            QSettings().setValue(ZOOM_KEY, self.zoom)

    def text_scale(self) -> float:
        return self.zoom * (PRESENTATION_TEXT_SCALE if self.on else 1.0)

    def _apply(self) -> None:
        w = self.window
        scale = self.text_scale()
        font = QFont(self._base_font)
        size = self._base_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * scale)
        else:
            font.setPixelSize(round(self._base_font.pixelSize() * scale))
        w.setFont(font)
        w.plots.set_look(scale, thick=self.on)
        if w.isVisible():  # (before the first show the screen's width decides)
            w.side_columns.update_layout()  # the narrow layout starts at a width in letters
        self.big.set_zoom(self.zoom)
        # Smaller text may give the loss and parameter plots their room back (larger: not).
        QTimer.singleShot(0, w.plots_area.fit_plots)

    # ---- the big readouts ----------------------------------------------------------------

    def _on_snapshot(self, snap) -> None:
        if not self.on:
            return
        self._pending = snap.latest
        if not snap.running:
            self._show_pending()
        elif not self._timer.isActive():
            self._timer.start()

    def _show_pending(self) -> None:
        self._timer.stop()
        if self._pending is not None:
            self.big.show_record(self._pending)
            self._pending = None


def _bool(value) -> bool:
    return value in (True, "true", "1", 1)


def _float(value, default: float) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default

