"""Legacy Word .doc through an external converter: LibreOffice if installed, else antiword.

The binary .doc format has no maintained pure-Python reader; both tools are common packages
on servers. Their output goes through `decode`, which also converts TCVN3/VNI text typed with
the .VnTime and VNI fonts that most old .doc files use.
"""

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Final

from vncite.corpus.decode import decode
from vncite.corpus.document import Document
from vncite.corpus.errors import CorruptFile, MissingTool

INSTALL_HINT: Final = "install LibreOffice (apt-get install libreoffice-writer) or antiword"
TIMEOUT_SECONDS: Final = 120


def read_doc(path: Path) -> Document:
    """Read a legacy .doc file."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is not None:
        data = _convert_with_soffice(soffice, path)
    else:
        antiword = shutil.which("antiword")
        if antiword is None:
            raise MissingTool(path, f"reading .doc files needs an external converter: {INSTALL_HINT}")
        data = _run([antiword, "-w", "0", "-m", "UTF-8.txt", str(path)], path).stdout
    decoded = decode(data, path)
    return Document(text=decoded.text, format="doc", path=path, encoding=decoded.encoding)


def _convert_with_soffice(soffice: str, path: Path) -> bytes:
    """Convert to UTF-8 text in a private temp dir (and a private profile, so runs don't collide)."""
    with tempfile.TemporaryDirectory(prefix="vncite-doc-") as tmp:
        out_dir = Path(tmp)
        profile = (out_dir / "profile").as_uri()
        _run(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "txt:Text (encoded):UTF8",
                "--outdir",
                str(out_dir),
                str(path.resolve()),
            ],
            path,
        )
        output = out_dir / f"{path.stem}.txt"
        if not output.exists():
            raise CorruptFile(path, "LibreOffice could not convert this .doc file")
        return output.read_bytes()


def _run(command: list[str], path: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        result = subprocess.run(command, capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired as exc:
        raise CorruptFile(path, f"{Path(command[0]).name} took over {TIMEOUT_SECONDS} s") from exc
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", errors="replace").strip() or f"exit code {result.returncode}"
        raise CorruptFile(path, f"{Path(command[0]).name} could not read it: {message}")
    return result
