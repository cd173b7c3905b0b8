"""Entry point: ``linreg-gui`` (or ``python -m linreg_gui``).

    linreg-gui                 open the window with the lesson's data
    linreg-gui FILE.csv        open the window with that file
    linreg-gui train [...]     the headless command (see ``linreg-gui train --help``)
    linreg-gui --self-test     run the lesson through the real window and worker, print JSON

torch is not imported here: the window paints first, torch loads in the background.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["train"]:
        from linreg_gui import cli

        return cli.main(args[1:])
    from linreg_gui.gui import app

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
