#!/usr/bin/env python3
"""Holds many idle connections open against `stepwell serve` and checks it still answers.

Starts the release `stepwell serve` on a free loopback port, opens N TCP connections that send
nothing and M that send half a request head, then times a normal page request, a presets request
and a small simulation while they are open, and finally waits for the server to close them: the
idle ones after its idle timeout, the half-sent ones with a JSON 408 after its header timeout.
Loopback only; bounded in connections (N + M, default 200 + 50) and time (about idle timeout + 15 s).

Prints the measured times and exits non-zero when a request fails or is slow, or when the
connections are not closed as they should be.

Usage: idle_connections.py [--stepwell PATH] [--connections N] [--half-sent M] [--idle-timeout S]
                           [--header-timeout S]
"""

import argparse
import http.client
import json
import os
import select
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROMPT = 1.0  # seconds a page or presets request may take with the idle connections open
SIMULATION = 10.0  # seconds a one-replication, one-year simulation may take on a loaded machine


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, method, path, body=None, timeout=30):
    """One request on a fresh connection: (status, seconds, body bytes)."""
    start = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        connection.request(method, path, body=body, headers=headers)
        reply = connection.getresponse()
        data = reply.read()
        return reply.status, time.monotonic() - start, data
    finally:
        connection.close()


def start_server(binary, port):
    server = subprocess.Popen([str(binary), "serve", "--host", "127.0.0.1", "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"stepwell serve exited with {server.returncode}")
        try:
            if request(port, "GET", "/api/presets", timeout=2)[0] == 200:
                return server
        except OSError:
            pass
        time.sleep(0.2)
    server.kill()
    raise RuntimeError("stepwell serve did not answer within 30 s")


def open_connections(port, count, first_bytes=b""):
    """`count` connections, each having sent `first_bytes`: [(socket, time opened)]."""
    sockets = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        if first_bytes:
            s.sendall(first_bytes)
        s.setblocking(False)
        sockets.append((s, time.monotonic()))
    return sockets


def wait_closed(sockets, limit):
    """For each connection: seconds from its opening to the server closing it (None: still open at
    `limit`) and the bytes it received."""
    closed, received = {}, {s.fileno(): b"" for s, _ in sockets}
    deadline = time.monotonic() + limit
    while len(closed) < len(sockets) and time.monotonic() < deadline:
        waiting = [s for s, _ in sockets if s.fileno() not in closed]
        readable, _, _ = select.select(waiting, [], [], 0.2)
        now = time.monotonic()
        for s in readable:
            try:
                data = s.recv(4096)
            except (ConnectionResetError, BlockingIOError):
                data = b""
            received[s.fileno()] += data
            if not data:
                closed[s.fileno()] = now
    return [(closed[s.fileno()] - opened if s.fileno() in closed else None, received[s.fileno()])
            for s, opened in sockets]


def check_closed(name, results, timeout, failures):
    """Prints when the server closed `results`' connections; records failures."""
    times = [t for t, _ in results if t is not None]
    if times:
        print(f"{name} connections closed after {min(times):.2f} s (first), {statistics.median(times):.2f} s "
              f"(median), {max(times):.2f} s (last); timeout {timeout:g} s")
    if len(times) < len(results):
        failures.append(f"{len(results) - len(times)} {name} connections still open")
    if times and min(times) < 0.9 * timeout:
        failures.append(f"a {name} connection was closed after {min(times):.2f} s, before the timeout")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stepwell", default=os.environ.get("STEPWELL", str(ROOT / ".build/release/stepwell")))
    parser.add_argument("--connections", type=int, default=200, help="idle connections")
    parser.add_argument("--half-sent", type=int, default=50, help="connections that send half a head")
    parser.add_argument("--idle-timeout", type=float, default=10.0, help="the server's idle timeout (s)")
    parser.add_argument("--header-timeout", type=float, default=5.0, help="the server's header timeout (s)")
    args = parser.parse_args()
    failures = []
    port = free_port()
    server = start_server(Path(args.stepwell), port)
    sockets, half_sent = [], []
    try:
        sockets = open_connections(port, args.connections)
        half_sent = open_connections(port, args.half_sent, f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n".encode())
        time.sleep(0.5)
        print(f"{len(sockets)} idle and {len(half_sent)} half-sent connections open on 127.0.0.1:{port}")
        timings = {}
        for name, method, path, body in [
            ("page", "GET", "/", None),
            ("presets", "GET", "/api/presets", None),
            ("simulation", "POST", "/api/simulate",
             json.dumps({"preset": "one-step", "replications": 1, "years": 1})),
        ]:
            status, seconds, _ = request(port, method, path, body)
            timings[name] = seconds
            limit = SIMULATION if name == "simulation" else PROMPT
            print(f"{name}: HTTP {status} in {seconds * 1000:.1f} ms with those connections open")
            if status != 200 or seconds > limit:
                failures.append(f"{name}: HTTP {status} in {seconds:.2f} s (limit {limit} s)")
        results = wait_closed(sockets + half_sent, args.idle_timeout + 15)
        idle, slow = results[:len(sockets)], results[len(sockets):]
        check_closed("idle", idle, args.idle_timeout, failures)
        check_closed("half-sent", slow, args.header_timeout, failures)
        if any(data for _, data in idle):
            failures.append("an idle connection received bytes")
        answered = sum(data.startswith(b"HTTP/1.1 408") and b'{"error":' in data for _, data in slow)
        print(f"half-sent connections answered with a JSON 408: {answered} of {len(slow)}")
        if answered < len(slow):
            failures.append(f"{len(slow) - answered} half-sent connections got no JSON 408")
        status, seconds, _ = request(port, "GET", "/api/presets")
        print(f"presets after the connections closed: HTTP {status} in {seconds * 1000:.1f} ms")
        if status != 200:
            failures.append(f"presets afterwards: HTTP {status}")
    finally:
        for s, _ in sockets + half_sent:
            s.close()
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    for failure in failures:
        print(f"FAIL - {failure}")
    print("idle-connection load test: " + ("failed" if failures else "passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
