"""Read and check a calibration file (YAML) for `stepwell-calibrate`.

```yaml
name: sandwell-2025                   # optional: the file's stem
scenario: ../sandwell-2025.yaml       # relative to this file
fit:                                  # dotted scenario keys, as --set addresses them
  natural_history.remission_per_month.severe_cmd: {distribution: lognormal, median: 0.05, interval: [0.02, 0.125]}
targets:                              # metrics of the run's metrics.csv, in their own units
  - {metric: pathway.second_session_over_90_days.share, observed: 0.241, sd: 0.025, source: "..."}
settings:
  population: 60                      # particles per generation
  generations: 4                      # at most this many generations
  min_epsilon: 0                      # optional: stop earlier when the threshold falls to this
  replications: 2                     # replications per simulation
  seed: 2025                          # master seed: same file, same seed -> same posterior
  horizon: 2y                         # optional: --horizon of every run
  warmup: 1y                          # optional: --set warmup=... of every run
  predictive_draws: 40                # prior- and posterior-predictive runs each
```
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

import yaml

from .priors import Prior, PriorError, parse_prior

TOP_KEYS = ("name", "description", "scenario", "fit", "targets", "settings")
TARGET_KEYS = ("metric", "observed", "sd", "source")
#: settings: name -> (lowest, highest, default); None default means optional.
SETTINGS: dict[str, tuple[float, float, Any]] = {
    "population": (10, 100000, 100),
    "generations": (1, 100, 5),
    "min_epsilon": (0, math.inf, None),
    "replications": (1, 10000, 2),
    "seed": (0, 2 ** 63 - 1, 1),
    "predictive_draws": (0, 10000, 40),
}
TEXT_SETTINGS = ("horizon", "warmup")


class CalibrationInputError(ValueError):
    """Bad calibration input: one message naming the file, the key path and what is allowed."""

    def __init__(self, file: str | Path, path: str, problem: str, allowed: str | None = None) -> None:
        self.file, self.path, self.problem, self.allowed = str(file), path, problem, allowed
        where = f"{file}: {path}: " if path else f"{file}: "
        super().__init__(where + problem + (f" (allowed: {allowed})" if allowed else ""))


@dataclass(frozen=True)
class Target:
    """One observed figure: a metric of `metrics.csv` with its observed value and sd (metric's unit)."""

    metric: str
    observed: float
    sd: float
    source: str


@dataclass
class Calibration:
    """A checked calibration file.

    Attributes:
        file: the calibration file.
        name: the output's name (`Output/calibrate-<name>/`).
        scenario: the scenario file, absolute.
        priors: {dotted key: Prior}, in file order.
        targets: the observed figures, in file order.
        settings: population, generations, min_epsilon, replications, seed, predictive_draws,
            horizon and warmup (None when not given).
    """

    file: Path
    name: str
    scenario: Path
    priors: dict[str, Prior]
    targets: list[Target]
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def keys(self) -> list[str]:
        """The fitted keys, in file order."""
        return list(self.priors)


def checked_setting(value: Any, name: str, file: Path) -> float:
    """A numeric setting checked against its range (`SETTINGS`); raises CalibrationInputError."""
    low, high, _ = SETTINGS[name]
    integer = name != "min_epsilon"
    ok = (not isinstance(value, bool) and isinstance(value, (int, float)) and math.isfinite(value)
          and (not integer or float(value).is_integer()) and low <= value <= high)
    if not ok:
        kind = "a whole number" if integer else "a number"
        raise CalibrationInputError(file, f"settings.{name}", f"is {value!r}", f"{kind} from {low:g} to {high:g}")
    return int(value) if integer else float(value)


def _settings(raw: Any, file: Path) -> dict[str, Any]:
    if raw is None:
        raw = {}
    if not isinstance(raw, Mapping):
        raise CalibrationInputError(file, "settings", f"is {raw!r}", "a mapping")
    unknown = sorted(set(raw) - set(SETTINGS) - set(TEXT_SETTINGS))
    if unknown:
        raise CalibrationInputError(file, f"settings.{unknown[0]}", "unknown key",
                                    ", ".join([*SETTINGS, *TEXT_SETTINGS]))
    settings: dict[str, Any] = {}
    for name, (_, _, default) in SETTINGS.items():
        settings[name] = checked_setting(raw[name], name, file) if name in raw else default
    for name in TEXT_SETTINGS:
        value = raw.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (str, int, float))):
            raise CalibrationInputError(file, f"settings.{name}", f"is {value!r}",
                                        "a duration such as 2y or 730d, or a number")
        settings[name] = None if value is None else str(value)
    return settings


def _targets(raw: Any, file: Path) -> list[Target]:
    if not isinstance(raw, list) or not raw:
        raise CalibrationInputError(file, "targets", f"is {raw!r}",
                                    "a non-empty list of {metric, observed, sd, source}")
    targets: list[Target] = []
    for index, entry in enumerate(raw):
        path = f"targets[{index}]"
        if not isinstance(entry, Mapping):
            raise CalibrationInputError(file, path, f"is {entry!r}", "a mapping {metric, observed, sd, source}")
        unknown = sorted(set(entry) - set(TARGET_KEYS))
        if unknown:
            raise CalibrationInputError(file, f"{path}.{unknown[0]}", "unknown key", ", ".join(TARGET_KEYS))
        metric = entry.get("metric")
        if not isinstance(metric, str) or not metric.strip():
            raise CalibrationInputError(file, f"{path}.metric", f"is {metric!r}", "a metric name of metrics.csv")
        if any(t.metric == metric for t in targets):
            raise CalibrationInputError(file, f"{path}.metric", f"{metric} is already a target", "each metric once")
        numbers = {}
        for name in ("observed", "sd"):
            value = entry.get(name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                raise CalibrationInputError(file, f"{path}.{name}", f"is {value!r}", "a finite number")
            numbers[name] = float(value)
        if not numbers["sd"] > 0:
            raise CalibrationInputError(file, f"{path}.sd", f"is {numbers['sd']:g}", "a number above 0, in the metric's unit")
        source = entry.get("source")
        if not isinstance(source, str) or not source.strip():
            raise CalibrationInputError(file, f"{path}.source", f"is {source!r}", "text saying where the figure comes from")
        targets.append(Target(metric, numbers["observed"], numbers["sd"], source))
    return targets


def _priors(raw: Any, file: Path) -> dict[str, Prior]:
    if not isinstance(raw, Mapping) or not raw:
        raise CalibrationInputError(file, "fit", f"is {raw!r}", "a mapping of dotted scenario keys to priors")
    priors: dict[str, Prior] = {}
    for key, spec in raw.items():
        if not isinstance(key, str) or not key or "=" in key or key.startswith(".") or key.endswith(".") \
                or ".." in key or any(c.isspace() for c in key):
            raise CalibrationInputError(file, f"fit.{key}", "is not a dotted scenario key",
                                        "a key as --set addresses it, e.g. services.step3.wte")
        try:
            priors[key] = parse_prior(spec, f"fit.{key}")
        except PriorError as error:
            raise CalibrationInputError(file, error.path, error.problem, error.allowed) from None
    return priors


def load_calibration(path: str | Path) -> Calibration:
    """Reads and checks a calibration file.

    Raises:
        CalibrationInputError: a missing or unreadable file, malformed YAML, an unknown key, a bad
            prior or target, or a missing scenario file; the message names the file and key path.
    """
    file = Path(path)
    if not file.is_file():
        raise CalibrationInputError(file, "", "no such file", "a calibration file (YAML)")
    try:
        raw = yaml.safe_load(file.read_text())
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise CalibrationInputError(file, "", f"cannot be read as YAML ({str(error).splitlines()[0]})") from None
    if not isinstance(raw, Mapping):
        raise CalibrationInputError(file, "", "is not a mapping", ", ".join(TOP_KEYS))
    unknown = sorted(set(raw) - set(TOP_KEYS))
    if unknown:
        raise CalibrationInputError(file, str(unknown[0]), "unknown key", ", ".join(TOP_KEYS))
    scenario_text = raw.get("scenario")
    if not isinstance(scenario_text, str) or not scenario_text:
        raise CalibrationInputError(file, "scenario", f"is {scenario_text!r}", "a scenario file relative to this file")
    scenario = (file.parent / scenario_text).resolve()
    if not scenario.is_file():
        raise CalibrationInputError(file, "scenario", f"'{scenario_text}' does not exist (looked for {scenario})",
                                    "a scenario file relative to this file")
    name = raw.get("name", file.stem)
    if not isinstance(name, str) or not name or "/" in name or name.startswith("."):
        raise CalibrationInputError(file, "name", f"is {name!r}", "a name without '/' that does not start with '.'")
    priors = _priors(raw.get("fit"), file)
    targets = _targets(raw.get("targets"), file)
    settings = _settings(raw.get("settings"), file)
    return Calibration(file=file.resolve(), name=name, scenario=scenario, priors=priors, targets=targets,
                       settings=settings)
