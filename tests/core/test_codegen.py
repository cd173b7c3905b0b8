"""Exported PyTorch scripts: standalone, and they print what the engine gives."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from dataclasses import dataclass

import numpy as np
import pytest

from linreg_gui.core.codegen import LITERAL_ROWS, make_script, write_script
from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.samples import load_sample
from linreg_gui.core.trainer import Trainer
from tests.cli.cli_helpers import script_values

ALLOWED_IMPORTS = {"torch", "base64", "struct", "math"}


def f4(v: float) -> str:
    return f"{v:.4f}"


def imports_of(text: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add((node.module or "").split(".")[0])
    return names


@dataclass
class Case:
    name: str
    dataset: Dataset
    config: TrainConfig
    runs: list[int]
    steps_arg: object = None  # what make_script is given (default: the runs)
    standalone: bool = False  # run as `python script.py` (else several in one interpreter)


def big_dataset(integer: bool) -> Dataset:
    rng = np.random.default_rng(7)
    n = LITERAL_ROWS + 2000
    X = rng.normal(size=(n, 2)) * [3.0, 100.0] + [1.0, 1e4]
    y = X @ [2.0, 0.5] + rng.normal(size=n)
    if integer:
        X, y = np.round(X), np.round(y)
    return Dataset.from_arrays(X, y, ["a", "b"], "t")


CASES = [
    Case("lesson", Dataset.lesson(), TrainConfig(), [1, 300], standalone=True),
    Case("lesson-total", Dataset.lesson(), TrainConfig(), [301], steps_arg=301),
    Case("lesson-start", Dataset.lesson(), TrainConfig(), [0], steps_arg=0),
    Case("two-features-adam-standardized", load_sample("two_features"),
         TrainConfig(optimizer="adam", lr=0.05, normalize=True), [200], standalone=True),
    Case("mini-batch-sgd", load_sample("study_hours_50"),
         TrainConfig(lr=0.01, batch_size=8), [150], standalone=True),
    Case("mini-batch-momentum-standardized-huber", load_sample("two_features"),
         TrainConfig(optimizer="momentum", lr=0.01, batch_size=16, normalize=True,
                     loss="huber", huber_delta=0.5), [60, 40]),
    Case("rmsprop-mae", load_sample("study_hours_50"),
         TrainConfig(optimizer="rmsprop", lr=0.01, loss="mae", seed=3), [250]),
    Case("large-base64-float64-standardized-batches", big_dataset(False),
         TrainConfig(lr=0.1, normalize=True, batch_size=256), [50]),
    Case("large-base64-float32", big_dataset(True), TrainConfig(lr=1e-9), [20]),
]


#: Runs several scripts in one interpreter (torch loads once), each in fresh globals.
RUNNER = """
import runpy, sys
for path in sys.argv[1:]:
    print('=== ' + path, flush=True)
    runpy.run_path(path, run_name='__main__')
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Every case trained by the engine and by its script. The lesson, a standardized
    two-feature Adam run and a mini-batch run are run as `python script.py`, side by side;
    the others together in one interpreter, to save loading torch for each."""
    folder = tmp_path_factory.mktemp("scripts")
    made = {}
    for case in CASES:
        trainer = Trainer(case.dataset, case.config)
        for r in case.runs:
            trainer.run(r)
        steps = case.steps_arg if case.steps_arg is not None else (
            case.runs if trainer.step == sum(case.runs) else trainer.step)
        text = make_script(case.dataset, case.config, steps)
        path = folder / f"{case.name}.py"
        write_script(path, text)
        made[case.name] = (trainer, text, path)

    def start(args):
        return subprocess.Popen([sys.executable, *map(str, args)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, cwd=folder)

    alone = {c.name: start([made[c.name][2]]) for c in CASES if c.standalone}
    together = [c.name for c in CASES if not c.standalone]
    shared = start(["-c", RUNNER, *(made[name][2] for name in together)])
    outputs = {}
    for name, proc in alone.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        outputs[name] = out
    out, err = shared.communicate(timeout=300)
    assert shared.returncode == 0, err
    for part in out.split("=== ")[1:]:
        path, _, text = part.partition("\n")
        outputs[os.path.basename(path)[:-3]] = text
    assert set(outputs) == set(made)
    return {name: (made[name][0], made[name][1], script_values(outputs[name]), outputs[name])
            for name in made}


@pytest.mark.parametrize("name", [c.name for c in CASES])
def test_the_script_prints_what_the_engine_gives(exported, name):
    trainer, _text, got, _out = exported[name]
    last = trainer.latest
    assert [f4(v) for v in got["weight"]] == [f4(v) for v in last.weight]
    assert (f4(got["bias"]), f4(got["loss"])) == (f4(last.bias), f4(last.loss))
    # In fact to the last digits (the same operations in the same order).
    assert got["weight"] == pytest.approx(list(last.weight), rel=1e-9, abs=1e-9)
    assert got["bias"] == pytest.approx(last.bias, rel=1e-9, abs=1e-9)
    assert got["loss"] == pytest.approx(last.loss, rel=1e-9, abs=1e-9)


def test_the_lessons_numbers(exported):
    for name in ("lesson", "lesson-total"):
        _t, _text, got, out = exported[name]
        assert (f4(got["weight"][0]), f4(got["bias"]), f4(got["loss"])) == (
            "16.2360", "7.0396", "9.6839")
        assert "rounded: weight 16.2360 bias 7.0396 loss 9.6839" in out
        assert "sqrt(loss): 3.1118" in out or "sqrt(loss): 3.1119" in out
    _t, _text, got, _out = exported["lesson-start"]
    assert (f4(got["weight"][0]), f4(got["bias"]), f4(got["loss"])) == (
        "0.4963", "0.7682", "1715.8387")


@pytest.mark.parametrize("name", [c.name for c in CASES])
def test_the_script_needs_only_torch(exported, name):
    _t, text, _got, _out = exported[name]
    used = imports_of(text)
    assert "torch" in used and used <= ALLOWED_IMPORTS, used
    assert "linreg_gui" not in text.split("# ---- 훈련")[1]  # no app code after the header


def test_the_script_follows_the_lessons_names(exported):
    _t, text, _got, _out = exported["lesson"]
    for piece in (
        "X_train = torch.tensor(X_data, dtype=torch.float32)",
        "y_train = torch.tensor(y_data, dtype=torch.float32)",
        "X_data = [[1], [2], [3]]",
        "y_data = [[20], [40], [60]]",
        "torch.manual_seed(SEED)",
        "weight = torch.rand(1, 1, requires_grad=True)",
        "bias = torch.rand(1, requires_grad=True)",
        "def linear_model(X):",
        "    pred = X @ weight + bias",
        "def mse_loss_fn(pred, y):",
        "    return torch.mean((pred - y)**2)",
        "optimizer = torch.optim.SGD([weight, bias], lr=LEARNING_RATE)",
        "LEARNING_RATE = 0.001",
        "RUNS = [1, 300]",
        "for STEPS in RUNS:",
        "        pred = linear_model(X_train)",
        "        loss = mse_loss_fn(pred, y_train)",
        "        loss.backward()",
        "        optimizer.step()",
        "        optimizer.zero_grad()",
    ):
        assert piece in text, piece
    _t, text, _got, _out = exported["lesson-total"]
    assert "STEPS = 301" in text and "for _ in range(STEPS):" in text


def test_settings_are_written_out(exported):
    _t, text, _g, _o = exported["two-features-adam-standardized"]
    assert "optimizer = torch.optim.Adam([weight, bias], lr=LEARNING_RATE, betas=(BETA1, BETA2))" \
        in text
    assert "BETA1 = 0.9" in text and "BETA2 = 0.999" in text and "X_MEAN = [" in text
    assert "X_train = ((X_data - x_mean) / x_std).to(torch.float32)" in text
    _t, text, _g, _o = exported["mini-batch-momentum-standardized-huber"]
    assert "MOMENTUM = 0.9" in text and "BATCH_SIZE = 16" in text and "HUBER_DELTA = 0.5" in text
    assert "batch_generator = torch.Generator().manual_seed(SEED)" in text
    assert "torch.randperm(n_rows, generator=batch_generator)" in text
    assert "loss = huber_loss_fn(pred, y_train[idx])" in text
    _t, text, _g, _o = exported["rmsprop-mae"]
    assert "ALPHA = 0.99" in text and "SEED = 3" in text and "def mae_loss_fn" in text
    _t, text, _g, _o = exported["large-base64-float64-standardized-batches"]
    assert "X_BASE64 = " in text and "'d')" in text and "X_data = [" not in text
    _t, text, _g, _o = exported["large-base64-float32"]
    assert "'f')" in text  # whole numbers: float32 holds them exactly, half the size


def test_literals_are_exact():
    values = [0.1, 1e-300, -0.0, 123456789012345678.0, 2.5e20, -7.0, 1 / 3]
    X = np.array(values).reshape(-1, 1)
    ds = Dataset.from_arrays(X, np.arange(len(values), dtype=float), ["x"], "y")
    text = make_script(ds, TrainConfig(), 0)
    tree = ast.parse(text)
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in ("X_data", "y_data"):
                found[node.targets[0].id] = ast.literal_eval(node.value)
    xs = [row[0] for row in found["X_data"]]
    assert [float(v) for v in xs] == values
    assert np.signbit(float(xs[2]))  # -0.0 kept
    assert [row[0] for row in found["y_data"]] == list(range(len(values)))


def test_odd_column_names_stay_in_comments():
    names = ['a """ b', "c\nd # e", "f'g"]
    X = np.arange(6.0).reshape(2, 3)
    ds = Dataset.from_arrays(X, [1.0, 2.0], names, "t\r\nx")
    text = make_script(ds, TrainConfig(), 3)
    ast.parse(text)  # still valid Python


def test_steps_must_be_counts():
    ds = Dataset.lesson()
    with pytest.raises(ValueError):
        make_script(ds, TrainConfig(), -1)
    with pytest.raises(ValueError):
        make_script(ds, TrainConfig(), [])
    with pytest.raises(ValueError):
        make_script(ds, TrainConfig(), [3, -2])


def test_write_script_is_atomic(tmp_path):
    target = tmp_path / "run.py"
    target.write_text("old")
    write_script(target, "print('new')\n")
    assert target.read_text() == "print('new')\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.py"]  # no temporary left
    mode = target.stat().st_mode & 0o777
    assert mode & 0o600 == 0o600
    if os.name == "posix":
        umask = os.umask(0o022)
        os.umask(umask)
        fresh = tmp_path / "fresh.py"
        write_script(fresh, "x = 1\n")
        assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
    with pytest.raises(FileNotFoundError):
        write_script(tmp_path / "missing" / "run.py", "x")
    with pytest.raises(IsADirectoryError):
        write_script(tmp_path, "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.py", "run.py"]


@pytest.mark.parametrize("normalize", [False, True])
def test_a_start_chosen_by_hand_is_repeated(tmp_path, normalize):
    """After Trainer.start_at (a click on the loss landscape) the script starts there too."""
    ds = Dataset.lesson()
    cfg = TrainConfig(lr=0.1 if normalize else 0.001, normalize=normalize)
    trainer = Trainer(ds, cfg)
    trainer.start_at([3.0], -2.5)
    trainer.run(40)
    text = make_script(ds, cfg, 40, start=([3.0], -2.5))
    assert "the start chosen by hand (my line, or on the loss landscape)" in text
    path = tmp_path / "start.py"
    write_script(path, text)
    out = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                         timeout=120, check=True)
    got = script_values(out.stdout)
    rec = trainer.latest
    assert f4(got["weight"][0]) == f4(rec.weight[0])
    assert f4(got["bias"]) == f4(rec.bias)
    assert f4(got["loss"]) == f4(rec.loss)
