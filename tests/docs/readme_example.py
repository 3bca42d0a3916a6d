#!/usr/bin/env python3
"""The README's example output, from a real run.

The README marks the example with an HTML comment naming the command, followed by a fenced block:

    <!-- example: stepwell run Scenarios/sandwell-hub.yaml -->
    ```
    ...what the command prints...
    ```

`--update` runs the command (with the given binary, writing into a temporary folder, so Output/ is
left alone) and writes what it printed into the block; `--check` runs it and fails, naming the first
line that differs, when the block is stale. Two things vary from machine to machine and are
compared loosely: the timing line (its event count must match, its seconds may not) and the folder
in the "Wrote" line (printed as /path/to/stepwell/Output/<name>/). Anything on stderr fails the check,
because the README says nothing is printed there.
"""

import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MARKER = re.compile(r"^<!-- example: stepwell (?P<args>[^>]*?) -->$")
TIMING = re.compile(r"^(?P<events>\d+) events in [0-9.]+ s \([0-9.]+ million events/s\); population built in [0-9.e-]+ s$")
WROTE = re.compile(r"^Wrote (?P<path>.*?/)(?P<name>[^/]+)/ (?P<files>\(.*\))$")


def find_block(lines):
    """(marker index, arguments, first line of the block's body, index of its closing fence)."""
    for index, line in enumerate(lines):
        match = MARKER.match(line.strip())
        if not match:
            continue
        if index + 1 >= len(lines) or lines[index + 1].strip() != "```":
            sys.exit(f"README.md line {index + 2}: the example marker must be followed by a ``` block")
        for end in range(index + 2, len(lines)):
            if lines[end].strip() == "```":
                return index, match.group("args").split(), index + 2, end
        sys.exit(f"README.md line {index + 1}: the example block is not closed")
    sys.exit("README.md: no '<!-- example: stepwell ... -->' marker")


def run(stepwell, args):
    """What the command prints on stdout, normalised; fails when it prints on stderr or fails."""
    with tempfile.TemporaryDirectory(prefix="stepwell-readme-") as folder:
        scenario_name = Path(args[-1]).stem
        out = Path(folder) / "Output" / scenario_name
        command = [stepwell, *args, "--out", str(out)]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr}")
        if done.stderr.strip():
            sys.exit(f"{' '.join(command)} printed on stderr, which the README says it does not:\n{done.stderr}")
        printed = done.stdout.rstrip("\n").split("\n")
    normalised = []
    for line in printed:
        wrote = WROTE.match(line)
        if wrote:
            line = f"Wrote /path/to/stepwell/Output/{wrote.group('name')}/ {wrote.group('files')}"
        normalised.append(line.rstrip())
    return normalised


def same(expected, actual):
    """Lines equal, the timing line compared by its event count only."""
    if expected == actual:
        return True
    a, b = TIMING.match(expected), TIMING.match(actual)
    return bool(a and b and a.group("events") == b.group("events"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stepwell", default=str(ROOT / ".build/release/stepwell"))
    parser.add_argument("--readme", default=str(ROOT / "README.md"))
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true", help="fail when the README's example is stale")
    mode.add_argument("--update", action="store_true", help="write a fresh run's output into the README")
    options = parser.parse_args()

    readme = Path(options.readme)
    lines = readme.read_text(encoding="utf-8").split("\n")
    _, args, start, end = find_block(lines)
    actual = run(options.stepwell, args)
    shown = [line.rstrip() for line in lines[start:end]]

    if options.update:
        updated = lines[:start] + actual + lines[end:]
        temporary = readme.with_name(readme.name + ".tmp")
        temporary.write_text("\n".join(updated), encoding="utf-8")
        os.replace(temporary, readme)
        print(f"README.md: example of 'stepwell {' '.join(args)}' written ({len(actual)} lines)")
        return 0

    stale = len(shown) != len(actual) or not all(same(e, a) for e, a in zip(shown, actual))
    if stale:
        diff = "\n".join(difflib.unified_diff(shown, actual, "README.md", "a run now", lineterm="", n=1))
        print(f"README.md's example of 'stepwell {' '.join(args)}' is stale (make readme-example rewrites it):\n{diff}")
        print("0 passed, 1 failed")
        return 1
    print(f"README.md's example matches a run of 'stepwell {' '.join(args)}' ({len(actual)} lines)")
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
