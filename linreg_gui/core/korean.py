"""Korean particles that depend on the word before them (을/를, 이/가, 은/는, 으로/로, 과/와).

Korean translations are templates filled with names only known at run time (a file, a column,
a number), so they write both forms, as in "{0}을(를) 열었습니다". ``fix_particles`` then picks
the right one from the sound the word ends with: a final consonant (받침) takes 을, 이, 은, 과
and 으로; a vowel takes 를, 가, 는, 와 and 로 (and so does ㄹ before 으로/로: "파일로").
Digits and Latin letters are read as Koreans read them aloud (1 일, 2 이, 3 삼... ; "csv" ends
in 브이, "model" in 델, "python" in 썬).
"""

from __future__ import annotations

import re

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_RIEUL = 8  # the index of ㄹ among the 28 final-consonant slots (0: none)

# The final consonant of each digit and letter as read aloud: 0 no final, 8 ㄹ, other >0.
# 0 영/십/백/천, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구.
_DIGITS = {"0": 21, "1": 8, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": 8, "8": 8, "9": 0}
# Letters as their English names: 엘 (l), 엠 (m), 엔 (n), 알 (r) end in a consonant; the rest
# (에이, 비, 씨, 디, 이, 에프, 지, 에이치, 아이, 제이, 케이, 오, 피, 큐, 에스, 티, 유, 브이,
# 더블유, 엑스, 와이, 지) in a vowel.
_LETTERS = {"l": 8, "m": 16, "n": 4, "r": 8}

#: Both forms as translations write them, and the form after a final consonant / a vowel.
PAIRS = {
    "을(를)": ("을", "를"), "를(을)": ("을", "를"),
    "이(가)": ("이", "가"), "가(이)": ("이", "가"),
    "은(는)": ("은", "는"), "는(은)": ("은", "는"),
    "과(와)": ("과", "와"), "와(과)": ("과", "와"),
    "(으)로": ("으로", "로"), "으로(로)": ("으로", "로"),
}
# Quotes and closing brackets between a word and its particle are skipped: '{text}'은(는).
_SKIPPED = "'\"’”)]»」』 "
_PATTERN = re.compile("(" + "|".join(re.escape(p) for p in PAIRS) + ")")


def final_consonant(word: str) -> int | None:
    """The final consonant index (0: none, 8: ㄹ) of the sound ``word`` ends with; None when
    it cannot be told (an empty word, a symbol)."""
    word = word.rstrip(_SKIPPED)
    if not word:
        return None
    ch = word[-1]
    code = ord(ch)
    if _HANGUL_FIRST <= code <= _HANGUL_LAST:
        return (code - _HANGUL_FIRST) % 28
    if ch in _DIGITS:
        return _DIGITS[ch]
    if ch.isascii() and ch.isalpha():
        return _LETTERS.get(ch.lower(), 0)
    return None


def particle(word: str, pair: str) -> str:
    """The particle of ``pair`` (e.g. "을(를)", "(으)로") that follows ``word``; both forms,
    as written, when the word's last sound cannot be told."""
    after_consonant, after_vowel = PAIRS[pair]
    final = final_consonant(word)
    if final is None:
        return pair
    if after_consonant == "으로":
        return after_vowel if final in (0, _RIEUL) else after_consonant
    return after_consonant if final else after_vowel


def fix_particles(text: str) -> str:
    """``text`` with every "을(를)"-style pair replaced by the form its word takes:
    "성적.csv을(를) 열었습니다" -> "성적.csv를 열었습니다"."""
    if "(" not in text:
        return text
    return _PATTERN.sub(lambda m: particle(text[: m.start()], m.group(1)), text)
