"""What the training scripts share: their command line, and writing the files they make or checking them.

A sibling module of the scripts in this folder, imported with this folder on `sys.path`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def mode(description: str, cv_help: str = "leave one writer out, over the settings grid") -> argparse.Namespace:
    """`--check` (retrain and compare with the shipped files) or `--cv` (cross-validate), else write."""
    parser = argparse.ArgumentParser(description=description)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="retrain and compare with the shipped files")
    group.add_argument("--cv", action="store_true", help=cv_help)
    return parser.parse_args()


def write_or_check(files: dict[Path, bytes], check: bool) -> None:
    """Write a model's files; or, with `check`, exit 1 when a shipped file differs from its retraining."""
    if check:
        stale = [path.name for path, data in files.items() if not path.exists() or path.read_bytes() != data]
        print(f"stale: {', '.join(stale)}" if stale else "the shipped model matches its training")
        sys.exit(1 if stale else 0)
    for path, data in files.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")
