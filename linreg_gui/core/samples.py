"""The sample data sets shipped in resources/samples, listed in its index.json, each with the
settings its description is written for (the lesson: lr 0.001, 100 steps, seed 0, SGD, MSE)."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path

from linreg_gui.core.config import ConfigError, TrainConfig
from linreg_gui.core.csv_io import read_dataset
from linreg_gui.core.dataset import DataError, Dataset
from linreg_gui.resources import resources_dir

#: Steps per run when a sample names none: the lesson's cell, ``STEPS = 100``.
DEFAULT_STEPS = 100
#: The settings index.json may name: TrainConfig's fields the window shows, and "steps".
SETTING_KEYS = ("lr", "optimizer", "momentum", "beta1", "beta2", "alpha", "loss", "huber_delta",
                "batch_size", "normalize", "seed", "steps")


@dataclass(frozen=True)
class SampleSettings:
    """What a sample is trained with: every setting not named is TrainConfig's default, so a
    sample loaded after other experiments behaves as its description says."""

    config: TrainConfig = field(default_factory=TrainConfig)
    steps: int = DEFAULT_STEPS  # steps per run (one press of Train)


def parse_settings(entry: dict, where: str) -> SampleSettings:
    """The "settings" object of one index.json entry; a bad one is a DataError naming it."""
    raw = entry.get("settings") or {}
    if not isinstance(raw, dict):
        raise DataError(f"the settings of sample {where} are not an object", file=where)
    unknown = sorted(set(raw) - set(SETTING_KEYS))
    if unknown:
        raise DataError(f"sample {where} names unknown settings: {', '.join(unknown)}",
                        file=where)
    fields = {k: v for k, v in raw.items() if k != "steps"}
    steps = raw.get("steps", DEFAULT_STEPS)
    try:
        config = dataclasses.replace(TrainConfig(), **fields).validate()
    except (ConfigError, TypeError) as exc:
        raise DataError(f"sample {where}: {exc}", file=where) from None
    if not isinstance(steps, int) or isinstance(steps, bool) or steps < 0:
        raise DataError(f"sample {where}: steps must be a whole number >= 0, got {steps!r}",
                        file=where)
    return SampleSettings(config, steps)


@dataclass(frozen=True)
class Sample:
    name: str  # the file name, e.g. "lesson.csv"
    path: Path
    title: str
    title_ko: str
    description: str
    description_ko: str
    settings: SampleSettings = field(default_factory=SampleSettings)

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
                settings=parse_settings(entry, entry["file"]),
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
