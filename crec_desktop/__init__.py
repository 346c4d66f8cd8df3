"""crec-desktop: planning the time of CREC's specialists across its member organisations."""

__version__ = "0.1.0"
APP_NAME = "crec-desktop"
ORG_NAME = "CREC"
