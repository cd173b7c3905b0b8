"""Regenerate resources/samples/*.csv (run once; the files are committed).

    .venv/bin/python tools/make_samples.py

Fixed seeds, so running it again writes the same files. index.json is written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from linreg_gui.core.csv_io import write_csv  # noqa: E402 (after the path is set)

OUT = ROOT / "resources" / "samples"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    # Plain UTF-8 (no BOM) for the samples: they are read by the app, and read fine in Excel
    # once imported; the BOM is for files teachers export.
    def save(name, names, X, y):
        write_csv(OUT / name, names, X, y, excel_bom=False)

    # (1) The lesson's three points.
    save("lesson.csv", ["hours", "score"], [1, 2, 3], [20, 40, 60])

    # (2) 50 students: study hours -> exam score, score ~ 8 * hours + 20 + noise, 0..100.
    rng = np.random.default_rng(2024)
    hours = np.round(rng.uniform(0.5, 10.0, 50), 1)
    score = np.clip(np.round(8 * hours + 20 + rng.normal(0, 6, 50)), 0, 100)
    save("study_hours_50.csv", ["hours", "score"], hours, score)

    # (3) Two features: hours and the previous exam's score -> score.
    rng = np.random.default_rng(7)
    n = 60
    hours = np.round(rng.uniform(0.5, 10.0, n), 1)
    previous = np.round(np.clip(rng.normal(65, 12, n), 30, 100))
    score = np.clip(np.round(4 * hours + 0.5 * previous + 10 + rng.normal(0, 4, n)), 0, 100)
    save("two_features.csv", ["hours", "previous_score", "score"],
         np.column_stack([hours, previous]), score)

    # (4) A feature on a large scale: apartment area in m^2 -> price in millions of won.
    rng = np.random.default_rng(11)
    n = 80
    area = np.round(rng.uniform(30, 200, n), 1)
    price = np.round(6.0 * area + 40 + rng.normal(0, 60, n))
    save("large_scale.csv", ["area_m2", "price_million_won"], area, price)

    # (5) The lesson's question in minutes instead of hours: lr 0.001 diverges.
    rng = np.random.default_rng(5)
    n = 30
    minutes = np.round(rng.uniform(30, 600, n))
    score = np.clip(np.round(minutes * 8 / 60 + 20 + rng.normal(0, 6, n)), 0, 100)
    save("diverges.csv", ["minutes", "score"], minutes, score)


if __name__ == "__main__":
    main()
