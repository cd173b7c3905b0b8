"""What a teacher hands out after class, in the File menu: File ▸ Export ▸ Notebook… (the run
as a Jupyter notebook in the window's language, core.notebook), and the printed report and the
animation (their own modules). It only reads the window's state; the engine makes the files.

The window creates it after the teaching views: ``self.handouts = Handouts(self,
self.teaching.tracker)``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence

from linreg_gui.gui import i18n
from linreg_gui.gui.worksheet_view import Worksheets


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)


class Handouts(QObject):
    exported = Signal(str, str)  # kind ("notebook", "report", "animation"), path

    def __init__(self, window, tracker) -> None:
        super().__init__(window)
        self.window = window
        self.tracker = tracker  # RunTracker: the runs since the last reset
        menu = window.files.export_menu
        menu.addSeparator()
        self.notebook_action = self._action("export_notebook", self.ask_export_notebook)
        menu.addAction(self.notebook_action)
        self.report_action = self._action("export_report", self.ask_export_report)
        menu.addAction(self.report_action)
        self.animation_action = self._action("export_animation", self.ask_export_animation)
        menu.addAction(self.animation_action)
        self.job = None  # the animation being made (AnimationJob)
        self.print_action = self._action("print_report", self.ask_print)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        window.addAction(self.print_action)
        file_menu = window.file_menu
        file_menu.insertAction(window.quit_action, self.print_action)
        file_menu.insertSeparator(window.quit_action)
        self._result = None  # the last RunResult: its verdict goes into the report
        window.run_finished.connect(self._on_run_finished)
        self.worksheets = Worksheets(window, tracker)  # Tools > Worksheet
        self.retranslate()
        window.installEventFilter(self)  # LanguageChange

    def _action(self, name: str, slot) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.window and event.type() == QEvent.Type.Close:
            self.stop_animation()  # no thread outlives the window
        return False

    def retranslate(self) -> None:
        self.notebook_action.setText(self.tr("Jupyter &notebook…"))
        self.notebook_action.setStatusTip(self.tr(
            "Save the data, settings and runs as a notebook laid out like the lesson, in the "
            "window's language; run in Jupyter it prints the app's numbers"))
        self.report_action.setText(self.tr("&Report (PDF)…"))
        self.report_action.setStatusTip(self.tr(
            "Save one or two A4 pages with the data, settings, plots, results and verdict, "
            "and a line for the student's name"))
        self.animation_action.setText(self.tr("&Animation for slides…"))
        self.animation_action.setStatusTip(self.tr(
            "Replay the run since the last reset (the line with its residuals and the loss "
            "curve) as an animated PNG at a chosen size and frame rate"))
        self.print_action.setText(self.tr("&Print report…"))
        self.print_action.setStatusTip(self.tr(
            "Print the report of the current run: data, settings, plots, results, verdict"))

    @Slot(object)
    def _on_run_finished(self, result) -> None:
        self._result = result

    # ---- the state handed out ----------------------------------------------------------------

    def _runs_and_warning(self) -> tuple[list[int], str]:
        runs = list(self.tracker.run_lengths) or [0]
        latest = self.window.latest
        if self.tracker.settings_changed():
            return runs, self.tr(
                "The settings changed between the runs since the last reset: the file repeats "
                "all {0} steps with the current settings only, so its numbers can differ from "
                "the app's.").format(sum(runs))
        if latest is not None and latest.step != sum(runs):
            return runs, self.tr("The file makes {0} steps from the start; the model is at "
                                 "step {1}.").format(sum(runs), latest.step)
        return runs, ""

    def _no_data(self, title: str) -> bool:
        if self.window.dataset is None:
            self.window.show_error(title, self.tr("There is no usable data to train on."))
            return True
        return False

    def _saved(self, kind: str, path: str, warning: str) -> None:
        name = os.path.basename(path)
        if warning:
            self.window.files.status.emit(self.tr("Saved {0}. {1}").format(name, warning),
                                          "stopped")
        else:
            self.window.files.status.emit(self.tr("Saved {0}").format(name), "info")
        self.exported.emit(kind, path)

    # ---- notebook ----------------------------------------------------------------------------

    def export_notebook(self, path: str) -> str:
        """Write the notebook to ``path``; returns the warning ("" when exact). OSError and
        ValueError pass."""
        from linreg_gui.core.notebook import make_notebook, write_notebook

        w = self.window
        runs, warning = self._runs_and_warning()
        nb = make_notebook(w.dataset, w.controls.config(), runs,
                           lang=i18n.current_language(), start=self.tracker.start)
        write_notebook(path, nb)
        self._saved("notebook", path, warning)
        return warning

    def ask_export_notebook(self) -> None:
        title = self.tr("Export Jupyter notebook")
        if self._no_data(title):
            return
        path = self.window.files.ask_save_path(title, "linreg_lesson.ipynb",
                                               self.tr("Jupyter notebooks (*.ipynb)"))
        if not path:
            return
        try:
            self.export_notebook(path)
        except (OSError, ValueError) as exc:
            self.window.files.show_write_error(title, path, exc)

    # ---- report ------------------------------------------------------------------------------

    def report(self):
        """The ReportData of what the window shows now."""
        from linreg_gui.core.report_data import report_data

        w = self.window
        latest = w.latest
        result = self._result
        verdict = result.message if result is not None and latest is not None \
            and result.end_step == latest.step else ""
        return report_data(w.dataset, w.controls.config(), latest, self.tracker.history(),
                           verdict)

    def _can_report(self, title: str) -> bool:
        if self._no_data(title):
            return False
        if self.window.latest is None:
            self.window.show_error(title, self.tr("The engine has not started yet."))
            return False
        return True

    def export_report(self, path: str) -> None:
        """Write the report as PDF to ``path``. OSError passes."""
        from linreg_gui.gui.report import write_pdf

        write_pdf(path, self.report())
        self._saved("report", path, "")

    def ask_export_report(self) -> None:
        title = self.tr("Export report (PDF)")
        if not self._can_report(title):
            return
        path = self.window.files.ask_save_path(title, "linreg_report.pdf",
                                               self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        try:
            self.export_report(path)
        except (OSError, ValueError) as exc:
            self.window.files.show_write_error(title, path, exc)

    def print_to(self, printer) -> None:
        """Draw the report on ``printer`` (a QPrinter set up by the dialog or a test)."""
        from PySide6.QtGui import QPageLayout, QPageSize

        from linreg_gui.gui.report import paint_on

        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        paint_on(printer, self.report())

    def ask_print(self) -> None:
        title = self.tr("Print report")
        if not self._can_report(title):
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(title)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except OSError as exc:
            self.window.show_error(title, self.tr("Could not print: {0}").format(_reason(exc)))
            return
        self.window.files.status.emit(self.tr("The report was sent to the printer."), "info")

    # ---- animation ---------------------------------------------------------------------------

    def start_animation(self, path: str, settings):
        """Check ``path``, then make the animation in a worker thread and write it there;
        returns the AnimationJob (its ``done`` carries the bytes, or None when cancelled).
        OSError passes for a bad path."""
        from linreg_gui.core.atomic_file import check_target
        from linreg_gui.gui.animation import AnimationJob

        check_target(path)
        self.stop_animation()
        self.job = job = AnimationJob(self.window, self.report(), settings)
        job.done.connect(lambda data: self._on_animation_done(job, path, data))
        job.failed.connect(lambda message: self._on_animation_failed(job, path, message))
        self.animation_action.setEnabled(False)
        job.start()
        return job

    def stop_animation(self) -> None:
        if self.job is not None:
            self._forget(self.job)

    def _forget(self, job) -> None:
        job.wait()  # its worker has returned: the thread ends at once
        job.progress.deleteLater()
        job.deleteLater()
        if self.job is job:
            self.job = None
            self.animation_action.setEnabled(True)

    def _on_animation_done(self, job, path: str, data) -> None:
        from linreg_gui.core.atomic_file import write_atomic

        self._forget(job)
        if data is None:
            self.window.files.status.emit(self.tr("The animation was cancelled; nothing was "
                                                  "written."), "stopped")
            return
        try:
            write_atomic(path, data)
        except OSError as exc:
            self.window.files.show_write_error(self.tr("Export animation"), path, exc)
            return
        self._saved("animation", path, "")

    def _on_animation_failed(self, job, path: str, message: str) -> None:
        self._forget(job)
        self.window.show_error(self.tr("Export animation"),
                               self.tr("Could not make {0}: {1}").format(path, message))

    def ask_export_animation(self) -> None:
        from linreg_gui.gui.animation import AnimationDialog

        title = self.tr("Export animation")
        if not self._can_report(title):
            return
        dialog = AnimationDialog(self.window)
        if dialog.exec() != AnimationDialog.DialogCode.Accepted:
            return
        path = self.window.files.ask_save_path(title, "linreg_run.png",
                                               self.tr("Animated PNG (*.png *.apng)"))
        if not path:
            return
        try:
            self.start_animation(path, dialog.settings())
        except OSError as exc:
            self.window.files.show_write_error(title, path, exc)
