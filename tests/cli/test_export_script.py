"""``linreg-gui train ... --export-script OUT.py``: the script repeats the run."""

from __future__ import annotations

import ast
import sys

import pytest
from cli_helpers import assert_one_line_error, run_all, script_values, train_args

from linreg_gui import cli
from linreg_gui.core import codegen


def f4(v: float) -> str:
    return f"{v:.4f}"


RUNS = {
    "lesson": ["--steps", "301"],
    "two-features-adam-standardized": [
        "--data", "resources/samples/two_features.csv", "--normalize", "--optimizer", "adam",
        "--lr", "0.05", "--steps", "200"],
    "mini-batch": ["--data", "resources/samples/study_hours_50.csv", "--batch-size", "8",
                   "--lr", "0.01", "--steps", "150", "--optimizer", "momentum"],
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("out")
    trained = run_all({
        name: train_args(*args, "--json", "--export-script", str(folder / f"{name}.py"))
        for name, args in RUNS.items()
    })
    for done in trained.values():
        assert done.returncode == 0, done.stderr
    scripts = run_all({name: [sys.executable, str(folder / f"{name}.py")] for name in RUNS},
                      cwd=folder)
    return folder, trained, scripts


@pytest.mark.parametrize("name", list(RUNS))
def test_the_exported_script_prints_the_commands_results(exported, name):
    folder, trained, scripts = exported
    done = scripts[name]
    assert done.returncode == 0, done.stderr
    got = script_values(done.stdout)
    final = trained[name].json()["final"]
    assert [f4(v) for v in got["weight"]] == [f4(v) for v in final["weight"]]
    assert (f4(got["bias"]), f4(got["loss"])) == (f4(final["bias"]), f4(final["loss"]))
    assert got["weight"] == pytest.approx(final["weight"], rel=1e-9, abs=1e-9)
    assert got["bias"] == pytest.approx(final["bias"], rel=1e-9, abs=1e-9)
    assert got["loss"] == pytest.approx(final["loss"], rel=1e-9, abs=1e-9)
    # Written whole: no temporary file beside it.
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_the_lessons_numbers(exported):
    _folder, _trained, scripts = exported
    got = script_values(scripts["lesson"].stdout)
    assert (f4(got["weight"][0]), f4(got["bias"]), f4(got["loss"])) == (
        "16.2360", "7.0396", "9.6839")


def test_the_script_imports_only_torch(exported):
    folder, _trained, _scripts = exported
    for name in RUNS:
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        imported = {a.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                    for a in node.names}
        assert imported == {"torch"}
        assert not any(isinstance(node, ast.ImportFrom) for node in ast.walk(tree))


def test_text_mode_says_where_the_script_is(tmp_path):
    out = tmp_path / "lesson.py"
    done = run_all({"t": train_args("--steps", "3", "--export-script", str(out))})["t"]
    assert done.returncode == 0, done.stderr
    assert f"script: {out}" in done.stdout and out.exists()


def test_bad_paths_exit_2_before_training(tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    done = run_all({
        "missing-folder": train_args("--export-script", str(tmp_path / "nope" / "run.py")),
        "a-folder": train_args("--export-script", str(tmp_path)),
        "under-a-file": train_args("--export-script", str(a_file / "run.py")),
        "empty": train_args("--export-script", ""),
    })
    assert_one_line_error(done["missing-folder"], "--export-script", "does not exist")
    assert_one_line_error(done["a-folder"], "--export-script", "is a folder, not a file")
    assert_one_line_error(done["under-a-file"], "--export-script", "does not exist")
    assert_one_line_error(done["empty"], "--export-script needs a file name")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_write_that_fails_after_training_is_one_line(tmp_path, monkeypatch, capsys):
    def refuse(path, text):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(codegen, "write_script", refuse)
    out = tmp_path / "run.py"
    code = cli.main(["--steps", "3", "--export-script", str(out)])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err == f"linreg-gui train: --export-script: cannot write {out}: " \
                           f"Permission denied\n"
    assert not out.exists()


def test_an_existing_file_is_replaced(tmp_path):
    out = tmp_path / "run.py"
    out.write_text("old")
    done = run_all({"t": train_args("--steps", "0", "--export-script", str(out))})["t"]
    assert done.returncode == 0, done.stderr
    assert "import torch" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.py"]
