"""Worksheets: the file round trip, every kind of task checked by the engine, result files,
and the teacher's table, where a tick without the run behind it is flagged."""

from __future__ import annotations

import json

import pytest

from linreg_gui.core.config import TrainConfig
from linreg_gui.core.dataset import Dataset
from linreg_gui.core.worksheet import (
    RESULT_SUFFIX,
    Task,
    Worksheet,
    WorksheetError,
    check,
    load_worksheet,
    make_result,
    prediction_answer,
    results_table,
    run_evidence,
    save_result,
    save_worksheet,
    table_csv,
)

TASKS = (
    Task("fast", "loss_below", {"loss": 10.0, "steps": 300}),
    Task("blow", "diverge"),
    Task("five", "predict", {"x": [5.0], "tolerance": 2.0}),
    Task("hand", "hand_start", {"loss": 50.0}),
)


@pytest.fixture
def sheet(tmp_path) -> Worksheet:
    ws = Worksheet("공부시간과 점수", Dataset.lesson(), ("lr", "steps", "reset"), TASKS)
    path = tmp_path / "sheet.linreg-worksheet"
    save_worksheet(path, ws)
    return load_worksheet(path)


def test_the_worksheet_file_round_trip(sheet):
    assert sheet.title == "공부시간과 점수"
    assert sheet.tasks == TASKS
    assert sheet.free == ("lr", "steps", "reset")
    assert sheet.dataset.n_rows == 3 and list(sheet.dataset.y) == [20, 40, 60]
    assert "300" in sheet.tasks[0].describe()


def test_bad_worksheet_files_say_what_is_wrong(tmp_path):
    bad = tmp_path / "bad.linreg-worksheet"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(WorksheetError, match="not valid JSON"):
        load_worksheet(bad)
    bad.write_text(json.dumps({"format": "linreg-gui worksheet", "columns": ["x", "y"],
                               "rows": [[1, 2], [2, 3]],
                               "tasks": [{"kind": "loss_below", "loss": 1, "steps": 0}]}))
    with pytest.raises(WorksheetError, match="task 1: steps"):
        load_worksheet(bad)
    with pytest.raises(WorksheetError, match="cannot be read"):
        load_worksheet(tmp_path / "missing.linreg-worksheet")


def test_each_task_is_checked_by_the_engine(sheet):
    ds = sheet.dataset
    fast, blow, five, hand = sheet.tasks
    assert check(fast, ds, run_evidence(TrainConfig(lr=0.01), [300]))
    assert not check(fast, ds, run_evidence(TrainConfig(lr=0.001), [200]))  # loss still high
    assert not check(fast, ds, run_evidence(TrainConfig(lr=0.01), [301]))  # too many steps
    assert check(blow, ds, run_evidence(TrainConfig(lr=1.0), [50]))
    assert not check(blow, ds, run_evidence(TrainConfig(lr=0.001), [50]))
    truth = prediction_answer(ds, [5.0])
    assert truth == pytest.approx(100.0)
    assert check(five, ds, {"answer": truth + 1.5})
    assert not check(five, ds, {"answer": truth + 2.5})
    assert check(hand, ds, {"weight": [19.0], "bias": 1.0})
    assert not check(hand, ds, {"weight": [0.0], "bias": 0.0})
    for task in sheet.tasks:
        assert not check(task, ds, None)
        assert not check(task, ds, {"config": "nonsense", "runs": [10**9]})


def test_the_teachers_table_flags_a_tick_without_its_run(sheet, tmp_path):
    folder = tmp_path / "results"
    folder.mkdir()
    honest = make_result(sheet, "김민지", {
        "fast": run_evidence(TrainConfig(lr=0.01), [100, 200]),
        "five": {"answer": 99.0},
    }, final={"step": 300, "loss": 0.0123})
    save_result(folder / ("kim" + RESULT_SUFFIX), honest)
    tampered = make_result(sheet, "이서준", {"five": {"answer": 100.0}}, final={"loss": 5.0})
    tampered["ticks"]["fast"] = True  # written into the file by hand: no run behind it
    tampered["ticks"]["blow"] = True
    tampered["evidence"]["blow"] = run_evidence(TrainConfig(lr=0.001), [10])  # not a blow-up
    save_result(folder / ("lee" + RESULT_SUFFIX), tampered)
    (folder / ("broken" + RESULT_SUFFIX)).write_text("[]", encoding="utf-8")
    other = Worksheet("other", Dataset.lesson(), (), TASKS[:1])
    save_result(folder / ("other" + RESULT_SUFFIX), make_result(other, "박", {}))

    rows = {r.file: r for r in results_table(sheet, folder)}
    kim, lee = rows["kim" + RESULT_SUFFIX], rows["lee" + RESULT_SUFFIX]
    assert (kim.name, kim.done, kim.total, kim.flagged, kim.final_loss) == (
        "김민지", 2, 4, (), 0.0123)
    assert (lee.name, lee.done, lee.flagged) == ("이서준", 1, ("fast", "blow"))
    assert "not a worksheet result" in rows["broken" + RESULT_SUFFIX].problem
    assert rows["other" + RESULT_SUFFIX].problem == "answers another worksheet"

    csv = table_csv(list(rows.values()), ("file", "name", "done", "flagged", "loss", "problem"))
    assert csv.startswith(b"\xef\xbb\xbf")
    text = csv[3:].decode("utf-8")
    assert "kim.linreg-result,김민지,2/4,,0.0123," in text
    assert "lee.linreg-result,이서준,1/4,fast blow,5.0000," in text
