#!/usr/bin/env python3
"""Make an .xlsx look as Excel saves a real Annex A workbook, and count its identified rows.

Usage: excel_save.py IN.xlsx OUT.xlsx

Every inline-string cell whose text is ``=FORMULA|<formula>|<cached value>`` becomes a formula
cell holding Excel's cached numeric result (``<c><f>..</f><v>..</v></c>``), the way a workbook
whose age column is computed from the date of birth is saved. Prints, as JSON, for each sheet
the number of rows below the heading row (the first row whose first cell is
``Child Unique ID`` or ``Individual adopter identifier``) whose first cell is not blank: the
independent count of rows that must reach the snapshot. Standard library only.
"""
import html
import json
import re
import sys
import zipfile

MARKED = re.compile(
    r'<c r="([A-Z]+[0-9]+)"( s="[0-9]+")? t="inlineStr"><is><t(?: xml:space="preserve")?>=FORMULA\|([^|<]*)\|([^<]*)</t></is></c>'
)
ROW = re.compile(r'<row r="([0-9]+)"[^>]*>(.*?)</row>', re.S)
FIRST_CELL = re.compile(r'<c r="A[0-9]+"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
TEXT = re.compile(r'<t[^>]*>(.*?)</t>|<v>(.*?)</v>', re.S)
SHARED = re.compile(r'<si>(.*?)</si>', re.S)
HEADINGS = {"child unique id", "individual adopter identifier"}


def formula_cell(match):
    reference, style, formula, cached = match.groups()
    return f'<c r="{reference}"{style or ""}><f>{formula}</f><v>{cached}</v></c>'


def cell_text(attributes, body, shared):
    parts = TEXT.findall(body or "")
    text = html.unescape("".join(a or b for a, b in parts))
    if 't="s"' in attributes and text.isdigit():
        text = shared[int(text)]
    return text.strip()


def identified_rows(sheet_xml, shared):
    count, seen_heading = 0, False
    for _, body in ROW.findall(sheet_xml):
        first = FIRST_CELL.search(body)
        text = cell_text(first.group(1), first.group(2), shared) if first else ""
        if not seen_heading:
            seen_heading = text.lower() in HEADINGS
            continue
        if text:
            count += 1
    return count


def main(source, target):
    names = {}
    counts = {}
    with zipfile.ZipFile(source) as zin:
        workbook = zin.read("xl/workbook.xml").decode()
        shared = []
        if "xl/sharedStrings.xml" in zin.namelist():
            for item in SHARED.findall(zin.read("xl/sharedStrings.xml").decode()):
                shared.append(html.unescape("".join(TEXT.sub(lambda m: m.group(1) or "", t) for t in re.findall(r"<t[^>]*>.*?</t>", item, re.S))))
        for number, name in enumerate(re.findall(r'<sheet name="([^"]+)"', workbook), start=1):
            names[f"xl/worksheets/sheet{number}.xml"] = html.unescape(name)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                if item.filename in names:
                    text = MARKED.sub(formula_cell, data.decode())
                    counts[names[item.filename]] = identified_rows(text, shared)
                    data = text.encode()
                zout.writestr(item, data)
    print(json.dumps(counts, sort_keys=True))


if __name__ == "__main__":
    main(*sys.argv[1:3])
