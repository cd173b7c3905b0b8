"""packaging/build.py on Linux: the parts of it that Windows and macOS runners use, with the
paths those systems have (a Korean user name, folders with spaces), and its checks' verdicts."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

KOREAN_HOME = PureWindowsPath(r"C:\Users\홍길동")
WINDOWS_ENV = {
    "USERPROFILE": str(KOREAN_HOME),
    "APPDATA": str(KOREAN_HOME / "AppData" / "Roaming"),
    "LOCALAPPDATA": str(KOREAN_HOME / "AppData" / "Local"),
    "ProgramFiles": r"C:\Program Files",
    "ProgramFiles(x86)": r"C:\Program Files (x86)",
}


def test_release_names_per_system(build_py) -> None:
    assert build_py.release_name("linux", "0.1.0", "x86_64") == \
        "linreg-gui-0.1.0-linux-x86_64.tar.gz"
    assert build_py.release_name("windows", "0.1.0", "x64") == \
        "linreg-gui-0.1.0-windows-x64-setup.exe"
    assert build_py.release_name("macos", "0.1.0", "arm64") == "linreg-gui-0.1.0-macos-arm64.dmg"
    assert {build_py.system(p) for p in ("win32", "darwin", "linux")} == \
        {"windows", "macos", "linux"}


def test_the_inno_setup_script_writes_the_name_build_py_expects(build_py) -> None:
    """ISCC gets the output name as a define; without it the script's default is the same."""
    iss = build_py.ISS.read_text(encoding="utf-8-sig")
    assert '#define OutputName "linreg-gui-" + AppVersion + "-windows-x64-setup"' in iss
    assert "OutputBaseFilename={#OutputName}" in iss and "OutputDir=dist" in iss
    iscc = PureWindowsPath(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    iss = PureWindowsPath(r"C:\Users\홍길동\My Projects\linreg-gui.iss")
    command = build_py.iscc_command(iscc, iss, "0.1.0",
                                    build_py.release_name("windows", "0.1.0", "x64"))
    assert command == [r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe", "/DAppVersion=0.1.0",
                       "/DOutputName=linreg-gui-0.1.0-windows-x64-setup",
                       r"C:\Users\홍길동\My Projects\linreg-gui.iss"]


def test_inno_setup_is_found_in_its_default_folders(build_py) -> None:
    assert build_py.iscc_candidates(WINDOWS_ENV) == [
        PureWindowsPath(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"),
        PureWindowsPath(r"C:\Program Files\Inno Setup 6\ISCC.exe"),
        PureWindowsPath(r"C:\Users\홍길동\AppData\Local\Programs\Inno Setup 6\ISCC.exe"),
    ]


def test_installer_puts_things_in_the_users_own_folders(build_py) -> None:
    where = build_py.windows_install_locations(WINDOWS_ENV)
    assert where["app"] == PureWindowsPath(r"C:\Users\홍길동\AppData\Local\Programs\linreg-gui")
    assert where["start_menu"] == PureWindowsPath(
        r"C:\Users\홍길동\AppData\Roaming\Microsoft\Windows\Start Menu\Programs")
    assert where["desktop"] == PureWindowsPath(r"C:\Users\홍길동\Desktop")
    # Without LOCALAPPDATA/APPDATA (a stripped environment): under the profile all the same.
    bare = build_py.windows_install_locations({"USERPROFILE": r"C:\Users\Kim Min Su"})
    assert bare["app"] == PureWindowsPath(r"C:\Users\Kim Min Su\AppData\Local\Programs\linreg-gui")


def test_the_script_and_the_smoke_test_agree_on_shortcuts_and_association(build_py) -> None:
    iss = build_py.ISS.read_text(encoding="utf-8-sig")
    for language, shortcut in build_py.SHORTCUT_NAMES.items():
        assert f"{language}.ShortcutName={shortcut}\n" in iss
        assert f'Name: "{language}"' in iss
    assert 'Name: "{autoprograms}\\{cm:ShortcutName}"' in iss
    assert 'Name: "{autodesktop}\\{cm:ShortcutName}"' in iss
    assert "PrivilegesRequired=lowest" in iss and "ChangesAssociations=yes" in iss
    # The command Explorer runs for a .linreg file: both the program and the file quoted,
    # so a folder with spaces or Hangul stays one argument.
    assert r'Subkey: "Software\Classes\linreg-gui.session\shell\open\command"' in iss
    assert r'ValueData: """{app}\{#AppExe}"" ""%1"""' in iss
    assert r'Subkey: "Software\Classes\.linreg"; ValueType: string; ValueName: ""; ' \
           r'ValueData: "linreg-gui.session"' in iss
    assert iss.count("Root: HKA;") == 5  # per user: no HKLM key


def test_bundle_executable_per_system(build_py) -> None:
    dist = PureWindowsPath(r"C:\Users\홍길동\바탕 화면\linreg gui\dist")
    assert build_py.bundle_executable("windows", dist) == dist / "linreg-gui" / "linreg-gui-cli.exe"
    mac = PurePosixPath("/Users/홍길동/My Files/dist")
    assert build_py.bundle_executable("macos", mac) == \
        mac / "linreg-gui.app" / "Contents" / "MacOS" / "linreg-gui"
    assert build_py.bundle_executable("linux", PurePosixPath("dist")) == \
        PurePosixPath("dist/linreg-gui/linreg-gui")


def test_smoke_verdicts(build_py) -> None:
    assert build_py.check_self_test('log line\n{"self_test": "pass", "steps": 3}\n')["steps"] == 3
    with pytest.raises(SystemExit, match="did not pass"):
        build_py.check_self_test('{"self_test": "fail", "why": "loss"}')
    with pytest.raises(SystemExit, match="no JSON"):
        build_py.check_self_test("Traceback (most recent call last):\n")
    assert build_py.check_train(json.dumps({"final": {"step": 300}}), 300)
    with pytest.raises(SystemExit, match="stopped at step 12, not 300"):
        build_py.check_train(json.dumps({"final": {"step": 12}}), 300)


def stand_in_bundle(folder: Path, output: str) -> Path:
    exe = folder / "linreg-gui"
    exe.parent.mkdir(parents=True)
    exe.write_text(f"#!/bin/sh\ncat <<'EOF'\n{output}\nEOF\n", encoding="utf-8")
    exe.chmod(0o755)
    return exe


@pytest.mark.skipif(sys.platform == "win32", reason="a shell-script stand-in executable")
def test_smoke_fails_when_the_executable_fails(build_py, tmp_path: Path) -> None:
    exe = stand_in_bundle(tmp_path / "홍길동 폴더" / "linreg-gui", '{"self_test": "fail"}')
    with pytest.raises(SystemExit, match="did not pass"):
        build_py.smoke_executable(exe)
    with pytest.raises(SystemExit, match="no executable"):
        build_py.smoke_executable(tmp_path / "missing")


def test_tar_gz_keeps_the_folder_symlinks_and_hangul(build_py, tmp_path: Path) -> None:
    bundle = tmp_path / "dist" / "linreg-gui"
    (bundle / "_internal" / "자료").mkdir(parents=True)
    (bundle / "_internal" / "자료" / "수업 1.csv").write_text("x,y\n1,2\n", encoding="utf-8")
    (bundle / "_internal" / "libfoo.so").symlink_to("자료")
    old = tmp_path / "dist" / "linreg-gui-0.0.9-linux-x86_64.tar.gz"
    old.write_bytes(b"old")
    out = build_py.make_tar_gz(bundle, tmp_path / "dist" / "linreg-gui-0.1.0-linux-x86_64.tar.gz")
    assert not old.exists()  # one archive in dist/, the new one
    assert sorted(p.name for p in out.parent.iterdir()) == ["linreg-gui", out.name]
    with tarfile.open(out) as tar:
        names = {m.name: m for m in tar.getmembers()}
    assert "linreg-gui/_internal/자료/수업 1.csv" in names
    assert names["linreg-gui/_internal/libfoo.so"].issym()


def test_checksums_match_sha256sum(build_py, tmp_path: Path) -> None:
    (tmp_path / "linreg-gui-0.1.0-windows-x64-setup.exe").write_bytes(b"\x00setup" * 1000)
    (tmp_path / "linreg-gui-0.1.0-macos-arm64.dmg").write_bytes(b"dmg")
    out = build_py.sha256sums(tmp_path)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == hashlib.sha256(b"dmg").hexdigest() + "  linreg-gui-0.1.0-macos-arm64.dmg"
    assert len(lines) == 2
    if shutil.which("sha256sum"):
        check = subprocess.run(["sha256sum", "--check", "SHA256SUMS"], cwd=tmp_path,
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    (tmp_path / "linreg-gui-0.1.0-macos-arm64.dmg").write_bytes(b"tampered")
    assert build_py.sha256sums(tmp_path).read_text(encoding="utf-8") != "\n".join(lines) + "\n"


def test_release_files_are_what_the_workflow_uploads(build_py, tmp_path: Path) -> None:
    for name in ("linreg-gui-0.1.0-linux-x86_64.tar.gz", "linreg-gui-0.1.0-windows-x64-setup.exe",
                 "linreg-gui-0.1.0-macos-arm64.dmg", "linreg-gui.tar.gz.partial", "notes.txt"):
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in build_py.release_files(tmp_path)] == [
        "linreg-gui-0.1.0-linux-x86_64.tar.gz", "linreg-gui-0.1.0-macos-arm64.dmg",
        "linreg-gui-0.1.0-windows-x64-setup.exe"]
