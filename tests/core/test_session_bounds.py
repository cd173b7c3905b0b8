"""Session writer and reader agree on every bound (issue 16, defect 12): what save_session
writes, load_session reads back; what the reader would refuse, the writer refuses first."""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
import pytest

from linreg_gui.core import session as S
from linreg_gui.core import teacher_lock
from linreg_gui.core.config import TrainConfig
from linreg_gui.core.session import SessionData, SessionError, load_session, save_session
from linreg_gui.core.teacher_lock import TeacherLock


def base(**changes) -> SessionData:
    data = SessionData(names=("x", "y"), values=np.array([[1.0, 2.0], [2.0, 4.0]]),
                       weight=(0.5,), bias=0.25, step=3)
    return data.replace(**changes)


def lock(iterations: int) -> TeacherLock:
    return TeacherLock(("lr",), "ab" * 16, "cd" * 32, iterations)


AT_THE_BOUND = {
    "step": lambda: base(step=S.MAX_STEP),
    "steps per run": lambda: base(steps_per_run=S.MAX_STEPS_PER_RUN),
    "batch size": lambda: base(config=TrainConfig(batch_size=S.MAX_STEP)),
    "seed": lambda: base(config=TrainConfig(seed=2**63 - 1)),
    "name length": lambda: base(names=("x" * S.MAX_TEXT, "y")),
    "lock rounds": lambda: base(lock=lock(teacher_lock.MAX_ITERATIONS)),
}
PAST_THE_BOUND = {
    "step": (lambda: base(step=2**62 + 5), "step"),
    "steps per run": (lambda: base(steps_per_run=S.MAX_STEPS_PER_RUN + 1), "steps_per_run"),
    "no steps per run": (lambda: base(steps_per_run=0), "steps_per_run"),
    "batch size": (lambda: base(config=replace(TrainConfig(), batch_size=S.MAX_STEP + 1)),
                   "batch_size"),
    "name length": (lambda: base(names=("x" * (S.MAX_TEXT + 1), "y")), "longer than"),
    "bad cell text": (lambda: base(values=np.array([[1.0, np.nan]]), weight=None, bias=None,
                                   invalid={(0, 1): "t" * (S.MAX_TEXT + 1)}), "longer than"),
}


@pytest.mark.parametrize("case", list(AT_THE_BOUND))
def test_what_is_written_at_a_bound_loads_back(tmp_path, case):
    data = AT_THE_BOUND[case]()
    path = tmp_path / "s.linreg"
    save_session(path, data)
    assert load_session(path) == data


@pytest.mark.parametrize("case", list(PAST_THE_BOUND))
def test_the_writer_refuses_what_the_reader_would(tmp_path, case):
    make, needle = PAST_THE_BOUND[case]
    path = tmp_path / "s.linreg"
    with pytest.raises(SessionError) as info:
        save_session(path, make())
    assert needle in str(info.value) and str(path) in str(info.value)
    assert not path.exists()


def test_a_lock_asks_at_most_a_million_pbkdf2_rounds():
    assert teacher_lock.MAX_ITERATIONS == 1_000_000
    with pytest.raises(ValueError, match="1000000"):
        TeacherLock(("lr",), "ab" * 16, "cd" * 32, 10**8)  # ~23 s per unlock attempt
    with pytest.raises(ValueError, match="rounds"):
        TeacherLock.create(("lr",), "pw", iterations=0)


def test_a_session_asking_for_too_many_rounds_is_refused_at_once(tmp_path):
    path = tmp_path / "s.linreg"
    save_session(path, base(lock=lock(100_000)))
    path.write_bytes(path.read_bytes().replace(b'"iterations":100000', b'"iterations":100000000'))
    assert b"100000000" in path.read_bytes()
    t0 = time.perf_counter()
    with pytest.raises(SessionError, match="lock.iterations"):
        load_session(path)
    assert time.perf_counter() - t0 < 1
