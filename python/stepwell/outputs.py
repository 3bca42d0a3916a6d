"""Read an output folder of `stepwell` into pandas, with units from its `data-dictionary.csv`.

Every folder the binary writes holds `data-dictionary.csv` (`file,column_or_metric,unit,definition`):
one row per file, per column of each table and per metric (or series, cost category, component)
named inside a table. `read_csv` attaches those to the DataFrame:

- `df.attrs["units"]`: {column: unit} for the file's columns;
- `df.attrs["definitions"]`: {column or metric: definition};
- `df.attrs["metric_units"]`: {metric: unit} for metrics named in the file's rows;
- a long-form table (one with a column whose definition says "see its own row", such as
  `metric`, `series`, `category` or `component`) gains a `unit` column giving each row's unit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

DICTIONARY = "data-dictionary.csv"
#: Columns that name a metric in long-form tables when the dictionary does not mark one.
KEY_COLUMNS = ("metric", "series", "category", "component")
#: JSON files read as dicts.
JSON_FILES = ("summary.json", "manifest.json", "plan.json")


@dataclass
class Catalogue:
    """The rows of one `data-dictionary.csv`, by file.

    Attributes:
        units: {file: {column_or_metric: unit}}.
        definitions: {file: {column_or_metric: definition}}.
    """

    units: dict[str, dict[str, str]] = field(default_factory=dict)
    definitions: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def read(cls, folder: str | Path) -> "Catalogue":
        """Reads `folder/data-dictionary.csv`; an empty catalogue when the folder has none."""
        path = Path(folder) / DICTIONARY
        catalogue = cls()
        if not path.exists():
            return catalogue
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        for row in table.itertuples(index=False):
            catalogue.units.setdefault(row.file, {})[row.column_or_metric] = row.unit
            catalogue.definitions.setdefault(row.file, {})[row.column_or_metric] = row.definition
        return catalogue

    def unit(self, name: str, file: str | None = None) -> str | None:
        """The unit of a column or metric: in `file` when given, else the first file that names it."""
        files = [file] if file else list(self.units)
        for each in files:
            if name in self.units.get(each, {}):
                return self.units[each][name]
        return None

    def definition(self, name: str, file: str | None = None) -> str | None:
        """The one-line definition of a column or metric (as `unit`)."""
        files = [file] if file else list(self.definitions)
        for each in files:
            if name in self.definitions.get(each, {}):
                return self.definitions[each][name]
        return None


def key_column(table: pd.DataFrame, catalogue: Catalogue, file: str) -> str | None:
    """The column of a long-form table whose values are metric names, or None for a wide table."""
    definitions = catalogue.definitions.get(file, {})
    for column in table.columns:
        if "see its own row" in definitions.get(column, ""):
            return column
    for column in KEY_COLUMNS:
        if column in table.columns and table[column].astype(str).isin(definitions).any():
            return column
    return None


def read_csv(path: str | Path, catalogue: Catalogue | None = None) -> pd.DataFrame:
    """One CSV output file as a DataFrame with its units and definitions in `df.attrs`.

    Args:
        path: the CSV file inside an output folder.
        catalogue: that folder's catalogue (read from the folder when omitted).

    Returns:
        The table as written (empty cells are NaN: no value, never zero), plus a `unit` column
        for long-form tables (see the module docstring).
    """
    path = Path(path)
    catalogue = catalogue or Catalogue.read(path.parent)
    table = pd.read_csv(path)
    file = path.name
    units = catalogue.units.get(file, {})
    definitions = catalogue.definitions.get(file, {})
    table.attrs["file"] = file
    table.attrs["units"] = {c: units[c] for c in table.columns if c in units}
    table.attrs["definitions"] = dict(definitions)
    key = key_column(table, catalogue, file)
    if key is not None:
        metric_units = {m: u for m, u in units.items() if m not in table.columns}
        table.attrs["metric_units"] = metric_units
        table.attrs["key_column"] = key
        if "unit" not in table.columns:
            table["unit"] = table[key].astype(str).map(metric_units)
        table.attrs["units"]["unit"] = "text"
    return table


def read_json(path: str | Path) -> dict[str, Any]:
    """A JSON output file (`summary.json`, `manifest.json`, `plan.json`) as a dict."""
    return json.loads(Path(path).read_text())


def read_folder(folder: str | Path) -> dict[str, Any]:
    """Every output file of a folder: CSV files as DataFrames (see `read_csv`), JSON files as dicts.

    Keys are file names (`"metrics.csv"`, `"summary.json"`); a sub-folder (`base/`, `alt/` of
    `compare`) is read the same way under its name (`"base"`). `data-dictionary.csv` is included
    as it is, and the catalogue itself is under `"catalogue"`. Other files (`report.html`, SVG,
    YAML, workbooks) are left to be read by path.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no output folder {folder}")
    catalogue = Catalogue.read(folder)
    contents: dict[str, Any] = {"catalogue": catalogue}
    for path in sorted(folder.iterdir()):
        if path.is_dir() and not path.name.startswith("."):
            contents[path.name] = read_folder(path)
        elif path.suffix == ".csv":
            contents[path.name] = read_csv(path, catalogue)
        elif path.suffix == ".json":
            contents[path.name] = read_json(path)
    return contents


def metrics(folder: str | Path) -> pd.DataFrame:
    """`metrics.csv` indexed by metric, with a `unit` column and the attrs of `read_csv`."""
    table = read_csv(Path(folder) / "metrics.csv")
    attrs = dict(table.attrs)
    table = table.set_index("metric")
    table.attrs.update(attrs)
    return table


def replications(folder: str | Path) -> pd.DataFrame:
    """`replications.csv` as one row per replication and one column per metric.

    `attrs["units"]` gives each metric column's unit.
    """
    long = read_csv(Path(folder) / "replications.csv")
    wide = long.pivot(index="replication", columns="metric", values="value")
    wide.attrs["units"] = dict(long.attrs.get("metric_units", {}))
    wide.attrs["definitions"] = dict(long.attrs.get("definitions", {}))
    return wide


def summary(folder: str | Path) -> dict[str, Any]:
    """`summary.json` as a dict."""
    return read_json(Path(folder) / "summary.json")


def manifest(folder: str | Path) -> dict[str, Any]:
    """`manifest.json` as a dict."""
    return read_json(Path(folder) / "manifest.json")


def label(name: str, source: Catalogue | pd.DataFrame | str | Path, file: str | None = None,
          text: str | None = None) -> str:
    """An axis label "name (unit)" from the catalogue, or just "name" when the unit is unknown.

    Args:
        name: a column or metric name (`"pathway.wait_first_treatment.mean"`).
        source: a Catalogue, an output folder, or a DataFrame read by `read_csv`.
        file: the file whose row to use (default: the first that names it, or the DataFrame's file).
        text: words to show instead of `name` (the unit is still looked up by `name`).
    """
    unit: str | None
    if isinstance(source, pd.DataFrame):
        unit = source.attrs.get("units", {}).get(name) or source.attrs.get("metric_units", {}).get(name)
    else:
        catalogue = source if isinstance(source, Catalogue) else Catalogue.read(source)
        unit = catalogue.unit(name, file)
    shown = text or name
    if not unit or unit in ("text", "unit of the metric"):
        return shown
    return f"{shown} ({UNIT_SYMBOLS.get(unit, unit)})"


UNIT_SYMBOLS = {"pounds": "£", "share": "%"}
"""Units an axis label writes as a symbol: pounds as £, shares (fractions) as % (see `format_axis`)."""


def pounds_text(value: float) -> str:
    """Pounds as an axis tick: £1.2m from a million, else £12,345; a minus sign before the £."""
    sign = "\u2212" if value < 0 else ""
    magnitude = abs(value)
    if magnitude >= 1e6:
        return f"{sign}£{magnitude / 1e6:,.1f}m"
    return f"{sign}£{magnitude:,.0f}"


def format_axis(axis: Any, unit: str | None) -> None:
    """Writes a matplotlib axis's ticks in `unit`: pounds as £ (`pounds_text`), shares as percentages.

    Args:
        axis: `ax.xaxis` or `ax.yaxis`.
        unit: a unit from the catalogue (`Catalogue.unit`, `label`); other units are left as they are.
    """
    from matplotlib.ticker import FuncFormatter, PercentFormatter

    if unit == "pounds":
        axis.set_major_formatter(FuncFormatter(lambda value, _: pounds_text(value)))
    elif unit == "share":
        axis.set_major_formatter(PercentFormatter(xmax=1, decimals=0))


def set_labels(ax: Any, source: Catalogue | pd.DataFrame | str | Path, x: str | None = None,
               y: str | None = None, **texts: str) -> None:
    """Labels a matplotlib axis: `x` and `y` are names looked up with `label`;
    `x_text` / `y_text` replace the words shown."""
    if x is not None:
        ax.set_xlabel(label(x, source, text=texts.get("x_text")))
    if y is not None:
        ax.set_ylabel(label(y, source, text=texts.get("y_text")))
