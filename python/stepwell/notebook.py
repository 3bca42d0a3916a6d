"""Helpers the notebooks share: run the CLI only when an output folder is missing, the small or
full size switch, and paired differences over common-random-number replications.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .binary import repo_root, stepwell

#: Two-sided 95% Student t critical values by degrees of freedom (1..30); beyond, the normal 1.96.
T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
        2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
        2.045, 2.042]


def full_size() -> bool:
    """True when STEPWELL_FULL=1 asks for the scenarios' own replications and horizons."""
    return os.environ.get("STEPWELL_FULL", "") == "1"


def ensure(folder: str | Path, marker: str, command: str, *arguments: object) -> Path:
    """Runs `stepwell COMMAND ARGUMENTS... --out FOLDER --quiet` unless `FOLDER/MARKER` exists.

    `folder` is relative to the repository root. Returns the folder's absolute path.
    """
    root = repo_root()
    path = root / folder
    if not (path / marker).exists():
        print("running: stepwell", command, " ".join(map(str, arguments)))
        stepwell(command, *arguments, out=path, cwd=root)
    else:
        print(f"reading {path.relative_to(root)}/ (delete it to run again)")
    return path


def paired(base: pd.Series, alt: pd.Series) -> dict[str, float]:
    """Mean of ALT - BASE over paired replications and its 95% t interval (common random numbers).

    Returns {"diff_mean", "diff_ci_low", "diff_ci_high"} in the metric's own unit; the interval is
    NaN with fewer than two pairs.
    """
    differences = (alt - base).dropna()
    n = len(differences)
    mean = float(differences.mean())
    if n < 2:
        return {"diff_mean": mean, "diff_ci_low": float("nan"), "diff_ci_high": float("nan")}
    critical = T975[n - 2] if n - 1 <= len(T975) else 1.96
    half = critical * float(differences.std(ddof=1)) / n ** 0.5
    return {"diff_mean": mean, "diff_ci_low": mean - half, "diff_ci_high": mean + half}
