"""The engine knows no screen: linreg_gui.core imports without Qt, checked two ways, and each
check is shown to catch a core module that does import Qt."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import linreg_gui.core

REPO = Path(__file__).resolve().parents[2]
SCREEN = ("PySide6", "pyqtgraph", "shiboken6")
CONTRACT = "The engine (linreg_gui.core) knows no screen"


def core_modules(core_path=None) -> list[str]:
    path = [str(core_path)] if core_path else linreg_gui.core.__path__
    return sorted(m.name for m in pkgutil.walk_packages(path, prefix="linreg_gui.core."))


def child_env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(root)
    return env


def import_without_qt(root: Path, modules: list[str]) -> subprocess.CompletedProcess:
    """Import each module in a fresh interpreter; fail naming the first that loads Qt."""
    script = f"""
import importlib, sys
for name in {modules!r}:
    importlib.import_module(name)
    screen = sorted(m for m in sys.modules
                    if m.startswith({SCREEN!r}) or m == 'linreg_gui.gui'
                    or m.startswith('linreg_gui.gui.'))
    if screen:
        print(name, 'brought in', screen[:5])
        sys.exit(1)
assert sys.modules['linreg_gui'].__file__.startswith({str(root)!r})
print('ok', {len(modules)})
"""
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        env=child_env(root),
        capture_output=True,
        text=True,
        timeout=120,
    )


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "lint-imports"
    assert exe.exists(), exe
    return subprocess.run(
        [str(exe), "--no-cache"],
        cwd=root,
        env=child_env(root),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_core_modules_are_discovered():
    modules = core_modules()
    for expected in ("dataset", "history", "optimum", "trainer", "verdict"):
        assert f"linreg_gui.core.{expected}" in modules


def test_every_core_module_imports_without_qt():
    modules = core_modules()
    proc = import_without_qt(REPO, modules)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip() == f"ok {len(modules)}"


def test_the_import_contract_holds():
    proc = lint_imports(REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{CONTRACT} KEPT" in proc.stdout


def test_both_checks_catch_a_core_module_that_imports_qt(tmp_path):
    shutil.copytree(REPO / "linreg_gui", tmp_path / "linreg_gui",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    # Indirectly, as a real slip would: a core module importing a gui module.
    (tmp_path / "linreg_gui" / "gui" / "_probe_widget.py").write_text("import pyqtgraph\n")
    (tmp_path / "linreg_gui" / "core" / "_probe.py").write_text(
        "from linreg_gui.gui import _probe_widget\n"
    )
    modules = core_modules(tmp_path / "linreg_gui" / "core")
    assert "linreg_gui.core._probe" in modules  # new modules are covered without editing tests
    proc = import_without_qt(tmp_path, modules)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stdout.startswith("linreg_gui.core._probe brought in")

    proc = lint_imports(tmp_path)
    assert proc.returncode != 0, proc.stdout + proc.stderr
    assert f"{CONTRACT} BROKEN" in proc.stdout


def test_settings_load_before_torch():
    """The window paints before torch has loaded, so its settings module must not pull it in."""
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, linreg_gui.core.config as c; c.TrainConfig().validate(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'torch')[:3])",
        ],
        cwd=REPO,
        env=child_env(REPO),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
