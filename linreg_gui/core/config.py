"""Training settings, importable without torch (the window reads them before torch loads)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from linreg_gui.core.optimum import LOSSES

OPTIMIZERS = ("sgd", "momentum", "adam", "rmsprop")
# torch keeps the rate as a float32 (max ~3.4e38) and Adam/RMSprop divide it by (1 - beta1**t):
# past 1e30 the optimizer step itself overflows. Below 1e-30 float32 rounds the step to 0.
LR_MIN, LR_MAX = 1e-30, 1e30

class ConfigError(ValueError):
    """A setting out of range; the message names the setting."""


@dataclass(frozen=True)
class TrainConfig:
    lr: float = 0.001
    optimizer: str = "sgd"  # sgd | momentum | adam | rmsprop
    momentum: float = 0.9  # for "momentum"
    beta1: float = 0.9  # for "adam"
    beta2: float = 0.999  # for "adam"
    alpha: float = 0.99  # RMSprop's smoothing constant
    loss: str = "mse"  # mse | mae | huber
    huber_delta: float = 1.0
    batch_size: int | None = None  # None (or >= rows): full batch
    normalize: bool = False  # train on standardized features and target
    seed: int = 0
    # When is a run converged: the loss fell by less than rtol (relative) over `patience` steps.
    rtol: float = 1e-6
    patience: int = 50

    def validate(self) -> TrainConfig:
        def need(ok: bool, message: str) -> None:
            if not ok:
                raise ConfigError(message)

        need(
            math.isfinite(self.lr) and self.lr > 0,
            f"learning rate must be > 0 (between {LR_MIN:g} and {LR_MAX:g}), got {self.lr}",
        )
        need(
            LR_MIN <= self.lr <= LR_MAX,
            f"learning rate must be between {LR_MIN:g} and {LR_MAX:g}, got {self.lr:g}",
        )
        need(self.optimizer in OPTIMIZERS, f"optimizer must be one of {', '.join(OPTIMIZERS)}")
        need(self.loss in LOSSES, f"loss must be one of {', '.join(LOSSES)}")
        need(0 <= self.momentum < 1, f"momentum must be in [0, 1), got {self.momentum}")
        need(0 <= self.beta1 < 1, f"beta1 must be in [0, 1), got {self.beta1}")
        need(0 <= self.beta2 < 1, f"beta2 must be in [0, 1), got {self.beta2}")
        need(0 <= self.alpha < 1, f"alpha must be in [0, 1), got {self.alpha}")
        need(self.huber_delta > 0, f"Huber delta must be > 0, got {self.huber_delta}")
        need(
            self.batch_size is None or self.batch_size >= 1,
            f"batch size must be at least 1, got {self.batch_size}",
        )
        need(0 <= self.seed < 2**63, f"seed must be a whole number >= 0, got {self.seed}")
        need(self.patience >= 1, "patience must be at least 1")
        return self
