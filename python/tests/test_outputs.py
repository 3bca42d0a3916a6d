"""Reading real output folders into pandas with their units and definitions."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import stepwell as sw
from conftest import MMC, ROOT


@pytest.fixture(scope="module")
def network_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("outputs") / "mmc"
    sw.run(MMC, out=folder, replications=3, set={"warmup": 100}, seed=5, extra=["--horizon", "1000"])
    return folder


@pytest.fixture(scope="module")
def care_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("outputs") / "care"
    sw.run(ROOT / "Scenarios/sandwell-2025.yaml", out=folder, replications=2, extra=["--horizon", "2y"])
    return folder


def dictionary(folder: Path) -> dict[tuple[str, str], str]:
    with open(folder / "data-dictionary.csv", newline="") as handle:
        return {(r["file"], r["column_or_metric"]): r["unit"] for r in csv.DictReader(handle)}


def test_metrics_carry_units_per_row(network_run: Path) -> None:
    table = sw.metrics(network_run)
    units = dictionary(network_run)
    assert table.loc["node.clinic.utilisation", "unit"] == "share"
    assert table.loc["node.clinic.completions", "unit"] == "customers"
    for metric, row in table.iterrows():
        assert row["unit"] == units[("metrics.csv", metric)]
    assert table.attrs["units"]["mean"] == "unit of the metric"
    assert "node.clinic.wait.mean" in table.attrs["definitions"]
    assert 0.6 < table.loc["node.clinic.utilisation", "mean"] < 0.95


def test_read_folder_reads_every_table_and_json(network_run: Path) -> None:
    contents = sw.read_folder(network_run)
    csvs = {p.name for p in network_run.glob("*.csv")}
    assert csvs <= set(contents)
    for name in csvs:
        assert contents[name].attrs["file"] == name
        assert set(contents[name].attrs["units"]) >= set(contents[name].columns) - {"unit"}
    assert contents["manifest.json"]["output_of"] == "run"
    assert contents["summary.json"]["replications"] == 3
    series = contents["timeseries.csv"]
    assert series["unit"].notna().all()
    wide = sw.replications(network_run)
    assert list(wide.index) == [1, 2, 3]
    assert wide.attrs["units"]["node.clinic.utilisation"] == "share"


def test_care_tables_in_long_form_get_units(care_run: Path) -> None:
    contents = sw.read_folder(care_run)
    costs, projection = contents["costs.csv"], contents["projection.csv"]
    assert set(costs["unit"]) == {"pounds"}
    assert set(projection.loc[projection["metric"] == "beddays", "unit"]) == {"bed days"}
    assert contents["breakdown.csv"]["unit"].notna().all()
    assert sw.label("pathway.wait_first_treatment.mean", care_run) == "pathway.wait_first_treatment.mean (days)"
    assert sw.label("recovery.rate", contents["metrics.csv"], text="Recovery") == "Recovery (%)"
    assert sw.label("cost.total.per_year", care_run, text="Total cost a year") == "Total cost a year (£)"
    assert sw.label("no.such.metric", care_run) == "no.such.metric"


def test_a_failing_command_raises_with_its_message(tmp_path: Path) -> None:
    with pytest.raises(sw.StepwellError) as caught:
        sw.run(MMC, out=tmp_path / "bad", set={"nodes.clinic.foo": 1})
    assert caught.value.returncode == 2
    assert "unknown key 'foo'" in caught.value.stderr
    assert not (tmp_path / "bad").exists()


def test_subcommands_are_read_from_the_binary(binary: Path) -> None:
    assert {"run", "compare", "sweep", "plan", "population"} <= sw.subcommands(binary)


def test_pounds_and_shares_are_written_as_pounds_and_percentages_on_axes() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    assert sw.pounds_text(41_951_594) == "£42.0m"
    assert sw.pounds_text(2_341) == "£2,341"
    assert sw.pounds_text(-250_000) == "\u2212£250,000"
    fig, ax = plt.subplots()
    ax.plot([0, 1], [0, 2_000_000])
    sw.format_axis(ax.yaxis, "pounds")
    sw.format_axis(ax.xaxis, "share")
    fig.canvas.draw()
    assert all(tick.get_text().lstrip("\u2212").startswith("£") for tick in ax.get_yticklabels() if tick.get_text())
    assert all(tick.get_text().endswith("%") for tick in ax.get_xticklabels() if tick.get_text())
    plt.close(fig)
