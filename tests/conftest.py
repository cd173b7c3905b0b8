"""Test-wide set-up: offscreen Qt, and no test may leave a thread running."""

from __future__ import annotations

import os
import threading

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
