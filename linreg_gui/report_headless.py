"""``linreg-gui train ... --report OUT.pdf``: the printed report without a window. Qt draws it
(gui/report.py), so a QGuiApplication on the offscreen platform is made for it; the report's
words and the verdict come in the language asked for (--lang)."""

from __future__ import annotations

import dataclasses
import os

from linreg_gui.core.report_data import from_trainer


def _application():
    """(the application, whether it was made here)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app, False
    # No window is shown: the offscreen platform works with and without a display.
    return QGuiApplication(["linreg-gui", "-platform", "offscreen"]), True


def write_report(trainer, path: str | os.PathLike, lang: str = "ko", dataset=None) -> None:
    """Write the PDF report of the trainer's current model (its data named as in
    ``dataset`` when given: the same numbers, the window's column names). Raises OSError."""
    app, made_here = _application()
    from linreg_gui.gui import i18n
    from linreg_gui.gui.report import write_pdf

    i18n.set_language(lang)
    try:
        data = from_trainer(trainer)
        if dataset is not None:
            data = dataclasses.replace(data, dataset=dataset)
        write_pdf(path, data)
    finally:
        if made_here:
            i18n.uninstall()  # the command's own output stays English
    del app
