"""Write-ins typed in Spanish, or in Spanish and English, on a list written in English.

Bilingual counsellors and clerks write a credential's name as they say it: "Licencia de montacargas" (a forklift
licence), "Asistente de Enfermería Certificado" (a certified nursing assistant), "RCP y Primeros Auxilios - Cruz Roja
Americana" (CPR and first aid, from the American Red Cross), "Técnico de Farmacia", "OSHA 10 horas construcción".

``spanish_put_back`` reads such a write-in in English, where the list's names are English: accents read away, the
field's Spanish words and phrases (``GLOSSARY``, a general glossary of CTE credentials' words, not any list's) put in
English, and Spanish word order put back where it is sure: a head noun before "de" and its complement ("técnico de
farmacia": "pharmacy technician"), an adjective after its noun ("asistente ... certificado": "certified ...").
Acronyms, brands and numbers are left as typed. A text with no word of the glossary that is only Spanish is left as
typed, and so is every text on a list whose own names are Spanish (a bilingual list is read as it is written).
"""

from __future__ import annotations

import re
import unicodedata

# Spanish words and phrases of the field -> English, accents read away, longest phrases first when applied
GLOSSARY: dict[str, str] = {
    # kinds of credential and their words
    "licencia de conducir comercial": "commercial driver license", "licencia de conducir": "driver license",
    "licencia": "license", "certificado": "certified", "certificada": "certified", "certificacion": "certification",
    "certificaciones": "certifications", "certificados": "certificates",
    "certificado de logro": "certificate of achievement",
    "credencial": "credential", "permiso": "permit", "tarjeta": "card", "registro": "registration",
    "registrado": "registered", "registrada": "registered", "profesional": "professional", "especialista": "specialist",
    "asociado": "associate", "asociada": "associate", "nivel": "level", "niveles": "levels", "basico": "basic",
    "avanzado": "advanced", "intermedio": "intermediate", "fundamentos": "fundamentals", "usuario": "user",
    "experto": "expert", "horas": "hour", "hora": "hour", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4",
    "clase": "class", "tipo": "type",
    # people and jobs
    "tecnico": "technician", "tecnica": "technician", "asistente": "assistant", "ayudante": "aide",
    "auxiliar": "aide", "operador": "operator", "operadora": "operator", "gerente": "manager", "cocinero": "cook",
    "cocinera": "cook", "manipulador": "handler", "manipuladores": "handlers", "manipuladora": "handler",
    "soldador": "welder", "soldadora": "welder", "bombero": "firefighter", "bombera": "firefighter",
    "entrenador": "trainer", "entrenadora": "trainer", "interprete": "interpreter", "barbero": "barber",
    "barbera": "barber", "esteticista": "esthetician", "manicurista": "nail technician", "arborista": "arborist",
    "aplicador": "applicator", "aplicadora": "applicator", "renovador": "renovator", "socorrista": "responder",
    "paramedico": "paramedic", "representante": "representative", "trabajador": "worker", "trabajadora": "worker",
    "promotora de salud": "community health worker", "promotor de salud": "community health worker",
    "abanderado de trafico": "flagger", "abanderado": "flagger", "paraprofesional": "paraprofessional",
    "instructor": "instructor", "supervisor": "supervisor", "inspector": "inspector", "electricista": "electrician",
    "plomero": "plumber", "carpintero": "carpenter", "mecanico": "mechanic", "enfermera": "nurse",
    "enfermero": "nurse",
    # fields and subjects
    "enfermeria": "nursing", "farmacia": "pharmacy", "soldadura": "welding", "montacargas": "forklift",
    "primeros auxilios": "first aid", "rcp": "cpr", "salud mental": "mental health", "salud": "health",
    "hogar": "home", "medicacion": "medication", "medico": "medical", "medica": "medical", "clinico": "clinical",
    "clinica": "clinical", "dental": "dental", "flebotomia": "phlebotomy", "electrocardiograma": "ekg",
    "cosmetologia": "cosmetology", "barberia": "barbering", "trenzado de cabello": "hair braiding",
    "cabello": "hair", "unas": "nail", "alimentos": "food", "alimentaria": "food", "alergenos": "allergens",
    "cocina": "culinary", "culinario": "culinary", "culinaria": "culinary", "panaderia": "baking",
    "reposteria": "pastry", "construccion": "construction", "industria general": "general industry",
    "electricidad": "electrical", "electrico": "electrical", "electricos": "electrical",
    "electronicos": "electronic", "electronica": "electronics", "plomeria": "plumbing",
    "carpinteria": "carpentry", "albanileria": "masonry", "nucleo": "core", "frenos": "brakes", "camion": "truck",
    "automovil": "automobile", "automotriz": "automotive", "suspension": "suspension", "direccion": "steering",
    "sistemas": "systems", "motor": "engine", "reparacion": "repair", "transmision": "transmission",
    "calefaccion": "heating", "aire acondicionado": "air conditioning", "refrigeracion": "refrigeration",
    "produccion": "production", "logistica": "logistics", "manufactura": "manufacturing", "calidad": "quality",
    "seguridad": "safety", "ciberseguridad": "cybersecurity", "redes": "networking", "soporte": "support",
    "ti": "it", "informatica": "it", "alfabetizacion digital": "digital literacy", "comunicacion": "communication",
    "habilidades": "skills", "negocios": "business", "emprendimiento": "entrepreneurship",
    "pequenos negocios": "small business", "contabilidad": "accounting", "cinturon": "belt", "amarillo": "yellow",
    "verde": "green", "negro": "black", "cinturon amarillo": "yellow belt", "cinturon verde": "green belt",
    "cinturon negro": "black belt", "materiales peligrosos": "hazardous materials",
    "materiales": "materials", "peligrosos": "hazardous", "conciencia": "awareness", "operaciones": "operations",
    "emergencias medicas": "emergency medical", "emergencias": "emergency", "comportamiento": "behavior",
    "desarrollo infantil": "child development", "infantil": "child", "preescolar": "preschool",
    "cuidado infantil": "child care", "pesticidas": "pesticide", "plaguicidas": "pesticide", "privado": "private",
    "comercial": "commercial", "cesped": "turf", "ornamentales": "ornamental", "carne de res": "beef",
    "garantia de calidad": "quality assurance", "veterinario": "veterinary", "veterinaria": "veterinary",
    "ciencia animal": "animal science", "aplicaciones": "applications", "medicion": "measurement",
    "planificacion de trabajo": "job planning", "banco": "benchwork", "trazado": "layout", "plomo": "lead",
    "recepcion": "front desk", "servicio al huesped": "guest service", "huesped": "guest", "servicio": "service",
    "logro": "achievement", "interpretacion": "interpreting", "procesamiento esteril": "sterile processing",
    "esteril": "sterile", "procesamiento": "processing", "personal": "personal", "conducir": "driver",
    "trafico": "traffic", "fotografia": "photography", "diseno": "design", "grafico": "graphic",
    # issuers
    "cruz roja americana": "american red cross", "cruz roja": "red cross",
    "asociacion americana del corazon": "american heart association",
    "asociacion nacional de restaurantes": "national restaurant association",
    "departamento de salud": "department of health", "departamento de agricultura": "department of agriculture",
    "depto de agricultura": "department of agriculture", "depto de salud": "department of health",
    "junta de enfermeria": "board of nursing", "junta de cosmetologia": "board of cosmetology",
    "oficina estatal": "state office", "estatal": "state", "del estado": "state", "departamento": "department",
    "junta": "board",
    "comunitario": "community", "comunitaria": "community", "aprobado": "approved", "aprobada": "approved",
    "manipulador de alimentos": "food handler", "manipuladores de alimentos": "food handlers",
    "nivel de entrada": "entry level", "pintura y acabado": "painting and refinishing", "pintura": "painting",
    "acabado": "refinishing", "no estructural": "non-structural", "estructural": "structural",
    "control de infecciones": "infection control", "infecciones": "infection", "quirurgico": "surgical",
    "quirurgica": "surgical", "primer respondedor medico": "emergency medical responder",
    "primer respondedor": "first responder", "proveedores de salud": "healthcare providers",
    "proveedores": "providers", "torneado": "turning", "fresado": "milling", "vehiculos": "vehicle",
    "vehiculo": "vehicle", "mesero": "server", "mesera": "server", "recepcionista": "front desk representative",
    "atencion al paciente": "patient care", "paciente": "patient", "artes culinarias": "culinary arts",
    "artes": "arts", "programa": "program", "medalla de oro": "gold medal", "medalla": "medal", "grado": "degree",
    "colision": "collision",
    # small words
    "y": "and", "luego": "then", "con": "with", "para": "for", "en": "in", "ademas de": "and",
}
# Spanish heads written before "de" and their complement ("tecnico de farmacia"): the complement goes first
_HEADS = ("licencia", "certificado", "certificacion", "tecnico", "tecnica", "asistente", "ayudante", "auxiliar",
          "operador", "operadora", "manipulador", "manipuladores", "gerente", "especialista", "aplicador",
          "permiso", "tarjeta", "registro", "trabajador", "trabajadora", "representante", "profesional",
          "fundamentos", "soporte", "asociado", "asociada", "instructor", "inspector", "renovador", "socorrista",
          "interprete", "clase", "programa", "entrenador", "cocinero", "cocinera", "credencial")
# adjectives written after their noun ("asistente ... certificado"): put before the words they follow
_AFTER = ("certificado", "certificada", "registrado", "registrada", "comercial", "privado", "medico", "medica",
          "clinico", "clinica", "veterinario", "veterinaria", "profesional", "quirurgico", "quirurgica", "basico",
          "avanzado", "intermedio", "estatal", "esteril", "comunitario", "comunitaria", "aprobado", "aprobada")
# words that are only Spanish: one of them says the text is Spanish (not "dental", "motor", "personal", "e", "o")
_ONLY_SPANISH = frozenset(k for k in GLOSSARY if " " not in k and k not in {
    "dental", "motor", "personal", "suspension", "instructor", "inspector", "supervisor", "interprete", "e", "o",
    "y", "en", "con", "ti", "para", "rcp", "uno", "dos", "tres", "banco", "clase", "tipo", "registro", "comercial",
    "experto", "profesional", "barbero"}) | {"de", "del", "la", "el", "los", "las", "y", "primeros", "auxilios",
                                             "cruz", "roja", "americana", "nacional"}
_SMALL_WORDS = frozenset({"de", "del", "la", "el", "los", "las", "y", "en", "con", "para", "luego"})
_STRONG = _ONLY_SPANISH - _SMALL_WORDS
_PHRASES = sorted(GLOSSARY, key=lambda k: -len(k))
_PHRASE = re.compile(r"(?<![\w+])(" + "|".join(re.escape(k) for k in _PHRASES) + r")(?![\w+])", re.IGNORECASE)
_HEAD_OF = re.compile(r"(?<![\w+])(" + "|".join(_HEADS) + r")\s+(?:de(?:l| la| los| las)?|en)\s+"
                      r"([a-z]+(?:\s+(?!(?:y|e|o|luego|con|para|de|del|en)\b)[a-z]+)?)"
                      r"(?=$|[\s,;:()/&+\-])", re.IGNORECASE)
_LONG_PHRASE = re.compile(r"(?<![\w+])(" + "|".join(re.escape(k) for k in _PHRASES if " " in k) + r")(?![\w+])",
                          re.IGNORECASE)
_PASSED = re.compile(r"((?:\s[-\u2013\u2014:]\s*|\(\s*))(?:aprobado|aprobada|aprobo)(?=\s*\)?\s*$)", re.IGNORECASE)
_SMALL = re.compile(r"(?<![\w+])(?:de|del|de la|de los|de las|la|el|los|las)(?![\w+])", re.IGNORECASE)


def without_accents(text: str) -> str:
    """The text with its accents read away ("Técnico": "Tecnico"); "ñ" is "n"."""
    if text.isascii():  # nothing to read away (most write-ins): as quick as a test
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def looks_spanish(text: str) -> bool:
    """A word of the glossary that is only Spanish is in the text ("licencia", "tecnico", "primeros"), "y" in small
    letters between two words, or "de" or "del" beside a word of the glossary; not "la" or "el" alone ("LA" is
    Louisiana)."""
    words = re.findall(r"[a-z]+", without_accents(text).lower())
    if re.search(r"\S\s+y\s+\S", text):  # "y" in small letters between two words: "CNA y BLS"
        return True
    return any(w in _STRONG for w in words) or (
        any(w in ("de", "del", "y") for w in words) and any(w in GLOSSARY and w not in _SMALL_WORDS for w in words))


def spanish_put_back(text: str | None) -> str | None:
    """The write-in in English, where it is written in Spanish (see the module's docstring); else as typed. Line by
    line: a line break parts two credentials."""
    if not text or not looks_spanish(text):
        return text
    return "\n".join(_line_in_english(line) for line in without_accents(text).split("\n"))


def _line_in_english(read: str) -> str:
    # a status after a dash or in brackets: passed ("Flebotomia - aprobado"), not the Approved Veterinary Assistant
    read = _PASSED.sub(r"\1passed", read)
    # the glossary's phrases first, so that a "de" inside one is no head's ("trenzado de cabello": "hair braiding")
    read = _LONG_PHRASE.sub(lambda m: GLOSSARY[m.group(1).lower()], read)

    # a head and its complement after "de": the complement first ("licencia de montacargas": "montacargas licencia"),
    # unless the complement is itself a head
    def head_last(m: re.Match) -> str:
        head, rest = m.group(1), m.group(2)
        if rest.lower().split()[0] in _HEADS:
            return m.group(0)
        return f"{rest} {head}"

    for _ in range(3):  # a head inside another's complement ("certificado de tecnico de farmacia")
        again = _HEAD_OF.sub(head_last, read)
        if again == read:
            break
        read = again
    # an adjective after its noun goes before the words of its phrase ("enfermeria asistente certificado":
    # "certificado enfermeria asistente"); a phrase ends at punctuation, a bracket or a word joining two credentials
    out: list[str] = []
    start = 0
    for word in read.split():
        bare = word.lower().strip(",;:.")
        if bare in _AFTER and out and start < len(out):
            out.insert(start, word.rstrip(",;:."))
            if word[-1:] in ",;:.":
                out[-1] += word[-1]
                start = len(out)
            continue
        out.append(word)
        if word[-1:] in ",;:)" or word.lower() in {"-", "&", "+", "/", "y", "luego", "and"}:
            start = len(out)
    read = " ".join(out)
    read = _PHRASE.sub(lambda m: GLOSSARY[m.group(1).lower()], read)
    read = _SMALL.sub(" ", read)
    return " ".join(read.split())


def spanish_list(names: list[str]) -> bool:
    """The list writes its own names in Spanish, on one in twenty of them or more (a bilingual list): its write-ins
    are read as written."""
    return bool(names) and 20 * sum(looks_spanish(n) for n in names) >= len(names)
