"""The step inspector: a training step taken apart with the real numbers, each beside
the PyTorch line it comes from: every row's prediction X @ W + b, its residual and its share
of the loss; the loss; dL/dw and dL/db from autograd with the hand-derived formula beside them
(and a ✓ where they agree); the update w ← w − lr·grad with its values filled in.

After a Step it shows the update that Step just made (k − 1 → k: the gradients that made it,
the values before and after), with a toggle to preview the next one; otherwise the next one.
It shows core.inspector.StepInspection values computed by the training worker (torch runs
there, never on the GUI thread); it computes nothing itself.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from linreg_gui.core.i18n import shown

# Columns of the rows table (x columns beyond this many are summarised).
MAX_X_COLUMNS = 4
# Wider than this (pixels), the five lines are laid out in two columns.
TWO_COLUMNS_WIDTH = 980


def f4(v: float) -> str:
    """4 decimals as the lesson's tensors print; scientific when huge or tiny."""
    v = float(v)
    if not math.isfinite(v):
        return str(v)
    if v != 0 and (abs(v) >= 1e7 or abs(v) < 1e-4):
        return f"{v:.4e}"
    return f"{v:.4f}"


def korean_ui() -> bool:
    """The window speaks Korean (View ▸ Language; Settings "ui/language" == "ko")."""
    try:
        from linreg_gui.gui import i18n

        return i18n.current_language() == "ko"
    except ImportError:
        return QSettings().value("ui/language", "") == "ko"


def _e(text: object) -> str:
    return html.escape(str(text))


class InspectorView(QWidget):
    shown = Signal(int)  # the step whose inspection is now on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inspection = None  # the StepInspection of the next update (from self.step)
        self.step: int | None = None
        self.made = None  # the StepInspection of the update just made (step - 1 -> step)
        self._wide = False
        self.header = QLabel()
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.header.setFont(font)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.preview_box = QCheckBox()
        self.preview_box.setObjectName("inspector_preview")
        self.preview_box.setVisible(False)  # only when there is an update just made
        self.preview_box.toggled.connect(self._on_preview_toggled)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.preview_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
        self.retranslate()

    def retranslate(self) -> None:
        self.browser.setAccessibleName(self.tr("Step inspector"))
        self.preview_box.setText(self.tr("Preview the next step"))
        self.preview_box.setToolTip(self.tr(
            "Show the update the next Step (F10) will make instead of the one just made"))
        if self.inspection is None:
            self.header.setText(self.tr("Step inspector"))
            self.browser.setHtml(_e(self.tr(
                "The next training step, taken apart with its real numbers, appears here "
                "once the engine has loaded. Press Step (F10) to make it.")))
        else:
            self._render()

    def text(self) -> str:
        """What the inspector shows, as plain text (for tests and copying)."""
        return self.header.text() + "\n" + self.browser.toPlainText()

    def clear(self, message: str = "") -> None:
        self.inspection = None
        self.step = None
        self.made = None
        self.preview_box.setVisible(False)
        self.header.setText(self.tr("Step inspector"))
        self.browser.setPlainText(message)

    def show_inspection(self, step: int, inspection, made=None) -> None:
        """``inspection``: the update from ``step``; ``made``: the one that led to it (after
        a Step), shown first unless the student previews the next."""
        self.inspection = inspection
        self.step = int(step)
        self.made = made
        self.preview_box.setVisible(made is not None)
        scroll = self.browser.verticalScrollBar().value()
        self._render()
        self.browser.verticalScrollBar().setValue(scroll)
        self.shown.emit(self.shown_step())

    def showing_made(self) -> bool:
        """The update just made is on screen (not the next one)."""
        return self.made is not None and not self.preview_box.isChecked()

    def shown_step(self) -> int:
        """The step the update on screen starts from."""
        return self.step - 1 if self.showing_made() else self.step

    def _on_preview_toggled(self, _on: bool) -> None:
        if self.inspection is not None:
            self._render()
            self.shown.emit(self.shown_step())

    # ---- rendering ---------------------------------------------------------------------------

    def _render(self) -> None:
        s = self.shown_step()
        if self.showing_made():
            insp = self.made
            self.header.setText(self.tr(
                "Step {0} → {1}: the update just made, with the gradients that made it").format(
                    f"{s:,}", f"{s + 1:,}"))
        else:
            insp = self.inspection
            self.header.setText(self.tr(
                "Step {0} → {1}: what the next update computes (Step, F10, makes it)").format(
                    f"{s:,}", f"{s + 1:,}"))
        pal = self.palette()
        code_bg = pal.color(QPalette.ColorRole.AlternateBase).name()
        ok_colour = "#1a7f37" if pal.color(QPalette.ColorRole.Base).lightness() > 128 \
            else "#56d364"
        korean = korean_ui()
        self._css = (code_bg, ok_colour)
        lines = {c.stage: c for c in insp.code}
        first = (self._section(lines["predict"], korean, self._rows_table(insp))
                 + self._section(lines["loss"], korean, self._loss_block(insp)))
        second = (self._section(lines["backward"], korean, self._gradient_table(insp))
                  + self._section(lines["step"], korean, self._update_block(insp))
                  + self._section(lines["zero_grad"], korean, ""))
        notes = ""
        if insp.notes:
            items = "".join(f"<li>{_e(shown(n))}</li>" for n in insp.notes)
            title = self.tr("Notes")
            notes = f"<p><b>{_e(title)}</b></p><ul>{items}</ul>"
        self._wide = self.browser.viewport().width() >= TWO_COLUMNS_WIDTH
        if self._wide:  # a wide, short dock: the five lines side by side, no scrolling
            body = ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                    f'<td width="50%" valign="top">{first}</td>'
                    f'<td width="50%" valign="top">{second}{notes}</td></tr></table>')
        else:
            body = first + second + notes
        self.browser.setHtml(f"<html><body>{body}</body></html>")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        wide = self.browser.viewport().width() >= TWO_COLUMNS_WIDTH
        if self.inspection is not None and wide != self._wide:
            self._render()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate()
        super().changeEvent(event)

    def _code(self, text: str) -> str:
        code_bg, _ok = self._css
        return (f'<span style="font-family:\'{self._mono}\',monospace; '
                f'background-color:{code_bg};">&nbsp;{_e(text)}&nbsp;</span>')

    def _section(self, line, korean: bool, body: str) -> str:
        explanation = line.explanation_ko if korean else line.explanation
        return (
            f'<p style="margin-top:10px; margin-bottom:2px;"><b>{self._code(line.code)}</b>'
            f"&nbsp;&nbsp;{_e(explanation)}</p>"
            f'<p style="margin-top:0; margin-left:18px;">{self._code(shown(line.value))}</p>'
            f'<div style="margin-left:18px;">{body}</div>'
        )

    def _table(self, header: list[str], rows: list[list[str]], bold_last: bool = False) -> str:
        head = "".join(f'<th align="right">{_e(h)}</th>' for h in header)
        body = []
        for i, row in enumerate(rows):
            cells = "".join(f'<td align="right">{c}</td>' for c in row)
            style = ' style="font-weight:bold;"' if bold_last and i == len(rows) - 1 else ""
            body.append(f"<tr{style}>{cells}</tr>")
        return ('<table cellspacing="0" cellpadding="3" border="0">'
                f"<tr>{head}</tr>{''.join(body)}</table>")

    def _rows_table(self, insp) -> str:
        walk = insp.walk
        batch = walk.n_rows < insp.n_rows  # a mini-batch step: its rows, not all of them
        names = list(insp.feature_names)
        shown_x = names[:MAX_X_COLUMNS]
        std = self.tr(" (standardized)") if insp.standardized else ""
        header = ["#", *shown_x, insp.target_name,
                  self.tr("pred = X @ W + b"), self.tr("residual pred − y"),
                  self.tr("loss term")]
        rows = []
        for r in walk.rows:
            xs = [f4(v) for v in r.x[:MAX_X_COLUMNS]]
            rows.append([str(r.index + 1), *xs, f4(r.y), f4(r.pred), f4(r.residual),
                         f4(r.loss_term)])
        more = ""
        if walk.n_rows > len(walk.rows):
            text = (self.tr("The first {0} of the batch's {1} rows; the totals are over the "
                            "batch.") if batch else
                    self.tr("The first {0} of {1} rows; the totals are over all rows.")).format(
                len(walk.rows), f"{walk.n_rows:,}")
            more = f"<p>{_e(text)}</p>"
        count = (self.tr("batch of {0}") if batch else self.tr("all {0}")).format(
            f"{walk.n_rows:,}")
        totals = [count, *([""] * len(shown_x)), "", "",
                  self.tr("Σ {0}").format(f4(walk.residual_sum)),
                  self.tr("mean {0}").format(f4(walk.loss))]
        rows.append([_e(t) if i else f"<b>{_e(t)}</b>" for i, t in enumerate(totals)])
        extra = ""
        if len(names) > MAX_X_COLUMNS:
            text = self.tr("Only the first {0} features are listed.").format(MAX_X_COLUMNS)
            extra = f"<p>{_e(text)}</p>"
        caption = (self.tr("Each row of this step's mini-batch{0}:") if batch
                   else self.tr("Each row of the data{0}:")).format(std)
        caption = f"<p>{_e(caption)}</p>"
        return caption + self._table(header, rows, bold_last=True) + more + extra

    def _loss_block(self, insp) -> str:
        walk = insp.walk
        auto = self.tr("autograd ({0}): {1}").format(walk.dtype, f4(walk.loss))
        formula = self.tr("formula (float64): {0}").format(f4(walk.loss_formula))
        text = f"<p>{self._code(walk.loss_text)}<br>{_e(auto)} &nbsp; {_e(formula)}</p>"
        if insp.standardized:
            data = insp.data
            w = ", ".join(f4(v) for v in data.weight)
            units = self.tr("In the data units: weight {0}, bias {1}, loss {2}").format(
                w, f4(data.bias), f4(data.loss))
            text += f"<p>{_e(units)}</p>"
        return text

    def _gradient_table(self, insp) -> str:
        walk = insp.walk
        _bg, ok = self._css
        header = [self.tr("parameter"), self.tr("autograd (.grad)"),
                  self.tr("formula"), self.tr("agree")]
        rows = []
        for c in walk.checks:
            mark = (f'<span style="color:{ok}; font-weight:bold; font-size:large;">✓</span>'
                    if c.agree else
                    '<span style="color:#cf222e; font-weight:bold; font-size:large;">✗</span>')
            rows.append([self._code(self._param_name(c.param)), f4(c.autograd), f4(c.formula),
                         mark])
        return (f"<p>{self._code(walk.gradient_text)}</p>" + self._table(header, rows))

    def _update_block(self, insp) -> str:
        u = insp.update
        lines = "<br>".join(self._code(shown(line)) for line in u.lines)
        return f"<p>{self._code(u.formula)}</p><p>{lines}</p>"

    def _param_name(self, param: str) -> str:
        return param.replace("weight[", "w[") if len(param) > 24 else param

    def set_font_scale(self, scale: float) -> None:
        """Larger text for a projector."""
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * scale))
        self.browser.setFont(font)
