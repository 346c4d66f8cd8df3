"""The planning grid: rows of specialists, columns of days, blocks to drag (see view.py)."""
