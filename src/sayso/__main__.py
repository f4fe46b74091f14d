"""`python -m sayso` runs the CLI."""

from sayso.cli import main

main()
