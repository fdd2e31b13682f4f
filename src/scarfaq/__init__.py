"""scarfaq: a chat-style FAQ bot that answers with verbatim, cited quotes from a folder of documents."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("scarfaq")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
