"""Write-ins typed by a counsellor or a teacher as a sentence about the student.

"She earned her CDA this spring", "got his NASM CPT after the fitness class", "Student is now a Registered Behavior
Technician, works at an ABA clinic", "has ServSafe food handler card, working on manager", "He has ServSafe Manager and
TIPS On-Premise; registered for ServSafe Alcohol in June". The credential sits inside words about the student: a
subject and a verb before it, a time and a place after it, and other clauses, some saying what is not earned yet.

``sentence_reading`` reads such a write-in as the credentials it says were earned:
- it is cut into clauses at a semicolon, and at a comma, a dash, "and", "but" or an exclamation or full stop where a
  clause begins after it (a verb, "also", a subject: "..., working on manager", "... and got her card");
- a clause saying a credential is not earned yet ("working on", "registered for", "will take", "did not pass",
  "next month") is left out where another clause is left; where none is, the text stays as typed, for the junk seed
  to read ("registered for the ServSafe Manager exam in June" names nothing earned);
- from each clause, the subject and the verb before the credential ("She earned her", "Student is now a", "He is
  certified in"), a time ("this spring", "in May", "after graduation", "senior year") and a trailing phrase of
  place or purpose ("after the fitness class", "for a job at the stadium", "in Health Sci") are left out; a phrase
  naming an issuer keeps the issuer ("through NHA": "NHA"), and so does one of three words or fewer after "on",
  "with", "through", "from" or "by" that the list's names use ("earned NCRC Gold on WorkKeys"); how it was taken
  ("online", "in class") is left out.

A text is read so only where it reads as a sentence: it begins with a subject ("She", "He", "Student") or, of five
words or more, with a verb saying what was done ("earned", "passed", "got") and holds a second clause, a time or a
trailing phrase. Every other write-in is left as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_SUBJECT = r"(?:the\s+)?(?:student|she|he|they)"
_VERB = (r"(?:earned|got|gotten|received|obtained|passed|completed|finished|took|did|holds?|has|have|achieved"
         r"|attained|became|sat\s+for)")
# after a subject only ("She is licensed as a nail technician"; a write-in may begin "Certified in Cybersecurity")
_SUBJECTS_VERB = rf"(?:{_VERB}|is|was|had|licensed\s+as|certified\s+(?:as|in))"
_OWN = r"(?:her|his|their|the|a|an|my|both)"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_SEASON = r"(?:spring|summer|fall|autumn|winter|break|semester|year|month|week|quarter|term)"
# a sentence's first words: a subject, or a verb saying what was done
_OPENING = re.compile(rf"^\s*(?:{_SUBJECT}\s+(?:(?:now|also|just)\s+)?{_SUBJECTS_VERB}\b|{_VERB}\s)", re.IGNORECASE)
_SUBJECT_FIRST = re.compile(rf"^\s*{_SUBJECT}\s", re.IGNORECASE)
# what may begin a clause after a comma, a dash, "and" or "but"
_LEAD = (rf"(?:(?:also|plus|then)\s+)?(?:{_SUBJECT}\s+)?(?:is|was|has|had|holds|earned|got|passed|completed|finished"
         r"|took|did|working|works|teaches|teaching|coaching|will|registered|signed|scheduled|plans?|planning|not|failed|taking"
         r"|studying|preparing|externship|volunteers?|retake|retaking|both|also)\b")
_CLAUSES = re.compile(rf"\s*(?:;|[,.!]\s+(?={_LEAD})|\s+[-–—]\s+(?={_LEAD})|\s+(?:and|but)\s+(?={_LEAD}))",
                      re.IGNORECASE)
# a clause saying a credential is not earned yet
_NOT_YET = re.compile(rf"^\s*(?:(?:also|and|but|then)\s+)?(?:{_SUBJECT}\s+)?(?:(?:is|was|has)\s+)?(?:still\s+)?"
                      r"(?:working\s+(?:on|toward|towards)|registered\s+for|signed\s+up\s+for|will\b|plans?\s+to"
                      r"|planning\s+to|scheduled\s+(?:for|to)|did\s+not|didn't|has\s+not|hasn't|not\s+(?:yet|passed)"
                      r"|failed|taking|studying\s+for|preparing\s+for|retak(?:e|ing))"
                      r"|\b(?:did\s+not\s+pass|not\s+passed|next\s+(?:month|week|year|semester|spring|summer|fall))\b",
                      re.IGNORECASE)
_OPENING_WORDS = re.compile(
    rf"^\s*(?:(?:also|plus|then|and|but)\s+)*(?:{_SUBJECT}\s+)?(?:(?:is|was|has|had|now|also|just|finally)\s+)*"
    rf"(?:{_SUBJECTS_VERB}\s+)?(?:(?:now|also)\s+)?(?:{_OWN}\s+)?", re.IGNORECASE)
_TIME = re.compile(rf"\s*\b(?:(?:in|on|by|during|over|since|as\s+of|this|last|right\s+after|after|before|until)\s+"
                   rf"(?:the\s+|my\s+|her\s+|his\s+)?(?:{_MONTH}|{_SEASON}|graduation|grad)\b\.?(?:\s+(?:19|20)\d\d)?"
                   rf"|(?:this|last|next)\s+{_SEASON}\b|(?:senior|junior|sophomore|freshman)\s+year\b"
                   r"|\bnow\b(?=\s*(?:$|[,;()]))|\bright\s+away\b)", re.IGNORECASE)
# a trailing phrase of place or purpose: the last preposition, then the rest of the clause
_PREPOSITION = r"(?:at|for|in|with|through|during|after|before|while|from|on|over|to)"
_TRAILING = re.compile(rf"\s+{_PREPOSITION}\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|my\s+)?"
                       rf"(?P<rest>(?:(?!\s{_PREPOSITION}\s)[^,;()])*?)\s*$", re.IGNORECASE)
# a clause saying what the student does, not what was earned ("works at an ABA clinic", "teaches spin at the Y")
_DOING = re.compile(r"^\s*(?:(?:also|and)\s+)?(?:(?:she|he|they)\s+)?(?:works|working\s+at|teaches|teaching|coaching"
                    r"|volunteers|volunteered|externship|interned|employed)\b", re.IGNORECASE)
# the words of a clause saying only that the credential before it was earned ("and got her card", "- passed
# 1st attempt", "both current")
_STATUS_ONLY = frozenset({"passed", "pass", "done", "licensed", "certified", "current", "both", "card", "cards",
                          "printed", "cert", "certs", "certificate", "it", "yes", "and", "also", "has", "got", "her",
                          "his", "their", "the", "a", "1st", "first", "attempt", "try", "on", "now", "complete",
                          "completed"})
# a score after a dash ending a clause ("ParaPro in May - 468")
_SCORE = re.compile(r"\s+[-–—]\s+(\d{3})\s*$")
# the words of such a phrase saying where or why, never a credential's
_PLACE_WORDS = frozenset({
    "class", "classes", "job", "program", "course", "clinic", "clinicals", "school", "nurse", "summer", "graduation",
    "grad", "dept", "department", "center", "centre", "floor", "stadium", "daycare", "hospital", "externship",
    "counseling", "counselor", "camp", "trip", "pool", "restaurant", "employer", "agency", "home", "work", "y",
    "internship", "apps", "semester", "break", "city", "county", "district", "office", "library"})


def sentence_reading(text: str | None, is_vendor: Callable[[str], bool] = lambda t: False,
                     list_word: Callable[[str], bool] = lambda w: False) -> str:
    """The write-in as the credentials its sentence says were earned (see the module's docstring); the text as
    typed where it reads as no sentence. ``is_vendor`` says whether a phrase is an issuer's name, ``list_word``
    whether a lower-cased word is a word of the list's names."""
    if not text or "\n" in text or not _OPENING.match(text):
        return text or ""
    clauses = [c for c in _CLAUSES.split(text) if c and c.strip()]
    words = text.split()
    if not _SUBJECT_FIRST.match(text) and (len(words) < 5 or len(clauses) < 2 and not _TIME.search(text)
                                            and not _TRAILING.search(text)):
        return text
    earned: list[str] = []
    for clause in clauses:
        if _NOT_YET.search(clause):
            if earned and not _content(_NOT_YET.sub(" ", clause)):
                # a clause of the negation alone is the clause's before it ("Praxis Core math but did not pass")
                earned.pop()
            continue
        if _DOING.match(clause) and earned:
            continue
        earned.append(clause)
    read = [_clause(c, is_vendor, list_word) for c in earned]
    read = [r for r in read if _content(r)]
    return "; ".join(read) if read else text


def _content(text: str) -> bool:
    """Words other than those saying that a credential was earned ("passed", "got her card")."""
    return any(w not in _STATUS_ONLY for w in re.findall(r"[a-z0-9+]+", text.lower()))


def _clause(clause: str, is_vendor: Callable[[str], bool], list_word: Callable[[str], bool]) -> str:
    clause = _OPENING_WORDS.sub("", clause, 1)
    clause = _TIME.sub(" ", clause)
    score = _SCORE.search(clause)
    clause = clause[:score.start()] if score and not list_word(score.group(1)) else clause
    for _ in range(3):
        match = _TRAILING.search(clause)
        if not match:
            break
        rest = match.group("rest")
        words = re.findall(r"[a-z0-9]+", rest.lower())
        if rest and is_vendor(rest):
            # an issuer: kept ("through NHA", "with Red Cross")
            clause = f"{clause[:match.start()]} {rest}"
            break
        if not words or set(words) & _PLACE_WORDS or not any(list_word(w) for w in words):
            clause = clause[:match.start()]
            continue
        if _BY_WHOM.match(match.group(0)) and len(words) <= 3:
            # who issued it, by words of the list's names ("on WorkKeys", "with Red Cross"): its words, kept
            clause = f"{clause[:match.start()]} {rest}"
        break
    return " ".join(_MANNER.sub(" ", clause).split()).strip(" ,-–—")


# a trailing phrase saying who issued the credential
_BY_WHOM = re.compile(r"\s+(?:through|with|from|by|via|on)\s", re.IGNORECASE)
# how the course was taken ("did Psychological First Aid online with Red Cross")
_MANNER = re.compile(r"\b(?:online|in\s+person|virtually|in\s+class)\b", re.IGNORECASE)
