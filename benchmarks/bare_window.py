"""The floor for start-up: Qt, one main window, grabbed to a PNG.

A copy of ../shared/baselines/bare_window.py, so that benchmarks/bench_startup.py runs without
the shared folder. Usage: python bare_window.py OUT.png [WxH]
"""
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

out = sys.argv[1] if len(sys.argv) > 1 else "bare_window.png"
w, h = (int(v) for v in (sys.argv[2] if len(sys.argv) > 2 else "1600x900").split("x"))
app = QApplication(sys.argv[:1])
win = QMainWindow()
win.setCentralWidget(QLabel("Planification"))
win.resize(w, h)
win.show()
app.processEvents()
win.grab().save(out)
