"""Complete the English catalog (resources/i18n/linreg_gui_en.ts): English is the language the
code is written in, so every new message's English translation is its source text.

    .venv/bin/python tools/i18n_source_language.py resources/i18n/linreg_gui_en.ts

``make i18n`` runs it after pyside6-lupdate. It edits the file as text, so the rest of what
lupdate wrote stays byte for byte; entries already translated are left alone (an English
wording may differ from the source on purpose), and plural (numerus) entries are reported,
since their singular form has to be written by hand.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_UNFINISHED = re.compile(
    r"(<message>\s*<source>(?P<source>[^<]*)</source>\s*"
    r"(?:<comment>[^<]*</comment>\s*)?(?:<extracomment>[^<]*</extracomment>\s*)?"
    r"(?:<translatorcomment>[^<]*</translatorcomment>\s*)?)"
    r'<translation type="unfinished">(?P<old>[^<]*)</translation>',
    re.S,
)


def complete(text: str) -> tuple[str, int]:
    count = 0

    def fill(match: re.Match) -> str:
        nonlocal count
        count += 1
        return f"{match.group(1)}<translation>{match.group('source')}</translation>"

    return _UNFINISHED.sub(fill, text), count


def main(paths: list[str]) -> int:
    status = 0
    for path in map(Path, paths):
        text, count = complete(path.read_text(encoding="utf-8"))
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {count} new English entries filled from their source")
        if 'numerus="yes"' in text and 'type="unfinished"' in text:
            print(f"{path}: plural entries need their English forms by hand", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
