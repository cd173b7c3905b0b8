"""Exported notebooks: valid nbformat, the lesson's cells in the lesson's order with markdown in
the language asked for, and executed in a real kernel (nbclient + ipykernel, over loopback)
they print the engine's numbers: the lesson's 16.2360, 7.0396, 9.6839 and a two-feature Adam
run's, and a mini-batch run's (whose first update is made in the loop, not by hand)."""

from __future__ import annotations

import ast
import os

import nbformat
import pytest
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.notebook import make_notebook, write_notebook
from linreg_gui.core.samples import load_sample
from linreg_gui.core.trainer import Trainer

CASES = {
    "lesson": (Dataset.lesson(), TrainConfig(), [1, 300], "ko"),
    "adam-two-features": (load_sample("two_features"),
                          TrainConfig(optimizer="adam", lr=0.05, normalize=True), [200], "en"),
    "mini-batch": (load_sample("study_hours_50"), TrainConfig(lr=0.01, batch_size=8), [150],
                   "ko"),
}


def trained(name: str) -> tuple[Trainer, list[int] | int]:
    dataset, config, runs, _lang = CASES[name]
    trainer = Trainer(dataset, config)
    for r in runs:
        trainer.run(r)
    # The engine may stop early (converged): the notebook makes the updates it made.
    return trainer, runs if trainer.step == sum(runs) else trainer.step


def markdown(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def result_values(nb) -> tuple[dict, str]:
    """The 'weight: [...]', 'bias: ...', 'loss: ...' the result cell printed, and all the
    notebook printed."""
    printed = []
    values = {}
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            assert out.output_type != "error", out
            text = out.get("text", "")
            printed.append(text)
            if "final_weight" in cell.source and "print('weight:', final_weight)" in cell.source:
                for line in text.splitlines():
                    key, _, rest = line.partition(": ")
                    if key in ("weight", "bias", "loss"):
                        values[key] = ast.literal_eval(rest)
    assert set(values) == {"weight", "bias", "loss"}, printed
    return values, "".join(printed)


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Every case written, read back and executed top to bottom in a fresh kernel that
    listens on 127.0.0.1 only."""
    folder = tmp_path_factory.mktemp("notebooks")
    done = {}
    for name, (_ds, _cfg, _runs, lang) in CASES.items():
        trainer, steps = trained(name)
        path = folder / f"{name}.ipynb"
        write_notebook(path, make_notebook(trainer.dataset, trainer.config, steps, lang=lang))
        nb = nbformat.read(path, as_version=4)
        km = KernelManager(kernel_name="python3", ip="127.0.0.1", transport="tcp")
        assert km.ip == "127.0.0.1"
        NotebookClient(nb, km=km, timeout=180,
                       resources={"metadata": {"path": str(folder)}}).execute(cleanup_kc=True)
        done[name] = (trainer, nb)
    return done


def test_written_notebooks_validate_and_read_back(tmp_path):
    trainer, steps = trained("lesson")
    path = tmp_path / "lesson.ipynb"
    write_notebook(path, make_notebook(trainer.dataset, trainer.config, steps))
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    assert nb.metadata.kernelspec.name == "python3"
    assert [p for p in os.listdir(tmp_path)] == ["lesson.ipynb"]  # no temporary left


def test_the_cells_follow_the_lesson():
    trainer, steps = trained("lesson")
    nb = make_notebook(trainer.dataset, trainer.config, steps)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    # data -> model -> prediction -> loss -> backward -> optimizer step -> loop -> result
    # -> predict, each in its own cell, in this order.
    needles = ["X_train = torch.tensor", "def linear_model", "pred_train = linear_model",
               "def mse_loss_fn", "loss.backward()\n", "optimizer.step()", "for _ in range",
               "print('weight:', final_weight)", "x_new ="]
    where = []
    for needle in needles:
        hits = [i for i, src in enumerate(code) if needle in src]
        assert hits, needle
        where.append(hits[0])
    assert where == sorted(where) and len(set(where)) == len(where), where
    # The lesson's 5 hours, and its table of data.
    assert "x_new = [5]" in code[-1]
    assert "|1|20|" in markdown(nb) and "|3|60|" in markdown(nb)


def test_the_markdown_follows_the_language():
    trainer, steps = trained("lesson")
    ko = markdown(make_notebook(trainer.dataset, trainer.config, steps))  # Korean by default
    en = markdown(make_notebook(trainer.dataset, trainer.config, steps, lang="en"))
    for heading in ("# 데이터 확인", "# 모델링", "### 오차함수 정의", "### 학습"):
        assert heading in ko and heading not in en
    for heading in ("# The data", "# Modelling", "### The loss function", "### Training"):
        assert heading in en and heading not in ko
    assert "업데이트 301회" in ko and "301 updates" in en
    with pytest.raises(ValueError, match="lang"):
        make_notebook(trainer.dataset, trainer.config, steps, lang="fr")


def test_the_lesson_notebook_prints_the_lessons_numbers(executed):
    trainer, nb = executed["lesson"]
    got, printed = result_values(nb)
    assert (f"{got['weight'][0]:.4f}", f"{got['bias']:.4f}", f"{got['loss']:.4f}") == (
        "16.2360", "7.0396", "9.6839")
    assert "rounded: weight 16.2360 bias 7.0396 loss 9.6839" in printed
    # The lesson's own intermediate prints: the first loss, the gradients, one update.
    assert "1715.8387" in printed
    assert "-178.9621" in printed and "-76.4785" in printed
    assert "0.6752" in printed
    assert "예측 / prediction: 88.2194" in printed  # 5 hours, W 16.2360 b 7.0396


@pytest.mark.parametrize("name", list(CASES))
def test_executed_notebooks_print_the_engines_numbers(executed, name):
    trainer, nb = executed[name]
    got, _printed = result_values(nb)
    last = trainer.latest
    assert [f"{v:.4f}" for v in got["weight"]] == [f"{v:.4f}" for v in last.weight]
    assert f"{got['bias']:.4f}" == f"{last.bias:.4f}"
    assert f"{got['loss']:.4f}" == f"{last.loss:.4f}"
    assert got["weight"] == pytest.approx(list(last.weight), rel=1e-9, abs=1e-9)
    assert got["loss"] == pytest.approx(last.loss, rel=1e-9, abs=1e-9)


def test_a_bad_path_is_refused_and_nothing_is_left(tmp_path):
    trainer, steps = trained("lesson")
    nb = make_notebook(trainer.dataset, trainer.config, steps)
    with pytest.raises(FileNotFoundError, match="does not exist"):
        write_notebook(tmp_path / "missing" / "x.ipynb", nb)
    with pytest.raises(IsADirectoryError, match="folder"):
        write_notebook(tmp_path, nb)
    assert os.listdir(tmp_path) == []
