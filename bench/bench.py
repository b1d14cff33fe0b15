#!/usr/bin/env python3
"""lifecycle-signals benchmark suite: run it with `bash bench/run.sh` (see bench/README.md).

Every comparison runs both sides in the same run, alternating, on 127.0.0.1 only; every loop is
bounded in count and time. Writes bench/RESULTS.md, bench/results.json and bench/drain.png.
"""
import argparse
import datetime
import json
import os
import re
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
JAR = ROOT / "sample-app/target/lifecycle-signals-sample-app.jar"
# The last version that landed before the refresh classification (#11): measured beside the
# current one, so that "before and after" come from the same run on the same machine.
BASELINE_REF = "1a39998"
JAVA = shutil.which("java")
PROBE_PATH = "/readyz"
PACED_LUA = BENCH / "paced.lua"
SAMPLE_MAIN = "io.github.lifecyclesignals.sample.SampleApplication"

# The three ways an instance can stop, compared side by side.
MODES = {
    "plain": ["--lifecycle.enabled=false"],
    "fixed": ["--lifecycle.drain.pre-stop-delay=5s"],
    "adaptive": ["--lifecycle.drain.pre-stop-delay=5s", "--lifecycle.drain.adaptive.enabled=true",
                 "--lifecycle.drain.adaptive.probes=2", "--lifecycle.drain.adaptive.probe-path=" + PROBE_PATH],
}
COMMON_ARGS = ["--server.address=127.0.0.1", "--management.server.address=127.0.0.1",
               "--management.endpoint.health.probes.add-additional-paths=true",
               "--logging.level.root=WARN", "--logging.level.io.github.lifecyclesignals=INFO"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(port, path, timeout=2.0):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return None, ""


def wait_until(predicate, timeout, interval=0.02, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what}")


class Instance:
    """The sample app as its own JVM, with a separate management port for observation."""

    def __init__(self, name, workdir, args, port=None, jar=JAR, classpath=None):
        self.name, self.workdir, self.args, self.jar = name, Path(workdir), list(args), jar
        self.classpath = classpath
        self.port, self.mgmt = port or free_port(), free_port()
        self.process, self.started = None, None
        self.workdir.mkdir(parents=True, exist_ok=True)

    def start(self):
        log = open(self.workdir / f"{self.name}.log", "a")
        launch = ["-cp", self.classpath, SAMPLE_MAIN] if self.classpath else ["-jar", str(self.jar)]
        command = [JAVA, "-Xmx256m", *launch, f"--server.port={self.port}",
                   f"--management.server.port={self.mgmt}", *COMMON_ARGS, *self.args]
        self.started = time.monotonic()
        self.process = subprocess.Popen(command, cwd=self.workdir, stdout=log, stderr=subprocess.STDOUT)
        return self

    def ready(self):
        return http_get(self.port, PROBE_PATH, 0.5)[0] == 200

    def wait_ready(self, timeout=120):
        wait_until(lambda: self.process.poll() is None and self.ready() or self._died(), timeout,
                   what=f"{self.name} readiness")
        return time.monotonic() - self.started

    def _died(self):
        if self.process.poll() is not None:
            raise RuntimeError(f"{self.name} exited with {self.process.returncode}, see {self.workdir}")
        return False

    def stop(self, sig=signal.SIGTERM, timeout=60):
        start = time.monotonic()
        self.process.send_signal(sig)
        code = self.process.wait(timeout)
        return code, time.monotonic() - start

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


class HAProxy:
    """Round robin over two instances, HTTP health checks on readiness, no retries."""

    def __init__(self, workdir, servers):
        self.port, self.stats = free_port(), free_port()
        self.config = Path(workdir) / "haproxy.cfg"
        lines = ["global", "  maxconn 4000", "defaults", "  mode http", "  timeout connect 2s",
                 "  timeout client 30s", "  timeout server 30s", "  retries 0", "  option http-keep-alive",
                 "frontend fe", f"  bind 127.0.0.1:{self.port}", "  default_backend be",
                 "backend be", "  balance roundrobin", f"  option httpchk GET {PROBE_PATH}",
                 "  http-check expect status 200", "  default-server inter 1s fall 2 rise 2"]
        lines += [f"  server {name} 127.0.0.1:{port} check" for name, port in servers]
        lines += ["listen stats", f"  bind 127.0.0.1:{self.stats}", "  stats enable", "  stats uri /stats"]
        self.config.write_text("\n".join(lines) + "\n")
        self.process = None

    def start(self):
        self.process = subprocess.Popen(["haproxy", "-db", "-f", str(self.config)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return self

    def server_up(self, name):
        status, body = http_get(self.stats, "/stats;csv", 1.0)
        for line in body.splitlines():
            fields = line.split(",")
            if len(fields) > 17 and fields[0] == "be" and fields[1] == name:
                return fields[17] == "UP"
        return False

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


class Wrk:
    """wrk in the background until interrupted; parses its summary."""

    def __init__(self, url, threads=2, connections=8, paced=True, duration=600):
        command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "5s"]
        if paced:
            command += ["-s", str(PACED_LUA)]
        self.command = command + [url]
        self.process = None

    def start(self):
        self.process = subprocess.Popen(self.command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        return self

    def finish(self):
        self.process.send_signal(signal.SIGINT)
        output, _ = self.process.communicate(timeout=30)
        return parse_wrk(output)


def parse_duration_ms(text):
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0), ("m", 60000.0)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)


def parse_wrk(output):
    result = {"requests": 0, "non2xx": 0, "socket_errors": 0, "rps": 0.0, "p50_ms": None, "p99_ms": None}
    for line in output.splitlines():
        parts = line.split()
        if line.strip().startswith("50%"):
            result["p50_ms"] = parse_duration_ms(parts[1])
        elif line.strip().startswith("99%"):
            result["p99_ms"] = parse_duration_ms(parts[1])
        elif "requests in" in line:
            result["requests"] = int(parts[0])
        elif line.startswith("  Socket errors:"):
            result["socket_errors"] = sum(int(p.strip(",")) for p in parts if p.strip(",").isdigit())
        elif line.startswith("  Non-2xx or 3xx responses:"):
            result["non2xx"] = int(parts[-1])
        elif line.startswith("Requests/sec:"):
            result["rps"] = float(parts[1])
    result["failed"] = result["non2xx"] + result["socket_errors"]
    return result


class DrainSampler(threading.Thread):
    """Samples one instance's /actuator/lifecycle every 100 ms through a drain, for the plot."""

    def __init__(self, instance):
        super().__init__(daemon=True)
        self.instance, self.samples, self.running = instance, [], True

    def run(self):
        for _ in range(3000):
            if not self.running:
                return
            status, body = http_get(self.instance.mgmt, "/actuator/lifecycle", 0.5)
            if status == 200:
                data = json.loads(body)
                self.samples.append({"t": time.monotonic(), "state": data["state"], "step": data["drain"].get("step"),
                                     "inFlight": data["drain"]["inFlight"],
                                     "completed": data["drain"]["requestsCompleted"]})
            time.sleep(0.1)


def rolling_restart(mode, workdir, sample_drain=False):
    """Two instances behind HAProxy under steady load; SIGTERM each in turn, restart it."""
    a = Instance("a", Path(workdir) / "a", MODES[mode]).start()
    b = Instance("b", Path(workdir) / "b", MODES[mode]).start()
    proxy = None
    try:
        a.wait_ready(), b.wait_ready()
        proxy = HAProxy(workdir, [("a", a.port), ("b", b.port)]).start()
        wait_until(lambda: proxy.server_up("a") and proxy.server_up("b"), 30, 0.1, "HAProxy sees both up")
        load = Wrk(f"http://127.0.0.1:{proxy.port}/settings").start()
        time.sleep(3)
        stops, sampler, timeline = [], None, {}
        for instance in (a, b):
            if sample_drain and instance is a:
                sampler = DrainSampler(a)
                sampler.start()
                time.sleep(1)
                timeline["sigterm"] = time.monotonic()
            code, seconds = instance.stop()
            if sampler and instance is a:
                timeline["exit"] = time.monotonic()
                timeline["delay_end"] = timeline["sigterm"] + delay_seconds(a.workdir / "a.log")
                sampler.running = False
            stops.append({"instance": instance.name, "exit_code": code, "sigterm_to_exit_s": round(seconds, 3)})
            instance.start().wait_ready()
            wait_until(lambda: proxy.server_up(instance.name), 30, 0.1, f"HAProxy sees {instance.name} up")
        time.sleep(2)
        result = load.finish()
        result["stops"] = stops
        if sampler:
            result["drain_samples"], result["timeline"] = sampler.samples, timeline
        return result
    finally:
        for instance in (a, b):
            instance.kill()
        if proxy:
            proxy.stop()


def delay_seconds(log):
    """When the pre-stop delay ended, after SIGTERM, from the drain's summary line in the log."""
    summary = [line for line in log.read_text().splitlines() if "Drain ended" in line][-1]
    steps = dict(step.split("=") for step in summary.split("steps ")[1].split(";")[0].split(", "))
    return sum(parse_duration_ms(steps[name]) for name in ("readiness", "pre-stop-delay")) / 1000


def throughput(enabled, workdir, seconds):
    args = [] if enabled else ["--lifecycle.enabled=false"]
    instance = Instance("t", workdir, args).start()
    try:
        instance.wait_ready()
        url = f"http://127.0.0.1:{instance.port}/settings"
        warm = Wrk(url, connections=16, paced=False).start()
        time.sleep(5)
        warm.finish()
        load = Wrk(url, connections=16, paced=False).start()
        time.sleep(seconds)
        return load.finish()
    finally:
        instance.kill()


def startup(enabled, workdir):
    args = [] if enabled else ["--lifecycle.enabled=false"]
    instance = Instance("s", workdir, args).start()
    try:
        return instance.wait_ready()
    finally:
        instance.kill()


def baseline_jar(ref):
    """Builds the sample app at an earlier commit in a worktree of its own and returns its jar."""
    tree = Path(tempfile.mkdtemp(prefix="lifecycle-baseline-"))
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--force", str(tree), ref], check=True,
                   capture_output=True)
    try:
        subprocess.run([str(tree / "mvnw"), "-B", "-q", "-ntp", "-pl", "sample-app", "-am", "package",
                        "-DskipTests"], cwd=tree, check=True)
        jar = next(p for p in (tree / "sample-app/target").glob("lifecycle-signals-sample-app*.jar")
                   if not p.name.endswith(".original"))
        kept = Path(tempfile.mkdtemp(prefix="lifecycle-baseline-jar-")) / "baseline.jar"
        shutil.copy(jar, kept)
        return kept
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)


def refresh_latency(workdir, count, jar=JAR):
    config = Path(workdir) / "config" / "application.yml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("orders:\n  accepted-message: start\n")
    instance = Instance("r", workdir, [], jar=jar).start()
    try:
        instance.wait_ready()
        load = Wrk(f"http://127.0.0.1:{instance.port}/settings", connections=4).start()
        time.sleep(2)
        latencies = []
        for i in range(count):
            message = f"refresh-{i}-{time.time_ns()}"
            temporary = config.with_suffix(".tmp")
            temporary.write_text(f"orders:\n  accepted-message: {message}\n")
            os.replace(temporary, config)
            start = time.monotonic()
            instance.process.send_signal(signal.SIGHUP)
            wait_until(lambda: message in http_get(instance.port, "/settings", 1.0)[1], 10, 0.002, "new value")
            latencies.append((time.monotonic() - start) * 1000)
            time.sleep(0.2)
        result = load.finish()
        result["latencies_ms"] = [round(x, 1) for x in latencies]
        # What the application itself took, as its log line reports it (both versions
        # log "Configuration refresh APPLIED (trigger SIGHUP, 23ms)"): the part of the
        # latency the refresh owns, without signal delivery and the client's polling.
        log = (Path(workdir) / "r.log").read_text()
        result["in_app_ms"] = [int(x) for x in re.findall(r"Configuration refresh APPLIED \(trigger SIGHUP, (\d+)ms\)", log)]
        return result
    finally:
        instance.kill()


def median(values):
    return statistics.median(values) if values else None


def plot(run, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    samples, timeline = run["drain_samples"], run["timeline"]
    t0 = timeline["sigterm"]
    times = [s["t"] - t0 for s in samples]
    rps = [(b["completed"] - a["completed"]) / (b["t"] - a["t"]) for a, b in zip(samples, samples[1:])]
    fig, ax = plt.subplots(figsize=(10, 5))
    ax.plot(times[1:], rps, label="requests/s served by the instance", color="tab:blue")
    ax.set_xlabel("seconds since SIGTERM")
    ax.set_ylabel("requests per second")
    ax2 = ax.twinx()
    ax2.step(times, [s["inFlight"] for s in samples], where="post", color="tab:orange", label="in-flight requests")
    ax2.set_ylabel("in flight")
    refusing = [t for t, s in zip(times, samples) if s["state"] in ("DRAINING", "STOPPING")]
    if refusing:
        ax.axvspan(min(refusing), timeline["exit"] - t0, color="tab:red", alpha=0.08, label="readiness refused (503)")
    delay_end = timeline["delay_end"] - t0 if "delay_end" in timeline else None
    ax.axvline(0, color="black", linestyle="--", label="SIGTERM")
    if delay_end is not None:
        ax.axvline(delay_end, color="tab:green", linestyle="--", label="end of pre-stop delay")
    ax.axvline(timeline["exit"] - t0, color="tab:red", linestyle="--", label="exit")
    lines, labels = ax.get_legend_handles_labels()
    lines2, labels2 = ax2.get_legend_handles_labels()
    ax.legend(lines + lines2, labels + labels2, loc="upper right", fontsize=8)
    ax.set_title("One drain (fixed 5s pre-stop delay) behind HAProxy under steady load")
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--throughput-seconds", type=int, default=10)
    parser.add_argument("--refreshes", type=int, default=20)
    parser.add_argument("--streams", type=int, default=100,
                        help="event streams, and as many WebSockets, held open at SIGTERM")
    parser.add_argument("--connection-repetitions", type=int, default=2)
    parser.add_argument("--baseline", default=BASELINE_REF,
                        help="git ref of the version whose refresh is measured beside this one")
    parser.add_argument("--only", default="", help="comma-separated sections to run (observations, rolling, throughput, "
                        "startup, refresh, connections, fleet, first-refresh); the others are kept from the last results.json")
    parser.add_argument("--first-refresh-settle", type=float, default=5.0,
                        help="seconds between readiness and the first refresh in the first-refresh section")
    parser.add_argument("--replot", action="store_true", help="render RESULTS.md and drain.png from results.json")
    options = parser.parse_args()
    if options.replot:
        results = json.loads((BENCH / "results.json").read_text())
        plot(results["rolling"]["fixed"][0], BENCH / "drain.png")
        write_report(results, BENCH / "RESULTS.md")
        return
    workdir = Path(tempfile.mkdtemp(prefix="lifecycle-bench-"))
    only = {section for section in options.only.split(",") if section}
    previous = json.loads((BENCH / "results.json").read_text()) if (BENCH / "results.json").exists() else {}

    def wanted(section):
        if not only or section in only:
            return True
        if section in previous:
            results[section] = previous[section]
        return False

    results = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
               "nproc": os.cpu_count(), "java": subprocess.run([JAVA, "-version"], capture_output=True,
                                                              text=True).stderr.splitlines()[0],
               "platform": platform.platform(), "options": vars(options), "workdir": str(workdir)}

    if wanted("rolling"):
        run_rolling(options, workdir, results)
    if wanted("throughput"):
        run_throughput(options, workdir, results)
    if wanted("startup"):
        run_startup(options, workdir, results)
    if wanted("refresh"):
        run_refresh(options, workdir, results)
    if wanted("connections"):
        run_connections(options, workdir, results)
    if wanted("fleet"):
        run_fleet(options, workdir, results)
    if wanted("observations"):
        run_observations(options, workdir, results)
    if wanted("first-refresh"):
        run_first_refresh(options, workdir, results)
    (BENCH / "results.json").write_text(json.dumps(results, indent=1))
    plot(results["rolling"]["fixed"][0], BENCH / "drain.png")
    write_report(results, BENCH / "RESULTS.md")
    print((BENCH / "RESULTS.md").read_text())


def run_rolling(options, workdir, results):
    print("1. rolling restart under load, alternating plain / fixed / adaptive", flush=True)
    rolling = {mode: [] for mode in MODES}
    for repetition in range(options.repetitions):
        for mode in MODES:
            run = rolling_restart(mode, workdir / f"rolling-{mode}-{repetition}",
                                  sample_drain=(mode == "fixed" and repetition == 0))
            rolling[mode].append(run)
            print(f"   {mode} #{repetition + 1}: failed {run['failed']} of {run['requests']}, stops {run['stops']}",
                  flush=True)
    results["rolling"] = rolling


def run_throughput(options, workdir, results):
    print("2. per-request overhead, alternating on / off", flush=True)
    results["throughput"] = {"on": [], "off": []}
    for repetition in range(options.repetitions):
        for side in ("on", "off"):
            run = throughput(side == "on", workdir / f"throughput-{side}-{repetition}", options.throughput_seconds)
            results["throughput"][side].append(run)
            print(f"   {side} #{repetition + 1}: {run['rps']:.0f} req/s, p99 {run['p99_ms']} ms", flush=True)


def run_startup(options, workdir, results):
    print("3. startup to readiness, alternating on / off", flush=True)
    results["startup"] = {"on": [], "off": []}
    for repetition in range(max(5, options.repetitions)):
        for side in ("on", "off"):
            seconds = startup(side == "on", workdir / f"startup-{side}-{repetition}")
            results["startup"][side].append(round(seconds, 3))
            print(f"   {side} #{repetition + 1}: {seconds:.2f}s", flush=True)


def run_refresh(options, workdir, results):
    print(f"4. refresh under load, alternating this version / {options.baseline}", flush=True)
    baseline = baseline_jar(options.baseline)
    refresh = {"baseline": options.baseline, "after": [], "before": []}
    for repetition in range(options.repetitions):
        for side, jar in (("after", JAR), ("before", baseline)):
            run = refresh_latency(workdir / f"refresh-{side}-{repetition}", options.refreshes, jar)
            refresh[side].append(run)
            print(f"   {side} #{repetition + 1}: SIGHUP to new value, ms: {run['latencies_ms']}", flush=True)
    results["refresh"] = refresh


CONNECTION_MODES = {
    "starter": [],
    "connections off": ["--lifecycle.drain.connections.enabled=false"],
    "plain": ["--lifecycle.enabled=false"],
}


def run_connections(options, workdir, results):
    print(f"5. SIGTERM with {options.streams} event streams and {options.streams} WebSockets open", flush=True)
    runs = {mode: [] for mode in CONNECTION_MODES}
    for repetition in range(options.connection_repetitions):
        for mode, args in CONNECTION_MODES.items():
            run = connections_drain(workdir / f"connections-{mode.replace(' ', '-')}-{repetition}", args,
                                    options.streams)
            runs[mode].append(run)
            print(f"   {mode} #{repetition + 1}: exit {run['exit_code']} after {run['sigterm_to_exit_s']:.2f}s,"
                  f" {run['outcomes']}", flush=True)
    results["connections"] = {"count": options.streams, "runs": runs}


def connections_drain(workdir, args, count):
    """One JVM, COUNT streams and COUNT WebSockets held by ConnectionsClient.java, then SIGTERM."""
    instance = Instance("c", workdir, ["--lifecycle.drain.pre-stop-delay=5s", *args]).start()
    try:
        instance.wait_ready()
        client = subprocess.Popen([JAVA, str(BENCH / "ConnectionsClient.java"), str(instance.port), str(count),
                                   str(count)], stdout=subprocess.PIPE, text=True)
        line = client.stdout.readline().strip()
        if line != "READY":
            raise RuntimeError(f"connections client said {line!r}")
        sigterm = time.monotonic()
        instance.process.send_signal(signal.SIGTERM)
        code = instance.process.wait(120)
        exited = time.monotonic()
        output, _ = client.communicate(timeout=180)
    finally:
        instance.kill()
    ends, outcomes, goodbyes = [], {}, 0
    for row in output.split("\n"):
        if not row.strip():
            continue
        kind, end_ns, how, close_code, goodbye = row.split()
        key = f"{kind} {how}" + (f" {close_code}" if how == "close" else "")
        outcomes[key] = outcomes.get(key, 0) + 1
        goodbyes += goodbye == "true"
        if int(end_ns) > 0:
            ends.append(int(end_ns) / 1e9 - sigterm)
    ends.sort()
    return {"exit_code": code, "sigterm_to_exit_s": round(exited - sigterm, 3), "outcomes": outcomes,
            "goodbyes": goodbyes, "first_close_s": round(ends[0], 3) if ends else None,
            "last_close_s": round(ends[-1], 3) if ends else None,
            "close_offsets_s": [round(x, 3) for x in ends]}


FLEET_IMAGE = "lifecycle-signals-sample:fleet"
FLEET_SIZE = 4


def run_fleet(options, workdir, results):
    print(f"7. a fleet of {FLEET_SIZE} containers on one ConfigMap-style directory, behind HAProxy", flush=True)
    results["fleet"] = fleet(workdir / "fleet")
    f = results["fleet"]
    print(f"   swap: applied after {f['swap']['applied_after_s']} s, hashes {f['swap']['hashes']};"
          f" bad file: {f['bad']['outcomes']}; rolling restart: exits {f['rolling']['exit_codes']};"
          f" failed {f['swap']['load']['failed']} / {f['bad']['load']['failed']} / {f['rolling']['load']['failed']}",
          flush=True)


def publish(config_map, content, version):
    """What the kubelet does to a ConfigMap volume: new directory, ..data renamed over, old one gone."""
    config_map.mkdir(parents=True, exist_ok=True)
    new = config_map / f"..2026_v{version}"
    new.mkdir()
    (new / "application.yml").write_text(content)
    data, previous = config_map / "..data", None
    if data.is_symlink():
        previous = config_map / os.readlink(data)
    tmp = config_map / "..data_tmp"
    tmp.symlink_to(new.name)
    os.replace(tmp, data)
    link = config_map / "application.yml"
    if not link.is_symlink():
        link.symlink_to("..data/application.yml")
    if previous:
        shutil.rmtree(previous)
    return time.monotonic()


class Container:
    """One sample-app container, host networking, the shared directory mounted read-only."""

    def __init__(self, name, config_map, base_args):
        self.name, self.port, self.mgmt = name, free_port(), free_port()
        self.args = [f"--server.port={self.port}", f"--management.server.port={self.mgmt}",
                     "--spring.config.additional-location=file:/etc/order-intake/", *COMMON_ARGS, *base_args]
        self.config_map = config_map

    def run(self):
        subprocess.run(["docker", "rm", "-f", self.name], capture_output=True)
        subprocess.run(["docker", "run", "-d", "--name", self.name, "--network", "host",
                        "-e", "JAVA_TOOL_OPTIONS=-Xmx256m", "-v", f"{self.config_map}:/etc/order-intake:ro",
                        FLEET_IMAGE, *self.args], check=True, capture_output=True)
        return self

    def lifecycle(self):
        status, body = http_get(self.mgmt, "/actuator/lifecycle", 1.0)
        return json.loads(body) if status == 200 else None

    def ready(self):
        return http_get(self.port, PROBE_PATH, 0.5)[0] == 200

    def stop(self, grace=35):
        start = time.monotonic()
        subprocess.run(["docker", "stop", "-t", str(grace), self.name], check=True, capture_output=True)
        seconds = time.monotonic() - start
        code = int(subprocess.run(["docker", "inspect", "-f", "{{.State.ExitCode}}", self.name],
                                  capture_output=True, text=True, check=True).stdout.strip())
        return code, seconds

    def start(self):
        subprocess.run(["docker", "start", self.name], check=True, capture_output=True)

    def remove(self):
        subprocess.run(["docker", "rm", "-f", self.name], capture_output=True)


def refreshes_by(container, trigger):
    data = container.lifecycle()
    return [r for r in data["refresh"]["recent"] if r["trigger"] == trigger] if data else []


def fleet(workdir):
    """Four containers share one directory, swapped like a ConfigMap; then a bad file; then a rolling restart."""
    base = subprocess.run(["bash", str(ROOT / ".ci/provision-docker")], capture_output=True, text=True,
                          check=True).stdout.strip().splitlines()[-1]
    subprocess.run(["docker", "build", "-q", "--build-arg", f"BASE_IMAGE={base}", "-t", FLEET_IMAGE,
                    str(ROOT / "sample-app")], check=True, capture_output=True)
    workdir.mkdir(parents=True, exist_ok=True)
    config_map = workdir / "configmap"
    publish(config_map, "orders:\n  max-quantity: 100\n", 1)
    args = ["--lifecycle.refresh.watch.enabled=true", "--lifecycle.refresh.watch.jitter=5s",
            "--lifecycle.drain.pre-stop-delay=5s"]
    containers = [Container(f"lifecycle-fleet-{i}", config_map, args) for i in range(1, FLEET_SIZE + 1)]
    proxy, load = None, None
    try:
        for container in containers:
            container.run()
        for container in containers:
            wait_until(container.ready, 180, 0.2, f"{container.name} readiness")
        proxy = HAProxy(workdir, [(c.name, c.port) for c in containers]).start()
        wait_until(lambda: all(proxy.server_up(c.name) for c in containers), 30, 0.1, "HAProxy sees all up")
        initial = {c.name: c.lifecycle()["refresh"]["configHash"] for c in containers}

        def settle(swapped_at, before):
            times, outcomes = {}, {}
            deadline = time.monotonic() + 30
            while len(times) < len(containers) and time.monotonic() < deadline:
                for c in containers:
                    if c.name in times:
                        continue
                    seen = refreshes_by(c, "file-change")
                    if len(seen) > before[c.name]:
                        times[c.name] = round(time.monotonic() - swapped_at, 2)
                        outcomes[c.name] = seen[0]["outcome"]
                time.sleep(0.05)
            return times, outcomes

        # 1. A good change, under load.
        load = Wrk(f"http://127.0.0.1:{proxy.port}/settings").start()
        time.sleep(3)
        before = {c.name: len(refreshes_by(c, "file-change")) for c in containers}
        swapped = publish(config_map, "orders:\n  max-quantity: 150\n", 2)
        times, outcomes = settle(swapped, before)
        served = {c.name: json.loads(http_get(c.port, "/settings")[1])["maxQuantity"] for c in containers}
        hashes = {c.name: c.lifecycle()["refresh"]["configHash"] for c in containers}
        time.sleep(2)
        swap = {"applied_after_s": times, "outcomes": outcomes, "served": served,
                "hashes": sorted(set(hashes.values())), "initial_hashes": sorted(set(initial.values())),
                "load": load.finish()}

        # 2. A file that does not validate.
        load = Wrk(f"http://127.0.0.1:{proxy.port}/settings").start()
        time.sleep(2)
        before = {c.name: len(refreshes_by(c, "file-change")) for c in containers}
        swapped = publish(config_map, "orders:\n  max-quantity: 50000\n", 3)
        times, outcomes = settle(swapped, before)
        served_bad = {c.name: json.loads(http_get(c.port, "/settings")[1])["maxQuantity"] for c in containers}
        hashes_bad = {c.name: c.lifecycle()["refresh"]["configHash"] for c in containers}
        time.sleep(2)
        bad = {"answered_after_s": times, "outcomes": outcomes, "served": served_bad,
               "hashes": sorted(set(hashes_bad.values())), "load": load.finish()}

        # The bad file is still there: an instance started now would fail (Spring Boot validates
        # at startup too). The operator fixes it; every instance applies the fix.
        before = {c.name: len(refreshes_by(c, "file-change")) for c in containers}
        swapped = publish(config_map, "orders:\n  max-quantity: 200\n", 4)
        times, outcomes = settle(swapped, before)
        fixed = {"applied_after_s": times, "outcomes": outcomes,
                 "hashes": sorted({c.lifecycle()["refresh"]["configHash"] for c in containers})}

        # 3. A rolling restart of all four, docker stop -t 35 each, as a Deployment rollout would.
        load = Wrk(f"http://127.0.0.1:{proxy.port}/settings").start()
        time.sleep(2)
        stops = []
        for container in containers:
            code, seconds = container.stop()
            stops.append({"container": container.name, "exit_code": code, "stop_s": round(seconds, 2)})
            container.start()
            wait_until(container.ready, 180, 0.2, f"{container.name} readiness after restart")
            wait_until(lambda: proxy.server_up(container.name), 30, 0.1, f"HAProxy sees {container.name} up")
        time.sleep(2)
        rolling = {"stops": stops, "exit_codes": sorted({s["exit_code"] for s in stops}), "load": load.finish()}
        load = None
        return {"size": len(containers), "swap": swap, "bad": bad, "fixed": fixed, "rolling": rolling}
    finally:
        if load:
            load.finish()
        for container in containers:
            container.remove()
        if proxy:
            proxy.stop()


# Observations on and off, with meters only (the packaged jar: Spring Boot's observation
# registry with its meter handler) and traced to a real Zipkin (the sample app with Brave and
# Zipkin's reporter on its class path, every trace sampled).
OBSERVATION_SIDES = {
    "meters, on": (False, []),
    "meters, off": (False, ["--management.observations.enable.lifecycle=false"]),
    "traced, on": (True, []),
    "traced, off": (True, ["--management.observations.enable.lifecycle=false"]),
}


def traced_classpath():
    """The sample app's classes with its test class path's tracing jars, as the observability tests run it."""
    output = BENCH / "target" / "test-classpath.txt"
    output.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(ROOT / "mvnw"), "-B", "-q", "-o", "-f", str(ROOT / "sample-app" / "pom.xml"),
                    "dependency:build-classpath", "-Dmdep.includeScope=test", f"-Dmdep.outputFile={output}"],
                   check=True)
    excluded = ("jetty-", "spring-boot-jetty", "spring-boot-starter-jetty", "spring-kafka-", "spring-rabbit-",
                "spring-amqp-", "spring-boot-kafka-", "spring-boot-amqp-", "kafka-clients-")
    entries = [e for e in output.read_text().strip().split(os.pathsep) if not Path(e).name.startswith(excluded)]
    return os.pathsep.join([str(ROOT / "sample-app" / "target" / "classes"), *entries])


def observed_run(workdir, traced, args, classpath, zipkin_port, refreshes):
    config = Path(workdir) / "config" / "application.yml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("orders:\n  accepted-message: start\n")
    tracing = [f"--management.tracing.export.zipkin.endpoint=http://127.0.0.1:{zipkin_port}/api/v2/spans",
               "--management.tracing.sampling.probability=1.0"] if traced else []
    instance = Instance("o", workdir, ["--lifecycle.drain.pre-stop-delay=0s", *tracing, *args],
                        classpath=classpath if traced else None).start()
    try:
        instance.wait_ready()
        latencies = []
        for i in range(refreshes):
            message = f"refresh-{i}-{time.time_ns()}"
            temporary = config.with_suffix(".tmp")
            temporary.write_text(f"orders:\n  accepted-message: {message}\n")
            os.replace(temporary, config)
            start = time.monotonic()
            instance.process.send_signal(signal.SIGHUP)
            wait_until(lambda: message in http_get(instance.port, "/settings", 1.0)[1], 10, 0.002, "new value")
            latencies.append(round((time.monotonic() - start) * 1000, 1))
            time.sleep(0.1)
        code, seconds = instance.stop()
        log = (Path(workdir) / "o.log").read_text()
        ended = re.search(r"Drain ended (\w+) after ([0-9.]+)(m?s)", log)
        drain_ms = float(ended.group(2)) * (1 if ended.group(3) == "ms" else 1000) if ended else None
        return {"refresh_ms": latencies, "sigterm_to_exit_s": round(seconds, 3), "drain_logged_ms": drain_ms,
                "exit_code": code}
    finally:
        instance.kill()


def run_observations(options, workdir, results):
    print("7. observations on / off, meters only and traced to Zipkin, alternating", flush=True)
    classpath = traced_classpath()
    zipkin_port = free_port()
    zipkin_run = workdir / "zipkin"
    environment = dict(os.environ, ZIPKIN_PORT=str(zipkin_port), ZIPKIN_RUN=str(zipkin_run))
    subprocess.run(["bash", str(ROOT / ".ci/backends/zipkin/start.sh")], env=environment, check=True,
                   stdout=subprocess.DEVNULL)
    observations = {side: [] for side in OBSERVATION_SIDES}
    try:
        for repetition in range(max(3, options.repetitions)):
            for side, (traced, args) in OBSERVATION_SIDES.items():
                run = observed_run(workdir / f"observations-{side.replace(', ', '-')}-{repetition}", traced, args,
                                   classpath, zipkin_port, options.refreshes)
                observations[side].append(run)
                print(f"   {side} #{repetition + 1}: refresh median {median(run['refresh_ms'])} ms, "
                      f"SIGTERM to exit {run['sigterm_to_exit_s']}s (exit {run['exit_code']})", flush=True)
    finally:
        subprocess.run(["bash", str(ROOT / ".ci/backends/zipkin/stop.sh")], env=environment,
                       stdout=subprocess.DEVNULL)
    results["observations"] = observations


def http_post(port, path, timeout=10.0):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=b"", method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, response.read().decode()


FIRST_REFRESH_SIDES = {
    # The starter: SIGHUP, the candidate built by the app's whole environment pipeline,
    # validated, classified, applied. The refresh it starts with is warmed up in the
    # background once the app is ready.
    "starter SIGHUP": [],
    # The same app without the starter's parts: Spring Cloud's own refresh endpoint
    # (spring-cloud-context, which the refresh module brings), opened for the bench.
    "Spring Cloud POST /actuator/refresh": ["--lifecycle.enabled=false",
                                            "--management.endpoints.web.exposure.include=health,refresh",
                                            "--management.endpoint.refresh.access=unrestricted"],
}


def first_refresh_run(workdir, side, args, refreshes, settle):
    config = Path(workdir) / "config" / "application.yml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("orders:\n  accepted-message: start\n")
    instance = Instance("f", workdir, args).start()
    try:
        ready_s = instance.wait_ready()
        # A first refresh comes long after startup in practice; this one comes after
        # `settle` seconds, the same for both sides.
        time.sleep(settle)
        latencies = []
        for i in range(refreshes):
            message = f"refresh-{i}-{time.time_ns()}"
            temporary = config.with_suffix(".tmp")
            temporary.write_text(f"orders:\n  accepted-message: {message}\n")
            os.replace(temporary, config)
            start = time.monotonic()
            if side.startswith("starter"):
                instance.process.send_signal(signal.SIGHUP)
            else:
                http_post(instance.mgmt, "/actuator/refresh")
            wait_until(lambda: message in http_get(instance.port, "/settings", 1.0)[1], 10, 0.002, "new value")
            latencies.append(round((time.monotonic() - start) * 1000, 1))
            time.sleep(0.2)
        log = (Path(workdir) / "f.log").read_text()
        in_app = [int(x) for x in re.findall(r"Configuration refresh APPLIED \(trigger SIGHUP, (\d+)ms\)", log)]
        return {"ready_s": round(ready_s, 3), "latencies_ms": latencies, "in_app_ms": in_app}
    finally:
        instance.kill()


def run_first_refresh(options, workdir, results):
    print("9. first and later refreshes: the starter's SIGHUP beside Spring Cloud's refresh, alternating",
          flush=True)
    runs = {side: [] for side in FIRST_REFRESH_SIDES}
    for repetition in range(max(3, options.repetitions)):
        for side, args in FIRST_REFRESH_SIDES.items():
            run = first_refresh_run(workdir / f"first-refresh-{len(runs[side])}-{side.split()[0]}", side, args, 5,
                                    options.first_refresh_settle)
            runs[side].append(run)
            print(f"   {side} #{repetition + 1}: ready {run['ready_s']}s, to new value ms {run['latencies_ms']},"
                  f" in app {run['in_app_ms']}", flush=True)
    results["first-refresh"] = {"settle_s": options.first_refresh_settle, "runs": runs}


def write_report(results, path):
    from report import render
    path.write_text(render(results))


if __name__ == "__main__":
    main()
