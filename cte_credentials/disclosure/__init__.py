"""Disclosure control for the public `rpt_` tables: what an outsider knows of them (`cells`), the attack that tries
to recover every hidden count (`attack`), suppression until it cannot (`suppress`), and the register of every
published column with what it is (`published`)."""

from cte_credentials.disclosure.attack import Disclosure, find_disclosures
from cte_credentials.disclosure.cells import (
    BANDED,
    COUNT_COLUMNS,
    DENOMINATOR,
    NUMERATORS,
    attainment_cells,
    equations,
)
from cte_credentials.disclosure.suppress import primary, publish, publish_table

__all__ = ["BANDED", "COUNT_COLUMNS", "DENOMINATOR", "NUMERATORS", "Disclosure", "attainment_cells", "equations",
           "find_disclosures", "primary", "publish", "publish_table"]
