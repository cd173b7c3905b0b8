"""The teaching views, assembled: the step inspector, the loss landscape and the run
comparison as dock widgets below the plots (see teaching_area), File ▸ Export ▸ PyTorch
script…, and Tools ▸ Teacher mode. It
wires them to the main window's signals; each view is its own module and computes nothing.

The window creates it last in its constructor: ``self.teaching = TeachingViews(self)``.
The docks exist from the start (saved layouts find them by name); the views inside are built
the first time a dock opens or someone asks for one (``self.landscape``...): most lessons never
open them, and the first paint does not wait for them.
"""

from __future__ import annotations

import numpy as np

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from linreg_gui.core.quadratic import MSEStats
from linreg_gui.gui.controller import TRAINING
from linreg_gui.gui.run_tracker import RunTracker
from linreg_gui.gui.runs_view import RunsModel, settings_label
from linreg_gui.gui.script_export import ScriptExport
from linreg_gui.gui.teacher_mode import TeacherMode

# Rows the step inspector lists (the totals are over all rows).
INSPECTOR_ROWS = 10


class TeachingViews(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.tracker = RunTracker(self)
        self.runs = RunsModel(self)
        self._views: dict[str, object] = {}  # built on first use: see _view
        self.script_export = ScriptExport(window, self.tracker)
        self.teacher = TeacherMode(window)
        self._dataset = None
        self._segment = 0  # bumped at every fresh start (reset, new data, chosen start)
        self._last_run: tuple | None = None  # (segment, config, end_step, run) newest kept
        self.area = window.plots_area  # the docks live below the plots only
        self.view_actions = []  # F6, F7, F8: open a view in front

        self.inspector_dock = self._dock("inspector_dock", "inspector")
        self.landscape_dock = self._dock("landscape_dock", "landscape")
        self.runs_dock = self._dock("runs_dock", "runs_view")
        self._make_menus()
        self._connect()
        self.retranslate()
        window.installEventFilter(self)  # LanguageChange: docks and menus retranslate

    # ---- building ----------------------------------------------------------------------------

    def docks(self) -> tuple[QDockWidget, QDockWidget, QDockWidget]:
        return (self.inspector_dock, self.landscape_dock, self.runs_dock)

    @property
    def inspector(self):
        return self._view("inspector")

    @property
    def landscape(self):
        return self._view("landscape")

    @property
    def runs_view(self):
        return self._view("runs_view")

    def _view(self, key: str):
        """The view ``key``, built and wired the first time it is needed."""
        view = self._views.get(key)
        if view is not None:
            return view
        if key == "inspector":
            from linreg_gui.gui.inspector_view import InspectorView

            view = InspectorView()
            dock = self.inspector_dock
        elif key == "landscape":
            from linreg_gui.gui.landscape_view import LandscapeView

            view = LandscapeView()
            view.start_chosen.connect(self.set_start)
            view.set_editable(not self.window.controller.busy)
            dock = self.landscape_dock
        else:
            from linreg_gui.gui.runs_view import RunsView

            view = RunsView(self.runs)
            view.remove_requested.connect(self._remove_runs)
            view.clear_requested.connect(self._clear_runs)
            dock = self.runs_dock
        self._views[key] = view
        view.retranslate()
        dock.setWidget(view)
        if key == "landscape":
            self._on_runs_changed()  # the kept runs' paths
        return view

    def _dock(self, name: str, key: str) -> QDockWidget:
        dock = QDockWidget(self.area)
        dock.setObjectName(name)  # saveState/restoreState find docks by name
        # Its view is built when it first opens (before its visibilityChanged slots below).
        dock.visibilityChanged.connect(lambda visible, k=key: visible and self._view(k))
        # Hidden at first (the main view stays uncrowded); the View menu and toolbar open it.
        self.view_actions.append(self.area.add_view(dock))
        return dock

    def _make_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        self._own_view_menu = getattr(w, "view_menu", None) is None
        if self._own_view_menu:
            self.view_menu = QMenu(w)
            bar.insertMenu(w.help_menu.menuAction(), self.view_menu)
        else:
            self.view_menu = w.view_menu
            self.view_menu.addSeparator()
        self.tools_menu = QMenu(w)
        self.teacher_menu = QMenu(w)
        bar.insertMenu(w.help_menu.menuAction(), self.tools_menu)
        self.toolbar = QToolBar(w)
        self.toolbar.setObjectName("teaching_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action, key in zip(self.view_actions, ("F6", "F7", "F8"), strict=True):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            w.addAction(action)
            self.view_menu.addAction(action)
            self.toolbar.addAction(action)
        w.addToolBar(self.toolbar)
        w.files.export_menu.addSeparator()
        w.files.export_menu.addAction(self.script_export.action)
        self.teacher_menu.addAction(self.teacher.lock_action)
        self.teacher_menu.addAction(self.teacher.unlock_action)
        self.tools_menu.addMenu(self.teacher_menu)

    def _connect(self) -> None:
        w = self.window
        w.snapshot_shown.connect(self._on_snapshot)
        w.run_finished.connect(self._on_run_finished)
        w.controller.inspected.connect(self._on_inspected)
        w.controller.state_changed.connect(self._on_state)
        w.controls.config_changed.connect(self._on_config)
        self.runs.runs_changed.connect(self._on_runs_changed)
        self.inspector_dock.visibilityChanged.connect(self._on_inspector_visible)
        self.landscape_dock.visibilityChanged.connect(self._on_landscape_visible)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.inspector_dock.setWindowTitle(self.tr("Step inspector"))
        self.landscape_dock.setWindowTitle(self.tr("Loss landscape"))
        self.runs_dock.setWindowTitle(self.tr("Compare runs"))
        tips = (
            self.tr("The next step with its real numbers beside the PyTorch lines (F6)"),
            self.tr("The loss over weight and bias, with the optimizer's path (F7)"),
            self.tr("The finished runs side by side, with a verdict for each (F8)"),
        )
        texts = (self.tr("Step &inspector"), self.tr("Loss &landscape"),
                 self.tr("&Compare runs"))
        for action, text, tip in zip(self.view_actions, texts, tips, strict=True):
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if self._own_view_menu:
            self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("T&ools"))
        self.teacher_menu.setTitle(self.tr("&Teacher mode"))
        self.toolbar.setWindowTitle(self.tr("Teaching views"))
        for part in (*self._views.values(), self.script_export, self.teacher):
            part.retranslate()

    # ---- session -----------------------------------------------------------------------------

    def session_fields(self) -> dict:
        """What the teaching views add to a saved session."""
        return {"runs": self.runs.runs(), "lock": self.teacher.lock}

    def restore_session(self, data) -> None:
        self.runs.set_runs(data.runs)
        self._last_run = None
        self.teacher.restore(data.lock)

    # ---- commands ----------------------------------------------------------------------------

    @Slot(object, float)
    def set_start(self, weight, bias: float) -> None:
        """Start over at step 0 from (weight, bias), data units (a click on the landscape)."""
        c = self.window.controller
        if c.busy or self.window.dataset is None:
            return
        self.tracker.expect_start(weight, bias)
        c.set_start(weight, bias)

    # ---- from the window ---------------------------------------------------------------------

    @Slot(object)
    def _on_snapshot(self, snap) -> None:
        # Runs for every frame of a run: keep it cheap (the worker waits for the frame).
        self.tracker.on_snapshot(snap)
        w = self.window
        if snap.replace:
            if snap.latest.step == 0:
                self._segment += 1
            if w.dataset is not self._dataset:
                self._dataset = w.dataset
                if self.landscape_dock.isVisible():
                    self._update_problem()
        # The path follows every frame: the worker already spaces them (every step up to
        # 60 steps/s, about 11 a second at full speed). A clock of its own here (100 ms)
        # skipped every full-speed frame, 85-99 ms apart, and the path stood still.
        if self.landscape_dock.isVisible():
            self._update_path(settled=not snap.running)
        if not snap.running and w.controller.state != TRAINING:
            self._request_inspection()

    @Slot(object)
    def _on_run_finished(self, result) -> None:
        config = self.window.controls.config()
        self.tracker.on_run_finished(result, config)
        if result.steps_done <= 0:
            return
        label = settings_label(config, result.end_step)
        run = self.tracker.make_run(result, config, label)
        key = (self._segment, config)
        last = self._last_run
        # Step, then Train, Train... from one start with one setting: one curve, continued.
        continued = (last is not None and last[:2] == key and last[2] == result.start_step
                     and self.runs.rowCount() > 0 and self.runs.runs()[-1] is last[3])
        self.runs.add(run, replace_last=continued)
        self._last_run = (*key, result.end_step, run)

    @Slot(object)
    def _on_inspected(self, answer) -> None:
        if self.inspector_dock.isVisible():
            self.inspector.show_inspection(answer.step, answer.inspection, made=answer.made)

    @Slot(str)
    def _on_state(self, state: str) -> None:
        if "landscape" in self._views:  # else it is set when built
            self.landscape.set_editable(not self.window.controller.busy)

    @Slot(object)
    def _on_config(self, _config) -> None:
        if self.landscape_dock.isVisible():
            self._update_problem()

    def _on_runs_changed(self) -> None:
        if "landscape" not in self._views:
            return  # it draws them when built
        self.landscape.set_run_paths(
            [(r.history.weight, r.history.bias, self.runs.colour(i))
             for i, r in enumerate(self.runs.runs())])

    def _remove_runs(self, rows: list) -> None:
        self.runs.remove_rows(rows)
        self.window.session.mark_modified()

    def _clear_runs(self) -> None:
        self.runs.clear()
        self.window.session.mark_modified()

    # ---- the views ---------------------------------------------------------------------------

    def _on_inspector_visible(self, visible: bool) -> None:
        self.window.controller.set_live_inspection(visible)
        if visible and self.window.controller.state != TRAINING:
            self._request_inspection()

    def _request_inspection(self) -> None:
        if self.inspector_dock.isVisible() and self.window.dataset is not None:
            self.window.controller.inspect(INSPECTOR_ROWS)

    def _on_landscape_visible(self, visible: bool) -> None:
        if visible:
            self._dataset = self.window.dataset
            self._update_problem()
            self._update_path(settled=not self.window.controller.busy)

    def _update_problem(self) -> None:
        w = self.window
        ds = w.dataset
        stats = getattr(w, "_stats", None)  # the window's, computed once per dataset
        if ds is not None and stats is None:
            stats = MSEStats.from_dataset(ds)
        self.landscape.set_problem(ds, stats, w.controls.config())

    def _update_path(self, *, settled: bool) -> None:
        weights, biases = self.tracker.path()
        latest = self.tracker.latest
        fits = latest is not None and self.window.dataset is not None \
            and len(latest.weight) == self.window.dataset.n_features
        if fits and len(biases) and weights.shape[1] == len(latest.weight) \
                and self.tracker.last_step() is not None and latest.step > self.tracker.last_step():
            # A full-speed frame without history (they come every 0.5 s): the path still
            # runs up to the marker instead of stopping short of it.
            weights = np.vstack([weights, np.asarray(latest.weight, dtype=np.float64)])
            biases = np.append(biases, latest.bias)
        self.landscape.set_path(weights, biases)
        if fits:
            self.landscape.set_current(latest.weight, latest.bias, settled=settled)
