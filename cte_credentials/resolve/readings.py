"""An entry's text, and the readings of it resolution tries.

Before any scoring: the name and vendor put back in their fields (a vendor typed as the name), the typed vendor's
canonical key, why a text is junk, the normalised name (``entry_parts``), and the cut of a name into pieces
(``span_plan``, see pieces.py). Then the texts a normalised name may stand for: as typed and without a leading
vendor (``variants``), and, only when none of those resolves, fallback readings: abbreviated words spelled out from
the list's own names (initials "MTA", cut words "Lic.", "gen"), or the typed vendor put before the name where the
list writes it in its names (``fallback_readings``).

All of it reads the references only (refs.ResolutionRefs) and is memoised per resolver (memo.memoised): a name
comes with many vendors and CIPs, a text is read by every step.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import itertools
import re
from collections.abc import Mapping
from typing import NamedTuple

from cte_credentials.resolve import list_features, pieces
from cte_credentials.resolve.badges import NAMES_NOTHING, badge_reading, without_platform
from cte_credentials.resolve.breadcrumbs import NAMES_NOTHING as PATH_NAMES_NOTHING
from cte_credentials.resolve.breadcrumbs import path_reading
from cte_credentials.resolve.checklists import Checklist, earned_items
from cte_credentials.resolve.dictation import dictation_reading
from cte_credentials.resolve.exports import NAMES_NOTHING as EXPORT_NAMES_NOTHING
from cte_credentials.resolve.exports import export_reading
from cte_credentials.resolve.filenames import NAMES_NOTHING as FILE_NAMES_NOTHING
from cte_credentials.resolve.filenames import file_name_reading
from cte_credentials.resolve.first_names import FIRST_NAMES
from cte_credentials.resolve.keyboard import keyboard_reading
from cte_credentials.resolve.memo import memoised
from cte_credentials.resolve.normalize import basic_clean
from cte_credentials.resolve.providers import NAMES_NOTHING as PROVIDER_NAMES_NOTHING
from cte_credentials.resolve.providers import TEST_PROVIDERS, provider_reading
from cte_credentials.resolve.refs import GENERIC_WORDS, ResolutionRefs, tokens
from cte_credentials.resolve.renamed import renamed_put_back
from cte_credentials.resolve.sentences import sentence_reading
from cte_credentials.resolve.shorthand import shorthand_reading
from cte_credentials.resolve.spanish import spanish_list, spanish_put_back
from cte_credentials.resolve.survey import survey_reading
from cte_credentials.resolve.tallies import NAMES_NOTHING as TALLY_NAMES_NOTHING
from cte_credentials.resolve.tallies import tally_reading
from cte_credentials.resolve.titles import title_reading

# (word before, word, word after) -> (joins the next word, the word it is mended into): mend_word's values
MendedWords = Mapping[tuple[str | None, str, str | None], tuple[str | None, str | None]]

LONG_WORD = 8  # a misspelt word this long is mended to the one word of the list one letter away, phrase or not
MAX_READINGS = 8  # initials spelled out in at most this many ways (the first in alphabetical order)
# "Rodriguez, Ashley", "O'Brien, Mary K.": a person's name as a roster writes it (junk when none of its words is a
# word of the list's names, a vendor or an abbreviation)
# "SY0-601", "N10-008", "98-366", "(77-727)", "220-1101", "1Z0-808": an exam's code, letters or digits, a dash, 3-4
# digits; "CLF-C02": letters, a dash, a letter and two digits
_EXAM_CODE = re.compile(r"\(?(?<![A-Za-z0-9-])(?:[A-Za-z]{1,3}\d{0,2}|\d{1,3}[A-Za-z]?\d?)-\d{3,4}(?![A-Za-z0-9-])\)?"
                        r"|\(?(?<![A-Za-z0-9-])[A-Za-z]{2,3}\d?-[A-Za-z]\d{2}(?![A-Za-z0-9-])\)?")
# an exam's code led by letters and digits ("N10-009", "SY0-701"), whose letter is no word of a note on the record
_EXAM_CODE_SHAPE = re.compile(r"\b[A-Za-z]{1,3}\d{1,3}-\d{2,4}\b")
# "05/12/2023", "2023-05-12", "5/2023", "2022", "Spring 2022": a date (or a year, or a term) typed in the name field
_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}"
                   r"|\d{1,2}[/.-](?:19|20)\d\d|(?:(?:spring|summer|fall|autumn|winter)\s+)?(?:19|20)\d\d",
                   re.IGNORECASE)
_YEAR = re.compile(r"(?<![\w.-])(?:19|20)\d\d(?![\w.-])")  # a version's year, standing alone ("AutoCAD 2024")
# a CIP code as a clerk may type it, in brackets or not ("(52.0407)", "51.3901")
_CIP_TYPED = re.compile(r"\(?(?<![\d.])(\d{2})\.(\d{4})(?![\d.])\)?")
_TERM = re.compile(r"(?:spring|summer|fall|autumn|winter)\s+(?:19|20)\d\d|\d[/.-](?:19|20)\d\d", re.IGNORECASE)
# "12345", "0": digits only (junk unless the list's names use the number: "608" may be EPA 608)
_NUMBERS_ONLY = re.compile(r"[\s\d/.\-]*\d[\s\d/.\-]*")
NUMBER_ONLY = "a number, no credential"
# test providers, which deliver many issuers' exams (and issue a few of their own: Certiport's ESB and IT
# Specialist): typed as the vendor, they do not keep a write-in from another issuer's credential ("Adobe Photoshop"
# from Certiport is Adobe's), see split.resolve_whole; the set is providers.TEST_PROVIDERS, imported above
# prefixes negating the word they start ("unarmed", "nonresident")
_NEGATING = frozenset({"un", "non", "in", "im", "ir", "il", "dis"})
# a state's education agency, which a school reports credentials to and clerks type as the vendor ("PDE",
# "Illinois State Board of Education", "Vermont Agency of Education"): no issuer of most credentials typed with it,
# though a list may give it a few of its own (a paraprofessional licence), see split.resolve_whole
EDUCATION_AGENCY = re.compile(r"\b(?:department|dept|board|agency|office|division)\b(?: \w+){0,5} education\b")
# words joining two credentials in a normalised text ("&" and "+" read as "and")
_JOINING = frozenset({"and", "or", "then", "plus", "with"})
# where a piece of a list of credentials ends, for an exam code standing alone in one (see
# _without_foreign_exam_codes); not "&" or "/", which join the two exams of one credential ("220-1101 & 220-1102")
_PIECE_END = re.compile(r"[,;\n]")
_DASHED_REST = re.compile(r"-[A-Za-z0-9]+")
_EXAM_NUMBER = re.compile(r"\d{3,}-\d{3,}")  # "220-1101", "98-361" is two digits, "1Z0-082" has a letter
_AN_EXAMS_NUMBER = re.compile(r"\d{2,3}-\d{3}")
# a county or parish written at the end of a write-in, after a dash or a comma: one to three words, then the word
_PLACE_AFTER = re.compile(r"\s*(?:\s[-–—]|,)\s*(?:[A-Za-z.'’]+\s+){1,3}(parish|county)\s*$", re.IGNORECASE)
# the vendors of a vendor field naming several, apart ("AHIMA / AAPC"), and the character joining their keys
_VENDOR_FIELD_PARTS = re.compile(r"\s*(?:/|&|;|,|\band\b)\s*")
VENDORS_APART = "\x1f"
_EXAM_CODE_NUMBER = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,4}-?(\d{3,})(?![\d])")
# a word in capitals before another word of two capitals or more ("FOA CFxT"): the issuer of the second
_CAPITALS_BEFORE_AN_ACRONYM = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,6})\s+(?=\S*[A-Z]\S*[A-Z])")
_SLASHED_ACRONYM = re.compile(r"[A-Z]{2,6}/[A-Z]{1,3}")  # "CPCT/A"
# a course's name: an introduction before it, a course level after it ("Intro to Health Science", "Welding II"), or a
# practicum's words ("Practicum in Culinary Arts", a Texas course)
_COURSE = re.compile(r"(?:(intro|introduction|principles|foundations|fundamentals|practicum) (?:to|of|in) )?(.+?)"
                     r"(?: (?:[1-4]|i{1,3}|iv|honors))?")
# the same, said to be a course, a class, a program or a pathway ("Health Careers 1 (course)", "Auto Tech program
# completer", "Health Science Careers I", "Carpentry program - 3 years"): the subject, then the words saying so
_COURSE_SAID = re.compile(r"(.+?)(?: (?:[1-4]|i{1,3}|iv))?((?: (?:course|class|program|pathway|completer|careers?))+)"
                          r"(?: (?:[1-4]|i{1,3}|iv)| \d+ (?:hours?|hrs?|years?|yrs?|semesters?))?")
# the same, the words saying so first ("Career Pathway - Health Science"; in Spanish, "Curso de Soldadura", "Taller de
# Carpinteria"): the words saying so, then the subject
_COURSE_SAID_FIRST = re.compile(r"(career pathway|career program|program of study|(?:curso|taller|programa) (?:de|en))"
                                r" (.+)")
# the words _COURSE_SAID and _COURSE_SAID_FIRST cannot match without
_COURSE_SAID_WORDS = (" course", " class", " program", " pathway", " completer", " career")
_COURSE_SAID_FIRST_WORDS = ("career p", "program of study", "curso ", "taller ", "programa ")
# a subject, a course level, then "course" or "class" ("Welding I class")
_LEVEL_THEN_COURSE = re.compile(r"(.+?) (?:[1-4]|i{1,3}|iv) (?:course|class)")
# of those words, the ones a school writes of its own programs, never of a credential ("Hunter Safety Course" may be
# the hunter education card), and the Spanish words said first
_PROGRAM_WORDS = frozenset({"program", "pathway", "completer", "curso", "taller", "programa"})
# a subject before "Foundations", a course level after it or not ("Computer Science Foundations", "Agriscience
# Foundations 1"): a course, as after "Foundations of"
_FOUNDATIONS_AFTER = re.compile(r"(.+?) foundations(?: (?:[1-4]|i{1,3}|iv))?")
# a subject before "Fundamentals", said to be a course or a class ("Welding Fundamentals course"): a course, as after
# "Fundamentals of" (not without the word saying so: "Azure Fundamentals" is an exam a list may lack)
_FUNDAMENTALS_COURSE = re.compile(r"(.+?) fundamentals(?: (?:[1-4]|i{1,3}|iv))? (?:course|class)")
# a school's own words for a course: its term, its period in the day, an honours course, a curriculum, a course said
# to be required or a school's, a class ending the text ("Food Science semester 2", "Marketing 1 - 3rd period", "Food &
# Nutrition II Honors", "Personal Finance (required course)", "Photoshop class"); no credential's name holds them
_SCHOOL_MARK = re.compile(r"(?:^|\s)(?:(?:\d ?(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)"
                          r" (?P<w1>period|block)|(?P<w2>period|block) [1-8]|(?P<w3>semesters?|honou?rs|curriculum)"
                          r"|(?:required|school|semester|elective) (?P<w4>course)|(?P<w5>class)(?: (?:final|completed?"
                          r"|grade))?$)(?=\s|$)")
_SCHOOL_MARK_WORDS = ("period", "block", "semester", "honor", "honour", "curriculum", "course", "class")
# words saying a credential was earned, beside which a school's words are where it was earned ("CNA certificate -
# spring semester")
_CREDENTIAL_WORDS = frozenset({"cert", "certs", "certificate", "certification", "certified", "exam", "test", "license",
                               "licence", "licensure", "credential", "card", "badge", "permit", "endorsement"})
# a name ending "Academy" ("Cisco Networking Academy"), and the junk reason when a vendor's name begins it
_ACADEMY = re.compile(r"(.+?) academy")
ACADEMY_REASON = "not an industry credential: a vendor's academy (a programme teaching for its exams)"
# the junk reason of a subject after "Intro to", "Principles of" (the junk seed's `course` entries give the same)
COURSE_REASON = "not an industry credential: a CTE course or program name"
COLLEGE_COURSE_REASON = "not an industry credential: a college course"
# a college's course number: two to four capitals, a space, three or four digits and perhaps a letter ("WLD 110",
# "EMS 1431L", "HLHS 101")
_COURSE_CODE = re.compile(r"(?<![\w-])([A-Z]{2,4}) (\d{3,4}[A-Z]?)(?![\w.-])")
# how a course's first word begins in a name of the list ("Introductory Craft Skills" for "Intro to Craft Skills")
_COURSE_STEM = {"intro": "intro", "introduction": "intro", "principles": "princip", "foundations": "foundation",
                "fundamentals": "fundamental", "practicum": "practicum"}
# "Score: 85", "scored 720", "85%", "score 18/20": a test score typed in the name field
_SCORE = re.compile(r"\d{1,3}(?:\.\d+)?\s*%"
                    r"|(?:test |exam )?scored?s?\s*:?\s*\d{1,4}(?:\s*%|\s*/\s*\d{1,4})?(?:\s*(?:points?|pts))?",
                    re.IGNORECASE)
# words starting many organisations' names, a place's or a nation's, which tell none apart ("American Institute")
_PLACE_WORDS = frozenset({"american", "national", "international", "united", "us", "state", "north", "south", "east",
                          "west", "new", "global", "world"})
# a person by a title ("Mr. Dale - Ag Mech", "Sra. Delgado", "Coach Pruitt") or a school, its chapter or centre
# ("Lincoln Co. HS", "Riverbend FFA", "Eastside Career Center"), typed in the name field for the credential's teacher
# or place (Readings.fields_swapped)
_A_PERSON_OR_A_SCHOOL = re.compile(r"(?:^|(?<=[\s(\-]))(?:(?:Mr|Mrs|Ms|Miss|Dr|Sr|Sra|Srta|Prof)\.?|Coach)\s+[A-Z]"
                                   r"|(?i:\b(?:HS|High(?: School)?|School|FFA|Chapter|Career Center)\b)")
# a name, then "via", "thru", "through", "by" or "from" and the issuer ending it ("Part 107 & TRUST via FAA", "Food
# Safety Manager cert by NRFSP", "first aid from the red cross"): _vendor_after_a_word
_VENDOR_AFTER_A_WORD = re.compile(r"^(.+?)\s+(?:via|thru|through|by|from)\s+(?:the\s+)?([^\s].*?)\s*$", re.IGNORECASE)
# a local code before a value, as a school information system exports it: letters, then two parts or more joined by
# underscores or dashes, holding a digit, then a colon, a dash or a space before the value's words ("IND_CERT_0123
# SERVSAFE MGR", "CERT-HOSP-07: AHLEI CGSP", "HT_CERT_618 - CERT. EXEC. PASTRY CHEF"); at the start or after a
# separator of values. Not an exam code of one dash ("N10-009", "OSHA-10")
_LOCAL_CODE = re.compile(r"(?:^|(?<=[;|\n,]))(\s*)((?=[A-Za-z0-9_-]*\d)[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+){2,})"
                         r"(?:\s*:\s*|\s+-\s+|\s+)(?=[A-Za-z])")
# words saying a name is an organisation's, not which ("ESCO Institute", "ESCO Group, LLC")
_ORGANISATION_WORDS = list_features.ORGANISATION | list_features.COMPANY_WORDS | {
    "group", "company", "international", "foundation", "systems"}
# "Check Certiport", "results in Pearson VUE", "see NOCTI": where to look, and a vendor's name (see junk_reason)
_LOOK_IN = re.compile(r"^(?:see|check|ask|refer to|look up|verify(?: in| with)?|results? (?:in|on|from))\s+(.+)$")
# a note on the record (Readings._a_note_on_the_record): "n a" is "n/a" cleaned, "didn t" is "didn't"; small words,
# ordinals ("1st attempt") and words saying a credential was earned, not which, go with any note
_N_A = re.compile(r"(?<![a-z0-9])n a(?![a-z0-9])")
_CONTRACTION = re.compile(r"(?<![a-z0-9])([a-z]+)n t(?![a-z0-9])")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_FILLER = frozenset({"an", "the", "in", "of", "to", "for", "on", "at", "by", "with", "and", "or", "is", "was", "be",
                     "as", "from", "this", "that", "has", "have", "will",
                     # where a student organisation's event was held ("DECA State Competition")
                     "local", "district", "regional", "state", "national", "conference"})
# words naming the base level of a credential, which a name may leave unwritten ("EMT-Basic": the EMT)
_BASE_LEVEL = frozenset({"basic", "entry", "beginner", "novice"})
_BASE_LEVEL_PHRASE = re.compile(rf"(?<= )(?:entry level|{'|'.join(sorted(_BASE_LEVEL))})(?= )")
# the reasons of a write-in naming nothing once read: a badge's link of ids, an export's placeholder, a file's name,
# a portal's path, a class's tally, a test provider's name
_NAMES_NOTHING = (NAMES_NOTHING, EXPORT_NAMES_NOTHING, FILE_NAMES_NOTHING, PATH_NAMES_NOTHING, TALLY_NAMES_NOTHING,
                  PROVIDER_NAMES_NOTHING)
# small words a file's name runs together with others ("TIPS_OnPremise")
_SMALL_WORDS = frozenset({"on", "off", "and", "of", "to", "in", "for", "the", "with", "at", "by", "a"})
_EARNED_WORDS = GENERIC_WORDS | {"industry", "irc", "test", "testing", "license", "licence", "credentials"}
# words saying a credential was earned, typed beside its name ("CPC exam - passed"): no words of the credential
_STATUS_WORDS = frozenset({"passed", "earned", "completed", "complete", "received", "obtained", "achieved",
                           "awarded", "written"})
# and words saying it is still held or was held and lapsed, left out of a normalised write-in with them
# (_without_status_words: "Stop the Bleed - both current", "EVOC - lapsed", "Stop The Bleed - Status: complete"),
# or that a test was passed or a badge verified ("CRCST exam - pass", "Google Cybersecurity Certificate - Verified")
_HELD_WORDS = _STATUS_WORDS | {"current", "lapsed", "expired", "issued", "done", "active", "renewed", "status",
                               "both", "pass", "verified"}
# the two parts of one exam, typed after its credential ("NNAAP written & skills", "Firefighter I written and
# practical", "NREMT EMT cognitive & psychomotor"), in either order, "test" or "exam" after them
_PART_1 = r"(?:written|knowledge|cognitive|theory)"
_PART_2 = r"(?:practical|skills?|performance|psychomotor|hands[- ]on)"
_EXAM_PARTS = re.compile(rf"(?i)(?<![A-Za-z0-9])(?:{_PART_1}\s*(?:&|and|\+|/)\s*{_PART_2}|{_PART_2}\s*(?:&|and|\+|/)\s*"
                         rf"{_PART_1})(?:\s+(?:tests?|exams?|portions?|parts?))?(?![A-Za-z0-9])")
# words beside an exam's code saying it was sat and passed ("SY0-701 passed", "exam 220-1101 - pass")
_PASSED_EXAM = _STATUS_WORDS | {"pass", "exam", "exams", "test", "tests", "then", "and"}
# "ICND1", "EX200", "v12", "GS5": letters and a number glued, a version or an exam's code
_GLUED_CODE = re.compile(r"(?<![A-Za-z0-9+-])([A-Za-z]{1,5})(\d{1,4})(?![A-Za-z0-9+])")
_HAS_DIGIT = re.compile(r"\d").search
# "v 4", "v 7 0": a version, as normalised from "v4", "V7.0"
_VERSION = re.compile(r"(?<![a-z0-9])v \d+(?: \d+)?(?![a-z0-9])")
# "certification phlebotomy": "cert" (normalised "certification") before the words it qualifies
_CERT_BEFORE_A_WORD = re.compile(r"(?<![a-z0-9])certification (?=[a-z])")
# a bracket closing the name ("CDA (DANB)")
_TRAILING_BRACKET = re.compile(r"\s*\(([^()]+)\)\s*$")
# (words in capitals are acronyms, not names: "CNA, CHHA" is two credentials)
# a capital, and at least one small letter; letters may bear accents ("Ramírez", "Nuñez")
_NAME_WORD = r"[A-Z](?:[^\W\d_]|['’-])*[a-zß-ÿ](?:[^\W\d_]|['’-])*"
PERSON_NAME = re.compile(rf"^\s*{_NAME_WORD}(?: [A-Z][A-Za-z'’-]+)?,\s*{_NAME_WORD}(?: [A-Z]\.?)?\s*$")
# "John Smith", "Maria T. Lopez", "Jose R.": a given name (first_names.py) and a surname or its initial, in capitals
# and small letters, and perhaps the person's role ("Sarah Thompson - instructor")
_ROLE_WORDS = r"(?i:instructor|teacher|advisor|adviser|counselor|counsellor|coordinator)"
_ROLE = rf"(?:\s*[-–,]\s*{_ROLE_WORDS})?"
_ROLE_AFTER = re.compile(rf"\s*(?:[-–,]\s*|\(\s*){_ROLE_WORDS}\s*\)?\s*$")  # "(instructor)", "- teacher"
GIVEN_AND_SURNAME = re.compile(rf"^\s*(({_NAME_WORD})(?: [A-Z]\.?)? (?:{_NAME_WORD}|[A-Z]\.)){_ROLE}\s*$")
# "Ms. Rodriguez - CTE", "Mrs Lee", "Sgt. Ramirez": a title or a rank and a surname (a teacher's, an officer's);
# "MS Word" is no title ("Ms" and the ranks need their full stop, "Mr" and "Mrs" do not); a chef or a coach too
# ("Chef Thompson", a culinary teacher); in Spanish, "Sra. Martínez" ("Sr." is also "Senior": "Sr. Professional in
# Human Resources")
TITLED_NAME = re.compile(rf"^\s*(?:(?:Mr|Mrs|Ms|Mx|Dr|Sgt|Lt|Capt|Cpl|Det|Sra|Srta|Prof)\.|Mrs|Miss|Mr|Chef|Coach)\s+"
                         rf"({_NAME_WORD})(?:'s)?"
                         rf"(?=$|[\s,;:/-])(.*)$")


class EntryParts(NamedTuple):
    """A raw entry's fields as resolution reads them."""

    name: str  # with a vendor typed in the name field put back in its place
    vendor: str | None
    vendor_key: str  # the canonical vendor (Readings.vendor_key)
    junk_reason: str | None  # why the name is no credential, or None
    normalized: str  # the normalised name


class Readings:
    """The readings of entries' texts over one list's references; the @memoised ones are tables
    (``readings.normalize[text]``, ``readings.entry_parts[name, vendor]``)."""

    def __init__(self, refs: ResolutionRefs) -> None:
        self.refs = refs
        # the initials of the list's vendors' names ("ascp": American Society for Clinical Pathology)
        self._vendor_initials: dict[str, set[str]] = {}
        for key in refs.vendor_keys:
            # (and of its name after a state's: "DPBH" for "Nevada Div. of Public & Behavioral Health")
            words = key.split()
            bare = " ".join(words[1:]) if len(words) > 2 and words[0] in list_features.US_STATE_WORDS else ""
            for letters in {list_features.initials(key), list_features.initials(bare) if bare else None}:
                if letters and len(letters) >= 3:
                    self._vendor_initials.setdefault(letters, set()).add(key)
        # the words the list's names write in capitals, where they are not all in capitals ("CFOT" in
        # "CFOT-Certified Fiber Optic Technician"; not "Belt"): in a write-in typed all in capitals, only these are
        # known for acronyms
        self._capital_words = frozenset(basic_clean(w) for c in refs.rows if any(ch.islower() for ch in c.name)
                                        for w in list_features.CAPITALS.findall(c.name))
        # the acronyms the list writes for its credentials, in brackets or as a name ("CSWA"; not "NHA"), but a known
        # vendor's, which stays the issuer of the acronym after it ("NREMT EMR": the National Registry's EMR, not the
        # list's "National Registry EMT (NREMT)" and its EMR); and a word in capitals one name alone writes, outside
        # brackets ("PCEP" in "PCEP™ – Certified Entry-Level Python Programmer"), no vendor's, nor an issuer's before
        # another acronym ("FOA CFxT-Certified FTTx Technician")
        self._vendor_words = frozenset(w for v in refs.vendor_keys for w in v.split())
        before_another = {basic_clean(m.group(1)) for c in refs.rows
                          for m in _CAPITALS_BEFORE_AN_ACRONYM.finditer(c.name)}
        alone = {w for w in self._capital_words if len(refs.token_index.get(w, ())) == 1
                 and w not in self._vendor_words and w not in before_another}
        self._credential_acronyms = frozenset(a for found in [*refs.acronyms_of.values(), alone] for a in found
                                              if a not in refs.vendor_alias)

    @memoised
    def normalize(self, text: str | None) -> str:
        """refs.normalize, memoised: an entry's text is normalised again for each step that reads it."""
        return self.refs.normalize(text)

    # ---- an entry's fields -------------------------------------------------------------------------------------
    @memoised
    def vendor_key(self, vendor: str | None) -> str:
        """The canonical vendor of a typed vendor: an alias, the start of exactly one vendor's name ("American
        Heart" for the American Heart Association), the initials of exactly one vendor's name of the list ("ASCP" for
        its American Society for Clinical Pathology), or of its words after the ones typed before them ("Maine EMS"
        for its Maine Emergency Medical Services); otherwise the text as typed."""
        cleaned = basic_clean(vendor)
        named = list_features.vendor_of_an_address(vendor or "", self.refs.vendor_alias)
        if named and basic_clean(named) != cleaned:
            # a vendor's web address typed for it ("www.nccer.org"): the vendor it names
            return self.vendor_key[named]
        if cleaned and cleaned not in self.refs.vendor_alias and cleaned not in self.refs.vendor_keys:
            # an abbreviated word the abbreviation seed spells out ("American Heart Assn")
            spelt_out = self.normalize[vendor]
            if spelt_out != cleaned and (spelt_out in self.refs.vendor_alias or spelt_out in self.refs.vendor_keys):
                return self.vendor_key[spelt_out]
        words = cleaned.split()
        if len(words) >= 2 and cleaned not in self.refs.vendor_keys and set(words[1:]) <= _ORGANISATION_WORDS:
            # an organisation named by its first word (not a place's: _PLACE_WORDS) and words saying it is one,
            # which start one of the list's vendors only: that vendor, before our alias seed ("ESCO Institute"
            # beside the list's "ESCO Group, LLC", not the seed's EPA)
            starting = {v for v in self.refs.vendor_keys if v.split()[0] == words[0]}
            if len(starting) == 1 and len(words[0]) >= 3 and words[0] not in _PLACE_WORDS:
                return starting.pop()
        canonical = self.refs.vendor_alias.get(cleaned)
        if canonical and cleaned not in self.refs.vendor_keys and " " not in cleaned:
            # a word that starts the list's own vendors' names is theirs before it is our alias seed's, unless it
            # is a word or the initials of the seed's name ("ESCO", when the list's vendors are "ESCO Institute"
            # and "ESCO Group", is not the seed's EPA; "ASE" is still the National Institute for Automotive
            # Service Excellence beside an "ASE Education Foundation")
            starting = {v for v in self.refs.vendor_keys if v.startswith(cleaned + " ")}
            words = [w for w in basic_clean(canonical).split() if w not in list_features.SKIP]
            if starting and cleaned not in words and not any(list_features.initials(" ".join(words[-k:])) == cleaned
                                                             for k in range(2, len(words) + 1)):
                return starting.pop() if len(starting) == 1 else cleaned
        key = basic_clean(canonical) if canonical else cleaned
        if canonical and key not in self.refs.vendor_keys and cleaned not in self.refs.shared_vendor_names:
            # our seed's name for a vendor the list spells with more words ("Environmental Protection Agency":
            # the list's "U.S. Environmental Protection Agency")
            words = set(key.split())
            fuller = {v for v in self.refs.vendor_keys if words < set(v.split())}
            if len(fuller) == 1:
                key = fuller.pop()
            else:
                # or by its initials (the list's "NREMT" for the typed "National Registry")
                key = self.refs.vendor_by_seed_name.get(key, key)
        if not canonical and " " in cleaned:
            starting = {v for v in self.refs.vendor_keys if v.startswith(cleaned + " ")}
            if len(starting) == 1:
                key = starting.pop()
        elif not canonical and cleaned not in self.refs.vendor_keys:
            spelt = self._vendor_initials.get(cleaned, set())
            if len(spelt) == 1:
                key = next(iter(spelt))
        if not canonical and key == cleaned and key not in self.refs.vendor_keys and len(words) >= 2:
            # the same first words as one vendor of the list, then the initials of its other words ("Maine EMS":
            # the list's "Maine Emergency Medical Services"; "Virginia DMV")
            head, last = words[:-1], words[-1]
            led = {v for v in self.refs.vendor_keys if v.split()[: len(head)] == head
                   and last in list_features.initials_of(" ".join(v.split()[len(head) :]))}
            if len(led) == 1 and last.isalpha() and len(last) >= 2:
                return led.pop()
        if not canonical and key == cleaned and key not in self.refs.vendor_keys and len(cleaned) >= 8:
            # a vendor an old form cut in the middle of a word ("MANUFACTURIN", "NATIONAL HEA"): the one vendor of the
            # list, or of our alias seed, whose name it begins
            cut = {v for v in (*self.refs.vendor_keys, *self.refs.vendor_alias)
                   if v.startswith(cleaned) and v[len(cleaned)].isalnum()}
            whole = {self.vendor_key[v] for v in cut}
            if len(whole) == 1:
                return whole.pop()
        if not canonical and key == cleaned and key not in self.refs.vendor_keys:
            # (as typed, or with its abbreviations spelled out: "Amercian Heart Assn")
            misspelt = self._misspelt_vendor(cleaned) or self._misspelt_vendor(self.normalize[vendor])
            if misspelt:
                return self.vendor_key[misspelt]
            # the list's agency, named without the words saying which unit of the government it is ("NM State Fire
            # Marshal" for the "New Mexico State Fire Marshal's Office")
            same = self._vendors_by_agency_core.get(list_features.agency_core(self.normalize[cleaned]), ())
            if len(same) == 1:
                return next(iter(same))
        if key not in self.refs.vendor_keys and key:
            # a list writing its vendors abbreviated word by word, as an old system did ("AMER HEART ASSN", "NATL
            # RESTAURANT ASSN"): the one vendor of the list whose words abbreviate the typed one's
            short = [v for v in self._vendors_by_initials.get(_initials_of_words(key), ()) if _abbreviates(v, key)]
            if len(short) == 1:
                return short[0]
        return key

    @functools.cached_property
    def _vendors_by_initials(self) -> dict[str, list[str]]:
        """The list's vendors by the first letters of their words, small words aside (_abbreviates)."""
        out: dict[str, list[str]] = {}
        for v in sorted(self.refs.vendor_keys):
            out.setdefault(_initials_of_words(v), []).append(v)
        return out

    @functools.cached_property
    def _vendors_by_agency_core(self) -> dict[str, set[str]]:
        """The list's vendors by their names' agency cores (list_features.agency_core)."""
        out: dict[str, set[str]] = {}
        for key in self.refs.vendor_keys:
            core = list_features.agency_core(self.normalize[key])
            if core:
                out.setdefault(core, set()).add(key)
        return out

    def _misspelt_vendor(self, cleaned: str) -> str | None:
        """The one vendor of the list or alias of our seed a typed vendor misspells, word for word: the same number
        of words, each the same or, of five letters or more, a misspelling of it ("Amercian Red Cross", "Microsfot",
        "National Healthcare Association" for the National Healthcareer Association); None when none or several."""
        typed = cleaned.split()
        if not any(len(w) >= 5 for w in typed):
            return None

        def close(a: str, b: str) -> bool:
            return a == b or len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and difflib.SequenceMatcher(
                None, a, b).ratio() >= 0.8

        found = {v for v in (*self.refs.vendor_keys, *self.refs.vendor_alias) if v != cleaned
                 and len(words := v.split()) == len(typed) and all(map(close, typed, words))}
        canonical = {basic_clean(self.refs.vendor_alias.get(v, v)) for v in found}
        return min(found) if len(canonical) == 1 else None

    @memoised
    def checklist(self, name: str | None) -> Checklist:
        """A write-in read through each shape it may show, in this order: dictated by voice
        (dictation.dictation_reading), an uploaded file's name
        (filenames.file_name_reading), a counsellor's sentence (sentences.sentence_reading), a class summary's line
        with its counts (tallies.tally_reading), a portal's path
        (breadcrumbs.path_reading), the values another system's export holds (exports.export_reading), a badge
        platform's title, link or verification lines (badges.badge_reading), the platform or proctor it was taken
        through (providers.provider_reading), and last a tracker or a checklist, with
        the items it marks not earned left out (checklists.earned_items); a write-in showing none of them as typed. A
        reading that finds nothing named stops there, with its own reason."""
        refs = self.refs
        # (a dictated write-in first: "comp tia a plus comma network plus")
        name = dictation_reading(name, self._a_known_word, lambda w: w in refs.token_index, self._list_words_near)
        # (a file's name: "A+_and_Network+_certs.pdf")
        read = file_name_reading(name, self._a_known_word, lambda w: bool(one_letter_away(refs, w)),
                                 self._held_by_a_name_words_aside)
        if read.names_nothing:
            return Checklist("", True, FILE_NAMES_NOTHING)
        # (a student's own answer, its chatter left out: "forklift cert lol", "the osha 30 one"; then a counsellor's
        # sentence: "She earned her CDA this spring"; before it, a holder's title or what the holder can do: "licensed
        # EMT", "can operate a forklift")
        answer = title_reading(survey_reading(read.text, lambda w: w in refs.token_index),
                               lambda w: w in refs.token_index,
                               lambda words: bool(refs.holding_every_word(words)), self._vendor_words.__contains__)
        said = sentence_reading(answer, self.is_vendor, lambda w: w in refs.token_index)
        # (a class summary's line: "Per. 3 - NHA CPT: 9 of 11")
        tally = tally_reading(said, lambda w, n: any(n == m for m, _ in refs.number_series.get(w, ())),
                              lambda n: n in refs.numbers_used)
        if tally.names_nothing:
            return Checklist("", True, TALLY_NAMES_NOTHING)
        # (a portal's path: "Certiport > Microsoft Office Specialist > Excel Associate")
        path = path_reading(tally.text, self.is_vendor, lambda t: bool(refs.holding_every_word(
            tokens(self.normalize[t]) - GENERIC_WORDS)), lambda t: self.normalize[t] in refs.exact)
        if path.names_nothing:
            return Checklist("", True, PATH_NAMES_NOTHING)
        export = export_reading(path.text, self.is_vendor, lambda code: self.normalize[code] in refs.name_phrases)
        if export.names_nothing:
            return Checklist("", True, EXPORT_NAMES_NOTHING)
        badge = badge_reading(export.text, lambda w: w in refs.token_index or w in refs.vendor_alias, self.is_vendor)
        if badge.names_nothing:
            return Checklist("", True, NAMES_NOTHING)
        # (the platform or proctor it was taken through: "ServSafe Manager - proctored by PSI")
        provider = provider_reading(badge.text, lambda p: p in refs.name_phrases or p in refs.token_index,
                                    lambda p: p in refs.vendor_keys)
        if provider.names_nothing:
            return Checklist("", True, PROVIDER_NAMES_NOTHING)
        return earned_items(provider.text, refs.numbers_used)

    @functools.cached_property
    def _list_words_by_length(self) -> dict[int, list[str]]:
        """The words of the list's names of five letters or more, by length (dictation.py)."""
        out: dict[int, list[str]] = {}
        for w in self.refs.token_index:
            if w.isalpha() and len(w) >= 5:
                out.setdefault(len(w), []).append(w)
        return {n: sorted(ws) for n, ws in out.items()}

    @functools.cached_property
    def _list_words_by_first_letter(self) -> dict[str, list[str]]:
        """The words of the list's names of four letters or more, and the words our abbreviation seed spells out
        ("hazmat"), by their first letter (shorthand.py)."""
        out: dict[str, list[str]] = {}
        seeded = {p for p, _ in self.refs.normalize.abbreviations if " " not in p}
        for w in sorted({*self.refs.token_index, *seeded}):
            if w.isalpha() and len(w) >= 4:
                out.setdefault(w[0], []).append(w)
        return out

    def _list_words_from(self, letter: str) -> list[str]:
        return self._list_words_by_first_letter.get(letter, [])

    def _list_words_near(self, word: str) -> list[str]:
        """The words of the list's names within two letters of the word's length."""
        return [w for n in range(len(word) - 2, len(word) + 3) for w in self._list_words_by_length.get(n, ())]

    @functools.cached_property
    def _known_words(self) -> frozenset[str]:
        """The words of the list's names, its vendors' and our seeds' (abbreviations, junk), words such as "cert",
        and a few small words ("on", "off"): the words a file's name may run together (filenames.py)."""
        refs = self.refs
        return frozenset({*refs.read_words, *refs.token_index, *refs.vendor_alias, *GENERIC_WORDS,
                          *self._abbreviated_words, *_SMALL_WORDS})

    def _held_by_a_name_words_aside(self, text: str) -> bool:
        """A name of the list holds the list's words of the text, numbers and words such as "certificate" aside
        (true of a text holding none)."""
        index = self.refs.token_index
        words = [w for w in tokens(self.normalize[text]) if w in index and not w.isdigit() and w not in GENERIC_WORDS]
        return not words or bool(self.refs.holding_every_word(words))

    def _a_known_word(self, word: str) -> bool:
        return word in self._known_words

    def _a_word_of_the_names(self, word: str) -> bool:
        return word in self.refs.token_index

    @functools.cached_property
    def _abbreviated_words(self) -> frozenset[str]:
        """The words our abbreviation seed spells out ("cert", "asst", "tech")."""
        return frozenset(w for p, _ in self.refs.normalize.abbreviations for w in p.split())

    def _a_word_written_whole(self, word: str) -> bool:
        """A word of the list's names that is no abbreviation of our seed's ("bls", "autocad"; not "cert")."""
        return word in self.refs.token_index and word not in self._abbreviated_words

    def _a_school_course(self, text: str | None, cleaned: str) -> bool:
        """A write-in of one piece holding a school's own words for a course (_SCHOOL_MARK: "Intro to Business
        semester 1", "Bldg Trades 1 (Period 3)", "Food & Nutrition II Honors", "Business Management class
        (completed)"), no word saying a credential was earned ("CNA certificate - spring semester"), where no name of
        the list writes the word ("NCCER Core Curriculum"; a name ending "class" for the class); for a class, no
        vendor's name either ("Red Cross lifeguarding class" may be its certificate), nor hours ("- 8 hr class"), nor
        a safety course's ("Boater Safety class": its card is earned in the class)."""
        mark = _SCHOOL_MARK.search(cleaned) if any(w in cleaned for w in _SCHOOL_MARK_WORDS) else None
        if not mark or set(cleaned.split()) & _CREDENTIAL_WORDS:
            return False
        if len(pieces.split_pieces(text or "")[0]) != 1 and not self.refs.holding_every_word(
                tokens(self.normalize[cleaned[: mark.start()] + cleaned[mark.end():]]) - GENERIC_WORDS):
            # (several pieces: one course still where a name of the list holds every word but the mark's: "Food &
            # Nutrition II Honors")
            return False
        if mark.group("w5"):
            # (hours before the class are the training's for the credential, "Lead Safe Renovator (RRP) - 8 hr class",
            # and a safety course's class is its card's, "Boater Safety class")
            words = cleaned.split()
            return not self._a_name_ends_with_class and not {"hr", "hrs", "hour", "hours", "safety"} & set(
                words) and not any(
                self.is_vendor(w) for w in (cleaned, *words, *map(" ".join, zip(words, words[1:], strict=False))))
        word = next(w for w in mark.groups() if w)
        return word not in self.refs.token_index and word.rstrip("s") not in self.refs.token_index

    @functools.cached_property
    def _a_name_ends_with_class(self) -> bool:
        return any(basic_clean(c.name).endswith(" class") for c in self.refs.credentials)

    def _without_a_course_before(self, name: str) -> str:
        """The write-in without a course (its level after it) or a course code typed before the credential, apart
        from it by a colon, a spaced dash or a bar ("Culinary Arts II - ServSafe Mgr", "Auto Tech 3: ASE G1", "CIS
        220 - Network Plus"): a part no name of the list holds every word of (less numbers and words such as
        "certified"), nor a vendor's name: "Firefighter I - IFSAC" keeps its. Not in a text of no credential
        ("In progress - level 1")."""
        match = _COURSE_LEAD.match(name)
        lead, rest = match.group("lead"), match.group("rest")
        if (self.is_vendor(lead) or not re.search(r"[A-Za-z]{2}", rest) or self.junk_reason[rest]
                or self.junk_reason[name]):
            return name
        words = [w for w in self.normalize[lead].split() if w not in GENERIC_WORDS and not w.isdigit()]
        # (a word misspelt in the credential's own leading words, "NIMS Maahining Level I - Milling I", "Fire
        # Instrutcor I - IFSAC Seal", "Metalforming Leel II - ...": read as any word of the list's one letter away,
        # a word of four letters or more, as a short one may be an acronym, "EMS I - EMR")
        if not words or len(words) > 4 or self._held_by_a_name(words) or any(
                w in self.refs.exact for w in words) or self.normalize[lead] in self.refs.exact or (
                self.refs.code_letters and re.sub(r"[^a-z]", "", lead.lower()) in self.refs.code_letters):
            # (nor an acronym of the list's, "CVA Level 1 - 120 hrs", nor a code of the list's or one in the shape of
            # its codes, which beside another credential's name is a disagreement for a person: "INF115 - Security+"
            # where INF115 is the list's Network+)
            return name
        theirs = [w for w in self.normalize[rest].split()
                  if w not in GENERIC_WORDS and not w.isdigit() and w not in _TIME_WORDS]
        if self.is_vendor(rest) or not any(w in self.refs.token_index or w in self.refs.exact for w in theirs):
            # (what follows names a vendor only, "ECE 2 - Precision Exams", or no word of the list's, "- 120 hrs")
            return name
        return rest

    def _held_by_a_name(self, words: list[str]) -> bool:
        """Whether a name holds every one of ``words`` (refs.holding_every_word), a word no name writes (four letters
        or more) read as any word of the list's one letter away from it."""
        postings = []
        for w in words:
            if w in self.refs.token_index or len(w) < 4:
                postings.append(self.refs.token_index.get(w, set()))
            else:
                postings.append(set().union(*(self.refs.token_index[o] for o in one_letter_away(self.refs, w)
                                              if o in self.refs.token_index)))
        return bool(set.intersection(*postings))

    def is_vendor(self, text: str | None) -> bool:
        return bool(text) and basic_clean(text) in self.refs.vendor_alias

    @memoised
    def junk_reason(self, text: str | None) -> str | None:
        """Why a text is no credential (blank, a reviewed junk text, or holding a junk phrase), or None."""
        cleaned = basic_clean(text)
        if not cleaned or not re.search(r"[a-z]", cleaned) and not re.search(r"[1-9]", cleaned):
            return "blank or punctuation only"
        if _DATE.fullmatch((text or "").strip()):
            return "a date, no credential"
        if (_NUMBERS_ONLY.fullmatch(text or "") and not set(cleaned.split()) & self.refs.numbers_used
                and cleaned not in self.refs.codes_typed):
            return NUMBER_ONLY
        if _SCORE.fullmatch((text or "").strip()):
            return "a test score, no credential"
        where = _LOOK_IN.match(cleaned)
        if where and (self.is_vendor(where.group(1)) or self.is_vendor(self.normalize[where.group(1)])):
            return "a reference to a vendor's records, no credential"
        if cleaned in self.refs.junk_exact:
            return self.refs.junk_exact[cleaned]
        if (" " in cleaned and self.normalize[cleaned] in self.refs.junk_exact
                and self.normalize[cleaned] not in self.refs.exact):
            # the same spelt short ("Industry Cert": "industry certification"); not a word alone, which may be an
            # acronym ("CERT", the Community Emergency Response Team, is no "certification")
            return self.refs.junk_exact[self.normalize[cleaned]]
        if self.refs.junk_regex is not None and self.normalize[cleaned] not in self.refs.exact:
            # (not a name of the list, which wins over our generic junk seed: "State Officer Certification"; nor a
            # failure or a retake passed after: "CCMA failed 1st attempt, passed 2nd", "EMT-B - passed on retake")
            cleaned = _PASSED_LATER.sub("passed", cleaned)
            match = self.refs.junk_regex.search(cleaned)
            # an `item` in a piece of its own beside words of a credential is that piece's junk only ("STNA and dual
            # enrollment"; not "Health Science Tech Prep")
            # (but one in brackets ending the text says what all of it is: "Anatomy & Physiology (dual credit)")
            bracketed = _TRAILING_BRACKET.search(text or "") if match else None
            says_all = bracketed is not None and basic_clean(bracketed.group(1)) == match.group(1)
            if match and not (match.group(1) in self.refs.junk_items and self._holds_a_known_word(
                    cleaned[: match.start()] + " " + cleaned[match.end() :])
                    and (len(pieces.split_pieces(text or "")[0]) >= 2 or _an_item_after(self.refs, text or ""))
                    and not says_all) and not self._an_acronym_the_list_spells(match.group(1), cleaned, match):
                return dict(self.refs.junk_contains).get(match.group(1), "junk")
        course_code = _COURSE_CODE.match((text or "").strip())
        if course_code and _a_course_code(self.refs, course_code) and course_code.group(1).lower() not in \
                self.refs.token_index:
            parts = pieces.split_pieces((text or "").strip()[course_code.end():])[0]
            rests = [tokens(self.normalize[basic_clean(p)]) - GENERIC_WORDS for p in parts]
            if not any(rest and self.refs.holding_every_word(rest) for rest in rests):
                # a college's course number first, alone or before its title ("WLD 110", "EDU 119 Intro to Early
                # Childhood Ed", "HLHS 101 Medical Terminology"), no name of the list holding the words of the title
                # or of a piece of it ("HLTH 1100 Nursing Assistant/HHA" names two credentials)
                return COLLEGE_COURSE_REASON
        # (an exam code's letter is no note's word: the "N" of "N10-009" is no "n" for "no")
        note = self._a_note_on_the_record(cleaned) if not _EXAM_CODE_SHAPE.search(text or "") else None
        if note:
            return note
        course = _COURSE.fullmatch(cleaned)
        # (each pattern below is tried only on a text holding the words it cannot match without: the cleaned text is
        # in small letters, and most write-ins hold none of them)
        said = _COURSE_SAID.fullmatch(cleaned) if any(w in cleaned for w in _COURSE_SAID_WORDS) else None
        first = None if said or not any(w in cleaned for w in _COURSE_SAID_FIRST_WORDS) else \
            _COURSE_SAID_FIRST.fullmatch(cleaned)
        # (the subject, then the words saying it is a course)
        said_so = (said.group(1), said.group(2)) if said else (first.group(2), first.group(1)) if first else None
        for subject in (course.group(2) if course else None, said_so[0] if said_so else None):
            known = subject and (self.refs.junk_courses.get(subject)
                                 or self._courses_normalised.get(self.normalize[subject]))
            if known and not self.refs.holding_every_word(tokens(self.normalize[subject])):
                # a CTE course or program typed for the credential ("Intro to Health Science", "Culinary Arts 1",
                # "Auto Tech program completer", "Health Careers 1 (course)"), which no name of the list holds the
                # words of (a list may name a credential after a course)
                return known
        subject = tokens(self.normalize[said_so[0]]) - GENERIC_WORDS if said_so else frozenset()
        if (subject and _PROGRAM_WORDS & set(said_so[1].split())
                and all(w in self.refs.token_index or self._a_form_of_a_list_word(w) or self._a_school_subjects_word(w)
                        for w in subject)
                and (not self.refs.holding_every_word(subject)
                     or len(subject) == 1 and self.normalize[said_so[0]] not in self.refs.exact
                     and self.normalize[cleaned] not in self.refs.exact)
                and len(pieces.split_pieces(text or "")[0]) == 1):
            # any subject said to be a school's program or pathway ("Automotive Service Technology program"): a
            # program, unless a name of the list holds its words ("NCCER Core program"), or, for a subject of one
            # word ("Carpentry Program" beside NCCER's Carpentry levels), unless the subject or the whole is a name of
            # the list ("Certified Baker Program"); words of the list's names only, or another form of one (the
            # field's for the worker's, "Cosmetology program" beside the "Cosmetologist License": word_forms; a
            # misspelt word may be a word of the credential's name: "Stor Professional Program")
            return COURSE_REASON
        leveled = _LEVEL_THEN_COURSE.fullmatch(cleaned) if " course" in cleaned or " class" in cleaned else None
        if (leveled and all(w in self.refs.token_index for w in tokens(self.normalize[leveled.group(1)]))
                and len(pieces.split_pieces(text or "")[0]) == 1):
            # a subject, a course level and "course" or "class" ("Welding I class", "Welding 1 course"): a school's
            # course, even where names of the list hold the subject's words (NCCER's "Welding Level 1")
            return COURSE_REASON
        if (course and course.group(1) and not self._a_name_begun_so(course.group(1), course.group(2))
                and len(pieces.split_pieces(text or "")[0]) == 1):
            # any subject after "Intro to", "Principles of" ("Intro to Welding"): a course, unless a name of the list
            # holds its words and a word so begun ("Intro to Craft Skills": "Introductory Craft Skills"); in a piece
            # of its own ("Fundamentals of Petroleum; RigPass" is two pieces, each read on its own)
            return COURSE_REASON
        after = _FOUNDATIONS_AFTER.fullmatch(cleaned) if " foundations" in cleaned else None
        if after and not self._a_name_begun_so("foundations", after.group(1)) and len(
                pieces.split_pieces(text or "")[0]) == 1:
            # the same with "Foundations" after the subject ("Health Science Foundations")
            return COURSE_REASON
        fundamentals = _FUNDAMENTALS_COURSE.fullmatch(cleaned) if " fundamentals" in cleaned else None
        if fundamentals and not self._a_name_begun_so("fundamentals", fundamentals.group(1)) and len(
                pieces.split_pieces(text or "")[0]) == 1:
            # the same with "Fundamentals" and the word "course" after the subject ("Welding Fundamentals course")
            return COURSE_REASON
        academy = _ACADEMY.fullmatch(cleaned) if cleaned.endswith(" academy") else None
        if academy and not self.refs.holding_every_word(tokens(self.normalize[cleaned])) and (
                self.is_vendor(academy.group(1)) or self.is_vendor(academy.group(1).split()[0])):
            # a vendor's academy ("Cisco Networking Academy", "Microsoft Imagine Academy", "Oracle Academy"): the
            # programme that teaches for its exams, not a credential, in a list no name of which holds its words (a
            # list may name a credential after an academy: "[HubSpot Academy] Inbound Marketing Certification")
            return ACADEMY_REASON
        if academy and self.refs.junk_courses.get(academy.group(1)) and len(pieces.split_pieces(text or "")[0]) == 1:
            # a course's academy ("Construction Academy"): a school's program of study
            return COURSE_REASON
        if said and said.group(1) in _PROGRAM_WORDS | {"cte", "career", "ctso"}:
            # nothing said but a program's words ("Pathway completer", "Program completer")
            return COURSE_REASON
        if self._a_school_course(text, cleaned):
            return COURSE_REASON
        if "," in (text or "") and PERSON_NAME.match(text or "") and not self._holds_a_known_word(cleaned,
                                                                                           GENERIC_WORDS):
            return "a person's name (Lastname, Firstname), no word of a credential"
        # (a given name is the text's first word: the pattern is tried only then)
        first_word = (text or "").split(None, 1)[:1]
        given = GIVEN_AND_SURNAME.match(text or "") if first_word and first_word[0].lower() in FIRST_NAMES else None
        if given and given.group(2).lower() in FIRST_NAMES and not self._holds_a_known_word(
                given.group(1), GENERIC_WORDS):
            # (a role after the name is no word of a credential: "Sarah Thompson - instructor")
            return "a person's name (a given name and a surname), no word of a credential"
        # (in capitals as an old form wrote it, read as a name is written: "MR. JOHNSON"; "MS WORD" has no full stop)
        titled = TITLED_NAME.match(text or "") or (text or "").isupper() and TITLED_NAME.match((text or "").title())
        if titled and not any(self._holds_a_known_word(part, GENERIC_WORDS)
                              for part in (titled.group(1), _ROLE_AFTER.sub("", titled.group(2)))):
            # (a role after the name is no word of a credential: "Ms. Patel (instructor)"; a word such as
            # "certification" is one: "Chef Certification" is no person)
            return "a person's name (a title and a surname), no word of a credential"
        return None

    def _an_acronym_the_list_spells(self, found: str, cleaned: str, match: re.Match) -> bool:
        """A junk text of one word that is the initials of words a name of the list writes, typed with another word
        of the list's ("IS-2200 Basic EOC": "EOC" is the seed's end-of-course assessment, and the list's "Basic
        Emergency Operations Center Functions"); not typed alone ("CTE")."""
        if " " in found or found not in self.refs.initials:
            return False
        rest = basic_clean(cleaned[: match.start()] + " " + cleaned[match.end():])
        return any(w in self.refs.token_index for w in {*rest.split(), *self.normalize[rest].split()} - GENERIC_WORDS
                   if len(w) >= 2 and not w.isdigit())

    def _a_form_of_a_list_word(self, word: str) -> bool:
        """A word no name of the list writes, another form of a word one does (word_forms: "cosmetology" beside
        "cosmetologist")."""
        return len(word) >= 6 and any(word_forms(word, w) for w in words_starting(self.refs, word[:5], 0))

    def _a_school_subjects_word(self, word: str) -> bool:
        """A word of a subject said to be a school's program, in no name of the list: cut short from a longer word of
        the list ("auto" for "automotive"), or a word of letters the list writes nothing like ("forestry"), neither a
        vendor's name nor one letter from a word of the list (a misspelt word may be a word of the credential's name:
        "Stor Professional Program")."""
        if len(word) >= 4 and words_starting(self.refs, word):
            return True
        return (len(word) >= 3 and word.isalpha() and not self.is_vendor(word)
                and not one_letter_away(self.refs, word))

    def _a_note_on_the_record(self, cleaned: str) -> str | None:
        """The reason of the junk seed's first `word` entry in a mention made only of such words, numbers, small
        words and words that say a credential was earned, not which ("no IRC earned", "Certificate earned - see
        portfolio", "Expired 2022", "N/A - not applicable to program"), unless the mention is a name of the list or
        words of one ("Class A"). A letter alone is a word of its own ("A+ passed" names the A+)."""
        # (most texts hold neither "n a" nor "n t": the two substitutions are skipped)
        words = (_CONTRACTION.sub(r"\1nt", _N_A.sub("na", cleaned)) if "n a" in cleaned or "n t" in cleaned
                 else cleaned).split()
        junk = self._note_words
        if junk.keys().isdisjoint(words):
            return None
        first = next(w for w in words if w in junk)
        normalized = self.normalize[cleaned]
        if normalized in self.refs.exact or normalized in self.refs.name_phrases:
            return None
        for w in words:
            if not (w in junk or w in _FILLER or _ORDINAL.fullmatch(w) or w.isdigit()
                    or self.normalize[w] in _EARNED_WORDS):
                return None
        return junk[first]

    @functools.cached_property
    def _note_words(self) -> dict[str, str]:
        """The junk seed's `word` entries, and a word it gives alone as an `exact` text ("SkillsUSA competition"),
        but for words saying a credential was earned ("Certification" alone names none; "609 Certification" is
        the 609's)."""
        return self.refs.junk_words | {w: reason for w, reason in self.refs.junk_exact.items()
                                       if " " not in w and w.isalpha() and w not in self.refs.junk_words
                                       and w not in _EARNED_WORDS}

    @functools.cached_property
    def _courses_normalised(self) -> dict[str, str]:
        """The junk seed's `course` entries, normalised ("automotive technology" for "auto tech")."""
        return {self.normalize[course]: reason for course, reason in self.refs.junk_courses.items()}

    def _a_name_begun_so(self, first: str, subject: str) -> bool:
        """A name of the list holds every word of the subject the list uses (an edition typed, "5th edition", may be
        written otherwise) and a word beginning as the course's first word does ("introductory" for "intro")."""
        stem = _COURSE_STEM[first]
        words = tokens(self.normalize[subject])
        known = frozenset(w for w in words if w in self.refs.token_index)
        return any(any(w.startswith(stem) for w in self.refs.by_code[c].tokens)
                   for c in self.refs.holding_every_word(known or words))

    def _holds_a_known_word(self, text: str, also: frozenset[str] = frozenset()) -> bool:
        """A word of the text (of two letters or more, cleaned or normalised: abbreviations spelled out) is a word
        of the list's names, a vendor's, or one of ``also``."""
        cleaned = basic_clean(text)
        refs = self.refs
        return any(w in refs.token_index or w in refs.vendor_alias or w in also
                   for w in {*cleaned.split(), *self.normalize[cleaned].split()} if len(w) >= 2)

    @memoised
    def entry_parts(self, name: str | None, vendor: str | None) -> EntryParts:
        """A raw entry's fields, with a vendor typed in the name field put back (see _name_and_vendor); memoised,
        since a name and vendor come with many CIPs."""
        fixed_name, fixed_vendor = self._name_and_vendor(name, vendor)
        reason = self.junk_reason[fixed_name]
        read = self.checklist[name]
        if read.reason in _NAMES_NOTHING and fixed_vendor and self.is_vendor(
                fixed_vendor) and basic_clean(fixed_vendor) not in TEST_PROVIDERS:
            # a badge link of ids only, or an export's placeholder, typed with an issuer: one of its credentials,
            # which it does not say ("credly.com/badges/a81f2e57-..." from NCCER, "null" from NCCER)
            fixed_name, reason = fixed_vendor, None
        elif read.none_earned:
            # every item marked not earned: the junk seed's reason where it has one ("CNA - failed": a failed
            # attempt), else the checklist's (or the badge reading's); never undone below
            reason = read.reason if read.reason in _NAMES_NOTHING else reason or read.reason
        elif reason == NUMBER_ONLY and (fixed_vendor and self.is_vendor(fixed_vendor)
                                        and _EXAM_NUMBER.search(fixed_name)
                                        or _AN_EXAMS_NUMBER.fullmatch(fixed_name.strip())
                                        or basic_clean(fixed_name) in self.refs.exam_codes):
            # an exam number typed with its vendor ("220-1101" from CompTIA), or alone in an exam's shape, two or three
            # digits, a dash and three ("98-361", "200-301"), or an exam code of our abbreviation seed ("220-1001"),
            # names a credential, which the list may name otherwise: resolved or review, not junk
            reason = None
        elif reason and fixed_vendor and self.is_vendor(fixed_vendor) and set(
                self.normalize[fixed_name].split()) <= _EARNED_WORDS:
            # a vendor's name and a word saying a credential was earned ("NCCER certified", "CompTIA
            # certification"): one of its credentials, which the entry does not say: review, not junk
            reason = None
        return EntryParts(fixed_name, fixed_vendor, self.vendor_key[fixed_vendor], reason,
                          self._without_status_words(self.normalize[fixed_name]))

    def _without_status_words(self, normalized: str) -> str:
        """A normalised write-in without the words saying it was earned ("CPC exam - passed": "cpc exam"), unless the
        list's names use them, nothing else is left, or another word of the junk seed beside them may undo them
        ("CPC not passed")."""
        words = normalized.split()
        status = [w for w in words if w in _HELD_WORDS and w not in self.refs.token_index]
        if not status or any(w in self.refs.junk_words and w not in _HELD_WORDS for w in words):
            return normalized
        kept = [w for w in words if w not in status]
        return " ".join(kept) if kept else normalized

    def _without_a_place(self, name: str) -> str:
        """A write-in without the county or parish written after a dash or a comma at its end ("EMT license -
        Jefferson Parish", "CNA, Caddo Parish"): the school's place, no word of a credential, unless the list's
        names use the word."""
        match = _PLACE_AFTER.search(name)
        if not match or match.group(1).lower() in self.refs.token_index or not name[:match.start()].strip():
            return name
        return name[:match.start()]

    def _name_and_vendor(self, name: str | None, vendor: str | None) -> tuple[str, str | None]:
        """The vendor typed in the name field and the credential in the vendor field, or the name left blank and the
        credential typed as the vendor: put each back in its place."""
        # a form's or a report's label before the credential ("Other (please specify): ...", "Industry Credential:
        # ...", "IRCs earned - ...", "Gr 11 - ...", "12th grd ..."): no words of it; not a record of fields, each
        # labelled ("Credential: Data+ | Vendor: CompTIA", "cert=CCNA;exam=200-301": exports.py reads those)
        if name and _FORM_LABEL_HINT.search(name) and not _ANOTHER_FIELD.search(_FORM_LABEL.sub("", name, 1)):
            name = "\n".join(_FORM_LABEL.sub("", line) if re.search(r"[A-Za-z]", _FORM_LABEL.sub("", line)) else line
                              for line in name.split("\n"))
        name = self._without_a_course_before(name) if name and _COURSE_LEAD.match(name) else name
        # a heading of the list typed before the credential ("Culinary Arts - ServSafe Manager"), as its names are
        # read without theirs
        if name and self.refs.headings:
            rest = list_features.without_heading(name, self.refs.headings)
            name = rest if re.search(r"[A-Za-z]{2}", rest) else name
        name = nccer_modules_put_back(self.refs, spoken_put_back(self.refs, ocr_put_back(self.refs,
                                                                                         self.checklist[name].text)))
        # (words typed without vowels to fit a short field: "frklft", "cert nrsng asst"; shorthand.py)
        name = shorthand_reading(name, self._a_known_word, self._list_words_from)
        # (and typed fast, with a keyboard's slips: "Drvitoyu+", "Net=", "EMR nad CPR", "CNA. BLS"; keyboard.py)
        name = keyboard_reading(name, self._a_word_of_the_names, self._a_word_written_whole)
        vendor = ocr_put_back(self.refs, without_platform(vendor)) if vendor else vendor
        name = adobe_codes_put_back(self.refs, name, vendor)
        if not self._a_spanish_list:
            # a write-in typed in Spanish on a list written in English ("Licencia de montacargas"), its vendor too
            # ("Cruz Roja Americana"): in English (spanish.py)
            name, vendor = spanish_put_back(name) or name, spanish_put_back(vendor)
        # a credential named by a title it had before a renaming the list knows ("ITF+" for "Tech+"; renamed.py)
        name = renamed_put_back(self.refs.renamings, name)
        # a school information system's own code before each value ("IND_CERT_0123 SERVSAFE MGR", "CERT-HOSP-07:
        # AHLEI CGSP"): no name of the list's
        if name and ("_" in name or "-" in name):
            name = _LOCAL_CODE.sub(lambda m: m.group(0) if self._a_code_of_the_list(m.group(2)) else m.group(1), name)
        # the two parts of one exam ("written & practical", "cognitive and psychomotor", "written + skills"): no
        # credentials of their own ("practical" is no licensed practical nurse), unless they are all the text says or
        # the list writes such parts as credentials ("NIC Cosmetology Written Exam", "NIC ... Theory")
        if name and not self._names_write_exam_parts:
            parts = re.sub(r"[ \t]{2,}", " ", _EXAM_PARTS.sub(" ", name)).strip()
            name = parts if basic_clean(parts) else name
        # (a text of no credential as typed stays so: "Test score: 90 points")
        name = self.refs.normalize.expand_raw(name if self.junk_reason[name] else without_resume_words(self.refs, name))
        # (a vendor with words such as "cert" is a vendor too: "CompTIA cert" from "IT Fundamentals")
        vendor_only = " ".join(w for w in self.normalize[name].split() if w not in GENERIC_WORDS)
        if (self.is_vendor(name) or self.is_vendor(vendor_only)) and vendor and not self.is_vendor(vendor) and (
                self._holds_a_known_word(vendor)
                or any(self.mended_word[None, w, None][1] for w in basic_clean(vendor).split())) \
                and not (self.junk_reason[name] and set(basic_clean(vendor).split()) & _ORGANISATION_WORDS) \
                and not self.junk_reason[vendor]:
            # (not a vendor neither the list nor the seed knows, no word of a credential, even misspelt: "PTCB" from
            # "Pearson VUE"; "State Fire Marshal" from "Firefighteer I" is swapped; nor a text the junk seed names,
            # which our alias seed reads as a vendor too, from an organisation: "Dual Credit" from "College of
            # Southern Idaho", where "Dual Credit" from "Certified Nursing Assistant" is swapped; nor a vendor field
            # the junk seed names, a class: "Elanco certification" from "Vet Science class" is no swap)
            return vendor, name if self.is_vendor(name) else vendor_only
        if not name.strip() and vendor and not self.is_vendor(vendor):
            return vendor, ""
        name = self._without_foreign_exam_codes(name)
        name = self._without_a_place(name)
        name, vendor = self._bracketed_vendor(name, vendor)
        name, vendor = self._vendor_after_a_dash(name, vendor)
        name, vendor = self._vendor_after_a_word(name, vendor)
        name, vendor = self._vendor_before_a_dash(name, vendor)
        issuer = self._unknown_issuer(name, vendor)
        if issuer:
            return name.split(None, 1)[1], issuer
        if not (vendor or "").strip() or basic_clean(vendor) in TEST_PROVIDERS:
            # a vendor of the list typed before the name, the vendor field blank ("Red Cross First Aid/CPR/AED") or
            # naming a test provider ("ISC2 CC" from Pearson VUE): its vendor, as for a piece (piece_reading); where
            # the list gives the test provider rows of its own, only when a name of the vendor typed holds the rest
            # ("PTCB CPhT" from Pearson VUE, the list's vendor of its A+ row; not "AMT General" from PSI, the list's
            # vendor of its "FAA Aviation Maintenance Technician - General", though AMT is a vendor of the list)
            listed = bool((vendor or "").strip()) and self.vendor_key[vendor] in self.refs.vendor_keys
            alias, words = self._list_vendor_before(basic_clean(name)), name.split()
            for k in range(1, len(words)) if alias else ():
                head, rest = " ".join(words[:k]), " ".join(words[k:])
                if basic_clean(head) == alias and (not listed or any(
                        self.refs.vendor_of(c) == self.vendor_key[head]
                        for c in self.refs.holding_every_word(tokens(self.normalize[rest])))):
                    return rest, head
        return name, vendor

    @memoised
    def fields_swapped(self, name: str | None, vendor: str | None) -> tuple[str, str] | None:
        """(name, vendor) as they would be with the fields swapped, for a credential typed in the vendor field: the
        vendor field holds words of the list's names and is no vendor nor junk, and the name field is a person's or a
        school's (a person's name by junk_reason, or _A_PERSON_OR_A_SCHOOL without a number) or a vendor of the list
        (by its initials too: "SDA" for the State Department of Agriculture) holding no word of its names; else None.
        A person's, a school's or a chapter's name is no vendor (then blank). split.resolve_whole reads it so when
        the fields as typed resolve nothing and the swapped ones do."""
        if (not name or not vendor or self.is_vendor(vendor) or self.vendor_key[vendor] in self.refs.vendor_keys
                or self.junk_reason[vendor] or not self._holds_a_known_word(vendor)):
            return None
        if self.vendor_key[name] in self.refs.vendor_keys and not self._holds_a_known_word(name):
            return vendor, name
        reason = self.junk_reason[name] or ""
        if reason.startswith("a person's name") or _A_PERSON_OR_A_SCHOOL.search(name) and not _HAS_DIGIT(name):
            return vendor, ""
        return None

    def _a_code_of_the_list(self, code: str) -> bool:
        """A code typed that the list reads: one of its codes, a name or variant of it, or words and numbers its names
        all write ("IPC-A-610", "J-STD-001")."""
        cleaned = basic_clean(code)
        return (cleaned in self.refs.codes_typed or cleaned in self.refs.exact
                or self.normalize[code] in self.refs.exact
                or all(w in self.refs.token_index for w in self.normalize[code].split()))

    def _list_vendor_before(self, cleaned: str) -> str | None:
        """The alias of a vendor of the list that a cleaned text starts with, before words that are no vendor's, or
        None."""
        for alias in self.refs.prefix_by_word.get(cleaned.partition(" ")[0], ()):
            rest = cleaned[len(alias) + 1 :]
            if (cleaned.startswith(alias + " ") and rest and self.normalize[rest] not in self.refs.vendor_alias
                    and self.vendor_key[alias] in self.refs.vendor_keys):
                return alias
        return None

    @functools.cached_property
    def _names_write_exam_parts(self) -> bool:
        """A name of the list writes a written, knowledge, cognitive or theory part of an exam ("NIC Cosmetology
        Written Exam"): there the parts are credentials of their own."""
        return any(re.search(rf"(?i)(?<![A-Za-z]){_PART_1}(?![A-Za-z])", c.name) for c in self.refs.credentials)

    @functools.cached_property
    def _a_spanish_list(self) -> bool:
        return spanish_list([c.name for c in self.refs.credentials])

    @functools.cached_property
    def _unique_words(self) -> dict[str, str]:
        """Words of four letters or more that one name of the list alone holds, each with its credential
        ("photoshop"), words such as "certified" and the vendors' words aside (pieces.split_pieces)."""
        refs = self.refs
        return {w: next(iter(codes)) for w, codes in refs.token_index.items()
                if len(codes) == 1 and len(w) >= 4 and w.isalpha() and w not in GENERIC_WORDS
                and w not in self._vendor_words and w not in refs.vendor_alias}

    @functools.cached_property
    def _vendors_of_the_list(self) -> frozenset[str]:
        """The vendors of the list's vendor column, and those its names write (a names-only list's "(International
        Information System Security Certification Consortium)": ISC2)."""
        return frozenset(self.refs.vendor_keys).union(*self.refs.vendors_named.values())

    @functools.cached_property
    def _exam_code_numbers(self) -> frozenset[str]:
        """The numbers of three digits or more the list's names write in an exam code, after letters ("AI-900",
        "AZ900", "IS-700"), not alone ("Improvement 200")."""
        return frozenset(n.lstrip("0") for c in self.refs.rows for n in _EXAM_CODE_NUMBER.findall(c.name))

    @functools.cached_property
    def _cips_in_names(self) -> frozenset[tuple[str, str]]:
        """The numbers shaped as CIP codes ("51.3902") the list's names write, as read (a list writing its
        programmes' CIP codes after its names has them read off: indexing.build_refs)."""
        return frozenset(m.group(1, 2) for c in self.refs.rows for m in _CIP_TYPED.finditer(c.name))

    @functools.cached_property
    def _code_series(self) -> dict[str, int]:
        """Letters -> how many of the list's names write a code of those letters and a number ("IS-100.c", "IS-2200":
        "is" in two names or more), cleaned."""
        count: dict[str, int] = {}
        for c in self.refs.rows:
            for letters in {m.group(1).lower() for m in re.finditer(r"(?<![\w.-])([A-Za-z]{1,4})[- ]?\d{2,}", c.name)}:
                count[letters] = count.get(letters, 0) + 1
        return count

    def _a_code_series(self, letters: str) -> bool:
        """Letters the list's names write before a number in two names or more (_code_series: "is")."""
        return self._code_series.get(letters.lower(), 0) >= 2

    def code_of_a_series(self, text: str) -> bool:
        """A code alone, of a series the list writes (_a_code_series: "IS-775", "IS 701")."""
        series = re.fullmatch(r"\s*([A-Za-z]{1,4})[- ]?\d{2,}(?:\.[A-Za-z])?\s*", text)
        return bool(series) and self._a_code_series(series.group(1))

    def _without_foreign_exam_codes(self, name: str) -> str:
        """The name without exam codes the list's names never use ("Security+ SY0-601", "MTA Networking
        Fundamentals 98-366", "(77-727)"): the list names the credential, not its exam, and the code's numbers
        would only keep the name from it. A code the list uses ("AZ-900" in "Azure Fundamentals (AZ-900)") stays.
        So does a version's year only where the list writes it ("MOS Word 2019", not "ACU AutoCAD 2024")."""
        if not _HAS_DIGIT(name):
            return name
        used = self.refs.numbers_used

        def foreign(match: re.Match) -> str:
            digits = re.findall(r"\d{3,}", match.group(0))
            code = basic_clean(match.group(0))
            phrases = self.refs.name_phrases
            # all its piece says, words saying it was passed and other codes aside ("SY0-701 passed", "AZ-900 &
            # AI-900", "AZ-900, AI-900, SC-900": a code no name or seed row reads goes to review as a piece of its
            # own, not left out)
            beside = _PIECE_END.split(name[:match.start()])[-1] + " " + _PIECE_END.split(name[match.end():])[0]
            alone = not any(w.lower() not in _PASSED_EXAM
                            for w in re.findall(r"[A-Za-z0-9]+", _EXAM_CODE.sub(" ", beside)))
            if not digits or code in self.refs.exam_codes:
                # "CLF-C02", "SAA-C03", "200-301": a cloud exam's code, or one of the abbreviation seed's, foreign
                # unless the list's names write it or it is all its piece says ("SY0-601, N10-009": the seed reads
                # it as the credential, "security plus")
                return match.group(0) if code in phrases or alone else " "
            family = code.rsplit(" ", 1)[0]
            if code not in phrases and re.match(r"[a-z]+ \d", family) and family in phrases:
                # another exam of a code the list writes ("N10-009" beside the list's "N10-008": the same
                # credential's newer exam; not "AZ-900" beside "AI-900", another credential's code)
                return " "
            series = re.fullmatch(r"([a-z]{1,4}) \d{2,}", code)
            if series and self._a_code_series(series.group(1)):
                # a code of a series whose other numbers the list's names write ("IS-775" beside the list's "IS-100.c",
                # "IS-2200"...): another credential of the series, which the list may lack, not an exam's code
                return match.group(0)
            return " " if not alone and not any(d.lstrip("0") in used for d in digits) else match.group(0)

        kept = _EXAM_CODE.sub(foreign, name) if "-" in name else name
        # a version or exam code glued to letters ("ICND1", "EX200", "v12", "GS5") whose letters are no word of the
        # list's names, and which no name holds as it is
        index, codes = self.refs.token_index, self.refs.glued_codes

        def glued(match: re.Match) -> str:
            letters, number = match.groups()
            rest = _DASHED_REST.match(match.string, match.end())
            if rest and _EXAM_CODE.fullmatch(match.group(0) + rest.group(0)):
                # (an exam's code the step above kept, alone in its piece: "XK0-005" from Pearson VUE)
                return match.group(0)
            if (match.group(0).lower() in codes or self.vendor_key[match.group(0)] in self._vendors_of_the_list
                    or self.refs.normalize(match.group(0)) in self.refs.codes_typed
                    or letters.lower() in self.refs.code_letters and len(number) in self.refs.code_digits
                    or rest and basic_clean(match.group(0) + rest.group(0)) in self.refs.exam_codes):
                # (nor the name of a vendor of the list: "ISC2 CC"; nor a code of the list, or one in the form of its
                # codes, "CTHLT210", which Words.an_unlisted_code sends to review; nor the letters of a seed's exam code
                # kept above, "SY0" of "SY0-601")
                return match.group(0)
            if letters in "vV":
                return " "  # a version, whatever the list's words ("v" may be one: "Tivoli ... V7.0")
            # the letters as the list would read them ("Lvl1": "lvl" is "level", a word of its names; a roman
            # numeral the abbreviations read as a number is no word), or one letter and a number the names use (a
            # level: "L1", "L2")
            known = any((w in index or w in GENERIC_WORDS) and not w.isdigit() for w in self.normalize[letters].split())
            # (nor an exam code of three digits or more that a name writes with other letters: "AZ900" beside the
            # list's "AI-900" is another credential's, as the dashed "AZ-900" is in foreign)
            exam = len(number) >= 3 and number.lstrip("0") in self._exam_code_numbers
            return match.group(0) if known or exam or len(letters) == 1 and number.lstrip("0") in used else " "

        kept = _GLUED_CODE.sub(glued, kept)
        # a version's year no name of the list writes ("ACU AutoCAD 2024"): a year tells versions apart only where
        # the list writes them
        if not _TERM.search(kept):  # not a date or a term ("Fall 2021"), which is junk
            kept = _YEAR.sub(lambda m: m.group(0) if m.group(0) in index else " ", kept)
        # a programme's CIP code the clerk typed ("MOS Excel (52.0407)", "certified nursing asst 51.3901"), whose
        # numbers no name writes: no number of the credential's
        kept = _CIP_TYPED.sub(lambda m: m.group(0) if m.group(1, 2) in self._cips_in_names else " ", kept)
        # (nothing but separators left, "MO-100, MO-200, MO-300": the codes are all the entry names)
        return " ".join(kept.split()) if kept != name and basic_clean(kept) else name

    def _bracketed_vendor(self, name: str, vendor: str | None) -> tuple[str, str | None]:
        """A known vendor in brackets after the name ("CDA (DANB)", "CMA (AAMA)"), or in capitals the initials of
        one of the list's vendors ("CCA (AHIMA)"): the vendor, typed in the name field; read as the vendor when the
        vendor field is blank or names the same one. Not a word of the list's names ("Certified Food Protection
        Manager (ServSafe)" is how a list may write a name), unless the names holding it have no vendor in the list's
        column and write it as their issuer, first or after a dash at their end ("CPT (NHA)", where a names-only
        list writes "NHA Certified Clinical Medical Assistant (CCMA)" and "ExCPT Pharmacy Technician Certification
        - NHA"), or are that vendor's in the list's column."""
        match = _TRAILING_BRACKET.search(name)
        if not match or not match.start():
            return name, vendor
        return self._vendor_after_the_name(name[: match.start()].strip(), match.group(1), name, vendor)

    def _vendor_after_a_dash(self, name: str, vendor: str | None) -> tuple[str, str | None]:
        """A known vendor after a dash between spaces ending the name ("CPT - NHA"): read as one in brackets there
        (_bracketed_vendor), with the same checks."""
        head, dash, last = name.rpartition(" - ")
        if not dash or not head.strip() or "(" in last or not self.is_vendor(last.strip()):
            return name, vendor
        return self._vendor_after_the_name(head.strip(), last.strip(), name, vendor)

    def _vendor_after_a_word(self, name: str, vendor: str | None) -> tuple[str, str | None]:
        """A vendor after "via", "thru", "through", "by" or "from" ending the name ("Part 107 & TRUST via FAA", "PQA
        Plus + TQA thru National Pork Board"): read as the vendor, when the vendor field names none (blank, a school,
        a test provider) or the same one. A vendor known to our alias seed or to the list's column, its name as
        written there; not a school or a place ("via Central HS culinary")."""
        found = _VENDOR_AFTER_A_WORD.match(name)
        if not found or not self._holds_a_known_word(found.group(1)):
            return name, vendor
        written = found.group(2).strip()
        theirs = self.vendor_key[written]
        if not (self.is_vendor(written) or theirs in self.refs.vendor_keys) or self.junk_reason[written]:
            return name, vendor
        if vendor and vendor.strip() and self.is_vendor(vendor) and basic_clean(vendor) not in TEST_PROVIDERS \
                and self.vendor_key[vendor] != theirs:
            return name, vendor
        return found.group(1).strip(), written

    def _vendor_after_the_name(self, head: str, written: str, name: str,
                               vendor: str | None) -> tuple[str, str | None]:
        """The checks of _bracketed_vendor on a vendor ``written`` after the rest of the name, ``head``: (head, the
        vendor) when it is read as the vendor, (name, vendor) as typed otherwise."""
        if self.junk_reason[written]:
            # (nor a text the junk seed names, which our alias seed reads as a vendor too: "Anatomy & Physiology
            # (dual credit)" is a college course)
            return name, vendor
        inner = basic_clean(written)
        refs = self.refs
        known = inner in refs.vendor_alias or (list_features.CAPITALS.fullmatch(written.strip()) is not None
                                               and self.vendor_key[written] in refs.vendor_keys)
        # (the names holding its words may also be the vendor's own, in the list's column: "MSSC CPT Safety
        # Certificate" under the MSSC, for "CPT (MSSC)")
        theirs = self.vendor_key[written]
        if not known or any((w not in self._issuer_written[code] or refs.by_code[code].vendor_key)
                            and refs.by_code[code].vendor_key != theirs
                            for w in inner.split() for code in refs.token_index.get(w, ())):
            return name, vendor
        if vendor and self.vendor_key[vendor] != theirs:
            if self.is_vendor(vendor) and basic_clean(vendor) not in TEST_PROVIDERS:
                return name, vendor
            # a vendor field naming no issuer, or a test provider ("CMA (AAMA)" from "Prometric Center #2291", "CPhT
            # (PTCB)" from "Walgreens #7731", the student's placement): the issuer written in the name
            return head, written
        return head, vendor or written

    @memoised
    def _issuer_written(self, code: str) -> frozenset[str]:
        """The words of a known vendor a name writes as its issuer: first ("NHA Certified Clinical Medical Assistant
        (CCMA)") or after its last dash between spaces ("Certified EKG Technician (CET) - NHA")."""
        name = self.refs.by_code[code].name
        _, dash, tail = name.replace(" – ", " - ").rpartition(" - ")
        words = set(basic_clean(tail).split()) if dash and self.is_vendor(tail.strip()) else set()
        first = basic_clean(name).split()
        for n in range(1, min(len(first), 6)):
            if " ".join(first[:n]) in self.refs.vendor_alias:
                words.update(first[:n])
        return frozenset(words)

    def _vendor_before_a_dash(self, name: str, vendor: str | None) -> tuple[str, str | None]:
        """A known vendor, then a dash between spaces, then the credential ("American Heart Association - Heartsaver
        CPR AED"): the vendor typed in the name field (when the vendor field is blank, names the same one, or names
        no vendor of the list while the one typed in the name is the list's). Not a
        vendor alias that is junk too, typed for the credential ("Dual Enrollment - HACC": a college's courses)."""
        first, dash, rest = name.partition(" - ")
        if not dash or not rest.strip() or not self.is_vendor(first.strip()) or self.junk_reason[first.strip()]:
            return name, vendor
        if set(self.normalize[rest].split()) <= _STATUS_WORDS | _EARNED_WORDS:
            # only words saying it was earned after the dash ("W!SE Financial Literacy - passed"): the name before it
            return name, vendor
        typed = self.vendor_key[vendor] if vendor else ""
        if typed and typed != self.vendor_key[first.strip()]:
            if typed in self.refs.vendor_keys or self.vendor_key[first.strip()] not in self.refs.vendor_keys:
                return name, vendor
            # a vendor field naming no vendor of the list (a test provider: "NREMT - EMT" from Pearson VUE) gives
            # way to the list's vendor typed in the name
            return rest.strip(), first.strip()
        return rest.strip(), vendor or first.strip()

    @memoised
    def piece_reading(self, text: str, vendor_key: str) -> tuple[str, str]:
        """A piece of a split entry as it is resolved: its normalised text with the entry's vendor or, the entry's
        vendor blank, an issuer typed before it read as its vendor, as for a whole entry (_unknown_issuer: "MSSC
        CLA, CLT" is "CLA" and "MSSC CLT", read as "CLT", from the MSSC). A known vendor other than the entry's
        typed before the piece makes it read as with no vendor typed ("CNA w/ AHA BLS"), and one in brackets after
        it is its own whatever the entry's ("CMA (AAMA) + CPT (NHA)", whose vendor is read off its end)."""
        if VENDORS_APART in vendor_key:
            # the vendor field names several vendors: the piece's own, or none
            return self.piece_reading[text, self._vendor_of_the_piece(text, vendor_key.split(VENDORS_APART))]
        name, vendor = self._bracketed_vendor(text, None)
        if not vendor and not vendor_key:
            # (or after "via", "by", "from": "TRUST via FAA")
            name, vendor = self._vendor_after_a_word(text, None)
        if vendor:
            # (the entry's own vendor too, read off the piece's end: "CDA (DANB) / RHS / ICE" from DANB)
            return self._without_status_words(self.normalize[name]), self.vendor_key[vendor]
        first, _, rest = text.strip().partition(" ")
        if vendor_key and rest and self.is_vendor(first) and self.vendor_key[first] != vendor_key:
            # another vendor typed before the piece is its own ("CNA w/ AHA BLS" from the state's health department)
            return self.piece_reading[text, ""]
        if not vendor_key:
            issuer = self._unknown_issuer(text, None)
            if issuer:
                return self._without_status_words(self.normalize[text.split(None, 1)[1]]), self.vendor_key[issuer]
            # and a vendor of the list typed before it ("Red Cross BLS, Lifeguarding": the Red Cross's BLS)
            cleaned = basic_clean(text)
            alias = self._list_vendor_before(cleaned)
            if alias:
                return self._without_status_words(self.normalize[cleaned[len(alias) + 1 :]]), self.vendor_key[alias]
        return self._without_status_words(self.normalize[text]), vendor_key

    def _unknown_issuer(self, name: str, vendor: str | None) -> str | None:
        """An acronym in capitals that no name of the list uses, leading a name whose other words are the list's
        ("NCCCO Crane Operator", "NIMS Machining Level I"): the issuer typed before the credential, read as the
        vendor (when the vendor field is blank or says the same). Not a word of the list, a vendor or abbreviation
        the references know, nor before fewer than two of the list's words (it may be the credential itself). Also
        an issuer before an acronym naming one credential ("FOA CFOT"), and a known vendor before a shared acronym
        with the vendor field blank ("DANB CDA")."""
        first, _, rest = name.strip().partition(" ")
        if not vendor and self._known_vendor_before_a_shared_acronym(first, rest):
            # (a vendor glued to a number too: "ISC2 CC")
            return first
        if not list_features.CAPITALS.fullmatch(first) or (vendor and basic_clean(vendor) != basic_clean(first)):
            return None
        refs = self.refs
        word = basic_clean(first)
        if self._issuer_before_an_acronym(first, rest):
            return first
        if (word in refs.token_index or word in refs.vendor_alias or word in refs.shared_acronyms
                or self.normalize[first] != word):
            return None
        known = [w for w in self.normalize[rest].split() if w in refs.token_index and w not in GENERIC_WORDS]
        beside = {c for w in known for c in refs.token_index[w]}  # the names holding one of the other words
        if len(word) >= 3 and any(refs.holding_every_word(phrase.split()) & beside
                                  for phrase in refs.initials.get(word, ())):
            # the initials of words of a name that holds one of the other words too: an abbreviation of that name,
            # not an issuer ("ITS Python and Java" for "IT Specialist - Python" and "- Java")
            return None
        if len(word) >= 3 and any(len(refs.exact.get(phrase, ())) == 1 for phrase in refs.initials.get(word, ())):
            # the initials of one credential's whole name: that credential, typed before another ("LICT + ISA
            # Certified Arborist" for "LANDSCAPE INDUSTRY CERTIFIED TECHNICIAN" and the arborist)
            return None
        # two of the list's words, or an acronym of the list naming one credential alone ("BOMI SMC": the Systems
        # Maintenance Certificate's "SMC")
        all_caps = not any(ch.islower() for ch in name)
        acronyms = [basic_clean(w) for w in rest.split() if list_features.CAPITALS.fullmatch(w)
                    and (not all_caps or basic_clean(w) in self._capital_words)]
        return first if len(known) >= 2 or any(len(refs.token_index.get(w, ())) == 1 for w in acronyms) else None

    def _known_vendor_before_a_shared_acronym(self, first: str, rest: str) -> bool:
        """A known vendor's acronym before an acronym the list gives to several credentials, the vendor field blank
        ("DANB CDA", "NHA CCMA"): the vendor typed in the name field, which may settle the acronym (fields.py)."""
        second = rest.strip()
        # (an acronym may hold a small letter: "PTCB CPhT"; and the vendor may be the initials of the issuer a
        # names-only list writes in words: "NASM CPT" for "... (National Academy of Sports Medicine)", or of a vendor
        # in the list's column: "AHIMA CCA" for its American Health Information Management Association)
        return ((self.is_vendor(first) or basic_clean(first) in self._issuer_initials
                 or list_features.CAPITALS.fullmatch(first) is not None
                 and self.vendor_key[first] in self.refs.vendor_keys - {basic_clean(first)}) and " " not in second
                and sum(ch.isupper() for ch in second) >= 2 and self.normalize[second] in self.refs.shared_acronyms)

    @functools.cached_property
    def _issuer_initials(self) -> frozenset[str]:
        """The initials of the parts of the list's names naming their issuers that no name writes as a word
        (indexing._index_issuer_parts)."""
        refs = self.refs
        return frozenset(w for words in refs.issuer_words.values() for w in words if w not in refs.token_index)

    def _issuer_before_an_acronym(self, first: str, rest: str) -> bool:
        """Two acronyms, the second naming one credential of the list (its exact name, or a word of its name alone)
        and the first no name of one ("FOA CFOT", "PMI CAPM"): the first is its issuer, even where the list writes
        it in other names ("FOA CFxT")."""
        refs = self.refs
        second = rest.strip()
        # (an acronym may hold a slash: "NHA CPCT/A")
        if not list_features.CAPITALS.fullmatch(second) and not _SLASHED_ACRONYM.fullmatch(second):
            return False
        word = basic_clean(second)
        # in a write-in typed all in capitals, capitals tell no acronym: the second must be one the list writes in
        # capitals ("GREEN BELT" is no issuer before "Belt", the one word of "Lean Six Sigma Yellow Belt")
        all_caps = not any(ch.islower() for ch in first + second)
        names_one = len(refs.exact.get(self.normalize[second], [])) == 1 or (
            (not all_caps or word in self._capital_words) and len(refs.token_index.get(word, ())) == 1)
        # (nor the first an acronym one name of the list writes: "PCEP PCAP" is two credentials)
        return (names_one and word not in refs.shared_acronyms and not refs.exact.get(self.normalize[first])
                and basic_clean(first) not in self._credential_acronyms)

    @memoised
    def split_source(self, name: str | None, vendor: str | None) -> tuple[str, str]:
        """The text an entry is cut into pieces from, and the vendor key its pieces read with: its name and vendor as
        read (entry_parts), but a known vendor in brackets or after "via", "by", "from" ending a name typed with no
        vendor stays in the text, the last piece's own (piece_reading), when the name is several pieces ("CBCS and
        CCA (AHIMA)": the CBCS is not the AHIMA's; "cpr card and first aid from red cross")."""
        parts = self.entry_parts[name, vendor]
        name, vendor = ocr_put_back(self.refs, self.checklist[name].text), ocr_put_back(self.refs,
                                                                                      without_platform(vendor))
        if name and not (vendor or "").strip() and parts.vendor:
            text = self._without_foreign_exam_codes(self.refs.normalize.expand_raw(name))
            for read_off in (self._bracketed_vendor, self._vendor_after_a_word):
                stripped, found = read_off(text, None)
                if found and stripped == parts.name and len(pieces.split_pieces(text)[0]) >= 2:
                    return text, ""
            # and a vendor of the list typed before the name is its first piece's ("PTCB CPhT + Texas Pharmacy Tech
            # Trainee": piece_reading reads it so)
            if basic_clean(parts.vendor) == self._list_vendor_before(basic_clean(text)):
                return text, ""
        several = self._several_vendors(vendor)
        if several:
            return parts.name, VENDORS_APART.join(several)
        return parts.name, parts.vendor_key

    def _several_vendors(self, vendor: str | None) -> list[str]:
        """The vendors of a vendor field naming two or more, one of them at least the list's, in its order ("AHIMA /
        AAPC", "HHSC & AHA"), or none."""
        parts = [p for p in _VENDOR_FIELD_PARTS.split(vendor or "") if p.strip()]
        if len(parts) < 2:
            return []
        keys = [self.vendor_key[p] for p in parts]
        return keys if any(k in self.refs.vendor_keys for k in keys) and len(set(keys)) == len(keys) else []

    def _vendor_of_the_piece(self, text: str, vendor_keys: list[str]) -> str:
        """Of the vendors a vendor field names (split_source), the one piece of the entry is from: the one vendor
        whose credentials hold its acronym or one of its words ("CCA" from "AHIMA / AAPC": the AHIMA's coding
        associate, not the crop adviser), else none."""
        refs = self.refs
        text = self.normalize[text]
        named = set(refs.exact.get(text, ())) | {c for w in text.split() if w not in GENERIC_WORDS
                                                 for c in refs.token_index.get(w, ())}
        held = [k for k in vendor_keys if any(refs.vendor_of(c) == k for c in named)]
        return held[0] if len(held) == 1 else ""

    @memoised
    def span_plan(self, name: str) -> tuple[int, list[pieces.SpanVariant]]:
        """pieces.span_plan, memoised per name: a name comes with many vendors and CIPs and none of it reads them."""
        return pieces.span_plan(name, self.junk_reason, self._credential_acronyms, self._unique_words)

    # ---- readings of a normalised text -------------------------------------------------------------------------
    @memoised
    def variants(self, text: str) -> list[str]:
        """A text as typed and without a leading vendor name ("Adobe ...", "NRA ServSafe ...")."""
        stripped = strip_vendor(self.refs, text)
        if stripped == text:
            return [text]
        if text.startswith(stripped + " "):  # the vendor came after the name
            return [text, stripped]
        # the vendor's words that a name of the list holds with the rest kept ("HVAC Excellence Heating": "hvac
        # heating", the list's "HVAC Heating Certification", before its bare "Heating"): of readings resolving
        # equally well, the first is kept
        index = self.refs.token_index
        alias = text[: len(text) - len(stripped)].split()
        rest = [index[w] for w in stripped.split() if w in index and w not in GENERIC_WORDS]
        kept = [w for w in alias if w in index and w not in GENERIC_WORDS and any(index[w] & codes for codes in rest)]
        partial = [f"{w} {stripped}" for w in kept]
        return list(dict.fromkeys([text, *partial, stripped]))

    @memoised
    def spelled_variants(self, text: str) -> list[str]:
        """The text with its abbreviated words spelled out (see spelled_out)."""
        # not stripped of a vendor: "micro soft" read as "microsoft software" is not "software"
        options = spelled_out(self.refs, text, self.mended_word)
        return [v for v in dict.fromkeys(options) if v not in self.variants[text]]

    @memoised
    def mended_word(self, before: str | None, word: str, after: str | None) -> tuple[bool, str | None]:
        """mend_word, memoised: the same words recur in many write-ins (read as ``self.mended_word[before, word,
        after]``)."""
        return mend_word(self.refs, before, word, after)

    def fallback_readings(self, text: str, vendor_key: str) -> list[str]:
        """What the cascade tries when no variant of a text resolves: the text with its abbreviated words spelled
        out, without a version, and with its typed vendor put before it where the list writes that vendor in its
        names rather than in a vendor column ("Security+" from CompTIA: "CompTIA Security"), without the list's
        home state ("TX CNA"), or with "Level 1" read as the entry level."""
        readings = self.spelled_variants[text]
        refs = self.refs
        # a version the list writes only for other credentials ("ITIL v4 Foundation", when "V4" is a word of IBM's
        # names only): the text without it
        unversioned = " ".join(_VERSION.sub(" ", text).split())
        if unversioned != text and unversioned:
            readings = [*readings, unversioned]
        # "cert" (normalised "certification") before the words it qualifies may have been "certified": "Cert
        # Phlebotomy Tech", where the list has Phlebotomy Technician and Certified Phlebotomy Technician (CPT)
        certified = _CERT_BEFORE_A_WORD.sub("certified ", text)
        if certified != text:
            readings = [*readings, certified]
        if (vendor_key and vendor_key not in refs.vendor_keys and vendor_key in refs.name_phrases
                and f" {vendor_key} " not in f" {text} " and self.vendor_key[text] != vendor_key):
            # (not for a text that is only another name of the vendor typed: "ServSafe" from the National Restaurant
            # Association names none of its credentials)
            readings = [*readings, f"{vendor_key} {text}"]
        base = self._without_base_level[text]
        if base != text:
            readings = [*readings, base]
        if " level 1 " in f" {text} " and self._names_an_entry_level(text):
            # "Level 1" typed for the entry level ("SENSE Level 1" for the "AWS SENSE Entry Level Welder")
            readings = [*readings, *(" ".join(f" {text} ".replace(" level 1 ", f" {entry} ").split())
                                     for entry in ("entry level", "entry"))]
        readings = [*readings, *self.without_the_lists_vendor[text]]
        readings = [*readings, *self._runs_as_their_acronyms(text)]
        readings = [*readings, *self._typed_runs_as_acronyms(text)]
        shortened = self._as_the_list_shortens(text)
        if shortened != text:
            readings = [*readings, shortened]
        if vendor_key in refs.vendor_keys:
            readings = [*readings, *self._the_vendors_word_forms[text, vendor_key]]
        for state in refs.home_states:
            # the list's home state typed before or after the credential ("TX CNA"): the credential
            rest = " ".join(f" {text} ".replace(f" {state} ", " ").split())
            if rest and rest != text:
                readings = [*readings, rest]
        return readings

    @memoised
    def _the_vendors_word_forms(self, text: str, vendor_key: str) -> list[str]:
        """The text with a worker's word ("welder", "boater") read as another form of it that names of the typed
        vendor write ("welding", "boating"): "Welder Level 1" from the NCCER is its "Welding Level 1", "Boater
        Safety" from the wildlife agency its "Boating Safety Education Certificate". Only with the vendor typed: a
        worker's word alone is no field's ("food handler" is no "food handling" course)."""
        refs, words, out = self.refs, text.split(), []
        for i, word in enumerate(words):
            if len(word) < 5 or not word.endswith(("er", "ers")) or not word.isalpha():
                continue
            for other in words_starting(refs, word[:4], 0):
                if other != word and word_forms(word, other) and any(
                        refs.vendor_of(c) == vendor_key for c in refs.token_index.get(other, ())):
                    out.append(" ".join([*words[:i], other, *words[i + 1 :]]))
        return out

    def _runs_as_their_acronyms(self, text: str) -> list[str]:
        """The text with a run of three words or more the list's names spell an acronym of, which its names also
        write as a word, read as that acronym: "National Career Readiness Certificate Platinum" for "ACT WorkKeys NCRC
        - Platinum", in a list writing "National Career Readiness Certificate (NCRC)" on another row; "Beef Quality
        Assurance" for "BQA Certification". Not an acronym several credentials share, which the run may name one of
        ("Cert. Nursing Asst." is the "Certified Nursing Assistant (CNA)", not also a "Nurse Aide (CNA)")."""
        padded = f" {text} "
        return [" ".join(padded.replace(f" {run} ", f" {acronym} ", 1).split())
                for word in dict.fromkeys(text.split()) for run, acronym in self._acronym_runs.get(word, ())
                if f" {run} " in padded and f" {acronym} " not in padded]

    def _typed_runs_as_acronyms(self, text: str) -> list[str]:
        """The text, a run of three words or more typed in full and perhaps a vendor's name, with the run read as its
        initials, an acronym the list writes in capitals, gives to one credential and does not spell ("Certified
        Clinical Medical Assistant" for "CCMA-NHA"), in a list writing its names as short codes (_written_as_codes:
        elsewhere an acronym typed in full is often another credential's, "Private Pesticide Applicator" no "PPA
        Certified Professional Photographer"); small words such as "of" skipped or not."""
        if not self._written_as_codes:
            return []
        acronyms, skip = self._written_acronyms, list_features.INITIALS_SKIP
        words = text.split()
        refs = self.refs
        found = []
        for size in range(5, 2, -1):
            for start in range(len(words) - size + 1):
                run = words[start : start + size]
                # the run is all the text says, but a vendor's name and words such as "certificate"
                rest = [*words[:start], *words[start + size :]]
                # (words spelt out: of three letters or more, none an acronym the list writes, nor "plus")
                # (nor a vendor's name: "ASE Brakes automobile" is no "ABA")
                if not all(w in skip or w.isalpha() and len(w) >= 3 and w != "plus" and w not in acronyms
                           and w not in refs.shared_acronyms and w not in refs.vendor_alias for w in run) or any(
                        w not in GENERIC_WORDS and w not in refs.vendor_alias for w in rest):
                    continue
                for initials in dict.fromkeys(("".join(w[0] for w in run),
                                               "".join(w[0] for w in run if w not in skip))):
                    if initials in acronyms and initials not in words:
                        found.append(" ".join([*words[:start], initials, *words[start + size :]]))
        return found

    def _as_the_list_shortens(self, text: str) -> str:
        """The text with each word no name of the list uses read as the one word of the list shortening it, its first
        letter and then some of its letters in order ("plumbing" for the "PLMB" of "NCCER-PLMB-L1", "private" for
        the "PRIV" of "KDA-PEST-PRIV", in a list writing its names as short codes; "commercial" for the "Comm" of
        "Comm Pesticide Aplicator - Core", in a list writing its words cut short: _short_words); a word with several
        such shortenings, or none, as typed."""
        index = self.refs.token_index
        if not self._short_words:
            return text
        out = []
        for word in text.split():
            if len(word) >= 5 and word.isalpha() and word not in index:
                short = [t for t in self._short_words.get(word[0], ()) if len(t) <= len(word) - 2
                         and list_features.cut_word(t, word)]
                word = short[0] if len(short) == 1 else word
            out.append(word)
        return " ".join(out)

    @functools.cached_property
    def _short_words(self) -> dict[str, list[str]]:
        """For a list writing its names as short codes (_written_as_codes) or its words cut short (_written_cut_short),
        its words of three to five letters, no number nor a word such as "certified", by first letter; none for any
        other list (a word of a list written in words may be a word of its own: "Java" is no "JavaScript")."""
        refs = self.refs
        if not (self._written_as_codes or self._written_cut_short):
            return {}
        out: dict[str, list[str]] = {}
        for word in sorted(refs.token_index):
            if 3 <= len(word) <= 5 and word.isalpha() and word not in GENERIC_WORDS:
                out.setdefault(word[0], []).append(word)
        return out

    @functools.cached_property
    def _written_as_codes(self) -> bool:
        """The list writes one name in three or more as a short code with no space ("NCCER-PLMB-L1", "CCMA-NHA")."""
        rows = self.refs.rows
        return bool(rows) and sum(" " not in c.name.strip() for c in rows) >= len(rows) / 3

    @functools.cached_property
    def _written_cut_short(self) -> bool:
        """The list writes one name in two or more with a word cut short as the abbreviation seed knows it ("Cert
        Nursing Asst (CNA)", "NCCER Carp Lvl 1", "ASE ENTRY LVL TRUCK BRAKES"): a list built by hand to fit a
        short field, whose other words may be cut short too ("Comm Pesticide Aplicator - Core")."""
        rows = self.refs.rows
        cut = {p for p, r in self.refs.normalize.abbreviations
               if " " not in p and r and list_features.cut_word(p, r.split()[0])}
        return bool(rows) and bool(cut) and sum(
            any(w in cut for w in basic_clean(c.name).split()) for c in rows) >= len(rows) / 2

    @functools.cached_property
    def _written_acronyms(self) -> frozenset[str]:
        """The acronyms the list's names write in capitals, of three letters or more, each one credential's whose
        name does not spell it ("CCMA-NHA"; not the "Certified Medical Assistant (CMA)", whose words a "Certified
        Medication Aide" typed is not)."""
        refs = self.refs
        return frozenset(w.lower() for c in refs.rows for w in list_features.CAPITALS.findall(c.name)
                         if len(w) >= 3 and w.lower() in refs.token_index and w.lower() not in refs.shared_acronyms
                         and len(refs.token_index[w.lower()]) == 1
                         and not any(f" {run} " in f" {c.key} " for run in refs.initials.get(w.lower(), ())))

    @functools.cached_property
    def _acronym_runs(self) -> dict[str, list[tuple[str, str]]]:
        """The runs _runs_as_their_acronyms reads, by their first word: (run, acronym)."""
        refs = self.refs
        out: dict[str, list[tuple[str, str]]] = {}
        for acronym, runs in sorted(refs.initials.items()):
            if acronym in refs.token_index and acronym not in refs.shared_acronyms:
                for run in sorted(runs):
                    if len(run.split()) >= 3:
                        out.setdefault(run.split()[0], []).append((run, acronym))
        return out

    @memoised
    def without_the_lists_vendor(self, text: str) -> dict[str, str]:
        """A vendor of our alias seed typed before the name, which ``variants`` keeps since the list's names write it
        ("CompTIA Network+", where the list writes "A+ (CompTIA)" beside "Network+ (N10-009) (Computing Technology
        Industry Association)"): the text without it -> that vendor's key. The reading counts only for a credential
        of that vendor (cascade.best): "ServSafe Food Handler" is no other issuer's "Food Handler Card"."""
        refs = self.refs
        words = text.split()
        for n in range(min(len(words) - 1, 4), 0, -1):
            alias = " ".join(words[:n])
            if alias in refs.vendor_alias and alias not in refs.vendor_prefixes and words[n] not in _JOINING:
                # (not before a word joining two credentials: "Quickbooks & Intuit Bookkeeping" names two)
                return {" ".join(words[n:]): self.vendor_key[alias]}
        return {}

    def _names_an_entry_level(self, text: str) -> bool:
        """Every name holding the text's other words (its "level 1" and words such as "certified" aside) is an entry
        level's: "SENSE Level 1" beside the "AWS SENSE Entry Level Welder"; not "Electrical Level 1" beside "ASE
        Entry-Level Certification: Electrical/Electronic Systems" and other electrical names."""
        refs = self.refs
        others = [w for w in text.split() if w not in ("level", "1") and w in refs.token_index
                  and w not in GENERIC_WORDS]
        holders = refs.holding_every_word(others)
        return bool(holders) and holders <= refs.token_index.get("entry", set())

    @memoised
    def _without_base_level(self, text: str) -> str:
        """The text without a word naming the base level ("basic", "entry", "entry level") that no name holding its
        other words uses: "EMT-Basic", the old name of the EMT, against a list writing only "Emergency Medical
        Technician (EMT)" (its "Basic Life Support" holds no EMT word). The text itself otherwise."""
        words = text.split()
        base = [w for w in words if w in _BASE_LEVEL]
        index = self.refs.token_index
        others = [w for w in words if w not in _BASE_LEVEL and w in index and w not in GENERIC_WORDS]
        if not base or not others or any(index.get(b, set()) & index[o] for b in base for o in others):
            return text
        return " ".join(_BASE_LEVEL_PHRASE.sub(" ", f" {text} ").split())


def strip_vendor(refs: ResolutionRefs, text: str) -> str:
    """"national restaurant association servsafe manager": a vendor typed before the name is not part of it,
    unless the whole text is itself a canonical name ("nremt emergency medical technician"). Nor is one typed after
    it ("cda danb", as "CDA (DANB)" reads in a piece of "CDA (DANB), RHS, ICE")."""
    if text in refs.exact:
        return text
    first, _, _ = text.partition(" ")
    for alias in refs.prefix_by_word.get(first, ()):
        if text.startswith(alias + " ") and len(text) > len(alias) + 3:
            return text[len(alias) + 1 :]
    last = text.rpartition(" ")[2]
    for alias in refs.suffix_by_word.get(last, ()):
        if text.endswith(" " + alias) and len(text) > len(alias) + 3:
            rest = text[: -len(alias) - 1]
            # two vendors' names ("intuit quickbooks", where the list's names lack "QuickBooks"): no name is left
            return text if rest in refs.vendor_alias else rest
    return text


def spelled_out(refs: ResolutionRefs, text: str, mended_word: MendedWords | None = None) -> list[str]:
    """Readings of a write-in with its abbreviated words spelled out, from the crosswalk itself: a word no name
    uses that is the initials of words of some name ("MTA Networking Fundamentals", "ProStart COA"), or that
    starts exactly one word the names use ("Cosmetology Lic."). Each reading must still resolve on its own.
    ``mended_word``: mend_word's memo table, as for mended_in_context."""
    words = text.split()
    readings: list[str] = []
    prefixed = list(words)
    for i, word in enumerate(words):
        if word in refs.token_index and word not in GENERIC_WORDS and word.isalpha():
            longer = _the_longer_word_meant(refs, words, i)
            if longer:
                prefixed[i] = longer
            continue
        if word in GENERIC_WORDS or not word.isalpha():
            # a word such as "certification" is no abbreviation ("PLS cert" is not "PLS Certifications")
            continue
        shared = word in refs.shared_acronyms
        # the initials of several credentials ("cda"): spelling one out would guess between them (but it may still
        # be a cut word the other words place: "Front Desk Rep")
        phrases = sorted(refs.initials.get(word, ())) if 3 <= len(word) <= 5 and not shared else []
        if len(word) == 2 and len(words) >= 2:
            # two letters are the initials of many runs of words: only of one a name holds with the write-in's
            # other words ("LEED GA": "LEED (...) Green Associate"), a vendor's name aside ("AHA Heartsaver FA CPR
            # AED": "Heartsaver First Aid CPR AED", listed under the AHA)
            others = [w for w in words[:i] + words[i + 1 :] if w in refs.token_index and w not in GENERIC_WORDS
                      and w not in refs.vendor_alias]
            phrases = sorted(p for p in refs.initials.get(word, ()) if others and set.intersection(
                *(refs.token_index.get(w, set()) for w in [*others, *p.split()])))
        # (a vendor's name of two words: "ISC2", cleaned "isc 2", is no "IT Specialist - Cybersecurity")
        run = next((r for r in (word, " ".join(words[i : i + 2])) if r in refs.vendor_alias), None)
        if run is not None:
            # a vendor's acronym stands for that vendor's name only ("AHA BLS": the American Heart Association's;
            # "CPT (NHA)": the National Healthcareer Association, not a Nursing Home Administrator), unless a name
            # holds the run of words it spells with the write-in's other words ("AMT General" from PSI: "FAA
            # Aviation Maintenance Technician - General", in a list where the AMT is American Medical Technologists)
            others = [w for w in words[:i] + words[i + 1 :] if w in refs.token_index and w not in GENERIC_WORDS]
            phrases = [p for p in phrases if p == basic_clean(refs.vendor_alias[run])
                       or others and refs.holding_every_word([*others, *p.split()])]
        for phrase in phrases[:MAX_READINGS]:
            readings.append(" ".join(words[:i] + [phrase] + words[i + 1 :]))
        if not phrases and len(word) >= 3:
            starting = words_starting(refs, word, longer_by=1)  # the word is none of the list's
            if len(starting) == 1 and not shared:
                prefixed[i] = starting[0]
            elif starting:
                # several words start so ("gen": general, genetic), or a shared acronym does: the one a name holds
                # with most of the write-in's other words ("osha 10 gen industry": general), when one does
                prefixed[i] = word_in_context(refs, starting, words) or word
    if prefixed != words:
        readings.append(" ".join(prefixed))
    return readings + mended_in_context(refs, words, mended_word)


def _the_longer_word_meant(refs: ResolutionRefs, words: list[str], i: int) -> str | None:
    """For a word of the list's own, of four letters or more, that no name writes with the write-in's other words
    (those of the list's names, words such as "certified" aside): the one longer word of the list it is the start of
    that a name writes with all of them ("ASE Brakes (auto)": "automobile", in a list writing "ASE Entry-Level
    Automobile: Brakes" and "Truck: Brakes" beside "ASE Auto Maintenance and Light Repair"); None."""
    word = words[i]
    others = [w for j, w in enumerate(words) if j != i and w != word and w in refs.token_index
              and w not in GENERIC_WORDS]
    if len(word) < 4 or not others or refs.holding_every_word([word, *others]):
        return None
    # (a word of the name's issuer part only does not count: the "Automotive" of "(National Institute for Automotive
    # Service Excellence)" written after both the automobile's and the truck's rows)
    found = {w: frozenset(c for c in refs.holding_every_word([w, *others]) if w in refs.credential_words(c))
             for w in words_starting(refs, word)}
    found = {w: codes for w, codes in found.items() if codes}
    return next(iter(found)) if len(found) == 1 else None


def mended_in_context(refs: ResolutionRefs, words: list[str], mended_word: MendedWords | None = None) -> list[str]:
    """Readings with one word mended where the list's names say how: a word one letter away from a word of the
    list, or a word of the list it is the start of, that makes a phrase of its names with the word beside it, where
    the word as typed makes none ("medication aid": "medication aide"; "satelite installer": "satellite installer";
    "collision repair and refinish": "and refinishing"), and two words joined into one word of the list ("guest room
    attendant": "guestroom attendant"). Each word is read with its neighbours by mend_word, or through its memo table
    ``mended_word`` when given (Readings.mended_word)."""
    out = []
    for i, word in enumerate(words):
        if len(word) < 3 or not word.isalpha():
            continue
        before, after = words[i - 1] if i > 0 else None, words[i + 1] if i + 1 < len(words) else None
        joined, mended = mended_word[before, word, after] if mended_word is not None else \
            mend_word(refs, before, word, after)
        if joined:
            out.append(" ".join(words[:i] + [joined] + words[i + 2 :]))
        if mended is not None:
            out.append(" ".join(words[:i] + [mended] + words[i + 1 :]))
        parted = _parted(refs, word)
        if parted:
            out.append(" ".join(words[:i] + [parted] + words[i + 1 :]))
    return out


def _parted(refs: ResolutionRefs, word: str) -> str | None:
    """A word of six letters or more that is two words a name writes side by side typed as one ("Chainsaws": "chain
    saws", of "S-212 Wildland Fire Chain Saws"; "Firefighter 1", of "Fire Fighter I", in a list writing the word
    joined in another name, its "Wildland Firefighter Type 2"), as those two words; None."""
    index = refs.token_index
    if len(word) < 6:
        return None
    found = [f"{word[:k]} {word[k:]}" for k in range(3, len(word) - 2)
             if word[:k] in index and word[k:] in index and f"{word[:k]} {word[k:]}" in refs.name_phrases]
    return found[0] if len(found) == 1 else None


def mend_word(refs: ResolutionRefs, before: str | None, word: str, after: str | None) -> tuple[str | None, str | None]:
    """For a word between two others (None at either end): the word of the list it makes joined to the next, or
    None, and the word it is mended into, or None (mended_in_context)."""
    phrases, index = refs.name_phrases, refs.token_index
    pairs = [(before, None)] if before is not None else []
    pairs += [(None, after)] if after is not None else []
    joined = _joined(refs, word, after)
    if _makes_a_phrase(phrases, word, pairs):
        # a word of four letters or fewer the list writes cut short beside the same word as a longer one ("Med/
        # Heavy Vehicle" and "Medium/Heavy Truck"): the longer one too ("ASE Med/Heavy Truck"); not a word of its
        # own ("Barber License", "Technician of Barbering License")
        longer = [w for w in words_starting(refs, word) if len(word) <= 4 and _makes_a_phrase(phrases, w, pairs)]
        return joined, longer[0] if len(longer) == 1 else None
    # a word of the list's own is mended only by a letter at its end ("aid": "aide"); a word it does not use,
    # of five letters or more, by any one letter ("satelite"; a short word may be an acronym, and "CMA" is no
    # misspelt "CNA"); never into a word naming no phrase with its neighbours
    near = one_letter_away(refs, word)
    options = [w for w in near if w.startswith(word) or word.startswith(w) or word not in index and len(word) >= 5]
    # or a long word that says a credential was earned, not which, which the names write but their words leave out
    # ("Certifed Nursing Asst": "certified"), where it makes a phrase of the names as one of their words would
    options += [w for w in _LONG_GENERIC if word not in index and w != word and one_edit(word, w)]
    # or a word cut short, even one the list uses ("and refinish": "and refinishing"), or a word the
    # abbreviation seed spelled out read as another word its abbreviation starts ("tech": technician, or
    # "network technology" where the list's names say so)
    options += words_starting(refs, word)
    # or the end of a word of the list it does not use ("lash extension": "eyelash extension")
    if word not in index and len(word) >= 4:
        ending = refs.words_by_ending.get(word[-4:], ())
        # (not the word negated: "Armed Security Guard" is no "Unarmed Security Guard")
        options += [w for w in ending if len(w) >= len(word) + 2 and w.endswith(word)
                    and w[: -len(word)] not in _NEGATING]
    options += [w for short in refs.spelled_from.get(word, ()) for w in words_starting(refs, short) if w != word]
    # or the last word of a name the list cut short, which the typed word goes on from ("Excel Expert": "MICROSOFT
    # OFFICE SPEC EXCEL EX"; "IT Specialist Python": "INFORMATION TECHNOLOGY SPEC PY")
    options += [w for w in refs.cut_tails if w != word and word.startswith(w)]
    if (word not in index or all(word in refs.issuer_only.get(c, ()) for c in index[word])) and len(word) >= 6 \
            and not word.endswith(("er", "ers")):
        # or another form of a word of the list, the field's for the worker's ("esthetics license": "esthetician
        # license"), the word the list does not use or uses only in its issuers' names ("Cosmetology license" beside
        # "Master Cosmetologist License" and "... – GA State Board of Cosmetology & Barbers"); not an agent's "-er"
        # ("food handler" is no "food handling" course: the taken-out check on State J, its ServSafe Food Handler row
        # taken out)
        options += [w for w in words_starting(refs, word[:5], 0) if w != word and word_forms(word, w)
                    and not w.endswith(("er", "ers"))]
    mended = [w for w in dict.fromkeys(options) if _makes_a_phrase(phrases, w, pairs)]
    if not mended and len(word) >= LONG_WORD and word not in index:
        # a long word the list does not use, one letter from one word of it: that word, wherever it stands
        # ("Cosmotology License": "Cosmetology Operator License")
        # (or its first letter: "Esthetician License": "Aesthetician License")
        near = near or [w for w in refs.words_by_length.get(len(word) + 1, ()) if w[1:] == word] + \
            ([word[1:]] if word[1:] in index else [])
        mended = near if len(near) == 1 else []
    if len(mended) > 1 and before is not None and after is not None:
        # several do: the one making a phrase with the words on both sides ("network technology associate")
        mended = [w for w in mended if f"{before} {w} {after}" in phrases]
    return joined, mended[0] if len(mended) == 1 else None


_LONG_GENERIC = tuple(sorted(w for w in GENERIC_WORDS if len(w) >= 7))


# a write-in dictated or typed as it sounds: a filler word left in ("uh the ServSafe manager"), letters spelt one by
# one ("C N A", "C.P.R."), a number spoken digit by digit ("six oh eight", "nine hundred")
_SPOKEN_FILLER = re.compile(r"(?<![A-Za-z0-9])(?:u+h+|u+m+|uhm)(?![A-Za-z0-9])[,.]?\s*", re.IGNORECASE)
_SPELT_LETTERS = re.compile(r"(?<![A-Za-z0-9.])[A-Za-z](?:\.? |\.)(?:[A-Za-z](?:\.? |\.))*[A-Za-z]\.?(?![A-Za-z0-9])")
_SPOKEN_DIGITS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())} | {
    "oh": "0"}
_SPOKEN_TENS = {w: str(n) for n, w in zip(range(10, 20), "ten eleven twelve thirteen fourteen fifteen sixteen "
                                                        "seventeen eighteen nineteen".split(), strict=True)} | {
    w: str(n) for n, w in zip(range(20, 100, 10), "twenty thirty forty fifty sixty seventy eighty ninety".split(),
                              strict=True)}
_SAID_WORDS = frozenset([*_SPOKEN_DIGITS, *_SPOKEN_TENS, "hundred"])
_SAID = "|".join([*_SPOKEN_DIGITS, *_SPOKEN_TENS])
_SPOKEN_NUMBER = re.compile(rf"(?<![A-Za-z0-9])(?:(?:{_SAID})[ -]){{1,3}}(?:{_SAID}|hundred)(?![A-Za-z0-9])",
                            re.IGNORECASE)
_WORD_TYPED = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])")


# NCCER's module numbers: two digits for the craft, one for the level, two for the module, an edition after a dash
# ("27102", "00101-15", "26101-20"), or a range of one level's modules ("27101-27111"); the crafts as NCCER numbers
# them (its curricula's published module ids)
_NCCER_CRAFTS = {"00": "core", "02": "plumbing", "03": "hvac", "04": "sheet metal", "08": "pipefitting",
                 "12": "instrumentation", "15": "millwright", "22": "heavy equipment operations", "26": "electrical",
                 "27": "carpentry", "28": "masonry", "29": "welding"}
_NCCER_MODULE = re.compile(r"(?<![\w.#/-])(\d\d)([1-4])(\d\d)(?:[ \t]*-[ \t]*(?:\1\2\d\d|\d\d)|\b)(?![\w./-])")


def nccer_modules_put_back(refs: ResolutionRefs, name: str) -> str:
    """A module number of NCCER's (a craft's two digits, the level's, the module's: "27102", "00101-15", "02201",
    a range "27101-27111") read as its craft and level ("NCCER Carpentry Level 1", "NCCER Core"), in a list that
    names NCCER credentials of that craft; a number the list's names or codes write stays."""
    if not name or not _HAS_DIGIT(name) or "nccer" not in refs.token_index:
        return name
    nccer = refs.token_index["nccer"]

    def craft(m: re.Match) -> str:
        words = _NCCER_CRAFTS.get(m.group(1))
        number = m.group(0)
        if (not words or number in refs.numbers_used or basic_clean(number) in refs.codes_typed
                or not nccer & refs.holding_every_word(words.split())):
            return number
        craft_name = "HVAC" if words == "hvac" else words.title()
        return "NCCER Core" if words == "core" else f"NCCER {craft_name} Level {m.group(2)}"

    return _NCCER_MODULE.sub(craft, name)


# Adobe's own two-letter codes for its applications, as its icons write them ("ACP Ps", "ACA Ai", "Id + Ps (ACP)")
_ADOBE_APPS = {"Ps": "Photoshop", "Ai": "Illustrator", "Id": "InDesign", "Pr": "Premiere Pro", "Ae": "After Effects",
               "An": "Animate", "Dw": "Dreamweaver", "Xd": "XD", "Lr": "Lightroom", "Au": "Audition", "Br": "Bridge"}
_ADOBE_CODE = re.compile(rf"(?<![A-Za-z0-9])({'|'.join(_ADOBE_APPS)})(?![A-Za-z0-9])")
# what says an Adobe credential is meant: its credentials' acronyms or Adobe's name
_ADOBE_CONTEXT = re.compile(r"(?<![A-Za-z])(?:ACP|ACA|ACE|Adobe)(?![a-z])", re.IGNORECASE)


def adobe_codes_put_back(refs: ResolutionRefs, name: str, vendor: str | None) -> str:
    """Adobe's two-letter codes for its applications, written as Adobe's icons write them (a capital and a small
    letter: "Ps", "Ai", "Id", "Pr", "Ae"), read as the applications' names beside an Adobe credential's acronym or
    Adobe's name in the write-in or its vendor ("ACP Ps", "Id + Ps (ACP)", "ACA Ai" from Certiport): where the
    list's names name the application, and "AI" or "ID" in capitals never ("Azure AI Fundamentals"); not in brackets,
    where they list the exams of one credential ("Adobe Video Design (Pr + Ae)")."""
    if not name or not _ADOBE_CODE.search(name) or not (_ADOBE_CONTEXT.search(name) or _ADOBE_CONTEXT.search(
            vendor or "")):
        return name

    def app(m: re.Match) -> str:
        full = _ADOBE_APPS[m.group(1)]
        bracketed = name.count("(", 0, m.start()) > name.count(")", 0, m.start())
        return full if not bracketed and all(w in refs.token_index for w in full.lower().split()) else m.group(0)

    return _ADOBE_CODE.sub(app, name)


def spoken_put_back(refs: ResolutionRefs, name: str) -> str:
    """A write-in dictated or typed as it sounds, put back as typed, where the list's words say how: filler words
    left out ("uh the ServSafe manager certification"); letters spelt one by one joined into the list's acronyms
    ("C N A", "C.P.R.", "C P R A E D": "CPR AED"); a number spoken digit by digit, of three digits or more, as the
    number a name of the list writes ("EPA six oh eight", "AZ nine hundred", "IPC A six ten"); two words joined into
    a word of the list's, where its names never write them apart ("Photo Shop", "Java Script", "H VAC")."""
    if not name or not re.search(r"[A-Za-z]", name):
        return name
    index = refs.token_index
    # (each step only where a cheap look says it may find something: most write-ins hold nothing of the kind)
    low = name.lower()
    if "uh" in low or "um" in low:
        name = _SPOKEN_FILLER.sub("", name)

    def letters(m: re.Match) -> str:
        typed = re.sub(r"[^A-Za-z]", "", m.group(0))
        parts = _acronyms_of_the_list(refs, typed.lower())
        if not parts:
            return m.group(0)
        cuts = [sum(len(p) for p in parts[:k]) for k in range(len(parts) + 1)]
        return " ".join(typed[a:b] for a, b in itertools.pairwise(cuts))

    def number(m: re.Match) -> str:
        said = re.split(r"[ -]", m.group(0).lower())
        out: list[str] = []
        for word in said:
            if word == "hundred":
                if not out or len(out[-1]) != 1:
                    return m.group(0)
                out[-1] += "00"
            elif word in _SPOKEN_DIGITS and out and out[-1].endswith("0") and len(out[-1]) == 2 and word != "oh" \
                    and said[len(out) - 1] in _SPOKEN_TENS and int(out[-1]) >= 20:
                out[-1] = str(int(out[-1]) + int(_SPOKEN_DIGITS[word]))
            else:
                out.append(_SPOKEN_DIGITS.get(word) or _SPOKEN_TENS[word])
        digits = "".join(out)
        return digits if len(digits) >= 3 and digits in refs.numbers_used else m.group(0)

    typed = low.split()
    if sum(len(w) <= 2 for w in typed) >= 2 or "." in low:
        name = _SPELT_LETTERS.sub(letters, name)
    if sum(w.strip(",;-") in _SAID_WORDS for w in typed) >= 2:
        name = _SPOKEN_NUMBER.sub(number, name)
    typed = name.lower().split() if name.lower() != low else typed
    if not any(a + b in index for a, b in itertools.pairwise(typed) if a.isalpha() and b.isalpha()):
        return name
    words = list(_WORD_TYPED.finditer(name))
    out, at = [], 0
    for first, second in itertools.pairwise(words):
        a, b = first.group(0).lower(), second.group(0).lower()
        if (first.start() >= at and name[first.end() : second.start()] == " " and a + b in index
                and f"{a} {b}" not in refs.name_phrases and a + b not in GENERIC_WORDS):
            # (in capitals, as typed: "H VAC" is "HVAC")
            out += [name[at : first.end()], second.group(0) if name[first.start() : second.end()].isupper() else b]
            at = second.end()
    return "".join([*out, name[at:]])


# a write-in keyed from a scanned paper form by OCR nobody checked: characters read one for another, in a word
# ("0SHA", "Leve1", "lnDesign", "AHlMA") and in a number ("l0", "6O8", "AZ-9OO"), pairs of letters read as one
# ("Cosrnetology", "Certifiecl", "Netvvork"), a word cut at a line's end ("Con- struction"), words run together
# ("ServSafeManager"), and marks and a form's label read into the text ("[x]", "☐", "~", "____", "Name of
# certification:")
# (as typed: OCR reads a lower-case "l" for a capital "I" and a "1", a capital "I" for an "l", never an "L")
_OCR_AS_LETTER = {"0": "o", "O": "0", "1": "li", "5": "s", "8": "b", "|": "li", "l": "i1", "I": "l1"}
_OCR_PAIRS = {"rn": "m", "cl": "d", "vv": "w", "ii": "u", "VV": "w"}
_OCR_AS_DIGIT = str.maketrans("OolI|", "00111")
_OCR_DIGIT_AS_LETTER = str.maketrans("0158", "olsb")
_OCR_SIGN = re.compile(r"[0-9|]|rn|cl|vv|VV|ii|(?<![A-Za-z0-9])l(?:[^aeiouyl]|ll)|[a-z]I|I[a-z]|[A-Z]l|l[A-Z]"
                       r"|[a-z][A-Z]")
_OCR_GATE = re.compile(_OCR_SIGN.pattern + r"|(?<![A-Za-z0-9])l(?![A-Za-z0-9])|- |[_~☐☑☒✓✔✗\[:]|^\s*[xX]\s+[A-Z0-9]")
# a form's box, ticked or not ("[x]", "☐", "✓"), and a box's tick read as a letter X before each item of a line whose
# first item has one ("X OSHA 10 Construction X OSHA 30 Construction"): between two items, it parts them
_OCR_BOX = re.compile(r"\[\s*[xX✓✔ ]?\s*\]|[☐☑☒✓✔✗]")
_OCR_TICK_FIRST = re.compile(r"^\s*[xX]\s+(?=[A-Z0-9])")
_OCR_TICK = re.compile(r"(?<!\S)[xX](?=\s+[A-Z0-9])")
_OCR_WORD = re.compile(r"(?<![A-Za-z0-9|])[A-Za-z0-9|]*[A-Za-z|][A-Za-z0-9|]*(?![A-Za-z0-9|])")
_OCR_MARKS = re.compile(r"\[\s*[xX✓✔ ]?\s*\]|[☐☑☒✓✔✗~]|_{2,}|(?<!\S)\|(?!\S)")
_OCR_LABEL = re.compile(r"^\s*(?:name\s+of\s+(?:the\s+)?(?:certification|credential|certificate|license)"
                        r"|credential(?:\s+name)?|certification\s+name)\s*:\s*", re.IGNORECASE)
# what a card or certificate prints around the credential's name, read in with it: the card's number, its dates, a
# person's name redacted with the role before it, and the certificate's words ("This certifies that", "has
# successfully completed", "is hereby recognized as"; not "Certificate of Completion", which names write)
_CARD_FIELDS = re.compile(
    r"\b(?:card|registry|registration|certificate|cert|licen[cs]e|member(?:ship)?|student|id)\s*(?:no\b\.?|number"
    r"|#|num\b\.?)\s*:?\s*[A-Za-z]{0,6}-?\d[\w-]*"
    r"|\b(?:(?:recommended\s+)?renewal|issued?|expir(?:es|ation|y)|exp\b\.?|eval(?:uation)?|completion|completed"
    r"|valid\s+(?:through|until|thru))\s*(?:date|on)?\s*:?\s*\d{1,2}[/.-](?:\d{1,2}[/.-])?\d{2,4}"
    r"|(?:\b(?:instructor|trainer|evaluator|operator|student|holder|candidate|name|signature|signed|awarded\s+to"
    r"|presented\s+to)\s*:?\s*)?\[\s*(?:name|redacted)\s*\]"
    r"|\bthis\s+(?:is\s+to\s+)?certif(?:y|ies)\s+that\b|\bhas\s+(?:successfully\s+)?(?:completed|met\s+the"
    r"\s+requirements\s+(?:for|of))(?:\s+the)?\b|\bis\s+hereby\s+recogni[sz]ed(?:\s+as(?:\s+an?\b)?)?",
    re.IGNORECASE)
_CARD_HINT = re.compile(r"\[\s*(?:name|redacted)\s*\]|\b(?:no\b\.?|number|#|date|certif(?:y|ies)|completed|hereby"
                        r"|completion)", re.IGNORECASE)
_OCR_LINE_BREAK = re.compile(r"\b([A-Za-z]{2,})- ([a-z]{2,})\b")
_OCR_CASE_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_OCR_MARKED = re.compile(r"[\[☐☑☒✓✔✗~|:]|__")
_OCR_LONE_L = frozenset("".join(p) for n in (1, 2, 3) for p in itertools.product("lI|", repeat=n))
_OCR_AFTER_A_DIGIT = re.compile(r"[\dlIO|][.-]$")
_OCR_SPACES = re.compile(r"\s{2,}")


def ocr_put_back(refs: ResolutionRefs, text: str | None) -> str:
    """A write-in (a name or a vendor) keyed by OCR put back as written, where the list's words say how
    (refs.read_words: the words of its names, its vendors' and the junk seed's): a word no name writes, with a
    sign of OCR in it, read as the one word of the list its characters make once one or two are read for what OCR
    takes them for ("0SHA", "Leve1", "lnDesign", "AIIergens", "Cosrnetology", "Netvvork"); a number whose digits
    are read as letters ("l0", "6O8", "AZ-9OO", "SYO-7O1"), as the number; a lone "l" as "I" ("Firefighter l",
    "Type ll"), or as "1" after a digit and a dot ("D1.l"); a word cut at a line's end and one run together, as the
    list's words ("Con- struction", "ServSafeManager"); and marks and a form's label read into the text ("[x]",
    "☐", "____", "Name of certification:") left out."""
    if not text:
        return ""
    read = refs.ocr_texts.get(text)
    if read is None:
        fields = _without_card_fields(text) if _CARD_HINT.search(text) else text
        read = refs.ocr_texts[text] = _ocr_text(refs, fields) if _OCR_GATE.search(fields) else fields
    return read


def _without_card_fields(text: str) -> str:
    """A text read off a card or certificate without what the card prints around the credential's name
    (_CARD_FIELDS): "NCCER CARPENTRY LEVEL ONE Card No. NCCER-0981122" -> "NCCER CARPENTRY LEVEL ONE"; nothing left
    where it held nothing else ("Issue Date 05/14/2024", "Instructor [NAME]")."""
    out = _CARD_FIELDS.sub(" ", text)
    if out == text:
        return text
    return re.sub(r"[ \t]{2,}", " ", re.sub(r"\s*\n\s*", "\n", out)).strip(" \t\n,;:|-")


def _ocr_text(refs: ResolutionRefs, text: str) -> str:
    """ocr_put_back of a text with a sign of OCR in it."""
    known = refs.read_words
    if _OCR_TICK_FIRST.match(text) and "x" not in refs.token_index:
        text = _OCR_TICK.sub("☐", text)
    if _OCR_BOX.search(text):
        items = [item for item in _OCR_BOX.split(text) if item.strip()]
        text = "; ".join(item.strip() for item in items) if len(items) > 1 else "".join(items).strip()
    cleaned = _OCR_LABEL.sub("", _OCR_MARKS.sub(" ", text)).strip() if _OCR_MARKED.search(text) else text
    if cleaned == text and "- " not in text and all(w.lower() in known for w in _OCR_WORD.findall(text)):
        # (most texts: every word one of the list's)
        return text
    text = cleaned
    if "- " in text:
        text = _OCR_LINE_BREAK.sub(lambda m: m.group(1) + m.group(2) if (m.group(1) + m.group(2)).lower() in known
                                   and m.group(1).lower() not in known else m.group(0), text)

    def word(m: re.Match) -> str:
        typed = m.group(0)
        contraction = text[m.start() - 1 : m.start()] in ("'", "\u2019")  # "Nat'l"
        if typed in _OCR_LONE_L and typed.lower() not in known and not contraction:
            # a lone "l": the roman one ("Level l", "Type ll"), or a digit after a digit and a dot ("D1.l")
            return "1" if len(typed) == 1 and _OCR_AFTER_A_DIGIT.search(text, 0, m.start()) else "I" * len(typed)
        read = refs.ocr_words.get(typed)
        if read is None:
            read = refs.ocr_words[typed] = _ocr_word(refs, typed)
        return read

    return _OCR_SPACES.sub(" ", _OCR_WORD.sub(word, text)).strip()


def _ocr_word(refs: ResolutionRefs, typed: str) -> str:
    """One word of ocr_put_back: as read, or as typed."""
    low, known = typed.lower(), refs.read_words
    if low in known or not _OCR_SIGN.search(typed):
        return typed
    digits, held = typed.translate(_OCR_AS_DIGIT), sum(c.isdigit() for c in low)
    if typed[0].isdigit():
        # (and a "B" for an 8 after a digit: "60B"; not one opening a code, "B2")
        digits = digits.replace("B", "8")
    if digits.isdigit() and (held or len(low) >= 3 and set(typed) <= set("OolI|")) and not re.fullmatch(
            r"[lI][1-9]", typed):
        # a number with digits read as letters: as the number, where it is a number of the list's names ("9OO", "lOl"
        # for "101"), or holds two digits or more, as many as letters read ("2O24"); never a level ("l2")
        if digits.lstrip("0") in refs.numbers_used or held >= max(2, len(low) - held):
            return digits
        return typed
    # (a digit beside a single letter is no letter misread: "A1", "A5" of the ASE's tests)
    found = {c for c in _ocr_readings(typed, 2) if c in known} if sum(c.isalpha() for c in typed) >= 2 else set()
    if len(found) == 1:
        read = found.pop()
        letters = [c for c in typed if c.isalpha() and c not in "lI"] or [c for c in typed if c.isalpha()]
        upper = sum(c.isupper() for c in letters)
        if upper * 2 > len(letters):
            return read.upper()
        return read.capitalize() if typed[0].isupper() or (not typed[0].isalpha() and upper) else read
    if re.fullmatch(r"[A-Za-z]{2,}[0158][A-Za-z]+", typed) and len(typed) >= 5:
        # one digit inside a word of letters, which no list writes ("Johns0n"): the letter it was
        return typed.translate(_OCR_DIGIT_AS_LETTER)
    parts = _OCR_CASE_PARTS.findall(typed)
    if len(parts) >= 2 and "".join(parts) == typed and typed.isalpha():
        # words run together: the list's words of three letters or more, each from one or more of the parts
        # ("ServSafe" "Manager"; not "In" "Design" of "InDesign", a word of no name of this list)
        cut = _ocr_cut([p.lower() for p in parts], known)
        if cut and all(sum(len(p) for p in parts[sum(cut[:k]) : sum(cut[: k + 1])]) >= 3 for k in range(len(cut))):
            at, out = 0, []
            for n in cut:
                out.append("".join(parts[at : at + n]))
                at += n
            return " ".join(out)
    return typed


def _ocr_readings(typed: str, most: int) -> set[str]:
    """The readings of a word as typed, lower-cased, with at most `most` of its characters or pairs of letters read
    for what OCR takes them for (_OCR_AS_LETTER, _OCR_PAIRS)."""
    low = typed.lower()
    out: set[str] = set()

    def walk(i: int, done: str, left: int) -> None:
        if i >= len(low):
            if left < most:
                out.add(done)
            return
        walk(i + 1, done + low[i], left)
        if not left:
            return
        for other in _OCR_AS_LETTER.get(typed[i], ""):
            walk(i + 1, done + other, left - 1)
        pair = _OCR_PAIRS.get(typed[i : i + 2])
        if pair:
            walk(i + 2, done + pair, left - 1)

    walk(0, "", most)
    return out


def _ocr_cut(parts: list[str], known: frozenset[str], whole: bool = False) -> list[int] | None:
    """How many parts each word of a run-together word takes, every word a known one, two words at least (or one,
    for what is left of it: `whole`); None."""
    if not parts:
        return []
    for n in range(len(parts) if whole else len(parts) - 1, 0, -1):
        if "".join(parts[:n]) in known:
            rest = _ocr_cut(parts[n:], known, True)
            if rest is not None:
                return [n, *rest]
    return None


# a write-in pasted from a resume or a transcript: a heading ("Certifications:", "Microsoft certs:"), a verb before the
# credential ("Passed", "received my"), and words saying when, how well, how long, under what number or with whom it
# was earned, which are no words of a credential
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_A_DATE = (rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}/(?:19|20)\d\d|{_MONTH}\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d"
           r"|(?:19|20)\d\d-\d\d(?!\d))")
_WHEN = (r"(?:on|in|since|by|dated?|exp\.?|expires?|expired|expiring|expiration|valid\s+(?:through|thru|until)|thru"
         r"|until)")
# (each with what a text must hold for it to match, looked for first: most write-ins hold none of it)
_RESUME_WORDS = [(needles, re.compile(p, re.IGNORECASE)) for needles, p in (
    # a heading saying what follows are credentials ("Certifications:", "Microsoft certs:": the vendor stays)
    ((":",), r"^\s*(?:(?:industry|my)\s+)?(?:certifications?|certificates?|certs|credentials|licen[cs]es)"
             r"(?:\s+earned)?\s*:\s*"),
    # a verb before the credential
    (("passed", "earned", "completed", "received", "obtained", "got", "achieved", "awarded"),
     r"^\s*(?:i\s+)?(?:passed|earned|completed|received|obtained|got|achieved|awarded)\s+(?:my\s+|the\s+|both\s+)?"
     r"(?=\S)"),
    # a student's own words in a survey: "my" before a credential, first or after a joining word ("my forklift
    # license", "cna and my hha")
    (("my",), r"(?:^|(?<=\band\s)|(?<=[,&+]\s))\s*my\s+(?=[a-z0-9])"),
    # a date, and the word before it ("exp 08/2026", "passed on 4/12/24", "since 03/2024", "Jan 2025", "2023-24")
    (("/", "19", "20"), rf"(?:\b{_WHEN}\s+)?(?<![\w/.-]){_A_DATE}(?![\w/])"),
    (("exp", "valid"), r"\b(?:exp\.?|expires?|expired|expiring|valid\s+(?:through|thru|until))\s+(?:19|20)\d\d\b"),
    # a score ("score 468", "790/900", "88%") and an attempt ("2nd attempt", "on 1st try")
    (("score",), r"\b(?:score[ds]?|scored)\s*:?\s*\d{1,4}(?:\s*/\s*\d{2,4}|\s*%)?"),
    (("/",), r"(?<![\w/.-])\d{2,4}\s*/\s*\d{1,2}00(?![\w/])"),
    (("%",), r"(?<![\w.])\d{1,3}(?:\.\d+)?\s*%"),
    (("attempt", "try"),
     r"\b(?:on\s+(?:my\s+|the\s+)?)?(?:1st|2nd|3rd|[4-9]th|first|second|third)\s+(?:attempt|try)\b"),
    # how long the card is good for ("Forklift cert - good for 3 yrs")
    (("good for",), r"\s*[-–—,(]?\s*\bgood\s+for\s+\d{1,2}\s*(?:years?|yrs?|months?)\b\s*\)?"),
    # a certificate's number ("#1882731", "cert #E4471203")
    (("#",), r"\s*#\s*[A-Za-z]{0,2}\d{4,}[A-Za-z0-9-]*"),
    # a school year or grade, a time spent ("junior year", "3 years"), a teacher ("w/ Ms. Ortiz")
    (("year", "grade"), r"\b(?:(?:during|in)\s+)?(?:(?:my\s+)?(?:freshman|sophomore|junior|senior)\s+year"
                        r"|(?:9|10|11|12)th\s+grade)(?=\s*(?:$|[,;)–—-]))"),
    (("yr", "year", "month", "semester", "summer", "credit"),
     r"(?<![\w.-])\d{1,2}\s*(?:years?|yrs?|months?|semesters?|summers?|(?:college\s+)?credits?)\b"),
    # weeks of training after a dash or a comma ("CCHT - 6 wks in-center training")
    (("wk", "week"), r"(?<=[-–—,])\s*\d{1,2}\s*(?:weeks?|wks?)\b(?:\s+(?:of\s+)?[\w-]+){0,2}?\s+training\b"),
    # a failed attempt before the pass ("CCMA failed 1st attempt, passed 2nd", "- 1st attempt failed, passed retake",
    # "failed CET passed 2nd"): it was earned (a failure alone stays, the junk seed's status: "CNA - failed")
    (("fail",), r"\s*[-–—,(]?\s*\bfailed\b(?:\s+[\w+]+)?\s*[,;]?\s*(?:then\s+|but\s+)?passed\b"
                r"(?:\s+(?:on\s+)?(?:the\s+)?(?:2nd|second|3rd|third|retake|re-?test|next\s+(?:attempt|try)))?\s*\)?"),
    # the school or place it was earned through ("through Lakeview Health Academy", "at Lincoln High School")
    (("through", "at ", "from "), r"\s+\b(?:through|at|from)\s+(?:the\s+)?(?:[A-Z][\w'.&-]*\s+){1,4}"
                                  r"(?:Academy|High\s+School|School|College|Center|Centre|Hospital|Campus|YMCA)\b"),
    (("w/", "with"), r"\s*\b(?:w/|with)\s*(?:mr|ms|mrs|dr|miss)\.?\s+[A-Z][a-z]+"),
    # what the card looks like, in brackets ("OSHA 10 card (blue)", "(wallet card)")
    (("(",), r"\s*\((?:\s*(?:wallet|pocket|card|blue|green|red|orange|yellow|white|gold|plastic|paper|laminated|"
             r"printed|digital|physical|size|sized|copy)\b){1,3}\s*\)"),
)]
# a note in brackets on a renaming or a version ("Tech+ (formerly IT Fundamentals)", "Nurse Aide (formerly CNA)",
# "Network+ N10-008 (old)", "CCST Networking (new cert)", "BLS for Healthcare Providers (old name)"), and a version
# said so after a number or in words ("Sec+ 601 version", "GS6 new version"): the name is the one outside it (a
# renamed title is read by renamed.py); read by without_resume_words unless the list's names write its first word
# ("Photovoltaic Associate Credential (formerly PV Entry Level Exam)")
_VERSION_NOTE_NEEDLES = ("former", "previous", "now", "was", "aka", "a.k.a", "fka", "renamed", "replace", "old", "new",
                         "latest", "version")
_VERSION_NOTE = re.compile(
    r"\s*[(\[]\s*(?:(?:formerly|previously|was|now|aka|a\.k\.a\.?|fka|f/k/a|renamed(?:\s+from)?|replaced\s+by"
    r"|replaces)\b[^()\[\]]*|(?:the\s+)?(?:old|new|older|newer|latest)(?:\s+(?:name|version|cert|certification"
    r"|exam|edition|title))?)\s*[)\]]"
    r"|(?<=\d)\s+version\b|\s*\b(?:old|new|older|newer|latest)\s+version\b", re.IGNORECASE)
# a licence's, a registry's, a certificate's, a card's or a candidate's number: after "#", "ID" or "no." ("license
# #PN-0456123", "RBT #RBT-21-123456", "EMT license #12-40033", "cand ID 20931877", "cert ID GZ4T7Q"; five characters
# or more, a digit among them), or five digits or more after such a word ("Lic. 0098765", "cert 1234567"); the word
# naming the card stays ("license"), an ID's word goes with it; read by without_resume_words where the list's names
# write none of its numbers
_ITS_NUMBER = re.compile(r"(?P<kept>\b(?:lic(?:en[cs]e)?|cert(?:ificate|ification)?|card|reg(?:istry|istration)?)"
                         r"\b\.?)?[ \t]*(?:(?:(?:\b(?:cand(?:idate)?|member|student)[ \t]+)?\b(?:id|no|num|number)\b"
                         r"\.?[ \t]*[:#]?|#)[ \t]*(?P<marked>(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{4,})"
                         r"|(?<=[A-Za-z.])[ \t]+(?P<bare>[A-Za-z]{0,3}-?\d{5,}[A-Za-z0-9-]*))(?![\w/.])",
                         re.IGNORECASE)
_ITS_NUMBER_NEEDLES = ("#", "id", "no", "num", "lic", "cert", "card", "reg")
# a card renewed, recertified or expired: it was earned ("CPR (renewed)", "CPhT recert 2025", "PALS - expired", "YQCA
# (annual renewal)", "Food handler card expired"), in brackets or ending the line, the year after it too; read by
# without_resume_words only where no name of the list writes the word ("CPR Recertification")
_RENEWED = re.compile(r"(?:\s*\(\s*|\s*[-–—,]\s*|\s+)(?P<word>(?:annual(?:ly)?\s+)?renew(?:ed|al)"
                      r"|recert(?:ified|ification)?|re-certified|expired)(?:\s+(?:yearly|annually|every\s+year))?"
                      r"(?:\s+(?:in\s+)?(?:19|20)\d\d)?(?:\s*\)|\s*$)", re.IGNORECASE)
_RENEWAL_NEEDLES = ("renew", "recert", "re-cert", "expired")  # what a text must hold for _RENEWED to match
# a failure with a pass after it, or a pass on a retake: the credential was earned (junk_reason)
_PASSED_LATER = re.compile(r"\b(?:(?:did not pass|failed)(?: \S+){0,4}? passed|passed (?:on )?(?:the )?"
                           r"(?:retake|retest|re test))\b")
# what a text must hold for any of them to match
_RESUME_NEEDLES = (frozenset(n for needles, _ in _RESUME_WORDS for n in needles) | frozenset(_RENEWAL_NEEDLES)
                   | frozenset(_VERSION_NOTE_NEEDLES))
# hours of a class or of practice in a clause of their own ("- 8 hr class", "(480 hrs practicum)", ", 2000 hrs"), not
# a credential's hours ("OSHA 30-Hour Construction", or any number a name writes before "hour"); and what is left
# around them once they are out
# the words before a heading's "certs:" ("Fitness certs:"), kept where they name a vendor ("Microsoft certs:")
_HEADING = re.compile(r"^\s*([A-Za-z][\w&+ ]{0,30}?)\s+(?:certifications?|certs|credentials)(?:\s+earned)?\s*:\s*",
                      re.IGNORECASE)
# the words of a form's or a report's label ("Other (please specify)", "Industry Credential", "IRCs earned",
# "Cert Earned", "district report"), and a grade ("Gr 11", "12th grd"), before the credential at a line's start
_FORM_WORD = (r"(?:other|please|specify|specified|industry|credentials?|certs?|certifications?|earned|reported|report|"
              r"district|ircs?|name|attained|completed|recognized|recognised)")
_GRADE = r"(?:gr(?:ade|d)?\.?[ \t]*(?:9|10|11|12)(?:th)?|(?:9|10|11|12)th[ \t]+gr(?:ade|d)?\.?)"
_FORM_LABEL = re.compile(rf"^[ \t]*(?:(?:{_FORM_WORD}(?:[ \t]+{_FORM_WORD})*(?:[ \t]*\([ \t]*{_FORM_WORD}"
                         rf"(?:[ \t]+{_FORM_WORD})*[ \t]*\))?[ \t]*(?:[:=]|[ \t][-–—]|-(?=[ \t])))"
                         rf"|{_GRADE}(?:[ \t]*(?:[:=]|[-–—]))?)[ \t]*(?=\S)", re.IGNORECASE)
# a course (its level after it) or a course code before the credential, on a write-in's first line, and what follows
# (Readings._without_a_course_before)
_COURSE_LEAD = re.compile(r"^[ \t]*(?P<lead>[A-Z]{2,4}[ -]?\d{3}[A-Z]?|[A-Za-z][A-Za-z&.'’ \t]{1,30}?[ \t]"
                          r"(?:I{1,3}|IV|[1-4]))(?:[ \t]*[:|]|[ \t]+[-–—])[ \t]+(?P<rest>[^\n]*\S.*)$", re.DOTALL)
_TIME_WORDS = frozenset({"hour", "hours", "hr", "hrs", "year", "years", "week", "weeks"})
_ANOTHER_FIELD = re.compile(r"[A-Za-z][ \t]*[:=]")
_FORM_LABEL_HINT = re.compile(rf"(?:^|\n)[ \t]*(?:{_FORM_WORD}|{_GRADE})\b", re.IGNORECASE)
# the last clause of a line after a dash between spaces
_LAST_CLAUSE = re.compile(r"\s+[-–—]\s+([^-–—]*)$")
# a year, years or a season and year the list's names never write ("(2024)", "- 2025", "(2022-2025)", "in spring
# 2024"), never a version typed after a product's name ("Maya 2022"): in brackets alone, after a dash or a comma,
# years from and to, a season's, or after a word saying a credential was earned ("certification 2024")
_YEARS = re.compile(r"(\(|[-–—,][ \t]*|\b(?:cert|exam|card|test|passed|earned|licen[cs]e|certified|completed|"
                    r"certificate|certification)[ \t]+|\b(?:in[ \t]+)?(?:spring|summer|fall|autumn|winter)[ \t]+"
                    r"|(?<![\w.-])(?=(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)?\d\d(?![\w.-])))"
                    r"((?:19|20)\d\d)(?:[ \t]*[-–][ \t]*((?:19|20)?\d\d))?(?![\w.-])", re.IGNORECASE)
# (what the hours were spent in, after them: "clinical", "practicum", "on the job"; or before them: "10 ride hrs")
_SPENT_IN = (r"(?:class|course|training|clinicals?|practicum|didactic|lab|externship|internship|practice|ride[ -]?"
             r"(?:along|time)?|in[ -]water|skills|classroom|supervised|shadowing|observation|core"
             r"|on[ \t]+the[ \t]+job)")
_HOURS = re.compile(rf"(^[ \t]*|\(|[-–—,+][ \t]*)(\d{{1,4}})[ \t-]*(?:(?:ride[ -]?along|ride|clinical)[ \t-]+)?"
                    rf"(?:hrs?|hours?)\b(?:[ \t]+(?:of[ \t]+)?{_SPENT_IN}(?:[ \t]+{_SPENT_IN})?)?"
                    r"(?=[ \t]*(?:$|[,;)+&]))", re.IGNORECASE)
# the same after a word, where words after the hours say they were spent in training or practice ("CNA 75 hrs
# clinical", "CHW cert 160 hr core"): a number a name writes before "hour" is kept there too
_HOURS_SPENT = re.compile(rf"(?<=[A-Za-z0-9)])([ \t]+)(\d{{1,4}})[ \t-]*(?:hrs?|hours?)[ \t]+(?:of[ \t]+)?{_SPENT_IN}\b"
                          r"(?=[ \t]*(?:$|[,;)+&]))", re.IGNORECASE)
_LEFT_OVER = [(re.compile(p), r) for p, r in (
    (r"\(\s*[,;:&+–—-]*\s*\)", ""), (r"(?:[ \t]*[,;:–—-]+[ \t]*)+(?=\)|$)", ""), (r"\([ \t]*[,;:–—-]+[ \t]*", "("),
    (r"[ \t]+[-–—][ \t]*(?=[,+&])", " "), (r"[ \t]+(?=[,)])", ""), (r"[ \t]{2,}", " "), (r"^[ \t,;:+&–—-]+", ""))]


def without_resume_words(refs: ResolutionRefs, name: str) -> str:
    """A write-in pasted from a resume or a transcript without what names no credential: a heading saying
    credentials follow ("Certifications:"; a vendor before it stays: "Microsoft certs:"), a verb before the
    credential ("Passed", "received my"), a date and the word before it ("exp 08/2026", "since 03/2024", "Jan
    2025"), a score ("score 468", "790/900", "88%"), an attempt ("2nd attempt"), a certificate's number
    ("#1882731"), a school year, a time spent ("3 years"), a teacher ("w/ Ms. Ortiz"), and hours of a class or of
    practice in a clause of their own ("- 8 hr class"), not a credential's ("OSHA 30-Hour Construction", or a number
    a name writes before "hour"). Each line is read on its own; nothing is taken out of a text it would leave
    without a letter."""
    if not name:
        return name
    digits = bool(_HAS_DIGIT(name))
    if not digits and not any(n in name.lower() for n in _RESUME_NEEDLES):
        return name

    def hours(m: re.Match) -> str:
        # (kept where a name writing those hours shares a word with the text: "OSHA - 10 hrs", not "Scaffold User (8
        # hr)" beside a "HAZWOPER 8-Hour Refresher")
        number = m.group(2).lstrip("0")
        if f"{number} hour" not in refs.name_phrases:
            return m.group(1)
        words = {w for w in basic_clean(m.string).split() if w in refs.token_index and not w.isdigit()
                 and w not in GENERIC_WORDS and w not in {"hour", "hours", "hr", "hrs"}}
        writing = refs.holding_every_word([number, "hour"])
        return m.group(0) if not words or any(refs.token_index[w] & writing for w in words) else m.group(1)

    def years(m: re.Match) -> str:
        if {m.group(2), m.group(3)} & refs.numbers_used:
            return m.group(0)
        return "" if re.match(r"(?i)in\b|spring|summer|fall|autumn|winter", m.group(1)) else m.group(1)

    def its_number(m: re.Match) -> str:
        # (kept where the list's names write its longest run of digits: "Lic 12345" where a name writes 12345)
        number = m.group("marked") or m.group("bare")
        if (m.group("bare") and not m.group("kept")) or max(re.findall(r"\d+", number), key=len).lstrip(
                "0") in refs.numbers_used:
            return m.group(0)
        return f" {m.group('kept')} " if m.group("kept") else " "

    def heading(m: re.Match) -> str:
        return m.group(1) + " " if basic_clean(m.group(1)) in refs.vendor_alias else ""

    lines = []
    for line in name.split("\n"):
        out = _HEADING.sub(heading, line) if ":" in line else line
        low = out.lower()
        for needles, pattern in _RESUME_WORDS:
            if any(n in low for n in needles):
                out = pattern.sub(" ", out)
        if any(n in low for n in _RENEWAL_NEEDLES):
            out = _RENEWED.sub(lambda m: m.group(0) if any(w in refs.token_index for w in basic_clean(
                m.group("word")).split()) else " ", out)
        if any(n in low for n in _VERSION_NOTE_NEEDLES):
            out = _VERSION_NOTE.sub(lambda m: m.group(0) if re.search(r"[A-Za-z]+", m.group(0)).group(0).lower()
                                    in refs.token_index else " ", out)
        if digits and _COURSE_CODE.search(out, 1):
            # a college's course numbers after the credential ("Welding certificate (WEL 101, WEL 102)", "EMT
            # Technical Certificate (EMS 1119, EMS 1431L)")
            out = _COURSE_CODE.sub(lambda m: " " if m.start() > 0 and re.search(r"[A-Za-z]", m.string[: m.start()])
                                   and _a_course_code(refs, m) else m.group(0), out)
        if digits and any(n in low for n in _ITS_NUMBER_NEEDLES):
            out = _ITS_NUMBER.sub(its_number, out)
        if digits and ("hr" in low or "hour" in low):
            out = _HOURS_SPENT.sub(hours, _HOURS.sub(hours, out))
        if digits and ("19" in low or "20" in low):
            out = _YEARS.sub(years, out)
        after = _LAST_CLAUSE.search(out) if digits or any(dash in out for dash in "-–—") else None
        if after and after.start() > 0 and (_HAS_DIGIT(after.group(1)) and _counts_what_was_done(
                refs, basic_clean(after.group(1)).split()) or _an_item_after(refs, out)
                or _a_status_clause(refs, after.group(1))):
            # a last clause after a dash counting what was done ("MSSC CPT - all 4 modules", "VITA Basic cert -
            # prepared 14 returns") or saying how it was taken (_an_item_after: "Security+ - ITN 260 dual credit")
            out = out[: after.start()]
        if out == line:
            lines.append(line)
            continue
        for pattern, by in _LEFT_OVER:
            out = pattern.sub(by, out)
        out = out.strip()
        lines.append(out if re.search(r"[A-Za-z]", out) else line)
    return "\n".join(lines)


def _a_status_clause(refs: ResolutionRefs, clause: str) -> bool:
    """A last clause saying the credential before it was earned, in words of an exam's steps or words no name of the
    list uses ("- competency eval passed", "- skills check passed", "- on registry", "- seat check event signed
    off", "- passed on retake"); no number, plus or word in capitals in it ("- Network+ passed", "- BOC exam passed"
    may name one)."""
    words = basic_clean(clause).split()
    if (not words or _HAS_DIGIT(clause) or "+" in clause or re.search(r"\b[A-Z]{2,}\b", clause)
            or not (words[-1] in _CLAUSE_DONE or words[-2:] == ["signed", "off"] or words[0] == "passed"
                    or words[-1] == "registry" and len(words) <= 3)):
        return False
    rest = [w for w in words if w not in _CLAUSE_DONE and w not in _STATUS_WORDS and w not in GENERIC_WORDS]
    # (each word a step of an exam or one no name of the list uses, no vendor's; a bare "- passed" is a status word's)
    return bool(rest) and all(w in _EXAM_STEPS or w not in refs.token_index and w not in refs.vendor_alias
                              for w in rest)


_CLAUSE_DONE = frozenset({"passed", "done", "completed", "cleared", "active", "current", "finished"})
_EXAM_STEPS = frozenset({"on", "the", "both", "all", "signed", "off", "registry", "exam", "test", "skills", "skill",
                         "final", "retake", "check", "competency", "evaluation", "eval", "written", "practical",
                         "cognitive", "psychomotor", "clinical", "clinicals", "state"})


def _a_course_code(refs: ResolutionRefs, match: re.Match) -> bool:
    """A course number (_COURSE_CODE) that is none of the list's: its letters no vendor's, no letters of the list's
    codes, its number none the names write, the whole no code or exam code the list or our seed knows."""
    letters, number = match.group(1).lower(), match.group(2)
    whole = basic_clean(match.group(0))
    if re.fullmatch(r"(?:19|20)\d\d", number) and any(p == letters for p, _ in refs.normalize.abbreviations):
        # an acronym the abbreviation seed spells out, then a version's year ("Revit ACU 2024"): no course
        return False
    return (letters not in refs.vendor_alias and letters not in refs.code_letters
            and number.lstrip("0").lower() not in refs.numbers_used and whole not in refs.codes_typed
            and whole not in refs.exam_codes and whole.replace(" ", "") not in refs.codes_typed)


def _an_item_after(refs: ResolutionRefs, text: str) -> bool:
    """A last clause after a dash between spaces holding an `item` of the junk seed, after words holding a letter:
    how the credential before it was taken ("Lean Six Sigma Yellow Belt - dual credit", "Cloud+ - ITN 170 dual
    enrollment"), not what the whole is ("Dual credit - Welding I", where the item comes first)."""
    after = _LAST_CLAUSE.search(text)
    if not after or not refs.junk_items or not re.search(r"[A-Za-z]", text[: after.start()]):
        return False
    clause = f" {basic_clean(after.group(1))} "
    return any(f" {item} " in clause for item in refs.junk_items)


def _counts_what_was_done(refs: ResolutionRefs, words: list[str]) -> bool:
    """The words of a clause with a number in it, two of three letters or more no name of the list writes (nor one
    a letter from one; a word of the list's in the plural after a number counts things done: "10 EKGs", not "2
    levels"), and none the names write (words such as "certified" aside): "all 4 modules", not "Level - 1", "- L2",
    "- 107" or "- 4 exam"; or "all", "both" or "each", a number and words saying it was done ("all 3 passed")."""
    if set(words) & _ALL_OF and all(w.isdigit() or w in _ALL_OF or w in _STATUS_WORDS or w in _DONE_WORDS
                                    for w in words):
        # every credential before it said earned ("CCMA, CPT, CET (NHA) - all 3 passed")
        return True
    foreign = counted = 0
    for i, w in enumerate(words):
        if w.isdigit() or w in GENERIC_WORDS or w in _STATUS_WORDS:
            continue
        if i and words[i - 1].isdigit() and w.endswith("s") and len(w) >= 4 and w[:-1] not in _KINDS_COUNTED:
            # a count of things done, a word of the list's in the plural after a number ("10 EKGs", "3 births")
            counted += 1
            continue
        if w in refs.token_index or len(w) >= 4 and one_letter_away(refs, w):
            return False
        foreign += len(w) >= 3 and w.isalpha()
    return foreign + counted >= 2 or bool(counted)


_ALL_OF = frozenset({"all", "both", "each"})
# (a count of these names credentials: "Glazier - 2 levels"; each the plural less its "s", "categories": "categorie")
_KINDS_COUNTED = frozenset({"level", "type", "class", "categorie", "part", "grade", "tier", "module", "exam"})
_DONE_WORDS = frozenset({"done", "passed", "certified"})


def _acronyms_of_the_list(refs: ResolutionRefs, spelt: str) -> list[str]:
    """Letters spelt one by one, as one word of the list's, or two or three of them of two letters or more ("cpraed":
    "cpr", "aed"), or the code of its home state ("N.M. Food Handler Card" in a New Mexico list, whose "NM" the
    abbreviations read as the state's name); [] when they are none."""
    def known(word: str) -> bool:
        return len(word) >= 2 and (word in refs.token_index or word in refs.vendor_alias
                                   or list_features.US_STATE_CODES.get(word) in refs.home_states)

    if known(spelt):
        return [spelt]
    for k in range(2, len(spelt) - 1):
        head, tail = spelt[:k], spelt[k:]
        if known(head):
            rest = _acronyms_of_the_list(refs, tail)
            if rest and len(rest) <= 2:
                return [head, *rest]
    return []


def _initials_of_words(text: str) -> str:
    """The first letters of a text's words, small words such as "of" aside."""
    return "".join(w[0] for w in text.split() if w not in list_features.SKIP)


def _abbreviates(short: str, full: str) -> bool:
    """``short`` is ``full`` cut short word by word (list_features.cut_short: "amer heart assn" of "american heart
    association", "natl" of "national"), small words such as "of" aside."""
    def kept(text: str) -> str:
        return " ".join(w for w in text.split() if w not in list_features.SKIP)
    return list_features.cut_short(kept(short), kept(full))


def _joined(refs: ResolutionRefs, word: str, after: str | None) -> str | None:
    """The word of the list a word makes joined to the next ("guest room": "guestroom"), or, one of the two no word of
    the list and the joined word of seven letters or more, the one word of the list a letter away from it ("Serve
    Safe": "servsafe"); the two may be words of the list that no name writes side by side ("serve" of "Learn2Serve"
    and "safe" of "Safe Tractor"); None."""
    if after is None or not after.isalpha():
        return None
    index, both = refs.token_index, word + after
    if both in index:
        return both
    if len(both) >= 7 and (word not in index or after not in index or f"{word} {after}" not in refs.name_phrases):
        near = one_letter_away(refs, both)
        return near[0] if len(near) == 1 else None
    return None


# the endings a field's word and its worker's word take after one stem ("braiding", "braider"; "cosmetology",
# "cosmetologist"; "machining", "machinist"; "esthetics", "esthetician")
_FORM_ENDINGS = frozenset({"y", "ing", "er", "ers", "ist", "ists", "ian", "ians", "ics", "ician", "icians"})


def word_forms(word: str, other: str) -> bool:
    """Two forms of one word: a stem of four letters or more, then two different endings of _FORM_ENDINGS ("braiding"
    and "braider"; not "technology" and "technician")."""
    k = 0
    for a, b in zip(word, other, strict=False):
        if a != b:
            break
        k += 1
    ends = (word[k:], other[k:])
    if k < 4 or ends[0] == ends[1]:
        return False
    # the stem's last letters may belong to an ending ("machin-ing", "machin-ist": "i" shared)
    return any(word[j:] in _FORM_ENDINGS and other[j:] in _FORM_ENDINGS for j in range(max(4, k - 2), k + 1))


def words_starting(refs: ResolutionRefs, word: str, longer_by: int = 2) -> list[str]:
    """The list's words ``word`` is the start of, ``longer_by`` letters longer or more, in alphabetical order."""
    vocabulary = refs.vocabulary_words
    lo = bisect.bisect_left(vocabulary, word)
    hi = bisect.bisect_left(vocabulary, word + "{")  # "{" sorts after every letter
    return [w for w in vocabulary[lo:hi] if len(w) >= len(word) + longer_by]


def _makes_a_phrase(phrases: set[str], word: str, pairs: list[tuple[str | None, str | None]]) -> bool:
    return any(" ".join(x for x in (before, word, after) if x) in phrases for before, after in pairs)


def one_letter_away(refs: ResolutionRefs, word: str) -> list[str]:
    """The list's words one letter added, dropped, changed or two letters swapped away from ``word`` (kept in
    ``refs.near_words``: a word is looked up once per list)."""
    known = refs.near_words.get(word)
    if known is not None:
        return known
    # a word one edit away shares the word itself or the word less one letter with it (refs.one_letter_less): a
    # letter changed or two swapped leave one form in common, a letter added or dropped the shorter word itself
    index = refs.one_letter_less
    found = {other for key in with_one_letter_less(word) for other in index.get(key, ())}
    refs.near_words[word] = out = sorted((other for other in found if other != word and other[0] == word[0]
                                          and one_edit(word, other)), key=lambda other: (len(other), other))
    return out


def with_one_letter_less(word: str) -> set[str]:
    """The word, and the word with one of its letters left out (refs.one_letter_less, one_letter_away)."""
    return {word, *(word[:k] + word[k + 1 :] for k in range(len(word)))}


def one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1 :]


def word_in_context(refs: ResolutionRefs, options: list[str], words: list[str]) -> str | None:
    """Of words a cut word may stand for, the one some name holds with more of the write-in's other words (of the
    list's names) than any other option does; None when none, or several, do best."""
    known = {w for w in words if w in refs.token_index and w not in GENERIC_WORDS}
    if not known:
        return None
    by_code = refs.by_code
    best = {option: max((len(known & by_code[code].tokens) for code in refs.token_index[option]), default=0)
            for option in options}
    top = max(best.values())
    leaders = [option for option, n in best.items() if n == top]
    return leaders[0] if top and len(leaders) == 1 else None
