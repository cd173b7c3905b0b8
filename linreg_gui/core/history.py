"""The record of a training run: record i is the state after i updates.

Columns live in float64 numpy arrays that grow by doubling up to a byte budget; past it the
history thins itself (keeps every other record and from then on records every 2nd, 4th, ...
step), so a run of any length stays within the budget. The latest state is always kept by
the trainer, whatever the thinning.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from linreg_gui.core.atomic_file import write_atomic

DEFAULT_HISTORY_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class StepRecord:
    """The model after ``step`` updates, with the loss and its gradients at those parameters."""

    step: int
    weight: tuple[float, ...]
    bias: float
    loss: float
    grad_weight: tuple[float, ...]
    grad_bias: float


@dataclass(frozen=True)
class HistoryChunk:
    """A slice of history as independent arrays (safe to hand to another thread)."""

    steps: np.ndarray  # (m,) int64
    loss: np.ndarray  # (m,)
    weight: np.ndarray  # (m, k)
    bias: np.ndarray  # (m,)
    grad_weight: np.ndarray  # (m, k)
    grad_bias: np.ndarray  # (m,)

    def __len__(self) -> int:
        return int(self.steps.shape[0])


class History:
    def __init__(self, n_features: int, max_bytes: int = DEFAULT_HISTORY_BYTES) -> None:
        self.n_features = n_features
        bytes_per_record = 8 * (4 + 2 * n_features)
        self.capacity = max(16, (max_bytes // bytes_per_record) & ~1)
        self.stride = 1  # only steps that are multiples of this are recorded
        self._n = 0
        self._alloc(min(1024, self.capacity))

    def _alloc(self, size: int) -> None:
        k = self.n_features
        old = getattr(self, "_steps", None)
        steps = np.empty(size, np.int64)
        loss = np.empty(size)
        weight = np.empty((size, k))
        bias = np.empty(size)
        gw = np.empty((size, k))
        gb = np.empty(size)
        if old is not None:
            n = self._n
            steps[:n] = self._steps[:n]
            loss[:n] = self._loss[:n]
            weight[:n] = self._weight[:n]
            bias[:n] = self._bias[:n]
            gw[:n] = self._gw[:n]
            gb[:n] = self._gb[:n]
        self._steps, self._loss, self._weight = steps, loss, weight
        self._bias, self._gw, self._gb = bias, gw, gb

    def __len__(self) -> int:
        return self._n

    @property
    def nbytes(self) -> int:
        return sum(
            a.nbytes
            for a in (self._steps, self._loss, self._weight, self._bias, self._gw, self._gb)
        )

    def clear(self) -> None:
        self._n = 0
        self.stride = 1
        self._alloc(min(1024, self.capacity))

    def wants(self, step: int) -> bool:
        return step % self.stride == 0

    def append(self, step: int, loss: float, weight, bias: float, grad_weight, grad_bias: float):
        """Add the record of ``step`` (the caller checks ``wants(step)`` first)."""
        n = self._n
        if n == self._steps.shape[0]:
            if n < self.capacity:
                self._alloc(min(2 * n, self.capacity))
            else:
                self._thin()
                if not self.wants(step):
                    return
                n = self._n
        self._steps[n] = step
        self._loss[n] = loss
        self._weight[n] = weight
        self._bias[n] = bias
        self._gw[n] = grad_weight
        self._gb[n] = grad_bias
        self._n = n + 1

    def extend(self, rows: list[tuple]) -> None:
        """Add many records at once: tuples (step, loss, weight, bias, grad_weight, grad_bias).

        The training loop buffers plain tuples and hands them over in blocks, which costs
        far less per step than a call that writes six arrays.
        """
        if not rows:
            return
        if self.n_features != 1:
            for row in rows:
                if self.wants(row[0]):
                    self.append(*row)
            return
        block = np.array(rows, dtype=np.float64).reshape(-1, 6)
        steps = block[:, 0].astype(np.int64)
        start = 0
        while start < len(steps):
            keep = steps[start:] % self.stride == 0
            idx = np.flatnonzero(keep) + start
            if not len(idx):
                return
            n = self._n
            room = self._steps.shape[0] - n
            if room == 0:
                if n < self.capacity:
                    self._alloc(min(2 * n, self.capacity))
                else:
                    self._thin()
                continue
            take = idx[:room]
            m = len(take)
            self._steps[n : n + m] = steps[take]
            self._loss[n : n + m] = block[take, 1]
            self._weight[n : n + m, 0] = block[take, 2]
            self._bias[n : n + m] = block[take, 3]
            self._gw[n : n + m, 0] = block[take, 4]
            self._gb[n : n + m] = block[take, 5]
            self._n = n + m
            start = int(take[-1]) + 1

    def _thin(self) -> None:
        self.stride *= 2
        keep = self._steps[: self._n] % self.stride == 0
        m = int(keep.sum())
        for a in (self._steps, self._loss, self._weight, self._bias, self._gw, self._gb):
            a[:m] = a[: self._n][keep]
        self._n = m

    def drop_after(self, step: int) -> None:
        """Forget records later than ``step`` (used when a diverged state is rolled back)."""
        self._n = int(np.searchsorted(self._steps[: self._n], step, side="right"))

    def record(self, i: int) -> StepRecord:
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        return StepRecord(
            int(self._steps[i]),
            tuple(float(v) for v in self._weight[i]),
            float(self._bias[i]),
            float(self._loss[i]),
            tuple(float(v) for v in self._gw[i]),
            float(self._gb[i]),
        )

    def index_after(self, step: int) -> int:
        """Index of the first record with a step greater than ``step``."""
        return int(np.searchsorted(self._steps[: self._n], step, side="right"))

    def chunk(self, start: int = 0, stop: int | None = None) -> HistoryChunk:
        """Copies of records [start, stop)."""
        sl = slice(start, self._n if stop is None else min(stop, self._n))
        return HistoryChunk(
            self._steps[sl].copy(),
            self._loss[sl].copy(),
            self._weight[sl].copy(),
            self._bias[sl].copy(),
            self._gw[sl].copy(),
            self._gb[sl].copy(),
        )

    @property
    def steps(self) -> np.ndarray:
        return self._steps[: self._n]

    @property
    def loss(self) -> np.ndarray:
        return self._loss[: self._n]

    @property
    def weight(self) -> np.ndarray:
        return self._weight[: self._n]

    @property
    def bias(self) -> np.ndarray:
        return self._bias[: self._n]


def write_history_csv(path: str | os.PathLike, history: History,
                      feature_names: Sequence[str]) -> None:
    """Write every stored record as CSV (UTF-8 with a BOM, for Excel) through write_atomic:
    one row per record, the step, the loss, each weight, the bias and their gradients, each
    number in the shortest text that reads back exactly. Raises OSError."""
    header = ["step", "loss", *(f"w ({n})" for n in feature_names), "b",
              *(f"dL/dw ({n})" for n in feature_names), "dL/db"]

    def chunks() -> Iterator[bytes]:
        buf = io.StringIO()
        out = csv.writer(buf)
        out.writerow(header)
        yield buf.getvalue().encode("utf-8-sig")
        for start in range(0, len(history), 8192):
            buf.seek(0)
            buf.truncate()
            for i in range(start, min(start + 8192, len(history))):
                r = history.record(i)
                out.writerow([r.step, repr(r.loss), *map(repr, r.weight), repr(r.bias),
                              *map(repr, r.grad_weight), repr(r.grad_bias)])
            yield buf.getvalue().encode("utf-8")

    write_atomic(path, chunks())
