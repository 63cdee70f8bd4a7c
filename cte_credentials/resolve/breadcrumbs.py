"""Write-ins copied from a portal's breadcrumb trail, a menu's path or a nested drop-down.

A vendor's portal, a learning-management system or a form with nested drop-downs shows the credential at the end of
a path, and a clerk may copy the whole path: "Certiport > Microsoft Office Specialist > Excel Associate (MO-200)",
"Home / Certifications / CompTIA / Security+", "Health Science >> Phlebotomy >> NHA CPT", "Credly | Badges | AWS
Certified Cloud Practitioner", "Business Mgmt :: Certiport :: ESB + CSB :: Share".

``path_reading`` reads such a write-in as its last step, the credential (or several: "Word Associate, Excel
Associate"):
- a path is cut at ">", ">>", "->", "›", "»", "→" or "::" (one is enough), or at a spaced "|", "/" or dash
  written twice or more where the first step is a portal's ("Home", "My Certifications", "Credly") or a career
  cluster's ("Health Science", "STEM");
- the steps of the portal ("Home", "Certifications", "Badges", "Industry Credentials") and of what the page offers
  ("View details", "Download certificate", "Share", "(expired)", "Schedule exam") are left out;
- steps naming credentials one after another, alike in shape ("AZ-900 :: AI-900 :: SC-900", "Cisco CCST
  Networking | Cisco CCST Cybersecurity") or each a name of the list as written or its acronym ("STEM - Engineering
  - CSWA - Autodesk Fusion 360", "First Aid & CPR | BLS Provider | Heartsaver First Aid CPR AED"), are each a
  credential;
- of the steps before, an issuer's ("NHA", "CompTIA") is kept before the credential, and so is a step whose words,
  with the last step's first item, a name of the list holds ("Microsoft Office Specialist > Word Associate, Excel
  Associate", "Production > CPT"), or holding a name's words before a level alone ("IC3 Digital Literacy > Levels
  1, 2 and 3"); the others, a category ("IT", "Networking", "Design"), are left out;
- a path whose steps are all the portal's or a category's, or whose last step is a course's work ("Final Exam"),
  names no credential ("Home > Certifications > IT"); a last step that is only an issuer is kept, for review.

A text showing no path is left as typed, and so is one holding an HTML tag or a record of labelled fields
("Credential: | Vendor: CompTIA | Exam: SY0-701"), which exports.py reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cte_credentials.resolve.shapes import ShapeRead

NAMES_NOTHING = "portal path: a portal's, a menu's or a category's steps, naming no credential"

_STRONG = re.compile(r"\s*(?:>>|»|›|→|⟶|::|-+>|=>|(?<![-=<])>(?!=))\s*")
_WEAK = re.compile(r"\s+(\||/|[-–—])\s+")
# the words of a portal's own steps
_PORTAL_WORDS = frozenset({
    "home", "my", "certifications", "certification", "certificates", "certs", "credentials", "credential", "badges",
    "badge", "industry", "catalog", "catalogue", "programs", "program", "courses", "course", "dashboard", "lms",
    "credly", "career", "center", "centre", "student", "students", "organizations", "organisations", "wallet",
    "achievements", "profile", "account", "earned", "all", "menu", "portal", "pathways", "pathway", "records",
    "canvas", "schoology", "classroom", "add", "new", "select", "recognized", "irc", "ircs", "list"})
# what a page offers to do, after the credential
_UI = re.compile(r"^\s*(?:view(?:\s+(?:details|badge|all|certificate|credential))?|details|download(?:\s+(?:certificate"
                 r"|badge|pdf))?|share|print|verify|edit|delete|open|more|select\.*|add\s+new|\(?expired\)?"
                 r"|\(?active\)?|\.\.\.|results?|score\s+report|schedule(?:\s+(?:an\s+)?exam)?)\s*$", re.IGNORECASE)
# a course's work, a last step naming no credential ("Courses :: Culinary Arts I :: Final Exam")
_COURSEWORK = re.compile(r"^\s*(?:final\s+exam|mid-?term(?:\s+exam)?|quiz(?:zes)?|unit\s+\d+|module\s+\d+|lesson\s+\d+"
                         r"|assignments?|grades?|gradebook|syllabus)\s*$", re.IGNORECASE)
# a code step ("AZ-900") or a step's first word, for steps naming credentials one after another
_CODE_STEP = re.compile(r"[A-Za-z]{2,4}-?\d{2,4}[A-Za-z]?")
# a first item saying only a level ("Levels 1, 2 and 3"): the step before it is its credential's
_LEVELS_ONLY = re.compile(r"^\s*(?:levels?|lvls?|parts?|types?|tiers?)\s+\w+\s*$", re.IGNORECASE)
# the career clusters' usual short names, a first step of a path
_CLUSTERS = re.compile(
    r"^\s*(?:health\s+sci(?:ence|ences)?|information\s+technology|it|manufacturing|advanced\s+manufacturing"
    r"|hospitality(?:\s*(?:&|and)\s*tourism)?|human\s+services|public\s+safety|law(?:,)?\s+public\s+safety.*|stem"
    r"|engineering|business(?:\s+(?:mgmt|management|&\s*marketing|and\s+marketing))?|marketing|finance"
    r"|agriculture.*|architecture.*|construction|transportation.*|education(?:\s*(?:&|and)\s*training)?"
    r"|arts.*|government.*|culinary(?:\s+arts)?|ems|emergency\s+services|design)\s*$", re.IGNORECASE)


# an HTML tag, whose ">" is no step of a path (exports.py reads it)
_TAG = re.compile(r"<\s*/?\s*[A-Za-z]")
_FIELD = re.compile(r"[A-Za-z]\s*:(?:\s|$)")


# a write-in as read here: its text, and whether it names nothing
Path = ShapeRead


def path_reading(text: str | None, is_vendor: Callable[[str], bool] = lambda t: False,
                 holds: Callable[[str], bool] = lambda t: False,
                 names: Callable[[str], bool] = lambda t: False) -> Path:
    """The write-in as the last step of its path (see the module's docstring); a text showing no path as typed.
    ``is_vendor`` says whether a step is an issuer's name, ``holds`` whether a name of the list holds a text's
    words, ``names`` whether a text is a name of the list as it is written or its acronym."""
    if not text or "\n" in text or "<" in text and _TAG.search(text):
        return Path(text or "", False)
    steps = _steps(text)
    if steps is None or any(_FIELD.search(s) for s in steps):
        # (no path: a record of labelled fields, "Credential: | Vendor: CompTIA | Exam: SY0-701", exports.py's)
        return Path(text, False)
    steps = [s for s in steps if s and not _UI.match(s)]
    kept = [s for s in steps if not _a_portals(s)]
    if not kept:
        return Path("", True)
    last, before = kept[-1], kept[:-1]
    if _CLUSTERS.match(last) and not is_vendor(last) or _COURSEWORK.match(last):
        return Path("", True)
    # steps naming credentials one after another, alike in shape ("AZ-900 :: AI-900 :: SC-900", "Cisco CCST
    # Networking | Cisco CCST Cybersecurity")
    items = [last]
    while before and (_alike(before[-1], items[0]) and holds(before[-1]) or names(before[-1]) and not is_vendor(
            before[-1]) and not holds(f"{before[-1]} {_first_item(items[0])}")):
        # (a name the list writes, not an issuer's, nor its family's before the next: "Adobe Certified Professional >
        # InDesign")
        items.insert(0, before.pop())
    first_item = _first_item(items[0])
    context: list[str] = []
    words: list[str] = []  # the context's words, issuers' aside
    for step in reversed(before[-2:]):
        if _CLUSTERS.match(step) and not is_vendor(step):
            break
        if is_vendor(step):
            context.insert(0, step)
        elif holds(f"{step} {' '.join(words)} {first_item}") or _LEVELS_ONLY.match(first_item) and holds(step):
            context.insert(0, step)
            words.insert(0, step)
    return Path("; ".join(" ".join([*context, item]) for item in items) if len(items) > 1
                else " ".join([*context, last]), False)


def _first_item(step: str) -> str:
    """A step's first item ("Word Associate" of "Word Associate, Excel Associate")."""
    return re.split(r"\s*(?:,|;|\+|&|\band\b)\s*", step)[0]


def _alike(step: str, item: str) -> bool:
    """Two steps naming credentials of one kind: both codes ("AZ-900", "SC-900"), or both beginning with the same
    word ("Cisco CCST Networking", "Cisco CCST Cybersecurity")."""
    if _CODE_STEP.fullmatch(step.strip()) and _CODE_STEP.fullmatch(item.strip()):
        return True
    a, b = step.split(), item.split()
    return len(a) >= 2 and len(b) >= 2 and a[0].lower() == b[0].lower()


def _steps(text: str) -> list[str] | None:
    """The path's steps, or None where the text shows no path."""
    if _STRONG.search(text):
        steps = _STRONG.split(text)
        return [s.strip() for s in steps] if len(steps) >= 2 and all(s.strip() for s in steps[:-1]) else None
    seps = _WEAK.findall(text)
    if len(seps) < 2:
        return None
    # (the separator written most; the path's first step a portal's or a career cluster's)
    sep = max(set(seps), key=seps.count)
    if seps.count(sep) < 2:
        return None
    steps = [s.strip() for s in re.split(rf"\s+{re.escape(sep)}\s+", text)]
    return steps if _a_portals(steps[0]) or _CLUSTERS.match(steps[0]) else None


def _a_portals(step: str) -> bool:
    """A step of the portal's own words ("Home", "My Certifications", "Industry Credentials", "Badges")."""
    words = re.findall(r"[a-z0-9]+", step.lower())
    return bool(words) and all(w in _PORTAL_WORDS for w in words)
