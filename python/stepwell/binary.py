"""Find the `stepwell` binary and run its subcommands.

Nothing here models anything: every number comes from the `stepwell` command line (see
`docs/outputs.md` for the files each subcommand writes).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Iterable, Mapping, Sequence

#: Subcommands that write an output folder and take `--out`.
FOLDER_COMMANDS = ("run", "compare", "sweep", "plan", "population", "psa")


class StepwellError(RuntimeError):
    """A `stepwell` command exited non-zero.

    Attributes:
        command: the full command line, as a list of strings.
        returncode: the exit code (2: invalid input, nothing written; 1: a failure while running).
        stderr: everything the command wrote to stderr.
    """

    def __init__(self, command: Sequence[str], returncode: int, stderr: str) -> None:
        self.command = list(command)
        self.returncode = returncode
        self.stderr = stderr
        super().__init__(f"{' '.join(self.command)} failed (exit {returncode}):\n{stderr.strip()}")


def repo_root(start: Path | None = None) -> Path:
    """The Stepwell repository: the nearest folder at or above `start` (default: the working
    directory) holding `Package.swift` and a `Scenarios` folder.

    Raises:
        FileNotFoundError: when no such folder exists.
    """
    here = (start or Path.cwd()).resolve()
    for folder in [here, *here.parents]:
        if (folder / "Package.swift").exists() and (folder / "Scenarios").is_dir():
            return folder
    raise FileNotFoundError(f"no Stepwell repository at or above {here}")


def _package_root() -> Path | None:
    """The repository this package was installed from (`pip install -e python/`), if any."""
    try:
        return repo_root(Path(__file__).resolve().parent)
    except FileNotFoundError:
        return None


def find_binary() -> Path:
    """The `stepwell` binary: `$STEPWELL`, else `<repo>/.build/release/stepwell`, else the debug build.

    `<repo>` is the repository above the working directory, then the one this package lives in.

    Raises:
        FileNotFoundError: when none is an executable file.
    """
    candidates: list[Path] = []
    if os.environ.get("STEPWELL"):
        candidates.append(Path(os.environ["STEPWELL"]))
    roots: list[Path] = []
    try:
        roots.append(repo_root())
    except FileNotFoundError:
        pass
    package_root = _package_root()
    if package_root is not None and package_root not in roots:
        roots.append(package_root)
    for root in roots:
        candidates += [root / ".build/release/stepwell", root / ".build/debug/stepwell"]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    tried = ", ".join(str(c) for c in candidates) or "nothing"
    raise FileNotFoundError(
        f"no stepwell binary (tried {tried}): run `make build`, or set STEPWELL=/path/to/stepwell")


def subcommands(binary: Path | None = None) -> set[str]:
    """The subcommands this build of `stepwell` has, read from `stepwell --help`."""
    text = subprocess.run([str(binary or find_binary()), "--help"], capture_output=True, text=True).stdout
    names: set[str] = set()
    listing = False
    for line in text.splitlines():
        if line.strip().upper().startswith("SUBCOMMANDS"):
            listing = True
            continue
        if listing and line.startswith("  ") and not line.startswith("   ") and not line.strip().startswith("See "):
            names.add(line.split()[0])
    return names


def _set_arguments(overrides: Mapping[str, object] | Iterable[str] | None) -> list[str]:
    """`--set KEY=VALUE` arguments from a mapping {KEY: VALUE} or from strings "KEY=VALUE"."""
    if overrides is None:
        return []
    items = [f"{k}={v}" for k, v in overrides.items()] if isinstance(overrides, Mapping) else list(overrides)
    return [part for item in items for part in ("--set", str(item))]


def stepwell(command: str, *arguments: object, out: str | Path | None = None,
             set: Mapping[str, object] | Iterable[str] | None = None, seed: int | None = None,
             replications: int | None = None, quiet: bool = True, extra: Sequence[str] = (),
             cwd: str | Path | None = None, binary: Path | None = None) -> str:
    """Runs `stepwell COMMAND ARGUMENTS... [options]` and returns its stdout.

    Args:
        command: the subcommand (`run`, `compare`, `sweep`, `plan`, `population`, `psa`, `validate`).
        arguments: positional arguments, usually scenario files.
        out: `--out DIR`, the output folder.
        set: `--set KEY=VALUE` overrides, as {KEY: VALUE} or ["KEY=VALUE", ...]; a sweep range is
            written as its string, for example {"services.step3.wte": "15...25"}.
        seed: `--seed S`, the master seed.
        replications: `--replications N`.
        quiet: adds `--quiet` (no progress on stderr).
        extra: further arguments passed as they are (for example ["--horizon", "3y"]).
        cwd: working folder of the command (default: the repository, else the current folder).
        binary: the binary (default: `find_binary()`).

    Raises:
        StepwellError: on a non-zero exit, with the command's stderr.
    """
    line = [str(binary or find_binary()), command, *map(str, arguments)]
    if out is not None:
        line += ["--out", str(out)]
    line += _set_arguments(set)
    if seed is not None:
        line += ["--seed", str(seed)]
    if replications is not None:
        line += ["--replications", str(replications)]
    line += list(map(str, extra))
    if quiet:
        line.append("--quiet")
    if cwd is None:
        try:
            cwd = repo_root()
        except FileNotFoundError:
            cwd = Path.cwd()
    result = subprocess.run(line, capture_output=True, text=True, cwd=cwd)
    if result.returncode != 0:
        raise StepwellError(line, result.returncode, result.stderr)
    return result.stdout


def run(scenario: str | Path, **options: object) -> str:
    """`stepwell run SCENARIO [options]`; options as for `stepwell()`."""
    return stepwell("run", scenario, **options)  # type: ignore[arg-type]


def compare(base: str | Path, alt: str | Path, **options: object) -> str:
    """`stepwell compare BASE ALT [options]`; options as for `stepwell()`."""
    return stepwell("compare", base, alt, **options)  # type: ignore[arg-type]


def sweep(scenario: str | Path, **options: object) -> str:
    """`stepwell sweep SCENARIO --set KEY=FROM...TO[:STEP] [options]`; options as for `stepwell()`."""
    return stepwell("sweep", scenario, **options)  # type: ignore[arg-type]


def plan(scenario: str | Path, **options: object) -> str:
    """`stepwell plan SCENARIO [options]`; `--vary` and `--target` go in `extra`."""
    return stepwell("plan", scenario, **options)  # type: ignore[arg-type]


def population(*arguments: object, **options: object) -> str:
    """`stepwell population [SCENARIO | --area NAME] [options]`."""
    return stepwell("population", *arguments, **options)  # type: ignore[arg-type]


def psa(scenario: str | Path, *alt: str | Path, **options: object) -> str:
    """`stepwell psa SCENARIO [ALT] [options]` (only in builds that have it; `--draws` goes in `extra`)."""
    return stepwell("psa", scenario, *alt, **options)  # type: ignore[arg-type]
