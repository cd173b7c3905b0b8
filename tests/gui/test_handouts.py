"""File > Export > Jupyter notebook… (and the other hand-outs): what the window exports is the
run the student made, in the window's language, and a bad path is refused with a message."""

from __future__ import annotations

import os

import nbformat

from linreg_gui.gui import i18n
from tests.gui.teaching_helpers import reset, run_and_wait


def lesson_run(qtbot, window):
    reset(qtbot, window)
    run_and_wait(qtbot, window, window.step_action)
    for _ in range(3):
        run_and_wait(qtbot, window, window.train_action)


def test_the_notebook_holds_the_lesson_run_in_the_windows_language(qtbot, window, tmp_path):
    h = window.handouts
    assert h.notebook_action in window.files.export_menu.actions()
    lesson_run(qtbot, window)
    assert window.readouts.value_text("w0") == "16.2360"
    out = tmp_path / "out"
    out.mkdir()
    path = out / "lesson.ipynb"
    assert h.export_notebook(str(path)) == ""
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    md = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "STEPS = 301" in code and "STEPS = STEPS - 1" in code
    assert "1 + 100 + 100 + 100" in md
    lang = i18n.current_language()
    assert nb.metadata.linreg_gui.lang == lang
    other = "en" if lang == "ko" else "ko"
    window.set_language(other)
    try:
        h.export_notebook(str(path))
        nb = nbformat.read(path, as_version=4)
        md = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
        assert ("# The data" in md) == (other == "en")
        assert ("# 데이터 확인" in md) == (other == "ko")
        assert window.handouts.notebook_action.text() != ""
    finally:
        window.set_language(lang)
    assert os.listdir(out) == ["lesson.ipynb"]  # no temporary file left beside it


def test_a_bad_notebook_path_is_refused_with_a_message(qtbot, window, tmp_path, monkeypatch):
    bad = str(tmp_path / "no such folder" / "x.ipynb")
    monkeypatch.setattr(window.files, "ask_save_path", lambda *a: bad)
    window.handouts.notebook_action.trigger()
    box = window.error_box
    assert "no such folder" in box.text() or "no such folder" in box.informativeText()
    box.close()
    assert not os.path.exists(bad)
