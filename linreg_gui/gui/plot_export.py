"""The plots as a picture for a slide or a worksheet: only the plots themselves (no splitter
grips, no other widgets), drawn again at the width asked for, so lines and text stay sharp,
as PNG or as SVG."""

from __future__ import annotations

import os

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

#: Wide enough for a full-HD slide; the height follows the plots' shape on screen.
DEFAULT_WIDTH = 1920
MIN_WIDTH, MAX_WIDTH = 320, 8000


def plot_views(panel: QWidget) -> list[pg.GraphicsView]:
    """The plots shown in ``panel``, top to bottom, left to right."""
    views = [v for v in panel.findChildren(pg.GraphicsView) if v.isVisibleTo(panel)
             and v.width() > 0 and v.height() > 0]
    return sorted(views, key=lambda v: (v.mapTo(panel, QPoint()).y(), v.mapTo(panel, QPoint()).x()))


def _layout(panel: QWidget, width: int) -> tuple[QSize, QSize, list[tuple[pg.GraphicsView, QRectF]]]:
    """The picture's size in pixels, its size on screen, and where each plot goes in it (in
    screen units): the plots keep their places, and the picture is ``width`` pixels wide."""
    views = plot_views(panel)
    if not views:
        raise ValueError("there is no plot to export")
    rects = [QRect(v.mapTo(panel, QPoint()), v.size()) for v in views]
    bounds = rects[0]
    for r in rects[1:]:
        bounds = bounds.united(r)
    placed = [(v, QRectF(r.translated(-bounds.topLeft()))) for v, r in zip(views, rects)]
    pixels = QSize(width, max(1, round(bounds.height() * width / bounds.width())))
    return pixels, bounds.size(), placed


def _paint(painter: QPainter, placed, size: QSize, background: QColor) -> None:
    """Draw each plot where it is on screen, in screen units: the painter's device decides
    the resolution (a high-resolution image, or a vector drawing)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), background)
    for view, target in placed:
        items = [i for i in view.scene().items() if hasattr(i, "setExportMode")]
        # pyqtgraph's export mode: symbols are drawn as shapes, not from a cache of
        # screen-resolution pixmaps, so dots stay round at any resolution.
        opts = {"antialias": True, "background": background, "painter": painter,
                "resolutionScale": 1.0}
        for item in items:
            item.setExportMode(True, opts)
        try:
            view.render(painter, target, view.viewport().rect())
        finally:
            for item in items:
                item.setExportMode(False, None)


def _background(panel: QWidget) -> QColor:
    views = plot_views(panel)
    brush = views[0].backgroundBrush() if views else None
    if brush is not None and brush.style() != Qt.BrushStyle.NoBrush:
        return brush.color()
    return QColor("white")


def render_plots(panel: QWidget, width: int = DEFAULT_WIDTH) -> QImage:
    """The plots of ``panel`` drawn ``width`` pixels wide: laid out as on screen, rasterized
    at a higher resolution (as on a high-DPI screen), so nothing moves or gets clipped."""
    pixels, logical, placed = _layout(panel, width)
    image = QImage(pixels, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(pixels.width() / logical.width())
    background = _background(panel)
    image.fill(background)
    painter = QPainter(image)
    try:
        _paint(painter, placed, logical, background)
    finally:
        painter.end()
    image.setDevicePixelRatio(1.0)  # a file of `width` pixels, shown at that size
    return image


def write_plots(panel: QWidget, path: str, width: int = DEFAULT_WIDTH) -> None:
    """Write the plots to ``path``: SVG (a drawing ``width`` units wide) when it ends in .svg,
    else PNG. OSError if it cannot be written."""
    if path.lower().endswith(".svg"):
        from PySide6.QtSvg import QSvgGenerator

        pixels, logical, placed = _layout(panel, width)
        gen = QSvgGenerator()
        gen.setFileName(path)
        gen.setSize(pixels)
        gen.setViewBox(QRect(QPoint(), pixels))
        gen.setResolution(96)  # so that `width` units are `width` pixels in a browser
        gen.setTitle("linreg-gui")
        painter = QPainter()
        if not painter.begin(gen):
            raise OSError(f"{path}: cannot be written")
        try:
            scale = pixels.width() / logical.width()
            painter.scale(scale, scale)
            _paint(painter, placed, logical, _background(panel))
        finally:
            painter.end()
        if not os.path.isfile(path) or os.path.getsize(path) == 0:
            raise OSError(f"{path}: cannot be written")
    elif not render_plots(panel, width).save(path, "PNG"):
        raise OSError(f"{path}: cannot be written")
