"""The File menu's data actions: Open a data file, the sample data sets, and the exports
(plots as PNG/SVG, the training history and the data as CSV). The window owns one."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from linreg_gui.core import csv_io, samples
from linreg_gui.core.dataset import DataError
from linreg_gui.gui import i18n, plot_export
from linreg_gui.gui.column_names import localized
from linreg_gui.gui.import_flow import DataImporter, ImportedTable, data_file_filter
from linreg_gui.gui.settings_command import keep_locked, push_with_settings


class FileActions(QObject):
    status = Signal(str, str)  # text, kind ("info", "stopped" for a warning, "diverged")
    error = Signal(str, str)  # title, message: shown in a box by the window

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.importer = DataImporter(window)
        self.importer.imported.connect(self._on_imported)
        self.importer.failed.connect(lambda m: self.error.emit(self.tr("Cannot open"), m))
        self._session = None  # the window's SessionController: .linreg files go to it

        self.open_action = QAction(window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.ask_open)
        self.samples_menu = QMenu(window)
        self._sample_actions: list[tuple[QAction, samples.Sample]] = []
        for sample in samples.list_samples():
            a = self.samples_menu.addAction("")
            a.triggered.connect(lambda _=False, s=sample: self.open_sample(s))
            self._sample_actions.append((a, sample))
        self.export_menu = QMenu(window)
        self.export_png_action = self.export_menu.addAction("")
        self.export_png_action.triggered.connect(lambda: self.ask_export_plots("png"))
        self.export_svg_action = self.export_menu.addAction("")
        self.export_svg_action.triggered.connect(lambda: self.ask_export_plots("svg"))
        self.export_menu.addSeparator()
        self.export_history_action = self.export_menu.addAction("")
        self.export_history_action.triggered.connect(self.ask_export_history)
        self.export_data_action = self.export_menu.addAction("")
        self.export_data_action.triggered.connect(self.ask_export_data)
        window.controller.history_exported.connect(self._on_history_exported)
        self.retranslate()

    @property
    def session(self):
        return self._session

    @session.setter
    def session(self, session) -> None:
        """The window's SessionController: .linreg files go to it, and it lists the data files
        opened here in Open Recent (reopened through ``open_file``)."""
        self._session = session
        if session is not None:
            session.open_data_file = self.open_file

    def retranslate(self) -> None:
        ko = i18n.current_language() == "ko"
        self.open_action.setText(self.tr("&Open…"))
        self.open_action.setToolTip(self.tr(
            "Open a saved session (.linreg) or a data file: CSV or Excel (also: drop it on the "
            "window)"))
        self.open_action.setStatusTip(self.open_action.toolTip())
        self.samples_menu.setTitle(self.tr("Sa&mples"))
        for action, sample in self._sample_actions:
            action.setText(sample.title_ko if ko else sample.title)
            action.setToolTip(sample.description_ko if ko else sample.description)
            action.setStatusTip(action.toolTip())
        self.samples_menu.setToolTipsVisible(True)
        self.export_menu.setTitle(self.tr("&Export"))
        self.export_png_action.setText(self.tr("Plots as &PNG image…"))
        self.export_svg_action.setText(self.tr("Plots as S&VG drawing…"))
        self.export_history_action.setText(self.tr("Training &history as CSV…"))
        self.export_data_action.setText(self.tr("&Data as CSV (opens in Excel)…"))

    # ---- opening ---------------------------------------------------------------------------

    def _last_dir(self) -> str:
        return str(QSettings().value("files/last_dir", os.path.expanduser("~")))

    def _remember_dir(self, path: str) -> None:
        QSettings().setValue("files/last_dir", os.path.dirname(os.path.abspath(path)))

    def ask_open(self) -> None:
        path = self.ask_open_path()
        if path:
            self.open_file(path)

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a session or a data file"), self._last_dir(),
            self.tr("Sessions and data files (*.linreg *.csv *.tsv *.txt *.xlsx);;"
                    "Sessions (*.linreg);;") + data_file_filter(),
        )
        return path

    def open_file(self, path: str) -> None:
        if self.window.controller.busy:
            self.status.emit(self.tr("Stop training before opening a file."), "stopped")
            return
        self._remember_dir(path)
        if self.session is not None and self.session.is_session_file(path):
            self.session.open_path(path)
        else:
            self.importer.open_file(path)

    def open_sample(self, sample: samples.Sample) -> None:
        if self.window.controller.busy:
            self.status.emit(self.tr("Stop training before opening a sample."), "stopped")
            return
        try:
            ds = localized(sample.load())  # built-in columns in the window's language
        except DataError as exc:
            self.error.emit(self.tr("Cannot open"), exc.describe())
            return
        # The sample's table and its settings (the lesson: lr 0.001, 100 steps, seed 0...):
        # one undo step, so one Undo gives back the table and the settings tried before.
        w = self.window
        teacher = getattr(getattr(w, "teaching", None), "teacher", None)
        config, steps = keep_locked(  # what the teacher locked stays as the teacher set it
            sample.settings.config, sample.settings.steps, w.controls.config(),
            w.controls.steps(), teacher.is_locked if teacher is not None else lambda _k: False)
        push_with_settings(
            w.table_model.undo_stack, self.tr("Open sample {0}").format(sample.name),
            w.controls, config, steps, lambda: w.table_model.set_dataset(ds),
        )
        ko = i18n.current_language() == "ko"
        self.status.emit(self.tr("Sample: {0}").format(
            sample.description_ko if ko else sample.description), "info")

    @Slot(object)
    def _on_imported(self, table: ImportedTable) -> None:
        name = os.path.basename(table.source)

        def put_in_table() -> None:
            self.window.table_model.set_table(
                table.names, table.values, text=self.tr("Open {0}").format(name)
            )

        if self.session is None:
            put_in_table()
        else:  # the title names the file, and Open Recent lists it
            self.session.data_file_opened(table.source, put_in_table)
        self.status.emit(self.tr("Opened {0}: {1}").format(name, table.description), "info")

    # ---- exports ---------------------------------------------------------------------------

    def ask_save_path(self, title: str, name: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, os.path.join(self._last_dir(), name), file_filter
        )
        if path:
            self._remember_dir(path)
        return path

    def show_write_error(self, title: str, path: str, exc: BaseException) -> None:
        """The one message for an export or save that could not be written: the path and
        the system's reason (or the refusal's own words, e.g. from atomic_file.check_target)."""
        reason = getattr(exc, "strerror", None) or str(exc)
        self.window.show_error(title, self.tr("Could not write {0}: {1}").format(path, reason))

    def ask_export_plots(self, kind: str) -> None:
        path = self.ask_save_path(
            self.tr("Export the plots"), f"linreg-plots.{kind}",
            self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)"),
        )
        if not path:
            return
        width = self.ask_plot_width()
        if width:
            self.export_plots(path, width)

    def ask_plot_width(self) -> int:
        """The picture's width in pixels (0: cancelled); the last one chosen is offered."""
        from PySide6.QtWidgets import QInputDialog

        last = int(QSettings().value("files/plot_width", plot_export.DEFAULT_WIDTH))
        width, ok = QInputDialog.getInt(
            self.window, self.tr("Export the plots"),
            self.tr("Width of the picture in pixels ({0} fills a full-HD slide):").format(
                plot_export.DEFAULT_WIDTH),
            last, plot_export.MIN_WIDTH, plot_export.MAX_WIDTH, 10)
        if not ok:
            return 0
        QSettings().setValue("files/plot_width", width)
        return width

    def export_plots(self, path: str, width: int = plot_export.DEFAULT_WIDTH) -> None:
        """The plots alone (no splitter grips), drawn ``width`` pixels wide, as PNG or SVG."""
        try:
            plot_export.write_plots(self.window.plots, path, width)
        except (OSError, ValueError) as exc:
            self.error.emit(self.tr("Cannot export"), self.tr("{0}: could not be written").format(
                path) if isinstance(exc, OSError) else f"{path}: {exc}")
            return
        self.status.emit(self.tr("Plots saved to {0} ({1} pixels wide)").format(path, width),
                         "info")

    def ask_export_history(self) -> None:
        path = self.ask_save_path(self.tr("Export the training history"), "linreg-history.csv",
                                  self.tr("CSV file (*.csv)"))
        if path:
            self.window.controller.export_history(path)

    @Slot(str, str)
    def _on_history_exported(self, path: str, error: str) -> None:
        if error:
            self.error.emit(self.tr("Cannot export"), error)
        else:
            self.status.emit(self.tr("Training history saved to {0}").format(path), "info")

    def ask_export_data(self) -> None:
        path = self.ask_save_path(self.tr("Export the data"), "linreg-data.csv",
                                  self.tr("CSV file (*.csv)"))
        if path:
            self.export_data(path)

    def export_data(self, path: str) -> None:
        """The usable rows as CSV in UTF-8 with BOM, so Korean Excel opens it correctly."""
        ds = self.window.dataset
        if ds is None:
            self.error.emit(self.tr("Cannot export"), self.tr("There is no usable data."))
            return
        try:
            csv_io.write_csv(path, [*ds.feature_names, ds.target_name], ds.X, ds.y,
                             excel_bom=True)
        except (OSError, DataError, ValueError) as exc:
            message = exc.describe() if isinstance(exc, DataError) else f"{path}: {exc}"
            self.error.emit(self.tr("Cannot export"), message)
            return
        left_out = self.window.table_model.rowCount() - ds.n_rows
        note = self.tr(" ({0} rows with bad cells left out)").format(left_out) if left_out else ""
        self.status.emit(self.tr("Data saved to {0}{1}").format(path, note), "info")

    def shutdown(self) -> None:
        self.importer.shutdown()
