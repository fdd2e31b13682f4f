"""What structural lines look like in plain text, reStructuredText and Markdown: the recognisers as data."""

from __future__ import annotations

import re

#: A heading or question is at most this long (longer one-liners are sentences).
HEADING_MAX_CHARS = 100
#: A wrapped FAQ question spans at most this many lines and characters.
QUESTION_MAX_LINES = 4
QUESTION_MAX_CHARS = 300
#: Characters that end a sentence, so a line ending in one is not a heading (a question mark aside).
FINAL_PUNCTUATION = ".!?;,…"
#: A line indented at least this much is quoted or code, never a heading.
INDENTED = 4

#: A list item: a bullet sign or a short number ("1." "12)"), then text.
BULLET = re.compile(r"\s*(?:[•\-*–—·▪●◦‣+]|\d{1,2}[.)]|#\.|\(?[a-z]\))\s*\S")
#: A bullet sign proper (the plain-text rules treat numbered lines as headings more readily).
BULLET_SIGN = re.compile(r"\s*[•\-*–—·▪●◦‣+]\s+\S")
#: Characters reStructuredText (and plain-text habit) draws title adornments and rules with.
ADORNMENT_CHARS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
#: A rule: one punctuation character repeated (spaces between allowed: "* * *"), at least four times, or
#: three times for the usual rule characters ("---", "***"; but "..." and "!!!" are words' punctuation).
RULE = re.compile(
    r"\s*(?:([" + re.escape(ADORNMENT_CHARS) + r"])(?:[ \t]*\1){3,}|([-=_*~])(?:[ \t]*\2){2})\s*"
)
#: FAQ question markers: "Q:", "Q.", "Q5.", "Q 5)", "Question:", "Question 3:", "[Q12]".
QUESTION_MARK = re.compile(r"\s*(?:Q(?:uestion)?[ \t]*\d*[ \t]*[:.)]|\[Q\d+\])(?=\s)", re.IGNORECASE)
#: FAQ answer markers: "A:", "A.", "A5:", "Answer:".
ANSWER_MARK = re.compile(r"\s*(?:A(?:nswer)?[ \t]*\d*[ \t]*[:.)])(?=\s)", re.IGNORECASE)
#: Section numbers before a heading or question: "3.19", "1)", "2.", "A.1", "[1.2]", "(3)", "Subject: 1.1".
NUMBERING = re.compile(
    r"\s*(?:Subject:[ \t]*)?(?:\[\d{1,3}(?:\.\d{1,3})*\]|\(\d{1,3}\)|(?:[A-Z]\.)?\d{1,3}(?:\.\d{1,3})*[.):]?)(?=\s)"
)
#: Photo and video captions of web pages and figure captions of papers.
CAPTION = re.compile(
    r"\s*(?:Photo|Video|Image|Picture|Figure|Fig\.|Illustration)\s*\d*\s*[:.–—-]\s*\S", re.IGNORECASE
)
#: Headings that announce a table of contents.
TOC_HEADING = re.compile(r"\s*(?:table\s+of\s+contents|contents|toc|index|topics|in this (?:faq|document))\s*:?\s*",
                         re.IGNORECASE)
#: A Usenet or mail header line ("Archive-name: x", "From: y"); the names that mark a header block.
HEADER_LINE = re.compile(r"([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*):[ \t]+\S")
HEADER_NAMES = frozenset({
    "archive-name", "newsgroups", "from", "subject", "posting-frequency", "last-modified", "followup-to",
    "approved", "expires", "reply-to", "organization", "summary", "keywords", "url", "version", "date",
    "message-id", "references", "sender", "path", "lines", "supersedes", "distribution",
})
#: Markdown link reference definitions ("[1]: http://..."), MyST targets ("(label)=") and reStructuredText
#: targets.
LINK_REFERENCE = re.compile(r"\s*(?:\[[^\]]+\]:\s*\S|__ \S|\.\. _[^:]*:|\([\w.:-]+\)=\s*$)")
#: A reStructuredText explicit markup start (directive, comment, target, footnote, substitution).
RST_EXPLICIT = re.compile(r"(\s*)\.\.(?:\s|$)")
RST_DIRECTIVE = re.compile(r"\s*\.\.\s+(?:\|[^|]+\|\s+)?([A-Za-z][\w:+.-]*)\s*::")
RST_FIELD = re.compile(r"\s*:[^:\s][^:]*:(?:\s|$)")
#: Mentions of a FAQ in a file name or title.
FAQ_NAME = re.compile(r"faq|frequently[ _-]+asked|q(?:uestions)?[ _-]*(?:and|&)[ _-]*a(?:nswers)?\b", re.IGNORECASE)


def is_rule(line: str) -> bool:
    """A line drawn with one repeated punctuation character ("-----", "=====", "* * *")."""
    return bool(RULE.fullmatch(line))


def adornment(line: str) -> str:
    """The character a title adornment is drawn with, or "" (an unindented run of one character, 2+ long)."""
    stripped = line.rstrip()
    if len(stripped) < 2 or stripped[0] not in ADORNMENT_CHARS or stripped != stripped.lstrip():
        return ""
    return stripped[0] if stripped == stripped[0] * len(stripped) else ""


def strip_numbering(text: str) -> str:
    """A heading without its section number or question marker ("3.19<TAB>Why…" → "Why…")."""
    for pattern in (QUESTION_MARK, NUMBERING):
        match = pattern.match(text)
        if match:
            return text[match.end() :].strip()
    return text.strip()


def numbering_depth(text: str) -> int:
    """How deep a section number goes: "3" → 1, "3.19" → 2; 0 when the line is not numbered."""
    match = NUMBERING.match(text)
    if not match:
        return 0
    return len(re.findall(r"\d+", match.group()))


def looks_like_heading(text: str) -> bool:
    """One short line with a letter and no final punctuation (a question mark is fine)."""
    return (
        "\n" not in text
        and "\r" not in text
        and len(text) <= HEADING_MAX_CHARS
        and (text[-1] not in FINAL_PUNCTUATION + ":" or text.endswith("?"))
        and any(ch.isalpha() for ch in text)
    )
