"""Training a linear model by gradient descent, exactly as the lesson does it.

``torch.manual_seed(seed)``, then ``weight = torch.rand(k, 1)``, then ``bias = torch.rand(1)``;
``pred = X @ weight + bias``; the loss; ``loss.backward()``; ``optimizer.step()``;
``optimizer.zero_grad()``. ``run(n)`` continues from the current parameters, as re-running the
lesson's training cell does; ``reset()`` goes back to the seeded start.

Weights, bias, losses and gradients are always reported in the data's own units, also when
training runs on standardized columns. Nothing here knows about Qt: the window and the command
line drive the same Trainer.
"""

from __future__ import annotations

import copy
import math
import threading
import time
from collections.abc import Callable
from dataclasses import replace

import numpy as np
import torch
import torch.nn.functional as F

from linreg_gui.core import verdict
from linreg_gui.core.config import OPTIMIZERS, ConfigError, TrainConfig  # noqa: F401 (re-export)
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.history import DEFAULT_HISTORY_BYTES, History, HistoryChunk, StepRecord
from linreg_gui.core.optimum import Optimum, largest_stable_lr, least_squares
from linreg_gui.core.pace import ReportAfter
from linreg_gui.core.verdict import RunResult

#: A loss this many times its starting value means the run is blowing up.
EXPLODE_FACTOR = 1e8


def make_optimizer(config: TrainConfig, params) -> torch.optim.Optimizer:
    """The torch optimizer ``config`` names, over ``params`` (the Trainer's, and the step
    inspector's copy of them: one place, so the inspected step is the step training makes)."""
    if config.optimizer == "sgd":
        return torch.optim.SGD(params, lr=config.lr)
    if config.optimizer == "momentum":
        return torch.optim.SGD(params, lr=config.lr, momentum=config.momentum)
    if config.optimizer == "adam":
        return torch.optim.Adam(params, lr=config.lr, betas=(config.beta1, config.beta2))
    return torch.optim.RMSprop(params, lr=config.lr, alpha=config.alpha)

class Trainer:
    """One model being trained on one dataset. Not thread-safe, except ``request_stop``."""

    def __init__(
        self,
        dataset: Dataset,
        config: TrainConfig | None = None,
        *,
        history_bytes: int = DEFAULT_HISTORY_BYTES,
    ) -> None:
        self.dataset = dataset
        self.config = (config or TrainConfig()).validate()
        self.history = History(dataset.n_features, history_bytes)
        self.last_result: RunResult | None = None
        self._stop = threading.Event()
        self._run_stop = self._stop  # the event the current run watches
        self._optimum: Optimum | None = None
        self._stable_lr: float | None = None
        self._prepare_data()
        self.reset()

    # ---- set-up ---------------------------------------------------------------------------

    def _prepare_data(self) -> None:
        ds = self.dataset
        X = ds.X
        y = ds.y
        if self.config.normalize:
            self._x_mean, sx = _mean_and_spread(X)
            self._x_scale = np.where(sx > 0, sx, 1.0)
            y_mean, sy = _mean_and_spread(y)
            self._y_mean, sy = float(y_mean), float(sy)
            self._y_scale = sy if sy > 0 else 1.0
            X = (X - self._x_mean) / self._x_scale
            y = (y - self._y_mean) / self._y_scale
        # float32 as the lesson: torch.tensor([[1],[2],[3]], dtype=torch.float32)
        self._X = torch.tensor(X, dtype=torch.float32)
        self._y = torch.tensor(y, dtype=torch.float32).reshape(-1, 1)
        # Data units, for the whole-dataset loss and gradients when training runs elsewhere;
        # float64, because float32 cannot hold the data standardizing is for (timestamps,
        # years x prices) nor the cancellation in their residuals: it reported losses below
        # the least-squares optimum's.
        self._X_data = torch.tensor(ds.X, dtype=torch.float64)
        self._y_data = torch.tensor(ds.y, dtype=torch.float64).reshape(-1, 1)
        self._stable_lr = None  # it depends on the space the optimizer walks (standardized?)
        n = ds.n_rows
        bs = self.config.batch_size
        self._full_batch = bs is None or bs >= n
        # The lesson's own case: every step sees all data in its units, so the loss and the
        # gradients of the training step ARE the whole-dataset values to record.
        self._fast = self._full_batch and not self.config.normalize

    def _loss_fn(self) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
        cfg = self.config
        if cfg.loss == "mse":
            return F.mse_loss  # the same float32 result as torch.mean((pred - y) ** 2)
        if cfg.loss == "mae":
            return F.l1_loss
        delta = cfg.huber_delta
        return lambda pred, y: F.huber_loss(pred, y, delta=delta)

    def _make_optimizer(self) -> torch.optim.Optimizer:
        return make_optimizer(self.config, [self._w, self._b])

    def reset(self) -> None:
        """Back to the seeded start: step 0, the lesson's torch.rand initial values."""
        k = self.dataset.n_features
        torch.manual_seed(self.config.seed)
        self._w = torch.rand(k, 1, requires_grad=True)
        self._b = torch.rand(1, requires_grad=True)
        self._bind_params()
        self._batch_gen = torch.Generator().manual_seed(self.config.seed)
        self._order = None
        self._order_pos = 0
        self.step = 0
        self.history.clear()
        self.last_result = None
        self._first_loss: float | None = None
        self._latest = self._evaluate_and_record()
        self._first_loss = self._latest.loss
        self._first_grad_norm = math.hypot(*self._latest.grad_weight, self._latest.grad_bias)

    def restore(self, step: int, weight, bias: float, history: HistoryChunk | None = None) -> None:
        """Continue from a saved state: ``step`` updates made, the line ``weight`` (k,) and
        ``bias`` in data units, and the saved ``history`` (its records up to ``step``).

        What a session does not keep starts afresh: the optimizer's state (momentum, Adam's
        averages) and the mini-batch order. The starting loss the divergence checks compare
        with stays the seeded start's, as in an uninterrupted run. The state at ``step`` is
        evaluated at the restored parameters and recorded as the latest.
        """
        w = np.asarray(weight, dtype=np.float64).reshape(-1)
        if w.shape[0] != self.dataset.n_features:
            raise ValueError(f"{w.shape[0]} weights for {self.dataset.n_features} features")
        if not (np.isfinite(w).all() and math.isfinite(bias)) or int(step) < 0:
            raise ValueError("a restored state needs a step >= 0 and finite parameters")
        self._set_data_params(w, bias)
        self._bind_params()
        self._order = None
        self._order_pos = 0
        self.step = int(step)
        self.history.clear()
        if history is not None:
            for i in range(len(history)):
                s = int(history.steps[i])
                if s >= self.step:
                    break
                if self.history.wants(s):
                    self.history.append(s, float(history.loss[i]), history.weight[i],
                                        float(history.bias[i]), history.grad_weight[i],
                                        float(history.grad_bias[i]))
        self.last_result = None
        self._latest = self._evaluate_and_record()

    def start_at(self, weight, bias: float) -> None:
        """A start chosen by hand (a click on the loss landscape): step 0 at ``weight`` (k,)
        and ``bias`` in data units, an empty history, a fresh optimizer and the seeded
        mini-batch order, as after ``reset``; the divergence checks measure from here."""
        self.restore(0, weight, bias)
        self._batch_gen = torch.Generator().manual_seed(self.config.seed)
        self._first_loss = self._latest.loss
        self._first_grad_norm = math.hypot(*self._latest.grad_weight, self._latest.grad_bias)

    def _bind_params(self) -> None:
        self._optimizer = self._make_optimizer()
        self._loss = self._loss_fn()
        # numpy views share memory with the tensors the optimizer updates in place.
        self._w_view = self._w.detach().numpy()
        self._b_view = self._b.detach().numpy()

    def reconfigure(self, config: TrainConfig) -> None:
        """New settings, keeping the current line (in data units) and the history.

        The seed only takes effect at the next ``reset``. A change of optimizer, loss,
        batching or standardization starts a fresh optimizer state.
        """
        config.validate()
        old = self.config
        if config == old:
            return
        weight, bias = self._latest.weight, self._latest.bias
        self.config = config
        same_kind = replace(old, lr=config.lr, momentum=config.momentum, beta1=config.beta1,
                            beta2=config.beta2, alpha=config.alpha, seed=config.seed) == config
        if same_kind:
            for group in self._optimizer.param_groups:
                group["lr"] = config.lr
                if "momentum" in group and config.optimizer == "momentum":
                    group["momentum"] = config.momentum
                if "betas" in group:
                    group["betas"] = (config.beta1, config.beta2)
                if "alpha" in group:
                    group["alpha"] = config.alpha
            return
        self._prepare_data()
        self._set_data_params(weight, bias)
        self._bind_params()
        self._order = None
        self._latest = self._evaluate_and_record(record=False)

    # ---- units ----------------------------------------------------------------------------

    def _data_params(self) -> tuple[np.ndarray, float]:
        """Current weight (k,) and bias in the data's own units, float64."""
        w = self._w_view[:, 0].astype(np.float64)
        b = float(self._b_view[0])
        if not self.config.normalize:
            return w, b
        w_data = w * self._y_scale / self._x_scale
        b_data = self._y_mean + self._y_scale * b - float(w_data @ self._x_mean)
        return w_data, b_data

    def _set_data_params(self, weight, bias: float) -> None:
        w = np.asarray(weight, dtype=np.float64)
        b = float(bias)
        if self.config.normalize:
            b = (b - self._y_mean + float(w @ self._x_mean)) / self._y_scale
            w = w * self._x_scale / self._y_scale
        with torch.no_grad():
            self._w.copy_(torch.tensor(w, dtype=torch.float32).reshape(-1, 1))
            self._b.copy_(torch.tensor([b], dtype=torch.float32))

    # ---- evaluation -----------------------------------------------------------------------

    def _evaluate(self) -> tuple[float, np.ndarray, float]:
        """Loss on the whole dataset at the current parameters and its gradients (data units)."""
        if self._fast:
            loss = self._loss(self._X @ self._w + self._b, self._y)
            loss.backward()
            gw = self._w.grad[:, 0].numpy().astype(np.float64)
            gb = float(self._b.grad[0])
            self._optimizer.zero_grad()
            return loss.item(), gw, gb
        w, b = self._data_params()
        wt = torch.tensor(w, dtype=torch.float64).reshape(-1, 1).requires_grad_(True)
        bt = torch.tensor([b], dtype=torch.float64).requires_grad_(True)
        loss = self._loss(self._X_data @ wt + bt, self._y_data)
        loss.backward()
        return loss.item(), wt.grad[:, 0].numpy().astype(np.float64), float(bt.grad[0])

    def _evaluate_and_record(self, record: bool = True) -> StepRecord:
        loss, gw, gb = self._evaluate()
        w, b = self._data_params()
        rec = StepRecord(self.step, tuple(w.tolist()), b, loss, tuple(gw.tolist()), gb)
        if record and self.history.wants(self.step):
            self.history.append(self.step, loss, w, b, gw, gb)
        return rec

    @property
    def latest(self) -> StepRecord:
        """The state after ``self.step`` updates (always kept, whatever the history thinning)."""
        return self._latest

    @property
    def optimum(self) -> Optimum:
        if self._optimum is None:
            self._optimum = least_squares(self.dataset)
        return self._optimum

    @property
    def stable_lr(self) -> float:
        """Largest stable learning rate for plain gradient descent on MSE, for this data."""
        if self._stable_lr is None:
            # In the space the optimizer walks: standardized columns when normalizing.
            self._stable_lr = largest_stable_lr(self._X.numpy().astype(np.float64))
        return self._stable_lr

    @property
    def standardization(self) -> tuple[np.ndarray, np.ndarray, float, float] | None:
        """``(x_mean, x_scale, y_mean, y_scale)`` the optimizer's columns are standardized
        with (copies), or None when training runs in the data's own units."""
        if not self.config.normalize:
            return None
        return self._x_mean.copy(), self._x_scale.copy(), self._y_mean, self._y_scale

    @property
    def optimizer_state(self) -> dict:
        """A deep copy of the optimizer's ``state_dict()`` (its running averages), in the
        space the optimizer walks; read it between runs, not while one is going."""
        return copy.deepcopy(self._optimizer.state_dict())

    def predict(self, x) -> float:
        """The current model's prediction for one row of features, in data units."""
        xs = np.asarray(x, dtype=np.float64).reshape(-1)
        return float(xs @ np.asarray(self._latest.weight) + self._latest.bias)

    # ---- training -------------------------------------------------------------------------

    def request_stop(self) -> None:
        """Ask a running ``run`` to stop; safe from any thread; takes effect within one step."""
        self._stop.set()
        self._run_stop.set()

    def run(
        self,
        steps: int,
        *,
        progress: Callable[[Trainer], float | None] | None = None,
        progress_interval: float = 1 / 60,
        stop: threading.Event | None = None,
        progress_after: int | None = None,
    ) -> RunResult:
        """Make up to ``steps`` more updates, continuing from the current parameters.

        ``progress(trainer)`` is called at most every ``progress_interval`` seconds (a number
        it returns becomes the interval until its next call; a ``ReportAfter(n)`` has it
        called again after ``n`` more steps, ``progress_after`` does so from the start) and
        once at the end, from the thread that runs this. The run stops within one step once
        ``stop`` (an Event the caller owns and clears) or ``request_stop()`` is set; without
        ``stop``, an earlier ``request_stop()`` is forgotten when the run starts.
        """
        if steps < 0:
            raise ConfigError(f"steps must be >= 0, got {steps}")
        if stop is None:
            self._stop.clear()
            self._run_stop = self._stop
        else:
            self._run_stop = stop
        start = self.step
        if not math.isfinite(self._latest.loss):
            result = self._finish(start, steps, (verdict.DIVERGED, verdict.REASON_NOT_FINITE))
            self.last_result = result
            return result
        self._plateau_best = self._latest.loss
        self._plateau_since = start
        self._grew_from = self._first_loss
        loop = self._run_fast if self._fast else self._run_general
        when = ReportAfter(progress_after) if progress_after else progress_interval
        outcome = loop(steps, progress, when)
        result = self._finish(start, steps, outcome)
        self.last_result = result
        if progress is not None:
            progress(self)
        return result

    def _run_fast(self, steps, progress, interval):
        """Full batch in data units: the lesson's loop, recording as it goes.

        The forward pass of update i+1 yields the loss and gradients at the parameters after
        update i, so record i costs no extra computation; one more forward pass at the end
        completes the last state.
        """
        buffer: list[tuple] = []  # records not yet handed to the history
        try:
            return self._fast_loop(steps, progress, interval, buffer)
        finally:
            self.history.extend(buffer)

    def _fast_loop(self, steps, progress, interval, buffer):
        X, y, w, b = self._X, self._y, self._w, self._b
        loss_fn, opt, hist = self._loss, self._optimizer, self.history
        wv, bv = self._w_view, self._b_view
        stop = self._run_stop
        clock = time.perf_counter
        interval, next_report, next_step = _next_report(interval, clock, self.step)
        k1 = wv.shape[0] == 1
        explode_at = self._explode_at()
        keep_above = 1.0 - self.config.rtol
        patience = self.config.patience
        tiny_g2 = (1e-7 * self._first_grad_norm) ** 2
        prev = self._latest  # the last state known to be finite
        for j in range(steps + 1):
            loss = loss_fn(X @ w + b, y)
            loss.backward()
            if j:
                # The state after the previous update is now fully known: record it.
                s = self.step
                lv = loss.item()
                if not lv <= explode_at:  # NaN compares false: caught here too
                    opt.zero_grad()
                    hist.extend(buffer)
                    buffer.clear()
                    return self._diverged(lv, prev)
                if k1:
                    wrow, gwrow = float(wv[0, 0]), w.grad.item()
                    g2 = gwrow * gwrow
                else:
                    # float64: the square of a float32 gradient near its limit would overflow.
                    wrow = wv[:, 0].astype(np.float64)
                    gwrow = w.grad[:, 0].numpy().astype(np.float64)
                    g2 = float(gwrow @ gwrow)
                bval, gbval = float(bv[0]), b.grad.item()
                buffer.append((s, lv, wrow, bval, gwrow, gbval))
                if len(buffer) >= 4096:
                    hist.extend(buffer)
                    buffer.clear()
                outcome = None
                if lv < self._plateau_best * keep_above:
                    self._plateau_best = lv
                    self._plateau_since = s
                elif s - self._plateau_since >= patience:
                    outcome = self._plateau_outcome(lv)
                if g2 + gbval * gbval <= tiny_g2:
                    outcome = (verdict.CONVERGED, verdict.REASON_TINY_GRADIENT)
                if outcome is None and stop.is_set():
                    outcome = (verdict.STOPPED, verdict.REASON_REQUESTED)
                if outcome is not None or j == steps:
                    opt.zero_grad()
                    self._latest = self._record_from(s, lv, wrow, bval, gwrow, gbval)
                    return outcome
                last_values = (s, lv, wrow, bval, gwrow, gbval)
                if progress is not None and (s >= next_step or clock() >= next_report):
                    self._latest = self._record_from(*last_values)
                    hist.extend(buffer)
                    buffer.clear()
                    interval, next_report, next_step = _next_report(
                        progress(self) or interval, clock, s, interval)
                prev = last_values
            elif steps == 0:
                opt.zero_grad()
                return None
            opt.step()
            # optimizer.zero_grad() sets every grad to None; done directly it skips the
            # optimizer's profiling wrapper, which costs more than the rest of our bookkeeping.
            w.grad = None
            b.grad = None
            self.step += 1
        return None  # not reached

    def _run_general(self, steps, progress, interval):
        """Mini-batches and/or standardized training: evaluate in data units after each step."""
        X, y, w, b = self._X, self._y, self._w, self._b
        loss_fn, opt = self._loss, self._optimizer
        stop = self._run_stop
        clock = time.perf_counter
        interval, next_report, next_step = _next_report(interval, clock, self.step)
        for _ in range(steps):
            if stop.is_set():
                return (verdict.STOPPED, verdict.REASON_REQUESTED)
            if self._full_batch:
                xb, yb = X, y
            else:
                idx = self._next_batch()
                xb, yb = X[idx], y[idx]
            loss = loss_fn(xb @ w + b, yb)
            loss.backward()
            opt.step()
            opt.zero_grad()
            self.step += 1
            loss_v, gw, gb = self._evaluate()
            # (isfinite too: in float64 an explode threshold can itself overflow to inf)
            if not (loss_v <= self._explode_at() and math.isfinite(loss_v)):
                return self._diverged(loss_v, self._latest)
            wd, bd = self._data_params()
            if self.history.wants(self.step):
                self.history.append(self.step, loss_v, wd, bd, gw, gb)
            self._latest = StepRecord(
                self.step, tuple(wd.tolist()), bd, loss_v, tuple(gw.tolist()), gb
            )
            outcome = self._check_converged(loss_v, gw, gb)
            if outcome is not None:
                return outcome
            if progress is not None and (self.step >= next_step or clock() >= next_report):
                interval, next_report, next_step = _next_report(
                    progress(self) or interval, clock, self.step, interval)
        return None

    def _next_batch(self) -> torch.Tensor:
        n = self.dataset.n_rows
        bs = int(self.config.batch_size)
        if self._order is None or self._order_pos >= n:
            # A fresh seeded shuffle each epoch; the last batch of an epoch may be smaller.
            self._order = torch.randperm(n, generator=self._batch_gen)
            self._order_pos = 0
        idx = self._order[self._order_pos : self._order_pos + bs]
        self._order_pos += bs
        return idx

    def next_batch_rows(self):
        """The rows (numpy int64 indices) the next update trains on: all of them with full
        batches, else the next mini-batch of the seeded shuffle, without consuming it (the
        step inspector shows that very update)."""
        n = self.dataset.n_rows
        if self._full_batch:
            return np.arange(n, dtype=np.int64)
        bs = int(self.config.batch_size)
        order, pos = self._order, self._order_pos
        if order is None or pos >= n:
            gen = torch.Generator()
            gen.set_state(self._batch_gen.get_state())
            order, pos = torch.randperm(n, generator=gen), 0
        return order[pos : pos + bs].numpy().astype(np.int64)

    def _explode_at(self) -> float:
        return EXPLODE_FACTOR * max(self._first_loss or 0.0, 1e-12)

    def _record_from(self, s, lv, w, b, gw, gb) -> StepRecord:
        wt = (float(w),) if np.ndim(w) == 0 else tuple(float(v) for v in w)
        gwt = (float(gw),) if np.ndim(gw) == 0 else tuple(float(v) for v in gw)
        return StepRecord(s, wt, float(b), float(lv), gwt, float(gb))

    def _diverged(self, bad_loss: float, prev):
        """The state at self.step is not finite or is exploding.

        A finite but exploding state is kept (the run stops there); a non-finite one is
        rolled back to ``prev``, the last finite state (a StepRecord or its values).
        """
        if math.isfinite(bad_loss):
            self._latest = self._evaluate_and_record()
            return (verdict.DIVERGED, verdict.REASON_EXPLODING)
        if not isinstance(prev, StepRecord):
            prev = self._record_from(*prev)
        self.history.drop_after(prev.step)
        self.step = prev.step
        self._set_data_params(prev.weight, prev.bias)
        # Momentum and Adam's running averages are poisoned by the overflow: start them afresh.
        self._optimizer = self._make_optimizer()
        self._latest = prev
        return (verdict.DIVERGED, verdict.REASON_NOT_FINITE)

    def _check_converged(self, loss: float, gw, gb: float):
        cfg = self.config
        if loss < self._plateau_best * (1.0 - cfg.rtol) - 1e-30:
            self._plateau_best = loss
            self._plateau_since = self.step
        elif self.step - self._plateau_since >= cfg.patience:
            return self._plateau_outcome(loss)
        gnorm = math.hypot(*(float(g) for g in gw), gb)  # no overflow warning for huge ones
        if gnorm <= 1e-7 * self._first_grad_norm:  # the gradient shrank ten-millionfold
            return (verdict.CONVERGED, verdict.REASON_TINY_GRADIENT)
        return None

    def _plateau_outcome(self, loss: float):
        """No improvement for ``patience`` steps: converged, unless the loss is climbing.

        For plain gradient descent on MSE, a loss at least double its best has not levelled
        off: it is diverging, only more slowly than the EXPLODE_FACTOR check notices (a
        learning rate just above the stable one). Losses a thousandfold below the first one
        are left alone: there, float32 rounding can double them without divergence.
        """
        if self._climbing(loss):
            self._grew_from = self._plateau_best
            return (verdict.DIVERGED, verdict.REASON_EXPLODING)
        return (verdict.CONVERGED, verdict.REASON_PLATEAU)

    def _climbing(self, loss: float) -> bool:
        """Has the loss climbed to double its best, where it should only ever fall?

        Only plain full-batch gradient descent on MSE falls monotonically at a stable learning
        rate; momentum, Adam, RMSprop, MAE and mini-batches rise and fall on their way down.
        """
        if not self._plain_gradient_descent():
            return False
        if loss > 2.0 * self._plateau_best and loss > 1e-3 * (self._first_loss or 0.0):
            return True
        # Above the largest stable rate the loss only ever grows in the end, however slowly
        # (just above it, by a fraction of a percent per step): a rise then is no plateau.
        return self.config.lr > self.stable_lr and loss > self._plateau_best

    def _plain_gradient_descent(self) -> bool:
        """Full-batch SGD without momentum on MSE: the case whose stable learning rates are
        known exactly (below 2 / the largest eigenvalue of the loss's Hessian)."""
        cfg = self.config
        return cfg.optimizer == "sgd" and cfg.loss == "mse" and self._full_batch

    def _finish(self, start: int, steps: int, outcome) -> RunResult:
        if outcome is None:
            # The budget ran out. A loss that has climbed to double its best meanwhile is a
            # divergence the plateau check had no time to see (fewer than `patience` steps).
            if self.step > start and self._climbing(self._latest.loss):
                self._grew_from = self._plateau_best
                outcome = (verdict.DIVERGED, verdict.REASON_EXPLODING)
            else:
                outcome = (verdict.STOPPED, verdict.REASON_BUDGET)
        status, reason = outcome
        latest = self._latest
        details: dict = {"loss": latest.loss, "lr": self.config.lr,
                         "normalize": self.config.normalize}
        if status == verdict.CONVERGED:
            details.update(rtol=self.config.rtol, patience=self.config.patience)
        elif status == verdict.DIVERGED:
            # The loss the run grew from (for the message "the loss grew from ... to ...").
            details["first_loss"] = getattr(self, "_grew_from", None) or self._first_loss
            if self._plain_gradient_descent():
                details["stable_lr"] = self.stable_lr
        elif reason == verdict.REASON_BUDGET:
            details["recent_drop_percent"] = self._recent_drop_percent(start)
            if self._plain_gradient_descent():
                details["stable_lr"] = self.stable_lr  # the advice names the range that works
        return RunResult(status, reason, start, self.step, details)

    def _recent_drop_percent(self, start: int) -> float | None:
        """How much the loss fell over the last fifth of the run, in percent."""
        steps = self.history.steps
        loss = self.history.loss
        if len(steps) < 2 or self.step <= start:
            return None
        since = self.step - max(1, (self.step - start) // 5)
        i = int(np.searchsorted(steps, since))
        before = loss[min(i, len(loss) - 1)]
        if not before > 0:
            return None
        return float(100.0 * (before - self._latest.loss) / before)


def _next_report(when, clock, step: int, interval: float = 1 / 60):
    """(interval, the clock time, the step) of the next progress call: ``when`` is seconds
    or a ReportAfter; ``interval``, the seconds kept for a progress that returns nothing."""
    if isinstance(when, ReportAfter):
        return interval, math.inf, step + max(1, int(when.steps))
    return when, clock() + when, math.inf


def _mean_and_spread(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and standard deviation along axis 0. Where those overflow (data near 1e300) they
    are computed again on the columns scaled to at most 1; elsewhere they are numpy's own, so
    exported scripts repeat them exactly."""
    with np.errstate(over="ignore", invalid="ignore"):
        mean, spread = a.mean(axis=0), a.std(axis=0)
    if np.isfinite(mean).all() and np.isfinite(spread).all():
        return mean, spread
    big = np.abs(a).max(axis=0)
    big = np.where(big > 0, big, 1.0)
    scaled = a / big
    return scaled.mean(axis=0) * big, scaled.std(axis=0) * big
