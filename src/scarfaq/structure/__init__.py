"""Document structure for passages: readers for plain text, Markdown and reStructuredText that cut a
document into blocks with roles (headings, FAQ questions, lists, code, markup), and the rules that join
blocks into passages.

`formats.document_blocks` picks the reader; `units.build_units` joins the blocks; `split.unit_spans` cuts
units too long for one passage; `titles.document_title` finds a document's own title.
"""
