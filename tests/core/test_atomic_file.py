"""The one atomic writer (issue 16, defects 9-11): exclusive temporary files, stale ones of its
own removed, symlinks written through; and every writer of the app goes through it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from linreg_gui.core.atomic_file import remove_stale_temporaries, write_atomic
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.history import write_history_csv
from linreg_gui.core.session import SessionData, load_session, save_session
from linreg_gui.core.trainer import Trainer

PACKAGE = Path(__file__).resolve().parents[2] / "linreg_gui"
needs_symlinks = pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges")


def session(steps_per_run: int = 5) -> SessionData:
    return SessionData(names=("x", "y"), values=np.array([[1.0, 2.0], [2.0, 4.0]]),
                       steps_per_run=steps_per_run)


def trained(steps: int = 20) -> Trainer:
    trainer = Trainer(Dataset.lesson())
    trainer.run(steps)
    return trainer


@needs_symlinks
def test_a_symlink_planted_at_the_old_temporary_name_is_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    path = tmp_path / "history.csv"
    for guess in (f"{path}.tmp-{os.getpid()}", f"{path}.tmp", tmp_path / f".{path.name}.tmp"):
        os.symlink(victim, guess)
    trainer = trained()
    write_history_csv(path, trainer.history, trainer.dataset.feature_names)
    assert victim.read_text(encoding="utf-8") == "precious"
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "step,loss,w (hours),b,dL/dw (hours),dL/db"
    assert len(lines) == 1 + 21 and lines[1].startswith("0,1715.838")


def test_the_temporary_file_is_created_exclusively(tmp_path, monkeypatch):
    import tempfile

    seen = []
    real = os.open

    def spy(path, flags, *args, **kwargs):
        if str(path).endswith(".tmp"):
            seen.append(flags)
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    monkeypatch.setattr(tempfile._os, "open", spy, raising=False)
    write_atomic(tmp_path / "f.txt", b"new")
    assert seen and all(f & os.O_EXCL and f & os.O_CREAT for f in seen)
    assert (tmp_path / "f.txt").read_bytes() == b"new"


def test_every_writer_of_the_app_goes_through_write_atomic():
    writes = re.compile(r"""open\([^)]*["'][wax]b?\+?["']|\.write_(text|bytes)\(""")
    offenders = [
        f"{p.relative_to(PACKAGE)}:{i}"
        for p in PACKAGE.rglob("*.py")
        if p.name != "atomic_file.py"
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if writes.search(line)
    ]
    assert offenders == []


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_the_next_save_removes_temporaries_a_killed_save_left(tmp_path):
    path = tmp_path / "s.linreg"
    stale = tmp_path / f".s.linreg.linreg-{dead_pid()}-abc123_x.tmp"
    stale.write_bytes(b"half a session")
    running = tmp_path / f".s.linreg.linreg-{os.getppid()}-zzz.tmp"  # a save under way
    running.write_bytes(b"")
    others = [tmp_path / ".s.linreg.abc.tmp", tmp_path / f".t.linreg.linreg-{dead_pid()}-a.tmp",
              tmp_path / "notes.tmp"]
    for p in others:
        p.write_bytes(b"not ours")
    save_session(path, session())
    assert not stale.exists()
    assert running.exists() and all(p.exists() for p in others)
    assert load_session(path).steps_per_run == 5


def test_a_save_that_fails_leaves_no_temporary_file(tmp_path):
    def chunks():
        yield b"start"
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomic(tmp_path / "f.csv", chunks())
    assert list(tmp_path.iterdir()) == []


@needs_symlinks
def test_saving_to_a_symlink_writes_through_to_its_target(tmp_path):
    real = tmp_path / "real" / "lesson.linreg"
    real.parent.mkdir()
    save_session(real, session())
    os.chmod(real, 0o640)
    link = tmp_path / "link.linreg"
    os.symlink(real, link)
    data = session(7)
    save_session(link, data)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_session(real).steps_per_run == 7
    assert (real.stat().st_mode & 0o777) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.linreg", "real"]


@needs_symlinks
def test_a_dangling_symlink_gets_its_target_created(tmp_path):
    link = tmp_path / "out.csv"
    os.symlink(tmp_path / "target.csv", link)
    write_atomic(link, b"x,y\n")
    assert link.is_symlink() and (tmp_path / "target.csv").read_bytes() == b"x,y\n"


def test_remove_stale_temporaries_in_a_missing_folder_is_quiet(tmp_path):
    assert remove_stale_temporaries(tmp_path / "no" / "such.linreg") == []
