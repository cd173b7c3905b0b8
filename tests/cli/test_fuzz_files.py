"""A seeded mutation fuzzer over the data readers and the headless command (issue 16).

Good files (CSV in the encodings and dialects teachers bring, and .xlsx) are damaged a few
hundred ways, deterministically: bytes flipped, inserted, deleted, repeated, cut. Each damaged
file must either load (a table whose rows, line numbers and bad cells agree) or be refused
with a DataError, and `linreg-gui train --data FILE` must end with exit code 0 or 2 and at most
one line on stderr, never a traceback, never a hang."""

from __future__ import annotations

import io
import random
import signal
import zipfile
from contextlib import contextmanager

import numpy as np
import pytest

from linreg_gui import cli
from linreg_gui.core.csv_io import read_table
from linreg_gui.core.dataset import DataError

SEED = 16
CSV_CASES = 320
XLSX_CASES = 80
SECONDS_PER_CASE = 10

CSV_SEEDS = [
    "x,y\n1,20\n2,40\n3,60\n".encode(),
    "\ufeff공부시간,점수\r\n1,20\r\n2,\"4,000\"\r\n3,60\r\n".encode(),
    "hours;score\n1,5;20\n2,5;40,5\n3;60\n".encode(),
    "공부시간\t이전 점수\t점수\n1\t10\t20\n2\t20\t40\n\n3\t30\t60\n".encode("cp949"),
    'a,b,c\n1,"two\nlines",3\n4,5,6\n7,,9\n1e3,-2.5e-3,nan\n'.encode(),
    b"1,2\n3,4\n5,6\n",
]
TOKENS = [b'"', b",", b";", b"\t", b"\n", b"\r", b"\r\n", b"\x00", b"\xff", b"\xef\xbb\xbf",
          b"e", b"-", b".", b"1e400", b"nan", b"inf", b"1,234", b'""', b"\x1a", b"\xea\xb0",
          b" ", b"9" * 40, b"," * 50, b"1e20", b"e30", b"-1e38", b"0" * 400]
# Settings drawn with each file: ordinary ones and the extremes of every range.
LRS = ["0.001", "0.1", "1e30", "1e39", "1e300", "1e-320", "0", "-1", "nan", "inf"]
OPTIMIZERS = ["sgd", "momentum", "adam", "rmsprop"]
LOSSES = ["mse", "mae", "huber"]


def mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(6)
        at = rng.randint(0, len(b))
        if kind == 0 and b:
            b[min(at, len(b) - 1)] = rng.randrange(256)
        elif kind == 1:
            b[at:at] = rng.choice(TOKENS)
        elif kind == 2:
            del b[at : at + rng.randint(1, 8)]
        elif kind == 3:
            piece = b[at : at + rng.randint(1, 40)]
            b[at:at] = bytes(piece) * rng.randint(1, 30)
        elif kind == 4:
            del b[at:]
        else:
            b[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 6)))
    return bytes(b)


def xlsx_seed() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["x", "y"], [1, 20], [2, "40"], [3, None], ["a", 60]):
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def mutate_xlsx(rng: random.Random, seed: bytes) -> bytes:
    """Damage the sheet's XML (or the archive itself) and pack it again."""
    if rng.random() < 0.25:
        return mutate(rng, seed)
    src = zipfile.ZipFile(io.BytesIO(seed))
    out = io.BytesIO()
    victim = rng.choice(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml",
                         "xl/sharedStrings.xml", "xl/workbook.xml", "[Content_Types].xml"])
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == victim:
                data = mutate(rng, data)
            dst.writestr(info.filename, data)
    return out.getvalue()


@contextmanager
def deadline(seconds: int):
    """Fail a case that hangs (SIGALRM; where there is none, pytest's faulthandler_timeout)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def expired(signum, frame):
        raise TimeoutError(f"no answer within {seconds} s")

    old = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def check_table(t) -> None:
    n, c = t.values.shape
    assert c == len(t.names) >= 1 and len(set(t.names)) == c
    assert t.line_numbers.shape == (n,)
    assert n == 0 or bool((np.diff(t.line_numbers) > 0).all())
    assert t.bad_cell_count >= len(t.bad_cells)
    nan_cells = int(np.isnan(t.values).sum())
    assert t.bad_cell_count <= nan_cells
    for b in t.bad_cells:
        assert b.row in set(t.line_numbers.tolist())
        assert len(b.text) <= 100 and b.reason


def settings(rng: random.Random) -> list[str]:
    args = ["--lr", rng.choice(LRS), "--optimizer", rng.choice(OPTIMIZERS),
            "--loss", rng.choice(LOSSES)]
    if rng.random() < 0.3:
        args += ["--normalize"]
    if rng.random() < 0.3:
        args += ["--batch-size", str(rng.randint(1, 3))]
    if rng.random() < 0.3:
        args += ["--json"]
    return args


def check_one_file(path, capsys, args: list[str]) -> str:
    with deadline(SECONDS_PER_CASE):
        try:
            check_table(read_table(path))
            outcome = "loaded"
        except DataError as exc:
            assert "\n" not in exc.describe(), exc.describe()
            outcome = "refused"
        code = cli.main(["--data", str(path), "--steps", "3", *args])
    out, err = capsys.readouterr()
    assert code in (0, 2), (code, err)
    assert "Traceback" not in err
    if code == 0:
        assert err == "" and out.startswith(("data: ", "{"))
    else:
        assert out == "" and err.count("\n") == 1 and err.startswith("linreg-gui train: ")
    return outcome


@pytest.mark.filterwarnings("ignore::UserWarning")  # openpyxl warns about damaged parts
def test_damaged_csv_files(tmp_path, capsys):
    rng = random.Random(SEED)
    outcomes = {"loaded": 0, "refused": 0}
    for i in range(CSV_CASES):
        data = mutate(rng, rng.choice(CSV_SEEDS))
        path = tmp_path / f"case{i}.csv"
        path.write_bytes(data)
        outcomes[check_one_file(path, capsys, settings(rng))] += 1
    assert min(outcomes.values()) > CSV_CASES // 10, outcomes  # both paths were exercised


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_damaged_xlsx_files(tmp_path, capsys):
    rng = random.Random(SEED + 1)
    seed = xlsx_seed()
    outcomes = {"loaded": 0, "refused": 0}
    for i in range(XLSX_CASES):
        path = tmp_path / f"case{i}.xlsx"
        path.write_bytes(mutate_xlsx(rng, seed))
        outcomes[check_one_file(path, capsys, settings(rng))] += 1
    assert outcomes["refused"] > 0, outcomes
