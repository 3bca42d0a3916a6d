"""Checks the Excel workbooks `stepwell ... --xlsx` writes against the CSV files beside them.

Runs `stepwell run` (a care and a network scenario, the network one with --records), `compare`,
`sweep`, `plan` and `population` with --xlsx into a temporary folder, reads each workbook back with
openpyxl and checks that every CSV file of the folder (and of base/ and alt/) is a sheet holding
the same cells (numbers as numbers equal to the CSV text read as a float, empty cells empty, ISO
dates as date cells, text as text), that the data-dictionary sheet is data-dictionary.csv, that
headers are bold, frozen and carry their units, and that the About sheet matches manifest.json.
No output holds dates yet, so a hand-made folder with dates, long file names and a table longer
than the (lowered) sheet limit goes through the writer module directly. A folder with a workbook
must be replaceable by the same command, with or without --xlsx.

Usage: python tests/xlsx/check_workbook.py --stepwell .build/release/stepwell
Run it with the Python that has openpyxl (make notebooks builds .venv); stepwell is pointed at the
same interpreter through STEPWELL_PYTHON, except in one run that checks it finds the repository's
.venv on its own. Prints each failed check, then "N passed, N failed"; exits 1 on any failure.
"""

import argparse
import csv
import datetime
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from openpyxl import load_workbook

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WRITER = os.path.join(ROOT, "Sources", "Projection", "Workbook", "write_workbook.py")
NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
LONG_INTEGER = re.compile(r"[+-]?\d{16,}")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z?")


class Checks:
    """Counts checks and prints the failed ones."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, condition, label):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {label}", flush=True)
        return condition


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def dictionary_units(folder):
    """{(file, column or metric): unit} from a folder's data-dictionary.csv."""
    rows = read_csv(os.path.join(folder, "data-dictionary.csv"))[1:]
    return {(row[0], row[1]): row[2] for row in rows}


def matches(text, cell):
    """Whether a workbook cell holds the CSV field `text` with the right type."""
    value = cell.value
    if text == "":
        return value is None
    if NUMBER.fullmatch(text) and not LONG_INTEGER.fullmatch(text):
        return isinstance(value, (int, float)) and not isinstance(value, bool) and value == float(text)
    if DATE.fullmatch(text):
        try:
            day = datetime.date.fromisoformat(text)
        except ValueError:
            return value == text
        return cell.is_date and value.date() == day
    if DATE_TIME.fullmatch(text):
        return cell.is_date and value == datetime.datetime.fromisoformat(text.rstrip("Z"))
    return value == text


def about_sheets(sheet):
    """{file: (sheet name, rows)} from the About sheet's table of sheets."""
    mapping, inside = {}, False
    for row in sheet.iter_rows(values_only=True):
        if row[:3] == ("sheet", "file", "rows"):
            inside = True
            continue
        if inside:
            if row[0] is None:
                break
            mapping[row[1]] = (row[0], row[2])
    return mapping


def about_fields(sheet):
    """{label: value} of the About sheet's rows above the table of sheets."""
    fields = {}
    for row in sheet.iter_rows(min_row=3, values_only=True):
        if row[0] is None or row[0] == "sheet":
            break
        fields[row[0]] = row[1]
    return fields


def csv_files(folder):
    """Every visible CSV file below `folder`, as paths relative to it."""
    found = []
    for base, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files:
            if name.endswith(".csv") and not name.startswith("."):
                found.append(os.path.relpath(os.path.join(base, name), folder))
    return sorted(found)


def check_sheet(checks, label, sheet, rows, units, file):
    """One sheet against its CSV rows: header, every cell, and the added unit column."""
    header = rows[0]
    cells = list(sheet.iter_rows())
    checks.check(len(cells) == len(rows), f"{label}: {len(cells)} rows in the sheet, {len(rows)} in the CSV")
    checks.check(sheet.freeze_panes == "A2", f"{label}: header not frozen ({sheet.freeze_panes})")
    top = cells[0] if cells else []
    checks.check(all(cell.font.b for cell in top), f"{label}: header not bold")
    checks.check([cell.value for cell in top[: len(header)]] == header, f"{label}: header differs")
    for position, name in enumerate(header):
        unit = units.get((file, name))
        comment = top[position].comment if position < len(top) else None
        if unit:
            checks.check(comment is not None and unit in comment.text, f"{label}: column {name} lacks its unit {unit}")
    extra = len(top) > len(header)
    if extra:
        checks.check(top[len(header)].value == "unit", f"{label}: an added column is not `unit`")
    bad = []
    for number, (row, line) in enumerate(zip(rows[1:], cells[1:]), start=2):
        for position, text in enumerate(row):
            if position >= len(line) or not matches(text, line[position]):
                bad.append(f"row {number} column {position + 1}: {text!r} -> {line[position].value!r}")
        if extra:
            named = [units.get((file, text)) for text in row if units.get((file, text))]
            if line[len(header)].value not in named and not (line[len(header)].value is None and not named):
                bad.append(f"row {number}: unit {line[len(header)].value!r}, none of {named}")
    checks.check(not bad, f"{label}: {len(bad)} cells differ, first {bad[:3]}")


def check_folder(checks, folder, left_out=()):
    """The workbook of one output folder against the folder's files."""
    name = os.path.basename(folder)
    path = os.path.join(folder, name + ".xlsx")
    if not checks.check(os.path.isfile(path), f"{name}: no {name}.xlsx"):
        return
    hidden = [entry for entry in os.listdir(folder) if entry.startswith(".")]
    checks.check(not hidden, f"{name}: left behind {hidden}")
    staging = [entry for entry in os.listdir(os.path.dirname(folder)) if entry.startswith(f".{name}.tmp-")]
    checks.check(not staging, f"{name}: staging folders left {staging}")
    workbook = load_workbook(path)
    checks.check(workbook.sheetnames[:2] == ["About", "data-dictionary"], f"{name}: first sheets {workbook.sheetnames[:2]}")
    subfolder_sheets = [title.split(" ")[0] for title in workbook.sheetnames if title.startswith(("base ", "alt "))]
    checks.check(subfolder_sheets == sorted(subfolder_sheets, reverse=True), f"{name}: alt/ sheets come before base/")
    checks.check(all(len(title) <= 31 for title in workbook.sheetnames), f"{name}: a sheet name is too long")
    lowered = [title.lower() for title in workbook.sheetnames]
    checks.check(len(set(lowered)) == len(lowered), f"{name}: sheet names repeat")
    mapping = about_sheets(workbook["About"])
    expected = [file for file in csv_files(folder) if file not in left_out]
    checks.check(sorted(mapping) == expected, f"{name}: sheets for {sorted(mapping)}, CSV files {expected}")
    for file in expected:
        if file not in mapping:
            continue
        title, count = mapping[file]
        rows = read_csv(os.path.join(folder, file))
        checks.check(count == len(rows) - 1, f"{name}/{file}: About says {count} rows")
        units = dictionary_units(os.path.join(folder, os.path.dirname(file)))
        check_sheet(checks, f"{name}/{file}", workbook[title], rows, units, os.path.basename(file))
    dictionary = read_csv(os.path.join(folder, "data-dictionary.csv"))
    values = [list(row) for row in workbook["data-dictionary"].iter_rows(values_only=True)]
    checks.check(
        [[cell if cell is not None else "" for cell in row[:4]] for row in values] == dictionary,
        f"{name}: the data-dictionary sheet differs from data-dictionary.csv",
    )
    units = dictionary_units(folder)
    checks.check(units.get((name + ".xlsx", "")) == "file", f"{name}: data-dictionary.csv does not list the workbook")
    check_about(checks, name, folder, workbook["About"], left_out)


def check_about(checks, name, folder, sheet, left_out):
    """The About sheet's fields against manifest.json."""
    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as handle:
        manifest = json.load(handle)
    fields = about_fields(sheet)
    checks.check(sheet["A1"].value == f"Stepwell output: {name}", f"{name}: About's title {sheet['A1'].value!r}")
    checks.check(fields.get("Output of") == manifest["output_of"], f"{name}: About's command")
    checks.check(fields.get("Seed") == manifest["seed"], f"{name}: About's seed {fields.get('Seed')!r}")
    checks.check(fields.get("Stepwell version") == manifest["stepwell_version"], f"{name}: About's version")
    if "replications" in manifest:
        checks.check(fields.get("Replications") == manifest["replications"], f"{name}: About's replications")
    if "scenario_file" in manifest:
        checks.check(fields.get("Scenario file") == manifest["scenario_file"], f"{name}: About's scenario")
    finished = datetime.datetime.fromisoformat(manifest["finished_at"].rstrip("Z"))
    checks.check(fields.get("Finished (UTC)") == finished, f"{name}: About's date {fields.get('Finished (UTC)')!r}")
    checks.check(isinstance(fields.get("Command line"), str), f"{name}: About lacks the command line")
    notes = " ".join(str(row[0]) for row in sheet.iter_rows(values_only=True) if row and row[0])
    for file in left_out:
        checks.check(file in notes, f"{name}: About does not name the left-out {file}")


def stepwell(checks, binary, arguments, cwd, environment):
    """Runs stepwell; True when it succeeded."""
    quiet = ["--quiet"] if arguments[0] != "population" else []
    result = subprocess.run([binary, *arguments, *quiet], cwd=cwd, env=environment, capture_output=True, text=True)
    return checks.check(result.returncode == 0, f"stepwell {' '.join(arguments)}: exit {result.returncode}: {result.stderr}")


def check_commands(checks, binary, work):
    """Every command with --xlsx, each workbook checked against its folder."""
    environment = dict(os.environ, STEPWELL_PYTHON=sys.executable)
    scenarios = os.path.join(ROOT, "Scenarios")
    one_step = os.path.join(scenarios, "teaching", "one-step.yaml")
    alt = os.path.join(work, "one-step-three.yaml")
    with open(alt, "w", encoding="utf-8") as handle:
        handle.write(f"version: 1\nname: one-step-three\nextends: {os.path.relpath(one_step, work)}\n")
        handle.write("services:\n  therapy:\n    wte: 3\n")
    short = ["--replications", "2", "--xlsx"]
    runs = [
        (["run", one_step, *short], "run-one-step"),
        (["run", os.path.join(scenarios, "queueing", "mmc-clinic.yaml"), *short, "--horizon", "4000", "--records"], "run-mmc"),
        (["compare", one_step, alt, *short], "compare-one-step"),
        (["sweep", one_step, "--set", "services.therapy.wte=2...3", *short], "sweep-one-step"),
        (["plan", os.path.join(scenarios, "queueing", "mmc-clinic.yaml"), "--vary", "nodes.clinic.servers",
          "--target", "node.clinic.wait.mean<=0.5", "--replications", "4", "--max-replications", "8",
          "--horizon", "2000", "--set", "warmup=200", "--confidence", "0.5", "--xlsx"], "plan-mmc"),
        (["population", "--area", os.path.join(scenarios, "areas", "ipswich-east-suffolk.yaml"), "--xlsx"], "population-ipswich"),
    ]
    for arguments, name in runs:
        folder = os.path.join(work, name)
        if stepwell(checks, binary, [*arguments, "--out", folder], ROOT, environment):
            check_folder(checks, folder)
    folder = os.path.join(work, "run-one-step")
    stepwell(checks, binary, ["run", one_step, *short, "--out", folder], ROOT, environment)
    checks.check(os.path.isfile(os.path.join(folder, "run-one-step.xlsx")), "a folder with a workbook was not replaced")
    stepwell(checks, binary, ["run", one_step, "--replications", "2", "--out", folder], ROOT, environment)
    checks.check(not os.path.exists(os.path.join(folder, "run-one-step.xlsx")), "a rerun without --xlsx kept the workbook")


def check_discovery(checks, binary, work):
    """Without STEPWELL_PYTHON, stepwell finds the repository's .venv beside its .build folder."""
    venv = os.path.join(ROOT, ".venv", "bin", "python")
    if os.path.realpath(os.path.dirname(sys.executable)) != os.path.realpath(os.path.dirname(venv)):
        print(f"(skipped the .venv discovery check: running under {sys.executable}, not {venv})")
        return
    environment = {key: value for key, value in os.environ.items() if key != "STEPWELL_PYTHON"}
    environment["PATH"] = "/usr/bin:/bin"
    folder = os.path.join(work, "found-venv")
    one_step = os.path.join(ROOT, "Scenarios", "teaching", "one-step.yaml")
    if stepwell(checks, os.path.abspath(binary), ["run", one_step, "--replications", "1", "--xlsx", "--out", folder], work, environment):
        checks.check(os.path.isfile(os.path.join(folder, "found-venv.xlsx")), "no workbook with the .venv found")


def load_writer():
    spec = importlib.util.spec_from_file_location("write_workbook", WRITER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_hand_made(checks, work):
    """Dates, date-times, long and clashing names, long integers and the sheet limit, through the
    writer module on a folder written by hand."""
    writer = load_writer()
    folder = os.path.join(work, "hand-made")
    os.makedirs(folder)
    long_a = "a-table-with-a-name-longer-than-excel-allows-one.csv"
    long_b = "a-table-with-a-name-longer-than-excel-allows-two.csv"
    tables = {
        "changes.csv": "date,metric,mean,finished\n2012-04-01,waits,3.5,2026-12-07T18:16:43Z\n2013-02-30,waits,,\n",
        long_a: "id,value\n12345678901234567890,1e-05\n007,-2\n",
        long_b: "id,value\n1,2\n",
        "tall.csv": "n\n" + "".join(f"{k}\n" for k in range(20)),
    }
    for name, text in tables.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
            handle.write(text)
    dictionary = [
        ["file", "column_or_metric", "unit", "definition"],
        ["changes.csv", "date", "date", "Day the change takes effect"],
        ["changes.csv", "metric", "text", "Metric name (see its own row)"],
        ["changes.csv", "mean", "unit of the metric", "Mean over replications"],
        ["changes.csv", "finished", "date and time", "When it finished"],
        ["changes.csv", "waits", "days", "A wait"],
        ["manifest.json", "", "file", "How it was made"],
    ]
    with open(os.path.join(folder, "data-dictionary.csv"), "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(dictionary)
    manifest = {"stepwell_version": "0.1.0", "output_of": "run", "command": ["stepwell", "run", "x.yaml"],
                "scenario_file": "x.yaml", "seed": "12345678901234567890", "replications": 2,
                "finished_at": "2026-12-07T18:16:43Z"}
    with open(os.path.join(folder, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle)
    with open(os.path.join(folder, "data-dictionary.csv"), "a", encoding="utf-8") as handle:
        handle.write("hand-made.xlsx,,file,The workbook\n")
    limit = writer.SHEET_ROWS
    writer.SHEET_ROWS = 12
    try:
        writer.write_workbook(folder, os.path.join(folder, "hand-made.xlsx"))
    finally:
        writer.SHEET_ROWS = limit
    check_folder(checks, folder, left_out=("tall.csv",))
    workbook = load_workbook(os.path.join(folder, "hand-made.xlsx"))
    sheet = workbook["changes"]
    checks.check(sheet["A2"].is_date and sheet["A2"].number_format == "yyyy-mm-dd", "hand-made: a date is not a date cell")
    checks.check(sheet["D2"].is_date, "hand-made: a date-time is not a date cell")
    checks.check(sheet["A3"].value == "2013-02-30", "hand-made: an impossible date is not kept as text")
    checks.check(sheet["E2"].value == "days", "hand-made: the row's unit is missing")
    names = about_sheets(workbook["About"])
    checks.check(names[long_a][0] != names[long_b][0], "hand-made: two long names made one sheet name")
    checks.check("tall.csv" not in names and "tall" not in workbook.sheetnames, "hand-made: the tall table is a sheet")
    checks.check(writer.sheet_name("a[b]:c*?/d\\e", set()) == "a_b__c___d_e", "hand-made: forbidden characters kept")
    checks.check(writer.sheet_name("About", {"about"}) == "About (2)", "hand-made: a clash with About")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stepwell", default=os.path.join(ROOT, ".build", "release", "stepwell"))
    arguments = parser.parse_args()
    started = time.monotonic()
    checks = Checks()
    work = tempfile.mkdtemp(prefix="stepwell-xlsx-")
    try:
        check_hand_made(checks, work)
        check_commands(checks, os.path.abspath(arguments.stepwell), work)
        check_discovery(checks, arguments.stepwell, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"workbook checks took {time.monotonic() - started:.1f} s")
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
