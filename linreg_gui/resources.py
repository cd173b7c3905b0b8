"""Where the app's resource files (samples, icons, ...) are, however it was installed."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_candidates() -> list[Path]:
    """The places looked in, in order.

    1. ``sys._MEIPASS/resources``: a PyInstaller bundle unpacks its data there.
    2. ``<package dir>/resources``: an installed wheel ships them inside the package.
    3. ``<repo root>/resources``: a source checkout or an editable install.
    """
    places = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        places.append(Path(meipass) / "resources")
    places.append(_PACKAGE_DIR / "resources")
    places.append(_PACKAGE_DIR.parent / "resources")
    return places


def resources_dir() -> Path:
    """The first of ``resource_candidates()`` that is a folder."""
    places = resource_candidates()
    for place in places:
        if place.is_dir():
            return place
    raise FileNotFoundError(
        "the app's resources folder is missing; looked in: " + ", ".join(map(str, places))
    )
