"""What on a news page is no prose: datelines, bylines, time stamps, photo and agency
credits, rating lines, and the speaker labels of a transcript ("HARRIS: …").

The extractor skips furniture (`page_furniture`) and gives each sentence of a transcript to
the speaker whose turn it is in (`transcript_turns`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from .names import (
    NAME_TOKEN,
    PARTICLES,
    first_word,
    strip_titles,
)
from .segment import ENGLISH_MONTHS, GERMAN_MONTHS, SPANISH_MONTHS

# A news agency's dateline before the first sentence: "WASHINGTON (Reuters) - ", "BERLIN,
# 5. März (dpa) - ", "MADRID (EFE).- ": a place in capitals, perhaps a date, the agency in
# brackets, a dash.
DATELINE = re.compile(
    r"(?:[A-ZÄÖÜÁÉÍÓÚÑ][A-ZÄÖÜÁÉÍÓÚÑ/ .'-]{2,40}(?:,[^()\n]{1,30})?\s*\([^()\n]{2,30}\)"
    # The place in mixed case ("Berlin (dpa) - ", "Madrid, 12 nov (EFE).- "): only before an agency.
    r"|[A-ZÄÖÜÁÉÍÓÚÑ][\w/ .'-]{2,40}(?:,[^()\n]{1,30})?\s*"
    r"\((?i:dpa|afp|ap|reuters|rtr|efe|europa press|kna|epd|dts|apa|sda|ansa|bloomberg)(?:[/,][^()\n]{0,20})?\))"
    r"\s*\.?\s*[-–—]+\s*"
    # A press release: "SAN FRANCISCO, Oct. 24, 2024 /PRNewswire/ -- ", "BERLIN, 24. Oktober 2024 /PRNewswire/ --".
    r"|[A-ZÄÖÜÁÉÍÓÚÑ][\w .'-]{2,40},[^/\n]{1,30}/\s*[\w .-]{2,30}\s*/\s*(?:--|[-–—])\s*"
    # No agency: a place in capitals and a dash, then a sentence ("NEW YORK — Measles cases …").
    r"|[A-ZÄÖÜÁÉÍÓÚÑ]{2,}(?:[ .'-][A-ZÄÖÜÁÉÍÓÚÑ]{2,}){0,3}(?:,[^()\n]{1,30})?\s+[–—]\s+"
    r"(?=[A-ZÄÖÜÁÉÍÓÚÑ][a-zäöüßáéíóúñ\s.]|\d)"  # "Measles", "A man", "U.S. prices", "14 people"
)

# Lines of the page around an article, pasted with it: a time stamp ("Updated 3:45 PM EST,
# November 28, 2025", "Aktualisiert am 28.11.2025, 15:45 Uhr"), a caption or its credit
# ("Photo: A shopper walks past …", "FILE - President Biden speaks …", "Foto: dpa"), a
# copyright line. They are no statements of the article, whatever figures they hold.
_STAMP_WORD = (
    r"\d{1,2}h\d{2}|\d{1,4}(?:st|nd|rd|th)?|a\.m\.|p\.m\.|am|pm|"  # figures and the time of day
    r"[ECMP][SD]T|ET|GMT|UTC|BST|CET|CEST|MEZ|MESZ|uhr|"  # time zones
    r"um|at|on|de|del|el|a|las|h|le|à|"  # "um 15:45 Uhr", "at 3:45", "a las 15:45 h", "le 28 … à 15h45"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    rf"{'|'.join((*ENGLISH_MONTHS, *GERMAN_MONTHS, *SPANISH_MONTHS))}|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|ene|abr|ago|dic|"
    # Days of the week: "Updated 3:45 PM EST, Tue March 4, 2025", "Di., 04.03.2025", "mar 4 mar 2025"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|lun|mié|jue|vie|sáb|dom"
)
_PAGE_FURNITURE = re.compile(
    r"\s*(?:"
    r"(?:last updated|updated|published|posted|zuletzt aktualisiert|aktualisiert|veröffentlicht|stand|"
    r"actualizado|publicado|mis à jour|publié)(?:\s+(?:on|at|am|um|el|a las|le))?\s*:?"
    rf"(?:[\s,./:|-]*(?:{_STAMP_WORD})(?!\w)\.?)+[\s.]*$"
    r"|\(?(?:(?:photo|foto|bild|image|imagen|picture)(?:s|\s+credits?|quelle|nachweis)?|caption|pie de foto|"
    r"file photo)\s*(?::|/|\|)"
    r"|file\s+[-–—]\s"
    r"|copyright\s+(?:©\s*)?(?:\d{4}|by\b)|©"
    r")",
    re.IGNORECASE,
)


# A byline: "By Jane Doe, Health Reporter", "Von Anna Schmidt und Jan Roth", "Por María
# López, corresponsal en Bruselas": "by" and a name of two words or more, then perhaps more
# names and roles; no figures, no verb ("By Monday morning, prices had fallen" is no byline).
_BYLINE_WORDS = (
    r"and|und|y|et|&|of|for|in|at|the|de|del|la|el|en|für|der|die|staff|writer|reporter|correspondent|editor|"
    r"corresponsal|periodista|redactor|redactora|redakteur|redakteurin|korrespondent|korrespondentin"
)
_BYLINE = re.compile(
    rf"\s*(?i:by|von|por|par)\s+{NAME_TOKEN}(?:\s(?:[A-Z]\.\s)?{PARTICLES}?{NAME_TOKEN}){{1,3}}(?:\s(?:Jr|Sr)\.)?"
    rf"(?:(?:,|\s(?:and|und|y|et|&))\s+(?:(?:{NAME_TOKEN}|(?i:{_BYLINE_WORDS}))(?:\s+|\s*,\s*|$)){{1,8}})?\s*$"
)


# A transcript's turns: a speaker's name in capitals at the start of a line, then a colon
# ("HARRIS: …", "SEN. WARREN: …", "MODERATOR: …"), as debate and interview transcripts set
# them. What follows, up to the next such line, is that speaker's.
# Transcription services write the full name and a time instead ("Donald Trump: (01:23:45)
# We had …", "Kamala Harris (00:12): …"): two or three capitalised words, then perhaps the
# time in brackets.
_TURN_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-ZÄÖÜÁÉÍÓÚÑ][A-ZÄÖÜÁÉÍÓÚÑ'’.-]+(?:[ \t]+[A-ZÄÖÜÁÉÍÓÚÑ][A-ZÄÖÜÁÉÍÓÚÑ'’.-]+){0,3}"
    r"|[A-ZÄÖÜÁÉÍÓÚÑ][a-zäöüßáéíóúñ'’-]+(?:[ \t]+[A-ZÄÖÜÁÉÍÓÚÑ][a-zäöüßáéíóúñ'’.-]+){1,2})"
    r"[ \t]*(?P<before>\(\d{1,2}(?::\d{2}){1,2}\)[ \t]*)?:[ \t]*(?P<after>\(\d{1,2}(?::\d{2}){1,2}\)[ \t]*)?(?=\S)",
    re.MULTILINE,
)
# Labels that are no speakers: news labels, captions, a fact-check's own headings.
NOT_SPEAKER_LABELS = frozenset(
    [
        *("BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE"),
        *("CORRECTION", "PHOTO", "FOTO", "FILE", "WATCH", "READ MORE", "RELATED", "LIVE", "ANALYSIS"),
        *("EXCLUSIVE", "OPINION", "EILMELDUNG", "EIL", "EXKLUSIV", "ANALYSE", "ÚLTIMA HORA", "URGENTE"),
        *("DIRECTO", "EXCLUSIVA", "FUENTE", "QUELLE", "SOURCE", "SOURCES", "FACT CHECK", "CLAIM", "RATING"),
        *("VERDICT", "BILD", "IMAGE", "VIDEO", "AUDIO", "TRANSCRIPT", "TEXT", "SUMMARY", "ZUSAMMENFASSUNG"),
        *("RESUMEN", "CONTEXT", "KONTEXT", "CONTEXTO", "FAZIT", "ERGEBNIS", "TL;DR", "PS", "P.S."),
        *("KEY TAKEAWAYS", "RELATED COVERAGE", "RELATED ARTICLES", "MORE COVERAGE", "SEE ALSO", "MEHR ZUM THEMA"),
        *("LESEN SIE AUCH", "LEA TAMBIÉN", "TE PUEDE INTERESAR", "WHAT WE KNOW", "FACT CHECKS", "THE CLAIM"),
        *("OUR RATING", "THE FACTS", "THE BOTTOM LINE", "BOTTOM LINE", "UNSERE BEWERTUNG", "NUESTRA CALIFICACIÓN"),
        *("QUOTE", "ZITAT", "CITA", "WICHTIG", "IMPORTANT", "IMPORTANTE", "MEINUNG", "KOMMENTAR", "OPINIÓN"),
        *("INTERVIEW", "ENTREVISTA", "Q&A", "PODCAST", "LIVEBLOG", "LIVE BLOG", "TICKER", "NEWSTICKER"),
    ]
)


# More speakers than a debate or an interview has: a list of labelled lines, no transcript.
_TURN_SPEAKERS = 12


class Turn(NamedTuple):
    label_start: int  # where the label begins
    start: int  # where the speaker's words begin, after the colon
    speaker: str


# An interview's labels, at the start of a line: the question's ("Q:", "Frage:", "F:",
# "Pregunta:", "P:") and the answer's ("A:", "Antwort:", "Respuesta:", "R:").
_INTERVIEW_LABEL = re.compile(
    r"^[ \t]*(?:(?P<question>Q|Frage|F|Pregunta|P)|(?P<answer>A|Antwort|Respuesta|R))[ \t]*:[ \t]*(?=\S)",
    re.MULTILINE,
)
# The speaker of an interview's answers, until the extractor knows whom the text
# introduces (`NameIndex.first_person`).
INTERVIEWEE = "(interviewee)"


# Whom an interview's introduction describes as speaking to the paper, when it names no
# one: "The energy secretary spoke to our reporter about …", "Die Ministerin sprach mit
# uns über …", "La ministra habló con este periódico …".
_INTERVIEWEE_DESCRIBED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<who>(?:The|Der|Die|El|La)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?:spoke|talked|sprach|habló|conversó)\s+(?:to|with|mit|con)\b",
    re.MULTILINE,
)


def interviewee_described(introduction: str) -> str:
    """The description of whom an interview's introduction says spoke to the paper, or ""."""
    found = _INTERVIEWEE_DESCRIBED.search(introduction)
    return found.group("who") if found is not None else ""


def _interview_turns(text: str) -> list[Turn]:
    """The turns of a question-and-answer interview: none unless the text asks and answers
    at least once each. A question is no one's statement; an answer is the interviewee's."""
    turns = [
        Turn(match.start(), match.end(), "" if match.group("question") else INTERVIEWEE)
        for match in _INTERVIEW_LABEL.finditer(text)
    ]
    kinds = {turn.speaker for turn in turns}
    return turns if len(kinds) == 2 else []


def transcript_turns(text: str) -> list[Turn]:
    """The turns of a transcript in `text`, in order; none unless two lines or more open
    with a speaker's label, so a single "NOTE:" or "UPDATE:" makes no transcript. A label
    in capitals counts; one in mixed case ("Kamala Harris:") only with a time beside it or
    where one such name opens two lines or more ("Photo Credit: …" once is no turn). The speaker is
    written as the text writes the name elsewhere ("HARRIS" is "Harris" where the text says
    "Vice President Harris"), else with capitals only at word starts. An interview's
    "Q:" and "A:" make turns too (`_interview_turns`)."""
    if ":" not in text:
        return []
    interview = _interview_turns(text)
    if interview:
        return interview
    found = []
    for match in _TURN_LABEL.finditer(text):
        label = " ".join(match.group("label").split())
        if label.upper() not in NOT_SPEAKER_LABELS and any(ch.isalpha() for ch in label[1:]):
            found.append((match, label))
    # One name in mixed case opening two lines makes the text a transcript, and every such
    # name a speaker's.
    repeated = any(times > 1 for label, times in Counter(label for _, label in found).items() if not label.isupper())
    turns = [
        Turn(match.start("label"), match.end(), label)
        for match, label in found
        if label.isupper() or match.group("before") or match.group("after") or repeated
    ]
    labels = {turn.speaker for turn in turns}
    if len(turns) < 2 or len(labels) > _TURN_SPEAKERS:
        return []
    names: dict[str, str] = {}
    for label in labels:
        if not label.isupper():
            names[label] = label  # written in full already: "Kamala Harris"
            continue
        forms = (m.group() for m in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", text, re.IGNORECASE))
        names[label] = strip_titles(next((form for form in forms if not form.isupper()), None) or label.title())
    return [turn._replace(speaker=names[turn.speaker]) for turn in turns]


# Credits closing an agency story: "Reporting by Jane Smith; Editing by Tom Jones", "Mary
# Clare Jalonick contributed to this report.", "Mit Material von dpa und AFP", "Mitarbeit:
# Jan Roth", "Con información de EFE". No figures in them.
_CREDITS = re.compile(
    r"\s*(?:(?i:additional\s+)?(?i:reporting|writing|editing|compiled|research|graphics)\s+(?i:by)\s+"
    rf"{NAME_TOKEN}[^\d.!?]*"
    rf"|(?:(?:{NAME_TOKEN}\s+){{1,3}}(?:writers?|reporters?|correspondents?|journalists?)\s+)?"
    rf"{NAME_TOKEN}(?:\s(?:[A-Z]\.\s)?{NAME_TOKEN}){{1,3}}(?:(?:,\s*|\s+and\s+|,\s+and\s+){NAME_TOKEN}"
    rf"(?:\s(?:[A-Z]\.\s)?{NAME_TOKEN}){{1,3}})*\s+contributed\s+"
    r"(?:reporting|from|(?:to\s+)?this\s+(?:report|story|article))"
    r"[^\d.!?]*"
    r"|(?i:mit\s+material\s+(?:von|der|des)|mitarbeit:|con\s+informaci[óo]n\s+de)\s[^\d.!?]*"
    r")\.?\s*$"
)


_CREDIT_OPENERS = frozenset(
    ["reporting", "additional", "writing", "editing", "compiled", "research", "graphics", "mit", "mitarbeit:", "con"]
)
# A fact-check's rating line: "VERDICT: Mostly true.", "Unsere Bewertung: Falsch",
# "Veredicto: Engañoso". A short label, no figures.
_RATING_LINE = re.compile(
    r"\s*(?i:verdict|our rating|rating|our ruling|(?:[\w.]+['’]s\s+)?assessment|veredicto|nuestra calificación|"
    r"calificación|unsere bewertung|bewertung)"
    r"\s*:\s*[^\d.!?:]{1,40}[.!]?\s*$"
)
# The rating said as a sentence: "We rate this claim Pants on Fire.", "Wir bewerten die
# Behauptung als falsch.", "Calificamos este mensaje como falso." A few words, no figures.
_RATING_SENTENCE = re.compile(r"\s*(?:We\s+rate|Wir\s+bewerten|Calificamos)\s+[^\d.!?:;]{1,60}[.!]?\s*$")
# The verdict on the claim checked, perhaps after a conclusion's label: "Fazit: Die
# Behauptung ist falsch.", "The claim is misleading.", "La afirmación es falsa."
_VERDICT_NOUNS = ("Behauptung", "Aussage", "claim", "statement", "afirmación", "información", "publicación")
_VERDICT_SENTENCE = re.compile(
    r"\s*(?:(?i:fazit|ergebnis|conclusion|conclusión|in short|en resumen|kurz gesagt)\s*:\s*)?"
    rf"(?:Die|Diese|The|This|That|La|Esta)\s+(?:{'|'.join(_VERDICT_NOUNS)})\s+(?:ist|is|es)\s+"
    r"[^\d.!?:;,]{1,40}[.!]?\s*$"
)


# A news agency's funding disclosure under its stories: "The Associated Press Health and
# Science Department receives support from the Howard Hughes Medical Institute …", "The AP
# is solely responsible for all content.", "Find AP's standards for working with
# philanthropies … at AP.org."
_DISCLOSURE = re.compile(
    r"\s*(?:(?:The\s+)?(?:Associated\s+Press|AP)\b[^.!?]{0,100}?\s(?:receives|received)\s+(?:financial\s+)?support\s+from\s"
    r"|(?:The\s+)?(?:Associated\s+Press|AP)\s+is\s+solely\s+responsible\s+for\s+all\s+content"
    r"|Find\s+AP['’]s\s+standards\s+for\s+working\s+with\s+philanthropies)"
)


# A correction or an editor's note about the article itself, not about the world:
# "Correction: An earlier version of this article misstated …", "This story has been
# updated to …", "Korrektur: In einer früheren Version dieses Artikels hieß es …", "Fe de
# errores: …", "Una versión anterior de esta noticia …". ("Update: The death toll rose to
# 40." is news, so an update's label alone is not enough.)
_EDITORS_NOTE = re.compile(
    r"\s*(?:(?i:correction|corrections|clarification|editor['’]s note|korrektur|richtigstellung|"
    r"anmerkung der redaktion|hinweis der redaktion|corrección|fe de errores|nota de la redacción|"
    r"nota del editor|aclaración)\s*:"
    r"|(?:An|A)\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|post)"
    r"|This\s+(?:article|story|report|post)\s+(?:has\s+been|was)\s+(?:updated|corrected|amended)"
    r"|In\s+einer\s+früheren\s+Version\s+dieses\s+(?:Artikels|Textes|Beitrags)"
    r"|Dieser\s+(?:Artikel|Text|Beitrag)\s+wurde\s+(?:aktualisiert|korrigiert)"
    r"|Una\s+versión\s+anterior\s+de\s+(?:este|esta)\s+(?:artículo|noticia|información|texto)"
    r"|(?:Este|Esta)\s+(?:artículo|noticia|información)\s+(?:ha\s+sido|fue)\s+(?:actualizad|corregid)[oa])"
)


_EDITORS_NOTE_OPENINGS = ("An ", "A ", "This ", "In einer", "Dieser ", "Una ", "Este ", "Esta ")


def page_furniture(sentence: str) -> bool:
    """Whether the sentence is a line of the page rather than of the article (above)."""
    return (
        _PAGE_FURNITURE.match(sentence) is not None
        or _BYLINE.match(sentence) is not None
        # String tests first: most sentences are neither credits nor a rating line.
        or (
            ("contributed" in sentence or first_word(sentence) in _CREDIT_OPENERS)
            and _CREDITS.match(sentence) is not None
        )
        or (":" in sentence[:32] and _RATING_LINE.match(sentence) is not None)
        or (
            sentence.lstrip().startswith(("We ", "Wir ", "Calificamos "))
            and _RATING_SENTENCE.match(sentence) is not None
        )
        or (any(noun in sentence for noun in _VERDICT_NOUNS) and _VERDICT_SENTENCE.match(sentence) is not None)
        or (("AP" in sentence or "Associated" in sentence) and _DISCLOSURE.match(sentence) is not None)
        or (
            (":" in sentence[:32] or sentence.startswith(_EDITORS_NOTE_OPENINGS))
            and _EDITORS_NOTE.match(sentence) is not None
        )
    )
