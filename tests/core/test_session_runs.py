"""Session files, version 2: the runs kept for comparison and teacher mode's lock round-trip;
a version-1 file (none of either) still loads; damaged runs and locks are refused."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.session import (
    MAX_RUN_RECORDS,
    SCHEMA_VERSION,
    SessionData,
    SessionEncoder,
    SessionError,
    SessionHistory,
    SessionRun,
    decode_session,
    encode_session,
    load_session,
    save_session,
)
from linreg_gui.core.teacher_lock import LOCKABLE, TeacherLock

SESSIONS = Path(__file__).resolve().parent / "sessions"


def run(lr: float, steps: int = 100, status: str = "stopped", k: int = 1) -> SessionRun:
    s = np.arange(steps + 1)
    history = SessionHistory.from_arrays(
        s, 1715.0 / (1 + s * lr * 100), np.tile(0.5 + s[:, None] * lr, (1, k)), 0.77 + s * lr
    )
    return SessionRun(
        label=f"SGD lr {lr:g}, {steps} steps",
        config=TrainConfig(lr=lr),
        status=status,
        reason="budget",
        start_step=0,
        end_step=steps,
        loss=float(history.loss[-1]),
        message="Stopped at step 100: the 100 steps asked for are done.",
        history=history,
    )


def session(**changes) -> SessionData:
    data = SessionData(
        names=("공부시간", "점수"),
        values=np.array([[1.0, 20.0], [2.0, 40.0], [3.0, 60.0]]),
        step=0,
    )
    return data.replace(**changes)


def test_runs_and_lock_round_trip(tmp_path):
    lock = TeacherLock.create(["lr", "steps"], "선생님", iterations=1000)
    data = session(runs=(run(0.001), run(0.01), run(0.1, status="diverged")), lock=lock)
    path = tmp_path / "exercise.linreg"
    save_session(path, data)
    back = load_session(path)
    assert back == data
    assert [r.label for r in back.runs] == ["SGD lr 0.001, 100 steps", "SGD lr 0.01, 100 steps",
                                          "SGD lr 0.1, 100 steps"]
    assert back.runs[2].status == "diverged"
    assert back.lock.free == ("lr", "steps")
    assert back.lock.check("선생님") and not back.lock.check("student")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == SCHEMA_VERSION == 2
    assert "선생님" not in path.read_text(encoding="utf-8")  # only a salted hash is kept


def test_the_autosave_encoder_writes_the_same_file_as_kept_runs_come_and_go():
    # The autosave encoder keeps each kept run's text (up to 200 runs of 2,000 records, too
    # many to encode again every few seconds): its files must equal a fresh encoding.
    enc = SessionEncoder()
    a, b, c = run(0.001), run(0.01), run(0.1, status="diverged")
    for runs in [(a,), (a, b), (a, b, c), (b, c), (c, a), ()]:
        data = session(runs=runs)
        assert enc(data, saved="t") == encode_session(data, saved="t")
        assert decode_session(enc(data, saved="t")).runs == runs


def test_a_lock_without_password_and_no_runs():
    data = session(lock=TeacherLock.create([]))
    back = decode_session(encode_session(data))
    assert back.lock == TeacherLock(()) and back.lock.locked == LOCKABLE
    assert back.lock.check("")
    assert back.runs == ()


def test_long_runs_are_thinned_and_infinities_become_gaps():
    r = run(0.001, steps=50_000)
    loss = r.history.loss.copy()
    loss[-1] = np.inf
    r = SessionRun(**{**r.__dict__, "history": SessionHistory(r.history.steps, loss,
                                                               r.history.weight, r.history.bias),
                      "loss": None})
    back = decode_session(encode_session(session(runs=(r,))))
    h = back.runs[0].history
    assert len(h) <= MAX_RUN_RECORDS
    assert h.steps[0] == 0 and h.steps[-1] == 50_000
    assert np.isnan(h.loss[-1]) and back.runs[0].loss is None


def test_runs_with_two_features():
    data = session(names=("a", "b", "y"), values=np.ones((3, 3)), runs=(run(0.01, k=2),))
    back = decode_session(encode_session(data))
    assert back.runs[0].history.weight.shape == (101, 2)


def test_a_version_1_file_loads_without_runs_or_lock():
    data = load_session(SESSIONS / "lesson_v1.linreg")
    assert data.runs == () and data.lock is None


def doc_with(change) -> bytes:
    doc = json.loads(encode_session(session(runs=(run(0.01, steps=3),),
                                            lock=TeacherLock.create(["lr"]))))
    change(doc)
    return json.dumps(doc).encode("utf-8")


@pytest.mark.parametrize("change, message", [
    (lambda d: d.pop("runs"), "'runs' is missing"),
    (lambda d: d["runs"][0].update(status="exploded"), "runs[0].status"),
    (lambda d: d["runs"][0]["settings"].update(lr=-1), "learning rate must be > 0"),
    (lambda d: d["runs"][0]["history"].update(steps=[0, 2, 1, 3]), "must increase"),
    (lambda d: d["lock"].update(free=["everything"]), "lock.free[0]"),
    (lambda d: d["lock"].update(salt="ab"), "salt and its hash"),
    (lambda d: d["lock"].update(salt="zz", hash="00"), "hexadecimal"),
])
def test_damaged_runs_and_locks_are_refused(change, message):
    with pytest.raises(SessionError, match=message.replace("[", r"\[").replace("]", r"\]")):
        decode_session(doc_with(change))
