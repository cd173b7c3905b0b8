"""The built-in lesson and sample data name their columns in the window's language (공부시간,
점수 ...); a user's own file keeps the names it has. The engine's datasets carry the English
names; the names here are translated like every other string of the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject

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


class BuiltinNamesFollowLanguage(QObject):
    """A language switch renames the built-in data's columns too, while nothing depends on
    them yet: no edit to undo, no step trained, no run going on (a user's own names, or a
    table already worked on, stay as they are)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._names = _names()
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._relabel()
        return False

    def _relabel(self) -> None:
        old, new = self._names, _names()
        self._names = new
        w = self.window
        model = w.table_model
        latest = w.latest
        if old == new or model.undo_stack.count() or w.controller.busy \
                or (latest is not None and latest.step > 0):
            return
        back = {shown: key for key, shown in old.items()}
        names = model.column_names()
        if not names or not all(n in back for n in names):
            return
        renamed = [new[back[n]] for n in names]
        if renamed == names or len(set(renamed)) != len(renamed):
            return
        model.set_table(renamed, model.values(), model.invalid_cells())
        model.undo_stack.clear()  # a new language is not an edit

