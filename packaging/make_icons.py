"""Render the app icon from resources/icons/linreg-gui.svg (run by hand after editing the SVG;
the outputs are committed):

    .venv/bin/python packaging/make_icons.py

writes
    resources/icons/linreg-gui-<N>.png   N = 16 32 48 64 128 256 512 (Linux, window icon)
    packaging/windows/linreg-gui.ico     16..256, PNG-compressed entries (Windows Vista and later)
    packaging/macos/linreg-gui.icns      32..1024, PNG entries (ic07-ic14; macOS 10.7 and later)

Only Qt (PySide6.QtSvg, part of PySide6-Essentials) is needed: the .ico and .icns containers
are written here directly, so the build needs neither Pillow nor Apple's iconutil.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "linreg-gui.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-capable icon types: pixel size of each.
ICNS_TYPES = {b"ic11": 32, b"ic12": 64, b"ic07": 128, b"ic13": 256, b"ic08": 256,
              b"ic14": 512, b"ic09": 512, b"ic10": 1024}


def png_path(size: int) -> Path:
    return ROOT / "resources" / "icons" / f"linreg-gui-{size}.png"


def render(size: int) -> bytes:
    """The SVG drawn on a transparent size x size canvas, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (ICONDIR, ICONDIRENTRY..., data)."""
    sizes = sorted(pngs)
    offset = 6 + 16 * len(sizes)
    head = struct.pack("<HHH", 0, 1, len(sizes))
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return head + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns', total length, then (type, length, PNG) per entry."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    wanted = set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES.values())
    pngs = {size: render(size) for size in sorted(wanted)}
    for size in PNG_SIZES:
        png_path(size).write_bytes(pngs[size])
    out_ico = ROOT / "packaging" / "windows" / "linreg-gui.ico"
    out_icns = ROOT / "packaging" / "macos" / "linreg-gui.icns"
    out_ico.parent.mkdir(parents=True, exist_ok=True)
    out_icns.parent.mkdir(parents=True, exist_ok=True)
    out_ico.write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    out_icns.write_bytes(icns(pngs))
    for path in [*map(png_path, PNG_SIZES), out_ico, out_icns]:
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
