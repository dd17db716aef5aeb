"""`python -m copylint` runs the command line."""

from copylint.cli import console

console()
