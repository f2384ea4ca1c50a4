"""Output files written whole: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import KGError


def atomic_write(path: str | os.PathLike, data: bytes | str) -> Path:
    """Write to a temporary name in the same folder, then rename: readers never see half a file."""
    import tempfile

    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise KGError(f"cannot write {path}: {e.strerror or e} (check the folder and its permissions)") from e
    try:
        with os.fdopen(fd, "wb") as fh:
            # mkstemp makes the file private (0600); give it the mode the file had, or the one a
            # plain open() would (0666 less the umask), so whoever could read it still can.
            os.fchmod(fh.fileno(), _mode_for(path))
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise KGError(f"cannot write {path}: {e.strerror or e}; the previous {path.name}, if any, "
                          "is unchanged (check free space and permissions)") from e
        raise
    return path


def _mode_for(path: Path) -> int:
    import stat

    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
