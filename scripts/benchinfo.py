"""What a benchmark's figures were taken on: the commit, the machine and its load during the run.

Shared by scripts/bench and scripts/bench-reader, which print `header()` before their tables and
`LoadSampler.summary()` after them: on a shared machine wall time is partly waiting for a core, and
the load average sampled while the figures were taken says how much. `measured()` gives a command's
own peak RSS, which wait4 cannot.
"""
import os
import statistics
import subprocess
import tempfile
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


TIME = "/usr/bin/time"


def measured(command):
    """`command` run under GNU time, which writes its peak RSS to a file: wait4's ru_maxrss of a
    child forked from the benchmark counts the benchmark's own peak too (exec records the forked
    copy's high-water mark), so a Python that has held a million lines of output would be measured
    instead of azad. GNU time forks the command from its own small process and reports that child's
    peak alone. Returns the command to run and a function giving the peak in MB once it has ended;
    wait4's times of GNU time include the command's, which it waits for."""
    if not os.access(TIME, os.X_OK):
        raise SystemExit("%s (Debian package `time`) is needed to measure peak RSS" % TIME)
    handle, path = tempfile.mkstemp(prefix="azad-bench-rss-")
    os.close(handle)

    def peak():
        try:
            with open(path) as report:
                # After "Command exited with non-zero status N" when the command failed.
                return int(report.read().split()[-1]) / 1024
        except (OSError, ValueError, IndexError):
            return float("nan")
        finally:
            os.remove(path)
    return [TIME, "-f", "%M", "-o", path] + list(command), peak


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


def cpu_times():
    """The machine's busy and total CPU jiffies so far, from /proc/stat's first line."""
    with open("/proc/stat") as stat:
        fields = [int(field) for field in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return sum(fields) - idle, sum(fields)


def running():
    """How many threads are runnable right now (procs_running in /proc/stat), the measured one included."""
    with open("/proc/stat") as stat:
        for line in stat:
            if line.startswith("procs_running"):
                return int(line.split()[1])
    return 0


class LoadSampler:
    """Samples the 1-minute load average and the runnable threads every `interval` seconds on a thread
    of its own, and the share of the machine's CPU time that was busy from start to summary.

    The load average lags by a minute; the runnable count and the busy share say what competed for the
    cores while the figures were taken."""

    def __init__(self, interval=5.0):
        self.interval = interval
        self.samples = [os.getloadavg()[0]]
        self.runnable = [running()]
        self.start = cpu_times()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while not self.stopped.wait(self.interval):
            self.samples.append(os.getloadavg()[0])
            self.runnable.append(running())

    def summary(self):
        """Stops sampling; the samples' minimum, median and maximum, and the busy share, on two lines."""
        self.stopped.set()
        self.thread.join()
        self.samples.append(os.getloadavg()[0])
        self.runnable.append(running())
        busy, total = cpu_times()
        share = 100.0 * (busy - self.start[0]) / max(1, total - self.start[1])
        return ("load average (1 min) sampled every %.0f s during the run: min %.1f, median %.1f, max %.1f (%d samples)\n"
                "runnable threads (the sampler's own included) min %d, median %d, max %d; CPU busy %.0f %% of %d cores "
                "(every process, the measured ones included)") % (
            self.interval, min(self.samples), statistics.median(self.samples), max(self.samples), len(self.samples),
            min(self.runnable), statistics.median(self.runnable), max(self.runnable), share, os.cpu_count())
