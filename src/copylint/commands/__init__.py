"""Sub-commands that live in their own modules; cli.py adds them to the group."""
