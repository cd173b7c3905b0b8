"""How the model's state came to be, so that any step since the last start can be made again
bit for bit: the start (a seeded reset, a start chosen by hand, a restored session) and the
runs since, each with its settings and the number of updates it made.

Rebuilding replays those runs from the start: the parameters, the optimizer's running
averages (momentum, Adam, RMSprop) and the mini-batch shuffle's position all come out as
they were, so training on from a rebuilt step k gives the numbers a run that never went
back gives. Replaying costs k steps at full speed (a fraction of a second for the lesson).

Nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Callable


class Lineage:
    """The runs since one start. ``origin()`` builds a fresh Trainer at that start."""

    def __init__(self, origin: Callable[[], object], start_step: int = 0) -> None:
        self._origin = origin
        self.start_step = int(start_step)
        self._runs: list[list] = []  # [config, updates], in order

    @property
    def end_step(self) -> int:
        return self.start_step + sum(n for _c, n in self._runs)

    def ran(self, config, updates: int) -> None:
        """A run with ``config`` made ``updates`` updates."""
        if updates <= 0:
            return
        if self._runs and self._runs[-1][0] == config:
            self._runs[-1][1] += int(updates)
        else:
            self._runs.append([config, int(updates)])

    def rebuild(self, step: int):
        """A fresh Trainer in the state the runs had at ``step`` (start_step..end_step)."""
        step = int(step)
        if not self.start_step <= step <= self.end_step:
            raise ValueError(f"step {step} is not between {self.start_step} and "
                             f"{self.end_step}, the steps since the last start")
        trainer = self._origin()
        for config, updates in self._runs:
            todo = min(updates, step - trainer.step)
            if todo <= 0:
                break
            if trainer.config != config:
                trainer.reconfigure(config)
            trainer.run(todo)
        if trainer.step != step:  # a replayed run ended early: not the same computation
            raise RuntimeError(f"replaying reached step {trainer.step}, not {step}")
        return trainer

    def truncate(self, step: int) -> None:
        """Forget the runs past ``step`` (the model went back there)."""
        left = int(step) - self.start_step
        kept: list[list] = []
        for config, updates in self._runs:
            if left <= 0:
                break
            kept.append([config, min(updates, left)])
            left -= updates
        self._runs = kept
