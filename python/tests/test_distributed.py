"""Work items on a Dask LocalCluster of two worker processes: the merged folder is byte for byte
the folder of the same command run locally (every file but manifest.json), also when a worker is
killed while running an item."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import cloudpickle
import pytest

from conftest import MMC, ROOT
from stepwell.binary import StepwellError
from stepwell.distributed import run_distributed, run_item

distributed = pytest.importorskip("dask.distributed")
cloudpickle.register_pickle_by_value(sys.modules[__name__])

SWEEP = ["sweep", str(MMC), "--set", "nodes.clinic.servers=3...6", "--replications", "3", "--horizon", "1500",
         "--set", "warmup=150", "--threads", "1", "--quiet"]
UNCERTAINTY = ("uncertainty:\n"
               "  nodes.clinic.service.mean: {distribution: gamma, mean: 1.2, sd: 0.05, grade: D, reason: a test}\n")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def psa_command(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    scenario = tmp_path_factory.mktemp("psa") / "clinic.yaml"
    scenario.write_text(MMC.read_text() + UNCERTAINTY)
    return ["psa", str(scenario), "--draws", "6", "--replications", "2", "--horizon", "1500", "--set",
            "warmup=150", "--threads", "1", "--quiet"]


def local(binary: Path, command: list[str], out: Path) -> None:
    subprocess.run([str(binary), *command, "--out", str(out)], check=True, capture_output=True)


def files(folder: Path) -> dict[str, bytes]:
    """Every file of an output folder but manifest.json, by name."""
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.name != "manifest.json"}


def kill_first_attempt(binary: str, arguments: list[str], cwd: str) -> str:
    """Runs an item, except that the first attempt at an item whose ID ends in 0002 kills its own
    worker process (SIGKILL) before running it; a marker file beside the outputs records it."""
    item = arguments[arguments.index("--items") + 1]
    marker = Path(cwd) / f"killed-{item}"
    if item.endswith("0002") and not marker.exists():
        marker.write_text(str(os.getpid()))
        os.kill(os.getpid(), signal.SIGKILL)
    return run_item(binary, arguments, cwd)


@pytest.mark.parametrize("name", ["sweep", "psa"])
def test_merged_outputs_match_a_local_run(name, cluster, binary, psa_command, tmp_path):
    command = SWEEP if name == "sweep" else psa_command
    local(binary, command, tmp_path / "local")
    seen: list[tuple[int, int, str]] = []
    report = run_distributed([*command, "--out", str(tmp_path / "dask")], cluster=cluster, binary=binary,
                             cwd=tmp_path, quiet=True, progress=lambda *call: seen.append(call))
    assert files(tmp_path / "dask") == files(tmp_path / "local")
    total = 4 if name == "sweep" else 6
    assert [call[0] for call in seen] == list(range(1, total + 1))
    assert {call[2] for call in seen} == {p.name for p in (tmp_path / "dask.items").iterdir()}
    assert "Wrote" in report


def test_a_plan_runs_round_by_round(cluster, binary, tmp_path):
    command = ["plan", str(MMC), "--vary", "nodes.clinic.servers", "--target", "node.clinic.wait.mean<=0.6",
               "--replications", "6", "--horizon", "1500", "--set", "warmup=150", "--confidence", "0.5",
               "--threads", "1", "--quiet"]
    local(binary, command, tmp_path / "local")
    run_distributed([*command, "--out", str(tmp_path / "dask")], cluster=cluster, binary=binary, cwd=tmp_path,
                    quiet=True)
    assert files(tmp_path / "dask") == files(tmp_path / "local")
    assert len(list((tmp_path / "dask.items").iterdir())) >= 2


def test_a_killed_worker_does_not_change_the_result(cluster, binary, psa_command, tmp_path):
    local(binary, psa_command, tmp_path / "local")
    run_distributed([*psa_command, "--out", str(tmp_path / "dask")], cluster=cluster, binary=binary, cwd=tmp_path,
                    quiet=True, retries=2, runner=kill_first_attempt)
    assert (tmp_path / "killed-draw-0002").exists(), "no worker was killed"
    assert files(tmp_path / "dask") == files(tmp_path / "local")


def national_workspace(folder: Path) -> Path:
    """Three small boards (shipped board files with 12,000 to 20,000 people) and `mini.yaml`, a
    national scenario of eight weeks over them, in `folder`; returns the scenario's path."""
    for name, people in (("devon", 20000), ("black-country", 15000), ("somerset", 12000)):
        lines = []
        for line in (ROOT / f"Scenarios/areas/icb/{name}.yaml").read_text().split("\n"):
            if line.startswith("population:"):
                line = f"population: {people}"
            elif line.startswith("  per_year:"):
                line = f"  per_year: {people * 31 // 1000}"
            elif line.startswith("  plausible_low:"):
                line = "  plausible_low: 1"
            elif line.startswith("  plausible_high:"):
                line = f"  plausible_high: {people}"
            lines.append(line)
        (folder / "areas/icb").mkdir(parents=True, exist_ok=True)
        (folder / f"areas/icb/{name}.yaml").write_text("\n".join(lines))
    (folder / "areas/sandwell.yaml").write_text((ROOT / "Scenarios/areas/sandwell.yaml").read_text())
    scenario = folder / "mini.yaml"
    scenario.write_text(
        "version: 1\nname: mini\nmodel: care\n"
        f"extends: {ROOT / 'Scenarios/sandwell-2025.yaml'}\n"
        "area: sandwell\nhorizon: 8w\nwarmup: 2w\nreplications: 2\nseed: 11\n"
        "boards:\n  referrals_per_100k: 3100\n  areas: [icb/devon, icb/black-country, icb/somerset]\n")
    return scenario


def test_a_national_run_is_farmed_out_by_board(cluster, binary, tmp_path):
    scenario = national_workspace(tmp_path)
    command = ["run", str(scenario), "--threads", "1", "--quiet"]
    local(binary, command, tmp_path / "local")
    seen: list[tuple[int, int, str]] = []
    run_distributed([*command, "--out", str(tmp_path / "dask")], cluster=cluster, binary=binary, cwd=tmp_path,
                    quiet=True, progress=lambda *call: seen.append(call))
    assert files(tmp_path / "dask") == files(tmp_path / "local")
    assert sorted(call[2] for call in seen) == ["board-E54000037", "board-E54000038", "board-E54000062"]


def test_a_command_that_cannot_be_farmed_out_is_refused(binary, tmp_path):
    for command in (["validate", str(MMC), "--out", "x"], [*SWEEP, "--merge", "--out", "x"], SWEEP):
        with pytest.raises(ValueError):
            run_distributed(command, binary=binary, cwd=tmp_path)
    with pytest.raises(StepwellError):
        run_distributed(["run", str(MMC), "--out", "x"], binary=binary, cwd=tmp_path)
    assert list(tmp_path.iterdir()) == []
