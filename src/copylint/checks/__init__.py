"""Python checks, one module per family. Each module exports ``RULES`` (a tuple of rules) and
may export ``OPTIONS``: config sections it reads, ``{section: {option: type}}``."""
