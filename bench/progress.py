"""A plain-text progress bar on stderr: redrawn in place on a terminal, a line per tenth elsewhere."""

import sys
import time

BAR_WIDTH = 30


class ProgressBar:
    def __init__(self, label, total, stream=None):
        self.label = label
        self.total = max(total, 1)
        self.stream = stream or sys.stderr
        self.done = 0
        self.started = time.monotonic()
        self.interactive = self.stream.isatty()
        self.last_tenth = -1

    def advance(self, count=1):
        self.done = min(self.done + count, self.total)
        tenth = self.done * 10 // self.total
        if self.interactive:
            self.stream.write("\r" + self.line())
        elif tenth != self.last_tenth:
            self.stream.write(self.line() + "\n")
        self.last_tenth = tenth
        self.stream.flush()

    def line(self):
        filled = self.done * BAR_WIDTH // self.total
        elapsed = time.monotonic() - self.started
        return (
            f"{self.label:<22} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
            f"{self.done:>6}/{self.total:<6} {elapsed:5.1f}s"
        )

    def close(self):
        if self.interactive:
            self.stream.write("\n")
            self.stream.flush()
