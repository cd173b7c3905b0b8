"""Worksheets: a teacher's title, data, locked controls and tasks the engine checks; the
result file a student saves; and the teacher's table of a folder of results.

A result file stores, for every task it claims, the evidence the student's window saw: the
settings and run lengths of a run (replayed here by the engine, from the seeded start), the
weight and bias chosen by hand, or the typed answer. :func:`verify` checks every claim again
on the teacher's side, so a tick written into the file without the run behind it is flagged.
No server, no network: files only. Nothing here knows about Qt.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from linreg_gui.core.atomic_file import check_target, write_atomic
from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import DataError, Dataset
from linreg_gui.core.i18n import translate
from linreg_gui.core.korean import fix_particles
from linreg_gui.core.optimum import least_squares, loss_value
from linreg_gui.core.teacher_lock import LOCKABLE

WORKSHEET_FORMAT = "linreg-gui worksheet"
RESULT_FORMAT = "linreg-gui worksheet result"
WORKSHEET_SUFFIX = ".linreg-worksheet"
RESULT_SUFFIX = ".linreg-result"
KINDS = ("loss_below", "diverge", "predict", "hand_start")
# Replays longer than this are not believed (a result file could ask for a billion steps).
MAX_REPLAY_STEPS = 100_000
DIVERGE_MARGIN = 100  # steps beyond the student's run a diverge check may take


class WorksheetError(ValueError):
    """A worksheet or result file that cannot be used: the message says what and where."""


def _g(v: float) -> str:
    return f"{v:g}"


@dataclass(frozen=True)
class Task:
    id: str
    kind: str  # one of KINDS
    params: dict = field(default_factory=dict)

    def describe(self, feature_names: tuple[str, ...] = (), target_name: str = "") -> str:
        """The task as a sentence for the student; with the data's column names, a
        prediction says what is predicted from what ("공부시간 = 5일 때 점수를 ...")."""
        p = self.params
        if self.kind == "loss_below":
            return translate("worksheet", "Reach a loss below {loss} within {steps} steps "
                             "(from the seeded start).").format(loss=_g(p["loss"]), steps=p["steps"])
        if self.kind == "diverge":
            return translate("worksheet", "Find a learning rate at which training diverges.")
        if self.kind == "predict":
            x = ", ".join(_g(v) for v in p["x"])
            if len(feature_names) != len(p["x"]) or not target_name:
                return translate("worksheet", "Predict the target for {x} within ±{tolerance}: "
                                 "type your answer.").format(x=x, tolerance=_g(p["tolerance"]))
            feature = feature_names[0] if len(feature_names) == 1 else \
                "(" + ", ".join(feature_names) + ")"
            if len(p["x"]) > 1:
                x = "(" + x + ")"
            return fix_particles(translate(
                "worksheet", "Predict the {target} for {feature} = {x} within ±{tolerance}: "
                "type your answer.").format(target=target_name, feature=feature, x=x,
                                       tolerance=_g(p["tolerance"])))
        return translate("worksheet", "Set W and b by hand (drag or type my line, or click "
                         "the loss landscape) to a loss below {loss}.").format(loss=_g(p["loss"]))


@dataclass(frozen=True)
class Worksheet:
    title: str
    dataset: Dataset
    free: tuple[str, ...]  # the controls students may use (teacher_lock.LOCKABLE keys)
    tasks: tuple[Task, ...]

    def to_json(self) -> dict:
        ds = self.dataset
        rows = [[*map(float, ds.X[i]), float(ds.y[i])] for i in range(ds.n_rows)]
        return {"format": WORKSHEET_FORMAT, "version": 1, "title": self.title,
                "columns": [*ds.feature_names, ds.target_name], "rows": rows,
                "free": list(self.free),
                "tasks": [{"id": t.id, "kind": t.kind, **t.params} for t in self.tasks]}

    def digest(self) -> str:
        """A fingerprint of the worksheet a result answers (sha256 of its JSON)."""
        text = json.dumps(self.to_json(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _number(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(
            float(value)):
        raise WorksheetError(f"{what} must be a finite number, got {value!r}")
    return float(value)


def _task_from_json(entry, i: int) -> Task:
    where = f"task {i + 1}"
    if not isinstance(entry, dict) or entry.get("kind") not in KINDS:
        raise WorksheetError(f"{where}: the kind must be one of {', '.join(KINDS)}")
    kind = entry["kind"]
    params: dict = {}
    if kind in ("loss_below", "hand_start"):
        params["loss"] = _number(entry.get("loss"), f"{where}: loss")
    if kind == "loss_below":
        steps = entry.get("steps")
        if isinstance(steps, bool) or not isinstance(steps, int) or steps < 1:
            raise WorksheetError(f"{where}: steps must be a whole number of at least 1")
        params["steps"] = steps
    if kind == "predict":
        x = entry.get("x")
        if not isinstance(x, list) or not x:
            raise WorksheetError(f"{where}: x must be a list of feature values")
        params["x"] = [_number(v, f"{where}: x") for v in x]
        params["tolerance"] = _number(entry.get("tolerance"), f"{where}: tolerance")
    return Task(str(entry.get("id") or f"t{i + 1}"), kind, params)


def worksheet_from_json(data) -> Worksheet:
    if not isinstance(data, dict) or data.get("format") != WORKSHEET_FORMAT:
        raise WorksheetError("this is not a linreg-gui worksheet")
    try:
        columns = [str(c) for c in data["columns"]]
        dataset = Dataset.from_rows(data["rows"], columns, source="worksheet")
    except (KeyError, TypeError) as exc:
        raise WorksheetError(f"the worksheet's data is incomplete: {exc}") from None
    except DataError as exc:
        raise WorksheetError(f"the worksheet's data: {exc.describe()}") from None
    free = tuple(k for k in data.get("free", LOCKABLE) if k in LOCKABLE)
    tasks = tuple(_task_from_json(e, i) for i, e in enumerate(data.get("tasks", [])))
    if len({t.id for t in tasks}) != len(tasks):
        raise WorksheetError("two tasks have the same id")
    for t in tasks:
        if t.kind == "predict" and len(t.params["x"]) != dataset.n_features:
            raise WorksheetError(f"task {t.id}: x needs {dataset.n_features} value(s)")
    return Worksheet(str(data.get("title", "")), dataset, free, tasks)


def _read_json(path: str | os.PathLike, what: str):
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise WorksheetError(f"{path}: the {what} cannot be read: "
                             f"{getattr(exc, 'strerror', None) or exc}") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise WorksheetError(f"{path}: the {what} is not valid JSON ({exc})") from None


def load_worksheet(path: str | os.PathLike) -> Worksheet:
    try:
        return worksheet_from_json(_read_json(path, "worksheet"))
    except WorksheetError as exc:
        message = str(exc)
        raise WorksheetError(message if message.startswith(str(path))
                             else f"{path}: {message}") from None


def _write_json(path: str | os.PathLike, data: dict) -> None:
    check_target(path)
    write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def save_worksheet(path: str | os.PathLike, ws: Worksheet) -> None:
    """Write the worksheet atomically. Raises OSError."""
    _write_json(path, ws.to_json())


# ---- the evidence and its checks --------------------------------------------------------------


def config_to_json(cfg: TrainConfig) -> dict:
    return dataclasses.asdict(cfg)


def config_from_json(data) -> TrainConfig:
    if not isinstance(data, dict):
        raise WorksheetError("the run's settings are missing")
    known = {f.name for f in dataclasses.fields(TrainConfig)}
    try:
        return TrainConfig(**{k: v for k, v in data.items() if k in known}).validate()
    except (TypeError, ValueError) as exc:
        raise WorksheetError(f"the run's settings are not usable: {exc}") from None


def run_evidence(config: TrainConfig, runs) -> dict:
    """What a result file keeps of a run: its settings and the length of each run since the
    seeded start."""
    return {"config": config_to_json(config), "runs": [int(r) for r in runs]}


def replay(dataset: Dataset, evidence: dict):
    """The engine's run again: (final StepRecord, the last RunResult)."""
    from linreg_gui.core.trainer import Trainer

    cfg = config_from_json(evidence.get("config"))
    runs = evidence.get("runs")
    if not isinstance(runs, list) or not all(isinstance(r, int) and r >= 0 for r in runs) \
            or sum(runs) > MAX_REPLAY_STEPS:
        raise WorksheetError("the run's lengths are not usable")
    trainer = Trainer(dataset, cfg)
    result = None
    for r in runs:
        result = trainer.run(r)
    return trainer.latest, result


def prediction_answer(dataset: Dataset, x) -> float:
    """The least-squares line's prediction at ``x``: what a predict task's answer is near."""
    opt = least_squares(dataset)
    return float(np.dot(opt.weight, np.asarray(x, dtype=np.float64)) + opt.bias)


def check(task: Task, dataset: Dataset, evidence) -> bool:
    """Does ``evidence`` meet ``task``, by the engine? False for evidence that is missing or
    not usable."""
    if not isinstance(evidence, dict):
        return False
    p = task.params
    try:
        if task.kind == "loss_below":
            record, _result = replay(dataset, evidence)
            return record.step <= p["steps"] and math.isfinite(record.loss) \
                and record.loss < p["loss"]
        if task.kind == "diverge":
            # The window may stop a blow-up at the last finite state, which replaying the
            # same number of steps does not reach again: replay in one run with room to
            # spare. Any run of these settings that diverges shows the learning rate does.
            runs = evidence.get("runs")
            total = sum(runs) if isinstance(runs, list) and all(
                isinstance(r, int) for r in runs) else 0
            _record, result = replay(dataset, {**evidence, "runs": [total + DIVERGE_MARGIN]})
            return result is not None and result.status == "diverged"
        if task.kind == "predict":
            answer = _number(evidence.get("answer"), "the answer")
            return abs(answer - prediction_answer(dataset, p["x"])) <= p["tolerance"]
        weight = [_number(v, "a weight") for v in evidence.get("weight", [])]
        bias = _number(evidence.get("bias"), "the bias")
        if len(weight) != dataset.n_features:
            return False
        return loss_value(dataset, weight, bias, "mse") < p["loss"]
    except (WorksheetError, KeyError, TypeError, ValueError):
        return False


# ---- result files -----------------------------------------------------------------------------


def make_result(ws: Worksheet, name: str, evidence: dict, final: dict | None = None) -> dict:
    """A student's result: ``evidence`` maps each task met to what met it."""
    ticks = {t.id: t.id in evidence for t in ws.tasks}
    return {"format": RESULT_FORMAT, "version": 1, "worksheet": ws.digest(),
            "title": ws.title, "name": name, "ticks": ticks,
            "evidence": {k: v for k, v in evidence.items() if ticks.get(k)},
            "final": final or {}}


def save_result(path: str | os.PathLike, result: dict) -> None:
    _write_json(path, result)


def load_result(path: str | os.PathLike) -> dict:
    data = _read_json(path, "result file")
    if not isinstance(data, dict) or data.get("format") != RESULT_FORMAT:
        raise WorksheetError(f"{path}: this is not a worksheet result file")
    return data


@dataclass(frozen=True)
class ResultRow:
    file: str
    name: str
    done: int  # ticks the engine confirmed
    total: int
    flagged: tuple[str, ...]  # task ids ticked in the file that the engine does not confirm
    final_loss: float | None
    problem: str = ""  # why the file could not be read, or is for another worksheet


def verify(ws: Worksheet, result: dict) -> tuple[int, tuple[str, ...]]:
    """(tasks confirmed, ids of ticks the engine does not confirm)."""
    ticks = result.get("ticks") if isinstance(result.get("ticks"), dict) else {}
    evidence = result.get("evidence") if isinstance(result.get("evidence"), dict) else {}
    done, flagged = 0, []
    for task in ws.tasks:
        if not ticks.get(task.id):
            continue
        if check(task, ws.dataset, evidence.get(task.id)):
            done += 1
        else:
            flagged.append(task.id)
    return done, tuple(flagged)


def results_table(ws: Worksheet, folder: str | os.PathLike) -> list[ResultRow]:
    """One row per result file in ``folder`` (sorted by file name)."""
    rows = []
    for path in sorted(Path(folder).glob("*" + RESULT_SUFFIX)):
        try:
            result = load_result(path)
        except WorksheetError as exc:
            rows.append(ResultRow(path.name, "", 0, len(ws.tasks), (), None, str(exc)))
            continue
        name = str(result.get("name", ""))
        if result.get("worksheet") != ws.digest():
            rows.append(ResultRow(path.name, name, 0, len(ws.tasks), (), None,
                                  "answers another worksheet"))
            continue
        done, flagged = verify(ws, result)
        final = result.get("final") if isinstance(result.get("final"), dict) else {}
        loss = final.get("loss")
        loss = float(loss) if isinstance(loss, (int, float)) and not isinstance(loss, bool) \
            else None
        rows.append(ResultRow(path.name, name, done, len(ws.tasks), flagged, loss))
    return rows


def table_csv(rows: list[ResultRow], headers: tuple[str, ...]) -> bytes:
    """The table as CSV in UTF-8 with BOM (Korean Excel opens it right); ``headers`` are
    (file, name, tasks done, flagged, final loss, problem) in the teacher's language."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for r in rows:
        writer.writerow([r.file, r.name, f"{r.done}/{r.total}", " ".join(r.flagged),
                         "" if r.final_loss is None else f"{r.final_loss:.4f}", r.problem])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
