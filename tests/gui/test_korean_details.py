"""A Korean window is Korean throughout: the built-in data's column names, Qt's own file
dialog, the teacher's lock without an emoji font."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from linreg_gui.core import samples
from linreg_gui.core.dataset import Dataset
from linreg_gui.gui import i18n
from linreg_gui.gui.column_names import localized
from linreg_gui.gui.main_window import MainWindow


@pytest.fixture
def korean(qapp):
    i18n.set_language("ko")
    yield
    i18n.uninstall()


def test_the_lesson_and_the_samples_name_their_columns_in_korean(qtbot, korean):
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.table_model.column_names() == ["공부시간", "점수"]
    assert w.plots.fit_plot.getPlotItem().getAxis("bottom").labelText == "공부시간"
    (study,) = [s for s in samples.list_samples() if s.name.startswith("study_hours")]
    w.files.open_sample(study)
    assert w.table_model.column_names() == ["공부시간", "점수"]
    w.close()


def test_a_users_own_column_names_and_english_stay_as_they_are(korean):
    own = Dataset.from_rows([(1.0, 2.0), (2.0, 4.0)], ("키", "몸무게"))
    assert localized(own).column_names == ("키", "몸무게")
    i18n.set_language("en")
    assert localized(Dataset.lesson()).column_names == ("hours", "score")


def test_qts_file_dialog_speaks_korean(korean):
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "찾는 위치(&L):" in texts and "파일 형식(&T):" in texts
    assert not any("Look in" in t or "Files of" in t for t in texts)
    dialog.deleteLater()


def test_the_teachers_lock_shows_a_drawn_padlock_not_an_emoji(qtbot, korean):
    w = MainWindow()
    qtbot.addWidget(w)
    teacher = w.teaching.teacher
    assert "🔒" not in teacher.status_label.text()
    assert teacher.status_label.text() == "교사가 잠갔습니다"
    pixmap = teacher.status_icon.pixmap()
    assert not pixmap.isNull() and pixmap.height() >= 8
    image = pixmap.toImage()
    assert any(image.pixelColor(x, y).alpha() > 0
               for x in range(image.width()) for y in range(image.height()))
    w.close()


def test_a_language_switch_renames_the_untouched_lesson_but_not_an_edited_table(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.table_model.column_names() == ["hours", "score"]
    i18n.set_language("ko")  # LanguageChange is posted: the window renames when it arrives
    qtbot.waitUntil(lambda: w.table_model.column_names() == ["공부시간", "점수"])
    assert not w.table_model.undo_stack.canUndo()  # not an edit
    w.table_model.set_cell(0, 0, "1.5")  # worked on: the names stay
    i18n.set_language("en")
    qtbot.waitUntil(lambda: w.train_action.text() == "&Train")
    assert w.table_model.column_names() == ["공부시간", "점수"]
    i18n.uninstall()
    w.session.maybe_save = lambda: True
    w.close()
