"""Domain knowledge as data (TOML files here) and the code that compiles it into matchers."""
