"""Write-ins pasted from a digital badge platform (Credly, Accredible, Badgr) or a profile's licences section.

Students and teachers copy what a badge page shows, and clerks keep it:
- its title: "CompTIA A+ ce certification was issued by CompTIA to Jane Doe." (the credential, then who issued it to
  whom), "Adobe Certified Professional in Visual Design - Credly";
- its link: "https://www.credly.com/org/nims/badge/measurement-materials-and-safety" (the issuer's page and the
  badge's slug), "credly.com/org/nccer/badge/electrical-level-1"; or a link holding only an id
  ("credly.com/badges/3f2a9c1e-.../public_url", "credential.net/7c3e9f21-...", "badgr.com/public/assertions/Qx7L"),
  or a person's profile ("credly.com/users/john-smith"), which name no credential;
- its verification lines: "Credential ID 8KJ2-4471-XQ", "Issued 03/2024 · Expires 03/2027", "Verified by
  Certiport", "- all verified on Credly", "(both on Credly)", "badges";
- CompTIA's "ce" after a certification kept current by continuing education ("A+ ce", "comptia-security-ce-
  certification"): the same certification.

``badge_reading`` reads such a write-in as the credentials' names: a title without who issued it to whom, a link as
its slug's words after the issuer's page ("nims measurement materials and safety"), the verification lines and the
platform left out; an issuer alone on a line of a profile's block ("CCST Networking / Cisco / Issued May 2024") as
the line's before it, in brackets. A write-in of links holding ids only, ids or dates names nothing. A text showing
no badge is left as typed. ``without_platform`` leaves a platform out of a vendor field ("American Welding Society
(Credly)"): a platform, like a test provider, issues nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cte_credentials.resolve.shapes import ShapeRead

NAMES_NOTHING = "badge link: a link, a credential id or a date of a badge platform, naming no credential"

# platforms that show badges (and the profile a block is copied from): no issuer of anything typed
PLATFORMS = frozenset({"credly", "accredible", "badgr", "acclaim", "youracclaim", "linkedin"})
_PLATFORM = r"(?:credly|accredible|badgr|acclaim|youracclaim)"
_LOOK = re.compile(r"credly|accredible|badgr|credential\.net|acclaim|was issued|credential id|\bissued\b|\bexpires\b"
                   r"|\bverified\b|\bbadges?\b|\+\s*ce\b|-ce-", re.IGNORECASE)
# what _LOOK cannot match an ASCII text without (lower case): a cheap first look, most write-ins have none
_LOOK_WORDS = ("credly", "accredible", "badgr", "credential", "acclaim", "issued", "expires", "verified", "badge", "+",
               "-ce-")
_LINK = re.compile(r"(?:https?://)?(?:www\.)?(?P<host>credly\.com|youracclaim\.com|credential\.net|accredible\.com"
                   r"|badgr\.com|badgr\.io)(?P<path>/[^\s,;]*)?", re.IGNORECASE)
_TITLE = re.compile(r"^\s*(?P<what>.+?)\s+was\s+issued\s+(?:by\s+.+?\s+)?to\s+.+?\.?\s*$", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = rf"(?:\d{{1,2}}/(?:\d{{1,2}}/)?(?:19|20)?\d\d|{_MONTH}\s+(?:19|20)\d\d|(?:19|20)\d\d)"
_LINES_LEFT_OUT = [re.compile(p, re.IGNORECASE) for p in (
    r"[\s,·(–—-]*\bcredential\s+id\b[\s:#]*[A-Z0-9][\w\-.…]*\)?",  # "- Credential ID 8KJ2-4471-XQ"
    rf"[\s,·(–—-]*\b(?:issued|expires|expired|expiration)\b[\s:]*(?:on\s+)?{_DATE}\)?:?",  # "· Issued Apr 2024"
    rf"[\s(–—-]*\b(?:(?:all|both)\s+)?(?:(?:verified|issued|earned)\s+)?(?:on|via|through|from|in)?\s*{_PLATFORM}"
    r"(?:\s+badges?)?\b\s*\)?",  # "- Credly", "(both on Credly)", "- all verified on Credly"
    r"\bverified\s+(?:by|on|through|via)\s+",  # "Verified by Certiport: ..." (the issuer kept)
)]
_CE = re.compile(r"(?<=\+)\s*ce\b|(?<=[-\s])ce(?=[-\s]+certification\b)", re.IGNORECASE)
_SHOWN = re.compile(rf"{_PLATFORM}|\bbadges?\b", re.IGNORECASE)
_BADGE_WORD = re.compile(r"\s*[-–—]?\s*\bbadges?\b", re.IGNORECASE)
_ID = re.compile(r"[0-9a-f]{6,}(?:-[0-9a-f]{3,}){0,5}|[A-Za-z0-9]{8,}", re.IGNORECASE)
_LETTERS = re.compile(r"[A-Za-z]{2,}")


# a write-in as read here: its text, and whether it names nothing
Badge = ShapeRead


def badge_reading(text: str | None, list_words: Callable[[str], bool] = lambda w: False,
                  is_vendor: Callable[[str], bool] = lambda t: False) -> Badge:
    """The write-in as the credentials' names (see the module's docstring). ``list_words`` says whether the list's
    names use a word ("badge" may be one); ``is_vendor`` whether a line is only an issuer's name."""
    if not text or text.isascii() and not any(w in text.lower() for w in _LOOK_WORDS) or not _LOOK.search(text):
        return Badge(text or "", False)
    had_link = bool(_LINK.search(text))
    read = _LINK.sub(_link_words, text)
    lines = []
    for line in read.split("\n"):
        title = _TITLE.match(line)
        line = title.group("what") if title else line
        for pattern in _LINES_LEFT_OUT:
            line = pattern.sub(" ", line)
        line = _CE.sub("", line)
        if not list_words("badge"):
            line = _BADGE_WORD.sub(" ", line)
        line = re.sub(r"\(\s*\)", " ", line)
        line = " ".join(re.sub(r"^[\s,;:·–—-]+|[\s,;:·–—-]+$", "", line).split())
        if not line:
            continue
        if lines and is_vendor(line) and not is_vendor(lines[-1]):
            # a profile's block: the credential, then its issuer on a line of its own
            lines[-1] = f"{lines[-1]} ({line})"
            continue
        lines.append(line)
    out = "\n".join(lines)
    if not _LETTERS.search(out) or (had_link or "credential id" in text.lower()) and not any(
            _LETTERS.search(w) and not _ID.fullmatch(w) for w in out.split()):
        return Badge("", True)
    words = re.findall(r"[a-z0-9+]+", out.lower())
    if _SHOWN.search(_LINK.sub(" ", text)) and not any(list_words(w) or is_vendor(w) for w in words):
        # a platform's or a badge's words beside no word of the list's names or a vendor's ("Accept your badge",
        # "Badge pending - check Credly email")
        return Badge("", True)
    return Badge(out, False)


def _link_words(match: re.Match) -> str:
    """A badge link as the words it holds: the slug of an issuer's badge after the issuer ("nccer electrical level
    1"), the issuer alone for its page ("https://www.credly.com/org/nims"), nothing for a link of ids or a person."""
    parts = [p for p in (match.group("path") or "").split("/") if p]
    if len(parts) >= 2 and parts[0].lower() in ("org", "organization", "organizations"):
        org = parts[1].replace("-", " ")
        slug = parts[3].replace("-", " ") if len(parts) >= 4 and parts[2].lower() == "badge" else ""
        if not slug:
            return f" {org} "
        return f" {slug} " if org.lower() in slug.lower().split() else f" {org} {slug} "
    return " "


def without_platform(vendor: str | None) -> str | None:
    """A vendor field without the badge platform it names ("American Welding Society (Credly)", "Certiport /
    Credly"); empty when it names only a platform ("Credly", "LinkedIn")."""
    if not vendor or not re.search(r"credly|accredible|badgr|acclaim|linkedin", vendor, re.IGNORECASE):
        return vendor
    rest = re.sub(r"\(?\b(?:credly|accredible|badgr|youracclaim|acclaim|linkedin)\b\)?", " ", vendor,
                  flags=re.IGNORECASE)
    return " ".join(re.sub(r"^[\s/,&+-]+|[\s/,&+-]+$", "", rest).split())
