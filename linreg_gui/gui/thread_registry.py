"""Every QThread the application starts is registered here, so tests can prove none is left
running and the window can stop them all on close."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QThread

_threads: weakref.WeakSet[QThread] = weakref.WeakSet()


def register(thread: QThread) -> QThread:
    _threads.add(thread)
    return thread


def live_threads() -> list[QThread]:
    alive = []
    for t in list(_threads):
        try:
            t.isRunning()
        except RuntimeError:  # the C++ object is already deleted
            continue
        alive.append(t)
    return alive
