"""The hand-outs of the headless ``linreg-gui train`` command: ``--export-notebook OUT.ipynb``
(with ``--lang ko|en``) and ``--report OUT.pdf``. cli.py adds the options and calls
:func:`check` before training and :func:`write` after it."""

from __future__ import annotations

import argparse

from linreg_gui.core.atomic_file import check_target
from linreg_gui.core.dataset import Dataset


class HandoutError(Exception):
    """A hand-out that cannot be written: one line for the user."""


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--export-notebook", metavar="OUT.ipynb",
                        help="also write the run as a Jupyter notebook laid out like the lesson "
                        "(it prints the same weight, bias and loss when run)")
    parser.add_argument("--report", metavar="OUT.pdf",
                        help="also write a one- or two-page A4 report of the run as PDF")
    parser.add_argument("--lang", choices=("ko", "en"), default="ko",
                        help="the language of the notebook's and the report's text "
                        "(default ko, like the lesson)")


def _outputs(args) -> list[tuple[str, str]]:
    out = []
    if getattr(args, "export_notebook", None) is not None:
        out.append(("--export-notebook", args.export_notebook))
    if getattr(args, "report", None) is not None:
        out.append(("--report", args.report))
    return out


def check(args) -> None:
    """Refuse, before any training, an output path that cannot be written."""
    for option, path in _outputs(args):
        try:
            check_target(path)
        except OSError as exc:
            raise HandoutError(f"{option}: cannot write {path!r}: {exc.strerror}") from None


def named_as_the_window(dataset: Dataset, lang: str) -> Dataset:
    """The lesson's data with its columns named as the window names them in ``lang``
    (공부시간, 점수: the translations of gui/column_names.py); a user's own file keeps the
    names it has, as it does in the window."""
    if dataset.source != "lesson" or lang == "en":
        return dataset
    from PySide6.QtCore import QTranslator

    from linreg_gui.gui.i18n import APP_CATALOG, i18n_dir

    catalog = QTranslator()
    if not catalog.load(f"{APP_CATALOG}_{lang}", str(i18n_dir())):
        return dataset

    def name(n: str) -> str:
        return catalog.translate("ColumnNames", n) or n

    features = tuple(map(name, dataset.feature_names))
    target = name(dataset.target_name)
    if len({*features, target}) != len(dataset.column_names):
        return dataset  # two names would become one: keep the English ones
    return Dataset(features, target, dataset.X, dataset.y, source=dataset.source)


def write(trainer, args) -> list[str]:
    """Write the hand-outs asked for; returns lines to print. Raises HandoutError."""
    lines = []
    outputs = _outputs(args)
    dataset = named_as_the_window(trainer.dataset, args.lang) if outputs else trainer.dataset
    for option, path in outputs:
        try:
            if option == "--export-notebook":
                from linreg_gui.core.notebook import make_notebook, write_notebook

                nb = make_notebook(dataset, trainer.config, trainer.step, lang=args.lang)
                write_notebook(path, nb)
                lines.append(f"notebook: {path} (run in Jupyter, it repeats this run)")
            else:
                from linreg_gui.report_headless import write_report

                write_report(trainer, path, lang=args.lang, dataset=dataset)
                lines.append(f"report: {path}")
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise HandoutError(f"{option}: cannot write {path}: {reason}") from None
    return lines
