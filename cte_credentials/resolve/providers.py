"""Write-ins naming the testing platform, curriculum or proctoring provider a credential was taken through.

"iCEV - OSHA 10 General Industry", "Prometric CNA", "ServSafe Manager - proctored by PSI", "CCST Networking via
Certiport", "ExCPT (PSI test center)", "ISC2 CC exam at Pearson VUE", "Tooling U SME - CMfgT". The provider delivers
or proctors the test; it issues none of these credentials, and its name, typed beside one, is no part of it.

``provider_reading`` leaves out of a write-in a provider's name (PROVIDERS) that no name of the list writes:
- with the words saying how it was taken ("via", "through", "taken through", "proctored by", "at"), and "test
  center", "testing service" or "platform" after it;
- before the credential (first, or after a comma, a plus, an ampersand or "and"), followed by a dash, a colon, a bar
  or a space, or after it, after a dash or in brackets.
A write-in holding nothing else ("iCEV", "via Certiport", "proctored by PSI", "YouScience aptitude results") names
nothing, but a test provider's name alone stays as typed ("Certiport", its credential typed in the vendor field), and
so does a platform's course or module ("EverFi Financial Literacy course"), for the junk rules to read. A list that
names a credential after a provider ("iCEV Culinary Certification") keeps it as typed, and a list whose vendor column
names the provider keeps its name alone ("YouScience", typed in the name field, its credential in the vendor field).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cte_credentials.resolve.shapes import ShapeRead

NAMES_NOTHING = "test provider: a testing platform's, a curriculum's or a proctor's name, naming no credential"

# test providers and proctors, and curriculum platforms a class takes a test through; none issues a credential
PROVIDERS = ("pearson vue", "pearsonvue", "certiport", "prometric", "psi services", "psi", "kryterion", "proctoru",
             "credentia", "icev", "youscience", "stukent", "knowledge matters", "everfi", "gmetrix", "edgenuity",
             "careersafe", "tooling u", "aes", "applied educational systems", "heart safety")
_PROVIDER = "|".join(re.escape(p).replace(r"\ ", r"[\s-]?") for p in PROVIDERS)
_TAIL = r"(?:\s+(?:test(?:ing)?\s+(?:center|centre|service|site)|platform|portal|exam\s+site))?"
_HOW = (r"(?:via|through|thru|taken\s+(?:through|at|on|via)|proctored\s+(?:by|at|through|via)|tested\s+(?:at|through)"
        r"|at|on|by)")
# a provider with the words saying how, anywhere; or first or last, apart from the credential
_WITH_HOW = re.compile(rf"\(?\s*\b{_HOW}\s+(?:the\s+)?(?P<p>{_PROVIDER}){_TAIL}\b\s*\)?", re.IGNORECASE)
_FIRST = re.compile(rf"(?:^\s*|(?<=[,;+&]\s)|(?<=\band\s))(?P<p>{_PROVIDER}){_TAIL}(?:\s*[-–—:|›>/]\s*|\s+(?=\S))",
                    re.IGNORECASE)
_LAST = re.compile(rf"(?:\s+[-–—|/]\s*|\s*\(\s*)(?P<p>{_PROVIDER}){_TAIL}\s*\)?\s*$", re.IGNORECASE)
_ALONE = re.compile(rf"^\s*(?:{_HOW}\s+)?(?:the\s+)?(?P<p>{_PROVIDER}){_TAIL}\s*$", re.IGNORECASE)
# test providers and proctors, whose name alone may be typed for a credential in the vendor field
# (readings.py and the cascade read this set too: a test provider typed as the vendor issues few of the credentials)
TEST_PROVIDERS = frozenset({"certiport", "pearson vue", "pearson", "prometric", "psi", "psi services", "credentia",
                            "kryterion", "proctoru"})
# a platform's course or module
_COURSE_WORDS = frozenset({"course", "courses", "module", "modules", "unit", "units", "lesson", "lessons", "class",
                           "classes"})
# what a provider's name alone comes with: its own products' words
_NOTHING_ELSE = frozenset({"aptitude", "results", "result", "simulation", "sim", "practice", "test", "tests", "exam",
                           "account", "login", "module", "modules", "course", "courses", "class", "classes", "unit",
                           "assessment", "report", "voucher", "academy", "certification", "certificate", "completion"})


def provider_reading(text: str | None, list_writes: Callable[[str], bool] = lambda p: False,
                     list_vendor: Callable[[str], bool] = lambda p: False) -> ShapeRead:
    """The write-in without the provider it was taken through (see the module's docstring); ``list_writes``: whether
    a name of the list writes the phrase (in small letters); ``list_vendor``: whether the list's vendor column names
    it (an issuer there: its name alone is read as a vendor's, not as nothing)."""
    if not text or not re.search(rf"\b(?:{_PROVIDER})\b", text, re.IGNORECASE):
        return ShapeRead(text or "", False)

    def apart(match: re.Match) -> str:
        provider = " ".join(match.group("p").lower().replace("-", " ").split())
        return match.group(0) if list_writes(provider) else " "

    alone = _ALONE.fullmatch(text)
    if alone:
        # (a test provider alone stays as typed: its credential may be in the vendor field, "Certiport" with
        # "Excel Associate"; a platform alone, or either with how it was taken, names nothing)
        provider = " ".join(alone.group("p").lower().replace("-", " ").split())
        typed_alone = alone.group(0).strip().lower() == provider
        if apart(alone) != " " or typed_alone and (provider in TEST_PROVIDERS or list_vendor(provider)):
            return ShapeRead(text, False)
        return ShapeRead("", True)
    read = _WITH_HOW.sub(apart, text)
    read = _LAST.sub(apart, read)
    read = _FIRST.sub(apart, read)
    read = " ".join(read.split()).strip(" -–—:|›>/,")
    if read == " ".join(text.split()):
        return ShapeRead(text, False)
    words = set(re.findall(r"[a-z]+", read.lower()))
    first = re.match(rf"\s*(?P<p>{_PROVIDER})\b", text, re.IGNORECASE)
    if words <= _COURSE_WORDS and first and apart(first) == " ":
        # a platform's course with nothing more ("Edgenuity course"): names nothing
        return ShapeRead("", True)
    if words & _COURSE_WORDS:
        # a platform's course or module ("EverFi Financial Literacy course"): as typed, for the junk rules to read
        return ShapeRead(text, False)
    if not read or first and words <= _NOTHING_ELSE and apart(first) == " ":
        return ShapeRead("", True)
    return ShapeRead(read, False)
