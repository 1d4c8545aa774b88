"""Split an article into sentences and claim-sized pieces, score each, keep the claims."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace

from .clauses import (
    PLURAL_SUBJECT,
    Piece,
    anaphor_gender,
    anaphor_kind,
    back_source,
    continues_indirect_speech,
    german_epithet,
    is_anaphor,
    previous_speaker,
    quotation_speaker,
    quotations_across,
    reporter,
    split_pieces,
)
from .language import detect_language
from .names import (
    FIRM_DESCRIPTION_NOUNS,
    SPECIFIC_DESCRIPTION_NOUNS,
    NameIndex,
    german_description,
    german_nominative,
    organisation_description,
    without_description,
)
from .page import INTERVIEWEE, Turn, interviewee_described, page_furniture, transcript_turns
from .scoring import RuleScorer, Scorer, hand_weighted, with_hand_weights
from .segment import Span, split_sentences
from .signals import Signal, backing_link, clause_signals, genre_of, signal_weight

DEFAULT_THRESHOLD = 0.5
# Negative signals of a whole sentence carry over to every piece cut from it: a clause of
# a question or of a hedged sentence is no more check-worthy than the sentence.
_INHERITED = {"question", "hedge"}
# A hedge opening a sentence covers all of it ("Ich glaube, …, aber …"); one inside a later
# piece is that piece's own: in "La economía crecerá un 2 % este año, aunque podría
# frenarse", "podría" hedges the second clause, not the first.
_OWN_TO_ITS_PIECE = {"hedge"}


def _in_another(signal: Signal, index: int, quotes: list[str]) -> bool:
    """Whether `signal` matched only inside a later piece of the sentence than `quotes[index]`."""
    match = signal.match.lower()
    if signal.name not in _OWN_TO_ITS_PIECE or match in quotes[0].lower():
        return False
    return any(match in other.lower() for at, other in enumerate(quotes) if at not in (0, index))


# A pronoun speaker ("He said …") is looked for in its own sentence, then in up to this many before it.
ANTECEDENT_SENTENCES = 2


def _antecedent(names: NameIndex, spans: list[Span], index: int, piece: Piece, said_after: bool) -> str:
    """Whom an anaphoric speaker (`is_anaphor`) of a piece of sentence `index` stands for:
    a name of the sentence itself or of the ANTECEDENT_SENTENCES before it, outside the
    piece. `said_after`: the speaker came from the sentence after, which only says who
    said this one."""
    span = spans[index]
    windows = [spans[i].start for i in range(index, max(-1, index - 1 - ANTECEDENT_SENTENCES), -1)]
    around = (span.start + piece.start, span.start + piece.end)
    if piece.speaker == PLURAL_SUBJECT:  # "They said …": the group that spoke just before
        return names.plural_antecedent(windows[-1], span.end, around)
    until = span.end
    described = organisation_description(piece.speaker)
    if described and (said_after or piece.start == 0):
        # Said after the statement ("Die EZB hat den Leitzins gesenkt. Das teilte die Notenbank
        # mit.", "La Guardia Civil ha detenido …, según ha informado el instituto armado."):
        # the statement may name it.
        around = (0, 0)
    elif described:
        # "The company" is named in a sentence before, not later in its own ("The company said
        # in a filing with the Securities and Exchange Commission …").
        windows, until = windows[1:], span.start
    if described and (named := names.named_as(piece.speaker.split()[-1], until, around)):
        # "erklärte das Amt" is the Statistisches Bundesamt named before, though a bank was
        # named since; "the bank" is Deutsche Bank.
        return named
    if described and piece.speaker.split()[-1].lower() in SPECIFIC_DESCRIPTION_NOUNS:
        return piece.speaker  # "Según el ministerio" after "El PP votó en contra": no ministry named
    found = names.antecedent(
        windows,
        until,
        around,
        anaphor_kind(piece.speaker),
        anaphor_gender(piece.speaker),
        firm=bool(described) and piece.speaker.split()[-1].lower() in FIRM_DESCRIPTION_NOUNS,
    )
    if found or not described:
        return found
    # "Die EZB hat … Die Notenbank teilte mit": an organisation named only by its acronym;
    # "The company said …" in an article naming no company: the description itself.
    return names.acronym_antecedent(windows, until, around) or piece.speaker


@dataclass(frozen=True, slots=True)
class ClaimCandidate:
    text: str
    start: int
    end: int
    sentence_index: int
    sentence: str
    score: float
    signals: list[Signal] = field(default_factory=list)
    speaker: str = ""
    speaker_type: str = ""  # "Person" or "Organization" when there is a speaker

    def signals_as_dicts(self) -> list[dict[str, object]]:
        return [s.as_dict() for s in self.signals]


@dataclass(frozen=True, slots=True)
class Extraction:
    language: str
    text: str
    sentences: list[tuple[int, int]]
    claims: list[ClaimCandidate]


def normalise(text: str) -> str:
    """The canonical article text: NFC, with Windows and old Mac line ends unified."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


DEFAULT_SCORER = RuleScorer(DEFAULT_THRESHOLD)


def extract(
    text: str,
    language: str | None = None,
    threshold: float | None = None,
    scorer: Scorer | None = None,
    genre: str | None = None,
) -> Extraction:
    """Extract check-worthy claims. `text` must already be NFC (see `normalise`).

    Offsets are code points into `text`. `threshold` defaults to the scorer's own.
    `genre` is `signals.ARTICLE` or `signals.POST`; by default the text's length decides
    (`genre_of`). What is submitted as an article is one, however short.
    """
    scorer = scorer or DEFAULT_SCORER
    cutoff = scorer.threshold if threshold is None else threshold
    lang = language or detect_language(text)
    spans = split_sentences(text)
    claims: list[ClaimCandidate] = []
    seen: set[str] = set()
    genre = genre or genre_of(text)  # a post's weights differ from an article's where both were measured
    cites_source = signal_weight("cites_source", lang, genre)
    names = NameIndex(text, lang)
    learned = scorer.learned_for(lang)
    hand_set = hand_weighted(genre)  # the signals a trained model's score takes by hand
    attribution = False  # this sentence only says who said the one before it
    sourced = False  # this sentence is only the link a claim in the one before it cites
    quoted = ""  # who was quoted in the sentence before, for a quotation going on after it
    reported_by = ""  # who spoke in the sentence before, for German indirect speech going on after it
    quiet = False  # the sentence before reported nothing (German): its reporter may still speak on
    turns = transcript_turns(text)  # "HARRIS: …": whose turn each sentence is in a transcript
    if turns and any(t.speaker == INTERVIEWEE for t in turns):
        # "Q: … A: …": the answers are the person the text introduces before the first question.
        interviewee = names.first_person(turns[0].label_start) or interviewee_described(text[: turns[0].label_start])
        turns = [t._replace(speaker=interviewee) if t.speaker == INTERVIEWEE else t for t in turns]
    turn = -1
    # '"… 1990. No other G7 country has done that," the prime minister said.': his, both.
    across, closing = (
        quotations_across([text[span.start : span.end] for span in spans], lang) if not turns else ({}, {})
    )
    for index, span in enumerate(spans):
        sentence = text[span.start : span.end]
        while turn + 1 < len(turns) and turns[turn + 1].label_start < span.end:
            turn += 1
        if attribution or sourced:
            attribution = sourced = False
            continue
        if page_furniture(sentence):
            continue  # "Updated 3:45 PM EST, …", "Photo: …", "Copyright …"
        # A link standing alone after a sentence is that sentence's source.
        backing = ""
        following = text[spans[index + 1].start : spans[index + 1].end] if index + 1 < len(spans) else ""
        if cites_source and following:
            backing = backing_link(following)
        if turn >= 0:
            pieces = _in_turn(sentence, span.start, turns[turn], lang)
        elif index in closing:  # read with the opening mark put back, then placed in the sentence as written
            pieces = _unmarked(
                split_pieces(closing[index] + sentence.lstrip(), lang), len(sentence) - len(sentence.lstrip()) - 1
            )
        else:
            pieces = split_pieces(sentence, lang)
        claimed = len(claims)
        # "… auf 3,8 Prozent gesunken. Das teilte das Statistische Bundesamt mit.": said by the office.
        said_by = previous_speaker(following, lang) if following else ""
        attribution = bool(said_by)
        said_by = said_by or across.get(index, "")
        # '"…," Biden said. "…"': a quotation standing alone goes on from the one before it
        # (its speaker already spoke there, so is not noted as speaking again).
        quoting = quotation_speaker(closing[index] + sentence.lstrip() if index in closing else sentence, lang)
        going_on = quoted if quoting == "" and not said_by else ""
        said_by = said_by or going_on
        if quoting != "":
            quoted = ""  # set again below from this sentence's own quotation, if it has one
        if said_by:
            pieces = [p if p.speaker or p.reported else replace(p, speaker=said_by, reported=True) for p in pieces]
        elif index and (
            published_by := back_source(sentence, text[spans[index - 1].start : spans[index - 1].end], lang)
        ):
            # "… hat neue Zahlen veröffentlicht. Demnach stieg …": the publisher's, in place of
            # nobody or of "the report" the sentence names.
            pieces = [p if _named(p.speaker) else replace(p, speaker=published_by, reported=True) for p in pieces]
        # "…, sagte Nahles. Allerdings sei die Zahl … gesunken.": still hers. The speaker is
        # named; the score stays the sentence's own, which holds no reporting verb.
        goes_on = (
            (reported_by or quiet)
            and not said_by
            and not any(p.speaker or p.reported for p in pieces)
            and continues_indirect_speech(sentence, lang)
        )
        if goes_on and not reported_by:
            # "Geywitz verwies auf die Förderprogramme. Im vergangenen Jahr seien …": hers too,
            # though the sentence before reported no statement (looked for only now: rarely).
            before = spans[index - 1]
            reported_by = _reporter(names, spans, index - 1, reporter(text[before.start : before.end], lang))
        indirect = reported_by if goes_on else ""
        reported_by = indirect
        whole = len(pieces) == 1 and pieces[0].start == 0 and pieces[0].end == len(sentence)
        sentence_signals = [] if whole else clause_signals(sentence, lang, genre=genre)
        inherited = [s for s in sentence_signals if s.name in _INHERITED]
        # Each piece's text, by position: only a hedge to inherit needs the other pieces.
        quotes = [sentence[piece.start : piece.end] for piece in pieces] if inherited else []
        # A trained model scores a piece partly as its whole sentence, the kind of unit it learned from.
        context = 0.0 if whole or not pieces else scorer.sentence_weight_for(lang)
        sentence_score = scorer.score(sentence, sentence_signals, lang, genre) if context else 0.0
        for at, piece in enumerate(pieces):
            quote = quotes[at] if quotes else sentence[piece.start : piece.end]
            if lang == "de" and (described := german_description(piece.speaker, sentence)):
                # "heißt es in einem Bericht der Behörde", "nach Schätzungen des Verbands", "wie
                # das Amt mitteilte": the organisation named before, as "die Behörde teilte mit" is.
                piece = replace(piece, speaker=described)
            if indirect:
                speaker = indirect
            elif piece.speaker and is_anaphor(piece.speaker):  # "He said …": the person named nearest before
                speaker = _antecedent(names, spans, index, piece, said_after=piece.speaker == said_by)
                if lang == "de" and speaker and speaker != piece.speaker:
                    speaker = german_nominative(speaker)  # "Der Deutsche Mieterbund …": "Deutscher Mieterbund"
            else:
                speaker = names.full_name(without_description(piece.speaker), span.start)
                if speaker and lang == "de":
                    speaker = german_nominative(speaker)  # "laut Statistischem Bundesamt"
                if speaker and speaker.count(" ") <= 1:  # a role alone, perhaps with its article
                    # "…, so der Minister.": the person introduced with that role, if one was.
                    speaker = names.holder(speaker, span.start) or speaker
                    if lang == "de" and speaker == piece.speaker and (pronoun := german_epithet(speaker)):
                        # "sagte die SPD-Politikerin": the woman named nearest before
                        epithet = replace(piece, speaker=pronoun)
                        speaker = _antecedent(names, spans, index, epithet, said_after=False) or speaker
            if speaker and not going_on and not indirect:
                names.spoke(speaker, span.start + piece.start)
            if speaker and piece.reported:
                reported_by = speaker  # as resolved here, for indirect speech going on after this sentence
            if quoting:
                quoted = speaker  # as resolved here, for a quotation going on after this sentence
            signals = clause_signals(quote, lang, reported=piece.reported, genre=genre)
            found = {s.name for s in signals}
            if inherited:
                signals += [s for s in inherited if s.name not in found and not _in_another(s, at, quotes)]
            if piece.reported and "reported_speech" not in found and "question" not in found:
                signals.append(Signal("reported_speech", signal_weight("reported_speech", lang, genre), speaker))
            if piece.presented_as_fact:
                signals.append(Signal("presented_as_fact", signal_weight("presented_as_fact", lang, genre), ""))
            if backing and "cites_source" not in found:
                signals.append(Signal("cites_source", cites_source, backing))
            score = scorer.score(quote, signals, lang, genre)
            if context:
                score = context * sentence_score + (1 - context) * score
            if learned and not hand_set.isdisjoint(found):  # they are the piece's own, never inherited
                score = with_hand_weights(score, signals, hand_set)
            if score < cutoff:
                continue
            key = " ".join(quote.lower().split()).rstrip(".")
            if key in seen:
                continue  # the same claim repeated in one article is one claim
            seen.add(key)
            claims.append(
                ClaimCandidate(
                    text=quote,
                    start=span.start + piece.start,
                    end=span.start + piece.end,
                    sentence_index=index,
                    sentence=sentence,
                    score=round(score, 4),
                    signals=signals,
                    speaker=speaker,
                    speaker_type=names.speaker_type(speaker) if speaker else "",
                )
            )
        quiet = lang == "de" and not reported_by and not said_by and not any(p.reported for p in pieces)
        # The link is this sentence's claim's source, not a claim of its own; after a sentence
        # that is no claim, a post's link to a story stands for the story (`link_headline`).
        sourced = bool(backing) and len(claims) > claimed
    return Extraction(language=lang, text=text, sentences=[(s.start, s.end) for s in spans], claims=claims)


def _named(speaker: str) -> bool:
    """Whether a piece's speaker names someone: not nobody, nor a description such as "the
    report" (a pronoun is someone, resolved later)."""
    return bool(speaker) and (not speaker[:1].islower() or is_anaphor(speaker))


def _in_turn(sentence: str, at: int, turn: Turn, lang: str) -> list[Piece]:
    """The pieces of a transcript's sentence starting at `at`: without the speaker's label
    where the sentence opens with it, and each the turn speaker's own unless it names or
    reports another speaker ("HARRIS: … Trump said that …" keeps Trump's). Not reported
    speech: the speaker says it."""
    cut = turn.start - at
    if 0 < cut <= len(sentence) and not sentence[: turn.label_start - at].strip():
        pieces = [replace(p, start=p.start + cut, end=p.end + cut) for p in split_pieces(sentence[cut:], lang)]
    else:
        pieces = split_pieces(sentence, lang)
    return [p if p.speaker or p.reported else replace(p, speaker=turn.speaker) for p in pieces]


def _unmarked(pieces: list[Piece], shift: int) -> list[Piece]:
    """`pieces` of a sentence read with a mark put before it, moved by `shift` (-1 less the
    spaces the sentence opened with) back onto the sentence as written."""
    moved = [replace(p, start=max(0, p.start + shift), end=p.end + shift) for p in pieces]
    return [p for p in moved if p.end > p.start]


def _reporter(names: NameIndex, spans: list[Span], index: int, found: str) -> str:
    """`found` (`clauses.reporter`) as a speaker: a pronoun resolved, a name in full."""
    if not found:
        return ""
    if is_anaphor(found):
        return _antecedent(names, spans, index, Piece(0, 0, speaker=found), said_after=False)
    return german_nominative(names.full_name(found, spans[index].start))
