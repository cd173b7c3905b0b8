"""Korean particles chosen from the sound a word ends with (받침 or not)."""

from __future__ import annotations

import pytest

from linreg_gui.core.dataset import DataError
from linreg_gui.core.korean import fix_particles, particle


@pytest.mark.parametrize("word, pair, chosen", [
    ("공부시간", "을(를)", "을"), ("점수", "을(를)", "를"),  # 간 ends in ㄴ; 수 in a vowel
    ("공부시간", "이(가)", "이"), ("점수", "이(가)", "가"),
    ("공부시간", "은(는)", "은"), ("점수", "은(는)", "는"),
    ("공부시간", "(으)로", "으로"), ("점수", "(으)로", "로"),
    ("파일", "(으)로", "로"),  # ㄹ takes 로
    ("성적.csv", "을(를)", "를"),  # 브이
    ("model", "이(가)", "이"), ("python", "(으)로", "으로"), ("x1", "(으)로", "로"),  # 일
    ("3", "은(는)", "은"), ("2", "은(는)", "는"), ("10", "을(를)", "을"),  # 삼, 이, 십
    ("'abc'", "은(는)", "는"),  # quotes are skipped
    ("😀", "을(를)", "을(를)"),  # cannot be told: both forms stay
])
def test_the_particle_follows_the_last_sound(word, pair, chosen):
    assert particle(word, pair) == chosen


def test_a_message_gets_the_right_forms_everywhere():
    assert fix_particles("성적.csv을(를) 열었습니다: 공부시간을(를) 씁니다") == (
        "성적.csv를 열었습니다: 공부시간을 씁니다")
    assert fix_particles("'hours' 열 이름을 '공부시간'(으)로 바꾸기") == (
        "'hours' 열 이름을 '공부시간'으로 바꾸기")
    assert fix_particles("no pairs (here)") == "no pairs (here)"


def test_the_korean_data_errors_use_it(monkeypatch):
    from linreg_gui.core import i18n

    monkeypatch.setattr(i18n, "_translator", lambda ctx, text: {
        "is not a number": "'{text}'은(는) 숫자가 아닙니다"}.get(text, text))
    err = DataError("is not a number", fields={"text": "결석"}, row=3)
    assert "'결석'은 숫자가 아닙니다" in err.describe()
    err = DataError("is not a number", fields={"text": "abc"}, row=3)
    assert "'abc'는 숫자가 아닙니다" in err.describe()
