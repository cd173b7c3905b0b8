"""The application: QApplication, settings identity, the main window, and the command line of
the windowed program (a data file to open, ``--self-test``)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

APP_ID = "linreg-gui"  # also the .desktop file's name and StartupWMClass


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="linreg-gui", description="Linear regression, step by step.")
    p.add_argument("file", nargs="?", help="a CSV data file to open")
    p.add_argument("--self-test", action="store_true",
                   help="run the lesson through the real window and worker, print one JSON "
                        "line, exit 0 when it matches the lesson")
    p.add_argument("--measure-startup", action="store_true", help=argparse.SUPPRESS)
    return p.parse_args(list(argv))


def make_application(argv: Sequence[str] = ()):
    from PySide6.QtWidgets import QApplication

    from linreg_gui import __version__

    # The training thread holds the interpreter lock between torch calls; the window asks
    # for it for every event it handles. A shorter switch interval (default 5 ms) bounds how
    # long the window waits each time, which is what keeps it responsive during training.
    sys.setswitchinterval(0.001)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID, *argv])
    app.setApplicationName(APP_ID)
    app.setOrganizationName(APP_ID)
    app.setApplicationDisplayName("linreg-gui")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from PySide6.QtGui import QIcon

    from linreg_gui.resources import resources_dir

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob(APP_ID + "-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    from linreg_gui.gui import i18n

    # Hangul on machines without a Korean font, then the language: the saved choice, else
    # the system's. Both before any window exists, so it is built in that language.
    i18n.ensure_hangul_font(app)
    i18n.set_language(i18n.initial_language())
    return app


def open_at_start(window, path: str | None) -> None:
    """A crashed session's recovery file comes first; then the file named on the command line
    (a session or a data file), opened as File > Open opens it."""
    if window.session.check_for_recovery(window) is None and path:
        window.files.open_file(path)


def after_first_paint(window, callback, timeout_ms: int = 1000) -> None:
    """Call ``callback`` once, just after ``window``'s first paint (or after ``timeout_ms``
    when it never paints, e.g. on a screen that does not show it)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        done = False

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, self.fire)
            return False

        def fire(self) -> None:
            if not self.done:
                self.done = True
                window.removeEventFilter(self)
                callback()

    probe = _FirstPaint(window)
    window.installEventFilter(probe)
    QTimer.singleShot(timeout_ms, probe.fire)


def main(argv: Sequence[str]) -> int:
    args = _parse(argv)
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if (args.self_test or args.measure_startup) and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    from linreg_gui.logging_setup import setup_logging

    setup_logging()  # a rotating file when no terminal watches, else stderr

    from PySide6.QtCore import QTimer

    from linreg_gui.gui.main_window import MainWindow

    window = MainWindow()
    driver = None  # something that drives the window instead of a person, with an exit code
    if args.self_test:
        from linreg_gui.gui.self_test import SelfTest

        driver = SelfTest(window)
    elif args.measure_startup:
        from linreg_gui.gui.startup_probe import StartupProbe

        driver = StartupProbe(window)
    else:
        window.restore_layout()
    window.show()
    # torch loads in the worker thread once the window has painted: importing it beside the
    # first layout and paint would share the interpreter lock with them.
    after_first_paint(window, window.start_engine)
    if driver is None:
        QTimer.singleShot(0, lambda: open_at_start(window, args.file))
    code = app.exec()
    return driver.exit_code if driver is not None else code
