"""Fill a Qt .ts file's unfinished translations from another .ts file (a branch's copy).

Two branches that each add tr() strings conflict in resources/i18n/*.ts. The way out:

    git checkout --ours resources/i18n/linreg_gui_ko.ts
    git show BRANCH:resources/i18n/linreg_gui_ko.ts > /tmp/theirs.ts
    make i18n-update                      # adds the merged sources' new strings, unfinished
    .venv/bin/python tools/ts_merge.py resources/i18n/linreg_gui_ko.ts /tmp/theirs.ts
    make i18n-update i18n-compile         # lupdate's own layout again, then the .qm files

A message is matched by (context, source, comment). Only unfinished or empty translations in
the first file are filled, and only from finished ones in the second: nothing translated is
overwritten. Prints how many were filled and how many stay unfinished.
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ET


def _key(context: ET.Element, message: ET.Element) -> tuple[str, str, str]:
    return (
        context.findtext("name", ""),
        message.findtext("source", ""),
        message.findtext("comment", ""),
    )


def _is_unfinished(translation: ET.Element | None) -> bool:
    if translation is None:
        return True
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    forms = translation.findall("numerusform")
    if forms:
        return not all((f.text or "").strip() for f in forms)
    return not (translation.text or "").strip()


def merge(ours_path: str, theirs_path: str) -> tuple[int, int]:
    ours = ET.parse(ours_path)
    theirs = ET.parse(theirs_path)
    done: dict[tuple[str, str, str], ET.Element] = {}
    for context in theirs.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if not _is_unfinished(translation):
                done[_key(context, message)] = translation
    filled = left = 0
    for context in ours.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if not _is_unfinished(translation):
                continue
            found = done.get(_key(context, message))
            if found is None:
                left += 1
                continue
            if translation is not None:
                message.remove(translation)
            message.append(copy.deepcopy(found))
            filled += 1
    ours.write(ours_path, encoding="utf-8", xml_declaration=True)
    return filled, left


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    filled, left = merge(argv[1], argv[2])
    print(f"filled {filled}, still unfinished {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
