"""Reading a question: its words, corrected and expanded by synonyms, as weighted concepts.

1. Its words are analysed like the passages. A word unknown to the corpus is corrected to a close corpus
   word (spelling.py); the corpus's synonyms add the documents' own words for everyday ones.
2. Each content word is a *concept* weighted by its rarity (idf); a synonym phrase of several words
   ("nose job") is one concept; synonyms are weaker alternatives of the concept they came from; a phrase
   made only of stopwords ("how much") is an *intent* that boosts passages but weighs nothing in coverage.
3. A short follow-up, or one that says "it"/"that", carries over the topic words of the latest earlier
   question that had some.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import NamedTuple

from scarfaq.analysis import Token, stem, stopwords, tokenize
from scarfaq.english import specificity
from scarfaq.forms import root
from scarfaq.library import Library
from scarfaq.settings import Settings

_PRONOUNS = frozenset({"it", "its", "it's", "this", "that", "they", "them", "these", "those", "one"})
#: Words of thanks, greeting and acknowledgement: a question of only these continues no topic.
SOCIAL_WORDS = frozenset({
    "thanks", "thank", "thx", "ty", "cheers", "hi", "hello", "hey", "ok", "okay", "great", "cool", "bye",
    "goodbye", "helps", "helped", "helpful", "awesome", "perfect", "nice", "good", "got", "appreciate",
    "appreciated", "lovely", "brilliant", "amazing", "wonderful", "yes", "no", "sure", "fine", "alright",
    "morning", "evening", "night", "lot", "much", "very", "so", "really",
})
#: Words that ask something: a question with one is not mere thanks.
_QUESTION_WORDS = frozenset({"how", "what", "when", "where", "why", "which", "who", "whats", "can", "should"})
#: How a question that continues the last one starts ("and at home?", "what about the price?").
_CONTINUATIONS = frozenset({"and", "or", "also", "plus", "what about", "how about", "same for", "but"})


class Concept(NamedTuple):
    """One thing the question asks about: a word, and the phrases that stand for it with their credit. (A
    named tuple: defining one costs a one-shot a fraction of what a frozen dataclass does.)"""

    word: str
    phrases: dict[tuple[str, ...], float]
    """Stems of each alternative → its credit: 1 for the word itself, less for synonyms and carried topics."""
    weight: float
    """Its share in coverage: how rare (informative) it is."""
    carried: bool = False
    intent: bool = False
    """A phrase of stopwords ("how much") saying what kind of answer is wanted, not what it is about."""
    specificity: float = 1.0
    """How specific the typed word is in everyday English (english.py): ordinary words count less."""
    unknown: bool = False
    """Neither the documents nor the knowledge file use it (nor any of its synonyms)."""

    def credit(self, terms: set[str] | frozenset[str]) -> float:
        """How well a passage holding these terms stands for the concept (a phrase needs all its words)."""
        return max((c for phrase, c in self.phrases.items() if terms.issuperset(phrase)), default=0.0)


class Query(NamedTuple):
    """A question as it is searched. (A named tuple: defining one costs a one-shot a fraction of what a frozen
    dataclass does.)"""

    concepts: tuple[Concept, ...]
    corrections: tuple[tuple[str, str], ...] = ()
    carried_over: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    social: bool = False
    """Only thanks, a greeting or an acknowledgement ("thanks", "hi"): it asks for nothing."""

    def term_weights(self) -> dict[str, float]:
        """Scoring weight of each term: the best credit of any phrase it belongs to."""
        weights: dict[str, float] = {}
        for concept in self.concepts:
            for phrase, credit in concept.phrases.items():
                for term in phrase:
                    weights[term] = max(weights.get(term, 0.0), credit * concept.specificity)
        return weights

    @property
    def searched_for(self) -> tuple[str, ...]:
        """The question's own words, then the earlier topics that were carried over and mattered."""
        return tuple(c.word for c in self.concepts if not c.carried) + self.carried_over


def _idf(library: Library, term: str) -> float:
    """A positive rarity weight for coverage (BM25Plus's idf, whatever the scoring variant)."""
    n = library.index.size
    df = library.index.document_frequency(term)
    return math.log((n + 1) / df) if df else 0.0


def _max_idf(library: Library) -> float:
    return math.log(library.index.size + 1)


def _asked(library: Library, phrase: tuple[str, ...]) -> bool:
    """Whether every word of a phrase occurs in the knowledge file's questions."""
    alternates = library.alternates
    return alternates is not None and all(alternates.knows(t) for t in phrase)


def _alternate_idf(library: Library, phrase: tuple[str, ...]) -> float:
    """The rarity of a phrase only the knowledge file uses, among its questions, on the corpus's scale."""
    index = library.alternates.index  # type: ignore[union-attr]
    n = index.size
    rarest = max(math.log((n + 1) / index.document_frequency(t)) for t in phrase)
    return rarest * _max_idf(library) / math.log(n + 1)


def _correct(library: Library, tokens: list[Token], settings: Settings) -> tuple[list[Token], list[tuple[str, str]]]:
    """Replace unknown words by close corpus words; synonym words count as known, and a word only the
    knowledge file uses (its questions keep typos on purpose) is corrected only when it stands for a
    stopword, or misspells a documents' word and is not English at all ("tretment", not "sanding")."""
    if not settings.spelling:
        return tokens, []
    known_stems = library.synonyms.stems()
    corrected, corrections = [], []
    for token in tokens:
        if token.stop or library.index.term_id(token.stem) is not None or token.stem in known_stems:
            corrected.append(token)
            continue
        if _asked(library, (token.stem,)):  # a word only the knowledge file uses: maybe one of its typos
            speller = library.speller
            better = speller.stopword_meant(token.word) or speller.documents_word(token.word)
        else:
            better = library.speller.correct(token.word)
        if better is None:
            corrected.append(token)
            continue
        corrections.append((token.word, better))
        corrected.append(Token(token.start, token.end, better, stem(better), better in stopwords()))
    return corrected, corrections


def is_known(library: Library, phrase: tuple[str, ...]) -> bool:
    """Whether every word of a phrase occurs in the corpus."""
    return all(library.index.term_id(t) is not None for t in phrase)


def _concepts(library: Library, tokens: list[Token], settings: Settings) -> list[Concept]:
    """The question's concepts: each content word, or each synonym phrase it is part of ("nose job").

    A synonym phrase of several words that the corpus does not use ("nose job") becomes one concept
    (longest match first), since its meaning is not the sum of its words; a phrase made only of stopwords
    ("how much") says what kind of answer is wanted and weighs nothing in coverage; synonyms are weaker
    alternatives of the concept they came from.
    """
    concept_at: dict[int, Concept] = {}
    loose: dict[int, Concept] = {}
    intents: list[Concept] = []
    found = library.synonyms.expand(tokens) if settings.synonyms else []
    expansions = sorted(found, key=lambda e: -len(e.positions))
    for expansion in expansions:
        phrases = {p: settings.synonym_credit for p in expansion.phrases if is_known(library, p)}
        content = [i for i in expansion.positions if not tokens[i].stop]
        if not content:
            words = " ".join(tokens[i].word for i in expansion.positions)
            if phrases:
                intents.append(Concept(words, phrases, 0.0, intent=True))
            continue
        if len(content) > 1 and any(i in concept_at for i in content):
            continue  # overlaps a longer phrase already taken
        if len(content) > 1 and is_known(library, tuple(tokens[i].stem for i in content)):
            # Every word is the corpus's own ("scar cream"): the words stay concepts of their own, each
            # with the phrase's synonyms as alternatives.
            for i in content:
                word = loose.get(i) or Concept(tokens[i].word, {(tokens[i].stem,): 1.0}, 0.0)
                word.phrases.update((p, c) for p, c in phrases.items() if p not in word.phrases)
                loose[i] = word
            continue
        if content[0] not in concept_at:
            own = tuple(tokens[i].stem for i in content)
            words = " ".join(tokens[i].word for i in content)
            concept_at.update(dict.fromkeys(content, Concept(words, {own: 1.0}, 0.0)))
        for phrase, credit in phrases.items():
            concept_at[content[0]].phrases.setdefault(phrase, credit)
    for i, token in enumerate(tokens):
        if not token.stop and i not in concept_at:
            concept_at[i] = loose.get(i) or Concept(token.word, {(token.stem,): 1.0}, 0.0)
    unique: dict[tuple[str, ...], Concept] = {}
    for i in sorted(concept_at):
        concept = concept_at[i]
        unique.setdefault(next(iter(concept.phrases)), concept)
    return [_weighted(library, _with_forms(library, c, settings), settings) for c in unique.values()] + intents


def _weighted(library: Library, concept: Concept, settings: Settings) -> Concept:
    """Weigh a concept by the rarity of the words typed, in the corpus and in everyday English; an unknown
    word by its rarest known synonym, or else by a share of the rarest weight."""
    own = next(iter(concept.phrases))
    known = [max(_idf(library, t) for t in p) for p in concept.phrases if is_known(library, p)]
    if is_known(library, own):
        weight = max(_idf(library, t) for t in own)
    elif known:
        weight = max(known)
    elif settings.alternates and _asked(library, own):
        weight = _alternate_idf(library, own)
    else:
        specific = _specificity(library, concept.word, settings)
        share = settings.unknown_word_weight if library.alternates else settings.unknown_word_weight_without_questions
        weight = share * _max_idf(library) * specific
        return Concept(concept.word, concept.phrases, weight, concept.carried, specificity=specific, unknown=True)
    specific = _specificity(library, concept.word, settings)
    return Concept(concept.word, concept.phrases, weight * specific, concept.carried, specificity=specific)


def _specificity(library: Library, words: str, settings: Settings) -> float:
    """The most specific of a concept's typed words, by how common each is in everyday English."""
    if not settings.english_weights:
        return 1.0
    common, rare, floor = settings.english_common, settings.english_rare, settings.english_floor
    return max(specificity(_lexeme_zipf(library, w), common, rare, floor) for w in words.split())


def _lexeme_zipf(library: Library, word: str) -> float:
    """How common a word is in English, as the most common of its forms: "chugging" and "fixable" are as
    everyday as "chug" and "fix", though the lists rarely hold those exact forms."""
    zipf = library.english.zipf
    found = zipf(word)
    if found:
        return found
    base = stem(word)
    short = root(base, keep=3)  # checked against the word list, so a short root is safe here
    return max(zipf(base), zipf(base + "e"), zipf(short), zipf(short + "e"))


def _with_forms(library: Library, concept: Concept, settings: Settings) -> Concept:
    """Add the corpus's other forms of a one-word concept the corpus does not use as typed (surgical →
    surgery) as weaker alternatives."""
    own = next(iter(concept.phrases))
    if not settings.word_forms or len(own) != 1:
        return concept
    if library.index.term_id(own[0]) is not None:
        return concept  # the corpus has the very word: other forms would only blur it
    family = root(own[0])
    forms = set(library.families.get(family, ()))
    if library.index.term_id(family) is not None:
        forms.add(family)
    for form in sorted(forms - {own[0]}):
        concept.phrases.setdefault((form,), settings.form_credit)
    return concept


def _topic_of(library: Library, earlier: Sequence[str], settings: Settings) -> list[Concept]:
    """The topic words of the latest earlier question that has some known words (at most three). `earlier` is
    already cut to what is read of each question (`recent`)."""
    for question in reversed(earlier):
        tokens, _ = _correct(library, tokenize(question), settings)
        concepts = [
            c for c in _concepts(library, tokens, settings)
            if not c.intent and any(is_known(library, p) for p in c.phrases) and _is_subject(c, settings)
        ]
        if concepts:
            top = sorted(concepts, key=lambda c: -c.weight)[: settings.carried_topics]
            return [
                Concept(c.word, {p: w * settings.carry_credit for p, w in c.phrases.items()}, c.weight, carried=True,
                        specificity=c.specificity)
                for c in top
            ]
    return []


def _second_to(own: Sequence[Concept], carried: list[Concept], settings: Settings) -> list[Concept]:
    """The carried topic is context: together it weighs at most `carried_share` of what the new question
    asks ("what about the price?" is about the price, of the laser)."""
    asked = sum(c.weight for c in own)
    context = sum(c.weight for c in carried)
    if not asked or context <= settings.carried_share * asked:
        return carried
    scale = settings.carried_share * asked / context
    return [c._replace(weight=c.weight * scale) for c in carried]


def _is_subject(concept: Concept, settings: Settings) -> bool:
    """A word specific enough to be what a question is about ("laser", "contractubex"), not an everyday word
    that only says what is wanted of it ("cost", "rid", "best")."""
    return not concept.intent and concept.specificity >= settings.subject_specificity


def _is_chat(tokens: Sequence[Token]) -> bool:
    """Thanks, a greeting or an acknowledgement, and nothing else: it continues no topic."""
    words = {t.word for t in tokens}
    rest = {t.word for t in tokens if not t.stop and t.word not in SOCIAL_WORDS}
    return bool(words & SOCIAL_WORDS) and not rest and not words & _QUESTION_WORDS


def _is_follow_up(
    library: Library, tokens: Sequence[Token], concepts: Sequence[Concept], settings: Settings
) -> bool:
    """A question that refers back ("it", "that"), or one that names no subject of its own and is short or
    starts as a continuation ("and at home?", "what about the price?"); never thanks or a greeting, nor a
    question whose every word of substance is one the corpus never uses."""
    if _is_chat(tokens):
        return False
    if any(t.word in _PRONOUNS for t in tokens):
        return True
    names = library.names
    if any(_is_subject(c, settings) and _is_known_anywhere(library, c) for c in concepts) or any(
        t.stem in names for t in tokens if not t.stop
    ):
        return False
    topical = [c for c in concepts if not c.intent]
    if topical and not any(_is_known_anywhere(library, c) for c in topical):
        return False  # "ok and what about my taxes": a new subject, one the documents never name
    return _starts_as_continuation(tokens) or len(topical) <= settings.short_follow_up


def continues(question: str) -> bool:
    """Whether a question reads as the next turn of a conversation by its form: it refers back ("does it
    hurt?") or starts as a continuation ("what about on weekends?"), whatever its words."""
    tokens = tokenize(question)
    return any(t.word in _PRONOUNS for t in tokens) or _starts_as_continuation(tokens)


def _starts_as_continuation(tokens: Sequence[Token]) -> bool:
    return bool(tokens) and (tokens[0].word in _CONTINUATIONS or " ".join(t.word for t in tokens[:2]) in _CONTINUATIONS)


def _is_known_anywhere(library: Library, concept: Concept) -> bool:
    """Whether the corpus or its knowledge file uses the concept's words (an unknown word names no subject
    the documents could continue)."""
    return any(is_known(library, p) or _asked(library, p) for p in concept.phrases)


def _cut(text: str, limit: int) -> str:
    """The text's first `limit` characters, ending at a word boundary when there is one (a word cut in
    half would read as an unknown word)."""
    cut = text[:limit]
    if len(text) > limit and not text[limit].isspace():
        space = max(cut.rfind(" "), cut.rfind("\n"), cut.rfind("\t"))
        if space > limit // 2:
            cut = cut[:space]
    return cut


def shorten(question: str, settings: Settings) -> tuple[str, tuple[str, ...]]:
    """The question as it is read: its first `max_question_chars` characters, ending at a word boundary,
    with a notice when it was cut."""
    limit = settings.max_question_chars
    if len(question) <= limit:
        return question, ()
    return _cut(question, limit), (f"Your question was shortened to its first {limit:,} characters.",)


#: Where a message splits into sentences: after a full stop, "!" or "?" and space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")
#: What a sentence that asks starts with, when it has no question mark.
_ASKING = frozenset({"how", "what", "whats", "when", "where", "why", "which", "who", "can", "could", "should",
                     "is", "are", "does", "do", "will", "would", "any", "anyone"})


def final_ask(message: str) -> tuple[str, str] | None:
    """(what comes before, the question) for a message of several sentences that ends by asking something
    ("... I can't take weeks off work. So my question is: what is the best treatment that does not need a
    long recovery?"); None when it is one sentence or its last sentence does not ask. Only the last sentence:
    the ones before it, read with it, dilute it as the whole story does (measured on the tuning sets)."""
    sentences = [s for s in _SENTENCE_END.split(message.strip()) if s]
    if len(sentences) < 2:
        return None
    last = sentences[-1]
    first_word = re.match(r"\W*(\w+)", last)
    if "?" not in last and not (first_word and first_word.group(1).lower() in _ASKING):
        return None
    return " ".join(sentences[:-1]), last


def recent(history: Sequence[str], settings: Settings) -> list[str]:
    """The earlier questions a follow-up may continue: the latest `history_depth`, each cut like a
    question (a history of 20,000 entries costs no more than one of ten)."""
    return [_cut(h, settings.max_question_chars) for h in history[-settings.history_depth :]]


def read_question(
    library: Library, question: str, history: Sequence[str] = (), settings: Settings = Settings()
) -> Query:
    """Analyse a question (and its conversation) into weighted concepts."""
    question, notices = shorten(question, settings)
    tokens, corrections = _correct(library, tokenize(question), settings)
    social = _is_chat(tokens)
    concepts = [] if social else _concepts(library, tokens, settings)  # thanks asks for nothing
    carried: list[Concept] = []
    if history and settings.follow_ups and _is_follow_up(library, tokens, concepts, settings):
        own = {p for c in concepts for p in c.phrases}
        carried = [c for c in _topic_of(library, recent(history, settings), settings) if not own & c.phrases.keys()]
        carried = _second_to(concepts, carried, settings)
    return Query(
        concepts=tuple(concepts + carried),
        corrections=tuple(corrections),
        carried_over=tuple(c.word for c in carried),
        notices=notices,
        social=social,
    )


