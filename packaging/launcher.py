"""The bundle's entry point: the same ``main`` as the ``linreg-gui`` command of a pip install.

One addition for the bundle: started with no HOME (``env -i``, some kiosk and cron set-ups), Qt
would take "/" as the home folder and write settings to /.config; the user's own home folder
from the password database is used instead, as GLib does.
"""

import os
import sys

from linreg_gui.__main__ import main


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


if __name__ == "__main__":
    _ensure_home()
    sys.exit(main())
