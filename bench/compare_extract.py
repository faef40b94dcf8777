"""Does `pokazatel extract` still give what an earlier tree gave? Runs both on the same files and
compares record by record, in order, ignoring fields added since (the contract only adds fields).

    .venv/bin/python bench/compare_extract.py --baseline /work/baseline \\
        --baseline-python /work/main/.venv/bin/python ../shared/gold/dev.jsonl data/eval/fresh*.jsonl

`--baseline` is a checkout runnable as `python -m cli extract` (the tree before the package move) or
as `python -m pokazatel extract`. Exit status 1 when any record differs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ADDED_FIELDS = {"mentions"}


def extract(python: str, tree: Path, path: Path) -> list[dict]:
    module = "cli" if (tree / "cli" / "__main__.py").exists() and not (tree / "pokazatel").exists() else "pokazatel"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    result = subprocess.run([python, "-m", module, "extract", str(path.resolve())], cwd=tree, env=env,
                            capture_output=True, text=True, check=True)
    return [json.loads(line) for line in result.stdout.splitlines()]


def differences(old: list[dict], new: list[dict]) -> list[str]:
    if len(old) != len(new):
        return [f"{len(old)} records before, {len(new)} now"]
    found = []
    for before, now in zip(old, new, strict=True):
        now = {key: value for key, value in now.items() if key not in ADDED_FIELDS - set(before)}
        for key in sorted(set(before) | set(now)):
            if before.get(key) != now.get(key):
                found.append(f"{before.get('id')}: {key} differs")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--baseline", type=Path, required=True, help="the earlier tree")
    parser.add_argument("--baseline-python", default=sys.executable, help="the interpreter to run it with")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    failed = False
    for path in args.files:
        old = extract(args.baseline_python, args.baseline, path)
        new = extract(sys.executable, root, path)
        found = differences(old, new)
        print(f"{path}: {len(new)} records, {len(found)} differences")
        for line in found[:20]:
            print(f"  {line}")
        failed = failed or bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
