"""How one-shot answers look in a terminal (rich) or in a pipe (plain text), as text for the CLI to write.

Nothing from a question or a document is ever interpreted as markup, and control characters (escape
sequences, bells) are shown as visible symbols instead of being sent raw to the terminal. Each function
returns one whole record, ending with a newline: the CLI writes it whole or not at all (output.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from scarfaq.answer import Answer, Hit
from scarfaq.safety import Level
from scarfaq.terminal_text import visible, visible_lines, visible_name

if TYPE_CHECKING:
    from rich.console import Console

    from scarfaq.evaluation import Report  # (a one-shot answer never needs the evaluation)

if TYPE_CHECKING:
    from rich.text import Text


#: Columns of a panel's top border that its title cannot use ("╭─ " and " ─╮").
PANEL_TITLE_MARGIN = 6


def fit_title(title: Text, width: int) -> Text:
    """A panel title that fits in width: a long one is cut after its last whole word and ends with "…"
    (rich would cut it mid-word, without a mark)."""
    from rich.cells import cell_len

    if title.cell_len <= width:
        return title
    plain = title.plain
    cut = width - 1
    while cut > 0 and cell_len(plain[:cut]) > width - 1:
        cut -= 1
    space = plain.rfind(" ", 0, cut + 1)
    cut = space if space > 0 else cut
    short = title.copy()
    short.truncate(cell_len(plain[:cut].rstrip()))
    short.rstrip()
    return short.append("…")


def _is_terminal() -> bool:
    return sys.stdout is not None and sys.stdout.isatty()


def _rich(draw: Callable[[Console], None]) -> str:
    """What `draw` prints on a console for stdout, as text (with the terminal's colours and width)."""
    from rich.console import Console

    console = Console(highlight=False)
    with console.capture() as captured:
        draw(console)
    return captured.get()


def _shown_question(answer: Answer, limit: int = 200) -> str:
    """The question as echoed back: a very long one is cut (its notice says it was shortened); only its
    start is looked at, however long it is."""
    text = " ".join(answer.question[: 50 * limit].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _header(index: int, hit: Hit) -> str:
    p = hit.passage
    return f"[{index}] {visible_name(p.citation)} · {visible_name(p.title)} (score {hit.score:.2f})"


def _quote_lines(text: str) -> list[str]:
    """A quote's lines for display: split at line ends only (CRLF, CR, LF); form feeds, NEL, U+2028 and the
    like stay inside their line as visible symbols, as in the rich output."""
    return visible_lines(text).removesuffix("\n").split("\n")


def _searched_line(answer: Answer) -> str:
    parts = []
    if answer.query.corrections:
        fixed = ", ".join(f"{wrong} → {right}" for wrong, right in answer.query.corrections)
        parts.append(f"spelling: {fixed}")
    if answer.query.carried_over:
        parts.append(f"carried over from earlier: {', '.join(answer.query.carried_over)}")
    words = ", ".join(answer.query.searched_for) or "nothing (no words in the question to search for)"
    return f"Searched for: {words}" + (f" ({'; '.join(parts)})" if parts else "")


def plain_answer(answer: Answer) -> str:
    """The answer as plain text, for pipes and files."""
    lines: list[str] = [*answer.notices]
    if answer.safety.level is Level.URGENT:
        lines += [f"URGENT: {answer.safety.note}", ""]
    if answer.reply:
        lines.append(answer.reply)
    elif not answer.answered:
        lines.append(f'No good match in the documents for "{_shown_question(answer)}".')
        if answer.suggestions:
            lines.append("Closest topics they do cover: " + "; ".join(answer.suggestions))
    for index, hit in enumerate(answer.hits, 1):
        lines += [_header(index, hit), *("    " + line for line in _quote_lines(hit.passage.text)), ""]
    if not answer.reply:
        lines.append(_searched_line(answer))
    if answer.safety.level is Level.MEDICAL:
        lines += ["", f"Note: {answer.safety.note}"]
    return visible("\n".join(lines))


def answer_text(answer: Answer) -> str:
    """An answer, formatted for a terminal when stdout is one."""
    if not _is_terminal():
        return plain_answer(answer) + "\n"
    return _rich(lambda console: _draw_answer(console, answer))


def _draw_answer(console: Console, answer: Answer) -> None:
    from rich.console import Group
    from rich.panel import Panel
    from rich.text import Text

    for notice in answer.notices:
        console.print(Text(visible(notice), style="italic"))
    if answer.safety.level is Level.URGENT:
        console.print(Panel(Text(answer.safety.note), title="Urgent", border_style="bold red"))
    if answer.reply:
        console.print(Text(visible(answer.reply)))
    elif not answer.answered:
        body = [Text(visible(f'No good match in the documents for "{_shown_question(answer)}".'), style="bold")]
        if answer.suggestions:
            body.append(Text("Closest topics they do cover: " + visible("; ".join(answer.suggestions)), style="dim"))
        console.print(Panel(Group(*body), border_style="yellow"))
    for index, hit in enumerate(answer.hits, 1):
        p = hit.passage
        title = Text.assemble(
            (f"[{index}] ", "bold"), (visible_name(p.citation), "cyan"), " · ", visible_name(p.title)
        )
        title = fit_title(title, console.width - PANEL_TITLE_MARGIN)
        console.print(
            Panel(Text(visible_lines(p.text)), title=title, title_align="left", subtitle=f"score {hit.score:.2f}",
                  subtitle_align="right", border_style="blue")
        )
    if not answer.reply:
        console.print(Text(visible(_searched_line(answer)), style="dim"))
    if answer.safety.level is Level.MEDICAL:
        console.print(Panel(Text(answer.safety.note), title="Note", border_style="yellow"))


def error_text(message: str) -> str:
    """A batch line that could not be answered, in place of its answer."""
    return visible(f"error: {message}") + "\n"


def sources_text(root: str, rows: Sequence[dict[str, Any]]) -> str:
    """The documents of the corpus, with titles and passage counts: one tab-separated row each in plain text."""
    if not _is_terminal():
        lines = [f"Corpus: {visible_name(root)}"]
        for row in rows:
            counts = f"{row['passages']} passages ({row['with_alternates']} with alternate questions)"
            lines.append(f"{visible_name(row['source'])}\t{counts}\t{visible_name(row['title'])}")
        return "\n".join(lines) + "\n"
    return _rich(lambda console: console.print(_sources_table(root, rows)))


def _sources_table(root: str, rows: Sequence[dict[str, Any]]) -> Any:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(f"Corpus: {visible_name(root)}"), title_justify="left")
    table.add_column("File", style="cyan")
    table.add_column("Passages", justify="right")
    table.add_column("With alternates", justify="right")
    table.add_column("Title")
    for row in rows:
        table.add_row(Text(visible_name(row["source"])), str(row["passages"]), str(row["with_alternates"]),
                      Text(visible_name(row["title"])))
    return table


def report_text(report: Report) -> str:
    """`scarfaq eval`'s figures, then each miss with what was quoted instead, as plain text (a record)."""
    lines = [f"{report.questions} questions: {report.answerable} answerable, "
             f"{report.out_of_scope} out of scope, {report.urgent} urgent"]
    rows = [*((f"hit@{k}", v) for k, v in report.hit_at.items()),
            ("mrr@5", report.mrr_at_5), ("answer rate", report.answer_rate),
            ("out-of-scope rejection", report.oos_rejection), ("urgent noted", report.urgent_noted),
            ("answerable with medical note", report.answerable_with_medical_note),
            ("false urgent", report.false_urgent)]
    lines += [f"  {name:30} {value:.3f}" for name, value in rows]
    for miss in report.misses:
        status = "answered" if miss.answered else "no good match"
        lines += ["", f"miss {visible_name(miss.id)}: {visible_name(miss.question)}  [{status}]",
                  f"  expected: {visible_name(miss.expected)}"]
        lines += [f"  got: {visible_name(got)}" for got in miss.got]
    return visible("\n".join(lines)) + "\n"
