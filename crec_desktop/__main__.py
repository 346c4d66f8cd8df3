"""`python -m crec_desktop` is the same as the `crec-desktop` command."""
import sys

from crec_desktop.cli import main

sys.exit(main())
