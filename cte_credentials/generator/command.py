"""`cte-credentials generate`: write the embedded synthetic raw extract and its gold labels."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from cte_credentials.errors import UserError
from cte_credentials.paths import DEFAULT_GOLD_DIR, DEFAULT_RAW_DIR


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, default=DEFAULT_RAW_DIR, help="raw extract folder (default data/raw)")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD_DIR, help="gold-label folder (default data/gold)")
    parser.add_argument("--seed", type=int, default=20260, help="random seed: same seed, same bytes")
    parser.add_argument("--scale", type=float, default=1.0, help="volume multiplier, 0.01 to 50 (default 1)")
    parser.add_argument("--format", choices=["csv", "parquet"], default="csv", help="file format (default csv)")
    parser.add_argument("--no-vendors", action="store_true",
                        help="only the six CTE tables: no student_identities, vendor_test_results or their gold files")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    if not 0.01 <= args.scale <= 50:
        raise UserError(f"--scale must be between 0.01 and 50, got {args.scale}")
    from cte_credentials.generator.core import generate

    start = time.perf_counter()
    counts = generate(args.out, args.gold, seed=args.seed, scale=args.scale, fmt=args.format, quiet=args.quiet,
                      vendors=not args.no_vendors)
    if not args.quiet:
        summary = ", ".join(f"{name} {n:,}" for name, n in counts.items())
        print(f"wrote {args.out} in {time.perf_counter() - start:.1f}s: {summary}", file=sys.stderr)
    return 0
