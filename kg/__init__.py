"""kg: build a knowledge graph of technology companies and their leaders from news articles.

Nothing happens at import time: the heavy modules (spaCy, rdflib, pyoxigraph, pyvis) are imported
inside the functions that need them.
"""

__version__ = "0.1.0"
