import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 78976:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseCommand),
/* harmony export */   W: () => (/* binding */ formatRunCommand)
/* harmony export */ });
/* harmony import */ var _shared_markdown__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(11680);

const CLOSING_QUOTE = { '"': '"', "'": "'", '“': '”', '‘': '’' };
const ESCAPES = { '"': '"', '\\': '\\', n: '\n', r: '\r', t: '\t' };
function isSpace(char) {
    return /\s/.test(char);
}
/** Splits a command line into tokens (see the module comment for the rules). Never fails. */
function tokenize(line) {
    const tokens = [];
    let i = 0;
    while (i < line.length) {
        while (i < line.length && isSpace(line[i]))
            i++;
        if (i >= line.length)
            break;
        const start = i;
        let text = '';
        let equals = -1;
        let unterminated;
        while (i < line.length && !isSpace(line[i])) {
            const char = line[i];
            const closing = CLOSING_QUOTE[char];
            if (closing === undefined) {
                if (char === '=' && equals < 0)
                    equals = text.length;
                text += char;
                i++;
                continue;
            }
            i++;
            let closed = false;
            while (i < line.length) {
                const c = line[i];
                if (c === closing) {
                    closed = true;
                    i++;
                    break;
                }
                if (char === '"' && c === '\\' && i + 1 < line.length && ESCAPES[line[i + 1]] !== undefined) {
                    text += ESCAPES[line[i + 1]];
                    i += 2;
                    continue;
                }
                text += c;
                i++;
            }
            if (!closed)
                unterminated = char;
        }
        tokens.push({ text, equals, unterminated, raw: line.slice(start, i) });
    }
    return tokens;
}
/** The first line that is not blank, without a byte order mark; undefined for an empty comment. */
function commandLine(body) {
    const lines = body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const line = lines.find((l) => l.trim() !== '');
    return line?.trimEnd();
}
function setArg(args, name, value) {
    // defineProperty: a name such as `__proto__` becomes an ordinary key.
    Object.defineProperty(args, name, { value, enumerable: true, writable: true, configurable: true });
}
/** Whether `text` must be quoted to be read back as one token with this exact text and no unquoted `=`. */
function needsQuotes(text, allowEquals) {
    if (text === '')
        return true;
    for (const char of text) {
        if (isSpace(char) || CLOSING_QUOTE[char] !== undefined || char === '”' || char === '’')
            return true;
        if (char === '=' && !allowEquals)
            return true;
    }
    return false;
}
function quote(text) {
    if (text.includes('"') && !text.includes("'") && !/[\r\n]/.test(text))
        return `'${text}'`;
    const escaped = text.replace(/[\\"\n\r\t]/g, (c) => c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\${c}`);
    return `"${escaped}"`;
}
/**
 * A `/run` line that {@link parseCommand} reads back to exactly `script` and `args` (values are quoted when
 * they need to be; newlines are written `\n` inside double quotes). For ready-to-copy fix lines.
 */
function formatRunCommand(script, args) {
    const parts = ['/run'];
    if (script !== '')
        parts.push(needsQuotes(script, false) ? quote(script) : script);
    for (const [name, value] of Object.entries(args))
        parts.push(formatArg(name, value));
    return parts.join(' ');
}
/** `name=value`, quoted where needed; a value may hold `=`, as only the first unquoted `=` separates the name. */
function formatArg(name, value) {
    return `${needsQuotes(name, false) ? quote(name) : name}=${needsQuotes(value, true) ? quote(value) : value}`;
}
function parseRun(tokens) {
    let script;
    const args = {};
    const problems = [];
    /** What the line would be with every problem fixed as suggested. */
    const fixed = [];
    for (const token of tokens) {
        if (token.unterminated) {
            problems.push({
                message: `The quote ${(0,_shared_markdown__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(token.unterminated)} in ${(0,_shared_markdown__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(token.raw)} is never closed.`,
                fix: 'Close the quote at the end of the value.',
            });
        }
        if (token.equals === 0) {
            problems.push({
                message: `${(0,_shared_markdown__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(token.raw)} has no argument name before \`=\`.`,
                fix: 'Write each argument as `name=value`.',
            });
            continue;
        }
        if (token.equals > 0) {
            const name = token.text.slice(0, token.equals);
            const value = token.text.slice(token.equals + 1);
            setArg(args, name, value);
            fixed.push({ name, value });
            continue;
        }
        if (script === undefined) {
            script = token.text;
            continue;
        }
        const previous = fixed[fixed.length - 1];
        if (previous) {
            // Most often the rest of a value with spaces that was not quoted: `title=Hello world`.
            problems.push({
                field: previous.name,
                message: `${(0,_shared_markdown__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(token.raw)} is not a \`name=value\` argument.`,
                fix: `Quote values that hold spaces: ${(0,_shared_markdown__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(formatArg(previous.name, `${previous.value} ${token.text}`))}.`,
            });
            previous.value = `${previous.value} ${token.text}`;
        }
        else {
            problems.push({
                message: `${(0,_shared_markdown__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(token.raw)} is not a \`name=value\` argument (the script is ${(0,_shared_markdown__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(script)}).`,
                fix: `Give arguments as \`name=value\`, e.g. ${(0,_shared_markdown__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(`${token.text || 'name'}=value`)}.`,
            });
        }
    }
    if (problems.length > 0) {
        // The whole line with every suggestion applied, ready to copy, on the last problem.
        const byName = {};
        for (const { name, value } of fixed)
            setArg(byName, name, value);
        const last = problems[problems.length - 1];
        last.fix = `${last.fix ?? ''} The whole line: ${(0,_shared_markdown__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(formatRunCommand(script ?? '', byName))}`.trim();
    }
    return script === undefined ? { name: 'run', args, problems } : { name: 'run', script, args, problems };
}
/**
 * The command on the first line of a comment, or undefined when the comment gives none (`/running`, `/run:`
 * and text before the command are not commands). `/run` problems (an unclosed quote, a token that is not
 * `name=value`) are listed with a fix; what could be read is still returned.
 */
function parseCommand(commentBody) {
    if (typeof commentBody !== 'string')
        return undefined;
    const line = commandLine(commentBody);
    if (line === undefined || !line.startsWith('/'))
        return undefined;
    const tokens = tokenize(line);
    const [first, ...rest] = tokens;
    if (!first || first.raw !== first.text)
        return undefined;
    switch (first.raw) {
        case '/run':
            return parseRun(rest);
        case '/cancel':
            return { name: 'cancel' };
        case '/help':
            return rest.length > 0 && rest[0].text !== ''
                ? { name: 'help', script: rest[0].text }
                : { name: 'help' };
        default:
            return undefined;
    }
}


/***/ }),

/***/ 50571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ requestOrigin)
/* harmony export */ });
/* harmony import */ var _command__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(78976);

const obj = (v) => (v && typeof v === 'object' ? v : {});
const str = (v) => (typeof v === 'string' ? v : '');
/**
 * Whether the event is a request at all, answered without the manifest: an issue opened from a script form,
 * a new comment (not a bot's) with a command on its first line, or any other event (the workflow named the
 * script). Undefined for events that are not requests; else who asks and where. Used before the manifest is
 * read (the early permission lookup) and when it cannot be read (the broken-manifest answer).
 */
function requestOrigin(eventName, payload, actor, issueNumber) {
    if (eventName === 'issues') {
        const issue = obj(payload.issue);
        if (!str(issue.body).includes('### Script'))
            return undefined;
        return { requester: str(obj(issue.user).login) || actor, issue: Number(issue.number) };
    }
    if (eventName === 'issue_comment') {
        const comment = obj(payload.comment);
        const user = obj(comment.user);
        if (payload.action !== 'created' || str(user.type) === 'Bot' || str(user.login).endsWith('[bot]')) {
            return undefined;
        }
        if (!(0,_command__WEBPACK_IMPORTED_MODULE_0__/* .parseCommand */ .R)(str(comment.body)))
            return undefined;
        return {
            requester: str(user.login) || actor,
            issue: Number(obj(payload.issue).number),
            commentId: Number(comment.id),
        };
    }
    return { requester: actor, issue: issueNumber };
}


/***/ }),

/***/ 11680:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   el: () => (/* binding */ withoutUrlCredentials),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony exports tableCell, firstLine, hideUrlCredentials */
/** Small text and Markdown builders shared by every stage: one copy each. */
/** An inline code span that holds `text` whatever backticks it contains. */
function codeSpan(text) {
    const flat = text.replace(/\r\n|\r|\n/g, ' ');
    const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** Text safe inside one cell of a GitHub table: no line breaks, pipes escaped. */
function tableCell(text) {
    return text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/\|/g, '\\|')
        .trim();
}
/** The first non-empty line of a Markdown text, without heading marks. */
function firstLine(markdown) {
    for (const line of markdown.split(/\r\n|\r|\n/)) {
        const text = line.replace(/^\s*#{1,6}\s+/, '').trim();
        if (text !== '')
            return text;
    }
    return '';
}
/**
 * Cuts `text` to at most `max` characters, keeping its start or its end, without splitting a surrogate pair.
 * Returns the kept text and how many characters were dropped.
 */
function clip(text, max, keep = 'start') {
    const limit = Math.max(0, Math.floor(max));
    if (text.length <= limit)
        return { text, omitted: 0 };
    if (keep === 'start') {
        let end = limit;
        if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1)))
            end--;
        return { text: text.slice(0, end), omitted: text.length - end };
    }
    let start = text.length - limit;
    if (start < text.length && isLowSurrogate(text.charCodeAt(start)))
        start++;
    return { text: text.slice(start), omitted: start };
}
/** Cuts `text` to at most `max` characters (keeping its start), ending with `…` when something was cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    return `${clip(text, Math.max(0, max - 1)).text}…`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}
/** A link, when `url` is an http(s) URL; otherwise just the (already escaped) label. */
function link(label, url) {
    if (!url || !/^https?:\/\//i.test(url) || url.length > 2000)
        return label;
    const safe = url.replace(/[\s<>()|`\\"]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
    return `[${label}](${safe})`;
}
/** `1,234,567` */
function formatCount(n) {
    if (!Number.isFinite(n))
        return String(n);
    const [whole, fraction] = String(Math.abs(n)).split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${n < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}
/** `1 file`, `3 files`. */
function plural(n, one, many = `${one}s`) {
    return `${formatCount(n)} ${n === 1 ? one : many}`;
}
/** The message of an error, or the thing itself as text. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** `https://***@host/…` for every URL in `text` that carries a user name or password. */
function hideUrlCredentials(text) {
    return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
}
/** The values as given, with `hideUrlCredentials` applied to the text ones (for showing a request back). */
function withoutUrlCredentials(values) {
    return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? hideUrlCredentials(v) : v]));
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(44708);
// EXTERNAL MODULE: ./src/request/origin.ts
var origin = __nccwpck_require__(50571);
;// CONCATENATED MODULE: ./src/adapters/github/prefetch.ts
/**
 * The first API call of a run, started before the rest of the action loads: the requester's permission.
 * Everything here is small on purpose (no @actions/*, no octokit), so that the round trip to GitHub overlaps
 * loading and parsing the manifest. The pipeline still decides; the adapter only reuses a 200 answer, and
 * asks again (with retries) on anything else.
 */




const TIMEOUT_MS = 10_000;
function prefetchPermission(env = process.env) {
    let payload = {};
    try {
        if (env.GITHUB_EVENT_PATH)
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return undefined;
    }
    const nothing = { login: '', answer: Promise.resolve(undefined), sent: Promise.resolve(), payload };
    const token = env.INPUT_TOKEN;
    const repository = env.GITHUB_REPOSITORY;
    const login = (0,origin/* requestOrigin */.g)(env.GITHUB_EVENT_NAME ?? '', payload, env.GITHUB_ACTOR ?? '')?.requester;
    // Behind a proxy, only the full client (which honours it) talks to GitHub.
    const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY'].some((k) => env[k]);
    if (!token || !repository || !login || proxied)
        return nothing;
    const api = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const url = new URL(`${api}/repos/${repository}/collaborators/${encodeURIComponent(login)}/permission`);
    let markSent = () => { };
    const sent = new Promise((resolve) => (markSent = resolve));
    const answer = new Promise((resolve) => {
        const client = url.protocol === 'http:' ? external_node_http_ : external_node_https_;
        const request = client.request(url, {
            headers: {
                accept: 'application/vnd.github+json',
                authorization: `token ${token}`,
                'user-agent': 'script-dispatcher',
                'x-github-api-version': '2022-11-28',
            },
            timeout: TIMEOUT_MS,
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('end', () => {
                if (response.statusCode !== 200)
                    return resolve(undefined);
                try {
                    resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
                }
                catch {
                    resolve(undefined);
                }
            });
            response.on('error', () => resolve(undefined));
        });
        request.on('finish', markSent);
        request.on('timeout', () => request.destroy());
        request.on('error', () => {
            markSent();
            resolve(undefined);
        });
        request.end();
    });
    return { login, answer, sent, payload };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./src/shared/handover.ts
/**
 * The action's tokens never stay in its process environment, where any process of the same user can read
 * them (`/proc/<pid>/environ` is the environment the process was started with, whatever it changes later).
 * At start-up the action writes them to a file only it can read, in a directory only it can enter, and
 * replaces its own process image (same pid) with one started from a clean environment; the new image reads
 * the file, deletes it, and keeps the tokens in memory. No script runs in between.
 */



/** Where the new image finds the file with the tokens. Holds a path only; the file is gone once read. */
const HANDOVER_VARIABLE = 'SCRIPT_DISPATCHER_HANDOVER';
/** The step's variables that hold a credential. */
function isSecretVariable(name) {
    const upper = name.toUpperCase();
    return (upper === 'INPUT_TOKEN' ||
        upper === 'INPUT_CONTENT-TOKEN' ||
        upper === 'INPUT_CONTENT_TOKEN' ||
        upper === 'ACTIONS_RUNTIME_TOKEN' ||
        upper === 'ACTIONS_ID_TOKEN_REQUEST_TOKEN');
}
/** The environment without its credentials, and the credentials. */
function splitEnvironment(env) {
    const clean = {};
    const secrets = {};
    // The tokens themselves, wherever else the workflow put them too (e.g. `env: GITHUB_TOKEN: ...`).
    const tokens = Object.entries(env)
        .filter(([name, value]) => isSecretVariable(name) && value !== undefined && value.length >= 8)
        .map(([, value]) => value);
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        if (isSecretVariable(name) || tokens.some((t) => value.includes(t)))
            secrets[name] = value;
        else
            clean[name] = value;
    }
    return { clean, secrets };
}
/**
 * Call first thing at start-up. In the first image: hands the credentials over and re-executes (does not
 * return unless that is impossible), with `nodeOptions` before the image's own. In the second: takes them
 * back into `proc.env`, which the process's environ does not show, and removes the file.
 */
function handOverSecrets(proc = process, options = {}) {
    const file = proc.env[HANDOVER_VARIABLE];
    if (file !== undefined && external_node_path_.basename(file) === 'secrets.json') {
        delete proc.env[HANDOVER_VARIABLE];
        const secrets = receive(file);
        for (const [name, value] of Object.entries(secrets))
            proc.env[name] = value;
        return 'received';
    }
    const { clean, secrets } = splitEnvironment(proc.env);
    if (Object.keys(secrets).length === 0)
        return 'clean';
    if (typeof proc.execve !== 'function')
        return 'unsupported';
    let dir;
    try {
        dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(external_node_os_.tmpdir(), 'sd-handover-'));
    }
    catch {
        return 'unsupported';
    }
    const target = external_node_path_.join(dir, 'secrets.json');
    try {
        (0,external_node_fs_.writeFileSync)(target, JSON.stringify(secrets), { mode: 0o600, flag: 'wx' });
        clean[HANDOVER_VARIABLE] = target;
        const nodeOptions = (options.nodeOptions ?? []).filter((option) => !proc.execArgv.includes(option));
        proc.execve(proc.execPath, [proc.execPath, ...nodeOptions, ...proc.execArgv, ...proc.argv.slice(1)], clean);
    }
    catch {
        // Not replaced: carry on as we are.
    }
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    return 'unsupported';
}
/** Reads the handed-over credentials and deletes them from disk, whatever happens. */
function receive(file) {
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        const out = {};
        if (parsed && typeof parsed === 'object') {
            for (const [name, value] of Object.entries(parsed)) {
                if (typeof value === 'string' && name !== HANDOVER_VARIABLE)
                    out[name] = value;
            }
        }
        return out;
    }
    catch {
        return {};
    }
    finally {
        // Only what handOverSecrets made: the file, then its (now empty) directory.
        (0,external_node_fs_.rmSync)(file, { force: true });
        try {
            if (external_node_path_.basename(external_node_path_.dirname(file)).startsWith('sd-handover-'))
                (0,external_node_fs_.rmdirSync)(external_node_path_.dirname(file));
        }
        catch {
            // not empty, or already gone
        }
    }
}

;// CONCATENATED MODULE: ./src/index.ts


// The tokens leave the process environment before anything else happens (the process image is replaced, with
// the same pid, by one started without them; see handover.ts), so that no script can read them from
// /proc/<pid>/environ. The new image also gets a small young generation: the action mostly moves bytes
// (script output to the log, outputs into a zip), which otherwise grows the heap by some 50 MB of short-lived
// chunks (`npm run bench`, peak memory, measures this).
handOverSecrets(undefined, { nodeOptions: ['--max-semi-space-size=1'] });
// The permission lookup goes out first; the rest of the action loads while GitHub answers it.
const prefetched = prefetchPermission();
const loadRest = () => Promise.all(/* import() */[__nccwpck_require__.e(267), __nccwpck_require__.e(818)]).then(__nccwpck_require__.bind(__nccwpck_require__, 26818)).then(({ run }) => run(prefetched));
void Promise.race([prefetched?.sent, new Promise((resolve) => setTimeout(resolve, 50))]).then(loadRest);

