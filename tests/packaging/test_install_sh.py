"""packaging/install.sh installs a bundle for one user without root and removes all of it again.

A stand-in bundle (a shell script for the executable, the real icons) keeps this quick; .ci/bundle
does the same with the real bundle and runs its --self-test through the installed symlink."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# The Linux installer (a POSIX shell script writing XDG folders); CI's Windows and macOS
# runners test their own installers with packaging/build.py smoke --installed.
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")

REPO = Path(__file__).resolve().parents[2]
INSTALL = REPO / "packaging" / "install.sh"
SIZES = (16, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    root = tmp_path / "bundle" / "linreg-gui"
    shutil.copytree(REPO / "resources", root / "_internal" / "resources")
    exe = root / "linreg-gui"
    exe.write_text('#!/bin/sh\necho "stand-in linreg-gui $*"\n')
    exe.chmod(0o755)
    return root


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


def run(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    proc = subprocess.run(["sh", str(INSTALL), *args], env=env, capture_output=True, text=True,
                          timeout=60)
    if check:
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def leftovers(home: Path) -> list[str]:
    return sorted(str(p.relative_to(home)) for p in home.rglob("*") if not p.is_dir())


def test_install_then_uninstall_leaves_nothing(home: Path, bundle: Path) -> None:
    run(home, str(bundle))
    share = home / ".local" / "share"
    app_dir = share / "linreg-gui" / "app"
    assert (app_dir / "linreg-gui").is_file()
    link = home / ".local" / "bin" / "linreg-gui"
    assert link.is_symlink() and link.resolve() == (app_dir / "linreg-gui").resolve()
    out = subprocess.run([str(link), "--self-test"], capture_output=True, text=True, timeout=30)
    assert out.stdout.strip() == "stand-in linreg-gui --self-test"

    desktop = (share / "applications" / "linreg-gui.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app_dir}/linreg-gui" %f' in desktop.splitlines()
    for line in ("Icon=linreg-gui", "Terminal=false", "StartupWMClass=linreg-gui",
                 "Categories=Education;Science;", "Name[ko]=선형회귀 학습"):
        assert line in desktop.splitlines(), line
    for size in SIZES:
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "linreg-gui.png"
        assert png.read_bytes() == (REPO / "resources" / "icons" / f"linreg-gui-{size}.png"
                                    ).read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "linreg-gui.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate",
                                str(share / "applications" / "linreg-gui.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr

    run(home, str(bundle))  # again, over the first install (an upgrade)
    assert (app_dir / "linreg-gui").is_file() and not (app_dir.parent / "app.new").exists()

    run(home, "--uninstall")
    assert leftovers(home) == []
    assert not (share / "linreg-gui").exists()


def test_uninstall_keeps_user_data_unless_purged(home: Path, bundle: Path) -> None:
    settings = home / ".config" / "linreg-gui" / "linreg-gui.conf"
    log = home / ".local" / "share" / "linreg-gui" / "linreg-gui" / "logs" / "linreg-gui.log"
    for path in (settings, log):
        path.parent.mkdir(parents=True)
        path.write_text("user data\n")
    run(home, str(bundle))
    run(home, "--uninstall")
    assert leftovers(home) == sorted(str(p.relative_to(home)) for p in (settings, log))
    run(home, "--uninstall", "--purge")
    assert leftovers(home) == []


def test_a_pip_installed_command_is_left_alone(home: Path, bundle: Path) -> None:
    script = home / ".local" / "bin" / "linreg-gui"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n# pip --user's linreg-gui\n")
    proc = run(home, str(bundle))
    assert "not ours" in proc.stdout
    run(home, "--uninstall")
    assert leftovers(home) == [".local/bin/linreg-gui"]


def test_refuses_what_is_not_a_bundle(home: Path, tmp_path: Path) -> None:
    proc = run(home, str(tmp_path), check=False)
    assert proc.returncode != 0 and "not a linreg-gui bundle" in proc.stderr
    proc = run(home, "--bogus", check=False)
    assert proc.returncode != 0 and "unknown option" in proc.stderr
    assert leftovers(home) == []


@pytest.mark.skipif(not shutil.which("shellcheck"), reason="shellcheck is not installed")
def test_shellcheck_is_clean() -> None:
    proc = subprocess.run(["shellcheck", str(INSTALL)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout
