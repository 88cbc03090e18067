"""``planlint server``: a language server, so that editors show findings as a plan is
written and navigate its ids.

:mod:`~planlint.server.plans` keeps the open files and checks their plans,
:mod:`~planlint.server.queries` answers questions about a checked plan,
:mod:`~planlint.server.completion` and :mod:`~planlint.server.actions` offer what to
write, :mod:`~planlint.server.convert` speaks the protocol's terms, and
:mod:`~planlint.server.protocol` wires it all to the protocol (pygls).
"""
