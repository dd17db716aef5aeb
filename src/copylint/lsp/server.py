"""`copylint lsp`: a Language Server Protocol server built on pygls.

Diagnostics on open, on change (debounced) and on save for Markdown, plain text and HTML;
code actions (fixes, suggestions, a suppression comment for the line, adding a word to the
house dictionary); hover with the rule's documentation. The config is found from each
document's path as the CLI does; a broken config is one diagnostic at the top of the document
and a log message.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from copylint import __version__
from copylint.diagnostic import Diagnostic, Severity
from copylint.docs import explain_text
from copylint.lsp import actions
from copylint.lsp.dictionary import DictionaryError, add_word
from copylint.positions import TextIndex
from copylint.readers import FORMATS, read_document
from copylint.workspace import BrokenConfig, Linters

SOURCE = "copylint"
CONFIG_ERROR_CODE = "copylint.config"
ADD_WORD = "copylint.addWord"
#: languageId -> reader format, for documents whose file name does not tell.
LANGUAGE_IDS = {"markdown": "markdown", "plaintext": "text", "text": "text", "html": "html"}
SEVERITIES = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.SUGGESTION: lsp.DiagnosticSeverity.Information,
}
DEFAULT_DEBOUNCE = 0.3

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Linted:
    """The last result published for a document version."""

    version: int | None
    index: TextIndex
    diagnostics: tuple[Diagnostic, ...]
    rule_docs: dict[str, str]


class CopylintServer(LanguageServer):
    def __init__(self, config: str | None = None, debounce: float = DEFAULT_DEBOUNCE) -> None:
        super().__init__("copylint", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.linters = Linters(config)
        self.debounce = debounce
        self.results: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.logged_errors: set[str] = set()
        #: one lint at a time, off the event loop (so requests are answered meanwhile)
        self.lint_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copylint-lint")

    # -- linting ---------------------------------------------------------------------------

    def document_format(self, uri: str, language_id: str | None) -> str | None:
        path = to_fs_path(uri) or uri
        suffix = Path(path).suffix.lower()
        if suffix in FORMATS:
            return FORMATS[suffix]
        return LANGUAGE_IDS.get(language_id or "")

    def document_path(self, uri: str) -> str:
        path = to_fs_path(uri)
        if path:
            return path
        root = self.workspace.root_path if self._workspace_ready() else None
        return str(Path(root or Path.cwd()) / "untitled")

    def open_document(self, uri: str):  # type: ignore[no-untyped-def]
        """The open document for ``uri`` (None if the editor has not opened it or closed it)."""
        return self.workspace.text_documents.get(unquote(uri)) if self._workspace_ready() else None

    def _workspace_ready(self) -> bool:
        try:
            return self.workspace is not None
        except RuntimeError:  # not initialized yet
            return False

    def lint(
        self, uri: str, text: str, fmt: str, version: int | None
    ) -> tuple[Linted, list[lsp.Diagnostic], list[str]]:
        """Diagnostics for one document text (runs in the lint thread)."""
        path = self.document_path(uri)
        index = TextIndex(text)
        logs: list[str] = []
        try:
            linter = self.linters.for_path(path)
        except BrokenConfig as exc:
            logs.append(f"copylint: config error: {exc}")
            first = index.line_text(0) if index.line_count else ""
            end = index.position(len(first))
            diag = lsp.Diagnostic(
                range=lsp.Range(lsp.Position(0, 0), lsp.Position(*end)),
                message=f"copylint cannot use its config: {exc}",
                severity=lsp.DiagnosticSeverity.Error,
                code=CONFIG_ERROR_CODE,
                source=SOURCE,
            )
            return Linted(version, index, (), {}), [diag], logs
        body = text[1:] if text.startswith("\ufeff") else text
        try:
            doc = read_document(body, path, fmt)
            found, errors = linter.lint_document(doc)
        except Exception as exc:  # noqa: BLE001 - a document the readers cannot take must not stop the server
            return Linted(version, index, (), {}), [], [f"copylint: {path}: cannot check: {type(exc).__name__}: {exc}"]
        logs.extend(f"copylint: {e}" for e in errors)
        if body is not text:  # the BOM is one code point before line 1's columns
            found = [_shift_first_line(d) for d in found]
        docs: dict[str, str] = {}
        for d in found:
            if d.rule not in docs:
                rule = linter.registry.get(d.rule)
                docs[d.rule] = explain_text(rule.meta) if rule is not None else ""
        encoding = self.encoding()
        out = [self.to_lsp(d, index, encoding) for d in found]
        return Linted(version, index, tuple(found), docs), out, logs

    def encoding(self) -> str:
        enc = self.workspace.position_encoding if self._workspace_ready() else None
        return str(getattr(enc, "value", enc) or "utf-16")

    @staticmethod
    def to_lsp(d: Diagnostic, index: TextIndex, encoding: str) -> lsp.Diagnostic:
        start, end = actions.diagnostic_offsets(d, index)
        return lsp.Diagnostic(
            range=lsp.Range(
                lsp.Position(*index.position(start, encoding)), lsp.Position(*index.position(end, encoding))
            ),
            message=d.message,
            severity=SEVERITIES[d.severity],
            code=d.rule,
            source=SOURCE,
            data={"suggestions": list(d.suggestions)} if d.suggestions else None,
        )

    async def lint_and_publish(self, uri: str, delay: float = 0.0) -> None:
        if delay:
            await asyncio.sleep(delay)
        document = self.open_document(uri)
        if document is None:
            return
        fmt = self.document_format(uri, document.language_id)
        if fmt is None:
            return
        version, text = document.version, document.source
        loop = asyncio.get_running_loop()
        linted, diagnostics, logs = await loop.run_in_executor(self.lint_pool, self.lint, uri, text, fmt, version)
        current = self.open_document(uri)
        if current is None or current.version != version:
            return  # edited meanwhile: a newer lint is on its way
        for message in logs:
            if message not in self.logged_errors:
                self.logged_errors.add(message)
                self.window_log_message(lsp.LogMessageParams(type=lsp.MessageType.Error, message=message))
        self.results[uri] = linted
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing any lint still waiting for it."""
        previous = self.pending.pop(uri, None)
        if previous is not None and not previous.done():
            previous.cancel()
        task = asyncio.get_running_loop().create_task(self.lint_and_publish(uri, delay))
        self.pending[uri] = task
        task.add_done_callback(lambda t: self.pending.pop(uri, None) if self.pending.get(uri) is t else None)

    def relint_all(self) -> None:
        self.linters.invalidate()
        self.logged_errors.clear()
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0.0)

    # -- editor features -------------------------------------------------------------------

    def code_actions(self, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        uri = params.text_document.uri
        linted = self.results.get(uri)
        if linted is None:
            return []
        document = self.open_document(uri)
        if document is None or (linted.version is not None and document.version != linted.version):
            return []  # stale: the edits would land in the wrong place
        index, encoding = linted.index, self.encoding()
        lo = index.from_position(params.range.start.line, params.range.start.character, encoding)
        hi = index.from_position(params.range.end.line, params.range.end.character, encoding)
        out: list[lsp.CodeAction] = []
        for d in linted.diagnostics:
            start, end = actions.diagnostic_offsets(d, index)
            if not (start <= hi and lo <= end):
                continue
            lsp_diag = self.to_lsp(d, index, encoding)
            found = [*actions.fix_actions(d, index), actions.disable_line_action(d, index)]
            for action in found:
                if not action.edits:
                    continue
                edits = [
                    lsp.TextEdit(
                        range=lsp.Range(
                            lsp.Position(*index.position(e.start, encoding)),
                            lsp.Position(*index.position(e.end, encoding)),
                        ),
                        new_text=e.text,
                    )
                    for e in action.edits
                ]
                out.append(
                    lsp.CodeAction(
                        title=action.title,
                        kind=lsp.CodeActionKind.QuickFix,
                        diagnostics=[lsp_diag],
                        is_preferred=action.preferred or None,
                        edit=lsp.WorkspaceEdit(
                            document_changes=[
                                lsp.TextDocumentEdit(
                                    text_document=lsp.OptionalVersionedTextDocumentIdentifier(
                                        uri=uri, version=document.version
                                    ),
                                    edits=edits,
                                )
                            ]
                        ),
                    )
                )
            if d.family == "spelling":
                word = actions.word_of(d, index)
                out.append(
                    lsp.CodeAction(
                        title=f"Add '{word}' to the house dictionary",
                        kind=lsp.CodeActionKind.QuickFix,
                        diagnostics=[lsp_diag],
                        command=lsp.Command(
                            title=f"Add '{word}' to the house dictionary", command=ADD_WORD, arguments=[uri, word]
                        ),
                    )
                )
        return out

    def hover(self, params: lsp.HoverParams) -> lsp.Hover | None:
        linted = self.results.get(params.text_document.uri)
        if linted is None:
            return None
        index, encoding = linted.index, self.encoding()
        at = index.from_position(params.position.line, params.position.character, encoding)
        texts: list[str] = []
        for d in linted.diagnostics:
            start, end = actions.diagnostic_offsets(d, index)
            if start <= at <= end and linted.rule_docs.get(d.rule) and linted.rule_docs[d.rule] not in texts:
                texts.append(linted.rule_docs[d.rule])
        if not texts:
            return None
        hover_caps = self.client_capabilities.text_document.hover if self.client_capabilities.text_document else None
        markdown = bool(
            hover_caps and hover_caps.content_format and lsp.MarkupKind.Markdown in hover_caps.content_format
        )
        # the explanations are written in Markdown (emphasis, code, example lists)
        kind = lsp.MarkupKind.Markdown if markdown else lsp.MarkupKind.PlainText
        return lsp.Hover(contents=lsp.MarkupContent(kind=kind, value="\n\n---\n\n".join(texts)))

    def add_word(self, uri: str, word: str) -> str:
        path = self.document_path(uri)
        config = self.linters.config_path(path)
        root = self._root_for(Path(path))
        try:
            written = add_word(word, config, root)
        except DictionaryError as exc:
            self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Error, message=str(exc)))
            return str(exc)
        self.window_log_message(
            lsp.LogMessageParams(type=lsp.MessageType.Info, message=f"copylint: added {word!r} to {written}")
        )
        self.relint_all()
        return str(written)

    def _root_for(self, path: Path) -> Path:
        """The workspace folder holding ``path``, else its folder."""
        folders = self.workspace.folders.values() if self._workspace_ready() else []
        for folder in folders:
            root = to_fs_path(folder.uri)
            if root and path.is_relative_to(root):
                return Path(root)
        root = self.workspace.root_path if self._workspace_ready() else None
        if root and path.is_relative_to(root):
            return Path(root)
        return path.parent


def _shift_first_line(d: Diagnostic) -> Diagnostic:
    from dataclasses import replace

    return replace(
        d,
        column=d.column + (d.line == 1),
        end_column=d.end_column + (d.end_line == 1),
        fix=tuple(type(e)(e.start + 1, e.end + 1, e.replacement) for e in d.fix) if d.fix else d.fix,
    )


def build_server(config: str | None = None, debounce: float = DEFAULT_DEBOUNCE) -> CopylintServer:
    server = CopylintServer(config, debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: CopylintServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0.0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: CopylintServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: CopylintServer, params: lsp.DidSaveTextDocumentParams) -> None:
        path = to_fs_path(params.text_document.uri) or ""
        if Path(path).name.startswith(".copylint") or (
            path.endswith((".yaml", ".yml", ".txt")) and ls.linters.explicit is None
        ):
            ls.linters.invalidate()  # a config or word file saved from the editor
        ls.schedule(params.text_document.uri, 0.0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    async def did_close(ls: CopylintServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.results.pop(uri, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def watched_files(ls: CopylintServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        ls.relint_all()

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix], resolve_provider=False),
    )
    def code_action(ls: CopylintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        return ls.code_actions(params)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: CopylintServer, params: lsp.HoverParams) -> lsp.Hover | None:
        return ls.hover(params)

    @server.command(ADD_WORD)
    def add_word_command(ls: CopylintServer, *args: object) -> str:
        if len(args) != 2 or not all(isinstance(a, str) for a in args):
            return "expected arguments: document URI, word"
        return ls.add_word(str(args[0]), str(args[1]))

    return server


def run(
    config: str | None = None,
    tcp: bool = False,
    host: str = "127.0.0.1",
    port: int = 2087,
    debounce: float = DEFAULT_DEBOUNCE,
) -> None:
    server = build_server(config, debounce)
    if tcp:
        server.start_tcp(host, port)
    else:
        server.start_io()
