"""Small helpers the notebooks share: find the repository and the `stepwell` binary, run the CLI
when an output folder is missing, and read the files it writes into pandas.

Nothing here models anything: every number comes from the `stepwell` command line and the files in
Output/ (docs/outputs.md describes them).
"""

import json
import os
import subprocess
from pathlib import Path

import pandas as pd


def repo_root() -> Path:
    """The repository: the nearest folder at or above the working directory with Package.swift."""
    here = Path.cwd().resolve()
    for folder in [here, *here.parents]:
        if (folder / "Package.swift").exists() and (folder / "Scenarios").is_dir():
            return folder
    raise FileNotFoundError("run the notebooks from inside the Stepwell repository")


ROOT = repo_root()


def full_size() -> bool:
    """True when STEPWELL_FULL=1 asks for the scenarios' own replications and horizons."""
    return os.environ.get("STEPWELL_FULL", "") == "1"


def stepwell() -> Path:
    """The `stepwell` binary: $STEPWELL, else the release build (`make build`), else the debug one."""
    candidates = [os.environ.get("STEPWELL", ""), ROOT / ".build/release/stepwell", ROOT / ".build/debug/stepwell"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate)
    raise FileNotFoundError("no stepwell binary: run `make build` first, or set STEPWELL=/path/to/stepwell")


def subcommands() -> set:
    """The subcommands this build of `stepwell` has (compare and sweep arrived after run)."""
    text = subprocess.run([str(stepwell()), "--help"], capture_output=True, text=True, cwd=ROOT).stdout
    names, listing = set(), False
    for line in text.splitlines():
        if line.strip().upper().startswith("SUBCOMMANDS"):
            listing = True
            continue
        if listing and line.startswith("  ") and not line.startswith("   ") and not line.strip().startswith("See "):
            names.add(line.split()[0])  # a name line; wrapped descriptions are indented further
    return names


def cli(*arguments: str) -> str:
    """Runs `stepwell ARGUMENTS...` from the repository root; raises with its message on failure."""
    command = [str(stepwell()), *map(str, arguments), "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def ensure(folder: Path, marker: str, *arguments: str) -> Path:
    """Runs the CLI (writing `folder`) unless `folder/marker` already exists; returns `folder`."""
    folder = ROOT / folder
    if not (folder / marker).exists():
        print("running: stepwell", " ".join(map(str, arguments)))
        cli(*arguments, "--out", folder)
    else:
        print(f"reading {folder.relative_to(ROOT)}/ (delete it to run again)")
    return folder


def metrics(folder: Path) -> pd.DataFrame:
    """`metrics.csv` indexed by metric."""
    return pd.read_csv(Path(folder) / "metrics.csv").set_index("metric")


def replications(folder: Path) -> pd.DataFrame:
    """`replications.csv` as one row per replication and one column per metric."""
    table = pd.read_csv(Path(folder) / "replications.csv")
    return table.pivot(index="replication", columns="metric", values="value")


def summary(folder: Path) -> dict:
    return json.loads((Path(folder) / "summary.json").read_text())


# Two-sided 95% Student t critical values by degrees of freedom (1..30); beyond, the normal 1.96.
T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
        2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
        2.045, 2.042]


def paired(base: pd.Series, alt: pd.Series) -> dict:
    """Mean of ALT - BASE over paired replications and its 95% t interval (common random numbers)."""
    differences = (alt - base).dropna()
    n = len(differences)
    mean = differences.mean()
    if n < 2:
        return {"diff_mean": mean, "diff_ci_low": float("nan"), "diff_ci_high": float("nan")}
    critical = T975[n - 2] if n - 1 <= len(T975) else 1.96
    half = critical * differences.std(ddof=1) / n ** 0.5
    return {"diff_mean": mean, "diff_ci_low": mean - half, "diff_ci_high": mean + half}
