"""The errors a user can cause, each with a message meant for them and a documented exit code."""

from __future__ import annotations

#: Exit status of a one-shot: answered.
EXIT_ANSWERED = 0
#: Exit status of a one-shot: nothing in the documents answers the question.
EXIT_NO_MATCH = 1
#: Exit status for a usage mistake, an unusable corpus, or output that cannot be written.
EXIT_USAGE = 2
#: Exit status after Ctrl-C (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130


class ScarfaqError(Exception):
    """Base of every error whose message is shown to the user as is, without a traceback."""

    exit_code = EXIT_USAGE


class UsageError(ScarfaqError):
    """The command line or the question itself cannot be used (empty question, bad option value)."""


class CorpusError(ScarfaqError):
    """The corpus folder is missing, unreadable or holds no passage to answer from."""
