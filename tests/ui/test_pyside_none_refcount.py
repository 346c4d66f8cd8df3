"""Guard against PySide6 6.12.0's bug on Python 3.11: every Qt call returning void dropped a
reference to None, until `Fatal Python error: none_dealloc` killed the process.

The calls run in a subprocess (a crash must fail this test, not kill the suite); the child
prints sys.getrefcount(None) between rounds of many thousands of void calls. With a sound
PySide6 the count stays put; with the bug it falls by about one per call, then the child dies.
"""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import PySide6

CHILD = textwrap.dedent("""
    import json, os, sys
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    widget = QWidget()
    obj = QObject()
    counts = [sys.getrefcount(None)]
    for _ in range(6):
        for i in range(5000):
            widget.setToolTip("x")        # void
            obj.setObjectName("booking")  # void
            widget.setEnabled(i % 2 == 0) # void
        counts.append(sys.getrefcount(None))
    print(json.dumps(counts))
""")


def test_pyside6_version_is_not_the_broken_one():
    assert PySide6.__version__ != "6.12.0", "PySide6 6.12.0 crashes Python 3.11 (none_dealloc)"


def test_void_qt_calls_keep_the_reference_count_of_none():
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"the child died ({done.returncode}): {done.stderr[-2000:]}"
    counts = json.loads(done.stdout.strip().splitlines()[-1])
    drops = [before - after for before, after in zip(counts, counts[1:])]
    # 15,000 void calls per round: the bug would lose ~15,000 references each round.
    assert all(drop < 100 for drop in drops), f"None's reference count falls: {counts}"
    assert counts[-1] > counts[0] - 100, counts
