"""Language identification from function words: fast, dependency-free, good on news text."""

from __future__ import annotations

import re

from .segment import GREEK_LETTERS

# The most frequent function words of each language; short lists keep them distinctive.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "ein",
            "eine",
            "einen",
            "dem",
            "den",
            "des",
            "mit",
            "von",
            "zu",
            "auf",
            "für",
            "sich",
            "auch",
            "wird",
            "wurde",
            "sind",
            "im",
            "als",
            "bei",
            "nach",
            "aus",
            "dass",
            "oder",
            "wie",
            "über",
            "noch",
            "hat",
            "haben",
            "werden",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "is",
            "are",
            "was",
            "were",
            "of",
            "to",
            "in",
            "that",
            "it",
            "for",
            "on",
            "with",
            "as",
            "by",
            "this",
            "from",
            "have",
            "has",
            "had",
            "not",
            "be",
            "been",
            "which",
            "will",
            "would",
            "an",
            "at",
            "or",
            "they",
            "their",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "es",
            "son",
            "de",
            "que",
            "en",
            "un",
            "una",
            "por",
            "con",
            "para",
            "del",
            "al",
            "se",
            "lo",
            "su",
            "sus",
            "como",
            "más",
            "pero",
            "fue",
            "ha",
            "han",
            "este",
            "esta",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "est",
            "sont",
            "de",
            "des",
            "du",
            "que",
            "qui",
            "en",
            "un",
            "une",
            "pour",
            "dans",
            "sur",
            "avec",
            "par",
            "pas",
            "ne",
            "au",
            "aux",
            "ce",
            "cette",
            "il",
            "elle",
            "ont",
            "été",
        ]
    ),
}

# Languages recognised so that an article is not taken for a neighbour: an Italian or
# Portuguese text read as Spanish would be searched with the Spanish stemmer and looked
# up in the Spanish Wikipedia; a Polish or Swedish one read as English would also be
# scored by the English model. Danish and Norwegian share most of their words, so the
# few they spell apart (af/av, hvad/hva, efter/etter) decide between them. They have no
# lexicons of their own (extraction falls back to the generic signals), so their words
# stay out of FUNCTION_WORDS, which also serves as a stop-word and not-a-name list for the
# languages above. Words another language uses as often ("um", "da", "er", "ich", "nie",
# "pro" in German; "do", "no", "as", "'ve" in English) are left out.
_DANISH_NORWEGIAN = ("og", "ikke", "jeg", "hvor", "også", "være", "det", "som", "på", "med", "har")
RECOGNISED_ONLY: dict[str, frozenset[str]] = {
    "it": frozenset(
        [
            "il",
            "gli",
            "di",
            "che",
            "è",
            "per",
            "non",
            "una",
            "sono",
            "della",
            "del",
            "dei",
            "delle",
            "nel",
            "nella",
            "alla",
            "dal",
            "dalla",
            "con",
            "anche",
            "più",
            "questo",
            "questa",
            "stato",
            "essere",
            "secondo",
            "ha",
            "hanno",
        ]
    ),
    "pt": frozenset(
        [
            "os",
            "dos",
            "das",
            "não",
            "em",
            "uma",
            "com",
            "para",
            "que",
            "é",
            "foi",
            "são",
            "nas",
            "pelo",
            "pela",
            "mais",
            "também",
            "ao",
            "à",
            "seu",
            "sua",
            "está",
            "segundo",
        ]
    ),
    "nl": frozenset(
        [
            "het",
            "een",
            "van",
            "niet",
            "dat",
            "op",
            "voor",
            "met",
            "zijn",
            "werd",
            "ook",
            "bij",
            "naar",
            "volgens",
            "zei",
            "tot",
            "heeft",
            "wordt",
            "deze",
            "dit",
            "maar",
            "nog",
            "wel",
            "om",
            "uit",
            "de",
            "en",
            "te",
            "is",
            "als",
        ]
    ),
    "pl": frozenset(
        [
            "się",
            "że",
            "jest",
            "oraz",
            "przez",
            "dla",
            "jak",
            "już",
            "czy",
            "który",
            "która",
            "które",
            "został",
            "była",
            "było",
            "według",
            "roku",
            "jego",
            "także",
            "tylko",
            "gdy",
        ]
    ),
    "cs": frozenset(
        [
            "že",
            "jako",
            "ale",
            "jsou",
            "bylo",
            "byl",
            "byla",
            "který",
            "která",
            "které",
            "podle",
            "také",
            "jeho",
            "při",
            "než",
            "nebo",
            "roce",
            "této",
            "tento",
        ]
    ),
    "sk": frozenset(
        [
            "sa",
            "ako",
            "ale",
            "sú",
            "bolo",
            "bol",
            "bola",
            "ktorý",
            "ktorá",
            "ktoré",
            "podľa",
            "tiež",
            "jeho",
            "pre",
            "pri",
            "než",
            "alebo",
            "roku",
            "tejto",
        ]
    ),
    "ro": frozenset(
        [
            "și",
            "în",
            "care",
            "este",
            "din",
            "să",
            "pentru",
            "cu",
            "pe",
            "nu",
            "fost",
            "sunt",
            "acest",
            "această",
            "potrivit",
            "anul",
            "procente",
            "față",
        ]
    ),
    "hu": frozenset(
        [
            "az",
            "és",
            "hogy",
            "nem",
            "egy",
            "volt",
            "meg",
            "már",
            "csak",
            "szerint",
            "mint",
            "pedig",
            "vagy",
            "ezt",
            "azt",
            "között",
            "után",
            "évben",
            "százalékkal",
        ]
    ),
    "fi": frozenset(
        [
            "ei",
            "että",
            "oli",
            "mutta",
            "kun",
            "hän",
            "myös",
            "ovat",
            "joka",
            "jotka",
            "mukaan",
            "vuonna",
            "prosenttia",
            "tai",
            "kuin",
            "sekä",
        ]
    ),
    "tr": frozenset(
        [
            "bir",
            "bu",
            "için",
            "ile",
            "olarak",
            "çok",
            "daha",
            "gibi",
            "ama",
            "olan",
            "yılında",
            "dedi",
            "göre",
            "kadar",
            "sonra",
            "değil",
            "yüzde",
        ]
    ),
    "sv": frozenset(
        [
            "och",
            "att",
            "inte",
            "är",
            "för",
            "på",
            "med",
            "som",
            "det",
            "av",
            "har",
            "ett",
            "jag",
            "enligt",
            "också",
            "efter",
            "sedan",
            "eller",
            "skulle",
            "blev",
        ]
    ),
    # Danish and Norwegian share these; the words each spells its own way decide.
    "da": frozenset([*_DANISH_NORWEGIAN, "af", "hvad", "efter", "blev", "mig", "sig", "nu"]),
    "no": frozenset([*_DANISH_NORWEGIAN, "av", "hva", "etter", "ble", "meg", "seg", "nå", "prosent"]),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SUPPORTED = tuple(FUNCTION_WORDS)
# Each word once, with the languages it counts for, in the order ties are broken.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _code, _words in (*FUNCTION_WORDS.items(), *RECOGNISED_ONLY.items()):
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _code)


# Writing systems other than the Latin alphabet, each with the language it is taken for
# and the letters that tell that script's languages apart (first match wins).
_SCRIPTS: tuple[tuple[str, re.Pattern[str], str, tuple[tuple[str, str], ...]], ...] = (
    (
        "cyrillic",
        re.compile("[\u0400-\u04ff]"),
        "ru",
        (
            ("uk", "їєґ"),  # Ukrainian letters
            ("be", "ў"),  # Belarusian
            ("mk", "ѓќѕ"),  # Macedonian
            ("sr", "ђћџљњј"),  # Serbian
            ("kk", "әғқұһ"),  # Kazakh
            ("ru", "ыэё"),  # Russian (not in Bulgarian, Ukrainian lacks ы and э)
            ("uk", "і"),
            ("bg", "ъ"),  # Bulgarian writes ъ as a vowel; Russian rarely uses it
        ),
    ),
    ("greek", GREEK_LETTERS, "el", ()),
    ("hebrew", re.compile("[\u0590-\u05ff]"), "he", ()),
    ("arabic", re.compile("[\u0600-\u06ff\u0750-\u077f]"), "ar", (("ur", "ٹڈڑںے"), ("fa", "پچژگک"))),
    ("kana", re.compile("[\u3040-\u30ff]"), "ja", ()),
    ("hangul", re.compile("[\uac00-\ud7af\u1100-\u11ff]"), "ko", ()),
    ("han", re.compile("[\u4e00-\u9fff]"), "zh", ()),
    ("devanagari", re.compile("[\u0900-\u097f]"), "hi", ()),
    ("bengali", re.compile("[\u0980-\u09ff]"), "bn", ()),
    ("tamil", re.compile("[\u0b80-\u0bff]"), "ta", ()),
    ("thai", re.compile("[\u0e00-\u0e7f]"), "th", ()),
    ("georgian", re.compile("[\u10a0-\u10ff]"), "ka", ()),
    ("armenian", re.compile("[\u0530-\u058f]"), "hy", ()),
)
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_SCRIPT_LANGUAGES = {name: (language, tells) for name, _, language, tells in _SCRIPTS}
_OTHER_SCRIPT = re.compile("|".join(pattern.pattern for _, pattern, _, _ in _SCRIPTS))


def script_language(sample: str) -> str | None:
    """The language of a text written mostly in a script other than Latin, by its letters:
    Cyrillic is Russian unless letters of Ukrainian, Belarusian, Macedonian, Serbian or
    Bulgarian show; kana is Japanese, Han alone Chinese. None for Latin-script text (or
    text with no letters), which the function words decide."""
    if sample.isascii() or not _OTHER_SCRIPT.search(sample):
        return None
    counts = {name: len(pattern.findall(sample)) for name, pattern, _, _ in _SCRIPTS}
    # Japanese writes Han characters too: kana beside them make the text Japanese, even
    # where the Han characters are more (a headline: "株価指数は4.9パーセント下落した").
    if counts["kana"] and counts["kana"] * 5 >= counts["han"]:
        counts["kana"] += counts.pop("han")
    name, count = max(counts.items(), key=lambda item: item[1])
    if not count or count <= len(_LATIN.findall(sample)):
        return None
    language, tells = _SCRIPT_LANGUAGES[name]
    lowered = sample.lower()
    return next((code for code, letters in tells if any(letter in lowered for letter in letters)), language)


def detect_language(text: str, default: str = "en", sample_chars: int = 20000) -> str:
    """Return the language of a text: by its script when that is not Latin (see
    `script_language`), else the ISO 639-1 code whose function words cover most of its
    words; on a tie, the first in the order of FUNCTION_WORDS, then RECOGNISED_ONLY."""
    sample = text[:sample_chars]
    by_script = script_language(sample)
    if by_script:
        return by_script
    counts = dict.fromkeys((*FUNCTION_WORDS, *RECOGNISED_ONLY), 0)
    languages_of = _LANGUAGES_OF
    for match in _WORD.finditer(sample):
        for code in languages_of.get(match.group().lower(), ()):
            counts[code] += 1
    best = max(counts, key=lambda code: counts[code])
    if best in RECOGNISED_ONLY and counts[best] < 2:
        # One shared word is no evidence ("five per cent", "I met Grant").
        best = max(FUNCTION_WORDS, key=lambda code: counts[code])
    return best if counts[best] > 0 else default


# ISO 639-1: the codes an article's language may be given in.
ISO_639_1 = frozenset(
    [
        "aa",
        "ab",
        "ae",
        "af",
        "ak",
        "am",
        "an",
        "ar",
        "as",
        "av",
        "ay",
        "az",
        "ba",
        "be",
        "bg",
        "bh",
        "bi",
        "bm",
        "bn",
        "bo",
        "br",
        "bs",
        "ca",
        "ce",
        "ch",
        "co",
        "cr",
        "cs",
        "cu",
        "cv",
        "cy",
        "da",
        "de",
        "dv",
        "dz",
        "ee",
        "el",
        "en",
        "eo",
        "es",
        "et",
        "eu",
        "fa",
        "ff",
        "fi",
        "fj",
        "fo",
        "fr",
        "fy",
        "ga",
        "gd",
        "gl",
        "gn",
        "gu",
        "gv",
        "ha",
        "he",
        "hi",
        "ho",
        "hr",
        "ht",
        "hu",
        "hy",
        "hz",
        "ia",
        "id",
        "ie",
        "ig",
        "ii",
        "ik",
        "io",
        "is",
        "it",
        "iu",
        "ja",
        "jv",
        "ka",
        "kg",
        "ki",
        "kj",
        "kk",
        "kl",
        "km",
        "kn",
        "ko",
        "kr",
        "ks",
        "ku",
        "kv",
        "kw",
        "ky",
        "la",
        "lb",
        "lg",
        "li",
        "ln",
        "lo",
        "lt",
        "lu",
        "lv",
        "mg",
        "mh",
        "mi",
        "mk",
        "ml",
        "mn",
        "mr",
        "ms",
        "mt",
        "my",
        "na",
        "nb",
        "nd",
        "ne",
        "ng",
        "nl",
        "nn",
        "no",
        "nr",
        "nv",
        "ny",
        "oc",
        "oj",
        "om",
        "or",
        "os",
        "pa",
        "pi",
        "pl",
        "ps",
        "pt",
        "qu",
        "rm",
        "rn",
        "ro",
        "ru",
        "rw",
        "sa",
        "sc",
        "sd",
        "se",
        "sg",
        "si",
        "sk",
        "sl",
        "sm",
        "sn",
        "so",
        "sq",
        "sr",
        "ss",
        "st",
        "su",
        "sv",
        "sw",
        "ta",
        "te",
        "tg",
        "th",
        "ti",
        "tk",
        "tl",
        "tn",
        "to",
        "tr",
        "ts",
        "tt",
        "tw",
        "ty",
        "ug",
        "uk",
        "ur",
        "uz",
        "ve",
        "vi",
        "vo",
        "wa",
        "wo",
        "xh",
        "yi",
        "yo",
        "za",
        "zh",
        "zu",
    ]
)


def language_code(value: object) -> str | None:
    """`value` as an ISO 639-1 code in lower case (" EN" is "en"), or None when it is none."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower()
    return code if code in ISO_639_1 else None
