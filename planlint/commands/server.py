"""``planlint server``: the language server, for editors."""

from __future__ import annotations

import click


@click.command()
@click.option("--stdio", is_flag=True,
              help="Talk over standard input and output (the only way, and the default; "
                   "accepted because editors pass it).")
def server(stdio: bool) -> None:
    """Run the language server: an editor starts it and talks to it over standard input
    and output, and shows findings as plans are edited (docs/editors-and-hooks.md)."""
    try:
        from planlint.server.protocol import serve
    except ImportError as error:
        if error.name is None or error.name.split(".")[0] not in ("pygls", "lsprotocol",
                                                                  "cattrs", "attrs"):
            raise
        raise click.ClickException(
            f"planlint server needs pygls and lsprotocol, and {error.name} is not "
            "installed; install them with: pip install 'planlint[lsp]'") from None
    serve()
