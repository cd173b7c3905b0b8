"""Export a run as a Jupyter notebook laid out like the lesson: data, model, prediction, loss,
backward, optimizer step, training loop, result, predict, with markdown in Korean or English.

The code cells are the exported script's own parts (:func:`codegen.script_sections`), so run
top to bottom in a kernel the notebook makes exactly the updates the app made and prints the
numbers the app shows. As in the lesson, the prediction, loss and backward cells compute the
first update by hand and the optimizer cell makes it; the training loop makes the rest. (With
mini-batches the first update is made on a batch inside the loop, so the hand-made gradient is
only looked at, then cleared.)

Written with ``nbformat`` (the format's own library) and validated before it is written.
Nothing here knows about Qt.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import nbformat
from nbformat import v4

from linreg_gui.core.atomic_file import check_target, write_atomic
from linreg_gui.core.codegen import _lit, script_sections
from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset

LANGUAGES = ("ko", "en")
#: The data's first rows shown as a markdown table.
TABLE_ROWS = 10

# Markdown, per language. Korean follows the lesson's own words.
TEXT = {
    "ko": {
        "title": "# 선형회귀 모델링 (linreg-gui에서 내보냄)",
        "intro": "linreg-gui에서 학습한 내용을 그대로 다시 실행하는 노트북입니다. 위에서부터 "
                 "차례로 실행하면 앱이 보여 준 weight, bias, loss가 같은 자리수까지 나옵니다.",
        "settings_line": "- 설정: {optimizer}, 학습률 {lr}, {loss} 오차, {batch}, {norm}, "
                         "seed {seed}, 업데이트 {steps}회",
        "full_batch": "전체 데이터(full batch)",
        "mini_batch": "미니배치 {n}개씩",
        "standardized": "표준화함",
        "not_standardized": "표준화 안 함",
        "runs": "- 앱에서 학습을 {count}번 나누어 실행했습니다 ({runs}). 학습 셀을 다시 "
                "실행하면 이어서 학습하므로, 업데이트를 모두 합하면 같습니다.",
        "start": "- 시작점은 seed의 `torch.rand` 값이 아니라 손실 지형에서 직접 고른 값입니다.",
        "data_md": "# 데이터 확인\n\n- 입력데이터(feature): {features}\n- 출력데이터(target): "
                   "{target}\n\n{table}\n\n{shown}",
        "shown_all": "데이터는 모두 {n}개입니다.",
        "shown_some": "데이터 {n}개 중 처음 {k}개입니다.",
        "dataset_md": "## 학습(훈련) 데이터셋 만들기\n- 입력데이터와 출력데이터를 따로 행렬로 "
                      "구성한다.\n- 같은 데이터 포인트의 입력, 출력 데이터를 같은 index에 정의한다.",
        "standardize_md": "### 표준화\n앱은 각 열을 (x - 평균) / 표준편차로 바꾸어 학습했습니다. "
                          "결과는 마지막에 데이터 단위로 되돌립니다.",
        "settings_md": "## 설정\n학습률, seed, 업데이트 횟수 등 앱에서 고른 값입니다.",
        "model_md": "# 모델링\n\n## 모델 정의\n- Feature와 Target 간의 관계를 **선형회귀(Linear "
                    "Regression) 모델**로 세운다.\n\n$$\n\\hat{{y}} = Wx + b\n$$\n\n"
                    "$\\hat{{y}}$: 모델추정값, W: 가중치, x: Feature, b: bias(편향)",
        "predict_md": "### 예측\n초기 파라미터로 추론해 봅니다.",
        "loss_md": "### 오차함수 정의\n모델이 추론한 값과 정답 사이의 차이를 계산하는 함수",
        "backward_md": "### weight와 bias에 대한 gradient 계산",
        "step_md": "### 최적화 -> 경사하강법\n파이토치의 optimizer로 파라미터를 한 번 "
                   "업데이트합니다.",
        "step_md_batches": "### 최적화 -> 경사하강법\n미니배치로 학습하므로 첫 업데이트도 아래 "
                           "학습 반복에서 배치 하나로 합니다. 위에서 구한 전체 데이터의 "
                           "gradient는 보기만 하고 초기화합니다.",
        "loop_md": "### 학습\n1. 모델을 이용해 추정한다. `pred = model(input)`\n"
                   "1. loss를 계산한다. `loss = loss_fn(pred, target)`\n"
                   "1. loss를 파라미터에 대해 미분해 gradient를 저장한다. `loss.backward()`\n"
                   "1. optimizer로 파라미터를 update한다. `optimizer.step()`\n"
                   "1. gradient를 0으로 초기화한다. `optimizer.zero_grad()`\n"
                   "- 위의 단계를 반복한다.",
        "result_md": "### 결과\n데이터 단위의 weight, bias와 오차입니다 (앱이 보여 주는 값).",
        "use_md": "### 새 입력으로 예측\n학습한 weight와 bias로 새 입력의 {target} 값을 "
                  "예측합니다. `x_new`를 바꿔 보세요.",
    },
    "en": {
        "title": "# Linear regression modelling (exported from linreg-gui)",
        "intro": "This notebook repeats the run made in linreg-gui. Run it from top to bottom: "
                 "it prints the weight, bias and loss the app showed, to the same digits.",
        "settings_line": "- Settings: {optimizer}, learning rate {lr}, {loss} loss, {batch}, "
                         "{norm}, seed {seed}, {steps} updates",
        "full_batch": "full batch",
        "mini_batch": "mini-batches of {n}",
        "standardized": "standardized",
        "not_standardized": "not standardized",
        "runs": "- In the app the training ran {count} times ({runs}). Running the training "
                "cell again continues where it stopped, so the updates add up to the same.",
        "start": "- The start was chosen by hand on the loss landscape, not the seeded "
                 "`torch.rand` values.",
        "data_md": "# The data\n\n- Input (feature): {features}\n- Output (target): {target}"
                   "\n\n{table}\n\n{shown}",
        "shown_all": "All {n} rows.",
        "shown_some": "The first {k} of {n} rows.",
        "dataset_md": "## The training set\n- The inputs and the outputs are two separate "
                      "matrices.\n- The input and output of one data point share an index.",
        "standardize_md": "### Standardization\nThe app trained on standardized columns, "
                          "(x - mean) / std. The results are converted back to the data's units "
                          "at the end.",
        "settings_md": "## Settings\nThe learning rate, seed, number of updates and the rest, "
                       "as chosen in the app.",
        "model_md": "# Modelling\n\n## The model\n- The relation between the features and the "
                    "target is modelled as **linear regression**.\n\n$$\n\\hat{{y}} = Wx + b"
                    "\n$$\n\n$\\hat{{y}}$: the model's estimate, W: weight, x: feature, "
                    "b: bias",
        "predict_md": "### Prediction\nPredict with the initial parameters.",
        "loss_md": "### The loss function\nIt measures the difference between the model's "
                   "predictions and the answers.",
        "backward_md": "### The gradient of the loss with respect to weight and bias",
        "step_md": "### Optimization: gradient descent\nPyTorch's optimizer updates the "
                   "parameters once.",
        "step_md_batches": "### Optimization: gradient descent\nWith mini-batches the first "
                           "update is made on one batch in the training loop below. The "
                           "whole-data gradient above is only looked at, then cleared.",
        "loop_md": "### Training\n1. Predict with the model. `pred = model(input)`\n"
                   "1. Compute the loss. `loss = loss_fn(pred, target)`\n"
                   "1. Differentiate the loss: `loss.backward()` stores the gradients.\n"
                   "1. Update the parameters with the optimizer. `optimizer.step()`\n"
                   "1. Reset the gradients to 0. `optimizer.zero_grad()`\n"
                   "- Repeat.",
        "result_md": "### Result\nThe weight, bias and loss in the data's units (the numbers "
                     "the app shows).",
        "use_md": "### Predicting a new input\nThe trained weight and bias predict {target} "
                  "for a new input. Change `x_new` and run it again.",
    },
}

OPTIMIZER_NAMES = {"sgd": "SGD", "momentum": "SGD + momentum", "adam": "Adam",
                   "rmsprop": "RMSprop"}
LOSS_NAMES = {"mse": "MSE", "mae": "MAE", "huber": "Huber"}
LOSS_FN = {"mse": "mse_loss_fn", "mae": "mae_loss_fn", "huber": "huber_loss_fn"}


def _md_cell_text(text: str) -> str:
    """Table cells and names safe in markdown: no pipes, no line breaks."""
    return " ".join(str(text).replace("|", "\\|").split())


def _table(dataset: Dataset, rows: int) -> str:
    names = [*dataset.feature_names, dataset.target_name]
    lines = ["|" + "|".join(_md_cell_text(n) for n in names) + "|",
             "|" + "|".join("-" for _ in names) + "|"]
    for i in range(min(rows, dataset.n_rows)):
        values = [*dataset.X[i], dataset.y[i]]
        lines.append("|" + "|".join(_lit(v) for v in values) + "|")
    return "\n".join(lines)


def make_notebook(
    dataset: Dataset,
    config: TrainConfig,
    steps: int | Sequence[int],
    *,
    lang: str = "ko",
    start: tuple[Sequence[float], float] | None = None,
) -> nbformat.NotebookNode:
    """The run as a validated notebook: ``steps`` and ``start`` as for codegen.make_script;
    ``lang`` ("ko" or "en") is the language of the markdown."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, got {lang!r}")
    t = TEXT[lang]
    cfg = config.validate()
    runs = [int(steps)] if isinstance(steps, int) else [int(s) for s in steps]
    total = sum(runs)
    parts = dict(script_sections(dataset, cfg, total, start=start))
    n = dataset.n_rows
    full_batch = cfg.batch_size is None or cfg.batch_size >= n
    loss_fn = LOSS_FN[cfg.loss]

    intro = [t["title"], "", t["intro"], "",
             t["settings_line"].format(
                 optimizer=OPTIMIZER_NAMES[cfg.optimizer], lr=repr(cfg.lr),
                 loss=LOSS_NAMES[cfg.loss],
                 batch=t["full_batch"] if full_batch else t["mini_batch"].format(
                     n=cfg.batch_size),
                 norm=t["standardized"] if cfg.normalize else t["not_standardized"],
                 seed=cfg.seed, steps=total)]
    if len(runs) > 1:
        intro.append(t["runs"].format(count=len(runs), runs=" + ".join(map(str, runs))))
    if start is not None:
        intro.append(t["start"])
    shown = min(TABLE_ROWS, n)
    data_md = t["data_md"].format(
        features=", ".join(_md_cell_text(f) for f in dataset.feature_names),
        target=_md_cell_text(dataset.target_name), table=_table(dataset, TABLE_ROWS),
        shown=t["shown_all"].format(n=n) if shown == n else t["shown_some"].format(n=n, k=shown),
    )

    cells = [
        v4.new_markdown_cell("\n".join(intro)),
        v4.new_code_cell(parts["header"] + parts["imports"]),
        v4.new_markdown_cell(data_md),
        v4.new_markdown_cell(t["dataset_md"]),
        v4.new_code_cell(parts["data"]),
    ]
    if "standardize" in parts:
        cells += [v4.new_markdown_cell(t["standardize_md"]),
                  v4.new_code_cell(parts["standardize"])]
    cells += [
        v4.new_markdown_cell(t["settings_md"]),
        v4.new_code_cell(parts["settings"]),
        v4.new_markdown_cell(t["model_md"]),
        v4.new_code_cell(parts["model"] + "print('weight:', weight)\nprint('bias:', bias)\n"),
        v4.new_markdown_cell(t["predict_md"]),
        v4.new_code_cell("pred_train = linear_model(X_train)\npred_train[:10]\n"),
        v4.new_markdown_cell(t["loss_md"]),
        v4.new_code_cell(parts["loss_fn"]
                         + f"\nloss = {loss_fn}(pred_train, y_train)\nprint('오차 / loss:', "
                         "loss)\n"),
        v4.new_markdown_cell(t["backward_md"]),
        v4.new_code_cell("loss.backward()\nprint('weight의 grad:', weight.grad)\n"
                         "print('bias의 grad:', bias.grad)\n"),
    ]
    if full_batch and total > 0:
        # The lesson's cell: the first of the app's updates, made by hand.
        step_code = (parts["optimizer"]
                     + "print('update 전 weight:', weight)\noptimizer.step()\n"
                     "print('update 후 weight:', weight)\noptimizer.zero_grad()\n"
                     "STEPS = STEPS - 1  # 한 번 업데이트했으니 / one update made here\n")
        cells += [v4.new_markdown_cell(t["step_md"]), v4.new_code_cell(step_code)]
    else:
        step_code = (parts["optimizer"]
                     + "optimizer.zero_grad()  # 보기만 한 gradient를 지움 / clear it\n")
        cells += [v4.new_markdown_cell(t["step_md"] if full_batch else t["step_md_batches"]),
                  v4.new_code_cell(step_code)]
    cells += [
        v4.new_markdown_cell(t["loop_md"]),
        v4.new_code_cell(parts.get("batches", "") + parts["training"]),
        v4.new_markdown_cell(t["result_md"]),
        v4.new_code_cell(parts["results"]),
        v4.new_markdown_cell(t["use_md"].format(target=_md_cell_text(dataset.target_name))),
        v4.new_code_cell(_predict_code(dataset)),
    ]
    for cell in cells:
        cell.source = cell.source.rstrip("\n")
    nb = v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
        "linreg_gui": {"lang": lang, "steps": total},
    })
    nbformat.validate(nb)
    return nb


def _predict_code(dataset: Dataset) -> str:
    """A prediction in the data's units for one new input: the lesson's 5 hours for one
    feature, else the first row's values."""
    if dataset.n_features == 1 and dataset.source == "lesson":
        x_new = ["5"]
    else:
        x_new = [_lit(v) for v in dataset.X[0]]
    names = ", ".join(repr(str(f)) for f in dataset.feature_names)
    return (f"x_new = [{', '.join(x_new)}]  # {names}\n"
            "y_new = sum(w * x for w, x in zip(final_weight, x_new)) + final_bias\n"
            "print('예측 / prediction:', round(y_new, 4))\n")


def notebook_text(nb: nbformat.NotebookNode) -> str:
    """The notebook as the .ipynb text Jupyter writes."""
    return nbformat.writes(nb) + "\n"


def write_notebook(path: str | os.PathLike, nb: nbformat.NotebookNode) -> None:
    """Write ``nb`` to ``path`` atomically, UTF-8. Raises OSError (check_target's reasons
    for a path that cannot be a file)."""
    check_target(path)
    write_atomic(path, notebook_text(nb).encode("utf-8"))
