"""`python -m scarfaq` behaves exactly like the `scarfaq` command."""

from __future__ import annotations

from scarfaq.cli import run

run()
