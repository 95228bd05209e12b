"""Runs one Jupyter notebook for Script Dispatcher, with nbclient.

    python runner.py --input IN.ipynb --output OUT.ipynb --failure FAILURE.json
                     [--kernel NAME] [--figures DIR] [--html OUT.html]

The input notebook already holds its parameters. The kernel runs in the current directory with this
process's environment. The executed notebook (with papermill's metadata) is written to --output after
every cell. Cells tagged `skip-execution` are not run. Each code cell prints `::progress::K/N cell K`
when it starts; its stream output is printed as it comes. On an error, no later cell runs, papermill's
banner and anchor cells are added, a JSON failure file is written and the exit code is non-zero.
Afterwards every displayed image is written to --figures as cell-<N>-<K>.<ext>, and --html is written
with nbconvert when it is installed (by a helper process, `runner.py --html-helper`, started with the run).

Exit codes: 0 success, 1 a cell raised, 2 the kernel died, 3 nbclient or the kernel is missing or did
not start, 4 the notebook cannot be read, 143 stopped by SIGTERM.
"""

import argparse
import base64
import datetime
import importlib.util
import json
import os
import re
import signal
import sys

INSTALL = (
    "pip install nbclient ipykernel "
    "(or, on Debian and Ubuntu: apt-get install python3-nbclient python3-ipykernel)"
)
ERROR_TAG = "papermill-error-cell-tag"
ERROR_STYLE = (
    'style="color:red; font-family:Helvetica Neue, Helvetica, Arial, sans-serif; font-size:2em;"'
)
ERROR_BANNER = (
    "<span " + ERROR_STYLE + ">An Exception was encountered at "
    "'<a href=\"#papermill-error-cell\">In [%s]</a>'.</span>"
)
ERROR_ANCHOR = (
    '<span id="papermill-error-cell" ' + ERROR_STYLE + ">"
    "Execution using papermill encountered an exception here and stopped:</span>"
)
FIGURE_TYPES = (("image/png", "png", True), ("image/jpeg", "jpg", True), ("image/svg+xml", "svg", False))
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def now():
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


# Whether the last text written to each stream ended its line: a progress line must start its own.
OPEN_LINE = {}


def emit(text, stream):
    if text:
        stream.write(text)
        stream.flush()
        OPEN_LINE[stream] = not text.endswith("\n")


def say(line, stream=None):
    stream = stream or sys.stdout
    emit(("\n" if OPEN_LINE.get(stream) else "") + line + "\n", stream)


def write_json(path, data):
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1)


def fail(args, code, kind, message, **details):
    if args.failure:
        write_json(args.failure, dict(kind=kind, message=message, **details))
    say(message, sys.stderr)
    sys.exit(code)


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Run a notebook with nbclient.")
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--failure", default=None)
    parser.add_argument("--kernel", default=None)
    parser.add_argument("--figures", default=None)
    parser.add_argument("--html", default=None)
    return parser.parse_args(argv)


def runnable(cell):
    if cell.get("cell_type") != "code":
        return False
    if "skip-execution" in cell.get("metadata", {}).get("tags", []):
        return False
    source = cell.get("source", "")
    if isinstance(source, list):
        source = "".join(source)
    return bool(source.strip())


def save(nb, path):
    """Writes the notebook as nbformat does (sorted keys, indent 1), without re-validating it each time."""
    folder = os.path.dirname(os.path.abspath(path))
    temp = os.path.join(folder, "." + os.path.basename(path) + ".partial")
    with open(temp, "w", encoding="utf-8") as handle:
        json.dump(nb, handle, sort_keys=True, indent=1, ensure_ascii=False)
        handle.write("\n")
    os.replace(temp, path)


class Saver:
    """Saves after every cell, unless saving costs more than a tenth of the time since the last save (a
    notebook of many large images): then after the first cell that ends past that point. The end of the
    run, a failure and SIGTERM always save."""

    def __init__(self, nb, path):
        self.nb, self.path, self.last, self.cost = nb, path, 0.0, 0.0

    def __call__(self, force=False):
        import time

        start = time.monotonic()
        if not force and start - self.last < 10 * self.cost:
            return
        save(self.nb, self.path)
        self.last = time.monotonic()
        self.cost = self.last - start


class HtmlWriter:
    """Writes the HTML copy with nbconvert in a helper process started with the run: it loads nbconvert and
    its templates (about a second of CPU) at a lower priority while the kernel runs, on another core when
    there is one and without taking this process's GIL, then renders the finished notebook when asked."""

    def __init__(self, metadata):
        import subprocess

        self.process = None
        try:
            self.process = subprocess.Popen(
                [sys.executable, os.path.abspath(__file__), "--html-helper"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            self.process.stdin.write(json.dumps(metadata) + "\n")
            self.process.stdin.flush()
        except Exception:
            self.stop()

    def write(self, notebook_path, html_path):
        """Renders the notebook saved at notebook_path; says why when there is no HTML copy."""
        answer = None
        if self.process is not None:
            try:
                self.process.stdin.write(json.dumps([notebook_path, html_path]) + "\n")
                self.process.stdin.close()
                answer = json.loads(self.process.stdout.readline() or "null")
                self.process.wait()
            except Exception:
                answer = None
            self.stop()
        if answer is None:
            answer = render_html(notebook_path, html_path)
        if answer != "ok":
            say(answer, sys.stderr)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process = None


def html_exporter():
    from nbconvert import HTMLExporter

    exporter = HTMLExporter()
    # nbconvert validates the notebook after each of its preprocessors, compiling the schema each time
    # (seconds); the notebook was just written by nbformat, so once is enough.
    if hasattr(exporter, "_validate_preprocessor"):
        exporter._validate_preprocessor = lambda nb, preprocessor: None
    return exporter


NO_NBCONVERT = (
    "Note: nbconvert is not installed, so no HTML copy of the notebook was written "
    "(pip install nbconvert, or apt-get install python3-nbconvert)."
)


def render_html(notebook_path, html_path, exporter=None):
    """Writes html_path from the notebook at notebook_path; "ok", or the note to print."""
    try:
        import nbformat

        exporter = exporter or html_exporter()
    except ImportError:
        return NO_NBCONVERT
    try:
        body, _ = exporter.from_notebook_node(nbformat.read(notebook_path, as_version=4))
        with open(html_path, "w", encoding="utf-8") as handle:
            handle.write(body)
        return "ok"
    except Exception as error:  # a broken template must not fail the run
        return "Note: the HTML copy of the notebook could not be written: %s" % error


def html_helper():
    """The helper of HtmlWriter: reads the notebook's metadata, warms nbconvert on a one-cell notebook with
    it, then reads [notebook, html], renders and answers one JSON line."""
    try:
        os.nice(19)
    except OSError:
        pass
    metadata = json.loads(sys.stdin.readline() or "{}")
    exporter = None
    try:
        import nbformat

        exporter = html_exporter()
        warm = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
        warm.metadata.update(metadata)
        exporter.from_notebook_node(warm)
    except ImportError:
        pass
    except Exception:
        exporter = None
    line = sys.stdin.readline()
    if not line:
        return 0
    notebook_path, html_path = json.loads(line)
    sys.stdout.write(json.dumps(render_html(notebook_path, html_path, exporter)) + "\n")
    sys.stdout.flush()
    # Nothing is left to clean up, and tearing down nbconvert's modules takes a fifth of a second.
    os._exit(0)


def extract_figures(nb, folder):
    """The same rules as src/notebook/figures.ts."""
    written = []
    for cell in nb.cells:
        count = cell.get("execution_count")
        if cell.get("cell_type") != "code" or not isinstance(count, int):
            continue
        k = 0
        for output in cell.get("outputs", []):
            if output.get("output_type") not in ("display_data", "execute_result"):
                continue
            data = output.get("data", {})
            present = [t for t in FIGURE_TYPES if isinstance(data.get(t[0]), (str, list))]
            if not present:
                continue
            k += 1
            for mime, ext, is_base64 in present:
                text = data[mime]
                if isinstance(text, list):
                    text = "".join(text)
                content = base64.b64decode(text) if is_base64 else text.encode("utf-8")
                os.makedirs(folder, exist_ok=True)
                name = os.path.join(folder, "cell-%d-%d.%s" % (count, k, ext))
                with open(name, "wb") as handle:
                    handle.write(content)
                written.append(name)
    return written


def kill_kernel(client):
    """jupyter_client starts the kernel in a session of its own: end its process group directly."""
    km = getattr(client, "km", None)
    pid = None
    for holder in (getattr(km, "provisioner", None), km):
        process = getattr(holder, "process", None) or getattr(holder, "kernel", None)
        pid = getattr(process, "pid", None)
        if pid:
            break
    if not pid:
        return
    try:
        os.killpg(os.getpgid(pid), signal.SIGKILL)
    except OSError:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def kernel_problem(kernel_name, error):
    """Why the kernel did not start, in words, with what to install. Only run when it did not."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    manager = KernelSpecManager()
    try:
        spec = manager.get_kernel_spec(kernel_name)
    except NoSuchKernel:
        known = ", ".join(sorted(manager.find_kernel_specs())) or "none"
        hint = " Install the Python kernel: " + INSTALL + "." if kernel_name.startswith("python") else ""
        return "The Jupyter kernel `%s` is not installed for %s (installed kernels: %s).%s" % (
            kernel_name, sys.executable, known, hint)
    program = spec.argv[0] if spec.argv else ""
    ours = program in ("python", "python3", sys.executable) or (
        os.path.realpath(program) == os.path.realpath(sys.executable))
    if ours and importlib.util.find_spec("ipykernel") is None:
        return "The Python kernel (ipykernel) is not installed for %s: %s." % (sys.executable, INSTALL)
    return "The kernel `%s` did not start: %s. Is it installed? %s." % (kernel_name, error, INSTALL)


def main(argv):
    args = parse_args(argv)
    if args.failure and os.path.exists(args.failure):
        os.remove(args.failure)  # left by an earlier attempt
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    try:
        import nbformat
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError, DeadKernelError
    except ImportError as error:
        fail(args, 3, "missing",
             "nbclient is not installed for %s (%s): %s." % (sys.executable, error, INSTALL))

    try:
        nb = nbformat.read(args.input, as_version=4)
    except Exception as error:
        fail(args, 4, "bad-notebook", "The notebook could not be read: %s" % error)

    # Banner cells of an earlier failed run are not part of the notebook.
    nb.cells = [c for c in nb.cells if ERROR_TAG not in c.get("metadata", {}).get("tags", [])]
    kernel_name = args.kernel or nb.metadata.get("kernelspec", {}).get("name") or "python3"
    # ipykernel's debugger otherwise warns on every start.
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")

    class Client(NotebookClient):
        def output(self, outs, msg, display_id, cell_index):
            if msg.get("msg_type") == "stream":
                content = msg.get("content", {})
                stream = sys.stderr if content.get("name") == "stderr" else sys.stdout
                emit(content.get("text", ""), stream)
            return super().output(outs, msg, display_id, cell_index)

    client = Client(
        nb,
        kernel_name=kernel_name,
        timeout=None,
        allow_errors=False,
        record_timing=True,
        resources={"metadata": {"path": os.getcwd()}},
    )

    papermill = nb.metadata.setdefault("papermill", {})
    papermill.setdefault("parameters", {})
    started = now()
    papermill.update(start_time=started.isoformat(), end_time=None, duration=None, exception=None)
    for cell in nb.cells:
        if cell.get("cell_type") == "code":
            cell.execution_count = None
            cell.outputs = []
        cell.metadata["papermill"] = dict(
            exception=None, start_time=None, end_time=None, duration=None, status="pending"
        )
    total = sum(1 for cell in nb.cells if runnable(cell))
    saver = Saver(nb, args.output)
    saver(force=True)
    html = HtmlWriter(json.loads(json.dumps(nb.metadata))) if args.html else None

    def cell_done(cell, failed):
        end = now()
        meta = cell.metadata["papermill"]
        meta["end_time"] = end.isoformat()
        if meta.get("start_time"):
            start = datetime.datetime.fromisoformat(meta["start_time"])
            meta["duration"] = (end - start).total_seconds()
        if failed:
            meta.update(status="failed", exception=True)
            papermill["exception"] = True
        else:
            meta["status"] = "completed"

    def finish(failure, with_html=True):
        end = now()
        papermill.update(end_time=end.isoformat(), duration=(end - started).total_seconds())
        if papermill.get("exception") is None:
            papermill["exception"] = failure is not None
        if failure is not None and failure["kind"] == "cell-error":
            banner = nbformat.v4.new_markdown_cell(ERROR_BANNER % failure["cell"])
            banner.metadata["tags"] = [ERROR_TAG]
            anchor = nbformat.v4.new_markdown_cell(ERROR_ANCHOR)
            anchor.metadata["tags"] = [ERROR_TAG]
            nb.cells.insert(failure["index"], anchor)
            nb.cells.insert(0, banner)
        save(nb, args.output)
        if args.figures:
            extract_figures(nb, args.figures)
        if html is not None:
            if with_html:
                html.write(os.path.abspath(args.output), args.html)
            else:
                html.stop()
        if failure is None:
            return 0
        if failure.get("traceback"):
            say(failure["traceback"], sys.stderr)
        say(failure_line(failure), sys.stderr)
        if args.failure:
            write_json(args.failure, failure)
        return {"cell-error": 1, "dead-kernel": 2, "kernel-start": 3, "terminated": 143}[failure["kind"]]

    state = {"index": None, "done": 0, "started": False}

    def on_term(signum, frame):
        # Timeout or cancel: the kernel is in a session of its own, so it is ended here; what ran is kept.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        kill_kernel(client)
        index = state["index"]
        if index is not None:
            cell_done(nb.cells[index], True)
        where = " in code cell %d of %d" % (state["done"], total) if index is not None else ""
        failure = dict(kind="terminated", message="Stopped by SIGTERM%s." % where)
        try:
            code = finish(failure, with_html=False)
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)

    signal.signal(signal.SIGTERM, on_term)

    failure = None
    try:
        with client.setup_kernel():
            state["started"] = True
            try:
                info = client.wait_for_reply(client.kc.kernel_info())
                nb.metadata["language_info"] = info["content"]["language_info"]
            except Exception:
                pass
            for index, cell in enumerate(nb.cells):
                if runnable(cell):
                    state["done"] += 1
                    say("::progress::%d/%d cell %d" % (state["done"], total, state["done"]))
                cell.metadata["papermill"].update(
                    start_time=now().isoformat(), status="running", exception=False
                )
                state["index"] = index
                try:
                    client.execute_cell(cell, index)
                except CellExecutionError as error:
                    failure = cell_failure(nb.cells[index], index, error)
                except DeadKernelError:
                    count = nb.cells[index].get("execution_count")
                    failure = dict(
                        kind="dead-kernel", index=index, cell=count,
                        message="The kernel died while running %scode cell %d of %d."
                        % ("In [%s], " % count if count else "", state["done"], total),
                    )
                cell_done(nb.cells[index], failure is not None)
                state["index"] = None
                saver(force=failure is not None)
                if failure is not None:
                    break
    except Exception as error:
        if state.get("started"):
            raise
        kill_kernel(client)
        failure = dict(kind="kernel-start", message=kernel_problem(kernel_name, error))
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    return finish(failure, with_html=state["started"])


def cell_failure(cell, index, error):
    ename, evalue, traceback = getattr(error, "ename", "Error"), getattr(error, "evalue", ""), None
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            ename, evalue = output.get("ename", ename), output.get("evalue", evalue)
            traceback = "\n".join(output.get("traceback", []))
            break
    if traceback is None:
        traceback = str(getattr(error, "traceback", "") or error)
    return dict(
        kind="cell-error",
        index=index,
        cell=cell.get("execution_count"),
        ename=ename,
        evalue=evalue,
        traceback=ANSI.sub("", traceback),
    )


def failure_line(failure):
    if failure["kind"] == "cell-error":
        return "In [%s]: %s: %s" % (failure["cell"], failure["ename"], failure["evalue"])
    return failure["message"]


if __name__ == "__main__":
    if sys.argv[1:] == ["--html-helper"]:
        sys.exit(html_helper())
    sys.exit(main(sys.argv[1:]))
