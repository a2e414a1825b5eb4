#!/usr/bin/env python3
"""Edits the translations in qml/i18n/*.ts in place, by context and Dutch source text.

The .ts files are the source of truth (Qt Linguist opens them too); lupdate adds new
messages to them (cmake --build build --target update_translations). Then:

  translate.py missing [--ts nl]              lists what has no translation yet, one
                                              message a line: CONTEXT<TAB>SOURCE
  translate.py set CONTEXT SOURCE TEXT...     sets the translation (a %n message takes
              [--ts nl]                       one TEXT per plural form: English and Dutch
                                              both have two, singular then plural)
  translate.py apply FILE [--ts nl]           sets every line CONTEXT<TAB>SOURCE<TAB>TEXT
                                              [<TAB>PLURAL] of FILE (the output of
                                              `missing` with the translations added)

Newlines, tabs and carriage returns in texts are written as \\n, \\t and \\r. --ts en
(the default) is the English of every message; --ts nl holds only the Dutch plural forms
of the %n messages.
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

MESSAGE = re.compile(r'(<message( numerus="yes")?>\s*<source>(.*?)</source>.*?)'
                     r'(<translation[^>]*?(?:/>|>.*?</translation>))', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(.*?)</name>(.*?)</context>', re.S)


def escape_line(text):
    return (text.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')
            .replace('\r', '\\r'))


def unescape_line(text):
    special = {'n': '\n', 't': '\t', 'r': '\r'}
    return re.sub(r'\\(.)', lambda m: special.get(m.group(1), m.group(1)), text)


def protect(text):
    """The text as lupdate writes it: entities, and control characters as <byte>."""
    text = (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))
    return re.sub(r'[\x00-\x08\x0b-\x1f]', lambda m: '<byte value="x%x"/>' % ord(m.group(0)), text)


def unprotect(text):
    text = re.sub(r'<byte value="x([0-9a-fA-F]+)"/>', lambda m: chr(int(m.group(1), 16)), text)
    return html.unescape(text)


def ts_path(arguments):
    language = 'en'
    if '--ts' in arguments:
        index = arguments.index('--ts')
        language = arguments[index + 1]
        del arguments[index:index + 2]
    return os.path.join(HERE, 'trendweb_%s.ts' % language)


def messages(text):
    """(context, source, numerus, translation element, its span) of every message."""
    for context in CONTEXT.finditer(text):
        name = unprotect(context.group(1))
        base = context.start(2)
        for message in MESSAGE.finditer(context.group(2)):
            yield (name, unprotect(message.group(3)), bool(message.group(2)),
                   message.group(4), (base + message.start(4), base + message.end(4)))


def unfinished(element, numerus):
    if 'type="unfinished"' in element or 'type="vanished"' in element:
        return True
    if numerus:
        forms = re.findall(r'<numerusform>(.*?)</numerusform>', element, re.S)
        return not forms or any(not form for form in forms)
    return re.fullmatch(r'<translation>(.+)</translation>', element, re.S) is None


def missing(path):
    text = open(path, encoding='utf-8').read()
    for context, source, numerus, element, _ in messages(text):
        if unfinished(element, numerus):
            print('%s\t%s' % (context, escape_line(source)))


def set_all(path, entries):
    """entries: [(context, source, [texts])]; fails naming each that matches no message."""
    text = open(path, encoding='utf-8').read()
    wanted = {(context, source): texts for context, source, texts in entries}
    found = set()
    replacements = []
    for context, source, numerus, element, span in messages(text):
        texts = wanted.get((context, source))
        if texts is None:
            continue
        found.add((context, source))
        if numerus:
            forms = ''.join('\n            <numerusform>%s</numerusform>' % protect(t)
                            for t in texts)
            replacement = '<translation>%s\n        </translation>' % forms
        else:
            if len(texts) != 1:
                sys.exit('%s / %s: one translation expected' % (context, source))
            replacement = '<translation>%s</translation>' % protect(texts[0])
        replacements.append((span, replacement))
    for span, replacement in sorted(replacements, reverse=True):
        text = text[:span[0]] + replacement + text[span[1]:]
    open(path, 'w', encoding='utf-8').write(text)
    unknown = [key for key in wanted if key not in found]
    if unknown:
        sys.exit('no such message: %s' % '; '.join('%s / %s' % key for key in unknown))


def main(arguments):
    path = ts_path(arguments)
    if not arguments:
        sys.exit(__doc__)
    command = arguments[0]
    if command == 'missing':
        missing(path)
    elif command == 'set' and len(arguments) >= 4:
        set_all(path, [(arguments[1], unescape_line(arguments[2]),
                        [unescape_line(a) for a in arguments[3:]])])
    elif command == 'apply' and len(arguments) == 2:
        entries = []
        for line in open(arguments[1], encoding='utf-8').read().splitlines():
            if line.strip():
                fields = line.split('\t')
                if len(fields) < 3 or not fields[2]:
                    sys.exit('no translation in: %s' % line)
                entries.append((fields[0], unescape_line(fields[1]),
                                [unescape_line(f) for f in fields[2:]]))
        set_all(path, entries)
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main(sys.argv[1:])
