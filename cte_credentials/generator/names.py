"""Names, nicknames and streets for the synthetic identities (student identity table and vendor test results).

The weights are relative frequencies, **approximate and invented**: shaped so that a few names are very common and
most are rare, loosely in the spirit of US first names of people born around 2000-2012 and of common US surnames,
but not taken from any published table; a long tail of rare invented names (parts below, glued together) stands
for the thousands of rare names a real state has. Nothing here is downloaded. The nickname pairs are in
``nicknames.csv`` beside this file (formal_name, nickname), so record linkage can reuse exactly the generator's list.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import numpy as np

NICKNAMES_CSV = Path(__file__).with_name("nicknames.csv")

# (name, relative weight): approximate, invented.
MALE_FIRST: list[tuple[str, int]] = [
    ("Jacob", 90), ("Michael", 88), ("William", 80), ("Ethan", 78), ("Joshua", 70), ("Daniel", 68),
    ("Christopher", 66), ("Matthew", 65), ("Andrew", 62), ("James", 62), ("Joseph", 60), ("Alexander", 58),
    ("Anthony", 55), ("Ryan", 52), ("David", 52), ("Noah", 50), ("Tyler", 48), ("John", 48), ("Nicholas", 46),
    ("Benjamin", 45), ("Logan", 44), ("Samuel", 42), ("Jonathan", 40), ("Nathan", 40), ("Dylan", 38),
    ("Christian", 38), ("Elijah", 36), ("Brandon", 35), ("Zachary", 34), ("Gabriel", 34), ("Mason", 34),
    ("Caleb", 33), ("Aiden", 33), ("Jose", 30), ("José", 8), ("Austin", 30), ("Robert", 30), ("Kevin", 28),
    ("Thomas", 28), ("Isaiah", 26), ("Jordan", 26), ("Hunter", 26), ("Justin", 25), ("Luke", 25),
    ("Evan", 24), ("Jackson", 24), ("Cameron", 23), ("Connor", 22), ("Jason", 22), ("Aaron", 22),
    ("Isaac", 21), ("Angel", 20), ("Jayden", 20), ("Luis", 20), ("Adrian", 18), ("Charles", 18),
    ("Juan", 18), ("Carlos", 17), ("Steven", 16), ("Timothy", 15), ("Richard", 14), ("Patrick", 14),
    ("Jesus", 12), ("Jesús", 4), ("Gavin", 14), ("Cody", 13), ("Brian", 13), ("Eric", 12), ("Sean", 12),
    ("Kenneth", 10), ("Edward", 10), ("Gregory", 8), ("Ronald", 6), ("Frederick", 4), ("Theodore", 6),
    ("Nguyen", 2), ("Minh", 3), ("Wei", 3), ("Jamal", 6), ("DeShawn", 4), ("Malik", 6), ("Omar", 6),
    ("Mohammed", 5), ("Ahmed", 4), ("Diego", 10), ("Miguel", 12), ("Alejandro", 10), ("Ángel", 3),
    ("Xavier", 10), ("Dominic", 10), ("Peyton", 6), ("Bryce", 8), ("Colton", 8), ("Trevor", 7),
]
FEMALE_FIRST: list[tuple[str, int]] = [
    ("Emily", 88), ("Madison", 80), ("Emma", 76), ("Olivia", 72), ("Hannah", 68), ("Abigail", 66),
    ("Isabella", 64), ("Ashley", 60), ("Samantha", 58), ("Elizabeth", 58), ("Alexis", 55), ("Sarah", 55),
    ("Grace", 50), ("Alyssa", 48), ("Sophia", 48), ("Lauren", 46), ("Brianna", 45), ("Kayla", 44),
    ("Natalie", 42), ("Anna", 42), ("Jessica", 40), ("Taylor", 40), ("Chloe", 40), ("Hailey", 38),
    ("Ava", 38), ("Jasmine", 36), ("Sydney", 35), ("Victoria", 34), ("Ella", 33), ("Mia", 33),
    ("Morgan", 32), ("Julia", 32), ("Kaitlyn", 30), ("Rachel", 30), ("Katherine", 30), ("Megan", 28),
    ("Alexandra", 28), ("Jennifer", 26), ("Destiny", 26), ("Allison", 25), ("Savannah", 25), ("Haley", 24),
    ("Mackenzie", 24), ("Brooke", 23), ("Maria", 22), ("María", 7), ("Nicole", 22), ("Makayla", 21),
    ("Trinity", 20), ("Kylie", 20), ("Kaylee", 20), ("Paige", 19), ("Lily", 19), ("Faith", 18),
    ("Zoe", 18), ("Stephanie", 18), ("Jenna", 17), ("Andrea", 17), ("Riley", 16), ("Katelyn", 16),
    ("Angelina", 15), ("Kimberly", 15), ("Madeline", 15), ("Mary", 14), ("Margaret", 10), ("Rebecca", 14),
    ("Amanda", 13), ("Deborah", 4), ("Patricia", 5), ("Susan", 4), ("Christina", 9), ("Jacqueline", 10),
    ("Sofia", 12), ("Sofía", 4), ("Valeria", 8), ("Camila", 10), ("Guadalupe", 6), ("Ximena", 5),
    ("Aaliyah", 12), ("Imani", 6), ("Jada", 9), ("Kiara", 8), ("Mei", 3), ("Linh", 3), ("Priya", 4),
    ("Fatima", 5), ("Aisha", 4), ("Abby", 6), ("Katie", 5), ("Jenny", 3), ("Gabrielle", 10), ("Evelyn", 12),
    ("Caroline", 10), ("Jocelyn", 8), ("Daisy", 6),
]
# Middle names: drawn from the first names of the same sex, plus these common middle-only names.
MIDDLE_EXTRA_FEMALE: list[tuple[str, int]] = [
    ("Marie", 120), ("Lynn", 90), ("Ann", 80), ("Nicole", 50), ("Rose", 60), ("Elizabeth", 70), ("Grace", 50),
    ("Mae", 30), ("Jean", 30), ("Renee", 25),
]
MIDDLE_EXTRA_MALE: list[tuple[str, int]] = [
    ("Lee", 70), ("Allen", 60), ("Wayne", 40), ("Ray", 40), ("Dean", 30), ("Scott", 40), ("Paul", 40),
    ("Alan", 35), ("Edward", 30), ("Michael", 80), ("James", 80), ("Thomas", 40),
]
LAST: list[tuple[str, int]] = [
    ("Smith", 240), ("Johnson", 200), ("Williams", 170), ("Brown", 150), ("Jones", 150), ("Garcia", 130),
    ("Miller", 130), ("Davis", 125), ("Rodriguez", 115), ("Martinez", 110), ("Hernandez", 105),
    ("Lopez", 95), ("Gonzalez", 95), ("Wilson", 90), ("Anderson", 88), ("Thomas", 86), ("Taylor", 85),
    ("Moore", 80), ("Jackson", 80), ("Martin", 78), ("Lee", 76), ("Perez", 72), ("Thompson", 70),
    ("White", 70), ("Harris", 66), ("Sanchez", 64), ("Clark", 60), ("Ramirez", 58), ("Lewis", 56),
    ("Robinson", 55), ("Walker", 55), ("Young", 52), ("Allen", 52), ("King", 50), ("Wright", 50),
    ("Scott", 48), ("Torres", 47), ("Nguyen", 46), ("Hill", 46), ("Flores", 45), ("Green", 45),
    ("Adams", 44), ("Nelson", 43), ("Baker", 43), ("Hall", 42), ("Rivera", 42), ("Campbell", 40),
    ("Mitchell", 40), ("Carter", 39), ("Roberts", 39), ("Gomez", 36), ("Phillips", 36), ("Evans", 35),
    ("Turner", 35), ("Diaz", 34), ("Parker", 34), ("Cruz", 33), ("Edwards", 33), ("Collins", 32),
    ("Reyes", 32), ("Stewart", 31), ("Morris", 31), ("Morales", 30), ("Murphy", 30), ("Cook", 29),
    ("Rogers", 29), ("Gutierrez", 28), ("Ortiz", 28), ("Morgan", 27), ("Cooper", 27), ("Peterson", 26),
    ("Bailey", 26), ("Reed", 26), ("Kelly", 25), ("Howard", 25), ("Ramos", 24), ("Kim", 24), ("Cox", 24),
    ("Ward", 23), ("Richardson", 23), ("Watson", 22), ("Brooks", 22), ("Chavez", 22), ("Wood", 21),
    ("James", 21), ("Bennett", 21), ("Gray", 20), ("Mendoza", 20), ("Ruiz", 20), ("Hughes", 19),
    ("Price", 19), ("Alvarez", 19), ("Castillo", 18), ("Sanders", 18), ("Patel", 18), ("Myers", 18),
    ("Long", 17), ("Ross", 17), ("Foster", 17), ("Jimenez", 16), ("Powell", 16), ("Jenkins", 16),
    ("Perry", 15), ("Russell", 15), ("Sullivan", 15), ("Bell", 15), ("Coleman", 14), ("Butler", 14),
    ("Henderson", 14), ("Barnes", 14), ("Gonzales", 13), ("Fisher", 13), ("Vasquez", 13), ("Simmons", 13),
    ("Romero", 12), ("Jordan", 12), ("Patterson", 12), ("Alexander", 12), ("Hamilton", 12), ("Graham", 11),
    ("Reynolds", 11), ("Griffin", 11), ("Wallace", 11), ("Moreno", 10), ("West", 10), ("Cole", 10),
    ("Hayes", 10), ("Bryant", 10), ("Herrera", 10), ("Gibson", 9), ("Ellis", 9), ("Tran", 9), ("Medina", 9),
    ("Aguilar", 9), ("Stevens", 9), ("Murray", 9), ("Ford", 8), ("Castro", 8), ("Marshall", 8), ("Owens", 8),
    ("Harrison", 8), ("Fernandez", 8), ("McDonald", 8), ("Woods", 8), ("Washington", 8), ("Kennedy", 7),
    ("Wells", 7), ("Vargas", 7), ("Henry", 7), ("Chen", 7), ("Freeman", 7), ("Webb", 7), ("Tucker", 7),
    ("Guzman", 6), ("Burns", 6), ("Crawford", 6), ("Olson", 6), ("Simpson", 6), ("Porter", 6), ("Hunter", 6),
    ("Gordon", 6), ("Mendez", 6), ("Silva", 6), ("Shaw", 6), ("Snyder", 6), ("Mason", 6), ("Dixon", 5),
    ("Muñoz", 3), ("Muñiz", 2), ("Peña", 3), ("Ibáñez", 1), ("O'Brien", 5), ("O'Connor", 4), ("McCarthy", 4),
    ("DeLuca", 2), ("Van Dyke", 2), ("St. John", 1), ("Le", 4), ("Pham", 4), ("Vu", 2), ("Yang", 4),
    ("Wang", 4), ("Zhang", 3), ("Singh", 4), ("Shah", 3), ("Khan", 3), ("Ali", 3), ("Kowalski", 2),
    ("Nowak", 2), ("Schmidt", 5), ("Schneider", 4), ("Hoffman", 4), ("Zimmerman", 3), ("Yoder", 3),
    ("Stoltzfus", 1), ("Wojcik", 1), ("Abernathy", 1), ("Fitzgerald", 3), ("Blackwell", 2),
]
STREETS = [
    "Main", "Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Walnut", "Park", "Church",
    "Spring", "Ridge", "Mill", "Meadow", "Forest", "Jefferson", "Lincoln", "Highland", "Sunset", "Cherry",
    "Willow", "Jackson", "Franklin", "Madison", "Center", "Chestnut", "Broad", "Market", "Water", "River",
    "Valley", "Hickory", "Dogwood", "Magnolia", "Poplar", "Birch", "Sycamore", "Laurel", "Locust", "Prospect",
    "Grove", "Union", "School", "College", "Railroad", "Orchard", "Country Club", "Fairview", "Green",
    "King", "Summit", "Woodland", "Harrison", "Adams", "Monroe", "Lakeview", "Briarwood", "Old Mill",
    "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "12th", "Martin Luther King Jr",
]
# suffix as the state writes it, and how a vendor might spell it out
SUFFIXES = [("St", "Street"), ("Ave", "Avenue"), ("Rd", "Road"), ("Dr", "Drive"), ("Ln", "Lane"), ("Ct", "Court"),
            ("Blvd", "Boulevard"), ("Way", "Way"), ("Pike", "Pike"), ("Cir", "Circle"), ("Pl", "Place")]
SUFFIX_P = [0.28, 0.16, 0.16, 0.14, 0.08, 0.06, 0.03, 0.03, 0.02, 0.02, 0.02]


# The long tail: real populations have thousands of rare names. Invented ones are built from these parts (every
# head with every tail), each far rarer than any listed name; the listed names keep LISTED_SHARE of the people.
SURNAME_HEADS = [
    "Ash", "Black", "Brad", "Bram", "Brook", "Cal", "Carl", "Chat", "Cold", "Cran", "Dal", "Dun", "Eck", "Elling",
    "Fair", "Farn", "Fitz", "Gal", "Gold", "Gra", "Ham", "Hart", "Hol", "Hux", "Kel", "Kings", "Kirk", "Lang",
    "Lind", "Lock", "Mal", "Mar", "Mel", "Mid", "Mont", "Nor", "Ols", "Pem", "Pres", "Rad", "Rams", "Red", "Ros",
    "Rut", "Sal", "Sed", "Shel", "Stan", "Stock", "Sut", "Thorn", "Tre", "Ush", "Van", "Wal", "Wel", "Whit",
    "Wil", "Win", "Wood", "Yar", "Zel", "Bar", "Ber", "Dor", "Gar", "Hal", "Kas", "Lor", "Mor",
]
SURNAME_TAILS = [
    "ford", "ley", "ton", "field", "wood", "man", "son", "er", "berg", "stein", "ski", "ez", "ini", "ova", "well",
    "by", "dale", "ham", "more", "worth", "ing", "hardt", "quist", "strom", "ek", "ander", "ello", "ak",
    "ridge", "mann", "cott", "wick", "ach",
]
FIRST_HEADS = {
    "male": ["Bray", "Kay", "Jay", "Ash", "Ry", "Lan", "Cay", "Dar", "Ed", "Gar", "Jax", "Kol", "Mar", "Rey",
             "Tay", "Zan", "Bren", "Car", "Dev", "Eli", "Ja", "Kam", "Lu", "Tre", "Ty", "Ad", "Ro", "Ka"],
    "female": ["Kay", "Ash", "Mad", "Bri", "Ja", "Ka", "Lay", "Mac", "Ay", "Ari", "Bel", "Cam", "Dai", "El",
               "Jo", "Kin", "Le", "Mar", "Na", "Re", "Sa", "Ta", "Za", "Ad", "Ky", "Sha", "Ve", "Li"],
}
FIRST_TAILS = {
    "male": ["den", "ton", "son", "len", "ron", "ius", "iel", "on", "ston", "ren", "ce", "vin", "rick", "dan",
             "ley", "mir", "lo", "ian", "ter", "ric"],
    "female": ["lee", "lyn", "ana", "ella", "leigh", "ley", "ira", "ina", "ya", "iah", "elle", "ara", "ette",
               "nia", "lani", "ssa", "rae", "ona", "ie", "ly"],
}
LISTED_SHARE = {"male": 0.7, "female": 0.7, "last": 0.55}


def _invented(heads: list[str], tails: list[str], exclude: set[str]) -> list[str]:
    return [h + t for h in heads for t in tails if h + t not in exclude and h[-1] != t[0]]


def _arrays(pairs: list[tuple[str, int]], tail: list[str] | None = None, share: float = 1.0
            ) -> tuple[np.ndarray, np.ndarray]:
    names = [n for n, _ in pairs]
    w = np.array([w for _, w in pairs], dtype=float)
    w = w / w.sum() * (share if tail else 1.0)
    if tail:
        tw = 1.0 / (np.arange(len(tail)) % 97 + 20)  # every invented name rare, some rarer
        w = np.concatenate([w, tw / tw.sum() * (1 - share)])
        names = names + tail
    return np.array(names, dtype=object), w / w.sum()


@cache
def tables() -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Name arrays and their probabilities: male, female, middle_male, middle_female, last."""
    listed = {n for pairs in (MALE_FIRST, FEMALE_FIRST, LAST) for n, _ in pairs}
    out = {"last": _arrays(LAST, _invented(SURNAME_HEADS, SURNAME_TAILS, listed), LISTED_SHARE["last"])}
    for sex, pairs in (("male", MALE_FIRST), ("female", FEMALE_FIRST)):
        out[sex] = _arrays(pairs, _invented(FIRST_HEADS[sex], FIRST_TAILS[sex], listed), LISTED_SHARE[sex])
    out["middle_male"] = _arrays(MALE_FIRST + MIDDLE_EXTRA_MALE * 3)
    out["middle_female"] = _arrays(FEMALE_FIRST + MIDDLE_EXTRA_FEMALE * 3)
    return out


@cache
def nicknames() -> dict[str, tuple[str, ...]]:
    """formal first name -> the nicknames people write instead, from nicknames.csv (in file order)."""
    out: dict[str, list[str]] = {}
    with NICKNAMES_CSV.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["formal_name"], []).append(row["nickname"])
    return {k: tuple(v) for k, v in out.items()}


ACCENTS = str.maketrans("áéíóúÁÉÍÓÚñÑüÜ", "aeiouAEIOUnNuU")


def strip_accents(text: str) -> str:
    return text.translate(ACCENTS)
