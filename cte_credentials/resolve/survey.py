"""Write-ins a student typed in answer to a survey ("What certifications did you earn?"), in the student's own words.

"i got my cna", "forklift cert lol", "the osha 30 one", "🔥 A+ and Net+", "#ServSafe", "phlebotomy through NHA i
think", "just net+ for now", "soooo many hours for my MSSC CPT 😅". The credential is there, with the chatter of a
message around it: a first person's opening ("i got my", "did", "finally got"), laughter and fillers ("lol", "tbh",
"soooo"), doubt ("i think", "maybe", a question mark), emoji and hashtags, and a credential called "the ... one" or
"... thing".

``survey_reading`` leaves the chatter out, never a word the list's names write, and keeps what it says was earned,
which the sentence reading (sentences.py) and the rest then read; "none", "nope", "nothing lol" are left to the junk
seed. A write-in with no sign of a message (a first person, a filler, an emoji, a hashtag) is returned as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# (not the marks a checklist ticks its items with: "✔ CPR ✘ First Aid", "☐ CCMA ☑ CPCT/A"; checklists.py)
_EMOJI = re.compile("(?![\u2610-\u2612\u2713-\u2718])[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+")
# a hashtag before a word ("#ServSafe"), not a sheet's error ("#N/A", "#NAME?")
# ("#ServSafe"; not a card's number, "CNA #A123456")
_HASHTAG = re.compile(r"(?<![\w#])#(?=[A-Za-z]{3}[A-Za-z0-9+]*(?:[\s,.!]|$))")
_FILLERS = (r"lol+|lmf?ao+|ha(?:ha)+h?|he(?:he)+|omg|tbh|ngl|smh|yay+|wo+h?o+|so+|kinda|like|just|too|now"
            r"|for now|probably|maybe|i think|i guess|i believe|i'?m pretty sure|pretty sure|thing|stuff|finally"
            r"|also got")
_FILLER = re.compile(rf"(?<![\w'])(?:{_FILLERS})(?![\w'])", re.IGNORECASE)
# the first person's opening: "i got my", "i have the", "did the", "got my", "i'm"
_OPENING = re.compile(r"^\s*(?:(?:i|we)\s+(?:also\s+|finally\s+|just\s+)?(?:got|have|earned|did|passed|finished|took"
                      r"|received|completed|made|hold)|i'?m|im)\s+(?:(?:my|the|a|an|both)\s+)?", re.IGNORECASE)
# a verb alone opening a short answer ("did nccer core", "got my cna"); a longer text opened so is a sentence, for
# the sentence reading ("got his NASM CPT after the fitness class"), and "did not" is no opening
_VERB_OPENING = re.compile(r"^\s*(?:got|did|passed|finished)\s+(?!not\b|his\b|her\b|their\b)(?:(?:my|the|a|an)\s+)?",
                           re.IGNORECASE)
# a credential called "the ... one" ("the osha 30 one", "the comptia one")
_THE_ONE = re.compile(r"\bthe\s+([^,.;!?()]+?)\s+one\b", re.IGNORECASE)
_SIGN = re.compile(rf"^\s*(?:i|we|im|i'm|got|did|passed|finished)\s|{_EMOJI.pattern}|{_HASHTAG.pattern}"
                   rf"|\bthe\s.+\sone\b|(?<![\w'])(?:{_FILLERS})(?![\w'])", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"(?:level|lvl|type|part|class|grade|tier|phase)\s*$", re.IGNORECASE)


def survey_reading(text: str | None, list_word: Callable[[str], bool]) -> str:
    """A student's own answer without its chatter (see the module's docstring); ``list_word(word)``: a word of
    the list's names, lower case, which is never left out."""
    if not text or not _SIGN.search(text):
        return text or ""
    read = _EMOJI.sub(" ", text)
    read = _HASHTAG.sub("", read)
    read = _THE_ONE.sub(lambda m: m.group(0) if _LEVEL_BEFORE.search(m.group(1)) else m.group(1), read)
    read = _OPENING.sub("", read, 1)
    if len(read.split()) < 5:
        read = _VERB_OPENING.sub("", read, 1)
    read = _FILLER.sub(lambda m: m.group(0) if all(list_word(w) for w in m.group(0).lower().split()) else " ", read)
    read = re.sub(r"\s*([!?])[!?]*", r"\1", read).replace("?", " ").replace("!", " ")
    read = " ".join(read.split()).strip(" ,.;:-")
    return read if re.search(r"[A-Za-z0-9]", read) else text
