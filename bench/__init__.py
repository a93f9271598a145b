"""Benchmarks: run `make bench`; each prints tables of figures."""
