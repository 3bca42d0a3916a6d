"""Prior distributions of a calibration's fitted keys, checked, as scipy and pyABC objects.

Each prior is written in the scenario key's own unit:

| distribution | keys | meaning |
|---|---|---|
| `uniform` | `min`, `max` | flat between `min` and `max` (`min < max`) |
| `lognormal` | `median`, `interval: [low, high]` | log-normal with that median; `[low, high]` is its central 95% interval (`0 < low < median < high`) |
| `normal` | `mean`, `sd` | normal (`sd > 0`) |
| `beta` | `mean`, `sd` | beta on (0, 1) with that mean and sd (`0 < mean < 1`, `0 < sd^2 < mean (1 - mean)`) |
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np
from scipy import stats

#: z of the central 95% interval (two-sided).
Z95 = 1.959963984540054

ALLOWED = {
    "uniform": ("min", "max"),
    "lognormal": ("median", "interval"),
    "normal": ("mean", "sd"),
    "beta": ("mean", "sd"),
}
ALLOWED_TEXT = ("{distribution: uniform, min, max} | {distribution: lognormal, median, interval: [low, high]} | "
                "{distribution: normal, mean, sd} | {distribution: beta, mean, sd}")


class PriorError(ValueError):
    """A prior that cannot be used; `path` is the key path under the calibration file's `fit`,
    `allowed` what would be accepted."""

    def __init__(self, path: str, problem: str, allowed: str) -> None:
        self.path, self.problem, self.allowed = path, problem, allowed
        super().__init__(f"{path}: {problem} (allowed: {allowed})")


def _number(spec: Mapping[str, Any], name: str, path: str) -> float:
    value = spec.get(name)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise PriorError(f"{path}.{name}", f"is {value!r}", "a finite number")
    return float(value)


@dataclass(frozen=True)
class Prior:
    """One fitted key's prior.

    Attributes:
        distribution: `uniform`, `lognormal`, `normal` or `beta`.
        parameters: the scipy shape, location and scale arguments, in the key's unit.
        text: the prior as written, for reports.
    """

    distribution: str
    parameters: tuple[float, ...]
    text: str

    @property
    def scipy_name(self) -> str:
        """The scipy.stats name of the distribution."""
        return {"uniform": "uniform", "lognormal": "lognorm", "normal": "norm", "beta": "beta"}[self.distribution]

    def frozen(self) -> Any:
        """The prior as a frozen scipy.stats distribution."""
        return getattr(stats, self.scipy_name)(*self.parameters)

    def pyabc(self) -> Any:
        """The prior as a `pyabc.RV`."""
        import pyabc

        return pyabc.RV(self.scipy_name, *self.parameters)

    def median(self) -> float:
        """The prior median, in the key's unit."""
        return float(self.frozen().median())

    def interval(self, mass: float = 0.99) -> tuple[float, float]:
        """The central interval holding `mass` of the prior (for plotting ranges)."""
        low, high = self.frozen().interval(mass)
        return float(low), float(high)

    def draw(self, n: int, rng: np.random.Generator) -> np.ndarray:
        """`n` draws from the prior with the given generator."""
        return np.asarray(self.frozen().rvs(size=n, random_state=rng), dtype=float)


def parse_prior(spec: Any, path: str) -> Prior:
    """Checks one prior written under `fit:` and returns it.

    Args:
        spec: the YAML mapping, such as {distribution: uniform, min: 0.4, max: 0.8}.
        path: its key path in the calibration file, for messages (`fit.<key>`).

    Raises:
        PriorError: naming the key path and what is allowed.
    """
    if not isinstance(spec, Mapping):
        raise PriorError(path, f"is {spec!r}, not a mapping", ALLOWED_TEXT)
    name = spec.get("distribution")
    if name not in ALLOWED:
        raise PriorError(f"{path}.distribution", f"is {name!r}", "uniform, lognormal, normal or beta")
    unknown = sorted(set(spec) - {"distribution", *ALLOWED[name]})
    if unknown:
        raise PriorError(f"{path}.{unknown[0]}", f"unknown key for a {name} prior",
                         ", ".join(("distribution",) + ALLOWED[name]))
    text = "{" + ", ".join(f"{k}: {spec[k]}" for k in spec) + "}"
    if name == "uniform":
        low, high = _number(spec, "min", path), _number(spec, "max", path)
        if not low < high:
            raise PriorError(path, f"min {low:g} is not below max {high:g}", "min < max")
        return Prior(name, (low, high - low), text)
    if name == "lognormal":
        median = _number(spec, "median", path)
        interval = spec.get("interval")
        if not (isinstance(interval, (list, tuple)) and len(interval) == 2):
            raise PriorError(f"{path}.interval", f"is {interval!r}", "[low, high], the central 95% interval")
        low = _number({"interval[0]": interval[0]}, "interval[0]", path)
        high = _number({"interval[1]": interval[1]}, "interval[1]", path)
        if not 0 < low < median < high:
            raise PriorError(path, f"interval [{low:g}, {high:g}] with median {median:g}",
                             "0 < low < median < high")
        sigma = math.log(high / low) / (2 * Z95)
        return Prior(name, (sigma, 0.0, median), text)
    mean, sd = _number(spec, "mean", path), _number(spec, "sd", path)
    if not sd > 0:
        raise PriorError(f"{path}.sd", f"is {sd:g}", "a number above 0")
    if name == "normal":
        return Prior(name, (mean, sd), text)
    if not 0 < mean < 1:
        raise PriorError(f"{path}.mean", f"is {mean:g}", "a share strictly between 0 and 1")
    if not sd * sd < mean * (1 - mean):
        raise PriorError(f"{path}.sd", f"is {sd:g}", f"below sqrt(mean (1 - mean)) = {math.sqrt(mean * (1 - mean)):.4g}")
    concentration = mean * (1 - mean) / (sd * sd) - 1
    return Prior(name, (mean * concentration, (1 - mean) * concentration), text)
