"""Test-wide set-up: offscreen Qt, and no test may leave a thread running."""

from __future__ import annotations

import os
import tempfile
import threading

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt reads these once per process: the tests' settings and data live in a folder of their own.
_HOME = tempfile.mkdtemp(prefix="linreg-gui-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")


@pytest.fixture(autouse=True)
def _private_recovery_and_no_save_question(request, tmp_path, monkeypatch):
    """Tests never touch the real recovery folder, and closing a window with unsaved work
    does not stop at the "Save changes?" question (except where a module tests it)."""
    monkeypatch.setenv("LINREG_RECOVERY_DIR", str(tmp_path / "recovery"))
    if getattr(request.module, "REAL_SAVE_QUESTION", False):
        yield
        return
    try:
        from linreg_gui.gui import session_controller
    except ImportError:  # a core-only environment
        yield
        return
    monkeypatch.setattr(session_controller.SessionController, "ask_save_changes",
                        lambda self, closing=True: session_controller.DISCARD)
    yield


@pytest.fixture(autouse=True)
def _no_dangling_threads(request):
    """Fail any test that leaves a Python thread or a QThread running."""
    before = set(threading.enumerate())
    yield
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not leaked, f"test left threads running: {leaked}"
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from PySide6.QtCore import QThread

        from linreg_gui.gui import thread_registry

        running = [t for t in thread_registry.live_threads() if t.isRunning()]
        for t in running:  # stop them so the next test starts clean, then fail this one
            t.quit()
            t.wait(5000)
        assert not running, f"test left QThreads running: {running}"
        del QThread
