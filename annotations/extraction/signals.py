"""The signals that make a clause check-worthy, or not, per language.

Each signal has a name reviewers see, a weight and the text that triggered it. The
lexicons are hand-written; the weights were set by hand while measuring on development
data (see docs/extraction.md). Positive: numbers and percentages, quantities and units,
comparisons, dates and years, named entities, reported speech, factual verbs and
statistical vocabulary. Negative: questions, hedges, opinion, future or speculative
wording, exclamations, addressing the reader, and fragments too short to check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .segment import ENGLISH_MONTHS, GERMAN_MONTHS, GREEK_LETTERS, SPANISH_MONTHS

# Chinese, Japanese and Korean write figures against their words ("4.9パーセント",
# "2020년에"): a figure's edges are any character but a letter of a spaced script.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
NUMBER = re.compile(rf"(?<![.,])(?<![^\W{_CJK}])[-+]?\d+(?:[.,\u00a0]\d+)*(?![^\W{_CJK}])")
PERCENT = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:%|prozent\b|percent\b|per cent\b|por ciento\b|pour cent\b|prozentpunkte\b"
    r"|percentage points?\b|puntos porcentuales\b"
    # Languages detected by their script or spelled like their neighbours: they have no
    # lexicons, but a percentage is a percentage (ru, uk, el, ar, he, ja, ko, hi; pl, nl, sv, cs).
    r"|процент\w*|відсот\w*|τοις εκατό|في المئة|بالمئة|بالمائة|אחוז\w*|パーセント|퍼센트|प्रतिशत|procent\w*)",
    re.IGNORECASE,
)
_CJK_CHARACTER = re.compile(f"[{_CJK}]")
_ARABIC_QUESTION, _FULL_WIDTH_QUESTION = "\u061f", "\uff1f"
YEAR = re.compile(r"(?<![\d.,:])(1[89]\d\d|20\d\d)(?![\d.,:]\d)")

_Trie = dict[str, "_Trie"]


def alternation(phrases: Iterable[str]) -> str:
    """One regex alternative for a word list, shared prefixes factored out ("ju(?:li|ni)").

    The regex engine then tries each starting position once per prefix instead of once
    per phrase, which makes the lexicon searches (most of extraction's time) about 40 %
    faster. Longer phrases are tried before their prefixes, as a longest-first list does.
    """
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for char in phrase.strip().lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_DATE_WORDS = (
    *GERMAN_MONTHS,
    # "may" is mostly the verb; April, August, September and November are German too.
    *(month for month in ENGLISH_MONTHS if month != "may"),
    *SPANISH_MONTHS,
    "letzten jahr",
    "vergangenen jahr",
    "last year",
    "el año pasado",
)
DATE_WORD = re.compile(r"\b(?:" + alternation(_DATE_WORDS) + r")\b", re.IGNORECASE)
TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:h|uhr|horas|am|pm)\b|\ba las \d", re.IGNORECASE)
CURRENCY_UNITS = re.compile(
    # The whole figure, so reviewers read "446 millones", not "6 millones".
    r"(?:[$€£¥]\s?\d(?:[\d.,\u00a0]*\d)?|\d(?:[\d.,\u00a0]*\d)?\s?(?:[$€£¥]|euro\b|euros\b|dollar\b|dollars\b|dólares\b|pesos\b|"
    r"millionen\b|milliarden\b|mio\b|mrd\b|million\b|millions\b|billion\b|billions\b|trillion\b|millones\b|"
    r"mil\b|km\b|kilometer\b|kilómetros\b|tonnen\b|tons\b|toneladas\b|kg\b|grad\b|degrees\b|grados\b|"
    r"menschen\b|people\b|personas\b|jobs\b|empleos\b|arbeitsplätze\b|muertos\b|tote\b|deaths\b))",
    re.IGNORECASE,
)
_NUMBER_WORDS = (
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "hunderte",
    "tausende",
    "millionen",
    "milliarden",
    "cientos",
    "miles",
    "millones",
    "half",
    "twice",
    "hälfte",
    "doppelt",
    "mitad",
    "doble",
    "one in",
    "jeder zweite",
    "jeder dritte",
    "uno de cada",
)
NUMBER_WORDS = re.compile(r"\b(?:" + alternation(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
CAPITALISED = re.compile(r"(?<=[\s(\"'„“«])[A-ZÄÖÜÁÉÍÓÚÑ][\w'-]*[a-zäöüßáéíóúñ]\b")
ACRONYM = re.compile(r"\b[A-ZÄÖÜ]{2,}[a-z]?\b|\b[A-Z][a-z]+[A-Z]\w*")
INTENTION = re.compile(
    r"\b(?:entschlossen|setzt darauf|setzen darauf|beabsichtigt|strebt an|zielt darauf|determined to|"
    r"intends to|aims to|seeks to|is set to|pretende|busca|tiene la intención|está dispuesto)\b",
    re.IGNORECASE,
)
# A German announcement or warning of what to do, an infinitive clause after it: "Die
# Opposition kündigte an, vor das Bundesverfassungsgericht zu ziehen", "warnte davor, das
# Asylrecht auszuhöhlen" (`clauses._intended` leaves them nobody's statement). An
# intention too, and no reported speech.
# A German infinitive closing a clause: "zu ziehen", "auszuhöhlen" (lower case: "zu den
# Opfern" is none, nor "zu hoch", which ends in no -n).
GERMAN_INFINITIVE = r"(?:zu\s+[a-zäöüß]+n|[a-zäöüß]+zu[a-zäöüß]+en)"
ANNOUNCED_INTENTION = re.compile(
    r"\b(?:kündigt|kündigte|kündigten|warnt|warnte|warnten)\s+(?:an|davor),(?:\s+[^\s,.;]+){1,8}?"
    rf"\s+{GERMAN_INFINITIVE}\W*$",
    re.IGNORECASE,
)
ANNOUNCED_INTENTION_KEYS = frozenset(["kündigt", "kündigte", "kündigten", "warnt", "warnte", "warnten"])
SPECULATION = re.compile(
    r"\b(?:bleibt (?:\w+ )?abzuwarten|wird sich zeigen|it remains to be seen|time will tell|queda por ver|"
    r"está por ver|habrá que ver|reste à voir)\b",
    re.IGNORECASE,
)
# An open question stated as such: whether something is so or will happen is not known,
# so there is nothing to check ("It is unclear whether the Fed will cut rates", "Ob die
# EZB die Zinsen senkt, ist offen", "Wie es weitergeht, ist offen", "No está claro si …",
# "The company declined to say how many jobs would be cut"). Weighed as speculation.
UNDECIDED = re.compile(
    r"\b(?:(?:it is|it's|it was|it remains) (?:still |not yet )?(?:unclear|uncertain) (?:whether|if)|"
    r"(?:it is|it's|it was) (?:still )?not (?:yet )?clear (?:whether|if)|"
    r"(?:ist|bleibt) (?:noch |weiterhin |allerdings |aber |jedoch |indes )*(?:offen|unklar|ungewiss|fraglich), ob|"
    r"(?:unklar|offen|ungewiss|fraglich) (?:ist|bleibt)(?: noch| allerdings| aber| jedoch)*, ob|"
    r"(?:ob|wie|wann|warum|weshalb|wer|was|wo|welche[rsnm]?|inwieweit) (?:[^.;:!?]|(?<=\d)\.(?=\d)){1,120}?, "
    r"(?:ist|bleibt) "
    r"(?:noch |weiterhin |allerdings |aber |jedoch |indes )*"
    r"(?:offen|unklar|ungewiss|fraglich)|"
    # The answer still to come: "Wer am Ende Meister wird, entscheidet sich erst im Mai."
    r"(?:ob|wie|wann|warum|wer|was|welche[rsnm]?) (?:[^.;:!?]|(?<=\d)\.(?=\d)){1,120}?, "
    r"(?:(?:entscheidet|entscheiden|zeigt|klärt) sich (?:wohl |aber |allerdings )*"
    r"(?:erst|noch nicht|in den kommenden|in einigen|in wenigen|im Laufe)|"
    r"wird sich (?:[^\W\d]+ ){0,6}?(?:zeigen|entscheiden|klären|herausstellen))\b|"
    # The question first: "Whether the 2030 target can be met remains unclear."
    r"^whether [^.;:!?]{1,120}? (?:is|remains|was) (?:still |not yet |however |also )*"
    r"(?:unclear|uncertain|unknown|an open question|not (?:yet )?clear)|"
    r"no está (?:aún |todavía )?claro si|no se sabe (?:aún |todavía )?si|se desconoce (?:aún |todavía )?si|"
    # What someone would not tell: "The White House did not say how much the relief would cost".
    r"(?:did not|didn't|does not|doesn't|would not|wouldn't|declined to|refused to) "
    r"(?:say|disclose|reveal|specify|give) (?:how|whether|if|when|why|what|which|who|where)|"
    r"(?:sagte|sagten|wollte|wollten|nannte|nannten|ließ|ließen) (?:\w+ )?(?:nicht|offen)(?: sagen| nennen)?, "
    r"(?:wie|ob|wann|warum|was|welche|wer|wo)|"
    r"no (?:dijo|quiso decir|precisó|detalló|aclaró|especificó|ha precisado|ha detallado|ha aclarado) "
    r"(?:cuánt[oa]s?|cómo|si|cuándo|por qué|qué|quién|dónde)|"
    # No comment at all: "The district attorney's office declined to comment."
    r"(?:declined|refused|declines|refuses) to comment|"
    r"(?:did not|didn't|would not|wouldn't) (?:immediately )?comment\b|"
    r"(?:has not|hasn't|have not|haven't) (?:yet )?commented\b|"
    r"(?:did not|didn't) (?:immediately )?(?:respond|reply) to (?:a |an |several )?(?:requests?|emails?|calls?)"
    r" for comment|could not (?:immediately )?be reached for comment|"
    r"(?:wollte|wollten|möchte|möchten) sich (?:\w+ ){0,3}?nicht (?:\w+ )?äußern|"
    r"(?:war|waren) (?:zunächst |bislang )?für eine Stellungnahme (?:zunächst |bislang )?"
    r"nicht (?:zu )?erreich(?:en|bar)|"
    r"no (?:quiso|quisieron|ha querido|han querido) (?:hacer (?:ningún )?comentarios?|pronunciarse)|"
    r"(?:declinó|declinaron|rehusó|rehusaron) hacer (?:ningún )?comentarios?)\b",
    re.IGNORECASE,
)
UNDECIDED_KEYS = frozenset(
    [
        *("unclear", "uncertain", "clear", "unknown", "question", "offen", "unklar", "ungewiss", "fraglich"),
        # "…, entscheidet sich erst im Mai", "…, wird sich erst nach den Daten zeigen"
        *("entscheidet", "entscheiden", "zeigt", "klärt", "zeigen", "klären", "herausstellen"),
        *("claro", "sabe", "desconoce"),
        # What someone would not tell: the verb, rarer than the negation.
        *("say", "disclose", "reveal", "specify", "give", "sagte", "sagten", "wollte", "wollten", "nannte"),
        *("nannten", "ließ", "ließen", "dijo", "decir", "precisó", "detalló", "aclaró", "especificó"),
        *("precisado", "detallado", "aclarado"),
        # No comment: its rarer noun or verb.
        *("comment", "commented", "äußern", "stellungnahme", "comentario", "comentarios", "pronunciarse"),
    ]
)
# Speculation about what is to come: a modal of possibility and a time still to come, in
# either order ("could cool later this year", "Im kommenden Jahr dürfte die Inflation …").
# What may happen next year cannot be checked today. A forecast someone published ("The
# IMF expects growth of 2 percent next year") is left alone: that it was made can be checked.
_MODAL = {
    "en": r"could|might|(?-i:may)|is likely to|are likely to",  # "May" is the month
    "de": r"könnte|könnten|dürfte|dürften",
    "es": r"podría|podrían",
}
_TO_COME = {
    "en": r"next (?:year|month|week|quarter|decade)|later this (?:year|month|decade)|"
    r"by (?:the end of )?(?:next year|this year|(?:19|20)\d\d)|in the coming (?:days|weeks|months|years|decades?)|"
    r"(?:by|before) (?:the )?end of (?:the |this |next )?(?:year|month|quarter|decade)|(?:by|before) year[- ]end|"
    r"in the future",
    "de": r"im kommenden Jahr|nächstes Jahr|im nächsten Jahr|nächste Woche|in der nächsten Woche|"
    r"bis (?:Ende )?(?:des Jahres|(?:19|20)\d\d)|in den kommenden (?:Tagen|Wochen|Monaten|Jahren|Jahrzehnten)|"
    r"bis (?:zum )?Jahresende|vor (?:dem )?Jahresende|in Zukunft",
    "es": r"el próximo año|el año que viene|el próximo mes|en los próximos (?:días|meses|años)|para (?:19|20)\d\d|"
    r"a finales de (?:este )?año|(?:antes de|para|a) final(?:es)? de año|en el futuro",
}
# A month after the modal is to come too ("The Fed could cut rates in December"); before it,
# it is as often the month of a statement ("Prices rose in December and could rise again").
_MONTH_TO_COME = {
    "en": r"in (?:" + "|".join(m for m in ENGLISH_MONTHS if m != "may") + ")",
    "de": r"im (?:" + "|".join(GERMAN_MONTHS) + ")",
    "es": r"en (?:" + "|".join(SPANISH_MONTHS) + ")",
}
FORECAST = {
    language: re.compile(
        rf"\b(?:{modal})\b[^.;:!?]{{0,80}}?\b(?:{_TO_COME[language]}|{_MONTH_TO_COME[language]})\b|"
        rf"\b(?:{_TO_COME[language]})\b[^.;:!?]{{0,80}}?\b(?:{modal})\b",
        re.IGNORECASE,
    )
    for language, modal in _MODAL.items()
}
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|die|der|das|deren|dessen|que|quien|quienes)\s[^,]*,", re.I)
_JOINED = {
    "en": re.compile(r"\s(?:and|but)\s", re.I),
    "de": re.compile(r"\s(?:und|aber)\s", re.I),
    "es": re.compile(r"\s(?:y|pero)\s", re.I),
}
FORECAST_KEYS = {
    "en": frozenset(["could", "might", "may", "likely"]),
    "de": frozenset(["könnte", "könnten", "dürfte", "dürften"]),
    "es": frozenset(["podría", "podrían"]),
}
# Key words: a clause without one of a pattern's key words cannot match it (each branch of
# the pattern holds one), so most clauses are spared the search; tests check each branch.
INTENTION_KEYS = frozenset(
    [
        "entschlossen",
        "darauf",
        "beabsichtigt",
        "strebt",
        "determined",
        "intends",
        "aims",
        "seeks",
        "set",
        "pretende",
        "busca",
        "intención",
        "dispuesto",
    ]
)
SPECULATION_KEYS = frozenset(["abzuwarten", "zeigen", "remains", "tell", "ver", "voir"])
HANDLE = re.compile(r"[@#]\w+")
URL = re.compile(r"https?://\S+|\bwww\.\w\S+")
SECOND_PERSON = re.compile(
    r"\b(?:you|your|du|dich|dir|dein|deine|euch|ihr\b|tú|te|tu|vosotros|os)\b"
    # German formal address: "Sie", "Ihnen", "Ihre" capitalised inside a sentence.
    r"|(?<=\w[\s,])(?-i:Sie|Ihnen|Ihre[nmrs]?)\b",
    re.IGNORECASE,
)
SECOND_PERSON_KEYS = frozenset(
    [
        "you",
        "your",
        "du",
        "dich",
        "dir",
        "dein",
        "deine",
        "euch",
        "ihr",
        "tú",
        "te",
        "tu",
        "vosotros",
        "os",
        "sie",
        "ihnen",
        "ihre",
        "ihren",
        "ihrem",
        "ihrer",
        "ihres",
    ]
)
LEXICON: dict[str, dict[str, tuple[str, ...]]] = {
    "comparison": {
        "de": (
            "doppelt so",
            "halb so",
            "mehr als",
            "weniger als",
            "höher als",
            "niedriger als",
            "größte",
            "größten",
            "kleinste",
            "höchste",
            "höchsten",
            "niedrigste",
            "niedrigsten",
            "verdoppelt",
            "verdreifacht",
            "mal so viel",
            "mal mehr",
            "rekord",
            "rückgang",
            "rückgänge",
            "anstieg",
            "gestiegen",
            "gesunken",
            "verlor",
            "nachgab",
            "mehr",
            "weniger",
            "als in",
            "die meisten",
            "zunehmend",
            "zugenommen",
            "abgenommen",
        ),
        "en": (
            "twice as",
            "half as",
            "more than",
            "less than",
            "fewer than",
            "higher than",
            "lower than",
            "largest",
            "smallest",
            "highest",
            "lowest",
            "doubled",
            "tripled",
            "times as",
            "times more",
            "record",
            "increase",
            "increased",
            "decrease",
            "decreased",
            "rose",
            "fell",
            "dropped",
            "grew",
            "cut",
            "raised",
            "reduced",
            "biggest",
            "worst",
            "best",
            "more",
            "less",
            "fewer",
            "only",
            "first time",
            "since",
        ),
        "es": (
            "el doble",
            "la mitad",
            "más que",
            "más de",
            "menos que",
            "menos de",
            "mayor",
            "menor",
            "récord",
            "duplicado",
            "triplicado",
            "aumentó",
            "aumento",
            "disminuyó",
            "disminuye",
            "subió",
            "bajó",
            "cayó",
            "caída",
            "crece",
            "creció",
            "cayeron",
            "crecieron",
            "subieron",
            "bajaron",
            "aumentaron",
            "peor",
            "mejor",
            "más",
            "menos",
            "veces más",
            "por encima",
            "por debajo",
            "la mayor",
            "el mayor",
            "destrucción",
            "récord histórico",
            "peores",
            "mejores",
            "duplica",
            "duplicó",
            "triplica",
            "triplicó",
            # Rankings: "España lidera el crecimiento de las grandes economías europeas".
            "lidera",
            "lideran",
            "encabeza",
            "encabezan",
            "multiplica",
            "multiplicó",
        ),
        "fr": ("deux fois", "plus que", "plus de", "moins que", "moins de", "record", "hausse", "baisse"),
    },
    "reported_speech": {
        "de": (
            "sagte",
            "erklärte",
            "betonte",
            "wies darauf hin",
            "hinwies",
            "behauptete",
            "teilte mit",
            "laut",
            "zufolge",
            "berichtete",
            "warnte",
            "schlug alarm",
            "bestätigte",
        ),
        "en": (
            "said",
            "says",
            "stated",
            "claimed",
            "according to",
            "told",
            "reported",
            "announced",
            "pointed out",
            "argued",
            "warned",
            "confirmed",
        ),
        "es": (
            "dijo",
            "afirmó",
            "aseguró",
            "declaró",
            "según",
            "señaló",
            "explicó",
            "indicó",
            "anunció",
            "reconoce",
            "reconoció",
            "denunció",
            "advirtió",
        ),
        "fr": ("a dit", "a déclaré", "selon", "a affirmé", "a annoncé"),
    },
    "statistic": {
        "de": (
            "prozent",
            "anteil",
            "statistik",
            "quote",
            "zahl",
            "zahlen",
            "studie",
            "umfrage",
            "durchschnitt",
            "mehrheit",
            "millionen",
            "milliarden",
            "haushalt",
            "steuern",
            "kosten",
            "euro",
            "bevölkerung",
            "arbeitslos",
            "einwohner",
            "gesetz",
            "urteil",
            "regierung",
            "bundestag",
            "partei",
            "tausende",
            "miete",
            "mieten",
            "rente",
            "renten",
            "lohn",
            "löhne",
            "mindestlohn",
            "gehalt",
            "einkommen",
            "preise",
            "wohnungen",
        ),
        "en": (
            "percent",
            "rate",
            "statistics",
            "figures",
            "study",
            "survey",
            "average",
            "majority",
            "million",
            "billion",
            "budget",
            "taxes",
            "tax",
            "deficit",
            "debt",
            "unemployment",
            "jobs",
            "economy",
            "spending",
            "cost",
            "law",
            "bill",
            "voted",
            "vote",
            "senate",
            "congress",
            "income",
            "trillion",
            "nuclear",
            "program",
            "plan",
            "percentage",
            "people",
            "country",
            "administration",
        ),
        "es": (
            "por ciento",
            "tasa",
            "cifra",
            "cifras",
            "datos",
            "estudio",
            "encuesta",
            "media",
            "mayoría",
            "millones",
            "presupuesto",
            "impuestos",
            "déficit",
            "deuda",
            "paro",
            "empleo",
            "parados",
            "contagiados",
            "fallecidos",
            "muertos",
            "euros",
            "pib",
            "ley",
            "gobierno",
            "ine",
            "epa",
            "informe",
            "salario",
            "pensiones",
            "récord",
            "desempleo",
            "tasas",
            "gasto",
            "habitantes",
            "fallecimientos",
        ),
        "fr": ("pour cent", "taux", "chiffres", "étude", "sondage", "moyenne", "millions", "budget", "impôts"),
    },
    # German subjunctive II: "wäre die Rente höher", "hätte man gewusst". Inside reported
    # speech the same forms mark indirect speech ("…, dass China doppelt so viele Ingenieure
    # ausgebildet hätte"), so there they are not counted.
    "counterfactual": {"de": ("hätte", "hätten", "wäre", "wären")},
    "hedge": {
        "de": (
            "vielleicht",
            "möglicherweise",
            "wahrscheinlich",
            "vermutlich",
            "eventuell",
            "könnte",
            "könnten",
            "bleibt abzuwarten",
            "scheint",
            "angeblich",
            "wohl",
            "ich denke",
            "ich glaube",
            "keine ahnung",
            "theoretisch",
            "schwer zu sagen",
            "kaum zu sagen",
            "unklar",
        ),
        "en": (
            "maybe",
            "perhaps",
            "possibly",
            "probably",
            "might",
            "could be",
            "it remains to be seen",
            "seems",
            "apparently",
            "i think",
            "i believe",
            "i guess",
            "i hope",
            "hopefully",
            "i'm not sure",
            "theoretically",
            "hard to say",
            "too early to say",
            "unclear",
        ),
        "es": (
            "quizás",
            "quizá",
            "tal vez",
            "posiblemente",
            "probablemente",
            "podría",
            "parece",
            "queda por ver",
            "creo que",
            "ojalá",
            "espero",
            "difícil de saber",
            "difícil saberlo",
            "difícil de decir",
            "no está claro",
        ),
        "fr": ("peut-être", "probablement", "pourrait", "semble", "il reste à voir", "difficile à dire"),
    },
    "opinion": {
        "de": (
            "ich finde",
            "meiner meinung",
            "sollte",
            "sollten",
            "muss man",
            "müssen wir",
            "leider",
            "schrecklich",
            "toll",
            "großartig",
            "peinlich",
            "unglaublich",
            "schande",
            "klasse",
            "super",
            "unerträglich",
            "lächerlich",
            "dumm",
            "danke",
            "bitte",
            "hoffentlich",
            "endlich",
            "traurig",
            "gut so",
            "bravo",
            "respekt",
            "widerlich",
            "armselig",
            "lol",
            "haha",
            "skandal",
            "skandalös",
            "überfällig",
            "unverschämt",
            "katastrophal",
            "zurücktreten",
            "wird zeit",
            "ist zeit",
            "höchste zeit",
            "an der zeit",
            "desaster",
            "irrweg",
            "besseres verdient",
            "ernsthaft glauben",
            # Judgements quoted in news: „Das ist enttäuschend", sagte …
            "enttäuschend",
            "enttäuschende",
            "enttäuschenden",
            "enttäuschendes",
            "besorgniserregend",
            "besorgniserregende",
            "besorgniserregenden",
            "besorgniserregendes",
            "erfreulich",
            "erfreuliche",
            "erfreulichen",
            "erfreuliches",
            "inakzeptabel",
            # Sympathy, not a statement: "Unsere Gedanken sind bei den Angehörigen".
            "gedanken sind bei",
            "mitgefühl",
            "beileid",
        ),
        "en": (
            "i think",
            "in my opinion",
            "should",
            "ought to",
            "terrible",
            "great",
            "wonderful",
            "disgrace",
            "shameful",
            "awful",
            "we must",
            "we need to",
            "i want",
            "i support",
            "i'm for",
            "we will",
            "let me",
            "thank you",
            "i'm going to",
            "i would",
            "i'd like",
            "we're going to",
            "believe",
            "important",
            "i'm proud",
            # Judgements quoted in news: "This is a disappointing set of numbers," said …
            "disappointing",
            "encouraging",
            "worrying",
            "appalling",
            "unacceptable",
            "thoughts are with",
            "thoughts and prayers",
            "hearts go out",
            "condolences",
        ),
        "es": (
            "creo que",
            "en mi opinión",
            # Judgements quoted in news: "Es un dato decepcionante", dijo …
            "decepcionante",
            "decepcionantes",
            "inaceptable",
            "alentador",
            "alentadores",
            "condolencias",
            "pésame",
            "pensamientos están con",
            "debería",
            "deberíamos",
            "hay que",
            "vergüenza",
            "terrible",
            "maravilloso",
            "gracias",
            "enhorabuena",
            "felicidades",
            "orgullo",
            "orgulloso",
            "queremos",
            "vamos a",
            "os esperamos",
            "no te pierdas",
            "apoyo",
            "ánimo",
            "seguiremos",
            "necesita",
            "necesitamos",
            "debemos",
            "exigimos",
            "proponemos",
            "defenderemos",
            "lucharemos",
            "bienvenido",
            "mañana",
            "esta noche",
            "hoy a las",
            "en directo",
            "directo",
            "entrevista",
            "no os perdáis",
            # A commentary's judgements and urgings: "Es hora de que el Gobierno asuma …"
            "es hora de",
            "ya es hora",
            "mala noticia",
            "buena noticia",
        ),
        "fr": ("je pense", "à mon avis", "devrait", "il faut", "honte", "formidable"),
    },
    "future": {
        "de": ("wird", "werden", "plant", "wollen", "soll", "künftig", "demnächst", "würde", "würden"),
        "en": ("will", "going to", "plans to", "shall", "next year", "in the future", "would", "gonna"),
        "es": (
            "será",
            "serán",
            "vamos a",
            "va a",
            "planea",
            "próximo año",
            "en el futuro",
            "haremos",
            "vamos",
            "seguiremos",
        ),
        "fr": ("sera", "seront", "va ", "vont ", "l'année prochaine"),
    },
    "factual_verb": {
        "de": (
            "hat",
            "haben",
            "hatte",
            "hatten",
            "war",
            "waren",
            "ist",
            "sind",
            "gibt es",
            "gab es",
            "verzeichnete",
            "erreichte",
            "betrug",
            "beträgt",
            "trafen",
            "verwendet",
            "entwickelt",
            "hergestellt",
            "eingeführt",
            "wurde",
            "wurden",
            "kostet",
            "kostete",
            "stieg",
            "sank",
            "liegt",
            "lag",
            "zahlt",
            "zahlen",
            "verdient",
            "bekommen",
            "erhalten",
            "stammen",
            "kommen aus",
            "verkauft",
            "gebaut",
            "beschlossen",
            "verboten",
            "abgeschafft",
        ),
        "en": (
            "was",
            "were",
            "has",
            "have",
            "had",
            "is",
            "are",
            "reached",
            "recorded",
            "cost",
            "costs",
            "spent",
            "voted",
            "passed",
            "created",
            "lost",
            "met",
            "used",
            "there are",
            "there were",
            "there is",
            "killed",
            "paid",
            "pays",
            "earns",
            "received",
            "signed",
            "opposed",
            "supported",
            "sent",
            "built",
            "produced",
        ),
        "es": (
            "fue",
            "fueron",
            "ha",
            "han",
            "es",
            "son",
            "hay",
            "había",
            "alcanzó",
            "registró",
            "costó",
            "cuesta",
            "gastó",
            "votó",
            "aprobó",
            "creó",
            "perdió",
            "suprimió",
            "cobran",
            "cobra",
            "supone",
            "asciende",
            "recibe",
            "recibió",
            "destruyó",
            "suma",
            "tiene",
            "tienen",
            "publican",
        ),
        "fr": ("a été", "est", "sont", "ont", "a atteint", "a coûté"),
    },
}

WEIGHTS: dict[str, float] = {
    "percent": 1.8,
    "quantity": 1.3,
    "number": 1.0,
    "number_words": 0.7,
    "year": 0.8,
    "date": 0.4,
    "comparison": 0.6,
    "statistic": 0.5,
    "named_entity": 0.45,
    "reported_speech": 0.6,
    "factual_verb": 0.45,
    "question": -2.2,
    "hedge": -1.3,
    "counterfactual": -0.3,
    "opinion": -0.9,
    "future": -0.6,
    "exclamation": -0.5,
    "addresses_reader": -0.5,
    "time_of_day": -1.2,
    "too_short": -2.0,
    "speculation": -6.0,
    "intention": -1.0,
    "attributed_judgement": -1.5,
    "presented_as_fact": 0.6,
    "cites_source": 0.8,
}
# Per language, where the genre of check-worthy text differs: in German reader comments
# hedged and future wording accompanies claims as often as not. Spanish posts have their
# own table (`POST_WEIGHTS`). Rounded values, set by hand while measuring.
LANGUAGE_WEIGHTS: dict[str, dict[str, float]] = {
    "de": {
        "cites_source": 1.6,
        "hedge": -0.3,
        "future": 0.3,
        "opinion": -0.6,
        "exclamation": 0.1,
        "statistic": 1.2,
        "year": 1.4,
        "number": 1.0,
        "percent": 1.8,
        "quantity": 1.8,
        "reported_speech": 1.5,
        "named_entity": 0.15,
        "comparison": 0.75,
        "question": -0.9,
        "factual_verb": 0.45,
    },
    # Spanish articles: the shared weights, with the language's own negative wording. The
    # Spanish posts' table below was fitted to politicians' posts, where a figure is rarely
    # what makes a post check-worthy; news reports its figures as facts.
    "es": {
        "opinion": -0.8,
        "future": -1.0,
        "time_of_day": -2.0,
    },
    "en": {
        "number": 1.4,
        "percent": 2.6,
        "quantity": 2.4,
        "year": 1.3,
        "comparison": 0.9,
        "statistic": 0.7,
        "opinion": -0.8,
        "hedge": -0.7,
        "question": -1.7,
        "reported_speech": 0.9,
        "factual_verb": 0.3,
        "named_entity": 0.35,
        "future": -0.3,
    },
}
# Per language: the prior log-odds before any signal; set by hand while measuring.
BIAS: dict[str, float] = {"de": -0.36, "en": -0.75, "es": -1.0, "fr": -1.0}
DEFAULT_BIAS = -1.2

# The genre of a text, which decides its weights where a language has a table per genre.
# A post (a tweet, a reader's comment, one pasted sentence) is short; an article is not.
ARTICLE = "article"
POST = "post"
POST_LENGTH = 500  # characters; tweets stay under 300, with quotation marks doubled under 420
# An article's own weights, over every language's: a question in a news article is the
# writer's or a speaker's question ("Sinkt die Inflation 2025 unter 2 Prozent?"), however
# many figures it holds, while a reader's question often carries a claim ("Wussten Sie,
# dass …?"), which the languages' weights were measured on. Also added to a trained
# model's score in an article (`scoring.hand_weighted`).
ARTICLE_WEIGHTS: dict[str, float] = {"question": -5.0}
# Posts' own weights and priors, where they were measured apart (docs/extraction.md), over
# the language's own: Spanish politicians' posts, where almost everything names someone
# and figures abound.
POST_WEIGHTS: dict[str, dict[str, float]] = {
    "es": {
        "cites_source": 0.0,  # nearly every post carries a link
        "named_entity": 0.0,
        "number": 0.1,
        "percent": 1.4,
        "quantity": 0.6,
        "statistic": 0.65,
        "comparison": 0.75,
        "reported_speech": 1.3,
        "date": 0.8,
        "year": 0.45,
        "number_words": 0.4,
        "factual_verb": 0.2,
        "question": 0.0,
        "exclamation": 0.0,
    },
}
POST_BIAS: dict[str, float] = {"es": -1.5}


def genre_of(text: str) -> str:
    """`POST` for a text under `POST_LENGTH` characters, `ARTICLE` otherwise."""
    return POST if len(text.strip()) < POST_LENGTH else ARTICLE


def bias(language: str, genre: str = ARTICLE) -> float:
    """The prior log-odds of a clause in `language` and `genre`."""
    if genre == POST and language in POST_BIAS:
        return POST_BIAS[language]
    return BIAS.get(language, DEFAULT_BIAS)


@dataclass(frozen=True, slots=True)
class Signal:
    name: str
    weight: float
    match: str

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "weight": self.weight, "match": self.match}


def _phrase_patterns() -> dict[tuple[str, str], re.Pattern[str]]:
    patterns: dict[tuple[str, str], re.Pattern[str]] = {}
    for signal, per_language in LEXICON.items():
        for language, phrases in per_language.items():
            patterns[(signal, language)] = re.compile(rf"(?<!\w)(?:{alternation(phrases)})(?!\w)", re.IGNORECASE)
    return patterns


PHRASES = _phrase_patterns()


# The first word of every phrase of a lexicon: a clause holding none of them cannot match
# it, and a set test is far cheaper than the search (lexicon searches were about half of
# extraction's time). Every phrase starts with a word character.
def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(re.match(r"\w+", phrase.strip().lower()).group() for phrase in phrases)  # type: ignore[union-attr]


_FIRST_WORDS: dict[tuple[str, str], frozenset[str]] = {
    (signal, language): _first_words(phrases)
    for signal, per_language in LEXICON.items()
    for language, phrases in per_language.items()
}
_DATE_FIRST_WORDS = _first_words(_DATE_WORDS)
_NUMBER_FIRST_WORDS = _first_words(_NUMBER_WORDS)
_WORD = re.compile(r"\w+")
_FIGURES = frozenset(["percent", "quantity", "number", "number_words", "year"])
# Small numbers written as words and what they count, in articles: news writes "zwei
# Menschen kamen ums Leben", "seis años de prisión". In posts and comments such counts are
# mostly anecdote ("bei Lanz waren wieder zwei Typen"); measured there, they lowered F1.
# English is left to its model, which learned "three people were killed" from its data.
_CARDINALS = {
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert tausend",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cuarenta cincuenta cien",
}
CARDINAL_KEYS = {language: frozenset(words.split()) for language, words in _CARDINALS.items()}
# The number word, then the noun it counts, with at most one word between ("zwei weitere
# Menschen", "seis años"; the nearest noun: "tres personas murieron" gives "tres
# personas"): German nouns are capitalised, Spanish ones are not.
COUNTED = {
    "de": re.compile(r"\b(?i:" + _CARDINALS["de"].replace(" ", "|") + r")\s+(?:[a-zäöü]+\s+)??[A-ZÄÖÜ][a-zäöüß]+"),
    "es": re.compile(r"\b(?i:" + _CARDINALS["es"].replace(" ", "|") + r")\s+(?:[a-záéíóúñ]+\s+)??[a-záéíóúñ]{3,}"),
}
_GERMAN_NOT_NAMES = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "einem",
        "für",
        "von",
        "mit",
        "bei",
        "nach",
        "aus",
        "zu",
        "im",
        "am",
        "vom",
        "zum",
        "zur",
        "auf",
        "über",
        "unter",
        "vor",
        "in",
        "an",
        "als",
        "wie",
        "und",
        "oder",
        "aber",
        "zudem",
        "dies",
        "diese",
        "dieser",
        "jedoch",
        # Possessives: "Meiner Meinung nach", "Unsere Regierung".
        *(
            f"{stem}{ending}"
            for stem in ("mein", "dein", "sein", "unser")
            for ending in ("", "e", "er", "es", "em", "en")
        ),
        *(f"ihr{ending}" for ending in ("", "e", "er", "es", "em", "en")),
        *(f"eu{ending}" for ending in ("er", "re", "rer", "res", "rem", "ren")),
    ]
)
# Words capitalised only because a sentence or clause starts with them: "El paro baja",
# "The figures show", "Según el INE". They are not names.
_NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "he",
        "her",
        "his",
        "if",
        "in",
        "it",
        "its",
        "my",
        "no",
        "not",
        "of",
        "on",
        "or",
        "our",
        "she",
        "so",
        "that",
        "the",
        "their",
        "there",
        "these",
        "they",
        "this",
        "those",
        "to",
        "we",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "why",
        "with",
        "you",
        "your",
        "al",
        "con",
        "de",
        "del",
        "el",
        "ella",
        "ellos",
        "en",
        "es",
        "esa",
        "ese",
        "esta",
        "este",
        "estos",
        "hay",
        "la",
        "las",
        "lo",
        "los",
        "mi",
        "nos",
        "nuestro",
        "para",
        "pero",
        "por",
        "que",
        "se",
        "según",
        "si",
        "sin",
        "sobre",
        "su",
        "sus",
        "también",
        "un",
        "una",
        "y",
        "ya",
        "au",
        "aux",
        "ce",
        "ces",
        "dans",
        "des",
        "du",
        "elle",
        "et",
        "il",
        "ils",
        "je",
        "le",
        "les",
        "leur",
        "mais",
        "nous",
        "on",
        "ou",
        "par",
        "pour",
        "qui",
        "sa",
        "ses",
        "son",
        "sur",
        "une",
        "vous",
    ]
)
# "Für Guida war dieser Unterschied …", "For the senator, this was …": a judgement
# attributed to someone, not a checkable statement.
PERSPECTIVE = re.compile(
    r"^\s*(?i:für|for|para|pour)\s+[A-ZÄÖÜÁÉÍÓÚÑ]\w+,?(?:\s+\w+){0,2}?\s+(?:war|ist|was|is|es|era|fue|est|était)\b"
)
# A run of two capitalised words not opening a sentence: a German name ("Michelle Guida").
_GERMAN_NAME_RUN = re.compile(r"(?<![.!?]\s)\b[A-ZÄÖÜ][\w-]+\s[A-ZÄÖÜ][\w-]+")


_DIGIT = re.compile(r"\d")
# Signals found by their lexicons, in the order they are reported. Inside reported speech
# the subjunctive marks indirect speech, not a counterfactual.
_REPORTED_LEXICON_SIGNALS = ("comparison", "reported_speech", "statistic", "factual_verb", "hedge", "opinion", "future")
_LEXICON_SIGNALS = (*_REPORTED_LEXICON_SIGNALS, "counterfactual")


@cache
def _language_weights(language: str, genre: str = ARTICLE) -> dict[str, float]:
    own = POST_WEIGHTS.get(language, {}) if genre == POST else ARTICLE_WEIGHTS
    return {**WEIGHTS, **LANGUAGE_WEIGHTS.get(language, {}), **own}


def signal_weight(name: str, language: str, genre: str = ARTICLE) -> float:
    """A signal's weight in a language and genre: the most specific table's that has one."""
    return _language_weights(language, genre)[name]


def _link(text: str) -> re.Match[str] | None:
    # The substring test spares the regex on the many sentences without a link.
    return URL.search(text) if ("://" in text or "www." in text) else None


# A news site's address often carries its story's headline, words joined by hyphens or
# underscores: ".../Mann-schlaegt-am-Hauptbahnhof-wahllos-auf-Passanten-ein-id53498341.html".
_LINK_PATH = re.compile(r"(?:https?://|www\.)[^/?#\s]*([^?#\s]*)")
_SLUG_WORD = re.compile(r"[^\W\d_]\w*")
HEADLINE_WORDS = 4  # fewer is a page's name ("Troll_(Netzkultur)"), not a headline


def link_headline(link: str) -> bool:
    """Whether a link's address holds a headline of `HEADLINE_WORDS` words or more (its
    query string and its site's name excluded)."""
    path = _LINK_PATH.match(link)
    return path is not None and any(
        ("-" in segment or "_" in segment) and len(_SLUG_WORD.findall(segment.replace("_", " "))) >= HEADLINE_WORDS
        for segment in path.group(1).split("/")
    )


def backing_link(sentence: str) -> str:
    """The link when a sentence is little more than one ("Quelle: https://…"), else ""."""
    link = _link(sentence)
    if not link or len(_WORD.findall(URL.sub(" ", sentence))) >= 5:
        return ""
    return link.group()


_SPANISH_FUTURE = re.compile(r"(?<!\w)[a-zñáéíóú]\w+(?:ará|erá|irá)n?(?!\w)")
_HIGH_TIME = re.compile(r"(?<!\w)höchste\s+zeit(?!\w)", re.I)
_GERMAN_OVER_FIGURE = re.compile(r"(?<!\w)(?:über|unter)\s+(?:\d|(?:" + alternation(_NUMBER_WORDS) + r")(?!\w))", re.I)


def clause_signals(text: str, language: str, reported: bool = False, genre: str = ARTICLE) -> list[Signal]:
    """Every signal present in one clause (or sentence), positive and negative.

    `reported`: the clause is the complement of a reporting verb, whose mood is not a
    counterfactual. `genre`: that of the whole text (`genre_of`), which picks the weights.
    """
    lang = language if language in LEXICON["comparison"] else "en"
    found: list[Signal] = []
    link = _link(text)
    body = URL.sub(" ", text) if link else text
    weights = _language_weights(lang, genre)

    def add(name: str, match: str) -> None:
        found.append(Signal(name, weights[name], match))

    def search(name: str, pattern: re.Pattern[str], where: str) -> re.Match[str] | None:
        match = pattern.search(where)
        if match:
            add(name, match.group())
        return match

    # Handles are not names, and their digits are not figures ("@user2020").
    plain = HANDLE.sub(" ", body) if ("@" in body or "#" in body) else body
    percent = quantity = None
    if _DIGIT.search(body):  # every figure below needs a digit; most clauses have none
        if search("time_of_day", TIME_OF_DAY, body):
            body = TIME_OF_DAY.sub(" ", body)
            plain = TIME_OF_DAY.sub(" ", plain)
        percent = search("percent", PERCENT, body)
        quantity = search("quantity", CURRENCY_UNITS, body)
        year = search("year", YEAR, body)
        numbers = [m.group() for m in NUMBER.finditer(plain)]
        if not percent and not quantity and any(not (year and n == year.group()) for n in numbers):
            add("number", next(n for n in numbers if not (year and n == year.group())))
    tokens = _WORD.findall(body.lower())
    words = set(tokens)
    if not (percent or quantity) and not _NUMBER_FIRST_WORDS.isdisjoint(words):
        search("number_words", NUMBER_WORDS, body)
    if (
        genre == ARTICLE
        and lang in COUNTED
        and not CARDINAL_KEYS[lang].isdisjoint(words)
        and all(s.name not in ("number", "number_words") for s in found)
    ):
        search("number_words", COUNTED[lang], body)
    if not _DATE_FIRST_WORDS.isdisjoint(words):
        search("date", DATE_WORD, body)
    for name in _REPORTED_LEXICON_SIGNALS if reported else _LEXICON_SIGNALS:
        key = (name, lang)
        # Not every language has every lexicon; most clauses hold no word that opens one.
        if key in PHRASES and not _FIRST_WORDS[key].isdisjoint(words):
            # "Es ist höchste Zeit, dass …" urges; it compares nothing.
            high_time = name == "comparison" and lang == "de" and "zeit" in words
            search(name, PHRASES[key], _HIGH_TIME.sub(" ", body) if high_time else body)
    if lang == "es" and all(s.name != "future" for s in found):
        search("future", _SPANISH_FUTURE, body)
    # "über 2 %", "unter 100.000": a comparison only before a figure ("über die Summen" is not).
    if lang == "de" and ("über" in words or "unter" in words) and all(s.name != "comparison" for s in found):
        search("comparison", _GERMAN_OVER_FIGURE, body)

    # @handles and #hashtags are not names ("@USER", "#HETZE"): `plain` has none.
    if lang == "de":
        # German capitalises every noun: only acronyms and runs of capitalised words
        # ("Tokyo Electron", "Michelle Guida") count as names.
        entities = [e for e in _GERMAN_NAME_RUN.findall(plain) if e.split()[0].lower() not in _GERMAN_NOT_NAMES]
    else:
        entities = [e for e in CAPITALISED.findall(plain) if e.lower() not in _NOT_NAMES]
    acronyms = [a for a in ACRONYM.findall(plain) if not a.isdigit()]
    if entities or acronyms:
        add("named_entity", (entities or acronyms)[0])

    if not INTENTION_KEYS.isdisjoint(words):
        search("intention", INTENTION, body)
    if (
        lang == "de"
        and not ANNOUNCED_INTENTION_KEYS.isdisjoint(words)
        and all(s.name != "intention" for s in found)
        and search("intention", ANNOUNCED_INTENTION, body) is not None
    ):
        # "…, warnte davor, … zu tun": an announcement of what to do reports no statement.
        found[:] = [s for s in found if s.name != "reported_speech"]
    if not SPECULATION_KEYS.isdisjoint(words):
        search("speculation", SPECULATION, body)
    if not UNDECIDED_KEYS.isdisjoint(words) and not any(s.name == "speculation" for s in found):
        search("speculation", UNDECIDED, body)
    if lang in FORECAST and not FORECAST_KEYS[lang].isdisjoint(words) and all(s.name != "speculation" for s in found):
        # Not inside a relative clause: "The law, which could cost $2 billion by 2030, was passed …".
        # The clause is blanked out, so the match's offsets are the text's own.
        outside = _RELATIVE_CLAUSE.sub(lambda clause: "," + " " * (len(clause.group()) - 1), body)
        forecast = FORECAST[lang].search(outside)
        # Nor in a clause joined after a statement: "Prices rose 3 percent in May and could rise again next year".
        if forecast and _JOINED[lang].search(body, 0, forecast.start()) is None:
            add("speculation", body[forecast.start() : forecast.end()])
    perspective = PERSPECTIVE.search(text)
    if perspective:
        add("attributed_judgement", perspective.group().strip())
    stripped = text.rstrip()
    tail = stripped[-3:]
    # "?", the Arabic and the full-width (CJK) question marks and the Greek ";" end
    # questions; Spanish opens them with "¿".
    if (
        "?" in tail
        or _ARABIC_QUESTION in tail
        or _FULL_WIDTH_QUESTION in tail
        or "¿" in text
        or (";" in tail and GREEK_LETTERS.search(stripped))
    ):
        add("question", "?")
    if "!" in text:
        add("exclamation", "!")
    if not SECOND_PERSON_KEYS.isdisjoint(words):
        search("addresses_reader", SECOND_PERSON, body)
    if link and weights["cites_source"]:
        add("cites_source", link.group())
    # A post sharing a story's link shares its headline's claim however few words go with it
    # (a reader's comment that is only the link); in an article a bare link is a source line.
    if len(tokens) < 5 and not (genre == POST and link and link_headline(link.group())):
        # Chinese and Japanese put no spaces between words: count two characters as one.
        count = len(tokens) if body.isascii() else len(tokens) + len(_CJK_CHARACTER.findall(body)) // 2
        # A reported figure is a whole statement however few its words: "(Police said) 15
        # people were arrested", "(Fuentes policiales confirmaron que) tres personas fueron detenidas".
        # Three words too: "(Police said) four people died", "(informó la policía) cuatro personas murieron".
        if count < 3 or (count <= 4 and not (reported and any(s.name in _FIGURES for s in found))):
            add("too_short", "")
    return found
