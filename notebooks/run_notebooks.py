#!/usr/bin/env python3
"""Executes every notebook in notebooks/ headless with nbclient and fails on any error.

Each notebook runs from the notebooks/ folder in a fresh Python 3 kernel; the stored notebooks are
not changed (they keep no outputs: this script also fails when one has outputs stored), and the
executed copies go to Output/notebooks/executed/ for reading. Small size unless STEPWELL_FULL=1.
Prints one line per notebook and a final `N passed, N failed`; exits non-zero on any failure.

Usage: run_notebooks.py [NOTEBOOK.ipynb ...]
"""

import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

HERE = Path(__file__).resolve().parent
EXECUTED = HERE.parent / "Output" / "notebooks" / "executed"
CELL_TIMEOUT = 900  # seconds: a full-size run of one scenario fits comfortably


def stored_outputs(notebook) -> int:
    """Code cells that carry outputs or execution counts (stored notebooks must have none)."""
    return sum(1 for cell in notebook.cells
               if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count")))


def run(path: Path) -> str:
    """Executes one notebook; returns "" on success, else what went wrong."""
    notebook = nbformat.read(path, as_version=4)
    if stored_outputs(notebook):
        return "stored with outputs: strip them (Kernel > Restart & Clear Output) before committing"
    client = NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(HERE)}})
    try:
        client.execute()
    except CellExecutionError as error:
        return str(error).strip().splitlines()[-1] if str(error).strip() else repr(error)
    finally:
        EXECUTED.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, EXECUTED / path.name)
    return ""


def main(arguments):
    paths = [Path(a) for a in arguments] or sorted(HERE.glob("[0-9][0-9]-*.ipynb"))
    passed = failed = 0
    for path in paths:
        started = time.time()
        problem = run(path)
        seconds = time.time() - started
        if problem:
            failed += 1
            print(f"FAIL - {path.name} ({seconds:.0f} s): {problem}")
        else:
            passed += 1
            print(f"ok - {path.name} ({seconds:.0f} s)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
