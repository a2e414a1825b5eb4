#!/usr/bin/python3
"""Every text field in the window's QML has a name a screen reader can say.

Qt 6.4 gives a TextField no accessible name of its own: its placeholder becomes the
description, so Orca says "text box" and nothing more. The AT-SPI test (listen.py) hears the
fields that are on screen; this check covers those in dialogs and panels it does not open.
A field needs `Accessible.name`; FieldArea names itself after its placeholder.

    tests/accessibility/fieldnames.py QML-FOLDER
"""
import pathlib
import re
import sys

FIELDS = ("TextField", "TextArea", "SpinBox", "ComboBox", "ChoiceBox")


def blocks(text):
    for match in re.finditer(r"\b(%s)\s*\{" % "|".join(FIELDS), text):
        depth, i = 1, match.end()
        while depth and i < len(text):
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        yield match.group(1), text.count("\n", 0, match.start()) + 1, text[match.start():i]


def main():
    folder = pathlib.Path(sys.argv[1])
    unnamed = []
    for path in sorted(folder.glob("*.qml")):
        if path.name in ("FieldArea.qml", "ChoiceBox.qml"):
            continue  # the components that give their fields a name
        for kind, line, block in blocks(path.read_text(encoding="utf-8")):
            if "Accessible.name" not in block:
                unnamed.append("%s:%d: %s without Accessible.name" % (path.name, line, kind))
    for finding in unnamed:
        print(finding)
    print("%d field(s) without a name" % len(unnamed))
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
