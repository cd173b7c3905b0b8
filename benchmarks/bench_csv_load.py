"""How fast and how lean read_table is on a large file: 1,000,000 rows x 2 columns.

Prints `name: value` lines. Targets (a 2-core machine): load in at most 3 s, within 5x of
pandas.read_csv on the same file (timed side by side, alternating with numpy.loadtxt, each
load in a fresh process), and at most 200 MB of extra memory: the peak resident size of a
fresh process while it loads the file, minus its size just before (Linux: VmHWM reset
through /proc/self/clear_refs; elsewhere the ru_maxrss difference), and, as a cross-check,
tracemalloc's peak in another fresh process.

    .venv/bin/python benchmarks/bench_csv_load.py [--rows N] [--crlf] [--messy] [--quoted]

pandas is for this comparison only, not a dependency of the application or its tests:
install it into the venv with `.venv/bin/pip install pandas`; without it the pandas lines
say it is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 3.0
TARGET_MB = 200.0
TARGET_VS_PANDAS = 5.0

# One load by one reader, in a fresh interpreter: the seconds of the call alone.
COMPARE = r"""
import json, sys, time
sys.path.insert(0, sys.argv[2])
reader = sys.argv[3]
if reader == "read_table":
    from linreg_gui.core.csv_io import read_table as load
elif reader == "numpy.loadtxt":
    import numpy as np
    def load(path):
        return np.loadtxt(path, delimiter=",", skiprows=1)
else:
    import pandas as pd
    def load(path):
        return pd.read_csv(path)
t0 = time.perf_counter()
load(sys.argv[1])
print(json.dumps({"seconds": time.perf_counter() - t0}))
"""

# Runs in a fresh interpreter, so the peak RSS is the load's alone.
CHILD = r"""
import json, resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[2])
import numpy as np
from linreg_gui.core import csv_io


def status(key):
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1])  # KiB
    return None


if sys.argv[3] == "trace":  # tracemalloc: Python's and numpy's allocations, slower
    tracemalloc.start()
    table = csv_io.read_table(sys.argv[1])
    print(json.dumps({"traced_peak_kb": tracemalloc.get_traced_memory()[1] / 1024}))
    raise SystemExit
rss_before = status("VmRSS")
try:  # reset the peak (VmHWM) to the current size, so the peak is the load's own
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")
    base = rss_before
except OSError:
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
table = csv_io.read_table(sys.argv[1])
seconds = time.perf_counter() - t0
peak = status("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "rss_kb": peak - base, "shape": list(table.values.shape),
                  "bad": table.bad_cell_count}))
"""


def make_file(path: Path, rows: int, *, crlf: bool, messy: bool, quoted: bool = False) -> None:
    """hours-like and score-like columns, full-precision floats as Python writes them."""
    rng = np.random.default_rng(0)
    x = rng.uniform(0.5, 10.0, rows)
    y = 8 * x + 20 + rng.normal(0, 5, rows)
    nl = "\r\n" if crlf else "\n"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("hours,score" + nl)
        step = 100_000
        for i in range(0, rows, step):
            xs, ys = x[i : i + step].tolist(), y[i : i + step].tolist()
            if quoted:  # as Excel writes numbers shown with thousands separators
                lines = [f'{a!r},"{round(b * 100):,}"' for a, b in zip(xs, ys)]
            else:
                lines = [f"{a!r},{b!r}" for a, b in zip(xs, ys)]
            if messy:  # a bad cell and a blank line in every block of lines
                lines[step // 2 % len(lines)] = "3,abc"
                lines[0] = nl + lines[0]
            fh.write(nl.join(lines) + nl)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--crlf", action="store_true", help="Windows line ends")
    ap.add_argument("--messy", action="store_true", help="a bad cell in every 100,000 rows")
    ap.add_argument("--quoted", action="store_true",
                    help='quoted thousands ("1,234") in every row: the careful path throughout')
    ap.add_argument("--repeat", type=int, default=3, help="loads to time; the best is shown")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.csv"
        t0 = time.perf_counter()
        make_file(path, args.rows, crlf=args.crlf, messy=args.messy, quoted=args.quoted)
        write_s = time.perf_counter() - t0
        results = []
        for _ in range(args.repeat):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(path), str(ROOT), "time"],
                check=True, capture_output=True, text=True,
            ).stdout
            results.append(json.loads(out))
        traced = json.loads(subprocess.run(
            [sys.executable, "-c", CHILD, str(path), str(ROOT), "trace"],
            check=True, capture_output=True, text=True,
        ).stdout)["traced_peak_kb"] / 1024
        readers = ["read_table", "numpy.loadtxt"]
        try:
            import pandas  # noqa: F401 - only whether it is there
            readers.append("pandas.read_csv")
        except ImportError:
            pass
        compare: dict[str, list[float]] = {r: [] for r in readers}
        comparable = not args.messy and not args.quoted  # numpy.loadtxt reads clean files only
        for _ in range(args.repeat if comparable else 0):
            for reader in readers:  # alternating, so a busy moment slows each alike
                out = subprocess.run(
                    [sys.executable, "-c", COMPARE, str(path), str(ROOT), reader],
                    check=True, capture_output=True, text=True,
                ).stdout
                compare[reader].append(json.loads(out)["seconds"])
        best = min(r["seconds"] for r in results)
        peak_mb = max(r["rss_kb"] for r in results) / 1024  # ru_maxrss is in KiB on Linux
        print(f"rows: {results[0]['shape'][0]}")
        print(f"columns: {results[0]['shape'][1]}")
        print(f"bad_cells: {results[0]['bad']}")
        print(f"file_mb: {os.path.getsize(path) / 2**20:.1f}")
        print(f"line_ends: {'crlf' if args.crlf else 'lf'}")
        print(f"cells: {'quoted thousands' if args.quoted else 'plain'}"
              f"{', a bad cell and a blank line per 100000 rows' if args.messy else ''}")
        print(f"make_file_seconds: {write_s:.2f}")
        print(f"load_seconds: {best:.3f}")
        times = " ".join(f"{r['seconds']:.3f}" for r in results)
        print(f"load_seconds_all: {times}")
        print(f"load_vs_target: {best / TARGET_SECONDS:.2f} (target {TARGET_SECONDS:.0f} s)")
        print(f"peak_extra_memory_mb: {peak_mb:.1f}")
        print(f"memory_vs_target: {peak_mb / TARGET_MB:.2f} (target {TARGET_MB:.0f} MB)")
        print(f"tracemalloc_peak_mb: {traced:.1f}")
        if comparable:
            for reader, times_ in compare.items():
                print(f"side_by_side_{reader}_seconds: {min(times_):.3f} "
                      f"(all: {' '.join(f'{t:.3f}' for t in times_)})")
            rt = min(compare["read_table"])
            print(f"read_table_vs_numpy_loadtxt: {rt / min(compare['numpy.loadtxt']):.2f}")
            if "pandas.read_csv" in compare:
                ratio = rt / min(compare["pandas.read_csv"])
                print(f"read_table_vs_pandas_read_csv: {ratio:.2f} "
                      f"(target at most {TARGET_VS_PANDAS:.0f})")
                rounds = sorted(a / b for a, b in zip(compare["read_table"],
                                                      compare["pandas.read_csv"]))
                print(f"read_table_vs_pandas_read_csv_per_round: median "
                      f"{rounds[len(rounds) // 2]:.2f}, worst {rounds[-1]:.2f}")
            else:
                print("read_table_vs_pandas_read_csv: pandas is missing "
                      "(.venv/bin/pip install pandas to compare)")
        print(f"loadavg: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}"
              if Path("/proc/loadavg").exists() else "loadavg: unknown")
        print(f"cpus: {os.cpu_count()}")


if __name__ == "__main__":
    main()
