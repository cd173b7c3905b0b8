"""Help > About (version and the licenses of what the app bundles) and Help > Guided tour (the
lesson's steps, each pointing at the part of the window that shows it)."""

from __future__ import annotations

import importlib.metadata
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, qVersion
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from linreg_gui import __version__
from linreg_gui.gui.tour_placement import place_beside
from linreg_gui.resources import resources_dir

# ---- About --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str  # its name on PyPI, for the version; "" when not a Python package
    module: str  # imported to read __version__ when the metadata is missing (a bundle)
    license: str
    files: tuple[str, ...]  # under resources/, shown one after the other
    url: str


COMPONENTS = (
    Component("PyTorch", "torch", "torch", "BSD-3-Clause",
              ("licenses/PyTorch-BSD-3-Clause.txt",), "https://pytorch.org"),
    Component("Qt / Qt for Python (PySide6)", "PySide6-Essentials", "PySide6", "LGPL-3.0",
              ("licenses/LGPL-3.0.txt", "licenses/GPL-3.0.txt"), "https://www.qt.io"),
    Component("pyqtgraph", "pyqtgraph", "pyqtgraph", "MIT",
              ("licenses/pyqtgraph-MIT.txt",), "https://www.pyqtgraph.org"),
    Component("NumPy", "numpy", "numpy", "BSD-3-Clause",
              ("licenses/NumPy-BSD-3-Clause.txt",), "https://numpy.org"),
    Component("openpyxl", "openpyxl", "openpyxl", "MIT",
              ("licenses/openpyxl-MIT.txt",), "https://openpyxl.readthedocs.io"),
    Component("NanumGothic (나눔고딕)", "", "", "OFL-1.1",
              ("fonts/OFL.txt",), "https://hangeul.naver.com"),
)


def component_version(component: Component) -> str:
    """The installed version, without importing anything heavy that is not loaded yet."""
    if component.module == "PySide6":
        return qVersion()
    if not component.distribution:
        return "2.0"  # NanumGothic 2.0 (Debian's fonts-nanum 20200506)
    try:
        return importlib.metadata.version(component.distribution)
    except importlib.metadata.PackageNotFoundError:
        module = sys.modules.get(component.module)  # torch only once the engine loaded it
        return str(getattr(module, "__version__", "")) or "?"


def license_text(component: Component) -> str:
    parts = []
    for name in component.files:
        path = resources_dir() / name
        try:
            parts.append(path.read_text(encoding="utf-8"))
        except OSError:
            parts.append(f"[{name}: missing]")
    return ("\n\n" + "-" * 72 + "\n\n").join(parts)


class AboutDialog(QDialog):
    """The version, what the app is, and every bundled component's license, in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.resize(760, 560)
        icon = QLabel()
        app_icon = QGuiApplication.windowIcon()
        if not app_icon.isNull():
            icon.setPixmap(app_icon.pixmap(QSize(64, 64)))
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setOpenExternalLinks(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.heading, 1)

        self.list = QListWidget()
        self.list.setObjectName("about_components")
        for component in COMPONENTS:
            self.list.addItem(component.name)
        self.text = QPlainTextEdit()
        self.text.setObjectName("about_license_text")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.license_label = QLabel()
        self.license_label.setWordWrap(True)
        self.license_label.setOpenExternalLinks(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.license_label)
        right_layout.addWidget(self.text, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 520])
        self.components_label = QLabel()
        self.components_label.setBuddy(self.list)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.components_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._show_component)
        self.retranslate()
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About linreg-gui"))
        self.heading.setText(self.tr(
            "<h2>linreg-gui {version}</h2>"
            "<p>Linear regression trained by gradient descent with PyTorch, step by step, "
            "following the lesson <i>모델 선형회귀 모델링</i>: study hours → score.</p>"
            "<p>linreg-gui is free software under the MIT License. It bundles the components "
            "listed below, each under its own license.</p>"
        ).format(version=__version__))
        self.components_label.setText(self.tr("&Bundled components:"))
        self.list.setAccessibleName(self.tr("Bundled components"))
        self.text.setAccessibleName(self.tr("License text"))
        self._show_component(self.list.currentRow())

    def _show_component(self, row: int) -> None:
        if not 0 <= row < len(COMPONENTS):
            return
        c = COMPONENTS[row]
        self.license_label.setText(self.tr(
            "<b>{name}</b> {version} — license: {license} — <a href=\"{url}\">{url}</a>"
        ).format(name=c.name, version=component_version(c), license=c.license, url=c.url))
        self.text.setPlainText(license_text(c))

    def select(self, name: str) -> None:
        """Show the component whose name starts with ``name`` (tests)."""
        for i, c in enumerate(COMPONENTS):
            if c.name.startswith(name):
                self.list.setCurrentRow(i)
                return
        raise KeyError(name)


# ---- the guided tour ----------------------------------------------------------------------


class Spotlight(QWidget):
    """A frame drawn over the main window around the widgets a tour page talks about; it
    lets every click through."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("tour_spotlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._window = window
        self._targets: list[QWidget] = []
        window.installEventFilter(self)
        self.hide()

    def point_at(self, targets: Sequence[QWidget]) -> None:
        self._targets = [t for t in targets if t is not None]
        self._place()

    def target_rects(self) -> list[QRect]:
        """Each visible target, in the window's coordinates: each gets its own frame."""
        return [QRect(t.mapTo(self._window, t.rect().topLeft()), t.size())
                for t in self._targets if t.isVisible()]

    def target_rect(self) -> QRect:
        rect = QRect()
        for r in self.target_rects():
            rect = rect.united(r)
        return rect

    def _place(self) -> None:
        rect = self.target_rect()
        if rect.isNull():
            self.hide()
            return
        self.setGeometry(self._window.rect())
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            if self.isVisible():
                self._place()
        return False

    def paintEvent(self, _event) -> None:  # noqa: N802
        rect = self.target_rect()
        if rect.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        width = max(3, self.fontMetrics().height() // 5)  # thicker with larger fonts (DPI)
        painter.setPen(QPen(color, width))
        fill = QColor(color)
        fill.setAlpha(28)
        painter.setBrush(fill)
        half = width // 2 + 1
        for r in self.target_rects():  # a frame each: the page can sit between them
            painter.drawRoundedRect(r.adjusted(half, half, -half, -half), 6, 6)
        painter.end()


@dataclass(frozen=True)
class TourPage:
    key: str
    targets: Callable[[QWidget], Sequence[QWidget]]  # the window -> widgets to point at


def _plot(window, i: int) -> list[QWidget]:
    widgets = getattr(window.plots, "export_widgets", None)
    return [widgets()[i]] if widgets else [window.plots]


def _run_toolbar(window) -> list[QWidget]:
    return [window.run_toolbar]


def _bring_to_front(widget: QWidget | None) -> None:
    """Make every tab that holds ``widget`` the current one (on a narrow window the data and
    the Model readouts are tabs: a page about the readouts shows them, not the data)."""
    child = widget
    parent = widget.parentWidget() if widget is not None else None
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


TOUR_PAGES = (
    TourPage("data", lambda w: [w.table_view]),
    TourPage("model", lambda w: _plot(w, 0)),
    TourPage("prediction", lambda w: [*_plot(w, 0), w.predict]),
    TourPage("loss", lambda w: _plot(w, 1)),
    TourPage("gradients", _run_toolbar),
    TourPage("step", lambda w: [w.controls]),
    TourPage("loop", lambda w: [*_run_toolbar(w), *_plot(w, 2)]),
    TourPage("result", lambda w: [w.readouts, w.predict]),
)


class TourDialog(QDialog):
    """A short walk through the lesson: data → model → prediction → loss → gradients →
    optimizer step → training loop → result. Not modal, so the window stays usable; each page
    frames the part of the window it explains."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("tour_dialog")
        self.setModal(False)
        self._window = window
        self._page = 0
        self.spotlight = Spotlight(window)
        self.counter = QLabel()
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # 56 characters a line when there is room; down to 30 beside a wide frame (the page
        # is placed beside what it frames, never over it: tour_placement).
        self._preferred_body_width = self.fontMetrics().averageCharWidth() * 56
        self.body.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.close_button = QPushButton()
        self.back_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.close)
        self.back_button.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.next_button.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)  # not beside the buttons: a narrower page fits more
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.where)
        layout.addLayout(buttons)
        self.retranslate()
        self.show_page(0)
        window.installEventFilter(self)  # a resized window moves the page beside its frame

    # ---- texts ------------------------------------------------------------------------------

    def page_texts(self, key: str) -> tuple[str, str, str]:
        """(title, body, where in the window) of one page, in the current language."""
        if key == "data":
            return (
                self.tr("Data: study hours and scores"),
                self.tr(
                    "<p>Each row of the table is one example: the hours a student studied "
                    "(the feature <i>x</i>) and the score they got (the target <i>y</i>). The "
                    "lesson has three students: 1 hour → 20 points, 2 → 40, 3 → 60.</p>"
                    "<p><tt>X_train = torch.tensor([[1],[2],[3]])</tt><br>"
                    "<tt>y_train = torch.tensor([[20],[40],[60]])</tt></p>"
                    "<p>Type in the cells, paste from a spreadsheet, or open a CSV or Excel "
                    "file.</p>"
                ),
                self.tr("Look at the data table on the left."),
            )
        if key == "model":
            return (
                self.tr("The model: ŷ = Wx + b"),
                self.tr(
                    "<p>Linear regression estimates the score as a weighted sum: "
                    "<b>ŷ = Wx + b</b>. The weight <i>W</i> says how many points each hour of "
                    "study adds; the bias <i>b</i> shifts the line up or down.</p>"
                    "<p><tt>torch.manual_seed(0)</tt> and <tt>torch.rand</tt> pick the "
                    "starting values W = 0.4963 and b = 0.7682, so the line starts almost "
                    "flat.</p>"
                ),
                self.tr("The line in the Data and model plot is the model."),
            )
        if key == "prediction":
            return (
                self.tr("Prediction"),
                self.tr(
                    "<p>The model predicts a score for every row: "
                    "<tt>pred = X @ weight + bias</tt>. Before training it predicts 1.26, 1.76 "
                    "and 2.26, far from the real 20, 40 and 60.</p>"
                    "<p>The short vertical segments in the plot (residuals) are the gaps "
                    "between each prediction and the real score. The Predict box asks the "
                    "model about any number of hours.</p>"
                ),
                self.tr("Look at the plot's residuals and the Predict box."),
            )
        if key == "loss":
            return (
                self.tr("Loss: mean squared error (MSE)"),
                self.tr(
                    "<p>The loss measures how wrong the predictions are: the mean of the "
                    "squared gaps, <tt>torch.mean((pred - y)**2)</tt>. At the start it is "
                    "1715.8387.</p><p>Training makes it fall. The Loss plot uses a log "
                    "scale, so each grid line down means 10 times smaller.</p>"
                ),
                self.tr("The Loss plot follows the loss step by step."),
            )
        if key == "gradients":
            return (
                self.tr("Gradients: loss.backward()"),
                self.tr(
                    "<p><tt>loss.backward()</tt> computes how the loss changes when the "
                    "weight or the bias changes a little: <tt>weight.grad</tt> = −178.9621 and "
                    "<tt>bias.grad</tt> = −76.4785. A negative gradient means: make this "
                    "parameter larger to lower the loss.</p>"
                    "<p>Step (F10) makes exactly one update — predict, loss, backward, "
                    "optimizer step — so you can follow it.</p>"
                ),
                self.tr("Use Step in the toolbar to make one update."),
            )
        if key == "step":
            return (
                self.tr("Optimizer step: gradient descent"),
                self.tr(
                    "<p><tt>optimizer.step()</tt> moves each parameter against its gradient, "
                    "scaled by the learning rate: "
                    "<tt>weight ← weight − lr × weight.grad</tt>. "
                    "With lr = 0.001 the weight goes from 0.4963 to 0.6752. "
                    "<tt>optimizer.zero_grad()</tt> then clears the gradients for the next "
                    "step.</p><p>Try other learning rates in Settings: too small is slow, "
                    "too large makes the loss explode.</p>"
                ),
                self.tr("The learning rate and the optimizer are in Settings."),
            )
        if key == "loop":
            return (
                self.tr("The training loop"),
                self.tr(
                    "<p>Training repeats the same steps: predict, compute the loss, "
                    "<tt>backward()</tt>, <tt>step()</tt>, <tt>zero_grad()</tt>.</p>"
                    "<p>Train (F5) makes the number of steps per run set in Settings (100 in "
                    "the lesson) and continues from where the model is. Watch the weight and "
                    "the bias move toward the best line. Space pauses, Esc stops.</p>"
                ),
                self.tr("Press Train and watch the Weight and bias plot."),
            )
        if key == "result":
            return (
                self.tr("Result: ask the model"),
                self.tr(
                    "<p>After one step and three runs of 100 steps, the lesson's model has "
                    "W = 16.2360, b = 7.0396 and loss 9.6839. The Model panel compares it "
                    "with the best possible line (least squares).</p>"
                    "<p>Now ask the lesson's question in Predict: if I study 5 hours, what "
                    "score will I get?</p>"
                ),
                self.tr("The Model panel and the Predict box are on the right."),
            )
        raise KeyError(key)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guided tour"))
        self.back_button.setText(self.tr("< &Back"))
        self.next_button.setText(self.tr("&Next >"))
        self.close_button.setText(self.tr("&Close"))
        self.back_button.setAccessibleName(self.tr("Previous page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- pages ------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return self._page

    def show_page(self, index: int) -> None:
        self._page = max(0, min(index, len(TOUR_PAGES) - 1))
        self._fill()
        targets = TOUR_PAGES[self._page].targets(self._window)
        for target in targets:
            _bring_to_front(target)
        # Lay out what just came to the front (or moved: a narrower window stacks its columns)
        # now, so that the frames are measured where they will be drawn.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.spotlight.point_at(targets)
        self.place_beside_frame()

    def place_beside_frame(self) -> None:
        """Move (and if need be narrow) the page so that it sits beside the frame, on the
        window's screen: page 2 no longer covers the data plot it explains."""
        frames = self.frame_rects()
        if not frames:
            return
        area = self._window.frameGeometry()
        screen = self._window.screen()
        if screen is not None:
            area = area.united(screen.availableGeometry())
        # The window manager's frame around the page, once it has one.
        extra = (self.frameGeometry().size() - self.geometry().size()) if self.isVisible() \
            else QSize(0, 0)
        margins = self.layout().contentsMargins()
        preferred = self._preferred_body_width + margins.left() + margins.right()
        minimum = self.minimumSizeHint().width()
        layout = self.layout()

        def height_for(width: int) -> int:
            inner = width - extra.width()
            if layout.hasHeightForWidth():
                return layout.totalHeightForWidth(inner) + extra.height()
            return self.sizeHint().height() + extra.height()

        rect = place_beside(frames, area, max(preferred, minimum) + extra.width(),
                            minimum + extra.width(), height_for)
        self.resize(rect.width() - extra.width(), rect.height() - extra.height())
        self.move(rect.topLeft())

    def page_rect(self) -> QRect:
        """The page on the screen, with the window manager's frame (for tests)."""
        return self.frameGeometry()

    def frame_rects(self) -> list[QRect]:
        """The frames this page points at, on the screen."""
        return [QRect(self._window.mapToGlobal(r.topLeft()), r.size())
                for r in self.spotlight.target_rects()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            if self.isVisible():
                self.place_beside_frame()
        return False

    def _fill(self) -> None:
        title, body, where = self.page_texts(TOUR_PAGES[self._page].key)
        n = len(TOUR_PAGES)
        self.title.setText(self.tr("{index}. {title}").format(index=self._page + 1, title=title))
        self.body.setText(body)
        self.where.setText("→ " + where)
        self.counter.setText(self.tr("Page {index} of {count}").format(
            index=self._page + 1, count=n))
        self.back_button.setEnabled(self._page > 0)
        last = self._page == n - 1
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next >"))

    def _next(self) -> None:
        if self._page == len(TOUR_PAGES) - 1:
            self.close()
        else:
            self.show_page(self._page + 1)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.spotlight.point_at(TOUR_PAGES[self._page].targets(self._window))
        self.place_beside_frame()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.spotlight.hide()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        self.spotlight.hide()
        super().hideEvent(event)
