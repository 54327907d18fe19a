#!/usr/bin/env python3
"""Fill translations into a Qt .ts file from tab-separated files or other .ts files.

    tools/ts-apply.py translations/imap-password-wizard_ja.ts my-strings.tsv [more.tsv | other.ts ...]

Each line of a TSV: context<TAB>source<TAB>translation (\\n in a field stands for a newline). From a .ts source,
its finished translations are taken (useful after a merge: regenerate with lupdate, then fill from both sides).
A message whose context and source match gets the translation and loses type="unfinished". Prints what is still
unfinished.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(field):
    return field.replace("\\n", "\n").replace("\\t", "\t")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    ts_path, sources = sys.argv[1], sys.argv[2:]
    wanted = {}
    for source_path in sources:
        if source_path.endswith(".ts"):
            for context in ET.parse(source_path).getroot().iter("context"):
                for message in context.iter("message"):
                    translation = message.find("translation")
                    if translation is not None and translation.text and translation.get("type") is None:
                        wanted[(context.findtext("name"), message.findtext("source"))] = translation.text
            continue
        with open(source_path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{source_path}:{n}: expected 3 tab-separated fields")
                wanted[(parts[0], unescape(parts[1]))] = unescape(parts[2])
    tree = ET.parse(ts_path)
    unfinished = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            key = (name, source)
            if key in wanted:
                translation.text = wanted[key]
                translation.attrib.pop("type", None)
            if translation.get("type") == "unfinished":
                unfinished.append(f"{name}\t{source!r}")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    with open(ts_path, "r+", encoding="utf-8") as f:  # keep lupdate's DOCTYPE so diffs stay small
        text = f.read()
        if "<!DOCTYPE TS>" not in text:
            text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
            f.seek(0); f.write(text); f.truncate()
    for u in unfinished:
        print("unfinished:", u)


if __name__ == "__main__":
    main()
