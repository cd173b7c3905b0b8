"""The built-in lesson and sample data name their columns in the window's language (공부시간,
점수 ...); a user's own file keeps the names it has. The engine's datasets carry the English
names; the names here are translated like every other string of the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from linreg_gui.core.dataset import Dataset


def _names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "hours": translate("ColumnNames", "hours"),
        "score": translate("ColumnNames", "score"),
        "minutes": translate("ColumnNames", "minutes"),
        "previous_score": translate("ColumnNames", "previous_score"),
        "area_m2": translate("ColumnNames", "area_m2"),
        "price_million_won": translate("ColumnNames", "price_million_won"),
    }


def localized(dataset: Dataset) -> Dataset:
    """``dataset`` (built in: the lesson or a sample) with its columns named in the current
    language; names it does not know stay as they are."""
    names = _names()
    features = tuple(names.get(n, n) for n in dataset.feature_names)
    target = names.get(dataset.target_name, dataset.target_name)
    if len(set((*features, target))) != len(dataset.column_names):
        return dataset  # two names would become one: keep the file's
    return Dataset(features, target, dataset.X, dataset.y, source=dataset.source)

