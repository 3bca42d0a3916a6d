"""The files `stepwell-calibrate` writes into `Output/calibrate-<name>/`."""

from __future__ import annotations

import copy
import csv
import json
import os
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np
import yaml

from .calibration_file import Calibration

POSTERIOR = "posterior.csv"
DIAGNOSTICS = "diagnostics.csv"
FIGURE = "fit.svg"
MANIFEST = "manifest.json"
DICTIONARY = "data-dictionary.csv"
SUMMARY = "summary.txt"


def calibrated_name(name: str) -> str:
    """The calibrated scenario's file name."""
    return f"{name}-calibrated.yaml"


def output_files(name: str) -> list[str]:
    """Every file a calibration writes, in the data dictionary's order."""
    return [POSTERIOR, calibrated_name(name), DIAGNOSTICS, FIGURE, SUMMARY, MANIFEST, DICTIONARY]


def number(value: float) -> str:
    """Ten significant digits, empty for NaN (no value)."""
    return "" if value is None or not np.isfinite(value) else f"{value:.10g}"


def weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float:
    """The q-quantile of weighted draws (the weighted empirical distribution, interpolated)."""
    order = np.argsort(values)
    values, weights = np.asarray(values, float)[order], np.asarray(weights, float)[order]
    cumulative = np.cumsum(weights) - 0.5 * weights
    cumulative /= weights.sum()
    return float(np.interp(q, cumulative, values))


def write_posterior(folder: Path, keys: Sequence[str], draws: np.ndarray, weights: np.ndarray) -> None:
    """`posterior.csv`: `draw` (from 1), one column per fitted key (named by the dotted key), `weight`."""
    with open(folder / POSTERIOR, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["draw", *keys, "weight"])
        for index, (row, weight) in enumerate(zip(draws, weights), start=1):
            writer.writerow([index, *(number(v) for v in row), number(weight)])


def _load_tree(path: Path, seen: tuple[Path, ...] = ()) -> dict[str, Any]:
    """A scenario file with its `extends` chain merged (maps deep-merged, lists replaced)."""
    tree = yaml.safe_load(path.read_text()) or {}
    parent = tree.pop("extends", None)
    if not parent:
        return tree
    parent_path = (path.parent / parent).resolve()
    if parent_path in seen:
        return tree
    return _merge(_load_tree(parent_path, seen + (path.resolve(),)), tree)


def _merge(parent: Any, child: Any) -> Any:
    if not (isinstance(parent, dict) and isinstance(child, dict)):
        return child
    merged = dict(parent)
    for key, value in child.items():
        merged[key] = _merge(merged[key], value) if key in merged else value
    return merged


def _set_in_copy(node: Any, parts: Sequence[str], value: Any) -> None:
    """Sets a dotted path inside a copied tree: maps by key, lists by each element's `name`."""
    head, rest = parts[0], parts[1:]
    if isinstance(node, list):
        child = next((e for e in node if isinstance(e, dict) and str(e.get("name")) == head), None)
        if child is None or not rest:
            raise KeyError(head)
        _set_in_copy(child, rest, value)
        return
    if not rest:
        node[head] = value
        return
    if not isinstance(node.get(head), (dict, list)):
        node[head] = {}
    _set_in_copy(node[head], rest, value)


def _overlay(overlay: dict[str, Any], original: Any, parts: Sequence[str], value: Any) -> None:
    """Adds KEY=VALUE to the child scenario as nested maps; a list on the way (network `nodes`)
    is copied whole from the original, because `extends` replaces lists."""
    head, rest = parts[0], parts[1:]
    if not rest:
        overlay[head] = value
        return
    original_child = original.get(head) if isinstance(original, dict) else None
    if isinstance(original_child, list):
        if not isinstance(overlay.get(head), list):
            overlay[head] = copy.deepcopy(original_child)
        _set_in_copy(overlay[head], rest, value)
        return
    if not isinstance(overlay.get(head), dict):
        overlay[head] = {}
    _overlay(overlay[head], original_child if isinstance(original_child, dict) else {}, rest, value)


def _relative_files(node: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str]]:
    """Every `file:` value under maps, with its key path (files are read relative to the scenario run)."""
    found: list[tuple[tuple[str, ...], str]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "file" and isinstance(value, str) and not os.path.isabs(value):
                found.append((path + (key,), value))
            elif isinstance(value, dict):
                found += _relative_files(value, path + (str(key),))
    return found


def calibrated_scenario(calibration: Calibration, means: Mapping[str, float], destination: Path,
                        with_uncertainty: bool) -> str:
    """The text of `<name>-calibrated.yaml`: it `extends` the original scenario by a path relative
    to `destination`, sets each fitted key to its posterior mean, re-points the original's
    relative `file:` inputs (they are read relative to the scenario that is run) and names
    `posterior.csv` under `uncertainty: {draws: ...}` for `stepwell psa`."""
    original = _load_tree(calibration.scenario)
    overlay: dict[str, Any] = {}
    for key, value in means.items():
        _overlay(overlay, original, key.split("."), float(f"{value:.6g}"))
    for parts, file in _relative_files(original):
        moved = os.path.relpath(calibration.scenario.parent / file, destination)
        _overlay(overlay, original, parts, moved)
    head = {
        "version": original.get("version", 1),
        "name": f"{calibration.name}-calibrated",
        "extends": os.path.relpath(calibration.scenario, destination),
    }
    lines = [
        f"# {calibration.name}, calibrated by stepwell-calibrate (ABC-SMC) from "
        f"{os.path.relpath(calibration.file, destination)}:",
        "# each fitted key at its posterior mean; posterior.csv beside this file holds the weighted draws.",
        yaml.safe_dump(head, sort_keys=False, width=1000).rstrip(),
    ]
    uncertainty = "uncertainty: {draws: posterior.csv}"
    if with_uncertainty:
        lines.append(uncertainty + "   # the posterior draws, for stepwell psa")
    else:
        lines.append("# " + uncertainty + "   # for stepwell psa: this build of stepwell does not read it yet")
    lines.append(yaml.safe_dump(overlay, sort_keys=False, width=1000).rstrip())
    return "\n".join(lines) + "\n"


def write_diagnostics(folder: Path, rows: Sequence[Mapping[str, Any]]) -> None:
    """`diagnostics.csv`: one row per target (see `DICTIONARY_ROWS`)."""
    columns = ["metric", "unit", "observed", "sd", "prior_mean", "prior_p05", "prior_p95", "posterior_mean",
               "posterior_p05", "posterior_p95", "pass", "source"]
    with open(folder / DIAGNOSTICS, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([number(row[c]) if isinstance(row[c], float) else
                             ("true" if row[c] is True else "false" if row[c] is False else row[c]) for c in columns])


def dictionary_rows(name: str, keys: Sequence[str], targets: Sequence[Mapping[str, Any]]) -> list[list[str]]:
    """The rows of `data-dictionary.csv` (`file,column_or_metric,unit,definition`)."""
    scenario = calibrated_name(name)
    rows = [
        [POSTERIOR, "", "", "Weighted posterior draws of the fitted keys: the last ABC-SMC generation"],
        [POSTERIOR, "draw", "number", "Draw number, from 1"],
        *[[POSTERIOR, key, "unit of the scenario key", f"Value of {key} in this draw"] for key in keys],
        [POSTERIOR, "weight", "share", "Normalised importance weight of the draw (the weights sum to 1)"],
        [scenario, "", "", "A scenario that extends the original with each fitted key at its posterior mean "
                           "and names posterior.csv under uncertainty: draws"],
        [DIAGNOSTICS, "", "", "Each target's observed value against the simulated metric before and after fitting"],
        [DIAGNOSTICS, "metric", "text", "Target metric (a metric of metrics.csv; see its own row)"],
        [DIAGNOSTICS, "unit", "text", "Unit of the metric, from the run's data dictionary"],
        [DIAGNOSTICS, "observed", "unit of the metric", "Observed value of the target"],
        [DIAGNOSTICS, "sd", "unit of the metric", "Standard deviation given to the observed value"],
        [DIAGNOSTICS, "prior_mean", "unit of the metric", "Mean of the simulated metric over prior-predictive runs"],
        [DIAGNOSTICS, "prior_p05", "unit of the metric", "5th percentile of the simulated metric over prior-predictive runs"],
        [DIAGNOSTICS, "prior_p95", "unit of the metric", "95th percentile of the simulated metric over prior-predictive runs"],
        [DIAGNOSTICS, "posterior_mean", "unit of the metric", "Mean of the simulated metric over posterior-predictive runs"],
        [DIAGNOSTICS, "posterior_p05", "unit of the metric", "5th percentile of the simulated metric over posterior-predictive runs"],
        [DIAGNOSTICS, "posterior_p95", "unit of the metric", "95th percentile of the simulated metric over posterior-predictive runs"],
        [DIAGNOSTICS, "pass", "true/false", "true when the observed value lies in [posterior_p05 - sd, posterior_p95 + sd]"],
        [DIAGNOSTICS, "source", "text", "Where the observed figure comes from"],
        *[[DIAGNOSTICS, t["metric"], t["unit"], t["definition"]] for t in targets],
        [FIGURE, "", "", "Observed values (with their sd) against prior- and posterior-predictive 90% intervals; "
                         "prior and posterior densities of each fitted key"],
        [SUMMARY, "", "", "The calibration in a few lines: settings, posterior means and intervals, targets met"],
        [MANIFEST, "", "", "What ran: command, inputs, seed, settings, generations, timings, versions"],
        [DICTIONARY, "", "", "This table"],
        [DICTIONARY, "file", "text", "File name in this folder"],
        [DICTIONARY, "column_or_metric", "text", "A column of the file, a metric name in it, or empty for the file"],
        [DICTIONARY, "unit", "text", "Unit of the column or metric"],
        [DICTIONARY, "definition", "text", "What it holds"],
    ]
    return rows


def write_dictionary(folder: Path, rows: Sequence[Sequence[str]]) -> None:
    """`data-dictionary.csv`."""
    with open(folder / DICTIONARY, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "column_or_metric", "unit", "definition"])
        writer.writerows(rows)


def write_manifest(folder: Path, manifest: Mapping[str, Any]) -> None:
    """`manifest.json`."""
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
