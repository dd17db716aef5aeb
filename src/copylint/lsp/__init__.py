"""The language server (`copylint lsp`); needs the ``lsp`` extra (pygls)."""
