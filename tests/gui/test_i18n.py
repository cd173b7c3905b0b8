"""Korean and English: the catalogs are complete and match the code, and switching the language
retranslates the open window (menus, labels, tooltips, plots, the engine's sentences)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget

from linreg_gui.core import verdict
from linreg_gui.core.verdict import RunResult
from linreg_gui.gui import i18n
from linreg_gui.gui.controller import IDLE

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
BIN = Path(shutil.which("pyside6-lupdate") or ROOT / ".venv" / "bin" / "pyside6-lupdate").parent
CATALOGS = ("ko", "en")
RUN_TIMEOUT = 60_000


def ts_path(code: str) -> Path:
    return I18N / f"linreg_gui_{code}.ts"


def messages(path: Path):
    """(context, source, translation element, message element) of every live message."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            yield name, message.findtext("source"), translation, message


def unfinished(path: Path) -> list[tuple[str, str]]:
    bad = []
    for context, source, translation, message in messages(path):
        forms = [f.text for f in translation.iter("numerusform")] if message.get(
            "numerus") == "yes" else [translation.text]
        if translation.get("type") == "unfinished" or not all(forms):
            bad.append((context, source))
    return bad


def python_sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "linreg_gui").rglob("*.py"))


# ---- the catalogs ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", CATALOGS)
def test_catalog_has_no_unfinished_entry(code):
    bad = unfinished(ts_path(code))
    assert not bad, f"{len(bad)} unfinished in {ts_path(code).name} (make i18n): {bad[:10]}"


@pytest.mark.parametrize("code", CATALOGS)
def test_every_string_in_the_code_is_in_the_catalog(code, tmp_path):
    """lupdate over the sources into a copy: a string the catalog lacks comes back
    unfinished. (Run ``make i18n`` and translate it.)"""
    copy = tmp_path / ts_path(code).name
    shutil.copy(ts_path(code), copy)
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", *python_sources(),
         "-ts", str(copy)],
        check=True, cwd=ROOT, capture_output=True,
    )
    before = {(c, s) for c, s, _, _ in messages(ts_path(code))}
    after = {(c, s) for c, s, _, _ in messages(copy)}
    assert after - before == set(), f"strings missing from {copy.name} (make i18n)"
    assert not unfinished(copy)


def known_contexts() -> set[str]:
    """Class names of linreg_gui, and the contexts named in translate()/QT_TRANSLATE_NOOP."""
    names: set[str] = set()
    for path in python_sources():
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.Call) and node.args:
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                first = node.args[0]
                if name in ("translate", "QT_TRANSLATE_NOOP") and isinstance(
                        first, ast.Constant) and isinstance(first.value, str):
                    names.add(first.value)
    return names


def test_every_context_is_one_the_code_looks_up():
    """lupdate's Python parser can file a string under a context that no tr() call asks for
    at run time (after QCoreApplication.translate it once said "QCoreApplication.self"):
    such a translation would never show."""
    known = known_contexts()
    contexts = {c for c, _, _, _ in messages(ts_path("ko"))}
    assert contexts <= known, contexts - known


_FIELD = re.compile(r"\{[^{}]*\}")
_TAG = re.compile(r"</?([a-zA-Z0-9]+)")


@pytest.mark.parametrize("code", CATALOGS)
def test_translations_keep_fields_tags_and_mnemonics(code):
    """A translation with a different {field} would raise at .format(); a lost tag or a
    missing & would break the rich text or the keyboard access."""
    problems = []
    for context, source, translation, _ in messages(ts_path(code)):
        text = translation.text or ""
        if Counter(_FIELD.findall(source)) != Counter(_FIELD.findall(text)):
            problems.append((context, source, "fields"))
        if Counter(_TAG.findall(source)) != Counter(_TAG.findall(text)):
            problems.append((context, source, "tags"))
        mnemonic = re.compile(r"&(?!amp;|lt;|gt;|quot;|apos;|&)\S")
        if bool(mnemonic.search(source)) != bool(mnemonic.search(text)):
            problems.append((context, source, "mnemonic"))
    assert not problems, problems


@pytest.mark.parametrize("code", CATALOGS)
def test_compiled_catalogs_are_up_to_date(code, tmp_path):
    """The committed .qm is what lrelease makes of the .ts (make i18n-compile)."""
    out = tmp_path / f"linreg_gui_{code}.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", "-removeidentical", str(ts_path(code)),
         "-qm", str(out)],
        check=True, capture_output=True,
    )
    assert out.read_bytes() == (I18N / out.name).read_bytes(), "run make i18n-compile"


# ---- choosing the language ------------------------------------------------------------------


@pytest.fixture
def english(qapp):
    i18n.set_language("en")
    yield
    i18n.set_language("en")
    i18n.uninstall()
    QSettings().remove(i18n.SETTINGS_KEY)


def test_language_follows_the_system_until_chosen(english, monkeypatch):
    QSettings().remove(i18n.SETTINGS_KEY)
    monkeypatch.setattr(i18n.QLocale, "system",
                        staticmethod(lambda: QLocale(QLocale.Language.Korean)))
    assert i18n.initial_language() == "ko"
    monkeypatch.setattr(i18n.QLocale, "system",
                        staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert i18n.initial_language() == "en"
    i18n.set_language("ko", remember=True)
    assert QSettings().value(i18n.SETTINGS_KEY) == "ko"
    assert i18n.initial_language() == "ko"  # remembered, whatever the system says


def test_engine_sentences_follow_the_language(english):
    result = RunResult(verdict.STOPPED, verdict.REASON_REQUESTED, 0, 12, {"loss": 1.0})
    assert result.message.startswith("Stopped at step 12")
    i18n.set_language("ko")
    assert result.message == "요청대로 스텝 12에서 멈췄습니다. 다시 학습하면 여기서부터 이어집니다."
    assert QApplication.translate("QPlatformTheme", "Cancel") == "취소"  # Qt's own, qtbase_ko
    i18n.set_language("en")
    assert result.message.startswith("Stopped at step 12")


@pytest.fixture
def window(english, window):
    """conftest's window, made after the language is set to English."""
    return window


def visible_texts(window) -> list[str]:
    """Every text a person can see or hear in the window: menus, actions, labels, titles,
    tooltips, accessible names, table headers, plot titles and labels."""
    texts = []
    for menu in window.findChildren(QMenu):
        texts.append(menu.title())
        for action in menu.actions():
            texts += [action.text(), action.toolTip(), action.statusTip()]
    for widget in window.findChildren(QWidget):
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if hasattr(widget, "title") and callable(widget.title):
            try:
                texts.append(widget.title())
            except TypeError:
                pass
    model = window.table_model
    for col in range(model.columnCount()):
        for role in (0, 3):  # display, tooltip
            texts.append(str(model.headerData(col, Qt.Orientation.Horizontal, role)))
    plots = window.plots
    texts += list(plots._titles.values()) + list(plots._labels.values())
    return [t for t in texts if t]


def english_sources_with_korean() -> dict[str, str]:
    out = {}
    for _, source, translation, _ in messages(ts_path("ko")):
        if translation.text and translation.text != source:
            out[source] = translation.text
    return out


def test_switching_to_korean_retranslates_the_open_window(qtbot, window):
    w = window
    fit_title = w.plots._titles[0]
    loss_title = w.plots._titles[1]
    w.readouts.show_record(w.latest, None)
    step_before = w.readouts.value_text("step")
    assert w.train_action.text() == "&Train"
    w.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: w.train_action.text() == "학습(&T)")
    assert i18n.current_language() == "ko"
    assert w.language_actions["ko"].isChecked()
    assert w.file_menu.title() == "파일(&F)" and w.view_menu.title() == "보기(&V)"
    assert w.plots._titles[0] != fit_title and w.plots._titles[1] == "오차"
    assert w.controls.lr_box.toolTip().startswith("한 번 업데이트할 때")
    assert w.controls.title() == "설정"
    # The untouched lesson follows the language too (공부시간 → 점수), "(target)" with it.
    assert w.table_model.headerData(1, Qt.Orientation.Horizontal) == "점수 (타깃)"
    assert w.table_view.copy_action.text() == "복사(&C)"
    assert w.undo_action.text().startswith("실행 취소")
    # The numbers stay: renaming the lesson's columns rebuilds the data, and the engine's
    # snapshot of the same model shows them again (queued, so wait for it).
    qtbot.waitUntil(lambda: w.readouts.value_text("step") == step_before)
    assert w.readouts.title() == "모델"
    assert "준비됨" in w.readouts.status_label.text()  # the status line, said again
    # Nothing that has a Korean translation is left in English.
    korean = english_sources_with_korean()
    left = sorted({t for t in visible_texts(w) if t in korean})
    assert not left, left
    assert QSettings().value(i18n.SETTINGS_KEY) == "ko"  # remembered

    w.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: w.train_action.text() == "&Train")
    assert w.plots._titles[0] == fit_title and w.plots._titles[1] == loss_title
    assert w.controls.title() == "Settings"
    assert "Ready" in w.readouts.status_label.text()


def test_a_run_verdict_is_shown_in_the_language(qtbot, window):
    w = window
    w.language_actions["ko"].trigger()
    with qtbot.waitSignal(w.run_finished, timeout=RUN_TIMEOUT):
        w.step_action.trigger()
    qtbot.waitUntil(lambda: w.controller.state == IDLE)
    assert "스텝 1에서 멈췄습니다" in w.readouts.status_label.text()
    w.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: w.readouts.status_label.text().startswith("Stopped at step 1"))


# ---- desktop conventions --------------------------------------------------------------------


def test_standard_shortcuts(window):
    from PySide6.QtGui import QKeySequence

    w = window
    SK = QKeySequence.StandardKey
    for action, key in ((w.files.open_action, SK.Open), (w.session.save_action, SK.Save),
                        (w.undo_action, SK.Undo), (w.redo_action, SK.Redo),
                        (w.table_view.copy_action, SK.Copy),
                        (w.table_view.paste_action, SK.Paste)):
        assert action.shortcut() == QKeySequence(key), action.text()
    assert not w.quit_action.shortcut().isEmpty()
    assert w.tour_action.shortcut() == QKeySequence(SK.HelpContents)


@pytest.mark.parametrize("code", CATALOGS)
def test_every_menu_entry_has_a_mnemonic(window, code):
    """Alt+letter reaches every menu and every entry in it, in both languages."""
    i18n.set_language(code)
    QApplication.processEvents()
    missing = []
    for menu in [a.menu() for a in window.menuBar().actions()]:
        stack = [menu]
        while stack:
            m = stack.pop()
            if not re.search(r"&[^&]", m.title()):
                missing.append(m.title())
            for action in m.actions():
                if action.isSeparator() or not action.isVisible():
                    continue
                if action.menu() is not None:
                    stack.append(action.menu())
                elif action.actionGroup() is not None and action.text() in \
                        i18n.LANGUAGE_NAMES.values():
                    continue  # English / 한국어: each in its own script, as menus list them
                elif not re.search(r"&[^&]", action.text()) and m is not window.files \
                        .samples_menu and m is not window.session.recent_menu:
                    missing.append(action.text())
    assert not missing, missing


def test_focusable_controls_have_accessible_names(window):
    for dock in window.teaching.docks():  # the teaching views too
        dock.show()
    QApplication.processEvents()
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text()):
            continue
        if widget.parent() is not None and type(widget).__name__ in (
                "QLineEdit", "QScrollBar", "QTabBar", "QWidget"):
            continue  # a spin box's editor, scroll bars, a plot's viewport, the docks' tabs
        unnamed.append(type(widget).__name__)
    assert not unnamed, unnamed


