#!/usr/bin/env python3
"""Runs every command of docs/tutorial.md and checks the output it shows.

Each ```sh block is run with bash, in order, in a fresh folder that sees the repository's
Scenarios/ and the release binary at .build/release/stepwell (so the tutorial's alias works), with
`make demo` standing for its recipe's run (`stepwell run Scenarios/sandwell-hub.yaml`; the build is
already done). A block fails when any of its commands exits non-zero. A plain ``` block after a
command block is output that command printed: every line of it must appear in what the block
printed (stdout and stderr), where `...` stands for any text and a line that is only `...` is
skipped. Outputs go to the temporary folder, never the repository's Output/.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRELUDE = """set -eo pipefail
shopt -s expand_aliases
alias stepwell=.build/release/stepwell
make() {
  if [ "$#" -eq 1 ] && [ "$1" = demo ]; then .build/release/stepwell run Scenarios/sandwell-hub.yaml;
  else echo "the tutorial check runs only 'make demo', not 'make $*'" >&2; return 2; fi
}
"""


def blocks(text):
    """[(language, first line number, body)] of the fenced blocks in order."""
    found, language, start, body = [], None, 0, []
    for number, line in enumerate(text.split("\n"), start=1):
        fence = re.match(r"^```(\S*)\s*$", line)
        if fence and language is None:
            language, start, body = fence.group(1), number, []
        elif fence and fence.group(1) == "" and language is not None:
            found.append((language, start, "\n".join(body)))
            language = None
        elif language is not None:
            body.append(line)
    return found


def pattern(expected):
    """A regular expression for one expected line: `...` is any text, the rest literal."""
    parts = [re.escape(part) for part in expected.strip().split("...")]
    return re.compile("^\\s*" + ".*".join(parts) + "\\s*$")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stepwell", default=str(ROOT / ".build/release/stepwell"))
    parser.add_argument("--tutorial", default=str(ROOT / "docs/tutorial.md"))
    options = parser.parse_args()
    stepwell = Path(options.stepwell).resolve()
    if not stepwell.is_file():
        sys.exit(f"{stepwell}: no binary (make build)")

    passed, failed = 0, 0
    with tempfile.TemporaryDirectory(prefix="stepwell-tutorial-") as folder:
        work = Path(folder)
        (work / "Scenarios").symlink_to(ROOT / "Scenarios")
        (work / ".build/release").mkdir(parents=True)
        (work / ".build/release/stepwell").symlink_to(stepwell)
        environment = {**os.environ, "NO_COLOR": "1"}
        venv_python = ROOT / ".venv/bin/python"
        if venv_python.exists():
            environment.setdefault("STEPWELL_PYTHON", str(venv_python))
        printed, last_command_line = None, None
        for language, line, body in blocks(Path(options.tutorial).read_text(encoding="utf-8")):
            if language == "sh":
                done = subprocess.run(
                    ["bash", "-c", PRELUDE + body], cwd=work, capture_output=True, text=True, env=environment)
                printed = (done.stdout + "\n" + done.stderr).split("\n")
                last_command_line = line
                first = body.strip().split("\n")[0]
                if done.returncode != 0:
                    failed += 1
                    print(f"FAIL docs/tutorial.md line {line}: '{first}' exited {done.returncode}\n{done.stderr[-2000:]}")
                else:
                    passed += 1
                    print(f"ok   docs/tutorial.md line {line}: {first}")
            elif language == "" and printed is not None:
                missing = [
                    expected for expected in body.split("\n")
                    if expected.strip() not in ("", "...")
                    and not any(pattern(expected).match(actual) for actual in printed)
                ]
                if missing:
                    failed += 1
                    print(f"FAIL docs/tutorial.md line {line}: output shown for the commands at line "
                          f"{last_command_line} is stale; not printed now:")
                    for expected in missing[:10]:
                        print(f"       {expected}")
                else:
                    passed += 1
                    print(f"ok   docs/tutorial.md line {line}: output matches")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
