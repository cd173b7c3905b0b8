"""Session files (``.linreg``): the whole lesson state as strict JSON, so a class resumes where it
stopped the day before.

A session holds the table exactly as the student left it (column names, numbers, and the text
of every cell that is not a number), the settings, the model's current parameters and enough
history to redraw the plots; since version 2 also the finished runs kept for comparison
(``runs``: settings, ending, verdict, loss curve and path) and teacher mode's lock
(``lock``: the controls left free and a salted hash of the password). The file is UTF-8
JSON with a format name and a schema version; nothing in it is executable (no pickle), NaN
is written as ``null`` and infinities are refused.

``load_session`` checks everything (types, shapes, ranges, finiteness) and raises
:class:`SessionError` naming the file and what is wrong; files written by older versions of the
schema are brought up to date by a chain of migration functions (``MIGRATIONS``). Writing is
atomic: a temporary file in the same folder is written, flushed, synced and renamed over the
target, so a crash during a save leaves the previous file whole.

Nothing here knows about Qt, and torch is not imported: the window saves and loads on its own
thread while torch may still be loading. ``apply_to_trainer`` hands a loaded state to a Trainer.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import math
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from linreg_gui import __version__
from linreg_gui.core.atomic_file import write_atomic
from linreg_gui.core.config import ConfigError, TrainConfig
from linreg_gui.core.hands_on import HandsOn, HandsOnError, parse_hands_on
from linreg_gui.core.history import HistoryChunk
from linreg_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from linreg_gui.core.pace import DEFAULT_PACE, checked_pace
from linreg_gui.core.teacher_lock import LOCKABLE, MAX_ITERATIONS, TeacherLock

__all__ = [
    "FORMAT_NAME",
    "MAX_HISTORY_RECORDS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "HistoryLog",
    "SessionData",
    "SessionEncoder",
    "SessionError",
    "SessionHistory",
    "SessionRun",
    "TeacherLock",
    "apply_to_trainer",
    "decode_session",
    "encode_session",
    "load_session",
    "migrate",
    "save_session",
    "session_from_table",
    "thin_indices",
    "write_atomic",
]

#: What the "format" field of every session file says.
FORMAT_NAME = "linreg-gui session"
#: The schema this version writes; files with a lower version are migrated on loading.
SCHEMA_VERSION = 2
#: The history is thinned evenly to at most this many records when saved (first and last kept).
MAX_HISTORY_RECORDS = 20_000
#: Larger files are refused rather than filling a classroom laptop's memory.
MAX_FILE_BYTES = 1 << 30
#: Limits that keep a damaged file from asking for absurd amounts of anything.
MAX_COLUMNS = 10_000
MAX_TEXT = 10_000  # characters in a column name or a cell's text
MAX_STEP = 2**62
MAX_STEPS_PER_RUN = 10_000_000  # the window's steps box allows up to this
MAX_RUNS = 200  # finished runs kept for comparison
MAX_RUN_RECORDS = 2_000  # each kept run's curve and path are thinned to this many records
RUN_STATUSES = ("converged", "stopped", "diverged")

#: TrainConfig's fields as a session stores them, with the JSON types each accepts.
_CONFIG_FIELDS = tuple(f.name for f in dataclasses.fields(TrainConfig))


class SessionError(ValueError):
    """A session file that cannot be read or written, with the file and what is wrong.

    ``problem`` is English; ``str()`` is in the window's language for the problems marked
    for translation (QT_TRANSLATE_NOOP("SessionError", ...): the common ones a person meets,
    not the checks of a damaged file's every field), with ``fields`` filled in after.
    """

    def __init__(
        self, problem: str, *, file: str | os.PathLike | None = None,
        fields: dict | None = None,
    ) -> None:
        self.template = problem
        self.fields = dict(fields or {})
        self.problem = problem.format(**self.fields) if self.fields else problem
        self.file = None if file is None else os.fspath(file)
        super().__init__(f"{self.file}: {self.problem}" if self.file else self.problem)

    def translated_problem(self) -> str:
        problem = translate("SessionError", self.template)
        return problem.format(**self.fields) if self.fields else problem

    def __str__(self) -> str:
        problem = self.translated_problem()
        return f"{self.file}: {problem}" if self.file else problem


@dataclass(frozen=True, eq=False)
class SessionHistory:
    """Training history for the plots: record i is the state after ``steps[i]`` updates."""

    steps: np.ndarray  # (m,) int64, strictly increasing
    loss: np.ndarray  # (m,) float64 (NaN where unknown)
    weight: np.ndarray  # (m, k) float64
    bias: np.ndarray  # (m,) float64
    # The JSON of these records, when a HistoryLog has it already (the encoder then reuses it).
    encoded: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def empty(cls, n_features: int = 1) -> SessionHistory:
        return cls(
            np.empty(0, np.int64), np.empty(0), np.empty((0, n_features)), np.empty(0)
        )

    @classmethod
    def from_arrays(cls, steps, loss, weight, bias) -> SessionHistory:
        """Copies as the right dtypes; ``weight`` may be (m,) for one feature."""
        s = np.array(steps, dtype=np.int64).reshape(-1)
        w = np.array(weight, dtype=np.float64)
        if w.ndim == 1:
            w = w.reshape(-1, 1)
        return cls(
            s,
            np.array(loss, dtype=np.float64).reshape(-1),
            w,
            np.array(bias, dtype=np.float64).reshape(-1),
        )

    def __len__(self) -> int:
        return int(self.steps.shape[0])

    def take(self, indices: np.ndarray) -> SessionHistory:
        return SessionHistory(
            self.steps[indices], self.loss[indices], self.weight[indices], self.bias[indices]
        )

    def thinned(self, limit: int = MAX_HISTORY_RECORDS) -> SessionHistory:
        """At most ``limit`` records, spread evenly, always the first and the last."""
        if len(self) <= limit:
            return self
        return self.take(thin_indices(len(self), limit))

    def to_chunk(self) -> HistoryChunk:
        """As a HistoryChunk for the Trainer (gradients were not saved: NaN)."""
        m, k = self.weight.shape
        return HistoryChunk(
            self.steps.copy(),
            self.loss.copy(),
            self.weight.copy(),
            self.bias.copy(),
            np.full((m, k), np.nan),
            np.full(m, np.nan),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SessionHistory):
            return NotImplemented
        return (
            np.array_equal(self.steps, other.steps)
            and _same_floats(self.loss, other.loss)
            and _same_floats(self.weight, other.weight)
            and _same_floats(self.bias, other.bias)
        )

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True, eq=False)
class SessionRun:
    """A finished run kept for comparison: its settings, how it ended (with the verdict
    sentence) and its loss curve and parameter path since the last reset."""

    label: str  # e.g. "SGD lr 0.001, 100 steps"
    config: TrainConfig
    status: str  # converged | stopped | diverged
    reason: str
    start_step: int
    end_step: int
    loss: float | None  # the final loss (None: not finite)
    message: str  # the verdict, a sentence a student can act on
    history: SessionHistory = field(repr=False)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SessionRun):
            return NotImplemented
        return (
            (self.label, self.config, self.status, self.reason, self.start_step,
             self.end_step, self.message)
            == (other.label, other.config, other.status, other.reason, other.start_step,
                other.end_step, other.message)
            and _same_optional(self.loss, other.loss)
            and self.history == other.history
        )

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True, eq=False)
class SessionData:
    """Everything a session file holds.

    ``values`` is the table, (rows, columns) float64 with NaN where a cell is empty or holds
    text; ``invalid`` maps (row, column) to that text. The last column is the target. The model
    state (``weight`` with one entry per feature column, ``bias``, ``step``) is None when
    there is none to keep (nothing trained yet, or the table had no usable rows).
    ``document_path`` is only set in recovery files: the file the session was saved as.
    """

    names: tuple[str, ...]
    values: np.ndarray = field(repr=False)
    invalid: Mapping[tuple[int, int], str] = field(default_factory=dict, repr=False)
    config: TrainConfig = field(default_factory=TrainConfig)
    steps_per_run: int = 100
    step: int = 0
    weight: tuple[float, ...] | None = None
    bias: float | None = None
    history: SessionHistory | None = field(default=None, repr=False)
    created: str | None = None  # ISO 8601, when the session was first saved
    saved: str | None = None  # ISO 8601, when this file was written
    app_version: str = __version__
    document_path: str | None = None
    runs: tuple[SessionRun, ...] = ()  # finished runs kept for comparison (version 2)
    lock: TeacherLock | None = None  # teacher mode's lock in force (version 2)
    pace: float = DEFAULT_PACE  # training speed, steps/s (0: full speed); settings.pace
    hands_on: HandsOn | None = None  # my line and the fit plot's toggles (core.hands_on)

    @property
    def n_features(self) -> int:
        return len(self.names) - 1

    @property
    def has_model(self) -> bool:
        return self.weight is not None

    def replace(self, **changes: Any) -> SessionData:
        return dataclasses.replace(self, **changes)

    def __eq__(self, other: object) -> bool:
        """Same content; ``saved`` (the time of writing) is not compared."""
        if not isinstance(other, SessionData):
            return NotImplemented
        mine = self.history if self.history is not None and len(self.history) else None
        theirs = other.history if other.history is not None and len(other.history) else None
        return (
            tuple(self.names) == tuple(other.names)
            and self.values.shape == other.values.shape
            and _same_floats(self.values, other.values)
            and dict(self.invalid) == dict(other.invalid)
            and self.config == other.config
            and self.steps_per_run == other.steps_per_run
            and self.step == other.step
            and _same_optional(self.weight, other.weight)
            and _same_optional(self.bias, other.bias)
            and (mine is None) == (theirs is None)
            and (mine is None or mine == theirs)
            and self.created == other.created
            and self.app_version == other.app_version
            and self.document_path == other.document_path
            and tuple(self.runs) == tuple(other.runs)
            and self.lock == other.lock
            and self.pace == other.pace
            and self.hands_on == other.hands_on
        )

    __hash__ = None  # type: ignore[assignment]


def _same_floats(a: np.ndarray, b: np.ndarray) -> bool:
    """Equal shapes and values, NaN equal to NaN, and 0.0 told apart from -0.0."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        return False
    nan_a, nan_b = np.isnan(a), np.isnan(b)
    if not np.array_equal(nan_a, nan_b):
        return False
    keep = ~nan_a
    return bool(
        np.array_equal(a[keep], b[keep])
        and np.array_equal(np.signbit(a[keep]), np.signbit(b[keep]))
    )


def _same_optional(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return _same_floats(np.asarray(a), np.asarray(b))


def thin_indices(m: int, limit: int) -> np.ndarray:
    """Indices of at most ``limit`` (>= 2) of ``m`` records, evenly spread, 0 and m-1 included."""
    if m <= limit:
        return np.arange(m)
    if limit < 2:
        raise ValueError("limit must be at least 2")
    idx = np.round(np.linspace(0, m - 1, limit)).astype(np.int64)
    return np.unique(idx)


class HistoryLog:
    """The training history as it arrives, kept to at most ``limit`` records spread evenly over
    the steps, with the JSON of the kept records built as they come (for autosave).

    Steps are cut into buckets of ``stride`` steps and the first record of each bucket is kept;
    when more than ``limit - 1`` buckets are filled the stride doubles (buckets pair up, so the
    kept records stay a subset). The first record is always kept and the latest one is added to
    every snapshot, so a saved history always ends at the latest record.
    """

    def __init__(self, n_features: int = 1, limit: int = MAX_HISTORY_RECORDS) -> None:
        if limit < 4:
            raise ValueError("limit must be at least 4")
        self.limit = limit
        self.clear(n_features)

    def clear(self, n_features: int | None = None) -> None:
        if n_features is not None:
            self.n_features = int(n_features)
        k = self.n_features
        self.stride = 1
        self._steps = np.empty(0, np.int64)
        self._loss = np.empty(0)
        self._weight = np.empty((0, k))
        self._bias = np.empty(0)
        self._tail: tuple | None = None  # the latest record, when it is not among the kept
        self._text: list[list[str]] = [[], [], [], []]  # JSON of kept records, per column
        self._origin = 0  # buckets count from the first step

    def __len__(self) -> int:
        return int(self._steps.shape[0]) + (self._tail is not None)

    @property
    def last_step(self) -> int | None:
        if self._tail is not None:
            return int(self._tail[0])
        return int(self._steps[-1]) if self._steps.shape[0] else None

    def extend(self, steps, loss, weight, bias) -> None:
        """Append records (steps increasing); records at or after the first new step that are
        already here are replaced (a run rolled back, then went on)."""
        s = np.asarray(steps, dtype=np.int64).reshape(-1)
        m = s.shape[0]
        if m == 0:
            return
        # Infinite values are drawn as gaps and saved as null: NaN here.
        lo = np.array(loss, dtype=np.float64).reshape(m)
        w = np.array(weight, dtype=np.float64).reshape(m, -1)
        b = np.array(bias, dtype=np.float64).reshape(m)
        for a in (lo, w, b):
            a[np.isinf(a)] = np.nan
        if w.shape[1] != self.n_features:
            self.clear(w.shape[1])
        order_ok = m == 1 or bool((np.diff(s) > 0).all())
        if not order_ok:
            keep = np.r_[True, np.diff(s) > 0]  # drop what does not go forward
            s, lo, w, b = s[keep], lo[keep], w[keep], b[keep]
            m = s.shape[0]
        last = self.last_step
        if last is not None and s[0] <= last:
            self._truncate(int(s[0]))
        if not self._steps.shape[0] and self._tail is None:
            self._origin = int(s[0])
        self._tail = None
        bucket = (s - self._origin) // self.stride
        prev = (int(self._steps[-1]) - self._origin) // self.stride if self._steps.shape[0] else -1
        keep = np.r_[bucket[0] != prev, bucket[1:] != bucket[:-1]]
        if not keep[-1]:
            self._tail = (int(s[-1]), float(lo[-1]), w[-1].copy(), float(b[-1]))
        idx = np.flatnonzero(keep)
        self._steps = np.concatenate([self._steps, s[idx]])
        self._loss = np.concatenate([self._loss, lo[idx]])
        self._weight = np.concatenate([self._weight, w[idx]])
        self._bias = np.concatenate([self._bias, b[idx]])
        while self._steps.shape[0] > self.limit - 1:
            self._double()

    def _truncate(self, step: int) -> None:
        n = int(np.searchsorted(self._steps, step, side="left"))
        self._steps, self._loss = self._steps[:n], self._loss[:n]
        self._weight, self._bias = self._weight[:n], self._bias[:n]
        self._text = [col[:n] for col in self._text]
        self._tail = None

    def _double(self) -> None:
        self.stride *= 2
        bucket = (self._steps - self._origin) // self.stride
        keep = np.r_[True, bucket[1:] != bucket[:-1]]
        self._steps, self._loss = self._steps[keep], self._loss[keep]
        self._weight, self._bias = self._weight[keep], self._bias[keep]
        done = len(self._text[0])
        mask = keep[:done].tolist()
        self._text = [[t for t, k in zip(col, mask) if k] for col in self._text]

    def _encode_pending(self) -> None:
        done = len(self._text[0])
        n = self._steps.shape[0]
        if done == n:
            return
        self._text[0].extend(map(str, self._steps[done:].tolist()))
        self._text[1].extend(_number_texts(self._loss[done:]))
        self._text[3].extend(_number_texts(self._bias[done:]))
        w = self._weight[done:]
        cols = [_number_texts(w[:, j]) for j in range(w.shape[1])]
        self._text[2].extend("[" + ",".join(row) + "]" for row in zip(*cols))

    def coarse_snapshot(self, limit: int) -> SessionHistory:
        """The kept records and the latest one thinned to at most ``limit``, as copies, with
        no JSON made: cheap, for the recovery file while a run goes on (the JSON of every
        kept record is made when the run has ended, by snapshot())."""
        steps, loss, weight, bias = self._steps, self._loss, self._weight, self._bias
        if self._tail is not None:
            s, lo, w, b = self._tail
            steps, loss = np.r_[steps, s], np.r_[loss, lo]
            weight, bias = np.concatenate([weight, w.reshape(1, -1)]), np.r_[bias, b]
        h = SessionHistory(steps, loss, weight, bias).thinned(limit)
        return SessionHistory(h.steps.copy(), h.loss.copy(), h.weight.copy(), h.bias.copy())

    def snapshot(self) -> SessionHistory:
        """The kept records and the latest one, as copies, with their JSON."""
        self._encode_pending()
        steps, loss, weight, bias = self._steps, self._loss, self._weight, self._bias
        text = [list(col) for col in self._text] if self._tail is not None else self._text
        if self._tail is not None:
            s, lo, w, b = self._tail
            steps = np.r_[steps, s]
            loss = np.r_[loss, lo]
            weight = np.concatenate([weight, w.reshape(1, -1)])
            bias = np.r_[bias, b]
            wt = _number_texts(w)
            for col, piece in zip(text, (str(s), _number_texts(np.array([lo]))[0],
                                        "[" + ",".join(wt) + "]", _number_texts(np.array([b]))[0])):
                col.append(piece)
        encoded = (
            '{"steps":[' + ",".join(text[0]) + '],"loss":[' + ",".join(text[1])
            + '],"weight":[' + ",".join(text[2]) + '],"bias":[' + ",".join(text[3]) + "]}"
        )
        return SessionHistory(steps.copy(), loss.copy(), weight.copy(), bias.copy(), encoded)


def _number_texts(a: np.ndarray) -> list[str]:
    """JSON texts of numbers, as json.dumps writes them; null for NaN or infinite."""
    out = list(map(repr, np.asarray(a, dtype=np.float64).tolist()))
    bad = ~np.isfinite(a)
    if bad.any():
        for i in np.flatnonzero(bad).tolist():
            out[i] = "null"
    return out


def now_iso() -> str:
    """The current time, with its UTC offset, to the second."""
    return datetime.datetime.now().astimezone().replace(microsecond=0).isoformat()


# ---- writing ----------------------------------------------------------------------------------


def _float_list(a: np.ndarray) -> list:
    """Nested lists of floats with None where NaN (strict JSON has no NaN)."""
    out = a.tolist()
    nan = np.isnan(a)
    if nan.any():
        if a.ndim == 1:
            for i in np.flatnonzero(nan).tolist():
                out[i] = None
        else:
            for r, c in np.argwhere(nan).tolist():
                out[r][c] = None
    return out


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _within(v: int, lo: int, hi: int, where: str) -> None:
    """The reader's bound on a whole number (_int), checked before writing."""
    if not lo <= v <= hi:
        raise SessionError(f"{where}: should be between {lo} and {hi}, not {v}")


def _short(text: str, where: str) -> None:
    """The reader's bound on a text (_text), checked before writing."""
    if len(text) > MAX_TEXT:
        raise SessionError(f"{where}: is longer than {MAX_TEXT} characters")


def _checked_for_writing(data: SessionData) -> None:
    """Refuse to write what load_session would refuse to read: the same bounds, the same
    words (the lock's rounds are bounded by TeacherLock itself)."""
    if not 1 <= len(data.names) <= MAX_COLUMNS:
        raise SessionError(f"data.columns: should name 1 to {MAX_COLUMNS} columns, "
                           f"not {len(data.names)}")
    for i, name in enumerate(data.names):
        _short(name, f"data.columns[{i}]")
    for i, text in enumerate(data.invalid.values()):
        _short(text, f"data.invalid[{i}][2]")
    try:
        data.config.validate()
    except ConfigError as exc:
        raise SessionError(f"settings: {exc}") from None
    if data.config.batch_size is not None:
        _within(int(data.config.batch_size), 1, MAX_STEP, "settings.batch_size")
    _within(int(data.steps_per_run), 1, MAX_STEPS_PER_RUN, "settings.steps_per_run")
    _within(int(data.step), 0, MAX_STEP, "model.step")
    for i, run in enumerate(data.runs[-MAX_RUNS:]):
        _short(run.label, f"runs[{i}].label")
        _within(int(run.start_step), 0, MAX_STEP, f"runs[{i}].start_step")
        _within(int(run.end_step), int(run.start_step), MAX_STEP, f"runs[{i}].end_step")
    values = np.asarray(data.values, dtype=np.float64)
    if values.ndim != 2 or values.shape[1] != len(data.names):
        raise SessionError(
            f"the table's values of shape {values.shape} do not fit {len(data.names)} columns"
        )
    if np.isinf(values).any():
        r, c = (int(v) for v in np.argwhere(np.isinf(values))[0])
        raise SessionError(f"row {r + 1}, column {data.names[c]!r} is infinite")
    if data.weight is not None:
        if len(data.weight) != len(data.names) - 1:
            raise SessionError(
                f"the model has {len(data.weight)} weights but the table has "
                f"{len(data.names) - 1} feature columns"
            )
        if not all(math.isfinite(v) for v in (*data.weight, data.bias)):
            raise SessionError("the model's weight or bias is not finite")
    h = data.history
    if h is not None and len(h):
        if np.isinf(h.loss).any() or np.isinf(h.weight).any() or np.isinf(h.bias).any():
            raise SessionError("the history holds an infinite value")


def _finite_list(a: np.ndarray) -> list:
    """Like _float_list, with infinities written as null too (a diverged run's path)."""
    a = np.array(a, dtype=np.float64)
    a[~np.isfinite(a)] = np.nan
    return _float_list(a)


def _run_doc(run: SessionRun) -> dict:
    h = run.history.thinned(MAX_RUN_RECORDS)
    loss = run.loss if run.loss is not None and math.isfinite(run.loss) else None
    return {
        "label": str(run.label),
        "settings": dataclasses.asdict(run.config),
        "status": run.status,
        "reason": str(run.reason),
        "start_step": int(run.start_step),
        "end_step": int(run.end_step),
        "loss": loss,
        "message": str(run.message),
        "history": {
            "steps": h.steps.astype(np.int64).tolist(),
            "loss": _finite_list(h.loss),
            "weight": _finite_list(h.weight),
            "bias": _finite_list(h.bias),
        },
    }


def _lock_doc(lock: TeacherLock | None) -> dict | None:
    if lock is None:
        return None
    return {"free": list(lock.free), "salt": lock.salt, "hash": lock.password_hash,
            "iterations": int(lock.iterations)}


class _Encoder:
    """Encodes sessions; keeps the encoded table of the last call, since the table is usually
    unchanged between autosaves while training goes on (a large table is most of the work)."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._bits: np.ndarray | None = None
        self._text: str = ""
        # The JSON of each kept run, by identity (runs are immutable): a session keeps up to
        # MAX_RUNS runs of MAX_RUN_RECORDS records, too many to encode again on every autosave.
        self._run_texts: dict[int, tuple[SessionRun, str]] = {}

    def runs_section(self, runs) -> str:
        kept = runs[-MAX_RUNS:]
        texts, cache = [], {}
        for run in kept:
            hit = self._run_texts.get(id(run))
            text = hit[1] if hit is not None and hit[0] is run else _dumps(_run_doc(run))
            cache[id(run)] = (run, text)
            texts.append(text)
        self._run_texts = cache
        return "[" + ",".join(texts) + "]"

    def data_section(self, data: SessionData) -> str:
        values = np.ascontiguousarray(data.values, dtype=np.float64)
        key = (tuple(data.names), values.shape, tuple(sorted(data.invalid.items())))
        bits = values.view(np.uint64)
        if key == self._key and self._bits is not None and np.array_equal(bits, self._bits):
            return self._text
        invalid = [[int(r), int(c), str(t)] for (r, c), t in sorted(data.invalid.items())]
        text = _dumps(
            {"columns": list(data.names), "invalid": invalid, "rows": _float_list(values)}
        )
        self._key, self._bits, self._text = key, bits.copy(), text
        return text

    def encode(self, data: SessionData, *, saved: str | None = None) -> bytes:
        _checked_for_writing(data)
        cfg = dataclasses.asdict(data.config)
        settings = {**cfg, "steps_per_run": int(data.steps_per_run), "pace": float(data.pace)}
        if data.weight is None:
            model = None
        else:
            model = {
                "step": int(data.step),
                "weight": [float(v) for v in data.weight],
                "bias": float(data.bias),
            }
        h = data.history
        history_text = None
        if h is None or not len(h) or data.weight is None:
            history = {"steps": [], "loss": [], "weight": [], "bias": []}
        elif h.encoded is not None and len(h) <= MAX_HISTORY_RECORDS:
            history, history_text = None, h.encoded
        else:
            h = h.thinned(MAX_HISTORY_RECORDS)
            history = {
                "steps": h.steps.astype(np.int64).tolist(),
                "loss": _float_list(np.asarray(h.loss, dtype=np.float64)),
                "weight": _float_list(np.asarray(h.weight, dtype=np.float64)),
                "bias": _float_list(np.asarray(h.bias, dtype=np.float64)),
            }
        header = {
            "format": FORMAT_NAME,
            "version": SCHEMA_VERSION,
            "app_version": str(data.app_version),
            "created": data.created,
            "saved": saved or data.saved or now_iso(),
        }
        parts = [_dumps(header)[:-1]]  # the header's fields, without its closing brace
        if data.document_path is not None:
            parts.append(',\n"document_path":' + _dumps(str(data.document_path)))
        parts.append(',\n"settings":' + _dumps(settings))
        parts.append(',\n"model":' + _dumps(model))
        parts.append(',\n"data":' + self.data_section(data))
        parts.append(',\n"history":' + (history_text or _dumps(history)))
        parts.append(',\n"runs":' + self.runs_section(data.runs))
        parts.append(',\n"lock":' + _dumps(_lock_doc(data.lock)))
        if data.hands_on is not None:  # an optional object: older versions ignore it
            parts.append(',\n"hands_on":' + _dumps(data.hands_on.to_doc()))
        parts.append("}\n")
        try:
            return "".join(parts).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise SessionError(f"a name or a cell holds text that cannot be saved: {exc}") from None


def encode_session(data: SessionData, *, saved: str | None = None) -> bytes:
    """The bytes of a session file for ``data`` (``saved`` defaults to now)."""
    try:
        return _Encoder().encode(data, saved=saved)
    except (TypeError, ValueError) as exc:
        if isinstance(exc, SessionError):
            raise
        raise SessionError(QT_TRANSLATE_NOOP("SessionError", "cannot be saved: {error}"),
                           fields={"error": exc}) from None


class SessionEncoder(_Encoder):
    """A reusable encoder for repeated saves of the same session (autosave): the table's text
    is kept while the table is unchanged. Not thread-safe: one per thread."""

    def __call__(self, data: SessionData, *, saved: str | None = None) -> bytes:
        try:
            return self.encode(data, saved=saved)
        except (TypeError, ValueError) as exc:
            if isinstance(exc, SessionError):
                raise
            raise SessionError(QT_TRANSLATE_NOOP("SessionError", "cannot be saved: {error}"),
                               fields={"error": exc}) from None


def save_session(path: str | os.PathLike, data: SessionData) -> None:
    """Write ``data`` to ``path`` atomically; SessionError (naming the file) if it cannot be."""
    target = os.fspath(path)
    try:
        payload = encode_session(data)
    except SessionError as exc:
        raise SessionError(exc.problem, file=target) from None
    try:
        write_atomic(target, payload)
    except OSError as exc:
        raise SessionError(QT_TRANSLATE_NOOP("SessionError", "cannot be written: {error}"),
                           file=target, fields={"error": exc.strerror or exc}) from None


# ---- reading ----------------------------------------------------------------------------------


class _Bad(Exception):
    """A problem found while checking a document; ``where`` is a JSON path like data.rows[3]."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)


def _reject_constant(name: str):
    raise _Bad("", f"holds {name}, which is not a JSON number (write null for an empty cell)")


def _type_name(v: object) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true/false"
    if isinstance(v, (int, float)):
        return "a number"
    if isinstance(v, str):
        return "text"
    if isinstance(v, list):
        return "a list"
    if isinstance(v, dict):
        return "an object"
    return type(v).__name__


def _get(obj: Mapping, key: str, where: str) -> Any:
    if key not in obj:
        raise _Bad(where, f"the field {key!r} is missing")
    return obj[key]


def _obj(v: Any, where: str) -> dict:
    if not isinstance(v, dict):
        raise _Bad(where, f"should be an object, not {_type_name(v)}")
    return v


def _list(v: Any, where: str, length: int | None = None) -> list:
    if not isinstance(v, list):
        raise _Bad(where, f"should be a list, not {_type_name(v)}")
    if length is not None and len(v) != length:
        raise _Bad(where, f"should have {length} entries, not {len(v)}")
    return v


def _int(v: Any, where: str, lo: int, hi: int) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise _Bad(where, f"should be a whole number, not {_type_name(v)}")
    if not lo <= v <= hi:
        raise _Bad(where, f"should be between {lo} and {hi}, not {v}")
    return v


def _finite(v: Any, where: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise _Bad(where, f"should be a number, not {_type_name(v)}")
    try:
        f = float(v)
    except OverflowError:
        raise _Bad(where, "is too large") from None
    if not math.isfinite(f):
        raise _Bad(where, "is too large to be a finite number")
    return f


def _text(v: Any, where: str, *, allow_empty: bool = False) -> str:
    if not isinstance(v, str):
        raise _Bad(where, f"should be text, not {_type_name(v)}")
    if not allow_empty and not v.strip():
        raise _Bad(where, "is empty")
    if len(v) > MAX_TEXT:
        raise _Bad(where, f"is longer than {MAX_TEXT} characters")
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:
        raise _Bad(where, "holds a character that is not valid Unicode") from None
    return v


def _optional_text(v: Any, where: str) -> str | None:
    return None if v is None else _text(v, where, allow_empty=True)


def _float_array(rows: Any, where: str, width: int | None) -> np.ndarray:
    """A list (width None) or list of rows of numbers or null, as float64 with NaN for null.

    The common case is checked in bulk; only a failure looks for the cell to name.
    """
    rows = _list(rows, where)
    if width is None:
        kinds = set(map(type, rows))
        ok = kinds <= {int, float, type(None)}
        shape_ok = True
    else:
        shape_ok = all(type(r) is list and len(r) == width for r in rows)
        kinds = {type(v) for r in rows for v in r} if shape_ok else set()
        ok = shape_ok and kinds <= {int, float, type(None)}
    if ok:
        try:
            a = np.array(rows, dtype=np.float64)
        except OverflowError:
            ok = False
        else:
            if width is not None:
                a = a.reshape(len(rows), width)
            if not np.isinf(a).any():
                return a
            ok = False
    # Slow path: find the first bad entry and say what it is.
    if width is None:
        for i, v in enumerate(rows):
            if v is not None:
                _finite(v, f"{where}[{i}]")
    else:
        for i, r in enumerate(rows):
            _list(r, f"{where}[{i}]", width)
            for j, v in enumerate(r):
                if v is not None:
                    _finite(v, f"{where}[{i}][{j}]")
    raise _Bad(where, "holds a value that is not a number")  # not reached in practice


def _parse_config(settings: dict, where: str) -> tuple[TrainConfig, int]:
    kw: dict[str, Any] = {}
    defaults = TrainConfig()
    for name in _CONFIG_FIELDS:
        v = _get(settings, name, where)
        here = f"{where}.{name}"
        default = getattr(defaults, name)
        if name == "batch_size":
            kw[name] = None if v is None else _int(v, here, 1, MAX_STEP)
        elif isinstance(default, bool):
            if not isinstance(v, bool):
                raise _Bad(here, f"should be true or false, not {_type_name(v)}")
            kw[name] = v
        elif isinstance(default, int):
            kw[name] = _int(v, here, 0, 2**63 - 1)
        elif isinstance(default, float):
            kw[name] = _finite(v, here)
        else:
            kw[name] = _text(v, here)
    steps = _int(_get(settings, "steps_per_run", where), f"{where}.steps_per_run", 1,
                 MAX_STEPS_PER_RUN)
    try:
        config = TrainConfig(**kw).validate()
    except ConfigError as exc:
        raise _Bad(where, str(exc)) from None
    return config, steps


def _parse_v1(doc: dict) -> SessionData:
    """A version-1 document (after migration) as SessionData; raises _Bad."""
    app_version = _text(_get(doc, "app_version", ""), "app_version", allow_empty=True)
    created = _optional_text(_get(doc, "created", ""), "created")
    saved = _optional_text(_get(doc, "saved", ""), "saved")
    document_path = _optional_text(doc.get("document_path"), "document_path")

    data = _obj(_get(doc, "data", ""), "data")
    columns = _list(_get(data, "columns", "data"), "data.columns")
    if not 1 <= len(columns) <= MAX_COLUMNS:
        raise _Bad("data.columns", f"should name 1 to {MAX_COLUMNS} columns, not {len(columns)}")
    names: list[str] = []
    for i, name in enumerate(columns):
        here = f"data.columns[{i}]"
        name = _text(name, here)
        if name != name.strip():
            raise _Bad(here, f"{name!r} starts or ends with spaces")
        if name in names:
            raise _Bad(here, f"two columns are named {name!r}")
        names.append(name)
    c = len(names)
    values = _float_array(_get(data, "rows", "data"), "data.rows", c)
    n = values.shape[0]
    invalid: dict[tuple[int, int], str] = {}
    for i, entry in enumerate(_list(_get(data, "invalid", "data"), "data.invalid")):
        here = f"data.invalid[{i}]"
        row, col, text = _list(entry, here, 3)
        if n == 0:
            raise _Bad(here, "names a cell, but the table has no rows")
        row = _int(row, f"{here}[0]", 0, n - 1)
        col = _int(col, f"{here}[1]", 0, c - 1)
        text = _text(text, f"{here}[2]")
        if text != text.strip():
            raise _Bad(f"{here}[2]", f"{text!r} starts or ends with spaces")
        if _is_finite_number(text):
            raise _Bad(f"{here}[2]", f"{text!r} is a number, not the text of a bad cell")
        if (row, col) in invalid:
            raise _Bad(here, f"row {row}, column {col} is listed twice")
        if not math.isnan(values[row, col]):
            raise _Bad(here, f"row {row}, column {col} holds both a number and text")
        invalid[(row, col)] = text

    settings = _obj(_get(doc, "settings", ""), "settings")
    config, steps_per_run = _parse_config(settings, "settings")
    pace = DEFAULT_PACE  # sessions saved before the speed control had none
    if "pace" in settings:
        try:
            pace = checked_pace(_finite(settings["pace"], "settings.pace"))
        except ValueError as exc:
            raise _Bad("settings.pace", str(exc)) from None

    model = _get(doc, "model", "")
    k = c - 1
    step, weight, bias = 0, None, None
    if model is not None:
        model = _obj(model, "model")
        if k < 1:
            raise _Bad("model", "a model needs at least one feature column in the table")
        step = _int(_get(model, "step", "model"), "model.step", 0, MAX_STEP)
        w = _list(_get(model, "weight", "model"), "model.weight", k)
        weight = tuple(_finite(v, f"model.weight[{i}]") for i, v in enumerate(w))
        bias = _finite(_get(model, "bias", "model"), "model.bias")

    h = _obj(_get(doc, "history", ""), "history")
    raw_steps = _list(_get(h, "steps", "history"), "history.steps")
    m = len(raw_steps)
    if m > MAX_HISTORY_RECORDS:
        raise _Bad("history.steps", f"has {m} records; at most {MAX_HISTORY_RECORDS} are kept")
    if m and model is None:
        raise _Bad("history", "there is a history but no model")
    steps = np.array([_int(v, f"history.steps[{i}]", 0, MAX_STEP)
                      for i, v in enumerate(raw_steps)], dtype=np.int64)
    if m > 1 and not (np.diff(steps) > 0).all():
        i = int(np.flatnonzero(np.diff(steps) <= 0)[0]) + 1
        raise _Bad(f"history.steps[{i}]", "the steps must increase")
    if m and steps[-1] > step:
        raise _Bad("history.steps", f"goes past the model's step {step}")
    loss = _float_array(_list(_get(h, "loss", "history"), "history.loss", m), "history.loss",
                        None)
    hweight = _list(_get(h, "weight", "history"), "history.weight", m)
    hbias = _float_array(_list(_get(h, "bias", "history"), "history.bias", m), "history.bias",
                         None)
    history = None
    if m:  # there is a model, so k >= 1
        history = SessionHistory(steps, loss, _float_array(hweight, "history.weight", k), hbias)
    return SessionData(
        names=tuple(names),
        values=values,
        invalid=invalid,
        config=config,
        steps_per_run=steps_per_run,
        step=step,
        weight=weight,
        bias=bias,
        history=history,
        created=created,
        saved=saved,
        app_version=app_version,
        document_path=document_path,
        pace=pace,
    )


def _parse_history(h: dict, where: str, max_step: int, k: int | None) -> tuple[np.ndarray, ...]:
    """(steps, loss, weight (m, k), bias) of a history object; ``k`` None: any width >= 1."""
    raw_steps = _list(_get(h, "steps", where), f"{where}.steps")
    m = len(raw_steps)
    steps = np.array([_int(v, f"{where}.steps[{i}]", 0, max_step)
                      for i, v in enumerate(raw_steps)], dtype=np.int64)
    if m > 1 and not (np.diff(steps) > 0).all():
        i = int(np.flatnonzero(np.diff(steps) <= 0)[0]) + 1
        raise _Bad(f"{where}.steps[{i}]", "the steps must increase")
    loss = _float_array(_list(_get(h, "loss", where), f"{where}.loss", m), f"{where}.loss", None)
    hweight = _list(_get(h, "weight", where), f"{where}.weight", m)
    if k is None:
        first = _list(hweight[0], f"{where}.weight[0]") if m else [0.0]
        k = len(first)
        if not 1 <= k <= MAX_COLUMNS:
            raise _Bad(f"{where}.weight[0]", f"should hold 1 to {MAX_COLUMNS} weights")
    weight = _float_array(hweight, f"{where}.weight", k) if m else np.empty((0, k))
    bias = _float_array(_list(_get(h, "bias", where), f"{where}.bias", m), f"{where}.bias", None)
    return steps, loss, weight, bias


def _parse_runs(raw: Any) -> tuple[SessionRun, ...]:
    runs = []
    entries = _list(raw, "runs")
    if len(entries) > MAX_RUNS:
        raise _Bad("runs", f"holds {len(entries)} runs; at most {MAX_RUNS} are kept")
    for i, entry in enumerate(entries):
        where = f"runs[{i}]"
        entry = _obj(entry, where)
        config, _steps = _parse_config(
            {**_obj(_get(entry, "settings", where), f"{where}.settings"), "steps_per_run": 1},
            f"{where}.settings",
        )
        status = _text(_get(entry, "status", where), f"{where}.status")
        if status not in RUN_STATUSES:
            raise _Bad(f"{where}.status", f"should be one of {', '.join(RUN_STATUSES)}")
        start = _int(_get(entry, "start_step", where), f"{where}.start_step", 0, MAX_STEP)
        end = _int(_get(entry, "end_step", where), f"{where}.end_step", start, MAX_STEP)
        loss = _get(entry, "loss", where)
        loss = None if loss is None else _finite(loss, f"{where}.loss")
        h = _obj(_get(entry, "history", where), f"{where}.history")
        steps, hloss, weight, bias = _parse_history(h, f"{where}.history", MAX_STEP, None)
        if len(steps) > MAX_RUN_RECORDS:
            raise _Bad(f"{where}.history.steps",
                       f"has {len(steps)} records; at most {MAX_RUN_RECORDS} are kept")
        runs.append(SessionRun(
            label=_text(_get(entry, "label", where), f"{where}.label"),
            config=config,
            status=status,
            reason=_text(_get(entry, "reason", where), f"{where}.reason"),
            start_step=start,
            end_step=end,
            loss=loss,
            message=_text(_get(entry, "message", where), f"{where}.message", allow_empty=True),
            history=SessionHistory(steps, hloss, weight, bias),
        ))
    return tuple(runs)


def _parse_lock(raw: Any) -> TeacherLock | None:
    if raw is None:
        return None
    raw = _obj(raw, "lock")
    free = _list(_get(raw, "free", "lock"), "lock.free")
    for i, key in enumerate(free):
        if key not in LOCKABLE:
            raise _Bad(f"lock.free[{i}]", f"should be one of {', '.join(LOCKABLE)}")
    salt = _optional_text(_get(raw, "salt", "lock"), "lock.salt")
    digest = _optional_text(_get(raw, "hash", "lock"), "lock.hash")
    for name, v in (("salt", salt), ("hash", digest)):
        if v is not None and not (v and all(c in "0123456789abcdef" for c in v)):
            raise _Bad(f"lock.{name}", "should be lowercase hexadecimal digits")
    if (salt is None) != (digest is None):
        raise _Bad("lock", "a password needs both its salt and its hash")
    iterations = _int(_get(raw, "iterations", "lock"), "lock.iterations", 1, MAX_ITERATIONS)
    return TeacherLock(tuple(dict.fromkeys(free)), salt, digest, iterations)


def _parse_v2(doc: dict) -> SessionData:
    """A version-2 document (after migration) as SessionData; raises _Bad."""
    data = _parse_v1(doc)
    try:
        hands_on = parse_hands_on(doc.get("hands_on"), len(data.names) - 1)
    except HandsOnError as exc:
        raise _Bad(exc.where, exc.problem) from None
    return data.replace(runs=_parse_runs(_get(doc, "runs", "")),
                        lock=_parse_lock(_get(doc, "lock", "")), hands_on=hands_on)


def _is_finite_number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


# ---- migrations -------------------------------------------------------------------------------
#
# MIGRATIONS[v] turns a version-v document into a version-(v+1) one. A document is migrated
# step by step up to SCHEMA_VERSION and only then checked, so each migration may assume the
# shape of its own version only and may raise _Bad, KeyError, TypeError or ValueError.
#
# Version 0 is the form of the first classroom prototype: one flat object, the table's cells
# as numbers or the raw text the student typed, and the history as rows
# [step, loss, w1, ..., wk, b]:
#
#   {"version": 0, "names": ["hours", "score"], "table": [[1, 20], [2, "4O"]],
#    "lr": 0.001, "optimizer": "sgd", "seed": 0, "steps": 100,
#    "step": 3, "weight": [1.5], "bias": 0.9, "history": [[0, 1715.8, 0.49, 0.77], ...]}
#
# Settings it did not have take their defaults.


def _v0_to_v1(doc: dict) -> dict:
    names = _list(_get(doc, "names", ""), "names")
    table = _list(_get(doc, "table", ""), "table")
    rows: list[list] = []
    invalid: list[list] = []
    for r, row in enumerate(table):
        cells = _list(row, f"table[{r}]", len(names))
        out = []
        for col, cell in enumerate(cells):
            if isinstance(cell, str):
                text = cell.strip()
                if _is_finite_number(text):
                    out.append(float(text))
                    continue
                if text:
                    invalid.append([r, col, text])
                out.append(None)
            else:
                out.append(cell)
        rows.append(out)
    defaults = dataclasses.asdict(TrainConfig())
    settings = {name: doc.get(name, default) for name, default in defaults.items()}
    settings["steps_per_run"] = doc.get("steps", 100)
    model = None
    if doc.get("weight") is not None:
        model = {"step": doc.get("step", 0), "weight": doc["weight"], "bias": doc.get("bias")}
    k = len(names) - 1
    history = {"steps": [], "loss": [], "weight": [], "bias": []}
    for i, rec in enumerate(_list(doc.get("history", []), "history")):
        rec = _list(rec, f"history[{i}]", k + 3)
        history["steps"].append(rec[0])
        history["loss"].append(rec[1])
        history["weight"].append(rec[2 : 2 + k])
        history["bias"].append(rec[2 + k])
    return {
        "format": FORMAT_NAME,
        "version": 1,
        "app_version": str(doc.get("app_version", "0")),
        "created": None,
        "saved": None,
        "settings": settings,
        "model": model,
        "data": {"columns": names, "invalid": invalid, "rows": rows},
        "history": history,
    }


def _v1_to_v2(doc: dict) -> dict:
    """Version 2 adds the runs kept for comparison and teacher mode's lock: none."""
    return dict(doc, version=2, runs=[], lock=None)


MIGRATIONS: dict[int, Callable[[dict], dict]] = {0: _v0_to_v1, 1: _v1_to_v2}


def migrate(doc: dict) -> dict:
    """Bring a parsed document of any known version up to SCHEMA_VERSION (raises _Bad)."""
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _Bad("version", f"should be a whole number, not {_type_name(version)}")
    if version > SCHEMA_VERSION:
        raise _Bad(
            "",
            f"was saved by a newer linreg-gui (file version {version}; this one reads "
            f"versions up to {SCHEMA_VERSION}). Open it with a newer linreg-gui.",
        )
    if version < min(MIGRATIONS, default=SCHEMA_VERSION):
        raise _Bad("version", f"{version} is not a version linreg-gui ever wrote")
    while version < SCHEMA_VERSION:
        try:
            doc = MIGRATIONS[version](doc)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise _Bad("", f"cannot convert this version-{version} file: {exc}") from None
        new = doc.get("version")
        if not isinstance(new, int) or new <= version:  # a migration must make progress
            raise AssertionError(f"migration from version {version} gave version {new}")
        version = new
    return doc


def decode_session(payload: bytes | str, *, file: str | os.PathLike | None = None) -> SessionData:
    """Parse and check the bytes of a session file; SessionError if anything is wrong."""
    try:
        try:
            text = payload.decode("utf-8") if isinstance(payload, (bytes, bytearray)) else payload
        except UnicodeDecodeError as exc:
            raise _Bad("", f"is not UTF-8 text (byte {exc.start})") from None
        if text.startswith("\ufeff"):
            text = text[1:]
        if not text.strip():
            raise _Bad("", "is empty")
        try:
            doc = json.loads(text, parse_constant=_reject_constant)
        except json.JSONDecodeError as exc:
            # A string that never closes runs to the end of the file, too.
            at_end = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
            why = "ends too early (cut off?)" if at_end else exc.msg
            raise _Bad("", f"is not valid JSON: {why} (line {exc.lineno}, "
                           f"column {exc.colno})") from None
        except RecursionError:
            raise _Bad("", QT_TRANSLATE_NOOP(
                "SessionError", "is not a session file: it is nested too deeply")) from None
        except ValueError as exc:  # e.g. an integer with too many digits
            raise _Bad("", f"is not valid JSON: {exc}") from None
        if not isinstance(doc, dict):
            raise _Bad("", QT_TRANSLATE_NOOP(
                "SessionError", "is not a linreg-gui session file (no object at the top)"))
        if "format" in doc:
            if doc["format"] != FORMAT_NAME:
                raise _Bad("", QT_TRANSLATE_NOOP(
                    "SessionError", "is not a linreg-gui session file"))
            if "version" not in doc:
                raise _Bad("", QT_TRANSLATE_NOOP("SessionError", "has no schema version"))
        elif not (doc.get("version") == 0 and "names" in doc and "table" in doc):
            # Version 0 (the prototype's flat form) is the only one without a format name.
            raise _Bad("", QT_TRANSLATE_NOOP("SessionError", "is not a linreg-gui session file"))
        return _parse_v2(migrate(doc))
    except _Bad as exc:
        raise SessionError(str(exc), file=file) from None
    except RecursionError:
        raise SessionError("is nested too deeply", file=file) from None


def load_session(path: str | os.PathLike) -> SessionData:
    """Read and check a session file; SessionError (naming the file and the problem) if it is
    missing, damaged, of a newer version, or holds anything out of shape or range."""
    source = os.fspath(path)
    try:
        with open(source, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise SessionError(
                    f"is {size / 2**20:.0f} MB; session files above "
                    f"{MAX_FILE_BYTES // 2**20} MB are not opened",
                    file=source,
                )
            payload = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise SessionError(QT_TRANSLATE_NOOP("SessionError", "file not found"),
                           file=source) from None
    except IsADirectoryError:
        raise SessionError(QT_TRANSLATE_NOOP("SessionError", "is a folder, not a file"),
                           file=source) from None
    except OSError as exc:
        raise SessionError(QT_TRANSLATE_NOOP("SessionError", "cannot be read: {error}"),
                           file=source, fields={"error": exc.strerror or exc}) from None
    return decode_session(payload, file=source)


# ---- into a Trainer ---------------------------------------------------------------------------


def apply_to_trainer(data: SessionData, trainer) -> None:
    """Continue ``trainer`` from the saved state: its settings, the parameters at the saved
    step, and the saved history. The trainer must have been built on the session's data (the
    table's rows with a number in every cell); it keeps its seeded start when the session has
    no model. Raises ValueError if the model does not fit the trainer's data.
    """
    if trainer.config != data.config:
        trainer.reconfigure(data.config)
    if data.weight is None:
        return
    k = trainer.dataset.n_features
    if len(data.weight) != k:
        raise ValueError(f"the saved model has {len(data.weight)} weights, the data {k} features")
    history = data.history
    chunk = history.to_chunk() if history is not None and len(history) else None
    if chunk is not None and chunk.weight.shape[1] != k:
        raise ValueError(f"the saved history has {chunk.weight.shape[1]} weights, not {k}")
    trainer.restore(data.step, data.weight, data.bias, chunk)


def session_from_table(
    names: Sequence[str],
    values: np.ndarray,
    invalid: Mapping[tuple[int, int], str],
    config: TrainConfig,
    steps_per_run: int,
    latest=None,
    history: SessionHistory | None = None,
    **extra: Any,
) -> SessionData:
    """SessionData from the window's pieces; ``latest`` is a StepRecord (or None). A model whose
    weights do not fit the table (the table changed and no model fits it yet) is left out."""
    names = tuple(names)
    k = len(names) - 1
    weight = bias = None
    step = 0
    if latest is not None and len(latest.weight) == k and k >= 1:
        weight = tuple(float(v) for v in latest.weight)
        bias = float(latest.bias)
        step = int(latest.step)
        if not all(math.isfinite(v) for v in (*weight, bias)):
            weight = bias = None
            step = 0
    if weight is None or history is None or history.weight.shape[1:] != (k,):
        history = None
    elif len(history) and history.steps[-1] > step:
        keep = np.flatnonzero(history.steps <= step)
        history = history.take(keep)
    if history is not None and len(history):
        finite = ~(np.isinf(history.loss) | np.isinf(history.bias)
                   | np.isinf(history.weight).any(axis=1))
        if not finite.all():
            history = history.take(np.flatnonzero(finite))
    return SessionData(
        names=names,
        values=np.array(values, dtype=np.float64),
        invalid=dict(invalid),
        config=config,
        steps_per_run=int(steps_per_run),
        step=step,
        weight=weight,
        bias=bias,
        history=history,
        **extra,
    )
