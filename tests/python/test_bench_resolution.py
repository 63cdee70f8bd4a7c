"""The credential-taken-out check of bench-resolution (tools.bench_resolution.taken_out): which entries it reads, and
that a write-in whose credential is taken out of the list is counted only when it is assigned a code."""

from __future__ import annotations

import pytest

from cte_credentials.tools.bench_resolution import ListCase, fit, taken_out

pytestmark = pytest.mark.filterwarnings("ignore:.*not in the credential list:UserWarning")

LIST = [{"credential_code": c, "credential_name": n, "vendor_name": v} for c, n, v in [
    ("E1", "Microsoft Office Specialist Excel", "Microsoft"),
    ("E2", "Microsoft Office Specialist Excel Expert", "Microsoft"),
    ("W1", "Microsoft Office Specialist Word", "Microsoft"),
    ("S1", "ServSafe Manager", "National Restaurant Association"),
    ("S2", "ServSafe Manager", "National Restaurant Association"),
]]


def _row(name: str, codes: str, junk: bool = False, status: str = "resolved") -> dict:
    return {"credential_name": name, "vendor": "", "cip_code": "", "expected_codes": codes,
            "expected_is_junk": "true" if junk else "false", "note": "", "expected_status": status,
            "acceptable_codes": codes, "category": "single"}


def test_the_check_reads_single_entries_and_counts_assignments() -> None:
    rows = [_row("MOS Excel", "E1"), _row("N/A", "", junk=True, status="junk"),
            _row("MOS Word & Excel", "W1;E1"), _row("Excel", "", status="review"),
            _row("ServSafe Mgr", "S1")]
    case = ListCase("t", "a test list", "ours", LIST, rows, {"all": list(range(len(rows)))})
    fit(case)
    assigned, total = taken_out(case)
    # junk, review and multi-credential rows are not read; "ServSafe Mgr" loses both rows of its name, "MOS Excel"
    # its Excel (the Expert is a level above: review)
    assert total == 2
    assert assigned == 0
