"""Where the app keeps its settings, logs, recovery files and caches on each system
(packaging/launcher.py's user_folders, what packaging/README.md and the installers promise).

On Linux: the Windows and macOS answers for a Korean user name and folders with spaces, and
the Linux answer against Qt's own QStandardPaths and QSettings, also with a home folder named
in Hangul with a space, where the app really writes its settings and log. Each CI runner
(Windows, macOS) runs test_matches_qt_on_this_system against its own Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_windows_folders_for_a_korean_user(launcher) -> None:
    home = r"C:\Users\홍길동"
    env = {"USERPROFILE": home, "APPDATA": home + r"\AppData\Roaming",
           "LOCALAPPDATA": home + r"\AppData\Local"}
    folders = launcher.user_folders("win32", env, home)
    roaming = r"C:\Users\홍길동\AppData\Roaming\linreg-gui\linreg-gui"
    assert folders["data"] == PureWindowsPath(roaming)
    assert folders["recovery"] == PureWindowsPath(roaming + r"\recovery")
    assert folders["logs"] == PureWindowsPath(roaming + r"\logs")
    assert folders["cache"] == PureWindowsPath(
        r"C:\Users\홍길동\AppData\Local\linreg-gui\linreg-gui\cache")
    assert str(folders["settings"]) == r"\\HKEY_CURRENT_USER\Software\linreg-gui\linreg-gui"
    # The environment variable for torch's cache is one string: spaces and Hangul survive.
    assert str(folders["torch_cache"]) == \
        r"C:\Users\홍길동\AppData\Local\linreg-gui\linreg-gui\cache\torchinductor"


def test_windows_folders_without_the_environment(launcher) -> None:
    """A stripped environment (a kiosk set-up): the profile folder still decides."""
    folders = launcher.user_folders("win32", {}, r"C:\Users\Kim Min Su")
    assert folders["recovery"] == PureWindowsPath(
        r"C:\Users\Kim Min Su\AppData\Roaming\linreg-gui\linreg-gui\recovery")
    assert folders["cache"] == PureWindowsPath(
        r"C:\Users\Kim Min Su\AppData\Local\linreg-gui\linreg-gui\cache")


def test_macos_folders_for_a_korean_user(launcher) -> None:
    folders = launcher.user_folders("darwin", {"XDG_DATA_HOME": "/ignored"}, "/Users/홍길동")
    support = "/Users/홍길동/Library/Application Support/linreg-gui/linreg-gui"
    assert folders["data"] == PurePosixPath(support)
    assert folders["recovery"] == PurePosixPath(support + "/recovery")
    assert folders["settings"] == PurePosixPath(
        "/Users/홍길동/Library/Preferences/com.linreg-gui.linreg-gui.plist")
    assert folders["cache"] == PurePosixPath("/Users/홍길동/Library/Caches/linreg-gui/linreg-gui")


def test_linux_folders_honour_xdg(launcher) -> None:
    folders = launcher.user_folders("linux", {"XDG_CONFIG_HOME": "/srv/반 1/config"},
                                    "/home/홍길동")
    assert folders["settings"] == PurePosixPath("/srv/반 1/config/linreg-gui/linreg-gui.conf")
    assert folders["recovery"] == PurePosixPath(
        "/home/홍길동/.local/share/linreg-gui/linreg-gui/recovery")
    assert folders["cache"] == PurePosixPath("/home/홍길동/.cache/linreg-gui/linreg-gui")


# Run in a fresh interpreter: Qt reads the home folder and XDG variables once per process.
PROBE = r"""
import json, logging, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from linreg_gui.gui.app import APP_ID
app = QCoreApplication([APP_ID])
app.setApplicationName(APP_ID)
app.setOrganizationName(APP_ID)
from linreg_gui import logging_setup
from linreg_gui.gui import session_controller
settings = QSettings()
settings.setValue("ui/language", "ko")
settings.sync()
log = logging_setup.setup_logging(to_file=True)
logging.getLogger("probe").warning("한글 경로 probe")
logging.shutdown()
L = QStandardPaths.StandardLocation
print(json.dumps({
    "settings": settings.fileName(),
    "data": QStandardPaths.writableLocation(L.AppDataLocation),
    "cache": QStandardPaths.writableLocation(L.CacheLocation),
    "logs": str(logging_setup.log_dir()), "log_file": str(log),
    "recovery": str(session_controller.default_recovery_dir()),
}))
"""


def probe_qt(env: dict) -> dict:
    env = {k: v for k, v in env.items() if k != "LINREG_RECOVERY_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run([sys.executable, "-c", PROBE, str(REPO)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def same(kind: str, qt_path: str, ours) -> bool:
    pure = PureWindowsPath if kind == "win32" else PurePosixPath
    return pure(qt_path) == pure(str(ours))  # Qt writes C:/Users/... on Windows


def test_matches_qt_on_this_system(launcher) -> None:
    """The table above is what Qt does: checked on whichever system runs the suite (CI runs
    it on Linux, Windows and macOS). Settings go through QSettings, so only the path Qt
    names is compared on Windows (the registry, where no file is written)."""
    env = dict(os.environ)
    qt = probe_qt(env)
    folders = launcher.user_folders(sys.platform, env, str(Path.home()))
    for key in ("settings", "data", "cache", "logs", "recovery"):
        assert same(sys.platform, qt[key], folders[key]), (key, qt[key], folders[key])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="HOME decides on Linux only")
def test_a_home_named_in_hangul_with_a_space(launcher, tmp_path: Path) -> None:
    home = tmp_path / "home" / "홍길동 선생님"
    home.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    qt = probe_qt(env)
    folders = launcher.user_folders(sys.platform, env, str(home))
    for key in ("settings", "data", "cache", "logs", "recovery"):
        assert Path(qt[key]) == Path(folders[key]), key
    # The app really wrote there: the language setting and the log, in UTF-8.
    assert "language=ko" in Path(folders["settings"]).read_text(encoding="utf-8")
    assert Path(qt["log_file"]).parent == Path(folders["logs"])
    assert "한글 경로 probe" in Path(qt["log_file"]).read_text(encoding="utf-8")
    written = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert written == [".config/linreg-gui/linreg-gui.conf",
                       ".local/share/linreg-gui/linreg-gui/logs/linreg-gui.log"]
