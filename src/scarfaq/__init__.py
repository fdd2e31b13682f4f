"""scarfaq: a chat-style FAQ bot that answers with verbatim, cited quotes from a folder of documents."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`scarfaq.__version__`, read from the installed metadata only when asked for.

    importlib.metadata costs tens of milliseconds to import: one-shots that never print the version
    should not pay for it.
    """
    if name != "__version__":
        raise AttributeError(f"module 'scarfaq' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("scarfaq")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"
