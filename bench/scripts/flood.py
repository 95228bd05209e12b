"""Prints 500 MiB to stdout in 1 MiB lines of text, then DONE-MARKER: the action must stream it, not hold it."""
import sys

MIB = 1024 * 1024
out = sys.stdout.buffer
for i in range(500):
    head = b"line %05d " % i
    out.write(head + b"abcdefghij" * ((MIB - len(head) - 1) // 10) + b"." * ((MIB - len(head) - 1) % 10) + b"\n")
out.write(b"DONE-MARKER\n")
out.flush()
