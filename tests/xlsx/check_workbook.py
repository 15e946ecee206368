#!/usr/bin/env python3
"""The Excel workbook that `effekt export-xlsx` writes, read back (docs/exports.md).

    check_workbook.py openpyxl    EFFEKT FILE WORKDIR
    check_workbook.py libreoffice EFFEKT FILE WORKDIR SOFFICE

openpyxl: every sheet is there in English and in Bokmål; every number of the payment schedule,
the cash flows, the key figures and the scenarios equals what `effekt compute` and `effekt
scenarios` print; money has a kr format, dates are dates, the header rows are frozen; and every
total is a =SUM() formula over the column above it.

libreoffice: LibreOffice opens the workbook headless, computes it and saves every sheet as CSV;
its totals equal the sums of `effekt compute`'s columns.
"""
import csv
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

SHEETS_EN = ["Contract", "Parties", "Metrics", "Fixed fees", "Investors", "Savings",
             "Inputs per period", "Payment schedule", "Cash flows", "Key figures", "Scenarios"]
SHEETS_NB = ["Kontrakt", "Parter", "Resultatmål", "Faste godtgjørelser", "Investorer",
             "Innsparing", "Inndata per periode", "Betalingsplan", "Kontantstrømmer",
             "Nøkkeltall", "Scenarioer"]
HOLDERS = {"kommune": "Municipality", "stat": "State", "helseforetak": "Health trust",
           "other": "Other"}

failures = []
checks = [0]


def check(ok, what):
    checks[0] += 1
    if not ok:
        failures.append(what)


def run(*args):
    r = subprocess.run(list(args), capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({r.returncode}):\n{r.stderr}")
    return r.stdout


def money(v):
    return None if v is None else float(v)


def close(a, b):
    return a is not None and b is not None and abs(float(a) - float(b)) < 0.005


def load(effekt, file, work):
    """The project (as JSON), the statement and KPIs of `compute`, the scenarios' KPIs."""
    project_json = os.path.join(work, "project.json")
    run(effekt, "export-json", file, project_json)
    with open(project_json, encoding="utf-8") as f:
        project = json.load(f)
    computed = json.loads(run(effekt, "compute", file, "--format", "json"))
    scenarios = json.loads(run(effekt, "scenarios", file, "--format", "json"))["scenarios"]
    return project, computed, scenarios


def column_headers(project):
    """compute's column keys → the English workbook's sheet and header."""
    names = {}
    party = {p["id"]: p["name"] for p in project["parties"]}
    for m in project["metrics"]:
        names[f"metric_{m['id']}_due"] = ("Payment schedule", m["name"])
    for f in project["fixedFees"]:
        names[f"fee_{f['id']}_due"] = ("Payment schedule", f["name"])
    for p in project["parties"]:
        names[f"payer_{p['id']}_due"] = ("Payment schedule", "Paid by " + p["name"])
    names.update({
        "outcome_due": ("Payment schedule", "Outcome payments"),
        "fixed_fees_due": ("Payment schedule", "Fixed fees"),
        "total_due": ("Payment schedule", "Total due"),
        "delivery_cost": ("Cash flows", "Delivery cost"),
        "draws": ("Cash flows", "Drawn from investors"),
        "distributions": ("Cash flows", "Paid to investors"),
        "provider_incentive": ("Cash flows", "Provider incentive"),
        "commissioner_kept": ("Cash flows", "Kept by the commissioner"),
        "reserve": ("Cash flows", "Reserve (balance)"),
        "funding_gap": ("Cash flows", "Funding gap"),
    })
    for key, holder in HOLDERS.items():
        names["savings_" + key] = ("Cash flows", "Savings – " + holder)
    return names, party


def kpi_labels(project, party):
    labels = {
        "total_payments": "Payments in total", "npv_payments": "Present value of payments",
        "total_savings": "Savings in total", "npv_savings": "Present value of savings",
        "net_value": "Net value", "benefit_cost_ratio": "Benefit-cost ratio",
        "traditional_cost": "Traditional alternative", "risk_transferred": "Risk transferred",
        "max_possible_payment": "Highest possible payment",
        "forecast_payment": "Forecast outcome payments",
        "break_even_factor": "Break-even achievement factor",
    }
    for inv in project["investors"]:
        name = party[inv["partyId"]] + " – "
        for key, word in [("drawn", "drawn"), ("distributed", "paid"), ("guarantee", "Guarantee"),
                          ("profit", "profit"), ("multiple", "multiple"),
                          ("irr_annual", "IRR a year"), ("xirr", "XIRR")]:
            labels[f"investor_{inv['id']}_{key}"] = name + word
    return labels


SCENARIO_COLUMNS = {
    "payments": "Payments in total", "npv_payments": "Present value of payments",
    "npv_savings": "Present value of savings", "net_value": "Net value",
    "traditional_cost": "Traditional alternative",
    "npv_traditional": "Present value of the traditional alternative",
    "traditional_net_value": "Net value against the traditional alternative",
    "investor_drawn": "Drawn by investors", "investor_returned": "Returned to investors",
    "investor_profit": "Investors' profit", "investor_multiple": "Investors' multiple",
    "investor_irr_annual": "Investors' IRR a year",
}


def header_index(ws):
    return {c.value: c.column for c in ws[1] if c.value is not None}


def check_openpyxl(effekt, file, work):
    import openpyxl

    project, computed, scenarios = load(effekt, file, work)
    periods = computed["periods"]
    books = {}
    for lang, sheets in [("en", SHEETS_EN), ("nb", SHEETS_NB)]:
        out = os.path.join(work, f"workbook-{lang}.xlsx")
        run(effekt, "export-xlsx", file, out, "--language", lang)
        wb = openpyxl.load_workbook(out)
        books[lang] = wb
        check(wb.sheetnames == sheets, f"{lang}: sheets {wb.sheetnames}, expected {sheets}")
    wb = books["en"]
    cached_book = openpyxl.load_workbook(os.path.join(work, "workbook-en.xlsx"), data_only=True)

    for ws in wb.worksheets:
        check(ws.freeze_panes == "A2", f"{ws.title}: header row not frozen ({ws.freeze_panes})")
        for col, dim in ws.column_dimensions.items():
            check(dim.width is None or 8 <= dim.width <= 62, f"{ws.title}!{col}: width {dim.width}")

    columns, party = column_headers(project)
    for sheet in ["Payment schedule", "Cash flows"]:
        ws = wb[sheet]
        headers = header_index(ws)
        # One row per period of compute's statement, numbered from 1, dated as dates.
        for t, row in enumerate(periods):
            check(ws.cell(t + 2, 1).value == t + 1, f"{sheet}: period of row {t + 2}")
            d = ws.cell(t + 2, 2).value
            check(isinstance(d, datetime.datetime) and d.date().isoformat() == row["date"],
                  f"{sheet}: date of row {t + 2} is {d!r}, compute says {row['date']}")
        total_row = len(periods) + 2
        check(ws.cell(total_row, 1).value == "Total", f"{sheet}: no Total row")
        for key, (where, header) in columns.items():
            if where != sheet or key not in periods[0]:
                continue
            check(header in headers, f"{sheet}: no column {header!r} for {key}")
            if header not in headers:
                continue
            c = headers[header]
            for t, row in enumerate(periods):
                cell = ws.cell(t + 2, c)
                check(isinstance(cell.value, (int, float)) and close(cell.value, money(row[key])),
                      f"{sheet}!{cell.coordinate} ({header}) = {cell.value!r}, "
                      f"compute {key} = {row[key]}")
                check("kr" in cell.number_format, f"{sheet}!{cell.coordinate}: format "
                      f"{cell.number_format!r} is not kr")
            total = ws.cell(total_row, c)
            letter = total.column_letter
            if key == "reserve":  # a balance: no total
                check(total.value is None, f"{sheet}: the reserve has a total")
                continue
            expected = f"=SUM({letter}2:{letter}{len(periods) + 1})"
            check(total.value == expected,
                  f"{sheet}!{total.coordinate}: {total.value!r}, expected {expected}")
            # Its stored result (what a program shows without computing) is the sum too.
            cached = cached_book[sheet].cell(total_row, c).value
            expected_sum = sum(money(row[key]) for row in periods)
            check(close(cached, expected_sum),
                  f"{sheet}!{total.coordinate}: stored result {cached!r}, sum {expected_sum:.2f}")
        # Every total in the row is a formula.
        for cell in ws[total_row][2:]:
            check(cell.value is None or str(cell.value).startswith("=SUM("),
                  f"{sheet}!{cell.coordinate}: total {cell.value!r} is not a formula")

    ws = wb["Key figures"]
    values = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(2, ws.max_row + 1)}
    for key, label in kpi_labels(project, party).items():
        expected = computed["kpis"].get(key)
        check(label in values, f"Key figures: no {label!r}")
        if label not in values:
            continue
        cell = values[label]
        if expected is None:
            check(cell.value is None, f"Key figures: {label} = {cell.value!r}, compute: none")
        elif isinstance(expected, str):
            check(close(cell.value, money(expected)) and "kr" in cell.number_format,
                  f"Key figures: {label} = {cell.value!r} ({cell.number_format}), "
                  f"compute {expected}")
        else:
            check(cell.value is not None and abs(cell.value - expected) < 1e-9,
                  f"Key figures: {label} = {cell.value!r}, compute {expected}")

    ws = wb["Scenarios"]
    headers = header_index(ws)
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    check(len(scenarios) == len(project["scenarios"]) and len(rows) == len(scenarios),
          f"Scenarios: {len(rows)} rows for {len(scenarios)} scenarios")
    for s in scenarios:
        check(s["name"] in rows, f"Scenarios: no row {s['name']!r}")
        if s["name"] not in rows or s["kpis"] is None:
            continue
        for key, header in SCENARIO_COLUMNS.items():
            value = ws.cell(rows[s["name"]], headers[header]).value
            expected = s["kpis"][key]
            ok = (value is None if expected is None
                  else close(value, money(expected)) if isinstance(expected, str)
                  else value is not None and abs(value - expected) < 1e-9)
            check(ok, f"Scenarios: {s['name']} {header} = {value!r}, scenarios says {expected}")

    # The inputs: the contract's start as a date, the discount rate as a percentage, each party,
    # metric and investor by name.
    ws = wb["Contract"]
    fields = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(2, ws.max_row + 1)}
    start = fields["Start"].value
    check(isinstance(start, datetime.datetime) and
          start.date().isoformat() == project["timeline"]["start"], f"Contract: start {start!r}")
    rate = fields["Discount rate (a year)"]
    check(abs(rate.value - project["valuation"]["discountRate"]) < 1e-12 and
          "%" in rate.number_format, f"Contract: discount rate {rate.value!r}")
    check(fields["Name"].value == project["name"], "Contract: name")
    check([c.value for c in wb["Parties"]["A"][1:]] == [p["name"] for p in project["parties"]],
          "Parties: names")
    check([c.value for c in wb["Metrics"]["A"][1:]] == [m["name"] for m in project["metrics"]],
          "Metrics: names")
    inv = wb["Investors"]
    for i, investor in enumerate(project["investors"]):
        check(inv.cell(i + 2, 1).value == party[investor["partyId"]], "Investors: name")
        check(close(inv.cell(i + 2, 2).value, money(investor["commitment"])),
              "Investors: commitment")

    # A payer's cap per budget year is an input too: beside its cap on the Parties sheet, and what
    # it cuts (lost or carried) on the Contract sheet. The same project with a year cap on its
    # first payer and cuts carried, made with import-json.
    payer = next(i for i, p in enumerate(project["parties"])
                 if p["role"] in ("commissioner", "co-payer"))
    capped = json.loads(json.dumps(project))
    capped["parties"][payer]["yearCap"] = "1500000.00"
    capped["caps"]["yearCapCarry"] = True
    capped_json = os.path.join(work, "year-cap.json")
    with open(capped_json, "w", encoding="utf-8") as f:
        json.dump(capped, f, ensure_ascii=False, indent=2)
    capped_file = os.path.join(work, "year-cap.effekt")
    run(effekt, "import-json", capped_json, capped_file)
    capped_book = os.path.join(work, "year-cap.xlsx")
    run(effekt, "export-xlsx", capped_file, capped_book, "--language", "en")
    yb = openpyxl.load_workbook(capped_book)
    headers = [c.value for c in yb["Parties"][1]]
    check("Cap per budget year" in headers, f"Parties: headers {headers}")
    if "Cap per budget year" in headers:
        column = headers.index("Cap per budget year") + 1
        cells = [yb["Parties"].cell(r + 2, column).value for r in range(len(project["parties"]))]
        check(close(cells[payer], 1500000) and all(v is None for i, v in enumerate(cells)
                                                    if i != payer),
              f"Parties: caps per budget year {cells}")
    contract = {yb["Contract"].cell(r, 1).value: yb["Contract"].cell(r, 2).value
                for r in range(2, yb["Contract"].max_row + 1)}
    check(contract.get("What a payer's cap per budget year cuts") ==
          "Carried to later years with room", f"Contract: year cap row {contract}")
    check("What a payer's cap per budget year cuts" not in fields,
          "Contract: a year cap row without year caps")

    # A second share once the investors are repaid names that on the Metrics sheet, where a sum it
    # starts from would stand: the first metric made a share of the savings, 40 % once the
    # investors have their capital + 5 % a year.
    repaid = json.loads(json.dumps(project))
    rule = repaid["metrics"][0]["rule"]
    rule.update({"type": "share-of-savings", "share": 0.9, "secondShare": 0.4,
                 "secondShareWhen": "investors-repaid", "secondShareReturn": 0.05})
    repaid_json = os.path.join(work, "repaid.json")
    with open(repaid_json, "w", encoding="utf-8") as f:
        json.dump(repaid, f, ensure_ascii=False, indent=2)
    repaid_file = os.path.join(work, "repaid.effekt")
    run(effekt, "import-json", repaid_json, repaid_file)
    for language, sheet, text in (("en", "Metrics", "Once investors have capital + 5 % a year"),
                                  ("nb", "Resultatmål",
                                   "Når investorene har fått kapital + 5 % i året")):
        repaid_book = os.path.join(work, f"repaid-{language}.xlsx")
        run(effekt, "export-xlsx", repaid_file, repaid_book, "--language", language)
        ms = openpyxl.load_workbook(repaid_book)[sheet]
        check(ms.cell(2, 12).value == text and close(ms.cell(2, 11).value, 0.4),
              f"{sheet}: second share once repaid {ms.cell(2, 11).value!r} "
              f"{ms.cell(2, 12).value!r}")

    # The Bokmål workbook holds the same numbers under Norwegian names.
    nb = books["nb"]["Betalingsplan"]
    check(nb.cell(1, 1).value == "Periode" and nb.cell(len(periods) + 2, 1).value == "Sum",
          "nb: headers")
    for r in range(1, len(periods) + 3):
        for c in range(2, wb["Payment schedule"].max_column + 1):
            a, b = wb["Payment schedule"].cell(r + 1, c).value, nb.cell(r + 1, c).value
            if r < len(periods) + 1:
                check(a == b, f"nb: Betalingsplan cell ({r + 1}, {c}) {b!r} differs from {a!r}")


def check_libreoffice(effekt, file, work, soffice):
    project, computed, _ = load(effekt, file, work)
    periods = computed["periods"]
    written = os.path.join(work, "written.xlsx")
    run(effekt, "export-xlsx", file, written, "--language", "en")
    # The workbook stores each total's result beside its formula; without them LibreOffice must
    # compute every total itself. And a profile of its own that computes a workbook on loading.
    out = os.path.join(work, "workbook.xlsx")
    results = 0
    with zipfile.ZipFile(written) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                text, n = re.subn(r"(</f>)<v>[^<]*</v>", r"\1", data.decode("utf-8"))
                results += n
                data = text.encode("utf-8")
            dst.writestr(item, data)
    check(results > 0, "no stored results of formulas found to remove")
    profile = os.path.join(work, "lo-profile")
    os.makedirs(os.path.join(profile, "user"), exist_ok=True)
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w",
              encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                '<item oor:path="/org.openoffice.Office.Calc/Formula/Load">'
                '<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n'
                '</oor:items>\n')
    # Every sheet as its own CSV (the last token, -1; LibreOffice 7.2 and later), values as they
    # are, not as shown (the ninth token, false).
    run(soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
        "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,"
        "false,-1", "--outdir", work, out)
    columns, _ = column_headers(project)
    for sheet in ["Payment schedule", "Cash flows"]:
        path = os.path.join(work, f"workbook-{sheet}.csv")
        check(os.path.exists(path), f"LibreOffice wrote no {path}: {os.listdir(work)}")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            rows = list(csv.reader(f))
        headers = rows[0]
        total = rows[len(periods) + 1]
        check(total[0] == "Total", f"{sheet}: LibreOffice's row {len(periods) + 2} is {total}")
        checked = 0
        for key, (where, header) in columns.items():
            if where != sheet or key not in periods[0] or key == "reserve":
                continue
            c = headers.index(header)
            expected = sum(money(row[key]) for row in periods)
            value = float(total[c]) if total[c] else None
            check(close(value, expected),
                  f"{sheet}: LibreOffice's total of {header} is {total[c]!r}, the sum of "
                  f"compute's {key} is {expected:.2f}")
            checked += 1
        check(checked >= 5, f"{sheet}: only {checked} totals compared")
        # LibreOffice computed them: the file it read held no results for its formulas.
        check(any(float(x or 0) != 0 for x in total[2:]), f"{sheet}: every total is 0")


def main():
    mode, effekt, file, work = sys.argv[1:5]
    if os.path.isdir(work):
        shutil.rmtree(work)
    os.makedirs(work)
    if mode == "openpyxl":
        check_openpyxl(effekt, file, work)
    elif mode == "libreoffice":
        check_libreoffice(effekt, file, work, sys.argv[5])
    else:
        sys.exit(f"unknown mode {mode}")
    for f in failures:
        print("FAIL:", f)
    print(f"{mode}: {checks[0]} checks, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
