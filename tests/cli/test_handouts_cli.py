"""``linreg-gui train ... --export-notebook OUT.ipynb [--lang ko|en]``: the notebook of the run
(its execution is tests/core/test_notebook.py); bad paths are refused before any training."""

from __future__ import annotations

import os

import nbformat
from cli_helpers import assert_one_line_error, run_all, train_args


def markdown(path) -> str:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def test_the_notebook_is_written_in_the_language_asked_for(tmp_path):
    done = run_all({
        "ko": train_args("--steps", "301", "--export-notebook", str(tmp_path / "ko.ipynb")),
        "en": train_args("--steps", "301", "--export-notebook", str(tmp_path / "en.ipynb"),
                         "--lang", "en"),
    })
    for d in done.values():
        assert d.returncode == 0, d.stderr
        assert "notebook: " in d.stdout
    ko, en = markdown(tmp_path / "ko.ipynb"), markdown(tmp_path / "en.ipynb")
    assert "# 데이터 확인" in ko and "업데이트 301회" in ko  # Korean by default, like the lesson
    assert "# The data" in en and "301 updates" in en and "데이터 확인" not in en
    # The lesson's columns as the window names them in that language; the numbers unchanged.
    assert "|공부시간|점수|" in ko and "hours" not in ko and "|hours|score|" in en
    assert "'공부시간'" in code(tmp_path / "ko.ipynb") and "'hours'" in code(tmp_path / "en.ipynb")


def code(path) -> str:
    return "\n".join(c.source for c in nbformat.read(path, as_version=4).cells
                     if c.cell_type == "code")


def test_a_users_own_file_keeps_its_column_names_in_korean_hand_outs(tmp_path):
    data = tmp_path / "own.csv"
    data.write_text("hours,score\n1,20\n2,40\n3,60\n", encoding="utf-8")
    done = run_all({"ko": train_args("--data", str(data), "--steps", "10", "--export-notebook",
                                     str(tmp_path / "ko.ipynb"))})
    assert done["ko"].returncode == 0, done["ko"].stderr
    assert "|hours|score|" in markdown(tmp_path / "ko.ipynb")


def test_bad_paths_are_refused_before_training(tmp_path):
    (tmp_path / "ro").mkdir()
    os.chmod(tmp_path / "ro", 0o555)
    try:
        done = run_all({
            "missing": train_args("--export-notebook", str(tmp_path / "nope" / "x.ipynb")),
            "folder": train_args("--export-notebook", str(tmp_path)),
            "empty": train_args("--export-notebook", ""),
            "lang": train_args("--export-notebook", str(tmp_path / "x.ipynb"), "--lang", "fr"),
            **({"read-only": train_args("--export-notebook", str(tmp_path / "ro" / "x.ipynb"))}
               if os.geteuid() != 0 else {}),
        })
    finally:
        os.chmod(tmp_path / "ro", 0o755)
    assert_one_line_error(done["missing"], "--export-notebook", "does not exist")
    assert_one_line_error(done["folder"], "--export-notebook", "folder, not a file")
    assert_one_line_error(done["empty"], "--export-notebook", "no file name")
    assert_one_line_error(done["lang"], "--lang")
    if "read-only" in done:
        assert_one_line_error(done["read-only"], "cannot be written to")
    assert sorted(os.listdir(tmp_path)) == ["ro"]


def test_the_report_is_written_headless_in_the_language_asked_for(tmp_path):
    import subprocess

    done = run_all({
        "ko": train_args("--steps", "301", "--report", str(tmp_path / "ko.pdf")),
        "en": train_args("--data", "resources/samples/two_features.csv", "--optimizer", "adam",
                         "--lr", "0.05", "--normalize", "--steps", "200", "--json",
                         "--report", str(tmp_path / "en.pdf"), "--lang", "en"),
        "bad": train_args("--report", str(tmp_path / "nope" / "r.pdf")),
    })
    assert done["ko"].returncode == 0, done["ko"].stderr
    assert done["en"].returncode == 0, done["en"].stderr
    assert_one_line_error(done["bad"], "--report", "does not exist")
    assert "Stopped at step 301" in done["ko"].stdout  # the command itself stays English

    def text(name):
        return subprocess.run(["pdftotext", "-layout", str(tmp_path / name), "-"],
                              capture_output=True, text=True, check=True).stdout

    ko = text("ko.pdf")
    for needle in ("16.2360", "7.0396", "9.6839", "3.1119", "1. 데이터", "3. 결과", "4. 판정",
                   "이름:", "스텝 301에서 멈췄습니다", "공부시간", "점수", "시드"):
        assert needle in ko, needle
    assert "hours" not in ko and "score" not in ko  # the window's names, not the engine's
    final = done["en"].json()["final"]
    en = text("en.pdf")
    for value in (*final["weight"], final["bias"], final["loss"], final["rmse"], final["r2"]):
        assert f"{value:.4f}" in en, value
    assert "2. Settings" in en and "Adam" in en and "데이터" not in en
    assert sorted(os.listdir(tmp_path)) == ["en.pdf", "ko.pdf"]
