"""One calibration simulation: `stepwell run SCENARIO --set KEY=VALUE ... --out TMP --quiet`,
read back as each metric's mean over replications (`metrics.csv`, in the metric's unit)."""

from __future__ import annotations

import csv
import math
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .binary import StepwellError


def format_value(value: float) -> str:
    """A value as passed to `--set`: ten significant digits."""
    return f"{value:.10g}"


@dataclass(frozen=True)
class Simulator:
    """Runs the scenario with the fitted keys set, one process per call.

    Attributes:
        binary: the `stepwell` binary.
        scenario: the scenario file.
        keys: the fitted dotted keys, in order.
        replications: replications per simulation.
        horizon: `--horizon` of every run, or None for the scenario's.
        warmup: `--set warmup=...` of every run, or None for the scenario's.
        scratch: a folder for the runs' temporary outputs.
        cwd: the working folder of the runs (the repository, so `Scenarios/areas` is found).
    """

    binary: str
    scenario: str
    keys: tuple[str, ...]
    replications: int
    horizon: str | None
    warmup: str | None
    scratch: str
    cwd: str

    def command(self, values: Sequence[float], seed: int, out: str, replications: int | None = None) -> list[str]:
        """The command line of one simulation."""
        line = [self.binary, "run", self.scenario]
        for key, value in zip(self.keys, values):
            line += ["--set", f"{key}={format_value(value)}"]
        if self.warmup is not None:
            line += ["--set", f"warmup={self.warmup}"]
        if self.horizon is not None:
            line += ["--horizon", self.horizon]
        line += ["--replications", str(replications or self.replications), "--seed", str(seed), "--threads", "1",
                 "--out", out, "--quiet"]
        return line

    def run_folder(self, values: Sequence[float], seed: int, out: str, replications: int | None = None) -> None:
        """Runs one simulation into `out`.

        Raises:
            StepwellError: on a non-zero exit (2: a value or key the scenario refuses).
        """
        line = self.command(values, seed, out, replications)
        result = subprocess.run(line, capture_output=True, text=True, cwd=self.cwd)
        if result.returncode != 0:
            raise StepwellError(line, result.returncode, result.stderr)

    def means(self, values: Sequence[float], seed: int) -> dict[str, float]:
        """Every metric's mean over the replications of one simulation.

        Returns an empty dict when the scenario refuses the values (exit 2: for example a draw
        outside the key's allowed range), so the particle is rejected.

        Raises:
            StepwellError: when the run fails for any other reason (exit 1).
        """
        folder = tempfile.mkdtemp(prefix="sim-", dir=self.scratch)
        out = str(Path(folder) / "run")
        try:
            try:
                self.run_folder(values, seed, out)
            except StepwellError as error:
                if error.returncode == 2:
                    return {}
                raise
            return read_means(Path(out) / "metrics.csv")
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def read_means(path: Path) -> dict[str, float]:
    """{metric: mean} from a `metrics.csv`; an empty cell is NaN."""
    with open(path, newline="") as handle:
        return {row["metric"]: float(row["mean"]) if row["mean"] else math.nan for row in csv.DictReader(handle)}
