"""A padlock drawn with QPainter: the teacher's lock shows it in the status bar on any
machine (the 🔒 emoji was an empty box without an emoji font)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap


def padlock_pixmap(height: int, colour: QColor, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A closed padlock ``height`` px high (logical pixels) in ``colour``."""
    size = max(8, int(height))
    pixmap = QPixmap(round(size * device_pixel_ratio), round(size * device_pixel_ratio))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    pen = QPen(colour, max(1.5, s / 9))
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    # The shackle: the top half of a ring above the body.
    p.drawArc(QRectF(s * 0.28, s * 0.08, s * 0.44, s * 0.56), 0, 180 * 16)
    p.drawLine(QPointF(s * 0.28, s * 0.36), QPointF(s * 0.28, s * 0.48))
    p.drawLine(QPointF(s * 0.72, s * 0.36), QPointF(s * 0.72, s * 0.48))
    # The body.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(QRectF(s * 0.16, s * 0.46, s * 0.68, s * 0.5), s * 0.08, s * 0.08)
    p.end()
    return pixmap
