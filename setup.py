"""The parts of planlint that are compiled: the common case of YAML loading in C
(planlint/loaders/_fastyaml.c), against libyaml (libyaml-dev), and the strategy map's
crossing reduction and HTML escaping (planlint/reporters/_fastlayout.c, Python's headers
alone), and the plain attribute lookup of the models (planlint/_fastattr.c, Python's headers
alone). All optional: without a compiler or libyaml planlint installs all the same and
does the same work in Python, to the same results. Everything else is in pyproject.toml."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("planlint.loaders._fastyaml", ["planlint/loaders/_fastyaml.c"],
                             libraries=["yaml"], optional=True),
                   Extension("planlint.reporters._fastlayout",
                             ["planlint/reporters/_fastlayout.c"], optional=True),
                   Extension("planlint._fastattr", ["planlint/_fastattr.c"], optional=True)])
