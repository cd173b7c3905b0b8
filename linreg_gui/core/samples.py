"""The sample data sets shipped in resources/samples, listed in its index.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from linreg_gui.core.csv_io import read_dataset
from linreg_gui.core.dataset import DataError, Dataset
from linreg_gui.resources import resources_dir


@dataclass(frozen=True)
class Sample:
    name: str  # the file name, e.g. "lesson.csv"
    path: Path
    title: str
    title_ko: str
    description: str
    description_ko: str

    def load(self) -> Dataset:
        return read_dataset(self.path)


def samples_dir() -> Path:
    return resources_dir() / "samples"


def list_samples() -> list[Sample]:
    """Every sample in index.json, in its order."""
    folder = samples_dir()
    index = folder / "index.json"
    try:
        entries = json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"the sample list cannot be read: {exc}", file=str(index)) from None
    samples = []
    for entry in entries:
        samples.append(
            Sample(
                name=entry["file"],
                path=folder / entry["file"],
                title=entry["title"],
                title_ko=entry.get("title_ko", entry["title"]),
                description=entry["description"],
                description_ko=entry.get("description_ko", entry["description"]),
            )
        )
    return samples


def find_sample(name: str) -> Sample:
    """A sample by file name ("lesson.csv") or by file name without ".csv" ("lesson")."""
    samples = list_samples()
    for sample in samples:
        if name in (sample.name, Path(sample.name).stem):
            return sample
    known = ", ".join(Path(s.name).stem for s in samples)
    raise DataError(f"there is no sample {name!r} (samples: {known})")


def load_sample(name: str) -> Dataset:
    """The Dataset of one sample: its last column is the target, the others the features."""
    return find_sample(name).load()
