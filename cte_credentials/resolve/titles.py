"""Write-ins naming a credential by what its holder is or can do, not by the credential's name.

"licensed EMT", "trained in pediatric first aid/CPR", "qualified to handle food", "can operate a forklift",
"phlebotomist", "cosmetologist's license". The holder of a licence is licensed, a holder of a course's card is trained
in it or qualified to do its work, and a title ends in "-ist" where the field ends in "-y" ("phlebotomist",
"phlebotomy").

``title_reading`` writes such a text as the list's names would, where the list's words say how: "licensed X", one
item, as "X license" where a name writes "license" with X's words and none "licensed" with them ("licensed EMT"; not
"Licensed Practical Nurse", a name); an opening saying what the holder is trained in or qualified or able to do left
out ("trained in", "qualified to", "can"), and a verb after it with its object written as the agent the names write
("can operate a forklift" as "forklift operator", "qualified to handle food" as "food handler"); a title in "-ist" the
names do not write, as the field they write ("phlebotomist" as "phlebotomy"). A text with none of these is returned
as typed, and nothing is left out unless a word of the list's names stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# what the holder is trained in, qualified or able to do ("trained in", "qualified to", "can", "able to", "knows how
# to"); not "certified in" or "registered", which names write ("Certified in Production Technology", "Registered
# Nurse")
_OPENING = re.compile(r"^\s*(?:(?:trained|qualified)\s+(?:in|on|to|for|as)|(?:licensed|certified)\s+(?:to|as)"
                      r"|(?:is\s+|am\s+)?able\s+to|can|knows\s+how\s+to)\s+(?:(?:a|an)\s+)?", re.IGNORECASE)
# a verb opening what the holder can do, and its object ("operate a forklift", "handle food")
_VERB = re.compile(r"^([a-z]{3,})\s+(?:(?:a|an|the)\s+)?([^,;/&()]+?)\s*$", re.IGNORECASE)
# "licensed X" at the start, one item: a holder of X's licence, where a name writes "license" and X's words
_LICENSED = re.compile(r"^\s*licensed\s+(?!to\b|as\b)(.+)$", re.IGNORECASE)
# what parts the items of a list ("Licensed Nursing Assistant & Heartsaver First Aid" is two)
_ITEMS = re.compile(r"[&,;/+]|\band\b", re.IGNORECASE)
# a title in "-ist" ("phlebotomist", "cosmetologist's")
_TITLE_IST = re.compile(r"\b([A-Za-z]{4,})ist(?:'s|s)?\b", re.IGNORECASE)
_SIGN = re.compile(r"^\s*(?:trained|qualified|licensed|certified|able|is\s+able|am\s+able|can|knows)\s|ist(?:'s|s)?\b",
                   re.IGNORECASE)


def title_reading(text: str | None, list_word: Callable[[str], bool], named: Callable[[set[str]], bool],
                  vendor_word: Callable[[str], bool]) -> str:
    """The write-in as the list's names would write its holder's credential (see the module's docstring);
    ``list_word(word)``: a word of the list's names, lower case; ``named(words)``: a name of the list writes every
    one of these words (so "Licensed Practical Nurse" stays, where a name writes it); ``vendor_word(word)``: a word
    of a vendor's name, which a title is not read from ("American Medical Technologists")."""
    if not text or not _SIGN.search(text):
        return text or ""
    read = _TITLE_IST.sub(lambda m: m.group(0) if vendor_word(m.group(0).lower()) else _field_of(m, list_word), text)
    opening = _OPENING.match(read)
    if opening and _holds_a_list_word(read[opening.end():], list_word):
        rest = read[opening.end():]
        verb = _VERB.match(rest)
        agent = _agent_of(verb.group(1), list_word) if verb else None
        read = f"{verb.group(2)} {agent}" if verb and agent and _holds_a_list_word(verb.group(2), list_word) else rest
    licensed = _LICENSED.match(read)
    if licensed and not _ITEMS.search(licensed.group(1)) and (held := _list_words(licensed.group(1), list_word)) and (
            named({"license", *held}) and not named({"licensed", *held})):
        read = f"{licensed.group(1)} license"
    return read


def _field_of(title: re.Match, list_word: Callable[[str], bool]) -> str:
    """A title in "-ist" the list's names do not write, as the field they write: "phlebotomist" as "phlebotomy",
    "hygienist" as "hygiene"; as typed otherwise ("dentist", "machinist" where the names write them)."""
    word, stem = title.group(0), title.group(1)
    if list_word(word.lower().removesuffix("'s").removesuffix("s")) or list_word(word.lower()):
        return word
    return next((stem + end for end in ("y", "e") if list_word((stem + end).lower())), word)


def _agent_of(verb: str, list_word: Callable[[str], bool]) -> str | None:
    """The agent a verb names that the list's names write ("operate" operator, "handle" handler, "weld" welder)."""
    verb = verb.lower()
    forms = (verb + "r", verb + "er", verb[:-1] + "or" if verb.endswith("e") else verb + "or")
    return next((f for f in forms if list_word(f)), None)


def _list_words(text: str, list_word: Callable[[str], bool]) -> list[str]:
    """The words of a text the list's names write."""
    return [w for w in re.findall(r"[a-z0-9+]+", text.lower()) if list_word(w)]


def _holds_a_list_word(text: str, list_word: Callable[[str], bool]) -> bool:
    return bool(_list_words(text, list_word))
