"""Korean renders on a machine without any font that has Hangul: the bundled NanumGothic is
registered and used for what the system font lacks, while Latin stays in the system font.

The machine's own CJK fonts are hidden from a child process by a fontconfig file that lists
one folder holding one Latin font. There, without our registration Hangul is tofu (glyph 0,
no family has it); with it, the same text lays out in NanumGothic. Removing the bundled font
makes this test fail."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LATIN_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
)
TEXT = "공부시간 score 점수"

CHILD = r"""
import json, sys
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QApplication

app = QApplication([])

def runs(font):
    layout = QTextLayout(sys.argv[1], font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [[r.rawFont().familyName(), list(r.glyphIndexes())] for r in layout.glyphRuns()]

def monospace():
    font = QFont(app.font())
    font.setFamilies(["monospace"])  # as the readouts set it
    return font

out = {
    "korean_families": QFontDatabase.families(QFontDatabase.WritingSystem.Korean),
    "any_family_has_hangul": any(QFontMetrics(QFont(f)).inFontUcs4(0xAC00)  # 가
                                 for f in QFontDatabase.families()),
    "before": runs(app.font()),
}
if sys.argv[2] == "register":
    from linreg_gui.gui import i18n
    out["registered"] = i18n.ensure_hangul_font(app)
    out["after"] = runs(app.font())
    out["after_monospace"] = runs(monospace())
    out["family_has_hangul"] = QFontMetrics(QFont(out["registered"] or "")).inFontUcs4(0xAC00)
print(json.dumps(out))
"""


def latin_only_fontconfig(tmp_path: Path) -> dict[str, str]:
    font = next((Path(p) for p in LATIN_FONTS if Path(p).is_file()), None)
    if font is None:
        pytest.skip("no Latin TrueType font on this machine (make system-deps installs one)")
    folder = tmp_path / "fonts"
    folder.mkdir()
    (folder / font.name).write_bytes(font.read_bytes())
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{folder}</dir>\n  <cachedir>{tmp_path / 'cache'}</cachedir>\n"
        "</fontconfig>\n"
    )
    env = dict(os.environ)
    env.update(
        FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
    )
    env.pop("FONTCONFIG_PATH", None)
    return env


def child(tmp_path: Path, mode: str) -> dict:
    env = latin_only_fontconfig(tmp_path)
    done = subprocess.run([sys.executable, "-c", CHILD, TEXT, mode], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def hangul_glyphs(runs: list, family: str | None = None) -> list[int]:
    """Glyph indexes of the runs set in ``family`` (any family when None)."""
    return [g for fam, glyphs in runs for g in glyphs if family is None or fam == family]


def test_without_a_hangul_font_korean_is_tofu(tmp_path):
    out = child(tmp_path, "plain")
    assert out["korean_families"] == []
    assert not out["any_family_has_hangul"]
    assert 0 in hangul_glyphs(out["before"])  # glyph 0: the empty box


def test_the_bundled_font_makes_korean_render(tmp_path):
    out = child(tmp_path, "register")
    assert out["registered"] == "NanumGothic", "the bundled resources/fonts font is missing"
    assert out["family_has_hangul"]
    for runs in (out["after"], out["after_monospace"]):
        families = {fam for fam, _ in runs}
        assert "NanumGothic" in families
        assert 0 not in hangul_glyphs(runs)  # every character has a real glyph
        # Latin stays in the system font; only the Hangul falls back to NanumGothic.
        assert families - {"NanumGothic"}, runs


def test_the_bundled_font_and_its_license_ship(tmp_path):
    fonts = ROOT / "resources" / "fonts"
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf", "OFL.txt"):
        assert (fonts / name).is_file(), name
    assert "SIL OPEN FONT LICENSE" in (fonts / "OFL.txt").read_text(encoding="utf-8")
