"""Stepwell from Python: run the `stepwell` binary, read its output folders into pandas with
units, and calibrate scenarios to observed data by ABC-SMC (`stepwell.calibrate`).

    import stepwell as sw
    sw.run("Scenarios/sandwell-hub.yaml", out="Output/hub", replications=3, extra=["--horizon", "3y"])
    table = sw.metrics("Output/hub")          # indexed by metric, with a unit column
    sw.label("pathway.wait_first_treatment.mean", "Output/hub")   # 'pathway.wait_first_treatment.mean (days)'
"""

from .binary import (FOLDER_COMMANDS, StepwellError, compare, find_binary, plan, population, psa,
                     repo_root, run, stepwell, subcommands, sweep)
from .notebook import ensure, full_size, paired
from .outputs import (Catalogue, format_axis, label, manifest, metrics, pounds_text, read_csv, read_folder,
                      read_json, replications, set_labels, summary)

__all__ = [
    "FOLDER_COMMANDS", "StepwellError", "compare", "find_binary", "plan", "population", "psa", "repo_root",
    "run", "stepwell", "subcommands", "sweep", "ensure", "full_size", "paired", "Catalogue", "label",
    "manifest", "metrics", "read_csv", "format_axis", "pounds_text", "read_folder", "read_json", "replications", "set_labels", "summary",
]
