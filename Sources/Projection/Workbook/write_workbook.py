"""Writes a Stepwell output folder's tables as one Excel workbook (`stepwell ... --xlsx`).

Usage: python write_workbook.py FOLDER WORKBOOK [NAME]

FOLDER is a finished output folder (its `data-dictionary.csv` and `manifest.json` written);
WORKBOOK is the file to create; NAME is the folder's name as shown on the About sheet (by default
FOLDER's own: a staging folder is written under another name than the one it will have). The workbook holds an "About" sheet (from `manifest.json`), the
data dictionary, then one sheet per CSV table: the folder's own in the order the dictionary lists
them, then those of its sub-folders (`base/` then `alt/` of a comparison), named `base metrics`
and so on. Cells are typed from the CSV text: whole and decimal numbers become numbers, ISO dates
(YYYY-MM-DD) and date-times become dates, empty cells stay empty, everything else is text. The
header row is bold, frozen and filterable, and each header cell carries a comment with the
column's unit and definition from the data dictionary; tables whose rows name metrics get a last
column, `unit`, with the unit of the metric on the row. A table with more rows than a sheet holds
is left out and named on the About sheet.

Stepwell embeds this file in its executable and runs it with `python -c`; it needs openpyxl.
"""

import csv
import datetime
import json
import os
import re
import shlex
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

DICTIONARY = "data-dictionary.csv"
MANIFEST = "manifest.json"
ABOUT = "About"
# Rows an Excel sheet holds, the header included.
SHEET_ROWS = 1_048_576
# Excel's limit on sheet names, in characters.
NAME_LIMIT = 31
# Characters Excel refuses in sheet names.
FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# The dictionary's unit of value columns whose unit is that of the metric on the row.
OF_METRIC = "unit of the metric"
# Sub-folders whose sheets come first, in this order.
FIRST_FOLDERS = ["base", "alt"]
# Rows read to size the columns.
WIDTH_SAMPLE = 2000
# Column widths, in characters.
MIN_WIDTH, MAX_WIDTH = 8, 60
# Whole numbers with more digits than this stay text: a double keeps only 15 to 17 of them.
MAX_INTEGER_DIGITS = 15

INTEGER = re.compile(r"[+-]?\d+")
DECIMAL = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?")
DATE_FORMAT = "yyyy-mm-dd"
DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
BOLD = Font(bold=True)


def typed(text):
    """The cell value of a CSV field: None, int, float, date, datetime or the text itself."""
    if text == "":
        return None
    if INTEGER.fullmatch(text):
        digits = text.lstrip("+-")
        return int(text) if len(digits) <= MAX_INTEGER_DIGITS else text
    if DECIMAL.fullmatch(text):
        return float(text)
    if DATE.fullmatch(text):
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            return text
    if DATE_TIME.fullmatch(text):
        try:
            return datetime.datetime.fromisoformat(text.rstrip("Z"))
        except ValueError:
            return text
    return text


def read_rows(path):
    """The rows of a CSV file, the header first."""
    with open(path, newline="", encoding="utf-8") as handle:
        yield from csv.reader(handle)


def count_rows(path):
    """Rows in a CSV file, the header included."""
    return sum(1 for _ in read_rows(path))


class Dictionary:
    """The rows of one folder's `data-dictionary.csv`, looked up by file and column or metric."""

    def __init__(self, folder):
        self.files = []
        self.folders = []
        self.entries = {}
        path = os.path.join(folder, DICTIONARY)
        if not os.path.exists(path):
            return
        rows = read_rows(path)
        next(rows, None)
        for row in rows:
            if len(row) < 4:
                continue
            file, name, unit, definition = row[:4]
            if file.endswith("/"):
                self.folders.append(file.rstrip("/"))
                continue
            if file not in self.files:
                self.files.append(file)
            self.entries.setdefault((file, name), (unit, definition))

    def entry(self, file, name):
        """(unit, definition) of a column or metric of `file`, or None."""
        return self.entries.get((file, name))


def sheet_name(wanted, taken):
    """A sheet name for `wanted`: Excel's characters, at most 31 of them, unique ignoring case."""
    name = FORBIDDEN.sub("_", wanted).strip("'") or "table"
    name = name[:NAME_LIMIT]
    k = 2
    candidate = name
    while candidate.lower() in taken:
        suffix = f" ({k})"
        candidate = name[: NAME_LIMIT - len(suffix)] + suffix
        k += 1
    taken.add(candidate.lower())
    return candidate


def folder_tables(root, relative, dictionary):
    """The CSV files of one folder (relative paths): the dictionary first, then in its order."""
    folder = os.path.join(root, relative)
    present = sorted(
        name
        for name in os.listdir(folder)
        if name.endswith(".csv") and not name.startswith(".") and os.path.isfile(os.path.join(folder, name))
    )
    ordered = [name for name in dictionary.files if name in present]
    ordered += [name for name in present if name not in ordered]
    if DICTIONARY in ordered:
        ordered.remove(DICTIONARY)
        ordered.insert(0, DICTIONARY)
    return [os.path.join(relative, name) if relative else name for name in ordered]


def subfolders(root, dictionary):
    """Sub-folders holding output folders of their own: a comparison's `base` (the reference)
    before `alt`, others in the dictionary's order."""
    present = sorted(
        name
        for name in os.listdir(root)
        if not name.startswith(".") and os.path.isdir(os.path.join(root, name))
    )
    listed = [name for name in dictionary.folders if name in present]
    ordered = listed + [name for name in present if name not in listed]
    return sorted(ordered, key=lambda name: FIRST_FOLDERS.index(name) if name in FIRST_FOLDERS else len(FIRST_FOLDERS))


def header_comment(unit, definition):
    """The comment on a header cell: the column's unit and definition."""
    text = f"Unit: {unit}\n{definition}" if definition else f"Unit: {unit}"
    comment = Comment(text, "Stepwell")
    comment.width = 320
    comment.height = 40 + 16 * (1 + len(text) // 45)
    return comment


def metric_column(name, header, sample, dictionary):
    """The position of the column whose cells name metrics, when the table's values take the unit
    of the metric on their row; else None."""
    units = [(dictionary.entry(name, column) or ("", ""))[0] for column in header]
    if OF_METRIC not in units:
        return None
    for position, column in enumerate(header):
        if units[position] == OF_METRIC:
            continue
        for row in sample:
            if position < len(row) and row[position] not in header and dictionary.entry(name, row[position]):
                return position
    return None


def column_widths(header, sample):
    """A width for each column from the header and the sampled rows."""
    widths = [len(text) + 3 for text in header]
    for row in sample:
        for position, text in enumerate(row[: len(widths)]):
            shown = len(text) if not DATE.fullmatch(text) else 11
            widths[position] = max(widths[position], shown + 1)
    return [min(max(width, MIN_WIDTH), MAX_WIDTH) for width in widths]


def header_cells(sheet, name, header, dictionary, unit_column):
    """The bold header row, each cell with its unit and definition as a comment."""
    cells = []
    for column in header:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = BOLD
        found = dictionary.entry(name, column)
        if found and found[0] == OF_METRIC and unit_column is not None:
            cell.comment = header_comment(f"{OF_METRIC} on the row (column `unit`)", found[1])
        elif found:
            cell.comment = header_comment(*found)
        cells.append(cell)
    if unit_column is not None:
        cell = WriteOnlyCell(sheet, value="unit")
        cell.font = BOLD
        cell.comment = header_comment(
            "text",
            f"The unit of the metric named in `{header[unit_column]}` on the row, from the data dictionary "
            "(added in the workbook; not a column of the CSV file)",
        )
        cells.append(cell)
    return cells


def body_cell(sheet, text):
    """A cell for one CSV field, with a date format when it holds a date."""
    return dated(sheet, typed(text))


def dated(sheet, value):
    """`value`, in a cell with a date format when it is a date or date-time."""
    if isinstance(value, datetime.datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_TIME_FORMAT
        return cell
    if isinstance(value, datetime.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value


def write_table(workbook, root, path, sheet_title, dictionary, rows):
    """One CSV file as a sheet."""
    name = os.path.basename(path)
    source = os.path.join(root, path)
    reader = read_rows(source)
    header = next(reader, [])
    sample = [row for _, row in zip(range(WIDTH_SAMPLE), reader)]
    unit_column = metric_column(name, header, sample, dictionary)
    sheet = workbook.create_sheet(sheet_title)
    widths = column_widths(header, sample) + ([12] if unit_column is not None else [])
    for position, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = width
    sheet.freeze_panes = "A2"
    if widths:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{max(rows, 1)}"
    sheet.append(header_cells(sheet, name, header, dictionary, unit_column))
    reader = read_rows(source)
    next(reader, None)
    for row in reader:
        cells = [body_cell(sheet, text) for text in row]
        if unit_column is not None:
            found = dictionary.entry(name, row[unit_column]) if unit_column < len(row) else None
            cells += [None] * (len(header) - len(row)) + [found[0] if found else None]
        sheet.append(cells)


def manifest_rows(root):
    """(label, value) pairs for the About sheet from `manifest.json`."""
    try:
        with open(os.path.join(root, MANIFEST), encoding="utf-8") as handle:
            manifest = json.load(handle)
    except (OSError, ValueError):
        manifest = {}
    fields = [
        ("Output of", "output_of", str),
        ("Scenario file", "scenario_file", str),
        ("ALT scenario file", "alt_scenario_file", str),
        ("Area", "area", str),
        ("Seed", "seed", str),
        ("Replications", "replications", None),
        ("Points", "points", None),
        ("People", "people", None),
        ("Stepwell version", "stepwell_version", str),
        ("Finished (UTC)", "finished_at", typed),
        ("Threads", "threads", None),
        ("Wall seconds", "wall_seconds", None),
        ("Events", "events", None),
    ]
    rows = []
    for label, key, convert in fields:
        if manifest.get(key) is not None:
            rows.append((label, convert(manifest[key]) if convert else manifest[key]))
    if isinstance(manifest.get("command"), list):
        rows.append(("Command line", " ".join(shlex.quote(str(part)) for part in manifest["command"])))
    return rows


def write_about(workbook, root, name, sheets, left_out, other_files):
    """The first sheet: what the folder is, how it was made, and which sheet holds which file."""
    sheet = workbook.create_sheet(ABOUT, 0)
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["C"].width = 12

    def bold(text):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = BOLD
        return cell

    title = WriteOnlyCell(sheet, value=f"Stepwell output: {name}")
    title.font = Font(bold=True, size=14)
    sheet.append([title])
    sheet.append([])
    for label, value in manifest_rows(root):
        sheet.append([bold(label), dated(sheet, value)])
    sheet.append([])
    sheet.append([bold("sheet"), bold("file"), bold("rows")])
    for title, path, rows in sheets:
        sheet.append([title, path, rows - 1])
    sheet.append([])
    notes = [
        "Every CSV table of the folder is a sheet with the same cells: numbers are numbers, "
        "ISO dates are dates and an empty cell means no value.",
        "Units: each header cell has a comment with the column's unit and definition (also in the "
        "data-dictionary sheet); tables whose rows name metrics end with a column `unit` giving the "
        "unit of the metric on each row, which the CSV file does not have.",
    ]
    if left_out:
        notes.append(
            "Left out, with more rows than a sheet holds (read the CSV file): "
            + ", ".join(f"{path} ({rows - 1} rows)" for path, rows in left_out)
        )
    if other_files:
        notes.append("Not in this workbook (see the folder): " + ", ".join(other_files))
    for note in notes:
        sheet.append([note])


def other_files(root, relatives):
    """The files of the folders that are not CSV tables (reports, JSON, YAML, SVG)."""
    names = []
    for relative in relatives:
        folder = os.path.join(root, relative)
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if name.startswith(".") or name.endswith((".csv", ".xlsx")) or not os.path.isfile(path):
                continue
            names.append(os.path.join(relative, name) if relative else name)
    return names


def write_workbook(root, target, name=None):
    """Writes the workbook of output folder `root`, called `name` (by default its own), to `target`."""
    workbook = Workbook(write_only=True)
    taken = {ABOUT.lower(), "history"}
    top = Dictionary(root)
    folders = [("", top)] + [(name, Dictionary(os.path.join(root, name))) for name in subfolders(root, top)]
    sheets, left_out = [], []
    for relative, dictionary in folders:
        for path in folder_tables(root, relative, dictionary):
            rows = count_rows(os.path.join(root, path))
            if rows > SHEET_ROWS:
                left_out.append((path, rows))
                continue
            stem = path[: -len(".csv")].replace("/", " ")
            title = sheet_name(stem, taken)
            write_table(workbook, root, path, title, dictionary, rows)
            sheets.append((title, path, rows))
    name = name or os.path.basename(os.path.abspath(root))
    write_about(workbook, root, name, sheets, left_out, other_files(root, [relative for relative, _ in folders]))
    workbook.save(target)


def main(arguments):
    if len(arguments) not in (2, 3):
        sys.stderr.write("usage: write_workbook.py FOLDER WORKBOOK [NAME]\n")
        return 2
    write_workbook(*arguments)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
