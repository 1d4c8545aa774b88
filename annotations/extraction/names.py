"""Who a sentence names: the shape of a person's or an institution's name, the titles and
descriptions around it, and the article's index of the people and organisations it names.

`NameIndex` resolves a surname to the full name introduced earlier and a pronoun to the
person named nearest before it; `speaker_type` tells a person from an organisation;
`german_nominative` undoes the case a German preposition puts a name in ("laut
Statistischem Bundesamt"). `clauses` finds where a statement and its speaker are and
asks this module what the speaker's words name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from operator import itemgetter

from .language import FUNCTION_WORDS
from .places import is_state
from .signals import alternation

# Documents and figures a source publishes: they are no person ("the report", "new data"),
# and `clauses` lets "found", "showed" and "alleges" report only after them ("the report
# found that …", "…, official figures showed on Friday.", "The indictment alleges that …").
DOCUMENTS = (
    *("report", "study", "survey", "analysis", "review", "poll", "audit", "investigation", "research"),
    *("reports", "studies", "surveys", "polls", "records", "documents", "filings"),  # "…, their latest filings show."
)

COURT_DOCUMENTS = ("indictment", "lawsuit", "complaint", "suit", "filing", "affidavit")

DATA_NOUNS = ("data", "figures", "statistics", "numbers", "index")

NAME_TOKEN = r"[A-ZÄÖÜÁÉÍÓÚÑ][\w'’-]+"  # noqa: S105 - a pattern, not a password

# Two to five capitalised words, with the particles of names and institutions between them
# ("Ursula von der Leyen", "Instituto Nacional de Estadística", "Deutsche Bank Chef
# Christian Sewing", whose title `strip_titles` drops).
PARTICLES = (
    r"(?:(?:von der|van der|van den|von|van|de la|de los|de las|del|de|da|di|du|y|für|of|for|para la|para el)\s)"
)

# A middle initial and a closing "Jr."/"Sr." belong to the name: "Robert F. Kennedy Jr.".
NAME = re.compile(
    rf"(?<![\w@#-])(?:{NAME_TOKEN}\s(?:[A-Z]\.\s)?{PARTICLES}?){{1,6}}(?!(?:Jr|Sr)\.){NAME_TOKEN}(?![\w-])"
    r"(?:\s(?:Jr|Sr)\.)?"
)

# Quotation marks around a title ("des „Spiegel“", "de «El País»", 'the "Los Angeles Times"'):
# people are not written so. "'" is left out, being also the apostrophe of "l'Insee".
TITLE_OPENS = '„“"«»'

TITLE_CLOSES = '“”"»«'

# An organisation named again by what it is: "The company said …", "Según el organismo, …",
# "Das Unternehmen teilte mit, …". Its speaker is the organisation named before (as for
# "it"), or the description itself when the article names none.
ORGANISATION_DESCRIPTIONS = frozenset(
    [
        *("the company", "the firm", "the agency", "the bank", "the central bank", "the ministry"),
        *("the department", "the group", "the organization", "the organisation", "the institute"),
        *("the lender", "the insurer", "the carmaker", "the automaker", "the chipmaker", "the retailer"),
        *("the airline", "the fund", "the bureau", "the commission", "the regulator"),
        *("the university", "the college", "the hospital", "the union", "the charity"),
        *("das unternehmen", "der konzern", "die behörde", "das amt", "das institut", "die bank"),
        *("die notenbank", "die zentralbank", "das ministerium", "die organisation", "der verband"),
        *("die firma", "die agentur", "der hersteller", "der autobauer", "die gewerkschaft"),
        *("el organismo", "la institución", "la entidad", "la compañía", "la empresa", "el banco"),
        *("el banco central", "el ministerio", "el grupo", "la organización", "el instituto", "la agencia"),
        *("la firma", "el fondo", "el sindicato", "la patronal", "la aseguradora", "la aerolínea"),
        *("el instituto armado", "la benemérita"),  # the Guardia Civil
        *("el supervisor", "el regulador", "el emisor", "el consistorio", "el ente"),
        *("la universidad", "el hospital", "die universität", "die hochschule", "das krankenhaus"),
    ]
)


def german_description(speaker: str, sentence: str) -> str:
    """A German organisation named by what it is, without its article, as a genitive source
    leaves it ("der Behörde", "des Verbands", "des Amtes" give "Behörde", "Verband", "Amt")
    or a closing "wie" clause ("wie das Amt mitteilte"): the description with its article
    ("die Behörde"), else "". Only where `sentence` writes it in the genitive or after that
    article: "Wie die Unternehmen mitteilten" are several, not "das Unternehmen"."""
    if not speaker or " " in speaker or not speaker[:1].isupper():
        return ""
    nominative = german_nominative(speaker)
    lowered = nominative.lower()
    for article in ("die", "der", "das"):
        if f"{article} {lowered}" in ORGANISATION_DESCRIPTIONS:
            written = re.search(rf"(?<!\w)(?i:des|der|{article})\s+{re.escape(speaker)}(?!\w)", sentence)
            return f"{article} {nominative}" if written else ""
    return ""


def organisation_description(speaker: str) -> bool:
    """Whether `speaker` names an organisation by what it is (`ORGANISATION_DESCRIPTIONS`),
    Spanish with one adjective after the noun too: "el organismo estadístico", "la
    entidad financiera". A name after the noun is no adjective: "la patronal CEOE" is
    the CEOE, not the organisation named before."""
    lowered = speaker.strip().lower()
    if lowered in ORGANISATION_DESCRIPTIONS:
        return True
    words = speaker.split()
    if len(words) != 3:  # every piece's speaker is asked: most are names
        return False
    article, noun, adjective = (word.lower() for word in words)
    described = f"{article} {noun}" in ORGANISATION_DESCRIPTIONS
    return described and article in ("el", "la", "los", "las") and adjective.isalpha() and words[2].islower()


# Adverbs around a reporting verb, capitalised when they open the sentence ("Dort sagte
# er", "Allí aseguró que …"): no names, and no subjects ("He also said", "Además, dijo …").
SPEECH_ADVERBS = frozenset(
    [
        "also",
        "later",
        "then",
        "again",
        "further",
        "earlier",
        "previously",
        "once",
        "repeatedly",
        "here",
        "there",
        "auch",
        "zudem",
        "außerdem",
        "später",
        "dann",
        "erneut",
        "bereits",
        "dort",
        "da",
        "damals",
        "heute",
        "gestern",
        "however",
        "meanwhile",
        "moreover",
        "separately",
        "nevertheless",
        "nonetheless",
        "indeed",
        "allerdings",
        "dennoch",
        "trotzdem",
        "dazu",
        "zuvor",
        "anschließend",
        "gleichzeitig",
        "nun",
        "jetzt",
        "daraufhin",
        "deshalb",
        "daher",
        "schließlich",
        "zunächst",
        "ebenso",
        "hingegen",
        "inzwischen",
        "zuletzt",
        "dabei",
        "demnach",
        "y",
        "también",
        "además",
        "luego",
        "después",
        "asimismo",
        "ayer",
        "hoy",
        "ya",
        "allí",
        "aquí",
        "ahí",
        "entonces",
    ]
)

NOT_NAMES = (
    SPEECH_ADVERBS
    | frozenset().union(*FUNCTION_WORDS.values())
    | frozenset(
        [
            "but",  # "But Reeves said …": a conjunction opening the sentence
            "yet",
            "aber",
            "doch",
            "jedoch",
            "dies",
            "diese",
            "dieser",
            "nachdem",
            "als",
            "wenn",
            "in",
            "im",
            "am",
            "the",
            "this",
            "that",
            "now",
            "today",
            "yesterday",
            "jetzt",
            "heute",
            "gestern",
            "ahora",
            "según",
            "hoy",
            "ayer",
            "así",
            "el",
            "la",
            "los",
            "las",
        ]
    )
)

_TITLES = frozenset(
    [
        "senator",
        "senatorin",
        "president",
        "präsident",
        "präsidentin",
        "presidente",
        "presidenta",
        "minister",
        "ministerin",
        "ministro",
        "ministra",
        "secretary",
        "sekretärin",
        "secretario",
        "secretaria",
        "governor",
        "gouverneur",
        "gobernador",
        "dr",
        "prof",
        "mr",
        "mrs",
        "ms",
        "sr",
        "sra",
        "doña",
        "herr",
        "frau",
        "kanzler",
        "kanzlerin",
        "canciller",
        "chancellor",
        "mayor",
        "bürgermeister",
        "alcalde",
        "alcaldesa",
    ]
)

# German roles of the press, masculine (the feminine adds "-in").
PRESS_ROLES = (
    "redakteur", "herausgeber", "korrespondent", "reporter", "journalist", "kolumnist", "verleger",
    "intendant", "moderator", "autor",
)  # fmt: skip

# German compounds end in a title: "Finanzminister", "Bundeskanzlerin", "Regierungssprecher".
_TITLE_ENDINGS = (
    "vize",  # "Fraktionsvize Andreas Audretsch", "Parteivize"
    "führer",  # "Oppositionsführer Friedrich Merz", "Fraktionsführerin"
    "führerin",
    "minister",
    "ministerin",
    "kanzler",
    "kanzlerin",
    "präsident",
    "präsidentin",
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
    "vorsitzende",
    "vorsitzender",
    "sekretär",  # "NATO-Generalsekretär Mark Rutte", "Staatssekretär"
    "sekretärin",
    "bürgermeister",
    "bürgermeisterin",
    # Roles written before a name: "Ökonom Hans Müller", "Grünen-Politiker Anton Hofreiter".
    "politiker",
    "politikerin",
    "experte",
    "expertin",
    "ökonom",
    "ökonomin",
    "forscher",
    "forscherin",
    "wissenschaftler",
    "wissenschaftlerin",
    "analyst",
    "analystin",
    "schützer",
    "schützerin",
    "direktor",
    "direktorin",
    "berater",
    "beraterin",
    "beauftragte",
    "beauftragter",
    "abgeordnete",
    "abgeordneter",
    "kandidat",  # "Kanzlerkandidat Friedrich Merz"
    "kandidatin",
    "volkswirt",  # "Chefvolkswirt Jörg Krämer"
    "volkswirtin",
    "unternehmer",  # "Der Unternehmer Klaus Weber"
    "unternehmerin",
    "anwalt",  # "Staatsanwalt", "Rechtsanwalt"
    "anwältin",
    "richter",
    "richterin",
    "bürgermeister",
    "bürgermeisterin",
    "manager",
    "managerin",
    "trainer",  # "Trainer Thomas Tuchel", "Bundestrainer Julian Nagelsmann"
    "trainerin",
    # The press: "Chefredakteur Giovanni di Lorenzo", "ARD-Korrespondentin Anna Schmidt".
    *PRESS_ROLES,
    *(f"{role}in" for role in PRESS_ROLES),
)


def is_title(token: str) -> bool:
    word = token.lower().rstrip(".")
    if word.endswith(("-general", "-elect")):  # "Secretary-General", "Attorney-General", "President-elect"
        word = word.rsplit("-", 1)[0]
        return word in _TITLES or word in _AMBIGUOUS_TITLES
    return word in _TITLES or word.endswith(_TITLE_ENDINGS)


# Titles and roles that also begin the names of firms and offices ("General Motors",
# "Justice Department"): dropped only before a name of two words or more.
_AMBIGUOUS_TITLES = frozenset(
    [
        "general",
        "chair",
        "chairman",
        "chairwoman",
        "ceo",
        "director",
        "judge",
        "justice",
        "professor",
        "economist",
        "analyst",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "commissioner",
        "leader",
        "chief",  # "Fed Chief Jerome Powell", "Chief Executive Tim Cook"
        "executive",
        "officer",
        "speaker",
        "rep",
        "sen",
        "gov",
        "lt",
        "col",
        "sgt",
        "attorney",  # "U.S. Attorney Damian Williams", "District Attorney Alvin Bragg"
        "prosecutor",
        "sheriff",
        "mp",  # "Labour MP Jane Doe"; "MP Materials" is a firm
        "mep",
    ]
)

_TITLE_MODIFIERS = frozenset(["prime", "vice", "foreign", "deputy", "former"])


def strip_titles(name: str) -> str:
    """The name without the titles and roles before it: everything up to the last one
    ("Fed Chair Jerome Powell" is "Jerome Powell", "Prime Minister Rabin" is "Rabin"), nor
    the place after a titled person ("Senator Rand Paul of Kentucky" is "Rand Paul")."""
    tokens = name.split()
    cut = 0
    for i, token in enumerate(tokens[:-1]):
        word = token.lower().rstrip(".")
        if tokens[i + 1].islower():
            continue  # "Director of Engineering Research" names an office, not a person
        if word in _TITLE_MODIFIERS:
            if is_title(tokens[i + 1]):  # "Prime Minister", not "Foreign Office"
                cut = i + 1
        elif word in _AMBIGUOUS_TITLES:
            # Before a name of two words or more, not before an office ("Chief Executive of Apple").
            if len(tokens) - i - 1 >= 2 and not any(token.islower() for token in tokens[i + 1 :]):
                cut = i + 1
        elif is_title(token):
            cut = i + 1
    person = tokens[cut:]
    if cut and "of" in person[2:]:
        # "Senator Rand Paul of Kentucky", "Mayor Eric Adams of New York": a person, where from.
        person = person[: person.index("of", 2)]
    return " ".join(person)


# Places whose name opens with a Spanish article, written so in every language: the article
# is part of them ("Los Angeles" is not "Angeles", while "El Gobierno" is "Gobierno").
_ARTICLE_NAMES = frozenset(
    [
        "los angeles",
        "los ángeles",
        "las vegas",
        "el paso",
        "el salvador",
        "la paz",
        "las palmas",
        "la rioja",
        "la coruña",
        "la habana",
        "la plata",
        "los alamos",
        # Spanish parties whose names open with a function word: "Más Madrid calcula que …"
        "más madrid",
        "más país",
        "en comú",
    ]
)


def article_in_name(tokens: list[str], at: int) -> bool:
    """Whether the article at `tokens[at]` opens one of `_ARTICLE_NAMES`."""
    return at + 1 < len(tokens) and f"{tokens[at]} {tokens[at + 1]}".lower() in _ARTICLE_NAMES


# What follows a source's name when its data speak: "('s) (latest) data/figures …".
ITS_DATA = rf"(?:['’]s)?\s+(?:(?i:official|new|latest|preliminary)\s+)?(?:{'|'.join(DATA_NOUNS)})"


def first_word(text: str) -> str:
    """The first word of `text` in lower case ("" for none)."""
    words = text.split(maxsplit=1)
    return words[0].lower() if words else ""


# Staff named by where they work: "Analysts at Barclays", "economists at the Bundesbank".
# Their employer is who a reviewer looks up, and an organisation.
STAFF_NOUNS = (
    r"(?i:analysts?|economists?|strategists?|researchers?|scientists?|experts?|officials?|executives?|"
    r"ökonomen|analysten|experten|volkswirte|forscher|strategen)\s+"
    # "Analysts at Barclays", "Ökonomen bei der Deutschen Bank", "Experten der Bundesbank"
    r"(?:(?:at|bei)\s+(?:(?i:the|der|dem)\s+)?|(?-i:der|des)\s+)"
)


def bare_acronym(name: str) -> str:
    """The acronym of "The ONS", "el INE", "die EZB" without its article; "" for anything
    else, and for a role written as an acronym ("the CEO")."""
    article, _, rest = name.partition(" ")
    if article.lower() in ARTICLES and rest.isupper() and " " not in rest and rest.lower() not in ROLE_ACRONYMS:
        return rest
    return ""


# Without a name, an attribution may still say who spoke: "the national statistics office
# said", "sagte ein Sprecher des Ministeriums", "dijo el ministro de Economía". Such a
# description opens with an article and ends before a preposition or a time word.
ARTICLES = frozenset(
    [
        "the",
        "a",
        "an",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "le",
        "les",
        "il",
        "lo",
        "gli",
        "o",
        "os",
    ]
)

# Languages whose verbs need no subject: "Dijo que …", "Ha detto che …", "Disse que …".
DROPS_SUBJECT = frozenset(["es", "it", "pt"])


def _is_plural(speaker: str, language: str) -> bool:
    """Whether a speaker is written as a group: English "officials", "Health officials",
    "the researchers" (a lower-case last word in "-s"); Spanish "Los investigadores",
    "fuentes policiales" ("los"/"las", or a lower-case first word in "-s"). German nouns
    do not show it ("die Forscher", "die Deutsche Bahn"), so no German speaker is one."""
    words = speaker.split()
    if not words:
        return False
    first, last = words[0].lower(), words[-1]
    if language == "en":
        return last.islower() and last.endswith("s") and not last.endswith("ss")
    if language == "es":
        return first in ("los", "las") or (words[0].islower() and first.endswith("s"))
    return False


# Words that say a person is a woman or a man: honorifics, English roles in -woman/-man,
# Spanish, Italian and French articles before a role ("la ministra", "el portavoz").
_FEMININE_WORDS = frozenset(
    [
        "mrs",
        "ms",
        "miss",
        "frau",
        "sra",
        "señora",
        "doña",
        "mme",
        "madame",
        "la",
        "chairwoman",
        "spokeswoman",
        "congresswoman",
        "businesswoman",
    ]
)

_MASCULINE_WORDS = frozenset(
    [
        "mr",
        "herr",
        "sr",
        "señor",
        "don",
        "monsieur",
        "el",
        "del",
        "al",
        "chairman",
        "spokesman",
        "congressman",
        "businessman",
    ]
)

_NEUTRAL_TITLES = frozenset(["dr", "prof"])

_GENDER_WORDS = _FEMININE_WORDS | _MASCULINE_WORDS

# Languages that put a lower-case role with its article before a name: "la vicepresidenta Yolanda Díaz".
_ROLE_BEFORE_NAME = frozenset(["es", "it", "pt", "fr"])


def _gender(words: list[str], language: str) -> str:
    """ "f", "m" or "" from the words that name or introduce someone, the nearest (last)
    first: an honorific or a gendered role ("Mrs", "spokeswoman", German "Ministerin"
    against "Finanzminister", Spanish "ministra" against "ministro", "la"/"el")."""
    for word in reversed(words):
        lowered = word.lower().strip(".,")
        if lowered in _FEMININE_WORDS:
            return "f"
        if lowered in _MASCULINE_WORDS:
            return "m"
        if lowered in _NEUTRAL_TITLES or not is_title(lowered):
            continue
        if language == "de" and not lowered.endswith("e"):  # "die/der Vorsitzende" says nothing
            return "f" if lowered.endswith("in") else "m"
        if language in DROPS_SUBJECT and lowered[-1:] in ("a", "o"):
            return "f" if lowered.endswith("a") else "m"
    return ""


def _introduced_gender(words: list[str], language: str) -> str:
    """A name's gender from the one or two words right before it, in its own clause: an
    honorific or a gendered role ("Mrs", "Ökonomin", "ministra"), or the article before a
    role ("la vicepresidenta", "al presidente"). "Mrs Smith met Jerome Powell" says
    nothing of Powell: only the word next to a name, or its role's article, counts."""
    if not words:
        return ""
    nearest = words[-1]
    bare = nearest.lower().rstrip(".")
    if nearest[-1:] in ",;:!?" or (nearest.endswith(".") and not (is_title(bare) or bare in _GENDER_WORDS)):
        return ""  # the end of another sentence or clause, not this name's introduction
    said = _gender([nearest], language)
    if said or len(words) < 2:
        return said
    role = is_title(bare) or (language in _ROLE_BEFORE_NAME and nearest.islower())
    return _gender([words[-2]], language) if role and words[-2].lower() in _GENDER_WORDS else ""


# A name after a preposition of place is where something happened, not who said it.
LOCATIVES = frozenset(["in", "at", "near", "across", "nach", "aus", "bei", "im", "en", "desde", "hacia", "à"])

WORD_BEFORE = re.compile(r"(\w+)\s+$")


# "and" between two parts of one name: "… for Immunization and Respiratory Diseases", "… la
# Cooperación y el Desarrollo Económicos".
_JOINED = re.compile(r"\s(?:and|und|y|&)\s(?:(?:the|el|la|los|las|der|die|das)\s)?$")


# An acronym as a word of its own: "EZB", "OCDE", "ONS" (not "ICE-Züge").
_ACRONYM_WORD = re.compile(r"(?<![\w-])[A-ZÄÖÜÁÉÍÓÚÑ]{2,6}(?![\w-])")
_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
# All that stands before a dateline's place on its line, and what follows the place.
_CAPITALS_ONLY = re.compile(r"[A-ZÄÖÜÁÉÍÓÚÑ .'/-]*")
_DATELINE_GOES_ON = re.compile(r"\s*[,(]|\s+[A-ZÄÖÜÁÉÍÓÚÑ]{2,}\b")
# Acronyms that name no organisation: measures, diseases, units, currencies, formats, labels
# (and `ROLE_ACRONYMS`).
_NOT_ACRONYM_NAMES = frozenset(
    [
        *("gdp", "bip", "pib", "cpi", "ipc", "vpi", "hicp", "vat", "iva", "mwst", "ppi", "pmi", "ipi", "eps"),
        *("covid", "aids", "hiv", "dna", "adn", "rna", "sars", "mers", "ai", "ki", "ia", "it", "tv", "pdf", "url"),
        *("usd", "eur", "gbp", "jpy", "chf", "cny", "km", "kg", "kw", "kwh", "mw", "gw", "co", "am", "pm", "ok"),
        *("id", "faq", "gps", "suv", "led", "lng", "ps", "nb", "vs", "update", "live", "eil", "foto", "video"),
        *("sim", "pcr", "qr", "usb", "sms", "mri", "ct"),
    ]
)


# Languages that set a label after its noun ("la tarjeta SIM", "le test PCR"), with the
# prepositions that may stand before an organisation's acronym instead.
_LABEL_AFTER_NOUN = {
    "es": frozenset(["desde", "hacia", "contra", "sobre", "entre", "ante", "tras", "mediante"]),
    "fr": frozenset(["selon", "contre", "vers", "chez", "entre", "sur", "sous", "auprès"]),
    "it": frozenset(["secondo", "contro", "verso", "presso", "tra", "fra", "sopra"]),
    "pt": frozenset(["segundo", "contra", "desde", "entre", "sobre", "perante"]),
}


_ROLES_READ = 50  # titled names a role alone looks back over (`NameIndex.holder`)
# A role, perhaps with what it is of, then the name between commas: "la ministra de Hacienda,
# María Jesús Montero,", "the finance minister, Rachel Reeves,", "die Finanzministerin, Anna Roth,".
_ROLE_APPOSED = re.compile(
    rf"(?<!\w)(?i:el|la|the|der|die)\s+(?P<role>[^,.;:]{{1,70}}),\s+(?P<name>{NAME_TOKEN}(?:\s{PARTICLES}?{NAME_TOKEN}){{1,3}})[,.]"
)


# A role named again by another word, as Spanish news does: "La presidenta Claudia Sheinbaum
# … la mandataria aseguró que …". The titles it stands for.
_ROLE_NAMED_AS = {
    "mandataria": ("presidenta", "primera ministra", "gobernadora", "alcaldesa"),
    "mandatario": ("presidente", "primer ministro", "gobernador", "alcalde"),
}


_POSSESSIVE_END = re.compile(r"['’]s$")


def possessive_state(token: str) -> bool:
    """Whether `token` is a state's or a body's possessive before the name of what is
    theirs: "EU's", "Britain's" (not a firm's own name: "Moody's Investors Service")."""
    stem = _POSSESSIVE_END.sub("", token)
    return stem != token and (stem.isupper() or is_state(stem, "en"))


class NameIndex:
    """The people an article names, by position.

    A speaker named by surname alone is the person introduced earlier: "Powell said …"
    after "Fed Chair Jerome Powell" is Jerome Powell (`full_name`). A speaker named by a
    pronoun is the one person the sentences around it name (`antecedent`). Built on first
    use, in one pass over the text."""

    def __init__(self, text: str, language: str = "en") -> None:
        self._text = text
        self._language = language
        self._by_surname: dict[str, list[tuple[int, str]]] | None = None
        self._places: set[int] = set()
        self._ends: dict[int, int] = {}  # where each full name's match starts → where it ends
        self._roles: list[tuple[int, str, str]] = []  # (where, the title before a name, the name), in text order
        self._titled_roles: list[tuple[int, str, str]] | None = None  # with roles set before names (`_titled`)
        self._names: list[tuple[int, str]] | None = None
        self._by_first: dict[str, list[tuple[int, str]]] | None = None  # full names by their first word
        self._speakers: list[tuple[int, str]] = []
        self._types: dict[str, str] = {}
        self._firms: frozenset[str] | None = None
        self._firms_alone: frozenset[str] = frozenset()  # named by one word after a firm noun
        self._genders: dict[str, str] | None = None
        # The gender of the pronoun a person was named by ("She said …" for Maria Lopez), so
        # that a later "He said" is not hers.
        self._pronoun_genders: dict[str, str] = {}

    def _index(self) -> dict[str, list[tuple[int, str]]]:
        if self._by_surname is None:
            by_surname: dict[str, list[tuple[int, str]]] = {}
            for match in NAME.finditer(self._text):
                tokens = match.group().split()
                before = WORD_BEFORE.search(self._text, max(0, match.start() - 12), match.start())
                lead = before.group(1).lower() if before else ""
                while tokens and tokens[0].lower() in NOT_NAMES and not article_in_name(tokens, 0):
                    lead = tokens.pop(0).lower()
                if len(tokens) >= 3 and possessive_state(tokens[0]):
                    tokens.pop(0)  # "the EU's Copernicus Climate Change Service": the service
                written = " ".join(tokens)
                name = strip_titles(written)
                if " " in name:
                    by_surname.setdefault(name.rsplit(" ", 1)[1], []).append((match.start(), name))
                    self._ends[match.start()] = match.end()
                    if len(name) < len(written):  # "Bundesinnenminister Alexander Dobrindt"
                        self._roles.append((match.start(), written[: -len(name)].split()[-1].lower(), name))
                    elif lead and is_title(lead):  # in lower case before it: "la presidenta Claudia Sheinbaum"
                        self._roles.append((match.start(), lead, name))
                    if lead in LOCATIVES:
                        self._places.add(match.start())  # "in New York", "nach Neu Delhi"
            self._by_surname = by_surname
        return self._by_surname

    def _people_named(self) -> list[tuple[int, str]]:
        """Every mention of a name, by position: the full names ("Jerome Powell"), and a
        surname standing alone after its full name ("Powell was cautious."), as the
        person last introduced with it. Names after a preposition of place are left out."""
        by_surname = self._index()
        every = [(at, name) for named in by_surname.values() for at, name in named]
        mentions = [(at, name) for at, name in every if at not in self._places]
        if by_surname:
            ends = set(self._ends.values())
            places = {name for at, name in every if at in self._places} - {name for _, name in mentions}
            surnames = re.compile(rf"(?<![\w-])(?:{alternation(by_surname)})(?![\w-])", re.IGNORECASE)
            for match in surnames.finditer(self._text):
                # As written ("Weber", not the noun "weber"), and not a full name's last word.
                if match.group() in by_surname and match.end() not in ends:
                    person = self.full_name(match.group(), match.start())
                    if " " in person and person not in places:  # "York" after "in New York"
                        mentions.append((match.start(), person))
        return self._joined_names(mentions + self._firms_named_alone(every))

    def _firms_named_alone(self, every: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Where the text names a firm of one word that it calls a firm (`_firm_names`:
        "Toyota unveiled … A spokesman for the company said …", "the chipmaker Nvidia"), so
        that "the company" can stand for it; not where the word begins or ends a longer name
        ("Tokyo" of "Tokyo Electron")."""
        if self._firms is None:
            self._firms, self._firms_alone = _firm_names(self._text, self._language)
        longer = {word for _, name in every for word in name.split()}
        alone = self._firms_alone - longer
        if not alone:
            return []
        firms = re.compile(rf"(?<![\w-])(?:{alternation(alone)})(?![\w-])", re.IGNORECASE)  # `alternation` lower-cases
        return [(found.start(), found.group()) for found in firms.finditer(self._text) if found.group() in alone]

    def _joined_names(self, mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """`mentions` in text order, with the words after "and" in an organisation's name
        joined to it: "the National Center for Immunization and Respiratory Diseases" is
        one name, not an organisation and a person "Respiratory Diseases" (who would then be
        "he"); "la Organización para la Cooperación y el Desarrollo Económicos" is one
        organisation, not "Desarrollo Económicos"."""
        joined: list[tuple[int, str]] = []
        for at, name in sorted(mentions):
            link = _JOINED.search(self._text, max(0, at - 10), at)
            if link is not None and joined:
                before_at, before = joined[-1]
                if self._ends.get(before_at) == link.start() and self.speaker_type(before) == "Organization":
                    joined[-1] = (before_at, f"{before}{link.group()}{name}")
                    continue
            joined.append((at, name))
        return joined

    def full_name(self, speaker: str, before: int) -> str:
        """The last full name ending in `speaker` that starts before `before`, else `speaker`.
        Where several organisations end so, the first the text named: "laut Bahn" after "Die
        Deutsche Bahn …" and "Der Fahrgastverband Pro Bahn …" is the Deutsche Bahn, the
        article's subject (people sharing a surname: the latest)."""
        if not speaker or " " in speaker:
            return speaker
        mentions = self._index().get(speaker)
        found = bisect_left(mentions, before, key=itemgetter(0)) if mentions else 0
        if not mentions or not found:
            return self._organisation_opening(speaker, before) or speaker
        latest = mentions[found - 1][1]
        first = mentions[0][1]
        if first != latest and self.speaker_type(latest) == "Organization" == self.speaker_type(first):
            return first
        return latest

    def _organisation_opening(self, word: str, before: int) -> str:
        """The one organisation named before `before` whose name opens with `word`, as news
        shortens it: "according to Copernicus" after "the Copernicus Climate Change
        Service" (a name typed a person's keeps its first name alone: "John said" after
        "John Smith" is not his)."""
        if self._by_first is None:
            by_first: dict[str, list[tuple[int, str]]] = {}
            for named in self._index().values():
                for at, name in named:
                    by_first.setdefault(name.split(" ", 1)[0], []).append((at, name))
            self._by_first = by_first
        earlier = {name for at, name in self._by_first.get(word, ()) if at < before}
        organisations = [name for name in earlier if self.speaker_type(name) == "Organization"]
        return organisations[0] if len(organisations) == 1 else ""

    def spoke(self, speaker: str, at: int) -> None:
        """Note who said the statement starting at `at` (in text order, once per statement)."""
        insort(self._speakers, (at, speaker))  # typed when a pronoun asks (`antecedent`); kept in text order

    def plural_antecedent(self, since: int, until: int, piece: tuple[int, int]) -> str:
        """The group that spoke last between `since` and `until` (outside `piece`), for a
        plural pronoun ("Health officials said … They added that …"): a speaker written as a
        plural (`_is_plural`: "officials", "Los investigadores"); no one when two groups
        spoke, since a wrong speaker misleads more than none."""
        start = bisect_left(self._speakers, since, key=itemgetter(0))
        groups = {
            name
            for at, name in self._speakers[start:]
            if at < until and not piece[0] <= at < piece[1] and _is_plural(name, self._language)
        }
        return next(iter(groups)) if len(groups) == 1 else ""

    def holder(self, speaker: str, until: int) -> str:
        """The person the text introduced before `until` with the role `speaker` names alone:
        "Bundesinnenminister Alexander Dobrindt … Die Maßnahmen wirkten, so der Minister." is
        Dobrindt's, "Finance Minister Rachel Reeves … the minister said" Reeves's. The title's
        last word must end in the role ("Finanzministerin" is a "Ministerin", no "Minister");
        two people so introduced among the last `_ROLES_READ` titled names name no one. ""
        when `speaker` is no role alone."""
        words = speaker.split()
        if words and words[0].lower() in ARTICLES:
            words = words[1:]
        if len(words) != 1 or len(words[0]) < 4:
            return ""
        role = words[0].lower().rstrip(".")
        endings = _ROLE_NAMED_AS.get(role) or ((role,) if is_title(role) else ())
        if not endings:
            return ""
        roles = self._titled()
        # The latest titles first, a bounded number of them: a text of many "said the
        # minister" stays linear.
        holders: set[str] = set()
        last = bisect_left(roles, until, key=itemgetter(0))
        for _, title, name in reversed(roles[max(0, last - _ROLES_READ) : last]):
            if title.endswith(endings):
                holders.add(name)
                if len(holders) > 1:
                    return ""
        return next(iter(holders), "")

    def _titled(self) -> list[tuple[int, str, str]]:
        """The people the text introduces with a title, in text order: the title before the
        name ("Bundesinnenminister Alexander Dobrindt", from `_index`) or a role set before it
        between commas ("la ministra de Hacienda, María Jesús Montero,", "the finance
        minister, Rachel Reeves,"). Read once, on the first role alone."""
        if self._titled_roles is None:
            self._index()
            appositions = []
            for found in _ROLE_APPOSED.finditer(self._text):
                # The role among its first two words: "ministra de Hacienda", "finance minister".
                role = next((word for word in found.group("role").split()[:2] if is_title(word)), None)
                if role is not None:
                    appositions.append((found.start("name"), role.lower(), found.group("name")))
            self._titled_roles = sorted(self._roles + appositions) if appositions else self._roles
        return self._titled_roles

    def first_person(self, until: int) -> str:
        """The first person the text names before `until` ("Federal Reserve Governor Lisa
        Cook spoke with Reuters …" before an interview's first question), else ""."""
        if self._names is None:
            self._names = self._people_named()
        return next(
            (name for at, name in self._names if at < until and self.speaker_type(name) == "Person"),
            "",
        )

    def acronym_antecedent(self, windows: list[int], until: int, piece: tuple[int, int]) -> str:
        """The one organisation named only by its acronym nearest before `until` (outside
        `piece`), for a description of an organisation that named nothing else: "Die EZB hat
        den Leitzins gesenkt. Die Notenbank teilte mit, …" (the EZB), "La OCDE publicó su
        informe. El organismo prevé que …". Sentence by sentence, latest first, as
        `antecedent` reads; two acronyms in the nearest sentence that has one name no one.
        Left out: an acronym in brackets (an alias after the full name, "(ONS)", or an
        agency's credit, "(AFP)"), a dateline's place ("LONDON, Nov 21"), a state ("USA"),
        a role ("CEO"), a Roman numeral ("Felipe VI") and measures ("GDP", "BIP")."""
        for since in windows:
            found = {
                acronym.group()
                for acronym in _ACRONYM_WORD.finditer(self._text, since, until)
                if not piece[0] <= acronym.start() < piece[1] and self._acronym_names(acronym)
            }
            if found:
                return next(iter(found)) if len(found) == 1 else ""
        return ""

    def _acronym_names(self, acronym: re.Match[str]) -> bool:
        """Whether an acronym the text holds names an organisation (`acronym_antecedent`)."""
        word = acronym.group()
        text = self._text
        lowered = word.lower()
        if lowered in _NOT_ACRONYM_NAMES or lowered in ROLE_ACRONYMS or _ROMAN_NUMERAL.fullmatch(word):
            return False
        if is_state(word, self._language):
            return False  # "USA", "EEUU"
        if text[acronym.start() - 1 : acronym.start()] == "(" and text[acronym.end() : acronym.end() + 1] == ")":
            return False  # "(ONS)", "(AFP)"
        if self._language in _LABEL_AFTER_NOUN:
            before = WORD_BEFORE.search(text, max(0, acronym.start() - 30), acronym.start())
            noun = before.group(1) if before is not None else ""
            if noun.islower() and noun not in NOT_NAMES and noun not in _LABEL_AFTER_NOUN[self._language]:
                return False  # a noun's label: "la tarjeta SIM", "un test PCR"
        line = text.rfind("\n", 0, acronym.start()) + 1
        return not (
            _CAPITALS_ONLY.fullmatch(text, line, acronym.start()) and _DATELINE_GOES_ON.match(text, acronym.end())
        )

    def antecedent(
        self,
        windows: list[int],
        until: int,
        piece: tuple[int, int],
        kind: str = "Person",
        gender: str = "",
        *,
        firm: bool = False,
    ) -> str:
        """Whom a pronoun speaker stands for, nearest first: the speakers and names of
        `kind` ("Person", or "Organization" for "it") from `windows[0]` to `until`
        (outside the statement `piece` itself), else from `windows[1]`, and so on
        (sentence starts, latest first), leaving out people known to be of the other
        `gender` ("f" for "she", "m" for "er"; see `_gender`). The first of these that
        names anyone decides: its one person, or no one when it names several, since a
        wrong speaker misleads more than none. A surname and its full name are one. Names
        are typed only here, when a pronoun asks, so an article without pronouns costs
        nothing. With `firm` (the speaker is "the company", "der Konzern"), an organisation
        the article introduced as something else is left out ("die Gewerkschaft EVG")."""
        if self._names is None:
            self._names = self._people_named()
        for since in windows:
            found: dict[str, str] = {}
            for mentions in (self._names, self._speakers):
                for at, name in mentions[bisect_left(mentions, since, key=itemgetter(0)) :]:
                    if at >= until:
                        break
                    if piece[0] <= at < piece[1] or self.speaker_type(name) != kind:
                        continue
                    if firm and (
                        _NOT_A_FIRM.search(self._text, max(0, at - 40), at)
                        or _NOT_A_FIRM.match(name, 0, name.find(" ") + 1)
                        or not _PUBLIC_BODY_WORDS.isdisjoint(name.lower().split())
                    ):
                        continue  # "die Gewerkschaft EVG", "the Supreme Court" are no "Konzern"
                    if gender and self.gender(name) not in ("", gender):
                        continue
                    surname = name.rsplit(" ", 1)[-1]
                    found[surname] = max(found.get(surname, ""), name, key=len)
            if len(found) > 1 and gender:
                # "Powell met Mrs Lagarde. She said …": the one person known to be a woman.
                found = {surname: name for surname, name in found.items() if self.gender(name) == gender}
            if found:
                if len(found) != 1:
                    return ""
                ((surname, name),) = found.items()
                if gender and kind == "Person":
                    self._pronoun_genders.setdefault(surname, gender)
                return without_firm_noun(name)
        return ""

    def _latest_first(self, until: int) -> Iterator[tuple[int, str]]:
        """The names and speakers mentioned before `until`, latest first: both lists are in
        text order, so they are walked back from `until`, not sorted again on each call
        (which made a text of many descriptions, "the bank said …", quadratic)."""
        names, speakers = self._names or [], self._speakers
        i = bisect_left(names, until, key=itemgetter(0)) - 1
        j = bisect_left(speakers, until, key=itemgetter(0)) - 1
        while i >= 0 or j >= 0:
            if j < 0 or (i >= 0 and names[i] >= speakers[j]):
                yield names[i]
                i -= 1
            else:
                yield speakers[j]
                j -= 1

    def named_as(self, noun: str, until: int, piece: tuple[int, int]) -> str:
        """The organisation named last before `until` (outside `piece`) whose name ends in
        the `noun` of a description ("Amt": "Statistisches Bundesamt"; "bank": "Deutsche
        Bank"; "ministry": "Finance Ministry"), else ""."""
        if self._names is None:
            self._names = self._people_named()
        noun = noun.lower()
        if len(noun) < 3:
            return ""
        for at, name in self._latest_first(until):
            if piece[0] <= at < piece[1]:
                continue
            words = name.lower().split()
            # German puts the head noun last ("Bundesinnenministerium"), Spanish and English
            # often first ("Ministerio del Interior", "Department of Justice").
            head = words[-1] == noun or (
                words[-1].endswith(noun) if self._language == "de" else words[0] == noun and len(words) > 1
            )
            if head and self.speaker_type(name) == "Organization":
                name = without_firm_noun(name)
                return german_nominative(name) if self._language == "de" else name
        return ""

    def gender(self, name: str) -> str:
        """ "f", "m" or "" for a person: from the words of a description ("a
        spokeswoman", "la ministra"), else from the words introducing any mention of
        the surname in the article ("Ökonomin Isabel Schnabel", "Mrs Smith"), when
        they agree."""
        found = _gender(name.split(), self._language)
        if found:
            return found
        if self._genders is None:
            genders: dict[str, str] = {}
            for at, mention in self._names or ():
                # The name is its match's tail (leading articles and titles dropped); a
                # surname standing alone starts where it was found.
                start = self._ends[at] - len(mention) if at in self._ends else at
                words = self._text[max(0, at - 60) : start].split()[-2:]
                said = _introduced_gender(words, self._language)
                surname = mention.rsplit(" ", 1)[-1]
                if said:
                    genders[surname] = said if genders.get(surname, said) == said else "?"
            self._genders = genders
        surname = name.rsplit(" ", 1)[-1]
        said = self._genders.get(surname, "") or self._pronoun_genders.get(surname, "")
        return "" if said == "?" else said

    def speaker_type(self, name: str) -> str:
        """`speaker_type`, and "Organization" for a name the article calls a firm: "the
        chipmaker Nvidia", "vom chinesischen Startup DeepSeek", "la empresa china
        DeepSeek", "Tokyo Electron, ein japanischer Konzern," (`_firm_names`); a
        description ("a spokesman for …") says what it is itself."""
        found = self._types.get(name)
        if found is None:
            found = speaker_type(name, self._language)
            if found == "Person" and name[:1].isupper() and first_word(name) not in ARTICLES:
                if self._firms is None:
                    self._firms, self._firms_alone = _firm_names(self._text, self._language)
                if name in self._firms or _named_as_organisation(self._text, name, self._language):
                    found = "Organization"
            self._types[name] = found
        return found


# Descriptions that mean a firm ("der Konzern teilte mit"), and the nouns right before a name
# that make it something else: a union, a party, an association, an authority.
FIRM_DESCRIPTION_NOUNS = frozenset(["konzern", "unternehmen", "firma", "company", "firm", "empresa", "compañía"])
# Words of a public body's name: no firm ("the company said" after "The Supreme Court
# upheld …" is not the court).
_PUBLIC_BODY_WORDS = frozenset(
    [
        *("court", "parliament", "congress", "senate", "police", "government", "ministry", "department"),
        *("commission", "council", "committee", "administration", "agency", "authority", "party", "union"),
        *("tribunal", "gericht", "bundestag", "bundesrat", "regierung", "ministerium", "polizei", "partei"),
        *("congreso", "senado", "gobierno", "ministerio", "policía", "comisión", "consejo", "ayuntamiento"),
        *("partido", "sindicato", "gewerkschaft", "kommission", "behörde"),
    ]
)
# Descriptions that name one kind of institution: "el ministerio" is a ministry named
# before, or itself, never the party or firm named last.
SPECIFIC_DESCRIPTION_NOUNS = frozenset(
    [
        *("ministry", "ministerio", "ministerium", "department", "university", "universidad", "universität"),
        *("hospital", "krankenhaus", "court", "tribunal", "gericht", "police", "policía", "polizei"),
    ]
)

_NOT_A_FIRM = re.compile(
    r"(?:\w*(?i:gewerkschaft|partei|verband|verein|ministerium|behörde)|(?i:union|party|ministry|agency|sindicato|"
    r"partido|ministerio|agencia|asociación))\s+(?:(?i:the|der|die|das|el|la)\s+)?$"
)

# Nouns that call a name a firm, where they stand right before it ("chipmaker Nvidia",
# "Konzern Tokyo Electron", "empresa DeepSeek") or in an apposition after it ("Nvidia,
# the chipmaker,"). German compounds end in one ("Chipkonzern", "Halbleiterhersteller").
_FIRM_NOUNS = frozenset(
    [
        "company",
        "firm",
        "chipmaker",
        "carmaker",
        "automaker",
        "drugmaker",
        "manufacturer",
        "startup",
        "start-up",
        "conglomerate",
        "lender",
        "insurer",
        "retailer",
        "airline",
        "supplier",
        # "Maersk, the world's second-largest container line,", "the miner Rio Tinto".
        *("carrier", "line", "shipper", "miner", "producer", "exporter", "importer", "operator", "utility"),
        *("brewer", "broker", "bank", "giant", "enterprise", "enterprises"),
        "empresa",
        "compañía",
        "firma",
        "grupo",
        "fabricante",
        "multinacional",
        "tecnológica",
        "aseguradora",
        "operadora",
        "consultora",  # "la consultora Scentia"
        "consultancy",
        "entreprise",
        "société",
        "groupe",
        "constructeur",
        "fabricant",
        # Organisations other than firms: "the rights group Amnesty International", "la
        # organización Oxfam", "die Flüchtlingsorganisation Pro Asyl" ("the organisation said").
        *("organisation", "organization", "charity", "group", "union", "association"),
        *("organización", "asociación", "sindicato", "ong"),
        # Publishers of figures: "el portal Idealista", "the website Zillow", "the platform Airbnb".
        *("portal", "website", "site", "platform", "plataforma", "web", "app", "aplicación", "agency", "agencia"),
    ]
)

_GERMAN_FIRM_ENDINGS = (
    "konzern",
    "unternehmen",
    "hersteller",
    "firma",
    "startup",
    "start-up",
    "ausrüster",
    "zulieferer",
    "versicherer",
    "anbieter",
    *("organisation", "verband", "verein", "gewerkschaft"),
    *("portal", "plattform", "agentur"),  # "das Vergleichsportal Verivox", "die Ratingagentur Moody's"
    *("autobauer", "maschinenbauer", "flugzeugbauer", "schiffbauer"),  # "Der Autobauer Toyota"
    *("portal", "plattform"),  # "des Vergleichsportals Verivox", "der Onlineplattform Ebay"
)

_NAME_WORDS = rf"{NAME_TOKEN}(?:\s{NAME_TOKEN}){{0,3}}"

# Searched in the lower-cased text: a case-insensitive alternation is several times slower.
# It also finds the German endings inside compounds ("chipkonzern") and, to be weeded
# out, nouns inside other words ("confirm").
_FIRM_HINT = re.compile(rf"(?:{alternation(sorted(_FIRM_NOUNS | set(_GERMAN_FIRM_ENDINGS)))})(?=\s)")

# After the firm noun: "… Nvidia", "… china DeepSeek" (a lower-case adjective first).
_FIRM_NAMED = re.compile(rf"\s+(?:(?P<adjective>[^\W\d_A-ZÄÖÜÁÉÍÓÚÑ]+)\s+)?(?P<name>{_NAME_WORDS})")

# "Nvidia, the chipmaker,", "Tokyo Electron, ein japanischer Konzern,".
_APPOSITION = re.compile(
    r",\s+(?:the|a|an|der|die|das|ein|eine|el|la|un|una|le|l'|une)\s+(?P<description>(?:[\w'’-]+\s+){0,3}[\w-]+)"
)

_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME_WORDS})$")

_WORD_CHARACTER = re.compile(r"[\w-]")


def without_firm_noun(name: str) -> str:
    """A German name without the capitalised noun that calls it a firm or an organisation:
    "Chipkonzern Tokyo Electron" is "Tokyo Electron", "Flüchtlingsorganisation Pro Asyl"
    "Pro Asyl" (German writes the noun capitalised, so the name pattern takes it along)."""
    first, _, rest = name.partition(" ")
    lowered = first.lower()
    noun = lowered[:-1] if lowered.endswith("s") else lowered  # the genitive: "des Vergleichsportals Verivox"
    if not (first[:1].isupper() and rest[:1].isupper() and noun.endswith(_GERMAN_FIRM_ENDINGS)):
        return name  # English and Spanish nouns are lower case, so no name holds them ("Union Pacific")
    # "Verband" and "Verein" alone begin names ("Verein Deutscher Ingenieure"), as do
    # federal and state associations ("Bundesverband Wärmepumpe", "Landesverband Bayern").
    return name if noun in ("verband", "verein") or noun.startswith(("bundes", "landes")) else rest


_DESCRIBED_NAME = re.compile(
    rf"(?:(?i:the|a|an|el|la|los|las|une?|die|der|das)\s+)?(?P<description>(?:[a-záéíóúñäöüß'’-]+\s+){{1,4}})"
    rf"(?P<name>{NAME_TOKEN}(?:\s{PARTICLES}?{NAME_TOKEN}){{0,3}})"
)

# A possessor before a person's name: "Labour's Rachel Reeves", "JPMorgan's Jamie Dimon".
_POSSESSOR_NAME = re.compile(
    rf"(?:{NAME_TOKEN}\s)?[A-Z][\w.&-]*['’]s\s+(?P<name>{NAME_TOKEN}(?:\s(?:[A-Z]\.\s)?{NAME_TOKEN}){{1,2}})"
)

# Words that make "X's …" the name of an organisation, not a person's: "Women's Health
# Initiative", "Children's National Hospital", "Barron's Weekly".
_NAMED_THINGS = frozenset(
    [
        *("initiative", "hospital", "network", "league", "alliance", "coalition", "campaign", "project"),
        *("trust", "society", "club", "school", "college", "museum", "clinic", "weekly", "magazine", "health"),
    ]
)


def without_description(speaker: str) -> str:
    """A name without the firm description before it: "The chipmaker Nvidia" is "Nvidia",
    "the tech giant Alphabet" "Alphabet", "la empresa china DeepSeek" "DeepSeek"; a
    person's role stays ("the economist Jane Doe" is a person's own description, kept).
    Nor with a possessor before a person's name: "Labour's Rachel Reeves" is "Rachel
    Reeves" ("Women's Health Initiative" stays whole: an institution's word in it). Nor an
    acronym with its article: "The ONS", "El INE" are "ONS", "INE"."""
    if acronym := bare_acronym(speaker):
        return acronym  # "The ONS said" is the ONS, as "…, the ONS said" is; "the CEO" stays a role
    possessed = _POSSESSOR_NAME.fullmatch(speaker)
    if possessed is not None:
        words = {word.lower() for word in possessed.group("name").split()}
        if words.isdisjoint(INSTITUTION_WORDS) and words.isdisjoint(_NAMED_THINGS):
            return possessed.group("name")
        return speaker
    found = _DESCRIBED_NAME.fullmatch(speaker)
    if found is None or not any(_is_firm_noun(word) for word in found.group("description").split()):
        return speaker
    return found.group("name")


def _is_firm_noun(word: str) -> bool:
    lowered = word.lower()
    return (
        lowered in _FIRM_NOUNS
        or (lowered[-1:] == "s" and lowered[:-1] in _FIRM_NOUNS)  # "the chipmakers said"
        or (word[:1].isupper() and lowered.endswith(_GERMAN_FIRM_ENDINGS))
    )


# A name written after an article is no person's: "el INE", "la Airef", "l'Insee", "the
# Washington Post", "die Deutsche Bahn". English writes "the Biden administration" and German
# capitalises every noun ("der Typ"), so there the name must be two words or more; Italian
# writes "la Meloni", so there only "l'Istat" counts. A role among the words makes a person's
# description ("la Comisaria de Desigualdad", "der Kanzler Olaf Scholz").
_ARTICLE_BEFORE = re.compile(
    r"(?:(?<!\w)(?P<article>(?i:the|el|la|los|las|le|les|die|der|das|dem|den))\s+|(?<!\w)(?i:l)['’])$"
)

# Staff named by where they work (`_STAFF_AT`), right before the name.
_STAFF_BEFORE = re.compile(rf"(?<!\w){STAFF_NOUNS}$")

_WHICH_AFTER = re.compile(r",\s+which\s")

# Whose data a figure is: "según datos de Eurostat", "data from the ONS", "Zahlen von Destatis".
_DATA_BEFORE = re.compile(
    r"(?<!\w)(?i:datos|cifras|estadísticas|data|figures|statistics|daten|zahlen|statistiken|"
    # The German survey or analysis a pollster or a portal published: "eine Umfrage von
    # Infratest dimap", "eine Auswertung des Portals Immowelt".
    r"umfrage|studie|auswertung|erhebung|analyse|berechnung|berechnungen)"
    r"\s+(?i:de|del|from|von|des|der)\s+(?:(?i:la|el|the)\s+)?(?:\w*(?i:portals)\s+)?$"
)

_NAME_GOES_ON = re.compile(rf"[\w'’-]|\s{PARTICLES}?{NAME_TOKEN}")

# … or after the name: "Eurostat data showed", "the ONS's latest figures show".
_DATA_AFTER = re.compile(rf"{ITS_DATA}\s+(?i:showed|shows|show)\b")
# A poll or survey named by its publisher: "a recent Gallup poll", "an Ipsos survey".
_POLL_AFTER = re.compile(r"(?:['’]s)?\s+(?i:poll|polls|survey|surveys|index)\b")
# What only a firm has, after its name: "Nvidia's revenue", "Nvidia shares fell", "Tesla's
# chief executive", "Apple reported quarterly revenue".
_FIRM_HAS = re.compile(
    r"(?:['’]s\s+(?:[a-z-]+\s+)?|\s+)(?:revenue|revenues|sales|profit|profits|earnings|shares|stock|"
    r"market\s+value|valuation|chief\s+executive|chief\s+financial\s+officer|ceo|cfo|board|headquarters|"
    r"subsidiary|workforce)\b"
    r"|\s+(?:reported|posted|booked)\s+(?:(?:a|its|record|quarterly|annual|net|first|second|third|fourth|"
    r"[a-z]+-quarter)\s+)*(?:revenue|revenues|sales|profit|profits|earnings|loss|losses|net\s+income)\b"
)


def _named_as_organisation(text: str, name: str, language: str) -> bool:
    """Whether `text` shows `name` to be an organisation's beyond firm nouns (`_firm_names`):
    written after an article ("la Airef", "l'Insee", "the Washington Post"; people are
    named without one), with no title among its words ("der Kanzler Olaf Scholz" is a
    person's); its staff quoted ("analysts at Barclays"); its data cited ("según datos de
    Eurostat", "data from the ONS", "Eurostat data showed", "a Gallup poll"); or, in English, related with
    "which" ("Amazon, which employs …"; people are "who"); or between quotation marks, as a
    title is written ("laut einem Bericht des „Spiegel“"). English writes "the Biden
    administration" and German capitalises every noun ("der Typ"), so there a name after an
    article must be two words or more; Italian writes "la Meloni", so there only "l'Istat"
    counts. Only where `name` is the whole name ("the Washington Post" says nothing of
    "Washington"). One look at each place the name stands, not a pass over every name."""
    words = name.split()
    titled = any(is_title(word) or word.lower() in PERSON_WORDS for word in words)
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not _WORD_OR_HYPHEN.match(text, at - 1)) and not _NAME_GOES_ON.match(text, end):
            before = text[max(0, at - 60) : at]
            if at and text[at - 1] in TITLE_OPENS and end < len(text) and text[end] in TITLE_CLOSES:
                return True  # a title between quotation marks: "des „Spiegel“", "de «El País»"
            if (
                _STAFF_BEFORE.search(before)
                or _DATA_BEFORE.search(before)
                or (
                    language == "en"
                    and (_DATA_AFTER.match(text, end) or _POLL_AFTER.match(text, end) or _FIRM_HAS.match(text, end))
                )
                or (language == "en" and _WHICH_AFTER.match(text, end))
            ):
                return True
            article = _ARTICLE_BEFORE.search(before)
            if (
                article is not None
                and not titled
                and not (language == "it" and article.group("article"))
                and (language not in ("en", "de") or len(words) > 1)
            ):
                return True
        at = text.find(name, end)
    return False


_WORD_OR_HYPHEN = re.compile(r"[\w-]")  # an apostrophe may stand before a name: "l'Insee"

# A single name opening a sentence with a verb of saying, then the next sentence naming it
# again by what it is: "Pfizer said … The company said …", "Hamas said … The group said …",
# "Siemens teilte mit … Der Konzern …", "Inditex informó … La empresa …".
# The nouns that name a firm again by what it is: "The company", "Der Konzern", "La empresa".
_DESCRIBING_NOUNS = (
    "company",
    "firm",
    "group",
    "konzern",
    "unternehmen",
    "firma",
    "gruppe",
    "empresa",
    "compañía",
    "grupo",
)
_NAMED_AGAIN = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>{NAME_TOKEN})\s+"
    r"(?:said|says|reported|announced|told|sagte|teilte|erklärte|berichtete|dijo|aseguró|afirmó|informó|anunció)\b"
    rf"[^.!?\n]{{0,300}}[.!?]\s+(?:The|Der|Das|Die|La|El)\s+(?i:{'|'.join(_DESCRIBING_NOUNS)})\s",
    re.MULTILINE,
)


# A single name opening a sentence before any verb, then the firm named by what it is in
# the same sentence or the next: "Tesla delivered 1.8 million cars. The company said …",
# "Apple sold 231 million iPhones, …, the company said", "Siemens hat … erzielt. Das
# Unternehmen teilte mit …", "Inditex ganó … La empresa informó …". Any capitalised word
# opens a sentence, so `_subject_is_a_name` asks the text for more.
_SENTENCE_SUBJECT = re.compile(rf"(?P<name>{NAME_TOKEN})\s+(?P<verb>[a-zäöüßáéíóúñ]+)\b")
_SENTENCES_BACK = 600  # characters looked back over for the sentence before a description
_SENTENCE_ENDS = (". ", "! ", "? ", ".\n", "\n")


def _sentence_start(text: str, before: int, floor: int) -> int:
    """Where the sentence holding `before` starts, looked for back to `floor` (-1 if not there)."""
    end = max(text.rfind(mark, floor, before) for mark in _SENTENCE_ENDS)
    if end < 0:
        return 0 if floor == 0 else -1
    at = end + 1
    while at < before and text[at].isspace():
        at += 1
    return at


def _firm_descriptions(text: str) -> list[int]:
    """Where a firm is named by what it is, with its article ("the company", "das
    Unternehmen", "la empresa"), in text order: the nouns found by plain string search, which
    is many times faster than a regex over a long text, then their articles."""
    lowered = text.lower()
    if len(lowered) != len(text):  # lower-casing moved the offsets ("İ"): read the text as written
        lowered = "".join(character.lower()[:1] or character for character in text)
    found = []
    for noun in _DESCRIBING_NOUNS:
        at = lowered.find(noun)
        while at >= 0:
            end = at + len(noun)
            if (
                end < len(text)
                and text[end].isspace()
                and (article := _ARTICLE_BEFORE.search(text, max(0, at - 8), at))
            ):
                found.append(article.start())
            at = lowered.find(noun, end)
    return sorted(found)


def _subjects_described(text: str) -> list[re.Match[str]]:
    """The names opening the sentences a firm description follows (`_firm_descriptions`), at
    a sentence's start or after a comma: its own sentence's, when a comma sets the
    description apart ("Apple sold …, the company said"), and the sentence's before
    ("Tesla delivered … The company said …"). Found from the descriptions, which are few,
    back to the starts of their sentences."""
    subjects = []
    for at in _firm_descriptions(text):
        floor = max(0, at - _SENTENCES_BACK)
        own = _sentence_start(text, at, floor)
        if own < 0 or (own != at and not text.endswith((", ", ",\n"), 0, at)):
            continue  # a sentence too long, or "… and the company …" inside it: no description apart
        found = [_SENTENCE_SUBJECT.match(text, own) if own != at else None]
        if own > 0:
            before = _sentence_start(text, own - 1, floor)
            found.append(_SENTENCE_SUBJECT.match(text, before) if before >= 0 else None)
        subjects += [subject for subject in found if subject is not None and subject.end() <= at]
    return subjects


def _bare_plural(word: str, language: str) -> bool:
    """Whether an English word opening a sentence is a plural noun, people rather than a
    firm: "Analysts said … The company said …" (`_is_plural`, which reads lower case); not
    "Hamas", "Airbus"."""
    return language == "en" and _is_plural(word.lower(), language) and not word.endswith(("as", "us", "is", "os"))


_TOKEN = re.compile(r"[\w'’-]+")
_AFTER_ARTICLE = re.compile(r"(?<!\w)(?i:the|der|die|das|des|dem|den|el|la|los|las)\s+([\w'’-]+)")


def _subject_is_a_name(found: re.Match[str], language: str) -> bool:
    """Whether the word opening a sentence in `found` (`_subjects_described`) may be a name,
    not a noun, by the word and its verb: "Revenue rose 9 percent, the company said" names
    no firm "Revenue". Not a title nor a function word, in German before a singular verb
    ("Anleger verkauften" are people); in English before a firm's act ("Tesla delivered",
    "Apple sold"), since English nouns open sentences without an article. The text is asked
    after this (`_firm_names`)."""
    name = found.group("name")
    if _bare_plural(name, language) or name.lower() in NOT_NAMES or is_title(name):
        return False
    verb = found.group("verb")
    if language == "de":
        return not verb.endswith("en")  # a plural or an infinitive: "Anleger verkauften", "Ökonomen erwarten"
    if language != "en":
        return True
    # English nouns open sentences bare ("Revenue rose", "Shares fell", "Profit jumped"): only a
    # firm's act, a verb in the past or present that is no change of a figure.
    return (verb.endswith(("ed", "s")) or verb in _ENGLISH_FIRM_ACTS) and verb not in _ENGLISH_FIGURE_VERBS


# What a firm does, in the irregular past: "Apple sold", "Amazon cut", "Nvidia made".
_ENGLISH_FIRM_ACTS = frozenset(
    ["sold", "made", "cut", "paid", "bought", "won", "lost", "took", "built", "spent", "sent", "told", "said", "sued"]
)
# How a figure changes, which nouns do as often as firms: "Revenue jumped", "Exports slowed".
_ENGLISH_FIGURE_VERBS = frozenset(
    [
        *("jumped", "dropped", "climbed", "declined", "increased", "decreased", "surged", "soared", "plunged"),
        *("slipped", "edged", "totaled", "totalled", "amounted", "remained", "reached", "doubled", "tripled"),
        *("halved", "recovered", "rebounded", "tumbled", "slumped", "gained", "eased", "slowed", "accelerated"),
        *("improved", "worsened", "peaked", "stabilized", "stabilised", "fluctuated", "was", "is", "has", "does"),
        *("rises", "falls", "grows", "stands", "remains", "reaches", "hits", "means", "seems", "looks", "comes"),
    ]
)


def _firm_names(text: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The names `text` calls firms, in one pass: after a firm noun ("the chipmaker
    Nvidia", "Konzern Tokyo Electron", and after a lower-case adjective, as Spanish and
    French place it: "la empresa china DeepSeek"), or before an apposition holding one
    ("Nvidia, the chipmaker,"), or named again by what it is in the next sentence ("Pfizer
    said … The company said …"). A person's role between the two stays a person's:
    "company spokesman John Doe". Second, the names of one word right after a firm noun
    ("the chipmaker Nvidia reported …", "Der Autobauer Toyota stellte …"), which the text
    may name alone again (`NameIndex._firms_named_alone`)."""
    names: set[str] = set()
    alone: set[str] = set()
    lowered = text.lower()
    if len(lowered) == len(text):  # lower-casing keeps offsets (it does not for "İ")
        for hint in _FIRM_HINT.finditer(lowered):
            begin = hint.start()
            while begin and _WORD_CHARACTER.match(text, begin - 1):
                begin -= 1
            if not _is_firm_noun(text[begin : hint.end()]):
                continue  # "confirm", or a compound in lower case
            named = _FIRM_NAMED.match(text, hint.end())
            if named and (named.group("adjective") or "").lower() not in PERSON_WORDS:
                words = named.group("name").split()  # "Konzern Tokyo Electron Aktien …": any first words
                names.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
                if len(words) == 1 and (named.group("adjective") or "").lower() not in NOT_NAMES:
                    alone.add(words[0])  # not "der Konzern am Montag"
    for again in _NAMED_AGAIN.finditer(text):
        if not _bare_plural(again.group("name"), language):
            names.add(again.group("name"))  # "Pfizer said … The company said …"
    if language == "de":
        # "Der Bundesrechnungshof hat … Die Behörde teilte mit": an authority of one word, a
        # compound on an authority's noun ("Behörde" alone is a description; "Bundestag"
        # and "Bundesregierung" are no "Behörde", so they stay out of this).
        for noun in _german_authorities(text, lowered):
            names.add(noun)
            alone.add(noun)
    subjects = [found for found in _subjects_described(text) if _subject_is_a_name(found, language)]
    if subjects:
        # A name is never written in lower case, nor after an article ("der Umsatz", "las
        # ventas"): the text's words read once, for every subject.
        written = set(_TOKEN.findall(text))
        after_article = {found.group(1) for found in _AFTER_ARTICLE.finditer(text)}
        for subject in subjects:
            name = subject.group("name")
            if name.lower() not in written and name not in after_article:
                names.add(name)  # "Tesla delivered … The company said …"
                alone.add(name)
    for apposition in _APPOSITION.finditer(text):
        description = apposition.group("description").split()
        # "the world's most valuable company"; not "a former company director".
        if any(map(_is_firm_noun, description)) and not any(w.lower() in PERSON_WORDS for w in description):
            before = _NAME_BEFORE.search(text, max(0, apposition.start() - 120), apposition.start())
            if before:
                words = before.group("name").split()  # "Yesterday Nvidia, the chipmaker,": any last words
                names.update(" ".join(words[n:]) for n in range(len(words)))
    return frozenset(names), frozenset(alone)


# German institutions are named in the case their sentence needs: "laut Statistischem
# Bundesamt", "nach Angaben des Statistischen Bundesamts", "das Statistische Bundesamt
# teilte mit". A speaker is one name, so it is given in the nominative without article:
# "Statistisches Bundesamt". The head noun's ending tells its gender; a name whose head
# is not known stays as written (people's names among them).
_GERMAN_GENDER_ENDINGS = (
    ("n", ("amt", "institut", "ministerium", "büro", "zentrum", "gericht", "parlament", "kabinett", "kollegium")),
    ("n", ("komitee", "unternehmen", "landesamt", "statistikamt", "forum", "netzwerk", "bündnis", "werk")),
    ("n", ("barometer",)),  # polls named by their series: "des ZDF-Politbarometers"
    ("m", ("trend", "monitor", "report")),  # "des ARD-Deutschlandtrends", "des DAK-Gesundheitsreports"
    ("m", ("bund", "verband", "rat", "dienst", "fonds", "konzern", "verein", "hof", "senat", "ausschuss")),
    ("m", ("sachverständigenrat", "beirat", "vorstand", "tag", "rechnungshof", "kreis", "club", "klub")),
    ("f", ("agentur", "bank", "behörde", "kommission", "regierung", "partei", "universität", "anstalt")),
    ("f", ("kammer", "stelle", "gesellschaft", "organisation", "union", "zentrale", "vereinigung", "stiftung")),
    ("f", ("versicherung", "akademie", "gewerkschaft", "polizei", "staatsanwaltschaft", "hochschule", "kasse")),
    ("f", ("wehr", "justiz", "verwaltung", "kirche", "bahn", "post", "börse", "klinik")),
)

_GERMAN_INSTITUTION_NOUNS = frozenset(noun for _, nouns in _GERMAN_GENDER_ENDINGS for noun in nouns)
_GERMAN_AUTHORITY_NOUNS = ("amt", "behörde", "agentur", "rechnungshof", "gericht", "anstalt", "kommission", "zentrale")
_ARTICLE_BEFORE_WORD = re.compile(r"(?<!\w)(?i:der|die|das)\s+[A-ZÄÖÜ][a-zäöüß]{3,}$")


def _german_authorities(text: str, lowered: str) -> set[str]:
    """The authorities `text` names by one compound word after its article ("der
    Bundesrechnungshof", "das Bundeskartellamt"; not "die Behörde" itself): the endings
    found by plain string search, then the word and its article before them."""
    found: set[str] = set()
    if len(lowered) != len(text):
        return found
    for ending in _GERMAN_AUTHORITY_NOUNS:
        at = lowered.find(ending)
        while at >= 0:
            end = at + len(ending)
            if not (end < len(text) and (text[end].isalpha() or text[end] == "-")):
                article = _ARTICLE_BEFORE_WORD.search(text, max(0, at - 40), end)
                if article is not None:
                    noun = article.group().split()[-1]
                    if noun.lower() not in _GERMAN_INSTITUTION_NOUNS:
                        found.add(noun)
            at = lowered.find(ending, end)
    return found


_NOMINATIVE_ENDING = {"n": "es", "m": "er", "f": "e"}

_ADJECTIVE_STEM = re.compile(r"(?:isch|lich|ig|al|ell|är|iv|sch|ner|ter)$")

_ADJECTIVE_ENDING = re.compile(r"(?:e|en|em|er|es)$")

_GERMAN_ARTICLE = frozenset(["der", "die", "das", "des", "dem", "den"])


def german_gender(noun: str) -> tuple[str, str] | None:
    """The gender of a German head noun and the noun in the nominative, or None."""
    lowered = noun.lower()
    for gender, endings in _GERMAN_GENDER_ENDINGS:
        if lowered.endswith(endings):
            return gender, noun
    # Genitive -s or -es of masculine and neuter nouns: "Bundesamts", "Verbandes".
    for suffix in ("s", "es"):
        stem = lowered.removesuffix(suffix)
        if stem != lowered and len(stem) > 2:
            for gender, endings in _GERMAN_GENDER_ENDINGS:
                if gender != "f" and stem.endswith(endings):
                    return gender, noun[: len(stem)]
    return None


def german_institution(name: str) -> str | None:
    """`name` in the nominative if it is adjectives and a known institution noun, else None."""
    tokens = name.split()
    if tokens and tokens[0].lower() in _GERMAN_ARTICLE:
        tokens = tokens[1:]
    # The head is the last capitalised word before any lower-case particle.
    head = next((i for i, token in enumerate(tokens) if token[:1].islower()), len(tokens)) - 1
    if head < 0:
        return None
    found = german_gender(tokens[head])
    if found is None:
        # A name opening with its institution noun: "des Instituts Forsa", "Universität Hamburg".
        opening = _german_head_noun(tokens[0]) if len(tokens) > 1 and head > 0 else None
        return " ".join([opening, *tokens[1:]]) if opening else None
    gender, noun = found
    adjectives: list[str] = []
    for token in tokens[:head]:
        ending = _ADJECTIVE_ENDING.search(token)
        stem = token[: ending.start()] if ending else ""
        if not stem or not _ADJECTIVE_STEM.search(stem):
            return None  # not "adjectives + noun": a person's name or an unknown pattern
        adjectives.append(stem + _NOMINATIVE_ENDING[gender])
    return " ".join([*adjectives, noun, *tokens[head + 1 :]])


def _german_head_noun(word: str) -> str | None:
    """The institution noun a name opens with, in the nominative ("Instituts" is "Institut"),
    as in "Universität Hamburg", "Stiftung Warentest" or "Landesregierung Bayern"; None for
    any other word. The noun itself, or a compound with at least four letters before it (so
    "Murat" is no "Rat")."""
    lowered = word.lower()
    for gender, endings in _GERMAN_GENDER_ENDINGS:
        for stem in {lowered, *(lowered.removesuffix(suffix) for suffix in ("s", "es") if gender != "f")}:
            for ending in endings:
                if stem == ending or (stem.endswith(ending) and len(stem) - len(ending) >= 4):
                    return word[: len(stem)]
    return None


def german_nominative(name: str) -> str:
    """A German institution's name in the nominative: "Statistischen Bundesamts" is
    "Statistisches Bundesamt", "Europäischen Zentralbank" "Europäische Zentralbank".
    What follows the head noun ("für Arbeit", "der deutschen Wirtschaft") is kept."""
    return german_institution(name) or name


# Nouns that make a speaker an organisation, not a person ("the national statistics
# office", "Instituto Nacional de Estadística"), unless a person's role is the head of the
# phrase ("a government spokesman", "el ministro de Economía").
INSTITUTION_WORDS = frozenset(
    [
        "news",  # "Bloomberg News", "Fox News", "Sky News"
        # Where research is done: "Harvard T.H. Chan School of Public Health", "Yale's Budget Lab".
        *("school", "college", "hospital", "clinic", "laboratory", "lab", "museum", "academy"),
        *("coalition", "alliance", "coalición", "alianza", "bündnis", "koalition"),
        *("escuela", "hospital", "clínica", "laboratorio", "museo", "academia"),
        "office",
        "bureau",
        "department",
        "ministry",
        "agency",
        "institute",
        "institution",
        "bank",
        "commission",
        "council",
        "committee",
        "government",
        "administration",
        "association",
        "federation",
        "union",
        "party",
        "university",
        "court",
        "parliament",
        "congress",
        "senate",
        "police",
        "corporation",
        "inc",
        "corp",
        "gmbh",
        "plc",
        "llc",
        "ltd",
        "group",
        "fund",
        "board",
        "service",
        "authority",
        "authorities",
        "autoridades",
        "organization",
        "organisation",
        "foundation",
        "center",
        "centre",
        "centers",
        "services",
        "house",
        "army",
        "navy",
        "treasury",
        "reserve",
        "instituto",
        "ministerio",
        "gobierno",
        "banco",
        "oficina",
        "agencia",
        "comisión",
        "consejo",
        "comité",
        "partido",
        # The parties in opposition as one: "La oposición recordó …", "the opposition said".
        "opposition",
        "oposición",
        # German parties named without an acronym: "Die Linke", "Die Grünen".
        "linke",
        "grünen",
        "universidad",
        "tribunal",
        "policía",
        "guardia",  # "Guardia Civil"
        "asociación",
        "federación",
        "sindicato",
        "patronal",  # the employers' association: "la patronal CEOE"
        "fondo",
        "junta",
        "ayuntamiento",
        "congreso",
        "senado",
        "fundación",
        "servicio",
        "autoridad",
        "organización",
        "ejército",
        "institut",
        "ministère",
        "gouvernement",
        "banque",
        "agence",
        "conseil",
        "parti",
        "université",
        "fédération",
        "syndicat",
        "fonds",
    ]
)

# Bodies news cites by a name that says nothing of what they are, and never a person's.
_CITED_BODIES = frozenset(
    [
        *("eurostat", "destatis", "frontex", "europol", "interpol", "statista", "reuters", "oxfam", "greenpeace"),
        *("caritas", "moody's", "fitch", "eurojust", "eurocontrol", "mercosur", "opec", "opep"),
        # Pollsters: "…, Forsa said.", "según el CIS", "laut Infratest dimap".
        *("forsa", "yougov", "ipsos", "gallup", "insa", "allensbach", "dimap", "civey", "kantar", "gad3", "cis"),
        # Platforms where a claim spreads: "Auf Telegram wird verbreitet, dass …".
        *("telegram", "whatsapp", "facebook", "tiktok", "instagram", "youtube", "twitter", "bluesky"),
    ]
)

# Rescue services named by words that are surnames alone ("Ted Cruz", "Anna Kreuz").
_RESCUE_BODIES = re.compile(
    r"(?<!\S)(?:cruz roja|red cross|rote[sn]? kreuz|protección civil|civil protection|zivilschutz|"
    r"media luna roja|red crescent)(?!\S)"
)

# Parties, and their members as a body, named without "party": the head of a speaker's name
# ("Labour MP Jane Doe" is hers: the head is her name). Not "Morena" or "Ciudadanos", which
# are also a first name and "citizens".
_PARTY_WORDS = frozenset(
    [
        *("labour", "conservatives", "tories", "democrats", "republicans", "liberals"),
        *("sozialdemokraten", "christdemokraten", "freidemokraten", "liberalen", "grüne"),
        *("socialistas", "populares", "podemos", "vox", "sumar", "junts", "bildu", "compromís"),
        *("republicanos", "demócratas", "conservadores", "laboristas", "liberales", "verdes", "peronistas"),
    ]
)

# Documents that speak for whoever published them: typed as organisations.
_DOCUMENT_WORDS = frozenset(
    [
        *DOCUMENTS,
        *COURT_DOCUMENTS,
        *("bericht", "studie", "umfrage", "analyse", "papier", "statistik", "mitteilung", "erhebung", "gutachten"),
        *("informe", "estudio", "encuesta", "análisis", "documento", "auditoría"),
        *("memo", "memorandum", "document", "letter", "email", "e-mail", "draft", "presentation", "memorando"),
    ]
)

# Roles written as acronyms are people, not organisations: "the CEO said".
ROLE_ACRONYMS = frozenset(["ceo", "cfo", "coo", "cto", "mp", "mep"])

PERSON_WORDS = frozenset(
    [
        *ROLE_ACRONYMS,
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
        "analyst",
        "analysts",
        "economist",
        "economists",
        "expert",
        "experts",
        "researcher",
        "researchers",
        "scientist",
        "scientists",
        "director",
        "chief",
        "head",
        "leader",
        "líder",  # "el líder de Vox, Santiago Abascal"
        "lideresa",
        "member",
        "adviser",
        "advisor",
        "aide",
        "source",
        "sources",
        "lawyer",
        "judge",
        "sprecher",
        "sprecherin",
        "experte",
        "expertin",
        "vertreter",
        "vertreterin",
        "chef",
        "chefin",
        "leiter",
        "leiterin",
        "portavoz",
        "portavoces",
        "experto",
        "experta",
        "fuente",
        "fuentes",
        "directora",
        "comisario",
        "comisaria",
        "consejero",
        "consejera",
        "jefe",
        "jefa",
        "porte-parole",
        "responsable",
    ]
)

_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")

_HEAD_LINKS = frozenset(["of", "for", "at", "de", "del", "des", "der", "du", "für", "la"])

_ELIDED_ARTICLE = re.compile(r"[lL]['’][A-ZÀ-Ý]")

# Articles written with a capital as a name's first word ("El País", "Der Spiegel").
_NAME_ARTICLES = frozenset(["The", "El", "La", "Los", "Las", "Der", "Die", "Das", "Le", "Les", "Il", "Lo"])


def speaker_type(name: str, language: str) -> str:
    """ "Organization" or "Person", as schema.org types a claim's author.

    The head of the name decides: in English the last word before "of"/"for" ("a
    spokesman for the ministry": spokesman; "Bureau of Labor Statistics": Bureau),
    elsewhere the first word after the article ("el ministro de Economía": ministro). A
    person's role makes a person; an institution word, a firm noun ("the chipmaker"), a
    German institution noun or an acronym an organisation; a name otherwise is a
    person's (`NameIndex.speaker_type` also reads how the article describes the name). A
    state speaks as an organisation: "China", "Frankreich", "the Kremlin", "España y
    Portugal" (`places.is_state`)."""
    if is_state(name, language):
        return "Organization"
    if organisation_description(name):
        return "Organization"  # "el organismo", "la entidad financiera": named by what it is
    if _ELIDED_ARTICLE.match(name):
        return "Organization"  # "L'Istat", "l'Insee", "L'Oréal": people are named without an article
    words = name.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    if not words:
        return "Person"
    lowered = [word.lower().strip(".,") for word in words]
    if language == "en":
        before_link = next((i for i, word in enumerate(lowered) if word in _HEAD_LINKS), len(lowered))
        head = lowered[max(before_link - 1, 0)]
    else:
        head = lowered[0]
    if head in PERSON_WORDS or is_title(head):
        return "Person"
    if head in _DOCUMENT_WORDS:
        return "Organization"  # "the Lewin report", "dem Bericht", "el informe de la OCDE": published by one
    if head in _PARTY_WORDS:
        return "Organization"  # "Labour said", "the opposition Conservatives", "Los socialistas", "Vox"
    if not _CITED_BODIES.isdisjoint(lowered) or _RESCUE_BODIES.search(" ".join(lowered)):
        return "Organization"  # "De acuerdo con Eurostat", "Oxfam Intermón", "según Protección Civil"
    if len(words) < len(name.split()) and name.split(maxsplit=1)[0] in _NAME_ARTICLES and words[0][:1].isupper():
        return "Organization"  # a name that holds its article: "El País", "The Guardian", "Der Spiegel"
    if (
        any(word in INSTITUTION_WORDS or (word[-1:] == "s" and word[:-1] in INSTITUTION_WORDS) for word in lowered)
        or any(_is_firm_noun(word) for word in words)
        or any(
            _ACRONYM.fullmatch(word) and not _ROMAN_NUMERAL.fullmatch(word)  # not "Felipe VI"
            for word in (words[1:] if _INITIALS_NAME.fullmatch(" ".join(words)) else words)  # not "JD Vance"
        )
        # Ending in a compound that opens with an acronym: "ZDF-Politbarometer", "EU-Kommission";
        # not a role ("SPD-Chef", "NATO-Generalsekretär") nor a role before a name ("SPD-Bürgermeister Olaf Scholz").
        or (
            "-" in words[-1]
            and _ACRONYM.fullmatch(words[-1].split("-", 1)[0]) is not None
            and not is_title(tail := words[-1].rsplit("-", 1)[1])
            and tail.lower() not in PERSON_WORDS
        )
        or (language == "de" and german_institution(" ".join(words)) is not None)
        or (language == "de" and len(words) > 1 and _GERMAN_ADJECTIVE.fullmatch(words[0]) is not None)
    ):
        return "Organization"
    return "Person"


# A person's initials before their surname: "JD Vance", "JB Pritzker" (two capitals, then a
# surname of one word; "EU Commission" and "UK Treasury" are institutions, found before this).
_INITIALS_NAME = re.compile(r"[A-Z]{2}\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


# A German name opening with an adjective names an organisation, not a person: "Deutsche
# Bahn", "Europäische Zentralbank", "Kassenärztliche Vereinigung", "Internationaler
# Währungsfonds".
_GERMAN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:isch|sch|al|ig|lich)e[nrs]?")
