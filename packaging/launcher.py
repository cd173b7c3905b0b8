"""The bundle's entry point: the same ``main`` as the ``linreg-gui`` command of a pip install,
plus two settings so that the bundle writes only into the user's own folders:

- Started with no HOME (``env -i``, some kiosk and cron set-ups), Qt would take "/" as the home
  folder and write settings to /.config; the home folder from the password database is used
  instead, as GLib does.
- torch makes its compile cache folder (torchinductor_<user>) in the system's temporary folder
  when torch._dynamo is imported, even though this app never compiles; it goes to the app's
  own cache folder (where Qt's QStandardPaths.CacheLocation is) instead.
"""

import os
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from linreg_gui.__main__ import main

APP = "linreg-gui"


def _ensure_home() -> None:
    if os.name != "posix" or os.environ.get("HOME"):
        return
    try:
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
    except (ImportError, KeyError):
        return
    if home and os.path.isdir(home):
        os.environ["HOME"] = home


def user_folders(platform: str, environ: Mapping[str, str], home: str) -> dict[str, PurePath]:
    """Where the app's own files go on each system (``platform`` as sys.platform says it):
    what Qt's QStandardPaths and QSettings give for organization and application both
    "linreg-gui". Pure paths, so that Linux tests check the Windows and macOS answers too, and
    each CI runner checks its own against Qt (tests/packaging/test_user_folders.py).

    settings: the QSettings file (Windows: the registry key, as QSettings.fileName() names it);
    data: AppDataLocation (logs/ and recovery/ in it); cache: CacheLocation (torch's folder).
    """
    if platform == "win32":
        profile = PureWindowsPath(environ.get("USERPROFILE") or home)
        roaming = PureWindowsPath(environ.get("APPDATA") or profile / "AppData" / "Roaming")
        local = PureWindowsPath(environ.get("LOCALAPPDATA") or profile / "AppData" / "Local")
        data = roaming / APP / APP
        folders = {"settings": PureWindowsPath(rf"\\HKEY_CURRENT_USER\Software\{APP}\{APP}"),
                   "data": data, "cache": local / APP / APP / "cache"}
    elif platform == "darwin":
        library = PurePosixPath(home) / "Library"
        data = library / "Application Support" / APP / APP
        folders = {"settings": library / "Preferences" / f"com.{APP}.{APP}.plist",
                   "data": data, "cache": library / "Caches" / APP / APP}
    else:
        def xdg(var: str, default: str) -> PurePosixPath:
            return PurePosixPath(environ.get(var) or PurePosixPath(home) / default)

        data = xdg("XDG_DATA_HOME", ".local/share") / APP / APP
        folders = {"settings": xdg("XDG_CONFIG_HOME", ".config") / APP / f"{APP}.conf",
                   "data": data, "cache": xdg("XDG_CACHE_HOME", ".cache") / APP / APP}
    folders["logs"] = data / "logs"
    folders["recovery"] = data / "recovery"
    folders["torch_cache"] = folders["cache"] / "torchinductor"
    return folders


def _user_cache_dir() -> Path:
    """QStandardPaths.CacheLocation of this app (without importing Qt before the window)."""
    return Path(user_folders(sys.platform, os.environ, str(Path.home()))["cache"])


if __name__ == "__main__":
    _ensure_home()
    os.environ.setdefault("TORCHINDUCTOR_CACHE_DIR", str(_user_cache_dir() / "torchinductor"))
    sys.exit(main())
