"""The headless ``linreg-gui train`` command: the same Trainer as the window, for scripts,
for teachers checking answers, and for checking a bundle."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from linreg_gui.core.dataset import (
    LESSON_FEATURES,
    LESSON_ROWS,
    LESSON_TARGET,
    DataError,
    Dataset,
)
from linreg_gui.core.optimum import LOSSES, metrics
from linreg_gui.core.trainer import OPTIMIZERS, ConfigError, TrainConfig, Trainer
from linreg_gui import handouts_cli

EXIT_BAD_INPUT = 2
#: --json prints at most this many initial predictions unless --all-predictions is given.
MAX_PREDICTIONS = 1000
#: Stands for the history in the dict that is dumped; the history is then written in pieces.
_HISTORY_MARK = "\x00history\x00"
_HISTORY_BLOCK = 4096


class UsageError(Exception):
    """A bad command line; reported in one line with exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, no usage dump, never a traceback
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="linreg-gui train",
        description="Train a linear model by gradient descent exactly as the lesson does, "
        "and print the result.",
    )
    p.add_argument("--data", metavar="FILE", help="CSV file (default: the lesson's 3 points)")
    p.add_argument("--target", metavar="COL", help="target column (default: the last one)")
    p.add_argument("--features", metavar="A,B", help="feature columns (default: all others)")
    p.add_argument("--lr", type=float, default=0.001, help="learning rate (default 0.001)")
    p.add_argument("--steps", type=int, default=100, help="number of updates (default 100)")
    p.add_argument("--seed", type=int, default=0, help="torch.manual_seed (default 0)")
    p.add_argument("--optimizer", choices=OPTIMIZERS, default="sgd")
    p.add_argument("--momentum", type=float, default=0.9, help="for --optimizer momentum")
    p.add_argument("--loss", choices=LOSSES, default="mse")
    p.add_argument("--batch-size", type=int, default=None, metavar="N",
                   help="mini-batch size (default: the whole dataset)")
    p.add_argument("--normalize", action="store_true",
                   help="train on standardized columns (results still in the data's units)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--all-predictions", action="store_true",
                   help=f"in --json, every initial prediction (default: the first "
                   f"{MAX_PREDICTIONS}; 'rows' says how many rows there are)")
    p.add_argument("--export-script", metavar="OUT.py",
                   help="also write the run as a standalone PyTorch script (needs only torch) "
                   "that repeats it and prints the same weight, bias and loss")
    handouts_cli.add_options(p)
    return p


def _finite(value):
    """Strict JSON has no NaN or Infinity: those become null."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def load_dataset(args) -> Dataset:
    features = None
    if args.features:
        features = [f.strip() for f in args.features.split(",") if f.strip()]
    if args.data is not None:
        from linreg_gui.core import csv_io

        return csv_io.read_dataset(args.data, target=args.target, features=features)
    if args.target is None and features is None:
        return Dataset.lesson()
    return Dataset.from_rows(
        LESSON_ROWS, (*LESSON_FEATURES, LESSON_TARGET), target=args.target,
        features=features, source="lesson",
    )


def _num(x: float) -> str:
    """A float as JSON writes it (json uses repr), with null for what is not finite."""
    return repr(x) if math.isfinite(x) else "null"


def history_json(trainer: Trainer, history_start: int = 0):
    """The history's records as JSON text, in pieces of a few thousand records, without the
    surrounding brackets; the latest state ends it even when the history has thinned it out.
    A million steps never become a million dicts at once."""
    h, last = trainer.history, trainer.latest
    steps, weight, bias, loss = (a[history_start:] for a in (h.steps, h.weight, h.bias, h.loss))
    n = len(steps)
    for start in range(0, n, _HISTORY_BLOCK):
        stop = min(n, start + _HISTORY_BLOCK)
        records = ", ".join(
            f'{{"step": {s}, "weight": [{", ".join(map(_num, w))}], "bias": {_num(b)}, '
            f'"loss": {_num(lo)}}}'
            for s, w, b, lo in zip(steps[start:stop].tolist(), weight[start:stop].tolist(),
                                   bias[start:stop].tolist(), loss[start:stop].tolist(),
                                   strict=True)
        )
        yield records if start == 0 else ", " + records
    if n == 0 or int(steps[-1]) != last.step:
        record = json.dumps(_finite({"step": last.step, "weight": list(last.weight),
                                     "bias": last.bias, "loss": last.loss}), allow_nan=False)
        yield record if n == 0 else ", " + record


def result_dict(trainer: Trainer, history_start: int = 0, *, with_history: bool = True,
                max_predictions: int | None = None) -> dict:
    """Everything `train` reports. Without ``with_history``, "history" is a placeholder that
    write_json fills in pieces; ``max_predictions`` bounds the initial predictions."""
    ds = trainer.dataset
    first = trainer.history.record(0)
    last = trainer.latest
    m = metrics(ds, last.weight, last.bias)
    opt = trainer.optimum
    cfg = trainer.config
    if with_history:
        text = "[" + "".join(history_json(trainer, history_start)) + "]"
        history = json.loads(text)
    else:
        history = _HISTORY_MARK
    X = ds.X if max_predictions is None else ds.X[:max_predictions]
    result = trainer.last_result
    return {
        "features": list(ds.feature_names),
        "target": ds.target_name,
        "rows": ds.n_rows,
        "config": {
            "lr": cfg.lr, "optimizer": cfg.optimizer, "loss": cfg.loss, "seed": cfg.seed,
            "batch_size": cfg.batch_size, "normalize": cfg.normalize,
            **({"momentum": cfg.momentum} if cfg.optimizer == "momentum" else {}),
        },
        "initial": {
            "weight": list(first.weight), "bias": first.bias, "loss": first.loss,
            "grad_weight": list(first.grad_weight), "grad_bias": first.grad_bias,
            "predictions": [float(v) for v in X @ first.weight + first.bias],
        },
        "history": history,
        "final": {
            "step": last.step, "weight": list(last.weight), "bias": last.bias,
            "loss": last.loss, "grad_weight": list(last.grad_weight),
            "grad_bias": last.grad_bias, "mse": m.mse, "rmse": m.rmse, "mae": m.mae,
            "r2": m.r2,
        },
        "optimum": {
            "weight": list(opt.weight), "bias": opt.bias,
            "loss": opt.loss(ds, cfg.loss, cfg.huber_delta),
        },
        "status": result.status if result else "stopped",
        "reason": result.reason if result else "budget",
        "message": result.message if result else "",
    }


def write_json(trainer: Trainer, out, *, max_predictions: int | None = MAX_PREDICTIONS) -> None:
    """One strict JSON object on one line, the history streamed into it in pieces."""
    d = result_dict(trainer, with_history=False, max_predictions=max_predictions)
    text = json.dumps(_finite(d), ensure_ascii=False, allow_nan=False)
    before, after = text.split(json.dumps(_HISTORY_MARK), 1)
    out.write(before + "[")
    for piece in history_json(trainer):
        out.write(piece)
    out.write("]" + after + "\n")


def _f4(x) -> str:
    """Four decimals; an overflowed value reads "inf" or "nan", never a crash."""
    return "undefined" if x is None else f"{x:.4f}"


def summary_text(d: dict) -> str:
    """The text report of ``result_dict`` (taken before ``_finite``, so an overflowed loss
    prints as inf)."""

    def nums(v):
        return ", ".join(_f4(x) for x in v)

    f, o = d["final"], d["optimum"]
    names = ", ".join(d["features"])
    i = d["initial"]
    r2 = "undefined" if f["r2"] is None or math.isnan(f["r2"]) else _f4(f["r2"])
    return "\n".join([
        f"data: {d['rows']} rows; features {names} -> target {d['target']}",
        f"start (step 0): weight [{nums(i['weight'])}], "
        f"bias {_f4(i['bias'])}, loss {_f4(i['loss'])}",
        f"after {f['step']} updates: weight [{nums(f['weight'])}], bias {_f4(f['bias'])}, "
        f"loss {_f4(f['loss'])}",
        f"RMSE {_f4(f['rmse'])}, MAE {_f4(f['mae'])}, R^2 {r2}",
        f"least-squares optimum: weight [{nums(o['weight'])}], bias {_f4(o['bias'])}, "
        f"loss {_f4(o['loss'])}",
        f"{d['status']}: {d['message']}",
    ])


def check_script_path(path: str) -> None:
    """Refuse an --export-script path that cannot be written, before any training."""
    target = Path(path)
    if not path.strip():
        raise UsageError("--export-script needs a file name")
    if target.is_dir():
        raise UsageError(f"--export-script: {path} is a folder, not a file")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"--export-script: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise UsageError(f"--export-script: the folder {folder} cannot be written to")


def export_script(trainer: Trainer, path: str) -> None:
    from linreg_gui.core.codegen import make_script, write_script

    text = make_script(trainer.dataset, trainer.config, trainer.step)
    try:
        write_script(path, text)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UsageError(f"--export-script: cannot write {path}: {reason}") from None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.steps < 0:
            raise UsageError(f"--steps must be 0 or more, got {args.steps}")
        if args.export_script is not None:
            check_script_path(args.export_script)
        handouts_cli.check(args)
        config = TrainConfig(
            lr=args.lr, optimizer=args.optimizer, momentum=args.momentum, loss=args.loss,
            batch_size=args.batch_size, normalize=args.normalize, seed=args.seed,
        ).validate()
        dataset = load_dataset(args)
    except (UsageError, ConfigError, handouts_cli.HandoutError) as exc:
        print(f"linreg-gui train: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except DataError as exc:
        print(f"linreg-gui train: {exc.describe()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    trainer = Trainer(dataset, config)
    trainer.run(args.steps)
    if args.export_script is not None:
        try:
            export_script(trainer, args.export_script)
        except UsageError as exc:
            print(f"linreg-gui train: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
    try:
        handout_lines = handouts_cli.write(trainer, args)
    except handouts_cli.HandoutError as exc:
        print(f"linreg-gui train: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        if args.json:
            write_json(trainer, sys.stdout,
                       max_predictions=None if args.all_predictions else MAX_PREDICTIONS)
        else:
            print(summary_text(result_dict(trainer, with_history=False)))
            if args.export_script is not None:
                print(f"script: {args.export_script} (python {args.export_script} repeats "
                      "this run)")
            for line in handout_lines:
                print(line)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`... | head -1`): what it read is all it wanted. Python
        # flushes stdout again at exit; point it at nothing so that is quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
