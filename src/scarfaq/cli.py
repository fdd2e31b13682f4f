"""The `scarfaq` command: the terminal chat by default, and one-shot subcommands for scripts.

Exit status: 0 answered, 1 no good match in the documents, 2 usage or corpus error, or output that cannot be
written (one line on stderr), 130 interrupted. A reader that goes away (`| head -1`) changes nothing: the
status is the answer's (output.py). Textual is imported only by the chat, so one-shots start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any, BinaryIO, NamedTuple, NoReturn

from scarfaq.errors import EXIT_ANSWERED, EXIT_INTERRUPTED, EXIT_NO_MATCH, EXIT_USAGE, ScarfaqError, UsageError
from scarfaq.lines import MAX_LINE_BYTES, bounded_lines
from scarfaq.output import Output, OutputError, forgiving_stderr, guard_standard_streams, interrupts_noted, warn
from scarfaq.terminal_text import json_line, visible, visible_name, without_surrogates

PROG = "scarfaq"
#: The commands, in the order `scarfaq --help` lists them.
COMMANDS = ("ask", "sources", "index", "eval", "help")


class CorpusChoice(NamedTuple):
    """Which documents to answer from: `--corpus` (None: $SCARFAQ_CORPUS or the shipped corpus), and
    whether links out of that folder are followed (`--follow-links`). (A named tuple: defining one costs a one-shot
    a fraction of what a frozen dataclass does.)"""

    folder: str | None = None
    follow_links: bool = False


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors, a hint when a question is typed without `ask`, and help written like
    any other output (a full disk is exit 2, not a silent 0)."""

    def error(self, message: str) -> NoReturn:
        if "invalid choice" in message and self.prog == PROG:
            typed = message.split("'")[1] if message.count("'") >= 2 else ""
            message = f"'{typed}' is not a command; to ask it: {PROG} ask \"{typed}\"" if typed else message
        warn(f"{PROG}: error: {message} (see '{self.prog} --help')")
        self.exit(EXIT_USAGE)

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        if message and file is sys.stderr:
            warn(message.rstrip("\n"))
        elif message:
            Output().write(message)


def _parser() -> argparse.ArgumentParser:
    corpus = argparse.ArgumentParser(add_help=False)
    corpus.add_argument(
        "--corpus",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder of .txt, .md or .rst documents to answer from (default: $SCARFAQ_CORPUS, else the shipped corpus)",
    )
    corpus.add_argument(
        "--follow-links",
        action="store_true",
        default=argparse.SUPPRESS,
        help="also read documents that links in the corpus folder point to outside it",
    )
    parser = _Parser(
        prog=PROG,
        description="Ask questions about a folder of documents; answers are verbatim quotes with their sources.",
        epilog="Run without a command to open the terminal chat. Exit status: 0 answered, 1 no good match, 2 error.",
        parents=[corpus],
    )
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = commands.add_parser("ask", parents=[corpus], help="answer one question (or a batch) and exit")
    ask.add_argument("question", nargs="*", help="the question (quotes are optional)")
    ask.add_argument("--json", action="store_true", help="print one JSON object per answer")
    ask.add_argument("--top-k", type=_positive, default=3, metavar="N", help="number of quotes (default 3)")
    ask.add_argument(
        "--batch",
        metavar="FILE",
        help="answer every line of FILE ('-' for stdin): plain text or {\"question\": ..., \"history\": [...]}",
    )
    ask.add_argument(
        "--history",
        action="append",
        default=[],
        metavar="QUESTION",
        help="an earlier question of the conversation, for follow-ups (repeatable, oldest first)",
    )

    sources = commands.add_parser("sources", parents=[corpus], help="list the documents and their passages")
    sources.add_argument("--json", action="store_true", help="print JSON")

    index = commands.add_parser("index", parents=[corpus], help="build the on-disk index cache and show its figures")
    index.add_argument("--rebuild", action="store_true", help="rebuild even when the cache is up to date")

    evaluate = commands.add_parser("eval", parents=[corpus], help="score answers on a question set (JSONL)")
    evaluate.add_argument("questions", metavar="FILE.jsonl", help="questions with gold snippets (see README)")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.add_argument("--top-k", type=_positive, default=5, metavar="N", help="quotes scored per question")

    helper = commands.add_parser("help", help="show this help, or a command's (scarfaq help ask)")
    helper.add_argument("topic", nargs="?", choices=COMMANDS, metavar="COMMAND", help="the command to explain")
    return parser


class _Version(argparse.Action):
    """`--version`, reading the installed version only when asked (importlib.metadata is slow to load)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        import scarfaq

        Output().write(f"{parser.prog} {scarfaq.__version__}\n")
        parser.exit()


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def run() -> NoReturn:
    """The `scarfaq` command (and `python -m scarfaq`): `main`, ending a one-shot with a quick exit."""
    sys.exit(main(quick_exit=True))


def main(argv: Sequence[str] | None = None, *, quick_exit: bool = False) -> int:
    """Run the command line; returns the exit status. With `quick_exit`, a one-shot command that ends
    normally leaves the process at once (`_leave`) instead of returning."""
    guard_standard_streams()
    out = Output()
    try:
        parser = _parser()
        args, unknown = parser.parse_known_args(argv)
        if unknown:
            # argparse would blame the top-level parser; point to the help of the command that was used.
            prog = f"{PROG} {args.command}" if args.command else PROG
            parser.exit(EXIT_USAGE, visible(f"{PROG}: error: unrecognized arguments: {' '.join(unknown)} "
                                            f"(see '{prog} --help')\n"))
        if args.command == "help":
            _help(parser, args.topic)
            return EXIT_ANSWERED
        corpus = CorpusChoice(getattr(args, "corpus", None), getattr(args, "follow_links", False))
        if sys.stdout is None:  # found out before any work: every command writes there
            raise OutputError("cannot write the output: standard output is closed")
        if args.command is None:
            # Textual's imports and the first frame allocate much and free little: the collector's passes over
            # them only delay the question box (the app turns it back on once its first frame is drawn).
            gc.disable()
            return _chat(corpus)
        if args.command == "ask" and args.batch is None:
            # A one-shot lives for a fraction of a second and builds no reference cycles worth collecting;
            # the collector's full passes over everything the imports allocated would only delay the answer.
            gc.disable()
        with forgiving_stderr():  # a progress bar on a full stderr must not fail the command
            status = _ONE_SHOTS[args.command](args, corpus, out)
        if quick_exit:
            _leave(status)
        return status
    except ScarfaqError as error:
        warn(f"{PROG}: error: {error}")
        return error.exit_code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _leave(status: int) -> NoReturn:
    """End the process now, its output written: tearing the interpreter down (freeing the library and every
    module, object by object) cost a one-shot some 60 ms of its ~460, for nothing it needs. Nothing of
    scarfaq's waits for the interpreter's exit: records are written whole as they go, a cache is in place
    before the answer is, and no thread or worker outlives the command. The chat exits the ordinary way."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()  # type: ignore[union-attr]
    os._exit(status)


def _help(parser: argparse.ArgumentParser, topic: str | None) -> None:
    """`scarfaq help` prints the help; `scarfaq help ask` the help of ask."""
    if topic is None:
        parser.print_help()
        return
    parser.parse_args([topic, "--help"])  # prints the command's help and exits 0


def _library(corpus: CorpusChoice):
    from scarfaq.library import open_library
    from scarfaq.progress import BuildProgress

    with BuildProgress() as progress:
        library = open_library(corpus.folder, progress, follow_links=corpus.follow_links)
    _warn_about(library)
    return library


def _warn_about(library: Any) -> None:
    """The files the corpus had to skip or guess at, one warning line each (names made visible)."""
    for warning in library.warnings:
        warn(f"{PROG}: warning: {warning}")


def _write_json(out: Output, payload: Any) -> None:
    """One terminal-safe JSON object on a line (terminal_text.json_line), whole or not at all."""
    out.write(json_line(payload) + "\n", utf8=True)


def _ask(args: argparse.Namespace, corpus: CorpusChoice, out: Output) -> int:
    from scarfaq.answer import answer

    if args.batch is not None:
        if args.question:
            raise UsageError("give either a QUESTION or --batch FILE, not both")
        return _batch(args, corpus, out)
    question = without_surrogates(" ".join(args.question)).strip()
    if not question:
        raise UsageError('the question is empty; try: scarfaq ask "how do I get rid of acne pits?"')
    library = _library(corpus)
    result = answer(library, question, [without_surrogates(h) for h in args.history], top_k=args.top_k)
    if args.json:
        from scarfaq.answer_json import answer_to_dict

        _write_json(out, answer_to_dict(result))
    else:
        from scarfaq.render import answer_text

        out.write(answer_text(result))
    return EXIT_ANSWERED if result.answered else EXIT_NO_MATCH


def _batch_items(stream: BinaryIO) -> Iterator[tuple[int, str | None, list[str], str | None]]:
    """(line number, question, history, error) for every line of a batch.

    Lines end at \n only (a stray \r stays inside its line) and are read up to MAX_LINE_BYTES; bytes that are
    not UTF-8 become U+FFFD: so there is exactly one output line per input line. A line starting with `{`
    must be a JSON object; one starting with `[` that parses as JSON is refused (an array is not a
    question); any other line is the question itself.
    """
    for number, line in enumerate(bounded_lines(stream), 1):
        if line is None:
            yield number, None, [], f"line {number} is longer than {MAX_LINE_BYTES:,} bytes"
            continue
        text = line.decode("utf-8", errors="replace").strip()
        if text.startswith(("{", "[")):
            try:
                item: Any = json.loads(text)
            except RecursionError:
                yield number, None, [], f"line {number} is JSON nested too deeply"
                continue
            except ValueError as error:  # also a number of more than 4,300 digits
                if text.startswith("["):  # "[bold] scars" and the like are plain questions
                    yield number, without_surrogates(text), [], None
                else:
                    reason = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
                    yield number, None, [], f"line {number} is not valid JSON: {reason}"
                continue
            question = item.get("question") if isinstance(item, dict) else None
            history = item.get("history", []) if isinstance(item, dict) else None
            if not isinstance(question, str) or not isinstance(history, list) or not all(
                isinstance(h, str) for h in history
            ):
                yield number, None, [], f'line {number} needs {{"question": "...", "history": ["..."]}}'
                continue
            text, history = without_surrogates(question).strip(), [without_surrogates(h) for h in history]
        else:
            history = []
        if not text:
            yield number, None, [], f"line {number} has no question"
        else:
            yield number, text, history, None


def _batch(args: argparse.Namespace, corpus: CorpusChoice, out: Output) -> int:
    """Answer every line of the batch, one record each. A record is written whole or not at all: a full
    disk stops the batch (exit 2), Ctrl-C stops it between records (exit 130), a reader that goes away
    stops it quietly (exit 0, the batch's status)."""
    from scarfaq.answer import answer
    from scarfaq.answer_json import answer_to_dict, error_to_dict
    from scarfaq.render import answer_text, error_text

    library = _library(corpus)
    with _open_batch(args.batch) as stream, interrupts_noted() as interrupted:
        try:
            for number, question, history, error in _batch_items(stream):
                if error is not None or question is None:
                    result: Any = error_to_dict(error or "no question", number)
                else:
                    result = answer(library, question, history, top_k=args.top_k)
                if args.json:
                    _write_json(out, result if isinstance(result, dict) else answer_to_dict(result))
                else:
                    shown = error_text(result["error"]) if isinstance(result, dict) else answer_text(result)
                    out.write(f"── {number}. {visible_name(question or '')}\n{shown}\n")
                if out.reader_gone:
                    break
                if interrupted:  # a Ctrl-C whose exception Python dropped (raised in a finalizer)
                    raise KeyboardInterrupt
        except OSError as error:
            raise UsageError(f"cannot read batch file {args.batch}: {error.strerror}") from None
    return EXIT_ANSWERED


def _open_batch(name: str) -> BinaryIO:
    """The batch's bytes: stdin for '-', else the file."""
    if name == "-":
        if sys.stdin is None:
            raise UsageError("cannot read the batch from standard input: it is closed")
        return sys.stdin.buffer
    try:
        return open(name, "rb")  # noqa: SIM115 (closed by the caller's `with`)
    except OSError as error:
        raise UsageError(f"cannot read batch file {name}: {error.strerror}") from None


def _sources(args: argparse.Namespace, corpus: CorpusChoice, out: Output) -> int:
    library = _library(corpus)
    counts = {d.source: 0 for d in library.documents}
    asked = dict.fromkeys(counts, 0)
    alternates = library.alternates
    for number, passage in enumerate(library.passages):
        counts[passage.source] += 1
        asked[passage.source] += bool(alternates and alternates.asked[number])
    rows = [
        {"source": d.source, "title": d.title, "passages": counts[d.source], "with_alternates": asked[d.source]}
        for d in library.documents
    ]
    if args.json:
        _write_json(out, {"corpus": str(library.root), "documents": rows})
    else:
        from scarfaq.render import sources_text

        out.write(sources_text(str(library.root), rows))
    return EXIT_ANSWERED


def _eval(args: argparse.Namespace, corpus: CorpusChoice, out: Output) -> int:
    from scarfaq.evaluation import load_questions, run

    questions = load_questions(args.questions)
    report = run(_library(corpus), questions, top_k=args.top_k)
    if args.json:
        _write_json(out, report.as_dict())
    else:
        from scarfaq.render import report_text

        out.write(report_text(report))
    return EXIT_ANSWERED


def _index(args: argparse.Namespace, corpus: CorpusChoice, out: Output) -> int:
    from scarfaq.cache import describe_size
    from scarfaq.library import load_library
    from scarfaq.progress import BuildProgress

    with BuildProgress(always=True) as progress:
        library, status = load_library(corpus.folder, progress, rebuild=args.rebuild, follow_links=corpus.follow_links)
    _warn_about(library)
    how = "loaded from the cache (up to date)" if status.reused else "built"
    figures = [
        ("corpus", visible_name(str(library.root))),
        ("documents", f"{len(library.documents):,}"),
        ("passages", f"{len(library.passages):,}"),
        ("terms", f"{len(library.index.vocabulary):,}"),
        ("index", f"{how} in {status.seconds:.2f} s"),
        ("cache", f"{visible_name(str(status.path))} ({describe_size(status.path)})" if status.path else "not written"),
    ]
    out.write("".join(f"{name + ':':<11}{value}\n" for name, value in figures))
    return EXIT_ANSWERED


def _chat(corpus: CorpusChoice) -> int:
    from scarfaq.tui.app import run_chat

    return run_chat(corpus.folder, follow_links=corpus.follow_links)


_ONE_SHOTS = {"ask": _ask, "sources": _sources, "eval": _eval, "index": _index}
