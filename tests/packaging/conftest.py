"""The packaging scripts are files, not modules of the package: imported here by path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def load_script(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look modules up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def build_py() -> ModuleType:
    """packaging/build.py, the one build script."""
    return load_script("linreg_gui_build_script", REPO / "packaging" / "build.py")


@pytest.fixture(scope="session")
def launcher() -> ModuleType:
    """packaging/launcher.py, the bundle's entry point."""
    return load_script("linreg_gui_bundle_launcher", REPO / "packaging" / "launcher.py")
