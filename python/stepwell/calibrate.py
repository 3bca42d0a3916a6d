"""`stepwell-calibrate CALIBRATION.yaml`: fit scenario inputs to observed figures by ABC-SMC.

pyABC (sequential Monte Carlo approximate Bayesian computation) proposes values of the fitted
keys from their priors; each particle runs `stepwell run SCENARIO --set KEY=VALUE ...
--replications R --seed S` and is scored by the distance sum over targets of
((simulated mean - observed) / sd)^2, in each metric's own unit. Each generation keeps the
particles within a threshold (the previous generation's median distance), so the population
moves from the prior towards the values that reproduce the targets. Evaluation i of generation
t draws from seeds derived from (settings.seed, t, i), so the same file gives the same
posterior whatever the process timing.

Writes `Output/calibrate-<name>/` (or `--out`) atomically: `posterior.csv`,
`<name>-calibrated.yaml`, `diagnostics.csv`, `fit.svg`, `summary.txt`, `manifest.json` and
`data-dictionary.csv`. Exit codes: 0 success; 2 invalid input (the calibration file, a key or
value the scenario refuses, a target the run does not write, an output folder Stepwell did not
write), one message and nothing written; 1 a failure while running or writing.

Usage: stepwell-calibrate CALIBRATION.yaml [--out DIR] [--population N] [--generations G]
       [--replications R] [--seed S] [--processes P] [--quiet]
(also `python -m stepwell.calibrate ...`)
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import math
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from . import calibrate_outputs as files
from .atomic import DestinationError, check_destination, commit, staging_folder
from .binary import StepwellError, find_binary, repo_root
from .calibration_file import Calibration, CalibrationInputError, checked_setting, load_calibration
from .outputs import Catalogue
from .simulator import Simulator, read_means

#: At most this many worker processes (the machine's cores are shared).
MAX_PROCESSES = 2


@dataclass
class Result:
    """What a calibration found.

    Attributes:
        output: the folder written.
        keys: the fitted keys.
        draws: posterior draws, one row per particle and one column per key.
        weights: their normalised importance weights.
        diagnostics: one dict per target (as `diagnostics.csv`).
        manifest: the manifest written.
    """

    output: Path
    keys: list[str]
    draws: np.ndarray
    weights: np.ndarray
    diagnostics: list[dict[str, Any]]
    manifest: dict[str, Any]

    def interval(self, key: str, mass: float = 0.9) -> tuple[float, float]:
        """The central weighted posterior interval of `key` holding `mass` (default 90%)."""
        column = self.draws[:, self.keys.index(key)]
        tail = (1 - mass) / 2
        return (files.weighted_quantile(column, self.weights, tail),
                files.weighted_quantile(column, self.weights, 1 - tail))

    def mean(self, key: str) -> float:
        """The weighted posterior mean of `key`."""
        return float(np.average(self.draws[:, self.keys.index(key)], weights=self.weights))


def _preflight(calibration: Calibration, simulator: Simulator) -> tuple[dict[str, float], Catalogue]:
    """One replication at the prior medians: checks every key and target before anything is written.

    Raises:
        CalibrationInputError: a key or value the scenario refuses, or a target it does not write.
    """
    medians = [prior.median() for prior in calibration.priors.values()]
    folder = Path(tempfile.mkdtemp(prefix="preflight-", dir=simulator.scratch))
    try:
        try:
            simulator.run_folder(medians, calibration.settings["seed"], str(folder / "run"), replications=1)
        except StepwellError as error:
            if error.returncode != 2:
                raise
            message = error.stderr.strip().splitlines()[0] if error.stderr.strip() else str(error)
            message = message.removeprefix("error: ")
            key = next((k for k in calibration.keys if f"--set {k}=" in message), None)
            path = f"fit.{key}" if key else "scenario"
            raise CalibrationInputError(calibration.file, path, f"the scenario refuses it: {message}") from None
        means = read_means(folder / "run" / "metrics.csv")
        catalogue = Catalogue.read(folder / "run")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for index, target in enumerate(calibration.targets):
        if target.metric not in means:
            allowed = ", ".join(sorted(means)[:12]) + (", ..." if len(means) > 12 else "")
            raise CalibrationInputError(calibration.file, f"targets[{index}].metric",
                                        f"{target.metric} is not a metric this scenario writes", allowed)
    return means, catalogue


def _abc(calibration: Calibration, simulator: Simulator, database: Path, processes: int, quiet: bool) -> Any:
    """Runs pyABC's ABC-SMC; returns its History."""
    import pyabc

    from .abc_sampler import SeededMulticoreSampler

    for name in ("ABC", "ABC.Sampler", "ABC.History", "ABC.Epsilon", "ABC.Distance", "ABC.Transition"):
        logging.getLogger(name).setLevel(logging.WARNING if quiet else logging.INFO)

    names = {f"p{i}": key for i, key in enumerate(calibration.keys)}
    prior = pyabc.Distribution(**{f"p{i}": p.pyabc() for i, p in enumerate(calibration.priors.values())})
    metrics = [target.metric for target in calibration.targets]
    scale = {f"m{j}": target.sd for j, target in enumerate(calibration.targets)}
    observed = {f"m{j}": target.observed for j, target in enumerate(calibration.targets)}

    def model(parameters: Any) -> dict[str, float]:
        seed = int(np.random.randint(1, 2 ** 31 - 1))
        means = simulator.means([float(parameters[p]) for p in names], seed)
        return {f"m{j}": means.get(metric, math.nan) for j, metric in enumerate(metrics)}

    def distance(simulated: dict[str, float], data: dict[str, float]) -> float:
        total = sum(((simulated[k] - data[k]) / scale[k]) ** 2 for k in data)
        return total if math.isfinite(total) else math.inf

    settings = calibration.settings
    sampler = SeededMulticoreSampler(seed=settings["seed"], n_procs=processes)
    abc = pyabc.ABCSMC(model, prior, distance, population_size=settings["population"], sampler=sampler)
    np.random.seed(settings["seed"] % 2 ** 32)
    abc.new("sqlite:///" + str(database), observed)
    stop = {"minimum_epsilon": settings["min_epsilon"]} if settings["min_epsilon"] is not None else {}
    return abc.run(max_nr_populations=settings["generations"], **stop)


def _predictive_task(arguments: tuple[Simulator, list[float], int]) -> dict[str, float]:
    simulator, values, seed = arguments
    return simulator.means(values, seed)


def _predictive(simulator: Simulator, rows: np.ndarray, seeds: Sequence[int], processes: int) -> list[dict[str, float]]:
    """Runs one simulation per row of values, in order, on `processes` worker processes."""
    tasks = [(simulator, [float(v) for v in row], int(seed)) for row, seed in zip(rows, seeds)]
    if not tasks:
        return []
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        return pool.map(_predictive_task, tasks, chunksize=1)


def _summaries(values: list[dict[str, float]], metric: str) -> tuple[float, float, float]:
    column = np.array([v.get(metric, math.nan) for v in values], dtype=float)
    column = column[np.isfinite(column)]
    if column.size == 0:
        return math.nan, math.nan, math.nan
    return float(column.mean()), float(np.quantile(column, 0.05)), float(np.quantile(column, 0.95))


def _diagnostics(calibration: Calibration, catalogue: Catalogue, prior_runs: list[dict[str, float]],
                 posterior_runs: list[dict[str, float]]) -> list[dict[str, Any]]:
    rows = []
    for target in calibration.targets:
        prior_mean, prior_low, prior_high = _summaries(prior_runs, target.metric)
        mean, low, high = _summaries(posterior_runs, target.metric)
        inside = bool(math.isfinite(low) and low - target.sd <= target.observed <= high + target.sd)
        rows.append({
            "metric": target.metric, "unit": catalogue.unit(target.metric, "metrics.csv") or "",
            "definition": catalogue.definition(target.metric, "metrics.csv") or "",
            "observed": target.observed, "sd": target.sd, "prior_mean": prior_mean, "prior_p05": prior_low,
            "prior_p95": prior_high, "posterior_mean": mean, "posterior_p05": low, "posterior_p95": high,
            "pass": inside, "source": target.source,
        })
    return rows


def _binary_accepts(binary: str, scenario: Path, cwd: str) -> tuple[bool, str]:
    result = subprocess.run([binary, "validate", str(scenario)], capture_output=True, text=True, cwd=cwd)
    return result.returncode == 0, result.stderr.strip()


def _write_scenario(calibration: Calibration, means: dict[str, float], staging: Path, destination: Path,
                    binary: str, cwd: str) -> bool:
    """Writes `<name>-calibrated.yaml` and checks it with `stepwell validate`; returns whether the
    `uncertainty:` key is written live (builds without `psa` refuse it, so it is then a comment)."""
    path = staging / files.calibrated_name(calibration.name)
    for live in (True, False):
        path.write_text(files.calibrated_scenario(calibration, means, destination, with_uncertainty=live))
        accepted, message = _binary_accepts(binary, path, cwd)
        if accepted:
            return live
    raise RuntimeError(f"the calibrated scenario {path.name} does not validate: {message}")


def _summary_text(calibration: Calibration, result_rows: list[dict[str, Any]], keys: list[str], draws: np.ndarray,
                  weights: np.ndarray, manifest: dict[str, Any]) -> str:
    lines = [
        f"Calibration {calibration.name}: {calibration.scenario.name} fitted by ABC-SMC (pyABC {manifest['pyabc_version']})",
        f"{manifest['generations_run']} generations of {calibration.settings['population']} particles, "
        f"{manifest['simulations']['abc']} simulations of {calibration.settings['replications']} replications, "
        f"seed {calibration.settings['seed']}, final threshold {manifest['epsilons'][-1]:.4g}, "
        f"{manifest['timings']['wall_seconds']:.0f} s",
        "",
        "Fitted keys: posterior mean [90% interval] (prior)",
    ]
    for index, key in enumerate(keys):
        column = draws[:, index]
        mean = float(np.average(column, weights=weights))
        low, high = (files.weighted_quantile(column, weights, q) for q in (0.05, 0.95))
        lines.append(f"  {key}: {mean:.4g} [{low:.4g}, {high:.4g}]  ({calibration.priors[key].text})")
    passed = sum(1 for row in result_rows if row["pass"])
    lines += ["", f"Targets: {passed} of {len(result_rows)} inside the posterior-predictive 90% interval widened by sd"]
    for row in result_rows:
        lines.append(f"  {'pass' if row['pass'] else 'MISS'}  {row['metric']}: observed {row['observed']:.4g} "
                     f"(sd {row['sd']:.3g}), posterior predictive {row['posterior_mean']:.4g} "
                     f"[{row['posterior_p05']:.4g}, {row['posterior_p95']:.4g}], prior {row['prior_mean']:.4g}")
    return "\n".join(lines) + "\n"


def _stepwell_version(binary: str) -> str:
    result = subprocess.run([binary, "--version"], capture_output=True, text=True)
    return result.stdout.strip()


def calibrate(calibration_file: str | Path, out: str | Path | None = None, processes: int = MAX_PROCESSES,
              quiet: bool = True, overrides: dict[str, Any] | None = None) -> Result:
    """Runs a calibration and writes its output folder (see the module docstring).

    Args:
        calibration_file: the calibration YAML.
        out: the output folder (default `Output/calibrate-<name>` under the working folder).
        processes: worker processes, 1 to `MAX_PROCESSES`.
        quiet: no progress lines.
        overrides: settings replacing the file's (population, generations, replications, seed).

    Raises:
        CalibrationInputError: bad input (exit code 2), nothing written.
        DestinationError: an output folder that may not be written (exit code 2), nothing written.
        StepwellError, RuntimeError: a failure while running (exit code 1), nothing written.
    """
    started = time.time()
    calibration = load_calibration(calibration_file)
    for name, value in (overrides or {}).items():
        if value is not None:
            calibration.settings[name] = checked_setting(value, name, Path(f"--{name}"))
    if not 1 <= processes <= MAX_PROCESSES:
        raise CalibrationInputError("--processes", "", f"is {processes}", f"1 to {MAX_PROCESSES}")
    destination = Path(os.path.abspath(out or Path("Output") / f"calibrate-{calibration.name}"))
    allowed = files.output_files(calibration.name)
    check_destination(destination, "calibrate", allowed)
    binary = str(find_binary())
    try:
        cwd = str(repo_root())
    except FileNotFoundError:
        cwd = os.getcwd()
    settings = calibration.settings
    with tempfile.TemporaryDirectory(prefix="stepwell-calibrate-", ignore_cleanup_errors=True) as scratch:
        simulator = Simulator(binary=binary, scenario=str(calibration.scenario), keys=tuple(calibration.keys),
                              replications=settings["replications"], horizon=settings["horizon"],
                              warmup=settings["warmup"], scratch=scratch, cwd=cwd)
        _, catalogue = _preflight(calibration, simulator)
        abc_started = time.time()
        history = _abc(calibration, simulator, Path(scratch) / "abc.db", processes, quiet)
        abc_seconds = time.time() - abc_started
        frame, weights = history.get_distribution(m=0, t=history.max_t)
        draws = frame[[f"p{i}" for i in range(len(calibration.keys))]].to_numpy(dtype=float)
        weights = np.asarray(weights, dtype=float)
        weights = weights / weights.sum()
        populations = history.get_all_populations()
        populations = populations[populations["t"] >= 0]

        predictive_started = time.time()
        rng = np.random.default_rng([settings["seed"] % 2 ** 63, 7])
        n = settings["predictive_draws"]
        prior_rows = np.column_stack([p.draw(n, rng) for p in calibration.priors.values()]) if n else np.empty((0, 0))
        posterior_rows = draws[rng.choice(len(draws), size=n, p=weights)] if n else np.empty((0, 0))
        seeds = rng.integers(1, 2 ** 31 - 1, size=2 * n)
        prior_runs = _predictive(simulator, prior_rows, seeds[:n], processes)
        posterior_runs = _predictive(simulator, posterior_rows, seeds[n:], processes)
        predictive_seconds = time.time() - predictive_started
    diagnostics = _diagnostics(calibration, catalogue, prior_runs, posterior_runs)

    import pyabc

    means = {key: float(np.average(draws[:, i], weights=weights)) for i, key in enumerate(calibration.keys)}
    staging = staging_folder(destination)
    try:
        files.write_posterior(staging, calibration.keys, draws, weights)
        live = _write_scenario(calibration, means, staging, destination, binary, cwd)
        files.write_diagnostics(staging, diagnostics)
        from .figure import write_figure

        write_figure(staging / files.FIGURE, diagnostics, calibration.priors, draws, weights)
        manifest = {
            "output_of": "calibrate",
            "command": "calibrate",
            "command_line": [Path(sys.argv[0]).name, *sys.argv[1:]],
            "calibration_file": os.path.relpath(calibration.file, cwd),
            "scenario_file": os.path.relpath(calibration.scenario, cwd),
            "fitted_keys": {key: prior.text for key, prior in calibration.priors.items()},
            "targets": [t.__dict__ for t in calibration.targets],
            "seed": str(settings["seed"]),
            "settings": {k: v for k, v in settings.items()},
            "processes": processes,
            "binary": binary,
            "stepwell_version": _stepwell_version(binary),
            "pyabc_version": pyabc.__version__,
            "generations_run": int(len(populations)),
            "epsilons": [float(e) for e in populations["epsilon"]],
            "evaluations_per_generation": [int(s) for s in populations["samples"]],
            "simulations": {"abc": int(populations["samples"].sum()), "prior_predictive": len(prior_runs),
                            "posterior_predictive": len(posterior_runs)},
            "uncertainty_key": "written" if live else "commented out: this build of stepwell does not read it",
            "timings": {"abc_seconds": round(abc_seconds, 3), "predictive_seconds": round(predictive_seconds, 3),
                        "wall_seconds": round(time.time() - started, 3)},
            "finished_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "files": allowed,
        }
        (staging / files.SUMMARY).write_text(
            _summary_text(calibration, diagnostics, calibration.keys, draws, weights, manifest))
        files.write_manifest(staging, manifest)
        files.write_dictionary(staging, files.dictionary_rows(calibration.name, calibration.keys, diagnostics))
        commit(staging, destination, "calibrate", allowed)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Result(destination, calibration.keys, draws, weights, diagnostics, manifest)


def _interrupted(number: int, _frame: Any) -> None:
    """Turns SIGTERM and SIGHUP into an exit that stops the worker processes first, so the
    staging and scratch folders can be removed."""
    for child in multiprocessing.active_children():
        child.terminate()
    for child in multiprocessing.active_children():
        child.join(timeout=10)
    raise SystemExit(128 + number)


def main(argv: Sequence[str] | None = None) -> int:
    """The console script; returns the exit code (0, 1 or 2)."""
    parser = argparse.ArgumentParser(prog="stepwell-calibrate", description=__doc__.split("\n\n")[0])
    parser.add_argument("calibration", help="the calibration file (YAML)")
    parser.add_argument("--out", help="output folder (default: Output/calibrate-<name>)")
    parser.add_argument("--population", type=int, help="particles per generation (overrides settings.population)")
    parser.add_argument("--generations", type=int, help="generations at most (overrides settings.generations)")
    parser.add_argument("--replications", type=int, help="replications per simulation (overrides the file)")
    parser.add_argument("--seed", type=int, help="master seed (overrides settings.seed)")
    parser.add_argument("--processes", type=int, default=MAX_PROCESSES, help=f"worker processes, 1 to {MAX_PROCESSES}")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    arguments = parser.parse_args(argv)
    for name in ("SIGTERM", "SIGHUP"):
        signal.signal(getattr(signal, name), _interrupted)
    overrides = {"population": arguments.population, "generations": arguments.generations,
                 "replications": arguments.replications, "seed": arguments.seed}
    try:
        result = calibrate(arguments.calibration, arguments.out, arguments.processes, arguments.quiet, overrides)
    except (CalibrationInputError, DestinationError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (StepwellError, RuntimeError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if not arguments.quiet:
        print((result.output / files.SUMMARY).read_text(), end="")
    print(f"Wrote {result.output}/ ({', '.join(result.manifest['files'])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
