"""What a benchmark's figures were taken on: the commit, the machine and its load during the run.

Shared by scripts/bench and scripts/bench-reader, which print `header()` before their tables and
`LoadSampler.summary()` after them: on a shared machine wall time is partly waiting for a core, and
the load average sampled while the figures were taken says how much.
"""
import os
import statistics
import subprocess
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def commit():
    """The checked-out commit, and whether the tree differs from it (tracked files only)."""
    def git(*arguments):
        result = subprocess.run(["git", "-C", ROOT] + list(arguments), stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL)
        return result.stdout.decode().strip() if result.returncode == 0 else ""
    head = git("rev-parse", "--short=9", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return head + (" with uncommitted changes to tracked files" if dirty else "")


def machine():
    """Cores this process may use, the CPU model and the memory, from /proc."""
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = "unknown memory"
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    memory = "%.1f GB memory" % (int(line.split()[1]) / 1024 / 1024)
                    break
    except OSError:
        pass
    return "%d cores (nproc), %s, %s" % (len(os.sched_getaffinity(0)), model, memory)


def header(name):
    """The lines naming the commit and the machine."""
    return "%s at commit %s\nmachine: %s" % (name, commit(), machine())


class LoadSampler:
    """Samples the 1-minute load average every `interval` seconds on a thread of its own."""

    def __init__(self, interval=5.0):
        self.interval = interval
        self.samples = [os.getloadavg()[0]]
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while not self.stopped.wait(self.interval):
            self.samples.append(os.getloadavg()[0])

    def summary(self):
        """Stops sampling; one line with the samples' minimum, median and maximum."""
        self.stopped.set()
        self.thread.join()
        self.samples.append(os.getloadavg()[0])
        return "load average (1 min) sampled every %.0f s during the run: min %.1f, median %.1f, max %.1f (%d samples)" % (
            self.interval, min(self.samples), statistics.median(self.samples), max(self.samples), len(self.samples))
