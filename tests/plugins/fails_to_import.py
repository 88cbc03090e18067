"""A plugin that fails while importing."""

raise RuntimeError("this plugin is broken")
