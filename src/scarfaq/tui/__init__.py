"""The terminal chat: a Textual app over the core (`scarfaq` with no command opens it)."""
