"""The speed control: steps per second for training (1 to 1,000, or full speed), in the run
toolbar and as Train ▸ Speed. The choice is remembered (QSettings "training/pace"), saved in
sessions, and teacher mode can lock it. It only chooses; core.pace and the training worker
keep the pace."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QWidget

from linreg_gui.core.pace import DEFAULT_PACE, FULL_SPEED, PACES, checked_pace, is_full_speed

SETTINGS_KEY = "training/pace"


def remembered_pace() -> float:
    """The pace chosen last time (the default when none, or when the setting is bad)."""
    try:
        return checked_pace(QSettings().value(SETTINGS_KEY, DEFAULT_PACE))
    except ValueError:
        return DEFAULT_PACE


class SpeedControl(QWidget):
    pace_changed = Signal(float)  # steps per second, FULL_SPEED (0) for full speed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speed_control")
        self.label = QLabel()
        self.box = QComboBox()
        self.box.setObjectName("speed_box")
        self.label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.box)
        self.menu = QMenu(self)
        self.menu.menuAction().setObjectName("speed_menu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._actions: dict[float, QAction] = {}
        for pace in PACES:
            self.box.addItem("", pace)
            action = QAction(self._group)
            action.setCheckable(True)
            action.setData(pace)
            action.triggered.connect(lambda _=False, p=pace: self.set_pace(p))
            self.menu.addAction(action)
            self._actions[pace] = action
        self._pace = remembered_pace()
        self._show(self._pace)
        self.box.currentIndexChanged.connect(self._on_box)
        self.retranslate()

    @property
    def pace(self) -> float:
        return self._pace

    def set_pace(self, pace: float, *, remember: bool = True) -> None:
        """Choose ``pace`` (steps/s or FULL_SPEED); a bad value keeps the current one."""
        try:
            pace = checked_pace(pace)
        except ValueError:
            return
        if remember:
            QSettings().setValue(SETTINGS_KEY, pace)
        if pace == self._pace:
            return
        self._pace = pace
        self._show(pace)
        self.pace_changed.emit(pace)

    def setEnabled(self, on: bool) -> None:  # noqa: N802 (Qt name): the menu follows
        super().setEnabled(on)
        self.menu.menuAction().setEnabled(on)

    def _show(self, pace: float) -> None:
        i = self.box.findData(pace)
        if i < 0:  # a pace from a session that the list does not offer
            i = next((j for j in range(self.box.count())
                      if is_full_speed(self.box.itemData(j)) or self.box.itemData(j) > pace),
                     self.box.count())
            self.box.blockSignals(True)
            self.box.insertItem(i, self._text(pace), pace)
            self.box.blockSignals(False)
        self.box.blockSignals(True)
        self.box.setCurrentIndex(i)
        self.box.blockSignals(False)
        action = self._actions.get(pace)
        if action is not None:
            action.setChecked(True)
        elif self._group.checkedAction() is not None:
            self._group.checkedAction().setChecked(False)

    def _on_box(self, index: int) -> None:
        self.set_pace(self.box.itemData(index))

    def _text(self, pace: float, menu: bool = False) -> str:
        """The pace in words; in the menu with a mnemonic (its first digit)."""
        if is_full_speed(pace):
            return self.tr("&Full speed") if menu else self.tr("Full speed")
        number = ("&" if menu else "") + f"{pace:,g}"
        if pace == 1:
            return self.tr("{0} step/s").format(number)
        return self.tr("{0} steps/s").format(number)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Spee&d:"))
        tip = self.tr("Steps per second while training: slow enough to watch each update, "
                      "or full speed. Remembered, and saved in sessions.")
        self.box.setToolTip(tip)
        self.box.setStatusTip(tip)
        self.box.setAccessibleName(self.tr("Training speed"))
        for i in range(self.box.count()):
            self.box.setItemText(i, self._text(self.box.itemData(i)))
        self.menu.setTitle(self.tr("Spee&d"))
        self.menu.menuAction().setStatusTip(tip)
        for pace, action in self._actions.items():
            action.setText(self._text(pace, menu=True))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["FULL_SPEED", "SpeedControl", "remembered_pace"]
