"""Bad calibration input exits 2 with one message naming the file and key path; nothing is
written. Output folders are replaced atomically and only when a calibration wrote them."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from conftest import FIT, TARGETS, TINY, calibrate_command, write_calibration


def nothing_written(folder: Path) -> bool:
    return not folder.exists() and not list(folder.parent.glob(f".{folder.name}.*"))


def refused(tmp_path: Path, fit: str, targets: str, *expected: str, settings: str = TINY) -> None:
    file = write_calibration(tmp_path / "bad.yaml", fit, targets, settings)
    out = tmp_path / "out"
    result = calibrate_command(file, "--out", out)
    assert result.returncode == 2, result.stderr
    message = result.stderr.strip()
    assert message.count("\n") == 0, message
    assert str(file) in message
    for text in expected:
        assert text in message, message
    assert nothing_written(out)


def test_missing_file(tmp_path: Path) -> None:
    result = calibrate_command(tmp_path / "none.yaml", "--out", tmp_path / "out")
    assert result.returncode == 2
    assert "none.yaml: no such file" in result.stderr
    assert nothing_written(tmp_path / "out")


def test_unknown_key(tmp_path: Path) -> None:
    fit = "  nodes.clinic.foo: {distribution: uniform, min: 1, max: 2}"
    refused(tmp_path, fit, TARGETS, "fit.nodes.clinic.foo", "unknown key 'foo'", "allowed:")


def test_min_not_below_max(tmp_path: Path) -> None:
    fit = "  nodes.clinic.service.mean: {distribution: uniform, min: 1.5, max: 0.8}"
    refused(tmp_path, fit, TARGETS, "fit.nodes.clinic.service.mean", "min 1.5 is not below max 0.8", "min < max")


def test_bad_lognormal_interval(tmp_path: Path) -> None:
    fit = "  nodes.clinic.service.mean: {distribution: lognormal, median: 2, interval: [0.5, 1.5]}"
    refused(tmp_path, fit, TARGETS, "fit.nodes.clinic.service.mean", "0 < low < median < high")


def test_unknown_distribution(tmp_path: Path) -> None:
    fit = "  nodes.clinic.service.mean: {distribution: cauchy, loc: 1}"
    refused(tmp_path, fit, TARGETS, "fit.nodes.clinic.service.mean.distribution", "uniform, lognormal, normal or beta")


def test_target_the_run_does_not_write(tmp_path: Path) -> None:
    targets = "  - {metric: node.triage.utilisation, observed: 0.8, sd: 0.01, source: test}"
    refused(tmp_path, FIT, targets, "targets[0].metric", "not a metric this scenario writes")


def test_bad_settings_and_sd(tmp_path: Path) -> None:
    targets = "  - {metric: node.clinic.utilisation, observed: 0.8, sd: 0, source: test}"
    refused(tmp_path, FIT, targets, "targets[0].sd", "above 0")
    refused(tmp_path, FIT, TARGETS, "settings.population", "10 to 100000",
            settings="{population: 3, generations: 1}")


def test_refuses_folders_it_did_not_write(tmp_path: Path) -> None:
    file = write_calibration(tmp_path / "c.yaml", FIT, TARGETS, TINY)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    result = calibrate_command(file, "--out", mine)
    assert result.returncode == 2 and "did not write" in result.stderr
    assert (mine / "notes.txt").read_text() == "keep me" and len(list(mine.iterdir())) == 1
    run_output = tmp_path / "run"
    run_output.mkdir()
    (run_output / "manifest.json").write_text(json.dumps({"output_of": "run"}))
    result = calibrate_command(file, "--out", run_output)
    assert result.returncode == 2 and "did not write" in result.stderr
    assert [p.name for p in run_output.iterdir()] == ["manifest.json"]
    assert not list(tmp_path.glob(".*tmp*"))


def test_replaces_its_own_output_atomically_and_reproducibly(tmp_path: Path) -> None:
    file = write_calibration(tmp_path / "c.yaml", FIT, TARGETS, TINY)
    out = tmp_path / "out"
    first = calibrate_command(file, "--out", out, "--quiet")
    assert first.returncode == 0, first.stderr
    expected = {"posterior.csv", "c-calibrated.yaml", "diagnostics.csv", "fit.svg", "summary.txt", "manifest.json",
                "data-dictionary.csv"}
    assert {p.name for p in out.iterdir()} == expected
    posterior = (out / "posterior.csv").read_text()
    table = pd.read_csv(out / "posterior.csv")
    assert list(table.columns) == ["draw", "nodes.clinic.arrivals.mean", "nodes.clinic.service.mean", "weight"]
    assert abs(table["weight"].sum() - 1) < 1e-6
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["command"] == "calibrate" and manifest["seed"] == "3"
    dictionary = pd.read_csv(out / "data-dictionary.csv")
    assert expected <= set(dictionary["file"])
    second = calibrate_command(file, "--out", out, "--quiet")
    assert second.returncode == 0, second.stderr
    assert (out / "posterior.csv").read_text() == posterior
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    (out / "extra.txt").write_text("added by hand")
    third = calibrate_command(file, "--out", out, "--quiet")
    assert third.returncode == 2 and "extra.txt" in third.stderr
    assert (out / "extra.txt").exists() and (out / "posterior.csv").read_text() == posterior
