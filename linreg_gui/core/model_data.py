"""What the model learns from and is tested on: the table's data turned into polynomial
features (core.features) and split into training and held-out test rows (core.split), as
the settings' ``degree``, ``test_fraction`` and ``split_seed`` ask.

The Trainer, the optimum and every readout of the training loss see ``train``; the test
readouts see ``test``. With degree 1 and nothing held out, ``train`` is the data itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from linreg_gui.core import features, split
from linreg_gui.core.config import ConfigError, TrainConfig
from linreg_gui.core.dataset import Dataset


@dataclass(frozen=True, eq=False)
class ModelData:
    source: Dataset  # the table's usable rows, its own columns
    train: Dataset  # the features the model sees, training rows only
    test: Dataset | None  # the same features on the held-out rows; None without a split
    train_rows: np.ndarray  # indices into source
    test_rows: np.ndarray
    degree: int

    @property
    def has_test(self) -> bool:
        return self.test is not None

    @property
    def polynomial(self) -> bool:
        return self.degree > 1


def check(config: TrainConfig, dataset: Dataset) -> None:
    """Raise ConfigError (in words) if the degree or the split do not suit ``dataset``."""
    problem = features.degree_problem(config.degree, dataset.n_features, dataset.feature_names)
    if problem is None:
        problem = split.fraction_problem(config.test_fraction, dataset.n_rows)
    if problem is not None:
        raise ConfigError(problem)


def prepare(dataset: Dataset, config: TrainConfig) -> ModelData:
    """The data as the settings shape it; raises ConfigError when they do not fit it."""
    check(config, dataset)
    try:
        expanded = features.polynomial(dataset, config.degree)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    train_rows, test_rows = split.split_rows(dataset.n_rows, config.test_fraction,
                                             config.split_seed)
    if test_rows.size == 0:
        return ModelData(dataset, expanded, None, train_rows, test_rows, config.degree)
    return ModelData(dataset, split.take_rows(expanded, train_rows),
                     split.take_rows(expanded, test_rows), train_rows, test_rows,
                     config.degree)
