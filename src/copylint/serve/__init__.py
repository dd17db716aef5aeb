"""`copylint serve`: LanguageTool's HTTP API and copylint's own JSON API over HTTP."""
