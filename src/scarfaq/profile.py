"""What the chat says about a corpus: its name, the question box's placeholder and example questions.

They come from `<corpus>/.scarfaq/corpus.toml` when the corpus has one:

    name = "Scar treatments"
    placeholder = "Ask about scar treatments"
    examples = ["What is Contractubex?", "How do I get rid of acne pits?"]

and otherwise from the corpus itself: its own section headings (questions first), or its documents'
titles. Nothing here is about scars: the shipped corpus says so in its own file.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple, Protocol

#: Where a corpus keeps its settings, relative to its folder.
PROFILE_PATH = Path(".scarfaq") / "corpus.toml"
#: The placeholder when the corpus names none.
DEFAULT_PLACEHOLDER = "Ask a question about these documents"
#: How many example questions the chat offers.
MAX_EXAMPLES = 4
#: A heading longer than this makes a poor example; shorter than this says too little.
EXAMPLE_CHARS = (4, 70)

#: Markdown heading marks, list markers and numbering at the start of a heading. (This pattern and the next
#: are compiled when first used, by `re`: a run that loads its index never draws examples from headings.)
_MARKERS = r"^(?:#{1,6}\s+|[•\-*–—·▪●◦‣]\s*|\d{1,3}(?:\.\d{1,3})*[.)]?\s+)"
#: Caption labels ("Photo: ...") mark a picture's caption, not a topic.
_CAPTION = r"(?i)^(?:photo|video|image|figure|fig\.|source|table)\b\s*[:.]"
#: Headings that name a part of any document, not what it is about.
_GENERIC = frozenset({
    "contents", "table of contents", "introduction", "overview", "summary", "conclusion", "references",
    "see also", "notes", "acknowledgements", "acknowledgments", "license", "licence", "changelog", "index",
    "appendix", "faq",
})


class _Passage(Protocol):
    """What the defaults are drawn from: a passage's text, its section heading and its document's title."""

    text: str
    heading: str
    title: str


class CorpusProfile(NamedTuple):
    """How the chat introduces one corpus; built once per library. (A named tuple: defining one costs a
    one-shot a fraction of what a frozen dataclass does.)"""

    name: str
    """What the documents are about, in a few words (the chat's header shows it)."""
    placeholder: str
    """The hint in the empty question box."""
    examples: tuple[str, ...]
    """Questions the corpus answers, offered on the empty chat screen."""


def load_profile(
    root: Path, passages: Sequence[_Passage] = (), *, examples: Sequence[str] | None = None
) -> tuple[CorpusProfile, list[str]]:
    """The corpus's profile and the warnings about its settings file (a damaged one is ignored); the
    default examples are drawn from the passages, unless given (an index build works them out and the cache
    keeps them, so loading a million passages never reads them all)."""
    settings, warnings = _read_settings(root / PROFILE_PATH)
    name = settings.get("name") or _readable(root.name)
    placeholder = settings.get("placeholder") or DEFAULT_PLACEHOLDER
    chosen = settings.get("examples") or (examples if examples is not None else default_examples(passages))
    return CorpusProfile(name, placeholder, tuple(chosen)), warnings


def default_examples(passages: Iterable[_Passage]) -> tuple[str, ...]:
    """Example questions drawn from the corpus's own section headings (questions first, then the
    headings with the most passages), or else from its documents' titles."""
    gathered = ExampleGatherer()
    for passage in passages:
        gathered.add(passage)
    return gathered.examples()


class ExampleGatherer:
    """`default_examples`, fed passage by passage (an index build feeds it as it goes); each distinct
    heading is made a topic once."""

    def __init__(self) -> None:
        self._headings: Counter[str] = Counter()
        self._titles: dict[str, None] = {}

    def add(self, passage: _Passage) -> None:
        self._headings[passage.heading or _opening_heading(passage.text)] += 1
        self._titles.setdefault(passage.title)

    def examples(self) -> tuple[str, ...]:
        counts: Counter[str] = Counter()  # in order of first use, as the headings are
        for heading, count in self._headings.items():
            topic = _topic(heading)
            if topic:
                counts[topic] += count
        ranked = sorted(counts, key=lambda topic: (not topic.endswith("?"), -counts[topic]))
        titles = [_topic(title) for title in self._titles]
        return tuple(_unique([*ranked, *(t for t in titles if t)]))[:MAX_EXAMPLES]


def _opening_heading(text: str) -> str:
    """The line a passage opens with when it stands alone above a blank line and reads as a heading (no
    closing full stop), else ""."""
    first, blank, rest = text.lstrip().partition("\n\n")
    first = first.strip()
    if not blank or not rest.strip() or "\n" in first or first.endswith((".", "!", ";", ",")):
        return ""
    return first


def _topic(heading: str) -> str:
    """A heading as an example question, or "" when it makes a poor one."""
    text = " ".join(re.sub(_MARKERS, "", heading.strip()).split())
    shortest, longest = EXAMPLE_CHARS
    if re.match(_CAPTION, text) or text.rstrip(":.").lower() in _GENERIC or not shortest <= len(text) <= longest:
        return ""
    return text.rstrip(":")


def _unique(items: Iterable[str]) -> list[str]:
    """Items in order, without a repeat that differs only in case."""
    kept: dict[str, str] = {}
    for item in items:
        kept.setdefault(item.lower(), item)
    return list(kept.values())


def _readable(folder_name: str) -> str:
    """A folder name as a name: `my_docs` → `My docs`."""
    words = " ".join(re.split(r"[_\-.]+", folder_name)).strip()
    return words[:1].upper() + words[1:] if words else "Documents"


#: The settings file is read only up to this size.
MAX_SETTINGS_BYTES = 1_000_000


def _read_settings(path: Path) -> tuple[dict[str, Any], list[str]]:
    """The usable keys of the settings file, and a warning for each thing in it that was ignored."""
    from scarfaq.files import read_small_text

    text, problem = read_small_text(path, MAX_SETTINGS_BYTES, "strict")  # a FIFO or /dev/zero must not hang
    if problem:
        return {}, [f"ignored {PROFILE_PATH.as_posix()}: cannot read it ({problem.split(': ', 1)[-1]})"]
    if not text:
        return {}, []
    try:
        data = _toml().loads(text)
    except _toml().TOMLDecodeError as error:
        return {}, [f"ignored {PROFILE_PATH.as_posix()}: not valid TOML ({error})"]
    return _checked(data)


def _toml() -> Any:
    """The TOML reader, imported only when a corpus has a settings file."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    return tomllib


def _checked(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    settings: dict[str, Any] = {}
    warnings: list[str] = []
    where = PROFILE_PATH.as_posix()
    for key in ("name", "placeholder"):
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            settings[key] = " ".join(value.split())
        elif key in data:
            warnings.append(f"{where}: ignored '{key}' (it must be a non-empty string)")
    examples = data.get("examples")
    if isinstance(examples, list) and examples and all(isinstance(e, str) and e.strip() for e in examples):
        settings["examples"] = _unique(" ".join(e.split()) for e in examples)
    elif "examples" in data:
        warnings.append(f"{where}: ignored 'examples' (it must be a list of non-empty strings)")
    unknown = sorted(set(data) - {"name", "placeholder", "examples"})
    if unknown:
        warnings.append(f"{where}: ignored unknown setting{'s' * (len(unknown) > 1)} {', '.join(unknown)}")
    return settings, warnings
