"""Dutch (the default language)."""
