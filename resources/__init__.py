"""Data files of crec-desktop (installed as the package crec_desktop.resources)."""
