"""The classroom bundle against its budget (issue 7): size on disk, archive size, and the time
from launching dist/linreg-gui/linreg-gui to the window's first paint.

    make bundle && .venv/bin/python benchmarks/bench_bundle.py [--runs 3] [--check]

Prints ``name: value`` lines. MB are 10^6 bytes (the stricter reading of the budget; MiB are
printed too). Launch times come from the hidden ``--measure-startup`` flag, which prints the
wall-clock times of the first paint and the first training step; the launch moment is taken
just before the process is started. Without a display the window paints offscreen; under Xvfb
(DISPLAY set) it paints on the X server. ``--check`` exits 1 when a budget is exceeded.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "linreg-gui"
EXE = BUNDLE / "linreg-gui"
BUDGET = {"unpacked_mb": 650.0, "archive_mb": 250.0, "launch_to_paint_s": 3.0}


def tree_bytes(folder: Path) -> int:
    """Bytes of all regular files (symlinks count nothing: they are a few bytes in a tar)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def archive_bytes() -> tuple[int, str]:
    archives = sorted((ROOT / "dist").glob("linreg-gui-*.tar.gz"))
    if archives:
        return archives[-1].stat().st_size, archives[-1].name
    with tempfile.TemporaryDirectory() as tmp:  # no archive yet: make one the same way
        out = Path(tmp) / "linreg-gui.tar.gz"
        with tarfile.open(out, "w:gz") as tar:
            tar.add(BUNDLE, arcname="linreg-gui")
        return out.stat().st_size, "(made for this measurement)"


def launch_once() -> dict:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.time()
    proc = subprocess.run([str(EXE), "--measure-startup"], capture_output=True, text=True,
                          env=env, timeout=120)
    ended = time.time()
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise SystemExit(f"--measure-startup failed ({proc.returncode}): {proc.stderr[-2000:]}")
    probe = json.loads(lines[-1])
    return {"paint": probe["painted_at"] - started,
            "first_step": probe["first_step_at"] - started,
            "exit": ended - started}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="launches to time (default 3)")
    parser.add_argument("--check", action="store_true", help="exit 1 when over a budget")
    args = parser.parse_args()
    if not EXE.exists():
        print(f"no bundle at {EXE}: run 'make bundle' first", file=sys.stderr)
        return 2

    unpacked = tree_bytes(BUNDLE)
    archive, archive_name = archive_bytes()
    files = sum(1 for p in BUNDLE.rglob("*") if p.is_file())
    internal = BUNDLE / "_internal"
    parts = {name: tree_bytes(internal / name) for name in ("torch", "PySide6", "numpy")
             if (internal / name).is_dir()}

    runs = [launch_once() for _ in range(max(1, args.runs))]
    paint = [r["paint"] for r in runs]
    measured = {
        "unpacked_mb": unpacked / 1e6,
        "archive_mb": archive / 1e6,
        "launch_to_paint_s": statistics.median(paint),
    }

    print(f"platform: {'xvfb/x11' if os.environ.get('DISPLAY') else 'offscreen'}")
    print(f"bundle_files: {files}")
    print(f"bundle_unpacked_mb: {unpacked / 1e6:.1f}")
    print(f"bundle_unpacked_mib: {unpacked / 2**20:.1f}")
    for name, size in parts.items():
        print(f"bundle_{name.lower()}_mb: {size / 1e6:.1f}")
    print(f"bundle_executable_mb: {EXE.stat().st_size / 1e6:.1f}")
    print(f"archive: {archive_name}")
    print(f"archive_mb: {archive / 1e6:.1f}")
    print(f"archive_mib: {archive / 2**20:.1f}")
    print(f"unpacked_budget_ratio: {measured['unpacked_mb'] / BUDGET['unpacked_mb']:.3f}")
    print(f"archive_budget_ratio: {measured['archive_mb'] / BUDGET['archive_mb']:.3f}")
    print(f"launch_to_paint_s_runs: {' '.join(f'{p:.3f}' for p in paint)}")
    print(f"launch_to_paint_s: {measured['launch_to_paint_s']:.3f}")
    print(f"launch_to_paint_s_max: {max(paint):.3f}")
    print(f"launch_budget_ratio: {measured['launch_to_paint_s'] / BUDGET['launch_to_paint_s']:.3f}")
    print(f"launch_to_first_step_s: {statistics.median(r['first_step'] for r in runs):.3f}")
    print(f"launch_to_exit_s: {statistics.median(r['exit'] for r in runs):.3f}")

    over = [name for name, value in measured.items() if value > BUDGET[name]]
    if over:
        print(f"over_budget: {', '.join(over)}")
    return 1 if (args.check and over) else 0


if __name__ == "__main__":
    sys.exit(main())
