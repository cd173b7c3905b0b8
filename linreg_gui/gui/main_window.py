"""The main window: assembles the table, the settings, the plots and the readouts, and wires
them to the TrainingController. It computes nothing itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.korean import fix_particles
from linreg_gui.core.optimum import least_squares, loss_value
from linreg_gui.core.quadratic import MSEStats
from linreg_gui.gui.controller import IDLE, PAUSED, STARTING, TRAINING, TrainingController
from linreg_gui.gui.column_names import BuiltinNamesFollowLanguage, localized
from linreg_gui.gui.controls import ControlsPanel
from linreg_gui.gui import i18n
from linreg_gui.gui.file_actions import FileActions
from linreg_gui.gui.handouts import Handouts
from linreg_gui.gui.import_flow import show_error
from linreg_gui.gui.my_line import MyLine, MyLinePanel
from linreg_gui.gui.plots import PlotsPanel
from linreg_gui.gui.presentation import Presentation
from linreg_gui.gui.readouts import PredictBox, ReadoutsPanel
from linreg_gui.gui.session_controller import SessionController, collect_session
from linreg_gui.gui.side_columns import SideColumns
from linreg_gui.gui.snapshot import TrainingSnapshot
from linreg_gui.gui.speed_control import SpeedControl
from linreg_gui.gui.table_model import DataTableModel, EditRefused
from linreg_gui.gui.table_view import DataTableView
from linreg_gui.gui.teaching import TeachingViews
from linreg_gui.gui.teaching_area import TeachingArea
from linreg_gui.gui.timeline import Timeline
from linreg_gui.gui.toolbar_rows import ToolbarRows

LOSS_NAMES = {"mse": "MSE", "mae": "MAE", "huber": "Huber"}


class MainWindow(QMainWindow):
    # The last snapshot the window has drawn (tests and the self-test wait on it).
    snapshot_shown = Signal(object)  # TrainingSnapshot
    run_finished = Signal(object)  # RunResult, after the window shows it

    def __init__(self, dataset: Dataset | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.resize(1500, 900)
        self.controller = TrainingController(self)
        self.dataset: Dataset | None = None
        self._stats: MSEStats | None = None
        self._latest = None
        self._loading_shown = False  # the status line says "Loading PyTorch…"
        self._last_result = None  # the last run's RunResult: its message is retranslatable
        self._default_state: bytes | None = None  # toolbars and docks before restore_layout

        # Panels.
        self.table_model = DataTableModel(self)
        self.table_view = DataTableView(self)
        self.table_view.setModel(self.table_model)
        self.controls = ControlsPanel()
        self.plots = PlotsPanel()
        self.readouts = ReadoutsPanel()
        self.my_line_panel = MyLinePanel()  # W and b typed by hand, beside the readouts
        self.predict = PredictBox()
        self.busy_label = QLabel()
        self.busy_label.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        self.table_toolbar = QToolBar()
        left_layout.addWidget(self.table_toolbar)
        left_layout.addWidget(self.table_view, 1)
        left_layout.addWidget(self.busy_label)
        left_layout.addWidget(self.controls)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 4, 4, 4)
        right_layout.addWidget(self.readouts)
        right_layout.addWidget(self.my_line_panel)
        right_layout.addWidget(self.predict)
        right_layout.addStretch(1)  # the readouts keep no empty height
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(left)
        self.plots_area = TeachingArea(self.plots)  # the plots, the teaching views below them
        self.splitter.addWidget(self.plots_area)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes(self._default_splitter_sizes())
        self.setCentralWidget(self.splitter)
        # Below ~1280 px the readouts become a tab beside the data.
        self.side_columns = SideColumns(self, self.splitter, left, right,
                                        self.controller.state_changed)

        self.files = FileActions(self)
        self.session = SessionController(
            self, self.table_model.undo_stack, self._collect_session, self._restore_session
        )
        self.files.session = self.session  # one Open for sessions and data files
        self._make_actions()
        self._make_menus()
        self.setAcceptDrops(True)
        self._connect()
        self.retranslate()
        self.splitter.setSizes(self._default_splitter_sizes())  # the toolbar has its texts now
        self._load_dataset_into_table(dataset or localized(Dataset.lesson()))  # 공부시간 → 점수
        self._builtin_names = BuiltinNamesFollowLanguage(self)  # and on a language switch
        self._rebuild_dataset(send=False)  # the engine gets this data when it starts
        self.table_model.table_edited.connect(self._rebuild_dataset)
        self._on_state(STARTING)
        self.teaching = TeachingViews(self)
        self.presentation = Presentation(self)  # View > Presentation mode (F9), zoom
        self.timeline = Timeline(self)  # scrub, replay, step back (after the teaching views)
        # A narrow window or large text: the teaching views' buttons on a second row, not "»".
        self.toolbar_rows = ToolbarRows(self, self.teaching.toolbar)
        self.handouts = Handouts(self, self.teaching.tracker)
        self.my_line = MyLine(self, self.my_line_panel)  # handles, typed W and b, the squares

    # ---- building ---------------------------------------------------------------------------

    def _make_actions(self) -> None:
        style = self.style()
        SP = QStyle.StandardPixmap

        def action(key, icon=None, shortcut=None, slot=None) -> QAction:
            a = QAction(self)
            a.setObjectName(key)
            if icon is not None:
                a.setIcon(style.standardIcon(icon))
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if slot is not None:
                a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.train_action = action("train", SP.SP_MediaPlay, Qt.Key.Key_F5, self.train)
        self.step_action = action("step", SP.SP_MediaSeekForward, Qt.Key.Key_F10, self.step)
        self.pause_action = action(
            "pause", SP.SP_MediaPause, Qt.Key.Key_Space, self.controller.toggle_pause
        )
        self.stop_action = action("stop", SP.SP_MediaStop, Qt.Key.Key_Escape, self.controller.stop)
        self.reset_action = action("reset", SP.SP_BrowserReload, "Ctrl+R", self.reset)
        # Undo and Redo are the window's own actions (not QUndoStack.createUndoAction), so
        # their "Undo <what>" text follows a language switch.
        stack = self.table_model.undo_stack
        self.undo_action = action("undo", SP.SP_ArrowBack, QKeySequence.StandardKey.Undo,
                                  stack.undo)
        self.redo_action = action("redo", SP.SP_ArrowForward, QKeySequence.StandardKey.Redo,
                                  stack.redo)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._retranslate_undo)
        stack.redoTextChanged.connect(self._retranslate_undo)
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [
            QKeySequence("Ctrl+Q")]  # Windows has no standard Quit key
        self.quit_action = action("quit", slot=self.close)
        self.quit_action.setShortcuts(quit_keys)
        self.about_action = action("about", slot=self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.tour_action = action("tour", SP.SP_DialogHelpButton,
                                  QKeySequence.StandardKey.HelpContents, self.show_tour)
        self.full_screen_action = action(
            "full_screen", shortcut=QKeySequence.StandardKey.FullScreen,
            slot=self._toggle_full_screen,
        )
        self.full_screen_action.setCheckable(True)
        if self.full_screen_action.shortcut().isEmpty():
            self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.reset_layout_action = action("reset_layout", slot=self.reset_layout)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in i18n.LANGUAGES:
            a = QAction(i18n.LANGUAGE_NAMES[code], self.language_group)
            a.setObjectName(f"language_{code}")
            a.setCheckable(True)
            a.setData(code)
            a.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_actions[code] = a

        run_bar = QToolBar()
        run_bar.setObjectName("run_toolbar")
        run_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.train_action, self.step_action, self.pause_action, self.stop_action,
                  self.reset_action):
            run_bar.addAction(a)
        self.speed = SpeedControl(self)  # steps per second; Train ▸ Speed too
        run_bar.addWidget(self.speed)
        self.addToolBar(run_bar)
        self.run_toolbar = run_bar

        tb = self.table_toolbar
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        tb.addAction(self.undo_action)
        tb.addAction(self.redo_action)
        tb.addSeparator()
        for a in self._table_actions():
            tb.addAction(a)

    def _table_actions(self) -> list[QAction]:
        view = self.table_view
        return [view.add_row_action, view.delete_rows_action, view.add_column_action,
                view.delete_column_action]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.files.open_action)
        self.file_menu.addMenu(self.session.recent_menu)
        self.file_menu.addMenu(self.files.samples_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.session.save_action)
        self.file_menu.addAction(self.session.save_as_action)
        self.file_menu.addSeparator()
        self.file_menu.addMenu(self.files.export_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        view = self.table_view
        for a in (view.copy_action, view.paste_action, view.clear_action):
            self.edit_menu.addAction(a)
        self.edit_menu.addSeparator()
        for a in (*self._table_actions(), view.rename_column_action):
            self.edit_menu.addAction(a)
        self.train_menu = bar.addMenu("")
        for a in (self.train_action, self.step_action, self.pause_action, self.stop_action,
                  self.reset_action):
            self.train_menu.addAction(a)
        self.train_menu.addMenu(self.speed.menu)
        self.view_menu = QMenu(self)
        bar.insertMenu(self.train_menu.menuAction(), self.view_menu)
        self.language_menu = self.view_menu.addMenu("")
        for a in self.language_actions.values():
            self.language_menu.addAction(a)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.full_screen_action)
        self.view_menu.addAction(self.reset_layout_action)
        self.view_menu.addSeparator()
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.tour_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        c = self.controller
        c.state_changed.connect(self._on_state)
        c.snapshot_received.connect(self._on_snapshot)
        c.run_ended.connect(self._on_run_ended)
        c.failed.connect(self._on_failed)
        c.set_pace(self.speed.pace)
        self.speed.pace_changed.connect(c.set_pace)
        self.controls.config_changed.connect(self._on_config_changed)
        self.plots.point_added.connect(self._add_point)
        self.plots.point_moving.connect(lambda row, x, y: self._move_point(row, x, y, False))
        self.plots.point_moved.connect(lambda row, x, y: self._move_point(row, x, y, True))
        self.table_view.edit_refused.connect(lambda why: self._set_status(why, "stopped"))
        self.files.status.connect(self._set_status)
        s = self.session
        self.controller.snapshot_received.connect(s.track_snapshot)
        self.controls.config_changed.connect(s.mark_modified)
        self.controls.steps_changed.connect(s.mark_modified)
        self.reset_action.triggered.connect(s.mark_modified)
        self.speed.pace_changed.connect(s.mark_modified)
        s.title_changed.connect(self._show_title)
        s.message.connect(self._set_status)
        self.files.error.connect(self.show_error)
        self.files.importer.busy_changed.connect(lambda busy: self._update_actions())
        self.run_finished.connect(self.predict.show_run_result)  # "the model diverged"
        self.snapshot_shown.connect(self.predict.forget_run_result)  # ...until a reset
        self.predict.features_changed.connect(self.plots.set_prediction)  # marked on the plot
        self.plots.set_prediction(self.predict.features())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Linear regression by gradient descent"))
        texts = {
            self.train_action: (
                self.tr("&Train"),
                self.tr("Make the set number of updates, continuing from the current line (F5)"),
            ),
            self.step_action: (
                self.tr("&Step"),
                self.tr("Exactly one update: predict, loss, backward, optimizer step (F10)"),
            ),
            self.pause_action: (
                self.tr("&Pause"),
                self.tr("Pause the run; press again to resume (Space)"),
            ),
            self.stop_action: (self.tr("St&op"), self.tr("End the run here (Esc)")),
            self.reset_action: (
                self.tr("&Reset"),
                self.tr("Back to the seeded start: step 0, the random initial weight and bias "
                        "(Ctrl+R)"),
            ),
            self.quit_action: (self.tr("&Quit"), self.tr("Close the application")),
            self.about_action: (
                self.tr("&About linreg-gui"),
                self.tr("The version, and the licenses of the bundled components"),
            ),
            self.tour_action: (
                self.tr("&Guided tour"),
                self.tr("The lesson's steps, one page each, pointing at the window (F1)"),
            ),
            self.full_screen_action: (
                self.tr("&Full screen"),
                self.tr("Fill the screen, e.g. on a classroom projector (F11)"),
            ),
            self.reset_layout_action: (
                self.tr("&Reset layout"),
                self.tr("Put the panels back where they were at the first start"),
            ),
        }
        for a, (text, tip) in texts.items():
            a.setText(text)
            a.setToolTip(tip)
            a.setStatusTip(tip)
        self.file_menu.setTitle(self.tr("&File"))
        self.files.retranslate()
        self.session.retranslate()
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_menu.menuAction().setStatusTip(
            self.tr("The language of the window; the choice is remembered"))
        self.train_menu.setTitle(self.tr("&Train"))
        self.help_menu.setTitle(self.tr("&Help"))
        current = self.language_actions.get(i18n.current_language())
        if current is not None:
            current.setChecked(True)
        self._retranslate_undo()
        self.table_model.retranslate()
        self.run_toolbar.setWindowTitle(self.tr("Run"))
        view = self.table_view
        # Short labels for the narrow table toolbar; menus keep the full texts.
        for a, short in ((view.add_row_action, self.tr("+ Row")),
                         (view.delete_rows_action, self.tr("− Row")),
                         (view.add_column_action, self.tr("+ Column")),
                         (view.delete_column_action, self.tr("− Column"))):
            a.setIconText(short)
        self.table_toolbar.setWindowTitle(self.tr("Data"))
        self.busy_label.setText(
            self.tr("Data and settings are locked while a run is in progress: press Stop to edit.")
        )
        self.table_view.setToolTip("")
        self.statusBar().setAccessibleName(self.tr("Status bar"))
        self.busy_label.setAccessibleName(self.tr("Why editing is locked"))

    def _retranslate_undo(self, *_args) -> None:
        stack = self.table_model.undo_stack
        for a, what, plain, full in (
            (self.undo_action, stack.undoText(), self.tr("&Undo"), self.tr("&Undo {0}")),
            (self.redo_action, stack.redoText(), self.tr("&Redo"), self.tr("&Redo {0}")),
        ):
            a.setText(full.format(what) if what else plain)
            tip = a.text().replace("&", "")
            a.setToolTip(tip)
            a.setStatusTip(tip)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            # The panels retranslate themselves (each has a changeEvent); the window does its
            # own texts, the non-widget parts (files, sessions, the table's headers) and the
            # status line, which says again what it said in the new language.
            self.retranslate()
            self._retranslate_status()
        elif event.type() == QEvent.Type.WindowStateChange:
            self.full_screen_action.setChecked(self.isFullScreen())
        super().changeEvent(event)

    def _retranslate_status(self) -> None:
        state = self.controller.state
        if self.dataset is None:
            _, problems = self.table_model.to_dataset()
            self._set_status(self.tr("Cannot train: {0}").format(problems.summary()), "diverged")
        elif state in (STARTING, TRAINING, PAUSED):
            self._on_state(state)
        elif self._last_result is not None and self._latest is not None \
                and self._latest.step == self._last_result.end_step:
            self._show_result(self._last_result)  # RunResult.message is built in the language
        elif self._latest is not None:
            self._set_status(self.tr("Ready: step {0}. Press Train (F5) or Step (F10).")
                             .format(self._latest.step))

    # ---- language, help and layout ----------------------------------------------------------

    def set_language(self, code: str) -> None:
        """View > Language: switch now (every panel retranslates) and remember the choice."""
        i18n.set_language(code, remember=True)  # LanguageChange: see changeEvent
        action = self.language_actions.get(i18n.current_language())
        if action is not None:
            action.setChecked(True)

    def show_about(self) -> None:
        from linreg_gui.gui.help_dialogs import AboutDialog  # on first use: not at start-up

        self.about_dialog = AboutDialog(self)
        self.about_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog.open()

    def show_tour(self) -> None:
        tour = getattr(self, "tour_dialog", None)
        try:
            if tour is not None and tour.isVisible():
                tour.raise_()
                tour.activateWindow()
                return
        except RuntimeError:  # deleted with its C++ object
            tour = None
        from linreg_gui.gui.help_dialogs import TourDialog  # on first use: not at start-up

        self.tour_dialog = TourDialog(self)
        self.tour_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tour_dialog.show()

    def _toggle_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def reset_layout(self) -> None:
        """The splitter's first sizes and every toolbar and dock back in place."""
        if self._default_state is not None:
            self.restoreState(self._default_state)
        self.splitter.setSizes(self._default_splitter_sizes())
        self.plots_area.reset()

    def _default_splitter_sizes(self) -> list[int]:
        # In units of the font, so a high-DPI screen or a large font gets the same proportions.
        em = self.fontMetrics().horizontalAdvance("M")
        # The left panel is at least as wide as the table's toolbar ("+ Column" ...).
        left = max(em * 26, self.table_toolbar.sizeHint().width() + em)
        return [left, em * 58, em * 30]

    # ---- start-up and shut-down ------------------------------------------------------------

    def start_engine(self) -> None:
        """Load torch in the worker thread and build the model (after the first paint)."""
        if self.dataset is None:
            self.controller.start(Dataset.lesson(), self.controls.config())
        else:
            self.controller.start(self.dataset, self.controls.config())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.session.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.files.shutdown()
        self.controller.shutdown()
        self.session.shutdown()
        super().closeEvent(event)

    def _show_title(self, name: str) -> None:
        self.setWindowTitle(f"{name} — " + self.tr("Linear regression by gradient descent"))

    def _collect_session(self):
        data = collect_session(self.table_model, self.controls.config(), self.controls.steps(),
                               self.session.recorder).replace(pace=self.speed.pace)
        teaching = getattr(self, "teaching", None)  # built last in __init__
        if teaching is not None:
            data = data.replace(**teaching.session_fields())
        my_line = getattr(self, "my_line", None)
        return data if my_line is None else data.replace(hands_on=my_line.session_value())

    def _restore_session(self, data) -> None:
        self.controls.set_config(data.config, steps=data.steps_per_run)
        self.speed.set_pace(data.pace, remember=False)  # the session's, for this session
        self.table_model.set_table(data.names, data.values, data.invalid)  # -> _rebuild_dataset
        self.controller.restore(self.dataset, data)  # self.dataset is None without usable rows
        if getattr(self, "teaching", None) is not None:
            self.teaching.restore_session(data)  # kept runs, teacher's lock
        if getattr(self, "my_line", None) is not None:
            self.my_line.restore_session(data)  # my line, the fit plot's toggles

    def _can_open_files(self) -> bool:
        # File > Open is off while a run goes on and when teacher mode locks opening files:
        # a dropped file is refused alike.
        return not self.controller.busy and self.files.open_action.isEnabled()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _dropped_file(event) and self._can_open_files():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = _dropped_file(event)
        if path and self._can_open_files():
            event.acceptProposedAction()
            self.files.open_file(path)

    def show_error(self, title: str, message: str) -> None:
        self._set_status(message, "diverged")
        self.error_box = show_error(self, title, message)

    def save_layout(self) -> None:
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        self.plots_area.save(s)

    def restore_layout(self) -> None:
        """The size, position, toolbars, docks and splitter of the last session (View >
        Reset layout undoes it); at the first start, a size that fits the screen."""
        self._default_state = self.saveState()
        s = QSettings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            self.restoreState(s.value("window/state"))
            self.splitter.restoreState(s.value("window/splitter"))
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(self.width(), int(screen.width() * 0.92)),
                        min(self.height(), int(screen.height() * 0.9)))
            frame = self.frameGeometry()
            frame.moveCenter(screen.center())
            self.move(frame.topLeft())
        self.plots_area.restore(s)

    # ---- data --------------------------------------------------------------------------------

    def _load_dataset_into_table(self, dataset: Dataset) -> None:
        self.table_model.set_dataset(dataset)
        self.table_model.undo_stack.clear()

    @Slot()
    def _rebuild_dataset(self, send: bool = True) -> None:
        dataset, problems = self.table_model.to_dataset()
        message = problems.summary() if problems else ""
        if dataset is None:
            self.dataset = None
            self._set_status(self.tr("Cannot train: {0}").format(message), "diverged")
            self._update_actions()
            return
        self.dataset = dataset
        opt = least_squares(dataset)
        self._stats = MSEStats.from_dataset(dataset, opt)
        cfg = self.controls.config()
        self.plots.set_data(
            dataset.X, dataset.y, dataset.feature_names, dataset.target_name,
            opt.weight, opt.bias, self._optimum_loss(cfg),
        )
        self.plots.set_point_editing(dataset.n_features == 1 and not self.controller.busy)
        self.plots.clear_history()
        self.readouts.set_dataset(dataset.feature_names, self._stats, LOSS_NAMES[cfg.loss])
        self.predict.set_columns(dataset.feature_names, dataset.target_name)
        if message:
            self._set_status(message, "stopped")
        if send:
            self.controller.set_dataset(dataset)
        self._update_actions()

    @Slot(float, float)
    def _add_point(self, x: float, y: float) -> None:
        try:
            self.table_model.add_point(x, y)
        except EditRefused as exc:
            self._set_status(str(exc), "stopped")

    def _move_point(self, row: int, x: float, y: float, final: bool) -> None:
        try:
            self.table_model.move_point(row, x, y, final=final)
        except EditRefused as exc:
            self._set_status(str(exc), "stopped")

    def _optimum_loss(self, cfg: TrainConfig) -> float:
        opt = self._stats.optimum
        return loss_value(self.dataset, opt.weight, opt.bias, cfg.loss, cfg.huber_delta)

    @Slot(object)
    def _on_config_changed(self, config: TrainConfig) -> None:
        latest = self._latest
        # A new seed shows its starting point at once when nothing has been trained yet.
        reset = latest is None or latest.step == 0
        self.controller.set_config(config, reset=reset)
        if self.dataset is not None:
            self.readouts.set_dataset(self.dataset.feature_names, self._stats,
                                      LOSS_NAMES[config.loss])
            self.plots.set_data(
                self.dataset.X, self.dataset.y, self.dataset.feature_names,
                self.dataset.target_name, self._stats.optimum.weight, self._stats.optimum.bias,
                self._optimum_loss(config),
            )

    # ---- running -----------------------------------------------------------------------------

    def train(self) -> None:
        if self.dataset is not None and self.controller.state != TRAINING:
            if self.controller.state == PAUSED:
                self.controller.stop()
            self.controller.train(self.controls.steps())

    def step(self) -> None:
        if self.dataset is not None:
            self.controller.step()

    def reset(self) -> None:
        if self.dataset is not None:
            self.controller.reset()

    @Slot(str)
    def _on_state(self, state: str) -> None:
        loading_shown, self._loading_shown = self._loading_shown, state == STARTING
        busy = state in (TRAINING, PAUSED)
        self.controls.setEnabled(not busy)
        self.table_model.setReadOnly(busy)
        for a in self._table_actions():
            a.setEnabled(not busy)
        self.undo_action.setEnabled(not busy and self.table_model.undo_stack.canUndo())
        self.redo_action.setEnabled(not busy and self.table_model.undo_stack.canRedo())
        self.busy_label.setVisible(busy)
        if self.dataset is not None:
            self.plots.set_point_editing(self.dataset.n_features == 1 and not busy)
        self.pause_action.setText(self.tr("&Resume") if state == PAUSED else self.tr("&Pause"))
        if state == STARTING:
            self._set_status(self.tr("Loading PyTorch…"))
        elif state == IDLE and loading_shown:
            self._set_status(self.tr("Ready: step {0}. Press Train (F5) or Step (F10).")
                             .format(self._latest.step if self._latest else 0))
        elif state == TRAINING:
            self._set_status(self.tr("Training…"))
        elif state == PAUSED:
            self._set_status(self.tr("Paused at step {0}. Press Space to resume, Esc to stop.")
                             .format(self.controller.paused_step))
        self._update_actions()

    def _update_actions(self) -> None:
        state = self.controller.state
        has_data = self.dataset is not None
        busy = state in (TRAINING, PAUSED)
        self.files.open_action.setEnabled(not busy)
        self.files.samples_menu.setEnabled(state not in (TRAINING, PAUSED))
        self.train_action.setEnabled(has_data and state != TRAINING)
        self.step_action.setEnabled(has_data and state != TRAINING)
        self.pause_action.setEnabled(state in (TRAINING, PAUSED))
        self.stop_action.setEnabled(state in (TRAINING, PAUSED))
        self.reset_action.setEnabled(has_data)

    @Slot(object)
    def _on_snapshot(self, snap: TrainingSnapshot) -> None:
        if snap.replace:
            self.plots.clear_history()
        chunk = snap.chunk
        if len(chunk) or not snap.running:  # the last of a run fits the step axis again
            self.plots.append_history(chunk.steps, chunk.loss, chunk.weight, chunk.bias,
                                      live=snap.running,
                                      run_end=snap.latest.step + snap.remaining)
        self._show_record(snap)
        if snap.result is not None and not snap.running:
            self._show_result(snap.result)
        # The views that follow the model (timeline, landscape, inspector, presentation)
        # first: painted in the same frame, not one frame late and outside it.
        self.snapshot_shown.emit(snap)
        if snap.running:
            # Draw what changed now: the worker waits until this snapshot's slots are done
            # (see DRAWING_BUDGET in training_worker); anything left to paint later would
            # fight it for the GIL.
            self.plots.paint_now()

    def _show_record(self, snap: TrainingSnapshot) -> None:
        rec = snap.latest
        if self.dataset is None or len(rec.weight) != self.dataset.n_features:
            return
        self._latest = rec
        self.plots.set_current(rec.weight, rec.bias)
        if snap.running and not snap.paced and not self.readouts.live_update_due():
            return  # numbers that change faster than anyone reads them: a few times a second
        # The optimum's loss is a pass over the data (~5 ms at a million rows): once per
        # dataset and loss function, not on every update.
        cfg = self.controls.config()
        cached = getattr(self, "_shown_optimum_loss", None)  # dataset, stats, loss, value
        if cached is None or cached[0] is not self.dataset or cached[1] is not self._stats \
                or cached[2] != (cfg.loss, cfg.huber_delta):
            cached = self._shown_optimum_loss = (
                self.dataset, self._stats, (cfg.loss, cfg.huber_delta), self._optimum_loss(cfg))
        opt_loss = cached[3]
        self.readouts.show_record(rec, opt_loss, live=snap.running)
        self.predict.set_model(rec.weight, rec.bias)
        if snap.running:
            # Only the status bar follows the step: the status line has said "Training…"
            # since the run started (it wraps, and a new text lays the panel out again).
            self.statusBar().showMessage(self.tr("Training… step {0:,}, loss {1:.4f}").format(
                rec.step, rec.loss))
        elif snap.replace and self.controller.state == IDLE:
            self._set_status(self.tr("Ready: step {0}. Press Train (F5) or Step (F10).")
                             .format(rec.step))

    def _show_result(self, result) -> None:
        self._last_result = result
        self._set_status(result.message, result.status)

    @Slot(object)
    def _on_run_ended(self, result) -> None:
        self._show_result(result)
        self.run_finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._set_status(self.tr("Something went wrong in training: {0}").format(message),
                         "diverged")
        self.failure_box = show_error(self, self.tr("Training failed"), message)

    def _set_status(self, text: str, kind: str = "info") -> None:
        text = fix_particles(text)  # "성적.csv를 열었습니다", not "성적.csv을(를)"
        self.readouts.set_status(text, kind)
        self.statusBar().showMessage(text.split(". ")[0])

    # ---- for tests and the self-test ---------------------------------------------------------

    @property
    def latest(self):
        return self._latest


def _dropped_file(event) -> str | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    local = [u.toLocalFile() for u in urls if u.isLocalFile()]
    return local[0] if len(local) == 1 else None
