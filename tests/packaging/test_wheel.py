"""A wheel carries resources/ inside the package (linreg_gui/resources/), and every module.

Built offline from a copy of the source (no build isolation, no index), in a few seconds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("linreg_gui", "resources"):
        shutil.copytree(REPO / name, src / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    env = dict(os.environ, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(tmp / "out"), str(src)],
        capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (found,) = (tmp / "out").glob("linreg_gui-*.whl")
    return found


def names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as zf:
        return set(zf.namelist())


def test_wheel_ships_the_resources(wheel: Path) -> None:
    inside = names(wheel)
    assert "linreg_gui/resources/samples/index.json" in inside
    assert "linreg_gui/resources/samples/lesson.csv" in inside
    assert "linreg_gui/resources/icons/linreg-gui.svg" in inside
    for size in ICON_SIZES:
        assert f"linreg_gui/resources/icons/linreg-gui-{size}.png" in inside
    on_disk = {f"linreg_gui/{p.relative_to(REPO).as_posix()}"
               for p in (REPO / "resources").rglob("*") if p.is_file()}
    assert on_disk <= inside
    assert not any(n.startswith("resources/") for n in inside)  # not as a top-level folder


def test_wheel_ships_every_module(wheel: Path) -> None:
    """pyproject.toml lists the packages by hand: a new subpackage must be added there."""
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "linreg_gui").rglob("*.py")
               if "__pycache__" not in p.parts}
    missing = modules - names(wheel)
    assert not missing, f"not in the wheel (add the package to pyproject.toml): {missing}"


def test_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(target)
    script = ("import linreg_gui.resources as r, linreg_gui.core.samples as s; "
              "print(r.resources_dir()); print(len(s.list_samples()))")
    env = dict(os.environ, PYTHONPATH=str(target))
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    where, count = proc.stdout.split()
    assert Path(where) == target / "linreg_gui" / "resources"
    assert int(count) >= 1
