"""The window's language (English or Korean) and the font that shows Hangul.

- ``initial_language()``: the one the user chose last (QSettings ``ui/language``), else the
  system's (Korean locale -> "ko", anything else -> "en").
- ``set_language(code)``: installs the app's translations (resources/i18n/linreg_gui_*.qm)
  and Qt's own (qtbase_ko.qm: standard buttons, the context menus of text fields), and routes
  the engine's messages (linreg_gui.core.i18n) through ``QCoreApplication.translate``.
  Installing a QTranslator sends QEvent.LanguageChange to every widget: each panel's
  changeEvent calls its ``retranslate()``, so switching needs no restart.
- ``ensure_hangul_font()``: on a machine without any font that has Hangul, registers the
  bundled NanumGothic (resources/fonts, SIL OFL 1.1) as the application font's fallback;
  Latin text stays in the system font.

``pyside6-lupdate`` extracts the strings: ``make i18n`` (see the Makefile and README).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from linreg_gui.core import i18n as core_i18n
from linreg_gui.resources import resources_dir

log = logging.getLogger(__name__)

SETTINGS_KEY = "ui/language"
LANGUAGES = ("en", "ko")
#: What each language is called in the Language menu: its own name, as menus conventionally do.
LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}
APP_CATALOG = "linreg_gui"
QT_CATALOGS = ("qtbase",)
HANGUL_FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
HANGUL_FONT_FAMILY = "NanumGothic"

_installed: list[QTranslator] = []
_current: str | None = None


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def system_language() -> str:
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def saved_language() -> str | None:
    value = QSettings().value(SETTINGS_KEY, "")
    return value if value in LANGUAGES else None


def initial_language() -> str:
    """The language to start in: the user's last choice, else the system's."""
    return saved_language() or system_language()


def current_language() -> str:
    """The language the window shows now ("en" before any was installed)."""
    return _current or "en"


def set_language(code: str, *, remember: bool = False) -> bool:
    """Show the app in ``code`` ("en" or "ko"); with ``remember``, also next time.

    Returns False (and changes nothing) for an unknown code or when the app's translation
    file is missing.
    """
    global _current
    if code not in LANGUAGES:
        return False
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    if remember:
        QSettings().setValue(SETTINGS_KEY, code)
    if code == _current:
        return True
    translators = []
    app_tr = QTranslator(app)
    if not app_tr.load(f"{APP_CATALOG}_{code}", str(i18n_dir())):
        log.warning("no translation file %s_%s.qm in %s", APP_CATALOG, code, i18n_dir())
        return False
    translators.append(app_tr)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalog in QT_CATALOGS:
        qt_tr = QTranslator(app)
        # Qt ships no English catalogs worth loading; a missing Korean one only leaves Qt's
        # own buttons in English.
        if code != "en" and qt_tr.load(f"{catalog}_{code}", qt_dir):
            translators.append(qt_tr)
        else:
            qt_tr.deleteLater()
    # Remove the old ones first, so that each LanguageChange event finds one language only.
    for old in _installed:
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    core_i18n.set_translator(QCoreApplication.translate)
    _current = code
    for tr in translators:
        QCoreApplication.installTranslator(tr)
        _installed.append(tr)
    return True


def uninstall() -> None:
    """Back to the untranslated (English) strings and no engine translator (tests)."""
    global _current
    for old in _installed:
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    core_i18n.set_translator(None)
    _current = None


# ---- the font for Hangul ------------------------------------------------------------------


def system_has_hangul_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))


def register_hangul_font() -> str:
    """Add the bundled NanumGothic files; returns the family name. Raises FileNotFoundError
    when the files are missing (a broken install)."""
    family = ""
    for name in HANGUL_FONT_FILES:
        path = fonts_dir() / name
        if not path.is_file():
            raise FileNotFoundError(f"the bundled Korean font is missing: {path}")
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise OSError(f"Qt could not load the bundled Korean font {path}")
        family = family or families[0]
    return family


def ensure_hangul_font(app: QApplication | None = None, *, force: bool = False) -> str | None:
    """Make Korean text render on a machine without a Hangul font: register the bundled
    NanumGothic and put it after the system's default family in the application font.

    Returns the registered family, or None when the system already has a Hangul font (and
    not ``force``). The family list keeps Latin text in the system font; only characters the
    system font lacks fall back to NanumGothic.
    """
    app = app or QApplication.instance()
    if not force and system_has_hangul_font():
        return None
    try:
        family = register_hangul_font()
    except OSError as exc:
        log.error("%s", exc)
        return None
    font = app.font()
    system_family = QFontInfo(font).family()  # the real family behind "Sans Serif"
    families = [f for f in (system_family, family) if f]
    font.setFamilies(list(dict.fromkeys(families)))
    app.setFont(font)
    log.info("no system font has Hangul: using the bundled %s", family)
    return family
