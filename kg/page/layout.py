"""Positions for the page, computed in Python so the page starts still and interactive.

Small graphs get networkx's exact Fruchterman-Reingold, one connected component at a time, the
components packed in rows; larger ones a grid (particle-mesh) force layout in numpy whose
iteration costs O(n + edges + grid) instead of O(n^2), which, given the graph's communities, lays
each out in a disc of its own (the discs packed along a spiral, the largest in the middle), so the
first view reads as clusters rather than one ball. Seeded: the same graph, the same positions.
Positions are in screen pixels.
"""

from __future__ import annotations

import math

#: Below this many nodes the exact (all-pairs) Fruchterman-Reingold of networkx is fast enough;
#: from 500 networkx switches to a path that needs scipy (not a dependency) and is still O(n^2)
#: per iteration, so a grid-based layout takes over.
EXACT_LAYOUT_BELOW = 500

#: Pixels per unit of the layouts below: roughly the gap between neighbouring nodes on screen.
PIXELS_PER_UNIT = 90.0


def compute_layout(G, groups=None, *, iterations: int = 100) -> dict:
    """Return ``{node: (x, y)}`` in screen pixels, centred on the entities that take part in facts.

    Those entities are laid out by force: small graphs by networkx's exact Fruchterman-Reingold,
    larger ones by a grid (particle-mesh) force layout in numpy that costs O(n + edges + grid)
    per iteration instead of O(n^2); there ``groups`` (lists of nodes: the communities of
    :func:`kg.analysis.community_groups`) are laid out as clusters apart (:func:`mesh_layout`).
    Entities without any fact (hidden until the page is asked to show them) are packed in rows
    below, each given the width of its label, so that no two of their labels overlap.
    ``iterations``: of the exact layout (kg serve's neighbourhoods take 50, half the time).
    """
    nodes = list(G)
    if not nodes:
        return {}
    linked = {n for u, v in G.edges() for n in (u, v)}
    connected = [n for n in nodes if n in linked]
    isolated = [n for n in nodes if n not in linked]
    out = {}
    if len(connected) == 1:
        out[connected[0]] = (0.0, 0.0)
    elif connected:
        index = {node: i for i, node in enumerate(connected)}
        pairs = [(index[u], index[v]) for u, v in G.edges() if u != v]
        n = len(connected)
        if n < EXACT_LAYOUT_BELOW:
            xy = exact_layout(n, pairs, iterations=iterations)
        else:
            group_of = None
            if groups:
                group_of = [-1] * n
                for k, group in enumerate(groups):
                    for node in group:
                        if node in index:
                            group_of[index[node]] = k
            xy = mesh_layout(n, pairs, groups=group_of)
        out = {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(connected, xy)}
    if isolated:
        out.update(pack_labels(isolated, [label_width(G.nodes[n], n) for n in isolated], out))
    return out


#: Estimated width of a label's character and its height, in pixels at scale 1 (the page draws an
#: entity without facts at 12 px); a label is clipped at 48 characters on the page.
CHAR_PIXELS, LABEL_PIXELS, MAX_LABEL_CHARS = 7.5, 34.0, 48


def label_width(attrs: dict, node) -> float:
    """How wide an entity's label is drawn (estimated, with a margin), in pixels at scale 1."""
    from kg.lookup import entity_label

    return min(len(str(entity_label(node, attrs))), MAX_LABEL_CHARS) * CHAR_PIXELS + 18.0


def pack_labels(nodes: list, widths: list[float], placed: dict) -> dict:
    """Positions for ``nodes`` in rows under the ``placed`` ones, each in a cell as wide as its
    label, so no two labels overlap; the rows about as wide as the placed block (or a square)."""
    if placed:
        xs = [x for x, _ in placed.values()]
        ys = [y for _, y in placed.values()]
        left, right, top = min(xs), max(xs), max(ys) + 2 * LABEL_PIXELS + 40.0
    else:
        left = right = top = 0.0
    area = sum(w * LABEL_PIXELS for w in widths)
    row_width = max(right - left, math.sqrt(area) * 1.6, max(widths))
    start = (left + right) / 2 - row_width / 2
    out = {}
    x, y = start, top
    for node, w in zip(nodes, widths):
        if x > start and x + w > start + row_width:
            x, y = start, y + LABEL_PIXELS
        out[node] = (round(x + w / 2, 1), round(y, 1))
        x += w
    return out


def exact_layout(n: int, pairs: list[tuple[int, int]], *, iterations: int = 100):
    """Each connected component laid out on its own, then the components packed in rows.

    One spring layout of a disconnected graph spends its space keeping the pieces apart and
    squeezes each piece into a few pixels; laying pieces out separately keeps every edge legible.
    """
    import networkx as nx

    H = nx.Graph()
    H.add_nodes_from(range(n))
    H.add_edges_from(pairs)
    components = sorted((sorted(c) for c in nx.connected_components(H)), key=len, reverse=True)
    pieces = [(nodes, _component_layout(H, nodes, iterations)) for nodes in components]
    return _pack(n, pieces) * PIXELS_PER_UNIT


def _component_layout(H, nodes: list[int], iterations: int = 100):
    """Positions of one connected component, centred, with edges about 1.6 units long and no two
    nodes closer than about one unit (so labels do not collide)."""
    import networkx as nx
    import numpy as np

    if len(nodes) == 1:
        return np.zeros((1, 2))
    if len(nodes) == 2:
        return np.array([[-0.8, 0.0], [0.8, 0.0]])
    sub = H.subgraph(nodes)
    # method="force" is the dense numpy path: no scipy needed (it is not a dependency).
    pos = nx.spring_layout(sub, seed=7, method="force", iterations=iterations)
    xy = np.array([pos[v] for v in nodes])
    xy -= xy.mean(axis=0)
    index = {v: i for i, v in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in sub.edges()])
    edge_length = np.median(np.linalg.norm(xy[ends[:, 0]] - xy[ends[:, 1]], axis=1))
    gaps = np.linalg.norm(xy[:, None, :] - xy[None, :, :], axis=2)
    np.fill_diagonal(gaps, np.inf)
    nearest = np.median(gaps.min(axis=1))
    return xy * max(1.6 / max(edge_length, 1e-9), 1.0 / max(nearest, 1e-9))


def _pack(n: int, pieces):
    """Place laid-out components (largest first) left to right in rows of similar width."""
    import numpy as np

    gap = 1.5
    boxes = []
    for nodes, xy in pieces:
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        boxes.append((nodes, xy - lo, hi - lo + gap))
    area = sum(float(size[0] * size[1]) for _, _, size in boxes)
    row_width = max(max(float(size[0]) for _, _, size in boxes), math.sqrt(area) * 1.2)
    out = np.zeros((n, 2))
    x = y = row_height = 0.0
    for nodes, xy, (w, h) in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        out[nodes] = xy + (x, y)
        x += w
        row_height = max(row_height, float(h))
    return out - (out.min(axis=0) + out.max(axis=0)) / 2


#: Communities smaller than this are not given a disc of their own by :func:`mesh_layout`: they
#: share the one of the "rest" (a news graph has thousands of communities of two or three).
MIN_CLUSTER = 8


def mesh_layout(n: int, pairs: list[tuple[int, int]], *, iterations: int = 80, seed: int = 7,
                groups: list[int] | None = None):
    """Fruchterman-Reingold forces with repulsion computed on a grid by FFT convolution.

    Attraction runs over the real edges (O(edges)); repulsion is the density of nodes on a grid
    convolved with the 1/r force kernel (the particle-mesh method of N-body codes), so an
    iteration costs O(n + edges + grid^2 log grid) instead of O(n^2). A gravity term towards the
    centre keeps disconnected pieces in one disc: with 1/r repulsion it yields an even density.

    With ``groups`` (each node's community, -1 for none), each community of :data:`MIN_CLUSTER`
    or more nodes is pulled towards a centre of its own instead (:func:`cluster_centres`: discs
    as large as the community, packed along a spiral, the largest in the middle), the smaller
    ones and the rest together towards one more, and only the edges within a community pull: the
    edges between communities are drawn, long, but do not drag the clusters into one ball.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    src = np.array([p[0] for p in pairs], dtype=np.int64)
    dst = np.array([p[1] for p in pairs], dtype=np.int64)
    if groups is not None:
        group = np.asarray(groups, dtype=np.int64)
        sizes = np.bincount(group[group >= 0], minlength=max(int(group.max()) + 1, 1))
        big = sizes >= MIN_CLUSTER
        cluster = np.where((group >= 0) & big[np.maximum(group, 0)], group, len(sizes))  # small ones: "rest"
        members = np.bincount(cluster, minlength=len(sizes) + 1)
        centres = cluster_centres(members)
        anchor = centres[cluster]
        spread = np.sqrt(members[cluster].astype(float))
        inside = cluster[src] == cluster[dst]
        src, dst = src[inside], dst[inside]
    else:
        anchor = np.zeros((n, 2))
        spread = np.full(n, math.sqrt(n))
    angle = rng.uniform(0, 2 * math.pi, n)
    r = spread * np.sqrt(rng.uniform(0, 1, n))
    pos = anchor + np.column_stack([r * np.cos(angle), r * np.sin(angle)])
    radius = float(spread.max()) if n else 1.0
    grid = 128 if n <= 8000 else 256
    kernel = _repulsion_kernel_fft(grid)
    start, end = radius / 5, 0.05
    for step in range(iterations):
        # repulsion + gravity (a pull of 1 per unit towards the node's centre)
        force = _grid_repulsion(pos, grid, kernel) - (pos - anchor)
        if len(src):
            force += _attraction(pos, src, dst, n)
        temperature = start + (end - start) * step / max(iterations - 1, 1)
        length = np.maximum(np.hypot(force[:, 0], force[:, 1]), 1e-9)
        pos += force * (np.minimum(length, temperature) / length)[:, None]
    pos -= pos.mean(axis=0)
    return pos * PIXELS_PER_UNIT


#: The radius a cluster of n nodes takes in :func:`mesh_layout`, about: CLUSTER_RADIUS * sqrt(n) + 1.5
#: (nine in ten of its nodes within it, measured on the synthetic 20,000-entity graph: its own
#: gravity and its neighbours' push keep it tighter than the sqrt(n) of one graph alone).
CLUSTER_RADIUS = 0.55


def cluster_centres(sizes, gap: float = 2.0):
    """Centres for discs of the radius a cluster of each size takes in :func:`mesh_layout`
    (:data:`CLUSTER_RADIUS`), none overlapping another with ``gap`` to spare: the largest at
    the origin, each next at the first free point of an Archimedean spiral walked outwards, so the
    whole stays round and deterministic (the largest clusters nearest the middle). Returns an array
    of (x, y), one per size."""
    import numpy as np

    sizes = np.asarray(sizes, dtype=float)
    radii = CLUSTER_RADIUS * np.sqrt(sizes) + 1.5
    order = sorted(range(len(sizes)), key=lambda k: (-sizes[k], k))
    centres = np.zeros((len(sizes), 2))
    placed: list[int] = []
    cell = 2 * float(radii.max()) + gap if len(radii) else 1.0
    grid: dict = {}
    theta = 0.0
    step = 0.5  # of the spiral's angle: fine enough that small discs fill the gaps
    for k in order:
        if not placed:
            centres[k] = (0.0, 0.0)
        else:
            pitch = gap + 2 * float(radii[k])  # a turn further out by this disc's width
            while True:
                rad = pitch * theta / (2 * math.pi)
                x, y = rad * math.cos(theta), rad * math.sin(theta)
                if _free(grid, cell, centres, radii, x, y, float(radii[k]) + gap):
                    break
                theta += step / max(1.0, rad / (radii[k] + 1.0))
            centres[k] = (x, y)
        placed.append(k)
        grid.setdefault((int(centres[k][0] // cell), int(centres[k][1] // cell)), []).append(k)
    return centres


def _free(grid, cell, centres, radii, x, y, r) -> bool:
    cx, cy = int(x // cell), int(y // cell)
    for gx in (cx - 1, cx, cx + 1):
        for gy in (cy - 1, cy, cy + 1):
            for j in grid.get((gx, gy), ()):
                if math.hypot(centres[j][0] - x, centres[j][1] - y) < r + radii[j]:
                    return False
    return True


def _repulsion_kernel_fft(grid: int):
    """FFT of the repulsive force of one node, d / |d|^2, as a complex field (x + iy) on a
    2*grid square (zero padding, so the circular convolution equals the linear one)."""
    import numpy as np

    size = 2 * grid
    d = np.fft.fftfreq(size, 1.0 / size)  # offsets 0, 1, ..., -1 in wrap-around order
    dx, dy = np.meshgrid(d, d, indexing="ij")
    r2 = dx * dx + dy * dy
    r2[0, 0] = 1.0  # a node does not push itself; dx=dy=0 there anyway
    return np.fft.fft2((dx + 1j * dy) / r2)


def _grid_repulsion(pos, grid: int, kernel_fft):
    import numpy as np

    lo = pos.min(axis=0)
    cell = max(float((pos.max(axis=0) - lo).max()) / (grid - 1), 1e-9)
    ij = np.clip(((pos - lo) / cell).astype(np.int64), 0, grid - 1)
    flat = ij[:, 0] * grid + ij[:, 1]
    density = np.bincount(flat, minlength=grid * grid).reshape(grid, grid)
    field = np.fft.ifft2(np.fft.fft2(density, s=(2 * grid, 2 * grid)) * kernel_fft)
    field = field[:grid, :grid].ravel()[flat] / cell  # the kernel is in cells; forces in units
    return np.column_stack([field.real, field.imag])


def _attraction(pos, src, dst, n: int):
    """Fruchterman-Reingold spring force d * |d| pulling the two ends of every edge together."""
    import numpy as np

    delta = pos[dst] - pos[src]
    pull = delta * np.hypot(delta[:, 0], delta[:, 1])[:, None]
    out = np.empty((n, 2))
    for axis in (0, 1):
        out[:, axis] = np.bincount(src, pull[:, axis], n) - np.bincount(dst, pull[:, axis], n)
    return out
