"""Where the windowed program's log goes.

Started from a terminal, log records go to stderr, as usual. Started from a desktop launcher,
a Start-menu shortcut or the Finder there is no terminal to read (and a windowed PyInstaller
build on Windows or macOS has no stderr at all), so records go to a rotating file in the
user's own data folder instead:

    Linux    ~/.local/share/linreg-gui/linreg-gui/logs/linreg-gui.log
    Windows  %APPDATA%\\linreg-gui\\linreg-gui\\logs\\linreg-gui.log
    macOS    ~/Library/Application Support/linreg-gui/linreg-gui/logs/linreg-gui.log

(QStandardPaths.AppDataLocation, so call this after the application's names are set.) In file
mode, uncaught exceptions (main and worker threads) and Qt's own warnings are logged there too.
Logging must never stop the app: when the folder cannot be written, records go to stderr if
there is one, and nowhere otherwise.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path

LOG_NAME = "linreg-gui.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_handler: logging.Handler | None = None


def wants_file(stream=None) -> bool:
    """True when nobody watches stderr: stdout is no terminal, or a frozen windowed build."""
    stream = sys.stdout if stream is None else stream
    frozen_windowed = getattr(sys, "frozen", False) and (sys.stdout is None or sys.stderr is None)
    if frozen_windowed or stream is None:
        return True
    try:
        return not stream.isatty()
    except (AttributeError, ValueError, OSError):  # closed or unusual streams
        return True


def log_dir() -> Path:
    """``QStandardPaths.AppDataLocation``/logs (needs PySide6, not a QApplication)."""
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not base:
        raise OSError("Qt knows no application data folder on this system")
    return Path(base) / "logs"


def setup_logging(to_file: bool | None = None, directory: Path | None = None) -> Path | None:
    """Configure the root logger once; returns the log file's path in file mode, else None.

    ``to_file`` None decides by :func:`wants_file`; ``directory`` defaults to :func:`log_dir`.
    Calling it again replaces the handler it installed before (and nothing else).
    """
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    path = None
    handler: logging.Handler
    if wants_file() if to_file is None else to_file:
        try:
            folder = directory or log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / LOG_NAME
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
            level = logging.INFO
        except OSError:
            path = None
    if path is None:
        handler = logging.StreamHandler(sys.stderr) if sys.stderr else logging.NullHandler()
        level = logging.WARNING
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _handler = handler
    if path is not None:
        _log_the_unlogged()
        from linreg_gui import __version__

        logging.getLogger("linreg_gui").info(
            "linreg-gui %s started (pid %d, %s, Python %s%s)", __version__, os.getpid(),
            sys.platform, sys.version.split()[0], ", bundle" if getattr(sys, "frozen", False)
            else "")
    return path


def _log_the_unlogged() -> None:
    """File mode: uncaught exceptions and Qt's messages, which would go to stderr, go here."""
    log = logging.getLogger("linreg_gui")
    previous_hook = sys.excepthook

    def excepthook(kind, value, tb):
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        if sys.stderr is not None:
            previous_hook(kind, value, tb)

    def thread_excepthook(args):
        log.critical("uncaught exception in thread %s", getattr(args.thread, "name", "?"),
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = excepthook
    threading.excepthook = thread_excepthook
    logging.captureWarnings(True)
    try:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    except ImportError:
        return
    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def qt_handler(kind, _context, message):
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(qt_handler)
