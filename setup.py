"""The one part of planlint that is compiled: the common case of YAML loading in C
(planlint/loaders/_fastyaml.c), against libyaml (libyaml-dev). Optional: without a
compiler or libyaml planlint installs all the same and loads YAML with its Python
builder, to the same results. Everything else is in pyproject.toml."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("planlint.loaders._fastyaml", ["planlint/loaders/_fastyaml.c"],
                             libraries=["yaml"], optional=True)])
