"""The `cte-credentials` command: one entry point, one sub-command per tool.

The domain's commands live beside their domain (`generator.command`, `inputs`, `resolve.review`, `linkage.review`),
the tools that measure, draw and check in `cte_credentials.tools` (COMMANDS names each module). Each exposes
``add_arguments(parser)`` and ``run(args) -> int``; modules are imported only when their sub-command runs, so a
broken optional tool never stops the others.
Errors the user can act on are raised as ``UserError`` and printed as one line, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from cte_credentials.errors import UserError

# sub-command -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "generate": ("cte_credentials.generator.command", "generate the embedded synthetic raw extract and gold labels"),
    "check-inputs": ("cte_credentials.inputs", "check the raw extract files before a build"),
    "review-export": ("cte_credentials.resolve.review", "export the credential review queue to CSV"),
    "review-import": ("cte_credentials.resolve.review", "import a reviewer's decisions into the alias seed"),
    "link-review-export": ("cte_credentials.linkage.review",
                           "export the vendor records the linkage sends to review, with their candidates, to CSV"),
    "link-review-import": ("cte_credentials.linkage.review",
                           "import a reviewer's vendor link decisions into the decisions file"),
    "bench-resolution": ("cte_credentials.tools.bench_resolution", "measure credential resolution accuracy and speed"),
    "check-disclosure": ("cte_credentials.tools.disclosure_check",
                         "verify every published column and try to recover every suppressed count (exit 1 if any)"),
    "bench-build": ("cte_credentials.tools.bench_build",
                    "time full dbt builds at several scales; writes docs/benchmarks.md"),
    "bench-linkage": ("cte_credentials.tools.bench_linkage",
                      "measure vendor-record linkage against the gold links; writes docs/linkage_accuracy.md"),
    "validation-agreement": ("cte_credentials.tools.validation_agreement",
                             "compare the warehouse's validation of self-reports with the generator's gold files"),
    "bench-nodes": ("cte_credentials.tools.bench_nodes",
                    "CPU seconds of each SQL model and test of a finished build, each rerun alone"),
    "report": ("cte_credentials.tools.report", "render the HTML attainment report from the public rpt_ tables"),
    "browser-check": ("cte_credentials.tools.browser_check",
                      "open the docs site and the report in headless Chromium, check and screenshot them"),
    "engine-equality": ("cte_credentials.tools.engine_equality",
                        "compare the marts and rpt_ tables of two builds (DuckDB file or Spark warehouse folder)"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="cte-credentials", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_module, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text, add_help=False)
    if not argv or argv[0] in ("-h", "--help") or argv[0] not in COMMANDS:
        parser.print_help()
        return 0 if not argv or argv[0] in ("-h", "--help") else 2
    name = argv[0]
    module = importlib.import_module(COMMANDS[name][0])
    cmd_parser = argparse.ArgumentParser(prog=f"cte-credentials {name}", description=COMMANDS[name][1])
    module.add_arguments(cmd_parser, name) if _takes_name(module) else module.add_arguments(cmd_parser)
    args = cmd_parser.parse_args(argv[1:])
    args.command = name
    try:
        return int(module.run(args) or 0)
    except UserError as exc:
        print(f"cte-credentials {name}: error: {exc}", file=sys.stderr)
        return 2


def _takes_name(module: object) -> bool:
    """Modules that serve several sub-commands (review-export / review-import) receive the sub-command name."""
    import inspect

    return len(inspect.signature(module.add_arguments).parameters) == 2  # type: ignore[attr-defined]


if __name__ == "__main__":
    raise SystemExit(main())
