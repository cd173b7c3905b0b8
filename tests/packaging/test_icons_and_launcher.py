"""The icon set the packaging relies on, and the Linux menu entry: quick checks of committed
files (regenerate the icons with packaging/make_icons.py)."""

from __future__ import annotations

import configparser
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def qt(qapp):  # pytest-qt's QApplication: image plugins need one
    return qapp


def read_all(path: Path) -> list[tuple[int, int]]:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(path))
    sizes = []
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        image = reader.read()
        assert not image.isNull(), f"{path.name} image {i}: {reader.errorString()}"
        sizes.append((image.width(), image.height()))
    return sizes


def test_pngs_have_their_sizes(qt) -> None:
    from PySide6.QtGui import QImage

    for size in PNG_SIZES:
        image = QImage(str(ICONS / f"linreg-gui-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    assert (ICONS / "linreg-gui.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_ico_and_icns_hold_every_size(qt) -> None:
    ico = read_all(REPO / "packaging" / "windows" / "linreg-gui.ico")
    assert sorted(ico) == [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    icns = read_all(REPO / "packaging" / "macos" / "linreg-gui.icns")
    assert {w for w, _ in icns} >= {32, 64, 128, 256, 512, 1024}


def test_desktop_entry_matches_the_app() -> None:
    from linreg_gui.gui.app import APP_ID

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(REPO / "packaging" / "linux" / "linreg-gui.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID == entry["StartupWMClass"]
    assert entry["Terminal"] == "false"
    assert entry["Categories"] == "Education;Science;"
    for key in ("Name", "Name[ko]", "Comment", "Comment[ko]"):
        assert entry[key].strip(), key
    assert entry["Exec"].split()[0] == APP_ID  # install.sh puts the installed path there


def test_spec_is_valid_python() -> None:
    source = (REPO / "packaging" / "linreg-gui.spec").read_text(encoding="utf-8")
    compile(source, "linreg-gui.spec", "exec")
