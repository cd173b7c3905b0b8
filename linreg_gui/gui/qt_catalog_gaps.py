"""Qt's own strings that Qt's Korean catalog (qtbase_ko.qm) lacks in their current wording,
carried by our catalog instead (installed too, and searched after Qt's): "Look in:" and
"Files of type:" of the file dialog stayed English in a Korean window, their Qt 6 sources
having gained a mnemonic. Nothing calls this module: lupdate reads the marks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_FILE_DIALOG_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
