"""Processing provider ``masterplan`` and its algorithms (see ``provider.py``); nothing runs at import."""
