"""The Splink model: which pairs are compared (blocking), how each field is compared, and how it is trained.

Blocking rules are an OR: a vendor record meets a student when any rule holds. Together they survive any one kind
of mess the vendors make (99.6% of true pairs at 1x): a typo, a nickname or a changed last name is caught by the
rule on birth date and the other name, a wrong or missing birth date by the rules on both names, a moved ZIP by the
rules on birth date, swapped names by their own rule. The cost is what limits them: names, birth dates and ZIPs are
bounded sets, so pairs grow with the square of the data (a rule with 0.5 million pairs at 1x has 50 million at
10x) and scoring costs about 4 microseconds a pair on two cores. Broader rules that each caught a few more true
pairs (birth date + the first two letters of a name, name + ZIP + birth year: 99.8% at 1x) made 200 million pairs
at 10x; these make about 60 million. Every rule is an equality of columns or prefixes (DuckDB runs each as a hash
join; rules on `list_has_any` for nicknames and hyphen parts made blocking alone 30 s at 1x) and symmetric in `l`
and `r` (either side may be on the left).

Comparisons are ordered levels, the first that holds wins; the gamma columns of the output name the level reached
(docs/architecture.md lists them). First and last names get term-frequency adjustment, so agreeing on `Smith`
counts for less than agreeing on `Stoltzfus`. The first-name comparison has no level between "a nickname or a
typo of it" and "different": twins (same birth date, last name and address) differ only there, and its `else`
level must carry enough negative weight to keep them apart.

Training, all from the data (no labels): u by random sampling (seeded), m by expectation maximisation on two
blocking rules that each leave the other fields free, the prior from a deterministic rule's match count.
"""

from __future__ import annotations

import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import SettingsCreator

# Every rule is symmetric in l and r: Splink may put either input on the left.
BLOCKING_RULES: dict[str, str] = {
    "dob_first": "l.dob = r.dob and l.first_name = r.first_name",
    "dob_last": "l.dob = r.dob and l.last_name = r.last_name",
    "dob_zip_initial": ("l.dob = r.dob and l.zip = r.zip "
                        "and (left(l.first_name, 1) = left(r.first_name, 1) "
                        "or left(l.last_name, 1) = left(r.last_name, 1))"),
    "first_last_year": "l.first_name = r.first_name and l.last_name = r.last_name and l.birth_year = r.birth_year",
    "first_last_month_day": ("l.first_name = r.first_name and l.last_name = r.last_name "
                             "and l.birth_month = r.birth_month and l.birth_day = r.birth_day"),
    "first_last_zip": "l.first_name = r.first_name and l.last_name = r.last_name and l.zip = r.zip",
    "names_swapped": "l.first_name = r.last_name and l.last_name = r.first_name",
    "names_no_dob": ("l.first_name = r.first_name and l.last_name = r.last_name "
                     "and (l.dob is null or r.dob is null)"),
}

# EM training: each rule fixes some fields and lets the model learn how often the others agree among matches.
# The second requires the middle names to agree: twins share birth date, ZIP, last name and address, and among
# pairs blocked on those alone EM takes them for matches whose first names differ, which would teach the model
# that a different first name costs little. Twins' middle names differ, so the second rule leaves them out.
EM_RULES = [
    "l.first_name = r.first_name and l.last_name = r.last_name",
    "l.dob = r.dob and l.zip = r.zip and l.middle_name = r.middle_name",
]
EM_MAX_PAIRS = 2e6
# Pairs that are almost surely the same person, for the prior (share of pairs that match).
DETERMINISTIC_RULES = ["l.first_name = r.first_name and l.last_name = r.last_name and l.dob = r.dob"]
DETERMINISTIC_RECALL = 0.8

SEED = 20260  # u sampling; fixed so that the same inputs give the same model and the same links
U_MAX_PAIRS = 2e6


def _swapped(a: str, b: str) -> str:
    return f'("{a}_l" = "{b}_r" or "{b}_l" = "{a}_r")'


# Cheap forms of Splink's levels: most scored pairs are non-matches that fall through every level, so each level's
# cost is paid on nearly every pair (60 million at 10x). list_has_any stops at the first common element where
# ArrayIntersectLevel builds the intersection; one edit needs lengths at most one apart, which is checked first.
def _overlap(column: str, label: str):
    return cll.CustomLevel(f'list_has_any("{column}_l", "{column}_r")', label)


def _one_edit(column: str):
    return cll.CustomLevel(f'abs(length("{column}_l") - length("{column}_r")) <= 1 '
                           f'and damerau_levenshtein("{column}_l", "{column}_r") <= 1',
                           f"One edit apart (Damerau-Levenshtein) on {column}")


def comparisons() -> list:
    """The comparisons, each named for its gamma column (gamma_<name>)."""
    first = cl.CustomComparison(output_column_name="first_name", comparison_levels=[
        cll.NullLevel("first_name"),
        cll.ExactMatchLevel("first_name").configure(tf_adjustment_column="first_name"),
        _overlap("first_forms", "Nickname of the same name"),
        _one_edit("first_name"),
        cll.CustomLevel(_swapped("first_name", "last_name"), "First name is the other's last name"),
        cll.ElseLevel(),
    ])
    last = cl.CustomComparison(output_column_name="last_name", comparison_levels=[
        cll.NullLevel("last_name"),
        cll.ExactMatchLevel("last_name").configure(tf_adjustment_column="last_name"),
        _overlap("last_parts", "A hyphen part matches"),
        _one_edit("last_name"),
        cll.CustomLevel(_swapped("last_name", "first_name"), "Last name is the other's first name"),
        cll.ElseLevel(),
    ])
    middle = cl.CustomComparison(output_column_name="middle_name", comparison_levels=[
        cll.NullLevel("middle_name"),
        cll.ExactMatchLevel("middle_name"),
        cll.CustomLevel('left("middle_name_l", 1) = left("middle_name_r", 1) and '
                        '(length("middle_name_l") = 1 or length("middle_name_r") = 1)', "Initial matches"),
        cll.ElseLevel(),
    ])
    dob = cl.CustomComparison(output_column_name="dob", comparison_levels=[
        cll.NullLevel("dob"),
        cll.ExactMatchLevel("dob"),
        cll.CustomLevel('"birth_year_l" = "birth_year_r" and "birth_month_l" = "birth_day_r" '
                        'and "birth_day_l" = "birth_month_r"', "Day and month swapped"),
        cll.CustomLevel('("birth_month_l" = "birth_month_r" and "birth_day_l" = "birth_day_r" '
                        'and abs("birth_year_l" - "birth_year_r") = 1) or ("birth_year_l" = "birth_year_r" '
                        'and "birth_month_l" = "birth_month_r" and abs("birth_day_l" - "birth_day_r") = 1)',
                        "Year or day off by one"),
        cll.CustomLevel('"birth_year_l" = "birth_year_r"', "Same birth year"),
        cll.ElseLevel(),
    ])
    address = cl.CustomComparison(output_column_name="address", comparison_levels=[
        cll.NullLevel("street"),
        cll.ExactMatchLevel("address"),
        cll.ExactMatchLevel("street").configure(label_for_charts="Same street address, apartment differs"),
        cll.ElseLevel(),
    ])
    zip_code = cl.CustomComparison(output_column_name="zip", comparison_levels=[
        cll.NullLevel("zip"),
        cll.ExactMatchLevel("zip"),
        cll.CustomLevel('hamming("zip_l", "zip_r") <= 1', "One digit differs"),
        cll.ElseLevel(),
    ])
    district = cl.CustomComparison(output_column_name="district", comparison_levels=[
        cll.NullLevel("district_codes"),
        _overlap("district_codes", "A district of the student"),
        cll.ElseLevel(),
    ])
    return [first, last, middle, dob, address, zip_code, district]


# The person's own fields: a pair links only when each agrees at least at this level or is missing on one side
# (gamma -1). Household fields (last name, address, ZIP, district) are shared by parents, siblings and twins, and
# the model, which takes fields as independent, can add them up past any threshold for a parent named like the
# child (a different birth date) or a twin (a different first name). Levels count down from the best (the number
# of non-null levels minus one) to 0, the `else` level; `personal_floor` returns the level that must be reached.
PERSONAL_FIELDS = {"first_name": "First name is the other's last name", "dob": "Year or day off by one"}


def personal_floor() -> dict[str, int]:
    """gamma column -> the lowest level of PERSONAL_FIELDS' comparison that counts as agreement."""
    floors = {}
    for comparison in comparisons():
        name = comparison.create_output_column_name()
        if name in PERSONAL_FIELDS:
            labels = [lv.create_label_for_charts() for lv in comparison.create_comparison_levels()[1:]]
            floors[f"gamma_{name}"] = len(labels) - 1 - labels.index(PERSONAL_FIELDS[name])
    return floors


GAMMA_COLUMNS = [f"gamma_{n}" for n in ("first_name", "last_name", "middle_name", "dob", "address", "zip",
                                        "district")]


def settings() -> SettingsCreator:
    return SettingsCreator(
        link_type="link_only",
        unique_id_column_name="unique_id",
        comparisons=comparisons(),
        blocking_rules_to_generate_predictions=list(BLOCKING_RULES.values()),
        retain_matching_columns=True,  # the gamma columns come with it; link.py keeps only ids and gammas
        retain_intermediate_calculation_columns=False,
        additional_columns_to_retain=["ric"],
    )


def train(linker) -> None:
    """Estimate the prior, u and m from the data (no labels); deterministic for the same inputs."""
    linker.training.estimate_probability_two_random_records_match(DETERMINISTIC_RULES, recall=DETERMINISTIC_RECALL)
    linker.training.estimate_u_using_random_sampling(max_pairs=U_MAX_PAIRS, seed=SEED)
    for rule in EM_RULES:
        linker.training.estimate_parameters_using_expectation_maximisation(
            rule, estimate_without_term_frequencies=True, max_pairs=EM_MAX_PAIRS)


M_FLOOR = 0.002  # no level's m below this: see bounded()
# EM sums in parallel threads, so two runs on the same data differ in the last bit of a probability; rounding the
# trained parameters makes the same inputs give the same weights, bit for bit
SIGNIFICANT_DIGITS = 9


def bounded(model: dict) -> dict:
    """The trained model with every m probability at least M_FLOOR (the others scaled down to sum to one), and
    every parameter rounded to SIGNIFICANT_DIGITS.

    EM puts m at 0 for a level it never saw among matches (a first name unlike any nickname or typo, a wrong middle
    name), which makes that level a veto of 25 to 40 bits that no other evidence can outweigh. Messier data than
    the training sample's will show such records; the floor keeps them a strong argument against, not a proof
    (log2(0.002) is about -9 bits, still enough to keep twins apart: docs/linkage_accuracy.md).
    """
    for comparison in model["comparisons"]:
        levels = [lv for lv in comparison["comparison_levels"]
                  if not lv.get("is_null_level") and lv.get("m_probability") is not None]
        raised = sum(max(lv["m_probability"], M_FLOOR) - lv["m_probability"] for lv in levels)
        rest = sum(lv["m_probability"] for lv in levels if lv["m_probability"] > M_FLOOR)
        for lv in levels:
            if lv["m_probability"] < M_FLOOR:
                lv["m_probability"] = M_FLOOR
            elif rest > 0:
                lv["m_probability"] *= 1 - raised / rest
        for lv in comparison["comparison_levels"]:
            for key in ("m_probability", "u_probability"):
                if lv.get(key) is not None:
                    lv[key] = float(f"{lv[key]:.{SIGNIFICANT_DIGITS}g}")
    model.pop("linker_uid", None)  # a random id of the training run, not a parameter
    prior = model.get("probability_two_random_records_match")
    if prior is not None:
        model["probability_two_random_records_match"] = float(f"{prior:.{SIGNIFICANT_DIGITS}g}")
    return model
