"""The flags of a JVM options file (kernel/jvm.options): one per line, blank lines and # comments skipped."""


def read(path):
    flags = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                flags.append(line)
    return flags
