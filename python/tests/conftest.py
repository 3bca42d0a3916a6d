"""Shared fixtures: the repository, the real `stepwell` binary (never a stand-in) and a helper that
runs the calibration command as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from stepwell import find_binary, repo_root

ROOT = repo_root(Path(__file__).resolve().parent)
MMC = ROOT / "Scenarios/queueing/mmc-clinic.yaml"


@pytest.fixture(scope="session")
def binary() -> Path:
    """The binary the tests drive: $STEPWELL or the repository's build (fails when there is none)."""
    return find_binary()


def calibrate_command(*arguments: object, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Runs `python -m stepwell.calibrate ARGUMENTS...` and returns the finished process."""
    return subprocess.run([sys.executable, "-m", "stepwell.calibrate", *map(str, arguments)], capture_output=True,
                          text=True, cwd=cwd, env=dict(os.environ))


def write_calibration(path: Path, fit: str, targets: str, settings: str, scenario: Path = MMC) -> Path:
    """Writes a calibration file for the M/M/c clinic (or `scenario`) and returns its path."""
    path.write_text(f"scenario: {scenario}\nfit:\n{fit}\ntargets:\n{targets}\nsettings: {settings}\n")
    return path


FIT = ("  nodes.clinic.arrivals.mean: {distribution: uniform, min: 0.4, max: 0.8}\n"
       "  nodes.clinic.service.mean: {distribution: uniform, min: 0.8, max: 1.5}")
TARGETS = ("  - {metric: node.clinic.completions, observed: 3600, sd: 60, source: test}\n"
           "  - {metric: node.clinic.utilisation, observed: 0.8, sd: 0.015, source: test}")
TINY = "{population: 10, generations: 1, replications: 2, seed: 3, horizon: 2000, warmup: 200, predictive_draws: 2}"
