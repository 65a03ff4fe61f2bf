"""Benchmarks of paperkg: corpus generation and build throughput (run with ``python -m``)."""
