"""`fit.svg`: observed targets against simulated intervals, and prior against posterior densities."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping, Sequence

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from scipy import stats  # noqa: E402

from .priors import Prior  # noqa: E402


def _interval(ax: Any, y: float, low: float, high: float, mean: float, colour: str, label: str) -> None:
    if np.isfinite(low) and np.isfinite(high):
        ax.plot([low, high], [y, y], color=colour, lw=6, alpha=0.55, solid_capstyle="butt", label=label)
        ax.plot([mean], [y], "|", color=colour, ms=14, mew=2)


def write_figure(path: Path, diagnostics: Sequence[Mapping[str, Any]], priors: Mapping[str, Prior],
                 draws: np.ndarray, weights: np.ndarray) -> None:
    """Draws the targets (top row) and the fitted keys (bottom row) into a self-contained SVG.

    Args:
        diagnostics: the rows of `diagnostics.csv` (metric, unit, observed, sd, prior and posterior
            predictive mean and 5%/95%).
        priors: {key: Prior}, in column order of `draws`.
        draws: the posterior draws, one column per key.
        weights: their normalised weights.
    """
    plt.rcParams["svg.hashsalt"] = "stepwell-calibrate"
    columns = max(len(diagnostics), len(priors))
    fig, axes = plt.subplots(2, columns, figsize=(3.2 * columns, 6.4), squeeze=False)
    for ax in axes.flat:
        ax.set_visible(False)
    for ax, row in zip(axes[0], diagnostics):
        ax.set_visible(True)
        _interval(ax, 2, row["prior_p05"], row["prior_p95"], row["prior_mean"], "#9ca3af", "prior predictive 90%")
        _interval(ax, 1, row["posterior_p05"], row["posterior_p95"], row["posterior_mean"], "#0f766e",
                  "posterior predictive 90%")
        ax.errorbar([row["observed"]], [0], xerr=[[row["sd"]], [row["sd"]]], fmt="o", color="#b45309", capsize=4,
                    label="observed +- sd")
        ax.set_yticks([0, 1, 2], ["observed", "posterior", "prior"])
        ax.set_ylim(-0.7, 2.7)
        ax.set_title(row["metric"], fontsize=8)
        ax.set_xlabel(row["unit"] or "", fontsize=8)
        ax.tick_params(labelsize=7)
        verdict = "pass" if row["pass"] else "miss"
        ax.text(0.98, 0.04, verdict, transform=ax.transAxes, ha="right", fontsize=8,
                color="#0f766e" if row["pass"] else "#b91c1c")
    if diagnostics:
        axes[0][0].legend(fontsize=6, loc="upper left")
    for index, (ax, (key, prior)) in enumerate(zip(axes[1], priors.items())):
        ax.set_visible(True)
        low, high = prior.interval(0.99)
        values = draws[:, index]
        low, high = min(low, values.min()), max(high, values.max())
        grid = np.linspace(low, high, 300)
        ax.plot(grid, prior.frozen().pdf(grid), color="#9ca3af", label="prior")
        if np.ptp(values) > 0:
            density = stats.gaussian_kde(values, weights=weights)
            ax.plot(grid, density(grid), color="#0f766e", label="posterior")
        else:
            ax.axvline(values[0], color="#0f766e", label="posterior")
        ax.set_title(key, fontsize=8)
        ax.set_yticks([])
        ax.tick_params(labelsize=7)
        if index == 0:
            ax.legend(fontsize=6)
    fig.suptitle("Calibration: targets (top) and fitted keys (bottom)", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)
