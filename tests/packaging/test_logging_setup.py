"""linreg_gui.logging_setup: a rotating file in the user's data folder when no terminal watches,
stderr otherwise, and never an error that stops the app. Each case runs in a fresh interpreter
(the set-up installs process-wide hooks)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PRELUDE = """
import logging, sys
from PySide6.QtCore import QCoreApplication
QCoreApplication.setOrganizationName("linreg-gui")
QCoreApplication.setApplicationName("linreg-gui")
from linreg_gui.logging_setup import setup_logging
"""


def run(tmp_path: Path, body: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", PRELUDE + body], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)  # stdout: a pipe


def log_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "linreg-gui" / "linreg-gui" / "logs" / "linreg-gui.log"


def test_no_terminal_means_a_file_in_the_data_folder(tmp_path: Path) -> None:
    proc = run(tmp_path, "print(setup_logging()); logging.getLogger('x').warning('hello')")
    assert proc.returncode == 0, proc.stderr
    assert Path(proc.stdout.strip()) == log_file(tmp_path)
    text = log_file(tmp_path).read_text(encoding="utf-8")
    assert "linreg-gui" in text and "started" in text and "WARNING x" in text and "hello" in text
    assert "hello" not in proc.stderr
    assert not (tmp_path / "home").exists()  # nothing written anywhere else


def test_uncaught_exceptions_reach_the_file(tmp_path: Path) -> None:
    proc = run(tmp_path, "setup_logging(); raise RuntimeError('boom')")
    assert proc.returncode == 1
    text = log_file(tmp_path).read_text(encoding="utf-8")
    assert "uncaught exception" in text and "RuntimeError: boom" in text


def test_terminal_mode_logs_to_stderr_and_writes_no_file(tmp_path: Path) -> None:
    proc = run(tmp_path, "print(setup_logging(to_file=False)); "
                         "logging.getLogger('x').warning('hello')")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "None"
    assert "hello" in proc.stderr
    assert not (tmp_path / "data").exists()


def test_an_unwritable_folder_falls_back_to_stderr(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    where = blocker / "logs"  # cannot be made: its parent is a file
    proc = run(tmp_path, f"from pathlib import Path\n"
                         f"print(setup_logging(to_file=True, directory=Path({str(where)!r})))\n"
                         f"logging.getLogger('x').warning('hello')")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "None" and "hello" in proc.stderr


def test_wants_file() -> None:
    from linreg_gui.logging_setup import wants_file

    class Tty:
        def isatty(self) -> bool:
            return True

    class Pipe:
        def isatty(self) -> bool:
            return False

    assert wants_file(Tty()) is False
    assert wants_file(Pipe()) is True
