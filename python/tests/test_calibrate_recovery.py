"""ABC-SMC recovers the known inputs of an M/M/c clinic from targets the model itself produced."""

from __future__ import annotations

import math
from pathlib import Path

import yaml

import stepwell as sw
from conftest import FIT, MMC, write_calibration
from stepwell.calibrate import calibrate

TRUTH = {"nodes.clinic.arrivals.mean": 0.5, "nodes.clinic.service.mean": 1.2}
PRIOR_WIDTH = {"nodes.clinic.arrivals.mean": 0.4, "nodes.clinic.service.mean": 0.7}
METRICS = ["node.clinic.completions", "node.clinic.utilisation", "node.clinic.wait.mean"]
REPLICATIONS = 4


def test_recovers_arrival_and_service_means(tmp_path: Path) -> None:
    truth_run = tmp_path / "truth"
    sw.run(MMC, out=truth_run, replications=20, seed=424242, set={**TRUTH, "warmup": 200},
           extra=["--horizon", "2000"])
    per_replication = sw.replications(truth_run)
    lines = []
    for metric in METRICS:
        observed = float(per_replication[metric].mean())
        sd = float(per_replication[metric].std(ddof=1)) / math.sqrt(REPLICATIONS)
        lines.append(f"  - {{metric: {metric}, observed: {observed!r}, sd: {sd!r}, source: simulated truth}}")
    settings = (f"{{population: 100, generations: 4, replications: {REPLICATIONS}, seed: 11, horizon: 2000, "
                "warmup: 200, predictive_draws: 20}")
    file = write_calibration(tmp_path / "clinic.yaml", FIT, "\n".join(lines), settings)
    result = calibrate(file, out=tmp_path / "out")
    for key, value in TRUTH.items():
        low, high = result.interval(key, 0.9)
        assert low <= value <= high, f"{key}: truth {value} outside the 90% interval [{low:.4f}, {high:.4f}]"
        assert high - low < 0.5 * PRIOR_WIDTH[key], f"{key}: the posterior barely narrowed the prior"
    assert all(row["pass"] for row in result.diagnostics)
    scenario = yaml.safe_load((tmp_path / "out" / "clinic-calibrated.yaml").read_text())
    node = scenario["nodes"][0]
    assert node["name"] == "clinic"
    assert math.isclose(node["arrivals"]["mean"], result.mean("nodes.clinic.arrivals.mean"), rel_tol=1e-5)
    assert math.isclose(node["service"]["mean"], result.mean("nodes.clinic.service.mean"), rel_tol=1e-5)
    assert (tmp_path / "out" / scenario["extends"]).resolve() == MMC.resolve()
