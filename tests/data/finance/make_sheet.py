#!/usr/bin/env python3
"""Builds finance.fods (a LibreOffice Calc flat-XML sheet of formulas) from cases.txt.

One row per case: A = case number, B = kind, C = rate or guess, D = the spreadsheet's result
(a formula), E = the same as text with 15 significant digits (so that the CSV export keeps every
digit), F = number of flows, then the flows, then (XIRR/XNPV) the dates as serial day numbers
(days since 1899-12-30). Evaluate and export with:

    soffice --headless --convert-to csv finance.fods   # writes finance.csv
"""
import datetime
from xml.sax.saxutils import escape

EPOCH = datetime.date(1899, 12, 30)


def col(i):  # 0-based column index to letters
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def main():
    rows = []
    for line in open("cases.txt", encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        kind, rate, flows, dates = line.split(";")
        flows = flows.split()
        dates = [datetime.date.fromisoformat(d) for d in dates.split()]
        rows.append((kind, rate, flows, dates))
    out = []
    for r, (kind, rate, flows, dates) in enumerate(rows, start=1):
        n = len(flows)
        f0, f1 = col(6), col(6 + n - 1)
        d0, d1 = col(6 + n), col(6 + 2 * n - 1)
        fr = f"[.{f0}{r}:.{f1}{r}]"
        dr = f"[.{d0}{r}:.{d1}{r}]"
        formula = {
            "irr": f"of:=IRR({fr};[.C{r}])",
            "npv": f"of:=NPV([.C{r}];{fr})",
            "xirr": f"of:=XIRR({fr};{dr};[.C{r}])",
            "xnpv": f"of:=XNPV([.C{r}];{fr};{dr})",
        }[kind]
        cells = [
            f'<table:table-cell office:value-type="float" office:value="{r}"/>',
            f'<table:table-cell office:value-type="string"><text:p>{kind}</text:p></table:table-cell>',
            f'<table:table-cell office:value-type="float" office:value="{rate}"/>',
            f'<table:table-cell table:formula="{escape(formula)}"/>',
            f'<table:table-cell table:formula="of:=IF(ISERROR([.D{r}]);&quot;error&quot;;TEXT([.D{r}];&quot;0.00000000000000E+00&quot;))"/>',
            f'<table:table-cell office:value-type="float" office:value="{n}"/>',
        ]
        cells += [f'<table:table-cell office:value-type="float" office:value="{v}"/>' for v in flows]
        cells += [f'<table:table-cell office:value-type="float" office:value="{(d - EPOCH).days}"/>'
                  for d in dates]
        out.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="cases">
{chr(10).join(out)}
</table:table></office:spreadsheet></office:body></office:document>
"""
    with open("finance.fods", "w", encoding="utf-8") as f:
        f.write(doc)


if __name__ == "__main__":
    main()
