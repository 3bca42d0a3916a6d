"""Run a multi-run `stepwell` command (`sweep`, `psa`, `plan`, or `run` of a national scenario) on a
Dask cluster.

The command's work items (a sweep point, a PSA draw, a plan evaluation, a national run's board)
are listed by the binary
(`--list-items`); each becomes one Dask task that runs the binary with `--items ID` on a worker,
which writes the item's folder into the items folder (`<out>.items/` by default). When every item
is done, `--merge` runs here and writes exactly the files a single-machine run writes (every file
but `manifest.json` byte for byte). A plan's search proceeds in rounds: each round's evaluations
are listed, run on the cluster, and the next round is listed from the finished ones.

The workers must see the same file system as this process (the binary, the scenario files and
the items folder at the same paths), as on a Slurm cluster with a shared home or project folder.

    from stepwell.distributed import run_distributed
    run_distributed(["sweep", "Scenarios/queueing/mmc-clinic.yaml", "--set", "nodes.clinic.servers=2...6",
                     "--out", "Output/sweep-mmc"], n_workers=4)

From the shell: `stepwell-dask --workers 4 sweep SCENARIO --set KEY=FROM...TO --out DIR`, or
`stepwell-dask --scheduler tcp://HOST:8786 ...` for a cluster that is already running.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Callable, Sequence

from .binary import StepwellError, find_binary

#: The commands whose work items can be farmed out (`run` only of a national scenario, one with
#: `boards:`: the binary refuses the work-item options for any other run).
COMMANDS = ("sweep", "psa", "plan", "run")
#: Options the driver sets itself; a command given to it must not have them.
ITEM_OPTIONS = ("--list-items", "--items", "--resume", "--merge")
#: The most rounds a plan's search may take (a guard against a search that does not move on).
MAXIMUM_ROUNDS = 500

Progress = Callable[[int, int, str], None]


def run_item(binary: str, arguments: Sequence[str], cwd: str) -> str:
    """Runs one work item (`stepwell ARGUMENTS --items ID`) on a worker and returns its stdout.

    Raises:
        StepwellError: when the binary exits non-zero, so Dask retries the task.
    """
    line = [binary, *arguments]
    result = subprocess.run(line, capture_output=True, text=True, cwd=cwd)
    if result.returncode != 0:
        raise StepwellError(line, result.returncode, result.stderr)
    return result.stdout


def _checked(command: Sequence[str]) -> list[str]:
    """The command as a list, refused when it is not `sweep`, `psa`, `plan` or `run` or already names items."""
    command = [str(part) for part in command]
    if not command or command[0] not in COMMANDS:
        raise ValueError(f"command {command[:1]}: allowed: one of {', '.join(COMMANDS)}, then its arguments")
    for part in command:
        if part.split("=", 1)[0] in ITEM_OPTIONS:
            raise ValueError(f"{part}: set by the driver; allowed: the command without {', '.join(ITEM_OPTIONS)}")
    if "--out" not in command and not any(part.startswith("--out=") for part in command):
        raise ValueError("--out: required, so every worker writes beside the same output folder")
    return command


def _local(binary: Path, command: Sequence[str], cwd: Path) -> str:
    """Runs `stepwell COMMAND` here and returns its stdout."""
    line = [str(binary), *command]
    result = subprocess.run(line, capture_output=True, text=True, cwd=cwd)
    if result.returncode != 0:
        raise StepwellError(line, result.returncode, result.stderr)
    return result.stdout


def list_items(binary: Path, command: Sequence[str], cwd: Path) -> list[str]:
    """The IDs `--list-items` prints (for a plan: the next round of its search)."""
    text = _local(binary, [*command, "--list-items"], cwd)
    return [line.split("\t", 1)[0] for line in text.splitlines() if line.strip()]


def _report(done: int, total: int, item: str, quiet: bool) -> None:
    if not quiet:
        sys.stderr.write(f"  items {done}/{total} ({item})\n")
        sys.stderr.flush()


def run_distributed(command: Sequence[str], *, scheduler: str | None = None, cluster: object | None = None,
                    n_workers: int = 2, threads_per_worker: int = 1, retries: int = 3,
                    items_dir: str | Path | None = None, binary: Path | None = None, cwd: str | Path | None = None,
                    progress: Progress | None = None, quiet: bool = False,
                    runner: Callable[[str, Sequence[str], str], str] = run_item) -> str:
    """Runs `stepwell COMMAND` with its work items on a Dask cluster, then merges; returns the
    merge's stdout (the command's usual screen report).

    Args:
        command: `["sweep" | "psa" | "plan" | "run", SCENARIO, ..., "--out", DIR]` as on the command
            line (`run` of a national scenario: its items are the boards).
        scheduler: the address of a running scheduler (`tcp://host:8786`); default a new
            `LocalCluster` of `n_workers` worker processes, closed at the end.
        cluster: a cluster object to use instead (for example `dask_jobqueue.SLURMCluster`).
        n_workers, threads_per_worker: the `LocalCluster`'s size.
        retries: how often an item is run again after its task failed or its worker died.
        items_dir: `--items-dir` (default `<out>.items` beside the output folder).
        binary: the `stepwell` binary (default `find_binary()`); the workers run the same path.
        cwd: the working folder of every run (default the current one); relative paths in the
            command are read from it.
        progress: called with (items done, items submitted so far, item ID) as items finish.
        quiet: no progress lines on stderr.
        runner: the function each task runs (default `run_item`).

    Raises:
        ValueError: for a command the driver cannot farm out.
        StepwellError: when listing, an item (after its retries) or the merge fails.
    """
    from dask.distributed import Client, LocalCluster, as_completed

    command = _checked(command)
    binary = Path(binary or find_binary()).resolve()
    cwd = Path(cwd or Path.cwd()).resolve()
    if items_dir is not None:
        command += ["--items-dir", str(items_dir)]
    # Listed before any cluster starts, so a command the binary refuses fails at once.
    first_round = list_items(binary, command, cwd)
    owned = None
    if scheduler is not None:
        client = Client(scheduler)
    elif cluster is not None:
        client = Client(cluster)
    else:
        owned = LocalCluster(n_workers=n_workers, threads_per_worker=threads_per_worker, processes=True,
                             dashboard_address=None)
        client = Client(owned)
    try:
        done = 0
        submitted = 0
        finished: set[str] = set()
        for round_number in range(MAXIMUM_ROUNDS):
            listed = first_round if round_number == 0 else list_items(binary, command, cwd)
            ids = [item for item in listed if item not in finished]
            if not ids:
                break
            submitted += len(ids)
            futures = {client.submit(runner, str(binary), [*command, "--items", item, "--quiet"], str(cwd),
                                     key=f"stepwell-item-{item}-{os.getpid()}-{submitted}", retries=retries,
                                     pure=False): item for item in ids}
            for future in as_completed(futures):
                future.result()
                item = futures[future]
                finished.add(item)
                done += 1
                _report(done, submitted, item, quiet)
                if progress is not None:
                    progress(done, submitted, item)
            if command[0] != "plan":
                break
        else:
            raise StepwellError(command, 1, f"the plan's search did not finish within {MAXIMUM_ROUNDS} rounds")
        return _local(binary, [*command, "--merge"], cwd)
    finally:
        client.close()
        if owned is not None:
            owned.close()


def main(argv: Sequence[str] | None = None) -> int:
    """`stepwell-dask [--scheduler ADDRESS | --workers N] [--retries N] COMMAND ARGUMENTS...`."""
    parser = argparse.ArgumentParser(
        prog="stepwell-dask",
        description="Run `stepwell sweep|psa|plan|run ... --out DIR` (run: a national scenario) with its work items on a Dask cluster, then merge.",
        epilog="The workers must share this machine's file system (the binary, the scenarios and the items folder).")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    parser.add_argument("--threads-per-worker", type=int, default=1, help="LocalCluster threads a worker (default 1)")
    parser.add_argument("--retries", type=int, default=3, help="runs of an item after a failure (default 3)")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="sweep|psa|plan|run and its arguments, with --out DIR")
    options = parser.parse_args(argv)
    try:
        text = run_distributed(options.command, scheduler=options.scheduler, n_workers=options.workers,
                               threads_per_worker=options.threads_per_worker, retries=options.retries,
                               quiet=options.quiet)
    except ValueError as error:
        sys.stderr.write(f"error: {error}\n")
        return 2
    except StepwellError as error:
        sys.stderr.write(f"error: {error}\n")
        return error.returncode if error.returncode in (1, 2) else 1
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
