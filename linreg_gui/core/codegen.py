"""Export a run as a standalone PyTorch script, written the way the lesson writes it.

:func:`make_script` returns the text of a Python script that needs only torch (and, for data
over 10,000 rows, the standard library's base64 and struct). It holds the data, the settings
and the run: the seed, the learning rate, the optimizer and its hyperparameters, the loss,
the mini-batch size with the engine's seeded shuffle (a ``torch.Generator`` seeded with the
seed, one ``randperm`` per epoch), and standardization with the engine's statistics and the
conversion back to data units. It makes the same number of updates the app made, with the
lesson's names (X_train, y_train, weight, bias, linear_model, mse_loss_fn, optimizer, STEPS),
and prints the final weight(s), bias and loss in the data's units: the numbers the app shows.

What the script does not repeat: the app's stopping rules (it makes exactly the updates the
app made) and what happens after a run blows up to inf/NaN. The app then rolls the model
back to its last finite state and restarts the optimizer's running averages; replaying the
updates counted up to that state is exact for one run, and for plain full-batch gradient
descent in general, but not for later runs with momentum, Adam, RMSprop or mini-batches.

Nothing here knows about Qt, nor imports torch.
"""

from __future__ import annotations

import base64
import math
import os
import textwrap
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from linreg_gui.core.atomic_file import write_atomic
from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.landscape import Standardization

#: Up to this many rows the data is written as literal lists; above, as base64 bytes.
LITERAL_ROWS = 10_000


def _runs(steps: int | Sequence[int]) -> list[int]:
    if isinstance(steps, (int, np.integer)) and not isinstance(steps, bool):
        runs = [int(steps)]
    else:
        runs = [int(s) for s in steps]
    if not runs or any(s < 0 for s in runs):
        raise ValueError(f"steps must be a count >= 0 or a list of them, got {steps!r}")
    return runs


def _lit(v: float) -> str:
    """A float as an exact Python literal; whole numbers without the '.0', as the lesson."""
    v = float(v)
    if v == 0.0:
        return "-0.0" if math.copysign(1.0, v) < 0 else "0"
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def _comment(text: object, limit: int = 80) -> str:
    """Text safe inside a # comment: one line, printable."""
    s = "".join(c if c.isprintable() else " " for c in str(text))
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _wrap_items(name: str, items: list[str]) -> str:
    """``name = [a, b, ...]`` on one line if short, else several items per line."""
    one = f"{name} = [{', '.join(items)}]"
    if len(one) <= 96:
        return one
    lines, line = [], ""
    for item in items:
        piece = item + ","
        if line and len(line) + 1 + len(piece) > 92:
            lines.append("    " + line)
            line = piece
        else:
            line = f"{line} {piece}" if line else piece
    if line:
        lines.append("    " + line)
    return f"{name} = [\n" + "\n".join(lines) + "\n]"


def _column_major(a: np.ndarray) -> bool:
    """Does torch.tensor(a) come out column-major (strides (1, n))?"""
    return bool(a.flags.f_contiguous and not a.flags.c_contiguous)


def _f32_exact(a: np.ndarray) -> bool:
    with np.errstate(over="ignore"):
        return bool(np.array_equal(a.astype(np.float32).astype(np.float64), a))


def _b64_block(name: str, a: np.ndarray) -> tuple[str, str]:
    """(the base64 assignment, 'f' or 'd'): float32 when that holds every value exactly."""
    code = "f" if _f32_exact(a) else "d"
    raw = np.ascontiguousarray(a, dtype="<f4" if code == "f" else "<f8").tobytes()
    text = base64.b64encode(raw).decode("ascii")
    body = "\n".join(textwrap.wrap(text, 76))
    return f'{name} = """\n{body}\n"""', code


def _data_section(dataset: Dataset) -> tuple[list[str], bool]:
    """Lines that define X_data and y_data (lists or float64 tensors); uses base64?"""
    n, k = dataset.n_rows, dataset.n_features
    X, y = dataset.X, dataset.y
    if n <= LITERAL_ROWS:
        rows = ["[" + ", ".join(_lit(v) for v in row) + "]" for row in X]
        targets = ["[" + _lit(v) + "]" for v in y]
        return [_wrap_items("X_data", rows), _wrap_items("y_data", targets)], False
    x_block, x_code = _b64_block("X_BASE64", X)
    y_block, y_code = _b64_block("Y_BASE64", y)
    kinds = {"f": "float32 (4 bytes)", "d": "float64 (8 bytes)"}
    lines = [
        f"# {n:,}행은 목록으로 쓰기에 너무 많아, 값을 little-endian 바이트로 만들어 base64로",
        "# 담았습니다. / Too many rows for literal lists: the values are stored as little-endian",
        f"# bytes in base64: X as {kinds[x_code]}, y as {kinds[y_code]} per value, row by row",
        "# (float32 only where it holds every value exactly).",
        x_block,
        y_block,
        "",
        "",
        "def unpack(text, count, code):",
        '    """base64 text -> a tuple of `count` floats (code "f": float32, "d": float64)."""',
        "    return struct.unpack('<%d%s' % (count, code), base64.b64decode(text))",
        "",
        "",
        f"X_data = torch.tensor(unpack(X_BASE64, {n * k}, {x_code!r}), "
        f"dtype=torch.float64).reshape({n}, {k})",
        f"y_data = torch.tensor(unpack(Y_BASE64, {n}, {y_code!r}), "
        f"dtype=torch.float64).reshape({n}, 1)",
    ]
    return lines, True


OPTIMIZER_CODE = {
    "sgd": "optimizer = torch.optim.SGD([weight, bias], lr=LEARNING_RATE)",
    "momentum": "optimizer = torch.optim.SGD([weight, bias], lr=LEARNING_RATE, "
    "momentum=MOMENTUM)",
    "adam": "optimizer = torch.optim.Adam([weight, bias], lr=LEARNING_RATE, "
    "betas=(BETA1, BETA2))",
    "rmsprop": "optimizer = torch.optim.RMSprop([weight, bias], lr=LEARNING_RATE, "
    "alpha=ALPHA)",
}

LOSS_FN = {"mse": "mse_loss_fn", "mae": "mae_loss_fn", "huber": "huber_loss_fn"}


def make_script(
    dataset: Dataset,
    config: TrainConfig,
    steps: int | Sequence[int],
    *,
    title: str | None = None,
    start: tuple[Sequence[float], float] | None = None,
) -> str:
    """The text of a standalone script that repeats this run and prints its results.

    ``steps`` is the number of updates made from the seeded start, or the list of runs that
    made them (each run continues where the last stopped, as re-running the lesson's training
    cell does; the list only shapes the script, the updates are the same). ``start`` is
    ``(weight, bias)`` in data units when the run began from a start chosen by hand
    (Trainer.start_at) instead of the seeded ``torch.rand`` values.
    """
    return "".join(text for _name, text in script_sections(
        dataset, config, steps, title=title, start=start))


#: The parts of a script, in order, as script_sections names them (some may be missing:
#: "standardize" without standardization, "batches" without mini-batches).
SECTIONS = ("header", "imports", "data", "standardize", "settings", "model", "loss_fn",
            "optimizer", "batches", "training", "results")


def script_sections(
    dataset: Dataset,
    config: TrainConfig,
    steps: int | Sequence[int],
    *,
    title: str | None = None,
    start: tuple[Sequence[float], float] | None = None,
) -> list[tuple[str, str]]:
    """The script of :func:`make_script` cut into its named parts ``(name, text)``, in
    order (names from :data:`SECTIONS`); joined they are the script. The notebook export
    puts them in the lesson's cells.
    """
    cfg = config.validate()
    runs = _runs(steps)
    total = sum(runs)
    n, k = dataset.n_rows, dataset.n_features
    full_batch = cfg.batch_size is None or cfg.batch_size >= n
    fast = full_batch and not cfg.normalize  # the engine reports the training loss itself
    names = ", ".join(_comment(f, 40) for f in dataset.feature_names)
    target = _comment(dataset.target_name, 40)
    data_lines, packed = _data_section(dataset)

    optimizer_desc = {
        "sgd": "SGD",
        "momentum": f"SGD with momentum {cfg.momentum:g}",
        "adam": f"Adam (betas {cfg.beta1:g}, {cfg.beta2:g})",
        "rmsprop": f"RMSprop (alpha {cfg.alpha:g})",
    }[cfg.optimizer]
    loss_desc = {"mse": "MSE", "mae": "MAE", "huber": f"Huber (delta {cfg.huber_delta:g})"}
    batch_desc = "full batch" if full_batch else f"mini-batches of {cfg.batch_size}"
    run_desc = (
        f"{total} updates" if len(runs) == 1
        else f"{total} updates (runs of the training cell: {', '.join(map(str, runs))})"
    )
    out: list[str] = []
    add = out.append
    marks: list[tuple[str, int]] = []  # (section, index of its first line in out)

    def mark(name: str) -> None:
        marks.append((name, len(out)))

    mark("header")
    add(f"# {_comment(title or 'linreg-gui에서 내보낸 PyTorch 선형회귀 스크립트')}")
    add("# Linear regression by gradient descent, exported from linreg-gui.")
    add("#")
    add(f"# 데이터 / data: {_comment(dataset.source or 'table', 60)}, {n:,} rows, "
        f"{names} -> {target}")
    add(f"# 설정 / settings: {optimizer_desc}, lr {cfg.lr!r}, {loss_desc[cfg.loss]} loss, "
        f"{batch_desc}, {'standardized' if cfg.normalize else 'not standardized'}, "
        f"seed {cfg.seed}")
    add(f"# 학습 / run: {run_desc}")
    if start is not None:
        add("# 시작점 / start: chosen by hand, not the seeded torch.rand values")
    add("#")
    add("# Needs only PyTorch: python this_file.py")
    add("# It makes the app's updates one for one and prints the final weight, bias and loss")
    add("# in the data's units, the numbers the app shows. (The app's stopping rules are not")
    add("# repeated: the script makes exactly the updates the app made.)")
    add("")
    mark("imports")
    if packed:
        add("import base64")
        add("import struct")
        add("")
    add("import torch")
    add("")
    mark("data")
    add("# ---- 훈련(train) 데이터 / training data ----")
    add(f"# 입력데이터(feature) X: {names};  출력데이터(target) y: {target}")
    out.extend(data_lines)
    add("")
    if cfg.normalize:
        st = Standardization.of(dataset)  # the Trainer's statistics
        mark("standardize")
        add("# ---- 표준화 / standardization ----")
        add("# The app trained on standardized columns, (x - mean) / std and (y - mean) / std,")
        add("# with these statistics of the data (std with ddof=0; a column with no spread")
        add("# keeps std 1). Results are converted back to the data's units at the end.")
        add(_wrap_items("X_MEAN", [repr(float(v)) for v in st.x_mean]))
        add(_wrap_items("X_STD", [repr(float(v)) for v in st.x_scale]))
        add(f"Y_MEAN = {float(st.y_mean)!r}")
        add(f"Y_STD = {float(st.y_scale)!r}")
        add("")
        if not packed:
            add("X_data = torch.tensor(X_data, dtype=torch.float64)")
            add("y_data = torch.tensor(y_data, dtype=torch.float64)")
        add("x_mean = torch.tensor(X_MEAN, dtype=torch.float64)")
        add("x_std = torch.tensor(X_STD, dtype=torch.float64)")
        add("# 표준화한 뒤 float32로 (the lesson's dtype)")
        add("X_train = ((X_data - x_mean) / x_std).to(torch.float32)")
        add("y_train = ((y_data - Y_MEAN) / Y_STD).to(torch.float32)")
    elif packed:
        add("X_train = X_data.to(torch.float32)")
        add("y_train = y_data.to(torch.float32)")
    else:
        add("X_train = torch.tensor(X_data, dtype=torch.float32)")
        add("y_train = torch.tensor(y_data, dtype=torch.float32)")
        if not fast:
            add("X_data = torch.tensor(X_data, dtype=torch.float64)  # for the final loss")
            add("y_data = torch.tensor(y_data, dtype=torch.float64)")
    # torch.tensor keeps a column-major (Fortran-ordered) numpy array column-major, and the
    # layout decides how X @ weight rounds in float32: give the script the Trainer's layout.
    trained = Standardization.of(dataset).columns(dataset.X, dataset.y)[0] if cfg.normalize \
        else dataset.X
    if _column_major(trained):
        add("# 앱은 X를 열(column) 단위로 메모리에 둡니다. 같은 배치면 X @ weight의 float32")
        add("# 반올림도 같아 결과가 끝자리까지 일치합니다. / The app keeps X column by column in")
        add("# memory; with the same layout X @ weight rounds the same way, to the last digit.")
        add("X_train = X_train.t().contiguous().t()")
        if not fast:
            add("X_data = X_data.t().contiguous().t()")
    add("print(X_train.shape, y_train.shape)  # [데이터개수, feature 개수]")
    add("")

    mark("settings")
    add("# ---- 설정 / settings ----")
    add(f"SEED = {cfg.seed}")
    add(f"LEARNING_RATE = {cfg.lr!r}  # 학습률")
    if cfg.optimizer == "momentum":
        add(f"MOMENTUM = {cfg.momentum!r}")
    elif cfg.optimizer == "adam":
        add(f"BETA1 = {cfg.beta1!r}")
        add(f"BETA2 = {cfg.beta2!r}")
    elif cfg.optimizer == "rmsprop":
        add(f"ALPHA = {cfg.alpha!r}  # RMSprop's smoothing constant")
    if cfg.loss == "huber":
        add(f"HUBER_DELTA = {cfg.huber_delta!r}")
    if not full_batch:
        add(f"BATCH_SIZE = {cfg.batch_size}  # mini-batch 크기")
    if len(runs) == 1:
        add(f"STEPS = {total}  # 파라미터(weight, bias)를 업데이트할 횟수 / number of updates")
    else:
        add(_wrap_items("RUNS", [str(r) for r in runs])
            + "  # 훈련 셀을 실행할 때마다의 업데이트 수 / updates per run of the training cell")
    add("")

    mark("model")
    add("# ---- 모델 정의 / the model ----")
    add("torch.manual_seed(SEED)")
    add(f"weight = torch.rand({k}, 1, requires_grad=True)  # ({k}: 입력 값의 개수, 1: 출력 값의 개수)")
    add("bias = torch.rand(1, requires_grad=True)")
    if start is not None:
        out.extend(_start_lines(start, k, Standardization.of(dataset) if cfg.normalize else None))
    add("")
    add("")
    add("def linear_model(X):")
    add("    pred = X @ weight + bias")
    add("    return pred")
    add("")
    add("")
    mark("loss_fn")
    if cfg.loss == "mse":
        add("# 평균 제곱 오차 (Mean Squared Error: MSE)")
        add("def mse_loss_fn(pred, y):")
        add("    return torch.mean((pred - y)**2)")
    elif cfg.loss == "mae":
        add("# 평균 절대 오차 (Mean Absolute Error: MAE)")
        add("def mae_loss_fn(pred, y):")
        add("    return torch.mean(torch.abs(pred - y))")
    else:
        add("# Huber 오차: 작은 오차는 제곱, 큰 오차는 절댓값 / squared near 0, linear beyond delta")
        add("def huber_loss_fn(pred, y):")
        add("    return torch.nn.functional.huber_loss(pred, y, delta=HUBER_DELTA)")
    add("")
    add("")
    mark("optimizer")
    add(f"# 최적화 / the optimizer: {optimizer_desc}")
    add(OPTIMIZER_CODE[cfg.optimizer])
    add("")
    loss_fn = LOSS_FN[cfg.loss]
    if not full_batch:
        mark("batches")
        add("# 미니배치 / mini-batches: each epoch a fresh shuffle from a generator seeded with")
        add("# SEED (the app's own order); the last batch of an epoch may be smaller.")
        add("n_rows = X_train.shape[0]")
        add("batch_generator = torch.Generator().manual_seed(SEED)")
        add("order = None")
        add("order_pos = 0")
        add("")
        add("")
        add("def next_batch():")
        add("    global order, order_pos")
        add("    if order is None or order_pos >= n_rows:")
        add("        order = torch.randperm(n_rows, generator=batch_generator)")
        add("        order_pos = 0")
        add("    idx = order[order_pos:order_pos + BATCH_SIZE]")
        add("    order_pos += BATCH_SIZE")
        add("    return idx")
        add("")
        add("")
    mark("training")
    add("# ---- 학습 / training ----")
    indent = "    "
    if len(runs) == 1:
        add("for _ in range(STEPS):")
    else:
        add("for STEPS in RUNS:  # 훈련 셀을 다시 실행하면 이어서 학습 / a re-run continues")
        add("    for _ in range(STEPS):")
        indent = "        "
    if full_batch:
        body = [
            "# 1. 추론(예측)",
            "pred = linear_model(X_train)",
            "# 2. 오차계산",
            f"loss = {loss_fn}(pred, y_train)",
        ]
    else:
        body = [
            "idx = next_batch()",
            "# 1. 추론(예측)",
            "pred = linear_model(X_train[idx])",
            "# 2. 오차계산",
            f"loss = {loss_fn}(pred, y_train[idx])",
        ]
    body += [
        "# 3. weight, bias에 대한 gradient 계산",
        "loss.backward()",
        "# 4. 최적화 -> optimizer를 이용 (경사하강법)",
        "optimizer.step()",
        "# 5. 계산된 gradient 값 초기화",
        "optimizer.zero_grad()",
    ]
    out.extend(indent + line for line in body)
    add("")

    mark("results")
    add("# ---- 결과 / results, in the data's units ----")
    if fast:
        add("# 학습한 데이터의 단위 그대로: the loss of the final parameters on all rows (float32)")
        add("final_weight = [float(v) for v in weight.detach()[:, 0]]")
        add("final_bias = float(bias.detach()[0])")
        add("with torch.no_grad():")
        add(f"    final_loss = float({loss_fn}(linear_model(X_train), y_train))")
    else:
        if cfg.normalize:
            add("# 표준화된 파라미터를 데이터 단위로 / standardized parameters -> data units:")
            add("# weight = w_s * std(y) / std(x)")
            add("# bias = mean(y) + std(y) * b_s - weight . mean(x)")
            add("w_std = weight.detach()[:, 0].double()")
            add("b_std = float(bias.detach()[0])")
            add("w_data = w_std * Y_STD / x_std")
            add("final_weight = [float(v) for v in w_data]")
            add("final_bias = Y_MEAN + Y_STD * b_std - float(w_data @ x_mean)")
        else:
            add("final_weight = [float(v) for v in weight.detach()[:, 0]]")
            add("final_bias = float(bias.detach()[0])")
        add("# the loss on all rows in the data's units, in float64 as the app computes it")
        add("w_final = torch.tensor(final_weight, dtype=torch.float64).reshape(-1, 1)")
        add("b_final = torch.tensor([final_bias], dtype=torch.float64)")
        add(f"final_loss = float({loss_fn}(X_data @ w_final + b_final, y_data))")
    add("")
    add("print('weight:', final_weight)")
    add("print('bias:', final_bias)")
    add("print('loss:', final_loss)")
    if cfg.loss == "mse":
        add("print('sqrt(loss):', final_loss ** 0.5)  # torch.sqrt(loss): RMSE")
    add("print('rounded: weight', ', '.join(f'{v:.4f}' for v in final_weight),")
    add("      f'bias {final_bias:.4f} loss {final_loss:.4f}')")
    sections = []
    for i, (name, first) in enumerate(marks):
        last = marks[i + 1][1] if i + 1 < len(marks) else len(out)
        sections.append((name, "".join(line + "\n" for line in out[first:last])))
    return sections


def _start_lines(start, k: int, st: Standardization | None) -> list[str]:
    """Lines that replace the seeded start with one chosen by hand, converted as the Trainer
    converts it (data units -> the standardized columns' when training is standardized)."""
    w = np.asarray(start[0], dtype=np.float64).reshape(-1)
    b = float(start[1])
    if w.shape[0] != k or not (np.isfinite(w).all() and math.isfinite(b)):
        raise ValueError(f"start needs {k} finite weights and a finite bias")
    lines = ["# 손으로 고른 시작점 (내 직선, 손실 지형) / "
             "the start chosen by hand (my line, or on the loss landscape)"]
    if st is not None:
        b = (b - st.y_mean + float(w @ st.x_mean)) / st.y_scale
        w = w * st.x_scale / st.y_scale
        lines.append("# (in the standardized columns' units, as the app trains)")
    rows = ", ".join(f"[{float(v)!r}]" for v in w)
    lines += [
        "with torch.no_grad():",
        f"    weight.copy_(torch.tensor([{rows}], dtype=torch.float64))",
        f"    bias.copy_(torch.tensor([{b!r}], dtype=torch.float64))",
    ]
    return lines


def write_script(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` to ``path`` atomically (a temporary file in the same folder, then a
    rename), UTF-8. Raises OSError (FileNotFoundError for a missing folder, IsADirectoryError
    when ``path`` is a folder, PermissionError, ...)."""
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(21, "is a folder, not a file", str(target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(2, "the folder does not exist", str(folder))
    write_atomic(target, text.encode("utf-8"))
