"""Write an output folder atomically, replacing only an earlier output of the same command.

The folder is built in a hidden sibling `.<name>.tmp-<pid>-<random>` and renamed into place when
complete. An existing destination is replaced only when its `manifest.json` says the same command
wrote it (`output_of`) and it holds nothing but the files that command writes; anything else is
refused before any work, so a folder Stepwell did not write is never deleted or replaced.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from pathlib import Path
from typing import Iterable


class DestinationError(ValueError):
    """The output path may not be written (exit code 2); the message says why."""


def check_destination(destination: Path, command: str, allowed_files: Iterable[str]) -> None:
    """Refuses a destination that is not a new folder or an earlier output of `command`.

    Args:
        destination: the output folder.
        command: the command's name as written in `manifest.json` (`output_of`).
        allowed_files: names of the files that command may have written there.

    Raises:
        DestinationError: for the root, the working folder or one of its parents, a file, a
            symbolic link, or a folder that is not an earlier output of `command`.
    """
    path = Path(os.path.abspath(destination))
    if str(destination).strip() in ("", ".", "..") or path.name in ("", ".", ".."):
        raise DestinationError(f"--out {destination}: not a folder name (allowed: a new folder or an earlier "
                               f"{command} output)")
    cwd = Path.cwd().resolve()
    if path.is_symlink():
        raise DestinationError(f"--out {destination}: is a symbolic link (allowed: a new folder or an earlier "
                               f"{command} output)")
    resolved = path.resolve()
    if resolved == cwd or resolved in cwd.parents:
        raise DestinationError(f"--out {destination}: is the working folder or one of its parents (allowed: a new "
                               f"folder or an earlier {command} output)")
    if not path.exists():
        return
    if not path.is_dir():
        raise DestinationError(f"--out {destination}: is a file, not a folder (allowed: a new folder or an earlier "
                               f"{command} output)")
    manifest = path / "manifest.json"
    try:
        written_by = json.loads(manifest.read_text()).get("output_of")
    except (OSError, ValueError, AttributeError):
        written_by = None
    if written_by != command:
        raise DestinationError(f"--out {destination}: is a folder Stepwell's {command} did not write (no manifest.json "
                               f"with output_of: {command}); it is left alone (allowed: a new folder or an earlier "
                               f"{command} output)")
    extra = sorted(set(os.listdir(path)) - set(allowed_files))
    if extra:
        raise DestinationError(f"--out {destination}: holds {extra[0]}, which {command} does not write; the folder is "
                               f"left alone (allowed: a new folder or an earlier {command} output)")


def staging_folder(destination: Path) -> Path:
    """Creates and returns the hidden sibling folder the output is built in."""
    destination = Path(os.path.abspath(destination))
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = destination.parent / f".{destination.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
    staging.mkdir()
    return staging


def commit(staging: Path, destination: Path, command: str, allowed_files: Iterable[str]) -> None:
    """Moves the finished `staging` folder to `destination`.

    An earlier output at `destination` is checked again, moved aside, and removed only after the
    new folder is in place (put back if the move fails).

    Raises:
        DestinationError: when something other than an earlier output appeared at the path.
    """
    destination = Path(os.path.abspath(destination))
    check_destination(destination, command, allowed_files)
    if not destination.exists():
        os.rename(staging, destination)
        return
    aside = destination.parent / f".{destination.name}.old-{os.getpid()}-{secrets.token_hex(4)}"
    os.rename(destination, aside)
    try:
        os.rename(staging, destination)
    except OSError:
        os.rename(aside, destination)
        raise
    shutil.rmtree(aside, ignore_errors=True)
