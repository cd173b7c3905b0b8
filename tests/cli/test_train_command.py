"""The headless ``linreg-gui train`` command, run as a real subprocess:
``python -m linreg_gui train ...``."""

from __future__ import annotations

import math
import os
import subprocess

import pytest
from cli_helpers import REPO, assert_one_line_error, env, run_all, strict_json, train_args


def f4(v: float) -> str:
    return f"{v:.4f}"


KEYS = {"features", "target", "rows", "config", "initial", "history", "final", "optimum",
        "status", "reason", "message"}


@pytest.fixture(scope="module")
def bad_csv(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    path = folder / "scores.csv"
    path.write_text("hours,score\n1,20\n2,abc\n3,60\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def runs(bad_csv):
    """Every command of this module, run side by side once."""
    return run_all({
        "lesson-301": train_args("--steps", "301", "--json"),
        "lesson-101": train_args("--steps", "101", "--json"),
        "lesson-text": train_args("--steps", "301"),
        "lr-1": train_args("--lr", "1", "--json"),
        "lr-huge": train_args("--lr", "1e20", "--optimizer", "adam", "--json"),
        "sample": train_args("--data", "resources/samples/two_features.csv", "--normalize",
                             "--optimizer", "adam", "--lr", "0.05", "--steps", "300", "--json"),
        "sample-features": train_args("--data", "resources/samples/two_features.csv",
                                      "--features", "hours", "--target", "score", "--lr",
                                      "0.01", "--steps", "50", "--json"),
        "missing-file": train_args("--data", "no/such/file.csv"),
        "bad-cell": train_args("--data", str(bad_csv)),
        "unknown-target": train_args("--target", "grade"),
        "unknown-feature": train_args("--data", "resources/samples/two_features.csv",
                                      "--features", "hours,iq"),
        "lr-0": train_args("--lr", "0"),
        "negative-steps": train_args("--steps", "-5"),
        "unknown-option": train_args("--epochs", "3"),
        "not-a-number": train_args("--lr", "fast"),
    })


def test_json_has_every_key_and_is_strict(runs):
    for name in ("lesson-301", "lr-1", "lr-huge", "sample"):
        done = runs[name]
        assert done.returncode == 0, done.stderr
        assert done.stdout.count("\n") == 1  # one JSON object on one line
        d = strict_json(done.stdout)
        assert set(d) == KEYS, name
        assert set(d["final"]) == {"step", "weight", "bias", "loss", "grad_weight", "grad_bias",
                                   "mse", "rmse", "mae", "r2"}
        assert set(d["initial"]) == {"weight", "bias", "loss", "grad_weight", "grad_bias",
                                     "predictions"}
        assert set(d["optimum"]) == {"weight", "bias", "loss"}
        assert {"lr", "optimizer", "loss", "seed", "batch_size", "normalize"} <= set(d["config"])
        assert d["status"] in ("converged", "stopped", "diverged")
        assert isinstance(d["message"], str) and d["message"]
        for rec in d["history"]:
            assert set(rec) == {"step", "weight", "bias", "loss"}
    with pytest.raises(ValueError, match="not strict JSON"):
        strict_json('{"loss": NaN}')


def test_the_lessons_numbers(runs):
    d = runs["lesson-301"].json()
    assert d["features"] == ["hours"] and d["target"] == "score" and d["rows"] == 3
    assert d["config"] == {"lr": 0.001, "optimizer": "sgd", "loss": "mse", "seed": 0,
                           "batch_size": None, "normalize": False}
    i = d["initial"]
    assert (f4(i["weight"][0]), f4(i["bias"])) == ("0.4963", "0.7682")
    assert [f4(p) for p in i["predictions"]] == ["1.2645", "1.7607", "2.2570"]
    assert f4(i["loss"]) == "1715.8387"
    assert (f4(i["grad_weight"][0]), f4(i["grad_bias"])) == ("-178.9621", "-76.4785")
    by_step = {rec["step"]: rec for rec in d["history"]}
    assert f4(by_step[1]["weight"][0]) == "0.6752" and f4(by_step[1]["loss"]) == "1678.1724"
    assert f4(math.sqrt(by_step[300]["loss"])) == "3.1200"  # the lesson's last loss**(1/2)
    f = d["final"]
    assert f["step"] == 301  # --steps N: N updates from the seeded start
    assert (f4(f["weight"][0]), f4(f["bias"]), f4(f["loss"])) == ("16.2360", "7.0396", "9.6839")
    assert f4(f["rmse"]) == "3.1119"
    assert d["history"][-1]["step"] == 301
    assert d["status"] == "stopped" and d["reason"] == "budget"
    assert "still falling" in d["message"]
    # The notebook's single 100-step cell after the first update: 1 + 100.
    f = runs["lesson-101"].json()["final"]
    assert (f4(f["weight"][0]), f4(f["bias"]), f4(f["loss"])) == ("11.4324", "5.3548", "187.7118")


def test_text_output(runs):
    done = runs["lesson-text"]
    assert done.returncode == 0 and done.stderr == ""
    out = done.stdout
    assert "start (step 0): weight [0.4963], bias 0.7682, loss 1715.8387" in out
    assert "after 301 updates: weight [16.2360], bias 7.0396, loss 9.6839" in out
    assert "RMSE 3.1119" in out


def test_lr_1_diverges_and_names_the_stable_rate(runs):
    d = runs["lr-1"].json()
    assert d["status"] == "diverged"
    assert "stable only below 0.1803" in d["message"]


def test_an_infinite_run_still_prints_strict_json(runs):
    d = runs["lr-huge"].json()
    assert d["status"] == "diverged" and d["reason"] == "not_finite"
    assert all(math.isfinite(v) for v in d["final"]["weight"])  # its last finite state


def test_sample_data_by_relative_path(runs):
    d = runs["sample"].json()
    assert d["rows"] == 60 and d["features"] == ["hours", "previous_score"]
    assert d["target"] == "score" and d["config"]["normalize"] is True
    assert d["status"] == "converged"
    assert d["final"]["loss"] == pytest.approx(d["optimum"]["loss"], rel=1e-6)
    d = runs["sample-features"].json()
    assert d["features"] == ["hours"] and d["target"] == "score"
    assert (REPO / "resources" / "samples" / "two_features.csv").exists()


def test_bad_input_is_one_line_and_exit_code_2(runs, bad_csv):
    assert_one_line_error(runs["missing-file"], "no/such/file.csv", "not found")
    line = assert_one_line_error(runs["bad-cell"], str(bad_csv), "row 3", "column score",
                                 "'abc'")
    assert "not a number" in line
    assert_one_line_error(runs["unknown-target"], "no target column 'grade'")
    assert_one_line_error(runs["unknown-feature"], "no feature column 'iq'",
                          "columns: hours, previous_score, score")
    assert_one_line_error(runs["lr-0"], "learning rate must be > 0")
    assert_one_line_error(runs["negative-steps"], "--steps must be 0 or more, got -5")
    assert_one_line_error(runs["unknown-option"], "unrecognized arguments: --epochs 3")
    assert_one_line_error(runs["not-a-number"], "--lr", "'fast'")


def test_a_reader_that_stops_early_gets_no_traceback():
    # `linreg-gui train --json | head -c 0`: the pipe is closed before the command writes.
    read, write = os.pipe()
    os.close(read)  # nobody will read: the write fails with EPIPE
    try:
        done = subprocess.run(train_args("--json"), stdout=write,
                              stderr=subprocess.PIPE, text=True, cwd=REPO, env=env(),
                              timeout=120)
    finally:
        os.close(write)
    assert done.returncode == 0
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
