"""Probabilistic record linkage of vendor test records to students (Splink on DuckDB), and its clerical review.

`link_vendor_records(identities, vendor_records)` -> LinkageResult (links, candidates, model, seconds); the
design is in docs/architecture.md ("Linking vendor records to students"), the measured accuracy in
docs/linkage_accuracy.md.
"""

from cte_credentials.linkage.classify import NOT_A_MATCH, Thresholds
from cte_credentials.linkage.link import CANDIDATE_COLUMNS, LINK_COLUMNS, LinkageResult, link_vendor_records
from cte_credentials.linkage.prepare import with_district_codes

__all__ = ["CANDIDATE_COLUMNS", "LINK_COLUMNS", "NOT_A_MATCH", "LinkageResult", "Thresholds", "link_vendor_records",
           "with_district_codes"]
