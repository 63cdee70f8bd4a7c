"""The reader both review loops use for the CSV files reviewers edit (cte_credentials/review_files.py)."""

from pathlib import Path

import pytest

from cte_credentials.errors import UserError
from cte_credentials.review_files import read_csv


def test_a_spreadsheet_byte_order_mark_is_not_part_of_the_first_column(tmp_path: Path) -> None:
    path = tmp_path / "review.csv"
    path.write_bytes("\ufeffdecided_code,note\nOSHA10,ok\n".encode())
    fields, rows = read_csv(path, ["decided_code"], "review file")
    assert fields == ["decided_code", "note"]
    assert rows == [{"decided_code": "OSHA10", "note": "ok"}]


@pytest.mark.parametrize(("content", "message"), [
    (None, "review file {path} not found"),
    (b"code,note\nX,y\n", "review file {path}: missing column(s) decided_code"),
    ("decided_code,note\nX,caf\xe9\n".encode("latin-1"), "review file {path}: not UTF-8; save it as CSV UTF-8"),
])
def test_bad_files_stop_with_one_line_naming_the_file(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "review.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError) as err:
        read_csv(path, ["decided_code"], "review file")
    assert str(err.value) == message.format(path=path)
