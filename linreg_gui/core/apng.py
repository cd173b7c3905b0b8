"""Animated PNG (APNG) written with the standard library's zlib and struct: Qt reads APNG but
writes no animation format, and an image library in the bundle for this alone is not worth
it. Every browser, PowerPoint (365), LibreOffice and Keynote play APNG.

Each frame after the first stores only the rectangle that changed since the previous one,
and in it only the pixels that changed: the others are transparent and the frame is drawn
over the last (blend "over", dispose "none"). That keeps a 10 s clip of a plot small even at
30 frames a second: a moving line and a growing curve change a few pixels per frame, though
the rectangle around them (the line's two ends, the curve's tip, the title's numbers) is most
of the picture. The file is RGBA for this; every frame is opaque where it is drawn. Nothing
here knows Qt.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

import numpy as np

SIGNATURE = b"\x89PNG\r\n\x1a\n"
COMPRESSION = 9


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def _rows(pixels: np.ndarray) -> bytes:
    """The image's scanlines for IDAT/fdAT: filter "Up" (the row minus the one above), which
    turns the flat areas of a plot into zeros; the first row unfiltered."""
    h = pixels.shape[0]
    flat = pixels.reshape(h, -1)
    up = np.empty_like(flat)
    up[0] = flat[0]
    np.subtract(flat[1:], flat[:-1], out=up[1:])  # uint8 wraps around, as PNG's filter does
    kinds = np.full((h, 1), 2, dtype=np.uint8)
    kinds[0] = 0
    return np.hstack([kinds, up]).tobytes()


def _changed_box(prev: np.ndarray, cur: np.ndarray) -> tuple[int, int, int, int] | None:
    """(x, y, width, height) of the pixels that differ, or None when none does."""
    diff = np.any(prev != cur, axis=2)
    rows = np.flatnonzero(diff.any(axis=1))
    if not len(rows):
        return None
    cols = np.flatnonzero(diff.any(axis=0))
    y0, y1, x0, x1 = int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1
    return x0, y0, x1 - x0, y1 - y0


class ApngWriter:
    """``frames`` RGB frames (h, w, 3) uint8 of one size, shown ``fps`` a second, looping
    ``loops`` times (0: for ever). ``add`` each frame, then ``finish`` for the file's bytes
    (or iterate ``chunks`` to write as you go)."""

    def __init__(self, width: int, height: int, frames: int, fps: float, loops: int = 0):
        if width < 1 or height < 1 or frames < 1 or not fps > 0:
            raise ValueError("an animation needs a size, at least one frame and a frame rate")
        self.width, self.height, self.frames, self.loops = width, height, frames, loops
        # The delay as a fraction (numerator, denominator) of a second.
        self.delay = (1000, int(round(1000 * fps)))
        self._seq = 0
        self._count = 0
        self._prev: np.ndarray | None = None
        self._parts: list[bytes] = [SIGNATURE, _chunk(b"IHDR", struct.pack(
            ">IIBBBBB", width, height, 8, 6, 0, 0, 0)), _chunk(b"acTL", struct.pack(
                ">II", frames, loops))]

    def _fctl(self, x: int, y: int, w: int, h: int, blend: int = 0) -> bytes:
        data = struct.pack(">IIIIIHHBB", self._seq, w, h, x, y, *self.delay, 0, blend)
        self._seq += 1
        return _chunk(b"fcTL", data)

    def add(self, rgb: np.ndarray) -> None:
        if self._count >= self.frames:
            raise ValueError(f"the animation was declared with {self.frames} frames")
        rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
        if rgb.shape != (self.height, self.width, 3):
            raise ValueError(f"a frame is {rgb.shape}, expected {(self.height, self.width, 3)}")
        if self._prev is None:
            opaque = np.dstack([rgb, np.full(rgb.shape[:2], 255, dtype=np.uint8)])
            self._parts.append(self._fctl(0, 0, self.width, self.height))
            self._parts.append(_chunk(b"IDAT", zlib.compress(_rows(opaque), COMPRESSION)))
        else:
            box = _changed_box(self._prev, rgb) or (0, 0, 1, 1)  # a frame needs a rectangle
            x, y, w, h = box
            part, before = rgb[y:y + h, x:x + w], self._prev[y:y + h, x:x + w]
            changed = np.any(part != before, axis=2)
            rgba = np.zeros((h, w, 4), dtype=np.uint8)  # unchanged: transparent, all zeros
            rgba[changed, :3] = part[changed]
            rgba[changed, 3] = 255
            self._parts.append(self._fctl(x, y, w, h, blend=1))  # drawn over the last frame
            data = zlib.compress(_rows(rgba), COMPRESSION)
            self._parts.append(_chunk(b"fdAT", struct.pack(">I", self._seq) + data))
            self._seq += 1
        self._prev = rgb
        self._count += 1

    def finish(self) -> bytes:
        return b"".join(self.chunks())

    def chunks(self) -> Iterator[bytes]:
        if self._count != self.frames:
            raise ValueError(f"{self._count} of the {self.frames} frames were added")
        yield from self._parts
        yield _chunk(b"IEND", b"")


def read_apng_info(data: bytes) -> dict:
    """What an APNG says about itself: width, height, frames (acTL), loops, the frame
    controls seen and their delays; checks every chunk's CRC (for tests and checks)."""
    if not data.startswith(SIGNATURE):
        raise ValueError("not a PNG file")
    pos = len(SIGNATURE)
    info = {"fctl": 0, "delays": []}
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise ValueError(f"bad CRC in {kind!r}")
        if kind == b"IHDR":
            info["width"], info["height"] = struct.unpack(">II", body[:8])
        elif kind == b"acTL":
            info["frames"], info["loops"] = struct.unpack(">II", body)
        elif kind == b"fcTL":
            info["fctl"] += 1
            num, den = struct.unpack(">HH", body[20:24])
            info["delays"].append(num / (den or 100))
        pos += 12 + length
    return info
