"""The classroom layout matrix (test_classroom_layout.py) again on a 3840 x 2160 screen at
QT_SCALE_FACTOR=2. Qt reads the factor once, when the application starts, so the matrix runs
in a process of its own. This lives in a module of its own so that the matrix's windows are
closed before it runs: their pending autosave would start its thread while this test waits."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCALE = float(os.environ.get("QT_SCALE_FACTOR") or 1)


@pytest.mark.skipif(SCALE != 1, reason="this run is the 4K matrix itself")
def test_a_4k_screen_at_scale_2():
    """The matrix again on a 3840 x 2160 screen at QT_SCALE_FACTOR=2, in a process of its own
    (the factor is read once, when the application starts)."""
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    if env.get("LINREG_LAYOUT_SHOTS"):
        env["LINREG_LAYOUT_SHOTS"] = os.path.join(env["LINREG_LAYOUT_SHOTS"], "4k")
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x",
         os.path.join(here, "test_classroom_layout.py"), "-k", "every_point_and_every_text"],
        cwd=root, env=env, capture_output=True, text=True, timeout=600)
    tail = done.stdout[-3000:] + done.stderr[-2000:]
    assert done.returncode == 0, tail
    assert "\n28 passed" in done.stdout, tail  # ko and en, first and maximized, 7 looks
