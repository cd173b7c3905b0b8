"""The engine's sentences go through core.i18n: identity by default, the installed translator
otherwise, with templates translated first and formatted after."""

from __future__ import annotations

import pytest

from linreg_gui.core import i18n, verdict
from linreg_gui.core.csv_io import read_table
from linreg_gui.core.dataset import DataError, Dataset
from linreg_gui.core.verdict import RunResult


@pytest.fixture
def upper_translator():
    seen = []

    def fake(context, text):
        seen.append((context, text))
        return "<" + text.replace("Stopped", "STOPPED") + ">"

    i18n.set_translator(fake)
    yield seen
    i18n.set_translator(None)


def test_identity_without_a_translator():
    assert i18n.translate("verdict", "Stopped at step {step}") == "Stopped at step {step}"
    assert i18n.QT_TRANSLATE_NOOP("DataError", "is empty") == "is empty"


def test_verdicts_translate_the_template_then_fill_it(upper_translator):
    result = RunResult(verdict.STOPPED, verdict.REASON_REQUESTED, 10, 20, {"loss": 3.0})
    assert result.message == "<STOPPED at step 20, as asked. Train again to continue from here.>"
    assert ("verdict", "Stopped at step {step}, as asked. Train again to continue from here.") \
        in upper_translator


def test_diverged_verdict_is_whole_translated_sentences(upper_translator):
    result = RunResult(verdict.DIVERGED, verdict.REASON_EXPLODING, 0, 4,
                       {"loss": 1.8e11, "lr": 1.0, "first_loss": 1715.8, "stable_lr": 0.1803})
    text = result.message
    assert text.count("<") == 4 and "1715.8" in text and "0.1803" in text
    assert all(ctx == "verdict" for ctx, _ in upper_translator)


def test_data_errors_translate_when_described(upper_translator):
    with pytest.raises(DataError) as info:
        Dataset.from_rows([("1", "abc")], ("hours", "score"), source="f.csv")
    err = info.value
    assert err.problem == "is not a number"  # the English sentence stays for logs and tests
    assert str(err) == err.describe() == "f.csv, <row 1>, <column score>: <is not a number> ('abc')"


def test_data_error_fields_are_filled_after_translation(upper_translator, tmp_path):
    with pytest.raises(DataError) as info:
        Dataset.from_rows([("1", "2", "3")], ("hours", "score"), source="f.csv")
    assert "<has 3 cells but the header has 2 columns>" in info.value.describe()
    path = tmp_path / "r.csv"
    path.write_text("hours,score\n1,20\n2,40,7\n")
    cell = read_table(path).bad_cells[0]
    assert cell.reason == "has 3 cells, the header has 2"
    assert cell.translated_reason() == "<has 3 cells, the header has 2>"
    assert "<has 3 cells, the header has 2>" in cell.to_error(str(path)).describe()


def test_file_errors_translate(upper_translator, tmp_path):
    with pytest.raises(DataError) as info:
        read_table(tmp_path / "missing.csv")
    assert info.value.describe().endswith(": <file not found>")


def test_session_errors_translate_the_common_problems(upper_translator, tmp_path):
    from linreg_gui.core.session import SessionError, load_session

    with pytest.raises(SessionError) as info:
        load_session(tmp_path / "missing.linreg")
    err = info.value
    assert err.problem == "file not found"
    assert str(err) == f"{tmp_path / 'missing.linreg'}: <file not found>"
    bad = tmp_path / "bad.linreg"
    bad.write_text('{"format": "something else", "version": 1}')
    with pytest.raises(SessionError) as info:
        load_session(bad)
    assert str(info.value).endswith(": <is not a linreg-gui session file>")


def test_messages_keep_english_and_translate_when_shown(upper_translator):
    inner = i18n.Message("inspector", "{n} rows", n=3)
    outer = i18n.Message("inspector", "Showing {what}.", what=inner)
    assert str(outer) == "Showing 3 rows."  # the English text, whatever the language
    assert i18n.shown(outer) == "<Showing <3 rows>.>"
    assert i18n.shown("plain") == "plain"
