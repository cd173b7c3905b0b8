"""The headless command on hostile input (issue 16): extreme values and settings end in a
result or in one line on stderr with exit code 2, never a traceback.

Most cases call ``cli.main`` in this process (torch is already loaded, so each costs
milliseconds); the subprocess tests in test_train_command.py cover the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from linreg_gui import cli

REPO = Path(__file__).resolve().parents[2]


def strict_json(text: str) -> dict:
    def refuse(name):
        raise ValueError(f"not strict JSON: {name}")

    return json.loads(text, parse_constant=refuse)


def run_main(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, out: str, err: str, *needles: str) -> str:
    assert code == 2, (code, out, err)
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("linreg-gui train: ") and "Traceback" not in err
    for needle in needles:
        assert needle in err, (needle, err)
    return err.strip()


def test_text_summary_of_a_run_whose_loss_overflows(tmp_path, capsys):
    # Defect 1: a cell of 1e20 makes float32's loss infinite at the start.
    data = tmp_path / "big.csv"
    data.write_text("x,y\n1,1e20\n2,3\n3,5\n", encoding="utf-8")
    code, out, err = run_main(capsys, "--data", str(data))
    assert code == 0, err
    assert err == ""
    start = next(line for line in out.splitlines() if line.startswith("start (step 0)"))
    assert "loss inf" in start  # said, not hidden
    assert "weight [0.4963], bias 0.7682" in start


@pytest.mark.parametrize("argv", [
    ("--lr", "1e39"),
    ("--lr", "1e39", "--optimizer", "momentum"),
    ("--lr", "1e39", "--loss", "huber"),
    ("--lr", "1e300", "--optimizer", "adam"),
    ("--lr", "1e38", "--optimizer", "adam"),
    ("--lr", "1e300", "--optimizer", "rmsprop"),
    ("--lr", "1e-300"),
])
def test_a_learning_rate_out_of_range_is_refused_with_the_range(capsys, argv):
    # Defect 2: beyond float32 torch raised "value cannot be converted to type float".
    line = assert_one_line_error(*run_main(capsys, *argv), "learning rate")
    assert "1e-30" in line and "1e+30" in line


def test_the_largest_allowed_rate_trains_with_every_optimizer(capsys):
    for optimizer in ("sgd", "momentum", "adam", "rmsprop"):
        code, out, err = run_main(capsys, "--lr", "1e30", "--optimizer", optimizer,
                                  "--steps", "5")
        assert code == 0, (optimizer, err)
        assert "diverged" in out


def test_json_bounds_the_initial_predictions_unless_asked_for_all(tmp_path, capsys):
    # Defect 13: a million rows printed a million predictions (20 MB) in every --json.
    data = tmp_path / "many.csv"
    data.write_text("x,y\n" + "".join(f"{i},{2 * i + 1}\n" for i in range(2500)),
                    encoding="utf-8")
    code, out, err = run_main(capsys, "--data", str(data), "--steps", "3", "--json")
    assert code == 0, err
    d = strict_json(out)
    assert d["rows"] == 2500 and len(d["initial"]["predictions"]) == cli.MAX_PREDICTIONS
    code, out, err = run_main(capsys, "--data", str(data), "--steps", "3", "--json",
                              "--all-predictions")
    full = strict_json(out)["initial"]["predictions"]
    assert len(full) == 2500 and full[:1000] == d["initial"]["predictions"]


PEAK_OF_WRITING = """
import os, re
from linreg_gui import cli
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.trainer import Trainer

def hwm():
    with open("/proc/self/status") as fh:
        return int(re.search(r"VmHWM:\\s*(\\d+)", fh.read()).group(1)) // 1024

trainer = Trainer(Dataset.lesson())
trainer.run(3)
h = trainer.history
h.clear()
for s in range(300_000):  # what 300,000 steps that keep improving record
    h.append(s, 1.0 + 1.0 / (s + 1), (0.5 + s * 1e-6,), 0.25, (-1.0,), -0.5)
before = hwm()
with open(os.devnull, "w") as out:
    cli.write_json(trainer, out)
print(len(h), before, hwm())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_json_of_many_records_is_streamed_near_the_trainings_memory():
    done = subprocess.run([sys.executable, "-c", PEAK_OF_WRITING], capture_output=True,
                          text=True, timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stderr
    n, before, after = map(int, done.stdout.split())
    assert n == 300_000
    assert after - before < 40, (before, after)  # MiB; dumped as one list of dicts: ~190 more


# ---- found by the fuzzer (tests/cli/test_fuzz_files.py) ----------------------------------------


@pytest.mark.parametrize("rows", ["1e300,1\n2,3\n3,5", "1,1e300\n2,3\n3,5",
                                  "1e200,1e200\n-1e200,3\n3,5", "1e30,1e30\n2,3\n3,5"])
@pytest.mark.parametrize("extra", [(), ("--normalize",), ("--normalize", "--batch-size", "2"),
                                   ("--optimizer", "adam", "--loss", "huber")])
def test_data_near_the_float_limits_trains_without_a_warning(tmp_path, capsys, rows, extra):
    # numpy's overflow warnings reached stderr as two more lines (this suite makes them errors).
    data = tmp_path / "huge.csv"
    data.write_text("x,y\n" + rows + "\n", encoding="utf-8")
    code, out, err = run_main(capsys, "--data", str(data), "--steps", "3", *extra)
    assert code == 0 and err == "", err
    assert out.startswith("data: 3 rows")


def test_a_quoted_header_with_a_line_break_is_named_on_one_line(tmp_path, capsys):
    data = tmp_path / "names.csv"
    data.write_text('x,"two\nlines"\n1,2\n2,\n', encoding="utf-8")
    line = assert_one_line_error(*run_main(capsys, "--data", str(data)), "row 4")
    assert "column two\\nlines: is empty" in line
