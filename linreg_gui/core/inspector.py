"""One training step taken apart, with every number a student can check by hand.

For a state (weight, bias) given in data units, :func:`inspect_step` computes what the
lesson's five lines compute there::

    pred = linear_model(X_train)           # X @ weight + bias, one prediction per row
    loss = mse_loss_fn(pred, y_train)      # mean((pred - y)**2)
    loss.backward()                        # weight.grad, bias.grad
    optimizer.step()                       # weight <- weight - lr * weight.grad (SGD)
    optimizer.zero_grad()

The gradients come from torch autograd in float32 exactly as the lesson computes them, and
beside them from the hand-derived formula (MSE: dL/dw = 2/n sum (pred - y) x, dL/db = 2/n sum
(pred - y); MAE: the sign of the residual; Huber: the residual clipped to +-delta) in float64
numpy, with whether the two agree. The update is the real ``optimizer.step()`` taken on copies
of the parameters; for momentum, Adam and RMSprop that step also uses the optimizer's running
averages, so it is only computed when their state is given (``optimizer_state``, e.g.
``Trainer.optimizer_state``); the plain-SGD step is always shown for comparison.

When training is standardized, the numbers of the space the optimizer walks (standardized
columns) are given in ``walk`` and the data-unit results in ``data``; otherwise both are the
same view.

Nothing here knows about Qt.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.i18n import QT_TRANSLATE_NOOP, Message
from linreg_gui.core.landscape import Standardization
from linreg_gui.core.trainer import make_optimizer
from linreg_gui.core.verdict import fmt

#: Autograd and the formula agree when they differ by less than this, relative to the larger
#: of the gradient and the size of its terms (see ``GradCheck``).
AGREE_RTOL = 1e-4
#: float32's unit roundoff, 2^-24.
FLOAT32_UNIT = 2.0**-24


@dataclass(frozen=True)
class CodeLine:
    """One line of the lesson's training loop and what it computed here."""

    stage: str  # predict | loss | backward | step | zero_grad
    code: str  # the PyTorch line, as in the lesson and the exported script
    explanation: str
    explanation_ko: str
    value: str  # what it produced for this state, numbers filled in


@dataclass(frozen=True)
class RowView:
    """One row: its prediction, residual and its share of the loss and the gradients."""

    index: int  # 0-based row number in the data
    x: tuple[float, ...]
    y: float
    pred: float
    residual: float  # pred - y
    loss_term: float  # this row's term of the mean: r^2, |r| or Huber(r)
    grad_weight_term: tuple[float, ...]  # this row's share of dL/dw (they sum to it)
    grad_bias_term: float


@dataclass(frozen=True)
class GradCheck:
    """Autograd's value beside the formula's.

    ``agree`` when |autograd - formula| <= ``tolerance``: 1e-4 x max(|formula|, the summed
    size of the gradient's terms) (near the optimum the gradient is a small difference of
    large terms, and a float32 sum is only as exact as its terms), plus what float32 rounding
    of the residuals can account for (``float32_limited`` when that is the larger part: the
    residuals are tiny next to the values, as near the optimum or on data too large for
    float32's 7 digits). For MAE, a row whose residual float32 puts on the other side of 0
    than float64 adds its jump.
    """

    param: str  # "weight[hours]" | "bias"
    autograd: float
    formula: float
    agree: bool
    tolerance: float
    float32_limited: bool


@dataclass(frozen=True)
class SpaceView:
    """All numbers of one step in one space: "data" units or the "standardized" columns."""

    space: str
    dtype: str  # of the autograd numbers: "float32" (what the optimizer uses) or "float64"
    weight: tuple[float, ...]
    bias: float
    rows: tuple[RowView, ...]  # the first max_rows rows
    n_rows: int
    residual_sum: float  # over all rows
    residual_mean: float
    loss: float  # autograd's forward pass
    loss_formula: float  # float64
    grad_weight: tuple[float, ...]  # autograd (weight.grad)
    grad_bias: float  # autograd (bias.grad)
    grad_weight_formula: tuple[float, ...]  # float64
    grad_bias_formula: float
    checks: tuple[GradCheck, ...]  # one per weight, then the bias
    loss_text: str  # the loss as a formula
    gradient_text: str  # the hand-derived gradient as a formula

    @property
    def agree(self) -> bool:
        return all(c.agree for c in self.checks)


@dataclass(frozen=True)
class UpdateView:
    """What ``optimizer.step()`` does to the parameters, in the space the optimizer walks."""

    optimizer: str
    lr: float
    space: str
    weight_before: tuple[float, ...]
    bias_before: float
    sgd_weight_after: tuple[float, ...]  # w - lr * grad (plain SGD, float64 arithmetic)
    sgd_bias_after: float
    weight_after: tuple[float, ...] | None  # the real optimizer.step(), float32; None: unknown
    bias_after: float | None
    weight_after_data: tuple[float, ...] | None  # the same, in data units
    bias_after_data: float | None
    exact: bool  # weight_after is the step the Trainer takes next from this state
    formula: str  # the update rule
    lines: tuple[str, ...]  # the rule with this step's numbers, one line per parameter
    note: str


@dataclass(frozen=True)
class StepInspection:
    feature_names: tuple[str, ...]
    target_name: str
    n_rows: int
    loss_name: str  # mse | mae | huber
    huber_delta: float
    optimizer: str
    lr: float
    batch_size: int | None  # None: full batch
    standardized: bool
    standardization: Standardization | None
    walk: SpaceView  # the space the optimizer walks
    data: SpaceView  # data units (the same object as walk when not standardized)
    update: UpdateView
    code: tuple[CodeLine, ...]
    notes: tuple[str, ...]


# ---- the loss, as the lesson and the Trainer compute it -----------------------------------


def _torch_loss(name: str, delta: float):
    if name == "mse":
        return lambda pred, y: torch.mean((pred - y) ** 2)  # the lesson's mse_loss_fn
    if name == "mae":
        return F.l1_loss
    return lambda pred, y: F.huber_loss(pred, y, delta=delta)


LOSS_CODE = {
    "mse": "loss = mse_loss_fn(pred, y_train)",
    "mae": "loss = mae_loss_fn(pred, y_train)",
    "huber": "loss = huber_loss_fn(pred, y_train)",
}


def _loss_text(name: str, delta: float) -> str:
    if name == "mse":
        return "L = 1/n Σ (pred − y)²"
    if name == "mae":
        return "L = 1/n Σ |pred − y|"
    return (
        f"L = 1/n Σ h(pred − y),  h(r) = r²/2 if |r| ≤ δ, else δ·(|r| − δ/2)  (δ = {delta:g})"
    )


def _gradient_text(name: str, k: int, delta: float) -> str:
    w = "dL/dw" if k == 1 else "dL/dw_j"
    x = "x" if k == 1 else "x_j"
    if name == "mse":
        g = "2/n Σ (pred − y)"
    elif name == "mae":
        g = "1/n Σ sign(pred − y)"
    else:
        g = "1/n Σ clip(pred − y, −δ, δ)"
    return f"{w} = {g}·{x},   dL/db = {g}" + (f"   (δ = {delta:g})" if name == "huber" else "")


def grad_check(param: str, auto: float, formula: float, scale: float, slack: float) -> GradCheck:
    """Compare autograd with the formula: 1e-4 relative to max(|formula|, scale) + slack."""
    base = AGREE_RTOL * max(abs(formula), scale)
    tol = base + slack
    ok = auto == formula or abs(auto - formula) <= tol
    return GradCheck(param, auto, formula, bool(ok), float(tol), bool(slack > base))


# ---- the views ----------------------------------------------------------------------------


def _dloss_dpred(name: str, r: np.ndarray, delta: float) -> np.ndarray:
    """d(row's loss term)/d(pred), before the 1/n of the mean."""
    if name == "mse":
        return 2.0 * r
    if name == "mae":
        return np.sign(r)
    return np.clip(r, -delta, delta)


def _loss_terms(name: str, r: np.ndarray, delta: float) -> np.ndarray:
    a = np.abs(r)
    if name == "mse":
        return r * r
    if name == "mae":
        return a
    return np.where(a <= delta, 0.5 * r * r, delta * (a - 0.5 * delta))


def _view(
    space: str,
    X64: np.ndarray,
    y64: np.ndarray,
    weight: np.ndarray,
    bias: float,
    dtype: torch.dtype,
    config: TrainConfig,
    names: tuple[str, ...],
    max_rows: int,
    row_index: np.ndarray | None = None,
) -> tuple[SpaceView, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """The view, and the autograd tensors (X, y, w, b with their grads) it came from.
    ``row_index``: the dataset's row of each row of X64 (a mini-batch), else 0..n-1."""
    name, delta = config.loss, config.huber_delta
    n, k = X64.shape
    Xt = torch.tensor(X64, dtype=dtype)
    yt = torch.tensor(y64, dtype=dtype).reshape(-1, 1)
    w = torch.tensor(weight, dtype=dtype).reshape(-1, 1).requires_grad_(True)
    b = torch.tensor([bias], dtype=dtype).requires_grad_(True)
    pred = Xt @ w + b  # linear_model(X_train)
    loss = _torch_loss(name, delta)(pred, yt)
    loss.backward()
    w_used = w.detach().numpy()[:, 0].astype(np.float64)  # as rounded to the dtype
    b_used = float(b.detach()[0])
    pred_t = pred.detach().numpy()[:, 0]
    r_t = (pred.detach() - yt).numpy()[:, 0].astype(np.float64)  # the residuals autograd saw
    gw_auto = w.grad.numpy()[:, 0].astype(np.float64)
    gb_auto = float(b.grad[0])

    with np.errstate(over="ignore", invalid="ignore"):
        r = X64 @ w_used + b_used - y64  # float64 residuals at the same parameters
        terms = _loss_terms(name, r, delta)
        dpred = _dloss_dpred(name, r, delta) / n
        gw_formula = X64.T @ dpred
        gb_formula = float(dpred.sum())
        loss_formula = float(terms.mean())
        # The size of the gradients' terms: float32 sums are only as exact as their terms.
        ax = np.abs(X64)
        scale_w = ax.T @ np.abs(dpred)
        scale_b = float(np.abs(dpred).sum())
        # Rounding of each residual: r = pred - y comes from numbers of size
        # |x|.|w| + |b| + |y|, each rounded (the data too) to the dtype (float32: 24 bits);
        # the residual is exact only to about (k + 3) units of that. Near the optimum, where
        # pred ~ y, this is what limits the agreement.
        unit = FLOAT32_UNIT if dtype == torch.float32 else 2.0**-53
        slope = {"mse": 2.0, "mae": 0.0, "huber": 1.0}[name]
        size = ax @ np.abs(w_used) + abs(b_used) + np.abs(y64)
        err_r = (k + 3) * unit * size * slope / n
        slack_w = ax.T @ err_r
        slack_b = float(err_r.sum())
        if name == "mae":
            flips = np.abs(np.sign(r_t) - np.sign(r)) / n  # rows on the kink of |r|
            slack_w = slack_w + ax.T @ flips
            slack_b += float(flips.sum())

    checks = tuple(
        grad_check(f"weight[{names[j]}]", float(gw_auto[j]), float(gw_formula[j]),
                   float(scale_w[j]), float(slack_w[j]))
        for j in range(k)
    ) + (grad_check("bias", gb_auto, gb_formula, scale_b, slack_b),)

    shown = min(max_rows, n)
    rows = tuple(
        RowView(
            index=i if row_index is None else int(row_index[i]),
            x=tuple(float(v) for v in X64[i]),
            y=float(y64[i]),
            pred=float(pred_t[i]),
            residual=float(r_t[i]),
            loss_term=float(terms[i]),
            grad_weight_term=tuple(float(v) for v in X64[i] * dpred[i]),
            grad_bias_term=float(dpred[i]),
        )
        for i in range(shown)
    )
    view = SpaceView(
        space=space,
        dtype="float32" if dtype == torch.float32 else "float64",
        weight=tuple(float(v) for v in w_used),
        bias=b_used,
        rows=rows,
        n_rows=n,
        residual_sum=float(r.sum()),
        residual_mean=float(r.mean()),
        loss=float(loss.item()),
        loss_formula=loss_formula,
        grad_weight=tuple(float(v) for v in gw_auto),
        grad_bias=gb_auto,
        grad_weight_formula=tuple(float(v) for v in gw_formula),
        grad_bias_formula=gb_formula,
        checks=checks,
        loss_text=_loss_text(name, delta),
        gradient_text=_gradient_text(name, k, delta),
    )
    return view, Xt, yt, w, b


# ---- the update ---------------------------------------------------------------------------


def _rule(config: TrainConfig) -> str:
    if config.optimizer == "sgd":
        return "w ← w − lr · dL/dw"
    if config.optimizer == "momentum":
        return f"v ← {config.momentum:g} · v + dL/dw;   w ← w − lr · v"
    if config.optimizer == "adam":
        b1, b2 = config.beta1, config.beta2
        return (
            f"m ← {b1:g}·m + {1 - b1:g}·g;   s ← {b2:g}·s + {1 - b2:g}·g²;   "
            f"w ← w − lr · (m / (1 − {b1:g}^t)) / (√(s / (1 − {b2:g}^t)) + 1e-8)"
        )
    a = config.alpha
    return f"s ← {a:g}·s + {1 - a:g}·g²;   w ← w − lr · g / (√s + 1e-8)"


def _f4(v: float) -> str:
    """4 decimals, as the lesson's tensors print (scientific when huge or tiny)."""
    v = float(v)
    if not math.isfinite(v):
        return str(v)
    if v != 0 and (abs(v) >= 1e6 or abs(v) < 1e-4):
        return f"{v:.4e}"
    return f"{v:.4f}"


def _num(v: float) -> str:
    text = _f4(v)
    return f"({text})" if text.startswith("-") else text


def _state_text(config: TrainConfig, state: dict, i: int, k: int) -> str:
    """The running averages after the step, for parameter i (k is the bias)."""
    s = state.get(0 if i < k else 1, {})
    j = i if i < k else 0

    def val(key: str) -> str:
        t = s.get(key)
        return "?" if t is None else _f4(float(t.reshape(-1)[j]))

    if config.optimizer == "momentum":
        return f"v = {val('momentum_buffer')}"
    if config.optimizer == "adam":
        step = s.get("step")
        t = "?" if step is None else str(int(step))
        return f"m = {val('exp_avg')}, s = {val('exp_avg_sq')}, t = {t}"
    return f"s = {val('square_avg')}"


def _update(
    config: TrainConfig,
    walk: SpaceView,
    w: torch.Tensor,
    b: torch.Tensor,
    optimizer_state: dict | None,
    full_batch: bool,
    st: Standardization | None,
    batch_rows: np.ndarray | None = None,
) -> UpdateView:
    lr = config.lr
    labels = [c.param for c in walk.checks]
    before = [*walk.weight, walk.bias]
    grads = [*walk.grad_weight, walk.grad_bias]
    sgd_after = [p - lr * g for p, g in zip(before, grads, strict=True)]
    stateful = config.optimizer != "sgd"
    known = not stateful or optimizer_state is not None
    after: list[float] | None = None
    state_after: dict = {}
    if known:
        # The real optimizer.step() on copies, from the gradients autograd just computed.
        w2 = w.detach().clone().requires_grad_(True)
        b2 = b.detach().clone().requires_grad_(True)
        w2.grad = w.grad.clone()
        b2.grad = b.grad.clone()
        opt = make_optimizer(config, [w2, b2])
        if optimizer_state is not None and stateful:
            opt.load_state_dict(copy.deepcopy(optimizer_state))
        opt.step()
        after = [*(float(v) for v in w2.detach()[:, 0]), float(b2.detach()[0])]
        state_after = opt.state_dict()["state"]

    lines = []
    for i, (label, p, g) in enumerate(zip(labels, before, grads, strict=True)):
        if config.optimizer == "sgd":
            real = after[i] if after is not None else sgd_after[i]
            lines.append(f"{label}: {_f4(p)} − {fmt(lr)} × {_num(g)} = {_f4(real)}")
            continue
        fields = {"label": label, "p": _f4(p), "lr": fmt(lr), "g": _num(g),
                  "sgd": _f4(sgd_after[i])}
        if after is not None:
            line = Message(
                "inspector",
                QT_TRANSLATE_NOOP(
                    "inspector",
                    "{label}: plain SGD would give {p} − {lr} × {g} = {sgd}; {optimizer} gives "
                    "{real} ({state})",
                ),
                optimizer=config.optimizer, real=_f4(after[i]),
                state=_state_text(config, state_after, i, len(labels) - 1), **fields,
            )
        else:
            line = Message(
                "inspector",
                QT_TRANSLATE_NOOP(
                    "inspector", "{label}: plain SGD would give {p} − {lr} × {g} = {sgd}"
                ),
                **fields,
            )
        lines.append(line)

    after_data_w = after_data_b = None
    if after is not None:
        wa, ba = np.array(after[:-1]), after[-1]
        if st is not None:
            wa, ba = st.to_data(wa, ba)
        after_data_w, after_data_b = tuple(float(v) for v in wa), float(ba)

    notes = []
    if stateful:
        notes.append(Message("inspector", {
            "momentum": QT_TRANSLATE_NOOP(
                "inspector", "momentum does not step by lr × gradient: its step also uses a "
                "running average of past gradients (the momentum buffer v)."),
            "adam": QT_TRANSLATE_NOOP(
                "inspector", "adam does not step by lr × gradient: its step also uses running "
                "averages of past gradients and of their squares (m and s)."),
            "rmsprop": QT_TRANSLATE_NOOP(
                "inspector", "rmsprop does not step by lr × gradient: its step also uses a "
                "running average of past squared gradients (s)."),
        }[config.optimizer]))
        if after is None:
            notes.append(Message("inspector", QT_TRANSLATE_NOOP(
                "inspector",
                "Those averages were not given, so only the plain-SGD step is shown, for "
                "comparison.",
            )))
    if not full_batch and batch_rows is None:
        notes.append(Message("inspector", QT_TRANSLATE_NOOP(
            "inspector",
            "With mini-batches of {batch} rows the next optimizer.step() uses the gradient of "
            "the next batch, not of all rows: this is the full-batch step.",
        ), batch=config.batch_size))
    elif not full_batch:
        shown = ", ".join(str(int(r) + 1) for r in batch_rows[:8])
        notes.append(Message("inspector", QT_TRANSLATE_NOOP(
            "inspector",
            "With mini-batches of {batch} rows this optimizer.step() uses the gradient of one "
            "batch, the rows the seeded shuffle gives here ({rows}): the loss and the "
            "gradients shown are over those rows.",
        ), batch=config.batch_size, rows=shown + (", …" if len(batch_rows) > 8 else "")))
    return UpdateView(
        optimizer=config.optimizer,
        lr=lr,
        space=walk.space,
        weight_before=tuple(before[:-1]),
        bias_before=before[-1],
        sgd_weight_after=tuple(sgd_after[:-1]),
        sgd_bias_after=sgd_after[-1],
        weight_after=None if after is None else tuple(after[:-1]),
        bias_after=None if after is None else after[-1],
        weight_after_data=after_data_w,
        bias_after_data=after_data_b,
        exact=after is not None and (full_batch or batch_rows is not None),
        formula=_rule(config),
        lines=tuple(lines),
        # One note of whole sentences, each translated when shown.
        note=Message("inspector", " ".join(f"{{m{i}}}" for i in range(len(notes))),
                     **{f"m{i}": n for i, n in enumerate(notes)}) if notes else "",
    )


# ---- the code lines -----------------------------------------------------------------------


def _list(values, limit: int = 5) -> str:
    shown = ", ".join(_f4(float(v)) for v in values[:limit])
    return f"[{shown}{', …' if len(values) > limit else ''}]"


def _code(config: TrainConfig, walk: SpaceView, update: UpdateView, full_batch: bool):
    batch = "" if full_batch else "[idx]"
    pred_value = _list([r.pred for r in walk.rows]) + (
        f" ({walk.n_rows:,} rows)" if walk.n_rows > len(walk.rows) else ""
    )
    if update.weight_after is not None:
        stepped = (
            f"weight = {_list(update.weight_after)}, bias = {_f4(update.bias_after)}"
        )
    else:
        stepped = Message("inspector", QT_TRANSLATE_NOOP(
            "inspector", "depends on the optimizer's running averages (not given)"))
    return (
        CodeLine(
            "predict", f"pred = linear_model(X_train{batch})",
            "Predict: pred = X @ weight + bias, one prediction per row.",
            "1. 추론(예측): pred = X @ weight + bias",
            f"pred = {pred_value}",
        ),
        CodeLine(
            "loss", LOSS_CODE[config.loss].replace("y_train", f"y_train{batch}"),
            f"The loss: {walk.loss_text}.",
            "2. 오차계산",
            f"loss = {_f4(walk.loss)}",
        ),
        CodeLine(
            "backward", "loss.backward()",
            "Autograd differentiates the loss: weight.grad = dL/dw, bias.grad = dL/db.",
            "3. weight, bias에 대한 gradient 계산",
            f"weight.grad = {_list(walk.grad_weight)}, bias.grad = {_f4(walk.grad_bias)}",
        ),
        CodeLine(
            "step", "optimizer.step()",
            f"The optimizer updates the parameters: {update.formula}.",
            "4. 최적화: optimizer를 이용해 파라미터를 update",
            stepped,
        ),
        CodeLine(
            "zero_grad", "optimizer.zero_grad()",
            "Clear weight.grad and bias.grad; otherwise the next backward() adds to them.",
            "5. 계산된 gradient 값 초기화",
            "weight.grad = None, bias.grad = None",
        ),
    )


# ---- the entry point ----------------------------------------------------------------------


def inspect_step(
    dataset: Dataset,
    config: TrainConfig,
    weight,
    bias: float,
    max_rows: int = 10,
    *,
    optimizer_state: dict | None = None,
    batch_rows=None,
) -> StepInspection:
    """Take apart the training step from ``(weight, bias)`` (data units).

    ``optimizer_state`` is the optimizer's ``state_dict()`` at this state (e.g.
    ``Trainer.optimizer_state``); only momentum, Adam and RMSprop need it for the real step.
    ``batch_rows``: with mini-batches, the rows this step trains on
    (``Trainer.next_batch_rows()``); without them the full-batch step is shown instead.
    In a standardized run the parameters are converted to the standardized space and back to
    float32 as the Trainer holds them (within float32 rounding of the Trainer's own).
    """
    config = config.validate()
    if max_rows < 0:
        raise ValueError(f"max_rows must be >= 0, got {max_rows}")
    k = dataset.n_features
    w = np.asarray(weight, dtype=np.float64).reshape(-1)
    if w.shape[0] != k:
        raise ValueError(f"{w.shape[0]} weights for {k} features")
    b = float(bias)
    names = dataset.feature_names
    n = dataset.n_rows
    full_batch = config.batch_size is None or config.batch_size >= n
    rows = None
    if batch_rows is not None and not full_batch:
        rows = np.asarray(batch_rows, dtype=np.int64).reshape(-1)
        if rows.size == 0 or rows.min() < 0 or rows.max() >= n:
            raise ValueError(f"batch rows must be 0..{n - 1}, got {rows.tolist()[:8]}")
    X_all, y_all = dataset.X, dataset.y
    if rows is not None:
        X_all, y_all = X_all[rows], y_all[rows]
    st = Standardization.of(dataset) if config.normalize else None
    notes: list[str] = []
    if st is None:
        walk, _X, _y, wt, bt = _view("data", X_all, y_all, w, b, torch.float32,
                                     config, names, max_rows, rows)
        data = walk
    else:
        Xs, ys = st.columns(dataset.X, dataset.y)
        if rows is not None:
            Xs, ys = Xs[rows], ys[rows]
        ws, bs = st.to_standardized(w, b)
        walk, _X, _y, wt, bt = _view("standardized", Xs, ys, ws, bs, torch.float32, config,
                                     names, max_rows, rows)
        # Data units, at the parameters the optimizer holds (float32), in float64 as the
        # Trainer reports them.
        wd, bd = st.to_data(np.array(walk.weight), walk.bias)
        data = _view("data", X_all, y_all, wd, bd, torch.float64, config, names,
                     max_rows, rows)[0]
        notes.append(Message("inspector", QT_TRANSLATE_NOOP(
            "inspector",
            "Training is standardized: the optimizer walks the columns (x − mean) / std and "
            "(y − mean) / std, so its weight, bias, loss and gradients are those of the "
            "standardized columns; the data-unit results are weight = w_s · std(y) / std(x) "
            "and bias = mean(y) + std(y) · b_s − weight · mean(x).",
        )))
    update = _update(config, walk, wt, bt, optimizer_state, full_batch, st, rows)
    if update.note:
        notes.append(update.note)
    if walk.n_rows > max_rows:
        notes.append(Message("inspector", QT_TRANSLATE_NOOP(
            "inspector",
            "Showing the first {shown} of {n} rows; sums, means, the loss and the gradients "
            "are over all rows.",
        ), shown=max_rows, n=f"{walk.n_rows:,}"))
    if not walk.agree:
        notes.append(Message("inspector", QT_TRANSLATE_NOOP(
            "inspector",
            "Autograd (float32) and the formula (float64) differ by more than float32 rounding "
            "explains: please report this data.",
        )))
    elif any(c.float32_limited for c in walk.checks):
        notes.append(Message("inspector", QT_TRANSLATE_NOOP(
            "inspector",
            "The residuals are tiny next to the values they are differences of, so float32 "
            "(about 7 digits) limits how well autograd and the float64 formula can agree here.",
        ) if config.normalize else QT_TRANSLATE_NOOP(
            "inspector",
            "The residuals are tiny next to the values they are differences of, so float32 "
            "(about 7 digits) limits how well autograd and the float64 formula can agree here. "
            "Standardizing the columns helps.",
        )))
    return StepInspection(
        feature_names=names,
        target_name=dataset.target_name,
        n_rows=n,
        loss_name=config.loss,
        huber_delta=config.huber_delta,
        optimizer=config.optimizer,
        lr=config.lr,
        batch_size=None if full_batch else config.batch_size,
        standardized=st is not None,
        standardization=st,
        walk=walk,
        data=data,
        update=update,
        code=_code(config, walk, update, full_batch),
        notes=tuple(notes),
    )


def inspect_trainer(trainer, max_rows: int = 10) -> StepInspection:
    """The step a Trainer takes next from its current state (call it between runs): exactly
    that update, with the optimizer's running averages and the mini-batch it trains on."""
    latest = trainer.latest
    return inspect_step(
        trainer.dataset, trainer.config, latest.weight, latest.bias, max_rows,
        optimizer_state=trainer.optimizer_state, batch_rows=trainer.next_batch_rows(),
    )
