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
        self.truncations = 0  # how often the past was cut (a trainer replayed before is stale)

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
        trainer = self._origin()
        self.advance(trainer, step)
        return trainer

    def advance(self, trainer, step: int, stop=None) -> bool:
        """Replay the runs on ``trainer`` (made by ``rebuild`` or an earlier ``advance``, at a
        step between start_step and ``step``) up to ``step``. ``stop``: a threading.Event
        that cuts the replay short; then it returns False, ``trainer`` at a step on the way
        (still one of these runs' states: it can be advanced again later)."""
        step = int(step)
        if not self.start_step <= step <= self.end_step:
            raise ValueError(f"step {step} is not between {self.start_step} and "
                             f"{self.end_step}, the steps since the last start")
        if trainer.step > step:
            raise ValueError(f"the trainer is at step {trainer.step}, past {step}")
        at = self.start_step
        for config, updates in self._runs:
            end = at + updates
            while trainer.step < min(end, step):
                if trainer.config != config:
                    trainer.reconfigure(config)
                was = trainer.step
                # (A run replayed in pieces may end a piece early, "converged" where the
                # straight run went on: the updates are the same; go on from there.)
                trainer.run(min(end, step) - was, stop=stop)
                if stop is not None and stop.is_set():
                    return False
                if trainer.step == was:
                    break
            at = end
            if at >= step:
                break
        if trainer.step != step:  # a replayed run ended early: not the same computation
            raise RuntimeError(f"replaying reached step {trainer.step}, not {step}")
        return True

    def config_after(self, step: int):
        """The settings of the update from ``step`` to ``step + 1`` (None past end_step)."""
        at = self.start_step
        for config, updates in self._runs:
            at += updates
            if step < at:
                return config
        return None

    def truncate(self, step: int) -> None:
        """Forget the runs past ``step`` (the model went back there)."""
        left = int(step) - self.start_step
        self.truncations += 1
        kept: list[list] = []
        for config, updates in self._runs:
            if left <= 0:
                break
            kept.append([config, min(updates, left)])
            left -= updates
        self._runs = kept
