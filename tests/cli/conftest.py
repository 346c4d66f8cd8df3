"""What every command-line test needs: logging set up afresh for each in-process run, and the
small planned organisation the reporting commands read.

`cli.main` sets up logging once per CREC_HOME; the tests run it many times in one process, each
with its own CREC_HOME, so the handlers it added are dropped before and after each test.
"""
from __future__ import annotations

import logging

import pytest

from tests.services.report_sample import build_planned


@pytest.fixture(autouse=True)
def fresh_logging():
    logger = logging.getLogger("crec_desktop")

    def drop():
        for handler in [h for h in logger.handlers if getattr(h, "_crec", False)]:
            logger.removeHandler(handler)
            handler.close()

    drop()
    yield
    drop()


@pytest.fixture
def planned(db, crec_home):
    """tests.services.report_sample's organisation (a module may extend it, or plan its own)."""
    return build_planned(db)
