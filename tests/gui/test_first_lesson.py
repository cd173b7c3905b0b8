"""Issue 18, a first lesson without a stumble: what a teacher sees when preparing and giving
the lesson (samples and their settings, titles and recent files, pasting, exports, divergence,
small things on screen)."""

from __future__ import annotations

import numpy as np
import pytest

from linreg_gui.core import verdict
from tests.gui.teaching_helpers import run_and_wait, set_lr

TIMEOUT = 60_000


def sample_action(window, stem):
    for action, sample in window.files._sample_actions:
        if sample.name == f"{stem}.csv":
            return action
    raise AssertionError(f"no sample {stem}")


# ---- 2. samples carry their settings ----------------------------------------------------------


def test_the_lesson_sample_restores_its_settings_in_one_undo_step(qtbot, window):
    set_lr(qtbot, window, 1.0)
    window.controls.steps_box.setValue(7)
    window.controls.seed_box.setValue(5)
    window.controls.loss_box.setCurrentIndex(window.controls.loss_box.findData("mae"))
    window.table_model.set_cell(2, 1, "99")
    tried = window.controls.config()

    sample_action(window, "lesson").trigger()
    cfg = window.controls.config()
    assert (cfg.lr, window.controls.steps(), cfg.seed, cfg.optimizer, cfg.loss) == (
        0.001, 100, 0, "sgd", "mse")
    assert window.controls.lr_box.text() == "0.001"
    assert window.table_model.cell_text(2, 1) == "60"
    # The next Train is the lesson's, not a divergence at the lr tried before.
    result = run_and_wait(qtbot, window, window.train_action)
    assert result.status != verdict.DIVERGED and result.details["lr"] == 0.001
    assert result.steps_done == 100

    window.table_model.undo_stack.undo()  # one step: the table and the settings come back
    assert window.controls.config() == tried and window.controls.steps() == 7
    assert window.table_model.cell_text(2, 1) == "99"
    window.table_model.undo_stack.redo()
    assert window.controls.config().lr == 0.001 and window.table_model.cell_text(2, 1) == "60"


def test_every_sample_names_its_settings():
    from linreg_gui.core.samples import list_samples

    for sample in list_samples():
        assert sample.settings.config.optimizer == "sgd" and sample.settings.steps > 0
    lesson = next(s for s in list_samples() if s.name == "lesson.csv")
    assert (lesson.settings.config.lr, lesson.settings.steps, lesson.settings.config.seed) == (
        0.001, 100, 0)


# ---- 6. window title and recent files after each way of opening ------------------------------


def _csv(tmp_path, name="성적.csv"):
    path = tmp_path / name
    path.write_text("공부시간,점수\n1,25\n2,41\n4,80\n", encoding="utf-8")
    return path


def _wait_import(qtbot, window, do):
    with qtbot.waitSignal(window.files.importer.busy_changed, timeout=TIMEOUT,
                          check_params_cb=lambda busy: not busy):
        do()


def _recent(window):
    """The file names File > Open Recent shows, and whether it can be opened."""
    menu = window.session.recent_menu
    names = [a.text().split(" ", 1)[1] for a in menu.actions() if a.data()]
    return names, menu.isEnabled()


def _drop(window, path):
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, QDragEnterEvent(QPoint(10, 10), *args))
    QApplication.sendEvent(window, QDropEvent(QPointF(10, 10), *args))


def _command_line(window, path):
    from linreg_gui.gui.app import open_at_start

    open_at_start(window, str(path))


@pytest.mark.parametrize("how", ["open", "drop", "command line"])
def test_a_csv_names_the_window_and_joins_open_recent(qtbot, window, tmp_path, how):
    window.session.clear_recent_files()
    assert _recent(window) == ([], False)
    path = _csv(tmp_path)
    way = {"open": lambda: window.files.open_file(str(path)),
           "drop": lambda: _drop(window, path),
           "command line": lambda: _command_line(window, path)}[how]
    _wait_import(qtbot, window, way)
    assert window.table_model.column_names() == ["공부시간", "점수"]
    assert window.windowTitle().startswith("성적.csv — ")  # not "Untitled*"
    assert _recent(window) == (["성적.csv"], True)
    # Saving suggests a session beside the data file, named after it.
    assert window.session._suggested_path() == str(tmp_path / "성적.linreg")
    # An edit marks it modified; the name stays.
    window.table_model.set_cell(0, 1, "30")
    assert window.windowTitle().startswith("성적.csv* — ")


def test_earlier_unsaved_edits_still_count_after_opening_a_csv(qtbot, window, tmp_path):
    window.table_model.set_cell(0, 1, "21")
    _wait_import(qtbot, window, lambda: window.files.open_file(str(_csv(tmp_path))))
    assert window.windowTitle().startswith("성적.csv* — ")  # closing still asks to save
    assert window.session.modified


def test_a_session_from_the_command_line_or_open_recent_fills_the_list(qtbot, window,
                                                                        tmp_path):
    session = tmp_path / "수업.linreg"
    assert window.session.save_to(session)
    data = _csv(tmp_path, "data.csv")
    window.session.clear_recent_files()
    _command_line(window, session)
    assert window.windowTitle().startswith("수업.linreg — ")
    assert _recent(window) == (["수업.linreg"], True)
    _wait_import(qtbot, window, lambda: window.files.open_file(str(data)))
    # A data file imported into a saved session is an edit of that session.
    assert window.windowTitle().startswith("수업.linreg* — ")
    assert _recent(window) == (["data.csv", "수업.linreg"], True)
    # Reopening either from Open Recent works.
    assert window.session.open_recent(str(session))
    assert window.table_model.column_names() == ["hours", "score"]
    assert _recent(window)[0] == ["수업.linreg", "data.csv"]
    _wait_import(qtbot, window, lambda: window.session.open_recent(str(data)))
    assert window.table_model.column_names() == ["공부시간", "점수"]


# ---- 5. pasting from a spreadsheet with its header row ------------------------------------


@pytest.fixture
def table(lesson_table):
    return lesson_table


def _paste(qtbot, view, text, answer, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    asked = []
    monkeypatch.setattr(view, "ask_use_header", lambda names: asked.append(names) or answer)
    QGuiApplication.clipboard().setText(text)
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    return asked


def _cells(model):
    return [[model.cell_text(r, c) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


@pytest.mark.parametrize("text", ["공부시간\t점수\r\n1\t20\r\n2\t40\r\n3\t60\r\n4\t80\r\n",
                                  "공부시간,점수\n1,20\n2,40\n3,60\n4,80\n"])
def test_a_pasted_header_row_is_offered_as_the_column_names(qtbot, table, monkeypatch, text):
    model = table.model()
    asked = _paste(qtbot, table, text, True, monkeypatch)
    assert asked == [["공부시간", "점수"]]
    assert model.column_names() == ["공부시간", "점수"]
    assert _cells(model) == [["1", "20"], ["2", "40"], ["3", "60"], ["4", "80"]]
    dataset, problems = model.to_dataset()
    assert dataset.n_rows == 4 and problems.n_left_out == 0  # no text row left out
    assert dataset.feature_names == ("공부시간",) and dataset.target_name == "점수"
    model.undo_stack.undo()  # one step: the names and the cells come back
    assert model.column_names() == ["hours", "score"]
    assert _cells(model) == [["1", "20"], ["2", "40"], ["3", "60"]]


def test_declining_pastes_the_header_as_cells(qtbot, table, monkeypatch):
    model = table.model()
    _paste(qtbot, table, "공부시간\t점수\n1\t20\n", False, monkeypatch)
    assert model.column_names() == ["hours", "score"]
    assert _cells(model)[0] == ["공부시간", "점수"]


def test_numbers_only_are_pasted_without_a_question(qtbot, table, monkeypatch):
    asked = _paste(qtbot, table, "7\t70\n8\t80\n", True, monkeypatch)
    assert asked == [] and _cells(table.model())[:2] == [["7", "70"], ["8", "80"]]


def test_a_header_name_taken_by_another_column_is_made_unique(qtbot, table, monkeypatch):
    model = table.model()
    table.setCurrentIndex(model.index(0, 0))
    _paste(qtbot, table, "score\n5\n", True, monkeypatch)  # lands in column 'hours'
    assert model.column_names() == ["score (2)", "score"]


# ---- 7. exports ------------------------------------------------------------------------------


def test_a_script_exported_before_training_is_the_run_the_settings_describe(window, tmp_path):
    path = tmp_path / "lesson.py"
    warning = window.teaching.script_export.export_to(str(path))
    text = path.read_text(encoding="utf-8")
    assert "STEPS = 100" in text and "STEPS = 0" not in text
    assert "nothing was trained in the app yet" in text  # the script says so
    assert "Nothing is trained yet" in warning and "100 steps" in warning  # and so does the app
    window.controls.steps_box.setValue(7)
    window.teaching.script_export.export_to(str(path))
    assert "STEPS = 7" in path.read_text(encoding="utf-8")


def test_plots_export_alone_at_the_chosen_width(window, tmp_path):
    from PySide6.QtGui import QImage

    from linreg_gui.gui import plot_export

    views = plot_export.plot_views(window.plots)
    assert len(views) == 3
    top, bottom = views[0], views[1]
    path = tmp_path / "plots.png"
    window.files.export_plots(str(path))  # the default: 1920 pixels wide
    image = QImage(str(path))
    union_w = window.plots.width()
    assert image.width() == 1920
    scale = 1920 / max(v.mapTo(window.plots, v.rect().topRight()).x() + 1 for v in views)
    # No splitter grip: the band between two plots is plain background, left to right.
    gap_top = top.mapTo(window.plots, top.rect().bottomLeft()).y() + 1
    gap_bottom = bottom.mapTo(window.plots, bottom.rect().topLeft()).y()
    assert gap_bottom > gap_top, "the plots sit in a splitter with a handle between them"
    y = round((gap_top + gap_bottom) / 2 * scale)
    row = {image.pixel(x, y) for x in range(image.width())}
    assert len(row) == 1, f"the band between the plots is not plain ({union_w} px panel)"
    # Wider on request, and as SVG of the same size.
    window.files.export_plots(str(path), 3000)
    assert QImage(str(path)).width() == 3000
    svg = tmp_path / "plots.svg"
    window.files.export_plots(str(svg), 1920)
    text = svg.read_text(encoding="utf-8")
    assert 'viewBox="0 0 1920 ' in text and "</svg>" in text


# ---- 3. after a divergence the picture still shows the data ----------------------------------


def test_after_divergence_the_fit_plot_keeps_every_data_point_in_view(qtbot, window):
    set_lr(qtbot, window, 1.0)
    result = run_and_wait(qtbot, window, window.train_action)
    assert result.status == verdict.DIVERGED
    plots = window.plots
    (x0, x1), (y0, y1) = plots.fit_plot.getPlotItem().getViewBox().viewRange()
    ys = window.dataset.y
    xs = window.dataset.X[:, 0]
    assert y0 <= ys.min() and ys.max() <= y1 and x0 <= xs.min() and xs.max() <= x1
    # The data fill a fair share of the height, instead of lying flat on one row at 0.
    assert (ys.max() - ys.min()) / (y1 - y0) > 0.25
    # The model line is far away: only what is inside the plot's reach is drawn.
    line_x, line_y = plots.model_line.getData()
    assert line_y is None or len(line_y) == 0 or (
        np.all(line_y >= y0 - (y1 - y0)) and np.all(line_y <= y1 + (y1 - y0)))
    # Predict says what such a number is worth.
    box = window.predict
    assert box.diverged_label.isVisibleTo(box)
    assert "diverged" in box.diverged_label.text()
    # A reset gives a model whose predictions mean something again.
    from tests.gui.teaching_helpers import reset

    reset(qtbot, window)
    assert not box.diverged_label.isVisibleTo(box)


def test_large_tick_values_are_short_enough_for_the_axis():
    from linreg_gui.gui.plot_axes import compact_number

    assert [compact_number(v) for v in (-500000, 1500000, 2e4, -2.5e12, 999999)] == [
        "-5e5", "1.5e6", "2e4", "-2.5e12", "1e6"]


def test_the_weight_plot_ticks_after_divergence_fit_beside_the_axis_title(qtbot, window):
    set_lr(qtbot, window, 1.0)
    run_and_wait(qtbot, window, window.train_action)
    axis = window.plots.params_plot.getPlotItem().getAxis("left")
    lo, hi = axis.range
    values = [v for _spacing, level in axis.tickValues(lo, hi, axis.height()) for v in level]
    strings = axis.tickStrings(values, axis.scale, 1)
    assert max(abs(lo), abs(hi)) >= 1e4, "the run should have made large weights"
    # The axis keeps room for "-0.001" beside its title: "-200000" ran into "값".
    fm = window.plots.fontMetrics()
    assert all(fm.horizontalAdvance(t) <= fm.horizontalAdvance("-0.001") for t in strings), (
        strings)


# ---- 8. small things seen on screen ---------------------------------------------------------


def _reds(image):
    """Pixels of the model's red, exact and blended into the white background."""
    from PySide6.QtGui import QColor

    exact = blended = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if c.red() > 150 and c.green() < c.red() - 40 and c.blue() < c.red() - 40:
                if (c.red(), c.green(), c.blue()) == (0xd6, 0x27, 0x28):
                    exact += 1
                else:
                    blended += 1
    return exact, blended


def test_a_nearly_flat_model_line_is_smooth_not_a_staircase(qtbot, window):
    plots = window.plots
    plots.set_current([0.4963], 0.7682)  # the lesson's start: a nearly flat line
    qtbot.wait(50)
    exact, blended = _reds(plots.fit_plot.grab().toImage())
    assert exact + blended > 50, "the model line should be on screen"
    # Antialiased: the line's edges blend into the background; a staircase has none.
    assert blended > exact / 4, (exact, blended)


def test_add_row_puts_the_cursor_in_the_new_rows_first_cell(qtbot, window):
    view, model = window.table_view, window.table_model
    assert view.add_row_action in window.table_toolbar.actions()  # "+ 행"
    view.setCurrentIndex(model.index(2, 1))  # the last score, just typed
    view.add_row_action.trigger()
    current = view.currentIndex()
    assert model.rowCount() == 4
    assert (current.row(), current.column()) == (3, 0)  # ready to type the hours


# A refusal is also shown as a tooltip, which the offscreen platform cannot raise.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_typing_into_a_cell_the_teacher_locked_says_why(qtbot, window):
    from PySide6.QtCore import Qt

    window.teaching.teacher.lock_with(["lr", "steps"])  # the table is locked
    view, model = window.table_view, window.table_model
    view.setFocus()
    view.setCurrentIndex(model.index(0, 1))
    qtbot.keyClicks(view, "25")
    assert model.cell_text(0, 1) == "20"  # refused...
    status = window.statusBar().currentMessage()
    assert "teacher locked the data table" in status  # ...and said why, not silently
    window.statusBar().clearMessage()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert "teacher locked" in window.statusBar().currentMessage()
    # Training's own refusal still says training.
    window.teaching.teacher.try_unlock("")
    model.setReadOnly(True)
    qtbot.keyClicks(view, "3")
    assert "while the model is training" in window.statusBar().currentMessage()
    model.setReadOnly(False)


def test_the_landscape_caption_explains_the_dashed_paths_of_earlier_runs(qtbot, window):
    from tests.gui.teaching_helpers import reset

    t = window.teaching
    t.landscape_dock.show()
    note = t.landscape.note
    assert "Dashed" not in note.text()  # nothing dashed is drawn yet
    run_and_wait(qtbot, window, window.train_action)
    reset(qtbot, window)
    run_and_wait(qtbot, window, window.train_action)
    assert t.runs.rowCount() == 2 and t.landscape._run_curves
    assert "Dashed lines: the paths of earlier runs kept in Compare runs" in note.text()


@pytest.fixture
def korean(qapp):
    from linreg_gui.gui import i18n

    i18n.set_language("ko")
    yield
    i18n.set_language("en")


def test_korean_messages_choose_the_particle_from_the_name(qtbot, window, korean, tmp_path):
    model = window.table_model
    # The lesson's columns are already 공부시간 / 점수 in a Korean window.
    model.rename_column(0, "시간")  # ends in ㄴ: 으로
    assert model.undo_stack.undoText() == "'공부시간' 열 이름을 '시간'으로 바꾸기"
    model.rename_column(1, "결과")  # ends in a vowel: 로
    assert model.undo_stack.undoText() == "'점수' 열 이름을 '결과'로 바꾸기"
    assert "(으)" not in window.undo_action.text()
    path = tmp_path / "성적.csv"
    path.write_text("공부시간,점수\n1,25\n2,41\n", encoding="utf-8")
    shown = []
    window.statusBar().messageChanged.connect(shown.append)
    _wait_import(qtbot, window, lambda: window.files.open_file(str(path)))
    opened = [m for m in shown if "성적.csv" in m]
    assert opened and opened[0].startswith("성적.csv를 열었습니다"), shown
    assert not any("(를)" in m for m in shown)


# ---- 4. the tour places each page beside what it frames ---------------------------------------


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1366, 768), (1920, 1080)])
def test_every_tour_page_sits_beside_its_frame(qtbot, window, size, language):
    from PySide6.QtCore import Qt

    from linreg_gui.gui import i18n
    from linreg_gui.gui.help_dialogs import TOUR_PAGES

    i18n.set_language(language)
    try:
        window.move(0, 0)
        window.resize(*size)
        qtbot.waitUntil(lambda: window.size().width() == size[0])
        window.tour_action.trigger()
        tour = window.tour_dialog
        qtbot.waitExposed(tour)
        covered = []
        for index in range(len(TOUR_PAGES)):
            assert tour.page == index
            page, frames = tour.page_rect(), tour.frame_rects()
            assert frames and not any(f.isEmpty() for f in frames), frames
            covered += [(index + 1, page, f) for f in frames if page.intersects(f)]
            # The whole page is readable: not pushed off the window's screen area.
            assert tour.width() >= tour.minimumSizeHint().width()
            if index < len(TOUR_PAGES) - 1:
                qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
        assert not covered, covered
        tour.close()
    finally:
        i18n.set_language("en")


def test_a_sample_keeps_the_settings_the_teacher_locked(qtbot, window):
    set_lr(qtbot, window, 0.01)
    window.controls.steps_box.setValue(7)
    window.controls.seed_box.setValue(3)
    window.teaching.teacher.lock_with(["open", "seed", "table"])  # lr and steps are locked
    sample_action(window, "lesson").trigger()
    cfg = window.controls.config()
    assert (cfg.lr, window.controls.steps()) == (0.01, 7)  # as the teacher set them
    assert cfg.seed == 0  # free: the sample's
