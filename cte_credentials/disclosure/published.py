"""Every column every `rpt_` model publishes, with what it is, and a check that the data say the same.

A published column is one of:

- `count`: a count of students; a cell the attack solves for (`cells.py` models how counts relate);
- `rate`: sum of counts / a count, null unless all of them are published: it tells nothing they do not;
- `display`: a rate as text ("43.2%"), the band of a hidden numerator ("<5%", ">95%": the attack uses it as an
  inequality) or "*";
- `gap`: a group's rate minus the all-students rate of the same unit and year, null unless both are published;
- `any_hidden`: whether any of the row's counts is hidden (visible from the counts anyway);
- `cohort_flag`: a property of the cohort year computed from the vars alone (the same on every row of a year);
- `record_count`: a count of credential records of the whole state in a school year (rpt_credential_data_quality):
  records, not students, with no unit below the state and no student attribute, so no student count can be
  derived from them; they are checked against the funnel identities they satisfy;
- `structure`, `label`, `key`: what identifies or names a row (year, level, unit, group, names, settings,
  surrogate key); never a measure.

`tests/python/test_published_columns.py` fails when an `rpt_` model's contract has a column this register does not
list (or lists one it does not have): a new published column must be modelled before it is published.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cte_credentials.disclosure.cells import HIGH_LABEL, LOW_LABEL

_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Column:
    kind: str
    args: tuple = ()


def _rate(numerators: tuple[str, ...], denominator: str = "cohort_count") -> Column:
    return Column("rate", (numerators, denominator))


ATTAINMENT_STRUCTURE = ("cohort_year", "reporting_level", "unit_code", "district_code", "building_code", "cip_code",
                        "career_cluster_code", "student_group_type", "student_group")

PUBLISHED: dict[str, dict[str, Column]] = {
    "rpt_attainment": {
        "attainment_cell_key": Column("key"),
        **{name: Column("structure") for name in ATTAINMENT_STRUCTURE},
        "unit_name": Column("label"),
        "denominator": Column("label"),
        "credential_status_basis": Column("label"),
        "cohort_count": Column("count"),
        "credential_count": Column("count"),
        "credential_rate": _rate(("credential_count",)),
        "credential_rate_display": Column("display", ("credential_rate", "credential_count")),
        "credential_rate_gap": Column("gap", ("credential_rate",)),
        "priority_credential_count": Column("count"),
        "priority_credential_rate": _rate(("priority_credential_count",)),
        "priority_credential_rate_display": Column("display",
                                                   ("priority_credential_rate", "priority_credential_count")),
        "priority_credential_rate_gap": Column("gap", ("priority_credential_rate",)),
        "review_pending_count": Column("count"),
        "credential_rate_if_review_counts": _rate(("credential_count", "review_pending_count")),
        "wbl_count": Column("count"),
        "wbl_rate": _rate(("wbl_count",)),
        "wbl_rate_display": Column("display", ("wbl_rate", "wbl_count")),
        "wbl_rate_gap": Column("gap", ("wbl_rate",)),
        "has_suppressed_value": Column("any_hidden", ("cohort_count", "credential_count", "priority_credential_count",
                                                      "wbl_count", "review_pending_count")),
        "is_cohort_window_complete": Column("cohort_flag"),
    },
    "rpt_wbl_participation_by_type": {
        "wbl_type_cell_key": Column("key"),
        "cohort_year": Column("structure"),
        "experience_type": Column("structure"),
        "experience_type_order": Column("structure"),
        "denominator": Column("label"),
        "cohort_count": Column("count"),
        "participant_count": Column("count"),
        "participation_rate": _rate(("participant_count",)),
        "is_cohort_window_complete": Column("cohort_flag"),
    },
    "rpt_vendor_credential_outcomes": {
        "vendor_outcome_key": Column("key"),
        "school_year": Column("structure"),
        "credential_code": Column("structure"),
        "credential_name": Column("label"),
        "data_sharing_vendor_name": Column("label"),
        "test_taker_count": Column("count"),
        "first_attempt_pass_count": Column("count"),
        "eventual_pass_count": Column("count"),
        "first_attempt_pass_rate": _rate(("first_attempt_pass_count",), "test_taker_count"),
        "first_attempt_pass_rate_display": Column("display", ("first_attempt_pass_rate", "first_attempt_pass_count")),
        "eventual_pass_rate": _rate(("eventual_pass_count",), "test_taker_count"),
        "eventual_pass_rate_display": Column("display", ("eventual_pass_rate", "eventual_pass_count")),
        "covered_report_count": Column("count"),
        "confirmed_report_count": Column("count"),
        "confirmation_rate": _rate(("confirmed_report_count",), "covered_report_count"),
        "confirmation_rate_display": Column("display", ("confirmation_rate", "confirmed_report_count")),
        "has_suppressed_value": Column("any_hidden", ("test_taker_count", "first_attempt_pass_count",
                                                      "eventual_pass_count", "covered_report_count",
                                                      "confirmed_report_count")),
    },
    "rpt_credential_data_quality": {
        "school_year": Column("structure"),
        **{name: Column("record_count") for name in (
            "records_received", "records_rejected", "records_staged", "mentions", "mentions_resolved",
            "mentions_junk", "mentions_needing_review", "mentions_counted", "mentions_with_type_disagreement",
            "mentions_reported_after_exit")},
    },
}
# structure columns that are numbers (years, an order for charts); any other number must be modelled
NUMERIC_STRUCTURE = {"cohort_year", "school_year", "experience_type_order"}
# identities the record counts of the data-quality funnel satisfy: (total, parts)
RECORD_FUNNEL = (("records_received", ("records_rejected", "records_staged")),
                 ("mentions", ("mentions_resolved", "mentions_junk", "mentions_needing_review")))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _TOLERANCE * max(1.0, abs(a), abs(b))


def display_of(rate: float) -> str:
    """A rate as the rpt_ models print it: one decimal of a percentage."""
    return f"{round(100 * rate, 1)}%"


def verify(table: str, rows: Sequence[dict]) -> list[str]:
    """Every way the published rows differ from what the register says their columns are (empty when none)."""
    problems: list[str] = []
    register = PUBLISHED[table]
    missing = set(register) - set(rows[0]) if rows else set()
    if missing:
        problems.append(f"{table}: registered columns missing from the table: {sorted(missing)}")
    unregistered = set(rows[0]) - set(register) if rows else set()
    if unregistered:
        problems.append(f"{table}: columns the disclosure register does not model: {sorted(unregistered)}")
    all_students = {}
    if table == "rpt_attainment":
        all_students = {(r["cohort_year"], r["reporting_level"], r["unit_code"]): r for r in rows
                        if r["student_group_type"] == "all"}
    flags: dict[tuple[str, object], object] = {}
    for i, r in enumerate(rows):
        for name, column in register.items():
            if name in missing:
                continue
            problem = _verify_value(r, name, column, all_students, flags)
            if problem:
                problems.append(f"{table} row {i} ({_describe(r)}): {name} {problem}")
                if len(problems) > 20:
                    return problems
    if table == "rpt_credential_data_quality":
        for r in rows:
            for total, parts in RECORD_FUNNEL:
                if r[total] != sum(r[p] for p in parts):
                    problems.append(f"{table} {r['school_year']}: {total} is not the sum of {', '.join(parts)}")
    return problems


def _describe(r: dict) -> str:
    return " ".join(str(r[k]) for k in ("cohort_year", "school_year", "reporting_level", "unit_code",
                                        "student_group", "experience_type", "credential_code") if k in r)


def _verify_value(r: dict, name: str, column: Column, all_students: dict, flags: dict) -> str | None:
    value = r[name]
    if column.kind in ("count", "record_count"):
        if value is not None and (not isinstance(value, int) or value < 0):
            return f"is {value!r}, not a whole number of students or records"
        if column.kind == "record_count" and value is None:
            return "is null"
    elif column.kind == "rate":
        numerators, denominator = column.args
        parts = [r[n] for n in numerators]
        if any(p is None for p in parts) or not r[denominator]:
            return None if value is None else f"is {value} although one of its counts is hidden"
        if value is None or not _close(value, sum(parts) / r[denominator]):
            return f"is {value}, not {'+'.join(numerators)} / {denominator}"
    elif column.kind == "display":
        rate_column, numerator = column.args
        rate = r[rate_column]
        if rate is not None:
            shown = value[:-1] if isinstance(value, str) and value.endswith("%") else None
            try:
                close = shown is not None and abs(float(shown) - 100 * rate) <= 0.05 + 1e-9
            except ValueError:
                close = False
            if not close:
                return f"is {value!r}, not the rate {display_of(rate)}"
        elif value not in ("*", LOW_LABEL, HIGH_LABEL):
            return f"is {value!r} although the rate is hidden"
        elif value != "*" and (r.get("cohort_count") is None or r[numerator] is not None):
            return f"shows a band {value!r} where the attack expects none (the cohort must be published)"
    elif column.kind == "gap":
        (rate_column,) = column.args
        base = all_students.get((r["cohort_year"], r["reporting_level"], r["unit_code"]))
        own, other = r[rate_column], None if base is None else base[rate_column]
        if own is None or other is None:
            return None if value is None else f"is {value} although a rate it is made of is hidden"
        if value is None or not _close(value, own - other):
            return f"is {value}, not {rate_column} minus the all-students {rate_column}"
    elif column.kind == "any_hidden":
        expected = any(r[c] is None for c in column.args)
        if value is not expected:
            return f"is {value}, not whether one of {', '.join(column.args)} is hidden"
    elif column.kind == "cohort_flag":
        key = (name, r["cohort_year"])
        if flags.setdefault(key, value) != value:
            return "differs between rows of the same cohort year"
    return None
