"""The LanguageTool backend: an HTTP client and one rule per family sharing one request."""
