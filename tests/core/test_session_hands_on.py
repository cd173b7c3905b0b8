"""Sessions keep my line and the fit plot's toggles (core.hands_on), and refuse a damaged
``hands_on`` object with the field named."""

from __future__ import annotations

import json

import numpy as np
import pytest

from linreg_gui.core.hands_on import HandsOn
from linreg_gui.core.session import SessionData, SessionError, decode_session, encode_session


def lesson(**extra) -> SessionData:
    return SessionData(names=("hours", "score"),
                       values=np.array([[1.0, 20.0], [2.0, 40.0], [3.0, 60.0]]),
                       step=0, weight=(12.5,), bias=3.25, **extra)


def test_my_line_and_the_toggles_come_back_exactly():
    hands_on = HandsOn(((12.5,), 3.25), chosen=True, handles=False, squares=True)
    data = lesson(hands_on=hands_on)
    back = decode_session(encode_session(data))
    assert back.hands_on == hands_on
    assert back == data


def test_sessions_without_it_still_open():
    doc = json.loads(encode_session(lesson()))
    assert "hands_on" not in doc
    assert decode_session(json.dumps(doc)).hands_on is None


@pytest.mark.parametrize(("patch", "where"), [
    ({"my_line": {"weight": [1.0, 2.0], "bias": 0.0}}, "hands_on.my_line.weight"),
    ({"my_line": {"weight": [None], "bias": 0.0}}, "hands_on.my_line.weight[0]"),
    ({"my_line": {"weight": [1.0], "bias": "x"}}, "hands_on.my_line.bias"),
    ({"my_line": {"weight": [1.0], "bias": 1.0, "chosen": 1}}, "hands_on.my_line.chosen"),
    ({"squares": "yes"}, "hands_on.squares"),
    ({"handles": None}, "hands_on.handles"),
])
def test_a_damaged_hands_on_object_is_refused_with_its_field(patch, where):
    doc = json.loads(encode_session(lesson(hands_on=HandsOn(((1.0,), 0.0)))))
    doc["hands_on"].update(patch)
    with pytest.raises(SessionError) as info:
        decode_session(json.dumps(doc), file="lesson.linreg")
    assert where in str(info.value) and "lesson.linreg" in str(info.value)
