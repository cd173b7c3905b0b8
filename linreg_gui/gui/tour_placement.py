"""Where a tour page goes: beside the parts of the window it frames, never over them.

Beside each frame in turn (the largest first), the sides are tried in the order right, left,
below, above; along a side the page slides until it overlaps no frame. A page may narrow down
to its minimum width to fit (its text then wraps into more lines). When nothing fits, the
candidate that overlaps the frames least is used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect

GAP = 8  # pixels between a frame and its page


def place_beside(frames: Sequence[QRect], area: QRect, preferred_width: int, min_width: int,
                 height_for: Callable[[int], int]) -> QRect:
    """The rectangle, inside ``area``, for a page ``preferred_width`` wide at best and
    ``min_width`` at least, whose height at a width is ``height_for(width)``, overlapping
    none of ``frames`` (all in the same coordinates, e.g. the screen's)."""
    frames = [f for f in frames if not f.isNull()]
    best: tuple[int, QRect] | None = None
    for frame in sorted(frames, key=lambda f: -f.width() * f.height()):
        for side, room in _rooms(frame, area).items():
            if room.width() < min(min_width, 1) or room.height() < 1:
                continue
            width = max(min(preferred_width, room.width()), min(min_width, room.width()))
            height = min(height_for(width), area.height())
            for rect in _slides(room, width, height, frame, frames, side, area):
                hidden = sum(_overlap(rect, f) for f in frames)
                if width >= min_width and rect.height() >= height and hidden == 0:
                    return rect
                if best is None or hidden < best[0]:
                    best = (hidden, rect)
    if best is None:
        width = min(preferred_width, area.width())
        return QRect(area.left(), area.top(), width, min(height_for(width), area.height()))
    return best[1]


def _rooms(frame: QRect, area: QRect) -> dict[str, QRect]:
    return {
        "right": QRect(frame.right() + 1 + GAP, area.top(),
                       area.right() - frame.right() - GAP, area.height()),
        "left": QRect(area.left(), area.top(), frame.left() - area.left() - GAP, area.height()),
        "below": QRect(area.left(), frame.bottom() + 1 + GAP, area.width(),
                       area.bottom() - frame.bottom() - GAP),
        "above": QRect(area.left(), area.top(), area.width(), frame.top() - area.top() - GAP),
    }


def _slides(room: QRect, width: int, height: int, frame: QRect, frames: Sequence[QRect],
            side: str, area: QRect) -> list[QRect]:
    """Places for the page in ``room``, next to ``frame``: level with its top (beside it) or
    its left edge (above or below it) first, then slid along the side past the other frames."""
    height, width = min(height, room.height()), min(width, room.width())
    if side in ("right", "left"):
        x = room.left() if side == "right" else room.right() + 1 - width
        ys = [frame.top(), room.top(), room.bottom() + 1 - height,
              *(f.bottom() + 1 + GAP for f in frames), *(f.top() - GAP - height for f in frames)]
        spots = [(x, y) for y in ys]
    else:
        y = room.top() if side == "below" else room.bottom() + 1 - height
        xs = [frame.left(), room.left(), room.right() + 1 - width,
              *(f.right() + 1 + GAP for f in frames), *(f.left() - GAP - width for f in frames)]
        spots = [(x, y) for x in xs]
    rects = []
    for x, y in spots:
        x = min(max(x, room.left()), room.right() + 1 - width)
        y = min(max(y, room.top()), room.bottom() + 1 - height)
        rects.append(QRect(x, y, width, height))
    return rects


def _overlap(a: QRect, b: QRect) -> int:
    r = a.intersected(b)
    return 0 if r.isEmpty() else r.width() * r.height()
