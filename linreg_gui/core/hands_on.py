"""What a session keeps of the hands-on tools: the student's own line (W and b, and whether it
was put there by hand, so that an exported script starts from it) and the fit plot's toggles
(the handles on the line, the squared errors). The session file's ``hands_on`` object."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any


class HandsOnError(ValueError):
    """A ``hands_on`` object that does not fit: ``where`` names the field."""

    def __init__(self, where: str, problem: str) -> None:
        self.where, self.problem = where, problem
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class HandsOn:
    my_line: tuple[tuple[float, ...], float] | None = None  # (weights, bias) in data units
    chosen: bool = False  # my line was put there by hand (a drag, typed, the landscape)
    handles: bool = True  # the handles on the fit plot's line are shown
    squares: bool = False  # each residual's square is drawn

    def to_doc(self) -> dict[str, Any]:
        line = None
        if self.my_line is not None:
            weight, bias = self.my_line
            values = [float(v) for v in (*weight, bias)]
            if all(math.isfinite(v) for v in values):
                line = {"weight": values[:-1], "bias": values[-1], "chosen": bool(self.chosen)}
        return {"my_line": line, "handles": bool(self.handles), "squares": bool(self.squares)}


def _bool(raw: dict, key: str, default: bool, where: str = "hands_on") -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise HandsOnError(f"{where}.{key}", "should be true or false")
    return value


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise HandsOnError(where, "should be a number")
    value = float(value)
    if not math.isfinite(value):
        raise HandsOnError(where, "should be a finite number")
    return value


def parse_hands_on(raw: Any, n_features: int) -> HandsOn | None:
    """The ``hands_on`` object of a session whose table has ``n_features`` feature columns;
    None when there is none (sessions saved before it). Raises HandsOnError."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise HandsOnError("hands_on", "should be an object")
    line = raw.get("my_line")
    my_line, chosen = None, False
    if line is not None:
        if not isinstance(line, dict):
            raise HandsOnError("hands_on.my_line", "should be an object or null")
        weight = line.get("weight")
        if not isinstance(weight, list) or len(weight) != n_features:
            raise HandsOnError("hands_on.my_line.weight",
                               f"should be a list of {n_features} numbers, one per feature")
        w = tuple(_number(v, f"hands_on.my_line.weight[{i}]") for i, v in enumerate(weight))
        my_line = (w, _number(line.get("bias"), "hands_on.my_line.bias"))
        chosen = _bool(line, "chosen", False, "hands_on.my_line")
    return HandsOn(my_line, chosen, _bool(raw, "handles", True), _bool(raw, "squares", False))
