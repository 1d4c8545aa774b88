"""Claim-sized pieces of a sentence: coordinated clauses and reported-speech complements.

"ASML verzeichnete Rückgänge von über 2 %, während Nvidia um mehr als 2 % nachgab" holds
two claims; "Guida wies darauf hin, dass im Jahr 2020 …" holds one, the complement, with
Guida as its speaker. Everything here is a linear scan with precompiled patterns.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import NamedTuple

from .names import (
    ARTICLES,
    COURT_DOCUMENTS,
    DATA_NOUNS,
    DOCUMENTS,
    DROPS_SUBJECT,
    INSTITUTION_WORDS,
    ITS_DATA,
    LOCATIVES,
    NAME,
    NAME_TOKEN,
    NOT_NAMES,
    ORGANISATION_DESCRIPTIONS,
    PARTICLES,
    PERSON_WORDS,
    PRESS_ROLES,
    ROLE_ACRONYMS,
    SPEECH_ADVERBS,
    STAFF_NOUNS,
    TITLE_CLOSES,
    TITLE_OPENS,
    WORD_BEFORE,
    article_in_name,
    bare_acronym,
    first_word,
    german_gender,
    german_institution,
    is_title,
    organisation_description,
    possessive_state,
    strip_titles,
    without_firm_noun,
)
from .page import DATELINE, NOT_SPEAKER_LABELS
from .segment import ENGLISH_MONTHS, GERMAN_MONTHS, MONTH_ABBREVIATIONS, SPANISH_MONTHS
from .signals import CARDINAL_KEYS, GERMAN_INFINITIVE, alternation

# Conjunctions that join two independent, separately checkable statements.
_COORDINATORS = {
    "de": r"während|wohingegen|aber|doch|jedoch|sondern",
    "en": r"while|whereas|but|although|though|yet",
    "es": r"mientras que|mientras(?!\s+tanto\b)|pero|sino que|aunque",  # "mientras tanto": meanwhile
    "fr": r"tandis que|alors que|mais",
    "it": r"mentre|ma|però|tuttavia",
    "pt": r"enquanto|mas|porém|contudo",
}
# Complementisers that introduce what someone said or what is being asserted.
_COMPLEMENTISERS = {"de": r"dass|daß", "en": r"that", "es": r"que", "fr": r"que|qu'", "it": r"che", "pt": r"que"}
# "claims", "states", "notes" are nouns more often than verbs ("new claims for unemployment
# benefits fell", "the states that expanded Medicaid"): verbs only before "that" or a
# comma, and not after a determiner, a number, a preposition or a noun's usual adjectives.
_NOUN_BEFORE = frozenset(
    [
        "the",
        "a",
        "an",
        "these",
        "those",
        "their",
        "his",
        "her",
        "its",
        "our",
        "your",
        "my",
        "some",
        "many",
        "all",
        "both",
        "several",
        "other",
        "various",
        "such",
        "no",
        "new",
        "jobless",
        "initial",
        "continuing",
        "member",
        "rogue",
        "false",
        "insurance",
        "to",
        "of",
        "in",
        "for",
        "with",
        "by",
        "from",
        "and",
        "or",
    ]
)
# The lookahead first: the lookbehinds run only where one of the three words starts.
_REPORTING_OR_NOUN = (
    r"(?=claims|states|notes)"
    + "".join(rf"(?<!\b{word} )" for word in sorted(_NOUN_BEFORE))
    + r"(?<!\d )(?:claims|states|notes)(?=\s+that\b|\s*[,:]|\s*$)"
)
_DOCUMENT_VERB = (
    # The lookahead first: the lookbehinds run only where one of the verbs starts.
    r"(?=found|finds|show|alleg)(?:"
    + "|".join(rf"(?<={noun} )" for noun in (*DOCUMENTS, *COURT_DOCUMENTS, *DATA_NOUNS))
    + r")(?:found|finds|showed|shows|show|alleges|alleged|allege)"
    # Whoever else found something, before "that": "Researchers at Stanford University found
    # that …"; not "we"/"I", whose finding is the speaker's own statement ("we found that …").
    + r"|(?<!\bwe )(?<!\bi )found(?=\s+that\b|\s*$)"
)
# Estimates and forecasts report what follows "that": "The Congressional Budget Office
# estimated that …", "The IMF projected that …" (not "an estimated 3 million", "is expected
# to").
_ESTIMATING_BODIES = (
    *("agency", "bank", "office", "fund", "bureau", "ministry", "government", "department", "commission"),
    *("board", "council", "institute", "regulator", "forecaster", "company", "firm", "group", "organization"),
)
# A finite verb: after "that", it makes "that" a pronoun or a relative, not a complementiser.
_FINITE_VERB = (
    r"(?:was|is|were|are|has|had|have|will|would|could|should|can|may|might|must|did|does|"
    r"seems?|seemed|means?|meant|remains?|remained|shows?|showed|makes?|made|leaves?|left)(?:n['’]t)?(?!\w)"
)
_ESTIMATE_NOUNS = ("estimates", "projects", "forecasts")
_ESTIMATE_VERB = (
    r"(?=estimat|project|predict|forecast|expect)"
    + "".join(rf"(?<!\b{word} )" for word in ("is", "are", "was", "were", "be", "been", "being", "an", "the"))
    + r"(?<!'s )(?<!’s )"  # "It's estimated that …": nobody's estimate
    # Not "estimates", "projects", "forecasts": nouns before "that" as often ("in projects that would …").
    + r"(?:estimated|estimate|projected|predicted|predicts|forecast|expects|expect|"
    # … but verbs after an institution: "The agency projects that …", "The World Bank
    # forecasts that …", "The IMF estimates that …"; a finite verb right after "that" makes
    # them nouns again (here, and in `_complement_pieces`, which searches the words before
    # "that" only).
    + "(?:"
    + "".join(rf"(?<=\bthe {noun} )|(?<=(?-i:{noun.capitalize()}) )|" for noun in _ESTIMATING_BODIES)
    + rf"(?<=(?-i:[A-Z][A-Z]) ))(?:{'|'.join(_ESTIMATE_NOUNS)})(?!\s+that\s+{_FINITE_VERB}))"
    # Before "that", or at the end of the text searched: the head before a "that" (as above).
    r"(?=\s+that\b|\s*$)"
)
# The Spanish singular present reports after an institution or a document named right
# before it, as news writes it: "El informe señala que …", "El Gobierno sostiene que …", "la
# OCDE advierte que …". Not after anything else: in posts "@usuario señala que …" and "…
# recuerda que con Sánchez …" report nobody's statement.
_SPANISH_PRESENT_VERBS = (
    *("señala", "indica", "explica", "destaca", "sostiene", "subraya", "recuerda", "advierte", "apunta"),
    *("detalla", "precisa", "confirma", "reconoce", "denuncia", "concluye", "recoge", "refleja"),
)
_SPANISH_PRESENT_SUBJECTS = (
    *("informe", "estudio", "documento", "análisis", "encuesta", "comunicado", "auto", "sentencia", "decreto"),
    *("gobierno", "ejecutivo", "ministerio", "banco", "organismo", "instituto", "agencia", "comisión"),
    *("tribunal", "fiscalía", "sindicato", "patronal", "empresa", "compañía", "ayuntamiento", "portavoz"),
    *("ministra", "ministro", "presidente", "presidenta", "organización", "entidad", "regulador", "supervisor"),
    *("fiscal", "juez", "jueza", "magistrado", "magistrada", "abogado", "abogada", "defensa", "acusación"),
    *("alcalde", "alcaldesa", "consejero", "consejera", "director", "directora"),
)
_SPANISH_PRESENT = (
    rf"(?=(?:{'|'.join(_SPANISH_PRESENT_VERBS)})(?!\w))(?:"
    + "".join(rf"(?<=\b{noun} )|" for noun in _SPANISH_PRESENT_SUBJECTS)
    # "advierte que", "advierte de que" (in the clause's head, the "de" closes it)
    + rf"(?<=(?-i:[A-Z][A-Z]) ))(?:{'|'.join(_SPANISH_PRESENT_VERBS)})(?=\s+(?:de\s+)?que\b|(?:\s+de)?\s*$)"
)
# The same present after a name, and perhaps where it says so: "el Banco de España advierte
# en su último informe de que …", "Funcas estima que …" (`_present_after_name`).
_PRESENT_AT_END = re.compile(
    rf"(?<=\s)(?:{'|'.join(_SPANISH_PRESENT_VERBS)}|estima|calcula|prevé|afirma|asegura)"
    r"(?:\s+en\s+(?:su|un|el|la|una)\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:informe|comunicado|nota|estudio|boletín|análisis|"
    r"documento|encuesta|previsión|previsiones))?(?:\s+de)?\s*$"
)


# Quantifiers before a German group named bare: "Viele Ökonomen", "Einige Wissenschaftler".
_GERMAN_QUANTIFIERS = ("viele", "einige", "zahlreiche", "mehrere", "manche", "beide", "alle", "andere")
# German verbs of a document's finding: "…, ergab eine Umfrage von …", "…, zeigt eine Studie …".
_FINDING_VERBS = ("ergab", "ergaben", "ergibt", "zeigt", "zeigte", "belegt", "belegte")
# German present plurals are also infinitives ("Man könnte sagen, dass …", "das Gegenteil
# sagen"), so they report only as the verb second after a subject that opens the clause:
# "Experten warnen, dass …", "Die Forscher betonen, dass …", "Viele Ökonomen kritisieren,
# dass …" (not "Es ist nicht richtig, was Sie sagen, dass …"; not verbs of doubt or demand,
# "bezweifeln", "fordern", whose "dass" clause is no statement of theirs).
_GERMAN_PLURAL_PRESENT = (
    r"sagen|erklären|betonen|warnen|behaupten|berichten|bestätigen|kritisieren|beklagen|bemängeln|"
    r"erläutern|versichern|bekräftigen|unterstreichen|argumentieren|monieren"
)
_GERMAN_SUBJECT_THEN_VERB = re.compile(
    rf"\s*(?:(?:die|{'|'.join(_GERMAN_QUANTIFIERS)})\s+)?"
    r"(?:[a-zäöüß]+e[nr]?\s+)?(?-i:[A-ZÄÖÜ])[\w-]+(?<!Sie)\s+"
    rf"(?P<verb>{_GERMAN_PLURAL_PRESENT})\s*",
    re.IGNORECASE,
)
_GERMAN_PLURAL_VERB = re.compile(_GERMAN_PLURAL_PRESENT, re.IGNORECASE)


def _german_plural_present(head: str) -> re.Match[str] | None:
    """The German present plural closing `head`, the subject opening it (perhaps with who
    else is meant: "Mehrere Verbände, darunter der BUND, kritisieren"), the verb alone as
    the match."""
    found = _GERMAN_SUBJECT_THEN_VERB.fullmatch(_INCLUDED_BEFORE_VERB.sub(_blank, head) if ", " in head else head)
    return _GERMAN_PLURAL_VERB.match(head, found.start("verb")) if found is not None else None


# A document or an institution, what it is set apart between commas, then its present verb:
# "El informe, elaborado por la Airef, concluye que …".
_SUBJECT_SET_APART = re.compile(
    rf"(?<!\w)(?i:{'|'.join(_SPANISH_PRESENT_SUBJECTS)}),\s[^,;:]{{3,80}},\s+(?=(?:{'|'.join(_SPANISH_PRESENT_VERBS)})"
    r"(?:\s+de)?\s*$)"
)


def _present_after_name(head: str) -> re.Match[str] | None:
    """A Spanish present reporting verb closing `head` right after a capitalised name (as
    news writes it; a post's "… recuerda que" after a lower-case word reports nobody), or
    after a document or institution set apart from it by an aside; the verb alone as the
    match."""
    found = _PRESENT_AT_END.search(head)
    if found is None:
        return None
    if (apart := _SUBJECT_SET_APART.search(head, max(0, found.start() - 120))) is not None:
        return _PRESENT_VERB.match(head, apart.end())
    # The subject is a name and nothing more, perhaps after its article or a comma: not a
    # handle ("@usuario señala que"), nor a name the pattern reads short ("Ecologistas en
    # Acción sostiene que" would name "Ecologistas").
    subject = _NAMED_SUBJECT.search(head, max(0, found.start() - 80), found.start())
    if (
        subject is None
        or head[subject.start("name") - 1 : subject.start("name")] in ("@", "#")
        or first_word(subject.group("name")) in NOT_NAMES  # "Se confirma que …": no one
    ):
        return None
    return _PRESENT_VERB.match(head, found.start())


_NAMED_SUBJECT = re.compile(
    rf"(?:^|[,:;]\s*|(?<!\w)(?i:el|la|los|las)\s+)(?P<name>(?!(?i:el|la|los|las)\s){NAME_TOKEN}"
    rf"(?:\s{PARTICLES}?{NAME_TOKEN}){{0,3}})\s+$"
)
_PRESENT_VERB = re.compile(rf"(?:{'|'.join(_SPANISH_PRESENT_VERBS)}|estima|calcula|prevé|afirma|asegura)(?!\w)")
_REPORTING = {
    "de": r"sagte|sagt|erklärte|erklärt|betonte|betont|hinwies|wies|behauptete|behauptet|warnte|warnt|meinte|"
    r"berichtete|teilte|schrieb|bestätigte|räumte|räumten|gab an|kündigte an|kündigten an|sagten|erklärten|betonten|"
    # The particle after the speaker: "…, kündigte er an.", "…, fügte Lutz hinzu." (`_VERB_PARTICLES`).
    r"kündigte|kündigten|fügte|fügten|"
    r"mitteilte|mitteilt|angab|"
    r"bekanntgab|warnten|berichteten|teilten|schrieben|bestätigten|behaupteten|meinten|mitteilten|"
    r"kritisierte|kritisierten|beklagte|beklagten|verwies|verwiesen|verweist|verweisen|meldete|meldeten|ergänzte|ergänzten|"
    r"erläuterte|erläuterten|versicherte|versicherten|bekräftigte|bekräftigten|unterstrich|argumentierte|"
    r"argumentierten|"
    # The present singular where the participle is not the same: "…, schreibt das Ministerium."
    # (A separable verb's particle must follow: "teilt … mit", not "teilt die Sorge"; and
    # "schreibt … vor" prescribes.)
    r"schreibt(?![^,.;]*\svor\b)|kritisiert|beklagt|meldet|ergänzt|unterstreicht|argumentiert|"
    r"teilt(?=[^,.;]*\smit\b)|fügt(?=[^,.;]*\shinzu\b)|räumt(?=[^,.;]*\sein\b)|kündigt(?=[^,.;]*\san\b)|"
    r"weist(?=[^,.;]*\shin\b)|weisen(?=[^,.;]*\shin\b)|"  # "Experten weisen darauf hin, dass …"
    r"rechnete(?=[^,.;]*\svor\b)|rechnet(?=[^,.;]*\svor\b)|"  # "…, rechnete der Bund der Steuerzahler vor."
    # A document that finds, closing the sentence: "…, ergab eine Umfrage von Infratest dimap."
    + rf"(?:{'|'.join(_FINDING_VERBS)})"
    + r"(?=\s+(?:eine|die|der|das|ein|einer)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:Umfrage|Studie|Analyse|Auswertung|Erhebung|Untersuchung|Statistik|Berechnung|Daten|Zahlen)\b)|"
    # Participles of the perfect: "Lindner hat gesagt, dass …".
    r"gesagt|mitgeteilt|berichtet|bestätigt|angekündigt|gewarnt|geschrieben|hingewiesen|eingeräumt|angegeben|"
    r"bekanntgegeben|gemeldet|erläutert|versichert|bekräftigt|verwiesen|"
    # Accusations, whom between the verb and its particle: "Die Linke wirft der Regierung vor, …".
    r"(?:wirft|werfen|warf|warfen)\s+(?:[^\s,.;:]+\s+){0,4}?vor(?=\s*,|\s*$)|"
    # Findings: "Die Forscher stellten fest, dass …", "Die Studie kommt zu dem Ergebnis, dass …".
    r"stellte fest|stellten fest|festgestellt|"
    r"(?:kommt|kommen|kam|kamen) zu dem (?:Ergebnis|Schluss)|"
    # Estimates and forecasts: "Das Ifo-Institut rechnet damit, dass …".
    r"rechnet damit|rechnen damit|rechnete damit|geht davon aus|gehen davon aus|ging davon aus|schätzt|schätzen|"
    # The same in indirect speech: "Er rechne damit, dass die EZB …".
    r"rechne damit|gehe davon aus|"
    r"schätzte|prognostiziert|prognostizieren|prognostizierte",
    "en": r"said|says|stated|claimed|argued|argues|warned|warns|noted|told|reported|"
    r"announced|pointed out|insisted|added|explained|wrote|tweeted|confirmed|admitted|say|testified|"
    r"cautioned|cautions|stressed|stresses|emphasized|emphasised|asserted|asserts|contended|"
    # Replies and disclosures ("Feijóo replied that …"); not the present ("this explains why").
    r"replied|responded|retorted|countered|recalled|revealed|alleged|maintained|conceded|concedes|"
    # The plural present, as headlines and science news write it: "Scientists warn that …";
    # not the infinitive of a demand or a plan ("we will insist that", "plans to warn that").
    + r"(?=warn|argue|insist|contend)"  # the lookbehinds only where one of the words starts
    + "".join(rf"(?<!{before} )" for before in ("to", "will", "would", "must", "should", "could", "can", "may"))
    + r"(?:warn|argue|insist|contend)|"
    # "Musk posted on X that …" (not "posted a video"); "The senator repeated the false claim
    # that …", "Trump made the claim that …": what follows "that" is what was claimed.
    # (Before "that", or at the end of the head searched before a "that".)
    r"posted(?=(?:\s+on\s+[^,.;]{1,40}?)?(?:\s+that\b|\s*$))|"
    r"(?:repeated|made|echoed|reiterated|pushed|spread|amplified|revived)\s+(?:the|a|an|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:claim|assertion|allegation|accusation|argument|theory)(?=\s+that\b|\s*$)|"
    + _DOCUMENT_VERB
    + "|"
    + _ESTIMATE_VERB
    + "|"
    + _REPORTING_OR_NOUN,
    "es": r"dijo|dice|afirmó|afirma|aseguró|asegura|declaró|señaló|explicó|indicó|advirtió|anunció|"
    r"reconoció|denunció|recordó|sostuvo|destacó|apuntó|informó|informa|añadió|subrayó|afirmaron|dijeron|"
    r"aseguraron|declararon|señalaron|explicaron|indicaron|advirtieron|anunciaron|reconocieron|denunciaron|"
    r"recordaron|sostuvieron|destacaron|apuntaron|informaron|añadieron|subrayaron|confirmó|confirmaron|"
    r"detalló|detallaron|precisó|precisaron|agregó|agregaron|aclaró|admitió|manifestó|comunicó|"
    r"replicó|replicaron|respondió|respondieron|insistió|insistieron|reiteró|reiteraron|lamentó|lamentaron|"
    r"escribió|escribieron|tuiteó|defendió|defendieron|criticó|criticaron|alertó|alertaron|avisó|matizó|"
    r"puntualizó|remarcó|resaltó|enfatizó|comentó|relató|expuso|celebró|celebraron|"
    # As Latin American news writes them: "Sheinbaum aseveró que …", "dio a conocer que …".
    r"aseveró|aseveraron|expresó|expresaron|refirió|mencionó|mencionaron|acotó|reveló|revelaron|"
    r"dio a conocer|dieron a conocer|concluyó|concluyeron|"
    # Closing a quotation: '"Es pura propaganda", ha zanjado.', '«…», sentenció el ministro'.
    r"zanjó|sentenció|espetó|remachó|apostilló|ironizó|resumió|presumió|alardeó|proclamó|reivindicó|remató|bromeó|"
    # The perfect, as Spain's news writes it: "ha asegurado", "han señalado".
    r"(?:ha|han) (?:dicho|afirmado|asegurado|declarado|señalado|explicado|indicado|advertido|anunciado|"
    r"reconocido|denunciado|recordado|sostenido|destacado|apuntado|informado|añadido|subrayado|confirmado|concluido|"
    r"detallado|precisado|replicado|respondido|insistido|reiterado|lamentado|escrito|defendido|criticado|"
    r"alertado|avisado|matizado|puntualizado|remarcado|resaltado|enfatizado|comentado|celebrado|"
    r"agregado|aclarado|admitido|manifestado|expresado|zanjado|sentenciado|espetado|remachado|"
    r"apostillado|ironizado|resumido|presumido|alardeado|proclamado|reivindicado|rematado|bromeado)|"
    # The present, as headlines and agency copy write it: "Los expertos advierten que …".
    r"afirman|aseguran|señalan|advierten|sostienen|subrayan|alertan|recuerdan|denuncian|insisten|lamentan|explican|"
    # Estimates and forecasts, what an institution says most: "CCOO calcula que …".
    r"calcula|calculan|calculó|calcularon|estima|estiman|estimó|estimaron|prevé|prevén|previó|"
    r"(?:ha|han) (?:calculado|estimado|previsto)|" + _SPANISH_PRESENT,
    "fr": r"a dit|a déclaré|a affirmé|a souligné|a expliqué|a annoncé|a rappelé|a averti|a précisé|a indiqué|"
    r"a ajouté|a assuré|a confirmé|a reconnu",
    "it": r"ha detto|ha dichiarato|ha affermato|ha spiegato|ha sottolineato|ha annunciato|ha ricordato|"
    r"ha avvertito|dice|afferma|dichiara",
    "pt": r"disse|afirmou|declarou|explicou|anunciou|ressaltou|lembrou|destacou|alertou|diz|afirma",
}
_CONSIDER = {
    "de": r"wenn man bedenkt|bedenkt man|sollte man bedenken|man muss bedenken|obwohl bekannt ist",
    "en": r"considering|keep in mind|bear in mind",
    "es": r"teniendo en cuenta|hay que recordar|cabe recordar",
    "fr": r"étant donné|compte tenu",
    "it": r"considerando|tenendo conto",
    "pt": r"considerando|tendo em conta",
}

# One to four capitalised words with the particles of names between them ("Banco de España").
_NAME_PHRASE = rf"{NAME_TOKEN}(?:\s{PARTICLES}?{NAME_TOKEN}){{0,3}}"
# A day or a month, which no source's name begins with ("the ONS on Tuesday").
_NO_DATE = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
)
# A source's full name can be longer, where a preposition introduces it ("according to the
# Federal Reserve Bank of New York", "the Texas Department of State Health Services"), and
# "on" and "and" join its words too ("United Nations Conference on Trade and Development"),
# but not before a date.
_SOURCE_LINKS = rf"(?:(?:on|and)\s{_NO_DATE})"
_SOURCE_NAME_PHRASE = rf"{NAME_TOKEN}(?:\s(?:{PARTICLES}|{_SOURCE_LINKS})?{NAME_TOKEN}){{0,5}}"
# "laut X", "according to the Bureau of Labor Statistics", "nach Angaben des Statistischen
# Bundesamts": up to four capitalised words, with the particles of names between them, and
# a German genitive after them with its lower-case adjectives ("des Instituts der
# deutschen Wirtschaft").
# German figures and documents a source is named by: "nach Berechnungen des
# Finanzministeriums", "laut Zahlen der Bundesagentur für Arbeit" (not "Zahlen der
# Bundesagentur"), "nach ersten Angaben der Feuerwehr".
_GERMAN_SOURCE_NOUNS = (
    *("Angaben", "Zahlen", "Daten", "Berechnungen", "Schätzungen", "Einschätzung", "Prognosen", "Prognose"),
    *("Statistiken", "Hochrechnungen", "Hochrechnung", "Erhebungen", "Auswertungen", "Informationen"),
    *("Recherchen", "Ermittlungen"),
    # A view is its holder's: "Nach Ansicht der Richter …", "nach Auffassung des Gerichts".
    *("Ansicht", "Auffassung", "Meinung", "Überzeugung", "Darstellung"),
)
_GERMAN_SOURCE_ADJECTIVES = (
    "ersten",
    "neuen",
    "neuesten",
    "jüngsten",
    "aktuellen",
    "vorläufigen",
    "eigenen",
    "offiziellen",
)
_GERMAN_SOURCE = (
    rf"(?:laut|nach)\s+(?:(?:{'|'.join(_GERMAN_SOURCE_ADJECTIVES)})\s+)?(?:{'|'.join(_GERMAN_SOURCE_NOUNS)})"
)
# "Según recoge el BOE", "según ha publicado El País", "según informa la agencia": a verb of
# publishing between "según" and the source.
_SEGUN_VERB = (
    r"según\s+(?:(?:ha|han)\s+(?:recogido|publicado|adelantado|avanzado|revelado|informado|indicado|señalado)|"
    r"recoge|recogen|recogió|publica|publican|publicó|adelanta|adelantó|avanza|avanzó|revela|reveló|"
    r"informa|informan|informó|indica|indican|señala|señalan)"
)
_ACCORDING = re.compile(
    rf"\b(?i:according to|{_GERMAN_SOURCE}|laut|zufolge|{_SEGUN_VERB}|según|de acuerdo con|selon|secondo|segundo)\s+"
    # A capitalised article inside a sentence is the name's own: "según El País", "laut Der Spiegel".
    rf"(?:(?:the|der|des|dem|von|el|la|le|il|lo|o|a)\s|l['’])?"
    # When or how new the source's document is: "according to a 2023 Pew Research Center
    # survey", "according to a recent Gallup poll".
    r"(?:(?:(?:19|20)\d\d|recent|new|latest|annual|separate)\s)?"
    # A title in quotation marks: "nach Informationen des „Spiegel“".
    rf"[{TITLE_OPENS}]?(?P<name>{_SOURCE_NAME_PHRASE}"
    rf"(?:\s(?:der|des)\s(?:(?!(?:die|der|das|den|dem|des|ein|eine|und|oder)\s)[a-zäöüß]+\s){{0,2}}{NAME_TOKEN}(?:\s{NAME_TOKEN})?)?)",
)


# The source named by what it is after the document or figures it published: "según las
# previsiones del organismo", "según datos de la compañía", "according to figures from the
# company": the organisation named before, as "el organismo" is (`organisation_description`).
_SPANISH_DESCRIBED = sorted(
    (d.split(" ", 1)[1] for d in ORGANISATION_DESCRIPTIONS if d.startswith(("el ", "la "))), key=len, reverse=True
)
_ENGLISH_DESCRIBED = sorted(
    (d.split(" ", 1)[1] for d in ORGANISATION_DESCRIPTIONS if d.startswith("the ")), key=len, reverse=True
)
_ACCORDING_DESCRIBED_AGENT = re.compile(
    r"\b(?i:según|de acuerdo con)\s+(?:[^\s,;:.]+\s+){1,4}?(?P<article>del|de la)\s+"
    rf"(?P<noun>(?:{'|'.join(map(re.escape, _SPANISH_DESCRIBED))}))(?![\w-])"
    r"|\b(?i:according to)\s+(?:[^\s,;:.]+\s+){0,3}?(?:from|by)\s+the\s+"
    rf"(?P<english>(?:{'|'.join(map(re.escape, _ENGLISH_DESCRIBED))}))(?![\w-])"
)


def _described_agent(found: re.Match[str]) -> str:
    """The description `_ACCORDING_DESCRIBED_AGENT` found, with its article: "el organismo"."""
    if found.group("english"):
        return "the " + found.group("english")
    return ("el " if found.group("article") == "del" else "la ") + found.group("noun")


_ACCORDING_DESCRIBED = re.compile(
    r"\b(?i:according to|laut|según|de acuerdo con|selon)\s+(?P<name>(?i:"
    + "|".join(sorted(map(re.escape, ORGANISATION_DESCRIPTIONS), key=len, reverse=True))
    + r"))(?!\w)"
)

# English "according to" before a description that closes the clause: "according to the
# national statistics office.", "according to the territory's health ministry,".
_ACCORDING_DESCRIPTION = re.compile(
    r"\b(?i:according to)\s+(?P<name>(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*)(?=\s*(?:[,.;:]|$))"
)

# A text can only match _ACCORDING when its lower case holds one of these (most do not).
# Words one of which a source phrase holds, searched for together (`_SOURCE_KEY`); a new
# first letter makes that search try more places, so "de acuerdo con" is looked for as
# "acuerdo con" and "Ihren Worten zufolge" by "zufolge".
_ACCORDING_KEYS = (
    *("according to", "laut", "zufolge", "según", "acuerdo con", "selon", "secondo", "segundo"),
    *(f"nach {word.lower()}" for word in (*_GERMAN_SOURCE_NOUNS, *_GERMAN_SOURCE_ADJECTIVES)),
    *("nach seinen", "nach ihren", "seinen angaben", "seinen worten"),
    *("angaben", "informationen", "schätzungen"),  # "Nach Polizeiangaben"
)

# The source as a pronoun: "Nach seinen Angaben fehlen rund 700.000 Wohnungen.", "Ihren
# Worten zufolge …", "according to him", "según ella": whoever spoke just before, resolved
# as "er", "sie", "he", "she" are (`is_anaphor`).
_ACCORDING_PRONOUN = re.compile(
    r"\b(?:(?i:nach|laut)\s+(?P<name>seinen|ihren)\s+(?:Angaben|Worten|Schätzungen|Berechnungen)\b"
    r"|(?P<zufolge>[Ss]einen|[Ii]hren)\s+(?:Angaben|Worten)\s+zufolge\b"
    r"|(?i:according to)\s+(?P<english>him|her)\b"
    r"|(?i:según)\s+(?P<spanish>él|ella)\b)"
)
_PRONOUN_SPEAKER = {"seinen": "er", "ihren": "sie", "him": "he", "her": "she", "él": "él", "ella": "ella"}

# A description before the name it describes, closing the clause: "according to the
# European statistics agency Eurostat.", "según el sistema europeo Copernicus" (not
# "European", and not nobody). The words between are no particles of a name ("de acuerdo
# con el Ministerio de Trabajo" is the ministry's).
_ACCORDING_APPOSED = re.compile(
    r"\b(?i:according to|según|de acuerdo con|selon)\s+(?i:the|el|la|los|las|le)\s+"
    # A particle only before a lower-case word: "la organización de consumidores Facua"
    # (not "el Ministerio de Trabajo", whose "de" is the name's).
    rf"(?:{NAME_TOKEN}\s)?(?:(?:de|of)\s[a-záéíóúñç][\w'’-]*\s|(?!{PARTICLES})[a-záéíóúñç][\w'’-]*\s){{1,3}}"
    rf"{_NO_DATE}(?P<name>{_NAME_PHRASE})(?=\s*(?:[,.;:(]|$))"
)


# A role, then the person's name between commas: "Según su presidente, Antonio Garamendi, …",
# "According to its chief executive, Jane Fraser, …", "Laut ihrem Chef, Oliver Blume, …".
# The person spoke, not the organisation of the role ("Según el presidente de la CEOE,
# Antonio Garamendi" named the CEOE). The role must hold a title or a person's word
# (`_role_before_name`): "According to the report, New York, …" names no one.
# The name may close the sentence ("…, según anunció la ministra de Hacienda, María Jesús
# Montero.", "…, according to the finance minister, Rachel Reeves."); Spanish "según" may
# take a reporting verb first ("según explicó", "según ha indicado").
_ACCORDING_ROLE_NAMED = re.compile(
    r"\b(?i:according to|según(?:\s+(?:ha\s+|han\s+)?[a-záéíóúñ]+(?:ó|aron|ado|ido))?"
    r"|de acuerdo con|laut|nach Angaben)\s+"
    r"(?P<role>(?i:its|the|his|her|their|su|sus|el|la|los|las|ihrem|ihrer|seinem|seiner|dem|der|des)\s[^,;:.]{1,60}?),\s+"
    rf"(?P<name>{NAME_TOKEN}(?:\s{PARTICLES}?{NAME_TOKEN}){{1,3}})(?:,|\s*[.!]?\s*$)"
)


# The source further on: "according to figures released on Friday by the Labor
# Department", "según los datos publicados este martes por el Ministerio de Trabajo",
# "laut einer Umfrage des Ifo-Instituts": a few words of one clause, then "by", "por",
# "von" or a genitive, then the name.
_ACCORDING_AGENT = re.compile(
    # Not "segundo"/"secondo" (also "second": "el segundo país de la UE") nor "zufolge" (after its source).
    r"\b(?i:according to|laut|según|de acuerdo con|selon)\s+(?:[^\s,;:.]+\s+){1,7}?"
    r"(?i:by|from|por|von|des|der|del|de la|de los|du|de|par)\s+(?:(?i:the|el|la|los|las|le|les|dem|den|die)\s|l['’])?"
    rf"[{TITLE_OPENS}]?(?P<name>{_NAME_PHRASE})"  # a title in quotation marks: "laut einem Bericht des „Spiegel“"
)


# A study named by where it appeared: "according to a study published Saturday in the New
# England Journal of Medicine", "según un estudio publicado en The Lancet": the journal.
_ACCORDING_PUBLISHED_IN = re.compile(
    r"\b(?i:according to|según|laut)\s+(?i:a|an|the|un|una|el|la|einer|einem|der|dem)\s+"
    r"(?i:study|report|paper|analysis|survey|estudio|informe|artículo|análisis|studie|analyse|bericht)\s+"
    r"(?i:published|publicad[oa]|veröffentlicht)\s+(?:[\w.]+\s+){0,3}?(?i:in|en|im)\s+"
    rf"(?:(?i:the|el|la|der|dem)\s+)?[{TITLE_OPENS}]?{_NO_DATE}(?P<name>{_NAME_PHRASE})"
)


# German "zufolge" follows its source: "Habeck zufolge", "dem Bericht zufolge".
_ZUFOLGE = re.compile(
    r"(?:(?i:dem|der|den|einem|einer)\s)?"
    rf"[{TITLE_OPENS}]?(?P<name>{_NAME_PHRASE})[{TITLE_CLOSES}]?\s+zufolge\b"  # "Dem „Handelsblatt“ zufolge"
)


def _document_source(opening: str, words: int, verbs: str) -> re.Pattern[str]:
    """A German document named with its author's genitive, then the verb saying what it
    shows: "<opening> <up to `words` words> des|der|von <Name> <verb>". "und" joins the
    name's words ("des Bundesamts für Migration und Flüchtlinge"), a genitive may close it
    ("des Instituts der deutschen Wirtschaft"), and its acronym may follow it in brackets
    ("(BAMF)")."""
    return re.compile(
        rf"\b{opening}\s+(?:[^\s,;:.]+\s+){{0,{words}}}?(?:des|der|von)\s+(?:(?:dem|den|der)\s)?"
        rf"(?P<name>{NAME_TOKEN}(?:\s(?:{PARTICLES}|und\s)?{NAME_TOKEN}){{0,5}}"
        # A genitive with its lower-case adjectives: "des Instituts der deutschen Wirtschaft".
        rf"(?:\s(?:der|des)\s(?:[a-zäöüß]+\s){{0,2}}{NAME_TOKEN})?)(?:\s\([A-ZÄÖÜ]{{2,8}}\))?"
        rf"\s+(?:{verbs})\b"
    )


# German "aus X hervorgehen", what a document shows: "wie aus Zahlen des Statistischen
# Bundesamts hervorgeht", "Das geht aus einem Bericht der Bundesbank hervor": its author.
_HERVOR = _document_source("aus", 4, "hervorgeht|hervorgehen|hervor")
# German "wie eine Studie der X zeigt": a document's finding, said by its author.
_SHOWN = _document_source("wie", 3, "zeigt|zeigen|zeigte|zeigten|belegt|belegen|ergab|ergaben|ergibt|ergeben")
_SHOWN_KEYS = ("zeigt", "zeigen", "zeigte", "belegt", "belegen", "ergab", "ergibt", "ergeben")


def _role_before_name(role: str) -> bool:
    """Whether `role` ("su presidente", "the company's chief executive") names a person's
    role: a title or a word for a person in it."""
    return any(is_title(word) or word.lower() in PERSON_WORDS for word in role.split())


def _source(according: re.Match[str]) -> str:
    """The speaker an `_according` match names, without titles; a pronoun as the one the
    extractor resolves ("nach seinen Angaben": "er")."""
    if according.re is _ACCORDING_PRONOUN:
        return _PRONOUN_SPEAKER[next(word for word in according.groups() if word).lower()]
    if according.re is _ACCORDING_DESCRIBED_AGENT:
        return _described_agent(according)
    if according.re is _ACCORDING_ROLE:
        return according.group("name")  # "la ministra", resolved by the extractor
    if according.re is _GERMAN_COMPOUND_SOURCE and according.group("acronym"):
        return according.group("acronym")  # "nach RKI-Angaben"
    name = according.group("name").strip()
    if according.re is _GERMAN_COMPOUND_SOURCE:
        name = name[:-1] if _LINKING_S.search(name) else name  # "Regierungsangaben": the Regierung
        # "Nach Unternehmensangaben": the company named before, as "das Unternehmen" is.
        described = (f"{article} {name}" for article in ("das", "die", "der"))
        return next((d for d in described if d.lower() in ORGANISATION_DESCRIPTIONS), name)
    # An institution with "and" in its name is one name, whichever part the pattern took:
    # "the Centers for Disease Control and Prevention", "the Securities and Exchange Commission".
    start, end = according.span("name")
    for joined in _AND_NAME.finditer(according.string, max(0, start - 60), end + 60):
        if joined.start() <= start and joined.end() >= end and _names_institution(joined.group()):
            name = joined.group()
            break
    return without_firm_noun(strip_titles(name))


# A role alone closing the clause after "según", "laut": "…, según la ministra." (English
# "according to the minister" is a description closing the clause, `_ACCORDING_DESCRIPTION`).
_ACCORDING_ROLE = re.compile(
    r"\b(?i:según|laut)\s+(?P<name>(?i:el|la|der|die|dem)\s+(?P<role>[^\W\d_]+))(?=\s*(?:[,.;:]|$))"
)


# One search for every key word above: most clauses hold none.
_SOURCE_KEY = re.compile(alternation((*_ACCORDING_KEYS, "hervor", *_SHOWN_KEYS)))


def _according(text: str) -> re.Match[str] | None:
    lowered = text.lower()
    if _SOURCE_KEY.search(lowered) is None:
        return None
    if "hervor" in lowered and (source := _HERVOR.search(text)) is not None:
        return source
    if any(key in lowered for key in _SHOWN_KEYS) and (source := _SHOWN.search(text)) is not None:
        return source
    if not any(key in lowered for key in _ACCORDING_KEYS):
        return None
    if (source := _ACCORDING_PRONOUN.search(text)) is not None:
        return source
    if "zufolge" in lowered and (source := _ZUFOLGE.search(text)) is not None:
        return source
    if ("angaben" in lowered or "informationen" in lowered or "schätzungen" in lowered) and (
        source := _GERMAN_COMPOUND_SOURCE.search(text)
    ) is not None:
        return source
    opening = _AS_SAID.match(text) if "según" in lowered else None
    if opening is not None and REPORTING["es"].match(text, opening.end()):
        return None  # "Según ha explicado el ministro, …": said as "como dijo", see _AS_SAID
    role_named = _ACCORDING_ROLE_NAMED.search(text)
    if role_named is not None and _role_before_name(role_named.group("role")):
        return role_named
    if (sources := _ACCORDING_SOURCES.search(text)) is not None:
        return sources  # "según fuentes del Gobierno": the sources, not the government itself
    if (seen := _ACCORDING_SEEN_BY.search(text)) is not None:
        return seen  # "according to a memo seen by Reuters": the memo; Reuters only saw it
    if (unnamed := _ACCORDING_UNNAMED.search(text) or _SEGUN_UNNAMED.search(text)) is not None:
        return unnamed  # "according to Israeli officials", "según fuentes policiales"
    if (described_agent := _ACCORDING_DESCRIBED_AGENT.search(text)) is not None:
        return described_agent  # "según las previsiones del organismo": the organisation named before
    if (role := _ACCORDING_ROLE.search(text)) is not None and is_title(role.group("role")):
        return role  # "según la ministra": the person introduced with that role (`NameIndex.holder`)
    found = (
        _ACCORDING_PUBLISHED_IN.search(text)
        or _ACCORDING_APPOSED.search(text)
        or _ACCORDING.search(text)
        or _ACCORDING_AGENT.search(text)
        or _ACCORDING_DESCRIBED.search(text)
    )
    described = _ACCORDING_DESCRIPTION.search(text) if found is None else None
    # "according to the territory's health ministry": a description, as "…, the ministry said" gives.
    if described is not None and _described(described.group("name") + " ", "", "en"):
        return described
    return found


# A document a newsroom saw: "according to a memo seen by Reuters", "according to an internal
# document obtained by The Washington Post", "según un documento obtenido por EFE". The
# document is the source, as written; who saw it did not say it.
_ACCORDING_SEEN_BY = re.compile(
    r"\b(?i:according to|según)\s+(?P<name>(?i:a|an|the|un|una|el|la)\s+(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+)\s+"
    r"(?i:seen|obtained|reviewed|viewed|examined|obtenid[oa]|vist[oa]|consultad[oa])\s+(?i:by|por)\s"
)
# Unnamed sources in an institution: "según fuentes del Gobierno", "according to sources at
# the Treasury". Who spoke is the sources, as written; the institution did not say it.
_ACCORDING_SOURCES = re.compile(
    r"\b(?i:según|according\s+to|de\s+acuerdo\s+con)\s+(?P<name>(?i:fuentes|sources|people)\s+"
    r"(?i:del|de\s+la|de\s+los|de|in|at|close\s+to|familiar\s+with)\s+(?:(?i:the|el|la|los)\s+)?"
    rf"{_NAME_PHRASE})"
)

# Officials described by where they serve, named by no one: "according to Israeli
# officials", "according to U.S. health authorities", "según fuentes policiales", "según las
# autoridades israelíes". Who spoke is the whole description, not "Israeli".
_UNNAMED_GROUPS = (
    r"officials|authorities|sources|police|officers|diplomats|investigators|prosecutors|rescuers|"
    r"medics|doctors|lawmakers|analysts|economists"
)
_ACCORDING_UNNAMED = re.compile(
    r"\b(?i:according\s+to)\s+(?:the\s+)?(?P<name>(?:(?:[A-Z][\w.'’-]*|(?!(?:by|from|of|for|to|and|or|with|in|at|on|"
    rf"the|a|an)\s)[a-z]+)\s+){{0,3}}(?:{_UNNAMED_GROUPS}))\b"
)
_SEGUN_UNNAMED = re.compile(
    r"\b(?i:según|de\s+acuerdo\s+con)\s+(?P<name>(?:(?i:las|los)\s+)?(?i:fuentes|autoridades)\s+"
    r"[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?)(?=\s*[,.;:]|\s*$)"
)
# German sources as the first part of a compound: "Nach Polizeiangaben", "laut
# Regierungsangaben", "nach Unternehmensangaben": the police, the government, the company.
_GERMAN_COMPOUND_SOURCE = re.compile(
    r"\b(?i:nach|laut)\s+(?:(?P<name>[A-ZÄÖÜ][a-zäöüß]{2,}?)(?:angaben|informationen|schätzungen)|"
    # An acronym joined with a hyphen: "nach RKI-Angaben", "laut UN-Schätzungen".
    r"(?P<acronym>[A-ZÄÖÜ]{2,}[a-z]?)-(?:Angaben|Informationen|Schätzungen))\b"
)
_LINKING_S = re.compile(r"(?:ung|um|en|at|ion|heit|keit|tät)s$")


# "Wie Finanzminister Christian Lindner sagte, …", "Como dijo la ministra, …", "Según ha
# explicado el ministro, …".
_AS_SAID = re.compile(r"\s*(?:wie|como|as|según)\s", re.IGNORECASE)


_LITERAL = re.compile(r"[^\W\d_][^\W\d_ '’-]*(?:[ '’-][^\W\d_]+)*")


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex alternation (outside groups and classes)."""
    parts, depth, start, escaped, in_class = [], 0, 0, False, False
    for at, character in enumerate(pattern):
        if escaped:
            escaped = False
        elif character == "\\":
            escaped = True
        elif in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
    parts.append(pattern[start:])
    return parts


def _as_trie(pattern: str) -> str:
    """`pattern` with its plain words ("sagte|sagt|sagten") merged into a trie by
    `alternation` ("sag(?:t(?:e(?:n)?)?)?"): the regex engine tries alternatives one by one
    at every word, so a list of 150 reporting verbs cost 150 tries; a trie, one per letter.
    A longer word is preferred to its prefix ("kündigte an" to "kündigte"), as the lists
    put them. The other alternatives (groups, lookarounds) come first, unchanged."""
    words: list[str] = []
    others: list[str] = []
    for alternative in _alternatives(pattern):
        (words if _LITERAL.fullmatch(alternative) else others).append(alternative)
    return "|".join([*others, alternation(words)] if words else others)


def _compile(table: dict[str, str], template: str) -> dict[str, re.Pattern[str]]:
    return {lang: re.compile(template.format(words), re.IGNORECASE) for lang, words in table.items()}


COORDINATION = _compile(_COORDINATORS, r",\s+(?:{})\s+")
_COMPLEMENT_NEXT = _compile(_COMPLEMENTISERS, r"(?:{})\s")
COMPLEMENT = _compile(_COMPLEMENTISERS, r",?\s+(?:{})\s+")
# "Analysts said that was not enough": "that" followed by a finite verb is the subject of
# what was said (a demonstrative), not the complementiser, so it stays in the claim.
_DEMONSTRATIVE_THAT = re.compile(_FINITE_VERB, re.IGNORECASE)
# A reporting verb is written in lower case unless it opens the text: "The United States
# is …" holds no "states", and "Notes" in a heading is not "notes".
REPORTING = _compile(
    {lang: _as_trie(words) for lang, words in _REPORTING.items()}, r"(?:^|(?<!\w)(?=(?-i:[a-z])))(?:{})(?!\w)"
)
CONSIDERING = _compile(_CONSIDER, r"(?<!\w)(?:{})(?!\w)")


@dataclass(frozen=True, slots=True)
class Piece:
    """A claim-sized span of a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    speaker: str = ""
    reported: bool = False
    presented_as_fact: bool = False


def _trim(sentence: str, start: int, end: int) -> tuple[int, int]:
    # List bullets and emoji open no claim: "• Inflation stood at 2.4%.", an information sign
    # before "Las exportaciones …"
    # (a currency sign does: "$95 billion …").
    while start < end and (
        sentence[start].isspace() or sentence[start] in ",;:–—-•·▪◦‣►*" or _opening_symbol(sentence[start])
    ):
        start += 1
    while end > start and (sentence[end - 1].isspace() or sentence[end - 1] in ",;:–—-"):
        end -= 1
    # A final full stop belongs to the sentence, not to a clause cut from its middle.
    return start, end


def _opening_symbol(character: str) -> bool:
    """A pictograph, an emoji or its joiners: no part of a claim's text at its start."""
    return not character.isalnum() and unicodedata.category(character) in ("So", "Mn", "Cf")


# One lower-case word between two names: the second one's role ("spokeswoman").
_ROLE_GAP = re.compile(r"\s+[^\W\d_A-ZÄÖÜÁÉÍÓÚÑ][\w-]*\s+")
_ROLE_GAPS = re.compile(r"\s+(?:[^\W\d_A-ZÄÖÜÁÉÍÓÚÑ][\w-]*\s+){2,3}")


def find_speaker(head: str) -> str:
    """The speaker named in the part of a sentence before the reported statement."""
    return strip_titles(_find_speaker(head))


class _Name(NamedTuple):
    text: str
    after: str  # the two characters after it
    start: int
    end: int


def _find_speaker(head: str) -> str:
    according = _according(head)
    if according:
        return _source(according)
    names: list[_Name] = []
    for match in NAME.finditer(head):
        # A capitalised article or conjunction opens the match: "Die Präsidentin Ursula …".
        tokens = match.group().split()
        first, last = 0, len(tokens)
        while first < last and tokens[first].lower() in NOT_NAMES and not article_in_name(tokens, first):
            first += 1
        if last - first >= 3 and possessive_state(tokens[first]):
            first += 1  # "the EU's Copernicus Climate Change Service", "Britain's Office for …"
        while (
            first < last
            and tokens[last - 1].lower() in NOT_NAMES  # "@USER Ich sagte"
            and not (last - first >= 2 and tokens[last - 1] in _SURNAMES_SPELLING_WORDS)  # "Julie Su"
        ):
            last -= 1
        if last - first >= 2:
            # One character between tokens, as in the pattern.
            start = match.start() + sum(len(token) + 1 for token in tokens[:first])
            name = " ".join(tokens[first:last])
            end = start + len(name)
            names.append(_Name(name, head[end : end + 2], start, end))
    if " and " in head or " und " in head:
        joined = head.strip()
        article, _, rest = joined.partition(" ")
        # "the WHO and UNICEF (said)": both, English "the" before the first left out (German
        # capitalises nouns: "der Philosoph und Ethikexperte …" are no two names).
        joint = _AND_NAME.fullmatch(rest if article.lower() == "the" and rest else joined)
        if joint is not None and not _names_institution(joint.group()):
            # "Angela Merkel and Emmanuel Macron (said)", "Merkel und Macron (sagten)": both,
            # each without their titles.
            return strip_titles(joint.group("one")) + joint.group("conjunction") + strip_titles(joint.group("other"))
        names = _with_institutions(head, names)
    if not names:
        return ""
    # An organisation, a role, then the person right before the verb: "White House
    # spokeswoman Karine Jean-Pierre said"; or opening a clause coordinated with it:
    # "White House spokeswoman Liz Huston criticized the ruling and (said)".
    if len(names) >= 2:
        organisation, person = names[-2], names[-1]
        if (
            not head[person.end :].strip()
            and (
                _ROLE_GAP.fullmatch(head, organisation.end, person.start)
                # A role of more words must hold a person's word: "White House press secretary".
                or (
                    _ROLE_GAPS.fullmatch(head, organisation.end, person.start)
                    and _role_before_name(head[organisation.end : person.start])
                )
            )
        ):
            return person.text
        organisation, person = names[0], names[1]
        if (
            not head[: organisation.start].strip()
            and _ROLE_GAP.fullmatch(head, organisation.end, person.start)
            and _role_before_name(head[organisation.end : person.start])  # not "Obama told Merkel and"
        ):
            return person.text
    # A name set between commas right before the verb names who the role before it is: "El
    # consejero de Sanidad de Madrid, Fernando Prados, respondió", "The senator, Elizabeth
    # Warren, said".
    closest = names[-1]
    if len(names) >= 2 and head[closest.end :].strip() == "," and head[: closest.start].rstrip().endswith(","):
        return closest.text
    # Prefer a name followed by an apposition or the verb ("Michelle Guida, ehemalige …").
    for found in names:
        if found.after.startswith(",") or found.after.startswith(" "):
            return found.text
    return names[0].text


# Names of institutions with "and" inside: "Securities and Exchange Commission", "Centers for
# Disease Control and Prevention", "Office of Management and Budget". Two people ("Merkel and
# Macron") are no institution: a word of an institution (`INSTITUTION_WORDS`) must be in it.
_AND_NAME = re.compile(
    rf"(?<![\w@#-])(?P<one>{_NAME_PHRASE})(?P<conjunction>\s+(?:and|und)\s+)(?P<other>{_NAME_PHRASE})(?![\w-])"
)


def _names_institution(name: str) -> bool:
    """Whether a name holds a word of an institution ("Commission", "Centers", "Ministry"),
    or a German institution's head noun ("Bundesamt für Migration und Flüchtlinge")."""
    words = name.lower().split()
    return not INSTITUTION_WORDS.isdisjoint(words) or (bool(words) and german_gender(words[0]) is not None)


def _with_institutions(head: str, names: list[_Name]) -> list[_Name]:
    """`names` with each institution whose name holds "and" as one name, in place of the
    parts the name pattern found of it ("Exchange Commission" of "Securities and Exchange
    Commission")."""
    for match in _AND_NAME.finditer(head):
        if not _names_institution(match.group()):
            continue
        tokens = match.group().split()
        start, end = match.span()
        names = [name for name in names if name.end <= start or name.start >= end]
        while tokens[0].lower() in NOT_NAMES:  # "The Securities and …"
            start += len(tokens.pop(0)) + 1
        names.append(_Name(" ".join(tokens), head[end : end + 2], start, end))
    return sorted(names, key=lambda name: name.start)


# A news label before the first words: "BREAKING: …", "Eilmeldung: …", "ÚLTIMA HORA: …".
_KICKER = re.compile(
    r"(?i:breaking(?: news)?|exclusive|update|updated|analysis|live|fact check|claim|behauptung|afirmación|"
    r"the facts|the claim|what we found|the bottom line|bottom line|die fakten|los hechos|"
    r"eilmeldung|eil|exklusiv|analyse|interview|entrevista|"
    r"última hora|exclusiva|urgente|directo|análisis|"
    # A fact-check's verdict before the facts: "No es cierto: …", "That's false: …".
    r"no es cierto|es falso|falso|that['’]s false|false|das ist falsch|falsch"
    # A live blog's time stamp: "14:32 GMT - …", "14.32 Uhr: …", "10:15 h. - …".
    r"|\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|CEST|MEZ|MESZ|ET|EST|EDT|PT|Uhr|h\.?|horas|[ap]\.?m\.?))?)\s*[:|–—-]\s+"
)

# Quotation marks: "…", “…”, „…“, «…» and »…«.
_QUOTES = '"“”„«»'
_QUOTE_MARK = re.compile(f"[{_QUOTES}]")
# A quotation first, then who said it: '"We created 500,000 jobs," Sánchez told parliament.'
_QUOTE_FIRST = re.compile(rf"^(?P<open>[{_QUOTES}])(?P<body>[^{_QUOTES}]+)[{_QUOTES}]\s*,?\s*(?P<tail>[^{_QUOTES}]*)$")
# A quotation interrupted by its attribution: '"…," Smith said, "…."'
_QUOTE_SPLIT = re.compile(
    rf"^[{_QUOTES}](?P<body>[^{_QUOTES}]+)[{_QUOTES}]\s*(?P<tail>[^{_QUOTES}]+?),\s*"
    rf"[{_QUOTES}](?P<rest>[^{_QUOTES}]+)[{_QUOTES}]\s*[.!?]?\s*$"
)
# Who said it, a colon, then the quotation: 'Lindner sagte: „Die Schulden steigen.“'
# Capitalised words opening a clause, perhaps a party in brackets, before its first word
# in lower case: "Bundesfinanzminister Christian Lindner (FDP) (zeigte sich zufrieden)",
# "El presidente Pedro Sánchez (fue claro)".
_NAME_OPENS = re.compile(
    rf"\s*(?:(?:El|La|el|la)\s+[a-záéíóúñ]+\s+)?(?:{NAME_TOKEN}\s+)+(?:\([^()]{{1,20}}\)\s+)?(?=[a-zäöüßáéíóúñ])"
)
_ROLE_NAME_OPENS = re.compile(
    rf"\s*(?P<role>[^,;:]{{3,60}}),\s+(?P<name>{NAME_TOKEN}(?:\s{PARTICLES}?{NAME_TOKEN}){{1,3}}),\s+(?=[a-záéíóúñäöüß])"
)
_QUOTE_LAST = re.compile(rf"^(?P<head>[^{_QUOTES}:]+):\s*[{_QUOTES}](?P<body>[^{_QUOTES}]+)[{_QUOTES}]\s*[.!]?\s*$")
_ATTRIBUTION_WORDS = 12
# "…, so Lindner.", "…, so das Bundesamt für Migration und Flüchtlinge.", "…, so
# Innenministerin Nancy Faeser (SPD)."
_SO_NAME = re.compile(
    rf"so\s+(?:der\s|die\s|das\s)?(?P<name>(?:{NAME_TOKEN}\s(?:{PARTICLES}|und\s)?){{0,4}}{NAME_TOKEN})"
    r"(?:\s+\([^()]{1,20}\))?"
)
# A last clause starting with one of these is a statement of its own, not an attribution.
_NOT_ATTRIBUTION = frozenset(
    [
        "while",
        "but",
        "which",
        "who",
        "whom",
        "whose",
        "and",
        "if",
        "because",
        "when",
        "although",
        "whereas",
        "that",
        "so",
        "or",
        "where",
        "während",
        "aber",
        "die",
        "der",
        "das",
        "weil",
        "wenn",
        "als",
        "und",
        "sondern",
        "doch",
        "was",
        "denn",
        "ob",
        "wo",
        "mientras",
        "pero",
        "que",
        "cuando",
        "porque",
        "aunque",
        "y",
        "o",
        "lo",
        "donde",
        "quien",
        "quienes",
        "mais",
        "et",
        "qui",
        "comme",
        "quand",
        "car",
        "si",
    ]
)


def split_pieces(sentence: str, language: str) -> list[Piece]:
    """Split a sentence into its claim-sized pieces; a plain sentence is one piece.

    A quotation with its attribution ('"…," Sánchez told parliament.') yields the
    quotation, and a statement with its attribution after it ("…, sagte Lindner.") the
    statement, each with the speaker named in the attribution.
    """
    pieces = _split(sentence, language)
    if _QUOTE_MARK.search(sentence) is None:  # most sentences
        return pieces
    return [_without_stray_quote(sentence, piece) for piece in pieces]


def _without_stray_quote(sentence: str, piece: Piece) -> Piece:
    """The piece without a quotation mark left over at its edge by a cut.

    A cut inside a quotation ('Officials said the economy is turning a corner", the
    report noted') leaves the closing mark with no opening one in the piece, and a cut
    after an opening mark the other way round. Only an odd count of marks is touched, so
    a whole quotation keeps both of its marks.
    """
    text = sentence[piece.start : piece.end]
    marks = [found.start() for found in _QUOTE_MARK.finditer(text)]
    if len(marks) % 2 == 0:
        return piece
    if not text[marks[-1] + 1 :].strip(" .,;:!?"):  # a quotation opened in an earlier piece
        start, end = _trim(sentence, piece.start, piece.start + marks[-1])
    elif marks[0] == 0:
        start, end = _trim(sentence, piece.start + 1, piece.end)
    else:
        return piece
    return replace(piece, start=start, end=end) if end - start >= 12 else piece


def _split(sentence: str, language: str) -> list[Piece]:
    dateline = DATELINE.match(sentence) or _KICKER.match(sentence)
    if dateline:  # "WASHINGTON (Reuters) - …", "BREAKING: …": the claim starts after the label
        cut = dateline.end()
        return [replace(p, start=p.start + cut, end=p.end + cut) for p in _split(sentence[cut:], language)]
    lang = language if language in COORDINATION else "en"
    quoted = _quoted(sentence, lang)
    if quoted is not None:
        spans, speaker = quoted
        return _said_by([piece for start, end in spans for piece in _pieces(sentence, start, end, lang)], speaker)
    attributed = _attributed(sentence, lang)
    if attributed is not None:
        end, speaker, _ = attributed
        # "…, while imports fell 2%, the customs agency said": the closing speaker's.
        return _said_by(_pieces(sentence, 0, end, lang, goes_on_speaking=False), speaker)
    pieces = _pieces(sentence, 0, len(sentence), lang)
    if len(pieces) > 1 and (source := _closing_source(sentence, pieces[-1])):
        # Not a clause that names a source of its own, even nobody ("según datos oficiales").
        return [
            p if _SOURCE_KEY.search(sentence[p.start : p.end].lower()) else _said_by([p], source)[0]
            for p in pieces[:-1]
        ] + [pieces[-1]]
    return pieces


_SOURCE_TAIL_WORDS = 6  # "…, according to the ONS data published on Friday."


def _closing_source(sentence: str, last: Piece) -> str:
    """The source named after a comma at the end of the sentence's last piece: "…, while
    wage growth slowed to 5.6 percent, according to the ONS." is the ONS's, and so is the
    clause before "while", as with "…, the ONS said." ("" when the source is elsewhere)."""
    if not last.speaker:
        return ""
    text = sentence[last.start : last.end]
    source = _according(text)
    if source is None or not text[: source.start()].rstrip().endswith(","):
        return ""
    rest = text[source.end() :].strip(" .!")
    return last.speaker if "," not in rest and len(rest.split()) <= _SOURCE_TAIL_WORDS else ""


def _said_by(pieces: list[Piece], speaker: str) -> list[Piece]:
    """The pieces as reported speech; a speaker named inside a piece stays its own."""
    return [Piece(p.start, p.end, p.speaker or speaker, True, p.presented_as_fact) for p in pieces]


# Three words at least: matched where the conjunction ends, so a sentence of many "but"
# reads each stretch once.
_CLAUSE = re.compile(r"\s*\S+\s+\S+\s+\S")


def _second_complement(sentence: str, at: int, lang: str) -> bool:
    """Whether a complementiser opens `sentence` at `at`, after a coordinator: "…, pero que B",
    "…, but that B" (not the demonstrative: "…, but that was less than expected")."""
    complement = _COMPLEMENT_NEXT[lang].match(sentence, at)
    return complement is not None and not (lang == "en" and _DEMONSTRATIVE_THAT.match(sentence, complement.end()))


# A list set out after a short label and a colon, its items joined by semicolons: each item
# opens with an article, a determiner or a capital (a clause with its subject), the last
# perhaps after "and". Items that are only verb phrases ("will do three things: raise …;
# expand …") stay one claim with the subject before them.
_LIST_LABEL = re.compile(r"\s*(?:[^\s:;,.]+\s+){0,6}?[^\s:;,.]+:\s+")
_LIST_SEPARATOR = re.compile(r";\s+(?:(?:and|und|y|et|e)\s+)?")
_LIST_ITEM_WORDS = 3
_ITEM_OPENERS = ARTICLES | frozenset(["se"])  # "y se amplía el permiso …"


def _list_items(sentence: str, start: int, end: int) -> tuple[int, list[re.Match[str]]] | None:
    """Where the items of a list in `sentence[start:end]` begin (after its label) and the
    semicolons between them, or None when it holds no such list."""
    label = _LIST_LABEL.match(sentence, start, end)
    if label is None:
        return None
    separators = list(_LIST_SEPARATOR.finditer(sentence, label.end(), end))
    if not separators:
        return None
    bounds = [label.end(), *(separator.end() for separator in separators)]
    ends = [separator.start() for separator in separators] + [end]
    for begin, finish in zip(bounds, ends, strict=True):
        words = sentence[begin:finish].split()
        if len(words) < _LIST_ITEM_WORDS or not (words[0][:1].isupper() or words[0].lower() in _ITEM_OPENERS):
            return None
    return label.end(), separators


def _pieces(sentence: str, start: int, end: int, lang: str, goes_on_speaking: bool = True) -> list[Piece]:
    """Coordinated clauses of `sentence[start:end]`, each cut to its reported complement.
    With `goes_on_speaking`, a comparison after "while" may go on with what the clause
    before it reported (below); not where an attribution closing the sentence names who
    said the rest."""
    # A word or two after the conjunction is no clause of its own: "…, pero insuficiente.",
    # "…, aber unzureichend.", "…, but slowly."
    # Nor is a second complement of the verb before: "dijo que A, pero que B" (`_statements`),
    # nor a conjunction inside a quotation: "nannte die Entwicklung „erfreulich, aber kein
    # Grund zur Entwarnung“" is one claim.
    marks = [mark.start() for mark in _QUOTE_MARK.finditer(sentence, start, end)]
    coordinators = [
        match
        for match in COORDINATION[lang].finditer(sentence, start, end)
        if _CLAUSE.match(sentence, match.end(), end)
        and not _second_complement(sentence, match.end(), lang)
        and not (len(marks) > 1 and sum(1 for mark in marks if mark < match.start()) % 2)
    ]
    if ";" in sentence[start:end] and (items := _list_items(sentence, start, end)) is not None:
        # "Die wichtigsten Punkte: Der Mindestlohn steigt …; die Rente wird …; das Kindergeld
        # bleibt …": each item a claim of its own, the label before them none.
        start, semicolons = items
        coordinators = sorted([*coordinators, *semicolons], key=lambda match: match.start())
    speaking = _speaking_clauses(sentence, start, end, lang)
    figure_starts: set[int] = set()
    if lang in _AND_CLAUSE and (figures := _figure_clauses(sentence, start, end, lang)):
        taken = {match.start() for match in speaking}
        speaking += [match for match in figures if match.start() not in taken]
        figure_starts = {match.start() for match in figures} - taken
    if speaking:
        coordinators = sorted([*coordinators, *speaking], key=lambda match: match.start())
    if not coordinators:  # most sentences
        return _clause_pieces(sentence, start, end, lang, coordinated=False)
    pieces: list[Piece] = []
    cursor = start
    bounds: list[tuple[int, int]] = []
    # Per bound: joined to the one before by "while", "während", … or, between two figures,
    # by ", and" ("According to the ministry, exports rose 4%, and the deficit narrowed to …").
    continuing: list[bool] = [False]
    for match in coordinators:
        bounds.append((cursor, match.start()))
        continuing.append(_CONTINUING.search(match.group()) is not None or match.start() in figure_starts)
        cursor = match.end()
    bounds.append((cursor, end))
    for (s, e), goes_on in zip(bounds, continuing, strict=True):
        own = _clause_pieces(sentence, s, e, lang, coordinated=True)
        before = pieces[-1] if pieces and goes_on and goes_on_speaking else None
        if (
            before is not None
            and before.speaker
            and before.reported
            and all(not p.speaker and not p.reported for p in own)
        ):
            # "The ministry said exports rose 4%, while imports fell 2%": a comparison of
            # figures goes on with what was said, as German indirect speech does in the
            # subjunctive ("…, während die Importe um 2 Prozent gesunken seien"), unless the
            # clause names a speaker of its own. Without figures the clause is as often the
            # writer's or the speaker's own reply ("…, whereas she had no way of finding out").
            if lang == "de":
                goes_on = continues_indirect_speech(sentence[s:e], lang)
            else:
                goes_on = bool(_DIGIT.search(sentence, before.start, before.end) and _DIGIT.search(sentence, s, e))
            if goes_on:
                own = _said_by(own, before.speaker)
        pieces.extend(own)
    return pieces


# Where a clause with a speaker of its own begins: "The Senate passed the bill, and Speaker
# Mike Johnson said that …", "…, sending it to the House, where Johnson has said he will
# not …", "Exports rose 4 percent; the ministry said imports fell …".
_SPEAKING_CLAUSE = {
    "en": re.compile(r"(?:,\s+(?:and|where)|;)\s+"),
    "de": re.compile(r"(?:,\s+und|;)\s+"),
    "es": re.compile(r"(?:,\s+(?:y|donde)|;)\s+"),
}


def _speaking_clauses(sentence: str, start: int, end: int, lang: str) -> list[re.Match[str]]:
    """The boundaries in `sentence[start:end]` after which a clause names who says what
    follows (`_SPEAKING_CLAUSE`): its subject, one to `_SUBJECT_WORDS` words with no comma,
    then a reporting verb. What comes before is a claim of its own, not the speaker's."""
    pattern = _SPEAKING_CLAUSE.get(lang)
    if pattern is None or ("," not in sentence and ";" not in sentence):
        return []
    found = []
    reporting: re.Match[str] | None = None
    for boundary in pattern.finditer(sentence, start, end):
        if reporting is None or reporting.start() < boundary.end():
            # The verb found for an earlier boundary serves every later one before it: linear.
            reporting = REPORTING[lang].search(sentence, boundary.end(), end)
        if reporting is None:
            break  # no verb of saying after this boundary, nor after any later one
        if reporting.start() - boundary.end() > _SUBJECT_CHARACTERS:
            continue  # more than a subject between them (and only its words are read: linear)
        words = sentence[boundary.end() : reporting.start()].lower().split()
        if (
            boundary.start() - start >= 12
            and len(words) <= _SUBJECT_WORDS
            and any(word not in _NO_SUBJECT_WORDS for word in words)
            and words[-1] not in _PASSIVE_AUXILIARIES  # "…, and jobs are added."
            and not any(_is_pronoun(word) or word in _NOT_A_SPEAKERS_SUBJECT for word in words)
            and not any(mark in word for word in words for mark in ",;:-–—")
        ):
            found.append(boundary)
    return found


_SUBJECT_CHARACTERS = 160  # `_SUBJECT_WORDS` words of 20 characters

# ", and" before a clause of its own with a figure on both sides: "The Bank of England
# expects growth of 1.5% next year, and it cut interest rates to 4.75% last month."
# English past tenses that do not end in "-ed", as news reports figures with them.
_IRREGULAR_PAST = "rose|fell|grew|cut|lost|won|paid|spent|made|gave|took|sold"
_AND_CLAUSE = {
    "en": re.compile(
        r",\s+and\s+(?=(?:it|he|she|they|we|the|its|his|her|their)\s+(?:[a-z]+\s+){0,3}?"
        rf"(?:[a-z]+ed|{_IRREGULAR_PAST}|had|was|were|is|are|has|have)\b)"
    ),
    # "…, según datos oficiales, y el consumo masivo cayó un 20 % …", "…, und die Löhne stiegen um 3 Prozent".
    "es": re.compile(
        r",\s+y\s+(?=(?:el|la|los|las|su|sus)\s+(?:[a-záéíóúñ]+\s+){1,3}?"  # "y las revalorizó": an object
        r"(?:[a-záéíóúñ]+(?:ó|aron|ieron)|ha|han|fue|fueron|es|son|está|están|subió|cayó|creció|bajó)\b)"
    ),
    "de": re.compile(
        r",\s+und\s+(?=(?:der|die|das|ihre|seine)\s+(?:[A-Za-zäöüß]+\s+){1,3}?"  # "und das ist": a pronoun
        r"(?:stieg|stiegen|sank|sanken|fiel|fielen|wuchs|wuchsen|lag|lagen|betrug|betrugen|legte|legten|"
        r"ging|gingen|war|waren|ist|sind|hat|haben)\b)"
    ),
}
_FIGURE = re.compile(r"\d")


_AND_WORD = {"en": ", and ", "es": ", y ", "de": ", und "}


def _figure_clauses(sentence: str, start: int, end: int, lang: str) -> list[re.Match[str]]:
    """ ", and" (", y", ", und") boundaries between two clauses that each hold a figure (`_AND_CLAUSE`)."""
    if _AND_WORD[lang] not in sentence:
        return []
    first = _FIGURE.search(sentence, start, end)
    if first is None:
        return []
    # The last figure, found once: each boundary then needs a figure before it and after it (linear).
    last = next(i for i in range(end - 1, first.start() - 1, -1) if sentence[i].isdecimal())
    return [
        m for m in _AND_CLAUSE[lang].finditer(sentence, start, end) if first.start() < m.start() and last >= m.end()
    ]


# Words that are no subject: "…, and then said …", "…, and would have added …" share the
# subject of the clause before; "…, and to say …" has none.
_NO_SUBJECT_WORDS = frozenset(
    [
        *("then", "now", "also", "later", "again", "just", "basically", "would", "will", "could", "should", "can"),
        *("may", "might", "must", "have", "has", "had", "did", "do", "does", "to", "not", "never", "so"),
        *("dann", "auch", "später", "luego", "después", "también", "además", "hat", "haben", "ha", "han"),
    ]
)
_PASSIVE_AUXILIARIES = frozenset(["be", "been", "being", "is", "are", "was", "were", "wird", "werden", "wurde", "fue"])


# Words that make the words before a reporting verb more than its subject: a subordinate
# or relative clause ("and I was honoured when Time magazine said …", "and what Trump says
# … is used"). A pronoun subject is left to the sentence's own reading, which looks for
# whom it stands for in the clause before ("Allawi came here, and he said …").
_NOT_A_SPEAKERS_SUBJECT = frozenset(
    [
        *("when", "if", "because", "as", "since", "although", "though", "unless", "what", "who", "which", "that"),
        *("how", "why", "after", "before", "until", "while", "wenn", "als", "weil", "dass", "was", "wie", "ob"),
        *("cuando", "si", "porque", "como", "que", "lo", "quien", "donde", "to"),
    ]
)


def _clause_pieces(sentence: str, s: int, e: int, lang: str, coordinated: bool) -> list[Piece]:
    """The pieces of one coordinated clause `sentence[s:e]`."""
    link = _PARTICIPLE_LINK.search(sentence, s, e) if lang == "en" else None
    said = _clause_attribution(sentence[s : link.start()], lang) if link else None
    if link and said is not None:
        # "Exports rose 4 percent, the ministry said, adding that imports fell 2 percent":
        # both statements, both said by the ministry.
        pieces = _said_by(_complement_pieces(sentence, s, s + said.end, lang), said.speaker)
        ls, le = _trim(sentence, link.end(), e)
        if le - ls >= 12:
            pieces.append(Piece(ls, le, speaker=said.speaker, reported=True))
        return pieces
    attributed = _clause_attribution(sentence[s:e], lang) if coordinated else None
    if attributed is not None:
        cut, speaker, _ = attributed
        return _said_by(_complement_pieces(sentence, s, s + cut, lang), speaker)
    return _complement_pieces(sentence, s, e, lang)


# Coordinators that go on comparing rather than object: what follows them after a
# statement is still that statement ("…, while services were flat"), unlike "but".
_CONTINUING = re.compile(r"while|whereas|während|wohingegen|mientras|tandis|alors|mentre|enquanto", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


# An attribution's participle carrying a second statement: "…, the ministry said, adding that …".
_PARTICIPLE_LINK = re.compile(
    # Not "adding to pressure on …", "warning of …": no statement follows.
    r",\s+(?:adding|noting|saying|explaining|warning|stressing|arguing|insisting)\s+(?:that\s+|(?!to\b|of\b|about\b))",
    re.IGNORECASE,
)


# A relative clause of the speaker's carrying a second statement: "…, who added that …",
# "…, quien ha recordado que …".
_RELATIVE_LINK = {
    "en": re.compile(
        r",\s+who\s+(?:also\s+|later\s+)?(?:added|said|noted|warned|stressed|argued|insisted|explained|"
        r"pointed out|recalled)\s+that\s+"
    ),
    "es": re.compile(rf",\s+quien(?:es)?\s+(?:también\s+|además\s+)?(?:{_REPORTING['es']})\s+que\s+"),
}


# A relative clause closing an attribution after a quotation: the speaker is named before it.
_RELATIVE_TAIL = {"es": re.compile(r",\s+(?:que|quien|quienes)\s"), "en": re.compile(r",\s+who\s")}
# A Spanish relative whose verb puts a figure on something: the speaker's figure, a claim.
_FIGURE_GIVEN_RELATIVE = re.compile(
    r"(?:(?:ha|han)\s+)?(?:cifrado|cifró|cifraron|estimado|estimó|estimaron|calculado|calculó|calcularon)\s+en\s"
)


def _clause_attribution(clause: str, lang: str) -> _Attribution | None:
    """An attribution closing a coordinated clause: "X rose 3 percent, the office said on
    Friday, but Y fell". Stricter than at a sentence's end, where nothing follows: it must
    name a speaker, and the verb must open it or be followed by at most a time ("on
    Friday"), so "…, the world said this is right, but …" is a statement of its own. A
    German "…, so Lindner, aber …" holds nothing but its speaker."""
    attributed = _attributed(clause, lang)
    if attributed is None or not attributed.speaker:
        return None
    reporting = attributed.reporting
    if reporting is None:
        return attributed
    tail = reporting.string
    if tail[: reporting.start()].strip() and len(tail[reporting.end() :].split()) > 3:
        return None
    return attributed


# A German "wie …" clause ending in its reporting verb says only who said something, however
# much it says about when and where: "…, wie das Ifo-Institut am Montag zu seiner Umfrage
# unter rund 9000 Managern mitteilte."
_WIE_ATTRIBUTION_WORDS = 16
_LAST_WORD = re.compile(r"(\S+)\s*$")


def _is_attribution(text: str, lang: str) -> re.Match[str] | None:
    """The reporting verb of a short clause that only says who said something."""
    words = text.split()
    if _DIGIT.search(text) and (plain := _AGE_IN_ATTRIBUTION.sub(_blank, _without_date(text))) != text:
        # "…, Vance said at a rally in Ohio on Oct. 3.", "…, sagte der 58-Jährige."
        text, words = plain, plain.split()
    if lang == "de" and 2 < len(words) <= _WIE_ATTRIBUTION_WORDS and words[0].lower() == "wie":
        last = _LAST_WORD.search(text)
        verb = REPORTING["de"].fullmatch(text, last.start(1), last.end(1)) if last else None
        if verb is not None and COMPLEMENT["de"].search(text) is None:
            return verb
    if not words or len(words) > _ATTRIBUTION_WORDS:
        return None
    if words[0].lower() in _NOT_ATTRIBUTION and words[0] not in _ACRONYMS_SPELLING_WORDS:
        return None  # "…, who said …" is a relative clause; "…, WHO says" the organisation
    reporting = REPORTING[lang].search(text)
    if reporting is None and lang in _CLOSING_ONLY:
        # '"Nadie quiere contratar a una mujer de mi edad", lamenta.', "…, erzählt er.": verbs
        # of a feature story that report only closing what was said, before who said it.
        reporting = _CLOSING_ONLY[lang].match(text)
    # The plain digit test first: most attributions hold none.
    if (
        reporting is None
        or (_DIGIT.search(text) and _FIGURE_IN_ATTRIBUTION.search(text))
        or COMPLEMENT[lang].search(text)
        # "…, said he would appeal the decision": the verb, then a statement without "that".
        or (lang == "en" and reporting.start() == 0 and len(words) > 2 and _is_pronoun(words[1].lower()))
        # "…, said the benefits may not apply to …": a predicate after the verb, before any
        # relative clause ("…, said Jane Doe, who has led …" is who said it).
        or (lang == "en" and reporting.start() == 0 and _PREDICATE.search(_RELATIVE_START.split(text, 1)[0]))
        # "…, said the deal marked "a new era"": a subject and its own verb in the past.
        or (lang == "en" and reporting.start() == 0 and _PAST_AFTER_SUBJECT.match(text, reporting.end()))
        or (reporting.start() > 0 and _statement_around(text, reporting, lang))
    ):
        return None
    return reporting


# The Spanish present closing a statement, right after its comma, then nothing or who said
# it: "…, lamenta.", "…, cuenta su hermana.", "…, explica Juan Pérez." (not "…, cuenta con
# el apoyo del PP": a preposition follows).
# German "erzählt", "schilderte": "…, erzählt er.", "…, schilderte die Anwohnerin." (in a
# sentence, "erzählt, dass" is as often a story told: "Oder dem Moment in der erzählt dass …").
_CLOSING_ONLY = {
    "es": re.compile(
        r"\s*(?:lamenta|cuenta|explica|relata|recuerda|señala|añade|insiste|reconoce|admite|confiesa|apunta|"
        r"subraya|destaca|sostiene|advierte|critica|denuncia|detalla|precisa|matiza|concluye|resume|bromea|"
        r"ironiza|sentencia|zanja|asegura|afirma|dice)"
        r"(?=[\s.!]*$|\s+(?:(?:el|la|los|las|un|una|su|sus)\b|[A-ZÁÉÍÓÚÑ]))"
    ),
    "de": re.compile(
        r"\s*(?:erzählt|erzählte|erzählten|schildert|schilderte|schilderten)"
        r"(?=[\s.!]*$|\s+(?:(?:er|sie|der|die|das|ein|eine|sein|seine|ihr|ihre)\b|[A-ZÄÖÜ]))"
    ),
}
_PREDICATE = re.compile(r"(?<!\w)(?:may|might|can|could|will|would|should|must|is|are|was|were|has|have|had)(?!\w)")
_PAST_AFTER_SUBJECT = re.compile(
    r"\s+(?:(?:the|a|an|its|his|her|their|this)\s+)?(?!(?:the|a|an|its|his|her|their|this)\s)[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+"
    rf"(?<!ly )(?:[a-z]+ed|{_IRREGULAR_PAST})(?!\w)"
)
_RELATIVE_START = re.compile(r"[,\s](?:who|whom|whose|which|that|where)(?!\w)")


# The writer or the audience, never the source a closing attribution names.
_FIRST_PERSON = {
    "en": frozenset(["i", "i'm", "i’m", "i've", "i’ve", "we", "we're", "we’re", "we've", "we’ve", "you", "you're"]),
    "de": frozenset(["ich", "wir", "du", "ihr", "es"]),  # "…, es interessiert nicht, was der Makler sagt"
    "es": frozenset(["yo", "nosotros", "nosotras"]),
}
# Words before the verb that make the clause relative or interrogative: "…, alles was er gesagt hat …".
_GERMAN_RELATIVE_BEFORE = frozenset(["was", "wer", "wen", "wem", "ob", "alles", "nichts", "dass"])
_SUBJECT_AFTER_VERB = frozenset(["it", "he", "she", "they", "we", "i", "you", "there", "this", "that"])
_TOLD = frozenset(["told", "tell", "tells"])
_SETTING_WORDS = 4  # "said in a statement on Friday" is a setting; a longer object is a statement
_SPANISH_SETTING_OPENERS = frozenset(
    ["en", "ante", "durante", "a", "este", "esta", "hoy", "ayer", "tras", "desde", "por", "mediante", "con"]
)
_SPANISH_DAYS = frozenset(["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "pasado"])


def _statement_around(text: str, reporting: re.Match[str], lang: str) -> bool:
    """Whether a last clause with its subject before the verb is a statement rather than
    who said the rest: the writer or the audience speaking ("…, I'm going to pick out
    something you said"), an infinitive ("…, the people have got to say they want it"), a
    relative clause (German "…, alles was er gesagt hat, …"), a subject after the verb
    ("…, he said it exceeded …") or a long object ("…, Mr. Ford added back another one and
    a half billion dollars", "…, presidente de la fundación ha destacado el respeto al
    trabajo del tercer sector")."""
    before = text[: reporting.start()].lower().split()
    after = text[reporting.end() :].lower().split()
    if not before:
        return False
    if before[0] in _FIRST_PERSON.get(lang, ()) or before[-1] in ("to", "zu"):
        return True
    if lang == "de":
        return not _GERMAN_RELATIVE_BEFORE.isdisjoint(before)
    openers = _ENGLISH_SETTING_OPENERS if lang == "en" else _SPANISH_SETTING_OPENERS if lang == "es" else None
    # "…, el ministro ha dicho el lunes en Bruselas": a day after the verb is when.
    day = lang == "es" and len(after) > 1 and after[1] in _SPANISH_DAYS
    return bool(
        (lang == "en" and after and after[0] in _SUBJECT_AFTER_VERB)
        or (
            openers is not None
            and len(after) > _SETTING_WORDS
            and after[0] not in openers
            and not day
            and reporting.group().lower() not in _TOLD
        )
    )


# A figure makes a clause more than an attribution ("…, 3 officials said" counts); a digit
# inside a capitalised name does not ("…, C3S said", "…, the G7 said").
_FIGURE_IN_ATTRIBUTION = re.compile(r"(?<![A-Za-zÄÖÜÁÉÍÓÚÑ])\d")
# A date in an attribution is when it was said, no figure of its own: "… said at a rally on
# Oct. 3.", "sagte sie am 3. Oktober", "dijo el 3 de octubre". Blanked before the figure
# test and the word count.
_MONTH_NAMES = "|".join([*ENGLISH_MONTHS, *GERMAN_MONTHS, *SPANISH_MONTHS, *MONTH_ABBREVIATIONS])
_DATE_IN_ATTRIBUTION = re.compile(
    rf"(?i:\s+(?:on|am|el|vom|del)\s+)?(?:(?i:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?!\d)(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?(?i:{_MONTH_NAMES})\b\.?(?:\s+(?:de\s+)?\d{{4}})?)"
)


# An age is no figure of the statement either: "sagte der 58-Jährige", "the 51-year-old
# said", "Smith, 52, said", "dijo García, de 54 años". Its digits are blanked.
_AGE_IN_ATTRIBUTION = re.compile(
    r"(?<!\d)\d{1,3}(?=-(?:[Jj]ährige|year-old))|(?<=,\s)\d{1,3}(?=,)|(?<=\bde\s)\d{1,3}(?=\saños\b)"
)
_MONTH_WORD = re.compile(rf"(?<!\w)(?i:{alternation(_MONTH_NAMES.split('|'))})(?!\w)")


def _without_date(attribution: str) -> str:
    """`attribution` without a date (`_DATE_IN_ATTRIBUTION`), blanked (its length kept). The
    pattern runs only where a month's name stands (most attributions hold none)."""
    if _MONTH_WORD.search(attribution) is None:
        return attribution
    return _DATE_IN_ATTRIBUTION.sub(_blank, attribution)


def _without_apposition(tail: str, lang: str) -> tuple[str, re.Match[str] | None]:
    """An attribution after a quotation without what it adds about the speaker between
    commas, which may run long: ', said Kate Barker, an economist who led a review of
    housing supply in 2004.' is 'said Kate Barker'; ', Kate Barker, an economist …, said.'
    is 'Kate Barker said'. With the attribution's reporting verb, or None."""
    parts = tail.split(",")
    for attribution in (parts[0], parts[0] + parts[-1]):
        reporting = _is_attribution(attribution, lang)
        if reporting is not None:
            return attribution, reporting
    return tail, None


_ONE_NAME = re.compile(rf"\s*{NAME_TOKEN}\s*")


def _quoted(sentence: str, lang: str) -> tuple[list[tuple[int, int]], str] | None:
    """The spans of the quotation that is the sentence's statement (two when the
    attribution interrupts it), and its speaker."""
    if sentence[:1] not in _QUOTES and sentence.rstrip(" .!")[-1:] not in _QUOTES:
        return None  # most sentences: neither opens nor closes with a quotation mark
    first = _QUOTE_FIRST.match(sentence)
    if first and len(first.group("body").strip()) >= 12:
        tail = first.group("tail")
        # '"…," the mayor told reporters, adding that …': the quotation and the second statement;
        # likewise '"…," said the minister, who added that …', '«…», ha señalado el ministro,
        # Jordi Hereu, quien ha recordado que …'.
        link = _PARTICIPLE_LINK.search(tail) if lang == "en" else None
        if link is None and lang in _RELATIVE_LINK:
            link = _RELATIVE_LINK[lang].search(tail)
        relative = _RELATIVE_TAIL[lang].search(tail) if link is None and lang in _RELATIVE_TAIL else None
        if relative is not None and _FIGURE_GIVEN_RELATIVE.match(tail, relative.end()) is not None:
            link = relative  # "…, que ha cifrado en 3.000 millones el coste": a figure the speaker put
        elif relative is not None:
            tail = tail[: relative.start()]  # "…, María Jesús Montero, que …": who she is, not who spoke
        attribution = tail[: link.start()] if link else tail
        if lang == "de" and (so := _SO_NAME.fullmatch(attribution.strip().rstrip(".!"))) is not None:
            return [first.span("body")], strip_titles(so.group("name"))  # '„…“, so Faeser.'
        reporting = _is_attribution(attribution, lang)
        if reporting is None and "," in attribution:
            attribution, reporting = _without_apposition(attribution, lang)
        if reporting:
            spans = [first.span("body")]
            if link:
                spans.append((first.start("tail") + link.end(), len(sentence)))
            return spans, _speaker_around(attribution, reporting, lang)
    split = _QUOTE_SPLIT.match(sentence)
    if split and len(split.group("body").strip()) >= 12:
        # '"We grew 4 percent," Smith said, "and we will grow again."': both parts, said by Smith.
        tail = split.group("tail")
        reporting = _is_attribution(tail, lang)
        if reporting:
            rest, end = split.span("rest")
            joined = _WORD_FIRST.match(sentence, rest)
            if joined and joined.group(1).lower() in _AND:  # '…, "and we will grow again."'
                rest = joined.end()
            return [split.span("body"), (rest, end)], _speaker_around(tail, reporting, lang)
    last = _QUOTE_LAST.match(sentence)
    if last and len(last.group("body").strip()) >= 12:
        head = last.group("head")
        reporting = REPORTING[lang].search(head)
        if reporting and len(head.split()) <= _ATTRIBUTION_WORDS:
            return [last.span("body")], _speaker_around(head, reporting, lang)
        # A short head naming someone: "Christian Lindner: „…“", "El ministro José Castells: «…»";
        # a headline's surname alone: "Sánchez: «…»", "Scholz: „…“" (not a label: "Zitat: „…“").
        speaker = find_speaker(head) if len(head.split()) <= 5 else ""
        if not speaker and len(head.split()) <= _ATTRIBUTION_WORDS and (named := _NAME_OPENS.match(head)):
            # "Bundesfinanzminister Christian Lindner (FDP) zeigte sich zufrieden: „…“": the
            # one named before what they did, whose words the quotation is.
            speaker = find_speaker(named.group())
        if not speaker and (apposed := _ROLE_NAME_OPENS.match(head)) and _role_before_name(apposed.group("role")):
            # "La ministra de Trabajo, Yolanda Díaz, celebró los datos en X: «…»": the one named
            # after the role, then what they did.
            speaker = apposed.group("name")
        if not speaker and _ONE_NAME.fullmatch(head) and _name_beside(head, "", lang):
            speaker = "" if head.strip().upper() in NOT_SPEAKER_LABELS else head.strip()
        if speaker:
            return [last.span("body")], speaker
    return None


# A sentence that only says who said the sentence before it: "Das teilte das Statistische
# Bundesamt am Montag mit.", "Así lo ha confirmado la Guardia Civil.", "That's according
# to the Labor Department." German news puts the source after the figure this way.
_BACK_REFERENCE = {
    "de": re.compile(r"(?:Das|Dies)\s+"),
    "es": re.compile(r"Así\s+lo\s+"),
    "en": re.compile(r"(?:That|This)(?:['’]s|\s+is|\s+was)\s+(?=according to\s)"),
}
_BACK_OPENERS = ("Das", "Dies", "Así", "That", "This")
# Spanish perfect auxiliaries, which may stand before the verb there: "Así lo ha informado …".
_SPANISH_AUXILIARIES = frozenset(["ha", "han", "había", "habían"])


# A quotation signed on the line below it: a dash, the name (titles before it), then perhaps
# when and where in up to two short phrases after commas: "— Vice President Kamala Harris,
# Aug. 22 speech."
_DASHES = frozenset("—–-")
_SIGNATURE = re.compile(
    rf"[—–-]\s*(?P<name>(?:{NAME_TOKEN}\s+){{0,3}}{NAME_TOKEN}(?:\s{PARTICLES}?{NAME_TOKEN}){{1,3}})"
    r"(?:\s*,\s*[^,;:!?]{1,60}){0,2}\.?\s*"
)


def previous_speaker(sentence: str, language: str) -> str:
    """Who said the sentence before this one, when this one only says that ("Das teilte
    das Statistische Bundesamt mit.", "Así lo confirmaron fuentes policiales."; a dash and a
    name under a quotation: "— Vice President Kamala Harris, Aug. 22 speech."); else ""."""
    if sentence[:1] in _DASHES and (signed := _SIGNATURE.fullmatch(sentence)) is not None:
        return strip_titles(signed.group("name"))
    if not sentence.startswith(_BACK_OPENERS):  # most sentences; spares the patterns
        return ""
    back = _BACK_REFERENCE.get(language)
    opening = back.match(sentence) if back is not None else None
    if opening is None:
        return ""
    rest = sentence[opening.end() :].strip().rstrip(".! ")
    if language == "en":
        according = _according(rest)
        if according is None or according.start() != 0 or rest[according.end() :].strip(" ,"):
            return ""
        return _source(according)
    if language == "de" and rest.startswith("geht aus ") and (source := _HERVOR.match(rest, 5)) is not None:
        return source.group("name")  # "Das geht aus Zahlen des Statistischen Bundesamts hervor."
    reporting = _is_attribution(rest, language)
    if reporting is None:
        return ""
    before = rest[: reporting.start()].strip().lower()
    if before and before not in _AUXILIARIES and before not in _SPANISH_AUXILIARIES:
        return ""  # the verb comes first: "Das ist doch klar" is no attribution
    return _speaker_around(rest, reporting, language)


# A source that points back at what the sentence before published: "Das Statistische
# Bundesamt hat neue Zahlen veröffentlicht. Demnach stieg …", "El INE publicó la EPA. Según
# estos datos, …", "The Labor Department released its report. According to the report, …".
_BACK_SOURCE = {
    "de": re.compile(
        r"(?:Demnach|Den Angaben zufolge|Nach (?:diesen|den) (?:Angaben|Zahlen|Daten)"
        r"|Laut (?:dem|der|diesem|dieser) (?:Bericht|Studie|Statistik|Erhebung|Umfrage|Mitteilung|Prognose))\b"
    ),
    "es": re.compile(
        r"(?:Según|De acuerdo con) (?:estos|esos|los|dichos|estas|las) (?:datos|cifras)"
        r"|(?:Según|De acuerdo con) (?:el|este|dicho) (?:informe|estudio|documento)"
        r"|(?:Según|De acuerdo con) (?:la|esta|dicha) (?:encuesta|estadística)\b"
    ),
    "en": re.compile(r"According to (?:the|its|their|these) (?:report|figures|data|survey|study|statement|filing)\b"),
}
# What the sentence before did: published or presented it, its subject before the verb.
_PUBLISHED = {
    "de": re.compile(
        r"\b(?:hat|haben|veröffentlichte|veröffentlichten|legte|legten|gab|gaben|präsentierte|präsentierten)\b"
        r"(?=.*\b(?:veröffentlicht|veröffentlichte|veröffentlichten|vorgelegt|vor|bekannt|präsentiert|präsentierte)\b)"
    ),
    "es": re.compile(
        r"\b(?:publicó|publicaron|presentó|presentaron|difundió|difundieron"
        r"|(?:ha|han) (?:publicado|presentado|difundido))\b"
    ),
    "en": re.compile(r"\b(?:released|published|issued|presented|put out)\b"),
}


def back_source(sentence: str, before: str, language: str) -> str:
    """Who published what this sentence's opening points back at (above), named as the
    subject of the sentence before; "" when the opening points back at nothing."""
    back = _BACK_SOURCE.get(language)
    if back is None or not before or back.match(sentence) is None:
        return ""
    published = _PUBLISHED[language].search(before)
    if published is None:
        # "Das geht aus einer Studie der Bertelsmann-Stiftung hervor. Demnach …": its author.
        return previous_speaker(before, language)
    subject = before[: published.start()]
    return _named_or_described(subject, "", language) if subject.strip() else ""


# German indirect speech goes on in the subjunctive (Konjunktiv I) after its attribution:
# "Der Arbeitsmarkt sei robust, sagte Nahles. Allerdings sei die Zahl der offenen Stellen
# gesunken." The second sentence is hers too. Forms that equal the indicative are left out
# ("sie haben"), as are "hätte"/"wäre", which also say what did not happen.
_SUBJUNCTIVE = re.compile(
    r"(?<!\w)(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|liege|stehe|bleibe|fehle|gehe|komme|"
    r"steige|sinke|wachse|reiche|zeige|handle|brauche|"
    # The second subjunctive where the first reads as the indicative: "Die meisten kämen aus
    # Syrien", "Sie hätten …", "Es gäbe …", "Sie wären …", "Die Mieten würden steigen".
    r"kämen|hätten|gäbe|gäben|wären|würden)(?!\w)"
)
# Not indirect speech: "es sei denn" (unless), "sei es … oder" (whether: opening the sentence
# or a clause; "Ziel sei es, …" is the goal someone named), "wie dem auch sei"; and the first
# person, whose "habe" and "werde" are indicative.
_NOT_INDIRECT_SPEECH = re.compile(
    r"(?<!\w)(?:sei denn|auch sei|ich|wir|mir|uns)(?!\w)|(?:^|[,;:(–-])\s*sei es(?!\w)", re.IGNORECASE
)


def continues_indirect_speech(sentence: str, language: str) -> bool:
    """Whether a German sentence goes on with what the one before it reported: a verb in
    the subjunctive, no quotation, no question and no first person."""
    if language != "de" or _SUBJUNCTIVE.search(sentence) is None:
        return False
    if sentence.rstrip().endswith("?") or _QUOTE_MARK.search(sentence):
        return False
    return _NOT_INDIRECT_SPEECH.search(sentence) is None


def reporter(sentence: str, language: str) -> str:
    """Who reports in a German sentence whose reporting verb carries no statement of its
    own ("Bauministerin Klara Geywitz (SPD) verwies auf die Förderprogramme des Bundes."),
    for indirect speech going on after it ("Im vergangenen Jahr seien rund 295.000
    Wohnungen fertiggestellt worden."); "" for none. A pronoun stays one, to be resolved."""
    if language != "de" or _QUOTE_MARK.search(sentence):
        return ""
    reporting = REPORTING["de"].search(sentence) or _CHARGING.search(sentence)
    if reporting is None or len(sentence[: reporting.start()].split()) > _HEAD_WORDS:
        return ""
    return _speaker_around(sentence, reporting, language)


_HEAD_WORDS = 6
# Verbs of a charge, a demand or a view, which report no statement themselves but may be
# followed by one in the subjunctive: "Die Grünen warfen Dobrindt vor, sich mit fremden
# Federn zu schmücken. Die meisten Schutzsuchenden kämen weiterhin aus Syrien …".
_CHARGING = re.compile(r"(?<!\w)(?:warf|warfen|wirft|werfen|forderte|forderten|fordert|fordern)(?!\w)")


# A sentence that is one quotation and nothing else: '"That is the highest level in a decade."'.
_WHOLE_QUOTATION = re.compile(rf"\s*[{_QUOTES}][^{_QUOTES}]+[{_QUOTES}][.!?]?\s*")  # «…». too


_QUOTATION_SENTENCES = 4  # how many sentences one quotation may run over before its attribution


def quotations_across(sentences: list[str], language: str) -> tuple[dict[int, str], dict[int, str]]:
    """Quotations that run over several sentences and name who said them at their end:
    '"We have cut emissions by 50 percent since 1990. No other G7 country has done that,"
    the prime minister said.' Returns who said each sentence before the last one (by index;
    they name no one themselves) and the opening mark for each last one, which reads as a
    quotation once the mark is put back before it. A sentence opens one when it starts with
    a quotation mark and holds an odd number of them; the sentences after it hold none
    until one holds an odd number, closing it."""
    speakers: dict[int, str] = {}
    closing: dict[int, str] = {}
    for index, sentence in enumerate(sentences):
        text = sentence.lstrip()
        if text[:1] not in _QUOTES or len(_QUOTE_MARK.findall(sentence)) % 2 == 0 or index in closing:
            continue
        for later in range(index + 1, min(len(sentences), index + _QUOTATION_SENTENCES)):
            marks = len(_QUOTE_MARK.findall(sentences[later]))
            if marks % 2 == 0:
                if marks:
                    break  # a quotation of its own in between: not one running on
                continue
            if sentences[later].lstrip()[:1] in _QUOTES:
                break  # it opens another
            speaker = quotation_speaker(text[0] + sentences[later].lstrip(), language)
            if speaker:
                speakers.update(dict.fromkeys(range(index, later), speaker))
                closing[later] = text[0]
            break
    return speakers, closing


def quotation_speaker(sentence: str, language: str) -> str | None:
    """Who is quoted, when the sentence quotes someone: the attribution's speaker ('"…,"
    Biden said.', "Lindner sagte: „…“"), "" for a quotation standing alone ('"…"'), whose
    speaker is the one quoted just before it; None when the sentence is no quotation."""
    if sentence[:1] not in _QUOTES and sentence.rstrip(" .!?")[-1:] not in _QUOTES:
        return None  # most sentences
    quoted = _quoted(sentence, language if language in COORDINATION else "en")
    if quoted is not None:
        return quoted[1] or None
    return "" if _WHOLE_QUOTATION.fullmatch(sentence) else None


class _Attribution(NamedTuple):
    end: int  # the comma before the attribution
    speaker: str
    reporting: re.Match[str] | None  # the reporting verb in the attribution ("so Lindner" has none)


# A person's name set after their role between commas, closing the sentence or before its
# verb: "…, the finance minister, Rachel Reeves, said.", "…, sagte der Sprecher des
# Ministeriums, Jan Müller.", "…, teilte die Ministerin, Jane Doe, mit." (two words or more:
# a first name and a surname, not a place or a day).
_NAME_APPOSED_AT_END = re.compile(
    rf",\s+(?P<name>{NAME_TOKEN}(?:\s{PARTICLES}?{NAME_TOKEN}){{1,3}})(?:\s*,\s*(?P<rest>[^,]{{1,40}}?))?\s*[.!]?\s*$"
)


def _may_end_apposed(sentence: str) -> bool:
    """Whether one of the last two ", " opens a capitalised word, as `_NAME_APPOSED_AT_END`
    needs: a string test first, since most sentences end otherwise."""
    last = sentence.rfind(", ")
    before = sentence.rfind(", ", 0, last) if last > 0 else -1
    return before >= 0 and (sentence[last + 2 : last + 3].isupper() or sentence[before + 2 : before + 3].isupper())


def _attributed(sentence: str, lang: str) -> _Attribution | None:
    """Where the statement ends and who said it, when an attribution closes the sentence:
    "…, the statistics office said on Friday." / "…, sagte Lindner." / "…, so Lindner." /
    "…, dijo el presidente Pedro Sánchez en el Congreso." / "…, the finance minister,
    Rachel Reeves, said." (the person named after their role spoke)."""
    found = _attribution_closing(sentence, lang)
    if (found is not None and found.speaker) or not _may_end_apposed(sentence):
        return found
    apposed = _NAME_APPOSED_AT_END.search(sentence)
    if apposed is None:
        return found
    # Read without the name, the attribution names the role: the name is the role's.
    rest = apposed.group("rest")
    role = _attribution_closing(sentence[: apposed.start()] + (f" {rest}." if rest else "."), lang)
    if role is None or role.end >= apposed.start():
        return found
    # The role as found, or the words before the verb ("Britain's finance minister told").
    described = role.speaker or (role.reporting.string[: role.reporting.start()] if role.reporting else "")
    # After the verb, the role's own words come first, whatever it then names: "(sagte) der
    # Präsident des Deutschen Instituts für Wirtschaftsforschung (DIW)" named the institute.
    opening = " ".join(role.reporting.string[role.reporting.end() :].split()[:2]) if role.reporting else ""
    if not _role_before_name(described) and not (opening and role.speaker and _role_before_name(opening)):
        return found
    return _Attribution(role.end, apposed.group("name"), role.reporting)


# A comment on the figure after a Spanish or German attribution: "…, informó el INDEC, su
# nivel más bajo desde 2021.", "…, teilte das Amt mit, der niedrigste Stand seit 2021."
_COMMENT_TAIL = {
    "es": re.compile(
        r",\s+(?:su|sus|lo que supone|lo que representa|la cifra más|el nivel más|el dato más|la tasa más|"
        r"el mayor|el menor|la mayor|la menor|el peor|el mejor|la peor|la mejor)\s",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r",\s+(?:der|die|das|den)\s+(?:niedrigste|höchste|stärkste|schwächste|tiefste|größte|geringste)\w*\s",
        re.IGNORECASE,
    ),
}


# Who else is meant, set apart after a subject: "Critics, including the Tax Foundation,
# (say)", "Varios expertos, entre ellos …, (advierten)", "Mehrere Verbände, darunter …, (warnen)".
_INCLUDING = (
    r",\s+(?i:including|such\s+as|among\s+them|darunter|unter\s+ihnen|entre\s+ellos|entre\s+ellas|"
    r"incluidos?|incluidas?)\s[^,]*"
)
_INCLUDING_ASIDE = re.compile(_INCLUDING + "$")
_INCLUDED_SUBJECT_WORDS = 3  # "Critics", "Several groups", "Some Democratic lawmakers"
_INCLUDED = re.compile(_INCLUDING + r",\s*$")  # right before the verb
_INCLUDED_BEFORE_VERB = re.compile(_INCLUDING + r",(?=\s*\S+\s*$)")  # the verb after it


_SHORT_COUNT = 12  # "Four people died"
_ENGLISH_CARDINALS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty",
)  # fmt: skip
_COUNT = re.compile(
    rf"\d|(?<!\w)(?i:{alternation([*_ENGLISH_CARDINALS, *sorted(set().union(*CARDINAL_KEYS.values()))])})(?!\w)"
)


def _attribution_closing(sentence: str, lang: str) -> _Attribution | None:
    """`_attributed` for an attribution without a name set after a role."""
    comma = sentence.rfind(",")
    close = len(sentence)
    if comma >= 20 and _PARTICIPLE_AFTER.match(sentence, comma):
        comma = sentence.rfind(",", 0, comma)  # "…, said the ministry, citing customs data."
    elif comma >= 20 and (
        (lang in _COMMENT_TAIL and _COMMENT_TAIL[lang].match(sentence, comma))
        or (lang == "de" and _AVAILABLE_TO.fullmatch(sentence, comma))
    ):
        # "…, informó el INDEC, su nivel más bajo desde 2021.": the writer's comment after it;
        # "…, heißt es in einem Papier des Ministeriums, das der dpa vorliegt.": where it lies.
        close, comma = comma, sentence.rfind(",", 0, comma)
    if comma < 20 and not (comma >= _SHORT_COUNT and _COUNT.search(sentence, 0, comma)):
        return None  # "Yes, he said."; a count is a statement however short: "Four people died, police said."
    included = _INCLUDING_ASIDE.search(sentence, 0, comma)
    if (
        included is not None
        and len(sentence[: included.start()].split()) <= _INCLUDED_SUBJECT_WORDS
        and REPORTING[lang].match(sentence[comma + 1 :].lstrip()) is not None
    ):
        return None  # "Critics, including the Tax Foundation, say the study …": the subject, set apart
    tail = sentence[comma + 1 : close].strip().rstrip(".! ")
    if ";" in tail or ":" in tail:
        return None
    if lang == "de":
        so = _SO_NAME.fullmatch(tail)
        if so:  # "…, so Lindner."
            return _Attribution(comma, strip_titles(so.group("name")), None)
        if (source := _impersonal_source(tail)) is not None:  # "…, hieß es in der Mitteilung."
            return _Attribution(comma, source, None)
    if lang == "en" and (owned := _NAMED_DATA_SHOWED.fullmatch(tail)) is not None:
        # "…, CDC data show.", "…, Eurostat figures showed on Friday.": whose data they are.
        return _Attribution(comma, _POSSESSIVE.sub("", owned.group("name")), None)
    reporting = _is_attribution(tail, lang)
    if reporting is None and lang == "en" and (data := _DATA_FROM_SHOWED.fullmatch(tail)) is not None:
        # "…, data from LSEG showed.": the data's source (the noun is not right before the verb).
        return _Attribution(comma, data.group("name"), None)
    if reporting is None and _apposed_after_name(tail, lang):
        # "…, said Yoshiki Shinke, senior executive economist at Dai-ichi Life.": the role
        # after the name, as agency copy sets it without an article; "…, said Jane Smith,
        # 58, a baker.": an age and what she is, up to two such parts.
        end = comma
        for _ in range(2):
            before = sentence.rfind(",", 0, end)
            inner = sentence[before + 1 : end].strip()
            if before < 20:
                break
            if (reporting := _is_attribution(inner, lang)) is not None:
                comma, tail = before, inner
                break
            if not _apposed_after_name(inner, lang):
                break
            end = before
    if reporting is None or _negated(tail[: reporting.start()]):
        return None  # "…, no precisó cuántas …": a refusal, no attribution
    finding = reporting.group().lower() in _FINDING_VERBS
    if _announced_thing(tail[reporting.end() :], lang) and not finding:
        # "Salvador Illa, ha anunciado una inversión.": what was announced, not who ("…, ergab
        # eine Umfrage von Infratest dimap": the survey is who found it).
        return None
    if finding and (found_by := _FOUND_BY.match(tail, reporting.end())) is not None:
        # "…, zeigt eine Auswertung des Portals Immowelt.": the document's author.
        return _Attribution(comma, german_institution(by := without_firm_noun(found_by.group("name"))) or by, reporting)
    if (
        lang == "en"
        and _opens_adverbial(sentence[:comma])
        and (statement := _bare_statement(tail, tail[: reporting.start()], reporting)) is not None
        and first_word(tail[statement:]) not in _ENGLISH_SETTING_OPENERS
    ):
        return None  # "Speaking to reporters, Biden said inflation had fallen …": the opening phrase is no statement
    return _Attribution(comma, _speaker_around(tail, reporting, lang), reporting)


# The document after a German verb of finding, and its author: "(ergab) eine Umfrage von
# Infratest dimap", "(zeigt) eine Auswertung des Portals Immowelt".
_FOUND_BY = re.compile(
    rf"\s+(?:eine|die|der|das|ein|einer)\s+(?:[^\s,;:.]+\s+){{0,3}}?(?:des|der|von)\s+(?:(?:dem|den|der)\s)?"
    rf"(?P<name>{NAME_TOKEN}(?:\s{NAME_TOKEN}){{0,4}})"
)

_DATA_FROM_SHOWED = re.compile(
    rf"(?i:(?:official\s+)?(?:{'|'.join(DATA_NOUNS)}))\s+(?i:from|by|compiled\s+by|published\s+by)\s+"
    rf"(?:(?i:the)\s+)?(?P<name>{_NAME_PHRASE})\s+(?i:showed|shows|show)(?:\s+on\s+\w+day)?"
)


_POSSESSIVE = re.compile(r"['’]s$")
# Whose data speak before the verb ("CDC data show that …", "Eurostat's figures showed"),
# and closing the sentence ("…, CDC data show.").
_DATA_OWNER = re.compile(rf"\s*(?:(?i:the)\s+)?(?P<name>{_SOURCE_NAME_PHRASE}){ITS_DATA}\s*")
_NAMED_DATA_SHOWED = re.compile(
    rf"(?:(?i:the)\s+)?(?P<name>{_SOURCE_NAME_PHRASE}){ITS_DATA}\s+(?i:showed|shows|show)(?:\s+on\s+\w+day)?"
)


def _apposed_after_name(text: str, lang: str) -> bool:
    """Whether `text`, closing a sentence after a name, only says who the person is: a role
    (`_role_after_name`), an age ("58"), or in English a few words after "a"/"an" ("a
    baker", "a retired teacher") with no verb of its own."""
    if _role_after_name(text) or (text.isdigit() and len(text) <= 3):
        return True
    words = text.lower().split()
    return (
        lang == "en"
        and 1 < len(words) <= _ADVERBIAL_WORDS
        and words[0] in ("a", "an")
        and _DIGIT.search(text) is None
        and _FINITE.isdisjoint(words)
        and _RELATIVES.isdisjoint(words)
    )


def _role_after_name(text: str) -> bool:
    """Whether `text`, closing a sentence after a name, only says what the person is: a
    role ("senior executive economist at Dai-ichi Life Research Institute", "jefe de
    análisis de Bankinter") with no verb of its own."""
    words = text.lower().split()
    if not 0 < len(words) <= _ATTRIBUTION_WORDS or not _FINITE.isdisjoint(words) or not _RELATIVES.isdisjoint(words):
        return False
    return _role_before_name(" ".join(words[:4]))


# A single capitalised word right before or right after the reporting verb.
_NAME_LAST = re.compile(rf"(?<![@#\w-])({NAME_TOKEN})\s*$")  # not "Jährige" of "Der 67-Jährige"
_NAME_AND_OTHERS = re.compile(
    rf"\s*({NAME_TOKEN})\s+(?:and|und|y|e)\s+"
    r"(?:his|her|their|two|three|four|several|other|otros|otras|sus|dos|tres|cuatro|varios|varias|"
    r"seine|ihre|zwei|drei|vier|weitere|mehrere|andere)\s[^,;:]*"
)
_NAME_FIRST = re.compile(rf"\s*(?:[lL]['’])?({NAME_TOKEN})")  # "ha detto l'Istat", "a déclaré l'Insee"


# A discourse aside between the speaker and the verb: "Feijóo, por su parte, ha replicado
# que …", "The ministry, for its part, said …", "Lindner wiederum sagte, …" needs no commas.
_ASIDE = re.compile(
    r",\s+(?:por\s+su\s+parte|a\s+su\s+vez|por\s+otro\s+lado|en\s+cambio|sin\s+embargo|no\s+obstante|"
    r"for\s+(?:his|her|its|their)\s+part|in\s+turn|however|meanwhile|seinerseits|ihrerseits|"
    r"jedoch|allerdings|dagegen|hingegen|wiederum)\s*,\s*",
    re.IGNORECASE,
)


# The same adverbs without commas, right before the verb: "Die Union wiederum sagte, …".
_ASIDE_BEFORE_VERB = re.compile(
    r"\s(?:wiederum|seinerseits|ihrerseits|jedoch|allerdings|dagegen|hingegen|however|meanwhile)\s*$", re.IGNORECASE
)


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group())


# Who leads the subject, set apart right before the verb: "El Gobierno, presidido por Pedro
# Sánchez, (sostiene)", "The coalition, led by Saudi Arabia, (said)". The subject speaks, not
# the name in the aside (a document's author does: "The figures, published by the ONS, showed").
_LED_BY_ASIDE = re.compile(
    r",\s+(?:(?:presidid|dirigid|liderad|encabezad|gobernad)[oa]s?\s+por|(?:led|run|headed|chaired)\s+by)"
    r"\s[^,;:]{1,80},\s*$"
)


def _without_aside(before: str) -> str:
    """`before` with a discourse aside (`_ASIDE`, `_ASIDE_BEFORE_VERB`), who else is meant
    (`_INCLUDED`: "Critics, including the Tax Foundation, (say)") or who leads the subject
    (`_LED_BY_ASIDE`) blanked, its length kept."""
    if ", " in before:
        before = _LED_BY_ASIDE.sub(_blank, _INCLUDED.sub(_blank, _ASIDE.sub(_blank, before)))
    return _ASIDE_BEFORE_VERB.sub(_blank, before) if before[-1:].isspace() else before


# A document and its author set apart before the verb: "El informe, elaborado por la Airef,
# (concluye)", "The figures, published by the ONS on Tuesday, (showed)".
_PUBLISHED_BY_AUTHOR = ("published", "released", "issued", "compiled", "presented")  # what its author did to a document
_DOCUMENT_BY = re.compile(
    r"\s*(?:(?i:el|la|los|las|the|an?|un|una)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?i:informe|estudio|documento|análisis|encuesta|datos|cifras|report|study|survey|analysis|figures|data)"
    rf"\s*,\s+(?i:elaborad[oa]s?|realizad[oa]s?|publicad[oa]s?|presentad[oa]s?|{'|'.join(_PUBLISHED_BY_AUTHOR)})"
    r"\s+(?i:por|by)\s+(?:(?i:el|la|los|las|the)\s+)?"
    rf"(?P<name>{NAME_TOKEN}(?:\s{PARTICLES}?{NAME_TOKEN}){{0,5}})[^,;]*,\s*"
)


def _speaker_around(clause: str, reporting: re.Match[str], lang: str) -> str:
    """The name in an attribution: before its verb ("Pedro Sánchez told"), after it
    ("sagte Finanzminister Christian Lindner", "dijo el presidente Pedro Sánchez"), or a
    single name right beside the verb ("Lindner sagte", "dijo Sánchez"); else a
    description ("the statistics office said"). A name that closes a description after a
    genitive link is not who spoke: "el presidente del Banco de España", "der Präsident
    der Bundesbank" did."""
    before, after = _without_aside(clause[: reporting.start()]), clause[reporting.end() :]
    if lang == "de":
        after = _without_addressee(after)
    elif lang == "en" and before.strip() and reporting.group().lower() in _TOLD:
        after = ""  # "…, local officials told Reuters on Sunday": whom they told
    if "," in before and (author := _DOCUMENT_BY.fullmatch(before)) is not None:
        return author.group("name")  # "El informe, elaborado por la Airef, (concluye)": its author
    if lang == "de" and (aged := _AGED.fullmatch(before) or _AGED.match(after)) is not None:
        return "sie" if aged.group(1).lower() == "die" else "er"  # "Der 67-Jährige sagte": the one named before
    if lang == "en" and (by_age := _aged(before)):
        return by_age  # "The 51-year-old said that …": the person named before
    if lang == "de" and first_word(before) in _GERMAN_PREPOSITIONS:
        # "Nach dem Treffen sagte Powell": the verb second after a phrase, so who spoke follows
        # it; the phrase names nobody who spoke ("Im Interview sagte sie").
        return _named_or_described("", after, lang) or _anaphor("", after, reporting, lang)
    if lang == "de" and (group := _german_group(before if before.strip() else after.rstrip(" .!"), reporting)):
        return group  # "Klimaforscher rechnen damit, dass …": forscher is a role, here a plural one
    if lang == "de" and (subject := _subject_after_verb(before, after)):
        return subject  # "Die Kosten bezifferte das Ministerium auf …": the ministry
    if employer := _employer(before):
        return employer  # "Ökonomen bei der Deutschen Bank sagten": no setting, where they work
    if lang == "en" and (owner := _DATA_OWNER.fullmatch(before)) is not None:
        return _POSSESSIVE.sub("", owner.group("name"))  # "CDC data show that …": the data's owner
    if lang == "de" and (setting := _without_setting(before)) != before:
        # First without a time or place before the verb; if that names nobody, with it.
        found = _named_or_described(setting, after, lang)
        if found:
            return found
    return _named_or_described(before, after, lang) or _anaphor(before, after, reporting, lang)


def _german_group(before: str, reporting: re.Match[str]) -> str:
    """A German role that is its own plural ("Forscher", "Politiker", "Wissenschaftler"),
    named bare before a plural verb: a group ("Klimaforscher rechnen damit, dass …",
    "Wissenschaftler sagten, …"). A role alone before a singular verb names nobody."""
    words = before.split()
    if not words or len(words) > 2 or (len(words) == 2 and words[0].lower() not in _GERMAN_QUANTIFIERS):
        return ""
    noun = words[-1]
    if not (noun[:1].isupper() and noun.endswith("er") and is_title(noun)):
        return ""
    return " ".join(words) if reporting.group().split()[0].lower().endswith("en") else ""


# German puts the object before the verb as often as the subject: "Den Schaden bezifferte
# die Polizei auf 10.000 Euro", "Die Kosten bezifferte das Ministerium auf 30 Milliarden".
# The accusative ("Den", "Einen") says so; else the phrase after the verb must be an
# institution or a person's role while the one before it is neither.
_GERMAN_OBJECT_FIRST = re.compile(r"\s*(?:Den|Einen)\s")
_GERMAN_OBJECT_ARTICLES = frozenset(["der", "die", "das", "den", "ein", "eine", "einen"])
_GERMAN_SUBJECT_AFTER = re.compile(
    r"\s*(?P<subject>(?:der|die|das|ein|eine)\s+(?:[a-zäöü]+e[nrs]?\s+)?[A-ZÄÖÜ][\w-]*)(?=[\s,.]|$)"
)


def _speaks(phrase: str) -> bool:
    """Whether a German phrase names an institution or a person by role ("das Ministerium",
    "die Polizei", "der Sprecher")."""
    return german_institution(phrase) is not None or any(
        word.lower() in PERSON_WORDS or is_title(word) for word in phrase.split()[1:]
    )


def _subject_after_verb(before: str, after: str) -> str:
    """The subject after a German reporting verb whose object stands before it (above), or ""."""
    if first_word(before) not in _GERMAN_OBJECT_ARTICLES:
        return ""  # a name before the verb ("Lindner bezifferte …") is its subject
    subject = _GERMAN_SUBJECT_AFTER.match(after)
    if subject is None:
        return ""
    phrase = subject.group("subject")
    if _GERMAN_OBJECT_FIRST.match(before) or (_speaks(phrase) and not _speaks(before.strip())):
        return phrase
    return ""


# Prepositions opening a German sentence's first phrase: "Nach dem Treffen", "Im Interview",
# "Bei der Vorstellung". ("Von" is left out: it opens names, "Von der Leyen sagte".)
_GERMAN_PREPOSITIONS = frozenset(
    [
        "nach",
        "vor",
        "bei",
        "beim",
        "in",
        "im",
        "am",
        "an",
        "auf",
        "aus",
        "mit",
        "seit",
        "während",
        "wegen",
        "trotz",
        "über",
        "unter",
        "zum",
        "zur",
        "vom",
        "gegenüber",
        "angesichts",
    ]
)


# "The company, which employs 12,000 people, said": who spoke, then a relative clause.
_RELATIVE_AFTER_SUBJECT = re.compile(
    # A description may open it: "Governor Mike DeWine, a Republican who opposed the measure, (said)".
    r"(?P<subject>[^,]+),\s+(?:(?i:a|an|the)\s+[^,]{1,40}?\s+)?"
    r"(?i:which|who|whose|que|quien|quienes|die|der|das|welche|welcher|qui)\s.+,\s*"
)


# Who leads the subject, between it and the verb: "La institución que dirige José Luis
# Escrivá (prevé)", "The agency led by Lina Khan (said)": the institution spoke.
_LED_BY = re.compile(
    r"(?P<subject>(?i:el|la|the)\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?)\s+"
    r"(?:que\s+(?:dirige|preside|encabeza|lidera|dirigía|presidía|encabezaba|lideraba)|"
    rf"(?:led|headed|run|chaired)\s+by)\s+{_NAME_PHRASE}\s*"
)


def _without_relative(before: str) -> str:
    relative = _RELATIVE_AFTER_SUBJECT.fullmatch(before) or _LED_BY.fullmatch(before)
    return relative.group("subject") + " " if relative else before


# Auxiliaries of the perfect before the verb: "The minister has (said)", "Lindner hat (gesagt)".
_AUXILIARIES = frozenset(["has", "have", "had", "hat", "haben", "hatte", "hatten"])


def _without_auxiliary(before: str, *, adverbs_alone: bool = False) -> str:
    """`before` without the perfect auxiliary and speech adverbs right before the verb:
    "The minister has also (said)" -> "The minister ". Adverbs alone ("Powell also
    (said)") only with `adverbs_alone`: after a clause's own words they are not always the
    subject's ("… was der Makler da sagt")."""
    words = before.split()
    kept = len(words)
    while kept and (
        words[kept - 1].lower() in SPEECH_ADVERBS
        or words[kept - 1].lower() in _AUXILIARIES
        or (adverbs_alone and _manner_adverb(words[kept - 1]))
    ):
        kept -= 1
    if kept == len(words) or not (adverbs_alone or any(word.lower() in _AUXILIARIES for word in words[kept:])):
        return before
    return " ".join(words[:kept]) + " "


# Words in "-ly" that are nouns or adjectives before a verb: "the family said", "a close ally said".
_NOT_MANNER = frozenset(["family", "ally", "assembly", "daily", "weekly", "monthly", "quarterly", "rally", "only"])


def _manner_adverb(word: str) -> bool:
    """An English adverb of manner before the verb, in lower case: "Biden falsely (said)",
    "Trump wrongly (claimed)", "The minister publicly (stated)"."""
    return word.endswith("ly") and len(word) > 4 and word.islower() and word not in _NOT_MANNER


# "Warren went to Wall Street and said …": in a clause coordinated with the reporting verb,
# a name after a preposition is where the speaker went or spoke, not who spoke.
_PLACE_BEFORE_AND = re.compile(
    rf"\s(?:to|in|at|into|from|on)\s+{NAME_TOKEN}(?:\s{PARTICLES}?{NAME_TOKEN})*(?:(?!\sand\s)[^,])*\sand\s*$"
)
_OPENING_NAME = re.compile(rf"\s*({NAME_TOKEN})\s+[a-z]")


def _coordinated_speaker(before: str) -> str | None:
    """Who spoke when `before` is "<someone> <verb> to <a place> and" (None when it is not):
    the single name opening it ("Warren"), or nobody ("The senator flew to New York and")."""
    if not before.rstrip().endswith(" and") or _PLACE_BEFORE_AND.search(before) is None:
        return None
    opening = _OPENING_NAME.match(before)
    if opening is None:
        return ""
    name = opening.group(1)
    return "" if name.lower() in NOT_NAMES or _is_pronoun(name.lower()) else name


# Who speaks for whom: "A spokesman for Amazon", "a spokeswoman for the ministry", "A
# representative of the company": the organisation is the speaker.
_SPOKESPERSON_FOR = re.compile(
    r"\s*(?:a|an|the)\s+(?:[a-z]+\s+)?(?:spokesman|spokeswoman|spokesperson|spokespeople|representative|"
    r"representatives|press officer)\s+(?:for|of|at)\s+(?P<organisation>.+?)\s*",
    re.IGNORECASE,
)
_ORGANISATION_NAME = re.compile(rf"(?:the\s+)?(?P<name>{_NAME_PHRASE})")


_STAFF_AT = re.compile(rf"{STAFF_NOUNS}(?P<name>{_NAME_PHRASE})(?![\w'’-])")


# Sources a report does not name: "Two people familiar with the matter", "sources briefed on
# the talks", "officials with knowledge of the plans". Who they are is all a reviewer gets.
_UNNAMED_SOURCES = re.compile(
    r"(?i:(?:two|three|four|several|some|many|other)\s+)?(?i:people|persons|sources|officials|insiders)\s+"
    r"(?i:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|involved\s+in)"
    r"(?:\s+[\w'’-]+){1,4}"
)


def _unnamed_sources(subject: str) -> str:
    """The subject when it is sources a report does not name (`_UNNAMED_SOURCES`), else ""."""
    stripped = subject.strip()
    return stripped if _UNNAMED_SOURCES.fullmatch(stripped) else ""


def _employer(subject: str) -> str:
    """Who speaks when the subject is staff at an organisation ("Analysts at Barclays" is
    "Barclays"); "" when it is not."""
    staff = _STAFF_AT.fullmatch(subject.strip())
    return staff.group("name") if staff else ""


def _spoken_for(subject: str) -> str:
    """The organisation a spokesperson speaks for ("A spokesman for Amazon" is "Amazon",
    "a spokeswoman for the ministry" is "the ministry"); "" when the subject is none."""
    spokesperson = _SPOKESPERSON_FOR.fullmatch(subject)
    if spokesperson is None:
        return ""
    organisation = spokesperson.group("organisation")
    named = _ORGANISATION_NAME.fullmatch(organisation)
    return strip_titles(named.group("name")) if named else _described(organisation + " ", "", "en")


# What spreads a claim, as the subject of a relative clause whose verb reports, at the end
# of what stands before the verb: "Circula en redes sociales un mensaje que (asegura que …)",
# "There is a viral post that (claims that …)". Only such carriers: "Romney has a
# perspective that says …" is Romney's.
_CARRIERS = {
    "es": "mensaje|mensajes|vídeo|vídeos|video|publicación|publicaciones|post|tuit|tuits|bulo|cadena|audio|"
    "imagen|texto",
    "en": "post|posts|video|videos|message|messages|meme|memes|tweet|tweets|image|email|e-mail|chain letter|claim",
}
_RELATIVE_SUBJECT = {
    "es": re.compile(
        rf"(?<!\w)(?P<who>(?:un|una|el|la|los|las|unos|unas)\s+(?:[^\W\d_]+\s+)?(?:{_CARRIERS['es']})"
        r"(?:\s+viral(?:es)?)?)\s+que\s*$"
    ),
    "en": re.compile(rf"(?<!\w)(?P<who>(?:a|an|the)\s+(?:[^\W\d_]+\s+)?(?:{_CARRIERS['en']}))\s+(?:that|which)\s*$"),
}


# A carrier of claims opening the words before the verb, whatever follows it: "A post shared
# thousands of times on Facebook (claims)", "Un vídeo difundido en TikTok (asegura)".
_CARRIER_SUBJECT = {
    lang: re.compile(rf"\s*(?P<who>(?i:{articles})\s+(?:[^\W\d_]+\s+)?(?:{_CARRIERS[lang]})(?:\s+viral(?:es)?)?)(?!\w)")
    for lang, articles in (("en", "a|an|the"), ("es", "un|una|el|la"))
}


# Whom a Spanish statement was made to, between the verb and who made it: "(relató) a este
# periódico una vecina de Marrakech", "(explicó) a EFE el alcalde", "(dijo) a los
# periodistas la ministra", "(ha explicado) a Maldita.es un portavoz". Who spoke follows it.
# A name as addressee ends where an article opens the speaker ("a Europa Press el alcalde")
# or, before a name, after its first word ("a EFE Juan Pérez").
_SPANISH_ADDRESSEE = re.compile(
    r"\s*a\s+(?:(?:(?:este|esta)\s+(?:periódico|diario|medio|cadena|emisora|redacción|agencia|programa)|"
    r"(?:la|los|las)\s+(?:agencia|cadena|emisora|prensa|periodistas|medios|reporteros)"
    rf"(?:\s+{_NAME_PHRASE})?|{_NAME_PHRASE}(?:\.[a-z]{{2,4}})?)\s+(?=(?:el|la|los|las|un|una|unos|unas)\s)|"
    rf"{NAME_TOKEN}\s+(?={NAME_TOKEN}))"
)


# Whom a German statement was told, after who told it: "(sagte) Lindner dem „Handelsblatt“",
# "(sagte) die Ministerin der „Süddeutschen Zeitung“", "(sagte) ein Sprecher der Bundesbank
# der Deutschen Presse-Agentur", "(sagte) Lindner den Zeitungen der Funke-Mediengruppe". After a
# name or a noun, "dem" and "den" are datives; "der" is a genitive too ("der Sprecher der
# Deutschen Bank"), so only a medium after it is an addressee, in quotation marks when its
# title is a common word ("der „Welt“", not "der reichste Mann der Welt"), and not after a
# journalist's role ("der Chefredakteur der „Zeit“" is the paper's).
_GERMAN_MEDIA_WORDS = r"[\w-]*(?:zeitung|zeitungen|agentur|mediengruppe)|dpa|AFP|ARD|ZDF|RND"
_GERMAN_TITLE_WORDS = (
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_GERMAN_MEDIA_WORDS}|[\w-]*(?:post|presse|rundschau|allgemeinen|welt|zeit|bild|"
    r"nachrichten|spiegel|blatt|kurier|anzeiger|magazin|sonntag))"
)
_GERMAN_ADDRESSEE = re.compile(
    rf"(?<=[\w“”\")])\s+(?:(?:dem|den)\s+(?=[„“\"»A-ZÄÖÜ])|der\s+(?=[„“\"»](?i:{_GERMAN_TITLE_WORDS})[“”\"«]|"
    rf"(?:[A-ZÄÖÜ][\w-]*\s+){{0,2}}(?i:{_GERMAN_MEDIA_WORDS})(?![\w-])))"
)
_ROLE_ENDING = re.compile(r"(?:in|innen|en)$")  # "Chefredakteurin", "Journalisten"


def _without_addressee(after: str) -> str:
    """`after` (the words after a German reporting verb) up to whom the statement was told
    (`_GERMAN_ADDRESSEE`), when someone who told it stands before that."""
    found = _GERMAN_ADDRESSEE.search(after)
    if found is None or not after[: found.start()].strip():
        return after
    if found.group().split()[0] == "der":
        role = _ROLE_ENDING.sub("", after[: found.start()].split()[-1].lower())
        if role.endswith(PRESS_ROLES):
            return after  # "der Chefredakteur der „Zeit“": the paper's own
    return after[: found.start()]


_PUBLISHED_BY_NAME = re.compile(
    rf"(?i:a|an|the)\s+(?:(?i:new|latest|recent|annual)\s+)?(?P<name>{_NAME_PHRASE})\s+"
    r"(?i:poll|survey|study|analysis|index)"
)


def _named_or_described(before: str, after: str, lang: str) -> str:
    if lang == "es" and not before.strip() and (addressee := _SPANISH_ADDRESSEE.match(after)):
        after = after[addressee.end() :]
    if (
        before.rstrip().endswith((" que", " that", " which"))
        and (relative := _RELATIVE_SUBJECT.get(lang)) is not None
        and (who := relative.search(before)) is not None
    ):
        before = who.group("who") + " "  # "Circula en redes un mensaje que (asegura)": the message
    # "Trump, who was president from 2017 to 2021, has (claimed)": the auxiliary first, then the relative clause.
    # An English speech adverb alone goes too: "The government also (reported)".
    before = _without_auxiliary(_without_relative(_without_auxiliary(before, adverbs_alone=lang == "en")))
    if lang == "en" and (comma := before.rfind(",")) > 0:
        # "In a post on Truth Social, Trump (wrote)": the subject after the opening phrase
        # spoke, not a name inside the phrase.
        subject = before[comma + 1 :]
        if subject.strip() and len(subject.split()) <= _SUBJECT_WORDS and _opens_adverbial(before[:comma]):
            before = subject
    if lang == "en" and (coordinated := _coordinated_speaker(before)) is not None:
        return coordinated
    if organisation_description(before):
        return before.strip()  # "Das Unternehmen (teilte mit)": resolved as "it" is, not "Unternehmen"
    if (carrier := _CARRIER_SUBJECT.get(lang)) is not None and (found := carrier.match(before)) is not None:
        # "A post shared thousands of times on Facebook (falsely claims)": the post, not Facebook.
        return found.group("who")
    if lang == "en" and (organisation := _spoken_for(before if before.strip() else after.split(",", 1)[0])):
        return organisation  # "A spokesman for Amazon said", "…, said a spokeswoman for the ministry."
    if lang == "en" and (sources := _unnamed_sources(before)):
        return sources  # "People familiar with the plans said that …": no name inside is theirs
    role_named = _ROLE_THEN_NAME.fullmatch(after.strip().rstrip(".!")) if not before.strip() else None
    if role_named is not None and _role_before_name(role_named.group("role")):
        # "…, sagte der Chefvolkswirt der VP Bank, Thomas Gitzel.": the person, not the bank
        return strip_titles(role_named.group("name"))
    described = _described(before, after, lang)
    # English puts who spoke after the verb only right after it ("said Kate Barker"); a name
    # in a phrase after it is where or how it was said: "The company said in a filing with
    # the Securities and Exchange Commission that …" was said by the company.
    # German: with a subject before the verb, a name after it is whom it was said to ("Ein
    # Sprecher des Ministeriums sagte der Deutschen Presse-Agentur, …").
    skip_after = (lang == "en" and first_word(after) in _ENGLISH_SETTING_OPENERS) or (
        lang == "de" and bool(described) and bool(before.strip())
    )
    after_name = "" if skip_after else _named_after(after)
    if lang == "de" and described and (institution := german_institution(described)) and " " in institution:
        # "Das Institut der deutschen Wirtschaft (geht davon aus)": the institute, whose name
        # ends in a capitalised noun that is no name of its own ("Wirtschaft").
        return institution
    named = _named_before(before, lang) or after_name or _name_beside(before, after, lang)
    if named and not _closes_description(described, named, lang):
        return named
    # "informó el INE", "teilte die EZB mit": the acronym is the name; "…, a Gallup poll
    # found": its publisher, as "according to a Gallup poll" names it.
    published = _PUBLISHED_BY_NAME.fullmatch(described) if described else None
    return published.group("name") if published else bare_acronym(described) or described


# Where something was said, between the verb and a name: "(dijo) el ministro en el Congreso
# de los Diputados", "(declaró) su abogado a las puertas del Tribunal Supremo", "(said) his
# lawyer outside the Supreme Court".
_PLACE_WORDS = frozenset(
    [*(LOCATIVES - {"at", "bei"}), "durante", "tras", "ante", "during", "after", "outside", "inside", "puertas", "vor"]
)


def _set_apart(after: str, name: str) -> bool:
    """Whether `name`, found after the reporting verb, is where it was said: a place word
    between it and a few lower-case words opening `after` (someone described, or whom
    they told: "el ministro en el Congreso", "reporters outside the Supreme Court")."""
    words = after[: max(0, after.find(name))].split()
    if not 2 <= len(words) <= _DESCRIPTION_WORDS or not (words[0].isalpha() and words[0].islower()):
        return False
    return any(word.lower() in _PLACE_WORDS for word in words[1:])


_ENGLISH_SETTING_OPENERS = frozenset(
    ["in", "at", "on", "with", "to", "during", "after", "before", "from", "for", "by", "about", "through", "via"]
)
# After the verb, a role, then the person's name after a comma: "(sagte) der Chefvolkswirt
# der VP Bank, Thomas Gitzel", "(said) the bank's chief economist, Jane Doe, …".
_ROLE_THEN_NAME = re.compile(
    rf"(?P<role>[^,;:]{{3,80}}),\s+(?P<name>{NAME_TOKEN}(?:\s{PARTICLES}?{NAME_TOKEN}){{1,3}})(?:,.*)?", re.DOTALL
)


# A time and a place after who spoke: "am Montag in Berlin".
_SETTING_WORDS = 5


def _without_setting(before: str) -> str:
    """`before` without a time or place after who spoke, where German puts the verb last:
    "Wie Lindner am Montag (sagte)", "Wie das Bundesamt gestern (mitteilte)", "wie der
    Konzern am Montag in Berlin (mitteilte)". Not in English, where the place names the
    employer ("Analysts at JPMorgan said"), nor in Spanish, where "en" also opens a role
    ("La ministra en funciones Montero")."""
    words = before.split()
    # After "wie" who spoke comes first, then when and where, however long: "wie das
    # Ifo-Institut am Montag zu seiner Umfrage unter rund 9000 Managern (mitteilte)".
    first = 1 if words and words[0].lower() == "wie" else max(1, len(words) - _SETTING_WORDS)
    for i in range(first, len(words)):
        if words[i].lower() in _DESCRIPTION_ENDS:
            return " ".join(words[:i]) + " "
    return before


# "Apple, the world's most valuable company, said": the name before an apposition.
_APPOSED = re.compile(rf"\s*(?P<name>(?:[A-Z][a-z]{{1,3}}\.\s+)?{_NAME_PHRASE}),\s+(?P<apposition>[^,]+),\s*")


# "The senator, a Democrat from Ohio, said": a description before the apposition.
_DESCRIPTION_APPOSED = re.compile(r"\s*(?P<name>[^,]+),\s+(?P<apposition>[^,]+),\s*")


def _named_after(after: str) -> str:
    """The name after the reporting verb ("dijo el presidente Pedro Sánchez"), unless a
    preposition puts it where or to whom it was said: right before it ("en Onda Cero"), or
    after someone described ("el ministro en el Congreso", `_set_apart`)."""
    name = find_speaker(after)
    at = after.find(name) if name else -1
    before = WORD_BEFORE.search(after, 0, at) if at > 0 else None
    if before is not None and before.group(1).lower() in _SETTING_BEFORE_NAME:
        return ""
    if (
        before is not None
        and before.group(1).lower() in ARTICLES
        and (prior := WORD_BEFORE.search(after, 0, before.start())) is not None
        and prior.group(1).lower() in _SETTING_BEFORE_NAME - _EMPLOYED_AT
    ):
        return ""  # "(ha afirmado la ministra) en la Cadena SER"; not "bei der Deutschen Bank", her employer
    return "" if name and _set_apart(after, name) else name


def _named_before(before: str, lang: str) -> str:
    """The name before the reporting verb: the one before an apposition first, since a name
    inside it did not speak ("Biden, speaking at the White House, said"); in English, a
    name after "in" with who is there ("Police in New York said")."""
    located = _COLLECTIVE_IN_PLACE.fullmatch(before) if lang == "en" else None
    if located is not None and located.group("noun").lower() in _COLLECTIVES:  # "Officials in Kyiv (said)"
        return located.group("who")
    named = _apposed(before, lang) or find_speaker(before)
    if named and lang == "en":
        return _located(before, named) or named
    return named


# Who spoke, named by where they are: "Officials in Kyiv", "Health officials in Gaza".
_COLLECTIVE_IN_PLACE = re.compile(rf"\s*(?P<who>(?:[A-Za-z]+\s+)?(?P<noun>[A-Za-z]+)\s+in\s+{_NAME_PHRASE})\s*")


def _located(before: str, name: str) -> str:
    """Who spoke when the name is only where they are: "Police in New York (said)" gives
    "Police in New York", not "New York"; "" when `before` is not "<a few words> in <name>"."""
    head, found, rest = before.strip().rpartition(f" in {name}")
    if not found or rest.strip() or not 0 < len(head.split()) <= 3:
        return ""
    return "" if first_word(head) in NOT_NAMES - ARTICLES else f"{head} in {name}"


def _apposed(before: str, lang: str) -> str:
    match = _APPOSED.fullmatch(before)
    named = match is not None and first_word(match.group("name")) not in NOT_NAMES
    if not named:
        match = _DESCRIPTION_APPOSED.fullmatch(before)
    if match is None:
        return ""
    if not _is_apposition(match.group("apposition").split()):
        return ""
    return strip_titles(match.group("name")) if named else _described(match.group("name"), "", lang)


def _closes_description(described: str, name: str, lang: str) -> bool:
    """`name` ends `described` right after a genitive link ("del Banco de España"), or in
    German after the adjectives of a noun ("Die israelische Armee", not "Armee")."""
    if not described.endswith(name):
        return False
    words = described[: -len(name)].split()
    if words and words[-1].lower() in ("l'", "l’"):  # "le ministre de l'Économie"
        words.pop()
    if words and words[-1].lower().replace("’", "'") in ("dell'", "d'"):
        return True  # "il ministro dell'Economia", "la ministre d'État"
    if lang == "de" and len(words) >= 2 and words[0].lower() in ARTICLES and all(w.islower() for w in words[1:]):
        return " " not in name and not name.isupper()  # a noun, not "die Gewerkschaft EVG"
    if lang == "de" and len(words) == 1 and words[0].lower() in _GROUP_DETERMINERS:
        return " " not in name  # "beide Seiten", "mehrere Verbände": all of them, not "Seiten"
    return bool(words) and words[-1].lower() in _GENITIVE


# A surname with its particle, capitalised as the sentence's first words: "Von der Leyen
# sagte", "De Guindos dijo" (lower case inside a sentence, where `NAME` reads them).
_PARTICLE_NAME = re.compile(rf"(?:Von der|Van der|Van den|Von|Van|De la|Del|De)\s{NAME_TOKEN}")


# Acronyms of speakers whose letters spell a function word: the World Health Organization,
# the United States. Written in capitals they are never the word.
_ACRONYMS_SPELLING_WORDS = frozenset(["WHO", "US"])
# Surnames that spell a function word of another language ("Julie Su", "Le Thi Hoa", "Ann
# Lo"): after a given name they are the name, and in English before a reporting verb too
# ("Su said"), where Spanish "Lo dijo", "Le dijo" are pronouns.
_SURNAMES_SPELLING_WORDS = frozenset(["Su", "Le", "Lo", "An", "Ha"])


def _name_beside(before: str, after: str, lang: str) -> str:
    """A single capitalised word right before or right after the reporting verb, unless it
    is a function word, a day or month, a title or a pronoun: "Lindner sagte", "dijo Sánchez",
    "Dazu sagte Lindner" (an adverb before the verb, the name after it); or all that stands
    before the verb, when it is a surname with its particle ("Von der Leyen sagte")."""
    if particle := _PARTICLE_NAME.fullmatch(before.strip()):
        return particle.group()
    # "Warren and two other Democrats (wrote)", "Díaz y otros dos ministros", "Habeck und
    # zwei weitere Minister": the one named, not the last word of the group with them.
    last = _NAME_AND_OTHERS.fullmatch(before) or _NAME_LAST.search(before)
    place = WORD_BEFORE.search(before, 0, last.start()) if last is not None else None
    # "Merkel in Berlin (said)": where she was, not who; "Analysts at JPMorgan": their employer.
    if place is not None and place.group(1).lower() in LOCATIVES - _EMPLOYED_AT:
        last = _NAME_LAST.search(before, 0, place.start())
    for beside in (last, _NAME_FIRST.match(after)):
        if beside:
            if beside.group(1) in _ACRONYMS_SPELLING_WORDS or (
                lang == "en" and beside.group(1) in _SURNAMES_SPELLING_WORDS
            ):
                return beside.group(1)
            word = beside.group(1).lower()
            if (
                word not in NOT_NAMES
                and word not in _NOT_SPEAKERS
                and not is_title(word)
                and not _is_pronoun(word)
                and word not in ROLE_ACRONYMS  # "the CEO (said)": a role, described below
            ):
                return beside.group(1)
    return ""


# What opens an apposition: an article ("Apple, the world's most valuable company, said"),
# or a participle of where or how someone spoke ("Biden, speaking at the White House, said").
_APPOSITION_OPENERS = ARTICLES | frozenset(
    ["speaking", "writing", "addressing", "responding", "testifying", "appearing", "visiting", "led", "headed"]
)


def _is_apposition(words: list[str]) -> bool:
    """Whether the words between two commas describe the name before them: a few words
    opened by an article or such a participle."""
    if (len(words) == 1 and words[0].isdigit() and len(words[0]) <= 3) or (
        len(words) == 3 and words[0] == "de" and words[1].isdigit() and words[2] == "años"
    ):
        return True  # an age: "Smith, 52, said", "Sánchez, de 52 años, dijo"
    return 0 < len(words) <= _ADVERBIAL_WORDS and (
        words[0].lower() in _APPOSITION_OPENERS
        or (len(words) > 1 and words[0][:1].isupper() and words[0].endswith(("'s", "’s")))  # "Europe's biggest bank"
    )


_LEADS = frozenset(["as", "wie", "como", "comme", "según"])
_DESCRIPTION_ENDS = frozenset(
    [
        "on",
        "in",
        "at",
        "for",
        "to",
        "during",
        "after",
        "before",
        "yesterday",
        "today",
        "last",
        "this",
        "am",
        "im",
        "an",
        "in",
        "auf",
        "bei",
        "gegenüber",
        "vor",
        "nach",
        "mit",
        "heute",
        "gestern",
        "zuletzt",
        "en",
        "ante",
        "durante",
        "tras",
        "este",
        "esta",
        "ayer",
        "hoy",
        "a",
        "al",
        "à",
        "au",
        "aux",
        "devant",
        "lors",
        "hier",
        "outside",
        "inside",
    ]
)
_DESCRIPTION_WORDS = 6
# Someone described by whose they are: "(declaró) su abogado", "his lawyer (said)".
_POSSESSIVE_DETERMINERS = frozenset(["his", "her", "their", "su", "sus", "sein", "seine", "ihr", "ihre"])


def _possessor(word: str, lang: str) -> bool:
    """An English name in the possessive opening a description: "Israel's military", "China's
    foreign ministry", "Germany's statistics office"."""
    if lang != "en" or not word[:1].isupper() or not word.endswith(("'s", "’s")) or len(word) <= 3:
        return False
    stem = word[:-2].lower()  # not a contraction: "It's", "That's", "There's", "Let's"
    return not (stem in NOT_NAMES or _is_pronoun(stem) or stem in _CONTRACTED)


_CONTRACTED = frozenset(["it", "that", "there", "here", "what", "who", "where", "how", "when", "let", "he", "she"])


def _someone_of(words: list[str]) -> bool:
    """Whether `words` describe a person by whose they are ("su abogado", "his lawyer"), not
    a document of theirs ("His own analysis (says)", "their latest report")."""
    return words[0].lower() in _POSSESSIVE_DETERMINERS and not any(
        word.lower() in ("own", *DOCUMENTS, *COURT_DOCUMENTS, *DATA_NOUNS) for word in words[1:]
    )


# Inside a description only nouns, adjectives and genitive links ("of", "des", "de"):
# another function word, an adverb ("just", "accurately") or any punctuation means the
# words before the verb are not simply who spoke.
_GENITIVE = frozenset(["of", "des", "der", "de", "del", "du", "della", "dei", "degli", "delle"])
_NOT_IN_DESCRIPTION = (NOT_NAMES - _GENITIVE) | frozenset(["just", "also", "already", "now", "then", "still", "again"])
_DESCRIPTION_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BRACKETED_ACRONYM = re.compile(r"\([A-ZÄÖÜÁÉÍÓÚÑ]{2,8}\)")


# An opening adverbial before who spoke: "However, the minister said", "In an interview on
# Tuesday, the minister said", "Por su parte, el ministro dijo", "Sin embargo, …".
_ADVERBIAL_OPENERS = (
    SPEECH_ADVERBS
    | _DESCRIPTION_ENDS
    | frozenset(["after", "despite", "following", "asked", "speaking", "when", "while"])
    | frozenset(["trotz", "por", "sin", "con", "pese", "no"])
)
_ADVERBIAL_WORDS = 8
# A German separable verb's particle after who spoke ends the description, as "mit" does:
# "…, räumte der Minister ein.", "…, fügte Lutz hinzu." (an article elsewhere: "wie ein
# Sprecher am Montag sagte").
_VERB_PARTICLES = frozenset(["ein", "hinzu"])


def _opens_adverbial(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _ADVERBIAL_WORDS and words[0].lower() in _ADVERBIAL_OPENERS


# Prepositions before an occasion or a place after the verb. Not German, whose speaker
# often follows them ("sagte bei einer Pressekonferenz Finanzminister Lindner").
_SETTING_PREPOSITIONS = frozenset(["durante", "en", "tras", "ante", "during", "in", "at", "after"])


def _after_time(words: list[str]) -> list[str]:
    """`words` from the article after a time that opens them: "(informó) este jueves el
    INE" -> "el INE", "(said) on Friday the office" -> "the office"."""
    for i, word in enumerate(words[:4]):
        lowered = word.lower().strip(",.")
        if lowered in _SETTING_PREPOSITIONS and i + 1 < len(words) and words[i + 1].lower() in ARTICLES:
            return []  # "(afirmó) durante un acto del PSOE": where it was said, not who said it
        if lowered in ARTICLES and i + 1 < len(words) and words[i + 1].lower().strip(",.") not in _NOT_SPEAKERS:
            return words[i:]
        if lowered not in _DESCRIPTION_ENDS and lowered not in _NOT_SPEAKERS and lowered not in ARTICLES:
            break
    return words


# Plural nouns that speak without an article: "…, police said", "state media reported";
# in Spanish the noun comes first: "Fuentes policiales confirmaron que …".
_COLLECTIVES = frozenset(
    [
        "police",
        "officials",
        "authorities",
        "analysts",
        "economists",
        "investigators",
        "prosecutors",
        "witnesses",
        "researchers",
        "scientists",
        "experts",
        "sources",
        "doctors",
        "residents",
        "organizers",
        "organisers",
        "lawmakers",
        "regulators",
        "traders",
        "media",
        "firefighters",
        "rescuers",
        "diplomats",
        "fuentes",
        "autoridades",
        "expertos",
        "analistas",
        "economistas",
        "investigadores",
        "testigos",
        "médicos",
        "vecinos",
        "portavoces",
        "agentes",
        "científicos",
        "responsables",
        *("nurses", "teachers", "lawyers", "attorneys", "engineers", "executives", "farmers", "workers"),
        *("officers", "critics", "advocates", "opponents", "supporters", "observers", "forecasters", "pollsters"),
        *("pediatras", "enfermeros", "sanitarios", "profesores", "abogados", "agricultores", "sindicatos"),
    ]
)
# Professions named by their suffix: "pediatricians", "physicians", "historians",
# "epidemiologists", "activists"; Spanish "epidemiólogos" is in no such class, but
# "activistas", "economistas" are.
_PROFESSION_ENDINGS = {"en": ("ians", "ists"), "es": ("istas",)}


def _collective(words: list[str], lang: str) -> bool:
    """A plural source named without an article: the noun last in English ("local police",
    "pediatricians"), first in Spanish ("fuentes policiales")."""
    if lang == "en":
        noun = words[-1].lower()
        return noun in _COLLECTIVES or (
            words[-1].isalpha() and words[-1].islower() and noun.endswith(_PROFESSION_ENDINGS["en"])
        )
    if lang != "es":
        return False
    noun = words[0].lower()
    return noun in _COLLECTIVES or (noun.isalpha() and noun.endswith(_PROFESSION_ENDINGS["es"]))


# Groups described with no article: "Both sides said", "Wie beide Seiten mitteilten",
# "Ambos partidos aseguraron", "Several groups said", "Varios expertos advierten".
_GROUP_DETERMINERS = frozenset(
    [
        *("both", "beide", "ambos", "ambas", "several", "many", "some", "mehrere", "viele", "einige"),
        *("varios", "varias", "muchos", "muchas", "algunos", "algunas"),
    ]
)


_QUOTED_TITLE_LAST = re.compile(r"(?<!\S)(?:der|des|dem|den)\s„[^„“]+“$")


def _described(before: str, after: str, lang: str) -> str:
    intro, comma, head = before.rstrip(", ").rpartition(",")
    if comma and not _opens_adverbial(intro):
        return ""  # "Exports rose 4 percent, the whole world said this …": more than who spoke
    words = head.split()
    if words and (words[0].lower() in _LEADS or (len(words) == 1 and words[0].lower() in SPEECH_ADVERBS)):
        words = words[1:]  # "As the office said", "Allerdings sagte der Minister": who spoke follows
    if not words:  # the verb comes first: "sagte ein Sprecher …", "said a spokesman …"
        words = []
        for word in _after_time(after.split()):
            ending = word.lower().strip(",.")
            if (words and (ending in _DESCRIPTION_ENDS or ending in _VERB_PARTICLES)) or len(
                words
            ) == _DESCRIPTION_WORDS:
                break
            words.append(word)
            if word.endswith(","):
                break
    # An acronym in brackets after the name is no word of the description: "Das Institut
    # der deutschen Wirtschaft (IW) (geht davon aus)".
    words = [w.rstrip(",.") for w in words if not _BRACKETED_ACRONYM.fullmatch(w.rstrip(",."))]
    if (
        lang == "es"
        and 2 < len(words) <= _DESCRIPTION_WORDS
        and words[1].lower() in _GENITIVE
        and _collective(words, lang)
    ):
        # "han precisado fuentes de la investigación", "fuentes del Ministerio": the noun and whose
        return " ".join(words) if all(_DESCRIPTION_WORD.fullmatch(word) for word in words) else ""
    if 0 < len(words) <= 3 and words[0].lower() not in ARTICLES and _collective(words, lang):
        described = words  # "…, police said", "…, local officials said": no article needed
    elif (
        len(words) < 2
        or len(words) > _DESCRIPTION_WORDS
        or (
            words[0].lower() not in ARTICLES
            and words[0].lower() not in _GROUP_DETERMINERS
            and not _someone_of(words)
            and not _possessor(words[0], lang)
        )
        or (words[0].lower() == "a" and lang != "en")  # "dijo a los periodistas": a preposition
    ):
        return ""
    else:
        described = words[1:]
    # A German title in quotation marks after the article: "der Chefredakteur der „Zeit“".
    titled = lang == "de" and _QUOTED_TITLE_LAST.search(" ".join(described)) is not None
    for i, word in enumerate(described):
        lowered = word.lower()
        linked = i > 0 and lowered in ARTICLES and described[i - 1].lower() in _GENITIVE  # "de la entidad"
        if (
            not _DESCRIPTION_WORD.fullmatch(word.strip(_QUOTES) if titled else word)
            or (lowered in _NOT_IN_DESCRIPTION and not linked)
            or lowered.endswith("ly")
            # French "du" links, as "of" does: "Le ministre du Travail" (German "du" is a pronoun).
            or (_is_pronoun(lowered) and not (i > 0 and lowered in _GENITIVE) and not linked)
        ):
            return ""
    return " ".join(words)


# Personal pronouns name nobody a reviewer could look up: "He said", "Er sagte", "You've said".
_PRONOUNS = frozenset(
    [
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "him",
        "her",
        "us",
        "them",
        "ich",
        "du",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "man",
        "mir",
        "mich",
        "dir",
        "dich",
        "ihm",
        "ihn",
        "uns",
        "euch",
        "yo",
        "tú",
        "él",
        "ella",
        "ello",
        "nosotros",
        "nosotras",
        "vosotros",
        "ellos",
        "ellas",
        "usted",
        "ustedes",
        "je",
        "tu",
        "il",
        "elle",
        "on",
        "nous",
        "vous",
        "ils",
        "elles",
    ]
)


def _is_pronoun(word: str) -> bool:
    """`word` (lower case) is a pronoun, with or without a contraction: "he", "we've"."""
    return word.replace("’", "'").split("'", 1)[0] in _PRONOUNS


# A third-person singular pronoun as the speaker stands for a person the article named
# before: "He said that …", "…, sagte sie.", "Ella aseguró que …". The attribution keeps
# the pronoun as written and the extractor puts the person in its place
# (`NameIndex.antecedent`), or no one when the article leaves it open.
_FEMININE_PRONOUNS = frozenset(["she", "sie", "ella", "elle", "lei", "ela"])
_MASCULINE_PRONOUNS = frozenset(["he", "er", "él", "il", "lui", "ele"])
# "The bank said … It said …": English "it" stands for an organisation, the rest for people.
_ORGANISATION_ANAPHORS = frozenset(["it"])
_ANAPHORS = _FEMININE_PRONOUNS | _MASCULINE_PRONOUNS | _ORGANISATION_ANAPHORS
# Spanish (and Italian, Portuguese) drops the subject: "Dijo que …", "…, afirmó en rueda
# de prensa." A singular reporting verb with nothing before it refers back the same way.
_IMPLIED_SUBJECT = "(él/ella)"
# Several people: "They said …", "Sie stellten fest, …", "Dijeron que …". They stand for the
# group that spoke last before (`NameIndex.plural_antecedent`), or no one.
PLURAL_SUBJECT = "(they)"
_PLURAL_PRONOUNS = frozenset(["they", "sie", "ellos", "ellas"])
_WORD_FIRST = re.compile(r"\s*(\w+)")
# Plural reporting verbs ("sagten sie", "dijeron") speak for several people.
_PLURAL_VERB = {"de": re.compile(r"en$"), "es": re.compile(r"n$")}


def is_anaphor(speaker: str) -> bool:
    """Whether a piece's speaker is a pronoun, a dropped subject or an organisation named
    by what it is ("the company"), to be resolved."""
    lowered = speaker.lower()
    return speaker in (_IMPLIED_SUBJECT, PLURAL_SUBJECT) or lowered in _ANAPHORS or organisation_description(speaker)


def anaphor_kind(speaker: str) -> str:
    """What an anaphoric speaker (`is_anaphor`) stands for: "Person" or "Organization"."""
    lowered = speaker.lower()
    return "Organization" if lowered in _ORGANISATION_ANAPHORS or organisation_description(speaker) else "Person"


def anaphor_gender(speaker: str) -> str:
    """ "f" or "m" for a gendered pronoun speaker ("she", "er"), else ""."""
    lowered = speaker.lower()
    return "f" if lowered in _FEMININE_PRONOUNS else "m" if lowered in _MASCULINE_PRONOUNS else ""


def german_epithet(speaker: str) -> str:
    """The pronoun a German role with its definite article stands for when no one was
    introduced with that title: "sagte die SPD-Politikerin" after "Bauministerin Klara
    Geywitz" is "sie", "der Grünen-Abgeordnete" "er" (German news names someone again by
    what they are). A spokesperson is not: "die Sprecherin" is someone else. "" otherwise,
    and for plurals ("die Politiker")."""
    article, _, role = speaker.partition(" ")
    lowered = role.lower()
    if not role or " " in role or not is_title(lowered) or lowered.endswith(("sprecher", "sprecherin")):
        return ""
    if article.lower() == "der":
        return "er"
    feminine = lowered.endswith(("in", "e"))  # "die Ministerin", "die Abgeordnete", not "die Politiker"
    return "sie" if feminine and article.lower() == "die" else ""


# Words after which a clause of its own begins, in the languages that drop subjects.
_OPENS_CLAUSE = frozenset(["donde", "cuando", "y", "e", "pero", "aunque", "mientras", "dove", "quando", "ma", "onde"])


_LINKING_OPENERS = frozenset(
    [
        *("sin embargo", "además", "asimismo", "no obstante", "en cambio", "por su parte", "también"),
        *("por otro lado", "a su vez", "eso sí", "después", "luego", "más tarde", "tuttavia", "inoltre"),
        *("no entanto", "além disso", "porém"),
    ]
)


def _anaphor(before: str, after: str, reporting: re.Match[str], lang: str) -> str:
    """A third-person singular pronoun right beside the reporting verb ("He said", "sagte
    er", "ella aseguró"), or _IMPLIED_SUBJECT for a verb with nothing before it in a
    language that drops its subjects ("Dijo que …", "Ha detto che …")."""
    plural = _PLURAL_VERB.get(lang)
    words = before.replace(",", " ").split()
    while words and words[-1].lower() in SPEECH_ADVERBS:
        words.pop()
    if lang in DROPS_SUBJECT and words and words[-1].lower() in _OPENS_CLAUSE:
        words = []  # "…, donde ha asegurado que …": the verb opens a clause, its subject dropped
    if lang in DROPS_SUBJECT and " ".join(words).lower() in _LINKING_OPENERS:
        words = []  # "Sin embargo, reconoció que …": the subject dropped after a linking phrase
    first = _WORD_FIRST.match(after)
    beside = words[-1].lower() if words else (first.group(1).lower() if first else "")
    # The finite verb opens the match: "stellten fest", "han dicho", "dieron a conocer".
    if plural is not None and plural.search(reporting.group().split()[0].lower()):
        # "Sie stellten fest", "sagten sie", "Dijeron que …", "ellos afirmaron": several people.
        if beside in _PLURAL_PRONOUNS or (lang in DROPS_SUBJECT and not words):
            return PLURAL_SUBJECT
        return ""
    if beside in _PLURAL_PRONOUNS and lang == "en":
        return PLURAL_SUBJECT  # "They said …"
    if words and words[-1].lower() in _ANAPHORS:
        return words[-1]
    if first and first.group(1).lower() in _ANAPHORS:
        return first.group(1)
    if lang in DROPS_SUBJECT and not words:
        return _IMPLIED_SUBJECT
    return ""


# German news names a person again by age: "Der 67-Jährige erklärte, …", "sagte die 52-Jährige".
_AGED = re.compile(r"\s*((?i:der|die))\s+\d{1,3}-Jährige\s*")
# English names a person again by age too: "The 51-year-old said …", "the 67-year-old woman".
_AGED_EN = re.compile(r"\s*(?i:the)\s+\d{1,3}-year-old(?:\s+(?P<who>man|woman))?\s*")


def _aged(subject: str) -> str:
    """A pronoun for an English subject that names a person by age ("The 51-year-old", "the
    67-year-old woman"), resolved as "he" or "she" is; "" for any other subject."""
    aged = _AGED_EN.fullmatch(subject)
    if aged is None:
        return ""
    return {"woman": "she", "man": "he"}.get(aged.group("who") or "", _IMPLIED_SUBJECT)


# "the office said Friday", "sagte am Montag": days and months are no speakers.
_NOT_SPEAKERS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        *ENGLISH_MONTHS,
        *GERMAN_MONTHS,
        *SPANISH_MONTHS,
    ]
)


# A statement right after the reporting verb, then "and" or "but" before the complementiser:
# "said the economy grew 3.1 percent and that wages rose 4.5 percent", "said the result was
# a setback but that he respected it".
_AND = frozenset(["and", "und", "y", "e", "et", "but", "pero", "mais"])  # German "aber" follows a verb: "warnte aber"


def _statement_before_and(head: str, after_verb: int) -> tuple[int, int] | None:
    """The span of a statement of three words or more between the reporting verb (ending
    at `after_verb`) and an "and" closing `head`, or None. Linear: no backtracking regex."""
    rest = head.rstrip()
    last = rest.rsplit(None, 1)
    if len(last) != 2 or last[1].lower() not in _AND:
        return None
    statement = head[after_verb : len(rest) - len(last[1])]
    if len(statement.split()) < 3:
        return None
    begin = after_verb + len(statement) - len(statement.lstrip())
    return begin, after_verb + len(statement.rstrip().rstrip(","))


# "said A but warned that B", "dijo A y advirtió que B", "sagte, A, warnte aber, dass B":
# a first statement between two reporting verbs of one speaker, joined by a conjunction.
_SECOND_VERB_LINKS = frozenset(["but", "and", "pero", "y", "aber", "und", "mais", "et"])
_AFTER_SECOND_VERB = frozenset(["aber", "jedoch", "auch", "zudem", "also", "too"])
_WINDOW = 60
# Verbs of a second statement that do not report on their own: "said A and promised that B".
_PROMISING = frozenset(
    ["promised", "vowed", "pledged", "conceded", "acknowledged", "cautioned", "prometió", "versprach"]
)


def _statement_before_second_verb(head: str, reporting: re.Match[str], lang: str) -> tuple[int, int] | None:
    """The span of a statement of three words or more between the reporting verb and a
    second verb of the same speaker closing `head`: a reporting verb or a promise, joined
    by a conjunction ("said A but warned", "said A and promised", "dijo A y advirtió"; at
    most "also" or "too" after it), or in German by a comma before a reporting verb with "aber"
    after it ("sagte, A, warnte aber"). None otherwise. Linear: no backtracking regex."""
    after_verb = reporting.end()
    # The last words only (a window), so that trying every later "that" stays linear.
    words = head[max(after_verb, len(head) - _WINDOW) :].split()
    trailing = bool(words) and words[-1].lower() in _AFTER_SECOND_VERB  # "warnte aber", "added too"
    if trailing:
        words = words[:-1]
    if len(words) < 3:
        return None
    verb, link = words[-1], words[-2]
    if REPORTING[lang].fullmatch(verb) is None and verb not in _PROMISING:
        perfect = f"{words[-2]} {verb}"  # Spanish "… y ha asegurado que …"
        if lang != "es" or len(words) < 4 or REPORTING[lang].fullmatch(perfect) is None:
            return None  # "… and women that …", "… and verify that …": no second statement
        verb, link = perfect, words[-3]
    if link.lower() in _SECOND_VERB_LINKS:
        cut = head.rindex(f" {link} {verb}", after_verb)  # the statement ends before the conjunction
    elif lang == "de" and trailing and words[-2].endswith(","):
        cut = head.rindex(f"{words[-2]} {verb}", after_verb) + len(words[-2]) - 1  # before the comma
    else:
        return None
    statement = head[after_verb:cut]
    opening = COMPLEMENT[lang].match(statement)  # "dijo que el paro bajó …": the statement after "que"
    if opening is None and lang not in ("en", "de"):
        return None  # "ha defendido la gestión de su Ejecutivo y ha asegurado que …": an object, no statement
    begin = after_verb + (opening.end() if opening else len(statement) - len(statement.lstrip(" ,")))
    if len(head[begin:cut].split()) < 3:
        return None
    return begin, cut


def _second_statement(
    clause: str, after: int, reporting: re.Match[str], lang: str
) -> tuple[tuple[int, int], int] | None:
    """A second complementiser after `after` that a second verb of the speaker opens ("…
    and added that …", "… y advirtió que …"): the first statement's span and where the
    second starts; or None."""
    for later in COMPLEMENT[lang].finditer(clause, after):
        first = _statement_before_second_verb(clause[: later.start()], reporting, lang)
        if first is not None:
            return first, later.end()
    return None


# Who did not say something did not say it: "The ministry did not say that exports fell",
# "El ministro no dijo que …", "The company declined to say …".
_NEGATIONS = frozenset(["not", "never", "no", "nunca", "declined", "refused"])


def _negated(head: str) -> bool:
    """Whether the reporting verb right after `head` is denied ("did not", "didn't", "no"),
    or its subject is a share of people, whose saying is a poll's finding (`_PROPORTION`)."""
    words = head.lower().replace("n't", " not").split()[-3:]
    return not _NEGATIONS.isdisjoint(words) or _PROPORTION.match(head) is not None


# A share of people as the subject of a reporting verb: what they say is a survey's result,
# one claim with its share ("Two-thirds of Americans say the economy is getting worse", "Zwei
# Drittel der Deutschen halten …", "Dos de cada tres españoles creen que …"), not their statement.
_PROPORTION = re.compile(
    r"\s*(?i:(?:nearly|almost|about|roughly|more\s+than|over|fewer\s+than|less\s+than|fast|knapp|rund|mehr\s+als|"
    r"casi|más\s+de|menos\s+de|cerca\s+de)\s+)?"
    r"(?i:half|a\s+third|a\s+quarter|a\s+fifth|one\s+in\s+\w+|\w+[- ]thirds|\w+[- ]quarters|\w+[- ]fifths|"
    r"(?:a|the)\s+majority|a\s+minority|most|\d+(?:[.,]\d+)?\s*(?:%|percent|per\s+cent|prozent|por\s+ciento)|"
    r"die\s+hälfte|die\s+mehrheit|\w+\s+drittel|\w+\s+viertel|jeder\s+\w+te|"
    r"la\s+mitad|la\s+mayoría|\w+\s+de\s+cada\s+\w+|uno\s+de\s+cada\s+\w+)"
    r"\s+(?i:of|der|von|de|los|las)\s"
)


# "added" takes an object as often as it reports: "Employers added 150,000 jobs", "The
# index added 2 percent". It reports before "that", a comma, a colon or a quotation, and at
# the end of its clause ("…, he added").
_ADDED = frozenset(["added", "adds", "add"])


def _takes_object(clause: str, reporting: re.Match[str]) -> bool:
    """Whether the English verb `reporting` found in `clause` takes an object, not a statement."""
    if reporting.group().lower() not in _ADDED:
        return False
    rest = clause[reporting.end() :].lstrip()
    return bool(rest) and rest[0] not in ",:.;" + _QUOTES and not _LATE_THAT.match(rest)


# A noun phrase set after a report by a comma and running up to "that" ("said on
# Wednesday, a sign that …", "said, the latest evidence that …"): a comment on the report,
# not what was said. One closed by a comma is inserted ("said, a month ago, that …").
_APPOSITIVE = re.compile(r",\s+(?:a|an|the|another)\s", re.IGNORECASE)
# The writer's comment after an attribution set inside a sentence: an appositive ("…, the
# ministry said, a sign that …") or what the news does ("…, the ONS said on Friday, adding
# to pressure on the finance minister").
_COMMENT_PARTICIPLES = (
    r"(?:adding to|raising|fuelling|fueling|piling|dealing|deepening|marking|underscoring|highlighting|putting|"
    r"heightening|dampening|easing|urging|calling|citing|prompting|sending|pushing|giving|bringing|leaving|"
    r"capping|extending|boosting|lifting|offering|making)\b"
)
_COMMENT_AFTER = re.compile(rf",\s+(?:(?:a|an|the|another|amid)\s|{_COMMENT_PARTICIPLES})", re.IGNORECASE)
# What happened meanwhile, after an attribution set inside a sentence: "…, officials said
# Wednesday, as vaccination rates fell …", "…, the ministry said, while exports rose 2%".
# A clause of at least four words, not a phrase such as "as expected" or "as a result".
_MEANWHILE_AFTER = re.compile(
    r",\s+(?:even\s+as|as|while|whereas)\s+(?!(?:expected|planned|forecast|predicted|anticipated|well|usual|"
    r"such|of|if|though|part|a\s+result|much|many|long|soon|far|always|ever|before|previously|reported)\b)"
    r"(?=(?:\S+\s+){3})",
    re.IGNORECASE,
)
# The same participles closing a sentence after its attribution: "…, said the ministry,
# citing customs data."
_PARTICIPLE_AFTER = re.compile(rf",\s+{_COMMENT_PARTICIPLES}", re.IGNORECASE)  # matched at the last comma
# The German formula for a document a newsroom has seen: "…, das der dpa vorliegt."
_AVAILABLE_TO = re.compile(r",\s+(?:das|die|der)\s+[^,]{1,60}?\s(?:vorliegt|vorliegen|vorlag|vorlagen)\s*[.!]?\s*")


# An indefinite object between the verb and "that"/"que" makes it a relative pronoun: "announced
# a plan that would cut …", "anunció una ayuda de 200 euros que cobrarán …". Not after verbs
# that name whom they tell ("told a news conference that"), nor a Spanish subject set after
# the verb ("explicó un portavoz de la Guardia Civil que …").
_INDEFINITE = {"en": frozenset(["a", "an"]), "es": frozenset(["un", "una", "unos", "unas"])}
_TELLING = frozenset(["told", "warned", "assured", "reminded", "informed"])
_SPANISH_PEOPLE = frozenset(
    [
        *("portavoz", "fuente", "fuentes", "responsable", "responsables", "representante", "representantes"),
        *("miembro", "miembros", "experto", "experta", "expertos", "agente", "agentes", "testigo", "testigos"),
        *("vecino", "vecina", "vecinos", "trabajador", "trabajadora", "trabajadores", "funcionario"),
        *("funcionaria", "funcionarios", "dirigente", "dirigentes", "alto", "alta", "altos", "grupo", "comunicado"),
        *("persona", "personas", "mujer", "hombre", "joven", "madre", "padre", "médico", "médica", "familiar"),
    ]
)


_INDEFINITE_ARTICLES = {**_INDEFINITE, "de": frozenset(["ein", "eine", "einen"])}
# People named after an indefinite article: "said a spokesman", "dijo un portavoz", "sagte ein
# Sprecher". English and Spanish add the singulars of `_COLLECTIVES` and the professions.
_ENGLISH_PEOPLE = frozenset(
    [
        *("spokesman", "spokeswoman", "spokesperson", "person", "man", "woman", "resident", "source", "aide"),
        *("adviser", "advisor", "member", "representative", "relative", "friend", "colleague", "survivor"),
        *("victim", "manager", "owner", "voter", "mother", "father", "parent", "leader", "neighbor", "neighbour"),
        *("student", "employee", "official", "insider", "witness", "expert", "analyst", "lawyer", "doctor"),
    ]
)
_GERMAN_PERSON_ENDINGS = ("er", "erin", "in", "ist", "istin", "eur", "eurin", "mann", "frau", "ent", "entin")
_GERMAN_PEOPLE = frozenset(["zeuge", "zeugin", "experte", "beamte", "beamter", "angestellte", "kollege", "person"])


def _names_someone(word: str, lang: str) -> bool:
    """Whether `word`, in a phrase after an indefinite article, makes it someone: a name or
    a capitalised word in English and Spanish ("a White House spokesman"), a title, or a
    noun of a person ("a spokesman", "una vecina", "ein Sprecher")."""
    lowered = word.lower()
    if is_title(lowered) or _collective([word], lang):
        return True
    if lang == "de":
        return lowered in _GERMAN_PEOPLE or lowered.endswith(_GERMAN_PERSON_ENDINGS)
    if word[:1].isupper():
        return True
    if lang == "es":
        return lowered in _SPANISH_PEOPLE
    return lowered in _ENGLISH_PEOPLE or lowered.endswith(("ian", "ist")) or f"{lowered}s" in _COLLECTIVES


def _announced_thing(after: str, lang: str) -> bool:
    """Whether the words after a verb closing a sentence are an indefinite thing, its
    object ("announced an investment", "ha anunciado una inversión", "kündigte eine
    Investition an"), not someone who spoke ("said a spokesman", "explicó una vecina",
    "afirmó un alto cargo", "sagte ein Sprecher")."""
    words = [word.strip(",.") for word in after.split()[:4]]
    if len(words) < 2 or lang not in _INDEFINITE_ARTICLES or words[0].lower() not in _INDEFINITE_ARTICLES[lang]:
        return False
    return not any(_names_someone(word, lang) for word in words[1:] if word)


_TIME_AGO = frozenset(["ago", "back", "earlier", "later", "before", "atrás", "antes", "después"])
# A finite verb between "said" and a "that" means the statement began right after "said"
# and the "that" is its own relative: "said there is $10 billion that is lost …".
_FINITE = frozenset(
    [
        *("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might"),
        *("must", "should", "shall", "does", "did", "do"),
    ]
)
_RELATIVES = frozenset(["who", "which", "whom", "whose", "where"])
# A "that" right after one of these opens the conjunction's clause, not what was said:
# "said the breach did not mean the target had been missed, since that refers to …".
_SUBORDINATORS = frozenset(["since", "because", "although", "though", "unless", "if", "when", "as"])


def _statement_before_that(gap: str) -> bool:
    """Whether `gap`, the words between an English reporting verb and "that", is already
    a clause ("there is $10 billion"), not whom or how it was said ("reporters", "on
    Tuesday", "reporters who were there"). A comma ends it: "warned of Castro, …, both
    of them have testified …, that …" is another verb's statement."""
    words = gap.lower().split()
    if len(words) > 1 and words[-1] in _SUBORDINATORS and words[0] not in _FINITE:
        return True
    if "," in gap or not words or words[0] in _FINITE or words[-1] in _FINITE:
        return False  # "What I've said (from the start) is that …": the "that" opens what was said
    finite = any(word in _FINITE and (i == 0 or words[i - 1] != "to") for i, word in enumerate(words))
    return finite and not any(word in _RELATIVES for word in words)


_AND_THEN = {"en": re.compile(r"\s(?:and|but)\s+$"), "es": re.compile(r"\s(?:y|e|pero)\s+$")}


def _second_reporting(head: str, reporting: re.Match[str], lang: str) -> re.Match[str] | None:
    """A second reporting verb coordinated with the first, nearer the statement: "Pedro
    Sánchez anunció un pacto de Estado y (aseguró) que …", "Starmer announced a review and
    (said) that …"."""
    later = REPORTING[lang].search(head, reporting.end())
    and_then = _AND_THEN.get(lang)
    if later is None or and_then is None or and_then.search(head, reporting.end(), later.start()) is None:
        return None
    return later


def _object_before(gap: str, verb: str, lang: str) -> bool:
    """Whether `gap`, the words between a reporting verb and "that"/"que", is an object
    the clause after it describes (not whom it was told, nor a Spanish subject)."""
    words = gap.lower().split()
    if len(words) < 2 or words[0] not in _INDEFINITE.get(lang, ()) or words[-1] in _TIME_AGO:
        return False  # "said a moment ago that …": a time
    if lang == "en":
        return verb.lower() not in _TELLING
    return words[1] not in _SPANISH_PEOPLE and not is_title(words[1])


# A second statement of the same verb: "… that A and that B", "… que A y que B", "…, dass A
# und dass B", "… that A but that B", "… que A, pero que B".
_AND_THAT = {
    # Not "there is no question but that …", an idiom.
    "en": re.compile(r"(?:,?\s+and|(?<!question)(?<!doubt),?\s+but)\s+that\s+"),
    "es": re.compile(r",?\s+(?:y|pero)\s+que\s+"),
    "de": re.compile(r",?\s+(?:und|aber)\s+dass\s+"),
}


def _statements(sentence: str, s: int, e: int, speaker: str, lang: str) -> list[Piece]:
    """What `speaker` said in `sentence[s:e]`: one statement, or two when a second "that" of
    the same verb opens another ("argued that he had acted in good faith and that the money
    was never lost", "said inflation had fallen and that wages were rising"), up to what a
    named speaker did next (`_SPEAKER_GOES_ON`)."""
    if speaker:
        s, e = _before_speaker_goes_on(sentence, s, e, lang)
    and_that = _AND_THAT[lang].search(sentence, s, e) if lang in _AND_THAT else None
    if and_that is not None and not _DEMONSTRATIVE_THAT.match(sentence, and_that.end()):
        fs, fe = _trim(sentence, s, and_that.start())
        ss, se = _trim(sentence, and_that.end(), e)
        if fe - fs >= 12 and se - ss >= 12:
            return [Piece(fs, fe, speaker=speaker, reported=True), Piece(ss, se, speaker=speaker, reported=True)]
    return [Piece(s, e, speaker=speaker, reported=True)]


# What the speaker did after saying it closes the statement: "The WHO said that cases rose
# to 127,350 in 2024, and urged governments to step up vaccination.", "Adams said crime fell 5
# percent and thanked the police.", "Díaz aseguró que … y atribuyó el dato a la reforma
# laboral.", "Heil sagte, die Zahl sei gesunken, und verwies auf das Bürgergeld." Acts that
# state nothing checkable (asking, thanking, blaming); a verb that reports ("and added that",
# "y advirtió que") opens a second statement instead (`_second_statement`). German needs the
# comma that closes the indirect speech.
_SPEAKER_GOES_ON = {
    "en": re.compile(
        r",?\s+and\s+(?:also\s+|then\s+)?(?:urged|called\s+(?:on|for)|appealed|pledged|promised|vowed|demanded|asked|"
        r"thanked|credited|blamed|praised|criticized|criticised|attributed|accused|defended|welcomed|apologized|"
        r"apologised)\s"
    ),
    "es": re.compile(
        r",?\s+y\s+(?:también\s+)?(?:(?:ha|han)\s+)?(?:pidió|pidieron|pedido|atribuyó|atribuyeron|atribuido|agradeció|"
        r"agradecieron|agradecido|criticó|criticaron|criticado|reclamó|reclamaron|reclamado|acusó|acusaron|acusado|"
        r"instó|instaron|instado|exigió|exigieron|exigido|lamentó|lamentaron|lamentado|culpó|culparon|culpado|elogió|"
        r"elogiaron|elogiado|apeló|apelaron|apelado|llamó|llamaron|llamado|prometió|prometieron|prometido|"
        r"defendió|defendieron|defendido)\s(?!que\s)"
    ),
    "de": re.compile(
        r",\s+und\s+(?:verwies|verwiesen|rief|riefen|forderte|forderten|kritisierte|kritisierten|lobte|lobten|dankte|"
        r"dankten|appellierte|appellierten|mahnte|mahnten|bat|baten|drängte|drängten|warf|warfen|verteidigte|"
        r"verteidigten|begrüßte|begrüßten)\s"
    ),
}


# A figure other than a year: "pledged 5 billion euros" (not "the reform passed in 2021").
_AMOUNT = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d%]|[.,]\d))\d")


def _before_speaker_goes_on(sentence: str, s: int, e: int, lang: str) -> tuple[int, int]:
    """`sentence[s:e]` without what its named speaker did after saying it
    (`_SPEAKER_GOES_ON`), unless that holds an amount: "… and pledged 5 billion euros for
    households" is checkable, and stays."""
    pattern = _SPEAKER_GOES_ON.get(lang)
    goes_on = pattern.search(sentence, s, e) if pattern is not None else None
    if goes_on is None or _AMOUNT.search(sentence, goes_on.end(), e) is not None:
        return s, e
    cut = _trim(sentence, s, goes_on.start())
    return cut if cut[1] - cut[0] >= 12 else (s, e)  # too little before it to be a statement


# A document described between commas before its verb: "The figures, published by the
# Office for National Statistics on Tuesday, showed that …" (`_DOCUMENT_VERB` needs the
# noun right before the verb).
_FOUND_OR_SHOWED = r"showed|shows|found|finds"
_APPOSED_DOCUMENT = re.compile(
    rf"\b(?:{'|'.join((*DATA_NOUNS, *DOCUMENTS))})\s*,\s+"
    rf"(?:{'|'.join(_PUBLISHED_BY_AUTHOR)}|commissioned)\s[^,;]*,\s+(?P<verb>{_FOUND_OR_SHOWED})\s*$"
)
_DOCUMENT_VERB_ALONE = re.compile(_FOUND_OR_SHOWED)


# A figure compared with what someone expected is the writer's, not theirs: "the drop was
# smaller than the Bank of England had forecast", "… higher than economists expected".
_COMPARED_WITH = re.compile(r"\bthan\s+(?:[\w'’.-]+\s+){1,6}$", re.IGNORECASE)


# The first finite verb of a clause, whose subject stands before it: "The minister welcomed
# the deal", "El ministro ha celebrado el acuerdo".
_FIRST_VERB = {
    "en": re.compile(
        r"\s(?:has|have|had|is|are|was|were|will|would|said|told|met|went|came|put|kept|held|left|sent|bought|"
        rf"brought|built|began|became|{_IRREGULAR_PAST}|[a-z]+ed)\b"
    ),
    "es": re.compile(r"\s(?:ha|han|había|habían|fue|fueron|es|son|era|eran|[a-záéíóúñ]+(?:ó|aron|ieron))\b"),
    # German capitalises its nouns: the verb is the first word in lower case that is no
    # article or preposition ("Der Chef von VW besuchte", "Bundeskanzler Olaf Scholz besuchte").
    "de": re.compile(
        r"\s(?!(?:der|die|das|des|dem|den|von|vom|für|zur|zum|im|in|am|an|aus|bei|mit|und|van|de)\s)[a-zäöüß]+\b"
    ),
}
# The words that join the clause before to the reporting one ("… the deal but warned …").
_JOINING = frozenset(["but", "pero", "and", "y", "und", "aber"])
_JOINING_WORD = re.compile(rf"\s(?:{'|'.join(sorted(_JOINING))})\s")
_RELATIVE_AFTER = re.compile(r"\b(?:which|who|whom|that|que|quien|quienes|cual|cuales)\b")


def _coordinated_subject(sentence: str, start: int, head: str, reporting: re.Match[str], lang: str) -> str:
    """Who reports in a clause coordinated after another one with no subject of its own:
    "The minister welcomed the deal but warned that …", "El ministro ha celebrado el
    acuerdo, pero ha advertido de que …": the subject of the clause before, named or
    described; "" when there is none."""
    pattern = _FIRST_VERB.get(lang)
    if pattern is None:
        return ""
    prior = head[: reporting.start()].split()
    while prior and prior[-1].lower() in _SPANISH_AUXILIARIES | {"also", "has", "had", "también"}:
        prior.pop()  # "ha advertido", "has also warned"
    if prior and prior[-1].lower().strip(",") in _JOINING:
        earlier = sentence[:start] + " " + " ".join(prior[:-1])  # "… welcomed the deal but (warned)"
    elif not prior and start > 0:
        earlier = sentence[:start].rstrip()  # the clause split off at ", pero"
        last = earlier.rsplit(None, 1)
        if len(last) == 2 and last[1].lower().strip(",") in _JOINING:
            earlier = last[0]
    else:
        return ""
    # The last clause before: "Ann was in Denver and a woman came up to her and said …" is
    # the woman's (no one named), not Ann's.
    joined = list(_JOINING_WORD.finditer(earlier))
    if joined:
        earlier = earlier[joined[-1].end() :]
    verb = pattern.search(earlier)
    if verb is None or verb.start() == 0 or _RELATIVE_AFTER.search(earlier, verb.end()):
        return ""  # "… a task force which issued a report … and said": the relative clause's subject
    subject = _named_or_described(earlier[: verb.start()].strip(" ,") + " ", "", lang)
    return "" if first_word(subject) in _INDEFINITE.get(lang, ()) else subject  # "a woman came up to her and said"


def _head_speaker(head: str, reporting: re.Match[str], lang: str) -> str:
    """Who says what follows `head` ("… que"), read at its first reporting verb; where that
    names no one, at its last, whose complement it is: "Así lo ha explicado en el Congreso,
    donde ha asegurado que …" (a dropped subject, the person who spoke before)."""
    speaker = _speaker_around(head, reporting, lang)
    if speaker or lang not in DROPS_SUBJECT:
        return speaker
    later = list(REPORTING[lang].finditer(head, reporting.end()))
    return _speaker_around(head, later[-1], lang) if later else ""


def _inside_wie_clause(head: str, reporting: re.Match[str]) -> bool:
    """Whether a German reporting verb closes a "wie" clause inside the sentence that more
    words follow before the complement: "Die Flüchtlinge sind ja, wie @USER so schön
    schreibt, daran schuld, dass …" (the verb says who said the main clause; the "dass"
    belongs to "schuld")."""
    if not head.startswith(",", reporting.end()) or not head[reporting.end() + 1 :].strip():
        return False
    opening = max(head.rfind(", ", 0, reporting.start()) + 2, 0)
    return head.startswith(("wie ", "Wie "), opening)


def _complement_pieces(sentence: str, start: int, end: int, lang: str) -> list[Piece]:
    clause = sentence[start:end]
    for complement in COMPLEMENT[lang].finditer(clause):
        head = clause[: complement.start()]
        reporting = REPORTING[lang].search(head)
        if reporting is None and lang == "en" and "," in head and (apposed := _APPOSED_DOCUMENT.search(head)):
            reporting = _DOCUMENT_VERB_ALONE.match(head, apposed.start("verb"))  # "The figures, published by …, showed"
        if reporting is None and lang == "es":
            reporting = _present_after_name(head)  # "el Banco de España advierte en su último informe de que"
        if reporting is None and lang == "de":
            reporting = _german_plural_present(head)  # "Experten warnen, dass …"
        if reporting and lang == "de" and _inside_wie_clause(head, reporting):
            reporting = None  # "…, wie @USER schreibt, daran schuld, dass …": "dass" is "schuld"'s
        if reporting and _negated(head[: reporting.start()]):
            break  # "The ministry did not say that …": no one's statement
        if reporting and reporting.group() in _ESTIMATE_NOUNS and _DEMONSTRATIVE_THAT.match(clause, complement.end()):
            break  # "The government projects that were delayed …": a noun and its relative clause
        if (
            reporting
            and lang == "en"
            and (noun := _APPOSITIVE.search(head, reporting.end()))
            and "," not in clause[noun.end() : complement.end()]
        ):
            # "Prices rose, the ministry said on Wednesday, a sign that inflation …": the
            # "that" belongs to the writer's comment after the attribution, not to "said".
            continue
        if reporting and _object_before(clause[reporting.end() : complement.start()], reporting.group(), lang):
            # "Sánchez anunció un pacto y aseguró que …": the second verb's statement
            reporting = _second_reporting(head, reporting, lang)
            if reporting is None:
                break  # "The government announced a plan that would cut …": the plan's clause, nobody's statement
        if (
            reporting
            and lang == "en"
            and not complement.group().startswith(",")
            and _statement_before_that(clause[reporting.end() : complement.start()])
        ):
            break  # "said there is $10 billion that is lost": said without "that", read below
        considering = CONSIDERING[lang].search(head)
        if reporting or considering:
            opening = complement.end()
            if lang == "en" and _DEMONSTRATIVE_THAT.match(clause, opening):
                opening = complement.start() + complement.group().lower().rindex("that")
            s, e = _trim(sentence, start + opening, end)
            if e - s < 12:
                break
            if not reporting:
                return [Piece(s, e, presented_as_fact=True)]
            first = (
                _statement_before_and(head, reporting.end())
                or _statement_before_second_verb(head, reporting, lang)
                or _figure_given_before(head, lang)
            )
            if first is None and (second := _second_statement(clause, complement.end(), reporting, lang)) is not None:
                # "dijo que el paro bajó … y advirtió que …": the first "que" opened only the first statement.
                first, opening = second
                s, e = _trim(sentence, start + opening, end)
            if first is not None:
                # "She said the economy grew 3.1 percent and that wages rose": two statements.
                speaker = _speaker_around(head[: first[0]], reporting, lang)
                fs, fe = _trim(sentence, start + first[0], start + first[1])
                if speaker:
                    s, e = _before_speaker_goes_on(sentence, s, e, lang)  # "…, and urged governments to …"
                return [Piece(fs, fe, speaker=speaker, reported=True), Piece(s, e, speaker=speaker, reported=True)]
            # "The researchers followed 114,000 adults in the United States … and found that
            # …": the first clause's subject, not a name in its object.
            before_verb = head[: reporting.start()].split()
            joined = before_verb[-1].lower() if before_verb else ""
            coordinated = _coordinated_subject(sentence, start, head, reporting, lang) if joined in _JOINING else None
            speaker = coordinated or _head_speaker(head, reporting, lang)
            if coordinated is None and (not speaker or is_anaphor(speaker)):
                # "…, pero ha advertido": the clause before's subject
                speaker = _coordinated_subject(sentence, start, head, reporting, lang) or speaker
            return _statements(sentence, s, e, speaker, lang)
    reported = _statement_after_comma(sentence, start, end, lang)
    if reported is not None:
        return [reported]
    s, e = _trim(sentence, start, end)
    if e <= s:
        return []
    writers: tuple[int, int] | None = None  # the writer's own clause after an inserted attribution
    according = _according(clause)
    speaker = _source(according) if according else ""
    if not speaker:
        reporting = REPORTING[lang].search(clause)
        if reporting and (
            _negated(clause[: reporting.start()])
            or (lang == "en" and _takes_object(clause, reporting))
            or (lang == "en" and _COMPARED_WITH.search(clause, 0, reporting.start()))
            or (
                lang == "en"
                and _PARTICIPLE_ASIDE.match(clause, reporting.start())
                and _ASIDE_OPENS.search(clause, 0, reporting.start())
            )
        ):
            reporting = None
        head = _without_aside(clause[: reporting.start()]) if reporting else ""
        if reporting and (lang == "en" or _AS_SAID.match(head)) and not _SUBORDINATE.search(head):
            # "X said the economy grew 3 percent." without "that"; "Wie X sagte, …".
            coordinated = _coordinated_speaker(head) if lang == "en" else None
            opened = _without_opening(head)  # "After the meeting, Powell (said)" -> "Powell"
            inserted = _inserted_attribution(clause, head, reporting) if lang == "en" and opened == head else None
            if inserted is not None:  # "Cases rose, the CDC said Wednesday, with …": the CDC
                closing = _INSERTED_END.match(clause, reporting.end())
                comma = clause.rfind(",", 0, closing.end()) if closing is not None else -1
                if comma >= 0 and _COMMENT_AFTER.match(clause, comma):
                    # "…, the ministry said on Wednesday, a sign that …": the statement ends
                    # before its attribution; the writer's comment after it is nobody's.
                    s, e = _trim(sentence, start, start + len(head) - len(inserted) - 1)
                elif comma >= 0 and (meanwhile := _MEANWHILE_AFTER.match(clause, comma)) is not None:
                    # "…, officials said Wednesday, as vaccination rates fell for the fourth
                    # straight year.": what happened meanwhile is the writer's, a claim of its own.
                    writers = _trim(sentence, start + meanwhile.end(), end)
                    s, e = _trim(sentence, start, start + len(head) - len(inserted) - 1)
                opened = head = inserted
            # A name in the opening phrase did not speak: "In an interview with the Financial Times, Lagarde said".
            # Nor a name in a relative clause after the subject: "The czar, who has worked for
            # every president since Ronald Reagan, said".
            speaker = _named_before(_without_relative(opened), lang) if coordinated is None else coordinated
            if not speaker and lang == "en" and (owner := _DATA_OWNER.fullmatch(opened)) is not None:
                speaker = _POSSESSIVE.sub("", owner.group("name"))  # "FBI data show violent crime fell …"
            if not speaker and lang == "en":
                # "Powell said the bank …", "Powell also said …", "The company said revenue …", "He said
                # the …", "After the meeting, Powell said …", "Amazon, which employs …, said …"
                subject = _without_auxiliary(_without_relative(opened), adverbs_alone=True)
                alone = subject.split()
                if (
                    _ONLY_NAME.fullmatch(subject)
                    or _PARTICLE_NAME.fullmatch(subject.strip())
                    or (len(alone) == 1 and _is_pronoun(alone[0].lower()))  # "Later, he said"
                ):
                    speaker = _name_beside(subject, "", lang) or _anaphor(head, "", reporting, lang)
                else:
                    speaker = (
                        _apposed(head, lang)
                        or _described(_without_relative(head), "", lang)
                        or _spoken_for(subject)
                        or _employer(subject)
                        or _unnamed_sources(subject)
                        or _aged(subject)  # "The 51-year-old said …"
                    )
            if not speaker and _AS_SAID.match(head):
                # The verb first: "Como dijo Carlos Cuerpo, …", up to the comma.
                speaker = find_speaker(clause[reporting.end() :].split(",", 1)[0])
            elif speaker and lang == "en" and inserted is None:
                subject = _without_relative(opened)
                if (apposed := _APPOSED.fullmatch(_without_auxiliary(subject))) is not None and _is_apposition(
                    apposed.group("apposition").split()
                ):
                    subject = apposed.group("name") + " "  # "The IFS, an independent think tank, (has said)"
                elif (aside := _DESCRIPTION_APPOSED.fullmatch(_without_auxiliary(subject))) is not None and first_word(
                    aside.group("apposition")
                ).endswith("ing"):
                    subject = aside.group("name") + " "  # "The governor, speaking at a press conference, (said)"
                statement = _bare_statement(clause, subject, reporting)
                if statement is not None:  # the statement alone, as after "said that"
                    s, e = _trim(sentence, start + statement, end)
                    return _statements(sentence, s, e, speaker, lang)
    if not speaker and (given := _figure_given(clause, lang)) is not None:
        speaker = given  # "Police put the number at 1,500.": the whole clause, theirs
    if writers is not None and speaker and writers[1] - writers[0] >= 12:
        return [Piece(s, e, speaker=speaker, reported=True), Piece(*writers)]
    return [Piece(s, e, speaker=speaker, reported=bool(speaker))]


# A participle set between commas after a noun, then the clause's own verb: "The tariffs,
# announced in February, were set at 25 percent" (nobody announced anything here).
_ASIDE_OPENS = re.compile(r"\w,\s*$")
_PARTICIPLE_ASIDE = re.compile(
    r"[a-z]+ed\s[^,;]{0,80},\s+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|"
    r"remains?|remained|[a-z]+ed)\s"
)


# Who puts a figure on something says so: "police put the number at 1,500", "Das
# Ministerium bezifferte die Kosten auf 5 Milliarden Euro", "El conseller de Interior, Ramon
# Espadaler, ha cifrado en un 12% la caída de los delitos". The clause stays whole (the
# figure and what it measures); its subject is the speaker.
_FIGURE_GIVEN = {
    "en": re.compile(
        r"(?P<subject>[^,;:]+?(?:,[^,;:]+,)?)\s+(?:put|puts|pegged|pegs|estimated|estimates)\s+(?:the|its|their|his|her)\s+"
        r"(?:(?:death|overall|total)\s+)?(?:number|figure|toll|cost|costs|total|value|loss|losses|damage|bill|price|tally)"
        r"\s+at\s"
    ),
    "de": re.compile(
        r"(?P<subject>[^,;:]+?(?:,[^,;:]+,)?)\s+(?:(?:bezifferte|bezifferten|beziffert|beziffern|"
        r"schätzte|schätzten|schätzt|schätzen)\s(?=[^,;:]*\sauf\s)|"
        # A forecast with its figure: "Der Sachverständigenrat erwartet … ein Plus von 0,4 Prozent".
        r"(?:erwartet|erwarten|erwartete|erwarteten|prognostiziert|prognostizieren|prognostizierte|"
        r"rechnet\s+mit|rechnen\s+mit|rechnete\s+mit)\s(?=[^,;:]*\d))"
    ),
    "es": re.compile(
        r"(?P<subject>[^,;:]+?(?:,[^,;:]+,)?)\s+(?:cifró|cifraron|cifra|cifran|(?:ha|han)\s+cifrado|estimó|estimaron|"
        r"(?:ha|han)\s+estimado|calculó|calcularon|(?:ha|han)\s+calculado)\s+en\s"
    ),
}


# Their verbs' letters, looked for first (plain substring tests, the cheapest there are):
# most clauses hold none.
_FIGURE_GIVEN_VERB = {
    "en": ("put", "pegged", "pegs", "estimate"),
    "de": ("beziffer", "schätz", "erwarte", "prognostizier", "rechne"),
    "es": ("cifr", "estim", "calcul"),
}


# A figure the speaker put on something, then "and" and the verb whose statement follows:
# "Marlaska ha cifrado en cuatro los fallecidos y ha asegurado que …", "Police put the death
# toll at 12 and said that …": the figure is a statement of its own, from the verb on.
_FIGURE_GIVEN_BEFORE = {
    "es": re.compile(
        r"(?:(?:ha|han)\s+)?(?:cifrado|cifró|cifraron|estimado|estimó|estimaron|calculado|calculó|calcularon)\s+en\s"
        r"[^,;]+?(?=\s+y\s+(?:(?:ha|han)\s+)?\w+\s*$)"
    ),
    "en": re.compile(
        r"(?:put|pegged|estimated)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:number|toll|cost|total|damage)\s+at\s"
        r"[^,;]+?(?=\s+and\s+\w+\s*$)"
    ),
}


def _figure_given_before(head: str, lang: str) -> tuple[int, int] | None:
    """The span of a figure the speaker put on something before the reporting verb of
    `head` (`_FIGURE_GIVEN_BEFORE`), or None."""
    pattern = _FIGURE_GIVEN_BEFORE.get(lang)
    if pattern is None or not any(verb in head for verb in _FIGURE_GIVEN_VERB[lang]):
        return None
    given = pattern.search(head)
    return given.span() if given is not None else None


def _figure_given(clause: str, lang: str) -> str | None:
    """The speaker of a clause whose subject puts a figure on something (`_FIGURE_GIVEN`),
    or None when it is no such clause or its subject names no one."""
    pattern = _FIGURE_GIVEN.get(lang)
    if pattern is None or not any(verb in clause for verb in _FIGURE_GIVEN_VERB[lang]) or not _DIGIT.search(clause):
        return None  # a figure is put on something in digits
    given = pattern.match(clause)
    if given is None:
        return None
    subject = given.group("subject").strip()
    if lang == "de" and (after_verb := _subject_after_verb(subject + " ", clause[given.end() - 1 :])):
        return after_verb  # "Den Schaden bezifferte die Polizei auf …": the police
    opening = first_word(subject)
    if _ONLY_NAME.fullmatch(subject) and opening not in NOT_NAMES and opening not in _GERMAN_QUANTIFIERS:
        return subject  # "Hacienda estimó en …", "Moody's put the cost at …"; not "Viele (erwarten)"
    # "Experten der Bundesbank erwarten …": the staff's organisation.
    return _employer(subject) or _named_before(subject + " ", lang) or _described(subject + " ", "", lang) or None


# English reporting verbs whose bare complement is a statement ("said core prices would
# rise"); "reported a 5 percent rise", "announced a plan" take an object instead.
_BARE_SPEECH_VERBS = frozenset(
    ["said", "says", "say", "argued", "argues", "argue", "insisted", "insist", "told", "warn"]
)
_SHOW_VERBS = frozenset(["show", "shows", "showed"])
# A subject of one to four words, then a finite verb: "violent crime fell", "measles cases rose".
_STATEMENT_VERB_SOON = re.compile(
    r"(?:[\w'’-]+\s+){1,4}(?:[a-z]+ed|rose|fell|grew|hit|reached|was|were|is|are|has|have|had|stood|remains?|"
    r"rises|falls|grows)\b"
)
# Whom something was told: "told reporters", "told Reuters", "told the committee".
_RECIPIENT = re.compile(
    r"\s+(?:reporters|journalists|lawmakers|legislators|parliament|investors|analysts|supporters|"
    r"(?:the|a) (?:[a-z]+ )?(?:committee|court|audience|newspaper|paper|agency|conference|crowd|hearing|meeting)|"
    rf"(?:the\s)?{NAME_TOKEN}(?:\s{NAME_TOKEN})?)(?!\w)"  # "told Reuters", "told the BBC"
)
# When, where and how it was said, between the verb and the statement: "said on Tuesday",
# "said in a statement", "told reporters at a news conference", "said publicly".
_SPEECH_SETTING = re.compile(
    r"\s*,?\s*(?:(?:late |early )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"yesterday|today|tonight|earlier|later|recently|last (?:week|month|year|night)|this (?:week|month|year)|"
    r"in (?:a|an|its|his|her|their) (?:[a-z]+ )?(?:statement|interview|report|letter|filing|speech|post|note|"
    r"release|briefing|memo)|at (?:a|the) (?:[a-z]+ )?(?:press conference|news conference|briefing|hearing|summit|"
    r"meeting|rally)|publicly|privately|repeatedly|previously|separately|openly|flatly|bluntly|frankly|explicitly|"
    r"clearly|again|once again|then)(?!\w)"
)
# "said publicly last week that, if …": the "that" after the setting opens the statement.
_LATE_THAT = re.compile(r"that(?!\w)")
# An object, not a statement: "has said the same thing in 1953", "said this".
_ONLY_OBJECT = re.compile(
    r"(?:the same|the following|the opposite)(?!\w).*|(?:this|these|those|it)(?:\s+[a-z]+)?\W*",
    re.IGNORECASE | re.DOTALL,
)
# What follows "said" when it is no statement: "said nothing about …", "said so", "said in …".
_NOT_STATEMENTS = frozenset(
    [
        "nothing",
        "something",
        "anything",
        "so",
        "yes",
        "no",
        "goodbye",
        "hello",
        "thanks",
        "sorry",
        "little",
        "much",
        "more",
        "less",
        "otherwise",
        "as",
        "to",
        "by",
        "of",
        "about",
        "and",
        "but",
        "or",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
    ]
)
# A statement may open with a quantity whose first word would otherwise say there is none:
# "Officials said at least 40 people died" (not "said at the meeting").
_QUANTITY_FIRST = re.compile(r"(?i:at least|at most|more than|less than|fewer than|about|around|over|up to)\s+\d")
# The subject part before the verb, when it is more than a subject: "…, which analysts said
# was too much", "The plant is said to …".
_NOT_SUBJECT_WORDS = frozenset(
    [
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "as",
        "than",
        "when",
        "where",
        "while",
        "because",
        "if",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "nothing",
        "everything",
        "all",
    ]
)
_SUBJECT_WORDS = 8


def _bare_statement(clause: str, head: str, reporting: re.Match[str]) -> int | None:
    """Where the statement starts in English reported speech without "that": "The bank said
    on Tuesday core prices would rise 2.8 percent" -> "core prices would rise 2.8 percent".
    None when the words before the verb are more than its subject, or what follows the verb
    is no statement ("He said nothing about …")."""
    verb = reporting.group().lower()
    words = head.split()
    if verb in _SHOW_VERBS and _DATA_OWNER.fullmatch(head):
        # "FBI data show violent crime fell …": a statement when a finite verb follows soon
        # ("CDC data show a rise of 3 percent" shows an object).
        rest = clause[reporting.end() :].lstrip()
        if _STATEMENT_VERB_SOON.match(rest):
            return len(clause) - len(rest)
        return None
    if (
        verb not in _BARE_SPEECH_VERBS
        or not words
        or len(words) > _SUBJECT_WORDS
        or any(word.lower().strip(",") in _NOT_SUBJECT_WORDS for word in words)
    ):
        return None
    cursor = reporting.end()
    if verb == "told":
        recipient = _RECIPIENT.match(clause, cursor)
        if recipient is None:
            return None
        cursor = recipient.end()
    while setting := _SPEECH_SETTING.match(clause, cursor):
        cursor = setting.end()
    rest = clause[cursor:].lstrip(" ,–—-")
    late_that = _LATE_THAT.match(rest)
    if late_that:
        rest = rest[late_that.end() :].lstrip(" ,–—-")
    following = rest.split(maxsplit=3)
    if len(following) < 3:
        return None
    if not late_that and (
        (following[0].lower() in _NOT_STATEMENTS and not _QUANTITY_FIRST.match(rest))
        or _ONLY_OBJECT.fullmatch(rest)
        or _DEMONSTRATIVE_THAT.match(rest)  # a verb first: "Nothing X said is true" has no statement after "said"
    ):
        return None
    return len(clause) - len(rest)


# English "said" without "that" inside a subordinate clause attributes nothing to anyone:
# "Shares closed 3 percent higher after the company reported record orders", "Oil fell
# after OPEC said it would raise output". The clause runs from the conjunction to the verb
# without a comma; at the sentence's start it is an opening phrase instead ("When asked,
# Smith said …"). With "that" the statement is cut out as usual: "…, als sie darauf
# hinwies, dass …" is what she said.
_SUBORDINATE = re.compile(r"\s(?i:after|before|when|because|until|although|though|unless)\s[^,]*$")


# After the verb of an attribution set inside its statement: a time, then the comma.
_INSERTED_END = re.compile(r"(?:\s+[\w']+){0,3}\s*,\s+\S")


_INSERTED_INTRO_WORDS = 4
_DISCOURSE_WORDS = frozenset(
    ["now", "well", "so", "but", "and", "yes", "no", "also", "then", "today", "however", "still", "again", "look"]
)


def _inserted_attribution(clause: str, head: str, reporting: re.Match[str]) -> str | None:
    """Who spoke, when the attribution is set between commas inside its statement:
    "Measles cases in the United States have reached their highest level, the CDC said
    Wednesday, with 1,274 cases …" gives "the CDC" (not "United States"). The statement is
    the whole sentence."""
    intro, comma, rest = head.rpartition(",")
    if not comma or not intro.split() or not 0 < len(rest.split()) <= 8:
        return None
    closing = _INSERTED_END.match(clause, reporting.end())
    if closing is None:
        return None
    if len(intro.split()) < _INSERTED_INTRO_WORDS:
        # A short subject before the attribution, its predicate after it: "Unemployment,
        # the minister said, fell 3% in 2024." Not a discourse word before it ("Now,
        # Governor Romney just said, you know …"), nor a clause of its own after it.
        after = first_word(clause[closing.end() - 1 :])
        if intro.strip().lower() in _DISCOURSE_WORDS or not after.islower() or _is_pronoun(after) or after in ARTICLES:
            return None
    return rest


def _without_opening(head: str) -> str:
    """`head` after an opening phrase and its comma ("After the meeting, ", "On Friday, ",
    "When asked about the deficit, ", "Speaking in Berlin, ", "Later, "); else `head`."""
    intro, comma, rest = head.rpartition(",")
    return rest if comma and rest.strip() and _opens_adverbial(intro) else head


# The subject of "said" that is a single name, with titles before it: "Powell", "Mr. Powell".
_ONLY_NAME = re.compile(rf"\s*(?:[A-Z][a-z]{{1,4}}\.\s+)?{NAME_TOKEN}\s*")
# Words that open a subordinate clause or a question rather than reported speech after
# "sagte,": "Lindner sagte, was er dachte" reports nothing checkable.
_NOT_INDIRECT = _NOT_ATTRIBUTION - {"die", "der", "das"} | {"wie", "wer", "warum", "wann", "wo", "womit"}


# A German infinitive clause is what someone means to do, not what they said: "Die
# Opposition kündigte an, vor das Bundesverfassungsgericht zu ziehen." ("zu hoch" and
# "zu den Opfern" end no infinitive: the verb is lower case and ends in -n).
_GERMAN_INFINITIVE_END = re.compile(rf"\b{GERMAN_INFINITIVE}\W*$")
# A subject first or a finite verb makes the clause a statement after all: "…, es gebe
# nichts zu verbergen", "…, die Regierung habe versucht, … zu senken" (an article later is
# no subject: "vor das Bundesverfassungsgericht zu ziehen").
_GERMAN_SUBJECTS = frozenset(["der", "die", "das", "ein", "eine", "es", "er", "sie", "man", "wir", "ich", "dies"])
_GERMAN_FINITE = frozenset(
    [
        *("sei", "seien", "habe", "haben", "hätte", "hätten", "gebe", "gäbe", "werde", "werden", "würde", "würden"),
        *("könne", "könnten", "müsse", "müssten", "solle", "sollten", "wolle", "ist", "sind", "hat", "wird"),
        *("war", "waren"),
    ]
)


def _intended(statement: str, head: str) -> bool:
    """Whether a German statement after "kündigte an," and the like is an infinitive clause:
    what someone means to do ("vor das Bundesverfassungsgericht zu ziehen"). After a
    particle or pronominal adverb that announces one ("kündigte an,", "warnte davor,") an
    article first is the infinitive's object ("…, das Asylrecht weiter auszuhöhlen")."""
    if _GERMAN_INFINITIVE_END.search(statement) is None:
        return False
    words = statement.lower().replace(",", " ").split()
    # "zu haben", "zu sein" close a perfect infinitive: "…, die Krise verschlafen zu haben".
    if any(word in _GERMAN_FINITE and (i == 0 or words[i - 1] != "zu") for i, word in enumerate(words)):
        return False
    return words[0] not in _GERMAN_SUBJECTS or head.split()[-1].lower() in _ANNOUNCING_INFINITIVE


# German unnamed sources by their circle: "Wie aus Regierungskreisen verlautete", "Aus
# Koalitionskreisen hieß es", "Wie die dpa aus Regierungskreisen erfuhr". The speaker is the
# circle in the nominative ("Regierungskreise"), not the agency that heard it.
_GERMAN_CIRCLES = re.compile(
    r"(?:(?i:wie)\s+(?:\S+\s+){0,4})?(?i:aus|in)\s+(?P<circles>[A-ZÄÖÜ][\w-]*kreisen)\s+"
    r"(?:verlautete|verlautet|hieß\s+es|hieß|war\s+zu\s+hören|erfuhr(?:\s+\S+){0,4})"
)
# German impersonal attributions: "…, hieß es in der Mitteilung.", "…, hieß es aus dem
# Finanzministerium.", "In dem Bericht heißt es, …". The source is the document or the
# institution after "in"/"aus", or nobody named.
# Also the passive that spreads a claim: "In sozialen Netzwerken wird behauptet, …", "Es
# wird immer wieder verbreitet, dass …".
_IMPERSONAL = re.compile(
    r"\s*(?:(?i:in|aus|auf)\s+(?P<before>[^,;:]{3,80}?)\s+)?"
    r"(?:(?i:heißt|hieß)\s+es|(?:(?i:es)\s+)?(?i:wird|wurde)\s+(?:(?i:immer\s+wieder|oft|häufig|derzeit)\s+)?"
    r"(?i:behauptet|verbreitet|kolportiert|berichtet))"
    r"(?:\s+(?i:in|aus|von|seitens)\s+(?P<after>[^,;:]{3,80}?))?\s*"
)


_GERMAN_ARTICLES = frozenset(
    ["der", "die", "das", "des", "dem", "den", "ein", "eine", "einem", "einer", "eines", "einen"]
)


def _impersonal_source(text: str) -> str | None:
    """The source of an impersonal German attribution `text` ("" when it names none), or
    None when `text` is no such attribution."""
    found = _IMPERSONAL.fullmatch(text)
    if found is None:
        return None
    source = found.group("before") or found.group("after")
    if not source or (source[:1].islower() and first_word(source) not in _GERMAN_ARTICLES):
        return ""  # "In sozialen Netzwerken wird behauptet, …": where, not who
    named = _named_or_described(f"{source} ", "", "de")
    article, _, noun = named.partition(" ")
    # "der Mitteilung": "Mitteilung", as a name the article writes stands without its article.
    return noun if article.lower() in ARTICLES and noun and " " not in noun else named


# "Wie aus dem Bericht hervorgeht, …", "Wie aus einer Antwort des Ministeriums auf eine
# Anfrage … hervorging, …": what follows the comma is the document's.
_EMERGES_FROM = re.compile(r"\s*(?i:wie)\s+(?i:aus)\s+(?P<document>[^,;:]{3,160}?)\s+(?i:hervorgeht|hervorging)\s*")
# Where the document's author ends: "… der Bundesregierung | auf eine Anfrage der Linken".
_EMERGES_CUT = re.compile(r"\s+(?:auf|an|zu|zur|zum|gegenüber)\s+")
# What announces an infinitive clause: "kündigte an,", "warf ihr vor,", "warnte davor,".
_ANNOUNCING_INFINITIVE = frozenset(["an", "vor", "davor", "dafür", "darauf", "damit"])


_CONDITIONAL_OPENERS = frozenset(["hätte", "hätten", "wäre", "wären", "würde", "würden", "wenn", "falls", "sollte"])


_SECOND_VERB_WORDS = 3  # "(sagte) aber am Montag"
# What a German verb points to, after it: "(verwies) auf die Mietpreisbremse". A comma
# after it opens the object's relative clause, not what was said.
_RELATIVE_OPENING = re.compile(r"(?:der|die|das|den|dem|deren|dessen|denen)\s+[^\W_A-ZÄÖÜ]")  # no noun after it
_PREPOSITIONAL_OBJECT = re.compile(r"\s+(?:auf|über|gegen|für)\s+(?:der|die|das|den|dem|ein|eine|einen|seine|ihre)\s")


def _statement_after_comma(sentence: str, start: int, end: int, lang: str) -> Piece | None:
    """The statement after the first comma, said by the one named before it: German
    indirect speech without "dass" ("Lindner sagte am Montag, die Schulden seien
    gestiegen."), elsewhere "As the ministry said on Monday, exports rose …", "Como dijo
    la ministra, el paro …"."""
    if lang != "de" and not _AS_SAID.match(sentence, start, end):
        return None
    comma = sentence.find(",", start, end)
    if comma < 0:
        return None
    colon = sentence.rfind(": ", start, comma)
    if lang == "de" and colon >= 0:
        start = colon + 2  # "Die Union sieht das anders: Fraktionsvize Lindholz erklärte, …": who spoke follows
    head = sentence[start:comma]
    if lang == "de" and "kreisen" in head and (circles := _GERMAN_CIRCLES.fullmatch(head.strip())) is not None:
        # "Wie aus Regierungskreisen verlautete, …": unnamed sources, named by their circle.
        s, e = _trim(sentence, comma, end)
        return Piece(s, e, speaker=circles.group("circles")[:-1], reported=True) if e - s >= 12 else None
    if lang == "de" and (source := _impersonal_source(head)) is not None:
        # "In dem Bericht heißt es, …", "Aus dem Ministerium hieß es, …": the document's or nobody's.
        complement = COMPLEMENT["de"].match(sentence, comma + 1)  # "Es wird behauptet, dass …"
        s, e = _trim(sentence, complement.end() if complement else comma, end)
        return Piece(s, e, speaker=source, reported=True) if e - s >= 12 else None
    if lang == "de" and (emerges := _EMERGES_FROM.fullmatch(head)) is not None:
        # "Wie aus einer Antwort der Bundesregierung auf eine Anfrage der Linken hervorgeht,
        # …": the document's author, named before what it answered or where it was sent. The
        # source stays in the claim, as "laut …" does (`_HERVOR` where the name ends it).
        s, e = _trim(sentence, start, end)
        source = _EMERGES_CUT.split(emerges.group("document"), maxsplit=1)[0]
        speaker = _named_or_described(f"{source} ", "", lang)
        return Piece(s, e, speaker=speaker, reported=True) if e - s >= 12 else None
    reporting = REPORTING[lang].search(head) if lang in REPORTING else None
    if reporting is None and lang == "de":
        reporting = _german_plural_present(head)  # "Ökonomen sagen, die Inflation sei …"
    if reporting is None and (skipped := _after_apposition(sentence, comma, end)) is not None:
        # "Der Minister, ein Sozialdemokrat aus Bremen, sagte, …": the comma after the verb.
        comma = skipped
        head = sentence[start:comma]
        reporting = REPORTING[lang].search(head) if lang in REPORTING else None
    if reporting is None or not (
        _german_attribution(head, reporting) if lang == "de" else len(head.split()) <= _ATTRIBUTION_WORDS
    ):
        return None
    s, e = _trim(sentence, comma, end)
    if lang == "de" and (again := REPORTING["de"].match(sentence, s, e)) is not None:
        # "Der Chef von VW räumte Fehler ein, sagte aber, der Konzern habe …": the same
        # subject's second verb, whose statement follows its comma.
        second = sentence.find(",", again.end(), e)
        if second < 0 or len(sentence[again.end() : second].split()) > _SECOND_VERB_WORDS:
            return None
        s, e = _trim(sentence, second, end)
    named = _NAME_APPOSED.match(sentence, s, e)
    if named is not None:
        # "Según ha explicado el ministro de Economía, Carlos Cuerpo, el PIB …": who it is.
        s, e = _trim(sentence, named.end(), end)
    if e - s < 12 or (lang == "de" and (first_word(sentence[s:e]) in _NOT_INDIRECT or _intended(sentence[s:e], head))):
        return None
    if lang == "de" and _PREPOSITIONAL_OBJECT.match(head, reporting.end()) and _RELATIVE_OPENING.match(sentence, s):
        return None  # "Geywitz verwies auf die Mietpreisbremse, die bis 2029 …": the object's relative clause
    if named is not None:
        speaker = strip_titles(named.group(1))
    elif lang == "de" and _german_coordinated(head[: reporting.start()].split()):
        # "Bundeskanzler Olaf Scholz besuchte die Region und sagte, …": the first clause's subject
        speaker = _coordinated_subject(sentence, start, head, reporting, lang)
    else:
        speaker = _speaker_around(head, reporting, lang)
    if not speaker:
        return None
    s, e = _before_speaker_goes_on(sentence, s, e, lang)  # ", und verwies auf …": what they did next
    return Piece(s, e, speaker=speaker, reported=True)


# A full name standing alone between two commas right after an attribution: the name of the
# one it describes ("el ministro de Economía, Carlos Cuerpo, …").
_PERSON_NAME = rf"{NAME_TOKEN}(?:\s{PARTICLES}?{NAME_TOKEN}){{1,3}}"  # two to four words
_NAME_APPOSED = re.compile(rf"({_PERSON_NAME}),\s")
_ONLY_PERSON_NAME = re.compile(rf"\s*{_PERSON_NAME}\s*")


def _after_apposition(sentence: str, comma: int, end: int) -> int | None:
    """The comma after the words that follow an apposition opened at `comma` ("…, ein
    Sozialdemokrat aus Bremen, sagte, …"), or None when no apposition opens there."""
    closing = sentence.find(",", comma + 1, end)
    if closing < 0:
        return None
    inserted = sentence[comma + 1 : closing]
    # A description, or the name of the one described before it: "Der Präsident des
    # Ifo-Instituts, Clemens Fuest, sagte, …".
    if not _is_apposition(inserted.split()) and not _ONLY_PERSON_NAME.fullmatch(inserted):
        return None
    after = sentence.find(",", closing + 1, end)
    return after if after > 0 else None


def _german_coordinated(before: list[str]) -> bool:
    """Whether the words before a German reporting verb are a clause of its own and the
    word joining it: "Scholz besuchte am Montag die Region und (sagte)"."""
    return len(before) > 2 and before[-1] in ("und", "aber")


_GERMAN_SUBJECT_WORDS = 8  # "Die sogenannte Junge Gruppe in der Unionsfraktion (kritisierte)"


def _german_attribution(head: str, reporting: re.Match[str]) -> bool:
    """Who spoke before the verb, when and where after it, each part short: "Der
    Finanzminister sagte am Dienstag in einem Interview, …". Not a condition ("Hätte Spahn
    das Gegenteil gesagt, …") nor a reported question ("Jeder hat gesagt, ob er …, …"),
    after which the comma does not open what was said."""
    after = head[reporting.end() :].split()
    before = head[: reporting.start()].split()
    return (
        len(before) <= (_ATTRIBUTION_WORDS if _german_coordinated(before) else _GERMAN_SUBJECT_WORDS)
        and len(after) <= _ATTRIBUTION_WORDS // 2
        and first_word(head) not in _CONDITIONAL_OPENERS
        and _NOT_INDIRECT.isdisjoint(word.lower() for word in after)
    )


# Prepositions before a name after the verb that make it where or to whom it was said:
# "afirmó en una entrevista en Onda Cero", "sagte im ZDF" ("told CNN" has none).
_SETTING_BEFORE_NAME = LOCATIVES | frozenset(["a", "an", "auf", "on", "to", "am", "vor", "ante", "devant"])
_EMPLOYED_AT = frozenset(["at", "bei"])
