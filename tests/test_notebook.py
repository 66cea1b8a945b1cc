"""The exploration notebook executes against the committed tables and its plots render."""

from __future__ import annotations

from pathlib import Path

import nbclient
import nbformat

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def test_notebook_executes_and_plots_render(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(ROOT / "src"))  # the kernel imports this checkout
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    images = [out for out in outputs if "image/png" in out.get("data", {})]
    assert len(images) >= 3
    html = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any("displacy" in page or "entities" in page for page in html)
    assert (ROOT / "docs" / "timeline.png").stat().st_size > 5_000
    assert "ruextract.read_tables(DATA)" in "".join(nb.cells[1].source)
