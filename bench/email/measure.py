"""Run one command and write its wall time, user+sys CPU and peak RSS as JSON.

    python -m bench.email.measure RESULT.json STDOUT STDERR -- COMMAND [ARG…]

Why a launcher: Linux keeps a process's memory high-water mark across exec, so a
command started straight from a large process (the benchmark, with Django and a
corpus loaded) reports that process's size as its own peak RSS. Started from this
small one (standard library only), ru_maxrss is the command's own, or that of its
largest worker. CPU and peak RSS come from wait4 and include the workers it waited
for (``ingest_email --jobs``).
"""

import json
import os
import subprocess
import sys
import time


def main() -> int:
    result, stdout_path, stderr_path, separator, *command = sys.argv[1:]
    if separator != "--" or not command:
        raise SystemExit(__doc__)
    with open(stdout_path, "wb") as stdout, open(stderr_path, "wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, stdin=subprocess.DEVNULL)
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    process.returncode = code = os.waitstatus_to_exitcode(status)
    with open(result, "w") as handle:
        json.dump(
            {
                "wall": wall,
                "cpu": usage.ru_utime + usage.ru_stime,
                "user": usage.ru_utime,
                "sys": usage.ru_stime,
                "max_rss_kb": usage.ru_maxrss,
                "returncode": code,
            },
            handle,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
