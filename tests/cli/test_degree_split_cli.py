"""``linreg-gui train --degree D --test-fraction F --split-seed S`` (issue 14, points 4, 5, 7):
the JSON's test block, the optimum's test loss, history records with their test loss, the
exported script that repeats features, split and numbers, and bad values refused."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from cli_helpers import assert_one_line_error, run_all, script_values, train_args

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.model_data import prepare
from linreg_gui.core.optimum import least_squares


def write_cubic(path, n=30, seed=5):
    rng = np.random.default_rng(seed)
    x = np.linspace(-2.0, 2.5, n)
    y = x**3 - 2 * x + 1 + rng.normal(0.0, 0.3, n)
    rows = "".join(f"{float(a)!r},{float(b)!r}\n" for a, b in zip(x, y, strict=True))
    path.write_text("x,y\n" + rows)
    return Dataset.from_arrays(x, y, ["x"], "y")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli14")
    data = folder / "cubic.csv"
    ds = write_cubic(data)
    common = ["--data", str(data), "--json"]
    done = run_all({
        "cubic": train_args(*common, "--degree", "3", "--normalize", "--optimizer", "adam",
                            "--lr", "0.05", "--steps", "400", "--test-fraction", "0.2",
                            "--export-script", str(folder / "cubic.py")),
        "seed1": train_args(*common, "--test-fraction", "0.2", "--split-seed", "1",
                            "--steps", "5"),
        "lesson": train_args("--json", "--steps", "301", "--degree", "1"),
        "unscaled": train_args(*common, "--degree", "4", "--steps", "3"),
    })
    for d in done.values():
        assert d.returncode == 0, d.stderr
    script = run_all({"s": [sys.executable, str(folder / "cubic.py")]}, cwd=folder)["s"]
    return ds, done, script


def test_the_json_reports_the_held_out_rows(runs):
    ds, done, _script = runs
    d = done["cubic"].json()
    cfg = TrainConfig(degree=3, test_fraction=0.2)
    md = prepare(ds, cfg)
    assert d["features"] == ["x", "x²", "x³"]
    assert d["rows"] == 30 and d["train_rows"] == 24 and d["test"]["rows"] == 6
    assert d["config"]["degree"] == 3 and d["config"]["test_fraction"] == 0.2
    # The optimum is the training rows' least squares; its test loss is on the others.
    opt = least_squares(md.train)
    assert d["optimum"]["weight"] == pytest.approx(opt.weight, rel=1e-9)
    resid = md.test.X @ np.array(opt.weight) + opt.bias - md.test.y
    assert d["optimum"]["test_loss"] == pytest.approx(float(np.mean(resid**2)), rel=1e-9)
    # The final state's test numbers.
    w, b = np.array(d["final"]["weight"]), d["final"]["bias"]
    mse = float(np.mean((md.test.X @ w + b - md.test.y) ** 2))
    assert d["test"]["loss"] == pytest.approx(mse, rel=1e-9)
    assert d["test"]["rmse"] == pytest.approx(mse**0.5, rel=1e-9)
    ss = float(np.sum((md.test.y - md.test.y.mean()) ** 2))
    assert d["test"]["r2"] == pytest.approx(1 - mse * 6 / ss, rel=1e-9)
    # Every history record carries its test loss; the last one is the final state's.
    assert all("test_loss" in r for r in d["history"])
    assert d["history"][-1]["test_loss"] == pytest.approx(d["test"]["loss"], rel=1e-12)
    assert d["history"][0]["test_loss"] > d["history"][-1]["test_loss"]


def test_another_split_seed_holds_out_other_rows(runs):
    _ds, done, _script = runs
    a, b = done["cubic"].json(), done["seed1"].json()
    assert a["test"]["rows"] == b["test"]["rows"] == 6
    assert a["optimum"]["test_loss"] != b["optimum"]["test_loss"]


def test_degree_1_is_the_lesson_and_has_no_test_block(runs):
    _ds, done, _script = runs
    d = done["lesson"].json()
    f = d["final"]
    assert (f"{f['weight'][0]:.4f}", f"{f['bias']:.4f}", f"{f['loss']:.4f}") == (
        "16.2360", "7.0396", "9.6839")
    assert "test" not in d and "test_loss" not in d["optimum"]
    assert "test_loss" not in d["history"][0] and "warning" not in d


def test_unstandardized_powers_come_with_advice(runs):
    _ds, done, _script = runs
    d = done["unscaled"].json()
    assert "Standardize" in d["warning"] and "x⁴" in d["warning"]


def test_the_exported_script_repeats_features_split_and_numbers(runs):
    _ds, done, script = runs
    assert script.returncode == 0, script.stderr
    d = done["cubic"].json()
    got = script_values(script.stdout)
    assert [f"{v:.4f}" for v in got["weight"]] == [f"{v:.4f}" for v in d["final"]["weight"]]
    assert got["weight"] == pytest.approx(d["final"]["weight"], rel=1e-9, abs=1e-9)
    assert got["loss"] == pytest.approx(d["final"]["loss"], rel=1e-9, abs=1e-12)
    assert "train rows: 24  test rows: 6" in script.stdout
    line = next(x for x in script.stdout.splitlines() if x.startswith("test loss: "))
    assert float(line.split(": ")[1]) == pytest.approx(d["test"]["loss"], rel=1e-9)


@pytest.mark.parametrize("args, needle", [
    (["--degree", "0"], "degree must be a whole number from 1 to 10, got 0"),
    (["--degree", "11"], "degree must be a whole number from 1 to 10, got 11"),
    (["--test-fraction", "0.75"], "test fraction must be from 0 to 0.5"),
    (["--test-fraction", "20"], "0.2 holds out 20% of the rows"),
    (["--data", "resources/samples/two_features.csv", "--degree", "2"],
     "degree 2 needs exactly one feature column; the data has 2"),
    (["--split-seed", "-1", "--test-fraction", "0.2"], "split seed must be a whole number"),
])
def test_bad_degrees_and_fractions_exit_2_with_one_line(args, needle):
    done = run_all({"bad": train_args(*args)})["bad"]
    assert_one_line_error(done, needle)
