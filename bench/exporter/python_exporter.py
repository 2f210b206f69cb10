#!/usr/bin/python3
"""The comparison exporter for bench_exporter: python3-prometheus-client
serving the same series as Bandwatch's /metrics in the benchmark (the same
names, labels and values), the way the hand-written exporters Bandwatch
replaces were built. Usage: python_exporter.py PORT SERIES"""
import os
import sys
import time

# Equivalent output: no extra _created line per counter series.
os.environ.setdefault("PROMETHEUS_DISABLE_CREATED_SERIES", "True")

from prometheus_client import Counter, Gauge, start_http_server  # noqa: E402


def main():
    port = int(sys.argv[1])
    series = int(sys.argv[2])
    labels = ["source", "series", "direction", "domain"]
    traffic = Counter("bandwatch_traffic_bytes", "Bytes transferred per series.", labels)
    rate = Gauge("bandwatch_bandwidth_bytes_per_second", "Mean rate of the most recent sample.", labels)
    for i in range(series):
        domain = "domain-%d.example" % (i // 2)
        values = ("cdn-%d" % (i % 10), domain, "in" if i % 2 == 0 else "out", domain)
        total = (i * 7919) % 1000000000 + 1000000
        traffic.labels(*values).inc(total)
        rate.labels(*values).set(total / 100.0)
    start_http_server(port, addr="127.0.0.1")
    print("ready", flush=True)
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    main()
