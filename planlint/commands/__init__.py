"""Subcommands beyond ``check``, one module each; each imports only click up front."""
