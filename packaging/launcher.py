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
from pathlib import Path

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


def _user_cache_dir() -> Path:
    """QStandardPaths.CacheLocation for organization and application both "linreg-gui"."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser(r"~\AppData\Local")
        return Path(base) / APP / APP / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP / APP
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP / APP


if __name__ == "__main__":
    _ensure_home()
    os.environ.setdefault("TORCHINDUCTOR_CACHE_DIR", str(_user_cache_dir() / "torchinductor"))
    sys.exit(main())
