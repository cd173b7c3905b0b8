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
