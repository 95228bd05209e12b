export const id = 818;
export const ids = [818];
export const modules = {

/***/ 26818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/fanout/leg-folder.ts
/**
 * A leg's downloaded artifact, read back from the merged tree `legs/<name>/`: every regular file hashed
 * (what the merged record lists comes from the files themselves, not from what a leg claims), and its
 * `_dispatch/record.json`. Symbolic links are not followed and not listed.
 */




/** The merged tree's folder of a leg, relative to the merged artifact's root. */
function legFolderPath(part) {
    return `legs/${part.name}`;
}
/** Reads leg `part`'s folder under `root` (the merged artifact's root). */
async function leg_folder_readLegFolder(root, part) {
    const relative = legFolderPath(part);
    const dir = external_node_path_default().join(root, ...relative.split('/'));
    const files = await listFiles(dir);
    const outputs = new Array(files.length);
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const i = next++;
            const file = files[i];
            const { bytes, sha256 } = await hashFile(external_node_path_default().join(dir, ...file.split('/')));
            outputs[i] = { path: `${relative}/${file}`, bytes, sha256 };
        }
    };
    await Promise.all(Array.from({ length: Math.min(8, files.length) }, worker));
    let record;
    try {
        record = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, '_dispatch', 'record.json'), 'utf8'));
    }
    catch {
        record = undefined;
    }
    return { leg: part.leg, ...(record !== undefined ? { record } : {}), outputs };
}
/** Regular files under `dir`, as sorted `/`-separated relative paths; none when `dir` does not exist. */
async function listFiles(dir, prefix = '') {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    const out = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            out.push(...(await listFiles(external_node_path_default().join(dir, entry.name), rel)));
        else if (entry.isFile())
            out.push(rel);
    }
    return out;
}
function hashFile(file) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let bytes = 0;
        (0,external_node_fs_.createReadStream)(file)
            .on('data', (chunk) => {
            const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
            bytes += buffer.length;
            hash.update(buffer);
        })
            .on('error', reject)
            .on('end', () => resolve({ bytes, sha256: hash.digest('hex') }));
    });
}

;// CONCATENATED MODULE: ./src/fanout/merge.ts
const RUN_STATUSES = ['succeeded', 'failed', 'timed-out', 'cancelled', 'rejected'];
/** The artifact a leg uploads: `<script>-<job>-leg-<N>`. */
function legArtifactName(owner, job, leg) {
    return `${owner}-${job}-leg-${leg}`;
}
const MAX_REASON = 2000;
/** Merges what gather found with the plan: every planned leg once, missing ones included. */
function merge_mergeLegRecords(plan, job, found) {
    const byLeg = new Map(found.map((folder) => [folder.leg, folder]));
    const legs = plan.legs.map((part) => entryOf(plan, job, part, byLeg.get(part.leg)));
    const missing = legs.filter((entry) => entry.status === 'missing');
    const failed = legs.filter((entry) => entry.status !== 'missing' && entry.status !== 'succeeded');
    const merged = {
        status: missing.length === 0 && failed.length === 0 ? 'succeeded' : 'failed',
        legs,
        missing,
        failed,
        outputs: legs.flatMap((entry) => entry.outputs),
    };
    if (merged.status === 'failed') {
        const named = (entries) => entries.map((e) => `${e.leg} (${e.name})`).join(', ');
        const parts = [
            failed.length ? `${failed.length === 1 ? 'leg' : 'legs'} ${named(failed)} did not succeed` : '',
            missing.length
                ? `${missing.length === 1 ? 'leg' : 'legs'} ${named(missing)} ${missing.length === 1 ? 'is' : 'are'} missing`
                : '',
        ].filter(Boolean);
        merged.reason = `${capitalize(parts.join('; '))} (of ${legs.length}).`;
    }
    return merged;
}
function entryOf(plan, job, part, folder) {
    const artifact = legArtifactName(plan.owner, job, part.leg);
    const base = { leg: String(part.leg), name: part.name, artifact };
    if (!folder) {
        return {
            ...base,
            status: 'missing',
            'exit-code': null,
            outputs: [],
            reason: `No artifact \`${artifact}\` in this workflow run: the leg did not finish (cancelled, or it failed before uploading).`,
        };
    }
    const record = folder.record;
    if (!isMapping(record)) {
        return {
            ...base,
            status: 'failed',
            'exit-code': null,
            outputs: folder.outputs,
            reason: `The leg's artifact \`${artifact}\` has no readable \`_dispatch/record.json\`.`,
        };
    }
    const status = typeof record.status === 'string' && RUN_STATUSES.includes(record.status) ? record.status : undefined;
    const exit = record['exit-code'];
    const exitCode = typeof exit === 'number' && Number.isInteger(exit) ? exit : null;
    if (typeof record.script === 'string' && record.script !== plan.owner) {
        return {
            ...base,
            status: 'failed',
            'exit-code': exitCode,
            outputs: folder.outputs,
            reason: `The leg's artifact \`${artifact}\` holds a record of \`${record.script.slice(0, 100)}\`, not \`${plan.owner}\`.`,
        };
    }
    if (!status) {
        return {
            ...base,
            status: 'failed',
            'exit-code': exitCode,
            outputs: folder.outputs,
            reason: `The leg's record in \`${artifact}\` has no valid status.`,
        };
    }
    const entry = {
        ...base,
        status: status,
        'exit-code': exitCode,
        outputs: folder.outputs,
    };
    if (status !== 'succeeded') {
        entry.reason =
            typeof record.reason === 'string' && record.reason.trim() !== ''
                ? record.reason.slice(0, MAX_REASON)
                : exitCode !== null
                    ? `The script exited with code ${exitCode}.`
                    : `The leg ${status}.`;
    }
    return entry;
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/adapters/github/leg-artifacts.ts
/**
 * Gather's side of a fan-out on GitHub Actions: the legs' artifacts of this workflow run
 * (`<script>-<job>-leg-<N>`, uploaded by the leg jobs) found with `@actions/artifact`'s listArtifacts and
 * downloaded straight into the merged tree `legs/<name>/`, then merged with the plan into the record's
 * `legs` (missing legs included).
 */




async function defaultClient() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 77935));
    return new DefaultArtifactClient();
}
/**
 * Downloads the planned legs' artifacts of this workflow run into `<root>/legs/<name>/`. A leg with no
 * artifact is left out (mergeLegRecords names it missing); an artifact that fails to download fails the call.
 */
async function downloadLegArtifacts(opts) {
    const client = opts.client ?? (await defaultClient());
    const { artifacts } = await client.listArtifacts({ latest: true });
    const byName = new Map(artifacts.map((artifact) => [artifact.name, artifact]));
    const wanted = opts.plan.legs
        .map((part) => ({ part, artifact: byName.get(legArtifactName(opts.plan.owner, opts.job, part.leg)) }))
        .filter((w) => !!w.artifact);
    const downloaded = [];
    let next = 0;
    const worker = async () => {
        while (next < wanted.length) {
            const { part, artifact } = wanted[next++];
            const dir = external_node_path_default().join(external_node_path_default().resolve(opts.root), ...legFolderPath(part).split('/'));
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            await (0,promises_.mkdir)(dir, { recursive: true });
            try {
                await client.downloadArtifact(artifact.id, { path: dir });
            }
            catch (error) {
                throw new Error(`Could not download the artifact \`${artifact.name}\` of leg ${part.leg} (${part.name}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            }
            downloaded.push({ part, artifact, dir });
        }
    };
    await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, wanted.length) }, worker));
    return downloaded.sort((a, b) => a.part.leg - b.part.leg);
}
/**
 * Gather: downloads the legs' artifacts into `<root>/legs/<name>/`, reads each leg's files and record, and
 * merges them with the plan. `<root>` is then uploaded as `<script>-<job>` with the merged record.
 */
async function gatherLegs(opts) {
    const downloaded = await downloadLegArtifacts(opts);
    const folders = await Promise.all(downloaded.map((d) => readLegFolder(opts.root, d.part)));
    return { downloaded, merged: mergeLegRecords(opts.plan, opts.job, folders) };
}

;// CONCATENATED MODULE: ./src/adapters/github/fan-out-legs.ts
/**
 * Gather's view of the legs on GitHub Actions: the legs' artifacts of this workflow run, taking for each leg
 * the artifact of the latest attempt that has one (re-running the failed legs runs them at a later attempt,
 * `<script>-<run id>-<attempt>-leg-<N>`, while the legs that succeeded keep their earlier artifacts).
 */


async function fan_out_legs_defaultClient() {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 77935));
    return new DefaultArtifactClient();
}
const fan_out_legs_escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The legs' artifacts of run `runId` up to attempt `attempt`, downloaded into `<root>/legs/<name>/`. */
async function findLegArtifacts(plan, root, run, client) {
    const inner = client ?? (await fan_out_legs_defaultClient());
    const job = `${run.id}-${run.attempt}`;
    const pattern = new RegExp(`^${fan_out_legs_escape(plan.owner)}-${fan_out_legs_escape(run.id)}-([1-9][0-9]*)-leg-([1-9][0-9]*)$`);
    const realName = new Map();
    const wrapped = {
        async listArtifacts() {
            const { artifacts } = await inner.listArtifacts({ latest: true });
            const best = new Map();
            for (const artifact of artifacts) {
                const match = pattern.exec(artifact.name);
                if (!match)
                    continue;
                const attempt = Number(match[1]);
                if (attempt > run.attempt)
                    continue;
                const name = legArtifactName(plan.owner, job, Number(match[2]));
                const seen = best.get(name);
                if (!seen || seen.attempt < attempt)
                    best.set(name, { artifact, attempt });
            }
            return {
                artifacts: [...best].map(([name, { artifact }]) => {
                    realName.set(artifact.id, artifact.name);
                    return { ...artifact, name };
                }),
            };
        },
        downloadArtifact: (id, options) => inner.downloadArtifact(id, options),
    };
    const downloaded = await downloadLegArtifacts({ plan, job, root, client: wrapped });
    return downloaded.map((d) => ({
        part: d.part,
        dir: d.dir,
        artifact: realName.get(d.artifact.id) ?? d.artifact.name,
    }));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(40610);
var external_node_dns_default = /*#__PURE__*/__webpack_require__.n(external_node_dns_);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * Errors a user can cause. Each carries messages written for the person who made the mistake:
 * what was wrong and how to fix it. A stack trace is never the message.
 */
/** Base of every error a user can cause; the pipeline reports these as `rejected`. */
class UserError extends Error {
    problems;
    constructor(summary, problems = []) {
        super(summary);
        this.name = 'UserError';
        this.problems = problems;
    }
}
/** The manifest is missing, not YAML, or fails the schema or the semantic checks. All problems at once. */
class ManifestError extends UserError {
    problems;
    constructor(problems) {
        super(`The manifest has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
            problems
                .map((p) => `${p.position.file}:${p.position.line}:${p.position.column}: ${p.message}`)
                .join('\n'), problems);
        this.name = 'ManifestError';
        this.problems = problems;
    }
}
/** The request names something that does not exist, or its arguments are wrong. */
class RequestError extends UserError {
    constructor(summary, problems = []) {
        super(summary, problems);
        this.name = 'RequestError';
    }
}
/** Formats a list of problems as plain text lines. */
function formatProblems(problems) {
    return problems.map((p) => `- ${p.message}${p.fix ? ` ${p.fix}` : ''}`).join('\n');
}

;// CONCATENATED MODULE: ./src/args/messages.ts
/** Longest part of a value shown in a message. */
const MAX_SHOWN = 80;
/** Inline code that survives backticks in the text. */
function code(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A value as a message shows it: control characters escaped, truncated, as inline code. */
function showValue(value) {
    let text;
    if (typeof value === 'string')
        text = value;
    else if (value === null || value === undefined)
        text = String(value);
    else if (typeof value === 'object') {
        try {
            text = JSON.stringify(value) ?? String(value);
        }
        catch {
            text = String(value);
        }
    }
    else
        text = String(value);
    const chars = [...text];
    let shown = chars.slice(0, MAX_SHOWN).join('');
    shown = shown.replace(/[\u0000-\u001f\u007f]/g, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    if (chars.length > MAX_SHOWN)
        shown += '…';
    return code(shown);
}
/** `Argument "Extra paths" (`eps`)`, or `Argument `eps`` when the title is the name. */
function argLabel(spec) {
    const title = spec.title?.trim();
    if (!title || title === spec.name)
        return `Argument ${code(spec.name)}`;
    return `Argument "${title}" (${code(spec.name)})`;
}
function list(items) {
    return items.map(code).join(', ');
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
const BOOLEAN_WORDS = '`true` or `false` (also `yes`/`no`, `on`/`off`, `1`/`0`, or a checkbox `[x]`/`[ ]`)';
function numberBounds(spec) {
    if (spec.min !== undefined && spec.max !== undefined)
        return ` between ${spec.min} and ${spec.max}`;
    if (spec.min !== undefined)
        return ` of at least ${spec.min}`;
    if (spec.max !== undefined)
        return ` of at most ${spec.max}`;
    return '';
}
/** What an argument accepts, as the `fix` of a problem: "Give a number between 1 and 10, e.g. `3`." */
function accepted(spec) {
    const example = spec.example !== undefined && spec.example !== '' ? `, e.g. ${showValue(spec.example)}` : '';
    switch (spec.type) {
        case 'text':
            return spec.pattern !== undefined
                ? `Give text that matches the pattern ${code(spec.pattern)} as a whole${example}.`
                : `Give any text${example}.`;
        case 'textarea':
            return `Give any text${example}.`;
        case 'number':
            return `Give a number${numberBounds(spec)}, written like \`3\`, \`-2.5\` or \`1e3\`${example}.`;
        case 'boolean':
            return `Give ${BOOLEAN_WORDS}.`;
        case 'choice':
            return `Give one of: ${list(spec.options ?? [])}.`;
        case 'csv': {
            const columns = spec.columns?.length ? ` with the columns ${list(spec.columns)}` : '';
            return (`Give a CSV${columns}: paste it in a fenced block (\`\`\`csv … \`\`\`), or attach a .csv file to the ` +
                `issue and give its link.`);
        }
        case 'file':
            return 'Paste the content in a fenced block (``` … ```), or attach the file to the issue and give its link.';
    }
}

;// CONCATENATED MODULE: ./src/args/attachments.ts

/**
 * Undefined when `url` may be downloaded, else the problem. Allowed: an attachment on the GitHub host (same
 * scheme and port as `serverUrl`; path under `/user-attachments/` or `/<owner>/<repo>/files/` of any
 * repository, since GitHub keeps an attachment under the repository it was uploaded to), or any https link
 * whose host is exactly one of `allowedHosts` (default port, or the port the entry names).
 */
function checkDownloadUrl(url, policy) {
    let link;
    try {
        link = new URL(url.trim());
    }
    catch {
        return {
            message: `${code(shorten(url))} is not a valid link.`,
            fix: 'Attach the file to the issue and use the link GitHub inserts, or paste the content in a fenced block.',
        };
    }
    const shown = code(displayUrl(link));
    if (link.username !== '' || link.password !== '') {
        return {
            message: `The link ${shown} contains a user name or password; such links are not downloaded.`,
            fix: 'Attach the file to the issue instead, or give the link without the part before `@`.',
        };
    }
    const server = githubHost(policy.serverUrl);
    if (server && link.protocol === server.protocol && link.host === server.host) {
        if (isAttachmentPath(link.pathname))
            return undefined;
        return {
            message: `The link ${shown} is on ${code(server.host)} but is not a file attached to an issue ` +
                '(attachments are under `/user-attachments/` or `/<owner>/<repo>/files/`).',
            fix: 'Attach the file to the issue (drag it into the field) and use the link GitHub inserts.',
        };
    }
    if (link.protocol === 'https:' && policy.allowedHosts.some((entry) => sameHost(link, entry)))
        return undefined;
    const host = link.host || link.protocol;
    const allowedHere = policy.allowedHosts.some((entry) => hostOf(entry)?.hostname === link.hostname);
    const why = allowedHere && link.protocol !== 'https:'
        ? `${code(host)} is only downloaded from over https`
        : allowedHere
            ? `${code(host)} is allowed only on its ${portOf(policy.allowedHosts, link.hostname)}`
            : server && link.hostname === server.hostname
                ? `links to ${code(server.host)} must use ${server.protocol.replace(':', '')} on its usual port`
                : `${code(host)} is not a host the dispatcher downloads from`;
    return {
        message: `The link ${shown} cannot be downloaded: ${why}.`,
        fix: `Attach the file to the issue (drag it into the field) so that its link is on ${code(server?.host ?? 'the GitHub host')}, ` +
            `or paste the content in a fenced block; or ask a maintainer to add ${code(link.hostname)} to ` +
            '`allowed-download-hosts` in the manifest.',
    };
}
/** `https://host/path`, without user info, query or fragment (which may hold signatures or tokens). */
function displayUrl(link) {
    return shorten(`${link.protocol}//${link.host}${link.pathname}`);
}
function shorten(text) {
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
function githubHost(serverUrl) {
    try {
        return new URL(serverUrl);
    }
    catch {
        return undefined;
    }
}
/**
 * `/user-attachments/<...>` or `/<owner>/<repo>/files/<...>`, with no segment that would mean something else
 * once decoded (encoded slashes, backslashes or dot segments).
 */
function isAttachmentPath(pathname) {
    const segments = pathname.split('/').slice(1);
    for (const segment of segments) {
        let decoded;
        try {
            decoded = decodeURIComponent(segment);
        }
        catch {
            return false;
        }
        if (/[/\\\u0000]/.test(decoded) || decoded === '.' || decoded === '..')
            return false;
    }
    const nonEmpty = (from) => segments.slice(from).some((segment) => segment !== '');
    if (segments[0] === 'user-attachments' && segments.length > 1)
        return nonEmpty(1);
    return (segments.length > 3 &&
        /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(segments[0]) &&
        /^[A-Za-z0-9._-]+$/.test(segments[1]) &&
        segments[1] !== '.' &&
        segments[1] !== '..' &&
        segments[2] === 'files' &&
        nonEmpty(3));
}
/** An `allowed-download-hosts` entry as a URL: `files.example.org`, `files.example.org:8443` or a full URL. */
function hostOf(entry) {
    const text = entry.trim();
    if (text === '')
        return undefined;
    try {
        const parsed = new URL(text.includes('://') ? text : `https://${text}`);
        if (parsed.username || parsed.password)
            return undefined;
        return parsed;
    }
    catch {
        return undefined;
    }
}
function sameHost(link, entry) {
    const allowed = hostOf(entry);
    if (!allowed)
        return false;
    // Both normalised the same way (lower case, punycode, default port dropped).
    return allowed.hostname === link.hostname && allowed.port === link.port;
}
function portOf(entries, hostname) {
    const ports = entries
        .map(hostOf)
        .filter((entry) => entry?.hostname === hostname)
        .map((entry) => (entry.port === '' ? 'usual port' : `port ${entry.port}`));
    return [...new Set(ports)].join(' or ');
}

;// CONCATENATED MODULE: ./src/args/download.ts
/** Downloads the file a csv/file argument links to. */






/** The link could not be downloaded; the message says why, for the person who gave it. */
class DownloadError extends UserError {
    url;
    /** The HTTP status, when the server answered with an error. */
    status;
    fix;
    constructor(message, fix, url, status) {
        super(message, [{ message, fix }]);
        this.name = 'DownloadError';
        this.url = url;
        this.status = status;
        this.fix = fix;
    }
}
const MAX_REDIRECTS = 5;
const DEFAULT_TIMEOUT_MS = 120_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/**
 * GETs `url` and returns its bytes. Follows up to {@link MAX_REDIRECTS} redirects; the token goes only to the
 * GitHub host (same scheme, host and port as `serverUrl`) and is dropped for good once a redirect leaves it.
 * Stops as soon as more than `maxBytes` arrive. Any failure is a {@link DownloadError}.
 */
async function downloadAttachment(url, opts) {
    let current;
    try {
        current = new URL(url);
    }
    catch {
        throw new DownloadError(`${code(url)} is not a valid link.`, 'Attach the file to the issue and use the link GitHub inserts.', url);
    }
    const shown = code(displayUrl(current));
    const client = opts.fetchImpl ? fetchClient(opts.fetchImpl) : nodeClient;
    const server = parseUrl(opts.serverUrl);
    let authorized = Boolean(opts.token) && server !== undefined && sameOrigin(current, server);
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    timer.unref?.();
    const fail = (message, fix, status) => new DownloadError(`Could not download ${shown}: ${message}.`, fix, url, status);
    const tooLarge = () => fail(`the file is larger than the limit of ${formatBytes(opts.maxBytes)}`, 'Give a smaller file, or ask a maintainer to raise the size limit in the manifest.');
    try {
        for (let redirects = 0;; redirects++) {
            if (current.protocol !== 'https:' && current.protocol !== 'http:') {
                throw fail(`only http and https links can be downloaded, not ${code(current.protocol)}`, ATTACH_FIX);
            }
            const headers = { 'user-agent': 'script-dispatcher', accept: '*/*' };
            if (authorized && opts.token)
                headers.authorization = `token ${opts.token}`;
            let answer;
            try {
                answer = await client(current, headers, controller.signal);
            }
            catch (error) {
                throw controller.signal.aborted
                    ? fail(`no answer within ${Math.round(timeoutMs / 1000)} seconds`, RETRY_FIX)
                    : fail(`${networkReason(error)}`, RETRY_FIX);
            }
            if (REDIRECT_STATUSES.has(answer.status)) {
                answer.discard();
                const location = answer.header('location');
                if (!location)
                    throw fail(`the server answered ${answer.status} without saying where to`, RETRY_FIX);
                if (redirects >= MAX_REDIRECTS)
                    throw fail(`more than ${MAX_REDIRECTS} redirects`, ATTACH_FIX);
                const next = parseUrl(location, current);
                if (!next || (next.protocol !== 'https:' && next.protocol !== 'http:')) {
                    throw fail('the server redirected to something that is not an http(s) link', ATTACH_FIX);
                }
                if (current.protocol === 'https:' && next.protocol === 'http:') {
                    throw fail('the server redirected from https to plain http', ATTACH_FIX);
                }
                if (next.username !== '' || next.password !== '') {
                    throw fail('the server redirected to a link with a user name or password', ATTACH_FIX);
                }
                if (!sameOrigin(next, current))
                    authorized = false;
                current = next;
                continue;
            }
            if (answer.status < 200 || answer.status > 299) {
                answer.discard();
                throw fail(`the server answered ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`, statusFix(answer.status), answer.status);
            }
            const declared = Number(answer.header('content-length'));
            if (Number.isFinite(declared) && declared > opts.maxBytes) {
                answer.discard();
                throw tooLarge();
            }
            const chunks = [];
            let total = 0;
            try {
                for await (const chunk of answer.body) {
                    total += chunk.length;
                    if (total > opts.maxBytes) {
                        answer.discard();
                        throw tooLarge();
                    }
                    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
                }
            }
            catch (error) {
                if (error instanceof DownloadError)
                    throw error;
                throw controller.signal.aborted
                    ? fail(`the download did not finish within ${Math.round(timeoutMs / 1000)} seconds`, RETRY_FIX)
                    : fail(`the connection broke: ${networkReason(error)}`, RETRY_FIX);
            }
            return Buffer.concat(chunks, total);
        }
    }
    finally {
        clearTimeout(timer);
    }
}
const ATTACH_FIX = 'Attach the file to the issue (drag it into the field), or paste its content in a fenced block.';
const RETRY_FIX = 'Check the link and try again; if it keeps failing, attach the file to the issue instead.';
function statusFix(status) {
    if (status === 401 || status === 403) {
        return 'The file cannot be read with the workflow’s token: attach it to this issue again, or paste its content.';
    }
    if (status === 404 || status === 410) {
        return 'Check that the link is complete and the file still exists; attach the file to this issue again if needed.';
    }
    if (status >= 500)
        return 'The server had a problem; try again later.';
    return RETRY_FIX;
}
function networkReason(error) {
    const cause = error?.cause;
    const codeOf = (e) => e?.code;
    const errno = codeOf(error) ?? codeOf(cause);
    if (errno === 'ENOTFOUND' || errno === 'EAI_AGAIN')
        return 'the host name could not be found';
    if (errno === 'ECONNREFUSED')
        return 'the server refused the connection';
    if (errno === 'ECONNRESET')
        return 'the server closed the connection';
    if (typeof errno === 'string')
        return `network error ${errno}`;
    const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
    return message.split('\n')[0];
}
function parseUrl(text, base) {
    try {
        return new URL(text, base);
    }
    catch {
        return undefined;
    }
}
function sameOrigin(a, b) {
    return a.protocol === b.protocol && a.host === b.host;
}
/** `localhost` and every `*.localhost` name (RFC 6761), which the system resolver may not know. */
function isLoopbackName(hostname) {
    const name = hostname.toLowerCase().replace(/\.$/, '');
    return name === 'localhost' || name.endsWith('.localhost');
}
/** DNS lookup that sends `*.localhost` to 127.0.0.1 and everything else to the system resolver. */
const lookupWithLoopback = (hostname, options, callback) => {
    if (isLoopbackName(hostname)) {
        if (options.all)
            callback(null, [{ address: '127.0.0.1', family: 4 }]);
        else
            callback(null, '127.0.0.1', 4);
        return;
    }
    external_node_dns_default().lookup(hostname, options, callback);
};
const nodeClient = (url, headers, signal) => new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default())).request(url, { method: 'GET', headers, lookup: lookupWithLoopback, signal }, (response) => {
        resolve({
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            header: (name) => {
                const value = response.headers[name.toLowerCase()];
                return Array.isArray(value) ? value[0] : value;
            },
            body: response,
            discard: () => {
                response.destroy();
                request.destroy();
            },
        });
    });
    request.on('error', reject);
    request.end();
});
function fetchClient(fetchImpl) {
    return async (url, headers, signal) => {
        const response = await fetchImpl(url, { method: 'GET', headers, redirect: 'manual', signal });
        return {
            status: response.status,
            statusText: response.statusText,
            header: (name) => response.headers.get(name) ?? undefined,
            body: chunksOf(response.body),
            discard: () => {
                response.body?.cancel().catch(() => undefined);
            },
        };
    };
}
async function* chunksOf(body) {
    if (!body)
        return;
    const reader = body.getReader();
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                return;
            if (value)
                yield value;
        }
    }
    finally {
        reader.cancel().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/shared/repo.ts
/** `owner/name` as a RepoRef. */
function parseRepo(full) {
    const [owner, repo] = full.split('/');
    return { owner, repo };
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/manifest/types.ts
/** The manifest as the rest of the pipeline sees it: validated, defaults applied, names resolved. */
const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'];
const ARG_TYPES = [
    'text',
    'textarea',
    'number',
    'boolean',
    'choice',
    'csv',
    'file',
];
const DEFAULT_PROGRESS_INTERVAL_SECONDS = 15;
const DEFAULT_MAX_DOWNLOAD_BYTES = (/* unused pure expression or super */ null && (10 * 1024 * 1024));
const DEFAULT_COMMIT_AUTHOR = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};

;// CONCATENATED MODULE: ./src/adapters/github/retry.ts
const DEFAULT_RETRY_POLICY = {
    serverRetries: 3,
    baseDelayMs: 1000,
    rateLimitRetries: 3,
    maxRateLimitWaitMs: 120_000,
};
/** POSTs that create something new: repeating one after a lost answer could create it twice. */
/** Matched on the path or on octokit's route template (`/issues/{issue_number}/comments`). */
const CREATES = [/\/issues\/[^/]+\/comments$/, /\/pulls$/, /\/issues$/];
function isSafeToRepeat(method, url) {
    if (method.toUpperCase() !== 'POST')
        return true;
    const pathOnly = url.split('?')[0];
    return !CREATES.some((re) => re.test(pathOnly));
}
function isRateLimited(call) {
    if (call.status === 429)
        return true;
    if (call.status !== 403)
        return false;
    return (call.headers['retry-after'] !== undefined ||
        call.headers['x-ratelimit-remaining'] === '0' ||
        /rate limit/i.test(call.message));
}
/** Milliseconds to wait before trying again, or undefined when the call must not be retried. */
function retryDelay(call, attempt, policy = DEFAULT_RETRY_POLICY, now = Date.now()) {
    if (isRateLimited(call)) {
        if (attempt >= policy.rateLimitRetries)
            return undefined;
        const after = Number(call.headers['retry-after']);
        let wait = Number.isFinite(after) && after >= 0 ? after * 1000 : undefined;
        const reset = Number(call.headers['x-ratelimit-reset']);
        if (wait === undefined && call.headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset)) {
            wait = Math.max(0, reset * 1000 - now);
        }
        // A secondary rate limit without a hint: GitHub asks for at least a minute; start smaller and grow.
        wait ??= policy.baseDelayMs * 2 ** (attempt + 2);
        return wait <= policy.maxRateLimitWaitMs ? wait : undefined;
    }
    const serverSide = call.status === undefined || call.status >= 500;
    if (!serverSide || !isSafeToRepeat(call.method, call.url))
        return undefined;
    if (attempt >= policy.serverRetries)
        return undefined;
    return policy.baseDelayMs * 2 ** attempt;
}

;// CONCATENATED MODULE: ./src/adapters/github/api.ts



const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** An octokit whose every request is retried where that is safe (see retry.ts). */
function createOctokit(token, notice, policy = DEFAULT_RETRY_POLICY) {
    const octokit = (0,github/* getOctokit */.Q)(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' });
    octokit.hook.wrap('request', async (request, options) => {
        for (let attempt = 0;; attempt++) {
            try {
                return await request(options);
            }
            catch (error) {
                const e = error;
                const call = {
                    method: String(options.method),
                    url: String(options.url),
                    status: e.status,
                    headers: e.response?.headers ?? {},
                    message: e.message ?? '',
                };
                const wait = retryDelay(call, attempt, policy);
                if (wait === undefined)
                    throw error;
                notice(`GitHub answered ${call.status ?? 'nothing'} to ${call.method} ${call.url}; trying again in ` +
                    `${Math.round(wait / 100) / 10} s.`);
                await sleep(wait);
            }
        }
    });
    return octokit;
}
function toComment(data) {
    return { id: Number(data.id), body: data.body ?? '', htmlUrl: data.html_url, user: data.user?.login ?? '' };
}
function toIssue(data) {
    return {
        number: data.number,
        title: data.title,
        body: data.body ?? '',
        htmlUrl: data.html_url,
        user: data.user?.login ?? '',
    };
}
function toPull(data) {
    return { number: data.number, url: data.html_url, head: data.head.ref, base: data.base.ref };
}
/**
 * The GitHub REST adapter of the action. `octokit` talks to the repository the workflow runs in;
 * `contentOctokit` (content-token) to the content repositories.
 */
class OctokitGitHubApi {
    repo;
    octokit;
    contentOctokit;
    notice;
    policy;
    prefetched;
    constructor(repo, octokit, contentOctokit, notice, policy = DEFAULT_RETRY_POLICY, prefetched) {
        this.repo = repo;
        this.octokit = octokit;
        this.contentOctokit = contentOctokit;
        this.notice = notice;
        this.policy = policy;
        this.prefetched = prefetched;
    }
    async getPermission(user) {
        // The answer the entry point asked for before the action loaded, when it is about this user and was a 200.
        const early = this.prefetched && this.prefetched.login.toLowerCase() === user.toLowerCase()
            ? await this.prefetched.answer
            : undefined;
        const data = early ??
            (await this.octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
                ...this.repo,
                username: user,
            })).data;
        // role_name is precise (triage, maintain); `permission` folds them into read and write.
        const role = data.role_name;
        if (role && PERMISSIONS.includes(role))
            return role;
        const legacy = data.permission;
        if (PERMISSIONS.includes(legacy))
            return legacy;
        throw new Error(`the permission is \`${legacy}\``);
    }
    async isTeamMember(org, teamSlug, user) {
        try {
            const { data } = await this.octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
                org,
                team_slug: teamSlug,
                username: user,
            });
            return data.state === 'active';
        }
        catch (error) {
            if (error.status === 404)
                return false;
            throw error;
        }
    }
    async listComments(issue) {
        const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...this.repo,
            issue_number: issue,
            per_page: 100,
        });
        return data.map(toComment);
    }
    async createComment(issue, body, marker) {
        for (let attempt = 0;; attempt++) {
            try {
                const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                    ...this.repo,
                    issue_number: issue,
                    body,
                });
                return toComment(data);
            }
            catch (error) {
                const status = error.status;
                // A 4xx means nothing was created; anything else may have created it: look before trying again.
                if (status !== undefined && status < 500)
                    throw error;
                const existing = await this.findComment(issue, marker).catch(() => undefined);
                if (existing)
                    return existing;
                if (attempt >= this.policy.serverRetries)
                    throw error;
                const wait = this.policy.baseDelayMs * 2 ** attempt;
                this.notice(`Creating the comment failed (${status ?? 'no answer'}); trying again in ${wait / 1000} s.`);
                await sleep(wait);
            }
        }
    }
    async findComment(issue, marker) {
        const comments = await this.listComments(issue);
        return comments.find((c) => c.body.includes(marker));
    }
    async updateComment(commentId, body) {
        const { data } = await this.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...this.repo,
            comment_id: commentId,
            body,
        });
        return toComment(data);
    }
    async listOpenIssues() {
        const data = await this.octokit.paginate('GET /repos/{owner}/{repo}/issues', {
            ...this.repo,
            state: 'open',
            per_page: 100,
        });
        return data.filter((i) => !i.pull_request).map(toIssue);
    }
    async createIssue(title, body, marker) {
        for (let attempt = 0;; attempt++) {
            try {
                const { data } = await this.octokit.request('POST /repos/{owner}/{repo}/issues', {
                    ...this.repo,
                    title,
                    body,
                });
                return toIssue(data);
            }
            catch (error) {
                const status = error.status;
                // A 4xx means nothing was created; anything else may have created it: look before trying again.
                if (status !== undefined && status < 500)
                    throw error;
                const existing = await this.listOpenIssues()
                    .then((issues) => issues.find((i) => i.body.includes(marker)))
                    .catch(() => undefined);
                if (existing)
                    return existing;
                if (attempt >= this.policy.serverRetries)
                    throw error;
                const wait = this.policy.baseDelayMs * 2 ** attempt;
                this.notice(`Opening the issue failed (${status ?? 'no answer'}); trying again in ${wait / 1000} s.`);
                await sleep(wait);
            }
        }
    }
    async addIssueReaction(issue, content) {
        await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/reactions', {
            ...this.repo,
            issue_number: issue,
            content,
        });
    }
    async addCommentReaction(commentId, content) {
        await this.octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
            ...this.repo,
            comment_id: commentId,
            content,
        });
    }
    async addLabels(issue, labels) {
        await this.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
            ...this.repo,
            issue_number: issue,
            labels,
        });
    }
    async removeLabel(issue, label) {
        try {
            await this.octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
                ...this.repo,
                issue_number: issue,
                name: label,
            });
        }
        catch (error) {
            if (error.status !== 404)
                throw error;
        }
    }
    async cancelWorkflowRun(runId) {
        await this.octokit.request('POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel', {
            ...this.repo,
            run_id: Number(runId),
        });
    }
    async findOpenPullRequest(repo, head, base) {
        const { data } = await this.contentOctokit.request('GET /repos/{owner}/{repo}/pulls', {
            ...repo,
            head: `${repo.owner}:${head}`,
            base,
            state: 'open',
            per_page: 10,
        });
        const found = data.find((pr) => pr.head.ref === head && pr.base.ref === base);
        return found ? toPull(found) : undefined;
    }
    async createPullRequest(repo, pr) {
        const { data } = await this.contentOctokit.request('POST /repos/{owner}/{repo}/pulls', {
            ...repo,
            ...pr,
        });
        return toPull(data);
    }
    async updatePullRequest(repo, number, pr) {
        const { data } = await this.contentOctokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
            ...repo,
            pull_number: number,
            ...pr,
        });
        return toPull(data);
    }
    async addPullRequestLabels(repo, number, labels) {
        if (labels.length === 0)
            return;
        await this.contentOctokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
            ...repo,
            issue_number: number,
            labels,
        });
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
;// CONCATENATED MODULE: ./src/shared/paths.ts


/** Whether `candidate` lies strictly inside `root` (both absolute). */
function isInside(root, candidate) {
    const rel = external_node_path_.relative(root, candidate);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !external_node_path_.isAbsolute(rel);
}
/** Whether anything (a file, a folder, a link, even a broken one) is at `file`. */
async function exists(file) {
    return (await (0,promises_.lstat)(file).catch(() => undefined)) !== undefined;
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/adapters/github/zip-writer.ts
/**
 * Writes a ZIP archive (APPNOTE.TXT) as a stream of buffers, with Node's own zlib and fs, in place of the
 * `archiver` library and its megabytes of code: the artifact upload sends each buffer on as it comes.
 *
 * - Streaming: each file is read in chunks, its CRC-32 and sizes counted on the way, and written after its
 *   local header (general-purpose bit 3: the sizes follow the data, in a data descriptor). Only the central
 *   directory (46 bytes and the name an entry) is kept until the end; a multi-GiB file never sits in memory.
 * - ZIP64: a file bigger than `zip64Above` is marked ZIP64 in its local header (8-byte sizes in its data
 *   descriptor); sizes and offsets past 4 GiB go to ZIP64 extra fields in the central directory, and a
 *   ZIP64 end record is written when the directory's offset, size or entry count need it.
 * - Names are UTF-8 (bit 11); Unix modes and mtimes (as DOS local time) are kept.
 */



const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
/** Deflate's worst case grows data by some 0.03% (zlib's deflateBound): 16 MiB of margin covers it. */
const ZIP64_ABOVE = 0xff000000;
const CHUNK = 256 * 1024;
/** The archive's bytes, in order, as they are produced. Never holds a whole file in memory. */
async function* zipStream(entries, options = {}) {
    const level = options.level ?? 6;
    if (!Number.isInteger(level) || level < 0 || level > 9)
        throw new Error(`zip level ${level} is not 0–9`);
    const zip64Above = options.zip64Above ?? ZIP64_ABOVE;
    checkNames(entries);
    const written = [];
    let offset = 0;
    for (const entry of entries) {
        const file = await openEntry(entry);
        try {
            const w = {
                name: Buffer.from(entry.name, 'utf8'),
                zip64: file.stats.size > zip64Above,
                method: level === 0 ? 0 : 8,
                modified: dosDateTime(file.stats.mtime),
                mode: file.stats.mode & 0o777,
                crc: 0,
                size: 0,
                compressedSize: 0,
                offset,
            };
            const header = localHeader(w);
            yield header;
            try {
                for await (const chunk of content(file.handle, level, w)) {
                    w.compressedSize += chunk.length;
                    yield chunk;
                }
            }
            catch (error) {
                throw cannotAdd(entry.name, error);
            }
            const descriptor = dataDescriptor(w);
            yield descriptor;
            offset += header.length + w.compressedSize + descriptor.length;
            written.push(w);
        }
        finally {
            await file.handle.close();
        }
    }
    const directory = Buffer.concat(written.map(centralHeader));
    yield directory;
    const count = written.length;
    if (zip64Above < 0 || count >= MAX16 || offset >= MAX32 || directory.length >= MAX32) {
        const record = Buffer.alloc(56 + 20);
        record.writeUInt32LE(0x06064b50, 0);
        record.writeBigUInt64LE(44n, 4);
        record.writeUInt16LE((3 << 8) | 45, 12);
        record.writeUInt16LE(45, 14);
        record.writeBigUInt64LE(BigInt(count), 24);
        record.writeBigUInt64LE(BigInt(count), 32);
        record.writeBigUInt64LE(BigInt(directory.length), 40);
        record.writeBigUInt64LE(BigInt(offset), 48);
        // The locator: where the ZIP64 end record is, on disk 0 of 1.
        record.writeUInt32LE(0x07064b50, 56);
        record.writeBigUInt64LE(BigInt(offset + directory.length), 64);
        record.writeUInt32LE(1, 72);
        yield record;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, MAX16), 8);
    end.writeUInt16LE(Math.min(count, MAX16), 10);
    end.writeUInt32LE(Math.min(directory.length, MAX32), 12);
    end.writeUInt32LE(Math.min(offset, MAX32), 16);
    yield end;
}
function checkNames(entries) {
    const seen = new Set();
    for (const { name } of entries) {
        const problem = nameProblem(name) ?? (seen.has(name) ? 'it is there already' : undefined);
        if (problem)
            throw new Error(`cannot add ${JSON.stringify(name)} to the archive: ${problem}`);
        seen.add(name);
    }
}
function nameProblem(name) {
    if (name === '')
        return 'the name is empty';
    if (name.startsWith('/'))
        return 'the name is absolute';
    if (name.includes('\\'))
        return "the name has a '\\' (the separator is '/')";
    if (name.includes('\0'))
        return 'the name has a NUL character';
    const segments = name.split('/');
    if (segments.includes('..'))
        return "the name has a '..' segment";
    if (segments.some((segment) => segment === '' || segment === '.'))
        return "the name has an empty or '.' segment";
    if (Buffer.byteLength(name) > MAX16)
        return 'the name is longer than 65535 bytes';
    return undefined;
}
function cannotAdd(name, error) {
    // Not `instanceof Error`: fs errors may come from another realm (as under jest).
    const message = error?.message;
    const reason = typeof message === 'string' ? message : String(error);
    return new Error(`cannot add ${name} to the archive: ${reason}`, { cause: error });
}
/** Opens the file (following links) and stats that very file, once. */
async function openEntry(entry) {
    let handle;
    try {
        handle = await (0,promises_.open)(entry.source, 'r');
        const stats = await handle.stat();
        if (!stats.isFile())
            throw new Error(`${entry.source} is ${stats.isDirectory() ? 'a directory' : 'not a regular file'}`);
        return { handle, stats };
    }
    catch (error) {
        await handle?.close();
        throw cannotAdd(entry.name, error);
    }
}
/** The entry's data as stored: deflated, or as read at level 0. Counts the CRC and size of what was read. */
async function* content(handle, level, w) {
    const input = handle.createReadStream({ highWaterMark: CHUNK, autoClose: false });
    async function* counted(chunks) {
        for await (const chunk of chunks) {
            w.crc = (0,external_node_zlib_.crc32)(chunk, w.crc);
            w.size += chunk.length;
            yield chunk;
        }
    }
    if (level === 0) {
        yield* counted(input);
        return;
    }
    const deflate = (0,external_node_zlib_.createDeflateRaw)({ level });
    const feeding = (0,external_node_stream_promises_.pipeline)(input, counted, deflate);
    // A failed read destroys the deflate with its error, which ends the loop below; the rejection is not lost.
    feeding.catch(() => undefined);
    for await (const chunk of deflate)
        yield chunk;
    await feeding;
}
/** MS-DOS date and time, in local time and 2-second steps, from 1980 (earlier times are 1980-01-01). */
function dosDateTime(mtime) {
    if (mtime.getFullYear() < 1980)
        return (((1 << 5) | 1) << 16) >>> 0;
    const date = ((Math.min(mtime.getFullYear(), 2107) - 1980) << 9) | ((mtime.getMonth() + 1) << 5) | mtime.getDate();
    const time = (mtime.getHours() << 11) | (mtime.getMinutes() << 5) | (mtime.getSeconds() >> 1);
    return ((date << 16) | time) >>> 0;
}
/** The fields the local header and the central directory share: version needed to name length. */
function common(w, version, header, at) {
    header.writeUInt16LE(version, at);
    header.writeUInt16LE(0x0808, at + 2); // bit 3: sizes in the data descriptor; bit 11: UTF-8 name
    header.writeUInt16LE(w.method, at + 4);
    header.writeUInt32LE(w.modified, at + 6);
    header.writeUInt16LE(w.name.length, at + 22);
}
function localHeader(w) {
    // A ZIP64 entry says so with a ZIP64 extra field; its sizes (zero here) come after the data, 8 bytes each.
    const extra = w.zip64 ? zip64Extra([0, 0]) : Buffer.alloc(0);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    common(w, w.zip64 ? 45 : 20, header, 4);
    if (w.zip64)
        header.fill(0xff, 18, 26);
    header.writeUInt16LE(extra.length, 28);
    return Buffer.concat([header, w.name, extra]);
}
function dataDescriptor(w) {
    const descriptor = Buffer.alloc(w.zip64 ? 24 : 16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(w.crc, 4);
    if (w.zip64) {
        descriptor.writeBigUInt64LE(BigInt(w.compressedSize), 8);
        descriptor.writeBigUInt64LE(BigInt(w.size), 16);
    }
    else if (w.size > MAX32 || w.compressedSize > MAX32) {
        throw cannotAdd(w.name.toString(), new Error('the file grew past 4 GiB while it was read'));
    }
    else {
        descriptor.writeUInt32LE(w.compressedSize, 8);
        descriptor.writeUInt32LE(w.size, 12);
    }
    return descriptor;
}
function centralHeader(w) {
    // A field that does not fit (or any of a ZIP64 entry's) is 0xffffffff, its value in the ZIP64 extra field.
    const big = (value) => w.zip64 || value >= MAX32;
    const extra = zip64Extra([w.size, w.compressedSize, w.offset].filter(big));
    const version = extra.length > 0 ? 45 : 20;
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE((3 << 8) | version, 4); // made by: Unix
    common(w, version, header, 6);
    header.writeUInt32LE(w.crc, 16);
    header.writeUInt32LE(big(w.compressedSize) ? MAX32 : w.compressedSize, 20);
    header.writeUInt32LE(big(w.size) ? MAX32 : w.size, 24);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(((0o100000 | w.mode) << 16) >>> 0, 38);
    header.writeUInt32LE(big(w.offset) ? MAX32 : w.offset, 42);
    return Buffer.concat([header, w.name, extra]);
}
/** The ZIP64 extended information extra field (0x0001) with these 8-byte values, or nothing if none. */
function zip64Extra(values) {
    if (values.length === 0)
        return Buffer.alloc(0);
    const extra = Buffer.alloc(4 + 8 * values.length);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8 * values.length, 2);
    values.forEach((value, i) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * i));
    return extra;
}

;// CONCATENATED MODULE: ./src/adapters/github/artifact-upload.ts
/**
 * Uploads one artifact to the Actions results service, as `@actions/artifact` does (artifact version 7, a
 * zip), with only what the action already loads: `@actions/http-client` (the runner's proxy settings
 * included), zlib and the streaming zip writer beside this file. The library itself brings some 5 MB of
 * JavaScript (the Azure storage SDK, archiver, protobuf runtime), which every run paid for to upload a record
 * of a few kilobytes; it is still used where the action downloads (gather).
 *
 * The protocol: `CreateArtifact` (twirp, JSON) answers a signed blob URL; the zip goes there in 8 MiB blocks
 * (`Put Block`, then `Put Block List`), or in one `Put Blob` when it fits in one; `FinalizeArtifact` gets the
 * size and the SHA-256 of the zip and answers the artifact's id. Every request is retried where that is safe
 * (see retry.ts); the signed URL is never printed.
 */







const TWIRP_SERVICE = 'github.actions.results.api.v1.ArtifactService';
const BLOCK_BYTES = 8 * 1024 * 1024;
/** Blocks on their way to storage at once, while the zip goes on. */
const BLOCKS_IN_FLIGHT = 2;
const BLOB_API_VERSION = '2024-11-04';
/** A request that stays silent this long is given up (and tried again where that is safe). */
const SOCKET_TIMEOUT_MS = 300_000;
/** A failed request: what the service said, never the URL it was sent to. */
class ArtifactUploadError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ArtifactUploadError';
    }
}
/** Uploads `files` (absolute paths under `rootDir`) as the zip artifact `name` of this job. */
async function uploadArtifact(name, rootDir, files, options = {}) {
    const env = options.env ?? process.env;
    checkArtifactName(name);
    const entries = zipEntries(rootDir, files);
    const token = env.ACTIONS_RUNTIME_TOKEN;
    const resultsUrl = env.ACTIONS_RESULTS_URL;
    if (!token || !resultsUrl) {
        throw new ArtifactUploadError(isEnterpriseServer(env.GITHUB_SERVER_URL)
            ? 'this GitHub Enterprise Server offers no artifact service of version 4 (the one actions/upload-artifact@v4 uses), so the outputs cannot be uploaded.'
            : 'ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set: artifacts can be uploaded only in a workflow job.');
    }
    const ids = backendIds(token);
    const http = new lib/* HttpClient */.Qq('script-dispatcher', [], {
        socketTimeout: options.timeoutMs ?? SOCKET_TIMEOUT_MS,
        keepAlive: true,
    });
    const send = sender(http, options);
    try {
        const twirp = async (method, body) => {
            const url = new URL(`/twirp/${TWIRP_SERVICE}/${method}`, new URL(resultsUrl).origin).href;
            const answer = await send(method, 'POST', url, JSON.stringify(body), {
                'Content-Type': 'application/json',
                Authorization: `Bearer ${token}`,
            });
            const parsed = parseJson(answer);
            if (parsed?.ok !== true)
                throw new ArtifactUploadError(`${method}: the results service did not accept it.`);
            return parsed;
        };
        const created = await twirp('CreateArtifact', {
            workflow_run_backend_id: ids.run,
            workflow_job_run_backend_id: ids.job,
            name,
            mime_type: 'application/zip',
            version: 7,
        });
        const blobUrl = created.signed_upload_url;
        if (typeof blobUrl !== 'string' || !blobUrl) {
            throw new ArtifactUploadError('CreateArtifact: the results service gave no upload URL.');
        }
        const { size, sha256 } = await uploadBlob(send, blobUrl, zipStream(entries, { level: options.level }));
        const finalized = await twirp('FinalizeArtifact', {
            workflow_run_backend_id: ids.run,
            workflow_job_run_backend_id: ids.job,
            name,
            size: String(size),
            hash: `sha256:${sha256}`,
        });
        const id = Number(finalized.artifact_id);
        if (!Number.isSafeInteger(id))
            throw new ArtifactUploadError('FinalizeArtifact: no artifact id in the answer.');
        return { id, size, digest: `sha256:${sha256}` };
    }
    finally {
        http.dispose();
    }
}
/**
 * A server other than github.com, a GHE.com tenant or a local one (as `@actions/artifact` tells them apart).
 */
function isEnterpriseServer(serverUrl) {
    if (!serverUrl)
        return false;
    try {
        const host = new URL(serverUrl).hostname.toLowerCase();
        return !(host === 'github.com' ||
            host.endsWith('.ghe.com') ||
            host === 'localhost' ||
            host.endsWith('.localhost'));
    }
    catch {
        return false;
    }
}
/** Characters the artifact service refuses in a name. */
const BAD_NAME = /[":<>|*?\r\n\\/]/;
function checkArtifactName(name) {
    if (!name || BAD_NAME.test(name)) {
        throw new ArtifactUploadError(`${JSON.stringify(name)} cannot be an artifact name: it must not be empty nor contain " : < > | * ? \\ / or a line break.`);
    }
}
function zipEntries(rootDir, files) {
    const root = external_node_path_default().resolve(rootDir);
    return files.map((file) => {
        const full = external_node_path_default().resolve(file);
        if (!isInside(root, full)) {
            throw new ArtifactUploadError(`${file} is not inside ${root}, the directory being uploaded.`);
        }
        return { source: file, name: external_node_path_default().relative(root, full).split((external_node_path_default()).sep).join('/') };
    });
}
/** The run's and the job's backend ids, from the runtime token's `Actions.Results:<run>:<job>` scope. */
function backendIds(token) {
    let scopes;
    try {
        const payload = token.split('.')[1] ?? '';
        scopes = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).scp;
    }
    catch {
        scopes = undefined;
    }
    for (const scope of typeof scopes === 'string' ? scopes.split(' ') : []) {
        const parts = scope.split(':');
        if (parts[0] === 'Actions.Results' && parts.length === 3 && parts[1] && parts[2]) {
            return { run: parts[1], job: parts[2] };
        }
    }
    throw new ArtifactUploadError('ACTIONS_RUNTIME_TOKEN holds no Actions.Results scope: it is not a runtime token.');
}
/** One request, tried again after a dropped connection, a server error or a rate limit (retry.ts). */
function sender(http, options) {
    const policy = options.policy ?? DEFAULT_RETRY_POLICY;
    return async (what, method, url, body, headers) => {
        for (let attempt = 0;; attempt++) {
            let status;
            let message;
            let answerHeaders = {};
            try {
                const sent = Buffer.isBuffer(body) ? external_node_stream_.Readable.from([body]) : body;
                const length = String(Buffer.byteLength(body));
                const response = await http.request(method, url, sent, {
                    ...headers,
                    'Content-Length': length,
                });
                const text = await response.readBody();
                status = response.message.statusCode;
                if (status !== undefined && status >= 200 && status < 300)
                    return text;
                answerHeaders = flatHeaders(response.message.headers);
                message = `${what} failed: ${status ?? '?'} ${serviceMessage(text) ?? response.message.statusMessage ?? ''}`;
            }
            catch (error) {
                // Some errors quote the request's path: its query (the blob URL's signature) goes.
                const query = new URL(url).search;
                message = `${what} failed: ${String(error.message)
                    .split(query || '\0')
                    .join('')}`;
            }
            const wait = retryDelay({ method, url: new URL(url).pathname, status, headers: answerHeaders, message }, attempt, policy);
            if (wait === undefined)
                throw new ArtifactUploadError(message.trim());
            options.notice?.(`${message.trim()}; trying again in ${Math.round(wait / 100) / 10} s.`);
            await new Promise((resolve) => setTimeout(resolve, wait));
        }
    };
}
function flatHeaders(headers) {
    const out = {};
    for (const [key, value] of Object.entries(headers))
        out[key] = Array.isArray(value) ? value.join(', ') : value;
    return out;
}
/** The useful part of an error body: twirp's `msg`, or Azure's `<Message>`. */
function serviceMessage(text) {
    const twirp = parseJson(text)?.msg;
    if (typeof twirp === 'string')
        return twirp;
    return /<Message>([^<]*)<\/Message>/.exec(text)?.[1]?.split('\n')[0];
}
function parseJson(text) {
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Streams the zip to the signed blob URL: one `Put Blob` when it fits in a block, else blocks (two on their
 * way at once) and the block list. Answers the zip's size and SHA-256.
 */
async function uploadBlob(send, blobUrl, zip) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const blockIds = [];
    const inFlight = new Set();
    let failed;
    let size = 0;
    // What the zip gave since the last block (a small zip never makes an 8 MiB buffer).
    let pending = [];
    let filled = 0;
    const withQuery = (query) => `${blobUrl}${blobUrl.includes('?') ? '&' : '?'}${query}`;
    const common = { 'x-ms-version': BLOB_API_VERSION };
    const putBlock = async (bytes) => {
        // Ids of one length, as Azure requires: the block's number, zero-padded.
        const id = Buffer.from(String(blockIds.length).padStart(8, '0')).toString('base64');
        blockIds.push(id);
        const sending = send('Uploading a block of the artifact', 'PUT', withQuery(`comp=block&blockid=${encodeURIComponent(id)}`), bytes, common)
            .catch((error) => {
            failed ??= error;
        })
            .finally(() => inFlight.delete(sending));
        inFlight.add(sending);
        if (inFlight.size >= BLOCKS_IN_FLIGHT)
            await Promise.race(inFlight);
        if (failed)
            throw failed;
    };
    for await (const chunk of zip) {
        hash.update(chunk);
        size += chunk.length;
        pending.push(chunk);
        filled += chunk.length;
        while (filled >= BLOCK_BYTES) {
            const joined = Buffer.concat(pending, filled);
            await putBlock(joined.subarray(0, BLOCK_BYTES));
            pending = filled > BLOCK_BYTES ? [joined.subarray(BLOCK_BYTES)] : [];
            filled -= BLOCK_BYTES;
        }
    }
    const last = Buffer.concat(pending, filled);
    if (blockIds.length === 0) {
        await send('Uploading the artifact', 'PUT', blobUrl, last, {
            ...common,
            'x-ms-blob-type': 'BlockBlob',
            'x-ms-blob-content-type': 'application/zip',
        });
    }
    else {
        if (filled > 0)
            await putBlock(last);
        await Promise.all(inFlight);
        if (failed)
            throw failed;
        const list = blockIds.map((id) => `<Latest>${id}</Latest>`).join('');
        await send('Committing the artifact', 'PUT', withQuery('comp=blocklist'), `<?xml version="1.0" encoding="utf-8"?><BlockList>${list}</BlockList>`, {
            ...common,
            'Content-Type': 'application/xml',
            'x-ms-blob-content-type': 'application/zip',
        });
    }
    return { size, sha256: hash.digest('hex') };
}

;// CONCATENATED MODULE: ./src/adapters/github/artifact-store.ts

/** Uploads a job's outputs as an artifact of this workflow run (artifact-upload.ts). */
class ActionsArtifactStore {
    runUrl;
    notice;
    constructor(runUrl, notice) {
        this.runUrl = runUrl;
        this.notice = notice;
    }
    async upload(name, rootDir, files) {
        const { id } = await uploadArtifact(name, rootDir, files, { notice: this.notice });
        return { id: String(id), url: `${this.runUrl}/artifacts/${id}` };
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/publish/outputs.ts




/**
 * Lists the regular files under `dir`. A symbolic link is followed only when it resolves to a regular file
 * inside `dir`; links that lead outside (or to directories) are never uploaded. The same for hard links: a
 * file whose inode has more names than the directory holds is also linked from outside, and left out.
 */
async function collectOutputs(dir) {
    const result = { root: dir, files: [], relative: [], bytes: 0, skipped: [] };
    /** Every file found (links resolved), with its inode: hard links are judged once all names are known. */
    const found = [];
    let root;
    try {
        root = await external_node_fs_.promises.realpath(dir);
    }
    catch {
        return result;
    }
    result.root = root;
    const walk = async (current) => {
        const entries = await external_node_fs_.promises.readdir(current, { withFileTypes: true });
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const full = external_node_path_.join(current, entry.name);
            const rel = external_node_path_.relative(root, full).split(external_node_path_.sep).join('/');
            if (entry.isDirectory()) {
                await walk(full);
            }
            else if (entry.isFile()) {
                found.push({ full, rel, stat: await external_node_fs_.promises.lstat(full), how: 'a hard link to' });
            }
            else if (entry.isSymbolicLink()) {
                let real;
                try {
                    real = await external_node_fs_.promises.realpath(full);
                }
                catch {
                    result.skipped.push(`${rel}: a link to nothing`);
                    continue;
                }
                if (!isInside(root, real)) {
                    result.skipped.push(`${rel}: a link to outside the output directory`);
                    continue;
                }
                const stat = await external_node_fs_.promises.stat(real);
                if (!stat.isFile()) {
                    result.skipped.push(`${rel}: a link to a directory`);
                    continue;
                }
                found.push({ full, rel, stat, how: 'a link to a hard link to' });
            }
            else {
                result.skipped.push(`${rel}: not a regular file`);
            }
        }
    };
    await walk(root);
    // Names of each inode inside the directory; fewer than its link count: another name is outside.
    const inode = (stat) => `${stat.dev}:${stat.ino}`;
    const names = new Map();
    for (const { stat, full, how } of found) {
        if (how !== 'a hard link to')
            continue;
        const key = inode(stat);
        names.set(key, (names.get(key) ?? new Set()).add(full));
    }
    for (const { full, rel, stat, how } of found) {
        if (stat.nlink > (names.get(inode(stat))?.size ?? 0)) {
            result.skipped.push(`${rel}: ${how} a file outside the output directory`);
            continue;
        }
        result.files.push(full);
        result.relative.push(rel);
        result.bytes += stat.size;
    }
    return result;
}
/** The `outputs.expect` globs that match none of the files. */
function missingExpected(expect, relative) {
    return expect.filter((glob) => {
        const matches = picomatch_default()(glob, { dot: true });
        return !relative.some((file) => matches(file));
    });
}

;// CONCATENATED MODULE: ./src/shared/pattern.ts
/** The `pattern` of a text argument: a JavaScript regular expression the whole value must match. */
/** Compiles `pattern` so that it matches whole values only. Throws a SyntaxError when it is not valid. */
function wholeValuePattern(pattern) {
    // Compiled alone first, so a pattern such as `a)(b` cannot pass by closing the group around it.
    new RegExp(pattern);
    return new RegExp(`^(?:${pattern})$`);
}

;// CONCATENATED MODULE: ./src/shared/own.ts
/**
 * Lookups by a name someone else chose (a request, a manifest) never reach an object's prototype: `constructor`,
 * `__proto__` and `toString` are names like any other.
 */
/** An empty record with no prototype: every key, `__proto__` included, is an ordinary own key. */
function dict() {
    return Object.create(null);
}
/** `record[key]` when it is the record's own property, else undefined. */
function own(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
/** Sets `record[key]` as an own, enumerable property, whatever the key (`__proto__` included). */
function setOwn(record, key, value) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

;// CONCATENATED MODULE: ./src/shared/similar.ts
/** Finds the name a user probably meant ("did you mean …?"). */
/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one edit each. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/**
 * The candidate closest to `given` when it is a near miss: the same ignoring case, or within about one edit
 * per three characters. Undefined when nothing is close.
 */
function closest(given, candidates) {
    if (given.length > 200)
        return undefined;
    const lower = given.toLowerCase();
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        const limit = Math.max(1, Math.floor(Math.max(given.length, candidate.length) / 3));
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/args/check.ts




/**
 * Checks every argument at once. An argument is absent when it is missing, null, or (except textarea) blank;
 * an absent argument takes its default, and is a problem when it is required and has none. Unknown names are
 * problems too.
 */
function checkArgs(args, raw, options = {}) {
    const values = dict();
    const problems = [];
    const given = raw !== null && typeof raw === 'object' ? raw : {};
    const known = new Set(args.map((spec) => spec.name));
    for (const name of Object.keys(given)) {
        if (!known.has(name))
            problems.push(unknownArgument(name, args));
    }
    for (const spec of args) {
        const value = Object.hasOwn(given, spec.name) ? given[spec.name] : undefined;
        if (!isAbsent(spec, value)) {
            const outcome = checkValue(spec, value, options);
            if (outcome.ok)
                values[spec.name] = outcome.value;
            else
                problems.push({ field: spec.name, message: `${argLabel(spec)} ${outcome.why}`, fix: outcome.fix });
        }
        else if (spec.default !== undefined) {
            const outcome = checkValue(spec, spec.default, options);
            if (outcome.ok)
                values[spec.name] = outcome.value;
            else {
                problems.push({
                    field: spec.name,
                    message: `The default of ${argLabel(spec).replace(/^Argument/, 'argument')} in the manifest ${outcome.why}`,
                    fix: 'Give a value for it, and ask a maintainer to fix its `default` in the manifest.',
                });
            }
        }
        else if (spec.required) {
            problems.push({
                field: spec.name,
                message: `${argLabel(spec)} is required, but no value was given.`,
                fix: accepted(spec),
            });
        }
    }
    return { values, problems };
}
function isAbsent(spec, value) {
    if (value === undefined || value === null)
        return true;
    if (typeof value !== 'string')
        return false;
    return spec.type === 'textarea' ? value === '' : value.trim() === '';
}
function checkValue(spec, value, options) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        const what = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : typeof value;
        return {
            ok: false,
            why: `must be a single value, got ${what} ${showValue(value)}.`,
            fix: accepted(spec),
        };
    }
    if (typeof value === 'string' && value.includes('\u0000')) {
        return {
            ok: false,
            why: `contains a NUL character, which cannot be passed to a script: ${showValue(value)}.`,
            fix: 'Remove the NUL character (`\\u0000`) from the value.',
        };
    }
    switch (spec.type) {
        case 'text':
            return checkText(spec, String(value).trim());
        case 'textarea':
            return { ok: true, value: String(value) };
        case 'number':
            return checkNumber(spec, value);
        case 'boolean':
            return checkBoolean(spec, value);
        case 'choice':
            return checkChoice(spec, String(value).trim());
        case 'csv':
        case 'file':
            if (typeof value !== 'string') {
                return {
                    ok: false,
                    why: `must be ${spec.type === 'csv' ? 'CSV content' : 'file content'} or a link to a file, got ${showValue(value)}.`,
                    fix: accepted(spec),
                };
            }
            return { ok: true, value: pendingContent(value, options) };
        default:
            return { ok: false, why: `has a type the dispatcher does not know: ${showValue(spec.type)}.` };
    }
}
function checkText(spec, text) {
    if (spec.pattern === undefined)
        return { ok: true, value: text };
    const pattern = compile(spec.pattern);
    if (!pattern) {
        return {
            ok: false,
            why: `cannot be checked: its pattern ${code(spec.pattern)} in the manifest is not a valid regular expression.`,
            fix: 'Ask a maintainer to fix the `pattern` of this argument in the manifest.',
        };
    }
    if (!pattern.test(text)) {
        return {
            ok: false,
            why: `does not match the pattern ${code(spec.pattern)}: ${showValue(text)}.`,
            fix: accepted(spec),
        };
    }
    return { ok: true, value: text };
}
/** The pattern anchored to the whole value, compiled as the manifest check compiles it. */
function compile(pattern) {
    try {
        return wholeValuePattern(pattern);
    }
    catch {
        return undefined;
    }
}
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function checkNumber(spec, value) {
    let number;
    if (typeof value === 'number')
        number = value;
    else if (typeof value === 'string' && DECIMAL.test(value.trim()))
        number = Number(value.trim());
    else
        return { ok: false, why: `must be a number, got ${showValue(value)}.`, fix: accepted(spec) };
    if (!Number.isFinite(number)) {
        return { ok: false, why: `must be a finite number, got ${showValue(value)}.`, fix: accepted(spec) };
    }
    if (spec.min !== undefined && number < spec.min) {
        return { ok: false, why: `must be at least ${spec.min}, got ${showValue(value)}.`, fix: accepted(spec) };
    }
    if (spec.max !== undefined && number > spec.max) {
        return { ok: false, why: `must be at most ${spec.max}, got ${showValue(value)}.`, fix: accepted(spec) };
    }
    return { ok: true, value: number };
}
const TRUE_WORDS = new Set(['true', 'yes', 'on', '1', '[x]']);
const FALSE_WORDS = new Set(['false', 'no', 'off', '0', '[ ]']);
function checkBoolean(spec, value) {
    if (typeof value === 'boolean')
        return { ok: true, value };
    const word = String(value).trim().toLowerCase();
    if (TRUE_WORDS.has(word))
        return { ok: true, value: true };
    if (FALSE_WORDS.has(word))
        return { ok: true, value: false };
    return { ok: false, why: `must be ${BOOLEAN_WORDS}, got ${showValue(value)}.`, fix: accepted(spec) };
}
function checkChoice(spec, text) {
    const options = spec.options ?? [];
    if (options.includes(text))
        return { ok: true, value: text };
    const folded = options.filter((option) => option.toLowerCase() === text.toLowerCase());
    if (folded.length === 1)
        return { ok: true, value: folded[0] };
    const near = closest(text, options);
    return {
        ok: false,
        why: `must be one of ${list(options)}, got ${showValue(text)}.`,
        fix: near !== undefined ? `Did you mean ${code(near)}? ${accepted(spec)}` : accepted(spec),
    };
}
/**
 * A csv/file value: a link alone (bare, `<link>` or a Markdown link `[name](link)`), `@path` when local files
 * are allowed, or inline content.
 */
function pendingContent(value, options = {}) {
    const trimmed = value.trim();
    if (options.localFiles && /^@[^\n]+$/.test(trimmed))
        return { kind: 'local', path: trimmed.slice(1).trim() };
    const url = linkAlone(trimmed);
    if (url !== undefined)
        return { kind: 'url', url };
    return inlineContent(value);
}
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/;
function linkAlone(text) {
    if (SCHEME.test(text))
        return text;
    const angle = /^<(\S+)>$/.exec(text);
    if (angle && SCHEME.test(angle[1]))
        return angle[1];
    const markdown = /^!?\[[^\]\n]*\]\(\s*<?(\S+?)>?(?:\s+"[^"\n]*")?\s*\)$/.exec(text);
    if (markdown && SCHEME.test(markdown[1]))
        return markdown[1];
    return undefined;
}
/**
 * Content given inline. Line breaks become `\n`; one fenced block around the whole value (```lang … ```) is
 * removed and its info string kept as `lang`. Without a fence, blank lines around the content are removed.
 */
function inlineContent(value) {
    const text = value.replace(/\r\n?/g, '\n');
    const lines = text
        .replace(/^(?:[ \t]*\n)+/, '')
        .replace(/\s+$/, '')
        .split('\n');
    const opening = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\s`]*)[^`]*$/.exec(lines[0] ?? '');
    if (opening) {
        const fence = opening[1];
        const last = lines.length > 1 ? lines[lines.length - 1].trim() : '';
        const closed = last.length >= fence.length && [...last].every((c) => c === fence[0]);
        const body = lines.slice(1, closed ? -1 : undefined);
        const content = body.length > 0 ? `${body.join('\n')}\n` : '';
        return opening[2]
            ? { kind: 'inline', text: content, lang: opening[2] }
            : { kind: 'inline', text: content };
    }
    const content = lines.join('\n');
    return { kind: 'inline', text: content === '' ? '' : `${content}\n` };
}
function unknownArgument(name, args) {
    const names = args.map((spec) => spec.name);
    if (names.length === 0) {
        return {
            field: name,
            message: `There is no argument ${showValue(name)}: this script takes no arguments.`,
            fix: 'Remove it.',
        };
    }
    const byTitle = args.find((spec) => normalize(spec.title) === normalize(name) && normalize(name) !== '');
    const near = byTitle?.name ?? closest(name, names);
    return {
        field: name,
        message: `There is no argument ${showValue(name)}.`,
        fix: (near !== undefined ? `Did you mean ${code(near)}? ` : '') +
            `The arguments of this script are ${list(names)}.`,
    };
}
function normalize(text) {
    return (text ?? '').toLowerCase().replace(/[\s_-]+/g, '');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/manifest/locate.ts
/**
 * Where a value of the manifest is in its YAML text: turns a path such as `scripts.link_checker.mode`
 * into a line and column, so every problem can point at the key or value it is about.
 */

/** `scripts.link_checker.command[2]`; the root is "the manifest". */
function describePath(path) {
    if (path.length === 0)
        return 'the manifest';
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
/** Splits an ajv instancePath (`/scripts/a~1b/command/2`) into a path; list indexes become numbers. */
function pointerToPath(pointer, data) {
    if (pointer === '')
        return [];
    const path = [];
    let value = data;
    for (const raw of pointer.slice(1).split('/')) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(value)) {
            const index = Number(segment);
            path.push(index);
            value = value[index];
        }
        else {
            path.push(segment);
            value =
                value !== null && typeof value === 'object' ? value[segment] : undefined;
        }
    }
    return path;
}
function createLocator(doc, lineCounter, file) {
    const position = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const resolve = (node) => ((0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node);
    const start = (node) => {
        const range = node?.range;
        return range ? range[0] : undefined;
    };
    /**
     * A value on the line of its key: a scalar that is written out (not the empty value of `key:`) or a flow
     * collection (`[a, b]`, `{}`). A block collection starts on a later line, so its key says more.
     */
    const isInline = (node) => {
        const range = node?.range;
        if (!range)
            return false;
        if ((0,dist/* isScalar */.jn)(node))
            return range[1] > range[0];
        return ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && node.flow === true;
    };
    const at = (path, part = 'value') => {
        let node = resolve(doc.contents);
        let key;
        let found = true;
        for (const segment of path) {
            node = resolve(node);
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && keyText(p.key) === String(segment));
                if (!pair) {
                    found = false;
                    break;
                }
                key = pair.key;
                node = resolve(pair.value);
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number' && segment < node.items.length) {
                key = undefined;
                node = resolve(node.items[segment]);
            }
            else {
                found = false;
                break;
            }
        }
        let offset;
        if (found && part === 'key' && key)
            offset = start(key);
        else if (found && isInline(node))
            offset = start(node);
        else if (key)
            offset = start(key);
        else
            offset = start(node);
        return offset === undefined ? { file, line: 1, column: 1 } : position(offset);
    };
    return {
        at,
        problem: (path, part, message, fix) => ({
            message,
            ...(fix ? { fix } : {}),
            field: describePath(path),
            position: at(path, part),
        }),
    };
}
function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return String(key);
}

;// CONCATENATED MODULE: ./src/manifest/fan-out.ts
/**
 * `fan-out:` of a script (and of a flow: the same field, the same rules): what one request is split over
 * when it runs on many runners. The schema says the shape; these are the rules that need the rest of the
 * owner: the csv argument must exist and be of type csv, a leg has at least one row, and a targets fan-out
 * needs targets to fan out over.
 */


const fan_out_isMapping = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/**
 * Checks `owner['fan-out']`, where `owner` is a script or a flow as plain values at `base` (e.g.
 * `['scripts', 'compress']` or `['flows', 'audit']`). Wrong shapes are left to the schema.
 */
function checkFanOut(base, owner, report) {
    const fanOut = owner['fan-out'];
    const path = [...base, 'fan-out'];
    const where = `\`${describePath(path)}\``;
    if (fanOut === 'targets') {
        if (Array.isArray(owner.targets) && owner.targets.length === 0) {
            report(path, 'value', `${where} is \`targets\`, but \`${describePath([...base, 'targets'])}\` is empty: there is no target to fan out over.`, 'Name the targets in `targets`, or remove `fan-out`.');
        }
        return;
    }
    if (!fan_out_isMapping(fanOut))
        return;
    const csv = fanOut.csv;
    if (typeof csv === 'string' && csv !== '') {
        const args = fan_out_isMapping(owner.args) ? owner.args : {};
        const arg = args[csv];
        const csvArgs = Object.entries(args)
            .filter(([, spec]) => fan_out_isMapping(spec) && spec.type === 'csv')
            .map(([name]) => name);
        const fix = csvArgs.length
            ? `Name one of the csv arguments: ${csvArgs.map((n) => `\`${n}\``).join(', ')}.`
            : `Add an argument \`${csv}\` with \`type: csv\` under \`${describePath([...base, 'args'])}\`.`;
        if (arg === undefined) {
            const guess = closest(csv, csvArgs);
            report([...path, 'csv'], 'value', `${where} splits the argument \`${csv}\`, which \`${describePath(base)}\` does not have.`, guess ? `Did you mean \`${guess}\`?` : fix);
        }
        else if (fan_out_isMapping(arg) && typeof arg.type === 'string' && arg.type !== 'csv') {
            report([...path, 'csv'], 'value', `${where} splits the argument \`${csv}\`, which is a \`${arg.type}\` argument; only the rows of a \`csv\` argument can be split.`, csvArgs.length ? fix : `Make \`${csv}\` a \`type: csv\` argument, or fan out over \`targets\`.`);
        }
    }
    const rows = fanOut['rows-per-leg'];
    if (typeof rows === 'number' && !(Number.isInteger(rows) && rows >= 1)) {
        report([...path, 'rows-per-leg'], 'value', `\`${describePath([...path, 'rows-per-leg'])}\` is ${rows}; each leg needs at least 1 row.`, 'Set `rows-per-leg` to a whole number of 1 or more, e.g. `rows-per-leg: 500`.');
    }
}
/** The typed field from a checked `fan-out` value: `{fanOut}` to spread into a script or flow, or nothing. */
function buildFanOut(raw) {
    if (raw === undefined)
        return {};
    if (raw === 'targets')
        return { fanOut: { over: 'targets' } };
    return { fanOut: { over: 'csv', arg: raw.csv, rowsPerLeg: raw['rows-per-leg'] } };
}

;// CONCATENATED MODULE: ./src/manifest/paths.ts
/** How the manifest's relative paths are checked (`path`, `working-directory`, `outputs.path`, `notebook`). */
/** A path written as absolute (`/x`, `\x`, `~/x`, `C:x`), where the manifest wants a relative one. */
function looksAbsolute(value) {
    return /^([/\\~]|[A-Za-z]:)/.test(value);
}
/**
 * How many folders below its start the relative `paths`, one after the other, lead; -1 as soon as a `..`
 * leads above the start.
 */
function depthOf(...paths) {
    let depth = 0;
    for (const segment of paths.flatMap((p) => p.split(/[/\\]+/))) {
        if (segment === '..')
            depth -= 1;
        else if (segment !== '.' && segment !== '')
            depth += 1;
        if (depth < 0)
            return -1;
    }
    return depth;
}

;// CONCATENATED MODULE: ./src/manifest/words.ts
/** Small phrases the manifest's problem messages are made of. */
/** A value as a message quotes it: `` `rw` ``, `` `3` ``, "a list", "nothing". */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string') {
        if (value === '')
            return 'an empty string';
        const oneLine = value.replace(/\s+/g, ' ');
        return `\`${oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine}\``;
    }
    return `\`${String(value)}\``;
}
/** `a`, `b`, `c` */
function codeList(items) {
    return items.map((item) => `\`${item}\``).join(', ');
}
/** "a, b or c" */
function orList(items) {
    return joinWords(items, 'or');
}
/** "a, b and c" */
function andList(items) {
    return joinWords(items, 'and');
}
function joinWords(items, conjunction) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/manifest/notebook.ts
/**
 * The manifest's rules for notebook scripts (`notebook:` instead of `command:`, `kernel`, `python`), and
 * their typed form. What needs the notebook file itself is in src/notebook/check.ts.
 */



const notebook_isMapping = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const DEFAULT_PYTHON = 'python3';
/** A name every supported kernel language (Python, R, Julia, bash) can assign; each language adds its own rules. */
const PORTABLE_IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;
/** The notebook field of a typed script, when it is a notebook script. */
function buildNotebook(raw, defaults) {
    if (raw.notebook === undefined)
        return {};
    return {
        notebook: {
            path: raw.notebook.replace(/\\/g, '/'),
            ...(raw.kernel !== undefined ? { kernel: raw.kernel } : {}),
            python: raw.python ?? defaults.python ?? DEFAULT_PYTHON,
        },
    };
}
/** The notebook rules for one script (`base` is `['scripts', name]`). */
function checkNotebookScript(base, script, defaults, report) {
    const where = `\`${describePath(base)}\``;
    const hasCommand = 'command' in script;
    const hasNotebook = 'notebook' in script;
    if (!hasCommand && !hasNotebook)
        return; // the schema requires `command` then
    if (hasCommand && hasNotebook) {
        report([...base, 'notebook'], 'key', `${where} has both \`command\` and \`notebook\`; a script runs one or the other.`, 'Remove `command` to run the notebook, or remove `notebook`.');
    }
    if (!hasNotebook) {
        for (const key of ['kernel', 'python']) {
            if (!(key in script))
                continue;
            report([...base, key], 'key', `\`${key}\` only applies to notebook scripts; ${where} runs a \`command\`.`, `Remove \`${key}\`, or replace \`command\` with \`notebook: path/to/notebook.ipynb\`.`);
        }
        return;
    }
    const path = [...base, 'notebook'];
    const value = script.notebook;
    if (typeof value === 'string' && value !== '') {
        const workingDirectory = typeof script['working-directory'] === 'string'
            ? script['working-directory']
            : notebook_isMapping(defaults) && typeof defaults['working-directory'] === 'string'
                ? defaults['working-directory']
                : '.';
        checkNotebookPath(path, value, workingDirectory, report);
    }
    if (notebook_isMapping(script.args)) {
        for (const name of Object.keys(script.args)) {
            if (PORTABLE_IDENTIFIER.test(name))
                continue;
            const suggestion = name.replace(/-/g, '_').replace(/^[^A-Za-z]+/, '');
            report([...base, 'args', name], 'key', `The argument \`${name}\` of notebook script ${where} must be a variable name in the notebook: it becomes \`${name} = ...\` in the injected parameters cell.`, `Use letters, digits and \`_\`, starting with a letter${suggestion && PORTABLE_IDENTIFIER.test(suggestion) ? `, e.g. \`${suggestion}\`` : ''}.`);
        }
    }
}
function checkNotebookPath(path, value, workingDirectory, report) {
    const at = `\`${describePath(path)}\``;
    if (looksAbsolute(value)) {
        report(path, 'value', `${at} must be a path relative to the working directory (got ${describeValue(value)}).`, 'Write it relative to the working directory, e.g. `notebooks/report.ipynb`.');
        return;
    }
    // Depth below the workspace: the working directory's, then the notebook's segments.
    if (depthOf(workingDirectory, value) < 0) {
        report(path, 'value', `${at} leads out of the workspace with \`..\` (got ${describeValue(value)}); the notebook must lie inside it.`, 'Move the notebook into the repository and name it relative to the working directory.');
        return;
    }
    if (!/\.ipynb$/i.test(value)) {
        report(path, 'value', `${at} must name a Jupyter notebook, a \`.ipynb\` file (got ${describeValue(value)}).`, 'To run another kind of file, use `command:` instead.');
    }
}

;// CONCATENATED MODULE: ./schema/script-dispatcher.schema.json
const script_dispatcher_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:script-dispatcher:manifest:1","title":"Script Dispatcher manifest","description":"The scripts a Script Dispatcher may run, the content repositories they work on, and how they run. Usually `.github/script-dispatcher.yml`. Point your editor at this schema with the comment `# yaml-language-server: $schema=<URL of this file>` on the first line.","type":"object","additionalProperties":false,"required":["version","scripts"],"properties":{"version":{"title":"Manifest format version","description":"The version of this manifest format. Always `1`.","const":1},"repositories":{"title":"Content repositories","description":"The content repositories scripts work on, keyed by a short name (the *target*) that requests, forms and `targets` use. Names: letters, digits, `_` and `-`, starting with a letter or digit.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/repository"},"default":{}},"defaults":{"title":"Defaults for every script","description":"Settings every script gets unless it sets them itself. `env` is merged with each script\'s `env` (the script wins on the same name); every other setting a script sets replaces the default.","type":"object","additionalProperties":false,"properties":{"timeout-minutes":{"$ref":"#/definitions/timeout-minutes"},"retries":{"$ref":"#/definitions/retries"},"env":{"$ref":"#/definitions/env"},"permission":{"$ref":"#/definitions/permission"},"allow-users":{"$ref":"#/definitions/allow-users"},"allow-teams":{"$ref":"#/definitions/allow-teams"},"working-directory":{"$ref":"#/definitions/working-directory"},"pass-args":{"$ref":"#/definitions/pass-args"},"commit-author":{"$ref":"#/definitions/commit-author"},"python":{"$ref":"#/definitions/python"}}},"scripts":{"title":"Scripts","description":"The scripts that may be run, keyed by the name requests use (`/run <name>`). At least one. Names: letters, digits, `_` and `-`, starting with a letter or digit. Forms, `/help` and the docs list them in this order.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/script"}},"allowed-download-hosts":{"title":"Allowed download hosts","description":"Hosts, besides the GitHub host, that `csv` and `file` arguments may be downloaded from when a request gives a link. Nothing else is ever fetched.","type":"array","uniqueItems":true,"items":{"title":"Host","description":"A host name such as `files.example.org`, optionally with `:port` to allow only that port.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$","patternErrorMessage":"a host name such as `files.example.org` (optionally with `:port`), without `https://` or a path"},"default":[]},"max-download-mib":{"title":"Size cap of csv and file values (MiB)","description":"The largest `csv` or `file` value, downloaded or pasted, in MiB (fractions allowed). Default 10.","type":"number","exclusiveMinimum":0,"default":10},"status-labels":{"title":"Status labels","description":"Add and move the labels `script:running`, `script:succeeded` and `script:failed` on the issue as a run goes. Default false.","type":"boolean","default":false},"flows":{"title":"Flows","description":"Several scripts run as one request, in the order their `needs` give, independent steps at the same time. Keyed by the name requests use, like scripts: flows and scripts share one namespace, so a flow may not have a script\'s name.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/flow"}},"triggers":{"title":"Triggers","description":"Events that start a script without anyone naming it (a push, a schedule, a repository_dispatch, a finished workflow run, ...). Every trigger that matches the event runs, in this order, each as its own run. `script-dispatcher route EVENT.json` shows which would run and why the others would not.","type":"array","items":{"$ref":"#/definitions/trigger"},"default":[]},"progress-interval":{"title":"Progress interval (seconds)","description":"While a script runs, its status comment is edited at most once every this many seconds (only when what it shows changed). Default 15, at least 5. Raise it when many runs go at once in one repository: GitHub allows about 80 comment edits a minute and 500 an hour across all of them.","type":"number","minimum":5,"default":15}},"definitions":{"flow":{"title":"Flow","description":"Scripts run as one request: one status comment, one artifact (a folder per step) and one record.","type":"object","additionalProperties":false,"required":["steps"],"properties":{"title":{"title":"Title","description":"Shown in forms, comments and `/help`. Default: the flow\'s name.","type":"string","minLength":1},"description":{"title":"Description","description":"What the flow does, in Markdown. Shown in forms and `/help`.","type":"string","default":""},"targets":{"title":"Targets","description":"Keys of the `repositories` a request may name; the first is the default. The flow run checks its target out once. Default: all repositories.","type":"array","uniqueItems":true,"items":{"title":"Target","description":"A key of `repositories`.","type":"string"}},"args":{"title":"Arguments","description":"The flow\'s own arguments, typed like a script\'s; steps use them as `{args.NAME}`.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/arg"}},"permission":{"$ref":"#/definitions/permission"},"fan-out":{"$ref":"#/definitions/fan-out"},"max-parallel":{"title":"Steps at once","description":"How many steps may run at the same time. Default: the number of CPUs.","type":"integer","minimum":1},"steps":{"title":"Steps","description":"The steps, keyed by a name other steps use in `needs` and `{steps.NAME.output}`. At least one.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/flow-step"}}}},"flow-step":{"title":"Step","description":"One script of a flow.","type":"object","additionalProperties":false,"required":["script"],"properties":{"script":{"title":"Script","description":"The name of a script of the manifest.","type":"string"},"needs":{"title":"Needs","description":"Steps that must succeed (or be taken from the cache) before this one starts.","type":"array","uniqueItems":true,"items":{"title":"Step","description":"The name of another step of this flow.","type":"string"}},"args":{"title":"Arguments","description":"Values of the script\'s arguments. They may hold `{args.NAME}` (the flow\'s arguments), `{target}`, `{job}` and `{steps.NAME.output}` (the absolute output directory of a step named in `needs`); values are checked against the script\'s argument types.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"title":"Value","description":"The argument\'s value; text may hold placeholders.","type":["string","number","boolean"]}},"cache":{"title":"Cache","description":"Take the step\'s outputs from the cache when nothing it depends on changed: the script\'s manifest entry, the files its command names, `cache-files`, its arguments, the target\'s commit and the outputs of the steps it needs. Not for write scripts. Default false.","type":"boolean","default":false},"cache-files":{"title":"Cache files","description":"Globs of further workspace files (helper modules, data) whose content enters the cache key.","type":"array","items":{"title":"Glob","description":"A glob relative to the working directory, such as `scripts/lib/**/*.py`.","type":"string","minLength":1}}}},"name":{"title":"Name","description":"Letters, digits, `_` and `-`, starting with a letter or digit. Safe in command-line flags, branch names, artifact names and paths.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$","patternErrorMessage":"letters, digits, `_` and `-` only, starting with a letter or digit"},"repository":{"title":"Content repository","description":"A repository scripts work on: checked out before a run, and the base of pull requests of write scripts.","type":"object","additionalProperties":false,"required":["repository"],"properties":{"repository":{"title":"GitHub repository","description":"`owner/name` of the repository. Cloned from `GITHUB_SERVER_URL/owner/name` (so GitHub Enterprise Server works too) with the `content-token` input, unless `clone-url` is set.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\\\.\\\\.?$)[A-Za-z0-9._-]+$","patternErrorMessage":"`owner/name`, e.g. `isaacphysics/rutherford-content`, without `https://github.com/`"},"ref":{"title":"Branch","description":"Branch checked out, and the base of pull requests. Default: the repository\'s default branch.","type":"string","minLength":1},"path":{"title":"Checkout path","description":"Where the repository is checked out, relative to the scripts\' working directory, inside it. Default: `data/<key>`.","type":"string","minLength":1},"title":{"title":"Title","description":"Shown in forms and comments. Default: the key.","type":"string","minLength":1},"clone-url":{"title":"Clone URL","description":"Clone from this URL instead of `GITHUB_SERVER_URL/owner/name`, e.g. a mirror or a `file://` URL. Pull requests still go to `repository`. Never put credentials in it: the `content-token` input is used.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9+.-]*://","patternErrorMessage":"a full URL such as `https://git.example.org/owner/name.git` or `file:///srv/git/name.git`"}}},"script":{"title":"Script","description":"A script that may be run: its command (or notebook), arguments, targets and settings. Every setting can also get a default under `defaults`.","type":"object","additionalProperties":false,"if":{"properties":{"notebook":false}},"then":{"properties":{"command":true},"required":["command"]},"properties":{"title":{"title":"Title","description":"Shown in forms, comments and `/help`. Default: the script\'s name.","type":"string","minLength":1},"description":{"title":"Description","description":"What the script does, in Markdown. Shown in forms and `/help`.","type":"string","default":""},"command":{"title":"Command","description":"The program and its arguments, as a list: each element is one argv element, never split and never run through a shell. Elements may hold placeholders: `{job}`, `{script}`, `{target}`, `{target_path}`, `{output}`, `{issue}`, `{requester}`, `{args.NAME}`. The request\'s arguments are appended as `--name=value` unless `pass-args` is `none`.","type":"array","minItems":1,"items":{"title":"Command element","description":"One argv element; numbers are taken as text.","type":["string","number"]}},"notebook":{"title":"Notebook","description":"A Jupyter notebook (`.ipynb`) to run instead of `command`, relative to the working directory and inside the workspace. Its arguments are injected as papermill does (a cell tagged `injected-parameters` after the cell tagged `parameters`); it runs with nbclient under `python`.","type":"string","minLength":1},"kernel":{"title":"Kernel","description":"The Jupyter kernel that runs the notebook (e.g. `python3`, `ir`, `julia-1.10`, `bash`). Default: the notebook\'s own kernelspec.","type":"string","minLength":1,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"a kernel name: letters, digits, `.`, `_` and `-`"},"mode":{"title":"Mode","description":"`read` (default): the script only writes outputs. `write`: its changes to the target checkout become a pull request on the content repository.","type":"string","enum":["read","write"],"default":"read"},"targets":{"title":"Targets","description":"Keys of the `repositories` a request may name; the first is the default. Default: all repositories, in the order they are declared. A `write` script needs at least one.","type":"array","uniqueItems":true,"items":{"title":"Target","description":"A key of `repositories`.","type":"string"}},"args":{"title":"Arguments","description":"The script\'s arguments, in the order forms show them. Each becomes `--<name>=<value>` on the command line (booleans: `--<name>` when true, nothing when false) unless `pass-args` is `none`; all of them are in `DISPATCH_ARGS`. Names: letters, digits, `_` and `-`, starting with a letter or digit.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/arg"}},"outputs":{"title":"Outputs","description":"Where the script writes its outputs (uploaded as the artifact `<script>-<job>`) and what must be there.","type":"object","additionalProperties":false,"properties":{"path":{"title":"Output directory","description":"Relative to the working directory, inside it; may hold placeholders such as `{job}`. Created empty before each run. Default: a fresh temporary directory. Also in `DISPATCH_OUTPUT` and `{output}`.","type":"string","minLength":1},"expect":{"title":"Expected outputs","description":"Globs, relative to the output directory, that must each match a file after a successful run; else the run fails.","type":"array","items":{"title":"Glob","description":"A glob such as `report.txt` or `*.csv`.","type":"string","minLength":1},"default":[]}}},"pull-request":{"title":"Pull request","description":"The pull request a `write` script\'s changes become.","type":"object","additionalProperties":false,"properties":{"title":{"title":"Pull request title","description":"May hold placeholders. Default: `{script} ({job})`.","type":"string","minLength":1,"default":"{script} ({job})"},"body":{"title":"Pull request body","description":"Markdown placed before the generated part (links to the issue and the run, the arguments, the changed files). May hold placeholders.","type":"string"},"labels":{"title":"Labels","description":"Labels added to the pull request.","type":"array","uniqueItems":true,"items":{"title":"Label","description":"A label name.","type":"string","minLength":1},"default":[]},"draft":{"title":"Draft","description":"Open the pull request as a draft. Default false.","type":"boolean","default":false}}},"timeout-minutes":{"$ref":"#/definitions/timeout-minutes"},"retries":{"$ref":"#/definitions/retries"},"env":{"$ref":"#/definitions/env"},"permission":{"$ref":"#/definitions/permission"},"allow-users":{"$ref":"#/definitions/allow-users"},"allow-teams":{"$ref":"#/definitions/allow-teams"},"working-directory":{"$ref":"#/definitions/working-directory"},"pass-args":{"$ref":"#/definitions/pass-args"},"commit-author":{"$ref":"#/definitions/commit-author"},"fan-out":{"$ref":"#/definitions/fan-out"},"python":{"$ref":"#/definitions/python"},"workflow-commands":{"title":"Workflow commands","description":"Let the script\'s output issue workflow commands (`::error::`, `::add-mask::`, `::set-output`...). Default false: its output is shown in the log as it is, and lines it prints that look like commands are not obeyed.","type":"boolean","default":false}}},"arg":{"title":"Argument","description":"One argument of a script: a field in its issue form, a `name=value` in `/run`.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Type","description":"`text` (one line), `textarea` (several lines), `number`, `boolean`, `choice` (one of `options`), `csv` (a table, pasted or attached; the script gets the path of the file), `file` (pasted or attached; the script gets the path of the file).","type":"string","enum":["text","textarea","number","boolean","choice","csv","file"]},"title":{"title":"Title","description":"The label of the form field. Default: the argument\'s name.","type":"string","minLength":1},"description":{"title":"Description","description":"Help shown under the form field and in `/help`, in Markdown.","type":"string"},"example":{"title":"Example","description":"An example value, shown as the form field\'s placeholder and in `/help`.","type":["string","number","boolean"]},"required":{"title":"Required","description":"A request must give this argument. Default false. With a `default`, the default is used when none is given.","type":"boolean","default":false},"pattern":{"title":"Pattern","description":"`text` only: a JavaScript regular expression the whole value must match.","type":"string"},"options":{"title":"Options","description":"`choice` only, and required there: the values to choose from.","type":"array","minItems":1,"uniqueItems":true,"items":{"title":"Option","description":"One value; numbers are taken as text.","type":["string","number"]}},"min":{"title":"Minimum","description":"`number` only: the smallest value allowed.","type":"number"},"max":{"title":"Maximum","description":"`number` only: the largest value allowed.","type":"number"},"default":{"title":"Default","description":"The value used when a request does not give one. Must be valid for the type: a number within `min`/`max`, `true`/`false`, one of `options`, text matching `pattern`.","type":["string","number","boolean"]},"columns":{"title":"Columns","description":"`csv` only: the column names. When `header` is true the first row must hold them, in this order.","type":"array","minItems":1,"uniqueItems":true,"items":{"title":"Column","description":"A column name.","type":"string","minLength":1}},"header":{"title":"Header row","description":"`csv` only: the first row is a header row. Default true.","type":"boolean","default":true}}},"timeout-minutes":{"title":"Timeout (minutes)","description":"Minutes a run attempt may take before it is stopped (SIGTERM to its process group, then SIGKILL). Fractions allowed. Default 30; at most 7200 (5 days, the longest a GitHub Actions job may run).","type":"number","exclusiveMinimum":0,"maximum":7200,"default":30},"retries":{"title":"Retries","description":"Extra attempts after a failed or timed-out one. Default 0, at most 10.","type":"integer","minimum":0,"maximum":10,"default":0},"env":{"title":"Environment","description":"Environment variables for the script: literal values, never expanded (numbers and booleans are taken as text). Under `defaults` they are merged with each script\'s own `env`. Names starting with `DISPATCH_` are reserved.","type":"object","propertyNames":{"title":"Variable name","description":"Letters, digits and `_`, not starting with a digit or `DISPATCH_`.","type":"string","pattern":"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$","patternErrorMessage":"letters, digits and `_`, not starting with a digit; names starting with `DISPATCH_` are set by the dispatcher"},"additionalProperties":{"title":"Value","description":"A literal value.","type":["string","number","boolean"]},"default":{}},"permission":{"title":"Least permission","description":"The least permission the requester needs on the repository the workflow runs in: `read`, `triage`, `write`, `maintain` or `admin`. The script\'s own `permission` wins. Otherwise a `read` script needs `defaults.permission`, or `triage` when that is not set; a `write` script needs the higher of `defaults.permission` and `write`, so a default never lets a user below `write` run a write script.","type":"string","enum":["read","triage","write","maintain","admin"]},"allow-users":{"title":"Allowed users","description":"GitHub logins allowed to run the script, on top of the permission level. Not set: anyone with the permission. A script\'s list replaces the default one.","type":"array","uniqueItems":true,"items":{"title":"User","description":"A GitHub login.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\\\[bot\\\\])?$","patternErrorMessage":"a GitHub login such as `octocat`, without `@`"}},"allow-teams":{"title":"Allowed teams","description":"Teams (`org/team-slug`) whose members may run the script, on top of the permission level. With `allow-users`, being on either list is enough. A script\'s list replaces the default one.","type":"array","uniqueItems":true,"items":{"title":"Team","description":"`org/team-slug`.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"`org/team-slug`, e.g. `isaacphysics/content-editors`, without `@`"}},"working-directory":{"title":"Working directory","description":"The scripts\' working directory, relative to `GITHUB_WORKSPACE` (the CLI: the current directory) and inside it. Default `.`.","type":"string","minLength":1,"default":"."},"python":{"title":"Python","description":"The Python interpreter that runs notebooks with nbclient (a name on `PATH` or a path). Default `python3`. Only notebook scripts use it.","type":"string","minLength":1,"default":"python3"},"pass-args":{"title":"Pass arguments","description":"`flags` (default): append the request\'s arguments to the command as `--name=value`. `none`: append nothing; the script reads `DISPATCH_ARGS` or uses `{args.NAME}` placeholders.","type":"string","enum":["flags","none"],"default":"flags"},"fan-out":{"title":"Fan-out","description":"Run one request on many runners at once, through the workflow\'s matrix (`fan-out: plan`, `leg`, `gather`). `targets`: one leg per target the request names (`target: phy,ada` or `all`). `{csv: ARG, rows-per-leg: N}`: the data rows of the csv argument ARG, N per leg, the header row kept in every leg. At most 256 legs: more are grouped into 256.","oneOf":[{"title":"One leg per target","description":"One leg per target the request names (`target: phy,ada` or `all`).","type":"string","const":"targets"},{"title":"Rows of a csv argument","description":"The data rows of a `csv` argument, split into legs of `rows-per-leg` rows.","type":"object","additionalProperties":false,"required":["csv","rows-per-leg"],"properties":{"csv":{"title":"csv argument","description":"The name of one of the script\'s arguments of `type: csv`.","type":"string","minLength":1},"rows-per-leg":{"title":"Rows per leg","description":"How many data rows each leg runs on (at least 1). More than 256 legs\' worth of rows are grouped into 256 legs.","type":"integer"}}}]},"commit-author":{"title":"Commit author","description":"`Name <email>` of the commits a write script\'s changes become. Default: `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>`.","type":"string","pattern":"^\\\\s*([^<>\\\\s](?:[^<>]*[^<>\\\\s])?)\\\\s*<([^<>\\\\s@]+@[^<>\\\\s@]+)>\\\\s*$","patternErrorMessage":"`Name <email>`, e.g. `Content Bot <bot@example.org>`"},"trigger":{"title":"Trigger","description":"Runs `run` when the workflow\'s event is `on` and every filter given here matches.","type":"object","additionalProperties":false,"required":["on","run"],"properties":{"on":{"title":"Event","description":"The event name, as in the workflow\'s `on:` (e.g. `push`, `schedule`, `repository_dispatch`, `workflow_run`).","type":"string","pattern":"^[a-z][a-z_]*$","patternErrorMessage":"an event name such as `push`, `schedule`, `repository_dispatch` or `workflow_run`"},"branches":{"title":"Branches (push)","description":"Globs the pushed branch must match (e.g. `main`, `release/**`); a glob starting with `!` excludes, the last glob that matches decides. Without it: any branch or tag.","type":"array","minItems":1,"items":{"title":"Branch glob","description":"A glob of branch names, e.g. `main` or `release/**`; `!` in front excludes.","type":"string","minLength":1}},"paths":{"title":"Paths (push)","description":"Globs matched against every file the push changed (computed by the action, no limit on their number); the trigger matches when one of them matches. A glob starting with `!` excludes.","type":"array","minItems":1,"items":{"title":"Path glob","description":"A glob of file paths relative to the repository root, e.g. `content/**/*.json`; `!` in front excludes.","type":"string","minLength":1}},"cron":{"title":"Cron (schedule)","description":"Must equal one `cron` of the workflow\'s `schedule`: `github.event.schedule` says which one fired. Without it: every schedule.","type":"string","minLength":1},"types":{"title":"Types","description":"The event\'s activity types (`github.event.action`; for repository_dispatch, the `event_type`), any of.","type":"array","minItems":1,"items":{"title":"Type","description":"An activity type (`github.event.action`), e.g. `run-complete`.","type":"string","minLength":1}},"when":{"title":"Conditions on the event","description":"Dotted paths into the event payload (e.g. `client_payload.plan_name`) and the value each must have; a list means any of. All must hold.","type":"object","minProperties":1,"propertyNames":{"title":"Payload path","description":"A dotted path into the event payload, e.g. `client_payload.plan_name`.","type":"string","pattern":"^[A-Za-z0-9_-]+(\\\\.[A-Za-z0-9_-]+)*$","patternErrorMessage":"a dotted path into the payload, such as `client_payload.plan_name`"},"additionalProperties":{"title":"Allowed value","description":"The value the payload must have there, or a list of values (any of).","anyOf":[{"type":["string","number","boolean"]},{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}]}},"workflows":{"title":"Workflows (workflow_run)","description":"Names of the workflows whose runs start this trigger (`github.event.workflow_run.name`), any of.","type":"array","minItems":1,"items":{"title":"Workflow name","description":"The `name:` of a workflow, e.g. `Build content`.","type":"string","minLength":1}},"conclusions":{"title":"Conclusions (workflow_run)","description":"Conclusions of the finished run, any of.","type":"array","minItems":1,"items":{"title":"Conclusion","description":"How the run finished: `success`, `failure`, `cancelled`, ...","enum":["success","failure","cancelled","skipped","timed_out","action_required","neutral","stale","startup_failure"]}},"run":{"title":"Script to run","description":"The name of a script (or a flow) of this manifest.","$ref":"#/definitions/name"},"target":{"title":"Content repository","description":"A key of `repositories` (default: the script\'s default target).","$ref":"#/definitions/name"},"args":{"title":"Arguments","description":"Argument values by name. Text may hold `{event.PATH}` (a dotted path into the event payload) and the usual placeholders; the values are checked against the script\'s arguments like any request.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"title":"Argument value","description":"Text (may hold `{event.PATH}` and the usual placeholders), a number or a boolean.","type":["string","number","boolean"]}},"report-to":{"title":"Report to issue","description":"The issue number that gets the status comment of the run.","type":"integer","minimum":1},"open-issue-on-failure":{"title":"Open an issue on failure","description":"A failed run opens an issue titled after the trigger (or comments on it while it is open); a later success says so on it. Default false.","type":"boolean","default":false}}}}}');
;// CONCATENATED MODULE: ./src/manifest/schema-validate.generated.js
// Generated from schema/script-dispatcher.schema.json by scripts/manifest-validator.mjs (npm run build).
// Do not edit: change the schema and build.
/* eslint-disable */

const validate = (/* unused pure expression or super */ null && (validate10));
/* harmony default export */ const schema_validate_generated = (validate10);
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:script-dispatcher:manifest:1","title":"Script Dispatcher manifest","description":"The scripts a Script Dispatcher may run, the content repositories they work on, and how they run. Usually `.github/script-dispatcher.yml`. Point your editor at this schema with the comment `# yaml-language-server: $schema=<URL of this file>` on the first line.","type":"object","additionalProperties":false,"required":["version","scripts"],"properties":{"version":{"title":"Manifest format version","description":"The version of this manifest format. Always `1`.","const":1},"repositories":{"title":"Content repositories","description":"The content repositories scripts work on, keyed by a short name (the *target*) that requests, forms and `targets` use. Names: letters, digits, `_` and `-`, starting with a letter or digit.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/repository"},"default":{}},"defaults":{"title":"Defaults for every script","description":"Settings every script gets unless it sets them itself. `env` is merged with each script's `env` (the script wins on the same name); every other setting a script sets replaces the default.","type":"object","additionalProperties":false,"properties":{"timeout-minutes":{"$ref":"#/definitions/timeout-minutes"},"retries":{"$ref":"#/definitions/retries"},"env":{"$ref":"#/definitions/env"},"permission":{"$ref":"#/definitions/permission"},"allow-users":{"$ref":"#/definitions/allow-users"},"allow-teams":{"$ref":"#/definitions/allow-teams"},"working-directory":{"$ref":"#/definitions/working-directory"},"pass-args":{"$ref":"#/definitions/pass-args"},"commit-author":{"$ref":"#/definitions/commit-author"},"python":{"$ref":"#/definitions/python"}}},"scripts":{"title":"Scripts","description":"The scripts that may be run, keyed by the name requests use (`/run <name>`). At least one. Names: letters, digits, `_` and `-`, starting with a letter or digit. Forms, `/help` and the docs list them in this order.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/script"}},"allowed-download-hosts":{"title":"Allowed download hosts","description":"Hosts, besides the GitHub host, that `csv` and `file` arguments may be downloaded from when a request gives a link. Nothing else is ever fetched.","type":"array","uniqueItems":true,"items":{"title":"Host","description":"A host name such as `files.example.org`, optionally with `:port` to allow only that port.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$","patternErrorMessage":"a host name such as `files.example.org` (optionally with `:port`), without `https://` or a path"},"default":[]},"max-download-mib":{"title":"Size cap of csv and file values (MiB)","description":"The largest `csv` or `file` value, downloaded or pasted, in MiB (fractions allowed). Default 10.","type":"number","exclusiveMinimum":0,"default":10},"status-labels":{"title":"Status labels","description":"Add and move the labels `script:running`, `script:succeeded` and `script:failed` on the issue as a run goes. Default false.","type":"boolean","default":false},"flows":{"title":"Flows","description":"Several scripts run as one request, in the order their `needs` give, independent steps at the same time. Keyed by the name requests use, like scripts: flows and scripts share one namespace, so a flow may not have a script's name.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/flow"}},"triggers":{"title":"Triggers","description":"Events that start a script without anyone naming it (a push, a schedule, a repository_dispatch, a finished workflow run, ...). Every trigger that matches the event runs, in this order, each as its own run. `script-dispatcher route EVENT.json` shows which would run and why the others would not.","type":"array","items":{"$ref":"#/definitions/trigger"},"default":[]},"progress-interval":{"title":"Progress interval (seconds)","description":"While a script runs, its status comment is edited at most once every this many seconds (only when what it shows changed). Default 15, at least 5. Raise it when many runs go at once in one repository: GitHub allows about 80 comment edits a minute and 500 an hour across all of them.","type":"number","minimum":5,"default":15}},"definitions":{"flow":{"title":"Flow","description":"Scripts run as one request: one status comment, one artifact (a folder per step) and one record.","type":"object","additionalProperties":false,"required":["steps"],"properties":{"title":{"title":"Title","description":"Shown in forms, comments and `/help`. Default: the flow's name.","type":"string","minLength":1},"description":{"title":"Description","description":"What the flow does, in Markdown. Shown in forms and `/help`.","type":"string","default":""},"targets":{"title":"Targets","description":"Keys of the `repositories` a request may name; the first is the default. The flow run checks its target out once. Default: all repositories.","type":"array","uniqueItems":true,"items":{"title":"Target","description":"A key of `repositories`.","type":"string"}},"args":{"title":"Arguments","description":"The flow's own arguments, typed like a script's; steps use them as `{args.NAME}`.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/arg"}},"permission":{"$ref":"#/definitions/permission"},"fan-out":{"$ref":"#/definitions/fan-out"},"max-parallel":{"title":"Steps at once","description":"How many steps may run at the same time. Default: the number of CPUs.","type":"integer","minimum":1},"steps":{"title":"Steps","description":"The steps, keyed by a name other steps use in `needs` and `{steps.NAME.output}`. At least one.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/flow-step"}}}},"flow-step":{"title":"Step","description":"One script of a flow.","type":"object","additionalProperties":false,"required":["script"],"properties":{"script":{"title":"Script","description":"The name of a script of the manifest.","type":"string"},"needs":{"title":"Needs","description":"Steps that must succeed (or be taken from the cache) before this one starts.","type":"array","uniqueItems":true,"items":{"title":"Step","description":"The name of another step of this flow.","type":"string"}},"args":{"title":"Arguments","description":"Values of the script's arguments. They may hold `{args.NAME}` (the flow's arguments), `{target}`, `{job}` and `{steps.NAME.output}` (the absolute output directory of a step named in `needs`); values are checked against the script's argument types.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"title":"Value","description":"The argument's value; text may hold placeholders.","type":["string","number","boolean"]}},"cache":{"title":"Cache","description":"Take the step's outputs from the cache when nothing it depends on changed: the script's manifest entry, the files its command names, `cache-files`, its arguments, the target's commit and the outputs of the steps it needs. Not for write scripts. Default false.","type":"boolean","default":false},"cache-files":{"title":"Cache files","description":"Globs of further workspace files (helper modules, data) whose content enters the cache key.","type":"array","items":{"title":"Glob","description":"A glob relative to the working directory, such as `scripts/lib/**/*.py`.","type":"string","minLength":1}}}},"name":{"title":"Name","description":"Letters, digits, `_` and `-`, starting with a letter or digit. Safe in command-line flags, branch names, artifact names and paths.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$","patternErrorMessage":"letters, digits, `_` and `-` only, starting with a letter or digit"},"repository":{"title":"Content repository","description":"A repository scripts work on: checked out before a run, and the base of pull requests of write scripts.","type":"object","additionalProperties":false,"required":["repository"],"properties":{"repository":{"title":"GitHub repository","description":"`owner/name` of the repository. Cloned from `GITHUB_SERVER_URL/owner/name` (so GitHub Enterprise Server works too) with the `content-token` input, unless `clone-url` is set.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\.\\.?$)[A-Za-z0-9._-]+$","patternErrorMessage":"`owner/name`, e.g. `isaacphysics/rutherford-content`, without `https://github.com/`"},"ref":{"title":"Branch","description":"Branch checked out, and the base of pull requests. Default: the repository's default branch.","type":"string","minLength":1},"path":{"title":"Checkout path","description":"Where the repository is checked out, relative to the scripts' working directory, inside it. Default: `data/<key>`.","type":"string","minLength":1},"title":{"title":"Title","description":"Shown in forms and comments. Default: the key.","type":"string","minLength":1},"clone-url":{"title":"Clone URL","description":"Clone from this URL instead of `GITHUB_SERVER_URL/owner/name`, e.g. a mirror or a `file://` URL. Pull requests still go to `repository`. Never put credentials in it: the `content-token` input is used.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9+.-]*://","patternErrorMessage":"a full URL such as `https://git.example.org/owner/name.git` or `file:///srv/git/name.git`"}}},"script":{"title":"Script","description":"A script that may be run: its command (or notebook), arguments, targets and settings. Every setting can also get a default under `defaults`.","type":"object","additionalProperties":false,"if":{"properties":{"notebook":false}},"then":{"properties":{"command":true},"required":["command"]},"properties":{"title":{"title":"Title","description":"Shown in forms, comments and `/help`. Default: the script's name.","type":"string","minLength":1},"description":{"title":"Description","description":"What the script does, in Markdown. Shown in forms and `/help`.","type":"string","default":""},"command":{"title":"Command","description":"The program and its arguments, as a list: each element is one argv element, never split and never run through a shell. Elements may hold placeholders: `{job}`, `{script}`, `{target}`, `{target_path}`, `{output}`, `{issue}`, `{requester}`, `{args.NAME}`. The request's arguments are appended as `--name=value` unless `pass-args` is `none`.","type":"array","minItems":1,"items":{"title":"Command element","description":"One argv element; numbers are taken as text.","type":["string","number"]}},"notebook":{"title":"Notebook","description":"A Jupyter notebook (`.ipynb`) to run instead of `command`, relative to the working directory and inside the workspace. Its arguments are injected as papermill does (a cell tagged `injected-parameters` after the cell tagged `parameters`); it runs with nbclient under `python`.","type":"string","minLength":1},"kernel":{"title":"Kernel","description":"The Jupyter kernel that runs the notebook (e.g. `python3`, `ir`, `julia-1.10`, `bash`). Default: the notebook's own kernelspec.","type":"string","minLength":1,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"a kernel name: letters, digits, `.`, `_` and `-`"},"mode":{"title":"Mode","description":"`read` (default): the script only writes outputs. `write`: its changes to the target checkout become a pull request on the content repository.","type":"string","enum":["read","write"],"default":"read"},"targets":{"title":"Targets","description":"Keys of the `repositories` a request may name; the first is the default. Default: all repositories, in the order they are declared. A `write` script needs at least one.","type":"array","uniqueItems":true,"items":{"title":"Target","description":"A key of `repositories`.","type":"string"}},"args":{"title":"Arguments","description":"The script's arguments, in the order forms show them. Each becomes `--<name>=<value>` on the command line (booleans: `--<name>` when true, nothing when false) unless `pass-args` is `none`; all of them are in `DISPATCH_ARGS`. Names: letters, digits, `_` and `-`, starting with a letter or digit.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/arg"}},"outputs":{"title":"Outputs","description":"Where the script writes its outputs (uploaded as the artifact `<script>-<job>`) and what must be there.","type":"object","additionalProperties":false,"properties":{"path":{"title":"Output directory","description":"Relative to the working directory, inside it; may hold placeholders such as `{job}`. Created empty before each run. Default: a fresh temporary directory. Also in `DISPATCH_OUTPUT` and `{output}`.","type":"string","minLength":1},"expect":{"title":"Expected outputs","description":"Globs, relative to the output directory, that must each match a file after a successful run; else the run fails.","type":"array","items":{"title":"Glob","description":"A glob such as `report.txt` or `*.csv`.","type":"string","minLength":1},"default":[]}}},"pull-request":{"title":"Pull request","description":"The pull request a `write` script's changes become.","type":"object","additionalProperties":false,"properties":{"title":{"title":"Pull request title","description":"May hold placeholders. Default: `{script} ({job})`.","type":"string","minLength":1,"default":"{script} ({job})"},"body":{"title":"Pull request body","description":"Markdown placed before the generated part (links to the issue and the run, the arguments, the changed files). May hold placeholders.","type":"string"},"labels":{"title":"Labels","description":"Labels added to the pull request.","type":"array","uniqueItems":true,"items":{"title":"Label","description":"A label name.","type":"string","minLength":1},"default":[]},"draft":{"title":"Draft","description":"Open the pull request as a draft. Default false.","type":"boolean","default":false}}},"timeout-minutes":{"$ref":"#/definitions/timeout-minutes"},"retries":{"$ref":"#/definitions/retries"},"env":{"$ref":"#/definitions/env"},"permission":{"$ref":"#/definitions/permission"},"allow-users":{"$ref":"#/definitions/allow-users"},"allow-teams":{"$ref":"#/definitions/allow-teams"},"working-directory":{"$ref":"#/definitions/working-directory"},"pass-args":{"$ref":"#/definitions/pass-args"},"commit-author":{"$ref":"#/definitions/commit-author"},"fan-out":{"$ref":"#/definitions/fan-out"},"python":{"$ref":"#/definitions/python"},"workflow-commands":{"title":"Workflow commands","description":"Let the script's output issue workflow commands (`::error::`, `::add-mask::`, `::set-output`...). Default false: its output is shown in the log as it is, and lines it prints that look like commands are not obeyed.","type":"boolean","default":false}}},"arg":{"title":"Argument","description":"One argument of a script: a field in its issue form, a `name=value` in `/run`.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Type","description":"`text` (one line), `textarea` (several lines), `number`, `boolean`, `choice` (one of `options`), `csv` (a table, pasted or attached; the script gets the path of the file), `file` (pasted or attached; the script gets the path of the file).","type":"string","enum":["text","textarea","number","boolean","choice","csv","file"]},"title":{"title":"Title","description":"The label of the form field. Default: the argument's name.","type":"string","minLength":1},"description":{"title":"Description","description":"Help shown under the form field and in `/help`, in Markdown.","type":"string"},"example":{"title":"Example","description":"An example value, shown as the form field's placeholder and in `/help`.","type":["string","number","boolean"]},"required":{"title":"Required","description":"A request must give this argument. Default false. With a `default`, the default is used when none is given.","type":"boolean","default":false},"pattern":{"title":"Pattern","description":"`text` only: a JavaScript regular expression the whole value must match.","type":"string"},"options":{"title":"Options","description":"`choice` only, and required there: the values to choose from.","type":"array","minItems":1,"uniqueItems":true,"items":{"title":"Option","description":"One value; numbers are taken as text.","type":["string","number"]}},"min":{"title":"Minimum","description":"`number` only: the smallest value allowed.","type":"number"},"max":{"title":"Maximum","description":"`number` only: the largest value allowed.","type":"number"},"default":{"title":"Default","description":"The value used when a request does not give one. Must be valid for the type: a number within `min`/`max`, `true`/`false`, one of `options`, text matching `pattern`.","type":["string","number","boolean"]},"columns":{"title":"Columns","description":"`csv` only: the column names. When `header` is true the first row must hold them, in this order.","type":"array","minItems":1,"uniqueItems":true,"items":{"title":"Column","description":"A column name.","type":"string","minLength":1}},"header":{"title":"Header row","description":"`csv` only: the first row is a header row. Default true.","type":"boolean","default":true}}},"timeout-minutes":{"title":"Timeout (minutes)","description":"Minutes a run attempt may take before it is stopped (SIGTERM to its process group, then SIGKILL). Fractions allowed. Default 30; at most 7200 (5 days, the longest a GitHub Actions job may run).","type":"number","exclusiveMinimum":0,"maximum":7200,"default":30},"retries":{"title":"Retries","description":"Extra attempts after a failed or timed-out one. Default 0, at most 10.","type":"integer","minimum":0,"maximum":10,"default":0},"env":{"title":"Environment","description":"Environment variables for the script: literal values, never expanded (numbers and booleans are taken as text). Under `defaults` they are merged with each script's own `env`. Names starting with `DISPATCH_` are reserved.","type":"object","propertyNames":{"title":"Variable name","description":"Letters, digits and `_`, not starting with a digit or `DISPATCH_`.","type":"string","pattern":"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$","patternErrorMessage":"letters, digits and `_`, not starting with a digit; names starting with `DISPATCH_` are set by the dispatcher"},"additionalProperties":{"title":"Value","description":"A literal value.","type":["string","number","boolean"]},"default":{}},"permission":{"title":"Least permission","description":"The least permission the requester needs on the repository the workflow runs in: `read`, `triage`, `write`, `maintain` or `admin`. The script's own `permission` wins. Otherwise a `read` script needs `defaults.permission`, or `triage` when that is not set; a `write` script needs the higher of `defaults.permission` and `write`, so a default never lets a user below `write` run a write script.","type":"string","enum":["read","triage","write","maintain","admin"]},"allow-users":{"title":"Allowed users","description":"GitHub logins allowed to run the script, on top of the permission level. Not set: anyone with the permission. A script's list replaces the default one.","type":"array","uniqueItems":true,"items":{"title":"User","description":"A GitHub login.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$","patternErrorMessage":"a GitHub login such as `octocat`, without `@`"}},"allow-teams":{"title":"Allowed teams","description":"Teams (`org/team-slug`) whose members may run the script, on top of the permission level. With `allow-users`, being on either list is enough. A script's list replaces the default one.","type":"array","uniqueItems":true,"items":{"title":"Team","description":"`org/team-slug`.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"`org/team-slug`, e.g. `isaacphysics/content-editors`, without `@`"}},"working-directory":{"title":"Working directory","description":"The scripts' working directory, relative to `GITHUB_WORKSPACE` (the CLI: the current directory) and inside it. Default `.`.","type":"string","minLength":1,"default":"."},"python":{"title":"Python","description":"The Python interpreter that runs notebooks with nbclient (a name on `PATH` or a path). Default `python3`. Only notebook scripts use it.","type":"string","minLength":1,"default":"python3"},"pass-args":{"title":"Pass arguments","description":"`flags` (default): append the request's arguments to the command as `--name=value`. `none`: append nothing; the script reads `DISPATCH_ARGS` or uses `{args.NAME}` placeholders.","type":"string","enum":["flags","none"],"default":"flags"},"fan-out":{"title":"Fan-out","description":"Run one request on many runners at once, through the workflow's matrix (`fan-out: plan`, `leg`, `gather`). `targets`: one leg per target the request names (`target: phy,ada` or `all`). `{csv: ARG, rows-per-leg: N}`: the data rows of the csv argument ARG, N per leg, the header row kept in every leg. At most 256 legs: more are grouped into 256.","oneOf":[{"title":"One leg per target","description":"One leg per target the request names (`target: phy,ada` or `all`).","type":"string","const":"targets"},{"title":"Rows of a csv argument","description":"The data rows of a `csv` argument, split into legs of `rows-per-leg` rows.","type":"object","additionalProperties":false,"required":["csv","rows-per-leg"],"properties":{"csv":{"title":"csv argument","description":"The name of one of the script's arguments of `type: csv`.","type":"string","minLength":1},"rows-per-leg":{"title":"Rows per leg","description":"How many data rows each leg runs on (at least 1). More than 256 legs' worth of rows are grouped into 256 legs.","type":"integer"}}}]},"commit-author":{"title":"Commit author","description":"`Name <email>` of the commits a write script's changes become. Default: `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>`.","type":"string","pattern":"^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$","patternErrorMessage":"`Name <email>`, e.g. `Content Bot <bot@example.org>`"},"trigger":{"title":"Trigger","description":"Runs `run` when the workflow's event is `on` and every filter given here matches.","type":"object","additionalProperties":false,"required":["on","run"],"properties":{"on":{"title":"Event","description":"The event name, as in the workflow's `on:` (e.g. `push`, `schedule`, `repository_dispatch`, `workflow_run`).","type":"string","pattern":"^[a-z][a-z_]*$","patternErrorMessage":"an event name such as `push`, `schedule`, `repository_dispatch` or `workflow_run`"},"branches":{"title":"Branches (push)","description":"Globs the pushed branch must match (e.g. `main`, `release/**`); a glob starting with `!` excludes, the last glob that matches decides. Without it: any branch or tag.","type":"array","minItems":1,"items":{"title":"Branch glob","description":"A glob of branch names, e.g. `main` or `release/**`; `!` in front excludes.","type":"string","minLength":1}},"paths":{"title":"Paths (push)","description":"Globs matched against every file the push changed (computed by the action, no limit on their number); the trigger matches when one of them matches. A glob starting with `!` excludes.","type":"array","minItems":1,"items":{"title":"Path glob","description":"A glob of file paths relative to the repository root, e.g. `content/**/*.json`; `!` in front excludes.","type":"string","minLength":1}},"cron":{"title":"Cron (schedule)","description":"Must equal one `cron` of the workflow's `schedule`: `github.event.schedule` says which one fired. Without it: every schedule.","type":"string","minLength":1},"types":{"title":"Types","description":"The event's activity types (`github.event.action`; for repository_dispatch, the `event_type`), any of.","type":"array","minItems":1,"items":{"title":"Type","description":"An activity type (`github.event.action`), e.g. `run-complete`.","type":"string","minLength":1}},"when":{"title":"Conditions on the event","description":"Dotted paths into the event payload (e.g. `client_payload.plan_name`) and the value each must have; a list means any of. All must hold.","type":"object","minProperties":1,"propertyNames":{"title":"Payload path","description":"A dotted path into the event payload, e.g. `client_payload.plan_name`.","type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$","patternErrorMessage":"a dotted path into the payload, such as `client_payload.plan_name`"},"additionalProperties":{"title":"Allowed value","description":"The value the payload must have there, or a list of values (any of).","anyOf":[{"type":["string","number","boolean"]},{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}]}},"workflows":{"title":"Workflows (workflow_run)","description":"Names of the workflows whose runs start this trigger (`github.event.workflow_run.name`), any of.","type":"array","minItems":1,"items":{"title":"Workflow name","description":"The `name:` of a workflow, e.g. `Build content`.","type":"string","minLength":1}},"conclusions":{"title":"Conclusions (workflow_run)","description":"Conclusions of the finished run, any of.","type":"array","minItems":1,"items":{"title":"Conclusion","description":"How the run finished: `success`, `failure`, `cancelled`, ...","enum":["success","failure","cancelled","skipped","timed_out","action_required","neutral","stale","startup_failure"]}},"run":{"title":"Script to run","description":"The name of a script (or a flow) of this manifest.","$ref":"#/definitions/name"},"target":{"title":"Content repository","description":"A key of `repositories` (default: the script's default target).","$ref":"#/definitions/name"},"args":{"title":"Arguments","description":"Argument values by name. Text may hold `{event.PATH}` (a dotted path into the event payload) and the usual placeholders; the values are checked against the script's arguments like any request.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"title":"Argument value","description":"Text (may hold `{event.PATH}` and the usual placeholders), a number or a boolean.","type":["string","number","boolean"]}},"report-to":{"title":"Report to issue","description":"The issue number that gets the status comment of the run.","type":"integer","minimum":1},"open-issue-on-failure":{"title":"Open an issue on failure","description":"A failed run opens an issue titled after the trigger (or comments on it while it is open); a later success says so on it. Default false.","type":"boolean","default":false}}}}};
const schema12 = {"title":"Name","description":"Letters, digits, `_` and `-`, starting with a letter or digit. Safe in command-line flags, branch names, artifact names and paths.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]*$","patternErrorMessage":"letters, digits, `_` and `-` only, starting with a letter or digit"};
const schema13 = {"title":"Content repository","description":"A repository scripts work on: checked out before a run, and the base of pull requests of write scripts.","type":"object","additionalProperties":false,"required":["repository"],"properties":{"repository":{"title":"GitHub repository","description":"`owner/name` of the repository. Cloned from `GITHUB_SERVER_URL/owner/name` (so GitHub Enterprise Server works too) with the `content-token` input, unless `clone-url` is set.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\.\\.?$)[A-Za-z0-9._-]+$","patternErrorMessage":"`owner/name`, e.g. `isaacphysics/rutherford-content`, without `https://github.com/`"},"ref":{"title":"Branch","description":"Branch checked out, and the base of pull requests. Default: the repository's default branch.","type":"string","minLength":1},"path":{"title":"Checkout path","description":"Where the repository is checked out, relative to the scripts' working directory, inside it. Default: `data/<key>`.","type":"string","minLength":1},"title":{"title":"Title","description":"Shown in forms and comments. Default: the key.","type":"string","minLength":1},"clone-url":{"title":"Clone URL","description":"Clone from this URL instead of `GITHUB_SERVER_URL/owner/name`, e.g. a mirror or a `file://` URL. Pull requests still go to `repository`. Never put credentials in it: the `content-token` input is used.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9+.-]*://","patternErrorMessage":"a full URL such as `https://git.example.org/owner/name.git` or `file:///srv/git/name.git`"}}};
const schema14 = {"title":"Timeout (minutes)","description":"Minutes a run attempt may take before it is stopped (SIGTERM to its process group, then SIGKILL). Fractions allowed. Default 30; at most 7200 (5 days, the longest a GitHub Actions job may run).","type":"number","exclusiveMinimum":0,"maximum":7200,"default":30};
const schema15 = {"title":"Retries","description":"Extra attempts after a failed or timed-out one. Default 0, at most 10.","type":"integer","minimum":0,"maximum":10,"default":0};
const schema16 = {"title":"Environment","description":"Environment variables for the script: literal values, never expanded (numbers and booleans are taken as text). Under `defaults` they are merged with each script's own `env`. Names starting with `DISPATCH_` are reserved.","type":"object","propertyNames":{"title":"Variable name","description":"Letters, digits and `_`, not starting with a digit or `DISPATCH_`.","type":"string","pattern":"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$","patternErrorMessage":"letters, digits and `_`, not starting with a digit; names starting with `DISPATCH_` are set by the dispatcher"},"additionalProperties":{"title":"Value","description":"A literal value.","type":["string","number","boolean"]},"default":{}};
const schema17 = {"title":"Least permission","description":"The least permission the requester needs on the repository the workflow runs in: `read`, `triage`, `write`, `maintain` or `admin`. The script's own `permission` wins. Otherwise a `read` script needs `defaults.permission`, or `triage` when that is not set; a `write` script needs the higher of `defaults.permission` and `write`, so a default never lets a user below `write` run a write script.","type":"string","enum":["read","triage","write","maintain","admin"]};
const schema18 = {"title":"Allowed users","description":"GitHub logins allowed to run the script, on top of the permission level. Not set: anyone with the permission. A script's list replaces the default one.","type":"array","uniqueItems":true,"items":{"title":"User","description":"A GitHub login.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$","patternErrorMessage":"a GitHub login such as `octocat`, without `@`"}};
const schema19 = {"title":"Allowed teams","description":"Teams (`org/team-slug`) whose members may run the script, on top of the permission level. With `allow-users`, being on either list is enough. A script's list replaces the default one.","type":"array","uniqueItems":true,"items":{"title":"Team","description":"`org/team-slug`.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"`org/team-slug`, e.g. `isaacphysics/content-editors`, without `@`"}};
const schema20 = {"title":"Working directory","description":"The scripts' working directory, relative to `GITHUB_WORKSPACE` (the CLI: the current directory) and inside it. Default `.`.","type":"string","minLength":1,"default":"."};
const schema21 = {"title":"Pass arguments","description":"`flags` (default): append the request's arguments to the command as `--name=value`. `none`: append nothing; the script reads `DISPATCH_ARGS` or uses `{args.NAME}` placeholders.","type":"string","enum":["flags","none"],"default":"flags"};
const schema22 = {"title":"Commit author","description":"`Name <email>` of the commits a write script's changes become. Default: `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>`.","type":"string","pattern":"^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$","patternErrorMessage":"`Name <email>`, e.g. `Content Bot <bot@example.org>`"};
const schema23 = {"title":"Python","description":"The Python interpreter that runs notebooks with nbclient (a name on `PATH` or a path). Default `python3`. Only notebook scripts use it.","type":"string","minLength":1,"default":"python3"};
const func2 = Object.prototype.hasOwnProperty;
const func3 = codePoints;
function codePoints(text) { let n = 0; for (const _ of text) n++; return n; }
const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]*$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\.\\.?$)[A-Za-z0-9._-]+$", "u");
const pattern2 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*://", "u");
const pattern3 = new RegExp("^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern4 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$", "u");
const pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern6 = new RegExp("^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$", "u");
const pattern14 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$", "u");
const schema25 = {"title":"Script","description":"A script that may be run: its command (or notebook), arguments, targets and settings. Every setting can also get a default under `defaults`.","type":"object","additionalProperties":false,"if":{"properties":{"notebook":false}},"then":{"properties":{"command":true},"required":["command"]},"properties":{"title":{"title":"Title","description":"Shown in forms, comments and `/help`. Default: the script's name.","type":"string","minLength":1},"description":{"title":"Description","description":"What the script does, in Markdown. Shown in forms and `/help`.","type":"string","default":""},"command":{"title":"Command","description":"The program and its arguments, as a list: each element is one argv element, never split and never run through a shell. Elements may hold placeholders: `{job}`, `{script}`, `{target}`, `{target_path}`, `{output}`, `{issue}`, `{requester}`, `{args.NAME}`. The request's arguments are appended as `--name=value` unless `pass-args` is `none`.","type":"array","minItems":1,"items":{"title":"Command element","description":"One argv element; numbers are taken as text.","type":["string","number"]}},"notebook":{"title":"Notebook","description":"A Jupyter notebook (`.ipynb`) to run instead of `command`, relative to the working directory and inside the workspace. Its arguments are injected as papermill does (a cell tagged `injected-parameters` after the cell tagged `parameters`); it runs with nbclient under `python`.","type":"string","minLength":1},"kernel":{"title":"Kernel","description":"The Jupyter kernel that runs the notebook (e.g. `python3`, `ir`, `julia-1.10`, `bash`). Default: the notebook's own kernelspec.","type":"string","minLength":1,"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","patternErrorMessage":"a kernel name: letters, digits, `.`, `_` and `-`"},"mode":{"title":"Mode","description":"`read` (default): the script only writes outputs. `write`: its changes to the target checkout become a pull request on the content repository.","type":"string","enum":["read","write"],"default":"read"},"targets":{"title":"Targets","description":"Keys of the `repositories` a request may name; the first is the default. Default: all repositories, in the order they are declared. A `write` script needs at least one.","type":"array","uniqueItems":true,"items":{"title":"Target","description":"A key of `repositories`.","type":"string"}},"args":{"title":"Arguments","description":"The script's arguments, in the order forms show them. Each becomes `--<name>=<value>` on the command line (booleans: `--<name>` when true, nothing when false) unless `pass-args` is `none`; all of them are in `DISPATCH_ARGS`. Names: letters, digits, `_` and `-`, starting with a letter or digit.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/arg"}},"outputs":{"title":"Outputs","description":"Where the script writes its outputs (uploaded as the artifact `<script>-<job>`) and what must be there.","type":"object","additionalProperties":false,"properties":{"path":{"title":"Output directory","description":"Relative to the working directory, inside it; may hold placeholders such as `{job}`. Created empty before each run. Default: a fresh temporary directory. Also in `DISPATCH_OUTPUT` and `{output}`.","type":"string","minLength":1},"expect":{"title":"Expected outputs","description":"Globs, relative to the output directory, that must each match a file after a successful run; else the run fails.","type":"array","items":{"title":"Glob","description":"A glob such as `report.txt` or `*.csv`.","type":"string","minLength":1},"default":[]}}},"pull-request":{"title":"Pull request","description":"The pull request a `write` script's changes become.","type":"object","additionalProperties":false,"properties":{"title":{"title":"Pull request title","description":"May hold placeholders. Default: `{script} ({job})`.","type":"string","minLength":1,"default":"{script} ({job})"},"body":{"title":"Pull request body","description":"Markdown placed before the generated part (links to the issue and the run, the arguments, the changed files). May hold placeholders.","type":"string"},"labels":{"title":"Labels","description":"Labels added to the pull request.","type":"array","uniqueItems":true,"items":{"title":"Label","description":"A label name.","type":"string","minLength":1},"default":[]},"draft":{"title":"Draft","description":"Open the pull request as a draft. Default false.","type":"boolean","default":false}}},"timeout-minutes":{"$ref":"#/definitions/timeout-minutes"},"retries":{"$ref":"#/definitions/retries"},"env":{"$ref":"#/definitions/env"},"permission":{"$ref":"#/definitions/permission"},"allow-users":{"$ref":"#/definitions/allow-users"},"allow-teams":{"$ref":"#/definitions/allow-teams"},"working-directory":{"$ref":"#/definitions/working-directory"},"pass-args":{"$ref":"#/definitions/pass-args"},"commit-author":{"$ref":"#/definitions/commit-author"},"fan-out":{"$ref":"#/definitions/fan-out"},"python":{"$ref":"#/definitions/python"},"workflow-commands":{"title":"Workflow commands","description":"Let the script's output issue workflow commands (`::error::`, `::add-mask::`, `::set-output`...). Default false: its output is shown in the log as it is, and lines it prints that look like commands are not obeyed.","type":"boolean","default":false}}};
const schema27 = {"title":"Argument","description":"One argument of a script: a field in its issue form, a `name=value` in `/run`.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"title":"Type","description":"`text` (one line), `textarea` (several lines), `number`, `boolean`, `choice` (one of `options`), `csv` (a table, pasted or attached; the script gets the path of the file), `file` (pasted or attached; the script gets the path of the file).","type":"string","enum":["text","textarea","number","boolean","choice","csv","file"]},"title":{"title":"Title","description":"The label of the form field. Default: the argument's name.","type":"string","minLength":1},"description":{"title":"Description","description":"Help shown under the form field and in `/help`, in Markdown.","type":"string"},"example":{"title":"Example","description":"An example value, shown as the form field's placeholder and in `/help`.","type":["string","number","boolean"]},"required":{"title":"Required","description":"A request must give this argument. Default false. With a `default`, the default is used when none is given.","type":"boolean","default":false},"pattern":{"title":"Pattern","description":"`text` only: a JavaScript regular expression the whole value must match.","type":"string"},"options":{"title":"Options","description":"`choice` only, and required there: the values to choose from.","type":"array","minItems":1,"uniqueItems":true,"items":{"title":"Option","description":"One value; numbers are taken as text.","type":["string","number"]}},"min":{"title":"Minimum","description":"`number` only: the smallest value allowed.","type":"number"},"max":{"title":"Maximum","description":"`number` only: the largest value allowed.","type":"number"},"default":{"title":"Default","description":"The value used when a request does not give one. Must be valid for the type: a number within `min`/`max`, `true`/`false`, one of `options`, text matching `pattern`.","type":["string","number","boolean"]},"columns":{"title":"Columns","description":"`csv` only: the column names. When `header` is true the first row must hold them, in this order.","type":"array","minItems":1,"uniqueItems":true,"items":{"title":"Column","description":"A column name.","type":"string","minLength":1}},"header":{"title":"Header row","description":"`csv` only: the first row is a header row. Default true.","type":"boolean","default":true}}};
const schema37 = {"title":"Fan-out","description":"Run one request on many runners at once, through the workflow's matrix (`fan-out: plan`, `leg`, `gather`). `targets`: one leg per target the request names (`target: phy,ada` or `all`). `{csv: ARG, rows-per-leg: N}`: the data rows of the csv argument ARG, N per leg, the header row kept in every leg. At most 256 legs: more are grouped into 256.","oneOf":[{"title":"One leg per target","description":"One leg per target the request names (`target: phy,ada` or `all`).","type":"string","const":"targets"},{"title":"Rows of a csv argument","description":"The data rows of a `csv` argument, split into legs of `rows-per-leg` rows.","type":"object","additionalProperties":false,"required":["csv","rows-per-leg"],"properties":{"csv":{"title":"csv argument","description":"The name of one of the script's arguments of `type: csv`.","type":"string","minLength":1},"rows-per-leg":{"title":"Rows per leg","description":"How many data rows each leg runs on (at least 1). More than 256 legs' worth of rows are grouped into 256 legs.","type":"integer"}}}]};
const pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.notebook !== undefined){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.command === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'",schema:schema25.then.required,parentSchema:schema25.then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema25.if,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema25.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err4 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.title,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.title.type,parentSchema:schema25.properties.title,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.description.type,parentSchema:schema25.properties.description,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.command !== undefined){
let data3 = data.command;
if(Array.isArray(data3)){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema25.properties.command,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))){
const err8 = {instancePath:instancePath+"/command/" + i0,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: schema25.properties.command.items.type},message:"must be string,number",schema:schema25.properties.command.items.type,parentSchema:schema25.properties.command.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.command.type,parentSchema:schema25.properties.command,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.notebook !== undefined){
let data5 = data.notebook;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err10 = {instancePath:instancePath+"/notebook",schemaPath:"#/properties/notebook/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.notebook,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/notebook",schemaPath:"#/properties/notebook/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.notebook.type,parentSchema:schema25.properties.notebook,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.kernel !== undefined){
let data6 = data.kernel;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err12 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.kernel,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern8.test(data6)){
const err13 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema25.properties.kernel,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/kernel",schemaPath:"#/properties/kernel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.kernel.type,parentSchema:schema25.properties.kernel,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.mode !== undefined){
let data7 = data.mode;
if(typeof data7 !== "string"){
const err15 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.mode.type,parentSchema:schema25.properties.mode,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data7 === "read") || (data7 === "write"))){
const err16 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema25.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.mode.enum,parentSchema:schema25.properties.mode,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.targets !== undefined){
let data8 = data.targets;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(typeof data9 !== "string"){
const err17 = {instancePath:instancePath+"/targets/" + i1,schemaPath:"#/properties/targets/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.targets.items.type,parentSchema:schema25.properties.targets.items,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let i2 = data8.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data8[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err18 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema25.properties.targets,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err19 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.targets.type,parentSchema:schema25.properties.targets,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.args !== undefined){
let data10 = data.args;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key1 in data10){
const _errs25 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err20 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid8 = _errs25 === errors;
if(!valid8){
const err22 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema25.properties.args.propertyNames,parentSchema:schema25.properties.args,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key2 in data10){
let data11 = data10[key2];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.type === undefined){
const err23 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/arg/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema27.required,parentSchema:schema27,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data11){
if(!(func2.call(schema27.properties, key3))){
const err24 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/arg/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data11.type !== undefined){
let data12 = data11.type;
if(typeof data12 !== "string"){
const err25 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/arg/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.type.type,parentSchema:schema27.properties.type,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(((((((data12 === "text") || (data12 === "textarea")) || (data12 === "number")) || (data12 === "boolean")) || (data12 === "choice")) || (data12 === "csv")) || (data12 === "file"))){
const err26 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/arg/properties/type/enum",keyword:"enum",params:{allowedValues: schema27.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.type.enum,parentSchema:schema27.properties.type,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.title !== undefined){
let data13 = data11.title;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err27 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/definitions/arg/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.title,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/definitions/arg/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.title.type,parentSchema:schema27.properties.title,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data11.description !== undefined){
let data14 = data11.description;
if(typeof data14 !== "string"){
const err29 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/arg/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.description.type,parentSchema:schema27.properties.description,data:data14};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.example !== undefined){
let data15 = data11.example;
if(((typeof data15 !== "string") && (!((typeof data15 == "number") && (isFinite(data15))))) && (typeof data15 !== "boolean")){
const err30 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/example",schemaPath:"#/definitions/arg/properties/example/type",keyword:"type",params:{type: schema27.properties.example.type},message:"must be string,number,boolean",schema:schema27.properties.example.type,parentSchema:schema27.properties.example,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data11.required !== undefined){
let data16 = data11.required;
if(typeof data16 !== "boolean"){
const err31 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/definitions/arg/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.required.type,parentSchema:schema27.properties.required,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.pattern !== undefined){
let data17 = data11.pattern;
if(typeof data17 !== "string"){
const err32 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/definitions/arg/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.pattern.type,parentSchema:schema27.properties.pattern,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data11.options !== undefined){
let data18 = data11.options;
if(Array.isArray(data18)){
if(data18.length < 1){
const err33 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/arg/properties/options/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema27.properties.options,data:data18};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len2 = data18.length;
for(let i3=0; i3<len2; i3++){
let data19 = data18[i3];
if((typeof data19 !== "string") && (!((typeof data19 == "number") && (isFinite(data19))))){
const err34 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options/" + i3,schemaPath:"#/definitions/arg/properties/options/items/type",keyword:"type",params:{type: schema27.properties.options.items.type},message:"must be string,number",schema:schema27.properties.options.items.type,parentSchema:schema27.properties.options.items,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
let i4 = data18.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data18[i4];
if((typeof item1 !== "string") && (!((typeof item1 == "number") && (isFinite(item1))))){
continue;
}
if(typeof item1 == "string"){
item1 += "_";
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err35 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/arg/properties/options/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema27.properties.options,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err36 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/arg/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.options.type,parentSchema:schema27.properties.options,data:data18};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.min !== undefined){
let data20 = data11.min;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err37 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/definitions/arg/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.min.type,parentSchema:schema27.properties.min,data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11.max !== undefined){
let data21 = data11.max;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err38 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/definitions/arg/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.max.type,parentSchema:schema27.properties.max,data:data21};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.default !== undefined){
let data22 = data11.default;
if(((typeof data22 !== "string") && (!((typeof data22 == "number") && (isFinite(data22))))) && (typeof data22 !== "boolean")){
const err39 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/default",schemaPath:"#/definitions/arg/properties/default/type",keyword:"type",params:{type: schema27.properties.default.type},message:"must be string,number,boolean",schema:schema27.properties.default.type,parentSchema:schema27.properties.default,data:data22};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.columns !== undefined){
let data23 = data11.columns;
if(Array.isArray(data23)){
if(data23.length < 1){
const err40 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns",schemaPath:"#/definitions/arg/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema27.properties.columns,data:data23};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len3 = data23.length;
for(let i5=0; i5<len3; i5++){
let data24 = data23[i5];
if(typeof data24 === "string"){
if(func3(data24) < 1){
const err41 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns/" + i5,schemaPath:"#/definitions/arg/properties/columns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.columns.items,data:data24};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns/" + i5,schemaPath:"#/definitions/arg/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.columns.items.type,parentSchema:schema27.properties.columns.items,data:data24};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
let i6 = data23.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data23[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err43 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns",schemaPath:"#/definitions/arg/properties/columns/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema27.properties.columns,data:data23};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
break;
}
indices2[item2] = i6;
}
}
}
else {
const err44 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns",schemaPath:"#/definitions/arg/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.columns.type,parentSchema:schema27.properties.columns,data:data23};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data11.header !== undefined){
let data25 = data11.header;
if(typeof data25 !== "boolean"){
const err45 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/header",schemaPath:"#/definitions/arg/properties/header/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.header.type,parentSchema:schema27.properties.header,data:data25};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/arg/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.args.type,parentSchema:schema25.properties.args,data:data10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.outputs !== undefined){
let data26 = data.outputs;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key4 in data26){
if(!((key4 === "path") || (key4 === "expect"))){
const err48 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema25.properties.outputs,data:data26};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data26.path !== undefined){
let data27 = data26.path;
if(typeof data27 === "string"){
if(func3(data27) < 1){
const err49 = {instancePath:instancePath+"/outputs/path",schemaPath:"#/properties/outputs/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.outputs.properties.path,data:data27};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/outputs/path",schemaPath:"#/properties/outputs/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.outputs.properties.path.type,parentSchema:schema25.properties.outputs.properties.path,data:data27};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data26.expect !== undefined){
let data28 = data26.expect;
if(Array.isArray(data28)){
const len4 = data28.length;
for(let i7=0; i7<len4; i7++){
let data29 = data28[i7];
if(typeof data29 === "string"){
if(func3(data29) < 1){
const err51 = {instancePath:instancePath+"/outputs/expect/" + i7,schemaPath:"#/properties/outputs/properties/expect/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.outputs.properties.expect.items,data:data29};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/outputs/expect/" + i7,schemaPath:"#/properties/outputs/properties/expect/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.outputs.properties.expect.items.type,parentSchema:schema25.properties.outputs.properties.expect.items,data:data29};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/outputs/expect",schemaPath:"#/properties/outputs/properties/expect/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.outputs.properties.expect.type,parentSchema:schema25.properties.outputs.properties.expect,data:data28};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/outputs",schemaPath:"#/properties/outputs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.outputs.type,parentSchema:schema25.properties.outputs,data:data26};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data["pull-request"] !== undefined){
let data30 = data["pull-request"];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key5 in data30){
if(!((((key5 === "title") || (key5 === "body")) || (key5 === "labels")) || (key5 === "draft"))){
const err55 = {instancePath:instancePath+"/pull-request",schemaPath:"#/properties/pull-request/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema25.properties["pull-request"],data:data30};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data30.title !== undefined){
let data31 = data30.title;
if(typeof data31 === "string"){
if(func3(data31) < 1){
const err56 = {instancePath:instancePath+"/pull-request/title",schemaPath:"#/properties/pull-request/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties["pull-request"].properties.title,data:data31};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/pull-request/title",schemaPath:"#/properties/pull-request/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties["pull-request"].properties.title.type,parentSchema:schema25.properties["pull-request"].properties.title,data:data31};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data30.body !== undefined){
let data32 = data30.body;
if(typeof data32 !== "string"){
const err58 = {instancePath:instancePath+"/pull-request/body",schemaPath:"#/properties/pull-request/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties["pull-request"].properties.body.type,parentSchema:schema25.properties["pull-request"].properties.body,data:data32};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data30.labels !== undefined){
let data33 = data30.labels;
if(Array.isArray(data33)){
const len5 = data33.length;
for(let i8=0; i8<len5; i8++){
let data34 = data33[i8];
if(typeof data34 === "string"){
if(func3(data34) < 1){
const err59 = {instancePath:instancePath+"/pull-request/labels/" + i8,schemaPath:"#/properties/pull-request/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties["pull-request"].properties.labels.items,data:data34};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/pull-request/labels/" + i8,schemaPath:"#/properties/pull-request/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties["pull-request"].properties.labels.items.type,parentSchema:schema25.properties["pull-request"].properties.labels.items,data:data34};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
let i9 = data33.length;
let j3;
if(i9 > 1){
const indices3 = {};
for(;i9--;){
let item3 = data33[i9];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err61 = {instancePath:instancePath+"/pull-request/labels",schemaPath:"#/properties/pull-request/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i9+" are identical)",schema:true,parentSchema:schema25.properties["pull-request"].properties.labels,data:data33};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
break;
}
indices3[item3] = i9;
}
}
}
else {
const err62 = {instancePath:instancePath+"/pull-request/labels",schemaPath:"#/properties/pull-request/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties["pull-request"].properties.labels.type,parentSchema:schema25.properties["pull-request"].properties.labels,data:data33};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data30.draft !== undefined){
let data35 = data30.draft;
if(typeof data35 !== "boolean"){
const err63 = {instancePath:instancePath+"/pull-request/draft",schemaPath:"#/properties/pull-request/properties/draft/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties["pull-request"].properties.draft.type,parentSchema:schema25.properties["pull-request"].properties.draft,data:data35};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/pull-request",schemaPath:"#/properties/pull-request/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties["pull-request"].type,parentSchema:schema25.properties["pull-request"],data:data30};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data["timeout-minutes"] !== undefined){
let data36 = data["timeout-minutes"];
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 > 7200 || isNaN(data36)){
const err65 = {instancePath:instancePath+"/timeout-minutes",schemaPath:"#/definitions/timeout-minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7200},message:"must be <= 7200",schema:7200,parentSchema:schema14,data:data36};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data36 <= 0 || isNaN(data36)){
const err66 = {instancePath:instancePath+"/timeout-minutes",schemaPath:"#/definitions/timeout-minutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema14,data:data36};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/timeout-minutes",schemaPath:"#/definitions/timeout-minutes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data36};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.retries !== undefined){
let data37 = data.retries;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
const err68 = {instancePath:instancePath+"/retries",schemaPath:"#/definitions/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.type,parentSchema:schema15,data:data37};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 > 10 || isNaN(data37)){
const err69 = {instancePath:instancePath+"/retries",schemaPath:"#/definitions/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema15,data:data37};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data37 < 0 || isNaN(data37)){
const err70 = {instancePath:instancePath+"/retries",schemaPath:"#/definitions/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data37};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
if(data.env !== undefined){
let data38 = data.env;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key6 in data38){
const _errs92 = errors;
if(typeof key6 === "string"){
if(!pattern3.test(key6)){
const err71 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema16.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.propertyNames.type,parentSchema:schema16.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var valid29 = _errs92 === errors;
if(!valid29){
const err73 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema16.propertyNames,parentSchema:schema16,data:data38};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
for(const key7 in data38){
let data39 = data38[key7];
if(((typeof data39 !== "string") && (!((typeof data39 == "number") && (isFinite(data39))))) && (typeof data39 !== "boolean")){
const err74 = {instancePath:instancePath+"/env/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema16.additionalProperties.type},message:"must be string,number,boolean",schema:schema16.additionalProperties.type,parentSchema:schema16.additionalProperties,data:data39};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data38};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.permission !== undefined){
let data40 = data.permission;
if(typeof data40 !== "string"){
const err76 = {instancePath:instancePath+"/permission",schemaPath:"#/definitions/permission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data40};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!(((((data40 === "read") || (data40 === "triage")) || (data40 === "write")) || (data40 === "maintain")) || (data40 === "admin"))){
const err77 = {instancePath:instancePath+"/permission",schemaPath:"#/definitions/permission/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values",schema:schema17.enum,parentSchema:schema17,data:data40};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data["allow-users"] !== undefined){
let data41 = data["allow-users"];
if(Array.isArray(data41)){
const len6 = data41.length;
for(let i10=0; i10<len6; i10++){
let data42 = data41[i10];
if(typeof data42 === "string"){
if(!pattern4.test(data42)){
const err78 = {instancePath:instancePath+"/allow-users/" + i10,schemaPath:"#/definitions/allow-users/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$",parentSchema:schema18.items,data:data42};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/allow-users/" + i10,schemaPath:"#/definitions/allow-users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.items.type,parentSchema:schema18.items,data:data42};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
let i11 = data41.length;
let j4;
if(i11 > 1){
const indices4 = {};
for(;i11--;){
let item4 = data41[i11];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err80 = {instancePath:instancePath+"/allow-users",schemaPath:"#/definitions/allow-users/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i11+" are identical)",schema:true,parentSchema:schema18,data:data41};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
break;
}
indices4[item4] = i11;
}
}
}
else {
const err81 = {instancePath:instancePath+"/allow-users",schemaPath:"#/definitions/allow-users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.type,parentSchema:schema18,data:data41};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data["allow-teams"] !== undefined){
let data43 = data["allow-teams"];
if(Array.isArray(data43)){
const len7 = data43.length;
for(let i12=0; i12<len7; i12++){
let data44 = data43[i12];
if(typeof data44 === "string"){
if(!pattern5.test(data44)){
const err82 = {instancePath:instancePath+"/allow-teams/" + i12,schemaPath:"#/definitions/allow-teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema19.items,data:data44};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/allow-teams/" + i12,schemaPath:"#/definitions/allow-teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.items.type,parentSchema:schema19.items,data:data44};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
let i13 = data43.length;
let j5;
if(i13 > 1){
const indices5 = {};
for(;i13--;){
let item5 = data43[i13];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err84 = {instancePath:instancePath+"/allow-teams",schemaPath:"#/definitions/allow-teams/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i13+" are identical)",schema:true,parentSchema:schema19,data:data43};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
break;
}
indices5[item5] = i13;
}
}
}
else {
const err85 = {instancePath:instancePath+"/allow-teams",schemaPath:"#/definitions/allow-teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.type,parentSchema:schema19,data:data43};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data["working-directory"] !== undefined){
let data45 = data["working-directory"];
if(typeof data45 === "string"){
if(func3(data45) < 1){
const err86 = {instancePath:instancePath+"/working-directory",schemaPath:"#/definitions/working-directory/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data45};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/working-directory",schemaPath:"#/definitions/working-directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data45};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data["pass-args"] !== undefined){
let data46 = data["pass-args"];
if(typeof data46 !== "string"){
const err88 = {instancePath:instancePath+"/pass-args",schemaPath:"#/definitions/pass-args/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data:data46};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(!((data46 === "flags") || (data46 === "none"))){
const err89 = {instancePath:instancePath+"/pass-args",schemaPath:"#/definitions/pass-args/enum",keyword:"enum",params:{allowedValues: schema21.enum},message:"must be equal to one of the allowed values",schema:schema21.enum,parentSchema:schema21,data:data46};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data["commit-author"] !== undefined){
let data47 = data["commit-author"];
if(typeof data47 === "string"){
if(!pattern6.test(data47)){
const err90 = {instancePath:instancePath+"/commit-author",schemaPath:"#/definitions/commit-author/pattern",keyword:"pattern",params:{pattern: "^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$"},message:"must match pattern \""+"^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$"+"\"",schema:"^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$",parentSchema:schema22,data:data47};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/commit-author",schemaPath:"#/definitions/commit-author/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data47};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data["fan-out"] !== undefined){
let data48 = data["fan-out"];
const _errs121 = errors;
let valid44 = false;
let passing0 = null;
const _errs122 = errors;
if(typeof data48 !== "string"){
const err92 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.oneOf[0].type,parentSchema:schema37.oneOf[0],data:data48};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if("targets" !== data48){
const err93 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/0/const",keyword:"const",params:{allowedValue: "targets"},message:"must be equal to constant",schema:"targets",parentSchema:schema37.oneOf[0],data:data48};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid1 = _errs122 === errors;
if(_valid1){
valid44 = true;
passing0 = 0;
}
const _errs124 = errors;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
if(data48.csv === undefined){
const err94 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/required",keyword:"required",params:{missingProperty: "csv"},message:"must have required property '"+"csv"+"'",schema:schema37.oneOf[1].required,parentSchema:schema37.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data48["rows-per-leg"] === undefined){
const err95 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/required",keyword:"required",params:{missingProperty: "rows-per-leg"},message:"must have required property '"+"rows-per-leg"+"'",schema:schema37.oneOf[1].required,parentSchema:schema37.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
for(const key8 in data48){
if(!((key8 === "csv") || (key8 === "rows-per-leg"))){
const err96 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema37.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data48.csv !== undefined){
let data49 = data48.csv;
if(typeof data49 === "string"){
if(func3(data49) < 1){
const err97 = {instancePath:instancePath+"/fan-out/csv",schemaPath:"#/definitions/fan-out/oneOf/1/properties/csv/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.oneOf[1].properties.csv,data:data49};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/fan-out/csv",schemaPath:"#/definitions/fan-out/oneOf/1/properties/csv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.oneOf[1].properties.csv.type,parentSchema:schema37.oneOf[1].properties.csv,data:data49};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data48["rows-per-leg"] !== undefined){
let data50 = data48["rows-per-leg"];
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err99 = {instancePath:instancePath+"/fan-out/rows-per-leg",schemaPath:"#/definitions/fan-out/oneOf/1/properties/rows-per-leg/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.oneOf[1].properties["rows-per-leg"].type,parentSchema:schema37.oneOf[1].properties["rows-per-leg"],data:data50};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
else {
const err100 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.oneOf[1].type,parentSchema:schema37.oneOf[1],data:data48};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var _valid1 = _errs124 === errors;
if(_valid1 && valid44){
valid44 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid44 = true;
passing0 = 1;
}
}
if(!valid44){
const err101 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema37.oneOf,parentSchema:schema37,data:data48};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
else {
errors = _errs121;
if(vErrors !== null){
if(_errs121){
vErrors.length = _errs121;
}
else {
vErrors = null;
}
}
}
}
if(data.python !== undefined){
let data51 = data.python;
if(typeof data51 === "string"){
if(func3(data51) < 1){
const err102 = {instancePath:instancePath+"/python",schemaPath:"#/definitions/python/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23,data:data51};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/python",schemaPath:"#/definitions/python/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data:data51};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data["workflow-commands"] !== undefined){
let data52 = data["workflow-commands"];
if(typeof data52 !== "boolean"){
const err104 = {instancePath:instancePath+"/workflow-commands",schemaPath:"#/properties/workflow-commands/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties["workflow-commands"].type,parentSchema:schema25.properties["workflow-commands"],data:data52};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema40 = {"title":"Flow","description":"Scripts run as one request: one status comment, one artifact (a folder per step) and one record.","type":"object","additionalProperties":false,"required":["steps"],"properties":{"title":{"title":"Title","description":"Shown in forms, comments and `/help`. Default: the flow's name.","type":"string","minLength":1},"description":{"title":"Description","description":"What the flow does, in Markdown. Shown in forms and `/help`.","type":"string","default":""},"targets":{"title":"Targets","description":"Keys of the `repositories` a request may name; the first is the default. The flow run checks its target out once. Default: all repositories.","type":"array","uniqueItems":true,"items":{"title":"Target","description":"A key of `repositories`.","type":"string"}},"args":{"title":"Arguments","description":"The flow's own arguments, typed like a script's; steps use them as `{args.NAME}`.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/arg"}},"permission":{"$ref":"#/definitions/permission"},"fan-out":{"$ref":"#/definitions/fan-out"},"max-parallel":{"title":"Steps at once","description":"How many steps may run at the same time. Default: the number of CPUs.","type":"integer","minimum":1},"steps":{"title":"Steps","description":"The steps, keyed by a name other steps use in `needs` and `{steps.NAME.output}`. At least one.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"$ref":"#/definitions/flow-step"}}}};
const schema46 = {"title":"Step","description":"One script of a flow.","type":"object","additionalProperties":false,"required":["script"],"properties":{"script":{"title":"Script","description":"The name of a script of the manifest.","type":"string"},"needs":{"title":"Needs","description":"Steps that must succeed (or be taken from the cache) before this one starts.","type":"array","uniqueItems":true,"items":{"title":"Step","description":"The name of another step of this flow.","type":"string"}},"args":{"title":"Arguments","description":"Values of the script's arguments. They may hold `{args.NAME}` (the flow's arguments), `{target}`, `{job}` and `{steps.NAME.output}` (the absolute output directory of a step named in `needs`); values are checked against the script's argument types.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"title":"Value","description":"The argument's value; text may hold placeholders.","type":["string","number","boolean"]}},"cache":{"title":"Cache","description":"Take the step's outputs from the cache when nothing it depends on changed: the script's manifest entry, the files its command names, `cache-files`, its arguments, the target's commit and the outputs of the steps it needs. Not for write scripts. Default false.","type":"boolean","default":false},"cache-files":{"title":"Cache files","description":"Globs of further workspace files (helper modules, data) whose content enters the cache key.","type":"array","items":{"title":"Glob","description":"A glob relative to the working directory, such as `scripts/lib/**/*.py`.","type":"string","minLength":1}}}};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.script === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "script"},message:"must have required property '"+"script"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "script") || (key0 === "needs")) || (key0 === "args")) || (key0 === "cache")) || (key0 === "cache-files"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.script !== undefined){
let data0 = data.script;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/script",schemaPath:"#/properties/script/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.script.type,parentSchema:schema46.properties.script,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.needs !== undefined){
let data1 = data.needs;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/needs/" + i0,schemaPath:"#/properties/needs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.needs.items.type,parentSchema:schema46.properties.needs.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err4 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema46.properties.needs,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err5 = {instancePath:instancePath+"/needs",schemaPath:"#/properties/needs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties.needs.type,parentSchema:schema46.properties.needs,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.args !== undefined){
let data3 = data.args;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs10 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err6 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid4 = _errs10 === errors;
if(!valid4){
const err8 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema46.properties.args.propertyNames,parentSchema:schema46.properties.args,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data3){
let data4 = data3[key2];
if(((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){
const err9 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/args/additionalProperties/type",keyword:"type",params:{type: schema46.properties.args.additionalProperties.type},message:"must be string,number,boolean",schema:schema46.properties.args.additionalProperties.type,parentSchema:schema46.properties.args.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.args.type,parentSchema:schema46.properties.args,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.cache !== undefined){
let data5 = data.cache;
if(typeof data5 !== "boolean"){
const err11 = {instancePath:instancePath+"/cache",schemaPath:"#/properties/cache/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema46.properties.cache.type,parentSchema:schema46.properties.cache,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data["cache-files"] !== undefined){
let data6 = data["cache-files"];
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i2=0; i2<len1; i2++){
let data7 = data6[i2];
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err12 = {instancePath:instancePath+"/cache-files/" + i2,schemaPath:"#/properties/cache-files/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties["cache-files"].items,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/cache-files/" + i2,schemaPath:"#/properties/cache-files/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties["cache-files"].items.type,parentSchema:schema46.properties["cache-files"].items,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/cache-files",schemaPath:"#/properties/cache-files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.properties["cache-files"].type,parentSchema:schema46.properties["cache-files"],data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.steps === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "title") || (key0 === "description")) || (key0 === "targets")) || (key0 === "args")) || (key0 === "permission")) || (key0 === "fan-out")) || (key0 === "max-parallel")) || (key0 === "steps"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.title !== undefined){
let data0 = data.title;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.title,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.title.type,parentSchema:schema40.properties.title,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.description.type,parentSchema:schema40.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.targets !== undefined){
let data2 = data.targets;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/targets/" + i0,schemaPath:"#/properties/targets/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.targets.items.type,parentSchema:schema40.properties.targets.items,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data2[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err6 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema40.properties.targets,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err7 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.targets.type,parentSchema:schema40.properties.targets,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.args !== undefined){
let data4 = data.args;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
const _errs12 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err8 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid4 = _errs12 === errors;
if(!valid4){
const err10 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema40.properties.args.propertyNames,parentSchema:schema40.properties.args,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key2 in data4){
let data5 = data4[key2];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.type === undefined){
const err11 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/arg/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema27.required,parentSchema:schema27,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key3 in data5){
if(!(func2.call(schema27.properties, key3))){
const err12 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/arg/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.type !== undefined){
let data6 = data5.type;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/arg/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.type.type,parentSchema:schema27.properties.type,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(((((((data6 === "text") || (data6 === "textarea")) || (data6 === "number")) || (data6 === "boolean")) || (data6 === "choice")) || (data6 === "csv")) || (data6 === "file"))){
const err14 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/arg/properties/type/enum",keyword:"enum",params:{allowedValues: schema27.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.type.enum,parentSchema:schema27.properties.type,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.title !== undefined){
let data7 = data5.title;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err15 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/definitions/arg/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.title,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/definitions/arg/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.title.type,parentSchema:schema27.properties.title,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.description !== undefined){
let data8 = data5.description;
if(typeof data8 !== "string"){
const err17 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/arg/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.description.type,parentSchema:schema27.properties.description,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.example !== undefined){
let data9 = data5.example;
if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){
const err18 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/example",schemaPath:"#/definitions/arg/properties/example/type",keyword:"type",params:{type: schema27.properties.example.type},message:"must be string,number,boolean",schema:schema27.properties.example.type,parentSchema:schema27.properties.example,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.required !== undefined){
let data10 = data5.required;
if(typeof data10 !== "boolean"){
const err19 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/definitions/arg/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.required.type,parentSchema:schema27.properties.required,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.pattern !== undefined){
let data11 = data5.pattern;
if(typeof data11 !== "string"){
const err20 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/definitions/arg/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.pattern.type,parentSchema:schema27.properties.pattern,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.options !== undefined){
let data12 = data5.options;
if(Array.isArray(data12)){
if(data12.length < 1){
const err21 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/arg/properties/options/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema27.properties.options,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len1 = data12.length;
for(let i2=0; i2<len1; i2++){
let data13 = data12[i2];
if((typeof data13 !== "string") && (!((typeof data13 == "number") && (isFinite(data13))))){
const err22 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options/" + i2,schemaPath:"#/definitions/arg/properties/options/items/type",keyword:"type",params:{type: schema27.properties.options.items.type},message:"must be string,number",schema:schema27.properties.options.items.type,parentSchema:schema27.properties.options.items,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i3 = data12.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data12[i3];
if((typeof item1 !== "string") && (!((typeof item1 == "number") && (isFinite(item1))))){
continue;
}
if(typeof item1 == "string"){
item1 += "_";
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err23 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/arg/properties/options/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema27.properties.options,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err24 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/options",schemaPath:"#/definitions/arg/properties/options/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.options.type,parentSchema:schema27.properties.options,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.min !== undefined){
let data14 = data5.min;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err25 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/definitions/arg/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.min.type,parentSchema:schema27.properties.min,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.max !== undefined){
let data15 = data5.max;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err26 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/definitions/arg/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.max.type,parentSchema:schema27.properties.max,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.default !== undefined){
let data16 = data5.default;
if(((typeof data16 !== "string") && (!((typeof data16 == "number") && (isFinite(data16))))) && (typeof data16 !== "boolean")){
const err27 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/default",schemaPath:"#/definitions/arg/properties/default/type",keyword:"type",params:{type: schema27.properties.default.type},message:"must be string,number,boolean",schema:schema27.properties.default.type,parentSchema:schema27.properties.default,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.columns !== undefined){
let data17 = data5.columns;
if(Array.isArray(data17)){
if(data17.length < 1){
const err28 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns",schemaPath:"#/definitions/arg/properties/columns/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema27.properties.columns,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len2 = data17.length;
for(let i4=0; i4<len2; i4++){
let data18 = data17[i4];
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err29 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns/" + i4,schemaPath:"#/definitions/arg/properties/columns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.columns.items,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns/" + i4,schemaPath:"#/definitions/arg/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.columns.items.type,parentSchema:schema27.properties.columns.items,data:data18};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let i5 = data17.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data17[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err31 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns",schemaPath:"#/definitions/arg/properties/columns/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema27.properties.columns,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err32 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/columns",schemaPath:"#/definitions/arg/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.columns.type,parentSchema:schema27.properties.columns,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.header !== undefined){
let data19 = data5.header;
if(typeof data19 !== "boolean"){
const err33 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/header",schemaPath:"#/definitions/arg/properties/header/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.header.type,parentSchema:schema27.properties.header,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/arg/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data:data5};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.args.type,parentSchema:schema40.properties.args,data:data4};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.permission !== undefined){
let data20 = data.permission;
if(typeof data20 !== "string"){
const err36 = {instancePath:instancePath+"/permission",schemaPath:"#/definitions/permission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data20};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(((((data20 === "read") || (data20 === "triage")) || (data20 === "write")) || (data20 === "maintain")) || (data20 === "admin"))){
const err37 = {instancePath:instancePath+"/permission",schemaPath:"#/definitions/permission/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values",schema:schema17.enum,parentSchema:schema17,data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data["fan-out"] !== undefined){
let data21 = data["fan-out"];
const _errs53 = errors;
let valid17 = false;
let passing0 = null;
const _errs54 = errors;
if(typeof data21 !== "string"){
const err38 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.oneOf[0].type,parentSchema:schema37.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if("targets" !== data21){
const err39 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/0/const",keyword:"const",params:{allowedValue: "targets"},message:"must be equal to constant",schema:"targets",parentSchema:schema37.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid0 = _errs54 === errors;
if(_valid0){
valid17 = true;
passing0 = 0;
}
const _errs56 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.csv === undefined){
const err40 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/required",keyword:"required",params:{missingProperty: "csv"},message:"must have required property '"+"csv"+"'",schema:schema37.oneOf[1].required,parentSchema:schema37.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data21["rows-per-leg"] === undefined){
const err41 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/required",keyword:"required",params:{missingProperty: "rows-per-leg"},message:"must have required property '"+"rows-per-leg"+"'",schema:schema37.oneOf[1].required,parentSchema:schema37.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key4 in data21){
if(!((key4 === "csv") || (key4 === "rows-per-leg"))){
const err42 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema37.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data21.csv !== undefined){
let data22 = data21.csv;
if(typeof data22 === "string"){
if(func3(data22) < 1){
const err43 = {instancePath:instancePath+"/fan-out/csv",schemaPath:"#/definitions/fan-out/oneOf/1/properties/csv/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.oneOf[1].properties.csv,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/fan-out/csv",schemaPath:"#/definitions/fan-out/oneOf/1/properties/csv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.oneOf[1].properties.csv.type,parentSchema:schema37.oneOf[1].properties.csv,data:data22};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data21["rows-per-leg"] !== undefined){
let data23 = data21["rows-per-leg"];
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err45 = {instancePath:instancePath+"/fan-out/rows-per-leg",schemaPath:"#/definitions/fan-out/oneOf/1/properties/rows-per-leg/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.oneOf[1].properties["rows-per-leg"].type,parentSchema:schema37.oneOf[1].properties["rows-per-leg"],data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.oneOf[1].type,parentSchema:schema37.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid0 = _errs56 === errors;
if(_valid0 && valid17){
valid17 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid17 = true;
passing0 = 1;
}
}
if(!valid17){
const err47 = {instancePath:instancePath+"/fan-out",schemaPath:"#/definitions/fan-out/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema37.oneOf,parentSchema:schema37,data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
}
if(data["max-parallel"] !== undefined){
let data24 = data["max-parallel"];
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err48 = {instancePath:instancePath+"/max-parallel",schemaPath:"#/properties/max-parallel/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema40.properties["max-parallel"].type,parentSchema:schema40.properties["max-parallel"],data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 1 || isNaN(data24)){
const err49 = {instancePath:instancePath+"/max-parallel",schemaPath:"#/properties/max-parallel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema40.properties["max-parallel"],data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data.steps !== undefined){
let data25 = data.steps;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(Object.keys(data25).length < 1){
const err50 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema40.properties.steps,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key5 in data25){
const _errs67 = errors;
if(typeof key5 === "string"){
if(!pattern0.test(key5)){
const err51 = {instancePath:instancePath+"/steps",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/steps",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var valid19 = _errs67 === errors;
if(!valid19){
const err53 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema40.properties.steps.propertyNames,parentSchema:schema40.properties.steps,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
for(const key6 in data25){
if(!(validate14(data25[key6], {instancePath:instancePath+"/steps/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data25,parentDataProperty:key6,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err54 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.steps.type,parentSchema:schema40.properties.steps,data:data25};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema48 = {"title":"Trigger","description":"Runs `run` when the workflow's event is `on` and every filter given here matches.","type":"object","additionalProperties":false,"required":["on","run"],"properties":{"on":{"title":"Event","description":"The event name, as in the workflow's `on:` (e.g. `push`, `schedule`, `repository_dispatch`, `workflow_run`).","type":"string","pattern":"^[a-z][a-z_]*$","patternErrorMessage":"an event name such as `push`, `schedule`, `repository_dispatch` or `workflow_run`"},"branches":{"title":"Branches (push)","description":"Globs the pushed branch must match (e.g. `main`, `release/**`); a glob starting with `!` excludes, the last glob that matches decides. Without it: any branch or tag.","type":"array","minItems":1,"items":{"title":"Branch glob","description":"A glob of branch names, e.g. `main` or `release/**`; `!` in front excludes.","type":"string","minLength":1}},"paths":{"title":"Paths (push)","description":"Globs matched against every file the push changed (computed by the action, no limit on their number); the trigger matches when one of them matches. A glob starting with `!` excludes.","type":"array","minItems":1,"items":{"title":"Path glob","description":"A glob of file paths relative to the repository root, e.g. `content/**/*.json`; `!` in front excludes.","type":"string","minLength":1}},"cron":{"title":"Cron (schedule)","description":"Must equal one `cron` of the workflow's `schedule`: `github.event.schedule` says which one fired. Without it: every schedule.","type":"string","minLength":1},"types":{"title":"Types","description":"The event's activity types (`github.event.action`; for repository_dispatch, the `event_type`), any of.","type":"array","minItems":1,"items":{"title":"Type","description":"An activity type (`github.event.action`), e.g. `run-complete`.","type":"string","minLength":1}},"when":{"title":"Conditions on the event","description":"Dotted paths into the event payload (e.g. `client_payload.plan_name`) and the value each must have; a list means any of. All must hold.","type":"object","minProperties":1,"propertyNames":{"title":"Payload path","description":"A dotted path into the event payload, e.g. `client_payload.plan_name`.","type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$","patternErrorMessage":"a dotted path into the payload, such as `client_payload.plan_name`"},"additionalProperties":{"title":"Allowed value","description":"The value the payload must have there, or a list of values (any of).","anyOf":[{"type":["string","number","boolean"]},{"type":"array","minItems":1,"items":{"type":["string","number","boolean"]}}]}},"workflows":{"title":"Workflows (workflow_run)","description":"Names of the workflows whose runs start this trigger (`github.event.workflow_run.name`), any of.","type":"array","minItems":1,"items":{"title":"Workflow name","description":"The `name:` of a workflow, e.g. `Build content`.","type":"string","minLength":1}},"conclusions":{"title":"Conclusions (workflow_run)","description":"Conclusions of the finished run, any of.","type":"array","minItems":1,"items":{"title":"Conclusion","description":"How the run finished: `success`, `failure`, `cancelled`, ...","enum":["success","failure","cancelled","skipped","timed_out","action_required","neutral","stale","startup_failure"]}},"run":{"title":"Script to run","description":"The name of a script (or a flow) of this manifest.","$ref":"#/definitions/name"},"target":{"title":"Content repository","description":"A key of `repositories` (default: the script's default target).","$ref":"#/definitions/name"},"args":{"title":"Arguments","description":"Argument values by name. Text may hold `{event.PATH}` (a dotted path into the event payload) and the usual placeholders; the values are checked against the script's arguments like any request.","type":"object","propertyNames":{"$ref":"#/definitions/name"},"additionalProperties":{"title":"Argument value","description":"Text (may hold `{event.PATH}` and the usual placeholders), a number or a boolean.","type":["string","number","boolean"]}},"report-to":{"title":"Report to issue","description":"The issue number that gets the status comment of the run.","type":"integer","minimum":1},"open-issue-on-failure":{"title":"Open an issue on failure","description":"A failed run opens an issue titled after the trigger (or comments on it while it is open); a later success says so on it. Default false.","type":"boolean","default":false}}};
const pattern19 = new RegExp("^[a-z][a-z_]*$", "u");
const pattern20 = new RegExp("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.on === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "on"},message:"must have required property '"+"on"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.run === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema48.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.on !== undefined){
let data0 = data.on;
if(typeof data0 === "string"){
if(!pattern19.test(data0)){
const err3 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z_]*$"},message:"must match pattern \""+"^[a-z][a-z_]*$"+"\"",schema:"^[a-z][a-z_]*$",parentSchema:schema48.properties.on,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/on",schemaPath:"#/properties/on/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.on.type,parentSchema:schema48.properties.on,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.branches !== undefined){
let data1 = data.branches;
if(Array.isArray(data1)){
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.branches,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err6 = {instancePath:instancePath+"/branches/" + i0,schemaPath:"#/properties/branches/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.branches.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/branches/" + i0,schemaPath:"#/properties/branches/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.branches.items.type,parentSchema:schema48.properties.branches.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/branches",schemaPath:"#/properties/branches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.branches.type,parentSchema:schema48.properties.branches,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.paths !== undefined){
let data3 = data.paths;
if(Array.isArray(data3)){
if(data3.length < 1){
const err9 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.paths,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err10 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.paths.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.paths.items.type,parentSchema:schema48.properties.paths.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.paths.type,parentSchema:schema48.properties.paths,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.cron !== undefined){
let data5 = data.cron;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err13 = {instancePath:instancePath+"/cron",schemaPath:"#/properties/cron/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.cron,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/cron",schemaPath:"#/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.cron.type,parentSchema:schema48.properties.cron,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.types !== undefined){
let data6 = data.types;
if(Array.isArray(data6)){
if(data6.length < 1){
const err15 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.types,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err16 = {instancePath:instancePath+"/types/" + i2,schemaPath:"#/properties/types/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.types.items,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/types/" + i2,schemaPath:"#/properties/types/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.types.items.type,parentSchema:schema48.properties.types.items,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/types",schemaPath:"#/properties/types/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.types.type,parentSchema:schema48.properties.types,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.when !== undefined){
let data8 = data.when;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length < 1){
const err19 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema48.properties.when,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data8){
const _errs20 = errors;
if(typeof key1 === "string"){
if(!pattern20.test(key1)){
const err20 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"+"\"",schema:"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$",parentSchema:schema48.properties.when.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.when.propertyNames.type,parentSchema:schema48.properties.when.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var valid7 = _errs20 === errors;
if(!valid7){
const err22 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema48.properties.when.propertyNames,parentSchema:schema48.properties.when,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key2 in data8){
let data9 = data8[key2];
const _errs24 = errors;
let valid9 = false;
const _errs25 = errors;
if(((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")){
const err23 = {instancePath:instancePath+"/when/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/when/additionalProperties/anyOf/0/type",keyword:"type",params:{type: schema48.properties.when.additionalProperties.anyOf[0].type},message:"must be string,number,boolean",schema:schema48.properties.when.additionalProperties.anyOf[0].type,parentSchema:schema48.properties.when.additionalProperties.anyOf[0],data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid9 = valid9 || _valid0;
if(!valid9){
const _errs27 = errors;
if(Array.isArray(data9)){
if(data9.length < 1){
const err24 = {instancePath:instancePath+"/when/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/when/additionalProperties/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.when.additionalProperties.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
let data10 = data9[i3];
if(((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")){
const err25 = {instancePath:instancePath+"/when/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i3,schemaPath:"#/properties/when/additionalProperties/anyOf/1/items/type",keyword:"type",params:{type: schema48.properties.when.additionalProperties.anyOf[1].items.type},message:"must be string,number,boolean",schema:schema48.properties.when.additionalProperties.anyOf[1].items.type,parentSchema:schema48.properties.when.additionalProperties.anyOf[1].items,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/when/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/when/additionalProperties/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.when.additionalProperties.anyOf[1].type,parentSchema:schema48.properties.when.additionalProperties.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs27 === errors;
valid9 = valid9 || _valid0;
}
if(!valid9){
const err27 = {instancePath:instancePath+"/when/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/when/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema48.properties.when.additionalProperties.anyOf,parentSchema:schema48.properties.when.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.when.type,parentSchema:schema48.properties.when,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.workflows !== undefined){
let data11 = data.workflows;
if(Array.isArray(data11)){
if(data11.length < 1){
const err29 = {instancePath:instancePath+"/workflows",schemaPath:"#/properties/workflows/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.workflows,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len4 = data11.length;
for(let i4=0; i4<len4; i4++){
let data12 = data11[i4];
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err30 = {instancePath:instancePath+"/workflows/" + i4,schemaPath:"#/properties/workflows/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.workflows.items,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/workflows/" + i4,schemaPath:"#/properties/workflows/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.workflows.items.type,parentSchema:schema48.properties.workflows.items,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/workflows",schemaPath:"#/properties/workflows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.workflows.type,parentSchema:schema48.properties.workflows,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.conclusions !== undefined){
let data13 = data.conclusions;
if(Array.isArray(data13)){
if(data13.length < 1){
const err33 = {instancePath:instancePath+"/conclusions",schemaPath:"#/properties/conclusions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.conclusions,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len5 = data13.length;
for(let i5=0; i5<len5; i5++){
let data14 = data13[i5];
if(!(((((((((data14 === "success") || (data14 === "failure")) || (data14 === "cancelled")) || (data14 === "skipped")) || (data14 === "timed_out")) || (data14 === "action_required")) || (data14 === "neutral")) || (data14 === "stale")) || (data14 === "startup_failure"))){
const err34 = {instancePath:instancePath+"/conclusions/" + i5,schemaPath:"#/properties/conclusions/items/enum",keyword:"enum",params:{allowedValues: schema48.properties.conclusions.items.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.conclusions.items.enum,parentSchema:schema48.properties.conclusions.items,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/conclusions",schemaPath:"#/properties/conclusions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.conclusions.type,parentSchema:schema48.properties.conclusions,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.run !== undefined){
let data15 = data.run;
if(typeof data15 === "string"){
if(!pattern0.test(data15)){
const err36 = {instancePath:instancePath+"/run",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/run",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.target !== undefined){
let data16 = data.target;
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err38 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/target",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.args !== undefined){
let data17 = data.args;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key3 in data17){
const _errs46 = errors;
if(typeof key3 === "string"){
if(!pattern0.test(key3)){
const err40 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/args",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var valid18 = _errs46 === errors;
if(!valid18){
const err42 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema48.properties.args.propertyNames,parentSchema:schema48.properties.args,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
for(const key4 in data17){
let data18 = data17[key4];
if(((typeof data18 !== "string") && (!((typeof data18 == "number") && (isFinite(data18))))) && (typeof data18 !== "boolean")){
const err43 = {instancePath:instancePath+"/args/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/args/additionalProperties/type",keyword:"type",params:{type: schema48.properties.args.additionalProperties.type},message:"must be string,number,boolean",schema:schema48.properties.args.additionalProperties.type,parentSchema:schema48.properties.args.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.args.type,parentSchema:schema48.properties.args,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data["report-to"] !== undefined){
let data19 = data["report-to"];
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err45 = {instancePath:instancePath+"/report-to",schemaPath:"#/properties/report-to/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties["report-to"].type,parentSchema:schema48.properties["report-to"],data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
const err46 = {instancePath:instancePath+"/report-to",schemaPath:"#/properties/report-to/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48.properties["report-to"],data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data["open-issue-on-failure"] !== undefined){
let data20 = data["open-issue-on-failure"];
if(typeof data20 !== "boolean"){
const err47 = {instancePath:instancePath+"/open-issue-on-failure",schemaPath:"#/properties/open-issue-on-failure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema48.properties["open-issue-on-failure"].type,parentSchema:schema48.properties["open-issue-on-failure"],data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:script-dispatcher:manifest:1" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.scripts === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scripts"},message:"must have required property '"+"scripts"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.repositories !== undefined){
let data1 = data.repositories;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs5 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err4 = {instancePath:instancePath+"/repositories",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/repositories",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid1 = _errs5 === errors;
if(!valid1){
const err6 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.repositories.propertyNames,parentSchema:schema11.properties.repositories,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.repository === undefined){
const err7 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/repository/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema13.required,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key3 in data2){
if(!(((((key3 === "repository") || (key3 === "ref")) || (key3 === "path")) || (key3 === "title")) || (key3 === "clone-url"))){
const err8 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/repository/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.repository !== undefined){
let data3 = data2.repository;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err9 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/repository",schemaPath:"#/definitions/repository/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\.\\.?$)[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\.\\.?$)[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]*/(?!\\.\\.?$)[A-Za-z0-9._-]+$",parentSchema:schema13.properties.repository,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/repository",schemaPath:"#/definitions/repository/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.repository.type,parentSchema:schema13.properties.repository,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.ref !== undefined){
let data4 = data2.ref;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err11 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/ref",schemaPath:"#/definitions/repository/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.ref,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/ref",schemaPath:"#/definitions/repository/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.ref.type,parentSchema:schema13.properties.ref,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.path !== undefined){
let data5 = data2.path;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err13 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"#/definitions/repository/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.path,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/path",schemaPath:"#/definitions/repository/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.path.type,parentSchema:schema13.properties.path,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.title !== undefined){
let data6 = data2.title;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err15 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/definitions/repository/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.title,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/title",schemaPath:"#/definitions/repository/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.title.type,parentSchema:schema13.properties.title,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2["clone-url"] !== undefined){
let data7 = data2["clone-url"];
if(typeof data7 === "string"){
if(!pattern2.test(data7)){
const err17 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/clone-url",schemaPath:"#/definitions/repository/properties/clone-url/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*://"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*://"+"\"",schema:"^[A-Za-z][A-Za-z0-9+.-]*://",parentSchema:schema13.properties["clone-url"],data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/clone-url",schemaPath:"#/definitions/repository/properties/clone-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties["clone-url"].type,parentSchema:schema13.properties["clone-url"],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/repositories/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/repository/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/repositories",schemaPath:"#/properties/repositories/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.repositories.type,parentSchema:schema11.properties.repositories,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.defaults !== undefined){
let data8 = data.defaults;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key4 in data8){
if(!(func2.call(schema11.properties.defaults.properties, key4))){
const err21 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8["timeout-minutes"] !== undefined){
let data9 = data8["timeout-minutes"];
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 7200 || isNaN(data9)){
const err22 = {instancePath:instancePath+"/defaults/timeout-minutes",schemaPath:"#/definitions/timeout-minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7200},message:"must be <= 7200",schema:7200,parentSchema:schema14,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data9 <= 0 || isNaN(data9)){
const err23 = {instancePath:instancePath+"/defaults/timeout-minutes",schemaPath:"#/definitions/timeout-minutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema14,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/defaults/timeout-minutes",schemaPath:"#/definitions/timeout-minutes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.type,parentSchema:schema14,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8.retries !== undefined){
let data10 = data8.retries;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/defaults/retries",schemaPath:"#/definitions/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema15.type,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 10 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/defaults/retries",schemaPath:"#/definitions/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/defaults/retries",schemaPath:"#/definitions/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema15,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data8.env !== undefined){
let data11 = data8.env;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key5 in data11){
const _errs35 = errors;
if(typeof key5 === "string"){
if(!pattern3.test(key5)){
const err28 = {instancePath:instancePath+"/defaults/env",schemaPath:"#/definitions/env/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^(?!DISPATCH_)[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema16.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/defaults/env",schemaPath:"#/definitions/env/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.propertyNames.type,parentSchema:schema16.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid10 = _errs35 === errors;
if(!valid10){
const err30 = {instancePath:instancePath+"/defaults/env",schemaPath:"#/definitions/env/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema16.propertyNames,parentSchema:schema16,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
for(const key6 in data11){
let data12 = data11[key6];
if(((typeof data12 !== "string") && (!((typeof data12 == "number") && (isFinite(data12))))) && (typeof data12 !== "boolean")){
const err31 = {instancePath:instancePath+"/defaults/env/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/env/additionalProperties/type",keyword:"type",params:{type: schema16.additionalProperties.type},message:"must be string,number,boolean",schema:schema16.additionalProperties.type,parentSchema:schema16.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/defaults/env",schemaPath:"#/definitions/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data8.permission !== undefined){
let data13 = data8.permission;
if(typeof data13 !== "string"){
const err33 = {instancePath:instancePath+"/defaults/permission",schemaPath:"#/definitions/permission/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.type,parentSchema:schema17,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(((((data13 === "read") || (data13 === "triage")) || (data13 === "write")) || (data13 === "maintain")) || (data13 === "admin"))){
const err34 = {instancePath:instancePath+"/defaults/permission",schemaPath:"#/definitions/permission/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values",schema:schema17.enum,parentSchema:schema17,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data8["allow-users"] !== undefined){
let data14 = data8["allow-users"];
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(typeof data15 === "string"){
if(!pattern4.test(data15)){
const err35 = {instancePath:instancePath+"/defaults/allow-users/" + i0,schemaPath:"#/definitions/allow-users/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\\[bot\\])?$",parentSchema:schema18.items,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/defaults/allow-users/" + i0,schemaPath:"#/definitions/allow-users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.items.type,parentSchema:schema18.items,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
let i1 = data14.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data14[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err37 = {instancePath:instancePath+"/defaults/allow-users",schemaPath:"#/definitions/allow-users/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema18,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err38 = {instancePath:instancePath+"/defaults/allow-users",schemaPath:"#/definitions/allow-users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.type,parentSchema:schema18,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data8["allow-teams"] !== undefined){
let data16 = data8["allow-teams"];
if(Array.isArray(data16)){
const len1 = data16.length;
for(let i2=0; i2<len1; i2++){
let data17 = data16[i2];
if(typeof data17 === "string"){
if(!pattern5.test(data17)){
const err39 = {instancePath:instancePath+"/defaults/allow-teams/" + i2,schemaPath:"#/definitions/allow-teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema19.items,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/defaults/allow-teams/" + i2,schemaPath:"#/definitions/allow-teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.items.type,parentSchema:schema19.items,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
let i3 = data16.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data16[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err41 = {instancePath:instancePath+"/defaults/allow-teams",schemaPath:"#/definitions/allow-teams/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema19,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err42 = {instancePath:instancePath+"/defaults/allow-teams",schemaPath:"#/definitions/allow-teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.type,parentSchema:schema19,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data8["working-directory"] !== undefined){
let data18 = data8["working-directory"];
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err43 = {instancePath:instancePath+"/defaults/working-directory",schemaPath:"#/definitions/working-directory/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/defaults/working-directory",schemaPath:"#/definitions/working-directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data8["pass-args"] !== undefined){
let data19 = data8["pass-args"];
if(typeof data19 !== "string"){
const err45 = {instancePath:instancePath+"/defaults/pass-args",schemaPath:"#/definitions/pass-args/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.type,parentSchema:schema21,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!((data19 === "flags") || (data19 === "none"))){
const err46 = {instancePath:instancePath+"/defaults/pass-args",schemaPath:"#/definitions/pass-args/enum",keyword:"enum",params:{allowedValues: schema21.enum},message:"must be equal to one of the allowed values",schema:schema21.enum,parentSchema:schema21,data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data8["commit-author"] !== undefined){
let data20 = data8["commit-author"];
if(typeof data20 === "string"){
if(!pattern6.test(data20)){
const err47 = {instancePath:instancePath+"/defaults/commit-author",schemaPath:"#/definitions/commit-author/pattern",keyword:"pattern",params:{pattern: "^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$"},message:"must match pattern \""+"^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$"+"\"",schema:"^\\s*([^<>\\s](?:[^<>]*[^<>\\s])?)\\s*<([^<>\\s@]+@[^<>\\s@]+)>\\s*$",parentSchema:schema22,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/defaults/commit-author",schemaPath:"#/definitions/commit-author/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.type,parentSchema:schema22,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data8.python !== undefined){
let data21 = data8.python;
if(typeof data21 === "string"){
if(func3(data21) < 1){
const err49 = {instancePath:instancePath+"/defaults/python",schemaPath:"#/definitions/python/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23,data:data21};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/defaults/python",schemaPath:"#/definitions/python/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.type,parentSchema:schema23,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.type,parentSchema:schema11.properties.defaults,data:data8};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.scripts !== undefined){
let data22 = data.scripts;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(Object.keys(data22).length < 1){
const err52 = {instancePath:instancePath+"/scripts",schemaPath:"#/properties/scripts/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema11.properties.scripts,data:data22};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key7 in data22){
const _errs67 = errors;
if(typeof key7 === "string"){
if(!pattern0.test(key7)){
const err53 = {instancePath:instancePath+"/scripts",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/scripts",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var valid25 = _errs67 === errors;
if(!valid25){
const err55 = {instancePath:instancePath+"/scripts",schemaPath:"#/properties/scripts/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema11.properties.scripts.propertyNames,parentSchema:schema11.properties.scripts,data:data22};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
for(const key8 in data22){
if(!(validate11(data22[key8], {instancePath:instancePath+"/scripts/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data22,parentDataProperty:key8,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err56 = {instancePath:instancePath+"/scripts",schemaPath:"#/properties/scripts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scripts.type,parentSchema:schema11.properties.scripts,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data["allowed-download-hosts"] !== undefined){
let data24 = data["allowed-download-hosts"];
if(Array.isArray(data24)){
const len2 = data24.length;
for(let i4=0; i4<len2; i4++){
let data25 = data24[i4];
if(typeof data25 === "string"){
if(!pattern14.test(data25)){
const err57 = {instancePath:instancePath+"/allowed-download-hosts/" + i4,schemaPath:"#/properties/allowed-download-hosts/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$",parentSchema:schema11.properties["allowed-download-hosts"].items,data:data25};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/allowed-download-hosts/" + i4,schemaPath:"#/properties/allowed-download-hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["allowed-download-hosts"].items.type,parentSchema:schema11.properties["allowed-download-hosts"].items,data:data25};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
let i5 = data24.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data24[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err59 = {instancePath:instancePath+"/allowed-download-hosts",schemaPath:"#/properties/allowed-download-hosts/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema11.properties["allowed-download-hosts"],data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err60 = {instancePath:instancePath+"/allowed-download-hosts",schemaPath:"#/properties/allowed-download-hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["allowed-download-hosts"].type,parentSchema:schema11.properties["allowed-download-hosts"],data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data["max-download-mib"] !== undefined){
let data26 = data["max-download-mib"];
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 <= 0 || isNaN(data26)){
const err61 = {instancePath:instancePath+"/max-download-mib",schemaPath:"#/properties/max-download-mib/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties["max-download-mib"],data:data26};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/max-download-mib",schemaPath:"#/properties/max-download-mib/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["max-download-mib"].type,parentSchema:schema11.properties["max-download-mib"],data:data26};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data["status-labels"] !== undefined){
let data27 = data["status-labels"];
if(typeof data27 !== "boolean"){
const err63 = {instancePath:instancePath+"/status-labels",schemaPath:"#/properties/status-labels/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties["status-labels"].type,parentSchema:schema11.properties["status-labels"],data:data27};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.flows !== undefined){
let data28 = data.flows;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
for(const key9 in data28){
const _errs82 = errors;
if(typeof key9 === "string"){
if(!pattern0.test(key9)){
const err64 = {instancePath:instancePath+"/flows",schemaPath:"#/definitions/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]*$",parentSchema:schema12,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/flows",schemaPath:"#/definitions/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:key9,propertyName:key9};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var valid31 = _errs82 === errors;
if(!valid31){
const err66 = {instancePath:instancePath+"/flows",schemaPath:"#/properties/flows/propertyNames",keyword:"propertyNames",params:{propertyName: key9},message:"property name must be valid",schema:schema11.properties.flows.propertyNames,parentSchema:schema11.properties.flows,data:data28};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
for(const key10 in data28){
if(!(validate13(data28[key10], {instancePath:instancePath+"/flows/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data28,parentDataProperty:key10,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err67 = {instancePath:instancePath+"/flows",schemaPath:"#/properties/flows/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.flows.type,parentSchema:schema11.properties.flows,data:data28};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.triggers !== undefined){
let data30 = data.triggers;
if(Array.isArray(data30)){
const len3 = data30.length;
for(let i6=0; i6<len3; i6++){
if(!(validate17(data30[i6], {instancePath:instancePath+"/triggers/" + i6,parentData:data30,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err68 = {instancePath:instancePath+"/triggers",schemaPath:"#/properties/triggers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.triggers.type,parentSchema:schema11.properties.triggers,data:data30};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data["progress-interval"] !== undefined){
let data32 = data["progress-interval"];
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 5 || isNaN(data32)){
const err69 = {instancePath:instancePath+"/progress-interval",schemaPath:"#/properties/progress-interval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 5},message:"must be >= 5",schema:5,parentSchema:schema11.properties["progress-interval"],data:data32};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/progress-interval",schemaPath:"#/properties/progress-interval/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["progress-interval"].type,parentSchema:schema11.properties["progress-interval"],data:data32};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


;// CONCATENATED MODULE: ./src/manifest/schema.ts





/** The JSON Schema users point their editors at (`schema/script-dispatcher.schema.json`). */
const manifestSchema = script_dispatcher_schema_namespaceObject;
/**
 * The schema's validator (draft-07, every error, verbose, strict about the schema itself), compiled when the
 * project is built: `src/manifest/schema-validate.generated.js`, written by `scripts/manifest-validator.mjs`.
 */
function manifestValidator() {
    return schema_validate_generated;
}
/** Validates `data` (the manifest as plain values) against the schema; every problem, with its position. */
function checkSchema(data, locator) {
    const validate = manifestValidator();
    if (validate(data))
        return [];
    return problemsFromAjv(validate.errors ?? [], data, locator);
}
/** Script-only keys: under `defaults` they get a message of their own. */
const SCRIPT_ONLY_KEYS = Object.keys(script_dispatcher_schema_namespaceObject.definitions.script.properties).filter((key) => !(key in script_dispatcher_schema_namespaceObject.properties.defaults.properties));
const REQUIRED_FIXES = {
    version: 'Add `version: 1` at the top of the file.',
    scripts: 'Add `scripts:` with at least one script under it.',
    command: 'Add `command: [program, argument, ...]`.',
    repository: 'Add `repository: owner/name`.',
    type: `Add \`type:\` with one of: ${script_dispatcher_schema_namespaceObject.definitions.arg.properties.type["enum"].join(', ')}.`,
};
/**
 * Turns ajv's errors (made with `allErrors` and `verbose`) into one problem per place: the alternatives of a
 * `oneOf`/`anyOf` become one message, several failed keywords on one value keep the most telling one, and
 * several missing keys of one mapping become one message.
 */
function problemsFromAjv(errors, data, locator) {
    // Alternatives: keep the oneOf/anyOf error itself, drop what each branch said.
    const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
    const kept = errors.filter((e) => e.keyword !== 'propertyNames' &&
        e.keyword !== 'if' &&
        !alternatives.some((alt) => e !== alt &&
            e.schemaPath.startsWith(`${alt.schemaPath}/`) &&
            (e.instancePath === alt.instancePath || e.instancePath.startsWith(`${alt.instancePath}/`))));
    const groups = new Map();
    for (const e of kept) {
        const key = placeOf(e);
        groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const problems = [];
    for (const group of groups.values()) {
        const path = pointerToPath(group[0].instancePath, data);
        if (group[0].keyword === 'required') {
            problems.push(missing(path, group, locator));
        }
        else {
            problems.push(translate(mostTelling(group), path, locator));
        }
    }
    return problems;
}
/** Errors about the same place share a key: the value, a key of a mapping, or the missing keys of a mapping. */
function placeOf(e) {
    if (e.keyword === 'additionalProperties')
        return `${e.instancePath}\0key\0${additionalKey(e)}`;
    if (e.propertyName !== undefined)
        return `${e.instancePath}\0key\0${e.propertyName}`;
    if (e.keyword === 'required')
        return `${e.instancePath}\0required`;
    if (e.keyword === 'uniqueItems')
        return `${e.instancePath}/${laterDuplicate(e)}`;
    return e.instancePath;
}
const PRIORITY = ['oneOf', 'anyOf', 'const', 'enum', 'type'];
function mostTelling(group) {
    const rank = (e) => {
        const i = PRIORITY.indexOf(e.keyword);
        return i === -1 ? PRIORITY.length : i;
    };
    return [...group].sort((a, b) => rank(a) - rank(b))[0];
}
function missing(path, group, locator) {
    const names = group.map((e) => String(e.params.missingProperty));
    const where = path.length === 0 ? 'The manifest' : `\`${describePath(path)}\``;
    const message = `${where} is missing ${andList(names.map((n) => `\`${n}\``))}, which ${names.length === 1 ? 'is' : 'are'} required.`;
    const fixes = names.map((n) => REQUIRED_FIXES[n]).filter(Boolean);
    return locator.problem(path, 'key', message, fixes.length ? fixes.join(' ') : undefined);
}
function translate(e, path, locator) {
    const where = `\`${describePath(path)}\``;
    const parent = (e.parentSchema ?? {});
    const got = describeValue(e.data);
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = additionalKey(e);
            const allowed = Object.keys(parent.properties ?? {});
            const keyPath = [...path, key];
            if (path.length === 1 && path[0] === 'defaults' && SCRIPT_ONLY_KEYS.includes(key)) {
                return locator.problem(keyPath, 'key', `\`${key}\` cannot have a default; allowed keys under \`defaults\`: ${allowed.join(', ')}.`, `Set \`${key}\` on each script instead.`);
            }
            const there = path.length === 0 ? 'at the top level' : `in ${where}`;
            const guess = closest(key, allowed);
            return locator.problem(keyPath, 'key', `Unknown key \`${key}\` ${there}; allowed keys there: ${allowed.join(', ')}.`, guess ? `Did you mean \`${guess}\`?` : undefined);
        }
        case 'pattern': {
            const expected = parent.patternErrorMessage ?? `text matching \`${String(e.schema)}\``;
            if (e.propertyName !== undefined) {
                const keyPath = [...path, e.propertyName];
                return locator.problem(keyPath, 'key', `The name \`${e.propertyName}\` in ${where} is not allowed: use ${expected}.`, 'Rename it.');
            }
            return locator.problem(path, 'value', `${where} must be ${expected} (got ${got}).`);
        }
        case 'type': {
            const types = [].concat(e.params.type);
            return locator.problem(path, 'value', `${where} must be ${typePhrase(types)} (got ${got}).`, typeFix(types, e.data));
        }
        case 'enum': {
            const allowed = e.params.allowedValues.map(String);
            const guess = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
            return locator.problem(path, 'value', `${where} must be one of: ${allowed.join(', ')} (got ${got}).`, guess ? `Did you mean \`${guess}\`?` : undefined);
        }
        case 'const': {
            const allowed = e.params.allowedValue;
            if (path.length === 1 && path[0] === 'version') {
                return locator.problem(path, 'value', `\`version\` must be ${String(allowed)} (got ${got}).`, `This Script Dispatcher reads manifest format ${String(allowed)}: write \`version: ${String(allowed)}\`.`);
            }
            return locator.problem(path, 'value', `${where} must be \`${String(allowed)}\` (got ${got}).`);
        }
        case 'oneOf':
        case 'anyOf': {
            const branches = Array.isArray(e.schema) ? e.schema : [];
            return locator.problem(path, 'value', `${where} must be ${orList(branches.map(branchPhrase))} (got ${got}).`);
        }
        case 'minProperties': {
            const limit = e.params.limit;
            if (path.length === 1 && path[0] === 'scripts') {
                return locator.problem(path, 'value', '`scripts` must hold at least one script.', 'Add a script under `scripts`.');
            }
            return locator.problem(path, 'value', `${where} must have at least ${limit} entr${limit === 1 ? 'y' : 'ies'}.`);
        }
        case 'minItems': {
            const limit = e.params.limit;
            return locator.problem(path, 'value', limit === 1 ? `${where} must not be an empty list.` : `${where} must have at least ${limit} items.`);
        }
        case 'minLength':
            return locator.problem(path, 'value', `${where} must not be empty.`, 'Give a value, or remove the key.');
        case 'exclusiveMinimum':
            return locator.problem(path, 'value', `${where} must be greater than ${String(e.params.limit)} (got ${got}).`);
        case 'minimum':
            return locator.problem(path, 'value', `${where} must be at least ${String(e.params.limit)} (got ${got}).`);
        case 'maximum':
            return locator.problem(path, 'value', `${where} must be at most ${String(e.params.limit)} (got ${got}).`);
        case 'uniqueItems': {
            const later = laterDuplicate(e);
            const earlier = Math.min(e.params.i, e.params.j);
            const items = Array.isArray(e.data) ? e.data : [];
            const itemPath = [...path, later];
            return locator.problem(itemPath, 'value', `${where} lists ${describeValue(items[later])} twice (items ${earlier + 1} and ${later + 1}).`, 'Remove the duplicate.');
        }
        default:
            return locator.problem(path, 'value', `${where} ${e.message ?? 'is not valid'}.`);
    }
}
function additionalKey(e) {
    return String(e.params.additionalProperty);
}
function laterDuplicate(e) {
    const { i, j } = e.params;
    return Math.max(i, j);
}
const TYPE_WORDS = {
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: '`true` or `false`',
    array: 'a list',
    object: 'a mapping',
    null: 'empty',
};
/** Numbers and booleans are accepted where text is expected, so "a string" says it all. */
function typePhrase(types) {
    if (types.includes('string'))
        return TYPE_WORDS.string;
    return orList(types.map((t) => TYPE_WORDS[t] ?? t));
}
function typeFix(types, data) {
    if (types.includes('array') && !Array.isArray(data)) {
        return 'Write a list: `[first, second]`, or one `- item` per line.';
    }
    if (types.includes('object') && (data === null || data === undefined)) {
        return 'Give it at least one entry, or remove the key.';
    }
    if (types.includes('string') && data !== null && typeof data === 'object') {
        return 'Put the value in quotes when it contains `: ` or starts with `{` or `[`.';
    }
    if (types.includes('boolean') && typeof data === 'string')
        return 'Write `true` or `false`, without quotes.';
    if ((types.includes('number') || types.includes('integer')) && typeof data === 'string') {
        return 'Write a number, without quotes.';
    }
    return undefined;
}
function branchPhrase(branch) {
    if (branch.const !== undefined)
        return `\`${String(branch.const)}\``;
    if (branch.enum)
        return `one of ${codeList(branch.enum.map(String))}`;
    if (branch.type)
        return typePhrase([].concat(branch.type));
    return 'a valid value';
}

;// CONCATENATED MODULE: ./src/manifest/placeholders.ts
/**
 * Placeholders in `command`, `outputs.path` and `pull-request` fields: `{job}`, `{script}`, `{target}`,
 * `{target_path}`, `{output}`, `{issue}`, `{requester}`, `{args.NAME}`. A placeholder is replaced inside the
 * one string it stands in; the result is never split, so each command element stays one argv element.
 */
const PLACEHOLDERS = [
    'job',
    'script',
    'target',
    'target_path',
    'output',
    'issue',
    'requester',
];
/** Names of scripts, targets and arguments: safe in argv flags, branch names, artifact names and paths. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Anything that looks like a placeholder: `{word}` or `{args.word}`. */
const TOKEN = /\{([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)?)\}/g;
/** The placeholder names a template uses, in order (e.g. `job`, `args.eps`). */
function placeholdersIn(template) {
    return [...template.matchAll(TOKEN)].map((m) => m[1]);
}
/** Whether `name` is a placeholder this project knows, given the script's argument names. */
function isKnownPlaceholder(name, argNames) {
    if (name.startsWith('args.'))
        return argNames.includes(name.slice('args.'.length));
    return PLACEHOLDERS.includes(name);
}
/**
 * Replaces every known placeholder in `template` with its value. Unknown ones are left as they are (the
 * manifest check rejects them before any run).
 */
function fillPlaceholders(template, values) {
    return template.replace(TOKEN, (whole, name) => Object.hasOwn(values, name) ? values[name] : whole);
}

;// CONCATENATED MODULE: ./src/manifest/triggers.ts




/** Events that are requests naming their script: they never go through triggers. */
const REQUEST_EVENTS = ['issues', 'issue_comment', 'workflow_dispatch'];
/** The filters that only apply to some events, and which. */
const FILTER_EVENTS = {
    branches: ['push'],
    paths: ['push'],
    cron: ['schedule'],
    workflows: ['workflow_run'],
    conclusions: ['workflow_run'],
};
/** Events whose payload has no `action`, so `types` could never match. */
const EVENTS_WITHOUT_ACTION = ['push', 'schedule', 'create', 'delete', 'fork', 'gollum'];
/** A `{event.PATH}` placeholder: a dotted path of keys (letters, digits, `_`, `-`) and list indexes. */
const EVENT_PLACEHOLDER = /\{event((?:\.[A-Za-z0-9_-]+)+)\}/g;
/** Anything that looks like a placeholder in a trigger's argument value. */
const ANY_PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g;
/** `0 6 * * 1` and `0  6 * * 1` are the same schedule. */
function normalizeCron(cron) {
    return cron.trim().split(/\s+/).join(' ');
}
/** The typed triggers, from values that passed the schema and the checks below. */
function buildTriggers(raw) {
    return raw.map((t, i) => {
        const trigger = {
            index: i + 1,
            on: t.on,
            run: t.run,
            args: { ...(t.args ?? {}) },
            openIssueOnFailure: t['open-issue-on-failure'] ?? false,
        };
        if (t.branches)
            trigger.branches = t.branches.map(String);
        if (t.paths)
            trigger.paths = t.paths.map(String);
        if (t.cron !== undefined)
            trigger.cron = normalizeCron(t.cron);
        if (t.types)
            trigger.types = t.types.map(String);
        if (t.when) {
            trigger.when = {};
            for (const [path, value] of Object.entries(t.when)) {
                trigger.when[path] = (Array.isArray(value) ? value : [value]).map(String);
            }
        }
        if (t.workflows)
            trigger.workflows = t.workflows.map(String);
        if (t.conclusions)
            trigger.conclusions = t.conclusions.map(String);
        if (t.target !== undefined)
            trigger.target = t.target;
        if (t['report-to'] !== undefined)
            trigger.reportTo = t['report-to'];
        return trigger;
    });
}
/** A short name for a trigger in titles and messages: `trigger 2 (schedule 0 6 * * 1 → audit)`. */
function triggerTitle(trigger) {
    const what = trigger.on === 'schedule' && trigger.cron
        ? `schedule ${trigger.cron}`
        : trigger.on === 'workflow_run' && trigger.workflows
            ? `workflow_run of ${trigger.workflows.join(', ')}`
            : trigger.types
                ? `${trigger.on} ${trigger.types.join(', ')}`
                : trigger.on;
    return `trigger ${trigger.index} (${what} → ${trigger.run})`;
}
const triggers_isMapping = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/**
 * Every semantic problem of `triggers`, with its position. `run` may name a script or, when the manifest
 * has a `flows` mapping, a flow. Skips whatever has the wrong shape (the schema reports that).
 */
function checkTriggers(data, locator) {
    if (!triggers_isMapping(data) || !Array.isArray(data.triggers))
        return [];
    const problems = [];
    const report = (path, part, message, fix) => problems.push(locator.problem(path, part, message, fix));
    const scripts = triggers_isMapping(data.scripts) ? data.scripts : {};
    const flows = triggers_isMapping(data.flows) ? data.flows : {};
    const repositoryKeys = triggers_isMapping(data.repositories) ? Object.keys(data.repositories) : [];
    data.triggers.forEach((trigger, i) => {
        if (triggers_isMapping(trigger))
            checkTrigger(['triggers', i], trigger, scripts, flows, repositoryKeys, report);
    });
    return problems;
}
function checkTrigger(base, trigger, scripts, flows, repositoryKeys, report) {
    const event = typeof trigger.on === 'string' ? trigger.on : undefined;
    if (event && REQUEST_EVENTS.includes(event)) {
        report([...base, 'on'], 'value', `\`${describePath([...base, 'on'])}\` is \`${event}\`: that event is a request that names its script itself (an issue, a comment, "Run workflow"), so a trigger on it would never be used.`, 'Use a trigger for events that name no script, such as `push`, `schedule`, `repository_dispatch` or `workflow_run`.');
    }
    if (event) {
        for (const [field, events] of Object.entries(FILTER_EVENTS)) {
            if (!(field in trigger) || events.includes(event))
                continue;
            report([...base, field], 'key', `\`${field}\` only applies to ${orList(events.map((e) => `\`on: ${e}\``))} triggers; this one is \`on: ${event}\`.`, `Remove \`${field}\`, or change \`on\` to \`${events[0]}\`.`);
        }
        if ('types' in trigger && EVENTS_WITHOUT_ACTION.includes(event)) {
            report([...base, 'types'], 'key', `\`types\` matches the event's activity type, but a \`${event}\` event has none.`, event === 'push' ? 'Remove `types`; filter a push with `branches` and `paths`.' : 'Remove `types`.');
        }
    }
    if (typeof trigger.cron === 'string') {
        const fields = normalizeCron(trigger.cron).split(' ');
        if (fields.length !== 5 || fields.some((f) => !/^[0-9A-Za-z*,/?#LW-]+$/.test(f))) {
            report([...base, 'cron'], 'value', `\`${describePath([...base, 'cron'])}\` is not a cron schedule of five fields (got ${describeValue(trigger.cron)}).`, "Copy the `cron` of the workflow's `schedule` exactly, e.g. `cron: '0 6 * * 1'`.");
        }
    }
    if (Array.isArray(trigger.paths)) {
        trigger.paths.forEach((glob, j) => {
            if (typeof glob !== 'string' || !/^!?(\/|\.\/)/.test(glob))
                return;
            report([...base, 'paths', j], 'value', `\`${describePath([...base, 'paths', j])}\` starts with \`/\` or \`./\`, so it matches no changed file: they are named relative to the repository root (got ${describeValue(glob)}).`, `Write it as \`${glob.replace(/^(!?)(\.\/|\/)+/, '$1')}\`.`);
        });
    }
    const run = typeof trigger.run === 'string' ? trigger.run : undefined;
    const script = run !== undefined && triggers_isMapping(scripts[run]) ? scripts[run] : undefined;
    if (run !== undefined && !(run in scripts) && !(run in flows)) {
        const names = [...Object.keys(scripts), ...Object.keys(flows)];
        const guess = closest(run, names);
        report([...base, 'run'], 'value', `\`${describePath([...base, 'run'])}\` names \`${run}\`, which is not a script${Object.keys(flows).length ? ' or a flow' : ''} of this manifest${names.length ? ` (${names.join(', ')})` : ''}.`, guess ? `Did you mean \`${guess}\`?` : `Add \`${run}\` under \`scripts\`, or fix the name here.`);
    }
    if (typeof trigger.target === 'string') {
        const target = trigger.target;
        const allowed = script && Array.isArray(script.targets)
            ? script.targets.filter((t) => typeof t === 'string')
            : undefined;
        if (!repositoryKeys.includes(target)) {
            const guess = closest(target, repositoryKeys);
            report([...base, 'target'], 'value', `\`${describePath([...base, 'target'])}\` names \`${target}\`, which is not a key of \`repositories\`${repositoryKeys.length ? ` (${repositoryKeys.join(', ')})` : ' (there are none)'}.`, guess ? `Did you mean \`${guess}\`?` : `Add \`${target}\` under \`repositories\`, or remove it here.`);
        }
        else if (allowed && !allowed.includes(target)) {
            report([...base, 'target'], 'value', `\`${describePath([...base, 'target'])}\` is \`${target}\`, but \`scripts.${String(run)}.targets\` does not allow it (${allowed.join(', ') || 'none'}).`, "Name one of the script's `targets`, or add it there.");
        }
    }
    const scriptArgs = script && triggers_isMapping(script.args) ? script.args : script ? {} : undefined;
    const given = triggers_isMapping(trigger.args) ? trigger.args : {};
    for (const [name, value] of Object.entries(given)) {
        const path = [...base, 'args', name];
        if (scriptArgs && !(name in scriptArgs)) {
            const names = Object.keys(scriptArgs);
            const guess = closest(name, names);
            report(path, 'key', `\`${describePath([...base, 'args'])}\` gives \`${name}\`, which is not an argument of \`scripts.${String(run)}\`${names.length ? ` (${names.join(', ')})` : ' (it has none)'}.`, guess ? `Did you mean \`${guess}\`?` : `Remove \`${name}\`, or add it to the script's \`args\`.`);
        }
        if (typeof value === 'string')
            checkArgPlaceholders(path, value, report);
    }
    if (scriptArgs) {
        const missing = Object.entries(scriptArgs)
            .filter(([name, arg]) => triggers_isMapping(arg) && arg.required === true && arg.default === undefined && !(name in given))
            .map(([name]) => name);
        if (missing.length > 0) {
            report([...base, 'run'], 'value', `\`scripts.${String(run)}\` requires ${codeList(missing)}, which ${describePath(base)} does not give: every run it starts would be rejected.`, `Add them under \`args\`, e.g. \`args: { ${missing[0]}: '{event.PATH}' }\`.`);
        }
    }
}
/** A trigger's argument text may hold `{event.PATH}` and the usual placeholders, nothing else. */
function checkArgPlaceholders(path, value, report) {
    for (const match of value.matchAll(ANY_PLACEHOLDER)) {
        const name = match[1];
        if (PLACEHOLDERS.includes(name))
            continue;
        if (name === 'event' || name.startsWith('event.')) {
            if (/^event(\.[A-Za-z0-9_-]+)+$/.test(name))
                continue;
            report(path, 'value', `\`${describePath(path)}\` uses \`{${name}}\`, which is not a dotted path into the event: keys are separated by single dots.`, 'Name one value of the payload, e.g. `{event.client_payload.uid}` or `{event.commits.0.id}`.');
            continue;
        }
        const guess = closest(name, [...PLACEHOLDERS]);
        report(path, 'value', `\`${describePath(path)}\` uses the unknown placeholder \`{${name}}\`; known here: \`{event.PATH}\` and ${codeList(PLACEHOLDERS.map((p) => `{${p}}`))}.`, guess ? `Did you mean \`{${guess}}\`?` : 'Use `{event.PATH}` to take a value from the event payload.');
    }
}

;// CONCATENATED MODULE: ./src/manifest/build.ts
/**
 * The typed manifest the pipeline uses, from the checked YAML values: defaults applied, numbers taken as
 * text where text is meant, names in declaration order.
 */








const DEFAULT_TIMEOUT_MINUTES = 30;
const DEFAULT_MAX_DOWNLOAD_MIB = 10;
const DEFAULT_PULL_REQUEST_TITLE = '{script} ({job})';
const COMMIT_AUTHOR = new RegExp(manifestSchema.definitions['commit-author'].pattern);
/**
 * The least permission a script needs: its own `permission` when set; otherwise, for a read script,
 * `defaults.permission` or `triage`; for a write script, the higher of `defaults.permission` and `write`.
 */
function effectivePermission(mode, own, fallback) {
    if (own)
        return own;
    if (mode === 'read')
        return fallback ?? 'triage';
    const floor = 'write';
    return fallback && PERMISSIONS.indexOf(fallback) > PERMISSIONS.indexOf(floor) ? fallback : floor;
}
/** `Name <email>` as its parts. The value has passed the schema's pattern. */
function parseCommitAuthor(value) {
    const match = COMMIT_AUTHOR.exec(value);
    if (!match)
        throw new Error(`Not a commit author: ${value}`);
    return { name: match[1], email: match[2] };
}
/** Builds the typed manifest from values that passed the schema and the semantic checks. */
function buildManifest(raw, file) {
    const repositories = dict();
    for (const [key, repository] of Object.entries(raw.repositories ?? {})) {
        repositories[key] = buildTarget(key, repository);
    }
    const scripts = dict();
    for (const [name, script] of Object.entries(raw.scripts)) {
        scripts[name] = buildScript(name, script, raw.defaults ?? {}, Object.keys(repositories));
    }
    return {
        file,
        version: 1,
        repositories,
        scripts,
        ...(raw.flows
            ? { flows: buildFlows(raw.flows, scripts, Object.keys(repositories), raw.defaults ?? {}) }
            : {}),
        allowedDownloadHosts: (raw['allowed-download-hosts'] ?? []).map((host) => host.toLowerCase()),
        maxDownloadBytes: Math.round((raw['max-download-mib'] ?? DEFAULT_MAX_DOWNLOAD_MIB) * 1024 * 1024),
        statusLabels: raw['status-labels'] ?? false,
        ...(raw.triggers ? { triggers: buildTriggers(raw.triggers) } : {}),
        progressIntervalSeconds: Math.max(5, raw['progress-interval'] ?? DEFAULT_PROGRESS_INTERVAL_SECONDS),
    };
}
function buildTarget(key, raw) {
    return {
        key,
        repository: raw.repository,
        ...(raw.ref !== undefined ? { ref: raw.ref } : {}),
        path: normalizeRelative(raw.path ?? `data/${key}`),
        title: raw.title ?? key,
        ...(raw['clone-url'] !== undefined ? { cloneUrl: raw['clone-url'] } : {}),
    };
}
function buildScript(name, raw, defaults, repositoryKeys) {
    const mode = raw.mode ?? 'read';
    const pullRequest = raw['pull-request'] ?? {};
    return {
        name,
        title: raw.title ?? name,
        description: raw.description ?? '',
        command: (raw.command ?? []).map(String),
        ...buildNotebook(raw, defaults),
        mode,
        targets: raw.targets ? [...raw.targets] : [...repositoryKeys],
        args: Object.entries(raw.args ?? {}).map(([argName, arg]) => buildArg(argName, arg)),
        outputs: {
            ...(raw.outputs?.path !== undefined ? { path: normalizeRelative(raw.outputs.path) } : {}),
            expect: [...(raw.outputs?.expect ?? [])],
        },
        pullRequest: {
            title: pullRequest.title ?? DEFAULT_PULL_REQUEST_TITLE,
            ...(pullRequest.body !== undefined ? { body: pullRequest.body } : {}),
            labels: [...(pullRequest.labels ?? [])],
            draft: pullRequest.draft ?? false,
        },
        ...buildFanOut(raw['fan-out']),
        ...buildSettings(mode, raw, defaults),
        ...(raw['workflow-commands'] ? { workflowCommands: true } : {}),
    };
}
function buildSettings(mode, own, defaults) {
    const pick = (key) => own[key] ?? defaults[key];
    const env = {};
    for (const [key, value] of Object.entries({ ...defaults.env, ...own.env }))
        env[key] = String(value);
    const author = pick('commit-author');
    return {
        timeoutMinutes: pick('timeout-minutes') ?? DEFAULT_TIMEOUT_MINUTES,
        retries: pick('retries') ?? 0,
        env,
        permission: effectivePermission(mode, own.permission, defaults.permission),
        allowUsers: [...(pick('allow-users') ?? [])],
        allowTeams: [...(pick('allow-teams') ?? [])],
        workingDirectory: normalizeRelative(pick('working-directory') ?? '.'),
        passArgs: pick('pass-args') ?? 'flags',
        commitAuthor: author ? parseCommitAuthor(author) : { ...DEFAULT_COMMIT_AUTHOR },
    };
}
function buildArg(name, raw) {
    const spec = {
        name,
        type: raw.type,
        title: raw.title ?? name,
        required: raw.required ?? false,
    };
    if (raw.description !== undefined)
        spec.description = raw.description;
    if (raw.example !== undefined)
        spec.example = String(raw.example);
    if (raw.type === 'text' && raw.pattern !== undefined)
        spec.pattern = raw.pattern;
    if (raw.type === 'choice' && raw.options)
        spec.options = raw.options.map(String);
    if (raw.type === 'number') {
        if (raw.min !== undefined)
            spec.min = raw.min;
        if (raw.max !== undefined)
            spec.max = raw.max;
    }
    if (raw.type === 'csv') {
        if (raw.columns)
            spec.columns = [...raw.columns];
        spec.header = raw.header ?? true;
    }
    if (raw.default !== undefined && raw.default !== null) {
        spec.default = raw.type === 'number' || raw.type === 'boolean' ? raw.default : String(raw.default);
    }
    return spec;
}
/** `./data/x/` → `data/x`; `.` stays `.`. The value was checked to stay inside its directory. */
function normalizeRelative(path) {
    const normalized = external_node_path_.posix.normalize(path.replace(/\\/g, '/'));
    return normalized.length > 1 ? normalized.replace(/\/+$/, '') : normalized;
}

;// CONCATENATED MODULE: ./src/manifest/targets.ts


/** A script's or flow's `targets` must name keys of `repositories`. */
function checkTargetKeys(base, targets, repositoryKeys, report) {
    if (!Array.isArray(targets))
        return;
    targets.forEach((target, i) => {
        if (typeof target !== 'string' || repositoryKeys.includes(target))
            return;
        const guess = closest(target, repositoryKeys);
        report([...base, 'targets', i], 'value', `\`${describePath([...base, 'targets'])}\` names \`${target}\`, which is not a key of \`repositories\`${repositoryKeys.length ? ` (${repositoryKeys.join(', ')})` : ' (there are none)'}.`, guess ? `Did you mean \`${guess}\`?` : `Add \`${target}\` under \`repositories\`, or remove it here.`);
    });
}

;// CONCATENATED MODULE: ./src/manifest/flows.ts
/**
 * Flows in the manifest: the rules a schema cannot say (names that refer to each other, cycles,
 * placeholders, argument values against the step's script) and the typed flows built from checked values.
 *
 * Like `check.ts`, the checks read plain values and skip whatever has the wrong shape (the schema reports
 * that), so every problem comes back at once, each at its line and column.
 */








const flows_isMapping = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
/** A placeholder of a step argument: `{target}`, `{args.since}`, `{steps.images.output}`. */
const flows_TOKEN = /\{([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*)\}/g;
const STEP_OUTPUT = /^steps\.([A-Za-z0-9][A-Za-z0-9_-]*)\.output$/;
/** The placeholders a step argument may hold, besides `{args.NAME}` and `{steps.NAME.output}`. */
const STEP_PLACEHOLDERS = ['target', 'job'];
/** The placeholder names in `value`, in order (`args.since`, `steps.images.output`). */
function stepPlaceholdersIn(value) {
    return [...value.matchAll(flows_TOKEN)].map((m) => m[1]);
}
/** The names of the steps whose `{steps.NAME.output}` a value uses. */
function flows_stepOutputsIn(value) {
    return stepPlaceholdersIn(value)
        .map((name) => STEP_OUTPUT.exec(name)?.[1])
        .filter((name) => name !== undefined);
}
/**
 * Replaces the placeholders of a step argument. `outputs` maps step names to their absolute output
 * directories. Unknown placeholders stay as written (the manifest check rejects them before any run).
 */
function fillStepValue(value, values) {
    if (typeof value !== 'string')
        return value;
    const whole = /^\{args\.([A-Za-z0-9][A-Za-z0-9_-]*)\}$/.exec(value);
    if (whole && Object.hasOwn(values.args, whole[1]))
        return values.args[whole[1]];
    return value.replace(flows_TOKEN, (text, name) => {
        if (name === 'target')
            return values.target ?? text;
        if (name === 'job')
            return values.job;
        if (name.startsWith('args.')) {
            const arg = name.slice('args.'.length);
            return Object.hasOwn(values.args, arg) ? String(values.args[arg]) : text;
        }
        const step = STEP_OUTPUT.exec(name)?.[1];
        return step !== undefined && Object.hasOwn(values.outputs, step) ? values.outputs[step] : text;
    });
}
/** Every problem of the manifest's `flows`, with its position. */
function checkFlows(data, locator) {
    if (!flows_isMapping(data) || !flows_isMapping(data.flows))
        return [];
    const problems = [];
    const report = (path, part, message, fix) => problems.push(locator.problem(path, part, message, fix));
    const scripts = flows_isMapping(data.scripts) ? data.scripts : {};
    const repositoryKeys = flows_isMapping(data.repositories) ? Object.keys(data.repositories) : [];
    for (const [name, flow] of Object.entries(data.flows)) {
        if (Object.hasOwn(scripts, name)) {
            report(['flows', name], 'key', `The flow \`${name}\` has the name of the script \`scripts.${name}\`; flows and scripts share one namespace, so a request could not say which it means.`, `Rename the flow or the script, e.g. \`${name}-flow\`.`);
        }
        if (flows_isMapping(flow)) {
            checkFlow(name, flow, scripts, repositoryKeys, report);
            checkFanOut(['flows', name], flow, report);
        }
    }
    return problems;
}
function checkFlow(name, flow, scripts, repositoryKeys, report) {
    const base = ['flows', name];
    checkTargetKeys(base, flow.targets, repositoryKeys, report);
    const flowArgs = specsOf(flow.args);
    const steps = flows_isMapping(flow.steps) ? flow.steps : {};
    const stepNames = Object.keys(steps);
    const scriptNames = Object.keys(scripts);
    /** Valid edges only, so the cycle search sees what the user meant. */
    const needsOf = new Map();
    for (const [stepName, step] of Object.entries(steps)) {
        if (!flows_isMapping(step))
            continue;
        const at = [...base, 'steps', stepName];
        const script = typeof step.script === 'string' && flows_isMapping(scripts[step.script]) ? step.script : undefined;
        if (typeof step.script === 'string' && !Object.hasOwn(scripts, step.script)) {
            const guess = closest(step.script, scriptNames);
            report([...at, 'script'], 'value', `\`${describePath([...at, 'script'])}\` names \`${step.script}\`, which is not a script of the manifest${scriptNames.length ? ` (${scriptNames.join(', ')})` : ''}.`, guess
                ? `Did you mean \`${guess}\`?`
                : `Add \`${step.script}\` under \`scripts\`, or name another script.`);
        }
        const needs = [];
        if (Array.isArray(step.needs)) {
            step.needs.forEach((need, i) => {
                if (typeof need !== 'string')
                    return;
                if (need === stepName) {
                    report([...at, 'needs', i], 'value', `The step \`${stepName}\` of the flow \`${name}\` needs itself, so it could never start.`, 'Remove it from its own `needs`.');
                }
                else if (!Object.hasOwn(steps, need)) {
                    const guess = closest(need, stepNames);
                    report([...at, 'needs', i], 'value', `\`${describePath([...at, 'needs'])}\` names \`${need}\`, which is not a step of the flow \`${name}\` (${stepNames.join(', ')}).`, guess ? `Did you mean \`${guess}\`?` : 'Name a step of this flow, or remove it.');
                }
                else
                    needs.push(need);
            });
        }
        needsOf.set(stepName, needs);
        if (script)
            checkStepTargets(at, name, flow.targets, script, scripts[script], repositoryKeys, report);
        const scriptSpecs = script ? specsOf(scripts[script].args) : undefined;
        checkStepArgs(at, name, step.args, needs, stepNames, flowArgs, scriptSpecs, report);
        if (step.cache === true && script && scripts[script].mode === 'write') {
            report([...at, 'cache'], 'value', `The step \`${stepName}\` runs the write script \`${script}\`, and write steps are never cached: their changes must be made again on every run.`, 'Remove `cache: true`.');
        }
        if (Array.isArray(step['cache-files'])) {
            step['cache-files'].forEach((glob, i) => {
                if (typeof glob !== 'string')
                    return;
                if (/^([/\\~]|[A-Za-z]:)/.test(glob) || glob.split(/[/\\]+/).includes('..')) {
                    report([...at, 'cache-files', i], 'value', `\`${describePath([...at, 'cache-files', i])}\` must be a glob inside the working directory (got ${describeValue(glob)}).`, 'Write it relative to the working directory, without `..`, e.g. `scripts/lib/**/*.py`.');
                }
            });
        }
    }
    for (const cycle of findCycles(stepNames, needsOf)) {
        const first = cycle[0];
        const index = steps[first].needs;
        report([...base, 'steps', first, 'needs', index.indexOf(cycle[1])], 'value', `The steps of the flow \`${name}\` need each other in a cycle: ${[...cycle].join(' → ')}; none of them could ever start.`, `Remove one of these \`needs\`, e.g. \`${cycle[1]}\` from \`${first}\`.`);
    }
}
function checkStepArgs(at, flowName, args, needs, stepNames, flowArgs, scriptSpecs, report) {
    const given = flows_isMapping(args) ? args : {};
    const known = [
        ...STEP_PLACEHOLDERS,
        ...(flowArgs ?? []).map((a) => `args.${a.name}`),
        ...needs.map((n) => `steps.${n}.output`),
    ];
    const withPlaceholders = new Set();
    for (const [argName, value] of Object.entries(given)) {
        if (typeof value !== 'string')
            continue;
        const path = [...at, 'args', argName];
        const names = stepPlaceholdersIn(value);
        if (names.length > 0)
            withPlaceholders.add(argName);
        for (const placeholder of names) {
            if (known.includes(placeholder))
                continue;
            const step = STEP_OUTPUT.exec(placeholder)?.[1];
            if (step !== undefined && stepNames.includes(step)) {
                report(path, 'value', `\`${describePath(path)}\` uses \`{${placeholder}}\`, but \`${step}\` is not in this step's \`needs\`: its output would not exist yet when this step starts.`, `Add \`${step}\` to \`needs\`.`);
                continue;
            }
            if (step !== undefined) {
                const guess = closest(step, stepNames);
                report(path, 'value', `\`${describePath(path)}\` uses \`{${placeholder}}\`, but the flow \`${flowName}\` has no step \`${step}\`.`, guess
                    ? `Did you mean \`{steps.${guess}.output}\`?`
                    : `Name a step of \`needs\`: ${codeList(needs)}.`);
                continue;
            }
            if (placeholder.startsWith('args.') && flowArgs === undefined)
                continue;
            const guess = closest(placeholder, known);
            report(path, 'value', `\`${describePath(path)}\` uses the unknown placeholder \`{${placeholder}}\`; known placeholders here: ${known
                .map((k) => `{${k}}`)
                .join(', ')}.`, guess ? `Did you mean \`{${guess}}\`?` : undefined);
        }
        const whole = /^\{args\.([A-Za-z0-9][A-Za-z0-9_-]*)\}$/.exec(value);
        const from = whole ? flowArgs?.find((a) => a.name === whole[1]) : undefined;
        const to = scriptSpecs?.find((a) => a.name === argName);
        if (from && to && !typesFit(from.type, to.type)) {
            report(path, 'value', `\`${describePath(path)}\` passes the flow's \`${from.type}\` argument \`${from.name}\` to the script's \`${to.type}\` argument \`${to.name}\`.`, `Give the flow argument \`${from.name}\` the type \`${to.type}\`.`);
        }
    }
    if (!scriptSpecs)
        return;
    // Values without placeholders are checked now, as a request's would be; the others when the flow runs.
    const specs = scriptSpecs.filter((spec) => !withPlaceholders.has(spec.name));
    const raw = {};
    for (const [argName, value] of Object.entries(given)) {
        if (!withPlaceholders.has(argName) || !scriptSpecs.some((s) => s.name === argName))
            raw[argName] = value;
    }
    const { problems } = checkArgs(specs, raw);
    for (const problem of problems) {
        const onValue = problem.field !== undefined && Object.hasOwn(given, problem.field);
        report(onValue ? [...at, 'args', problem.field] : flows_isMapping(args) ? [...at, 'args'] : at, onValue ? 'value' : 'key', `Step \`${String(at[at.length - 1])}\` of the flow \`${flowName}\`: ${problem.message}`, problem.fix);
    }
}
/** Every target the flow may run on must be one the step's script may run on. */
function checkStepTargets(at, flowName, flowTargets, scriptName, script, repositoryKeys, report) {
    if (!Array.isArray(script.targets) || script.targets.length === 0)
        return; // all targets, or none needed
    const targets = Array.isArray(flowTargets)
        ? flowTargets.filter((t) => typeof t === 'string')
        : repositoryKeys;
    const missing = targets.filter((t) => repositoryKeys.includes(t) && !script.targets.includes(t));
    if (missing.length === 0)
        return;
    report([...at, 'script'], 'value', `The flow \`${flowName}\` may run on ${codeList(missing)}, but its step \`${String(at[at.length - 1])}\` runs the script \`${scriptName}\`, whose \`targets\` do not include ${missing.length === 1 ? 'it' : 'them'}.`, `Set the flow's \`targets\` to targets of \`${scriptName}\` (${codeList(script.targets)}), or add ${codeList(missing)} to the script's \`targets\`.`);
}
/** Whether a flow argument of type `from` can be passed whole to a script argument of type `to`. */
function typesFit(from, to) {
    if (from === to)
        return true;
    if (to === 'text' || to === 'textarea')
        return ['text', 'textarea', 'choice', 'number'].includes(from);
    return false;
}
/** Argument specs from raw values, skipping what the schema rejects; undefined when `args` has the wrong shape. */
function specsOf(args) {
    if (args === undefined)
        return [];
    if (!flows_isMapping(args))
        return undefined;
    const specs = [];
    for (const [name, arg] of Object.entries(args)) {
        if (!flows_isMapping(arg) || !ARG_TYPES.includes(arg.type))
            continue;
        try {
            specs.push(buildArg(name, arg));
        }
        catch {
            // a value of the wrong shape: the schema reports it
        }
    }
    return specs;
}
/**
 * Every cycle of the `needs` graph, each once, as the list of steps from the first one met (in declaration
 * order) back to itself: `[a, b, c, a]` when a needs b, b needs c and c needs a.
 */
function findCycles(names, needsOf) {
    const state = new Map();
    const cycles = [];
    const stack = [];
    const visit = (name) => {
        state.set(name, 'open');
        stack.push(name);
        for (const need of needsOf.get(name) ?? []) {
            const seen = state.get(need);
            if (seen === 'open')
                cycles.push([...stack.slice(stack.indexOf(need)), need]);
            else if (seen === undefined)
                visit(need);
        }
        stack.pop();
        state.set(name, 'done');
    };
    for (const name of names)
        if (!state.has(name))
            visit(name);
    return cycles;
}
/** The highest of some permissions. */
function highestPermission(...permissions) {
    return permissions.reduce((a, b) => (PERMISSIONS.indexOf(b) > PERMISSIONS.indexOf(a) ? b : a));
}
/** The typed flows, from values that passed the schema and the checks; `scripts` are already built. */
function buildFlows(raw, scripts, repositoryKeys, defaults) {
    const flows = {};
    for (const [name, flow] of Object.entries(raw)) {
        const steps = Object.entries(flow.steps).map(([stepName, step]) => ({
            name: stepName,
            script: step.script,
            needs: [...(step.needs ?? [])],
            args: { ...(step.args ?? {}) },
            cache: step.cache ?? false,
            cacheFiles: [...(step['cache-files'] ?? [])],
        }));
        const own = effectivePermission('read', flow.permission, defaults.permission);
        flows[name] = {
            name,
            title: flow.title ?? name,
            description: flow.description ?? '',
            targets: flow.targets ? [...flow.targets] : [...repositoryKeys],
            args: Object.entries(flow.args ?? {}).map(([argName, arg]) => buildArg(argName, arg)),
            permission: highestPermission(own, ...steps.map((s) => scripts[s.script].permission)),
            ...(flow['max-parallel'] !== undefined ? { maxParallel: flow['max-parallel'] } : {}),
            ...buildFanOut(flow['fan-out']),
            steps,
        };
    }
    return flows;
}

;// CONCATENATED MODULE: ./src/flow/cache-key.ts
/**
 * The cache key of a flow step: the SHA-256 of a canonical JSON of everything the step's outputs depend on.
 *
 * - the script's manifest entry;
 * - the content of every workspace file its command or notebook names (argv elements that are existing
 *   files inside the workspace) and of the files its `cache-files` globs match;
 * - its typed argument values (csv and file values by the SHA-256 of their content);
 * - the target's commit SHA;
 * - the SHA-256 of every file in the outputs of the steps it needs.
 *
 * What differs between runs by design never enters as text: files are named relative to the workspace,
 * `{steps.X.output}` counts by the content of X's outputs, `{job}` and temporary paths not at all. So the
 * same flow gets the same keys on another machine or in another checkout folder.
 *
 * The key comes with its components (one hash per part), so a miss can say which part changed since the
 * last entry of the step.
 */







/** Bump when what enters the key changes, so old entries stop matching. */
const CACHE_KEY_VERSION = 1;
/** JSON with object keys sorted at every level, no spaces: equal values give equal text. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'number' && !Number.isFinite(value))
            throw new Error('Not a finite number.');
        return JSON.stringify(value ?? null);
    }
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
const sha256 = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
/** The SHA-256 of a file's content, streamed. */
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/** The key of a step and its components. */
async function cacheKey(input) {
    const components = {};
    components.script = sha256(canonicalJson(input.script));
    const workspace = await realDir(input.workspace);
    const files = new Set();
    const named = [...input.script.command];
    const notebook = input.script.notebook;
    if (typeof notebook === 'string')
        named.push(notebook);
    for (const element of named) {
        if (element === '' || element.includes('{'))
            continue; // placeholders: the arguments and target count
        const file = await workspaceFile(workspace, external_node_path_.resolve(input.workingDirectory, element));
        if (file)
            files.add(file);
    }
    for (const glob of input.step.cacheFiles) {
        for (const file of await globFiles(input.workingDirectory, glob)) {
            const inside = await workspaceFile(workspace, file);
            if (inside)
                files.add(inside);
        }
    }
    for (const file of files) {
        components[`file:${external_node_path_.relative(workspace, file).split(external_node_path_.sep).join('/')}`] = await sha256File(file);
    }
    const outputsPlaceholder = Object.fromEntries(input.step.needs.map((n) => [n, `{steps.${n}.output}`]));
    for (const [name, value] of Object.entries(input.args)) {
        const spec = input.script.args.find((a) => a.name === name);
        let canonical;
        if ((spec?.type === 'csv' || spec?.type === 'file') && typeof value === 'string') {
            canonical = { sha256: await sha256File(value) };
        }
        else if (Object.hasOwn(input.step.args, name)) {
            // As written, with `{args.NAME}` and `{target}` filled and `{steps.X.output}`, `{job}` kept as text.
            canonical = fillStepValue(input.step.args[name], {
                args: input.flowArgs,
                target: input.target?.key,
                job: '{job}',
                outputs: outputsPlaceholder,
            });
        }
        else
            canonical = value;
        components[`arg:${name}`] = sha256(canonicalJson(canonical));
    }
    components.target = sha256(canonicalJson(input.target ?? null));
    for (const need of [...input.step.needs].sort()) {
        const dir = input.neededOutputs[need];
        const listing = dir ? await collectOutputs(dir) : undefined;
        const hashes = [];
        for (const [i, rel] of (listing?.relative ?? []).entries()) {
            hashes.push([rel, await sha256File(listing.files[i])]);
        }
        components[`step:${need}`] = sha256(canonicalJson(hashes));
    }
    return { key: sha256(canonicalJson({ version: CACHE_KEY_VERSION, components })), components };
}
/** The steps whose outputs a step's arguments read (for a caller that wants to check `needs`). */
function outputsReadBy(step) {
    return [
        ...new Set(Object.values(step.args).flatMap((v) => (typeof v === 'string' ? stepOutputsIn(v) : []))),
    ];
}
/**
 * Why a step ran although it has `cache: true`: `no entry` when the step has none yet, else the components
 * that differ from the last entry (`file scripts/broken.py`, `argument limit`, `target commit`,
 * `outputs of step images`, `script entry`).
 */
function explainMiss(previous, current) {
    if (!previous)
        return 'no entry';
    const names = [...new Set([...Object.keys(previous), ...Object.keys(current)])].sort();
    const changed = names.filter((name) => previous[name] !== current[name]).map(describeComponent);
    return changed.length > 0 ? changed.join(', ') : 'no entry';
}
function describeComponent(name) {
    if (name === 'script')
        return 'script entry';
    if (name === 'target')
        return 'target commit';
    if (name.startsWith('file:'))
        return `file ${name.slice('file:'.length)}`;
    if (name.startsWith('arg:'))
        return `argument ${name.slice('arg:'.length)}`;
    if (name.startsWith('step:'))
        return `outputs of step ${name.slice('step:'.length)}`;
    return name;
}
async function realDir(dir) {
    try {
        return await external_node_fs_.promises.realpath(dir);
    }
    catch {
        return external_node_path_.resolve(dir);
    }
}
/** The real path of `candidate` when it is a regular file inside the workspace. */
async function workspaceFile(workspace, candidate) {
    try {
        const real = await external_node_fs_.promises.realpath(candidate);
        if (!isInside(workspace, real))
            return undefined;
        return (await external_node_fs_.promises.stat(real)).isFile() ? real : undefined;
    }
    catch {
        return undefined;
    }
}
/** Regular files under `root` that `glob` matches (relative to `root`), `.git` excluded, sorted. */
async function globFiles(root, glob) {
    const matches = picomatch_default()(glob, { dot: true });
    const scan = picomatch_default().scan(glob);
    const start = external_node_path_.resolve(root, scan.base);
    if (start !== root && !isInside(root, start))
        return [];
    if (!scan.isGlob) {
        const stat = await external_node_fs_.promises.stat(start).catch(() => undefined);
        return stat?.isFile() ? [start] : [];
    }
    const found = [];
    const walk = async (dir) => {
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (entry.name === '.git')
                continue;
            const full = external_node_path_.join(dir, entry.name);
            if (entry.isDirectory())
                await walk(full);
            else if (entry.isFile() && matches(external_node_path_.relative(root, full).split(external_node_path_.sep).join('/')))
                found.push(full);
        }
    };
    await walk(start);
    return found.sort();
}

;// CONCATENATED MODULE: ./src/flow/cache-store.ts
/**
 * Where cached step outputs live. A port: the CLI keeps entries on disk (`src/adapters/local/cache-store.ts`),
 * Actions in the Actions cache service (`src/adapters/github/cache-store.ts`).
 */




/** The name of an entry: `script-dispatcher-<flow>-<step>-<key>`. */
function cacheEntryName(entry) {
    checkEntry(entry);
    return `script-dispatcher-${entry.flow}-${entry.step}-${entry.key}`;
}
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const KEY = /^[0-9a-f]{64}$/;
/** Flow and step names are manifest names and the key is hex: all safe as path segments and cache keys. */
function checkEntry(entry) {
    if (!NAME.test(entry.flow) || !NAME.test(entry.step) || !KEY.test(entry.key)) {
        throw new Error(`Not a cache entry: ${JSON.stringify([entry.flow, entry.step, entry.key])}.`);
    }
}
/**
 * Looks a step up: `cached` when its outputs were restored, otherwise `cacheMiss` says why it must run
 * (`no entry`, or which components changed since the step's last entry).
 */
async function lookUpStep(store, entry, dir) {
    const lookup = await store.restore(entry, dir);
    if (lookup.hit)
        return { cached: true };
    return { cached: false, cacheMiss: explainMiss(lookup.previous, entry.components) };
}
/**
 * Copies the regular files of `from` into `to` (links that lead outside `from` are left out, as for
 * uploads); returns their paths relative to `to`.
 */
async function copyFiles(from, to) {
    const listing = await collectOutputs(from);
    for (const [i, rel] of listing.relative.entries()) {
        const target = external_node_path_.join(to, ...rel.split('/'));
        await external_node_fs_.promises.mkdir(external_node_path_.dirname(target), { recursive: true });
        await external_node_fs_.promises.copyFile(listing.files[i], target);
    }
    return listing.relative;
}
/** Reads `components.json` written beside an entry's outputs; undefined when absent or unreadable. */
async function readComponents(file) {
    try {
        const value = JSON.parse(await external_node_fs_.promises.readFile(file, 'utf8'));
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            return undefined;
        const entries = Object.entries(value);
        if (!entries.every(([, v]) => typeof v === 'string'))
            return undefined;
        return Object.fromEntries(entries);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/cache-store.ts



/** The library and the Azure client under it are large: they load only when a flow step is cached. */
const loadLibrary = async () => Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(692)]).then(__webpack_require__.bind(__webpack_require__, 45692));
function actionsCacheStore(options = {}) {
    const workspace = external_node_path_.resolve(options.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd());
    let loaded;
    const library = () => (loaded ??= options.library ? Promise.resolve(options.library) : loadLibrary());
    /** The folder, and the path string the library gets for it (equal on save and restore). */
    const staging = (entry) => {
        cacheEntryName(entry); // checks the names
        const relative = external_node_path_.join('.script-dispatcher-cache', entry.flow, entry.step);
        const folder = external_node_path_.join(workspace, relative);
        const given = external_node_path_.resolve(process.cwd()) === workspace ? relative.split(external_node_path_.sep).join('/') : folder;
        return { folder, given };
    };
    return {
        async restore(entry, dir) {
            const { folder, given } = staging(entry);
            const name = cacheEntryName(entry);
            await external_node_fs_.promises.rm(folder, { recursive: true, force: true });
            try {
                const prefix = `script-dispatcher-${entry.flow}-${entry.step}-`;
                const matched = await (await library()).restoreCache([given], name, [prefix]);
                if (matched === name) {
                    await external_node_fs_.promises.mkdir(dir, { recursive: true });
                    await copyFiles(external_node_path_.join(folder, 'outputs'), dir);
                    return { hit: true };
                }
                // A prefix match is the newest entry of this step only when the rest is a key (not another step's).
                const previous = matched?.startsWith(prefix) && /^[0-9a-f]{64}$/.test(matched.slice(prefix.length))
                    ? await readComponents(external_node_path_.join(folder, 'components.json'))
                    : undefined;
                return previous ? { hit: false, previous } : { hit: false };
            }
            finally {
                await external_node_fs_.promises.rm(folder, { recursive: true, force: true });
            }
        },
        async save(entry, dir) {
            const { folder, given } = staging(entry);
            await external_node_fs_.promises.rm(folder, { recursive: true, force: true });
            try {
                await external_node_fs_.promises.mkdir(external_node_path_.join(folder, 'outputs'), { recursive: true });
                await copyFiles(dir, external_node_path_.join(folder, 'outputs'));
                await external_node_fs_.promises.writeFile(external_node_path_.join(folder, 'components.json'), JSON.stringify(entry.components, null, 2));
                const id = await (await library()).saveCache([given], cacheEntryName(entry));
                if (id === -1)
                    options.warn?.(`The cache entry ${cacheEntryName(entry)} was not saved (it may exist already).`);
            }
            finally {
                await external_node_fs_.promises.rm(folder, { recursive: true, force: true });
            }
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/shared/mask.ts
/**
 * Hides secrets and GitHub tokens in text the dispatcher shows: the live log, the tail in the status
 * comment, the job summary. Every hidden value becomes `***`.
 */
/** What a hidden value is replaced with. */
const MASK = '***';
/** Secrets shorter than this are not masked: masking `a` or `true` would hide half the log and protect nothing. */
const MIN_SECRET_LENGTH = 4;
/** Shapes of GitHub tokens, masked even when nobody registered them. No newline can be part of a match. */
const TOKEN_PATTERNS = ['gh[pousr]_[A-Za-z0-9]{36,}', 'github_pat_[A-Za-z0-9_]{22,}'];
/** How git carries a token in an HTTP auth header: `Authorization: basic base64(x-access-token:<token>)`. */
const GIT_AUTH_PREFIX = 'x-access-token:';
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The strings one secret can show up as in output: itself, each of its lines, and its git auth header form. */
function variantsOf(secret) {
    if (secret.length < MIN_SECRET_LENGTH)
        return [];
    const variants = [secret];
    // Output is cut into lines when it is streamed, so a multi-line secret (a private key) is masked line by line too.
    for (const line of secret.split(/\r\n|\r|\n/)) {
        const trimmed = line.trim();
        if (trimmed.length >= MIN_SECRET_LENGTH && trimmed !== secret)
            variants.push(trimmed);
    }
    variants.push(Buffer.from(GIT_AUTH_PREFIX + secret, 'utf8').toString('base64'));
    // The prefix is 15 bytes, a multiple of 3, so the secret's own base64 is a suffix of the header form;
    // masking it too catches the secret in any other base64 that starts on the same boundary.
    const own = Buffer.from(secret, 'utf8').toString('base64');
    if (own.length >= MIN_SECRET_LENGTH * 2)
        variants.push(own);
    return variants;
}
/** Masks registered secrets and anything shaped like a GitHub token in strings. */
class Masker {
    variants = new Set();
    secrets = new Set();
    matcher;
    revision = 0;
    constructor(secrets = []) {
        for (const secret of secrets)
            this.add(secret);
    }
    /** Registers a secret. Secrets shorter than four characters are ignored. */
    add(secret) {
        if (this.secrets.has(secret))
            return;
        const variants = variantsOf(secret);
        if (variants.length === 0)
            return;
        this.secrets.add(secret);
        for (const v of variants)
            this.variants.add(v);
        this.matcher = undefined;
        this.revision++;
    }
    /**
     * Replaces every registered secret, every run of FRAGMENT_LENGTH or more characters of one (a secret
     * printed in pieces), and every GitHub token in `text` with `***`.
     */
    mask(text) {
        if (text.length === 0)
            return text;
        this.matcher ??= new Matcher([...this.variants]);
        const spans = this.matcher.spans(text);
        if (spans.length === 0)
            return text;
        let out = '';
        let from = 0;
        for (const [start, end] of spans) {
            out += text.slice(from, start) + MASK;
            from = end;
        }
        return out + text.slice(from);
    }
    /** Changes whenever a secret is added, so derived matchers know to rebuild. */
    get version() {
        return this.revision;
    }
    /** Every string that is masked verbatim (each secret and its variants). */
    get literals() {
        return [...this.variants];
    }
}
/** One regex for all literals and token shapes, longest literal first so a secret wins over one it contains. */
function buildPattern(literals) {
    const longestFirst = [...literals].sort((a, b) => b.length - a.length);
    return new RegExp([...longestFirst.map(escapeRegExp), ...TOKEN_PATTERNS].join('|'), 'g');
}
/** A run of this many characters of a secret is masked wherever it shows up, e.g. half a token per line. */
const FRAGMENT_LENGTH = 16;
/** Fragments are found through blocks of this many characters taken at multiples of it in each secret. */
const BLOCK = FRAGMENT_LENGTH / 2;
/**
 * Finds what to mask in a text: the literals, the token shapes, and every run of FRAGMENT_LENGTH or more
 * consecutive characters of a literal. Such a run always holds a whole block of BLOCK characters starting at
 * a multiple of BLOCK in the literal; one regex finds those blocks (few, and rare in ordinary output), and
 * each is then extended both ways as far as the text follows the literal.
 */
class Matcher {
    pattern;
    blocks;
    /** Block → where it occurs: [literal, offset]. */
    places = new Map();
    constructor(literals) {
        this.pattern = buildPattern(literals);
        for (const literal of literals) {
            if (literal.length < FRAGMENT_LENGTH)
                continue;
            for (let i = 0; i + BLOCK <= literal.length; i += BLOCK) {
                const block = literal.slice(i, i + BLOCK);
                const list = this.places.get(block) ?? [];
                list.push([literal, i]);
                this.places.set(block, list);
            }
        }
        this.blocks =
            this.places.size > 0 ? new RegExp([...this.places.keys()].map(escapeRegExp).join('|'), 'g') : undefined;
    }
    /** Sorted, merged [start, end) spans of `text` to mask. */
    spans(text) {
        const found = [];
        const pattern = this.pattern;
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
            if (m[0].length === 0) {
                pattern.lastIndex++;
                continue;
            }
            found.push([m.index, m.index + m[0].length]);
        }
        const blocks = this.blocks;
        if (blocks) {
            blocks.lastIndex = 0;
            for (let m = blocks.exec(text); m !== null; m = blocks.exec(text)) {
                const at = m.index;
                for (const [literal, offset] of this.places.get(m[0]) ?? []) {
                    let back = 0;
                    while (back < offset && back < at && text[at - back - 1] === literal[offset - back - 1])
                        back++;
                    let ahead = BLOCK;
                    while (offset + ahead < literal.length && text[at + ahead] === literal[offset + ahead])
                        ahead++;
                    if (back + ahead >= FRAGMENT_LENGTH)
                        found.push([at - back, at + ahead]);
                }
                // Another run may hold a block that starts inside this one.
                blocks.lastIndex = at + 1;
            }
        }
        if (found.length <= 1)
            return found;
        found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
        const merged = [];
        for (const span of found) {
            const last = merged[merged.length - 1];
            if (last && span[0] <= last[1])
                last[1] = Math.max(last[1], span[1]);
            else
                merged.push([span[0], span[1]]);
        }
        return merged;
    }
}
const DEFAULT_MAX_HOLD = 64 * 1024;
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const MASK_BYTES = Buffer.from(MASK);
/** A match can cross a forced cut only if it is longer than this; tokens are at most 255 characters. */
const MIN_OVERLAP = 256;
/**
 * Masks a byte stream chunk by chunk, also when a secret is split across chunks: the bytes after the last
 * line break are held back until the line is complete, the stream ends, or `maxHold` bytes pile up.
 *
 * Matching runs on the bytes themselves (read as latin1, one char per byte), so output that is not valid
 * UTF-8 passes through unchanged and only the masked spans differ.
 */
class StreamMasker {
    masker;
    held = Buffer.alloc(0);
    matcher = new Matcher([]);
    patternVersion = -1;
    hasLiterals = false;
    overlap = MIN_OVERLAP;
    longest = 0;
    /**
     * After a run too long to hold was let out masked: its last bytes (as latin1), read again before the next
     * data so that the run's continuation is found and masked with it.
     */
    context = '';
    maxHold;
    /** `maxHold`, raised to fit the longest secret. */
    hold;
    constructor(masker, options = {}) {
        this.masker = masker;
        this.maxHold = Math.max(options.maxHold ?? DEFAULT_MAX_HOLD, 1);
        this.hold = this.maxHold;
    }
    /** Takes the next chunk; returns the masked bytes that are ready (possibly none). */
    write(chunk) {
        if (chunk.length === 0)
            return chunk;
        const data = this.held.length === 0 ? chunk : Buffer.concat([this.held, chunk]);
        return this.process(data, false);
    }
    /** The stream has ended: returns whatever was held back, masked. */
    end() {
        const data = this.held;
        this.held = Buffer.alloc(0);
        return data.length === 0 ? data : this.process(data, true);
    }
    /** Bytes held back right now (for tests and diagnostics). */
    get holding() {
        return this.held.length;
    }
    refresh() {
        if (this.patternVersion === this.masker.version)
            return;
        // The literals are matched against bytes read as latin1, so each is turned into its UTF-8 bytes read the same way.
        const literals = this.masker.literals.map((s) => Buffer.from(s, 'utf8').toString('latin1'));
        this.matcher = new Matcher(literals);
        this.hasLiterals = literals.length > 0;
        const longest = literals.reduce((n, s) => Math.max(n, s.length), 0);
        this.longest = longest;
        // Enough overlap at a forced cut for the longest secret, whatever the bound: a secret is never let out in part.
        this.overlap = Math.max(longest, Math.min(MIN_OVERLAP, this.maxHold - 1), 1);
        this.hold = Math.max(this.maxHold, this.overlap + 1);
        this.patternVersion = this.masker.version;
    }
    process(data, final) {
        this.refresh();
        let cut = final ? data.length : this.cutPoint(data);
        if (cut === 0) {
            this.held = data;
            return Buffer.alloc(0);
        }
        // Without secrets, a token needs `gh` or `github_pat_` somewhere: most output is let through untouched.
        const candidates = this.hasLiterals || data.indexOf('gh') !== -1 || data.indexOf('github_pat_') !== -1;
        if (!candidates) {
            this.held = data.subarray(cut);
            return data.subarray(0, cut);
        }
        // The run let out last time, if any, is read again in front of the data (`base` bytes), not let out again.
        const context = this.context;
        this.context = '';
        const base = context.length;
        const text = context + data.toString('latin1');
        const spans = [];
        let joined = false;
        let longRun = false;
        for (const [matchStart, matchEnd] of this.matcher.spans(text)) {
            if (matchEnd <= base)
                continue;
            const end = matchEnd - base;
            let start = matchStart - base;
            if (start < 0) {
                // The run let out masked goes on: this part joins its mask.
                start = 0;
                joined = true;
            }
            if (start >= cut)
                break;
            longRun = false;
            if (end > cut) {
                // A match that runs over the cut could still grow, or be the start of a longer secret: hold it back
                // whole. Only a run far longer than any real token is let through, masked as far as it goes.
                if (data.length - start <= this.hold) {
                    cut = start;
                    break;
                }
                cut = end;
                longRun = true;
            }
            spans.push([start, end]);
        }
        this.held = data.subarray(cut);
        if (cut === 0) {
            this.context = context;
            return Buffer.alloc(0);
        }
        // Held back after a long run: what follows may continue it.
        if (longRun && !final)
            this.context = text.slice(Math.max(0, base + cut - this.longest), base + cut);
        if (spans.length === 0)
            return data.subarray(0, cut);
        const pieces = [];
        let from = 0;
        for (const [start, end] of spans) {
            if (start > from)
                pieces.push(data.subarray(from, start));
            if (!(joined && start === 0))
                pieces.push(MASK_BYTES);
            from = end;
        }
        if (cut > from)
            pieces.push(data.subarray(from, cut));
        return Buffer.concat(pieces);
    }
    /** Where to cut `data` so that no line (and no secret) is split; everything after the cut is held back. */
    cutPoint(data) {
        const newline = data.lastIndexOf(NEWLINE);
        const after = newline + 1;
        const rest = data.subarray(after);
        const carriageReturn = rest.lastIndexOf(CARRIAGE_RETURN);
        const lineEnd = carriageReturn === -1 ? after : after + carriageReturn + 1;
        if (lineEnd > 0 && data.length - lineEnd <= this.hold)
            return lineEnd;
        if (data.length <= this.hold)
            return 0;
        return data.length - this.overlap;
    }
}

;// CONCATENATED MODULE: ./src/workspace/guard.ts




/**
 * A script runs in its checkout and can write anything in it, `.git` included: a clean filter, an
 * `http.proxy`, a `credential.helper`, an `include.path`, hooks, a `commondir` pointing at another repository.
 * So the state of `.git` that git needs after the script is taken right after the checkout and kept in this
 * process's memory; before the dispatcher runs git there again, `.git` is put back to it: the same config
 * file, no hooks, no `info/` (attributes, excludes), no alternates, and no top-level entry the checkout did
 * not make. A `.git` that is no longer the same directory is refused.
 */
/** Thrown when `.git` cannot be put back: the changes of the script are not committed. */
class TamperedRepositoryError extends Error {
    constructor(dir, what) {
        super(`The script changed ${external_node_path_default().join(dir, '.git')} (${what}), so its changes were not committed. ` +
            'Scripts may change the files of the checkout, not its .git directory.');
        this.name = 'TamperedRepositoryError';
    }
}
/** Work tree (real path) → its .git as the checkout left it. */
const snapshots = new Map();
/**
 * The user's global git config (XDG, then ~/.gitconfig) as it was before any script ran: a script runs as
 * the same user and could add a filter there too. Git LFS and the like are defined there, so it is kept, and
 * once a script has run, git reads this copy instead (through GIT_CONFIG_GLOBAL).
 */
let globalConfig;
let globalCopy;
async function readGlobalConfig(env) {
    const home = env.HOME ?? external_node_os_default().homedir();
    const xdg = env.XDG_CONFIG_HOME
        ? external_node_path_default().join(env.XDG_CONFIG_HOME, 'git', 'config')
        : external_node_path_default().join(home, '.config', 'git', 'config');
    const parts = [];
    for (const file of [xdg, external_node_path_default().join(home, '.gitconfig')]) {
        try {
            parts.push(await (0,promises_.readFile)(file, 'utf8'));
        }
        catch {
            // none
        }
    }
    return parts.join('\n');
}
/** The private copy of the global config git reads once a script ran; undefined before. */
function globalConfigCopy() {
    return globalCopy;
}
/** Entries under .git that are never put back: they only ever make git run or read something else. */
const DROPPED = [
    'hooks',
    'info',
    external_node_path_default().join('objects', 'info', 'alternates'),
    external_node_path_default().join('objects', 'info', 'http-alternates'),
];
/** Records the state of `dir/.git` (call it right after the checkout, before any script runs). */
async function protectRepository(dir) {
    const top = await (0,promises_.realpath)(dir);
    const gitDir = external_node_path_default().join(top, '.git');
    const info = await (0,promises_.lstat)(gitDir);
    if (!info.isDirectory())
        throw new Error(`${gitDir} is not a directory`);
    const config = await (0,promises_.readFile)(external_node_path_default().join(gitDir, 'config'));
    // Nothing of these is needed, before or after: a fresh `git init` makes sample hooks only.
    await dropRunnable(gitDir);
    const entries = new Map();
    for (const entry of await (0,promises_.readdir)(gitDir, { withFileTypes: true }))
        entries.set(entry.name, entry.isDirectory());
    snapshots.set(top, { gitDir, dev: info.dev, ino: info.ino, config, entries });
    globalConfig ??= await readGlobalConfig(process.env);
}
/** Whether `dir` was checked out by this process (and is guarded). */
async function isProtected(dir) {
    try {
        return snapshots.has(await realpath(dir));
    }
    catch {
        return false;
    }
}
/**
 * Puts `dir/.git` back to the state recorded by protectRepository; a no-op for a directory that was not
 * recorded (a local checkout the CLI was given). Throws a TamperedRepositoryError when it cannot.
 */
async function restoreRepository(dir) {
    let top;
    try {
        top = await (0,promises_.realpath)(dir);
    }
    catch {
        return;
    }
    const snap = snapshots.get(top);
    if (!snap)
        return;
    let info;
    try {
        info = await (0,promises_.lstat)(snap.gitDir);
    }
    catch {
        throw new TamperedRepositoryError(top, 'it is gone');
    }
    if (!info.isDirectory() || info.dev !== snap.dev || info.ino !== snap.ino) {
        throw new TamperedRepositoryError(top, 'it was replaced');
    }
    for (const entry of await (0,promises_.readdir)(snap.gitDir, { withFileTypes: true })) {
        const wasDir = snap.entries.get(entry.name);
        const full = external_node_path_default().join(snap.gitDir, entry.name);
        if (wasDir === undefined) {
            await (0,promises_.rm)(full, { recursive: true, force: true });
        }
        else if (wasDir !== entry.isDirectory() || entry.isSymbolicLink()) {
            throw new TamperedRepositoryError(top, `${entry.name} was replaced`);
        }
    }
    for (const [name, wasDir] of snap.entries) {
        if (!wasDir)
            continue;
        const stat = await (0,promises_.lstat)(external_node_path_default().join(snap.gitDir, name)).catch(() => undefined);
        if (!stat?.isDirectory())
            throw new TamperedRepositoryError(top, `${name} was replaced`);
    }
    // A new file, never through whatever link the script left in its place.
    const config = external_node_path_default().join(snap.gitDir, 'config');
    await (0,promises_.rm)(config, { recursive: true, force: true });
    await (0,promises_.writeFile)(config, snap.config, { flag: 'wx', mode: 0o644 });
    await dropRunnable(snap.gitDir);
    if (globalConfig !== undefined) {
        // A fresh private file each time: nothing the script could have prepared or can reach in between.
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'sd-gitconfig-'));
        const file = external_node_path_default().join(dir, 'config');
        await (0,promises_.writeFile)(file, globalConfig, { flag: 'wx', mode: 0o600 });
        const old = globalCopy;
        globalCopy = file;
        if (old)
            await (0,promises_.rm)(external_node_path_default().dirname(old), { recursive: true, force: true });
        else
            process.once('exit', () => globalCopy && (0,external_node_fs_.rmSync)(external_node_path_default().dirname(globalCopy), { recursive: true, force: true }));
    }
}
async function dropRunnable(gitDir) {
    for (const name of DROPPED)
        await (0,promises_.rm)(external_node_path_default().join(gitDir, name), { recursive: true, force: true });
    await (0,promises_.mkdir)(external_node_path_default().join(gitDir, 'hooks'));
}
/** Forgets every recorded repository (tests). */
function forgetRepositories() {
    snapshots.clear();
    globalConfig = undefined;
    globalCopy = undefined;
}

;// CONCATENATED MODULE: ./src/workspace/git.ts



/**
 * The git command line, run safely: argument arrays only (never a shell), no hook ever runs, no prompt ever
 * waits for a terminal, and the token travels in environment variables only (never in argv, a URL or a
 * file), the way actions/checkout sends it: an `AUTHORIZATION: basic` extra header scoped to the server URL.
 */
/** Config given to every git invocation on its command line. */
const SAFE_CONFIG = [
    // No hook runs, not even one a script planted in .git/hooks.
    'core.hooksPath=/dev/null',
    // No fsmonitor command from a repository's config runs either.
    'core.fsmonitor=false',
    // Bare repositories on disk are valid content repositories.
    'protocol.file.allow=always',
    // Paths in messages as they are, not octal-escaped.
    'core.quotePath=false',
    // No background gc or maintenance left running in a checkout that is thrown away.
    'gc.auto=0',
    'maintenance.auto=false',
];
/** Subcommands that talk to a remote: the only ones that get the auth header. */
const REMOTE_COMMANDS = new Set(['fetch', 'push', 'ls-remote', 'clone', 'pull']);
/** Variables of the step that hold credentials or the action's inputs: git never gets them. */
function isWithheldVariable(name) {
    const upper = name.toUpperCase();
    return (upper.startsWith('INPUT_') ||
        upper === 'ACTIONS_RUNTIME_TOKEN' ||
        upper === 'ACTIONS_RESULTS_URL' ||
        upper.startsWith('ACTIONS_ID_TOKEN_REQUEST_') ||
        upper === 'GITHUB_TOKEN' ||
        upper === 'GH_TOKEN');
}
/** Environment variables kept from the outside world although they start with GIT_. */
const KEPT_GIT_ENV = new Set(['GIT_SSL_CAINFO', 'GIT_SSL_CAPATH']);
/** Oldest git that reads GIT_CONFIG_COUNT. */
const MIN_VERSION = [2, 31];
/** A git command failed. The command, exit code and stderr never hold the token. */
class GitError extends Error {
    /** The command as run (`git` first), without secrets. */
    command;
    /** null when git did not start or was killed by a signal. */
    exitCode;
    stderr;
    constructor(message, command, exitCode, stderr) {
        super(message);
        this.name = 'GitError';
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** The scheme, host and port of a server URL, with a trailing slash: the scope of the extra header. */
function serverScope(serverUrl) {
    const url = new URL(serverUrl);
    const path = url.pathname.replace(/\/+$/, '');
    return `${url.protocol}//${url.host}${path}/`;
}
/** Config entries that authenticate to `serverUrl` and make `*.localhost` resolve to loopback. */
function authConfig(auth) {
    const entries = [];
    const serverUrl = auth.serverUrl ?? 'https://github.com';
    const url = new URL(serverUrl);
    if (auth.token) {
        const key = `http.${serverScope(serverUrl)}.extraheader`;
        const basic = Buffer.from(`x-access-token:${auth.token}`, 'utf8').toString('base64');
        // An empty value first drops any header inherited from the global or system config.
        entries.push({ key, value: '' });
        entries.push({ key, value: `AUTHORIZATION: basic ${basic}` });
    }
    const host = url.hostname.toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost')) {
        // RFC 6761: these names are loopback, whatever the local resolver knows.
        const port = url.port || (url.protocol === 'https:' ? '443' : '80');
        entries.push({ key: 'http.curloptResolve', value: `${host}:${port}:127.0.0.1` });
    }
    return entries;
}
/** The environment every git invocation gets: the outside one without GIT_*, plus the given config. */
function gitEnvironment(base, config, extra = {}, secrets = []) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value === undefined)
            continue;
        if (name.toUpperCase().startsWith('GIT_') && !KEPT_GIT_ENV.has(name))
            continue;
        if (isWithheldVariable(name) || secrets.some((s) => value.includes(s)))
            continue;
        env[name] = value;
    }
    env.GIT_TERMINAL_PROMPT = '0';
    env.GCM_INTERACTIVE = 'never';
    // Messages git prints are matched in a few places: keep them in English.
    env.LC_ALL = 'C';
    delete env.LANGUAGE;
    // After a script ran: the global config as it was before, not whatever the script made of it.
    const global = globalConfigCopy();
    if (global !== undefined)
        env.GIT_CONFIG_GLOBAL = global;
    env.GIT_CONFIG_COUNT = String(config.length);
    config.forEach((entry, i) => {
        env[`GIT_CONFIG_KEY_${i}`] = entry.key;
        env[`GIT_CONFIG_VALUE_${i}`] = entry.value;
    });
    return { ...env, ...extra };
}
class Git {
    cwd;
    auth;
    config;
    /** The token, and the base64 header it travels in, never appear in what git says. */
    masker;
    constructor(opts) {
        this.cwd = opts.cwd;
        this.auth = { token: opts.token, serverUrl: opts.serverUrl };
        this.config = authConfig(this.auth);
        this.masker = new Masker(opts.token ? [opts.token] : []);
    }
    /** A Git for `opts.cwd`; fails with a GitError when git is missing or too old. */
    static async create(opts) {
        const git = new Git(opts);
        const { stdout } = await git.run(['version'], { cwd: process.cwd() });
        const match = /(\d+)\.(\d+)/.exec(stdout);
        const [major, minor] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
        if (major < MIN_VERSION[0] || (major === MIN_VERSION[0] && minor < MIN_VERSION[1])) {
            throw new GitError(`git ${MIN_VERSION.join('.')} or newer is needed, found: ${stdout.trim() || 'unknown'}`, ['git', 'version'], 0, '');
        }
        return git;
    }
    /** The same git (same authentication) working in another directory. */
    at(cwd) {
        return new Git({ cwd, ...this.auth });
    }
    /** The argv git is spawned with, `git` excluded: the safe config, then `args`. */
    argv(args) {
        return [...SAFE_CONFIG.flatMap((c) => ['-c', c]), ...args];
    }
    /**
     * The environment git is spawned with: no input, no credential of the step. With `remote`, the auth
     * header for the server too (never print that one); without, only the config that holds no secret.
     */
    environment(extra = {}, remote = false) {
        const config = remote ? this.config : this.config.filter((entry) => !entry.key.endsWith('.extraheader'));
        return gitEnvironment(process.env, config, extra, this.auth.token ? [this.auth.token] : []);
    }
    /** Replaces the token (and its encoded header) with `***`. */
    mask(text) {
        return this.masker.mask(text);
    }
    /** Whether `branch` is a name git accepts for a branch (and not one that reads as an option). */
    async isValidBranch(branch) {
        if (branch.startsWith('-'))
            return false;
        const { exitCode } = await this.run(['check-ref-format', `refs/heads/${branch}`], { okCodes: [1] });
        return exitCode === 0;
    }
    /** Runs `git <args>`; rejects with a GitError on an exit code not in okCodes (0 always is). */
    run(args, opts = {}) {
        const argv = this.argv(args);
        const shown = ['git', ...args.map((a) => this.mask(a))];
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)('git', argv, {
                cwd: opts.cwd ?? this.cwd,
                env: this.environment(opts.env, REMOTE_COMMANDS.has(args[0] ?? '')),
                stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                windowsHide: true,
            });
            const out = [];
            const err = [];
            child.stdout?.on('data', (chunk) => out.push(chunk));
            child.stderr?.on('data', (chunk) => err.push(chunk));
            let failed = false;
            child.on('error', (error) => {
                failed = true;
                const why = error.code === 'ENOENT' ? 'git is not installed or not on PATH' : error.message;
                reject(new GitError(`${shown.join(' ')}: ${this.mask(why)}`, shown, null, ''));
            });
            if (opts.input !== undefined && child.stdin) {
                child.stdin.on('error', () => undefined);
                child.stdin.end(opts.input);
            }
            child.on('close', (code, signal) => {
                if (failed)
                    return;
                const stdout = this.mask(Buffer.concat(out).toString('utf8'));
                const stderr = this.mask(Buffer.concat(err).toString('utf8'));
                if (code === 0 || (code !== null && opts.okCodes?.includes(code))) {
                    resolve({ stdout, stderr, exitCode: code });
                    return;
                }
                const how = code === null ? `was killed by ${signal}` : `exited with code ${code}`;
                const detail = stderr.trim() ? `: ${stderr.trim()}` : '';
                reject(new GitError(`${shown.join(' ')} ${how}${detail}`, shown, code, stderr));
            });
        });
    }
}

;// CONCATENATED MODULE: ./src/workspace/changed-files.ts
/**
 * The files a push changed, computed from the push payload's `before` and `after` with git, for the
 * `paths` of push triggers. No limit on their number (GitHub's own `paths` filter stops after 300).
 *
 * The checkout is usually shallow (depth 1, as actions/checkout leaves it), so whatever commit it lacks
 * is fetched from the workflow repository's URL by its sha, with the Git's token header (never stored in
 * a remote, a URL or a file); nothing is written to the checkout's branches or remotes.
 *
 * - A normal push: `git diff before after`.
 * - A new branch (`before` is all zeros, or `created`), a forced push (`forced`, or `before` is not an
 *   ancestor of `after` when the payload does not say), or a `before` the remote no longer has: the
 *   files changed since the branch left the default branch (`payload.repository.default_branch`), i.e.
 *   `git diff $(git merge-base default after) after`, deepening the shallow history as far as needed.
 * - A deleted branch: no files.
 */

/** The payload cannot say which files changed (a sha that is not one, no default branch). */
class ChangedFilesError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ChangedFilesError';
    }
}
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO = /^0+$/;
/** How far each deepening step goes; 0: the whole history. */
const DEEPEN_STEPS = [64, 1024, 0];
/**
 * The files the push of `payload` changed. `git` works in the checkout of the workflow repository (its
 * token and server URL authenticate the fetches); `remoteUrl` is that repository's URL
 * (`<server>/<owner>/<name>`).
 */
async function pushChangedFiles(git, payload, remoteUrl) {
    if (remoteUrl.startsWith('-'))
        throw new ChangedFilesError(`Not a repository URL: ${remoteUrl}`);
    const after = shaOf(payload.after, 'after');
    if (payload.deleted === true || ZERO.test(after))
        return { files: [], comparedWith: 'nothing' };
    const before = shaOf(payload.before, 'before');
    const source = new Source(git, remoteUrl);
    await source.ensure([after]);
    let reason;
    if (ZERO.test(before) || payload.created === true)
        reason = 'the push created the branch';
    else if (payload.forced === true)
        reason = 'the push was forced';
    else if (!(await source.tryEnsure(before)))
        reason = `\`before\` (${before.slice(0, 12)}) is not on the remote any more`;
    else if (typeof payload.forced !== 'boolean' && !(await source.isAncestor(before, after))) {
        reason = `\`before\` (${before.slice(0, 12)}) is not an ancestor of \`after\``;
    }
    if (reason === undefined) {
        return { files: await diffNames(git, before, after), base: before, head: after, comparedWith: 'before' };
    }
    const defaultBranch = payload.repository?.default_branch;
    if (typeof defaultBranch !== 'string' || defaultBranch === '') {
        throw new ChangedFilesError(`${reason}, so the changed files are those since the branch left the default branch, but the event names no \`repository.default_branch\`.`);
    }
    const tip = await source.branchTip(defaultBranch);
    const base = (await source.mergeBase(tip, after)) ?? tip;
    return {
        files: await diffNames(git, base, after),
        base,
        head: after,
        comparedWith: 'default-branch',
        reason,
    };
}
function shaOf(value, field) {
    if (typeof value === 'string' && SHA.test(value))
        return value;
    throw new ChangedFilesError(`The push event's \`${field}\` is not a commit sha (got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : String(value)}).`);
}
async function diffNames(git, base, head) {
    const { stdout } = await git.run([
        'diff',
        '--name-only',
        '-z',
        '--no-renames',
        '--no-ext-diff',
        base,
        head,
        '--',
    ]);
    return stdout.split('\0').filter((name) => name !== '');
}
/** The workflow repository's remote, fetched from by URL into the checkout's object store. */
class Source {
    git;
    url;
    constructor(git, url) {
        this.git = git;
        this.url = url;
    }
    async has(sha) {
        const { exitCode } = await this.git.run(['cat-file', '-e', `${sha}^{commit}`], { okCodes: [1, 128] });
        return exitCode === 0;
    }
    fetch(args, refs) {
        return this.git.run([
            'fetch',
            '--no-tags',
            '--no-recurse-submodules',
            '--no-write-fetch-head',
            '--quiet',
            ...args,
            '--',
            this.url,
            ...refs,
        ]);
    }
    /** Fetches the commits the checkout lacks (depth 1). */
    async ensure(shas) {
        const missing = [];
        for (const sha of shas)
            if (!(await this.has(sha)))
                missing.push(sha);
        if (missing.length > 0)
            await this.fetch(['--depth=1'], missing);
    }
    /** `ensure`, false when the remote does not have the commit. */
    async tryEnsure(sha) {
        try {
            await this.ensure([sha]);
            return true;
        }
        catch (error) {
            if (error instanceof GitError &&
                /not our ref|no such remote ref|couldn't find remote ref|unadvertised object|bad object/i.test(error.stderr)) {
                return false;
            }
            throw error;
        }
    }
    /** The commit a branch of the remote points at, fetched (depth 1). */
    async branchTip(branch) {
        const { exitCode } = await this.git.run(['check-ref-format', `refs/heads/${branch}`], { okCodes: [1] });
        if (exitCode !== 0 || branch.startsWith('-')) {
            throw new ChangedFilesError(`The event's default branch \`${branch}\` is not a valid branch name.`);
        }
        const { stdout } = await this.git.run(['ls-remote', '--', this.url, `refs/heads/${branch}`]);
        const sha = stdout.split('\t')[0]?.trim() ?? '';
        if (!SHA.test(sha))
            throw new ChangedFilesError(`The default branch \`${branch}\` is not on the remote.`);
        await this.ensure([sha]);
        return sha;
    }
    /** Whether `a` is an ancestor of `b`, deepening the shallow history until it can tell. */
    async isAncestor(a, b) {
        const ask = async () => (await this.git.run(['merge-base', '--is-ancestor', a, b], { okCodes: [1] })).exitCode === 0;
        return (await this.deepenUntil([a, b], ask)) ?? false;
    }
    /** The best common ancestor of `a` and `b`, deepening the shallow history as far as needed. */
    async mergeBase(a, b) {
        const ask = async () => {
            const { stdout, exitCode } = await this.git.run(['merge-base', a, b], { okCodes: [1] });
            return exitCode === 0 ? stdout.trim() : undefined;
        };
        return this.deepenUntil([a, b], ask);
    }
    /** Asks; while there is no answer and the history is shallow, fetches deeper history of `shas`. */
    async deepenUntil(shas, ask) {
        for (const step of [...DEEPEN_STEPS, undefined]) {
            const answer = await ask();
            if (answer !== undefined && answer !== false)
                return answer;
            if (step === undefined || !(await this.isShallow()))
                return undefined;
            await this.fetch([step === 0 ? '--unshallow' : `--deepen=${step}`], shas);
        }
        return undefined;
    }
    async isShallow() {
        const { stdout } = await this.git.run(['rev-parse', '--is-shallow-repository']);
        return stdout.trim() === 'true';
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/changed-files.ts
/**
 * The changed files of a push, for the action: computed with git in the workflow repository's checkout,
 * fetching what it lacks from that repository on the server with the action's token (an extra header, never
 * stored in the checkout).
 */


function pushChangedFilesIn(checkout, options) {
    return async (payload) => {
        const git = await Git.create({ cwd: checkout, token: options.token, serverUrl: options.serverUrl });
        const changed = await pushChangedFiles(git, payload, `${options.serverUrl}/${options.repository}`);
        return changed.files;
    };
}

;// CONCATENATED MODULE: ./src/publish/commit.ts



/**
 * A write script's changes become one commit on top of the checked-out base, built with plumbing only: the
 * working tree never switches branches, no diffstat is computed, and no hook runs. The branch is rebuilt on
 * the current base every run and pushed with a lease on the commit the dispatcher saw.
 */
/** How many changed paths a ChangeSummary lists. */
const LISTED_FILES = 50;
/** Pushes tried when another push to the same branch wins the race. */
const PUSH_ATTEMPTS = 3;
/** Another push to the branch won every attempt. */
class PushRaceError extends Error {
    branch;
    attempts;
    constructor(branch, attempts, detail) {
        super(`Could not push branch \`${branch}\`: it was changed by another push during each of ${attempts} attempts` +
            `${detail ? ` (${detail})` : ''}. Run the script again once the other run has finished.`);
        this.name = 'PushRaceError';
        this.branch = branch;
        this.attempts = attempts;
    }
}
/**
 * Stages every change under `dir` except the excluded paths, and commits the result on top of HEAD
 * without moving HEAD. Nothing changed: no commit.
 */
async function commitChanges(git, opts) {
    const repo = git.at(opts.dir);
    // The script may have planted filters, hooks or a proxy in .git: back to what the checkout wrote.
    await restoreRepository(opts.dir);
    const [base, baseTree] = await headAndTree(repo);
    await repo.run(['add', '-A', '--', '.', ...excludeSpecs(opts.dir, opts.exclude)]);
    const tree = (await repo.run(['write-tree'])).stdout.trim();
    if (tree === baseTree)
        return { base, changes: emptySummary(), allFiles: [] };
    const { name, email } = opts.author;
    const { stdout } = await repo.run(['commit-tree', '--no-gpg-sign', '-p', base, '-F', '-', tree], {
        input: opts.message,
        env: {
            GIT_AUTHOR_NAME: name,
            GIT_AUTHOR_EMAIL: email,
            GIT_COMMITTER_NAME: name,
            GIT_COMMITTER_EMAIL: email,
        },
    });
    const commit = stdout.trim();
    const allFiles = await changedFiles(repo, base, commit);
    return { commit, base, changes: summarize(allFiles), allFiles };
}
/**
 * Sets the remote branch to `commit`, whatever it held, as long as nobody pushed to it since it was read:
 * `--force-with-lease` on the commit seen (or on "must not exist"). A lost race is retried with what the
 * branch holds then; after PUSH_ATTEMPTS lost races, a PushRaceError.
 */
async function pushBranch(git, opts) {
    if (opts.remote.startsWith('-'))
        throw new Error(`Not a repository URL: ${opts.remote}`);
    const repo = git.at(opts.dir);
    await restoreRepository(opts.dir);
    await checkBranch(repo, opts.branch);
    const ref = `refs/heads/${opts.branch}`;
    let lastReason = '';
    for (let attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
        const previous = await remoteBranch(repo, opts.remote, ref);
        if (previous === opts.commit)
            return { previous };
        await opts.onBeforePush?.(attempt);
        const args = [
            'push',
            '--porcelain',
            '--no-verify',
            '--no-recurse-submodules',
            `--force-with-lease=${ref}:${previous ?? ''}`,
            '--',
            opts.remote,
            `${opts.commit}:${ref}`,
        ];
        // Exit code 1: a ref was rejected; --porcelain says why on stdout, one line per ref.
        const { exitCode, stdout, stderr } = await repo.run(args, { okCodes: [1] });
        if (exitCode === 0)
            return previous ? { previous } : {};
        const reason = lostRace(`${stdout}\n${stderr}`);
        if (reason === undefined) {
            const detail = `${rejection(stdout, ref) ?? ''}\n${stderr}`.trim();
            throw new GitError(`git push of ${ref} to ${opts.remote} was rejected: ${detail}`, ['git', ...args], 1, stderr);
        }
        lastReason = reason;
    }
    throw new PushRaceError(opts.branch, PUSH_ATTEMPTS, lastReason);
}
/**
 * For a local checkout: commits the changes on the local branch `branch` (created or reset) and makes it
 * the checked-out branch. The working tree keeps its files and its status is clean afterwards (excluded
 * paths aside). Nothing is pushed; nothing changed: no commit, HEAD stays.
 */
async function commitOnLocalBranch(git, opts) {
    const repo = git.at(opts.dir);
    await checkBranch(repo, opts.branch);
    const result = await commitChanges(git, opts);
    if (result.commit) {
        const ref = `refs/heads/${opts.branch}`;
        await repo.run(['update-ref', '-m', 'script-dispatcher: commit changes', ref, result.commit]);
        await repo.run(['symbolic-ref', '-m', `script-dispatcher: switch to ${opts.branch}`, 'HEAD', ref]);
    }
    return { ...result, branch: opts.branch };
}
/** Parses `git diff-tree -r -z --name-status` output (with or without renames). */
function parseNameStatus(output) {
    const fields = output.split('\0');
    const files = [];
    let i = 0;
    while (i < fields.length) {
        const status = fields[i];
        if (status === '') {
            i++;
            continue;
        }
        const kind = status[0];
        if (kind === 'R' || kind === 'C') {
            const from = fields[i + 1];
            const to = fields[i + 2];
            if (from === undefined || to === undefined)
                break;
            files.push({ status: kind, path: to, from });
            i += 3;
        }
        else {
            const file = fields[i + 1];
            if (file === undefined)
                break;
            files.push({ status: kind, path: file });
            i += 2;
        }
    }
    return files;
}
/** Counts by kind, and the first LISTED_FILES paths. Copies count as added. */
function summarize(files) {
    const summary = emptySummary();
    summary.count = files.length;
    for (const file of files) {
        if (file.status === 'A' || file.status === 'C')
            summary.added++;
        else if (file.status === 'D')
            summary.deleted++;
        else if (file.status === 'R')
            summary.renamed++;
        else
            summary.modified++;
    }
    summary.files = files.slice(0, LISTED_FILES).map((f) => ({ status: f.status, path: f.path }));
    return summary;
}
function emptySummary() {
    return { count: 0, added: 0, modified: 0, deleted: 0, renamed: 0, files: [] };
}
async function headAndTree(repo) {
    const { stdout } = await repo.run(['rev-parse', 'HEAD^{commit}', 'HEAD^{tree}']);
    const [commit, tree] = stdout.trim().split('\n');
    if (!/^[0-9a-f]{40,64}$/.test(commit ?? '') || !/^[0-9a-f]{40,64}$/.test(tree ?? '')) {
        throw new GitError(`Unexpected output of git rev-parse: ${stdout}`, ['git', 'rev-parse'], 0, '');
    }
    return [commit, tree];
}
/** `:(exclude,literal)` pathspecs, relative to dir, for the excluded paths inside it. */
function excludeSpecs(dir, exclude) {
    const specs = [];
    for (const p of exclude) {
        const rel = external_node_path_default().relative(external_node_path_default().resolve(dir), external_node_path_default().resolve(dir, p));
        if (rel === '' || rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
            continue;
        specs.push(`:(exclude,literal)${rel.split((external_node_path_default()).sep).join('/')}`);
    }
    return specs;
}
/** The files that differ between two commits, renames detected. */
async function changedFiles(repo, from, to) {
    const { stdout } = await repo.run([
        'diff-tree',
        '-r',
        '-z',
        '-M',
        '--name-status',
        '--no-commit-id',
        '--end-of-options',
        from,
        to,
    ]);
    return parseNameStatus(stdout);
}
async function checkBranch(repo, branch) {
    if (!(await repo.isValidBranch(branch)))
        throw new Error(`\`${branch}\` is not a valid branch name.`);
}
/** The commit a remote branch holds, or undefined when it does not exist. */
async function remoteBranch(repo, remote, ref) {
    const { stdout } = await repo.run(['ls-remote', '--', remote, ref]);
    for (const line of stdout.split('\n')) {
        const [sha, name] = line.split('\t');
        if (name === ref)
            return sha;
    }
    return undefined;
}
/** Why a push lost a race with another push, or undefined when it failed for another reason. */
function lostRace(output) {
    const match = /\((stale info|fetch first|non-fast-forward|failed to update ref|incorrect old value provided)\)/.exec(output) ?? /(cannot lock ref|stale info|incorrect old value)/.exec(output);
    return match ? match[1] : undefined;
}
/** The porcelain line of `ref`, e.g. `[remote rejected] (pre-receive hook declined)`. */
function rejection(porcelain, ref) {
    for (const line of porcelain.split('\n')) {
        const [flag, refs, summary] = line.split('\t');
        if (flag === '!' && refs?.endsWith(`:${ref}`))
            return summary;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/publish/types.ts
/** What publishing a write script's changes is made of. */
/** A changed path's kind, from git's name-status letter, in words. */
const CHANGE_KIND_WORDS = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'type changed',
};
/** `3 added, 1 deleted`: the counts of a change summary that are not zero. */
function changeKinds(changes, count) {
    return [
        ['added', changes.added],
        ['modified', changes.modified],
        ['deleted', changes.deleted],
        ['renamed', changes.renamed],
    ]
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${count(n)} ${kind}`)
        .join(', ');
}

// EXTERNAL MODULE: ./src/shared/markdown.ts
var shared_markdown = __webpack_require__(11680);
;// CONCATENATED MODULE: ./src/publish/pull-request.ts


/** GitHub refuses a pull request body over this many characters. */
const MAX_BODY_CHARS = 65_536;
/** Changed files listed one by one; more: counts by kind, then the first this many. */
const LISTED_CHANGES = 100;
/** An argument value shown in the table is cut after this many characters. */
const MAX_VALUE_CHARS = 200;
/** A path shown in the list is cut after this many characters. */
const MAX_PATH_CHARS = 300;
/** Arguments shown in the table at most. */
const MAX_ARGS = 50;
/**
 * The open pull request for head → base gets the new title and body; when there is none, one is opened.
 * Opening one that another run opened meanwhile (422 "A pull request already exists") updates that one.
 * The labels are added either way.
 */
async function openOrUpdatePullRequest(api, opts) {
    const { repo, head, base, body } = opts;
    const title = pullRequestTitle(opts.title);
    let action;
    let pr = await api.findOpenPullRequest(repo, head, base);
    if (pr) {
        pr = await api.updatePullRequest(repo, pr.number, { title, body });
        action = 'updated';
    }
    else {
        ({ pr, action } = await createOnce(api, { ...opts, title }));
    }
    const labels = [...new Set(opts.labels.filter((l) => l.trim() !== ''))];
    if (labels.length > 0)
        await api.addPullRequestLabels(repo, pr.number, labels);
    return { url: pr.url, number: pr.number, action, repository: `${repo.owner}/${repo.repo}` };
}
/** Creates tried when GitHub's answer is lost (a 5xx or a dropped connection) and no pull request appeared. */
const CREATE_ATTEMPTS = 3;
/**
 * Opens the pull request, exactly once: a create whose answer was lost (GitHub may or may not have made it)
 * is followed by a lookup on the head branch, and tried again only when nothing is there. A 422 "already
 * exists" (another run opened it meanwhile) updates the one that exists.
 */
async function createOnce(api, opts) {
    const { repo, head, base, title, body } = opts;
    for (let attempt = 1;; attempt++) {
        try {
            const pr = await api.createPullRequest(repo, { title, body, head, base, draft: opts.draft });
            return { pr, action: 'opened' };
        }
        catch (error) {
            const exists = isAlreadyExists(error);
            if (!exists && !isLostAnswer(error))
                throw error;
            const existing = await api.findOpenPullRequest(repo, head, base);
            if (existing) {
                // After a lost answer, the one found is the one this create made: it already has this title and body.
                if (!exists)
                    return { pr: existing, action: 'opened' };
                return { pr: await api.updatePullRequest(repo, existing.number, { title, body }), action: 'updated' };
            }
            if (exists || attempt >= CREATE_ATTEMPTS)
                throw error;
        }
    }
}
/** A call whose answer did not come back: a server error, or no HTTP answer at all. */
function isLostAnswer(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const status = error.status;
    if (typeof status === 'number')
        return status >= 500 || status === 0;
    const { code, name } = error;
    if (typeof code === 'string')
        return /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|UND_ERR_\w+)$/.test(code);
    return name === 'HttpError' || name === 'RequestError';
}
/** GitHub refuses a pull request title over this many characters. */
const MAX_TITLE_CHARS = 256;
/**
 * A pull request title is one line: control characters (newlines, tabs, escapes) become spaces, runs of
 * spaces one, and the whole is cut to MAX_TITLE_CHARS characters (on a code point boundary).
 */
function pullRequestTitle(text) {
    const flat = text
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim();
    const points = Array.from(flat);
    if (points.length <= MAX_TITLE_CHARS)
        return flat || 'Changes';
    return (points
        .slice(0, MAX_TITLE_CHARS - 1)
        .join('')
        .trimEnd() + '…');
}
/** GitHub's 422 for a second open pull request on the same head and base. */
function isAlreadyExists(error) {
    if (typeof error !== 'object' || error === null)
        return false;
    const e = error;
    if (e.status !== 422)
        return false;
    const text = `${typeof e.message === 'string' ? e.message : ''} ${JSON.stringify(e.response?.data ?? '')}`;
    return /already exists/i.test(text);
}
/** The compare view of `branch` against `base`. */
function compareUrl(serverUrl, repo, base, branch) {
    const full = typeof repo === 'string' ? repo : `${repo.owner}/${repo.repo}`;
    const ref = (r) => encodeURIComponent(r).replace(/%2F/g, '/');
    return `${serverUrl.replace(/\/+$/, '')}/${full}/compare/${ref(base)}...${ref(branch)}`;
}
/** The pull request body: links, arguments, changed files. Never over MAX_BODY_CHARS, whatever the input. */
function renderPullRequestBody(info) {
    const parts = [];
    parts.push(`Changes made by the script **${inline(info.script, 100)}** (job ${shortCode(info.job, 100)}).`);
    const links = [];
    if (info.issueUrl)
        links.push(`- Requested in ${(0,shared_markdown/* link */.nf)('the issue', info.issueUrl)}`);
    if (info.runUrl)
        links.push(`- ${(0,shared_markdown/* link */.nf)('Workflow run', info.runUrl)}`);
    if (info.artifactUrl)
        links.push(`- ${(0,shared_markdown/* link */.nf)('Output files and the run record', info.artifactUrl)}`);
    if (links.length > 0)
        parts.push(links.join('\n'));
    parts.push(argumentsTable(info.args));
    const header = parts.join('\n\n') + '\n\n';
    const footer = '\n\n<sub>Opened by Script Dispatcher. Running the script again updates this pull request.</sub>\n';
    const budget = MAX_BODY_CHARS - header.length - footer.length;
    return clip(header + pull_request_changedFiles(info, Math.max(budget, 0)) + footer);
}
function argumentsTable(args) {
    const entries = Object.entries(args);
    if (entries.length === 0)
        return '**Arguments:** none';
    const rows = entries
        .slice(0, MAX_ARGS)
        .map(([name, value]) => `| ${cell(name, 60)} | ${cell(displayValue(value), MAX_VALUE_CHARS)} |`);
    if (entries.length > MAX_ARGS)
        rows.push(`| … | ${entries.length - MAX_ARGS} more |`);
    return ['**Arguments**', '', '| Argument | Value |', '|---|---|', ...rows].join('\n');
}
function pull_request_changedFiles(info, budget) {
    const { changes } = info;
    const files = info.allFiles ?? changes.files;
    const total = Math.max(changes.count, files.length);
    const lines = [];
    const noun = total === 1 ? 'file' : 'files';
    if (total <= LISTED_CHANGES && files.length >= total) {
        lines.push(`**Changed ${noun}** (${total})`, '');
    }
    else {
        const counts = [
            ['added', changes.added],
            ['modified', changes.modified],
            ['deleted', changes.deleted],
            ['renamed', changes.renamed],
        ]
            .filter(([, n]) => Number(n) > 0)
            .map(([word, n]) => `${n} ${word}`);
        lines.push(`**Changed ${noun}:** ${total}${counts.length ? ` (${counts.join(', ')})` : ''}`, '');
        if (files.length > 0)
            lines.push(`The first ${Math.min(files.length, LISTED_CHANGES)}:`, '');
    }
    let used = lines.join('\n').length;
    const reserve = 80;
    let shown = 0;
    for (const file of files.slice(0, LISTED_CHANGES)) {
        const line = `- ${shortCode(file.path, MAX_PATH_CHARS)} ${CHANGE_KIND_WORDS[file.status] ?? inline(file.status, 10)}`;
        if (used + line.length + 1 > budget - reserve)
            break;
        lines.push(line);
        used += line.length + 1;
        shown++;
    }
    if (shown < total && (shown < files.length || total <= LISTED_CHANGES)) {
        lines.push(`- … and ${total - shown} more`);
    }
    return lines.join('\n');
}
function displayValue(value) {
    if (value === undefined || value === null || value === '')
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    try {
        return JSON.stringify(value) ?? '';
    }
    catch {
        return String(value);
    }
}
/** A table cell: a code span on one line, its pipes escaped so that the table holds. */
function cell(value, max) {
    if (value === '')
        return '_empty_';
    return shortCode(value, max).replace(/\|/g, '\\|');
}
/** A code span showing `value` on one line (line breaks as ↵), whatever backticks it holds. */
function shortCode(value, max) {
    const flat = (0,shared_markdown/* truncate */.xv)(value, max)
        .replace(/\r\n|\r|\n/g, '↵')
        .replace(/\t/g, ' ');
    if (flat.trim() === '')
        return `\`${flat.length ? '·'.repeat(Math.min(flat.length, 3)) : '·'}\``;
    return (0,shared_markdown/* codeSpan */.SS)(flat);
}
/** Text shown as Markdown, with what would be markup escaped. */
function inline(value, max) {
    return (0,shared_markdown/* truncate */.xv)(value, max)
        .replace(/[\r\n]+/g, ' ')
        .replace(/[\\`*_[\]<>|#!~&]/g, (c) => `\\${c}`);
}
/** Last guard: never over the limit, whatever the parts did. */
function clip(body) {
    if (body.length <= MAX_BODY_CHARS)
        return body;
    const note = '\n\n… (cut to fit)\n';
    return body.slice(0, MAX_BODY_CHARS - note.length) + note;
}

;// CONCATENATED MODULE: ./src/workspace/checkout.ts




/** The content repository cannot be checked out; the message says why and what to do. */
class CheckoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CheckoutError';
    }
}
/** `cloneUrl` when the target has one, else `<serverUrl>/<owner>/<name>`. */
function cloneUrlFor(target, serverUrl) {
    if (target.cloneUrl)
        return target.cloneUrl;
    return `${serverUrl.replace(/\/+$/, '')}/${target.repository}`;
}
/** The branch a remote's HEAD points to, with its commit. */
async function remoteDefaultBranch(git, url) {
    const { stdout } = await git.run(['ls-remote', '--symref', '--', url, 'HEAD']);
    let branch;
    let sha;
    for (const line of stdout.split('\n')) {
        const symref = /^ref: refs\/heads\/(.+)\tHEAD$/.exec(line);
        if (symref)
            branch = symref[1];
        const direct = /^([0-9a-f]{40,64})\tHEAD$/.exec(line);
        if (direct)
            sha = direct[1];
    }
    if (!branch)
        throw noDefaultBranch(url);
    return { branch, sha };
}
function noDefaultBranch(url) {
    return new CheckoutError(`${checkout_displayUrl(url)} has no default branch (is it empty?). Push a first commit, or set \`ref\` for it in the manifest.`);
}
/**
 * Checks out `ref` (or the remote's default branch) of `url` into `dest`, shallow (depth 1) and without tags,
 * on a local branch of the same name. An empty `dest` gets a single-branch clone; one that already is a
 * checkout of `url` is fetched again and reset to the remote branch, with untracked files removed, as
 * actions/checkout does.
 */
async function checkoutTarget(auth, source) {
    const { url, dest } = source;
    if (url.startsWith('-'))
        throw new CheckoutError(`Not a repository URL: ${checkout_displayUrl(url)}`);
    // git's version check and the look at `dest` run side by side.
    const [base, state] = await Promise.all([
        auth instanceof Git ? auth : Git.create({ cwd: process.cwd(), ...auth }),
        destinationState(dest, url),
    ]);
    const given = source.ref?.replace(/^refs\/heads\//, '');
    if (given)
        await checkBranchName(base, given);
    const git = base.at(dest);
    let branch;
    if (state === 'empty') {
        branch = await cloneInto(base, url, dest, given);
    }
    else {
        branch = given || (await remoteDefaultBranch(base, url)).branch;
        if (!given)
            await checkBranchName(base, branch);
        await fetchInto(git, url, branch);
    }
    const [head] = await Promise.all([
        git.run(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okCodes: [1] }),
        // A default branch is the remote's word: checked like a given one.
        state === 'empty' && !given ? checkBranchName(base, branch) : undefined,
    ]);
    // An empty remote clones to a branch with no commit.
    if (head.exitCode !== 0)
        throw noDefaultBranch(url);
    // What .git holds now is what the dispatcher uses after the script, whatever the script does to it.
    await protectRepository(dest);
    return { sha: head.stdout.trim(), ref: branch };
}
/**
 * One `git clone` of one branch (the remote's default when `branch` is not given) into an empty `dest`;
 * answers the branch checked out. `--no-local`: a repository on disk is copied as over the wire, never
 * hard-linked, so nothing a script does to the checkout's objects reaches the original.
 */
async function cloneInto(git, url, dest, branch) {
    await (0,promises_.mkdir)(dest, { recursive: true });
    try {
        await git.run([
            'clone',
            '--quiet',
            '--no-local',
            '--depth=1',
            '--no-tags',
            '--single-branch',
            '--no-recurse-submodules',
            ...(branch ? ['--branch', branch] : []),
            '--',
            url,
            dest,
        ]);
    }
    catch (error) {
        if (branch && error instanceof GitError && /Remote branch .* not found/i.test(error.stderr)) {
            throw new CheckoutError(`Branch \`${branch}\` does not exist in ${checkout_displayUrl(url)}. Check \`ref\` in the manifest.`);
        }
        throw error;
    }
    if (branch)
        return branch;
    // The branch the clone checked out: the remote's HEAD, as the clone wrote it.
    const head = await (0,promises_.readFile)(external_node_path_default().join(dest, '.git', 'HEAD'), 'utf8');
    const name = /^ref: refs\/heads\/(.+)$/.exec(head.trim())?.[1];
    if (!name)
        throw noDefaultBranch(url);
    return name;
}
/** Fetches `branch` into an existing checkout of `url` and resets it to the fetched commit. */
async function fetchInto(git, url, branch) {
    const tracking = `refs/remotes/origin/${branch}`;
    try {
        await git.run([
            'fetch',
            '--no-tags',
            '--depth=1',
            '--no-recurse-submodules',
            '--quiet',
            'origin',
            `+refs/heads/${branch}:${tracking}`,
        ]);
    }
    catch (error) {
        if (error instanceof GitError && /couldn't find remote ref/i.test(error.stderr)) {
            throw new CheckoutError(`Branch \`${branch}\` does not exist in ${checkout_displayUrl(url)}. Check \`ref\` in the manifest.`);
        }
        throw error;
    }
    await git.run(['checkout', '-q', '--force', '--no-track', '-B', branch, tracking]);
    await git.run(['clean', '-q', '-ffdx']);
}
/** Whether `dest` is missing or empty, or already a checkout of `url`; throws otherwise. */
async function destinationState(dest, url) {
    let entries;
    try {
        const info = await (0,promises_.stat)(dest);
        if (!info.isDirectory())
            throw new CheckoutError(`Cannot check out into ${dest}: it is a file.`);
        entries = await (0,promises_.readdir)(dest);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return 'empty';
        throw error;
    }
    if (entries.length === 0)
        return 'empty';
    const existing = await originOf(dest);
    if (existing !== undefined && sameUrl(existing, url))
        return 'reuse';
    throw new CheckoutError(`Cannot check out ${checkout_displayUrl(url)} into ${dest}: the directory is not empty` +
        (existing === undefined ? '.' : ` and holds a checkout of ${checkout_displayUrl(existing)}.`) +
        ' Remove it, or choose another `path` for this repository in the manifest.');
}
/** remote.origin.url of the repository whose top is `dir`, read from its own config file only. */
async function originOf(dir) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(dir, '.git', 'config'), 'utf8');
    }
    catch {
        return undefined;
    }
    let inOrigin = false;
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        const section = /^\[\s*remote\s+"origin"\s*\]$/i.exec(line);
        if (line.startsWith('[')) {
            inOrigin = section !== null;
            continue;
        }
        const entry = /^url\s*=\s*(.*)$/i.exec(line);
        if (inOrigin && entry)
            return entry[1].replace(/^"(.*)"$/, '$1');
    }
    return undefined;
}
function sameUrl(a, b) {
    const norm = (u) => u.replace(/\/+$/, '').replace(/\.git$/, '');
    return norm(a) === norm(b);
}
async function checkBranchName(git, branch) {
    if (!(await git.isValidBranch(branch)))
        throw new CheckoutError(`\`${branch}\` is not a valid branch name.`);
}
/** A URL for messages: without any user or password part. */
function checkout_displayUrl(url) {
    try {
        const parsed = new URL(url);
        parsed.username = '';
        parsed.password = '';
        return parsed.toString();
    }
    catch {
        return url;
    }
}

;// CONCATENATED MODULE: ./src/workspace/content.ts



function needTarget(job) {
    if (!job.target)
        throw new Error(`\`${job.script.name}\` has no content repository`);
    return job.target;
}
/** Output directories inside the checkout are never committed. */
function excluded(job, dir) {
    return isInside(dir, job.outputDir) ? [job.outputDir] : [];
}
/** Actions: a depth-1 fetch of the target's ref into its path, authenticated with the content token. */
async function checkoutForAction(job, access) {
    const target = needTarget(job);
    const git = await Git.create({ cwd: job.cwd, token: access.token, serverUrl: access.serverUrl });
    try {
        return await checkoutTarget(git, {
            url: cloneUrlFor(target, access.serverUrl),
            ref: target.ref,
            dest: target.absolutePath,
        });
    }
    catch (error) {
        throw explainGitFailure(error, target.repository, 'read');
    }
}
const DENIED = /could not read Username|Authentication failed|returned error: 40[13]|HTTP 40[13]|Permission to .* denied|403 Forbidden/i;
const MISSING = /Repository not found|not found|returned error: 404|does not appear to be a git repository/i;
/** Turns git's words for "no access" into what the user can do about it. */
function explainGitFailure(error, repository, access) {
    if (!(error instanceof GitError))
        return error;
    const text = `${error.message}\n${error.stderr}`;
    const need = access === 'read'
        ? `read access to \`${repository}\` (Contents: read)`
        : `write access to \`${repository}\` (Contents: write, Pull requests: write)`;
    if (DENIED.test(text)) {
        return new Error(`the content token was refused by \`${repository}\`: it needs ${need}. Set the \`content-token\` input to ` +
            'a GitHub App installation token or a fine-grained token with that access.');
    }
    if (MISSING.test(text)) {
        return new Error(`\`${repository}\` was not found, or the content token cannot see it: check \`repository\` in the manifest ` +
            `and that the \`content-token\` has ${need}.`);
    }
    return error;
}

;// CONCATENATED MODULE: ./src/adapters/github/content-repo.ts






/**
 * Actions: a depth-1 checkout with the content token; after a write script, the changes become one commit on
 * the job's branch, pushed, and a pull request opened or updated (or, with `Open a pull request: No`, a
 * compare view). A dry run commits nothing that leaves the runner.
 */
class GitHubContentRepo {
    options;
    constructor(options) {
        this.options = options;
    }
    checkout(job) {
        return checkoutForAction(job, this.options);
    }
    async publish(job, checkout, links) {
        const ctx = this.options;
        const target = needTarget(job);
        const write = job.write;
        if (!write)
            return {};
        const git = await Git.create({ cwd: target.absolutePath, token: ctx.token, serverUrl: ctx.serverUrl });
        const result = await commitChanges(git, {
            dir: target.absolutePath,
            exclude: excluded(job, target.absolutePath),
            message: write.commitMessage,
            author: write.author,
        });
        if (!result.commit)
            return { noChanges: true, changes: result.changes };
        if (job.dryRun)
            return { changes: result.changes };
        await pushBranch(git, {
            dir: target.absolutePath,
            remote: cloneUrlFor(target, ctx.serverUrl),
            commit: result.commit,
            branch: write.branch,
        }).catch((error) => {
            throw explainGitFailure(error, target.repository, 'write');
        });
        const repo = parseRepo(target.repository);
        if (!write.openPullRequest) {
            return {
                changes: result.changes,
                branch: write.branch,
                compareUrl: compareUrl(ctx.serverUrl, repo, checkout.ref, write.branch),
            };
        }
        const generated = renderPullRequestBody({
            issueUrl: job.issue ? `${ctx.serverUrl}/${ctx.repository}/issues/${job.issue}` : undefined,
            runUrl: ctx.runUrl,
            artifactUrl: links.artifactUrl,
            script: job.script.name,
            job: job.id,
            args: job.args,
            changes: result.changes,
            allFiles: result.allFiles,
        });
        const pr = await openOrUpdatePullRequest(ctx.api, {
            repo,
            head: write.branch,
            base: checkout.ref,
            title: write.pullRequest.title,
            body: withPreface(write.pullRequest.body, generated),
            labels: write.pullRequest.labels,
            draft: write.pullRequest.draft,
        });
        return { changes: result.changes, branch: write.branch, pullRequests: [pr] };
    }
}
/** The manifest's `pull-request.body` above the generated body, cut so that the whole stays within the limit. */
function withPreface(preface, generated) {
    if (!preface)
        return generated;
    const room = MAX_BODY_CHARS - generated.length - 20;
    const text = preface.length > room ? `${preface.slice(0, Math.max(0, room - 1))}…` : preface;
    return room > 0 ? `${text}\n\n---\n\n${generated}` : generated;
}

;// CONCATENATED MODULE: ./src/shared/stdout.ts
/** Writes the script's bytes to stdout; when the pipe is full, the promise waits for it to drain. */
function writeStdout(chunk) {
    if (process.stdout.write(chunk))
        return;
    return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

;// CONCATENATED MODULE: ./src/adapters/github/log.ts



/** After this long with no script output, workflow commands are turned back on for the dispatcher's own lines. */
const RESUME_AFTER_MS = 100;
const stdoutOutput = {
    write: writeStdout,
    line: (text) => {
        process.stdout.write(text);
    },
};
/**
 * The Actions log: groups, and the script's bytes written to stdout with backpressure. Unless the script may
 * issue workflow commands, its output is fenced with `::stop-commands::<token>` … `::<token>::`, a fresh
 * random token each time: a line it prints such as `::add-mask::`, `::error::` or `::set-output` is shown,
 * not obeyed. The fence closes before any line of the dispatcher's own, and after a short pause in the output
 * at the end of a line.
 */
class ActionsLog {
    /** Whether the script's output may issue workflow commands; set it before the script runs. */
    workflowCommands;
    output;
    newToken;
    stopToken;
    endsWithNewline = true;
    timer;
    constructor(options = {}) {
        this.workflowCommands = options.workflowCommands ?? false;
        this.output = options.output ?? stdoutOutput;
        this.newToken = options.token ?? (() => (0,external_node_crypto_.randomBytes)(16).toString('hex'));
    }
    group(title, options = {}) {
        this.resumeCommands();
        core/* startGroup */.Oh(title);
        this.workflowCommands = options.workflowCommands ?? false;
    }
    endGroup() {
        this.resumeCommands();
        this.workflowCommands = false;
        core/* endGroup */.N4();
    }
    write(chunk) {
        if (chunk.length === 0)
            return;
        if (!this.workflowCommands && this.stopToken === undefined) {
            this.stopToken = this.newToken();
            this.output.line(`${this.endsWithNewline ? '' : '\n'}::stop-commands::${this.stopToken}\n`);
        }
        this.endsWithNewline = chunk[chunk.length - 1] === 0x0a;
        if (this.stopToken !== undefined)
            this.scheduleResume();
        return this.output.write(chunk);
    }
    info(line) {
        this.resumeCommands();
        core/* info */.pq(line);
    }
    warning(line) {
        this.resumeCommands();
        core/* warning */.$e(line);
    }
    /** Ends the fence around the script's output, if one is open: workflow commands are obeyed again. */
    resumeCommands() {
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = undefined;
        if (this.stopToken === undefined)
            return;
        // The end marker must be a line of its own, or the runner does not see it.
        this.output.line(`${this.endsWithNewline ? '' : '\n'}::${this.stopToken}::\n`);
        this.endsWithNewline = true;
        this.stopToken = undefined;
    }
    scheduleResume() {
        if (this.timer)
            clearTimeout(this.timer);
        // Only between lines: a script that pauses in the middle of a line (a long line, a prompt) keeps it whole.
        // The dispatcher's own lines end the fence anyway, wherever the script stopped.
        if (!this.endsWithNewline) {
            this.timer = undefined;
            return;
        }
        this.timer = setTimeout(() => this.resumeCommands(), RESUME_AFTER_MS);
        this.timer.unref();
    }
}

;// CONCATENATED MODULE: ./src/report/pace.ts
/**
 * When the status comment may be edited while a script runs: only when the body changed, at most once per
 * `progress-interval`, later when GitHub answered with a rate limit; the final body always goes out.
 *
 * `CommentPacer` is the pure decision (times are milliseconds from any clock); `PacedEditor` drives it with
 * timers around a `send` function. Neither ever throws for a failed edit.
 */


const MIN_PROGRESS_INTERVAL_SECONDS = 5;
/** With no `retry-after` or `x-ratelimit-reset`, a secondary rate limit waits at least a minute (GitHub's advice). */
const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;
class CommentPacer {
    intervalMs;
    lastBody;
    lastSentAt = -Infinity;
    blockedUntil = -Infinity;
    offered;
    /** @param intervalMs the least time between two edits (at least 5 s is expected; not enforced here). */
    constructor(intervalMs) {
        this.intervalMs = intervalMs;
    }
    /** The body last written, if any. */
    get written() {
        return this.lastBody;
    }
    /**
     * Whether `body` may be sent now: it differs from the body already there, the interval has passed since
     * the last edit, and no rate limit is pending.
     */
    shouldSend(now, body) {
        this.offered = body;
        if (body === this.lastBody)
            return false;
        return now >= this.nextAt();
    }
    /** The final body: sent whenever it differs, without waiting for the interval (a rate limit still counts: see `waitMs`). */
    shouldSendFinal(body) {
        this.offered = body;
        return body !== this.lastBody;
    }
    /** An edit with `body` (default: the body last passed to `shouldSend`) went out at `now`. */
    sent(now, body = this.offered) {
        this.lastSentAt = now;
        if (body !== undefined)
            this.lastBody = body;
    }
    /** An edit failed at `now` (not a rate limit): the next one waits an interval, the body is not counted as there. */
    failed(now) {
        this.lastSentAt = now;
    }
    /** The body is known to be there already (the comment as it was created). */
    knownBody(body, now) {
        this.lastBody = body;
        this.lastSentAt = now;
    }
    /** GitHub answered with a rate limit at `now`: no edit before `now + retryAfterMs`. */
    rateLimited(now, retryAfterMs = DEFAULT_RATE_LIMIT_WAIT_MS) {
        const wait = Number.isFinite(retryAfterMs) && retryAfterMs >= 0 ? retryAfterMs : DEFAULT_RATE_LIMIT_WAIT_MS;
        this.blockedUntil = Math.max(this.blockedUntil, now + wait);
    }
    /** The earliest time the next regular edit may go out. */
    nextAt() {
        return Math.max(this.lastSentAt + this.intervalMs, this.blockedUntil);
    }
    /** How long until the next regular edit may go out (0: now). */
    waitMs(now) {
        return Math.max(0, this.nextAt() - now);
    }
    /** How long a rate limit still holds edits back (0: none). */
    rateLimitWaitMs(now) {
        return Math.max(0, this.blockedUntil - now);
    }
}
/** `progress-interval` seconds from the manifest → milliseconds, defaulted and raised to the minimum. */
function progressIntervalMs(seconds) {
    const value = seconds === undefined || !Number.isFinite(seconds) ? DEFAULT_PROGRESS_INTERVAL_SECONDS : seconds;
    return Math.max(MIN_PROGRESS_INTERVAL_SECONDS, value) * 1000;
}
function header(headers, name) {
    if (!headers)
        return undefined;
    for (const [key, value] of Object.entries(headers)) {
        if (key.toLowerCase() !== name)
            continue;
        if (Array.isArray(value))
            return value[0];
        return value === undefined ? undefined : String(value);
    }
    return undefined;
}
/**
 * How long a GitHub answer says to wait, when it is a rate limit (403 or 429 with `retry-after`, or with
 * `x-ratelimit-remaining: 0` / `x-ratelimit-reset`); undefined when it is not one. A 429 without either
 * header waits the default minute.
 */
function rateLimitDelayMs(status, headers, now = Date.now()) {
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = header(headers, 'retry-after');
    if (retryAfter !== undefined && retryAfter.trim() !== '') {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds))
            return Math.max(0, seconds * 1000);
        const date = Date.parse(retryAfter);
        if (Number.isFinite(date))
            return Math.max(0, date - now);
    }
    const remaining = header(headers, 'x-ratelimit-remaining');
    const reset = header(headers, 'x-ratelimit-reset');
    if (reset !== undefined && (remaining === undefined || Number(remaining) === 0)) {
        const at = Number(reset) * 1000;
        if (Number.isFinite(at))
            return Math.max(0, at - now) + 1000;
    }
    return status === 429 ? DEFAULT_RATE_LIMIT_WAIT_MS : undefined;
}
/** The rate-limit wait of an error thrown by Octokit (`status`, `response.headers`), if it is one. */
function rateLimitOfError(error, now = Date.now()) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const e = error;
    const status = typeof e.status === 'number' ? e.status : undefined;
    if (status === undefined)
        return undefined;
    return rateLimitDelayMs(status, e.response?.headers ?? e.headers, now);
}
const SYSTEM_CLOCK = {
    now: () => Date.now(),
    setTimeout: (fn, ms) => {
        const timer = setTimeout(fn, ms);
        // A pending progress edit never keeps the process alive.
        timer.unref?.();
        return timer;
    },
    clearTimeout: (handle) => clearTimeout(handle),
};
/**
 * Sends the latest body when the pacer allows it: `update` as often as you like (every progress line), at
 * most one edit per interval goes out, always the newest body, never an unchanged one, never two at once.
 * `finish` writes the final body, whatever the interval.
 */
class PacedEditor {
    options;
    pacer;
    clock;
    latest;
    timer;
    inFlight;
    finished = false;
    edits = 0;
    constructor(options) {
        this.options = options;
        this.pacer = new CommentPacer(options.intervalMs);
        this.clock = options.clock ?? SYSTEM_CLOCK;
    }
    /** Edits sent so far (successful ones). */
    get sentCount() {
        return this.edits;
    }
    /** The body as it was created (with the comment), so an equal body is not sent again. */
    created(body) {
        this.pacer.knownBody(body, this.clock.now());
    }
    /** A new body to show; sent now or when the pacer allows. Bodies in between are skipped. */
    update(body) {
        if (this.finished)
            return;
        this.latest = body;
        this.schedule();
    }
    /**
     * Sends `body` at once, whatever the interval (a new phase: checking out, running, uploading), unless it is
     * there already or a rate limit holds edits back (then it goes out when that ends, like any update).
     * The interval of the next regular edit starts from it. Never throws.
     */
    async now(body) {
        if (this.finished)
            return;
        this.cancelTimer();
        while (this.inFlight)
            await this.inFlight;
        this.latest = body;
        if (body === this.pacer.written || this.pacer.rateLimitWaitMs(this.clock.now()) > 0) {
            this.schedule();
            return;
        }
        const flight = this.attempt(body).then(() => undefined);
        this.inFlight = flight;
        await flight;
        if (this.inFlight === flight)
            this.inFlight = undefined;
        this.schedule();
    }
    /** Stops the timed edits and writes `body` unless it is there already. Never throws. */
    async finish(body) {
        this.finished = true;
        this.cancelTimer();
        while (this.inFlight)
            await this.inFlight;
        const attempts = Math.max(1, this.options.finalAttempts ?? 3);
        const maxWait = this.options.maxFinalWaitMs ?? 60_000;
        for (let n = 1; n <= attempts && this.pacer.shouldSendFinal(body); n++) {
            const wait = Math.min(this.pacer.rateLimitWaitMs(this.clock.now()), maxWait);
            if (wait > 0)
                await new Promise((resolve) => this.clock.setTimeout(resolve, wait));
            if (await this.attempt(body))
                return;
        }
    }
    schedule() {
        if (this.timer !== undefined || this.inFlight || this.latest === undefined || this.finished)
            return;
        if (this.latest === this.pacer.written)
            return;
        const wait = this.pacer.waitMs(this.clock.now());
        this.timer = this.clock.setTimeout(() => {
            this.timer = undefined;
            this.fire();
        }, wait);
    }
    fire() {
        const body = this.latest;
        if (body === undefined || this.finished)
            return;
        if (!this.pacer.shouldSend(this.clock.now(), body)) {
            this.schedule();
            return;
        }
        const flight = this.attempt(body).then(() => {
            if (this.inFlight === flight)
                this.inFlight = undefined;
            this.schedule();
        });
        this.inFlight = flight;
    }
    /** One edit; true when it went out. */
    async attempt(body) {
        try {
            await this.options.send(body);
            this.pacer.sent(this.clock.now(), body);
            this.edits++;
            return true;
        }
        catch (error) {
            const now = this.clock.now();
            const wait = rateLimitOfError(error, now);
            if (wait !== undefined) {
                this.pacer.rateLimited(now, wait);
                this.options.onRateLimit?.(wait);
            }
            else {
                // Not sent, and not a rate limit: wait an interval before trying again, never fail the run.
                this.pacer.failed(now);
                this.options.onError?.(error);
            }
            return false;
        }
    }
    cancelTimer() {
        if (this.timer !== undefined)
            this.clock.clearTimeout(this.timer);
        this.timer = undefined;
    }
}

;// CONCATENATED MODULE: ./src/report/phases.ts
const PHASE_TABLE = [
    {
        phase: 'queued',
        words: 'Queued',
        emoji: '⏳',
        terminal: { remote: 'checking the request', local: 'checking the request' },
    },
    {
        phase: 'checking-out',
        words: 'Checking out',
        emoji: '📥',
        terminal: { remote: 'checking out', local: 'preparing the checkout' },
        duration: { key: 'checkout', label: 'checkout' },
    },
    {
        phase: 'running',
        words: 'Running',
        emoji: '🏃',
        terminal: { remote: 'running', local: 'running' },
        duration: { key: 'run', label: 'script' },
    },
    {
        phase: 'uploading',
        words: 'Uploading',
        emoji: '📤',
        terminal: { remote: 'uploading the outputs', local: 'collecting the outputs' },
        localWords: 'Collecting outputs',
        duration: { key: 'upload', label: 'upload' },
    },
    {
        phase: 'opening-pull-request',
        words: 'Opening pull request',
        emoji: '🔀',
        terminal: {
            remote: 'opening the pull request',
            local: 'committing the changes',
            dryRun: 'listing the changes',
        },
        localWords: 'Committing changes',
        duration: { key: 'publish', label: 'pull request' },
    },
    { phase: 'done', words: 'Done', emoji: '🏁', terminal: { remote: 'done', local: 'done' } },
];
/** The phases in order. */
const PHASES = PHASE_TABLE.map((row) => row.phase);
const BY_PHASE = new Map(PHASE_TABLE.map((row) => [row.phase, row]));
/** The row of a phase (the last row for anything unknown). */
function phaseRow(phase) {
    return BY_PHASE.get(phase) ?? PHASE_TABLE[PHASE_TABLE.length - 1];
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Markdown pieces that user- or script-provided text cannot break out of.
 *
 * The rules, in short:
 * - Text is first cleaned (`cleanText`: ANSI colours, control and bidi-override characters go, line endings
 *   become `\n`), then masked by the caller's mask, then escaped. Masking clean text means a secret cannot
 *   slip through split by a colour code; escaping masked text means escaping cannot split a secret.
 * - Prose (`escapeText`) is backslash-escaped for every inline construct (emphasis, links, code, tables,
 *   strikethrough, math), and `<`, `>`, `&` become entities, so it can never open or close HTML, a comment or a
 *   `<details>`. Newlines become `<br>`, so user text never starts a line of its own: no heading, list, quote,
 *   fence or table can come from it.
 * - Mentions and issue references in user text are left as text, not links: a zero-width joiner goes after
 *   `@` and `#` where GitHub would otherwise notify a user or team (`@org/team`) or cross-reference an issue.
 *   The text reads the same; nobody is pinged by what a script printed. Code (inline and fenced) needs none
 *   of this: GitHub links nothing inside code.
 * - Code spans and fenced blocks pick a fence longer than any run of backticks inside, and break up `<!--`
 *   and `-->` with a zero-width joiner, so a hidden marker can never be forged or closed from inside.
 */
/** U+200D, invisible: breaks up mentions, references and comment delimiters. */
const ZERO_WIDTH_JOINER = '\u200D';
/** Removes ANSI escapes, control characters (except tab and newline) and bidi overrides; CRLF/CR become LF. */
function cleanText(text) {
    return (text
        // CSI sequences (colours, cursor moves) and OSC sequences (titles, hyperlinks).
        .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')
        .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, '')
        .replace(/\r\n?/g, '\n')
        .replace(/[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}
/** Cleans then masks: the order every renderer uses for text it did not write. */
function prepare(text, mask) {
    return mask(cleanText(text));
}
/** Breaks up `<!--` and `-->` (and `--!>`) so text can neither open nor close an HTML comment. */
function neutralizeComments(text) {
    return text.replace(/<!(?=--)/g, `<!${ZERO_WIDTH_JOINER}`).replace(/--(?=!?>)/g, `--${ZERO_WIDTH_JOINER}`);
}
/** Puts a zero-width joiner after `@` and `#` where GitHub would link a mention or an issue reference. */
function neutralizeMentions(text) {
    return text
        .replace(/(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`);
}
const ENTITIES = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
/**
 * Escapes prose (already cleaned and masked) for a paragraph, a list item or a table cell. The result is one
 * line: newlines become `<br>`.
 */
function escapeText(text) {
    const escaped = cleanText(text)
        .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
        .replace(/[<>&]/g, (c) => ENTITIES[c] ?? c);
    return neutralizeMentions(escaped).replace(/\n/g, '<br>');
}
/**
 * Like `escapeText`, but keeps the code spans of messages such as "Argument `count` must be a number": each
 * code span is re-made with `inlineCode`, so its content cannot break out either.
 */
function escapeProse(text, options = {}) {
    const clean = cleanText(text);
    const runs = [];
    for (const m of clean.matchAll(/`+/g))
        runs.push({ start: m.index, length: m[0].length });
    let out = '';
    let position = 0;
    let i = 0;
    while (i < runs.length) {
        const open = runs[i];
        let close = -1;
        for (let j = i + 1; j < runs.length; j++) {
            if (runs[j].length === open.length) {
                close = j;
                break;
            }
        }
        if (close < 0) {
            i++;
            continue;
        }
        const closing = runs[close];
        out += escapeText(clean.slice(position, open.start));
        let code = clean.slice(open.start + open.length, closing.start).replace(/\n/g, ' ');
        if (code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') {
            code = code.slice(1, -1);
        }
        out += inlineCode(code, options);
        position = closing.start + closing.length;
        i = close + 1;
    }
    return out + escapeText(clean.slice(position));
}
/** The longest run of `char` in `text`. */
function longestRun(text, char) {
    let longest = 0;
    let current = 0;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === char) {
            current++;
            if (current > longest)
                longest = current;
        }
        else {
            current = 0;
        }
    }
    return longest;
}
/**
 * A code span holding `text` exactly (newlines shown as ⏎). `table: true` escapes pipes, which GitHub
 * otherwise takes as a cell border even inside code.
 */
function inlineCode(text, options = {}) {
    let content = neutralizeComments(cleanText(text).replace(/\n/g, '⏎'));
    if (options.table)
        content = content.replace(/\|/g, '\\|');
    if (content === '')
        return '` `';
    const fence = '`'.repeat(longestRun(content, '`') + 1);
    const pad = /^[` ]|[` ]$/.test(content) && content.trim() !== '' ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/**
 * A fenced code block holding `text`. The fence is longer than any run of its character inside the text, so
 * no line can close it.
 */
function fencedBlock(text, info = '') {
    const body = neutralizeComments(cleanText(text)).replace(/\n+$/, '');
    const backticks = Math.max(3, longestRun(body, '`') + 1);
    const tildes = Math.max(3, longestRun(body, '~') + 1);
    // Backticks, unless the text holds long runs of them and tildes make a much shorter fence.
    const fence = backticks <= Math.max(tildes, 10) || /`/.test(info) ? '`'.repeat(backticks) : '~'.repeat(tildes);
    const safeInfo = info.replace(/[`\n]/g, '');
    return `${fence}${safeInfo}\n${body}\n${fence}`;
}
/** Escapes trusted Markdown (from the manifest) for one table cell: pipes and newlines only. */
function markdownCell(text) {
    return neutralizeComments(cleanText(text).trim())
        .replace(/(?<!\\)\|/g, '\\|')
        .replace(/\n/g, '<br>');
}
/** Human durations: `0.4 s`, `1.2 s`, `42 s`, `3 min 4 s`, `1 h 2 min`. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '–';
    if (ms < 10_000)
        return `${(Math.round(ms / 100) / 10).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    if (seconds < 3600) {
        const s = seconds % 60;
        return `${Math.floor(seconds / 60)} min${s ? ` ${s} s` : ''}`;
    }
    const minutes = Math.round(seconds / 60);
    const m = minutes % 60;
    return `${Math.floor(minutes / 60)} h${m ? ` ${m} min` : ''}`;
}
/** Human sizes in SI units: `512 B`, `1.5 kB`, `12 MB`. */
function formatSize(bytes) {
    if (!Number.isFinite(bytes) || bytes < 0)
        return '–';
    if (bytes < 1000)
        return `${Math.round(bytes)} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes / 1000;
    let unit = 0;
    while (value >= 999.95 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

;// CONCATENATED MODULE: ./src/report/types.ts
/** The statuses the step fails for (and the comment shows the log for). */
const FAILING_STATUSES = ['failed', 'timed-out', 'cancelled', 'rejected'];

;// CONCATENATED MODULE: ./src/report/flow-steps.ts
/**
 * The steps of a flow run in the status comment and summary: one row per step with its status, how long it
 * ran, and whether it was taken from the cache (and why not, when it ran with `cache: true`).
 */


const STATUS_WORDS = {
    pending: '⏳ waiting',
    running: '🔄 running',
    succeeded: '✅ succeeded',
    failed: '❌ failed',
    'timed-out': '⏱️ timed out',
    skipped: '⏭️ skipped',
    cached: '♻️ cached',
    cancelled: '🚫 cancelled',
};
/** Most rows shown; the rest are counted (a 200-step flow must still fit a comment). */
const MAX_ROWS = 60;
const REASON_CHARS = 200;
/** The steps table of a flow's report, or undefined for a script's. */
function stepsSection(report, mask, maxRows = MAX_ROWS) {
    const steps = report.steps;
    if (!steps || steps.length === 0)
        return undefined;
    const lines = ['| Step | Script | Status | Duration | Cached |', '|---|---|---|---|---|'];
    // Rows that say most first when they do not all fit: what did not succeed, then what runs.
    const rank = (s) => s.status === 'succeeded' || s.status === 'cached' ? 2 : s.status === 'pending' ? 3 : 0;
    const shown = new Set([...steps]
        .map((s, i) => ({ s, i }))
        .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
        .slice(0, maxRows)
        .map(({ s }) => s));
    for (const step of steps) {
        if (!shown.has(step))
            continue;
        lines.push(`| ${inlineCode(prepare(step.name, mask), { table: true })} | ${inlineCode(prepare(step.script, mask), {
            table: true,
        })} | ${statusCell(step, mask)} | ${durationCell(step)} | ${cachedCell(step, mask)} |`);
    }
    const hidden = steps.length - shown.size;
    const done = steps.filter((s) => !['pending', 'running'].includes(s.status)).length;
    const head = `**Steps** (${done}/${steps.length} done)`;
    return `${head}\n\n${lines.join('\n')}${hidden > 0 ? `\n\n…and ${(0,shared_markdown/* plural */.LS)(hidden, 'more step')} (see the run record).` : ''}`;
}
function statusCell(step, mask) {
    const words = STATUS_WORDS[step.status];
    if (!step.reason || step.status === 'succeeded' || step.status === 'cached')
        return words;
    const reason = prepare(step.reason, mask).replace(/\s+/g, ' ').trim();
    const cut = reason.length > REASON_CHARS ? `${reason.slice(0, REASON_CHARS - 1)}…` : reason;
    return `${words}: ${escapeProse(cut, { table: true })}`;
}
function durationCell(step) {
    if (!step['started-at'] || !step['finished-at'])
        return '—';
    const ms = Date.parse(step['finished-at']) - Date.parse(step['started-at']);
    return Number.isFinite(ms) && ms >= 0 ? formatDuration(ms) : '—';
}
function cachedCell(step, mask) {
    if (step.status === 'cached')
        return 'yes';
    if (step['cache-miss']) {
        const why = escapeText(prepare(step['cache-miss'], mask).slice(0, REASON_CHARS));
        return `no (${why})`;
    }
    return '—';
}

;// CONCATENATED MODULE: ./src/report/progress-bar.ts
/**
 * The live progress of a running script, as the status comment shows it:
 * `▰▰▰▰▱▱▱▱▱▱ 42/100 · Checking page 42`, how long it has run, and (in report-body) the last lines of its log.
 */


const BAR_WIDTH = 10;
const FULL = '▰';
const EMPTY = '▱';
/** Longest message shown. */
const MESSAGE_CHARS = 200;
/** `▰▰▰▰▱▱▱▱▱▱` for done/total; empty when there is no total. Never more than full, never less than empty. */
function progressBar(progress, width = BAR_WIDTH) {
    if (progress.total === undefined || !(progress.total > 0))
        return '';
    const ratio = Math.min(1, Math.max(0, progress.done / progress.total));
    // Full only when done: 99/100 still shows an empty cell.
    const full = ratio >= 1 ? width : Math.min(width - 1, Math.floor(ratio * width));
    return FULL.repeat(full) + EMPTY.repeat(width - full);
}
/** `42/100`, `7` (numbers with separators). */
function progressNumbers(progress) {
    const done = (0,shared_markdown/* formatCount */.B4)(progress.done);
    return progress.total !== undefined && progress.total > 0 ? `${done}/${(0,shared_markdown/* formatCount */.B4)(progress.total)}` : done;
}
/** The bar, the numbers and the message, as plain text (the CLI's line). */
function progressText(progress, width = BAR_WIDTH) {
    const bar = progressBar(progress, width);
    const message = progress.message ? ` · ${progress.message.replace(/\s+/g, ' ').trim()}` : '';
    return `${bar ? `${bar} ` : ''}${progressNumbers(progress)}${message}`;
}
/**
 * How long it has run, coarse on purpose (`under a minute`, `3 min`, `1 h 5 min`): the comment is edited when
 * what it shows changes, and a clock in seconds would change it every time.
 */
function formatElapsed(ms) {
    if (!Number.isFinite(ms) || ms < 60_000)
        return 'under a minute';
    const minutes = Math.floor(ms / 60_000);
    if (minutes < 60)
        return `${minutes} min`;
    const m = minutes % 60;
    return `${Math.floor(minutes / 60)} h${m ? ` ${m} min` : ''}`;
}
/**
 * The live lines of the comment while a script runs (undefined when there is nothing to show): the bar with
 * its numbers and message (masked, escaped), and the time it has run.
 */
function liveProgressSection(report, mask) {
    const parts = [];
    const progress = report.progress;
    if (progress && Number.isFinite(progress.done)) {
        const bar = progressBar(progress);
        const message = progress.message
            ? ` · ${escapeText((0,shared_markdown/* truncate */.xv)(prepare(progress.message, mask).replace(/\s+/g, ' ').trim(), MESSAGE_CHARS))}`
            : '';
        parts.push(`${bar ? `\`${bar}\` ` : ''}**${progressNumbers(progress)}**${message}`);
    }
    const running = report.status === undefined && report.phase === 'running';
    if (running && typeof report.elapsedMs === 'number') {
        parts.push(`Running for ${formatElapsed(report.elapsedMs)}.`);
    }
    return parts.length > 0 ? parts.join('<br>') : undefined;
}

;// CONCATENATED MODULE: ./src/report/notebook-rows.ts
/** The status comment's rows for a notebook script: the notebook, its executed copy and HTML, its figures. */

/** `code` renders one name as escaped inline code; at most `maxFiles` figures are named. */
function notebookRows(notebook, code, maxFiles) {
    const made = [];
    if (notebook.notebook)
        made.push(`executed copy ${code(notebook.notebook)}`);
    if (notebook.html)
        made.push(`HTML ${code(notebook.html)}`);
    const rows = [
        ['Notebook', made.length ? `${code(notebook.path)} → ${made.join(', ')}` : code(notebook.path)],
    ];
    const { figures } = notebook;
    if (figures.length > 0) {
        const shown = figures.slice(0, maxFiles).map(code);
        const more = figures.length - shown.length;
        rows.push([
            'Figures',
            shown.length === 0
                ? (0,shared_markdown/* plural */.LS)(figures.length, 'figure')
                : more > 0
                    ? `${shown.join(', ')}, and ${(0,shared_markdown/* formatCount */.B4)(more)} more`
                    : shown.join(', '),
        ]);
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/report/report-body.ts








/** Tried in order until the report fits; each level shows less than the one before. */
const LIMIT_LEVELS = [
    {
        resultChars: 20_000,
        resultRows: 100,
        argChars: 200,
        args: 50,
        problems: 100,
        problemChars: 1000,
        files: 20,
        links: 20,
        textChars: 5000,
        commandChars: 5000,
    },
    {
        resultChars: 2_000,
        resultRows: 20,
        argChars: 200,
        args: 50,
        problems: 100,
        problemChars: 1000,
        files: 20,
        links: 20,
        textChars: 5000,
        commandChars: 5000,
    },
    {
        resultChars: 1_000,
        resultRows: 10,
        argChars: 60,
        args: 20,
        problems: 20,
        problemChars: 300,
        files: 5,
        links: 10,
        textChars: 2000,
        commandChars: 2000,
    },
    {
        resultChars: 0,
        resultRows: 0,
        argChars: 40,
        args: 5,
        problems: 5,
        problemChars: 200,
        files: 0,
        links: 3,
        textChars: 1000,
        commandChars: 1000,
    },
];
/** While a script runs, the comment shows this much of its log. */
const LIVE_TAIL_LINES = 15;
const LIVE_TAIL_CHARS = 3000;
/** The log tail shrinks down to this many characters before anything else does. */
const MIN_TAIL = 5000;
/** Titles, names and other one-liners. */
const SHORT = 200;
const STATUS_HEADINGS = {
    succeeded: { emoji: '✅', words: 'Succeeded' },
    failed: { emoji: '❌', words: 'Failed' },
    'timed-out': { emoji: '⏱️', words: 'Timed out' },
    cancelled: { emoji: '🛑', words: 'Cancelled' },
    rejected: { emoji: '🚫', words: 'Rejected' },
    ignored: { emoji: '➖', words: 'Ignored' },
};
/** The emoji and words of the heading: the status once there is one, else the phase. */
function headingOf(report) {
    if (report.status && STATUS_HEADINGS[report.status])
        return STATUS_HEADINGS[report.status];
    return phaseRow(report.phase);
}
/** Renders the report, shrinking what it shows until it fits the budget. */
function renderReport(report, mask, options) {
    const live = report.status === undefined && report.phase === 'running';
    const showsTail = live ||
        (report.status !== undefined &&
            (FAILING_STATUSES.includes(report.status) || (options.alwaysShowTail ?? false)));
    let tail = showsTail && report.logTail ? prepare(report.logTail, mask).replace(/\s+$/, '') : '';
    // While it runs: only the last few lines, open.
    if (live && tail)
        tail = tail.split('\n').slice(-LIVE_TAIL_LINES).join('\n').slice(-LIVE_TAIL_CHARS);
    const head = options.preamble ? [options.preamble] : [];
    for (let level = 0; level < LIMIT_LEVELS.length; level++) {
        const parts = [...head, ...sections(report, mask, LIMIT_LEVELS[level], options)];
        const fixed = parts.join('\n\n');
        const fixedSize = options.measure(fixed);
        if (!tail) {
            if (fixedSize <= options.budget)
                return fixed;
            continue;
        }
        const available = options.budget - fixedSize - 2;
        const last = level === LIMIT_LEVELS.length - 1;
        if (available < MIN_TAIL && !last)
            continue;
        const section = tailSection(tail, available, options.measure, live);
        const text = section ? `${fixed}\n\n${section}` : fixed;
        if (options.measure(text) <= options.budget)
            return text;
    }
    return fallback(report, mask, options);
}
/** Used only if even the smallest rendering does not fit: the heading and the link to the run. */
function fallback(report, mask, options) {
    const parts = options.preamble ? [options.preamble] : [];
    parts.push(heading(report, mask, options.headingLevel));
    const run = report.run ? (0,shared_markdown/* link */.nf)('the workflow run', report.run.url) : 'the workflow run';
    parts.push(`The report of this run is too large to show here; see ${run}.`);
    return parts.join('\n\n');
}
function sections(report, mask, limits, options) {
    const out = [heading(report, mask, options.headingLevel)];
    const progress = progressLine(report, options.local ?? false);
    if (progress)
        out.push(progress);
    const live = liveProgressSection(report, mask);
    if (live)
        out.push(live);
    out.push(factsTable(report, mask, limits, options));
    if (report.legs)
        out.push(report.legs);
    const steps = stepsSection(report, mask);
    if (steps)
        out.push(steps);
    const result = resultSection(report.result, mask, limits);
    if (result)
        out.push(result);
    if (report.reason && report.reason.trim()) {
        out.push(`**Reason:** ${escapeProse((0,shared_markdown/* truncate */.xv)(prepare(report.reason, mask), limits.textChars))}`);
    }
    if (report.problems && report.problems.length > 0)
        out.push(problemsSection(report, mask, limits));
    if (report.fixCommand && report.fixCommand.trim()) {
        const command = (0,shared_markdown/* truncate */.xv)(prepare(report.fixCommand, mask), limits.commandChars);
        const how = report.issue !== undefined ? 'edit the issue, or comment this line' : 'run it again with these values';
        out.push(`**To fix it**, ${how}:\n\n${fencedBlock(command, 'text')}`);
    }
    else if (report.status === 'rejected' && report.problems?.length && report.issue !== undefined) {
        const help = report.script ? `/help ${(0,shared_markdown/* truncate */.xv)(prepare(report.script, mask), SHORT)}` : '/help';
        out.push(`**To fix it**, edit the issue, or comment a \`/run\` line with the values (${inlineCode(help)} explains them).`);
    }
    return out;
}
/** One line of text that someone else wrote, escaped. */
function line(text, mask, max = SHORT) {
    return escapeText((0,shared_markdown/* truncate */.xv)(prepare(text, mask).replace(/\n/g, ' '), max));
}
function report_body_code(text, mask, max = SHORT) {
    return inlineCode((0,shared_markdown/* truncate */.xv)(prepare(text, mask), max), { table: true });
}
function heading(report, mask, level) {
    const { emoji, words } = headingOf(report);
    const what = report.scriptTitle
        ? `: ${line(report.scriptTitle, mask)}`
        : report.script
            ? `: ${inlineCode((0,shared_markdown/* truncate */.xv)(prepare(report.script, mask).replace(/\n/g, ' '), SHORT))}`
            : '';
    const dry = report.dryRun ? ' (dry run)' : '';
    return `${'#'.repeat(level)} ${emoji} ${words}${what}${dry}`;
}
function progressLine(report, local) {
    if (report.status === 'rejected' || report.status === 'ignored')
        return undefined;
    const finished = report.status !== undefined || report.phase === 'done';
    const steps = PHASES.filter((p) => (p !== 'checking-out' || report.target !== undefined || report.checkout !== undefined) &&
        (p !== 'opening-pull-request' ||
            (report.mode === 'write' && !report.dryRun) ||
            report.phase === 'opening-pull-request'));
    const current = PHASES.indexOf(report.phase);
    const items = steps.map((phase) => {
        const row = phaseRow(phase);
        const label = (local && row.localWords) || row.words;
        if (phase === 'done') {
            if (!finished)
                return `⬜ ${label}`;
            const { emoji, words } = headingOf(report);
            return `**${emoji} ${words}**`;
        }
        if (finished) {
            const key = row.duration?.key;
            const reached = report.status === 'succeeded' || phase === 'queued' || (key !== undefined && key in report.durations);
            return `${reached ? '✅' : '⬜'} ${label}`;
        }
        const index = PHASES.indexOf(phase);
        if (index < current)
            return `✅ ${label}`;
        if (index === current)
            return `**${row.emoji} ${label}**`;
        return `⬜ ${label}`;
    });
    return items.join(' → ');
}
function factsTable(report, mask, limits, options) {
    const rows = [];
    if (report.script !== undefined) {
        const name = report_body_code(report.script, mask);
        const title = report.scriptTitle && report.scriptTitle !== report.script ? report.scriptTitle : undefined;
        rows.push(['Script', title ? `**${line(title, mask)}** (${name})` : name]);
    }
    const content = contentCell(report, mask);
    if (content)
        rows.push(['Content', content]);
    rows.push(['Arguments', argumentsCell(report.args, mask, limits)]);
    rows.push(['Requested by', requesterCell(report.requester, mask)]);
    if (options.showIssue && report.issue !== undefined)
        rows.push(['Issue', `\\#${report.issue}`]);
    const mode = modeCell(report);
    if (mode)
        rows.push(['Mode', mode]);
    const durations = durationsCell(report.durations);
    if (durations)
        rows.push(['Duration', durations]);
    if (report.attempts !== undefined && report.attempts > 1)
        rows.push(['Attempts', (0,shared_markdown/* formatCount */.B4)(report.attempts)]);
    if (report.exitCode !== undefined && report.status !== 'succeeded') {
        rows.push([
            'Exit code',
            report.exitCode === null
                ? 'none (the script was stopped, or did not start)'
                : inlineCode(String(report.exitCode)),
        ]);
    }
    if (report.run)
        rows.push(['Workflow run', (0,shared_markdown/* link */.nf)(`run ${line(report.run.id, mask, 100)}`, report.run.url)]);
    if (report.artifact && report.artifact.files === 0)
        rows.push([
            'Outputs',
            `none (the script wrote no files)${report.artifact.url ? ` · ${(0,shared_markdown/* link */.nf)('run record and log', report.artifact.url)}` : ''}`,
        ]);
    else if (report.artifact)
        rows.push(['Artifact', artifactCell(report.artifact, mask)]);
    if (report.notebook)
        rows.push(...notebookRows(report.notebook, (t) => report_body_code(t, mask, 300), limits.files));
    if (report.skippedOutputs && report.skippedOutputs.length > 0) {
        rows.push(['Not uploaded', listCell(report.skippedOutputs, mask, limits.files)]);
    }
    if (report.pullRequests && report.pullRequests.length > 0) {
        const shown = report.pullRequests.slice(0, limits.links).map((pr) => {
            const label = line(`${pr.repository}#${pr.number}`, mask);
            return `${(0,shared_markdown/* link */.nf)(label, pr.url)} (${pr.action === 'opened' ? 'opened' : 'updated'})`;
        });
        const more = report.pullRequests.length - shown.length;
        if (more > 0)
            shown.push(`… and ${(0,shared_markdown/* plural */.LS)(more, 'more pull request')}`);
        rows.push([report.pullRequests.length === 1 ? 'Pull request' : 'Pull requests', shown.join('<br>')]);
    }
    if (report.compareUrl)
        rows.push(['Compare', (0,shared_markdown/* link */.nf)('compare view', report.compareUrl)]);
    if (report.branch)
        rows.push(['Branch', report_body_code(report.branch, mask, 300)]);
    const changes = changesCell(report, mask, limits);
    if (changes)
        rows.push(['Changes', changes]);
    const lines = [`| Job | ${report_body_code(report.job, mask, 100)} |`, '|---|---|'];
    for (const [label, value] of rows)
        lines.push(`| ${label} | ${value} |`);
    return lines.join('\n');
}
function contentCell(report, mask) {
    const title = report.targetTitle || report.target;
    if (!title && !report.checkout)
        return undefined;
    const parts = [];
    if (title)
        parts.push(line(title, mask));
    if (report.checkout) {
        parts.push(report_body_code(`${report.checkout.repository}@${report.checkout.sha.slice(0, 7)}`, mask, 300));
    }
    return parts.join(' · ');
}
function argumentsCell(args, mask, limits) {
    const entries = Object.entries(args ?? {});
    if (entries.length === 0)
        return '_none_';
    const shown = entries
        .slice(0, limits.args)
        .map(([name, value]) => `${report_body_code(name, mask, 100)} = ${valueCode(value, mask, limits.argChars)}`);
    const more = entries.length - shown.length;
    if (more > 0)
        shown.push(`… and ${(0,shared_markdown/* plural */.LS)(more, 'more argument')}`);
    return shown.join('<br>');
}
function valueCode(value, mask, max) {
    if (value === null || value === undefined || value === '')
        return '_empty_';
    return report_body_code(String(value), mask, max);
}
/** `@login` for a real GitHub login (the requester is meant to be notified); anything else as text. */
function requesterCell(requester, mask) {
    const login = prepare(requester ?? '', mask);
    if (/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/.test(login)) {
        return `@${login.replace(/[[\]]/g, (c) => `\\${c}`)}`;
    }
    return login ? line(login, mask, 100) : '_unknown_';
}
function modeCell(report) {
    const parts = [];
    if (report.mode === 'read')
        parts.push('read (outputs only)');
    if (report.mode === 'write')
        parts.push('write (changes become a pull request)');
    if (report.dryRun)
        parts.push('**dry run**: nothing is pushed');
    return parts.length > 0 ? parts.join(' · ') : undefined;
}
function durationsCell(durations) {
    if (!durations)
        return undefined;
    const parts = [];
    for (const { key, label } of PHASE_TABLE.flatMap((row) => (row.duration ? [row.duration] : []))) {
        const ms = durations[key];
        if (typeof ms === 'number')
            parts.push(`${label} ${formatDuration(ms)}`);
    }
    if (typeof durations.total === 'number')
        parts.push(`**total ${formatDuration(durations.total)}**`);
    return parts.length > 0 ? parts.join(' · ') : undefined;
}
function artifactCell(artifact, mask) {
    const name = (0,shared_markdown/* link */.nf)(report_body_code(artifact.name, mask), artifact.url);
    const record = artifact.url ? ' · with the run record and the log in `_dispatch/`' : '';
    return `${name} — ${(0,shared_markdown/* plural */.LS)(artifact.files, 'file')}, ${formatSize(artifact.bytes)}${record}`;
}
function listCell(items, mask, max) {
    const shown = items.slice(0, max).map((item) => report_body_code(item, mask));
    const more = items.length - shown.length;
    if (shown.length === 0)
        return (0,shared_markdown/* plural */.LS)(items.length, 'file');
    return more > 0 ? `${shown.join(', ')}, and ${(0,shared_markdown/* formatCount */.B4)(more)} more` : shown.join(', ');
}
function changesCell(report, mask, limits) {
    const changes = report.changes;
    if (!changes || changes.count === 0) {
        if (!report.noChanges && !(changes && changes.count === 0))
            return undefined;
        return report.dryRun ? 'would make no changes' : 'made no changes';
    }
    const kinds = changeKinds(changes, shared_markdown/* formatCount */.B4);
    const files = (changes.files ?? []).slice(0, limits.files).map((file) => {
        const kind = CHANGE_KIND_WORDS[(file.status ?? '').charAt(0).toUpperCase()];
        return `${report_body_code(file.path, mask, 300)}${kind ? ` (${kind})` : ''}`;
    });
    const more = changes.count - files.length;
    const head = report.dryRun
        ? `would have changed ${(0,shared_markdown/* plural */.LS)(changes.count, 'file')}`
        : `${(0,shared_markdown/* plural */.LS)(changes.count, 'file')} changed`;
    let text = kinds ? `${head} (${kinds})` : head;
    if (files.length > 0)
        text += `: ${files.join(', ')}${more > 0 ? `, and ${(0,shared_markdown/* formatCount */.B4)(more)} more` : ''}`;
    return text;
}
function isFlatObject(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    const values = Object.values(value);
    return (values.length > 0 && values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)));
}
/** Masks every string (keys too) in a JSON value; beyond the limits, what is left is dropped. */
function maskJson(value, mask, depth = 0) {
    if (typeof value === 'string')
        return prepare(value, mask);
    if (typeof value !== 'object' || value === null)
        return value;
    if (depth > 50)
        return null;
    if (Array.isArray(value))
        return value.map((v) => maskJson(v, mask, depth + 1));
    const out = {};
    for (const [k, v] of Object.entries(value))
        out[prepare(k, mask)] = maskJson(v, mask, depth + 1);
    return out;
}
function resultSection(result, mask, limits) {
    if (result === undefined)
        return undefined;
    if (limits.resultChars <= 0) {
        return '**Result:** too large to show here; it is in the `result` output of the step.';
    }
    if (isFlatObject(result)) {
        const entries = Object.entries(result);
        const lines = ['**Result**', '', '| Key | Value |', '|---|---|'];
        let size = 0;
        let shown = 0;
        for (const [key, value] of entries) {
            if (shown >= limits.resultRows || size >= limits.resultChars)
                break;
            const cell = typeof value === 'string'
                ? value === ''
                    ? '_empty_'
                    : escapeText((0,shared_markdown/* truncate */.xv)(prepare(value, mask), Math.min(500, limits.resultChars)))
                : inlineCode(String(value));
            const row = `| ${line(key, mask, 100)} | ${cell} |`;
            lines.push(row);
            size += row.length;
            shown++;
        }
        if (shown < entries.length)
            lines.push(`| … | ${(0,shared_markdown/* plural */.LS)(entries.length - shown, 'more value')} |`);
        return lines.join('\n');
    }
    let json;
    try {
        json = JSON.stringify(maskJson(result, mask), null, 2) ?? String(result);
    }
    catch {
        json = String(result);
    }
    const { text, omitted } = (0,shared_markdown/* clip */.$Q)(prepare(json, mask), limits.resultChars, 'start');
    const note = omitted > 0 ? `\n\n_… ${(0,shared_markdown/* plural */.LS)(omitted, 'more character')} not shown._` : '';
    return `**Result**\n\n${fencedBlock(text, 'json')}${note}`;
}
function problemsSection(report, mask, limits) {
    const problems = report.problems ?? [];
    const items = problems.slice(0, limits.problems).map((problem) => {
        const message = escapeProse((0,shared_markdown/* truncate */.xv)(prepare(problem.message ?? '', mask), limits.problemChars)) || '_(no details)_';
        const fix = problem.fix?.trim()
            ? ` — ${escapeProse((0,shared_markdown/* truncate */.xv)(prepare(problem.fix, mask), limits.problemChars))}`
            : '';
        return `- ${message}${fix}`;
    });
    const more = problems.length - items.length;
    if (more > 0)
        items.push(`- … and ${(0,shared_markdown/* plural */.LS)(more, 'more problem')}`);
    const title = problems.length === 1 ? '**Problem**' : `**Problems** (${(0,shared_markdown/* formatCount */.B4)(problems.length)})`;
    return `${title}\n\n${items.join('\n')}`;
}
function tailSection(tail, available, measure, open = false) {
    const elsewhere = '_The last lines of the log are too long to show here; they are in the workflow run._';
    let keep = available - 400;
    while (keep > 200) {
        const clipped = (0,shared_markdown/* clip */.$Q)(tail, keep, 'end');
        let shown = clipped.text;
        if (clipped.omitted > 0) {
            // Start at a line: drop the cut first line when a whole one follows soon.
            const newline = shown.indexOf('\n');
            if (newline >= 0 && newline < 1000 && newline < shown.length - 1)
                shown = shown.slice(newline + 1);
        }
        const summary = shown.length < tail.length
            ? `Last lines of the log (the last ${(0,shared_markdown/* formatCount */.B4)(shown.length)} of ${(0,shared_markdown/* formatCount */.B4)(tail.length)} characters)`
            : 'Last lines of the log';
        const section = `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${fencedBlock(shown, 'text')}\n\n</details>`;
        const over = measure(section) - available;
        if (over <= 0)
            return section;
        keep -= over + 64;
    }
    return measure(elsewhere) <= available ? elsewhere : '';
}

;// CONCATENATED MODULE: ./src/report/status-comment.ts
/**
 * The status comment: one per run, edited in place as the run goes.
 *
 * Its first line is a hidden marker that finds it again (`statusMarker`), its second a hidden comment with
 * the run's state as JSON (`parseStatusComment` reads it back: for `/cancel`, and for `edited` issues to know
 * whether the last request was rejected and whether the fields changed). Only these two leading lines count:
 * a marker anywhere else in a body is ignored, and user text inside the comment is escaped so that it can
 * neither forge nor close them. Callers should still only trust comments that their own token wrote.
 */




/** GitHub refuses comments longer than 65,536 characters; this leaves room for any counting difference. */
const STATUS_COMMENT_LIMIT = 65_000;
const MARKER_PREFIX = '<!-- script-dispatcher:status job=';
const STATE_PREFIX = '<!-- script-dispatcher:state ';
const COMMENT_END = ' -->';
const STATUSES = [
    'succeeded',
    'failed',
    'timed-out',
    'cancelled',
    'rejected',
    'ignored',
];
/**
 * The hidden marker of the status comment of `job`: `<!-- script-dispatcher:status job=<job> -->`. The job is
 * percent-encoded where needed (so that nothing in it can end the comment), so the marker is the same for
 * the same job, and different for different jobs.
 */
function statusMarker(job) {
    return `${MARKER_PREFIX}${encodeJob(job)}${COMMENT_END}`;
}
/** Renders the whole status comment of a run: the hidden marker and state, then the report. */
function renderStatusComment(report, mask) {
    const preamble = `${statusMarker(report.job)}\n${stateLine(report, mask)}`;
    return renderReport(report, mask, {
        headingLevel: 3,
        budget: STATUS_COMMENT_LIMIT,
        measure: commentLength,
        preamble,
    });
}
/**
 * The length GitHub could count: UTF-16 units (never fewer than characters), with every line break counted
 * twice in case it is stored as CRLF.
 */
function commentLength(text) {
    let breaks = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        breaks++;
    return text.length + breaks;
}
/**
 * Reads the marker and state back from a comment body; undefined when the body is not a status comment.
 * Never throws.
 */
function parseStatusComment(body) {
    try {
        if (typeof body !== 'string')
            return undefined;
        const text = body.replace(/^[\ufeff\s]+/, '');
        if (!text.startsWith(MARKER_PREFIX))
            return undefined;
        const end1 = text.indexOf('\n');
        if (end1 < 0)
            return undefined;
        const end2 = text.indexOf('\n', end1 + 1);
        const markerLine = text.slice(0, end1).trimEnd();
        const stateText = text.slice(end1 + 1, end2 < 0 ? undefined : end2).trim();
        if (!stateText.startsWith(STATE_PREFIX) || !stateText.endsWith(COMMENT_END))
            return undefined;
        const json = stateText.slice(STATE_PREFIX.length, stateText.length - COMMENT_END.length);
        const state = JSON.parse(json);
        if (typeof state !== 'object' || state === null || Array.isArray(state))
            return undefined;
        const fields = state;
        const job = fields.job;
        const phase = fields.phase;
        if (typeof job !== 'string' || typeof phase !== 'string')
            return undefined;
        if (!PHASES.includes(phase))
            return undefined;
        if (markerLine !== statusMarker(job))
            return undefined;
        const parsed = { job, phase: phase };
        if (typeof fields.run === 'string')
            parsed.runId = fields.run;
        if (typeof fields.status === 'string' && STATUSES.includes(fields.status)) {
            parsed.status = fields.status;
        }
        if (typeof fields.script === 'string')
            parsed.script = fields.script;
        return parsed;
    }
    catch {
        return undefined;
    }
}
/** The hidden state line: JSON in an HTML comment, with `<`, `>`, `-` and `&` as `\u` escapes. */
function stateLine(report, mask) {
    const state = {
        job: report.job,
        run: report.run?.id,
        phase: report.phase,
        status: report.status,
        script: report.script === undefined ? undefined : (0,shared_markdown/* truncate */.xv)(mask(cleanText(report.script)), 200),
    };
    const json = JSON.stringify(state).replace(/[<>&\-\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${STATE_PREFIX}${json}${COMMENT_END}`;
}
/** Percent-encodes the job for the marker; no `--`, `>` or whitespace survives. */
function encodeJob(job) {
    const wellFormed = String(job).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
    return encodeURIComponent(wellFormed)
        .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/-(?=-)/g, '%2D')
        .replace(/-$/, '%2D');
}

;// CONCATENATED MODULE: ./src/adapters/github/issue-reporter.ts


const LABELS = {
    succeeded: 'script:succeeded',
    failed: 'script:failed',
    'timed-out': 'script:failed',
    cancelled: 'script:failed',
};
/**
 * Keeps one status comment on the issue up to date (created once, found again by its hidden marker, edited
 * in place), with the reactions and the optional status labels. A failing API call is reported as a
 * warning and never stops the run.
 *
 * Edits are paced (PacedEditor): a new phase goes out at once; while the script runs, what changes (its
 * progress, the time it has run, the last lines of its log) goes out at most once per `progress-interval`,
 * never as an unchanged body; a rate-limit answer delays the next edit; the final state is always written.
 */
class IssueReporter {
    api;
    issue;
    mask;
    warn;
    options;
    commentId;
    lastBody;
    accepted = false;
    commentUrl;
    editor;
    phase;
    constructor(api, issue, mask, warn, options) {
        this.api = api;
        this.issue = issue;
        this.mask = mask;
        this.warn = warn;
        this.options = options;
    }
    /** The status comment, once it exists. */
    get url() {
        return this.commentUrl;
    }
    async update(report) {
        const body = renderStatusComment(report, this.mask);
        const newPhase = report.phase !== this.phase;
        this.phase = report.phase;
        if (this.commentId === undefined || !this.editor) {
            // Not created yet (or the create failed): tried again on the next phase, not on every progress line.
            if (body !== this.lastBody && (newPhase || report.phase === 'done')) {
                await this.attempt('update the status comment', async () => {
                    // A create that may have happened is looked up by the marker, never repeated blindly.
                    const comment = await this.api.createComment(this.issue, body, statusMarker(report.job));
                    this.commentId = comment.id;
                    this.commentUrl = comment.htmlUrl;
                    this.lastBody = body;
                    this.editor = this.pacedEditor(comment.id);
                    this.editor.created(body);
                });
            }
        }
        else if (report.phase === 'done') {
            await this.editor.finish(body);
        }
        else if (newPhase) {
            await this.editor.now(body);
        }
        else {
            this.editor.update(body);
        }
        if (report.phase === 'done')
            await this.finish(report);
    }
    pacedEditor(commentId) {
        return new PacedEditor({
            intervalMs: progressIntervalMs(this.options.progressIntervalSeconds),
            send: async (text) => {
                await this.api.updateComment(commentId, text);
                this.lastBody = text;
            },
            onError: (error) => this.warn(`Could not update the status comment on issue #${this.issue}: ${error.message}`),
            onRateLimit: (waitMs) => (this.options.notice ?? this.warn)(`GitHub's rate limit holds back the status comment of issue #${this.issue} for ${Math.ceil(waitMs / 1000)} s; the run goes on.`),
        });
    }
    /** 👀 and the running label, once the request is accepted. */
    async accept() {
        if (this.accepted)
            return;
        this.accepted = true;
        await this.react('eyes');
        if (this.options.statusLabels) {
            await this.attempt('label the issue', async () => {
                await this.api.removeLabel(this.issue, 'script:succeeded');
                await this.api.removeLabel(this.issue, 'script:failed');
                await this.api.addLabels(this.issue, ['script:running']);
            });
        }
    }
    async finish(report) {
        await this.react(report.status === 'succeeded' ? 'rocket' : 'confused');
        const label = report.status ? LABELS[report.status] : undefined;
        if (this.options.statusLabels && this.accepted && label) {
            await this.attempt('label the issue', async () => {
                await this.api.removeLabel(this.issue, 'script:running');
                await this.api.addLabels(this.issue, [label]);
            });
        }
    }
    async react(content) {
        await this.attempt(`add the ${content} reaction`, async () => {
            if (this.options.commentId)
                await this.api.addCommentReaction(this.options.commentId, content);
            else
                await this.api.addIssueReaction(this.issue, content);
        });
    }
    async attempt(what, action) {
        try {
            await action();
        }
        catch (error) {
            this.warn(`Could not ${what} on issue #${this.issue}: ${error.message}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/reporter.ts

/** Reports nowhere: runs that belong to no issue (their report is the job summary and the outputs). */
const NOWHERE = { accept: async () => undefined, update: async () => undefined };
/** The action's reporters: the status comment of the request's issue, when it has one. */
function issueReporters(api, mask, warn, notice) {
    return ({ issue, commentId, statusLabels, progressIntervalSeconds }) => issue
        ? new IssueReporter(api, issue, mask, warn, {
            commentId,
            statusLabels,
            progressIntervalSeconds,
            notice,
        })
        : NOWHERE;
}

;// CONCATENATED MODULE: ./src/adapters/github/ports.ts
/** The action's ports: everything a run in Actions needs, built once from the runner's environment. */












/** The ports, and the run's id and workflow-run link as the front door reports them. */
function actionPorts(options) {
    const { env, token, contentToken, masker } = options;
    const repository = env.GITHUB_REPOSITORY ?? '';
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const runId = env.GITHUB_RUN_ID ?? '0';
    const jobId = `${runId}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    const mask = masker.mask.bind(masker);
    const notice = (m) => core/* info */.pq(mask(m));
    const warn = (m) => core/* warning */.$e(mask(m));
    const api = new OctokitGitHubApi(parseRepo(repository), createOctokit(token, notice), createOctokit(contentToken, notice), notice, undefined, options.prefetched);
    const run = { id: runId, url: `${serverUrl}/${repository}/actions/runs/${runId}` };
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    return {
        jobId,
        environment: {
            jobId,
            workspace,
            tempDir: external_node_path_.join(env.RUNNER_TEMP || external_node_os_.tmpdir(), 'script-dispatcher', jobId),
            baseEnv: env,
            secrets: [token, contentToken].filter(Boolean),
            run,
            serverUrl,
            repository,
            sha: env.GITHUB_SHA,
            runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
            eventName: env.GITHUB_EVENT_NAME,
        },
        api,
        reporter: issueReporters(api, mask, warn, notice),
        artifacts: new ActionsArtifactStore(run.url, notice),
        content: new GitHubContentRepo({ api, token: contentToken, serverUrl, repository, runUrl: run.url }),
        log: new ActionsLog(),
        masker,
        download: (url, maxBytes) => downloadAttachment(url, { token, serverUrl, maxBytes }),
        signal: options.signal,
        changedFiles: pushChangedFilesIn(workspace, { token, serverUrl, repository }),
        cache: actionsCacheStore({ workspace, warn }),
    };
}

;// CONCATENATED MODULE: ./src/forms/generate.ts
/** The issue forms `script-dispatcher generate` writes: one per script, from the manifest alone. */



/** Where the forms go, relative to the repository root. */
const FORMS_DIRECTORY = '.github/ISSUE_TEMPLATE';
/** The label every generated form puts on its issues. */
const FORM_ISSUE_LABEL = 'script';
/** The first line of every generated form; also how a generated form is told apart from a hand-written one. */
const GENERATED_HEADER = '# Generated by `script-dispatcher generate` from the manifest.';
const HEADER = (/* unused pure expression or super */ null && (`${GENERATED_HEADER}\n# Do not edit by hand: change the manifest and run \`script-dispatcher generate\` again.\n`));
/** Whether a file's content is a form this generator wrote (so a stale one may be replaced or removed). */
function isGeneratedForm(content) {
    return content.replace(/^\uFEFF/, '').startsWith(GENERATED_HEADER);
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function fileStem(name) {
    return name.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^\.+/, '') || 'script';
}
/** The path of a script's form (before any clash with another script's file name is resolved). */
function formPath(scriptName) {
    return `${FORMS_DIRECTORY}/script-${fileStem(scriptName)}.yml`;
}
function plainDefault(arg) {
    return arg.default === undefined ? undefined : String(arg.default);
}
function numberHint(arg) {
    const { min, max } = arg;
    if (min !== undefined && max !== undefined)
        return `A number from ${min} to ${max}.`;
    if (min !== undefined)
        return `A number, at least ${min}.`;
    if (max !== undefined)
        return `A number, at most ${max}.`;
    return 'A number.';
}
function csvHint(arg) {
    const parts = ['Drag the CSV file into this field to attach it, or paste the CSV.'];
    if (arg.columns && arg.columns.length > 0) {
        const header = arg.header ?? true;
        parts.push(`Columns: ${arg.columns.map(codeSpan).join(', ')}${header ? ', with a header row.' : ', without a header row.'}`);
    }
    return parts.join(' ');
}
/** The help text under an argument's label: its description, how to fill it in, an example, the default. */
function argDescription(field, arg) {
    const parts = [];
    if (arg.description?.trim())
        parts.push(arg.description.trim());
    if (arg.type === 'number')
        parts.push(numberHint(arg));
    if (arg.type === 'csv')
        parts.push(csvHint(arg));
    if (arg.type === 'file')
        parts.push('Paste the file contents, or drag the file in to attach it.');
    if (arg.example !== undefined && arg.example !== '') {
        parts.push(/[\r\n]/.test(arg.example)
            ? `Example:\n\n${'```'}\n${arg.example.replace(/\r\n?/g, '\n')}\n${'```'}`
            : `Example: ${codeSpan(arg.example)}`);
    }
    const def = plainDefault(arg);
    if (def !== undefined && field.element !== 'dropdown') {
        parts.push(def === '' ? 'Leave it empty for the default.' : `Leave it empty for the default: ${codeSpan(def)}.`);
    }
    return parts.join('\n\n');
}
function dropdownDefault(field, arg) {
    if (field.kind !== 'arg')
        return 0;
    if (!arg || !field.options)
        return undefined;
    if (arg.type === 'boolean')
        return arg.default === true ? 0 : 1;
    if (arg.default === undefined)
        return undefined;
    const index = field.options.findIndex((o) => o.value === String(arg.default));
    return index >= 0 ? index : undefined;
}
function fieldElement(field, script) {
    const attributes = { label: field.label };
    let required;
    const arg = field.arg;
    switch (field.kind) {
        case 'script':
            attributes.description = 'The script this issue runs. Leave it as it is.';
            required = true;
            break;
        case 'target':
            attributes.description = `The content repository ${script.title} runs on.`;
            required = true;
            break;
        case 'open-pull-request':
            attributes.description =
                'Yes: the changes become a pull request. No: the changes are pushed to a branch, and the comment links a comparison to open a pull request from.';
            required = true;
            break;
        default: {
            const description = arg ? argDescription(field, arg) : '';
            if (description)
                attributes.description = description;
            required = !!arg && arg.required && arg.default === undefined;
            if (arg?.example !== undefined && arg.example !== '' && field.element !== 'dropdown') {
                if (field.element === 'textarea')
                    attributes.placeholder = arg.example.replace(/\r\n?/g, '\n');
                else if (!/[\r\n]/.test(arg.example))
                    attributes.placeholder = arg.example;
            }
        }
    }
    if (field.element === 'dropdown') {
        attributes.options = (field.options ?? []).map((o) => o.label);
        const def = dropdownDefault(field, arg);
        if (def !== undefined)
            attributes.default = def;
    }
    if (field.render)
        attributes.render = field.render;
    const element = { type: field.element, id: field.id, attributes };
    if (required)
        element.validations = { required: true };
    return element;
}
function introduction(script) {
    const description = script.description.trim() || `Runs **${oneLine(script.title) || script.name}**.`;
    return (`${description}\n\n` +
        'Fill in the fields and submit the issue: the script runs, and a comment on this issue follows the run. ' +
        'To run it again, edit the issue or comment `/run`.');
}
/** The form definition of one script. `name` is the template name (unique among the forms). */
function formDefinition(script, manifest, name) {
    const title = oneLine(script.title) || script.name;
    return {
        name: name ?? title,
        description: firstLine(script.description) || `Run ${title}.`,
        title: `[script] ${title}`,
        labels: [FORM_ISSUE_LABEL],
        body: [
            { type: 'markdown', attributes: { value: introduction(script) } },
            ...formFields(script, manifest).map((field) => fieldElement(field, script)),
        ],
    };
}
/** YAML that reads the same under YAML 1.1 (GitHub) and 1.2: `Yes`, `No`, `on`, `1:20` are quoted. */
function toYaml(form) {
    return stringify(form, { version: '1.1', lineWidth: 0, indent: 2 });
}
/**
 * One issue form per script, in manifest order, at `.github/ISSUE_TEMPLATE/script-<name>.yml`.
 * Deterministic: the same manifest gives byte-identical files.
 */
function generate_generateForms(manifest) {
    const scripts = Object.values(manifest.scripts);
    const titleCount = new Map();
    for (const s of scripts) {
        const key = (oneLine(s.title) || s.name).toLowerCase();
        titleCount.set(key, (titleCount.get(key) ?? 0) + 1);
    }
    const names = new Set();
    const paths = new Set();
    return scripts.map((script) => {
        const title = oneLine(script.title) || script.name;
        // Template names must be unique among all of the repository's templates.
        let name = (titleCount.get(title.toLowerCase()) ?? 0) > 1 ? `${title} (${script.name})` : title;
        for (let n = 2; names.has(name.toLowerCase()); n++)
            name = `${title} (${script.name} ${n})`;
        names.add(name.toLowerCase());
        let path = formPath(script.name);
        for (let n = 2; paths.has(path.toLowerCase()); n++)
            path = formPath(`${script.name}-${n}`);
        paths.add(path.toLowerCase());
        return { path, content: HEADER + toYaml(formDefinition(script, manifest, name)) };
    });
}

;// CONCATENATED MODULE: ./src/forms/flows.ts
/**
 * Issue forms for flows: a flow is requested like a script (its own arguments, its targets, a pull request
 * choice when a step writes), so its form is a script's form made from the flow.
 */



/** The script-shaped view of a flow that forms (and the request parser reading them back) use. */
function flowAsScript(flow, manifest) {
    const steps = flow.steps.map((step) => manifest.scripts[step.script]).filter((s) => !!s);
    return {
        name: flow.name,
        title: flow.title,
        description: flow.description,
        command: [],
        mode: steps.some((s) => s.mode === 'write') ? 'write' : 'read',
        targets: [...flow.targets],
        args: flow.args,
        outputs: { expect: [] },
        pullRequest: { title: DEFAULT_PULL_REQUEST_TITLE, labels: [], draft: false },
        timeoutMinutes: Math.max(0, ...steps.map((s) => s.timeoutMinutes)),
        retries: 0,
        env: {},
        permission: flow.permission,
        allowUsers: [],
        allowTeams: [],
        workingDirectory: '.',
        passArgs: 'none',
        commitAuthor: { ...DEFAULT_COMMIT_AUTHOR },
        ...(flow.fanOut ? { fanOut: flow.fanOut } : {}),
    };
}
/** The manifest with every flow added to `scripts` as {@link flowAsScript}, after the scripts. */
function withFlowsAsScripts(manifest) {
    const scripts = { ...manifest.scripts };
    for (const flow of Object.values(manifest.flows ?? {}))
        scripts[flow.name] = flowAsScript(flow, manifest);
    return { ...manifest, scripts };
}
/** `generateForms` with a form per flow too (`script-<flow>.yml`: flows and scripts share one namespace). */
function generateFormsWithFlows(manifest) {
    return generateForms(withFlowsAsScripts(manifest));
}

;// CONCATENATED MODULE: ./src/manifest/check.ts












const check_isMapping = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const entriesOf = (value) => (check_isMapping(value) ? Object.entries(value) : []);
/** Which argument types each type-specific field applies to. */
const FIELD_TYPES = {
    options: ['choice'],
    pattern: ['text'],
    min: ['number'],
    max: ['number'],
    columns: ['csv'],
    header: ['csv'],
};
/** Placeholders that stand for absolute paths, so cannot be part of a path relative to the working directory. */
const ABSOLUTE_PLACEHOLDERS = ['output', 'target_path'];
/** Every semantic problem of the manifest, with its position. */
function checkManifest(data, locator) {
    if (!check_isMapping(data))
        return [];
    const problems = [];
    const report = (path, part, message, fix) => problems.push(locator.problem(path, part, message, fix));
    const repositoryKeys = check_isMapping(data.repositories) ? Object.keys(data.repositories) : [];
    for (const section of ['repositories', 'scripts']) {
        for (const [name] of entriesOf(data[section]))
            checkOrderedName([section, name], report);
    }
    for (const [key, repository] of entriesOf(data.repositories)) {
        if (!check_isMapping(repository))
            continue;
        checkInside(['repositories', key, 'path'], repository.path, false, report);
        checkCloneUrl(['repositories', key, 'clone-url'], repository['clone-url'], report);
    }
    if (check_isMapping(data.defaults)) {
        checkInside(['defaults', 'working-directory'], data.defaults['working-directory'], true, report);
    }
    for (const [name, script] of entriesOf(data.scripts)) {
        if (check_isMapping(script))
            checkScript(name, script, repositoryKeys, report);
        if (check_isMapping(script))
            checkNotebookScript(['scripts', name], script, data.defaults, report);
    }
    for (const [name, flow] of entriesOf(data.flows)) {
        checkOrderedName(['flows', name], report);
        if (!check_isMapping(flow))
            continue;
        for (const [argName, arg] of entriesOf(flow.args)) {
            if (check_isMapping(arg))
                checkArg(['flows', name, 'args', argName], arg, report);
        }
    }
    problems.push(...checkFlows(data, locator));
    problems.push(...checkTriggers(data, locator));
    return problems;
}
function checkScript(name, script, repositoryKeys, report) {
    const base = ['scripts', name];
    if (Array.isArray(script.command) &&
        typeof script.command[0] === 'string' &&
        script.command[0].trim() === '') {
        report([...base, 'command', 0], 'value', `\`${describePath([...base, 'command', 0])}\` is the program to run and must not be empty.`, 'Name the program first, e.g. `command: [python3, scripts/my_script.py]`.');
    }
    checkTargetKeys(base, script.targets, repositoryKeys, report);
    if (script.mode === 'write') {
        if (Array.isArray(script.targets) && script.targets.length === 0) {
            report([...base, 'targets'], 'key', `\`scripts.${name}\` is a write script with an empty \`targets\`: a write script needs a content repository whose changes become a pull request.`, 'Name at least one key of `repositories` in `targets`, or remove `targets` to allow all of them.');
        }
        else if (!Array.isArray(script.targets) && repositoryKeys.length === 0) {
            report([...base, 'mode'], 'value', `\`scripts.${name}\` is a write script, but the manifest has no \`repositories\`: a write script needs a content repository whose changes become a pull request.`, 'Add the content repository under `repositories`, or make the script `mode: read`.');
        }
    }
    checkInside([...base, 'working-directory'], script['working-directory'], true, report);
    const argNames = check_isMapping(script.args) ? Object.keys(script.args) : [];
    for (const [argName, arg] of entriesOf(script.args)) {
        checkOrderedName([...base, 'args', argName], report);
        if (check_isMapping(arg))
            checkArg([...base, 'args', argName], arg, report);
    }
    if (Array.isArray(script.command)) {
        script.command.forEach((element, i) => checkPlaceholders([...base, 'command', i], element, argNames, report));
    }
    if (check_isMapping(script.outputs)) {
        const path = [...base, 'outputs', 'path'];
        checkPlaceholders(path, script.outputs.path, argNames, report);
        checkInside(path, script.outputs.path, false, report);
        if (typeof script.outputs.path === 'string') {
            for (const placeholder of placeholdersIn(script.outputs.path)) {
                if (!ABSOLUTE_PLACEHOLDERS.includes(placeholder))
                    continue;
                report(path, 'value', `\`${describePath(path)}\` uses \`{${placeholder}}\`, an absolute path; the output directory is relative to the working directory.`, 'Use `{job}`, `{script}`, `{target}`, `{issue}`, `{requester}` or `{args.NAME}` there.');
            }
        }
    }
    checkFanOut(base, script, report);
    if (check_isMapping(script['pull-request'])) {
        for (const field of ['title', 'body']) {
            checkPlaceholders([...base, 'pull-request', field], script['pull-request'][field], argNames, report);
        }
    }
}
function checkArg(base, arg, report) {
    const where = `\`${describePath(base)}\``;
    const type = ARG_TYPES.find((t) => t === arg.type);
    if (!type)
        return; // the schema reports a missing or unknown type
    for (const [field, types] of Object.entries(FIELD_TYPES)) {
        if (!(field in arg) || types.includes(type))
            continue;
        report([...base, field], 'key', `\`${field}\` only applies to ${orList(types.map((t) => `\`${t}\``))} arguments; ${where} is a \`${type}\` argument.`, `Remove \`${field}\`, or change \`type\` to \`${types[0]}\`.`);
    }
    if (type === 'choice' && !('options' in arg)) {
        report(base, 'key', `${where} is a \`choice\` argument without \`options\`.`, 'Add `options: [first, second]`.');
    }
    let pattern;
    if (type === 'text' && typeof arg.pattern === 'string') {
        try {
            pattern = wholeValuePattern(arg.pattern);
        }
        catch (error) {
            report([...base, 'pattern'], 'value', `\`${describePath([...base, 'pattern'])}\` is not a valid regular expression: ${error.message}.`, "Write a JavaScript regular expression; in YAML, put it in single quotes: `pattern: '^[a-z]+$'`.");
        }
    }
    const min = typeof arg.min === 'number' ? arg.min : undefined;
    const max = typeof arg.max === 'number' ? arg.max : undefined;
    if (type === 'number' && min !== undefined && max !== undefined && min > max) {
        report([...base, 'max'], 'value', `\`${describePath([...base, 'max'])}\` (${max}) is less than \`min\` (${min}).`, 'Swap them, or fix one.');
    }
    if (!('default' in arg) || arg.default === null || arg.default === undefined)
        return;
    const value = arg.default;
    const path = [...base, 'default'];
    const at = `\`${describePath(path)}\``;
    const got = describeValue(value);
    switch (type) {
        case 'number':
            if (typeof value !== 'number') {
                report(path, 'value', `${at} must be a number (got ${got}).`, 'Write a number, without quotes.');
            }
            else if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
                report(path, 'value', `${at} must be ${rangePhrase(min, max)} (got ${got}).`);
            }
            break;
        case 'boolean':
            if (typeof value !== 'boolean') {
                report(path, 'value', `${at} must be \`true\` or \`false\` (got ${got}).`, 'Write `true` or `false`, without quotes.');
            }
            break;
        case 'choice':
            if (Array.isArray(arg.options)) {
                const options = arg.options.map(String);
                if (typeof value === 'boolean' || !options.includes(String(value))) {
                    const guess = closest(String(value), options);
                    report(path, 'value', `${at} must be one of the \`options\`: ${options.join(', ')} (got ${got}).`, guess ? `Did you mean \`${guess}\`?` : undefined);
                }
            }
            break;
        default:
            if (typeof value === 'boolean') {
                report(path, 'value', `${at} must be text (got ${got}).`, `Put it in quotes: \`'${String(value)}'\`.`);
            }
            else if (pattern && !pattern.test(String(value))) {
                report(path, 'value', `${at} does not match \`pattern\` (got ${got}).`, 'Change the default or the pattern.');
            }
    }
}
function rangePhrase(min, max) {
    if (min !== undefined && max !== undefined)
        return `between ${min} and ${max}`;
    if (min !== undefined)
        return `at least ${min}`;
    return `at most ${String(max)}`;
}
/** Every `{placeholder}` in `value` must be one this project knows. */
function checkPlaceholders(path, value, argNames, report) {
    if (typeof value !== 'string')
        return;
    const known = [...PLACEHOLDERS, ...argNames.map((a) => `args.${a}`)];
    for (const name of placeholdersIn(value)) {
        if (isKnownPlaceholder(name, argNames))
            continue;
        const guess = name.startsWith('args.')
            ? closest(name.slice('args.'.length), argNames)?.replace(/^/, 'args.')
            : closest(name, known);
        report(path, 'value', `\`${describePath(path)}\` uses the unknown placeholder \`{${name}}\`; known placeholders here: ${known
            .map((k) => `{${k}}`)
            .join(', ')}.`, guess ? `Did you mean \`{${guess}}\`?` : undefined);
    }
}
/** A path relative to a directory, that stays inside it (`allowSelf`: may be the directory itself). */
function checkInside(path, value, allowSelf, report) {
    if (typeof value !== 'string' || value === '')
        return;
    const where = `\`${describePath(path)}\``;
    const relativeTo = path[path.length - 1] === 'working-directory' ? 'GITHUB_WORKSPACE' : 'the working directory';
    if (looksAbsolute(value)) {
        report(path, 'value', `${where} must be a relative path, inside ${relativeTo} (got ${describeValue(value)}).`, `Write it relative to ${relativeTo}, e.g. \`data/content\`.`);
        return;
    }
    const depth = depthOf(value);
    if (depth < 0) {
        report(path, 'value', `${where} must stay inside ${relativeTo}, but \`..\` leads out of it (got ${describeValue(value)}).`, 'Remove the `..`.');
        return;
    }
    if (depth === 0 && !allowSelf) {
        report(path, 'value', `${where} must name a directory below ${relativeTo}, not ${relativeTo} itself (got ${describeValue(value)}).`, `Name a subdirectory, e.g. \`${path[0] === 'repositories' ? `data/${String(path[1])}` : 'output/{job}'}\`.`);
    }
}
function checkCloneUrl(path, value, report) {
    if (typeof value !== 'string')
        return;
    const where = `\`${describePath(path)}\``;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return; // the schema's pattern reports it
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'file:'].includes(url.protocol)) {
        report(path, 'value', `${where} must be an https://, http://, ssh://, git:// or file:// URL (got ${describeValue(url.protocol)}).`);
    }
    if (url.username || url.password) {
        report(path, 'value', `${where} must not hold credentials.`, 'Remove the `user:password@` part; the `content-token` input authenticates the clone.');
    }
}
/**
 * Names made only of digits would move to the front of the declared order (JavaScript orders such keys
 * first), which changes the default target and the order of forms.
 */
function checkOrderedName(path, report) {
    const name = String(path[path.length - 1]);
    if (!/^[0-9]+$/.test(name))
        return;
    report(path, 'key', `The name \`${name}\` in \`${describePath(path.slice(0, -1))}\` is only digits, which would lose its place in the declared order.`, `Add a letter, e.g. \`n${name}\`.`);
}

;// CONCATENATED MODULE: ./src/manifest/load.ts
/**
 * Reads the manifest: YAML, then the published JSON Schema, then the rules a schema cannot say. Every
 * problem comes back at once, each at its line and column, or the typed manifest with defaults applied.
 */








const FIX_MISSING = 'Create it (start from the example in the README), or set the `manifest` input (CLI: `--manifest`) to where your manifest is.';
/** Reads and checks the manifest at `path`; `displayPath` is how messages name it (default: `path`). */
async function loadManifest(path, displayPath = path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const start = { file: displayPath, line: 1, column: 1 };
        const message = code === 'ENOENT'
            ? `No manifest found at \`${displayPath}\`.`
            : code === 'EISDIR'
                ? `The manifest path \`${displayPath}\` is a directory, not a file.`
                : `The manifest at \`${displayPath}\` could not be read: ${error.message}.`;
        throw new ManifestError([{ message, fix: FIX_MISSING, position: start }]);
    }
    return parseManifest(text, displayPath);
}
/** Checks the manifest `text`; `file` names it in messages and becomes `Manifest.file`. */
function parseManifest(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, column: col };
    };
    const syntax = [...doc.errors, ...doc.warnings].map((error) => yamlProblem(error, doc, text, at));
    if (syntax.length > 0)
        throw new ManifestError(inOrder(syntax));
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null)) {
        throw new ManifestError([
            {
                message: `The manifest \`${file}\` is empty.`,
                fix: 'Start it with `version: 1` and a `scripts:` mapping (see the example in the README).',
                position: { file, line: 1, column: 1 },
            },
        ]);
    }
    if (!(0,dist/* isMap */.jh)(root)) {
        throw new ManifestError([
            {
                message: `The manifest must be a mapping of keys such as \`version\` and \`scripts\` (got ${(0,dist/* isScalar */.jn)(root) ? describeValue(root.value) : (0,dist/* isSeq */.oP)(root) ? 'a list' : 'something else'}).`,
                fix: 'Start it with `version: 1` and a `scripts:` mapping (see the example in the README).',
                position: at(root.range?.[0] ?? 0),
            },
        ]);
    }
    let data;
    try {
        data = doc.toJS();
    }
    catch (error) {
        // For example a billion-laughs document: too many aliases.
        throw new ManifestError([
            { message: `The manifest could not be read as YAML: ${error.message}`, position: at(0) },
        ]);
    }
    const locator = createLocator(doc, lineCounter, file);
    const problems = [...checkSchema(data, locator), ...checkManifest(data, locator)];
    if (problems.length > 0)
        throw new ManifestError(inOrder(problems));
    return buildManifest(data, file);
}
function yamlProblem(error, doc, text, at) {
    const position = at(error.pos[0]);
    switch (error.code) {
        case 'DUPLICATE_KEY': {
            const first = firstOccurrence(doc, error.pos[0]);
            const key = first?.key ??
                text
                    .slice(error.pos[0])
                    .split(/:\s|:$|\n/)[0]
                    .trim();
            return {
                message: `The key \`${key}\` appears twice in the same mapping${first ? ` (first on line ${at(first.offset).line})` : ''}.`,
                fix: 'Keep one of them: remove or rename the other.',
                position,
            };
        }
        case 'MULTIPLE_DOCS':
            return {
                message: 'The manifest must be one YAML document, but `---` starts a second one here.',
                fix: 'Remove the `---` line, or move what follows into the first document.',
                position,
            };
        case 'TAB_AS_INDENT':
            return { message: 'YAML does not allow tabs for indentation.', fix: 'Indent with spaces.', position };
        case 'BLOCK_AS_IMPLICIT_KEY':
            return {
                message: `YAML syntax error: ${error.message.replace(/\.?$/, '.')}`,
                fix: 'Put the value in quotes when it contains `: `.',
                position,
            };
        case 'TAG_RESOLVE_FAILED':
            return {
                message: `${error.message}: the manifest uses no YAML tags.`,
                fix: 'Remove the `!tag`; put the value in quotes if it starts with `!`.',
                position,
            };
        default:
            return {
                message: `YAML syntax error: ${error.message.replace(/\.?$/, '.')}`,
                fix: 'Check the indentation and the quotes here, and that each key is followed by `: `.',
                position,
            };
    }
}
/** The key and offset of the first pair with the same key as the one starting at `offset`. */
function firstOccurrence(doc, offset) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Map(_, map) {
            const pairs = map.items.filter(dist/* isPair */.tO);
            const duplicate = pairs.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.range?.[0] === offset);
            if (!duplicate || !(0,dist/* isScalar */.jn)(duplicate.key))
                return undefined;
            const key = String(duplicate.key.value);
            const first = pairs.find((p) => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
            if (first && (0,dist/* isScalar */.jn)(first.key) && first.key.range)
                found = { key, offset: first.key.range[0] };
            return dist/* visit */.YR.BREAK;
        },
    });
    return found;
}
/** By position, each problem once. */
function inOrder(problems) {
    const seen = new Set();
    return problems
        .filter((p) => {
        const key = `${p.position.line}:${p.position.column}:${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(25175);
;// CONCATENATED MODULE: ./src/args/csv.ts
/** Checks the content of a csv argument: valid CSV, not empty, the header the script expects. */


const QUOTING_FIX = 'Every row needs the same number of fields; a field that holds a comma, a quote or a line break must be in ' +
    'double quotes, with quotes inside doubled (`"say ""hi"""`).';
/** Problems of the CSV text of argument `spec` (BOM allowed, blank lines skipped); empty when it is fine. */
function checkCsv(spec, text) {
    const label = argLabel(spec);
    const problem = (message, fix) => [{ field: spec.name, message, fix }];
    let records;
    try {
        records = (0,sync/* parse */.qg)(text, { bom: true, skip_empty_lines: true });
    }
    catch (error) {
        return problem(`${label} is not a valid CSV: ${csvErrorReason(error)}.`, QUOTING_FIX);
    }
    if (records.length === 0)
        return problem(`${label} is an empty CSV.`, accepted(spec));
    const columns = spec.columns ?? [];
    const header = spec.header ?? columns.length > 0;
    if (!header) {
        if (columns.length > 0 && records[0].length !== columns.length) {
            return problem(`${label} has ${records[0].length} column${records[0].length === 1 ? '' : 's'}, but ${columns.length} ` +
                `are expected (${list(columns)}, in that order, without a header row).`, accepted(spec));
        }
        return [];
    }
    const found = records[0].map((cell) => cell.trim());
    const problems = [];
    if (columns.length > 0) {
        const missing = columns.filter((column) => !found.includes(column));
        const unexpected = found.filter((column) => !columns.includes(column));
        const repeated = found.filter((column, i) => found.indexOf(column) !== i && columns.includes(column));
        if (missing.length > 0 || unexpected.length > 0 || repeated.length > 0) {
            const parts = [
                missing.length > 0 ? `missing ${list(missing)}` : '',
                unexpected.length > 0 ? `unexpected ${list(unexpected.map(shownCell))}` : '',
                repeated.length > 0 ? `repeated ${list([...new Set(repeated)])}` : '',
            ].filter((part) => part !== '');
            const tabs = records[0].length === 1 && records[0][0].includes('\t');
            problems.push({
                field: spec.name,
                message: `${label} does not have the expected header row on line 1: ${parts.join('; ')}.`,
                fix: `The first row must name the columns ${list(columns)} (in any order), each once.` +
                    (tabs
                        ? ' The rows look separated by tabs (copied from a spreadsheet?): separate them by commas.'
                        : ''),
            });
        }
    }
    if (records.length === 1) {
        problems.push({
            field: spec.name,
            message: `${label} has a header row but no data rows.`,
            fix: 'Add at least one row below the header.',
        });
    }
    return problems;
}
function shownCell(cell) {
    return cell === '' ? '(empty)' : cell;
}
function csvErrorReason(error) {
    if (!(error instanceof sync/* CsvError */.J$))
        return error instanceof Error ? error.message : String(error);
    const line = error.lines;
    const at = line !== undefined ? `line ${line}` : 'a line';
    switch (error.code) {
        case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
        case 'CSV_RECORD_INCONSISTENT_COLUMNS': {
            const expected = /expect (\d+)/.exec(error.message)?.[1];
            const got = /got (\d+)/.exec(error.message)?.[1];
            return expected && got
                ? `${at} has ${got} field${got === '1' ? '' : 's'}, but the first row has ${expected}`
                : `${at} does not have as many fields as the first row`;
        }
        case 'CSV_QUOTE_NOT_CLOSED':
            return `a quoted field is never closed (the text ends inside quotes; started at or before ${at})`;
        case 'CSV_INVALID_CLOSING_QUOTE':
            return `${at} has a quote inside a quoted field that is not doubled`;
        case 'INVALID_OPENING_QUOTE':
            return `${at} has a quote inside a field that is not in quotes`;
        default:
            return `${at}: ${code(error.message)}`;
    }
}

;// CONCATENATED MODULE: ./src/args/types.ts
/** Argument values as requests give them, and csv/file values before they become files. */
function isPendingContent(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const kind = value.kind;
    return ((kind === 'url' && typeof value.url === 'string') ||
        (kind === 'inline' && typeof value.text === 'string') ||
        (kind === 'local' && typeof value.path === 'string'));
}

;// CONCATENATED MODULE: ./src/args/materialize.ts
/** Turns csv and file values into files the script can read. */








/**
 * Writes each csv/file value to `ctx.dir` (links are checked against the policy, then downloaded) and
 * replaces it by the file's absolute path. File names come from the argument's name, never from the user:
 * `<name>.csv` for csv; `<name><.ext>` for file, the extension taken from the link's last path segment or the
 * fenced block's language. CSV content must parse and have the header the manifest asks for.
 */
async function materializeArgs(args, values, ctx) {
    const out = dict();
    const specs = new Map(args.map((spec) => [spec.name, spec]));
    const pending = [];
    const taken = new Set();
    for (const [name, value] of Object.entries(values)) {
        const spec = specs.get(name);
        if (isPendingContent(value)) {
            if (spec && (spec.type === 'csv' || spec.type === 'file')) {
                pending.push({ spec, content: value, fileName: uniqueName(fileNameFor(spec, value), taken) });
            }
        }
        else
            out[name] = value;
    }
    if (pending.length > 0)
        await (0,promises_.mkdir)(ctx.dir, { recursive: true });
    const results = await Promise.all(pending.map((item) => materializeOne(item.spec, item.content, item.fileName, ctx)));
    const problems = [];
    const written = new Map();
    results.forEach((result, i) => {
        if ('path' in result)
            written.set(pending[i].spec.name, result.path);
        else
            problems.push(...result.problems);
    });
    // Keep the order the values came in.
    const ordered = dict();
    for (const name of Object.keys(values)) {
        const value = Object.hasOwn(out, name) ? out[name] : written.get(name);
        if (value !== undefined)
            ordered[name] = value;
    }
    // Problems in the order the arguments are declared.
    const order = new Map(args.map((spec, i) => [spec.name, i]));
    problems.sort((a, b) => (order.get(a.field ?? '') ?? 0) - (order.get(b.field ?? '') ?? 0));
    return { values: ordered, problems };
}
async function materializeOne(spec, content, fileName, ctx) {
    const label = argLabel(spec);
    const fail = (message, fix) => ({ problems: [{ field: spec.name, message, fix }] });
    let bytes;
    if (content.kind === 'url') {
        const refused = checkDownloadUrl(content.url, ctx.policy);
        if (refused)
            return fail(`${label}: ${refused.message}`, refused.fix);
        try {
            bytes = await ctx.download(content.url);
        }
        catch (error) {
            if (!(error instanceof UserError))
                throw error;
            const fix = error.fix ?? error.problems[0]?.fix;
            return fail(`${label}: ${error.message}`, typeof fix === 'string' ? fix : undefined);
        }
    }
    else if (content.kind === 'local') {
        try {
            bytes = await (ctx.readLocal ?? ((file) => (0,promises_.readFile)(external_node_path_default().resolve(file))))(content.path);
        }
        catch (error) {
            const reason = error.code;
            return fail(`${label}: the file ${code(content.path)} cannot be read` +
                (reason === 'ENOENT'
                    ? ' (it does not exist).'
                    : reason === 'EISDIR'
                        ? ' (it is a directory).'
                        : '.'), 'Give the path of a readable file after `@`, relative to the current directory.');
        }
    }
    else {
        bytes = Buffer.from(content.text, 'utf8');
    }
    if (bytes.length > ctx.maxBytes) {
        return fail(`${label} is ${formatBytes(bytes.length)}, more than the limit of ${formatBytes(ctx.maxBytes)}.`, 'Give a smaller file, or ask a maintainer to raise the size limit in the manifest.');
    }
    if (spec.type === 'csv') {
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
        catch {
            return fail(`${label} is not UTF-8 text, so it cannot be read as CSV.`, 'Save the file as "CSV UTF-8" (in Excel: File › Save As › CSV UTF-8) and attach it again.');
        }
        const problems = checkCsv(spec, text);
        if (problems.length > 0)
            return { problems };
        // The decoder dropped a byte order mark; write what was checked, so the script sees the same header.
        bytes = Buffer.from(text, 'utf8');
    }
    const file = external_node_path_default().resolve(ctx.dir, fileName);
    await (0,promises_.writeFile)(file, bytes, { mode: 0o644 });
    return { path: file };
}
/** `<name>.csv`, or `<name>` plus an extension from the link or the fenced block's language. */
function fileNameFor(spec, content) {
    const base = safeBaseName(spec.name);
    if (spec.type === 'csv')
        return `${base}.csv`;
    const extension = content.kind === 'url'
        ? extensionOfUrl(content.url)
        : content.kind === 'local'
            ? extensionOf(external_node_path_default().basename(content.path))
            : extensionOfLanguage(content.lang);
    return `${base}${extension}`;
}
function safeBaseName(name) {
    const safe = name
        .replace(/[^A-Za-z0-9_.-]/g, '_')
        .replace(/^[.-]+/, '')
        .slice(0, 100);
    return safe === '' ? 'argument' : safe;
}
const EXTENSION = /\.([A-Za-z0-9]{1,16})$/;
function extensionOfUrl(url) {
    let last = '';
    try {
        last = new URL(url).pathname.split('/').pop() ?? '';
        last = decodeURIComponent(last);
    }
    catch {
        // no extension then
    }
    return extensionOf(last);
}
function extensionOf(fileName) {
    const match = EXTENSION.exec(fileName);
    return match ? `.${match[1].toLowerCase()}` : '';
}
const LANGUAGE_EXTENSIONS = {
    text: 'txt',
    plain: 'txt',
    plaintext: 'txt',
    markdown: 'md',
    javascript: 'js',
    typescript: 'ts',
    python: 'py',
    shell: 'sh',
    bash: 'sh',
    yml: 'yaml',
};
function extensionOfLanguage(lang) {
    if (lang === undefined || !/^[A-Za-z0-9]{1,16}$/.test(lang))
        return '.txt';
    const lower = lang.toLowerCase();
    return `.${Object.hasOwn(LANGUAGE_EXTENSIONS, lower) ? LANGUAGE_EXTENSIONS[lower] : lower}`;
}
function uniqueName(name, taken) {
    let candidate = name;
    const dot = name.indexOf('.', 1);
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot) : '';
    for (let n = 2; taken.has(candidate.toLowerCase()); n++)
        candidate = `${stem}-${n}${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
}

;// CONCATENATED MODULE: ./src/authorize/authorize.ts

function permissionAtLeast(have, need) {
    return PERMISSIONS.indexOf(have) >= PERMISSIONS.indexOf(need);
}
/** The pure decision. */
function decide(script, facts) {
    const who = `@${facts.login}`;
    if (!facts.permission) {
        return {
            allowed: false,
            reason: `${who} needs at least \`${script.permission}\` permission on this repository to run \`${script.name}\`, ` +
                `and their permission could not be read (${facts.permissionError ?? 'unknown error'}), so the request ` +
                'is refused. Ask a maintainer to check that you are a collaborator.',
        };
    }
    if (!permissionAtLeast(facts.permission, script.permission)) {
        return {
            allowed: false,
            permission: facts.permission,
            reason: `${who} has \`${facts.permission}\` permission on this repository, but \`${script.name}\` needs at least ` +
                `\`${script.permission}\`. Ask a maintainer to raise your permission, or to run it for you.`,
        };
    }
    const listed = script.allowUsers.length > 0 || script.allowTeams.length > 0;
    if (!listed)
        return { allowed: true, permission: facts.permission, reason: `${who} has ${facts.permission}` };
    if (script.allowUsers.some((u) => u.toLowerCase() === facts.login.toLowerCase())) {
        return { allowed: true, permission: facts.permission, reason: `${who} is in allow-users` };
    }
    const team = script.allowTeams.find((t) => facts.teams[t] === true);
    if (team)
        return { allowed: true, permission: facts.permission, reason: `${who} is a member of ${team}` };
    const unreadable = script.allowTeams.filter((t) => typeof facts.teams[t] === 'string');
    const lists = [
        script.allowUsers.length ? `users ${script.allowUsers.map((u) => `@${u}`).join(', ')}` : '',
        script.allowTeams.length ? `teams ${script.allowTeams.map((t) => `@${t}`).join(', ')}` : '',
    ].filter(Boolean);
    return {
        allowed: false,
        permission: facts.permission,
        reason: `\`${script.name}\` may only be run by ${lists.join(' and ')}, and ${who} is not one of them.` +
            (unreadable.length
                ? ` (Membership of ${unreadable.join(', ')} could not be read: ${unreadable.map((t) => facts.teams[t]).join('; ')}. ` +
                    'The token needs `members: read` on the organization.)'
                : ''),
    };
}
/** Gathers the facts with the API (any error means no) and decides. */
async function authorize(api, script, login) {
    const facts = { login, teams: {} };
    try {
        facts.permission = await api.getPermission(login);
    }
    catch (error) {
        facts.permissionError = errorText(error);
    }
    const decision = decide(script, facts);
    if (decision.allowed || !facts.permission || script.allowTeams.length === 0)
        return decision;
    if (!permissionAtLeast(facts.permission, script.permission))
        return decision;
    for (const team of script.allowTeams) {
        const [org, slug] = team.split('/');
        try {
            facts.teams[team] = await api.isTeamMember(org, slug, login);
        }
        catch (error) {
            facts.teams[team] = errorText(error);
        }
        if (facts.teams[team] === true)
            break;
    }
    return decide(script, facts);
}
function errorText(error) {
    const e = error;
    return e.status ? `HTTP ${e.status}: ${e.message ?? ''}`.trim() : (e.message ?? String(error));
}

;// CONCATENATED MODULE: ./src/fanout/csv-rows.ts
/**
 * The records of a CSV text as they are written, for splitting it into legs: each record's exact text
 * (quotes, commas and line breaks inside quoted fields kept), so a leg's file holds the very rows of the
 * original. The text has already been checked as CSV (src/args/csv.ts, with csv-parse) when the request was
 * accepted; this only finds where records end, in one pass, so planning 100,000 rows stays far under a
 * second (a full parse of that many rows takes about as long as the whole budget).
 */
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** Splits `text` into records: line breaks inside double-quoted fields stay in their record; blank lines are skipped; a BOM is dropped. */
function csvRecords(text) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const records = [];
    let eol;
    let inQuotes = false;
    let recordStart = start;
    const end = text.length;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            // A doubled quote inside a quoted field toggles twice: still inside.
            inQuotes = !inQuotes;
        }
        else if (!inQuotes && (c === LF || c === CR)) {
            const crlf = c === CR && text.charCodeAt(i + 1) === LF;
            eol ??= crlf ? '\r\n' : c === CR ? '\r' : '\n';
            if (i > recordStart)
                records.push(text.slice(recordStart, i));
            if (crlf)
                i++;
            recordStart = i + 1;
        }
    }
    if (end > recordStart)
        records.push(text.slice(recordStart, end));
    return { records, eol: eol ?? '\n' };
}

;// CONCATENATED MODULE: ./src/fanout/plan.ts
/**
 * Leg planning for a fan-out across runners: which legs one request becomes, what each leg runs on, and
 * the `matrix` the workflow's leg jobs are made from. Pure and deterministic: a leg job recomputes the same
 * plan from the same request and picks its own part by number; it never trusts anything but the event, the
 * manifest and its leg number.
 */



/** GitHub Actions runs at most 256 jobs from one matrix. */
const MAX_LEGS = 256;
/** GitHub's limit on a job's outputs, all together (the `matrix` output must stay under it). */
const MAX_MATRIX_BYTES = 1024 * 1024;
/**
 * The targets a request names: `phy`, `phy,ada` (commas, spaces allowed), `all`, or nothing (the owner's
 * first target). A key or a title, any case. Naming several targets (or `all` with several targets) when
 * the owner does not have `fan-out: targets` is rejected, and so is a target the owner cannot run on.
 */
function requestedTargets(manifest, owner, given) {
    const allowed = owner.targets.filter((key) => manifest.repositories[key] !== undefined);
    const text = (given ?? '').trim();
    if (text === '')
        return allowed.slice(0, 1);
    const find = (word) => {
        const lower = word.toLowerCase();
        return (allowed.find((key) => key === word) ??
            allowed.find((key) => key.toLowerCase() === lower || manifest.repositories[key].title.toLowerCase() === lower));
    };
    const listed = allowed
        .map((key) => {
        const title = manifest.repositories[key].title;
        return title !== key ? `\`${key}\` (${title})` : `\`${key}\``;
    })
        .join(', ');
    const words = text
        .split(/[\s,]+/)
        .map((word) => word.trim())
        .filter((word) => word !== '');
    let keys;
    if (words.length === 1 && words[0].toLowerCase() === 'all' && !find(words[0])) {
        if (allowed.length === 0) {
            throw new RequestError(`\`${owner.name}\` needs no content repository.`, [
                {
                    field: 'target',
                    message: `\`${owner.name}\` cannot run on \`all\`.`,
                    fix: 'Leave the target empty.',
                },
            ]);
        }
        keys = allowed;
    }
    else {
        const unknown = words.filter((word) => !find(word));
        if (unknown.length > 0) {
            throw new RequestError(`Unknown content repositor${unknown.length === 1 ? 'y' : 'ies'} ${unknown.map((u) => `\`${u}\``).join(', ')} for \`${owner.name}\`.`, [
                {
                    field: 'target',
                    message: `\`${owner.name}\` cannot run on ${unknown.map((u) => `\`${u}\``).join(', ')}.`,
                    fix: allowed.length
                        ? `It runs on: ${listed}${owner.fanOut?.over === 'targets' ? ', or `all` of them' : ''}.`
                        : 'This script needs no content repository; leave the target empty.',
                },
            ]);
        }
        keys = [...new Set(words.map((word) => find(word)))];
    }
    if (keys.length > 1 && owner.fanOut?.over !== 'targets') {
        throw new RequestError(`\`${owner.name}\` runs on one content repository at a time.`, [
            {
                field: 'target',
                message: `The request names ${keys.length} targets (${keys.map((k) => `\`${k}\``).join(', ')}), but \`${owner.name}\` does not fan out over targets.`,
                fix: `Name one target, e.g. \`target: ${keys[0]}\`, and make one request per target; or let the manifest say \`fan-out: targets\` for \`${owner.name}\`.`,
            },
        ]);
    }
    return keys;
}
/**
 * Splits `count` items into legs of `perLeg` items, in order; when that makes more than `maxLegs` legs, into
 * exactly `maxLegs` legs whose sizes differ by at most one. Every item is in exactly one leg. Each leg is the
 * half-open range [start, end).
 */
function groupItems(count, perLeg, maxLegs = MAX_LEGS) {
    if (count <= 0)
        return [];
    const size = Math.max(1, Math.floor(perLeg));
    const wanted = Math.ceil(count / size);
    const groups = [];
    if (wanted <= maxLegs) {
        for (let start = 0; start < count; start += size)
            groups.push({ start, end: Math.min(count, start + size) });
        return groups;
    }
    const base = Math.floor(count / maxLegs);
    const bigger = count % maxLegs;
    let start = 0;
    for (let i = 0; i < maxLegs; i++) {
        const end = start + base + (i < bigger ? 1 : 0);
        groups.push({ start, end });
        start = end;
    }
    return groups;
}
/** The legs of a request. A request whose owner does not fan out is one leg. */
function planFanOut(request) {
    const { owner, targets } = request;
    const fanOut = owner.fanOut;
    if (fanOut?.over === 'targets') {
        if (targets.length === 0) {
            throw new RequestError(`\`${owner.name}\` fans out over targets, but the request names none.`, [
                {
                    field: 'target',
                    message: 'There is no target to run on.',
                    fix: 'Name the targets, e.g. `target: phy,ada` or `target: all`.',
                },
            ]);
        }
        const legs = groupItems(targets.length, 1).map(({ start, end }, i) => {
            const keys = targets.slice(start, end);
            return { leg: i + 1, name: keys.join('+'), targets: keys };
        });
        return { owner: owner.name, over: 'targets', legs };
    }
    if (fanOut?.over === 'csv') {
        if (!request.csv) {
            throw new RequestError(`\`${owner.name}\` splits the csv argument \`${fanOut.arg}\`, but the request does not give it.`, [
                {
                    field: fanOut.arg,
                    message: `\`${fanOut.arg}\` is needed: its rows are what the legs run on.`,
                    fix: `Give \`${fanOut.arg}\` a CSV with at least one row.`,
                },
            ]);
        }
        const { records, eol } = csvRecords(request.csv.text);
        const header = request.csv.header ? records[0] : undefined;
        const rows = request.csv.header ? records.slice(1) : records;
        if (rows.length === 0) {
            throw new RequestError(`The csv argument \`${fanOut.arg}\` has no data rows to split.`, [
                {
                    field: fanOut.arg,
                    message: `\`${fanOut.arg}\` has no data rows${header !== undefined ? ' below its header row' : ''}.`,
                    fix: 'Add at least one row.',
                },
            ]);
        }
        const legs = groupItems(rows.length, fanOut.rowsPerLeg).map(({ start, end }, i) => ({
            leg: i + 1,
            name: end - start === 1 ? `row-${start + 1}` : `rows-${start + 1}-${end}`,
            targets: targets.slice(0, 1),
            rows: { first: start + 1, last: end },
        }));
        return {
            owner: owner.name,
            over: 'csv',
            legs,
            csv: { arg: fanOut.arg, ...(header !== undefined ? { header } : {}), rows, eol },
        };
    }
    return {
        owner: owner.name,
        over: 'none',
        legs: [{ leg: 1, name: targets[0] ?? owner.name, targets: targets.slice(0, 1) }],
    };
}
/** The `matrix` output: `{"include":[{"leg":"1","name":"phy"},...]}`; throws when it would reach GitHub's 1 MB limit. */
function matrixOf(plan) {
    const json = JSON.stringify({
        include: plan.legs.map((part) => ({ leg: String(part.leg), name: part.name })),
    });
    const bytes = Buffer.byteLength(json, 'utf8');
    if (bytes >= MAX_MATRIX_BYTES) {
        throw new Error(`The fan-out matrix is ${bytes} bytes, over GitHub's ${MAX_MATRIX_BYTES}-byte limit on job outputs.`);
    }
    return json;
}
/**
 * Leg `given`'s part of the plan (the leg job's `leg` input). A value that is not a leg number, or a leg the
 * plan did not make, is rejected.
 */
function selectLeg(plan, given) {
    const text = (given ?? '').trim();
    if (!/^[1-9][0-9]{0,5}$/.test(text)) {
        throw new RequestError('The `leg` input is not a leg number.', [
            {
                field: 'leg',
                message: `\`leg\` is ${text === '' ? 'empty' : `\`${text.slice(0, 40)}\``}; a leg is a whole number from 1 to ${plan.legs.length}.`,
                fix: 'Pass the matrix value: `leg: ${{ matrix.leg }}`.',
            },
        ]);
    }
    const part = plan.legs[Number(text) - 1];
    if (!part) {
        throw new RequestError(`This request has no leg ${text}.`, [
            {
                field: 'leg',
                message: `The plan of this request has ${(0,shared_markdown/* plural */.LS)(plan.legs.length, 'leg')}; there is no leg ${text}.`,
                fix: "Run the legs from the plan job's `matrix` output, not a number of your own.",
            },
        ]);
    }
    return part;
}
/** The CSV text of a csv leg: the header row (when the csv has one), then the leg's rows, in the original's line terminator. */
function legCsvText(plan, part) {
    if (!plan.csv || !part.rows)
        throw new Error(`Leg ${part.leg} does not split a csv argument.`);
    const { header, rows, eol } = plan.csv;
    const lines = rows.slice(part.rows.first - 1, part.rows.last);
    if (header !== undefined)
        lines.unshift(header);
    return lines.join(eol) + eol;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/notebook/ipynb.ts
/** The parts of the Jupyter notebook format (nbformat 4) this project reads and writes. */

class NotebookFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'NotebookFormatError';
    }
}
/** A cell's source as one string (nbformat stores it as a string or a list of lines). */
function sourceText(source) {
    if (source === undefined)
        return '';
    return Array.isArray(source) ? source.join('') : source;
}
function hasTag(cell, tag) {
    const tags = cell.metadata?.tags;
    return Array.isArray(tags) && tags.includes(tag);
}
/** Index of the first cell tagged `tag`, or -1 (papermill's `find_first_tagged_cell_index`). */
function firstTagged(notebook, tag) {
    return notebook.cells.findIndex((cell) => hasTag(cell, tag));
}
/** A new cell id as nbformat makes them (8 hex digits). */
function newCellId() {
    return (0,external_node_crypto_.randomBytes)(4).toString('hex');
}
/** Parses notebook JSON; `where` names the file in messages. Throws NotebookFormatError. */
function parseNotebook(text, where) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new NotebookFormatError(`The notebook \`${where}\` is not valid JSON (${error.message}); a .ipynb file is JSON.`);
    }
    const nb = data;
    if (nb === null || typeof nb !== 'object' || Array.isArray(nb) || !Array.isArray(nb.cells)) {
        throw new NotebookFormatError(`The notebook \`${where}\` has no \`cells\` list: it is not a Jupyter notebook.`);
    }
    if (nb.nbformat !== 4) {
        throw new NotebookFormatError(`The notebook \`${where}\` is in notebook format ${String(nb.nbformat)}; format 4 is needed (open and save it in a current Jupyter).`);
    }
    for (const [i, cell] of nb.cells.entries()) {
        if (cell === null || typeof cell !== 'object' || typeof cell.cell_type !== 'string') {
            throw new NotebookFormatError(`The notebook \`${where}\` has a malformed cell (number ${i + 1}).`);
        }
        if (cell.metadata === undefined || cell.metadata === null || typeof cell.metadata !== 'object')
            cell.metadata = {};
    }
    if (nb.metadata === undefined || nb.metadata === null || typeof nb.metadata !== 'object')
        nb.metadata = {};
    return nb;
}
/** The kernel's language as papermill reads it: `language_info.name`, else `kernelspec.language`. */
function notebookLanguage(notebook) {
    return notebook.metadata.language_info?.name ?? notebook.metadata.kernelspec?.language;
}

;// CONCATENATED MODULE: ./src/notebook/translate.ts
/**
 * Parameter cells as papermill 2.6 writes them, for the Python, R, Julia and bash kernels: a `# Parameters`
 * comment line, then one assignment per parameter, values rendered by papermill's rules. Papermill is
 * Python, so its values are Python values: an integer-valued number is an `int` here unless wrapped in
 * `pyFloat` (JSON and YAML cannot tell `3` from `3.0`); strings go through `unicode_escape`.
 *
 * One deliberate difference: in Julia strings `$` starts an interpolation, which papermill does not escape;
 * here it is escaped (`\$`) so that an argument's text can never run as code.
 */
const pyFloat = (value) => ({ pyFloat: value });
const KERNEL_LANGUAGES = (/* unused pure expression or super */ null && (['python', 'R', 'julia', 'bash']));
class TranslationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'TranslationError';
    }
}
/** papermill registers translators under these kernel names and languages, looked up in that order. */
const REGISTERED = {
    python: 'python',
    R: 'R',
    julia: 'julia',
    bash: 'bash',
    pysparkkernel: 'python',
    sparkrkernel: 'R',
};
/**
 * The translator papermill would pick: by kernel name first, then by the notebook's language. Undefined when
 * papermill has none of the four supported here.
 */
function findLanguage(kernelName, language) {
    if (kernelName !== undefined && Object.hasOwn(REGISTERED, kernelName))
        return REGISTERED[kernelName];
    if (language !== undefined && Object.hasOwn(REGISTERED, language))
        return REGISTERED[language];
    return undefined;
}
const isFloat = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && 'pyFloat' in value;
/** Python's `str.encode('unicode_escape').decode('utf-8')`. */
function unicodeEscape(text) {
    let out = '';
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        if (char === '\\')
            out += '\\\\';
        else if (char === '\t')
            out += '\\t';
        else if (char === '\n')
            out += '\\n';
        else if (char === '\r')
            out += '\\r';
        else if (code >= 0x20 && code < 0x7f)
            out += char;
        else if (code < 0x100)
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else if (code < 0x10000)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += `\\U${code.toString(16).padStart(8, '0')}`;
    }
    return out;
}
/** papermill's default string literal: `unicode_escape`, then `"` → `\"`, in double quotes. */
function escapedString(text) {
    return `"${unicodeEscape(text).replace(/"/g, '\\"')}"`;
}
/** Python's `shlex.quote`. */
function shellQuote(text) {
    if (text === '')
        return "''";
    if (!/[^\w@%+=:,./-]/.test(text))
        return text;
    return `'${text.replace(/'/g, `'"'"'`)}'`;
}
/** Python's `repr(float)` / `str(float)`: shortest round-trip digits, exponent below 1e-4 or from 1e16. */
function pythonFloat(value) {
    if (Number.isNaN(value))
        return 'nan';
    if (value === Infinity)
        return 'inf';
    if (value === -Infinity)
        return '-inf';
    if (value === 0)
        return Object.is(value, -0) ? '-0.0' : '0.0';
    const sign = value < 0 ? '-' : '';
    // Shortest digits and the decimal exponent, from JavaScript's own shortest round-trip form.
    const [mantissa, exp] = Math.abs(value).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const exponent = Number(exp);
    if (exponent < -4 || exponent >= 16) {
        const rest = digits.slice(1);
        const e = Math.abs(exponent).toString().padStart(2, '0');
        return `${sign}${digits[0]}${rest ? `.${rest}` : ''}e${exponent < 0 ? '-' : '+'}${e}`;
    }
    if (exponent < 0)
        return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
    const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
    const fraction = digits.slice(exponent + 1);
    return `${sign}${whole}.${fraction || '0'}`;
}
/** Python's `str(int)` for a whole JavaScript number. */
function pythonInt(value) {
    return BigInt(value).toString();
}
const TRANSLATORS = {
    python: {
        none: 'None',
        bool: (v) => (v ? 'True' : 'False'),
        str: escapedString,
        int: pythonInt,
        float: (v) => Number.isFinite(v)
            ? pythonFloat(v)
            : Number.isNaN(v)
                ? "float('nan')"
                : v < 0
                    ? "float('-inf')"
                    : "float('inf')",
        list: (items) => `[${items.join(', ')}]`,
        dict: (pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`,
        assign: (name, value) => `${name} = ${value}`,
    },
    R: {
        none: 'NULL',
        bool: (v) => (v ? 'TRUE' : 'FALSE'),
        str: escapedString,
        int: pythonInt,
        float: pythonFloat,
        list: (items) => `list(${items.join(', ')})`,
        dict: (pairs) => `list(${pairs.map(([k, v]) => `${k} = ${v}`).join(', ')})`,
        // Leading `_` is not legal in R names: papermill drops it.
        assign: (name, value) => `${name.replace(/^_+/, '')} = ${value}`,
    },
    julia: {
        none: 'nothing',
        bool: (v) => (v ? 'true' : 'false'),
        str: (v) => escapedString(v).replace(/\$/g, '\\$'),
        int: pythonInt,
        float: pythonFloat,
        list: (items) => `[${items.join(', ')}]`,
        dict: (pairs) => `Dict(${pairs.map(([k, v]) => `${k} => ${v}`).join(', ')})`,
        assign: (name, value) => `${name} = ${value}`,
    },
    bash: {
        none: '',
        bool: (v) => (v ? 'true' : 'false'),
        str: shellQuote,
        int: pythonInt,
        float: pythonFloat,
        list: (items) => `(${items.join(' ')})`,
        assign: (name, value) => `${name}=${value}`,
    },
};
/** One value as papermill renders it for `language`. */
function translateValue(language, value) {
    const t = TRANSLATORS[language];
    if (value === null)
        return t.none;
    if (typeof value === 'string')
        return t.str(value);
    if (typeof value === 'boolean')
        return t.bool(value);
    if (typeof value === 'number')
        return Number.isInteger(value) ? t.int(value) : t.float(value);
    if (isFloat(value))
        return t.float(value.pyFloat);
    if (Array.isArray(value))
        return t.list(value.map((item) => translateValue(language, item)));
    if (!t.dict)
        throw new TranslationError(`papermill cannot pass a mapping as a ${language} parameter.`);
    return t.dict(Object.entries(value).map(([k, v]) => [t.str(k), translateValue(language, v)]));
}
/** The comment line papermill starts the cell with. */
function parametersComment(language) {
    void language; // `#` in all four languages
    return '# Parameters';
}
/** The whole source of the injected cell: the comment line, then one line per parameter, in order. */
function codifyParameters(language, parameters) {
    let content = `${parametersComment(language)}\n`;
    for (const [name, value] of parameters) {
        content += `${TRANSLATORS[language].assign(name, translateValue(language, value))}\n`;
    }
    return content;
}

;// CONCATENATED MODULE: ./src/notebook/inject.ts
/**
 * Papermill's parameterization: a new code cell tagged `injected-parameters`, in place of an existing one,
 * else right after the first cell tagged `parameters`, else at the top; the parameters also go into the
 * notebook's `metadata.papermill.parameters`. The notebook is upgraded to nbformat 4.5 (cell ids) first,
 * as papermill does.
 */


const PARAMETERS_TAG = 'parameters';
const INJECTED_TAG = 'injected-parameters';
/** Adds cell ids and sets nbformat_minor to 5 when the notebook is older (nbformat's `upgrade`). */
function upgradeToCurrent(notebook) {
    if (notebook.nbformat_minor >= 5)
        return;
    notebook.nbformat_minor = 5;
    for (const cell of notebook.cells)
        if (typeof cell.id !== 'string')
            cell.id = newCellId();
}
/**
 * Injects the parameters into `notebook` (changed in place). Returns where the cell went and its index.
 * `parameters` are in manifest order.
 */
function injectParameters(notebook, language, parameters) {
    upgradeToCurrent(notebook);
    const cell = {
        cell_type: 'code',
        execution_count: null,
        id: newCellId(),
        metadata: { tags: [INJECTED_TAG] },
        outputs: [],
        source: codifyParameters(language, parameters),
    };
    const injected = firstTagged(notebook, INJECTED_TAG);
    const tagged = firstTagged(notebook, PARAMETERS_TAG);
    let placement;
    let index;
    if (injected >= 0) {
        placement = 'replaced';
        index = injected;
        notebook.cells.splice(injected, 1, cell);
    }
    else if (tagged >= 0) {
        placement = 'after-parameters';
        index = tagged + 1;
        notebook.cells.splice(index, 0, cell);
    }
    else {
        placement = 'top';
        index = 0;
        notebook.cells.unshift(cell);
    }
    const papermill = (notebook.metadata.papermill ?? {});
    papermill.parameters = Object.fromEntries(parameters);
    notebook.metadata.papermill = papermill;
    return { placement, index };
}

;// CONCATENATED MODULE: ./src/notebook/language.ts
/**
 * What each supported kernel language calls a variable: which argument names it accepts, and which names a
 * `parameters` cell assigns.
 */


const KEYWORDS = {
    python: new Set('False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' ')),
    R: new Set('if else repeat while function for in next break TRUE FALSE NULL Inf NaN NA NA_integer_ NA_real_ NA_character_ NA_complex_ T F'.split(' ')),
    julia: new Set('baremodule begin break catch const continue do else elseif end export false finally for function global if import let local macro module quote return struct true try using while abstract mutable primitive type where in isa outer public'.split(' ')),
    bash: new Set(
    // Assigning these would break the shell the notebook runs in.
    'PATH IFS HOME PWD OLDPWD SHELL BASH PS1 PS2 PS4 UID EUID PPID RANDOM LINENO SECONDS'.split(' ')),
};
const IDENTIFIER = {
    python: /^[A-Za-z_][A-Za-z0-9_]*$/,
    // R: a letter, or a dot not followed by a digit; papermill drops leading `_`, so none here.
    R: /^(?:[A-Za-z]|\.(?![0-9]))[A-Za-z0-9._]*$/,
    julia: /^[A-Za-z_][A-Za-z0-9_!]*$/,
    bash: /^[A-Za-z_][A-Za-z0-9_]*$/,
};
const LANGUAGE_TITLES = {
    python: 'Python',
    R: 'R',
    julia: 'Julia',
    bash: 'bash',
};
/** Why `name` cannot be a variable of `language`, or undefined when it can. */
function identifierProblem(language, name) {
    if (!IDENTIFIER[language].test(name))
        return `is not a ${LANGUAGE_TITLES[language]} variable name`;
    if (KEYWORDS[language].has(name)) {
        return language === 'bash'
            ? 'is a variable the shell itself uses'
            : `is a reserved word in ${LANGUAGE_TITLES[language]}`;
    }
    return undefined;
}
/** The usual language of a kernel by its name (`python3`, `ir`, `julia-1.10`, `bash`). */
function guessByName(kernel) {
    if (/^python/i.test(kernel))
        return 'python';
    if (/^(ir|r)$/i.test(kernel))
        return 'R';
    if (/^julia/i.test(kernel))
        return 'julia';
    if (/^bash$/i.test(kernel))
        return 'bash';
    return undefined;
}
/**
 * The kernel's language for papermill's translators: by the kernel's name, then the notebook's language.
 * A kernel named in the manifest wins over the language the notebook was saved with (it may be another
 * language's kernel), so its usual language (`julia-1.10` → Julia) comes before the notebook's.
 */
function kernelLanguage(notebook, kernelOverride) {
    const kernel = kernelOverride ?? notebook.metadata.kernelspec?.name ?? 'python3';
    const declared = notebookLanguage(notebook);
    const language = kernelOverride !== undefined
        ? (findLanguage(kernel, undefined) ?? guessByName(kernel) ?? findLanguage(undefined, declared))
        : (findLanguage(kernel, declared) ?? (declared === undefined ? guessByName(kernel) : undefined));
    return { ...(language ? { language } : {}), kernel, ...(declared !== undefined ? { declared } : {}) };
}
/** Strips a trailing comment that is not inside quotes (enough for assignment lines). */
function codeOf(line) {
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === '\\')
                i++;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#')
            return line.slice(0, i);
    }
    return line;
}
const ASSIGNMENT = {
    // name = ..., name: type = ..., a = b = ...
    python: /^([A-Za-z_]\w*)\s*(?::[^=]*)?=(?!=)/,
    // name <- ..., name <<- ..., name = ...
    R: /^((?:[A-Za-z]|\.(?![0-9]))[\w.]*)\s*(?:<<?-|=(?!=))/,
    // name = ..., const name = ..., name::T = ...
    julia: /^(?:(?:const|global|local)\s+)?([A-Za-z_][\w!]*)\s*(?:::[^=]+)?=(?!=)/,
    // name=..., export name=..., declare -a name=(...)
    bash: /^(?:(?:export|declare|typeset|readonly|local)(?:\s+-\w+)*\s+)?([A-Za-z_]\w*)(?:\[[^\]]*\])?\+?=/,
};
/** The names a `parameters` cell assigns at its top level, in order, each once. */
function assignedNames(language, source) {
    const names = [];
    for (const raw of source.split(/\r?\n/)) {
        if (/^\s/.test(raw))
            continue; // indented: inside a block or a continued value
        let rest = codeOf(raw).trim();
        if (language === 'R') {
            const arrow = /->>?\s*((?:[A-Za-z]|\.(?![0-9]))[\w.]*)\s*$/.exec(rest);
            if (arrow && !names.includes(arrow[1]))
                names.push(arrow[1]);
        }
        if (language === 'python' || language === 'julia') {
            // a, b = 1, 2
            const tuple = /^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+)\s*=(?!=)/.exec(rest);
            if (tuple) {
                for (const name of tuple[1].split(',').map((n) => n.trim()))
                    if (!names.includes(name))
                        names.push(name);
                continue;
            }
        }
        for (let match = ASSIGNMENT[language].exec(rest); match; match = ASSIGNMENT[language].exec(rest)) {
            if (!names.includes(match[1]))
                names.push(match[1]);
            if (language === 'bash')
                break;
            rest = rest.slice(match[0].length).trim();
        }
    }
    return names;
}

;// CONCATENATED MODULE: ./src/notebook/check.ts
/**
 * The checks of a notebook script that need the notebook itself (run by `validate` and before every run):
 * the file exists inside the workspace and is a notebook, its kernel language is one papermill's
 * parameters support here, the argument names are variables of that language, and the `parameters` cell
 * assigns every argument of the manifest (papermill only warns; a typo would silently do nothing).
 */






/** Where a notebook script's notebook is, absolute, and how messages name it. */
function notebookLocation(script, workspaceRoot) {
    const notebookPath = script.notebook?.path ?? '';
    const file = external_node_path_default().resolve(workspaceRoot, script.workingDirectory, notebookPath);
    const display = external_node_path_default().relative(workspaceRoot, file).split((external_node_path_default()).sep).join('/');
    return { file, display };
}
const check_isInside = (root, file) => {
    const relative = external_node_path_default().relative(root, file);
    return relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
};
/**
 * Reads the notebook of a notebook script and finds its kernel language. Returns problems instead when that
 * fails (missing, outside the workspace, not a notebook, unsupported language).
 */
async function loadScriptNotebook(script, workspaceRoot) {
    const spec = script.notebook;
    if (!spec)
        return { problems: [{ message: `\`${script.name}\` is not a notebook script.` }] };
    const { file, display } = notebookLocation(script, workspaceRoot);
    const field = 'notebook';
    let real;
    try {
        real = await (0,promises_.realpath)(file);
    }
    catch {
        return {
            problems: [
                {
                    message: `The notebook \`${display}\` of script \`${script.name}\` does not exist.`,
                    fix: `Check \`notebook\` in the manifest: it is relative to the working directory (\`${script.workingDirectory}\`).`,
                    field,
                },
            ],
        };
    }
    const realRoot = await (0,promises_.realpath)(workspaceRoot).catch(() => workspaceRoot);
    if (!check_isInside(external_node_path_default().resolve(workspaceRoot), file) || !check_isInside(realRoot, real)) {
        return {
            problems: [
                {
                    message: `The notebook \`${spec.path}\` of script \`${script.name}\` lies outside the workspace.`,
                    fix: 'Keep the notebook in the repository; a symbolic link may not lead out of it.',
                    field,
                },
            ],
        };
    }
    let notebook;
    try {
        notebook = parseNotebook(await (0,promises_.readFile)(real, 'utf8'), display);
    }
    catch (error) {
        const message = error instanceof NotebookFormatError
            ? error.message
            : `The notebook \`${display}\` could not be read: ${error.message}.`;
        return { problems: [{ message, fix: 'Open it in Jupyter and save it again, or fix the file.', field }] };
    }
    const { language, kernel, declared } = kernelLanguage(notebook, spec.kernel);
    if (!language) {
        return {
            problems: [
                {
                    message: `The notebook \`${display}\` runs the kernel \`${kernel}\`${declared ? ` (language \`${declared}\`)` : ''}, whose parameters cannot be written: Python, R, Julia and bash kernels are supported.`,
                    fix: spec.kernel
                        ? 'Set `kernel` in the manifest to a Python, R, Julia or bash kernel.'
                        : 'Save the notebook with a Python, R, Julia or bash kernel, or set `kernel` in the manifest.',
                    field: 'kernel',
                },
            ],
        };
    }
    return { loaded: { notebook, file: real, display, kernel, language } };
}
/** Every problem of a notebook script's notebook; empty when it can run. */
async function checkNotebook(script, workspaceRoot) {
    const result = await loadScriptNotebook(script, workspaceRoot);
    if ('problems' in result)
        return result.problems;
    return checkLoadedNotebook(script, result.loaded);
}
/** The argument checks, on a notebook already read. */
function checkLoadedNotebook(script, loaded) {
    const { notebook, display, language } = loaded;
    const problems = [];
    const title = LANGUAGE_TITLES[language];
    for (const arg of script.args) {
        const why = identifierProblem(language, arg.name);
        if (why) {
            problems.push({
                message: `The argument \`${arg.name}\` of \`${script.name}\` ${why}, so it cannot be a parameter of the ${title} notebook \`${display}\`.`,
                fix: 'Rename the argument in the manifest and in the notebook.',
                field: arg.name,
            });
        }
    }
    if (script.args.length === 0)
        return problems;
    const index = firstTagged(notebook, PARAMETERS_TAG);
    if (index < 0) {
        problems.push({
            message: `The notebook \`${display}\` has no cell tagged \`${PARAMETERS_TAG}\`, so it does not assign the arguments of \`${script.name}\` (${script.args
                .map((a) => `\`${a.name}\``)
                .join(', ')}).`,
            fix: `In Jupyter, add the tag \`${PARAMETERS_TAG}\` to the cell that sets their default values (View → Cell Toolbar → Tags).`,
        });
        return problems;
    }
    const assigned = assignedNames(language, sourceText(notebook.cells[index].source));
    const listed = assigned.length ? assigned.map((n) => `\`${n}\``).join(', ') : 'nothing';
    for (const arg of script.args) {
        if (assigned.includes(arg.name))
            continue;
        const guess = closest(arg.name, assigned);
        problems.push({
            message: `The \`${PARAMETERS_TAG}\` cell of \`${display}\` does not assign \`${arg.name}\`, an argument of \`${script.name}\`, so its value would do nothing. The cell assigns: ${listed}.`,
            fix: guess
                ? `Did you mean \`${guess}\`? Rename the argument or the notebook's variable so that they match.`
                : `Add \`${arg.name} = <default>\` to the \`${PARAMETERS_TAG}\` cell, or remove the argument.`,
            field: arg.name,
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/notebook/plan.ts
/**
 * Turns a notebook script's request into what the ordinary script executor runs: the parameterized copy of
 * the notebook (in the job's temp dir, as the output dir is emptied before every attempt) and the argv
 * `<python> runner.py --input ... --output ...`. The runner writes `<name>.ipynb`, `<name>.html` and
 * `figures/` into the output dir, and a failure file into the temp dir.
 */







const RUNNER_FILE = 'runner.py';
/**
 * The runner's path: beside this module in the sources (src/notebook/runner.py), in `notebook/` beside the
 * bundle (dist/notebook/runner.py, dist/cli/notebook/runner.py; scripts/build.mjs copies it there).
 */
function runnerPath() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const candidates = [external_node_path_default().join(here, RUNNER_FILE), external_node_path_default().join(here, 'notebook', RUNNER_FILE)];
    const found = candidates.find((candidate) => (0,external_node_fs_.existsSync)(candidate));
    if (!found)
        throw new Error(`The notebook runner is missing (looked for ${candidates.join(', ')}).`);
    return found;
}
/**
 * Checks the notebook (RequestError with every problem when it cannot run), writes the parameterized copy
 * into the temp dir and returns the argv.
 */
async function planNotebook(input) {
    const { script } = input;
    const spec = script.notebook;
    if (!spec)
        throw new Error(`planNotebook: \`${script.name}\` is not a notebook script`);
    const result = await loadScriptNotebook(script, input.workspaceRoot);
    const problems = 'problems' in result ? result.problems : checkLoadedNotebook(script, result.loaded);
    if ('problems' in result || problems.length > 0) {
        throw new RequestError(`The notebook of \`${script.name}\` cannot run.`, problems);
    }
    const { notebook, display, kernel, language } = result.loaded;
    const parameters = [];
    for (const arg of script.args) {
        const value = input.args[arg.name];
        if (value !== undefined)
            parameters.push([arg.name, value]);
    }
    const { placement } = injectParameters(notebook, language, parameters);
    const name = external_node_path_default().basename(spec.path).replace(/\.ipynb$/i, '');
    const outputNotebook = external_node_path_default().join(input.outputDir, `${name}.ipynb`);
    const htmlFile = external_node_path_default().join(input.outputDir, `${name}.html`);
    const figuresDir = external_node_path_default().join(input.outputDir, 'figures');
    const inputFile = external_node_path_default().join(input.tempDir, 'notebook', `${name}.ipynb`);
    const failureFile = external_node_path_default().join(input.tempDir, 'notebook', 'failure.json');
    const papermill = notebook.metadata.papermill;
    papermill.input_path = display;
    papermill.output_path = `${name}.ipynb`;
    papermill.environment_variables = {};
    await (0,promises_.mkdir)(external_node_path_default().dirname(inputFile), { recursive: true });
    await (0,promises_.writeFile)(inputFile, JSON.stringify(notebook));
    const argv = [
        spec.python,
        runnerPath(),
        '--input',
        inputFile,
        '--output',
        outputNotebook,
        '--failure',
        failureFile,
        '--figures',
        figuresDir,
        '--html',
        htmlFile,
        '--kernel',
        kernel,
    ];
    return {
        argv,
        inputFile,
        outputNotebook,
        htmlFile,
        figuresDir,
        failureFile,
        notebook: display,
        kernel,
        language,
        parameters,
        placement,
    };
}

;// CONCATENATED MODULE: ./src/plan/notebook-job.ts
/**
 * A notebook script's job: the job planJob made (environment, output directory, timeouts, write plan), with
 * the argv of the notebook runner instead of a command. The notebook is read and checked here, before any
 * kernel starts: a problem is a RequestError listing every one (the pipeline rejects the request with them).
 */


/** Completes `job` (made by planJob for a notebook script); returns it unchanged for any other script. */
async function planNotebookJob(job, ctx) {
    if (!job.script.notebook)
        return job;
    const plan = await planNotebook({
        script: job.script,
        args: job.args,
        outputDir: job.outputDir,
        tempDir: ctx.tempDir,
        workspaceRoot: ctx.workspace,
    });
    return {
        ...job,
        argv: plan.argv,
        kind: 'notebook',
        notebook: {
            path: plan.notebook,
            name: external_node_path_default().basename(plan.outputNotebook, '.ipynb'),
            failureFile: plan.failureFile,
            kernel: plan.kernel,
        },
    };
}

;// CONCATENATED MODULE: ./src/plan/plan.ts




/** Between SIGTERM and SIGKILL: a tenth of the timeout, at least 1 s and at most 10 s. */
function graceFor(timeoutMs) {
    return Math.min(10_000, Math.max(1_000, Math.round(timeoutMs / 10)));
}
/** Variables of the step that never reach a script. */
function isHiddenVariable(name) {
    return (name.startsWith('INPUT_') ||
        name === 'ACTIONS_RUNTIME_TOKEN' ||
        name === 'ACTIONS_RESULTS_URL' ||
        name.startsWith('ACTIONS_ID_TOKEN_REQUEST_'));
}
/** The script's environment: the step's, minus what is hidden and every token, plus `env` and DISPATCH_*. */
function scriptEnvironment(baseEnv, secrets, scriptEnv, dispatch) {
    const tokens = secrets.filter((s) => s.length > 0);
    const env = {};
    for (const [name, value] of Object.entries(baseEnv)) {
        if (value === undefined || isHiddenVariable(name))
            continue;
        if (tokens.some((t) => value.includes(t)))
            continue;
        env[name] = value;
    }
    return { ...env, ...scriptEnv, ...dispatch };
}
/** `script-dispatcher/<script>/<issue-N or job>` */
function branchName(script, issue, jobId) {
    return `script-dispatcher/${script}/${issue ? `issue-${issue}` : jobId}`;
}
/** Placeholder values as single path segments: nothing a request gives can add `/` or `..` to a path. */
function pathSafe(values) {
    const safe = {};
    for (const [name, value] of Object.entries(values)) {
        safe[name] = value.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+$/, (dots) => '_'.repeat(dots.length));
    }
    return safe;
}
function argText(value) {
    return value === undefined ? '' : String(value);
}
/** Turns a checked request into a fully resolved Job. Pure: no file is touched. */
function planJob(script, target, args, ctx) {
    const cwd = external_node_path_.resolve(ctx.workspace, script.workingDirectory);
    const resolvedTarget = target
        ? { ...target, absolutePath: ctx.targetPath ?? external_node_path_.resolve(cwd, target.path) }
        : undefined;
    const values = {
        job: ctx.jobId,
        script: script.name,
        target: target?.key ?? '',
        target_path: resolvedTarget?.absolutePath ?? '',
        issue: ctx.issue ? String(ctx.issue) : '',
        requester: ctx.requester,
    };
    for (const spec of script.args)
        values[`args.${spec.name}`] = argText(Object.hasOwn(args, spec.name) ? args[spec.name] : undefined);
    const outputDir = script.outputs.path
        ? external_node_path_.resolve(cwd, fillPlaceholders(script.outputs.path, pathSafe(values)))
        : (ctx.defaultOutputDir ?? external_node_path_.join(ctx.tempDir, 'output'));
    if (script.outputs.path && !isInside(cwd, outputDir)) {
        throw new RequestError(`The output directory of \`${script.name}\` would be outside its working directory.`, [
            {
                message: `\`outputs.path\` resolves to \`${outputDir}\`.`,
                fix: 'Ask a maintainer to fix `outputs.path`.',
            },
        ]);
    }
    values.output = outputDir;
    const argv = script.command.map((part) => fillPlaceholders(part, values));
    if (script.passArgs === 'flags') {
        for (const spec of script.args) {
            const value = args[spec.name];
            if (value === undefined || (ctx.given && !ctx.given.has(spec.name)))
                continue;
            if (typeof value === 'boolean') {
                if (value)
                    argv.push(`--${spec.name}`);
            }
            else {
                argv.push(`--${spec.name}=${value}`);
            }
        }
    }
    const resultFile = external_node_path_.join(ctx.tempDir, 'result.json');
    const env = scriptEnvironment(ctx.baseEnv, ctx.secrets, script.env, {
        DISPATCH_JOB: ctx.jobId,
        DISPATCH_SCRIPT: script.name,
        DISPATCH_TARGET: target?.key ?? '',
        DISPATCH_TARGET_PATH: resolvedTarget?.absolutePath ?? '',
        DISPATCH_OUTPUT: outputDir,
        DISPATCH_ARGS: JSON.stringify(args),
        DISPATCH_RESULT: resultFile,
        DISPATCH_REQUESTER: ctx.requester,
        DISPATCH_ISSUE: ctx.issue ? String(ctx.issue) : '',
    });
    const job = {
        id: ctx.jobId,
        script,
        target: resolvedTarget,
        args,
        argv,
        cwd,
        env,
        outputDir,
        resultFile,
        artifactName: `${script.name}-${ctx.jobId}`,
        timeoutMs: Math.round(script.timeoutMinutes * 60_000),
        graceMs: ctx.graceMs ?? graceFor(script.timeoutMinutes * 60_000),
        retries: script.retries,
        expect: script.outputs.expect,
        requester: ctx.requester,
        issue: ctx.issue,
        dryRun: ctx.dryRun,
    };
    if (script.mode === 'write' && resolvedTarget) {
        const issueText = ctx.issue ? ` for #${ctx.issue}` : '';
        job.write = {
            branch: branchName(script.name, ctx.issue, ctx.jobId),
            openPullRequest: ctx.openPullRequest,
            pullRequest: {
                title: fillPlaceholders(script.pullRequest.title, values),
                body: script.pullRequest.body ? fillPlaceholders(script.pullRequest.body, values) : undefined,
                labels: script.pullRequest.labels,
                draft: script.pullRequest.draft,
            },
            commitMessage: `${script.title}${issueText} (job ${ctx.jobId})\n\n` +
                `Script: ${script.name}\nJob: ${ctx.jobId}\n` +
                (ctx.issue ? `Issue: #${ctx.issue}\n` : '') +
                `Requested-by: ${ctx.requester}\n`,
            author: script.commitAuthor,
        };
    }
    return job;
}

;// CONCATENATED MODULE: ./src/plan/resolve.ts



/** The script a request names, or a RequestError that lists the scripts that exist. */
function resolveScript(manifest, name) {
    const script = own(manifest.scripts, name);
    if (script)
        return script;
    const names = Object.keys(manifest.scripts);
    const byTitle = Object.values(manifest.scripts).find((s) => s.title.toLowerCase() === name.trim().toLowerCase());
    if (byTitle)
        return byTitle;
    const suggestion = closest(name, names);
    throw new RequestError(`Unknown script \`${name}\`.`, [
        {
            field: 'script',
            message: `There is no script called \`${name}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}.`,
            fix: `Scripts that exist: ${names.map((n) => `\`${n}\``).join(', ')}.`,
        },
    ]);
}
/**
 * The content repository a request names (by key or title), or the script's first target when it names
 * none. Undefined when the script needs no repository.
 */
function resolveTarget(manifest, script, given) {
    const allowed = script.targets
        .map((key) => own(manifest.repositories, key))
        .filter((t) => t !== undefined);
    if (!given || !given.trim())
        return allowed[0];
    const wanted = given.trim().toLowerCase();
    const found = allowed.find((t) => t.key === given.trim()) ??
        allowed.find((t) => t.key.toLowerCase() === wanted || t.title.toLowerCase() === wanted);
    if (found)
        return found;
    const list = allowed
        .map((t) => (t.title !== t.key ? `\`${t.key}\` (${t.title})` : `\`${t.key}\``))
        .join(', ');
    throw new RequestError(`Unknown content repository \`${given}\` for \`${script.name}\`.`, [
        {
            field: 'target',
            message: `\`${script.name}\` cannot run on \`${given}\`.`,
            fix: allowed.length
                ? `It runs on: ${list}.`
                : 'This script needs no content repository; leave the target empty.',
        },
    ]);
}

;// CONCATENATED MODULE: ./src/request/cli-command.ts
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** A word for a POSIX shell: as it is when it is safe, else in single quotes. */
function shellWord(text) {
    return SAFE.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function placeholder(spec) {
    switch (spec.type) {
        case 'choice':
            return spec.options && spec.options.length > 0 ? `<${spec.options.join('|')}>` : '<choice>';
        case 'boolean':
            return '<true|false>';
        case 'number':
            return '<number>';
        case 'csv':
            return '@<file.csv>';
        case 'file':
            return '@<file>';
        default:
            return `<${spec.title.replace(/[<>\n]/g, ' ').trim() || spec.name}>`;
    }
}
/** The line to run again: right values kept, wrong or missing required ones as placeholders. */
function cliFixLine(script, target, specs, raw, problems) {
    const wrong = new Set(problems.map((p) => p.field).filter(Boolean));
    const parts = ['script-dispatcher', 'run', shellWord(script)];
    if (target)
        parts.push('--target', shellWord(target));
    for (const spec of specs) {
        const given = raw[spec.name];
        const ok = given !== undefined && given !== null && given !== '' && !wrong.has(spec.name);
        if (ok) {
            parts.push('--arg', shellWord(`${spec.name}=${String(given)}`));
        }
        else if (wrong.has(spec.name) || (spec.required && spec.default === undefined)) {
            const value = spec.example !== undefined ? shellWord(spec.example) : placeholder(spec);
            parts.push('--arg', `${shellWord(spec.name)}=${value}`);
        }
    }
    return parts.join(' ');
}

// EXTERNAL MODULE: ./src/request/command.ts
var request_command = __webpack_require__(78976);
;// CONCATENATED MODULE: ./src/pipeline/accept.ts












/**
 * Accepts a request or turns it down: the script exists, the target is one of its targets, the requester
 * may run it, every argument is right (attachments downloaded); then the job is planned. Never throws.
 */
async function accept(request, manifest, ports, options = {}) {
    let script;
    let target;
    try {
        script = resolveScript(manifest, request.script);
        const targets = targetsOf(manifest, script, request.target, options.fanOut !== undefined);
        target = resolveTarget(manifest, script, targets[0]);
        if (ports.api) {
            const decision = await authorize(ports.api, script, request.requester);
            if (!decision.allowed)
                return { kind: 'rejection', status: 'rejected', reason: decision.reason, script, target };
        }
        const checked = checkArgs(script.args, request.args, { localFiles: ports.localFiles });
        if (checked.problems.length > 0)
            return argumentRejection(script, target, request.args, checked.problems, request);
        const { environment } = ports;
        const materialized = await materializeArgs(script.args, checked.values, {
            dir: external_node_path_.join(environment.tempDir, 'inputs'),
            download: (url) => ports.download(url, manifest.maxDownloadBytes),
            maxBytes: manifest.maxDownloadBytes,
            policy: {
                serverUrl: environment.serverUrl,
                repository: environment.repository,
                allowedHosts: manifest.allowedDownloadHosts,
            },
        });
        if (materialized.problems.length > 0) {
            return argumentRejection(script, target, request.args, materialized.problems, request);
        }
        let values = materialized.values;
        if (options.fanOut) {
            const leg = await options.fanOut(script, targets, values);
            values = leg.values;
            if (leg.target !== undefined)
                target = resolveTarget(manifest, script, leg.target);
        }
        const job = planJob(script, target, values, {
            ...environment,
            requester: request.requester,
            issue: request.issue,
            dryRun: request.dryRun,
            openPullRequest: request.openPullRequest,
            given: new Set(Object.entries(request.args)
                .filter(([, v]) => v !== undefined && v !== null && v !== '')
                .map(([k]) => k)),
        });
        return { kind: 'job', job: await planNotebookJob(job, environment) };
    }
    catch (error) {
        if (error instanceof UserError) {
            return {
                kind: 'rejection',
                status: 'rejected',
                reason: error.message,
                problems: error.problems,
                script,
                target,
            };
        }
        return {
            kind: 'rejection',
            status: 'failed',
            reason: `The request could not be checked: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`,
            script,
            target,
        };
    }
}
/**
 * The target keys a request names: one key or title as written, else a list (`phy,ada`, `all`). Several are
 * for `fan-out: targets` through the fan-out workflow only.
 */
function targetsOf(manifest, script, given, fanOut) {
    let whole;
    try {
        whole = given?.trim() ? resolveTarget(manifest, script, given) : undefined;
    }
    catch {
        whole = undefined;
    }
    const keys = whole ? [whole.key] : requestedTargets(manifest, script, given);
    if (keys.length > 1 && !fanOut) {
        throw new RequestError(`\`${script.name}\` runs on several targets only across runners.`, [
            {
                field: 'target',
                message: `The request names ${keys.length} targets (${keys.map((k) => `\`${k}\``).join(', ')}); this workflow runs one.`,
                fix: `Name one target, e.g. \`target: ${keys[0]}\`, or run it from a workflow with \`fan-out: plan\`, \`leg\` and \`gather\` (workflows-examples/fan-out.yml).`,
            },
        ]);
    }
    return keys;
}
function argumentRejection(script, target, raw, problems, request) {
    const count = problems.length;
    return {
        kind: 'rejection',
        status: 'rejected',
        reason: `The arguments of \`${script.name}\` have ${(0,shared_markdown/* plural */.LS)(count, 'problem')}.`,
        problems,
        fixCommand: request?.source === 'cli'
            ? cliFixLine(script.name, request.target, script.args, raw, problems)
            : fixLine(script.name, script.args, raw, problems),
        script,
        target,
    };
}
/** `/run script name=value ...` with the values that were right and a hint for the ones that were not. */
function fixLine(script, specs, raw, problems) {
    const wrong = new Set(problems.map((p) => p.field).filter(Boolean));
    const values = {};
    for (const spec of specs) {
        const given = raw[spec.name];
        const ok = given !== undefined && given !== null && given !== '' && !wrong.has(spec.name);
        if (ok) {
            if (spec.type !== 'csv' && spec.type !== 'file' && spec.type !== 'textarea')
                values[spec.name] = String(given);
        }
        else if (wrong.has(spec.name) || (spec.required && spec.default === undefined)) {
            values[spec.name] = spec.example ?? hint(spec);
        }
    }
    return (0,request_command/* formatRunCommand */.W)(script, values);
}
function hint(spec) {
    switch (spec.type) {
        case 'choice':
            return spec.options?.[0] ?? '';
        case 'boolean':
            return 'true';
        case 'number':
            return String(spec.min ?? 1);
        default:
            return `<${spec.title}>`;
    }
}

;// CONCATENATED MODULE: ./src/report/cancel-reply.ts
/** The reply to `/cancel`. */


/**
 * "🛑 Cancelled run <link>" for the run that was cancelled; with `failure`, why that run could not be
 * cancelled; with no run, that nothing is in progress.
 */
function renderCancelReply(run, mask, failure) {
    if (!run)
        return 'Nothing to cancel: no run of this issue is in progress.';
    const runLink = (0,shared_markdown/* link */.nf)(`run ${escapeText((0,shared_markdown/* truncate */.xv)(prepare(String(run.runId), mask), 100))}`, run.url);
    if (failure !== undefined) {
        const why = failure.trim() ? `: ${escapeProse((0,shared_markdown/* truncate */.xv)(prepare(failure, mask), 2000))}` : '.';
        return `😕 Could not cancel ${runLink}${why}`;
    }
    const of = run.script ? ` of ${inlineCode((0,shared_markdown/* truncate */.xv)(prepare(run.script, mask), 200))}` : '';
    return `🛑 Cancelled ${runLink}${of}.`;
}

;// CONCATENATED MODULE: ./src/report/help.ts




const help_TYPE_WORDS = {
    text: 'text (one line)',
    textarea: 'text (several lines)',
    number: 'number',
    boolean: 'yes/no (`true` or `false`)',
    choice: 'one of a list',
    csv: 'CSV',
    file: 'file',
};
/** `/help` (no script): the list of scripts; `/help <script>`: that script's arguments. */
function renderHelp(manifest, script, mask) {
    const scripts = Object.values(manifest.scripts ?? {});
    if (script === undefined || script.trim() === '')
        return renderScriptList(manifest, scripts, mask);
    const wanted = script.trim();
    const found = Object.prototype.hasOwnProperty.call(manifest.scripts ?? {}, wanted)
        ? manifest.scripts[wanted]
        : undefined;
    if (found)
        return renderScriptHelp(manifest, found, mask);
    const asked = inlineCode((0,shared_markdown/* truncate */.xv)(prepare(wanted, mask), 100));
    const names = scripts.map((s) => inlineCode(prepare(s.name, mask))).join(', ');
    const intro = scripts.length > 0
        ? `There is no script ${asked}. The scripts are: ${names}.`
        : `There is no script ${asked}: no scripts are set up yet.`;
    return scripts.length > 0 ? `${intro}\n\n${renderScriptList(manifest, scripts, mask)}` : intro;
}
function renderScriptList(manifest, scripts, mask) {
    if (scripts.length === 0)
        return '### Scripts\n\nNo scripts are set up yet.';
    const lines = ['### Scripts', '', '| Script | What it does | Mode | Content |', '|---|---|---|---|'];
    for (const script of scripts) {
        const name = inlineCode(prepare(script.name, mask), { table: true });
        const title = script.title && script.title !== script.name ? ` — ${escapeText(prepare(script.title, mask))}` : '';
        const firstLine = firstLineOf(prepare(script.description ?? '', mask));
        lines.push(`| ${name}${title} | ${firstLine ? markdownCell(firstLine) : ''} | ${modeWords(script)} | ${targetsText(manifest, script, mask)} |`);
    }
    return [
        lines.join('\n'),
        '**To run a script**, open an issue from its form, or comment on an issue:',
        fencedBlock('/run <script> name=value name="a value with spaces"', 'text'),
        '`/help <script>` explains the arguments of a script; `/cancel` cancels the run of the issue that is in progress.',
    ].join('\n\n');
}
function renderScriptHelp(manifest, script, mask) {
    const parts = [];
    const name = inlineCode(prepare(script.name, mask));
    const title = script.title && script.title !== script.name ? ` — ${escapeText(prepare(script.title, mask))}` : '';
    parts.push(`### ${name}${title}`);
    if (script.description?.trim())
        parts.push(neutralizeComments(prepare(script.description.trim(), mask)));
    const facts = [
        `- **Mode:** ${script.mode === 'write'
            ? 'write: its changes to the content become a pull request'
            : 'read: its outputs are uploaded as an artifact'}`,
    ];
    if (script.targets.length > 0)
        facts.push(`- **Content:** ${targetsText(manifest, script, mask, true)}`);
    const allow = [...(script.allowUsers ?? []), ...(script.allowTeams ?? [])];
    facts.push(`- **Who can run it:** people with at least ${inlineCode(script.permission)} permission on this repository` +
        (allow.length > 0
            ? `, who are also listed: ${allow.map((a) => inlineCode(prepare(a, mask))).join(', ')}`
            : ''));
    if (script.timeoutMinutes)
        facts.push(`- **Time limit:** ${script.timeoutMinutes} min`);
    parts.push(facts.join('\n'));
    if (script.args.length > 0) {
        const lines = ['#### Arguments', '', '| Argument | Type | Required | Details |', '|---|---|---|---|'];
        for (const arg of script.args)
            lines.push(argumentRow(arg, mask));
        parts.push(lines.join('\n'));
    }
    else {
        parts.push('It takes no arguments.');
    }
    parts.push(`#### Example\n\n${fencedBlock(exampleCommand(script, mask), 'text')}`);
    const attachments = script.args.filter((a) => a.type === 'csv' || a.type === 'file');
    if (attachments.length > 0) {
        parts.push(`For ${attachments.map((a) => inlineCode(prepare(a.name, mask))).join(', ')}: paste the content in the ` +
            'issue form, or attach the file to your comment and give its link as the value.');
    }
    return parts.join('\n\n');
}
function argumentRow(arg, mask) {
    const cellCode = (text) => inlineCode((0,shared_markdown/* truncate */.xv)(prepare(text, mask), 300), { table: true });
    const name = cellCode(arg.name) +
        (arg.title && arg.title !== arg.name ? ` — ${escapeText(prepare(arg.title, mask))}` : '');
    const required = arg.required
        ? 'yes'
        : arg.default !== undefined
            ? `no (default ${cellCode(String(arg.default))})`
            : 'no';
    const details = [];
    if (arg.description?.trim())
        details.push(markdownCell(prepare(arg.description, mask)));
    if (arg.options && arg.options.length > 0)
        details.push(`One of: ${arg.options.map(cellCode).join(', ')}`);
    if (arg.pattern !== undefined)
        details.push(`Must match: ${cellCode(arg.pattern)}`);
    if (arg.min !== undefined && arg.max !== undefined)
        details.push(`Between ${arg.min} and ${arg.max}`);
    else if (arg.min !== undefined)
        details.push(`At least ${arg.min}`);
    else if (arg.max !== undefined)
        details.push(`At most ${arg.max}`);
    if (arg.columns && arg.columns.length > 0) {
        const header = arg.header === false ? ' (no header row)' : ' (the first row is the header)';
        details.push(`Columns: ${arg.columns.map(cellCode).join(', ')}${header}`);
    }
    if (arg.example !== undefined && arg.example !== '')
        details.push(`Example: ${cellCode(arg.example)}`);
    return `| ${name} | ${help_TYPE_WORDS[arg.type] ?? escapeText(String(arg.type))} | ${required} | ${details.join('<br>')} |`;
}
/** A `/run` line with every required argument and every argument that has an example. */
function exampleCommand(script, mask) {
    const args = {};
    for (const arg of script.args) {
        if (!arg.required && (arg.example === undefined || arg.example === ''))
            continue;
        args[prepare(arg.name, mask)] = prepare(exampleValue(arg), mask);
    }
    return (0,request_command/* formatRunCommand */.W)(prepare(script.name, mask), args);
}
/** A value that shows the shape of an argument: its example, its default, or one made from its type. */
function exampleValue(arg) {
    if (arg.example !== undefined && arg.example !== '')
        return arg.example;
    if (arg.default !== undefined)
        return String(arg.default);
    switch (arg.type) {
        case 'number':
            return String(arg.min ?? (arg.max !== undefined && arg.max < 1 ? arg.max : 1));
        case 'boolean':
            return 'true';
        case 'choice':
            return arg.options?.[0] ?? 'value';
        case 'csv':
        case 'file':
            return '<link to the attached file>';
        default:
            return 'text';
    }
}
function firstLineOf(text) {
    const first = text.trim().split('\n', 1)[0] ?? '';
    return (0,shared_markdown/* truncate */.xv)(first.trim(), 200);
}
function modeWords(script) {
    return script.mode === 'write' ? 'write (pull request)' : 'read';
}
function targetsText(manifest, script, mask, withKeys = false) {
    return script.targets
        .map((key, index) => {
        const target = manifest.repositories?.[key];
        const title = escapeText(prepare(target?.title ?? key, mask));
        if (!withKeys)
            return title;
        const notes = [inlineCode(prepare(key, mask))];
        if (index === 0 && script.targets.length > 1)
            notes.push('default');
        return `${title} (${notes.join(', ')})`;
    })
        .join(', ');
}

;// CONCATENATED MODULE: ./src/report/flow-help.ts




/** `renderHelp`, knowing flows: `/help <flow>` explains the flow; `/help` lists the flows after the scripts. */
function renderHelpWithFlows(manifest, name, mask) {
    const flows = manifest.flows ?? {};
    const wanted = name?.trim() ?? '';
    if (wanted !== '' && Object.hasOwn(flows, wanted))
        return renderFlowHelp(manifest, flows[wanted], mask);
    const help = renderHelp(manifest, name, mask);
    if (wanted !== '' && Object.hasOwn(manifest.scripts, wanted))
        return help;
    const list = Object.values(flows);
    if (list.length === 0)
        return help;
    const lines = ['### Flows', '', '| Flow | What it does | Steps |', '|---|---|---|'];
    for (const flow of list) {
        const title = flow.title !== flow.name ? ` — ${escapeText(prepare(flow.title, mask))}` : '';
        const first = prepare(flow.description, mask).trim().split('\n', 1)[0] ?? '';
        lines.push(`| ${inlineCode(prepare(flow.name, mask), { table: true })}${title} | ${escapeText(first)} | ${flow.steps
            .map((s) => inlineCode(s.name, { table: true }))
            .join(' → ')} |`);
    }
    return `${help}\n\n${lines.join('\n')}\n\nA flow runs several scripts as one request: \`/run <flow> name=value\`, \`/help <flow>\` shows its steps.`;
}
function renderFlowHelp(manifest, flow, mask) {
    const parts = [];
    const title = flow.title !== flow.name ? ` — ${escapeText(prepare(flow.title, mask))}` : '';
    parts.push(`### ${inlineCode(prepare(flow.name, mask))}${title}`);
    if (flow.description.trim())
        parts.push(neutralizeComments(prepare(flow.description.trim(), mask)));
    const facts = [
        `- **Flow** of ${(0,shared_markdown/* plural */.LS)(flow.steps.length, 'step')}` +
            (flow.maxParallel !== undefined
                ? `, at most ${flow.maxParallel} at once`
                : ', independent ones at once'),
        `- **Who can run it:** people with at least ${inlineCode(flow.permission)} permission on this repository`,
    ];
    if (flow.targets.length > 0) {
        facts.push(`- **Content:** ${flow.targets
            .map((key) => `${escapeText(prepare(manifest.repositories[key]?.title ?? key, mask))} (${inlineCode(key)})`)
            .join(', ')}`);
    }
    parts.push(facts.join('\n'));
    parts.push(`#### Steps\n\n${fencedBlock(stepGraph(flow), 'mermaid')}\n\n${stepTable(manifest, flow, mask)}`);
    if (flow.args.length > 0) {
        parts.push(`#### Arguments\n\n${flow.args
            .map((a) => `- ${inlineCode(a.name)}: ${a.type}${a.required ? ', required' : ''}${a.description ? ` — ${escapeText(prepare(a.description, mask))}` : ''}`)
            .join('\n')}`);
    }
    const example = {};
    for (const arg of flow.args)
        if (arg.required)
            example[arg.name] = exampleValue(arg);
    parts.push(`#### Example\n\n${fencedBlock((0,request_command/* formatRunCommand */.W)(flow.name, example), 'text')}`);
    return parts.join('\n\n');
}
/** A Mermaid flowchart of the steps: one node per step (named by step and script), an arrow per need. */
function stepGraph(flow) {
    const id = (name) => `s_${name.replace(/-/g, '_')}`;
    const lines = ['flowchart LR'];
    for (const step of flow.steps) {
        lines.push(`  ${id(step.name)}["${step.name}<br/><small>${step.script}${step.cache ? ' · cached' : ''}</small>"]`);
    }
    for (const step of flow.steps)
        for (const need of step.needs)
            lines.push(`  ${id(need)} --> ${id(step.name)}`);
    return lines.join('\n');
}
function stepTable(manifest, flow, mask) {
    const lines = ['| Step | Script | Needs | Cache |', '|---|---|---|---|'];
    for (const step of flow.steps) {
        const script = manifest.scripts[step.script];
        const what = script && script.title !== script.name ? ` — ${escapeText(prepare(script.title, mask))}` : '';
        lines.push(`| ${inlineCode(step.name, { table: true })} | ${inlineCode(step.script, { table: true })}${what} | ${step.needs.map((n) => inlineCode(n, { table: true })).join(', ') || '—'} | ${step.cache ? 'yes' : 'no'} |`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/outcome.ts

/** The one line the step fails with (the `::error::` annotation), from the final report. */
function failureMessage(report) {
    const what = report.script ? `\`${report.script}\`` : 'The request';
    const problems = report.problems?.length ? `\n${formatProblems(report.problems)}` : '';
    switch (report.status) {
        case 'rejected':
            return `${what} was rejected: ${report.reason ?? 'see the status comment'}${problems}`;
        case 'timed-out':
            return `${what} ${report.reason ?? 'timed out'}`;
        case 'cancelled':
            return `${what} was cancelled.`;
        default:
            return `${what} failed: ${report.reason ?? 'see the log'}`;
    }
}

;// CONCATENATED MODULE: ./src/fanout/leg-csv.ts



/**
 * Writes the csv of leg `part` as its own file in `dir` (`<arg>-leg-<N>.csv`, the header row first) and
 * returns its path: the value the leg passes as the csv argument instead of the whole file.
 */
async function writeLegCsv(plan, part, dir) {
    if (!plan.csv)
        throw new Error(`The plan of \`${plan.owner}\` does not split a csv argument.`);
    await (0,promises_.mkdir)(dir, { recursive: true });
    // The arg name matches the manifest's name pattern (letters, digits, `_`, `-`): a plain file name.
    const file = external_node_path_default().join(dir, `${plan.csv.arg}-leg-${part.leg}.csv`);
    await (0,promises_.writeFile)(file, legCsvText(plan, part), 'utf8');
    return file;
}

;// CONCATENATED MODULE: ./src/fanout/modes.ts
/**
 * What the three fan-out modes call, once the request was accepted (authorization, argument checks): the
 * plan and its matrix (`plan`), this leg's part and its arguments (`leg`), and the rows of the final comment
 * (`gather`). The same request gives the same plan in every job.
 */





/** Plan mode (and every leg and gather, to recompute it): the legs of an accepted request. */
async function planRequest(request) {
    const targets = requestedTargets(request.manifest, request.owner, request.target);
    const csv = await planCsv(request.owner, request.args);
    const plan = planFanOut({ owner: request.owner, targets, ...(csv ? { csv } : {}) });
    return { plan, targets, matrix: matrixOf(plan) };
}
/**
 * Leg mode: recomputes the plan and takes leg `leg` (the `leg` input), rejecting a malformed leg or one the
 * plan did not make (a RequestError). For a csv fan-out, writes the leg's csv into `dir`.
 */
async function legRequest(request, leg, dir) {
    const planned = await planRequest(request);
    const part = selectLeg(planned.plan, leg);
    const args = { ...request.args };
    if (planned.plan.csv)
        args[planned.plan.csv.arg] = await writeLegCsv(planned.plan, part, dir);
    return { ...planned, part, args };
}
async function planCsv(owner, args) {
    if (owner.fanOut?.over !== 'csv')
        return undefined;
    const spec = owner.args.find((arg) => arg.name === owner.fanOut.arg);
    const value = spec ? args[spec.name] : undefined;
    if (!spec || typeof value !== 'string')
        return undefined;
    return { text: await (0,promises_.readFile)(value, 'utf8'), header: spec.header ?? (spec.columns?.length ?? 0) > 0 };
}
/** A reason's length in a row: 256 rows must fit in one comment (65,536 characters). */
const modes_REASON_CHARS = 160;
const STATUS_ICON = {
    succeeded: '✅',
    failed: '❌',
    'timed-out': '⏱️',
    cancelled: '🚫',
    rejected: '⛔',
    missing: '❔',
};
/**
 * The legs as a Markdown table for the final status comment and the summary: one row per leg, its status,
 * exit code and reason, then a line that names the failing and the missing legs.
 */
function legsMarkdown(merged, mask = (text) => text) {
    const cell = (text) => escapeProse((0,shared_markdown/* truncate */.xv)(prepare(text, mask), modes_REASON_CHARS), { table: true });
    const rows = merged.legs.map((entry) => `| ${entry.leg} | ${inlineCode(entry.name, { table: true })} | ${STATUS_ICON[entry.status] ?? ''} ${entry.status} | ${entry['exit-code'] ?? ''} | ${entry.reason ? cell(entry.reason) : ''} |`);
    const counts = ['succeeded', 'failed', 'timed-out', 'cancelled', 'rejected', 'missing']
        .map((status) => [status, merged.legs.filter((l) => l.status === status).length])
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${(0,shared_markdown/* formatCount */.B4)(n)} ${status}`);
    const lines = [
        `**${(0,shared_markdown/* plural */.LS)(merged.legs.length, 'leg')}:** ${counts.join(', ')}.`,
        '',
        '| Leg | Name | Status | Exit code | Reason |',
        '| ---: | --- | --- | ---: | --- |',
        ...rows,
    ];
    if (merged.failed.length > 0)
        lines.push('', `Failed: ${merged.failed.map((l) => `leg ${l.leg} (${inlineCode(l.name)})`).join(', ')}.`);
    if (merged.missing.length > 0) {
        lines.push('', `Missing: ${merged.missing.map((l) => `leg ${l.leg} (${inlineCode(l.name)})`).join(', ')}: no artifact from ${merged.missing.length === 1 ? 'it' : 'them'} in this run.`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/publish/bundle.ts
/**
 * A write script's changes across fan-out legs. Each leg commits its changes on top of the base it checked
 * out and writes them as a git bundle (plus a small description) into its artifact, under
 * `_dispatch/changes/`. Gather applies the legs' commits in leg order onto its own checkout of the target
 * (a cherry-pick each, in a throwaway worktree, so a base that moved meanwhile is fine) and makes one commit
 * of the result; two legs that changed the same lines make a LegConflictError that names both.
 */





/** Where a leg's changes lie in its artifact, relative to the artifact's root. */
const LEG_CHANGES_DIR = '_dispatch/changes';
/** The ref a leg's bundle carries. */
const BUNDLE_REF = 'refs/script-dispatcher/leg';
/** Where gather fetches each leg's commit to. */
const FETCHED_REF = 'refs/script-dispatcher/legs';
const bundle_SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const TARGET = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/**
 * Leg side: commits the changes in the checkout `opts.dir` (excluded paths aside, HEAD untouched) and writes
 * the commit as a bundle with its description into the artifact. Nothing changed: writes nothing, returns
 * undefined.
 */
async function writeLegChanges(git, opts) {
    if (!TARGET.test(opts.target))
        throw new Error(`Not a target key: ${opts.target}`);
    const result = await commitChanges(git, opts);
    if (!result.commit)
        return undefined;
    const repo = git.at(opts.dir);
    const dir = external_node_path_default().join(external_node_path_default().resolve(opts.artifactRoot), ...LEG_CHANGES_DIR.split('/'));
    await (0,promises_.mkdir)(dir, { recursive: true });
    const bundle = `${opts.target}.bundle`;
    await repo.run(['update-ref', BUNDLE_REF, result.commit]);
    try {
        await repo.run(['bundle', 'create', external_node_path_default().join(dir, bundle), BUNDLE_REF, `^${result.base}`]);
    }
    finally {
        await repo.run(['update-ref', '-d', BUNDLE_REF]);
    }
    const changes = {
        version: 1,
        leg: opts.leg,
        name: opts.name,
        target: opts.target,
        base: result.base,
        commit: result.commit,
        bundle,
        files: result.allFiles,
    };
    await (0,promises_.writeFile)(external_node_path_default().join(dir, `${opts.target}.json`), `${JSON.stringify(changes, null, 2)}\n`);
    return changes;
}
/**
 * Gather side: the changes in one leg's downloaded artifact (`legDir`, e.g. `<root>/legs/<name>`), per
 * target. A description that does not hold together is an error naming the file.
 */
async function readLegChanges(legDir) {
    const dir = external_node_path_default().join(legDir, ...LEG_CHANGES_DIR.split('/'));
    let names;
    try {
        names = (await (0,promises_.readdir)(dir)).filter((name) => name.endsWith('.json')).sort();
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    const found = [];
    for (const name of names) {
        const file = external_node_path_default().join(dir, name);
        let value;
        try {
            value = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        }
        catch (error) {
            throw new Error(`${file} is not JSON: ${error.message}`, { cause: error });
        }
        const changes = value;
        const valid = changes.version === 1 &&
            Number.isInteger(changes.leg) &&
            typeof changes.name === 'string' &&
            typeof changes.target === 'string' &&
            TARGET.test(changes.target) &&
            name === `${changes.target}.json` &&
            changes.bundle === `${changes.target}.bundle` &&
            typeof changes.base === 'string' &&
            bundle_SHA.test(changes.base) &&
            typeof changes.commit === 'string' &&
            bundle_SHA.test(changes.commit) &&
            Array.isArray(changes.files);
        if (!valid)
            throw new Error(`${file} does not describe a leg's changes.`);
        const bundlePath = external_node_path_default().join(dir, changes.bundle);
        const info = await (0,promises_.stat)(bundlePath).catch(() => undefined);
        if (!info?.isFile())
            throw new Error(`${file} names the bundle ${changes.bundle}, which is not there.`);
        found.push({ ...changes, bundlePath });
    }
    return found;
}
/**
 * Gather side: every leg's changes from the downloaded leg folders (`<root>/legs/<name>`), grouped by
 * target, each group in leg order: one applyLegChanges and one pull request per target. Changes that claim
 * another leg, or a target the leg did not run on, are an error.
 */
async function legChangesByTarget(legs) {
    const byTarget = new Map();
    const found = await Promise.all(legs.map((leg) => readLegChanges(leg.dir)));
    legs.forEach(({ part }, i) => {
        for (const changes of found[i]) {
            if (changes.leg !== part.leg || !part.targets.includes(changes.target)) {
                throw new Error(`The artifact of leg ${part.leg} (${part.name}) holds changes of leg ${changes.leg} to \`${changes.target}\`; ` +
                    `leg ${part.leg} ran on ${part.targets.map((t) => `\`${t}\``).join(', ') || 'no target'}.`);
            }
            const list = byTarget.get(changes.target) ?? [];
            list.push(changes);
            byTarget.set(changes.target, list);
        }
    });
    for (const list of byTarget.values())
        list.sort((a, b) => a.leg - b.leg);
    return byTarget;
}
/** Two or more legs changed the same place: which legs, which files. */
class LegConflictError extends Error {
    /** The leg being applied first, then the earlier legs that changed the same files. */
    legs;
    files;
    constructor(legs, files) {
        const [late, ...early] = legs;
        const named = (l) => `leg ${l.leg} (${l.name})`;
        const shown = files.slice(0, 10).map((f) => `\`${f}\``);
        super(`The changes of ${named(late)} conflict with ${early.length ? early.map(named).join(', ') : 'the earlier legs'} in ${shown.join(', ')}${files.length > shown.length ? ` and ${files.length - shown.length} more` : ''}. ` +
            'Split the work so that no two legs change the same lines, or run the script without fan-out.');
        this.name = 'LegConflictError';
        this.legs = legs;
        this.files = files;
    }
}
/**
 * Gather side: applies every leg's commit, in leg order, on top of HEAD of `opts.dir`, and commits the
 * result as one commit (HEAD untouched; the caller pushes it as the pull request's branch). Changes that
 * cancel out: no commit. A conflict between legs: a LegConflictError naming them.
 */
async function applyLegChanges(git, opts) {
    const repo = git.at(opts.dir);
    const legs = [...opts.legs].sort((a, b) => a.leg - b.leg);
    const [head, headTree] = (await repo.run(['rev-parse', 'HEAD^{commit}', 'HEAD^{tree}'])).stdout
        .trim()
        .split('\n');
    if (!head || !headTree)
        throw new GitError('Could not read HEAD', ['git', 'rev-parse', 'HEAD'], 0, '');
    const { name, email } = opts.author;
    const identity = {
        GIT_AUTHOR_NAME: name,
        GIT_AUTHOR_EMAIL: email,
        GIT_COMMITTER_NAME: name,
        GIT_COMMITTER_EMAIL: email,
    };
    const tmp = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'legs-'));
    const worktree = external_node_path_default().join(tmp, 'tree');
    let added = false;
    try {
        for (const leg of legs) {
            await ensureCommit(repo, leg.base, opts.remote);
            await repo.run([
                'fetch',
                '--no-tags',
                '--quiet',
                '--',
                external_node_path_default().resolve(leg.bundlePath),
                `+${BUNDLE_REF}:${FETCHED_REF}/${leg.leg}`,
            ]);
            const fetched = (await repo.run(['rev-parse', `${FETCHED_REF}/${leg.leg}^{commit}`])).stdout.trim();
            if (fetched !== leg.commit) {
                throw new Error(`The bundle of leg ${leg.leg} (${leg.name}) holds ${fetched}, not the commit ${leg.commit} it describes.`);
            }
        }
        await repo.run(['worktree', 'add', '--detach', '--quiet', worktree, head]);
        added = true;
        const tree = repo.at(worktree);
        const applied = [];
        for (const leg of legs) {
            const { exitCode } = await tree.run(['cherry-pick', '--allow-empty', '--keep-redundant-commits', '--no-gpg-sign', leg.commit], { env: identity, okCodes: [1] });
            if (exitCode !== 0) {
                const { stdout } = await tree.run(['diff', '--name-only', '-z', '--diff-filter=U']);
                const files = stdout.split('\0').filter(Boolean);
                await tree.run(['cherry-pick', '--abort'], { okCodes: [128] });
                if (files.length === 0)
                    throw new Error(`Could not apply the changes of leg ${leg.leg} (${leg.name}).`);
                const touched = (l) => l.files.some((f) => files.includes(f.path) || (f.from !== undefined && files.includes(f.from)));
                const earlier = applied.filter(touched);
                throw new LegConflictError([leg, ...(earlier.length ? earlier : applied)].map((l) => ({ leg: l.leg, name: l.name })), files);
            }
            applied.push(leg);
        }
        const finalTree = (await tree.run(['rev-parse', 'HEAD^{tree}'])).stdout.trim();
        if (finalTree === headTree) {
            return { base: head, changes: summarize([]), allFiles: [], legs: legs.map((l) => l.leg) };
        }
        const commit = (await repo.run(['commit-tree', '--no-gpg-sign', '-p', head, '-F', '-', finalTree], {
            input: opts.message,
            env: identity,
        })).stdout.trim();
        const allFiles = await changedFiles(repo, head, commit);
        return { commit, base: head, changes: summarize(allFiles), allFiles, legs: legs.map((l) => l.leg) };
    }
    finally {
        if (added)
            await repo.run(['worktree', 'remove', '--force', worktree], { okCodes: [128] });
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
        await repo.run(['worktree', 'prune'], { okCodes: [128] });
        for (const leg of legs)
            await repo.run(['update-ref', '-d', `${FETCHED_REF}/${leg.leg}`], { okCodes: [1] });
    }
}
/** Makes sure `sha` is in the repository, fetching it (depth 1) from `remote` when it is not. */
async function ensureCommit(repo, sha, remote) {
    const has = async () => (await repo.run(['cat-file', '-e', `${sha}^{commit}`], { okCodes: [1, 128] })).exitCode === 0;
    if (await has())
        return;
    if (remote && !remote.startsWith('-')) {
        await repo.run(['fetch', '--no-tags', '--quiet', '--depth=1', '--', remote, sha]);
        if (await has())
            return;
    }
    throw new Error(`The commit ${sha} that a leg's changes were made on is not in the checkout${remote ? ` nor at ${remote}` : ''}.`);
}

;// CONCATENATED MODULE: ./src/publish/dispatch-folder.ts
/**
 * `_dispatch/` in the artifact is the dispatcher's: the run record and the whole log. A script that wrote
 * there itself keeps its files under another name (`_dispatch.script/`), with a warning.
 */




const DISPATCH_DIR = '_dispatch';
const RECORD_FILE = `${DISPATCH_DIR}/record.json`;
const LOG_FILE = `${DISPATCH_DIR}/log.txt`;
/** True for a path (relative, with `/`) inside the reserved folder. */
function isReserved(relative) {
    return relative === DISPATCH_DIR || relative.startsWith(`${DISPATCH_DIR}/`);
}
/**
 * Moves what the script wrote at `<outputDir>/_dispatch` (a folder, a file or a link; links are moved, never
 * followed) to `_dispatch.script` (or `_dispatch.script-2`, ... when that is taken), and warns. Returns the
 * new name, relative to `outputDir`, or undefined when there was nothing to move.
 */
async function reserveDispatchFolder(outputDir, warn) {
    const reserved = external_node_path_default().join(outputDir, DISPATCH_DIR);
    if (!(await exists(reserved)))
        return undefined;
    let name = `${DISPATCH_DIR}.script`;
    for (let n = 2; await exists(external_node_path_default().join(outputDir, name)); n++)
        name = `${DISPATCH_DIR}.script-${n}`;
    await (0,promises_.rename)(reserved, external_node_path_default().join(outputDir, name));
    warn(`The script wrote to \`${DISPATCH_DIR}/\` in its output directory, which is reserved for the run record and the log: its files are kept under \`${name}/\` in the artifact. Write elsewhere to keep their names.`);
    return name;
}
/**
 * Writes `_dispatch/record.json` (the record, as indented JSON) and `_dispatch/log.txt` (a copy of
 * `logFile`, the whole masked log; an empty file when there is none) under `outputDir`, in a fresh folder.
 * Call `reserveDispatchFolder` first (before the outputs are hashed for the record); this calls it again
 * for anything written there since, so nothing of the script's is overwritten or followed.
 */
async function writeDispatchFiles(outputDir, record, logFile, warn) {
    await reserveDispatchFolder(outputDir, warn);
    const dir = external_node_path_default().join(outputDir, DISPATCH_DIR);
    await (0,promises_.mkdir)(dir);
    const recordPath = external_node_path_default().join(dir, 'record.json');
    const logPath = external_node_path_default().join(dir, 'log.txt');
    await (0,promises_.writeFile)(recordPath, `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx' });
    if (logFile)
        await (0,promises_.copyFile)(logFile, logPath, external_node_fs_.constants.COPYFILE_EXCL);
    else
        await (0,promises_.writeFile)(logPath, '', { flag: 'wx' });
    return { record: recordPath, log: logPath };
}

;// CONCATENATED MODULE: ./src/publish/hash.ts
/**
 * SHA-256 of files, fast and in bounded memory: every file is read through one reused buffer, with
 * synchronous reads (a small file costs a few microseconds instead of four trips through the thread pool),
 * in slices of at most ~10 ms between which the event loop runs (timers, the status comment) again.
 */




const BUFFER_BYTES = 1024 * 1024;
/** The longest the event loop waits while files are hashed. */
const SLICE_MS = 10;
const yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));
/** Hashes one file, yielding to the event loop when a slice is used up. */
async function hashOne(file, buffer, clock) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    let bytes = 0;
    try {
        for (;;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, null);
            if (read === 0)
                break;
            hash.update(read === buffer.length ? buffer : buffer.subarray(0, read));
            bytes += read;
            if (performance.now() - clock.sliceStart > SLICE_MS) {
                await yieldToLoop();
                clock.sliceStart = performance.now();
            }
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return { bytes, sha256: hash.digest('hex') };
}
/** The SHA-256 (hex) and size of one file. */
function hash_hashFile(file) {
    return hashOne(file, Buffer.allocUnsafe(BUFFER_BYTES), { sliceStart: performance.now() });
}
/** Hashes `files` (absolute paths); `relative[i]` names `files[i]` in the result, which keeps their order. */
async function hashFiles(files, relative) {
    const buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    const clock = { sliceStart: performance.now() };
    const result = [];
    for (let i = 0; i < files.length; i++) {
        const { bytes, sha256 } = await hashOne(files[i], buffer, clock);
        result.push({ path: relative[i], bytes, sha256 });
        if (performance.now() - clock.sliceStart > SLICE_MS) {
            await yieldToLoop();
            clock.sliceStart = performance.now();
        }
    }
    return result;
}
/**
 * Every file that would be uploaded from `dir`, hashed, sorted by path (the rules of `collectOutputs`:
 * regular files, and links that resolve to a regular file inside `dir`; nothing else). `skip` leaves out
 * relative paths (`isReserved`: the `_dispatch/` folder). The walk is synchronous, directory by directory,
 * yielding to the event loop like the hashing does.
 */
async function hashFolder(dir, options = {}) {
    let root;
    try {
        root = (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        return [];
    }
    const files = [];
    const relative = [];
    const pending = [''];
    let sliceStart = performance.now();
    while (pending.length > 0) {
        const rel = pending.pop();
        const full = rel ? external_node_path_default().join(root, rel) : root;
        const entries = (0,external_node_fs_.readdirSync)(full, { withFileTypes: true });
        const subdirs = [];
        for (const entry of entries) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                subdirs.push(childRel);
            }
            else if (entry.isFile()) {
                files.push(external_node_path_default().join(full, entry.name));
                relative.push(childRel);
            }
            else if (entry.isSymbolicLink()) {
                try {
                    const real = (0,external_node_fs_.realpathSync)(external_node_path_default().join(full, entry.name));
                    if (isInside(root, real) && (0,external_node_fs_.statSync)(real).isFile()) {
                        files.push(external_node_path_default().join(full, entry.name));
                        relative.push(childRel);
                    }
                }
                catch {
                    // A link to nothing is not uploaded.
                }
            }
        }
        pending.push(...subdirs);
        if (performance.now() - sliceStart > SLICE_MS) {
            await yieldToLoop();
            sliceStart = performance.now();
        }
    }
    const order = relative.map((_, i) => i).filter((i) => !options.skip?.(relative[i]));
    order.sort((a, b) => (relative[a] < relative[b] ? -1 : relative[a] > relative[b] ? 1 : 0));
    return hashFiles(order.map((i) => files[i]), order.map((i) => relative[i]));
}
/**
 * The csv/file arguments' files, for the record: `{path, bytes, sha256}` by argument name, `path` the file's
 * name (the dispatcher names them after the argument, never after the user's input). Other values are left out.
 */
async function hashArgFiles(specs, values) {
    const out = {};
    for (const spec of specs) {
        const value = values[spec.name];
        if ((spec.type !== 'csv' && spec.type !== 'file') || typeof value !== 'string' || value === '')
            continue;
        const { bytes, sha256 } = await hash_hashFile(value);
        out[spec.name] = { path: external_node_path_default().basename(value), bytes, sha256 };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/record.ts
const RECORD_VERSION = 1;
const iso = (value) => {
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
};
const whole = (ms) => Math.max(0, Math.round(Number.isFinite(ms) ? ms : 0));
/** The record of a finished run. */
function buildRunRecord(report, facts) {
    const mask = facts.mask ?? ((text) => text);
    const args = {};
    for (const [name, value] of Object.entries(report.args ?? {})) {
        const file = facts.argFiles?.[name];
        if (file)
            args[name] = { path: file.path, bytes: file.bytes, sha256: file.sha256 };
        else if (typeof value === 'string')
            args[name] = mask(value);
        else if (typeof value === 'number' || typeof value === 'boolean')
            args[name] = value;
        else if (value !== null && value !== undefined)
            args[name] = mask(String(value));
    }
    const durations = {};
    for (const [phase, ms] of Object.entries(report.durations ?? {})) {
        if (typeof ms === 'number')
            durations[phase] = whole(ms);
    }
    const content = facts.content ??
        (report.checkout
            ? [
                {
                    target: report.target ?? '',
                    repository: report.checkout.repository,
                    ref: report.checkout.ref,
                    sha: report.checkout.sha,
                },
            ]
            : []);
    const workflow = facts.workflow;
    const record = {
        version: RECORD_VERSION,
        job: report.job,
        kind: facts.kind,
        script: report.script ?? '',
        target: report.target ?? null,
        status: report.status ?? 'failed',
        reason: report.reason && report.status !== 'succeeded' ? mask(report.reason) : null,
        'exit-code': typeof report.exitCode === 'number' ? report.exitCode : null,
        requester: report.requester,
        issue: report.issue ?? null,
        event: { name: facts.event.name, ...(facts.event.trigger ? { trigger: facts.event.trigger } : {}) },
        'dry-run': report.dryRun,
        workflow: workflow
            ? {
                repository: workflow.repository,
                sha: workflow.sha,
                'run-id': workflow.runId,
                'run-attempt': workflow.runAttempt,
                url: workflow.url ??
                    report.run?.url ??
                    `https://github.com/${workflow.repository}/actions/runs/${workflow.runId}`,
            }
            : null,
        content: content.map((c) => ({
            target: c.target,
            repository: c.repository,
            ref: c.ref ?? null,
            sha: c.sha,
        })),
        args,
        ...(facts.command && facts.command.length > 0 ? { command: facts.command.map(mask) } : {}),
        ...(facts.notebook && !facts.command ? { notebook: facts.notebook } : {}),
        'started-at': iso(report.startedAt),
        'finished-at': iso(facts.finishedAt),
        durations,
        attempts: (facts.attempts ?? []).map((a) => ({
            'exit-code': a.exitCode,
            signal: a.signal,
            'started-at': iso(a.startedAt),
            'duration-ms': whole(a.durationMs),
        })),
        outputs: [...facts.outputs]
            .map((o) => ({ path: o.path, bytes: o.bytes, sha256: o.sha256, ...(o.step ? { step: o.step } : {}) }))
            .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
        'pull-requests': (report.pullRequests ?? []).map((pr) => pr.url),
        ...(facts.steps ? { steps: facts.steps } : {}),
        ...(facts.legs ? { legs: facts.legs } : {}),
    };
    return record;
}

;// CONCATENATED MODULE: ./src/execute/describe.ts
/** Words for what happened to a script: durations, command lines, reasons it could not start. */


const plural = (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`;
const oneDecimal = (n) => Math.round(n * 10) / 10;
/** `300 ms`, `1 second`, `1.5 minutes`, `2 hours`. */
function describeDuration(ms) {
    if (!Number.isFinite(ms))
        return 'forever';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return plural(oneDecimal(ms / 1000), 'second');
    if (ms < 3_600_000)
        return plural(oneDecimal(ms / 60_000), 'minute');
    return plural(oneDecimal(ms / 3_600_000), 'hour');
}
/** A command line as a reader would type it: elements that need it are quoted, control characters escaped. */
function describeCommand(argv) {
    return argv.map(quote).join(' ');
}
function quote(arg) {
    if (arg !== '' && /^[\w@%+=:,./-]+$/.test(arg))
        return arg;
    // Control characters (a newline would end a log group title) are shown escaped, the way JSON does.
    if (/[\u0000-\u001f\u007f]/.test(arg))
        return JSON.stringify(arg);
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** Why `argv[0]` could not be started, in words that point at the manifest field to fix. */
async function describeStartFailure(argv0, cwd, error) {
    const code = error?.code;
    const what = `could not start \`${argv0}\``;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
        if (!(await isDirectory(cwd))) {
            return {
                reason: `${what}: the working directory \`${cwd}\` does not exist (check \`working-directory\` in the manifest)`,
                retriable: false,
            };
        }
        if (argv0.includes('/') && (await describe_exists(external_node_path_default().resolve(cwd, argv0)))) {
            return {
                reason: `${what}: the interpreter on its \`#!\` line was not found (check the script's first line)`,
                retriable: false,
            };
        }
        return { reason: `${what}: command not found (check \`command\` in the manifest)`, retriable: false };
    }
    if (code === 'EACCES' || code === 'EPERM') {
        return {
            reason: `${what}: permission denied (is it an executable file? check \`command\` in the manifest)`,
            retriable: false,
        };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
        reason: `${what}: ${message}`,
        retriable: code === 'EAGAIN' || code === 'EMFILE' || code === 'ENFILE',
    };
}
async function isDirectory(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
async function describe_exists(p) {
    try {
        await (0,promises_.access)(p);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/execute/last-error.ts
/**
 * Reasons people can act on: the error line a failing script ended with, what to raise when it timed out,
 * and what it wrote when an expected output is missing.
 */

/** Longest error line quoted in a reason. */
const MAX_ERROR_LINE = 300;
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const TRACEBACK = /^\s*Traceback \(most recent call last\):\s*$/;
/** `KeyError: 'caption'`, `json.decoder.JSONDecodeError: ...`, `KeyboardInterrupt`. */
const EXCEPTION_LINE = /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning|Iteration)\b|^[A-Za-z_][\w.]*:\s/;
function lines(text) {
    return text
        .replace(ANSI, '')
        .split(/\r\n|\n|\r/)
        .map((line) => line.replace(CONTROL, '').trimEnd());
}
function last_error_quote(line) {
    const trimmed = line.trim();
    return trimmed.length > MAX_ERROR_LINE ? `${trimmed.slice(0, MAX_ERROR_LINE - 1)}…` : trimmed;
}
/**
 * The line a failing script's error is best summed up by: the last line of the last Python traceback
 * (`KeyError: 'caption'`), else the last non-empty line. `stderr` is the tail of its stderr; `output` (the
 * interleaved tail) is looked at for a traceback when stderr has none. `::progress::` lines never count.
 */
function lastErrorLine(stderr, output = '') {
    for (const text of [stderr, output]) {
        const found = tracebackEnd(lines(text));
        if (found)
            return last_error_quote(found);
    }
    const own = lines(stderr).filter((line) => line.trim() !== '' && !line.startsWith('::progress::'));
    return own.length > 0 ? last_error_quote(own[own.length - 1]) : undefined;
}
/** The exception line that ends the last traceback in `all`. */
function tracebackEnd(all) {
    let start = -1;
    for (let i = all.length - 1; i >= 0; i--) {
        if (TRACEBACK.test(all[i])) {
            start = i;
            break;
        }
    }
    if (start === -1)
        return undefined;
    // The frames are indented; the exception is the first line after them that is not.
    let last;
    for (let i = start + 1; i < all.length; i++) {
        const line = all[i];
        if (line.trim() === '')
            continue;
        if (/^\s/.test(line)) {
            if (last !== undefined)
                break;
            continue;
        }
        if (last === undefined) {
            last = line;
            continue;
        }
        // A multi-line message continues; anything that looks like a new exception replaces it (chained ones).
        if (EXCEPTION_LINE.test(line))
            last = line;
        else
            break;
    }
    return last;
}
/** `exited with code 1: KeyError: 'caption'`; the reason alone when there is no error line. */
function failureReason(reason, errorLine) {
    if (!errorLine || reason.includes(errorLine))
        return reason;
    return `${reason}: ${errorLine}`;
}
/**
 * A timeout's reason that says what to raise: `timed out after 30 minutes: it needs more time than
 * `timeout-minutes` allows (30); raise `scripts.report.timeout-minutes` in the manifest`.
 */
function timeoutReason(timeoutMinutes, where) {
    const key = where.step
        ? `the \`timeout-minutes\` of script \`${where.script}\` (step \`${where.step}\`)`
        : where.fromDefaults
            ? `\`defaults.timeout-minutes\` (or set \`scripts.${where.script}.timeout-minutes\`)`
            : `\`scripts.${where.script}.timeout-minutes\``;
    return (`timed out after ${describeDuration(timeoutMinutes * 60_000)}: the script needs more time than ` +
        `\`timeout-minutes\` allows (${timeoutMinutes}); raise ${key} in the manifest, or make the script faster`);
}
/**
 * Expected outputs that were not written: names each glob, and lists what the script did write (at most
 * `show` paths).
 */
function missingOutputsReason(missing, written, show = 10) {
    const globs = missing.map((glob) => `\`${glob}\``).join(', ');
    const what = missing.length === 1
        ? `the expected output ${globs} matched no file`
        : `the expected outputs ${globs} matched no file`;
    if (written.length === 0)
        return `${what}; the script wrote no file to its output directory`;
    const listed = written
        .slice(0, show)
        .map((file) => `\`${file}\``)
        .join(', ');
    const more = written.length > show ? `, and ${written.length - show} more` : '';
    const count = written.length === 1 ? '1 file' : `${written.length} files`;
    return `${what}; the script wrote ${count}: ${listed}${more} (check \`outputs.expect\` in the manifest, or where the script writes)`;
}

;// CONCATENATED MODULE: ./src/execute/log-file.ts
/**
 * The whole log of a run, kept in a file as it comes (for `_dispatch/log.txt`): a LogSink that passes
 * everything on to another sink (the Actions log, the terminal) and also appends it to a file.
 *
 * The script's output reaches `write` already masked (ScriptOutput masks it per stream before the sink);
 * the dispatcher's own lines (`info`, `warning`, group titles) are masked here. Memory stays bounded: the
 * file stream's buffer is waited on (backpressure), and past `maxBytes` only a note is written.
 */



const DEFAULT_MAX_LOG_BYTES = 512 * 1024 * 1024;
class LogFileSink {
    inner;
    path;
    options;
    file;
    maxBytes;
    written = 0;
    cut = false;
    failure;
    closed;
    atLineStart = true;
    constructor(inner, path, file, options) {
        this.inner = inner;
        this.path = path;
        this.options = options;
        this.file = file;
        this.maxBytes = Math.max(0, options.maxBytes ?? DEFAULT_MAX_LOG_BYTES);
        file.on('error', (error) => {
            this.failure ??= error;
        });
    }
    /** Opens (creates or empties) `file` and returns a sink that writes to it and to `inner`. */
    static async open(inner, file, options = {}) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        const stream = (0,external_node_fs_.createWriteStream)(file, { flags: 'w' });
        await new Promise((resolve, reject) => {
            stream.once('open', () => resolve());
            stream.once('error', reject);
        });
        return new LogFileSink(inner, file, stream, options);
    }
    /** The first error writing the file, if any (the log then stops growing; the run goes on). */
    get error() {
        return this.failure;
    }
    group(title, options) {
        this.own(`▶ ${title}`);
        this.inner.group(title, options);
    }
    endGroup() {
        this.inner.endGroup();
    }
    info(line) {
        this.own(line);
        this.inner.info(line);
    }
    warning(line) {
        this.own(`Warning: ${line}`);
        this.inner.warning(line);
    }
    write(chunk) {
        const inner = this.inner.write(chunk);
        const mine = this.append(chunk);
        if (!inner && !mine)
            return undefined;
        return Promise.all([inner, mine]).then(() => undefined);
    }
    /** Writes what is left and closes the file; the file is complete when this resolves. */
    close() {
        this.closed ??= new Promise((resolve) => {
            if (this.failure || this.file.destroyed) {
                resolve();
                return;
            }
            this.file.end(() => resolve());
            this.file.once('error', () => resolve());
        });
        return this.closed;
    }
    /** A line of the dispatcher's own, on a line of its own. */
    own(line) {
        const text = this.options.masker ? this.options.masker.mask(line) : line;
        void this.raw(Buffer.from(`${this.atLineStart ? '' : '\n'}${text.replace(/\r?\n/g, ' ')}\n`, 'utf8'));
    }
    append(chunk) {
        if (chunk.length === 0)
            return undefined;
        if (this.cut)
            return undefined;
        const room = this.maxBytes - this.written;
        if (chunk.length > room) {
            this.cut = true;
            const kept = chunk.subarray(0, Math.max(0, room));
            this.written += kept.length;
            const note = `\n[the log is cut here: it is longer than ${this.maxBytes} bytes; the rest is in the workflow run's log]\n`;
            return this.raw(Buffer.concat([kept, Buffer.from(note)]));
        }
        this.written += chunk.length;
        return this.raw(chunk);
    }
    raw(bytes) {
        if (bytes.length === 0 || this.failure || this.closed || this.file.destroyed)
            return undefined;
        this.atLineStart = bytes[bytes.length - 1] === 0x0a;
        if (this.file.write(bytes))
            return undefined;
        return new Promise((resolve) => {
            const done = () => {
                this.file.off('drain', done);
                this.file.off('error', done);
                this.file.off('close', done);
                resolve();
            };
            this.file.once('drain', done);
            this.file.once('error', done);
            this.file.once('close', done);
        });
    }
}

;// CONCATENATED MODULE: ./src/execute/progress.ts
const PROGRESS_PREFIX = '::progress::';
const PREFIX = Buffer.from(PROGRESS_PREFIX, 'latin1');
const progress_LF = 0x0a;
const progress_CR = 0x0d;
/** Longest progress line read (bytes); longer ones are ignored. */
const DEFAULT_MAX_PROGRESS_LINE = 4096;
/** Longest message kept (characters). */
const MAX_PROGRESS_MESSAGE = 200;
const progress_CONTROL = /\u001b\[[0-9;?]*[ -/]*[@-~]|[\u0000-\u001f\u007f-\u009f]/g;
const SPACE = 0x20;
const TAB = 0x09;
const SLASH = 0x2f;
const DOT = 0x2e;
const isDigit = (byte) => byte >= 0x30 && byte <= 0x39;
const isBlank = (byte) => byte === SPACE || byte === TAB || byte === progress_LF || byte === progress_CR;
/**
 * Reads `DONE[/TOTAL][ MESSAGE]` from `bytes[from, to)`, without making strings: numbers are 1-15 digits with
 * at most 6 decimals. Undefined when it is not a progress value.
 */
function scan(bytes, from, to) {
    let at = from;
    while (at < to && isBlank(bytes[at]))
        at++;
    while (to > at && isBlank(bytes[to - 1]))
        to--;
    const number = () => {
        let value = 0;
        let digits = 0;
        while (at < to && isDigit(bytes[at]) && digits < 16) {
            value = value * 10 + (bytes[at++] - 0x30);
            digits++;
        }
        if (digits === 0 || digits > 15)
            return undefined;
        if (at < to && bytes[at] === DOT) {
            let scale = 1;
            let decimals = 0;
            at++;
            while (at < to && isDigit(bytes[at]) && decimals < 7) {
                scale /= 10;
                value += (bytes[at++] - 0x30) * scale;
                decimals++;
            }
            if (decimals === 0 || decimals > 6)
                return undefined;
            value = Number(value.toFixed(decimals));
        }
        return value;
    };
    const done = number();
    if (done === undefined)
        return undefined;
    let total;
    let blanks = at;
    while (blanks < to && (bytes[blanks] === SPACE || bytes[blanks] === TAB))
        blanks++;
    if (blanks < to && bytes[blanks] === SLASH) {
        at = blanks + 1;
        while (at < to && (bytes[at] === SPACE || bytes[at] === TAB))
            at++;
        total = number();
        if (total === undefined)
            return undefined;
        blanks = at;
        while (blanks < to && (bytes[blanks] === SPACE || bytes[blanks] === TAB))
            blanks++;
    }
    if (blanks === at && at < to)
        return undefined;
    return { done, ...(total !== undefined && total > 0 ? { total } : {}), message: blanks };
}
/** The message as shown: no control characters or colour codes, at most 200 characters. */
function cleanMessage(text) {
    const clean = text.replace(progress_CONTROL, '').trim().slice(0, MAX_PROGRESS_MESSAGE);
    return clean || undefined;
}
/** Reads the text after `::progress::` (`42/100 Checking page 42`); undefined when it is not a progress value. */
function parseProgressText(text) {
    const bytes = Buffer.from(text, 'utf8');
    const scanned = scan(bytes, 0, bytes.length);
    if (!scanned)
        return undefined;
    return toProgress(scanned, bytes.toString('utf8', scanned.message).trimEnd());
}
function toProgress(scanned, text) {
    const message = cleanMessage(text);
    return {
        done: scanned.done,
        ...(scanned.total !== undefined ? { total: scanned.total } : {}),
        ...(message ? { message } : {}),
    };
}
const isEol = (byte) => byte === progress_LF || byte === progress_CR;
/** The first `\n` or `\r` at or after `from`, or -1; never scans past the first `\n`. */
function lineEnd(chunk, from) {
    const lf = chunk.indexOf(progress_LF, from);
    const end = lf === -1 ? chunk.length : lf;
    for (let i = from; i < end; i++)
        if (chunk[i] === progress_CR)
            return i;
    return lf;
}
/** One stream's parser: feed it the stream's chunks in order, then `end()`. */
class ProgressParser {
    onProgress;
    pending = null;
    skipping = false;
    atLineStart = true;
    maxLine;
    /**
     * @param onProgress called for each progress line, `bytes[start, end)` (the whole line, prefix included;
     * valid only during the call), with its numbers read. `progressOf` makes the value; the tracker does so only
     * when it is asked for.
     */
    constructor(onProgress, options = {}) {
        this.onProgress = onProgress;
        this.maxLine = Math.max(PREFIX.length + 1, options.maxLine ?? DEFAULT_MAX_PROGRESS_LINE);
    }
    write(chunk) {
        if (chunk.length === 0)
            return;
        let from = 0;
        if (this.pending || this.skipping) {
            const end = lineEnd(chunk, 0);
            if (end === -1) {
                if (this.pending)
                    this.hold(Buffer.concat([this.pending, chunk]));
                return;
            }
            if (this.pending) {
                const line = Buffer.concat([this.pending, chunk.subarray(0, end)]);
                this.line(line, 0, line.length);
            }
            this.pending = null;
            this.skipping = false;
            from = end + 1;
            this.atLineStart = true;
        }
        const start = from;
        for (;;) {
            const at = chunk.indexOf(PREFIX, from);
            if (at === -1)
                break;
            const startsLine = at > start ? isEol(chunk[at - 1]) : this.atLineStart;
            if (!startsLine) {
                from = at + 1;
                continue;
            }
            const end = lineEnd(chunk, at + PREFIX.length);
            if (end === -1) {
                this.hold(chunk.subarray(at));
                return;
            }
            this.line(chunk, at, end);
            from = end + 1;
            if (from >= chunk.length)
                break;
        }
        // The chunk may end in the first bytes of a prefix: `::prog`.
        const last = Math.max(chunk.lastIndexOf(progress_LF), chunk.lastIndexOf(progress_CR));
        const tailStart = last + 1;
        if (last !== -1 || this.atLineStart) {
            const rest = chunk.length - tailStart;
            if (rest > 0 && rest < PREFIX.length && chunk.compare(PREFIX, 0, rest, tailStart) === 0) {
                this.pending = Buffer.from(chunk.subarray(tailStart));
                return;
            }
        }
        this.atLineStart = isEol(chunk[chunk.length - 1]);
    }
    /** The stream ended: a last line without a line break still counts. */
    end() {
        if (this.pending)
            this.line(this.pending, 0, this.pending.length);
        this.pending = null;
        this.skipping = false;
        this.atLineStart = true;
    }
    hold(bytes) {
        if (bytes.length > this.maxLine) {
            this.pending = null;
            this.skipping = true;
        }
        else {
            // A copy: the stream may reuse its chunk.
            this.pending = Buffer.from(bytes);
        }
        this.atLineStart = false;
    }
    line(bytes, start, end) {
        if (end - start > this.maxLine || end - start < PREFIX.length)
            return;
        for (let i = 0; i < PREFIX.length; i++)
            if (bytes[start + i] !== PREFIX[i])
                return;
        const scanned = scan(bytes, start + PREFIX.length, end);
        if (scanned)
            this.onProgress(bytes, start, end, scanned);
    }
}
/** The progress value of a line the parser reported. */
function progressOf(bytes, end, scanned) {
    return toProgress(scanned, bytes.toString('utf8', scanned.message, end).trimEnd());
}
/** For tests and one-off use: every progress value in `chunks`, in order. */
function readProgress(chunks, options = {}) {
    const seen = [];
    const parser = new ProgressParser((bytes, _start, end, scanned) => seen.push(progressOf(bytes, end, scanned)), options);
    for (const chunk of chunks)
        parser.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    parser.end();
    return seen;
}
/**
 * The progress of a script across its streams: `attach` each stream (a listener of its own, beside the one
 * that carries the output to the log); `current` is the last progress line seen on any of them. Only the
 * numbers are read per line; the message is decoded when `current` is asked for.
 */
class ProgressTracker {
    onChange;
    /** The last progress line, copied here (no allocation per line); only its message is read from it. */
    line = Buffer.alloc(0);
    lineLength = 0;
    lastScanned;
    cached;
    count = 0;
    /**
     * @param onChange called after each progress line, as it is read: keep it cheap (it may run 100,000 times
     * a second); read `current` when the value is needed.
     */
    constructor(onChange) {
        this.onChange = onChange;
    }
    /** The last progress value reported, if any. */
    get current() {
        if (!this.cached && this.lastScanned) {
            this.cached = progressOf(this.line, this.lineLength, this.lastScanned);
        }
        return this.cached;
    }
    /** Progress lines read so far. */
    get lines() {
        return this.count;
    }
    /** A parser whose values count here (one per stream). */
    parser(options = {}) {
        return new ProgressParser((bytes, _start, end, scanned) => this.report(bytes, end, scanned), options);
    }
    /** Reads `stream`'s data as it comes; the parser is flushed when the stream ends or closes. */
    attach(stream) {
        const parser = this.parser();
        stream.on('data', (chunk) => parser.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
        let ended = false;
        const end = () => {
            if (ended)
                return;
            ended = true;
            parser.end();
        };
        stream.once('end', end);
        stream.once('close', end);
    }
    report(bytes, end, scanned) {
        // A copy of the message only: the stream may reuse its chunk.
        const from = scanned.message;
        if (this.line.length < end - from)
            this.line = Buffer.alloc(Math.max(256, end - from));
        bytes.copy(this.line, 0, from, end);
        this.lineLength = end - from;
        this.lastScanned = { ...scanned, message: 0 };
        this.cached = undefined;
        this.count++;
        this.onChange?.();
    }
}

;// CONCATENATED MODULE: ./src/execute/tail.ts
/**
 * The last lines of a script's output, for the status comment. Memory stays at `maxBytes` however much
 * passes through and however long a line is.
 */
const DEFAULT_TAIL_LINES = 200;
const DEFAULT_TAIL_BYTES = 64 * 1024;
const tail_NEWLINE = 0x0a;
class Tail {
    maxLines;
    maxBytes;
    /** A ring of the last `maxBytes` bytes; allocated as output arrives, never larger than `maxBytes`. */
    ring = Buffer.alloc(0);
    start = 0;
    length = 0;
    total = 0;
    constructor(options = {}) {
        this.maxLines = Math.max(1, Math.floor(options.lines ?? DEFAULT_TAIL_LINES));
        this.maxBytes = Math.max(1, Math.floor(options.bytes ?? DEFAULT_TAIL_BYTES));
    }
    /** Bytes written since the start, including those no longer kept. */
    get totalBytes() {
        return this.total;
    }
    write(chunk) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        if (bytes.length === 0)
            return;
        this.total += bytes.length;
        const cap = this.maxBytes;
        if (bytes.length >= cap) {
            this.grow(cap);
            bytes.copy(this.ring, 0, bytes.length - cap);
            this.start = 0;
            this.length = cap;
            return;
        }
        this.grow(Math.min(cap, this.length + bytes.length));
        const size = this.ring.length;
        let at = (this.start + this.length) % size;
        let from = 0;
        while (from < bytes.length) {
            const n = Math.min(bytes.length - from, size - at);
            bytes.copy(this.ring, at, from, from + n);
            from += n;
            at = (at + n) % size;
        }
        const overflow = this.length + bytes.length - size;
        if (overflow > 0) {
            this.start = (this.start + overflow) % size;
            this.length = size;
        }
        else {
            this.length += bytes.length;
        }
    }
    /** The kept bytes, oldest first: at most `maxBytes`, and at most `maxLines` lines. */
    bytes() {
        const size = this.ring.length;
        const end = this.start + this.length;
        const kept = end <= size
            ? this.ring.subarray(this.start, end)
            : Buffer.concat([this.ring.subarray(this.start), this.ring.subarray(0, end - size)]);
        // A final newline ends the last line; it does not start another one.
        let at = kept.length > 0 && kept[kept.length - 1] === tail_NEWLINE ? kept.length - 2 : kept.length - 1;
        let from = 0;
        for (let lines = 0; at >= 0; lines++) {
            const newline = kept.lastIndexOf(tail_NEWLINE, at);
            if (newline === -1)
                break;
            if (lines + 1 === this.maxLines) {
                from = newline + 1;
                break;
            }
            at = newline - 1;
        }
        // Bytes were dropped before the kept ones: skip UTF-8 continuation bytes of a cut character.
        if (from === 0 && this.total > this.length) {
            while (from < kept.length && (kept[from] & 0xc0) === 0x80)
                from++;
        }
        return Buffer.from(kept.subarray(from));
    }
    /** The kept output as UTF-8 text. */
    toString() {
        return this.bytes().toString('utf8');
    }
    /** Forgets everything. */
    clear() {
        this.start = 0;
        this.length = 0;
        this.total = 0;
    }
    grow(needed) {
        if (this.ring.length >= needed)
            return;
        // Grow geometrically up to the cap; the ring is unrolled into the new buffer so it starts at 0.
        const size = Math.min(this.maxBytes, Math.max(needed, this.ring.length * 2, 1024));
        const next = Buffer.alloc(size);
        const end = this.start + this.length;
        if (end <= this.ring.length) {
            this.ring.copy(next, 0, this.start, end);
        }
        else {
            this.ring.copy(next, 0, this.start);
            this.ring.copy(next, this.ring.length - this.start, 0, end - this.ring.length);
        }
        this.ring = next;
        this.start = 0;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/observe.ts
/**
 * What a job shows while it runs and keeps afterwards: the live progress (the last `::progress::` line, the
 * time it has run, the last lines of its log) fed to the reporter, the whole masked log in a file, and the
 * run record with the log written into `_dispatch/` of the outputs.
 */










/** How often the live state is looked at while the script runs (the reporter paces the edits itself). */
const LIVE_TICK_MS = 500;
/** Opens the log file and the progress tracker of a job. Never throws: without a log file, log.txt is empty. */
async function observe(job, ports, report, reporter) {
    const warn = (line) => ports.log.warning(ports.masker.mask(line));
    const liveTail = new Tail({ lines: 50, bytes: 16 * 1024 });
    const tee = {
        group: (title, options) => ports.log.group(title, options),
        endGroup: () => ports.log.endGroup(),
        info: (line) => ports.log.info(line),
        warning: (line) => ports.log.warning(line),
        write: (chunk) => {
            liveTail.write(chunk);
            return ports.log.write(chunk);
        },
    };
    const logPath = external_node_path_.join(ports.environment.tempDir, 'logs', `${job.id}-${job.script.name}.txt`);
    let file;
    try {
        file = await LogFileSink.open(tee, logPath, { masker: ports.masker });
    }
    catch (error) {
        warn(`The whole log could not be kept for \`${LOG_FILE}\`: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`);
    }
    const log = file ?? tee;
    const progress = new ProgressTracker();
    let timer;
    let started = 0;
    let inFlight = false;
    let seen = { lines: -1, bytes: -1, minute: -1 };
    const tick = () => {
        if (inFlight)
            return;
        const elapsed = Date.now() - started;
        const now = { lines: progress.lines, bytes: liveTail.totalBytes, minute: Math.floor(elapsed / 60_000) };
        if (now.lines === seen.lines && now.bytes === seen.bytes && now.minute === seen.minute)
            return;
        seen = now;
        const current = progress.current;
        if (current)
            report.progress = current;
        report.elapsedMs = elapsed;
        if (liveTail.totalBytes > 0)
            report.logTail = liveTail.toString();
        inFlight = true;
        void reporter
            .update(report)
            .catch(() => undefined)
            .finally(() => {
            inFlight = false;
        });
    };
    let hashed = [];
    let argFiles;
    let execution;
    const facts = (finishedAt) => {
        const env = ports.environment;
        return {
            kind: report.steps ? 'flow' : job.notebook ? 'notebook' : 'script',
            ...(report.steps ? { steps: recordSteps(report.steps) } : {}),
            event: { name: env.eventName ?? (env.run ? 'workflow_dispatch' : 'cli'), trigger: env.trigger },
            workflow: env.run && env.repository
                ? {
                    repository: env.repository,
                    sha: env.sha ?? '',
                    runId: env.run.id,
                    runAttempt: env.runAttempt ?? 1,
                    url: env.run.url,
                }
                : undefined,
            argFiles,
            ...(job.notebook ? { notebook: job.notebook.path } : { command: job.argv }),
            finishedAt,
            attempts: execution?.attemptEntries ?? [],
            outputs: hashed,
            mask: (text) => ports.masker.mask(text),
        };
    };
    return {
        log,
        progress,
        startLive() {
            started = Date.now();
            timer = setInterval(tick, LIVE_TICK_MS);
            timer.unref();
        },
        stopLive() {
            if (timer)
                clearInterval(timer);
            timer = undefined;
            const current = progress.current;
            if (current)
                report.progress = current;
            delete report.elapsedMs;
        },
        async reserve() {
            try {
                await reserveDispatchFolder(job.outputDir, warn);
            }
            catch (error) {
                warn(`What the script wrote to \`_dispatch/\` could not be moved aside: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`);
            }
        },
        async writeRecord(outputs, status) {
            const written = [];
            try {
                hashed = await hashFiles(outputs.files, outputs.relative);
                argFiles = await hashArgFiles(job.script.args, job.args).catch(() => undefined);
                const record = buildRunRecord({
                    ...report,
                    status,
                    durations: { ...report.durations, total: Date.now() - Date.parse(report.startedAt) },
                }, facts(new Date()));
                await file?.close();
                await external_node_fs_.promises.mkdir(outputs.root, { recursive: true });
                const files = await writeDispatchFiles(outputs.root, record, file?.path, warn);
                written.push(files.record, files.log);
            }
            catch (error) {
                warn(`The run record could not be written to \`${RECORD_FILE}\`: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`);
            }
            return written;
        },
        finalRecord(final) {
            return buildRunRecord(final, facts(new Date()));
        },
        ran(value) {
            execution = value;
        },
    };
}
/** A reason people can act on: the error line a failing script ended with, or what to raise on a timeout. */
function actionableReason(job, execution) {
    if (execution.status === 'timed-out' && Number.isFinite(job.timeoutMs) && job.timeoutMs > 0) {
        return timeoutReason(Math.round((job.timeoutMs / 60_000) * 100) / 100, { script: job.script.name });
    }
    if (execution.status === 'failed' && execution.reason) {
        return failureReason(execution.reason, execution.lastError);
    }
    return execution.reason;
}
/** The expected outputs that are missing, named with what the script did write. */
function missingReason(missing, written) {
    return missingOutputsReason(missing, [...written]);
}
/** The record's `steps`: a flow's rows once they are done (a step never reached is `skipped`). */
function recordSteps(steps) {
    return steps.map(({ status, ...row }) => ({
        ...row,
        status: status === 'pending' || status === 'running' ? 'skipped' : status,
    }));
}

;// CONCATENATED MODULE: ./src/execute/output.ts

/**
 * Carries a script's stdout and stderr to the log sink as they come: masked, copied into the tail, and
 * paused while the sink is still busy with earlier output, so a script that prints gigabytes is slowed
 * down to the speed of the log instead of piling up in memory.
 */
class ScriptOutput {
    log;
    tail;
    masker;
    streams = [];
    maskers = new Map();
    pending = null;
    paused = false;
    warned = false;
    lastActivity = Date.now();
    constructor(log, tail, masker) {
        this.log = log;
        this.tail = tail;
        this.masker = masker;
    }
    /** Starts reading `stream`; each stream has its own masker, so a secret split across its chunks is still found. */
    attach(stream) {
        this.streams.push(stream);
        if (this.masker)
            this.maskers.set(stream, new StreamMasker(this.masker));
        stream.on('data', (chunk) => {
            this.lastActivity = Date.now();
            const masker = this.maskers.get(stream);
            this.deliver(masker ? masker.write(chunk) : chunk);
        });
        if (this.paused)
            stream.pause();
    }
    /** True while the sink is writing earlier output (and the streams are paused). */
    get busy() {
        return this.pending !== null;
    }
    /** Milliseconds since output last arrived. */
    get idleMs() {
        return Date.now() - this.lastActivity;
    }
    /** Counts as activity now (the script just exited: its last output may still be on its way). */
    touch() {
        this.lastActivity = Date.now();
    }
    /** The streams are done: lets out what the maskers held back and waits for the sink to take everything. */
    async finish() {
        for (const masker of this.maskers.values())
            this.deliver(masker.end());
        this.maskers.clear();
        while (this.pending)
            await this.pending;
    }
    deliver(bytes) {
        if (bytes.length === 0)
            return;
        this.tail.write(bytes);
        if (this.pending) {
            // Only reachable with a chunk already on its way when the streams were paused: keep the order.
            this.track(this.pending.then(() => this.write(bytes)));
            return;
        }
        const written = this.write(bytes);
        if (written) {
            this.pause();
            this.track(written);
        }
    }
    track(promise) {
        const tracked = promise.then(() => {
            if (this.pending === tracked) {
                this.pending = null;
                this.resume();
            }
        });
        this.pending = tracked;
    }
    /** Writes to the sink; a sink that fails is reported once and its output dropped, never the run. */
    write(bytes) {
        try {
            const result = this.log.write(bytes);
            if (result && typeof result.then === 'function') {
                return result.then(undefined, (error) => this.sinkFailed(error));
            }
        }
        catch (error) {
            this.sinkFailed(error);
        }
        return undefined;
    }
    sinkFailed(error) {
        if (this.warned)
            return;
        this.warned = true;
        const message = error instanceof Error ? error.message : String(error);
        try {
            this.log.warning(`Could not write the script's output to the log: ${message}`);
        }
        catch {
            // Nowhere left to report it.
        }
    }
    pause() {
        this.paused = true;
        for (const stream of this.streams)
            stream.pause();
    }
    resume() {
        this.paused = false;
        this.lastActivity = Date.now();
        for (const stream of this.streams)
            if (!stream.destroyed)
                stream.resume();
    }
}

;// CONCATENATED MODULE: ./src/execute/run.ts







const DEFAULT_PIPE_GRACE_MS = 2000;
/**
 * Runs the script: spawns `argv` (no shell) in its own process group with stdin closed, streams its output
 * to `log`, enforces the timeout, retries a failed run up to `retries` times, each in a fresh output
 * directory, and returns what happened. Never throws for anything the script does.
 */
/** The longest wait between SIGTERM and SIGKILL when a run is cancelled. */
const CANCEL_GRACE_MS = 2000;
async function execute(spec, log, options = {}) {
    const startedAt = new Date();
    const clock = performance.now();
    const tail = new Tail({ lines: options.tailLines, bytes: options.tailBytes });
    const mask = (text) => (options.masker ? options.masker.mask(text) : text);
    const total = 1 + Math.max(0, Math.floor(spec.retries) || 0);
    const entries = [];
    // The last attempt's stderr alone, for the error line of the reason.
    let stderrTail = new Tail({ lines: 100, bytes: 16 * 1024 });
    const result = (attempt, attempts) => {
        const errorLine = attempt.status !== 'succeeded' && entries.length > 0
            ? lastErrorLine(stderrTail.toString(), tail.toString())
            : undefined;
        return {
            status: attempt.status,
            exitCode: attempt.exitCode,
            signal: attempt.signal,
            attempts,
            startedAt,
            durationMs: Math.round(performance.now() - clock),
            tail: tail.toString(),
            ...(attempt.reason !== undefined ? { reason: mask(attempt.reason) } : {}),
            attemptEntries: entries,
            ...(errorLine ? { lastError: mask(errorLine) } : {}),
        };
    };
    if (spec.argv.length === 0 || spec.argv[0] === '') {
        const reason = 'nothing to run: the command is empty (check `command` in the manifest)';
        return result({ status: 'failed', exitCode: null, signal: null, reason, retriable: false }, 0);
    }
    if (options.signal?.aborted) {
        return result({
            status: 'cancelled',
            exitCode: null,
            signal: null,
            reason: 'cancelled before it started',
            retriable: false,
        }, 0);
    }
    const command = mask(describeCommand(spec.argv));
    let last;
    for (let n = 1;; n++) {
        if (last) {
            const line = `Retrying: attempt ${n} of ${total} after ${last.brief ?? last.reason}`;
            log.info(line);
            tail.write(`--- ${line} ---\n`);
        }
        try {
            await freshOutputDir(spec.outputDir, spec.cwd);
        }
        catch (error) {
            const why = error instanceof Error ? error.message : String(error);
            const reason = `could not prepare the output directory \`${spec.outputDir}\`: ${why}`;
            return result({ status: 'failed', exitCode: null, signal: null, reason, retriable: false }, n);
        }
        log.group(total === 1 ? `Run ${command}` : `Run ${command} (attempt ${n} of ${total})`, {
            workflowCommands: spec.workflowCommands,
        });
        const attemptStart = new Date();
        const attemptClock = performance.now();
        stderrTail = new Tail({ lines: 100, bytes: 16 * 1024 });
        try {
            last = await runOnce(spec, new ScriptOutput(log, tail, options.masker), options, stderrTail);
        }
        finally {
            log.endGroup();
        }
        entries.push({
            status: last.status,
            exitCode: last.exitCode,
            signal: last.signal,
            startedAt: attemptStart,
            durationMs: Math.round(performance.now() - attemptClock),
        });
        if (last.status === 'failed' && last.retriable && n < total) {
            if (!options.signal?.aborted)
                continue;
            const reason = `cancelled before attempt ${n + 1} of ${total} (attempt ${n}: ${last.reason})`;
            return result({ ...last, status: 'cancelled', reason }, n);
        }
        return result(last, n);
    }
}
/** Empties and re-creates the output directory; refuses when that would delete the working directory. */
async function freshOutputDir(dir, cwd) {
    const target = external_node_path_default().resolve(dir);
    if (target === external_node_path_default().parse(target).root)
        throw new Error('it is the root of the file system');
    const fromTarget = external_node_path_default().relative(target, external_node_path_default().resolve(cwd));
    if (fromTarget === '' || (fromTarget.split((external_node_path_default()).sep)[0] !== '..' && !external_node_path_default().isAbsolute(fromTarget))) {
        throw new Error('it contains the working directory, and emptying it would delete the scripts');
    }
    await (0,promises_.rm)(target, { recursive: true, force: true, maxRetries: 2 });
    await (0,promises_.mkdir)(target, { recursive: true });
}
function runOnce(spec, output, options, stderrTail) {
    const pipeGraceMs = options.pipeGraceMs ?? DEFAULT_PIPE_GRACE_MS;
    return new Promise((resolve) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(spec.argv[0], spec.argv.slice(1), {
                cwd: spec.cwd,
                env: spec.env,
                shell: false,
                // Its own process group, so a timeout reaches everything the script started.
                detached: true,
                stdio: ['ignore', 'pipe', 'pipe'],
                windowsHide: true,
            });
        }
        catch (error) {
            void cannotStart(spec, error).then(resolve);
            return;
        }
        const streams = [child.stdout, child.stderr].filter((s) => s !== null);
        const closed = new Set();
        let stopping;
        let killed = false;
        let exit;
        let settled = false;
        let graceTimer;
        let pipeTimer;
        const signalGroup = (signal) => {
            const pid = child.pid;
            if (pid === undefined)
                return;
            try {
                if (process.platform === 'win32')
                    child.kill(signal);
                else
                    process.kill(-pid, signal);
            }
            catch {
                // ESRCH: nothing is left in the group.
            }
        };
        // Past this, nothing more is waited for, even output still flowing from a process that left the group.
        const deadline = Number.isFinite(spec.timeoutMs) && spec.timeoutMs > 0
            ? Date.now() + spec.timeoutMs + Math.max(0, spec.graceMs) + pipeGraceMs
            : Infinity;
        const stop = (why) => {
            if (stopping || exit || settled)
                return;
            stopping = why;
            signalGroup('SIGTERM');
            // A cancelled run has seconds before the runner kills the dispatcher too: leave time to upload.
            const grace = why === 'cancelled' ? Math.min(spec.graceMs, CANCEL_GRACE_MS) : spec.graceMs;
            graceTimer = setTimeout(() => {
                killed = true;
                signalGroup('SIGKILL');
            }, Math.max(0, grace));
        };
        const timeoutTimer = Number.isFinite(spec.timeoutMs) && spec.timeoutMs > 0
            ? setTimeout(() => stop('timed-out'), spec.timeoutMs)
            : undefined;
        const onAbort = () => stop('cancelled');
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const cleanUp = () => {
            clearTimeout(timeoutTimer);
            clearTimeout(graceTimer);
            clearTimeout(pipeTimer);
            options.signal?.removeEventListener('abort', onAbort);
        };
        const settle = (attempt) => {
            if (settled)
                return;
            settled = true;
            cleanUp();
            void Promise.resolve(attempt).then(async (a) => {
                await output.finish();
                resolve(a);
            });
        };
        const finishIfClosed = () => {
            if (!exit || settled)
                return;
            if (closed.size < streams.length) {
                // Bounded: only while output still flows (or the log is still writing it) do we keep waiting.
                if ((output.busy || output.idleMs < pipeGraceMs) && Date.now() < deadline)
                    return;
                for (const stream of streams)
                    stream.destroy();
            }
            settle(outcome(spec, exit, stopping, killed));
        };
        child.on('error', (error) => {
            if (child.pid !== undefined || settled)
                return;
            for (const stream of streams)
                stream.destroy();
            settle(cannotStart(spec, error));
        });
        for (const stream of streams) {
            // A read error ends the stream like a close does; the output up to it has been passed on.
            stream.on('error', () => undefined);
            stream.once('close', () => {
                closed.add(stream);
                finishIfClosed();
            });
            output.attach(stream);
            options.progress?.attach(stream);
        }
        child.stderr?.on('data', (chunk) => stderrTail.write(chunk));
        child.once('exit', (code, signal) => {
            exit = { code, signal };
            clearTimeout(timeoutTimer);
            clearTimeout(graceTimer);
            // Whatever the script left running in its group could hold the pipes open forever: it goes too.
            signalGroup('SIGKILL');
            output.touch();
            const poll = () => {
                finishIfClosed();
                if (!settled)
                    pipeTimer = setTimeout(poll, Math.min(100, Math.max(10, pipeGraceMs)));
            };
            poll();
        });
    });
}
async function cannotStart(spec, error) {
    const failure = await describeStartFailure(spec.argv[0], spec.cwd, error);
    return {
        status: 'failed',
        exitCode: null,
        signal: null,
        reason: failure.reason,
        retriable: failure.retriable,
    };
}
function outcome(spec, exit, stopping, killed) {
    const ended = { exitCode: exit.code, signal: exit.signal };
    const how = killed ? 'killed' : 'terminated';
    if (stopping === 'timed-out') {
        return {
            status: 'timed-out',
            ...ended,
            reason: `timed out after ${describeDuration(spec.timeoutMs)} (${how})`,
            retriable: false,
        };
    }
    if (stopping === 'cancelled') {
        return { status: 'cancelled', ...ended, reason: `cancelled (${how})`, retriable: false };
    }
    if (exit.code === 0)
        return { status: 'succeeded', ...ended, retriable: false };
    if (exit.code !== null) {
        return {
            status: 'failed',
            ...ended,
            reason: `exited with code ${exit.code}`,
            retriable: true,
            brief: `exit code ${exit.code}`,
        };
    }
    const signal = exit.signal ?? 'a signal';
    return { status: 'failed', ...ended, reason: `killed by ${signal}`, retriable: true, brief: signal };
}

;// CONCATENATED MODULE: ./src/flow/schedule.ts
/**
 * Runs the steps of a flow as a graph: a step starts as soon as every step it needs succeeded or was cached,
 * independent steps run at the same time (at most `maxParallel`), a step that did not succeed skips the
 * steps that need it while the others run to the end, and an abort stops launching and cancels what runs.
 *
 * Pure scheduling: what a step does is the injected `startStep`; time comes from the injected `now`.
 */

const PASSED = ['succeeded', 'cached'];
/** Checks what the manifest check guarantees, for graphs built elsewhere: needs exist, no cycle. */
function topologicalOrder(steps) {
    const byName = new Map(steps.map((s) => [s.name, s]));
    if (byName.size !== steps.length)
        throw new Error('Two steps of the flow have the same name.');
    const order = [];
    const state = new Map();
    const visit = (step, path) => {
        const seen = state.get(step.name);
        if (seen === 'done')
            return;
        if (seen === 'open')
            throw new Error(`The steps need each other in a cycle: ${[...path, step.name].join(' → ')}.`);
        state.set(step.name, 'open');
        for (const need of step.needs) {
            const other = byName.get(need);
            if (!other)
                throw new Error(`The step \`${step.name}\` needs \`${need}\`, which is not a step of the flow.`);
            visit(other, [...path, step.name]);
        }
        state.set(step.name, 'done');
        order.push(step);
    };
    for (const step of steps)
        visit(step, []);
    return order;
}
/**
 * Runs every step of `flow` through `startStep` in dependency order, and resolves when every step has an
 * end: ran, skipped or cancelled. Never rejects because of a step: a step that throws is `failed`.
 */
async function runFlow(flow, startStep, options = {}) {
    topologicalOrder(flow.steps);
    const maxParallel = Math.max(1, Math.floor(options.maxParallel ?? (0,external_node_os_.availableParallelism)()));
    const now = options.now ?? Date.now;
    const exclusive = options.exclusive ?? (() => false);
    const records = flow.steps.map((step) => ({
        step,
        name: step.name,
        status: 'skipped',
        needs: [...step.needs],
    }));
    const byName = new Map(records.map((r) => [r.name, r]));
    const pending = new Set(records);
    const running = new Set();
    let runningExclusive = false;
    let started = 0;
    const controller = new AbortController();
    const outer = options.signal;
    return new Promise((resolve) => {
        const finish = () => {
            const statuses = records.map((r) => r.status);
            const status = statuses.every((s) => PASSED.includes(s))
                ? 'succeeded'
                : outer?.aborted || statuses.includes('cancelled')
                    ? 'cancelled'
                    : 'failed';
            outer?.removeEventListener('abort', onAbort);
            resolve({ steps: records, status });
        };
        const settle = () => {
            // Skip what can never start; cancel what has not started once the flow is aborted.
            let changed = true;
            while (changed) {
                changed = false;
                for (const record of pending) {
                    if (controller.signal.aborted) {
                        pending.delete(record);
                        record.status = 'cancelled';
                        changed = true;
                        continue;
                    }
                    const blocked = record.needs.filter((n) => {
                        const need = byName.get(n);
                        return !pending.has(need) && !running.has(need) && !PASSED.includes(need.status);
                    });
                    if (blocked.length > 0) {
                        pending.delete(record);
                        record.status = 'skipped';
                        record.blockedBy = blocked;
                        changed = true;
                    }
                }
            }
            for (const record of records) {
                if (!pending.has(record))
                    continue;
                if (running.size >= maxParallel || runningExclusive)
                    break;
                const ready = record.needs.every((n) => PASSED.includes(byName.get(n).status));
                const isReady = ready && record.needs.every((n) => !pending.has(byName.get(n)));
                if (!isReady)
                    continue;
                if (exclusive(record.step)) {
                    if (running.size > 0)
                        break; // wait for the others, and start nothing after it meanwhile
                    runningExclusive = true;
                }
                launch(record);
            }
            if (pending.size === 0 && running.size === 0)
                finish();
        };
        const launch = (record) => {
            pending.delete(record);
            running.add(record);
            record.startedAt = now();
            started += 1;
            const needs = {};
            for (const n of record.needs)
                needs[n] = byName.get(n);
            options.onEvent?.({ kind: 'started', record, running: running.size });
            let promise;
            try {
                promise = startStep(record.step, {
                    signal: controller.signal,
                    needs,
                    position: started,
                    total: records.length,
                });
            }
            catch (error) {
                promise = Promise.reject(error);
            }
            promise.then((outcome) => {
                record.outcome = outcome;
                record.status = outcome.status;
                done(record);
            }, (error) => {
                record.status = 'failed';
                record.error = error instanceof Error ? error.message : String(error);
                done(record);
            });
        };
        const done = (record) => {
            record.finishedAt = now();
            running.delete(record);
            if (exclusive(record.step))
                runningExclusive = false;
            options.onEvent?.({ kind: 'finished', record, running: running.size });
            settle();
        };
        const onAbort = () => {
            if (controller.signal.aborted)
                return;
            controller.abort(outer?.reason);
            settle();
        };
        if (outer?.aborted)
            controller.abort(outer.reason);
        else
            outer?.addEventListener('abort', onAbort, { once: true });
        settle();
    });
}

;// CONCATENATED MODULE: ./src/flow/run.ts
/**
 * A flow run over an injected step runner: fills each step's arguments (`{args.NAME}`, `{target}`, `{job}`,
 * `{steps.NAME.output}`), checks and writes them as a request's would be, looks cached steps up, runs the
 * others through `runStep` (the engine's `runJob`), saves what succeeded, and reports one record per step.
 */










/** A step whose arguments are wrong once filled in: the step fails with this reason, dependents skip. */
class StepArgumentsError extends UserError {
    constructor(step, problems) {
        super(`The arguments of step \`${step}\` are not valid: ${problems.map((p) => p.message).join(' ')}`, problems);
        this.name = 'StepArgumentsError';
    }
}
/**
 * A step's argument values for its script, placeholders filled: csv/file values that name a file in a
 * needed step's outputs (or a csv/file flow argument) become that file, never a path outside it; other
 * values are checked as a request's would be. Script defaults are applied by the check.
 */
function stepArguments(step, script, values, flowArgTypes = {}) {
    const files = {};
    const raw = {};
    const problems = [];
    for (const [name, template] of Object.entries(step.args)) {
        const spec = script.args.find((a) => a.name === name);
        const filled = fillStepValue(template, values);
        if (spec && (spec.type === 'csv' || spec.type === 'file') && typeof template === 'string') {
            const whole = /^\{args\.([A-Za-z0-9][A-Za-z0-9_-]*)\}$/.exec(template);
            const fromStep = flows_stepOutputsIn(template)[0];
            if (whole && (flowArgTypes[whole[1]] === 'csv' || flowArgTypes[whole[1]] === 'file')) {
                files[name] = { kind: 'local', path: String(filled) };
                continue;
            }
            if (fromStep !== undefined && template.startsWith(`{steps.${fromStep}.output}`)) {
                const root = values.outputs[fromStep];
                const file = external_node_path_.resolve(String(filled));
                if (!root || !isInside(root, file)) {
                    problems.push({
                        field: name,
                        message: `Argument \`${name}\` names ${JSON.stringify(String(filled))}, which is not inside the outputs of step \`${fromStep}\`.`,
                        fix: 'Name a file inside that step output directory, without `..`.',
                    });
                }
                else
                    files[name] = { kind: 'local', path: file };
                continue;
            }
        }
        raw[name] = filled;
    }
    const refused = new Set(problems.map((p) => p.field));
    const checked = checkArgs(script.args.filter((spec) => !Object.hasOwn(files, spec.name) && !refused.has(spec.name)), raw);
    return { values: { ...checked.values, ...files }, problems: [...problems, ...checked.problems] };
}
/** Runs `input.flow`; resolves when every step has an end. */
async function runFlowSteps(input) {
    const { flow } = input;
    const outputs = {};
    const extra = new Map();
    const flowArgTypes = Object.fromEntries(flow.args.map((a) => [a.name, a.type]));
    const refuse = () => Promise.reject(new UserError('A flow step downloads nothing: give the file as a flow argument.'));
    const result = await runFlow(flow, async (step, context) => {
        const script = input.manifest.scripts[step.script];
        const outputDir = await input.outputDir(step);
        outputs[step.name] = outputDir;
        const needed = Object.fromEntries(step.needs.map((n) => [n, outputs[n]]));
        const given = stepArguments(step, script, { args: input.args, target: input.target?.key, job: input.job, outputs: needed }, flowArgTypes);
        if (given.problems.length > 0)
            throw new StepArgumentsError(step.name, given.problems);
        const written = await materializeArgs(script.args, given.values, {
            dir: input.argsDir(step),
            download: refuse,
            maxBytes: input.manifest.maxDownloadBytes,
            policy: { serverUrl: '', repository: '', allowedHosts: [] },
            readLocal: (file) => (0,promises_.readFile)(file),
        });
        if (written.problems.length > 0)
            throw new StepArgumentsError(step.name, written.problems);
        const cached = step.cache && script.mode === 'read' && input.cache !== undefined;
        let entry;
        if (cached && input.cache) {
            const key = await cacheKey({
                script,
                step,
                workspace: input.workspace,
                workingDirectory: external_node_path_.resolve(input.workspace, script.workingDirectory),
                flowArgs: input.args,
                args: written.values,
                ...(input.target ? { target: input.target } : {}),
                neededOutputs: needed,
            });
            entry = { flow: flow.name, step: step.name, ...key };
            const lookup = await lookUpStep(input.cache, entry, outputDir);
            if (lookup.cached) {
                extra.set(step.name, { cacheKey: key.key });
                return { status: 'cached' };
            }
            extra.set(step.name, { cacheKey: key.key, cacheMiss: lookup.cacheMiss });
        }
        if (context.signal.aborted)
            return { status: 'cancelled' };
        const outcome = await input.runStep({
            flow,
            step,
            script,
            args: written.values,
            outputDir,
            env: { DISPATCH_STEP: step.name, DISPATCH_STEPS: JSON.stringify(needed) },
            signal: context.signal,
            position: context.position,
            total: context.total,
        });
        if (outcome.status === 'succeeded' && entry && input.cache) {
            try {
                await input.cache.save(entry, outputDir);
            }
            catch (error) {
                input.warn?.(`The outputs of step ${step.name} were not cached: ${error.message}`);
            }
        }
        return outcome;
    }, {
        ...((input.maxParallel ?? flow.maxParallel) !== undefined
            ? { maxParallel: input.maxParallel ?? flow.maxParallel }
            : {}),
        ...(input.signal ? { signal: input.signal } : {}),
        ...(input.onEvent ? { onEvent: input.onEvent } : {}),
        ...(input.now ? { now: input.now } : {}),
        exclusive: (step) => input.manifest.scripts[step.script]?.mode === 'write',
    });
    const iso = (ms) => (ms === undefined ? undefined : new Date(ms).toISOString());
    return {
        status: result.status,
        steps: result.steps.map((record) => {
            const more = extra.get(record.name) ?? {};
            const report = {
                name: record.name,
                script: record.step.script,
                status: record.status,
                needs: [...record.needs],
            };
            const started = iso(record.startedAt);
            const finished = iso(record.finishedAt);
            if (started)
                report['started-at'] = started;
            if (finished)
                report['finished-at'] = finished;
            if (record.outcome?.exitCode !== undefined)
                report['exit-code'] = record.outcome.exitCode;
            if (more.cacheKey)
                report['cache-key'] = more.cacheKey;
            if (more.cacheMiss)
                report['cache-miss'] = more.cacheMiss;
            const reason = record.outcome?.reason ?? record.error;
            if (reason)
                report.reason = reason;
            if (record.blockedBy)
                report['blocked-by'] = record.blockedBy;
            return report;
        }),
    };
}

;// CONCATENATED MODULE: ./src/notebook/failure.ts
/** The runner's failure file (written when a notebook run fails), as the reason the status comment shows. */

/** `In [3]: KeyError: 'caption'`, or the runner's own sentence for the other kinds. */
function describeNotebookFailure(failure) {
    if (failure.kind === 'cell-error') {
        const where = typeof failure.cell === 'number' ? `In [${failure.cell}]` : 'A cell';
        const what = failure.evalue
            ? `${failure.ename ?? 'Error'}: ${failure.evalue}`
            : (failure.ename ?? 'Error');
        return `${where}: ${failure_oneLine(what)}`;
    }
    return failure_oneLine(failure.message ?? `the notebook run failed (${failure.kind})`);
}
function failure_oneLine(text) {
    const flat = text
        .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}
/** The parsed failure file, or undefined when there is none (the run succeeded, or was killed). */
async function loadNotebookFailure(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        const data = JSON.parse(text);
        return data && typeof data === 'object' && typeof data.kind === 'string' ? data : undefined;
    }
    catch {
        return undefined;
    }
}
/** The reason text for a failed notebook run, or undefined when the runner left no failure file. */
async function readNotebookFailure(file) {
    const failure = await loadNotebookFailure(file);
    return failure ? describeNotebookFailure(failure) : undefined;
}

;// CONCATENATED MODULE: ./src/notebook/outputs.ts
/** What a notebook run left in its output directory, for the status comment: the notebook, its HTML, its figures. */


const FIGURE = /^cell-(\d+)-(\d+)\.(png|jpg|svg)$/;
async function isFile(file) {
    try {
        return (await (0,promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
/** `name` is the notebook's file name without `.ipynb`. */
async function listNotebookOutputs(outputDir, name) {
    const result = { figures: [] };
    if (await isFile(external_node_path_default().join(outputDir, `${name}.ipynb`)))
        result.notebook = `${name}.ipynb`;
    if (await isFile(external_node_path_default().join(outputDir, `${name}.html`)))
        result.html = `${name}.html`;
    let entries;
    try {
        entries = await (0,promises_.readdir)(external_node_path_default().join(outputDir, 'figures'));
    }
    catch {
        return result;
    }
    const figures = entries
        .map((entry) => ({ entry, match: FIGURE.exec(entry) }))
        .filter((f) => f.match !== null)
        .sort((a, b) => Number(a.match[1]) - Number(b.match[1]) ||
        Number(a.match[2]) - Number(b.match[2]) ||
        a.match[3].localeCompare(b.match[3]));
    result.figures = figures.map((f) => `figures/${f.entry}`);
    return result;
}

;// CONCATENATED MODULE: ./src/pipeline/notebook-report.ts
/**
 * What a notebook run adds to its report after the runner exits: why it failed, in the notebook's words
 * (`In [N]: KeyError: 'caption'`, a dead kernel, nbclient missing), and the executed notebook, its HTML and
 * its figures for the status comment.
 */


async function addNotebookReport(job, report, status) {
    const notebook = job.notebook;
    if (!notebook)
        return;
    if (status !== 'succeeded') {
        const failure = await loadNotebookFailure(notebook.failureFile);
        if (failure) {
            const words = describeNotebookFailure(failure);
            // A timeout or a cancel keeps its own reason; the runner adds where the notebook was stopped.
            report.reason =
                status === 'failed' || !report.reason ? words : `${report.reason} (${words.replace(/\.$/, '')})`;
        }
    }
    const outputs = await listNotebookOutputs(job.outputDir, notebook.name);
    report.notebook = { path: notebook.path, ...outputs };
}

;// CONCATENATED MODULE: ./src/pipeline/run-job.ts







const MAX_RESULT_BYTES = 1024 * 1024;
/** The report of a job that is about to start. */
function jobReport(job, ports, startedAt = Date.now()) {
    return {
        job: job.id,
        phase: 'queued',
        script: job.script.name,
        scriptTitle: job.script.title,
        mode: job.script.mode,
        target: job.target?.key,
        targetTitle: job.target?.title,
        args: { ...job.args },
        requester: job.requester,
        issue: job.issue,
        dryRun: job.dryRun,
        run: ports.environment.run,
        startedAt: new Date(startedAt).toISOString(),
        durations: {},
    };
}
/**
 * Runs an accepted job: checks out its target, runs the script, uploads whatever it wrote (also when it
 * failed), publishes a write script's changes, and returns the final report. Never throws.
 */
async function runJob(job, ports, options = {}) {
    const started = options.startedAt ?? Date.now();
    const report = jobReport(job, ports, started);
    const { reporter } = ports;
    await reporter.update(report);
    const observation = await observe(job, ports, report, reporter);
    // Check out, run, upload, publish. From here on, outputs that exist are always uploaded.
    let execution;
    let failure;
    let checkout;
    try {
        checkout = await checkOut(job, ports, report);
        report.phase = 'running';
        await reporter.update(report);
        await external_node_fs_.promises.mkdir(external_node_path_.dirname(job.resultFile), { recursive: true });
        await external_node_fs_.promises.rm(job.resultFile, { force: true });
        observation.startLive();
        execution = await execute({
            argv: job.argv,
            cwd: job.cwd,
            env: job.env,
            outputDir: job.outputDir,
            timeoutMs: job.timeoutMs,
            graceMs: job.graceMs,
            retries: job.retries,
            workflowCommands: job.script.workflowCommands,
        }, observation.log, { signal: ports.signal, masker: ports.masker, progress: observation.progress }).finally(() => observation.stopLive());
        observation.ran(execution);
        report.durations.run = execution.durationMs;
        report.exitCode = execution.exitCode;
        report.attempts = execution.attempts;
        report.logTail = execution.tail;
        if (execution.reason)
            report.reason = actionableReason(job, execution);
        await addNotebookReport(job, report, execution.status);
        report.result = await readResult(job.resultFile, ports);
    }
    catch (error) {
        failure = (0,shared_markdown/* errorMessage */.gJ)(error);
    }
    // Upload whatever the script wrote, whatever happened to it.
    const uploaded = await uploadOutputs(job, ports, report, observation, (outputs) => {
        if (execution?.status === 'succeeded') {
            const missing = missingExpected(job.expect, outputs.relative);
            if (missing.length > 0) {
                failure = `the script succeeded, but ${missingReason(missing, outputs.relative)}`;
            }
        }
        return statusOf(execution, failure);
    });
    const uploadFailure = uploaded.failure;
    const succeeded = execution?.status === 'succeeded' && !failure && !uploadFailure;
    if (succeeded && job.write && checkout)
        failure = await publishChanges(job, checkout, ports, report);
    const problem = failure ?? uploadFailure;
    const status = statusOf(execution, problem);
    if (problem) {
        report.reason =
            report.reason && execution?.status !== 'succeeded' ? `${report.reason}; ${problem}` : problem;
    }
    return finishReport(report, status, started, reporter, (final) => observation.finalRecord(final));
}
/** The run's status: the script's, or failed when something after it went wrong. */
function statusOf(execution, problem) {
    if (!problem)
        return execution?.status ?? 'failed';
    return execution && execution.status !== 'succeeded' ? execution.status : 'failed';
}
/**
 * Checks out the job's target, if it has one, into the report (phase, duration, commit). Throws with the
 * target's title when it cannot.
 */
async function checkOut(job, ports, report) {
    if (!job.target)
        return undefined;
    report.phase = 'checking-out';
    await ports.reporter.update(report);
    const t0 = Date.now();
    const checkout = await ports.content.checkout(job).catch((error) => {
        throw new Error(`${job.target?.title ?? 'the content'} could not be checked out: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`);
    });
    report.durations.checkout = Date.now() - t0;
    if (checkout.sha)
        report.checkout = { repository: job.target.repository, ref: checkout.ref, sha: checkout.sha };
    return checkout;
}
/**
 * Uploads the outputs of a job, with its record and log under `_dispatch/`, as one artifact; `statusNow`
 * looks at the outputs and says the status the record is written with. Never throws: a failed upload is
 * returned as `failure`.
 */
async function uploadOutputs(job, ports, report, observation, statusNow) {
    report.phase = 'uploading';
    await ports.reporter.update(report);
    const started = Date.now();
    let failure;
    try {
        await observation.reserve();
        const outputs = await collectOutputs(job.outputDir);
        if (outputs.skipped.length)
            report.skippedOutputs = outputs.skipped;
        for (const skipped of outputs.skipped)
            ports.log.warning(`Not uploaded: ${skipped}`);
        const status = statusNow(outputs);
        report.artifact = { name: job.artifactName, files: outputs.files.length, bytes: outputs.bytes };
        const recordFiles = await observation.writeRecord(outputs, status);
        if (outputs.files.length + recordFiles.length > 0) {
            const uploaded = await ports.artifacts.upload(job.artifactName, outputs.root, [
                ...outputs.files,
                ...recordFiles,
            ]);
            report.artifact.id = uploaded.id;
            report.artifact.url = uploaded.url;
        }
    }
    catch (error) {
        failure = `the outputs could not be uploaded: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`;
    }
    report.durations.upload = Date.now() - started;
    return failure ? { failure } : {};
}
/** A write job's changes: one commit, pushed, and the pull request (the CLI: a local branch). */
async function publishChanges(job, checkout, ports, report) {
    report.phase = 'opening-pull-request';
    report.branch = job.write?.branch;
    await ports.reporter.update(report);
    const started = Date.now();
    let failure;
    try {
        recordPublished(report, await ports.content.publish(job, checkout, { artifactUrl: report.artifact?.url }));
    }
    catch (error) {
        failure = `the changes could not be published: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`;
    }
    report.durations.publish = Date.now() - started;
    return failure;
}
function recordPublished(report, published) {
    if (published.changes)
        report.changes = published.changes;
    if (published.noChanges)
        report.noChanges = true;
    if (published.pullRequests)
        report.pullRequests = published.pullRequests;
    if (published.compareUrl)
        report.compareUrl = published.compareUrl;
    report.branch = published.branch; // only a branch that was really pushed or committed
}
/** Marks the report done with its status and total duration, and shows it one last time. */
async function finishReport(report, status, started, reporter, record) {
    report.phase = 'done';
    report.status = status;
    report.durations.total = Date.now() - started;
    if (record)
        report.record = record(report);
    await reporter.update(report);
    return report;
}
async function readResult(file, ports) {
    let text;
    try {
        const stat = await external_node_fs_.promises.stat(file);
        if (stat.size > MAX_RESULT_BYTES) {
            ports.log.warning(`DISPATCH_RESULT is larger than 1 MiB (${stat.size} bytes) and was left out of the report.`);
            return undefined;
        }
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        ports.log.warning(`DISPATCH_RESULT does not hold valid JSON (${(0,shared_markdown/* errorMessage */.gJ)(error)}); it was left out of the report.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/run-flow.ts
/**
 * A flow request, accepted: its target checked out once, its steps run as a graph (`runFlowSteps`), each
 * step a Job of its own script run like `runJob` runs one (own output folder `<artifact>/<step>/`, the
 * script's timeout and retries, `DISPATCH_STEP`/`DISPATCH_STEPS`), one artifact `<flow>-<job>`, and, when
 * every step succeeded, one commit and pull request for all the changes of a write flow.
 */









/** The flow a request's (resolved) script name is, if it is one. */
function flowNamed(manifest, name) {
    const flows = manifest.flows ?? {};
    return name !== undefined && Object.hasOwn(flows, name) ? flows[name] : undefined;
}
/** Most of a step's output kept in memory while other steps run, before it is cut. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/**
 * Runs `job` (accepted against the flow's script view: its arguments, target, permission, artifact name and
 * write branch are the flow's) as the steps of `flow`. Never throws.
 */
async function runFlowJob(flow, job, manifest, ports, options = {}) {
    const started = options.startedAt ?? Date.now();
    const report = jobReport(job, ports, started);
    const { reporter } = ports;
    const rows = new Map();
    report.steps = flow.steps.map((step) => {
        const row = {
            name: step.name,
            script: step.script,
            status: 'pending',
            needs: [...step.needs],
        };
        rows.set(step.name, row);
        return row;
    });
    // The whole log of every step, and the flow's record (with its `steps`), like a job's.
    const observation = await observe(job, ports, report, reporter);
    const stepPorts = { ...ports, log: observation.log };
    await reporter.update(report);
    let failure;
    let checkout;
    let result;
    try {
        checkout = await checkOut(job, ports, report);
        report.phase = 'running';
        report.progress = { done: 0, total: flow.steps.length, message: 'steps' };
        await reporter.update(report);
        await external_node_fs_.promises.mkdir(job.outputDir, { recursive: true });
        const t1 = Date.now();
        let finished = 0;
        const onEvent = (event) => {
            const row = rows.get(event.record.name);
            if (!row)
                return;
            if (event.kind === 'started') {
                row.status = 'running';
                if (event.record.startedAt !== undefined)
                    row['started-at'] = new Date(event.record.startedAt).toISOString();
            }
            else {
                finished += 1;
                row.status = event.record.status;
                if (event.record.finishedAt !== undefined)
                    row['finished-at'] = new Date(event.record.finishedAt).toISOString();
                ports.log.info(`step ${finished}/${flow.steps.length}: ${event.record.name} ${event.record.status}`);
            }
            const running = [...rows.values()].filter((r) => r.status === 'running').map((r) => r.name);
            report.progress = {
                done: finished,
                total: flow.steps.length,
                message: running.length ? `running ${running.join(', ')}` : 'steps',
            };
            void reporter.update(report);
        };
        result = await runFlowSteps({
            manifest,
            flow,
            args: job.args,
            ...(job.target ? { target: { key: job.target.key, commit: checkout?.sha ?? '' } } : {}),
            job: job.id,
            workspace: ports.environment.workspace,
            outputDir: async (step) => {
                const dir = external_node_path_.join(job.outputDir, step.name);
                await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
                await external_node_fs_.promises.mkdir(dir, { recursive: true });
                return dir;
            },
            argsDir: (step) => external_node_path_.join(ports.environment.tempDir, 'steps', step.name, 'inputs'),
            runStep: (call) => runStep(call, job, stepPorts),
            ...(ports.cache ? { cache: ports.cache } : {}),
            ...(ports.signal ? { signal: ports.signal } : {}),
            onEvent,
            warn: (message) => ports.log.warning(ports.masker.mask(message)),
        });
        report.durations.run = Date.now() - t1;
        for (const step of result.steps)
            rows.set(step.name, Object.assign(rows.get(step.name) ?? {}, reportStep(step)));
        report.steps = flow.steps.map((s) => rows.get(s.name));
        report.progress = { done: flow.steps.length, total: flow.steps.length, message: 'steps' };
        const reason = stepsReason(result.steps);
        if (reason)
            report.reason = reason;
    }
    catch (error) {
        failure = (0,shared_markdown/* errorMessage */.gJ)(error);
    }
    // One artifact with a folder per step, whatever happened.
    const uploadFailure = (await uploadOutputs(job, ports, report, observation, () => failure ? 'failed' : (result?.status ?? 'failed'))).failure;
    // All the changes of the flow: one commit and one pull request, only when every step succeeded.
    const succeeded = result?.status === 'succeeded' && !failure && !uploadFailure;
    if (succeeded && job.write && checkout)
        failure = await publishChanges(job, checkout, ports, report);
    const problem = failure ?? uploadFailure;
    let status = result?.status ?? 'failed';
    if (problem) {
        report.reason = report.reason ? `${report.reason}; ${problem}` : problem;
        if (status === 'succeeded')
            status = 'failed';
    }
    return finishReport(report, status, started, reporter, (final) => observation.finalRecord(final));
}
/** Why a flow did not succeed: each step that failed, timed out or was cancelled, then the skipped ones. */
function stepsReason(steps) {
    const bad = steps.filter((s) => s.status !== 'succeeded' && s.status !== 'cached');
    if (bad.length === 0)
        return undefined;
    const reasons = bad
        .filter((s) => s.status !== 'skipped')
        .map((s) => `step \`${s.name}\` ${s.status}${s.reason ? `: ${s.reason}` : ''}`);
    const skipped = bad.filter((s) => s.status === 'skipped').map((s) => `\`${s.name}\``);
    if (skipped.length)
        reasons.push(`skipped: ${skipped.join(', ')}`);
    return reasons.join('; ');
}
/** One step as a Job of its own script: planned like a request's, run like `runJob` runs one. */
async function runStep(call, flowJob, ports) {
    const { environment } = ports;
    const tempDir = external_node_path_.join(environment.tempDir, 'steps', call.step.name);
    // A step's outputs are always its folder of the flow's artifact, never the script's own `outputs.path`.
    const script = { ...call.script, outputs: { ...call.script.outputs, path: undefined } };
    const stepJob = planJob(script, flowJob.target, call.args, {
        ...environment,
        jobId: flowJob.id,
        tempDir,
        defaultOutputDir: call.outputDir,
        requester: flowJob.requester,
        issue: flowJob.issue,
        dryRun: flowJob.dryRun,
        openPullRequest: false,
        ...(flowJob.target ? { targetPath: flowJob.target.absolutePath } : {}),
    });
    await external_node_fs_.promises.mkdir(tempDir, { recursive: true });
    await external_node_fs_.promises.rm(stepJob.resultFile, { force: true });
    const log = new StepLog(ports.log, call.step.name, call.position, call.total);
    const execution = await execute({
        argv: stepJob.argv,
        cwd: stepJob.cwd,
        env: { ...stepJob.env, ...call.env },
        outputDir: call.outputDir,
        timeoutMs: stepJob.timeoutMs,
        graceMs: stepJob.graceMs,
        retries: stepJob.retries,
        workflowCommands: call.script.workflowCommands,
    }, log, { signal: call.signal, masker: ports.masker });
    log.flush();
    if (execution.status === 'succeeded') {
        const outputs = await collectOutputs(call.outputDir);
        const missing = missingExpected(script.outputs.expect, outputs.relative);
        if (missing.length > 0) {
            return {
                status: 'failed',
                exitCode: execution.exitCode,
                reason: `the script did not write the expected output${missing.length > 1 ? 's' : ''} ${missing
                    .map((m) => `\`${m}\``)
                    .join(', ')}`,
            };
        }
    }
    return {
        status: execution.status,
        exitCode: execution.exitCode,
        ...(execution.reason ? { reason: ports.masker.mask(execution.reason) } : {}),
    };
}
/**
 * A step's log: its output is kept until the step ends and then written as one group, so that steps running
 * at the same time do not interleave in the log. Lines of the dispatcher's own go through at once.
 */
class StepLog {
    log;
    step;
    position;
    total;
    chunks = [];
    bytes = 0;
    cut = false;
    groups = [];
    constructor(log, step, position, total) {
        this.log = log;
        this.step = step;
        this.position = position;
        this.total = total;
    }
    group(title, options) {
        this.chunks = [];
        this.groups.push({
            title: `[step ${this.position}/${this.total} ${this.step}] ${title}`,
            ...(options ? { options } : {}),
            chunks: this.chunks,
        });
    }
    endGroup() { }
    write(chunk) {
        if (this.bytes + chunk.length > MAX_BUFFERED_BYTES) {
            if (!this.cut)
                this.chunks.push(Buffer.from('\n[… more output of this step was cut from the log]\n'));
            this.cut = true;
            return;
        }
        this.bytes += chunk.length;
        this.chunks.push(chunk);
    }
    info(line) {
        this.log.info(`[${this.step}] ${line}`);
    }
    warning(line) {
        this.log.warning(`[${this.step}] ${line}`);
    }
    flush() {
        for (const group of this.groups) {
            this.log.group(group.title, group.options);
            for (const chunk of group.chunks)
                void this.log.write(chunk);
            this.log.endGroup();
        }
        this.groups = [];
    }
}
/** A step of the run record (the fields `record.ts` writes), from the flow's report of it. */
function reportStep(step) {
    const row = {
        name: step.name,
        script: step.script,
        status: step.status,
        needs: [...step.needs],
    };
    if (step['started-at'])
        row['started-at'] = step['started-at'];
    if (step['finished-at'])
        row['finished-at'] = step['finished-at'];
    if (step['exit-code'] !== undefined)
        row['exit-code'] = step['exit-code'];
    if (step['cache-key'])
        row['cache-key'] = step['cache-key'];
    if (step['cache-miss'])
        row['cache-miss'] = step['cache-miss'];
    const reason = step.reason ??
        (step['blocked-by']?.length
            ? `needs ${step['blocked-by'].map((n) => `\`${n}\``).join(', ')}, which did not succeed`
            : undefined);
    if (reason)
        row.reason = reason;
    return row;
}

;// CONCATENATED MODULE: ./src/pipeline/fan-out.ts
/**
 * One request across many runners (`fan-out: plan | leg | gather`, workflows-examples/fan-out.yml). Every
 * mode reads the same event and accepts it again (authorization, arguments): a leg trusts nothing but the
 * event, the manifest and its leg number.
 * - plan: the status comment, 👀, and the legs as the `matrix` output.
 * - leg: runs its part (its target, or its csv rows) and uploads `<script>-<job>-leg-<N>` with its own
 *   `_dispatch/`; a write script's changes go into that artifact as a git bundle. Never edits the comment.
 * - gather: the legs' artifacts of this run merged into `<script>-<job>` (`legs/<name>/...`, one record with
 *   `legs`), a write script's changes applied in leg order (one pull request per target), the final status
 *   comment with a row per leg; fails when a leg failed or is missing.
 * Job ids: each job is `<run id>-<attempt>`; a re-run of failed legs runs at a later attempt, and gather takes
 * each leg's artifact of the latest attempt that has one (see the README, "Fan-out across runners").
 */



















/** A request in one of the fan-out modes. Never throws for anything a requester can cause. */
async function runFanOut(request, manifest, ports, options) {
    switch (options.mode) {
        case 'plan':
            return plan(request, manifest, ports);
        case 'leg':
            return leg(request, manifest, ports, options);
        case 'gather':
            return gather(request, manifest, ports, options);
    }
}
const fan_out_NOWHERE = { accept: async () => undefined, update: async () => undefined };
async function plan(request, manifest, ports) {
    const started = Date.now();
    const reporter = ports.reporter({
        issue: request.issue,
        commentId: request.commentId,
        statusLabels: manifest.statusLabels,
    });
    const { acceptance, planned } = await acceptPlanned(request, manifest, ports);
    if (acceptance.kind === 'rejection' || !planned) {
        const rejection = acceptance;
        const report = rejectionReport(request, rejection, ports, started);
        await finishReport(report, rejection.status, started, reporter);
        return { ...fan_out_outcome(report, ports, reporter.url), matrix: '' };
    }
    await reporter.accept();
    const report = describe(jobReport(acceptance.job, ports, started), planned, manifest);
    report.phase = 'running';
    await reporter.update(report);
    const count = planned.plan.legs.length;
    ports.log.info(`${(0,shared_markdown/* plural */.LS)(count, 'leg')}: ${planned.plan.legs.map((l) => l.name).join(', ')}`);
    return {
        status: 'succeeded',
        message: `planned ${(0,shared_markdown/* plural */.LS)(count, 'leg')}`,
        commentUrl: reporter.url,
        matrix: planned.matrix,
    };
}
/** Accepts the request as plan and gather do: the whole plan of legs, recomputed from the request alone. */
async function acceptPlanned(request, manifest, ports) {
    let planned;
    const acceptance = await accept(request, manifest, ports, {
        fanOut: async (script, targets, values) => {
            planned = await planned_(manifest, script, targets, values);
            return { values };
        },
    });
    return { acceptance, planned: planned };
}
function planned_(manifest, script, targets, values) {
    // The keys are checked already; they hold no comma or space.
    return planRequest({ manifest, owner: script, target: targets.join(','), args: values });
}
/** The report shows every target of a targets fan-out. */
function describe(report, planned, manifest) {
    if (planned.plan.over === 'targets' && planned.targets.length > 1) {
        report.target = planned.targets.join(', ');
        report.targetTitle = planned.targets.map((k) => manifest.repositories[k]?.title ?? k).join(', ');
    }
    return report;
}
async function leg(request, manifest, ports, options) {
    const started = Date.now();
    let part;
    const dir = external_node_path_.join(ports.environment.tempDir, 'leg');
    const acceptance = await accept(request, manifest, ports, {
        fanOut: async (script, targets, values) => {
            part = await legRequest({ manifest, owner: script, target: targets.join(','), args: values }, options.leg, dir);
            return { target: part.part.targets[0], values: part.args };
        },
    });
    if (acceptance.kind === 'rejection' || !part) {
        const rejection = acceptance;
        const report = rejectionReport(request, rejection, ports, started);
        report.phase = 'done';
        report.status = rejection.status;
        return fan_out_outcome(report, ports);
    }
    const { part: legPart } = part;
    const job = {
        ...acceptance.job,
        artifactName: legArtifactName(acceptance.job.script.name, acceptance.job.id, legPart.leg),
    };
    ports.log.info(`Leg ${legPart.leg} of ${part.plan.legs.length} (${legPart.name}).`);
    // The job uploads nothing itself: the leg adds its record (and its changes) first.
    let uploaded;
    const holdArtifacts = {
        upload: async (_name, root) => {
            uploaded = { root };
            return {};
        },
    };
    const content = {
        checkout: (j) => ports.content.checkout(j),
        publish: async (j) => {
            if (!j.target || !j.write)
                return {};
            const git = await Git.create({ cwd: j.target.absolutePath });
            const changes = await writeLegChanges(git, {
                dir: j.target.absolutePath,
                exclude: excluded(j, j.target.absolutePath),
                message: j.write.commitMessage,
                author: j.write.author,
                leg: legPart.leg,
                name: legPart.name,
                target: j.target.key,
                artifactRoot: j.outputDir,
            });
            return changes ? {} : { noChanges: true };
        },
    };
    const legPorts = { ...ports, reporter: fan_out_NOWHERE, artifacts: holdArtifacts, content };
    // A flow that fans out runs all its steps in each leg.
    const flow = flowNamed(manifest, job.script.name);
    const report = flow ? await runFlowJob(flow, job, manifest, legPorts) : await runJob(job, legPorts);
    const root = uploaded?.root ?? job.outputDir;
    try {
        // runJob wrote the leg's record (and moved a script's own `_dispatch/` aside) before it uploaded.
        const recorded = await external_node_fs_.promises.stat(external_node_path_.join(root, ...RECORD_FILE.split('/'))).catch(() => undefined);
        if (!recorded)
            await writeRecord(root, report, options, ports);
        report.artifact = await uploadFolder(root, job, ports);
    }
    catch (error) {
        report.status = 'failed';
        report.reason = `The leg's artifact could not be uploaded: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`;
    }
    return fan_out_outcome(report, ports);
}
async function gather(request, manifest, ports, options) {
    const started = Date.now();
    const { acceptance, planned } = await acceptPlanned(request, manifest, ports);
    if (acceptance.kind === 'rejection' || !planned) {
        // plan answered this request already; gather only says why it stops.
        const rejection = acceptance;
        const report = rejectionReport(request, rejection, ports, started);
        report.phase = 'done';
        report.status = rejection.status;
        return fan_out_outcome(report, ports);
    }
    const job = acceptance.job;
    const reporter = gatherReporter(ports, request, options.commentJobs ?? [job.id], manifest.statusLabels);
    const report = describe(jobReport(job, ports, started), planned, manifest);
    report.phase = 'uploading';
    if (!options.findLegs)
        throw new Error('gather needs a way to find the legs');
    const root = external_node_path_.join(ports.environment.tempDir, 'gather');
    await external_node_fs_.promises.rm(root, { recursive: true, force: true });
    await external_node_fs_.promises.mkdir(root, { recursive: true });
    let merged;
    let found = [];
    let problem;
    try {
        found = await options.findLegs(planned.plan, root);
        const folders = await Promise.all(found.map((f) => leg_folder_readLegFolder(root, f.part)));
        merged = merge_mergeLegRecords(planned.plan, job.id, folders);
        for (const entry of merged.legs) {
            const leg = found.find((f) => String(f.part.leg) === entry.leg);
            if (leg)
                entry.artifact = leg.artifact;
        }
    }
    catch (error) {
        merged = merge_mergeLegRecords(planned.plan, job.id, []);
        problem = `The legs' artifacts could not be gathered: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`;
    }
    // Write scripts: every leg's changes, in leg order, one pull request per target.
    if (!problem && job.script.mode === 'write') {
        try {
            const okLegs = found.filter((f) => merged.legs.some((e) => e.leg === String(f.part.leg) && e.status === 'succeeded'));
            const byTarget = await legChangesByTarget(okLegs);
            if (merged.status === 'succeeded') {
                report.phase = 'opening-pull-request';
                for (const { target, legs } of pullRequestsOf(byTarget, manifest)) {
                    const published = await publishTarget(job, target, legs, manifest, ports, acceptance.job);
                    fan_out_recordPublished(report, published);
                }
                if (byTarget.size === 0)
                    report.noChanges = true;
            }
            else if (byTarget.size > 0) {
                ports.log.warning('Some legs did not succeed: the changes of the others are not published.');
            }
        }
        catch (error) {
            problem =
                error instanceof LegConflictError
                    ? error.message
                    : `The legs' changes could not be published: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`;
        }
    }
    report.legs = legsMarkdown(merged, ports.masker.mask.bind(ports.masker));
    const status = problem || merged.status !== 'succeeded' ? 'failed' : 'succeeded';
    report.reason = [merged.reason, problem].filter(Boolean).join(' ') || undefined;
    try {
        await writeRecord(root, { ...report, status }, options, ports, merged);
        report.artifact = await uploadFolder(root, job, ports);
    }
    catch (error) {
        report.reason = [report.reason, `The merged artifact could not be uploaded: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`]
            .filter(Boolean)
            .join(' ');
        await finishReport(report, 'failed', started, reporter);
        return fan_out_outcome(report, ports, reporter.url);
    }
    await finishReport(report, status, started, reporter);
    return fan_out_outcome(report, ports, reporter.url);
}
/** Checks out `target` once more, applies the legs' commits in leg order, and publishes them as one change. */
async function publishTarget(job, target, legs, manifest, ports, base) {
    const resolved = manifest.repositories[target];
    if (!resolved || !base.target)
        throw new Error(`Unknown target ${target}.`);
    const absolutePath = target === base.target.key
        ? base.target.absolutePath
        : external_node_path_.resolve(ports.environment.workspace, job.script.workingDirectory, resolved.path);
    const targetJob = { ...job, target: { ...resolved, absolutePath } };
    const checkout = await ports.content.checkout(targetJob);
    const git = await Git.create({ cwd: absolutePath });
    const applied = await applyLegChanges(git, {
        dir: absolutePath,
        legs,
        message: job.write?.commitMessage ?? `${job.script.name}`,
        author: job.write?.author ?? {
            name: 'script-dispatcher',
            email: 'script-dispatcher@users.noreply.github.com',
        },
    });
    if (!applied.commit)
        return { noChanges: true };
    // The working tree becomes the legs' result; HEAD stays the base, so publishing makes one commit of it.
    await git.at(absolutePath).run(['read-tree', '--reset', '-u', applied.commit]);
    await git.at(absolutePath).run(['reset', '--quiet']);
    return ports.content.publish(targetJob, checkout, {});
}
/**
 * One pull request per repository and branch: targets that are the same repository at the same `ref` (other
 * folders of it, say) publish together, through the first of them, with all their legs' changes.
 */
function pullRequestsOf(byTarget, manifest) {
    const groups = new Map();
    for (const [target, legs] of byTarget) {
        const resolved = manifest.repositories[target];
        const key = resolved ? `${resolved.repository.toLowerCase()}\0${resolved.ref ?? ''}` : `\0${target}`;
        const group = groups.get(key);
        if (group)
            group.legs.push(...legs);
        else
            groups.set(key, { target, legs: [...legs] });
    }
    return [...groups.values()];
}
/** Uploads everything under `root` as the job's artifact. */
async function uploadFolder(root, job, ports) {
    const outputs = await collectOutputs(root);
    const stored = await ports.artifacts.upload(job.artifactName, outputs.root, outputs.files);
    return { name: job.artifactName, files: outputs.files.length, bytes: outputs.bytes, ...stored };
}
function fan_out_recordPublished(report, published) {
    if (published.changes)
        report.changes = published.changes;
    if (published.noChanges && !report.pullRequests?.length)
        report.noChanges = true;
    if (published.pullRequests)
        report.pullRequests = [...(report.pullRequests ?? []), ...published.pullRequests];
    if (published.compareUrl)
        report.compareUrl = published.compareUrl;
    if (published.branch)
        report.branch = published.branch;
}
/** `_dispatch/record.json` of a leg, or of the merged artifact (with `legs`). */
async function writeRecord(root, report, options, ports, merged) {
    await external_node_fs_.promises.mkdir(root, { recursive: true });
    const outputs = merged
        ? merged.outputs
        : await hashFolder(root, { skip: (rel) => rel === DISPATCH_DIR || rel.startsWith(`${DISPATCH_DIR}/`) });
    const legs = merged?.legs.map((entry) => ({
        leg: entry.leg,
        name: entry.name,
        status: entry.status,
        reason: entry.reason ?? null,
        'exit-code': entry['exit-code'],
        artifact: entry.artifact,
        outputs: entry.outputs,
    }));
    const record = buildRunRecord(report, {
        kind: report.steps ? 'flow' : report.notebook ? 'notebook' : 'script',
        ...(report.steps ? { steps: recordSteps(report.steps) } : {}),
        event: { name: options.event ?? '' },
        finishedAt: new Date(),
        outputs,
        ...(legs ? { legs } : {}),
        mask: ports.masker.mask.bind(ports.masker),
    });
    const file = external_node_path_.join(root, ...RECORD_FILE.split('/'));
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(file), { recursive: true });
    await external_node_fs_.promises.writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
}
/** Gather edits the status comment plan wrote (found by its marker), and reacts on the request. */
function gatherReporter(ports, request, jobs, statusLabels) {
    const { api } = ports;
    if (!api || request.issue === undefined)
        return fan_out_NOWHERE;
    const issue = request.issue;
    const mask = ports.masker.mask.bind(ports.masker);
    let commentId;
    let url;
    const warn = (what, error) => ports.log.warning(mask(`Could not ${what}: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`));
    return {
        accept: async () => undefined,
        get url() {
            return url;
        },
        async update(report) {
            const body = renderStatusComment(report, mask);
            try {
                if (commentId === undefined) {
                    const comments = (await api.listComments(issue)).filter((c) => c.user.endsWith('[bot]'));
                    const mine = jobs
                        .map((job) => comments.filter((c) => c.body.includes(statusMarker(job))).pop())
                        .find(Boolean);
                    const comment = mine
                        ? await api.updateComment(mine.id, body)
                        : await api.createComment(issue, body, statusMarker(report.job));
                    commentId = comment.id;
                    url = comment.htmlUrl;
                }
                else {
                    await api.updateComment(commentId, body);
                }
            }
            catch (error) {
                warn('update the status comment', error);
            }
            if (report.phase === 'done' && request.commentId !== undefined) {
                await api
                    .addCommentReaction(request.commentId, report.status === 'succeeded' ? 'rocket' : 'confused')
                    .catch((error) => warn('react to the comment', error));
            }
            if (report.phase === 'done' && statusLabels) {
                // plan labelled the issue `script:running`; the final label is gather's.
                const label = report.status === 'succeeded' ? 'script:succeeded' : 'script:failed';
                await api
                    .removeLabel(issue, 'script:running')
                    .then(() => api.addLabels(issue, [label]))
                    .catch((error) => warn('label the issue', error));
            }
        },
    };
}
function rejectionReport(request, rejection, ports, started) {
    return {
        job: ports.environment.jobId,
        phase: 'queued',
        args: { ...request.args },
        requester: request.requester,
        issue: request.issue,
        dryRun: request.dryRun,
        run: ports.environment.run,
        startedAt: new Date(started).toISOString(),
        durations: {},
        script: rejection.script?.name,
        scriptTitle: rejection.script?.title,
        mode: rejection.script?.mode,
        target: rejection.target?.key,
        targetTitle: rejection.target?.title,
        reason: rejection.reason,
        problems: rejection.problems,
        fixCommand: rejection.fixCommand,
    };
}
function fan_out_outcome(report, ports, commentUrl) {
    const status = report.status ?? 'failed';
    const message = status === 'succeeded' ? 'succeeded' : ports.masker.mask(failureMessage(report));
    return { status, message, report, commentUrl };
}

;// CONCATENATED MODULE: ./src/report/routing.ts
/**
 * How the routing of an event through the manifest's triggers is shown: as text for a terminal
 * (`script-dispatcher route EVENT.json`, a dry run for a manifest author) and, when no trigger matched, as
 * the job summary of the ignored run.
 */



/**
 * The routing as plain text: each trigger in manifest order, `run` or `skip` with the reason, then one
 * line that says what the action would do. Values from the event are shown JSON-quoted, so a control
 * character or an escape sequence in a payload never reaches the terminal as such.
 */
function renderRoutingText(routing) {
    const entries = [
        ...routing.matches.map((m) => ({ index: m.index, lines: matchLines(m) })),
        ...routing.misses.map((m) => ({
            index: m.index,
            lines: [`skip  ${triggerTitle(m.trigger)}`, `      ${terminalText(m.why)}`],
        })),
    ].sort((a, b) => a.index - b.index);
    const total = entries.length;
    const event = terminalText(routing.eventName);
    const out = [];
    if (total === 0) {
        out.push(`${event} event: the manifest has no triggers, so the run would be ignored.`);
        return `${out.join('\n')}\n`;
    }
    out.push(`${event} event, ${(0,shared_markdown/* plural */.LS)(total, 'trigger')}:`);
    for (const entry of entries)
        out.push(...entry.lines);
    const runs = routing.matches.filter((m) => m.rejection === undefined).length;
    const rejected = routing.matches.length - runs;
    if (routing.matches.length === 0)
        out.push('No trigger matches: the run would be ignored.');
    else {
        const parts = [`${(0,shared_markdown/* plural */.LS)(runs, 'run')} would start`];
        if (rejected > 0)
            parts.push(`${rejected} would be rejected`);
        out.push(`${parts.join(', ')}.`);
    }
    return `${out.join('\n')}\n`;
}
function matchLines(match) {
    const lines = [`run   ${triggerTitle(match.trigger)}`];
    if (match.target !== undefined)
        lines.push(`      target: ${match.target}`);
    const args = Object.entries(match.args);
    if (args.length > 0) {
        lines.push(`      args: ${args.map(([name, value]) => `${name}=${showArgument(value)}`).join(', ')}`);
    }
    if (match.rejection !== undefined)
        lines.push(`      rejected: ${terminalText(match.rejection)}`);
    if (match.trigger.reportTo !== undefined)
        lines.push(`      reports to issue #${match.trigger.reportTo}`);
    if (match.trigger.openIssueOnFailure)
        lines.push('      opens an issue if it fails');
    return lines;
}
function showArgument(value) {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
/** One line with no control characters or escape sequences. */
function terminalText(text) {
    return cleanText(text).replace(/[\n\t\u0080-\u009f\u2028\u2029]/g, ' ');
}
/**
 * The job summary of an event no trigger matched: a table of every trigger with why it did not run,
 * quoting what the event said. Everything from the event is escaped and masked.
 */
function renderNoMatchSummary(routing, mask = (t) => t) {
    const event = inlineCode(mask(cleanText(routing.eventName)));
    const lines = [`### No trigger matched this ${event} event`, ''];
    if (routing.misses.length === 0) {
        lines.push('The manifest has no `triggers`, so nothing ran. The event was ignored.');
        return `${lines.join('\n')}\n`;
    }
    lines.push('Nothing ran; the event was ignored. Each trigger of the manifest, and why it did not match:', '');
    lines.push('| # | Trigger | Why it did not run |', '|---|---|---|');
    for (const miss of [...routing.misses].sort((a, b) => a.index - b.index)) {
        const t = miss.trigger;
        const what = `${inlineCode(t.on, { table: true })} → ${inlineCode(t.run, { table: true })}`;
        lines.push(`| ${miss.index} | ${what} | ${escapeProse(mask(cleanText(miss.why)), { table: true })} |`);
    }
    lines.push('', 'Try it with `script-dispatcher route EVENT.json` on a copy of the event.');
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts

/** GitHub takes up to 1 MiB of summary per step; this leaves room for anything else written there. */
const SUMMARY_LIMIT_BYTES = 1_000_000;
/**
 * Renders the job summary of a run, at most `SUMMARY_LIMIT_BYTES` bytes of UTF-8. `local`: the CLI's
 * `--summary FILE`, whose phases say what happens on this machine (outputs collected, changes committed).
 */
function renderSummary(report, mask, options = {}) {
    return renderReport(report, mask, {
        local: options.local,
        headingLevel: 2,
        budget: SUMMARY_LIMIT_BYTES,
        measure: (text) => Buffer.byteLength(text, 'utf8'),
        showIssue: true,
        alwaysShowTail: true,
    });
}

;// CONCATENATED MODULE: ./src/report/trigger-issue.ts
/**
 * The issue of a trigger with `open-issue-on-failure: true`: opened (titled after the trigger) when a run
 * it started fails, commented on by each later failure while it is open, and told when a run succeeds
 * again. A hidden marker in the issue body names the trigger, so the open issue is found by its marker
 * (the title alone could be edited or copied by anyone).
 */



const trigger_issue_MARKER_PREFIX = '<!-- script-dispatcher:trigger-issue ';
/**
 * The marker that ties an issue to a trigger: its position, event and script, so that a reordered or
 * changed trigger opens an issue of its own.
 */
function triggerIssueMarker(trigger) {
    const key = `${trigger.index}:${trigger.on}:${trigger.run}`.replace(/[^A-Za-z0-9_:.-]/g, '_');
    return `${trigger_issue_MARKER_PREFIX}${key} -->`;
}
/** Whether an issue body carries the marker of `trigger`. */
function isTriggerIssue(body, trigger) {
    return (body ?? '').includes(triggerIssueMarker(trigger));
}
/** The issue title: `Script Dispatcher: trigger 2 (schedule 0 6 * * 1 → audit) failed`. */
function triggerIssueTitle(trigger) {
    return `Script Dispatcher: ${triggerTitle(trigger)} failed`;
}
/** The body of the issue a first failure opens. */
function triggerIssueBody(trigger, run, mask = (t) => t) {
    return [
        triggerIssueMarker(trigger),
        `A run started by ${escapeProse(triggerTitle(trigger))} ${runWords(run, mask)}`,
        '',
        'Later failures of this trigger are added here as comments while this issue is open, and the next',
        'successful run says so. Close the issue once it is dealt with; a new failure then opens a new one.',
        '',
    ].join('\n');
}
/** The comment a later failure adds to the open issue. */
function triggerFailureComment(trigger, run, mask = (t) => t) {
    return `Failed again: ${escapeProse(triggerTitle(trigger))} ${runWords(run, mask)}\n`;
}
/** The comment a successful run adds to the open issue. */
function triggerRecoveryComment(trigger, run) {
    return `Succeeded: ${escapeProse(triggerTitle(trigger))} ran fine in ${jobLink(run)} (${inlineCode(run.eventName)} event). This issue can be closed.\n`;
}
function runWords(run, mask) {
    const status = run.status === 'timed-out' ? 'timed out' : run.status;
    const reason = run.reason ? `: ${escapeProse(mask(cleanText(run.reason)))}` : '.';
    return `(${inlineCode(run.eventName)} event) ${status} in ${jobLink(run)}${reason}`;
}
function jobLink(run) {
    return (0,shared_markdown/* link */.nf)(escapeText(`job ${run.job}`), run.runUrl);
}

;// CONCATENATED MODULE: ./src/route/triggers.ts
/**
 * Routing an event that names no script (push, schedule, repository_dispatch, workflow_run, ...) through
 * the manifest's `triggers`: which ones match, with which arguments, and why each other one does not,
 * quoting what the event said. Pure: the changed files of a push are computed elsewhere and passed in.
 *
 * Arguments: `{event.PATH}` is a dotted path into the payload (`client_payload.uid`, `commits.0.id`). A
 * text, number or boolean there is used; a missing path, `null`, a list or a mapping makes the run a
 * rejection that says so (a list or mapping is never turned into JSON text: name one value inside it).
 * The usual placeholders (`{job}`, `{issue}`, ...) are left for the planner, or filled in the same single
 * pass by `fillTriggerArgs` so that a payload value holding `{job}` is never expanded.
 */


/** How many changed files a miss names before "and N more". */
const NAMED_FILES = 5;
/**
 * Evaluates every trigger in manifest order against the event. `changedFiles`: the files a push changed
 * (needed only by triggers with `paths`; see `needsChangedFiles`).
 */
function routeEvent(manifest, eventName, payload, changedFiles) {
    const routing = { eventName, matches: [], misses: [] };
    for (const trigger of manifest.triggers ?? []) {
        const why = whyNot(trigger, eventName, payload, changedFiles);
        if (why !== undefined) {
            routing.misses.push({ index: trigger.index, trigger, why });
            continue;
        }
        const filled = fillTriggerArgs(trigger, payload);
        routing.matches.push({
            index: trigger.index,
            trigger,
            args: filled.args,
            ...(trigger.target !== undefined ? { target: trigger.target } : {}),
            ...(filled.rejection !== undefined ? { rejection: filled.rejection } : {}),
        });
    }
    return routing;
}
/** Whether routing `eventName` needs the changed files: a push with a trigger that has `paths`. */
function needsChangedFiles(manifest, eventName) {
    return (manifest.triggers ?? []).some((t) => t.on === eventName && t.paths !== undefined);
}
/** Undefined when `trigger` matches; otherwise the reason, quoting what the event said. */
function whyNot(trigger, eventName, payload, changedFiles) {
    if (trigger.on !== eventName)
        return `the event is ${triggers_quote(eventName)}, not ${triggers_quote(trigger.on)}`;
    if (eventName === 'push') {
        const ref = lookup(payload, 'ref');
        const refText = typeof ref === 'string' ? ref : '';
        // Nothing to run a script on: the branch or tag is gone.
        if (lookup(payload, 'deleted') === true) {
            return `the push deleted ${describeRef(refText)}`;
        }
        if (trigger.branches) {
            if (!refText.startsWith('refs/heads/')) {
                return `the push is of ${describeRef(refText)}, not of a branch (\`branches\`: ${triggers_list(trigger.branches)})`;
            }
            const branch = refText.slice('refs/heads/'.length);
            if (!globsMatch(trigger.branches, branch)) {
                return `the push is to branch ${triggers_quote(branch)}, which ${triggers_list(trigger.branches)} does not match`;
            }
        }
        if (trigger.paths) {
            if (changedFiles === undefined)
                return 'the changed files of the push were not computed';
            if (changedFiles.length === 0)
                return 'the push changed no files';
            const matcher = globsMatcher(trigger.paths);
            if (!changedFiles.some(matcher)) {
                return `none of the ${changedFiles.length} changed file${changedFiles.length === 1 ? '' : 's'} matches ${triggers_list(trigger.paths)}: ${namedFiles(changedFiles)}`;
            }
        }
    }
    if (trigger.cron !== undefined) {
        const schedule = lookup(payload, 'schedule');
        if (typeof schedule !== 'string')
            return 'the event says no `schedule` (which cron fired)';
        if (normalizeCron(schedule) !== trigger.cron) {
            return `the schedule that fired is ${triggers_quote(schedule)}, not ${triggers_quote(trigger.cron)}`;
        }
    }
    if (trigger.types) {
        const action = lookup(payload, 'action');
        if (typeof action !== 'string')
            return `the event has no type (\`action\`); \`types\` wants ${triggers_list(trigger.types)}`;
        if (!trigger.types.includes(action)) {
            return `the event type is ${triggers_quote(action)}, not ${triggers_list(trigger.types)}`;
        }
    }
    for (const [path, allowed] of Object.entries(trigger.when ?? {})) {
        const found = resolvePath(payload, path);
        if (!found.ok)
            return `\`${path}\` is not in the payload (${found.reason}); \`when\` wants ${triggers_list(allowed)}`;
        const value = found.value;
        if (value === null || typeof value === 'object') {
            return `\`${path}\` is ${kindOf(value)}, not ${triggers_list(allowed)}`;
        }
        if (!allowed.includes(String(value)))
            return `\`${path}\` is ${triggers_quote(String(value))}, not ${triggers_list(allowed)}`;
    }
    if (trigger.workflows || trigger.conclusions) {
        const run = lookup(payload, 'workflow_run');
        const name = lookup(run, 'name') ?? lookup(lookup(payload, 'workflow'), 'name');
        const nameText = typeof name === 'string' ? name : undefined;
        if (trigger.workflows) {
            if (nameText === undefined)
                return 'the event names no workflow (`workflow_run.name`)';
            if (!trigger.workflows.includes(nameText)) {
                return `the workflow that ran is ${triggers_quote(nameText)}, not ${triggers_list(trigger.workflows)}`;
            }
        }
        if (trigger.conclusions) {
            const conclusion = lookup(run, 'conclusion');
            const of = nameText !== undefined ? ` of ${triggers_quote(nameText)}` : '';
            if (typeof conclusion !== 'string') {
                const action = lookup(payload, 'action');
                return `the run${of} has no conclusion yet${typeof action === 'string' ? ` (the event is its ${triggers_quote(action)})` : ''}; \`conclusions\` wants ${triggers_list(trigger.conclusions)}`;
            }
            if (!trigger.conclusions.includes(conclusion)) {
                return `the run${of} concluded ${triggers_quote(conclusion)}, not ${triggers_list(trigger.conclusions)}`;
            }
        }
    }
    return undefined;
}
/**
 * The value at a dotted path of the payload: mapping keys (own keys only), and list indexes written as
 * numbers (`commits.0.id`).
 */
function resolvePath(payload, path) {
    let value = payload;
    const walked = [];
    for (const segment of path.split('.')) {
        const here = walked.length ? `\`${walked.join('.')}\`` : 'the payload';
        if (Array.isArray(value)) {
            if (!/^(0|[1-9][0-9]*)$/.test(segment)) {
                return {
                    ok: false,
                    reason: `${here} is a list; name an item by its number, e.g. \`${[...walked, '0'].join('.')}\``,
                };
            }
            const index = Number(segment);
            if (index >= value.length) {
                return { ok: false, reason: `${here} is a list of ${value.length}, with no item ${index}` };
            }
            value = value[index];
        }
        else if (value !== null && typeof value === 'object') {
            if (!Object.prototype.hasOwnProperty.call(value, segment)) {
                return { ok: false, reason: `${here} has no \`${segment}\`` };
            }
            value = value[segment];
        }
        else {
            return { ok: false, reason: `${here} is ${kindOf(value)}, with nothing inside` };
        }
        walked.push(segment);
    }
    return { ok: true, value };
}
/**
 * The trigger's arguments with `{event.PATH}` filled from the payload and the usual placeholders filled
 * from `values` (left as they are when not given), in one pass. A whole-value `{event.PATH}` keeps a number
 * or boolean as it is. The first value that cannot be filled gives `rejection`.
 */
function fillTriggerArgs(trigger, payload, values = {}) {
    const args = {};
    let rejection;
    for (const [name, template] of Object.entries(trigger.args)) {
        if (typeof template !== 'string') {
            args[name] = template;
            continue;
        }
        const whole = new RegExp(`^${EVENT_PLACEHOLDER.source}$`).exec(template);
        if (whole) {
            const found = eventValue(whole[1].slice(1), payload);
            if ('error' in found) {
                rejection ??= `argument \`${name}\` (${triggers_quote(template)}): ${found.error}`;
                args[name] = template;
            }
            else
                args[name] = found.value;
            continue;
        }
        args[name] = template.replace(triggers_TOKEN, (token, event, usual) => {
            if (event !== undefined) {
                const found = eventValue(event.slice(1), payload);
                if ('error' in found) {
                    rejection ??= `argument \`${name}\` (${triggers_quote(template)}): ${found.error}`;
                    return token;
                }
                return String(found.value);
            }
            return usual !== undefined && Object.prototype.hasOwnProperty.call(values, usual)
                ? values[usual]
                : token;
        });
    }
    return rejection === undefined ? { args } : { args, rejection };
}
/** `{event.PATH}` or a usual `{name}`. */
const triggers_TOKEN = new RegExp(`\\{event((?:\\.[A-Za-z0-9_-]+)+)\\}|\\{([A-Za-z_][A-Za-z0-9_]*)\\}`, 'g');
function eventValue(path, payload) {
    const found = resolvePath(payload, path);
    if (!found.ok)
        return { error: `the event has no \`${path}\` (${found.reason})` };
    const value = found.value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return { value };
    if (value === null)
        return { error: `\`${path}\` is null in the event` };
    return {
        error: `\`${path}\` is ${kindOf(value)} in the event, not one value; name a value inside it (e.g. \`{event.${path}.${Array.isArray(value) ? '0' : (Object.keys(value)[0] ?? 'KEY')}}\`)`,
    };
}
/**
 * Whether `value` passes `globs`: a glob starting with `!` excludes, the last glob that matches decides;
 * when every glob excludes, what none of them matches passes. Globs as the manifest's others (picomatch,
 * dot files included).
 */
function globsMatch(globs, value) {
    return globsMatcher(globs)(value);
}
/** `globsMatch` with the globs compiled once, for many values. */
function globsMatcher(globs) {
    const compiled = globs.map((glob) => {
        const negated = glob.startsWith('!');
        return { negated, test: picomatch_default()(negated ? glob.slice(1) : glob, { dot: true }) };
    });
    const start = compiled.every((c) => c.negated);
    return (value) => {
        let matched = start;
        for (const { negated, test } of compiled)
            if (test(value))
                matched = !negated;
        return matched;
    };
}
function lookup(value, key) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    return Object.prototype.hasOwnProperty.call(value, key)
        ? value[key]
        : undefined;
}
function describeRef(ref) {
    if (ref.startsWith('refs/heads/'))
        return `branch ${triggers_quote(ref.slice('refs/heads/'.length))}`;
    if (ref.startsWith('refs/tags/'))
        return `tag ${triggers_quote(ref.slice('refs/tags/'.length))}`;
    return ref ? triggers_quote(ref) : 'an unnamed ref';
}
function namedFiles(files) {
    const named = files.slice(0, NAMED_FILES).map(triggers_quote).join(', ');
    return files.length > NAMED_FILES ? `${named} and ${files.length - NAMED_FILES} more` : named;
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `a list of ${value.length}`;
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the text ${triggers_quote(value)}`;
    return `${typeof value} ${triggers_quote(String(value))}`;
}
/** `a` or `b`: the manifest's values as a message lists them. */
function triggers_list(values) {
    return values.length === 1 ? triggers_quote(values[0]) : `any of ${values.map(triggers_quote).join(', ')}`;
}
/**
 * A value from the event or the manifest as a message quotes it: one line, no backticks or control
 * characters (so it cannot break out of its code span), at most 80 characters.
 */
function triggers_quote(value) {
    const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/`/g, "'");
    if (clean.trim() === '')
        return 'an empty text';
    return `\`${clean.length > 80 ? `${clean.slice(0, 77)}...` : clean}\``;
}

;// CONCATENATED MODULE: ./src/pipeline/triggers.ts
/**
 * An event that names no script, routed through the manifest's `triggers`: every trigger that matches runs
 * as its own run (job id `<run id>-<attempt>-t<N>`, its own artifact, report and record), through the same
 * path as any request; no match is `ignored`, with a job summary saying why each trigger did not match.
 * A trigger with `open-issue-on-failure` keeps one issue about its failures.
 */








/** Routes the event and runs each match in manifest order. Never throws for anything an event can cause. */
async function dispatchTriggers(request, manifest, ports, runOne) {
    if (!manifest)
        throw new Error('triggers need the manifest');
    const mask = ports.masker.mask.bind(ports.masker);
    const { eventName, payload } = request;
    let changedFiles;
    /** Why the changed files of the push could not be computed (the warning, and the run's message). */
    let changedProblem;
    if (needsChangedFiles(manifest, eventName) && triggers_lookup(payload, 'deleted') !== true) {
        let cause;
        if (!ports.changedFiles)
            cause = 'there is no checkout to compute them in';
        else {
            const t0 = Date.now();
            try {
                changedFiles = await ports.changedFiles(payload);
                ports.log.info(`The push changed ${changedFiles.length} file(s) (${Date.now() - t0} ms).`);
            }
            catch (error) {
                cause = (0,shared_markdown/* errorMessage */.gJ)(error);
            }
        }
        if (cause) {
            changedProblem = mask(`The changed files of the push could not be computed: ${cause}`);
            ports.log.warning(changedProblem);
        }
    }
    const routing = routeEvent(manifest, eventName, payload, changedFiles);
    for (const line of renderRoutingText(routing).trimEnd().split('\n'))
        ports.log.info(mask(line));
    if (routing.matches.length === 0) {
        const summary = renderNoMatchSummary(routing, mask);
        if (changedProblem) {
            return {
                status: 'failed',
                message: changedProblem,
                summary,
            };
        }
        return {
            status: 'ignored',
            message: `no trigger matched this ${eventName} event`,
            summary,
        };
    }
    const results = [];
    for (const match of routing.matches) {
        const result = await runMatch(request, match, manifest, ports, runOne);
        results.push({ match, result });
        if (match.trigger.openIssueOnFailure && ports.api && result.report) {
            await keepTriggerIssue(match.trigger, result.report, eventName, ports).catch((error) => ports.log.warning(mask(`Could not update the issue of ${triggerTitle(match.trigger)}: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`)));
        }
    }
    const last = results[results.length - 1].result;
    const earlier = results
        .slice(0, -1)
        .map(({ result }) => (result.report ? renderSummary(result.report, mask) : ''))
        .filter(Boolean);
    const failed = results.filter(({ result }) => FAILING_STATUSES.includes(result.status));
    const final = { ...last, ...(earlier.length ? { summary: earlier.join('\n') } : {}) };
    if (failed.length > 0 && !FAILING_STATUSES.includes(last.status)) {
        final.status = failed[0].result.status;
    }
    if (failed.length > 0 && results.length > 1) {
        final.message = failed
            .map(({ match, result }) => `${triggerTitle(match.trigger)}: ${result.status} (${result.message})`)
            .join('; ');
    }
    return final;
}
/** One matching trigger, run as its own request with its own job id. */
async function runMatch(request, match, manifest, ports, runOne) {
    const { trigger } = match;
    const jobId = `${ports.environment.jobId}-t${match.index}`;
    const event = { name: request.eventName, trigger: triggerTitle(trigger) };
    const filled = fillTriggerArgs(trigger, request.payload, {
        job: jobId,
        script: trigger.run,
        requester: request.requester,
        issue: trigger.reportTo !== undefined ? String(trigger.reportTo) : '',
        ...(trigger.target !== undefined ? { target: trigger.target } : {}),
    });
    const own = {
        ...ports,
        environment: {
            ...ports.environment,
            jobId,
            tempDir: `${ports.environment.tempDir}-t${match.index}`,
            trigger: event.trigger,
        },
        reporter: (where) => withEvent(ports.reporter(where), event),
    };
    ports.log.info(`Running ${triggerTitle(trigger)} as job ${jobId}.`);
    const rejection = match.rejection ?? filled.rejection;
    if (rejection !== undefined)
        return rejectUnfilled(request, trigger, filled.args, rejection, manifest, own);
    const run = {
        kind: 'run',
        source: 'dispatch',
        script: trigger.run,
        target: trigger.target,
        args: filled.args,
        requester: request.requester,
        issue: trigger.reportTo,
        openPullRequest: true,
        dryRun: request.dryRun,
        event,
    };
    return runOne(run, manifest, own);
}
/** A reporter that names the event and trigger on every report it shows (the record reads it there). */
function withEvent(reporter, event) {
    return {
        accept: () => reporter.accept(),
        update: (report) => {
            report.event = event;
            return reporter.update(report);
        },
        get url() {
            return reporter.url;
        },
    };
}
/** A trigger whose arguments could not be filled from the event: rejected, nothing runs. */
async function rejectUnfilled(request, trigger, args, rejection, manifest, ports) {
    const started = Date.now();
    const script = Object.prototype.hasOwnProperty.call(manifest.scripts, trigger.run)
        ? manifest.scripts[trigger.run]
        : undefined;
    const reporter = ports.reporter({ issue: trigger.reportTo, statusLabels: manifest.statusLabels });
    const report = {
        job: ports.environment.jobId,
        phase: 'queued',
        script: trigger.run,
        scriptTitle: script?.title,
        mode: script?.mode,
        target: trigger.target,
        args: (0,shared_markdown/* withoutUrlCredentials */.el)(args),
        requester: request.requester,
        issue: trigger.reportTo,
        dryRun: request.dryRun,
        run: ports.environment.run,
        startedAt: new Date(started).toISOString(),
        durations: {},
        reason: `The arguments of ${triggerTitle(trigger)} could not be filled from the event: ${rejection}`,
        problems: [
            {
                message: rejection,
                fix: "Name a text, number or yes/no value of the event in the trigger's `args` (`{event.PATH}`), or send it in the event.",
            },
        ],
    };
    const final = await finishReport(report, 'rejected', started, reporter);
    return {
        status: 'rejected',
        message: ports.masker.mask(final.reason ?? 'rejected'),
        report: final,
        commentUrl: reporter.url,
    };
}
/**
 * The issue of a trigger with `open-issue-on-failure`: a failure opens it (or comments on the open one), a
 * success after failures says so on it. Only issues opened by an app (the action's token) count.
 */
async function keepTriggerIssue(trigger, report, eventName, ports) {
    const api = ports.api;
    if (!api)
        return;
    const mask = ports.masker.mask.bind(ports.masker);
    const status = report.status ?? 'failed';
    const failed = FAILING_STATUSES.includes(status);
    const info = {
        job: report.job,
        status,
        runUrl: report.run?.url,
        eventName,
        reason: report.reason,
    };
    const open = (await api.listOpenIssues()).find((issue) => issue.user.endsWith('[bot]') && isTriggerIssue(issue.body, trigger));
    if (failed) {
        if (open) {
            await api.createComment(open.number, `${marker(report)}\n${triggerFailureComment(trigger, info, mask)}`, marker(report));
            ports.log.info(`Added the failure to issue #${open.number}.`);
        }
        else {
            const issue = await api.createIssue(triggerIssueTitle(trigger), triggerIssueBody(trigger, info, mask), triggerIssueMarker(trigger));
            ports.log.info(`Opened issue #${issue.number} about the failure: ${issue.htmlUrl}`);
        }
    }
    else if (open && status === 'succeeded') {
        await api.createComment(open.number, `${marker(report)}\n${triggerRecoveryComment(trigger, info)}`, marker(report));
        ports.log.info(`Said on issue #${open.number} that ${triggerTitle(trigger)} succeeded again.`);
    }
}
/** Ties a comment to the run that wrote it, so a retried create never adds it twice. */
function marker(report) {
    return `<!-- script-dispatcher:trigger-run job=${report.job} -->`;
}
function triggers_lookup(value, key) {
    return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

;// CONCATENATED MODULE: ./src/pipeline/dispatch.ts












/**
 * Every branch a request can take: run (accepted or rejected), an edited issue, help, cancel, a request that
 * cannot be read, one that came while the manifest is broken, and events that are no request. Never throws
 * for anything a requester can cause.
 */
async function dispatch(request, manifest, ports, fanOut) {
    if (fanOut && manifest && (request.kind === 'run' || (request.kind === 'edited' && fanOut.mode !== 'plan')))
        return runFanOut(request.kind === 'run' ? request : request.run, withFlowsAsScripts(manifest), ports, fanOut);
    if (fanOut && fanOut.mode !== 'plan')
        return { status: 'ignored', message: `not a request to run (the \`${fanOut.mode}\` job does nothing)` };
    switch (request.kind) {
        case 'ignored':
            if (request.warning)
                ports.log.warning(ports.masker.mask(request.warning));
            return { status: 'ignored', message: request.reason };
        case 'broken-manifest':
        case 'unreadable':
            return answerRejected(request, manifest, ports);
        case 'help':
            return help(request, manifest, ports);
        case 'cancel':
            return cancel(request, manifest, ports);
        case 'edited': {
            const last = ports.api && request.run.issue ? await lastStatus(ports.api, request.run.issue) : undefined;
            if (last && last.status !== 'rejected') {
                const reason = 'the issue was edited, but its last request already ran: comment `/run` to run it again';
                return { status: 'ignored', message: reason };
            }
            return fanOut && manifest
                ? runFanOut(request.run, withFlowsAsScripts(manifest), ports, fanOut)
                : run(request.run, manifest, ports);
        }
        case 'run':
            return run(request, manifest, ports);
        case 'triggered':
            return dispatchTriggers(request, manifest, ports, run);
    }
}
async function run(request, manifest, ports) {
    if (!manifest)
        throw new Error('a run needs the manifest');
    const started = Date.now();
    const reporter = ports.reporter({
        issue: request.issue,
        commentId: request.commentId,
        statusLabels: manifest.statusLabels,
        progressIntervalSeconds: manifest.progressIntervalSeconds,
    });
    // A flow is accepted as a script made of it (its args, targets, permission, artifact, branch).
    const acceptance = await accept(request, withFlowsAsScripts(manifest), ports);
    let report;
    if (acceptance.kind === 'rejection') {
        report = baseReport(request.requester, request.issue, request.dryRun, ports, started);
        // As the request gave them, but never a password of a link.
        report.args = (0,shared_markdown/* withoutUrlCredentials */.el)(request.args);
        report.script = acceptance.script?.name;
        report.scriptTitle = acceptance.script?.title;
        report.mode = acceptance.script?.mode;
        report.target = acceptance.target?.key;
        report.targetTitle = acceptance.target?.title;
        report.reason = acceptance.reason;
        report.problems = acceptance.problems;
        report.fixCommand = acceptance.fixCommand;
        report = await finishReport(report, acceptance.status, started, reporter);
    }
    else {
        await reporter.accept();
        const flow = flowNamed(manifest, acceptance.job.script.name);
        report = flow
            ? await runFlowJob(flow, acceptance.job, manifest, { ...ports, reporter }, { startedAt: started })
            : await runJob(acceptance.job, { ...ports, reporter }, { startedAt: started });
    }
    return dispatch_outcome(report, ports, reporter.url);
}
function dispatch_outcome(report, ports, commentUrl) {
    const status = report.status ?? 'failed';
    const message = status === 'succeeded' ? 'succeeded' : ports.masker.mask(failureMessage(report));
    return { status, message, report, commentUrl };
}
function baseReport(requester, issue, dryRun, ports, started = Date.now()) {
    return {
        job: ports.environment.jobId,
        phase: 'queued',
        args: {},
        requester,
        issue,
        dryRun,
        run: ports.environment.run,
        startedAt: new Date(started).toISOString(),
        durations: {},
    };
}
/** A request that could not be read, or came while the manifest is broken: one comment listing every problem. */
async function answerRejected(request, manifest, ports) {
    const report = baseReport(request.requester, request.issue, false, ports);
    report.phase = 'done';
    report.status = 'rejected';
    report.problems = request.problems;
    if (request.kind === 'unreadable') {
        report.script = request.script;
        report.scriptTitle =
            request.script && manifest ? ownScript(withFlowsAsScripts(manifest), request.script)?.title : undefined;
        report.reason = 'The request could not be read.';
    }
    else {
        report.reason = request.reason;
    }
    const reporter = ports.reporter({
        issue: request.issue,
        commentId: request.commentId,
        statusLabels: false,
    });
    await reporter.update(report);
    const message = request.kind === 'unreadable' ? ports.masker.mask(failureMessage(report)) : request.message;
    return { status: 'rejected', message, report, commentUrl: reporter.url };
}
function ownScript(manifest, name) {
    return Object.prototype.hasOwnProperty.call(manifest.scripts, name) ? manifest.scripts[name] : undefined;
}
async function help(request, manifest, ports) {
    if (!manifest)
        throw new Error('help needs the manifest');
    const mask = ports.masker.mask.bind(ports.masker);
    await reply(ports, request.issue, renderHelpWithFlows(manifest, request.script, mask));
    await react(ports, request.commentId, 'eyes');
    return { status: 'succeeded', message: 'help posted' };
}
/** Posts a reply comment (help, cancel) once, even when the create is retried. */
async function reply(ports, issue, body) {
    if (!ports.api)
        return;
    const marker = `<!-- script-dispatcher:reply job=${ports.environment.jobId} -->`;
    try {
        await ports.api.createComment(issue, `${marker}\n${body}`, marker);
    }
    catch (error) {
        ports.log.warning(ports.masker.mask(`Could not comment on issue #${issue}: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`));
    }
}
async function react(ports, commentId, content) {
    await ports.api
        ?.addCommentReaction(commentId, content)
        .catch((error) => ports.log.warning(ports.masker.mask((0,shared_markdown/* errorMessage */.gJ)(error))));
}
/**
 * The status comments of an issue, read back from their hidden state, oldest first. Only comments written
 * by an app (the action's token) count: anyone may post a comment that imitates one.
 */
async function statusComments(api, issue) {
    const comments = await api.listComments(issue);
    return comments
        .filter((c) => c.user.endsWith('[bot]'))
        .map((c) => ({ comment: c, state: parseStatusComment(c.body) }))
        .filter((c) => c.state !== undefined);
}
async function lastStatus(api, issue) {
    return (await statusComments(api, issue)).pop()?.state;
}
/** `/cancel`: cancels the issue's run in progress (found from its status comment), if the requester may. */
async function cancel(request, manifest, ports) {
    const { api, environment } = ports;
    if (!api || !manifest)
        throw new Error('cancel needs the GitHub API and the manifest');
    const mask = ports.masker.mask.bind(ports.masker);
    const running = (await statusComments(api, request.issue))
        .filter((c) => c.state.phase !== 'done' && c.state.runId && c.state.runId !== environment.run?.id)
        .pop();
    if (!running?.state.runId) {
        await reply(ports, request.issue, renderCancelReply(undefined, mask));
        return { status: 'succeeded', message: 'nothing to cancel' };
    }
    // Cancelling needs what running the script needs (at least triage when the script is gone).
    const script = (running.state.script &&
        ownScript(withFlowsAsScripts(manifest), running.state.script)) || {
        name: running.state.script ?? 'this run',
        permission: 'triage',
        allowUsers: [],
        allowTeams: [],
    };
    const decision = await authorize(api, script, request.requester);
    if (!decision.allowed) {
        const report = baseReport(request.requester, request.issue, false, ports);
        report.phase = 'done';
        report.status = 'rejected';
        report.script = script.name;
        report.reason = decision.reason.replace('to run', 'to cancel');
        await react(ports, request.commentId, 'confused');
        await reply(ports, request.issue, renderStatusComment(report, mask));
        return { status: 'rejected', message: report.reason ?? 'refused' };
    }
    const runId = running.state.runId;
    const runUrl = `${environment.serverUrl}/${environment.repository}/actions/runs/${runId}`;
    try {
        await api.cancelWorkflowRun(runId);
    }
    catch (error) {
        await reply(ports, request.issue, renderCancelReply({ runId, url: runUrl }, mask, (0,shared_markdown/* errorMessage */.gJ)(error)));
        return { status: 'failed', message: `Could not cancel run ${runId}: ${(0,shared_markdown/* errorMessage */.gJ)(error)}` };
    }
    await react(ports, request.commentId, 'eyes');
    await reply(ports, request.issue, renderCancelReply({ runId, url: runUrl }, mask));
    return { status: 'succeeded', message: `cancelled run ${runId}` };
}

;// CONCATENATED MODULE: ./src/pipeline/index.ts
/** The engine: `dispatch` decides what a request becomes; `accept` and `runJob` are its two halves of a run. */




;// CONCATENATED MODULE: ./src/request/args.ts
/**
 * Reads the `args` input (and repository_dispatch's `client_payload.args`): a YAML/JSON mapping, or
 * `name=value` lines.
 */


/** A line that is meant as `name=value` (not indented, so YAML block scalars holding `a=b` do not count). */
const NAME_VALUE_LINE = /^[A-Za-z0-9_][\w.-]*[ \t]*=/;
const LINES_FIX = 'Write one argument per line as `name=value` (e.g. `count=3`), or give a YAML/JSON mapping (`count: 3`).';
const NESTED_FIX = 'Give one value (text, a number, or true/false). Several values go in one text value, in the form the ' +
    "argument's description asks for.";
/**
 * Parses the `args` input. It is read as a YAML/JSON mapping when it is one and no line looks like
 * `name=value`; otherwise as `name=value` lines (the value is everything after the first `=`, verbatim).
 */
function parseArgsInput(text) {
    if (text.trim() === '')
        return { args: {}, problems: [] };
    const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
    if (!lines.some((line) => NAME_VALUE_LINE.test(line))) {
        const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true, prettyErrors: false });
        if (doc.errors.length === 0) {
            if ((0,dist/* isMap */.jh)(doc.contents))
                return fromYamlMapping(doc);
            if ((0,dist/* isSeq */.oP)(doc.contents)) {
                return {
                    args: {},
                    problems: [
                        {
                            field: 'args',
                            message: 'The arguments are a list; they must be a mapping of argument names to values.',
                            fix: 'Give one `name: value` per line (e.g. `count: 3`) without a leading `- `, or `name=value` lines.',
                        },
                    ],
                };
            }
            // A lone scalar (a word, a sentence): read as lines, which reports what is wrong with them.
        }
        else if (looksLikeMapping(lines)) {
            const error = doc.errors[0];
            const where = positionOf(text, error.pos[0]);
            return {
                args: {},
                problems: [
                    {
                        field: 'args',
                        message: `The arguments could not be read as YAML/JSON${where}: ${args_firstLine(error.message)}`,
                        fix: LINES_FIX,
                    },
                ],
            };
        }
    }
    return fromLines(lines);
}
/**
 * Reads `client_payload.args` of a repository_dispatch event: a JSON object of scalars, or a string in the
 * format of the `args` input. Missing (undefined or null) means no arguments.
 */
function argsFromObject(obj) {
    if (obj === undefined || obj === null)
        return { args: {}, problems: [] };
    if (typeof obj === 'string')
        return parseArgsInput(obj);
    if (typeof obj !== 'object' || Array.isArray(obj)) {
        return {
            args: {},
            problems: [
                {
                    field: 'args',
                    message: `The arguments must be an object of argument names to values, got ${showValue(obj)}.`,
                    fix: 'Send `client_payload.args` as a JSON object such as `{"count": 3}`.',
                },
            ],
        };
    }
    const args = {};
    const problems = [];
    for (const [name, value] of Object.entries(obj)) {
        if (value === undefined)
            continue;
        if (value === null || typeof value === 'string' || typeof value === 'boolean')
            args_setOwn(args, name, value);
        else if (typeof value === 'number')
            args_setOwn(args, name, Number.isFinite(value) ? value : String(value));
        else
            problems.push(nestedProblem(name, value));
    }
    return { args, problems };
}
function fromYamlMapping(doc) {
    const args = {};
    const problems = [];
    if (!(0,dist/* isMap */.jh)(doc.contents))
        return { args, problems };
    for (const pair of doc.contents.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : undefined;
        if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
            problems.push({
                field: 'args',
                message: 'One of the arguments has no name, or a name that is not plain text.',
                fix: 'Give each argument as `name: value`.',
            });
            continue;
        }
        const name = String(key);
        let node = pair.value;
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        if (node === null || node === undefined)
            args_setOwn(args, name, null);
        else if ((0,dist/* isScalar */.jn)(node))
            args_setOwn(args, name, scalarValue(node));
        else
            problems.push(nestedProblem(name, (0,dist/* isSeq */.oP)(node) ? [] : {}));
    }
    return { args, problems };
}
/**
 * A scalar's value. Numbers and booleans are kept as such only when written the way JavaScript writes them
 * (`3`, `true`); otherwise the text as written (`1.10`, `0x10`, `Yes`), so a text argument gets exactly
 * what was typed and a number argument applies its own rules.
 */
function scalarValue(node) {
    const value = node.value;
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'string')
        return value;
    const source = node.type === 'PLAIN' && typeof node.source === 'string' ? node.source : String(value);
    if ((typeof value === 'number' || typeof value === 'boolean') && String(value) === source)
        return value;
    return source;
}
function fromLines(lines) {
    const args = {};
    const problems = [];
    const seenOn = new Map();
    lines.forEach((line, index) => {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        const lineNo = index + 1;
        const eq = line.indexOf('=');
        if (eq < 0) {
            problems.push({
                field: 'args',
                message: `Line ${lineNo} of the arguments, ${showValue(line)}, is not \`name=value\`.`,
                fix: LINES_FIX,
            });
            return;
        }
        const name = line.slice(0, eq).trim();
        if (name === '') {
            problems.push({
                field: 'args',
                message: `Line ${lineNo} of the arguments, ${showValue(line)}, has no name before \`=\`.`,
                fix: LINES_FIX,
            });
            return;
        }
        const first = seenOn.get(name);
        if (first !== undefined) {
            problems.push({
                field: name,
                message: `Argument ${code(name)} is given twice (lines ${first} and ${lineNo}).`,
                fix: 'Give each argument once.',
            });
        }
        else
            seenOn.set(name, lineNo);
        args_setOwn(args, name, line.slice(eq + 1));
    });
    return { args, problems };
}
function nestedProblem(name, value) {
    const what = Array.isArray(value) ? 'a list' : 'a mapping';
    return {
        field: name,
        message: `Argument ${code(name)} is ${what}; each argument takes a single value.`,
        fix: NESTED_FIX,
    };
}
/** Text that is most likely meant as YAML/JSON: starts like JSON, or has a `key:` line. */
function looksLikeMapping(lines) {
    const first = lines.find((line) => line.trim() !== '' && !line.trim().startsWith('#'))?.trim() ?? '';
    return first.startsWith('{') || lines.some((line) => /^\s*[^\s#][^:]*:(\s|$)/.test(line));
}
/** ` (line L, column C)` of an offset in the text. */
function positionOf(text, offset) {
    if (!Number.isInteger(offset) || offset < 0)
        return '';
    const before = text.slice(0, offset).split('\n');
    return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}
function args_firstLine(text) {
    return text.split('\n')[0].trim();
}
/** Sets an own property, even for names such as `__proto__`. */
function args_setOwn(target, name, value) {
    Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

;// CONCATENATED MODULE: ./src/forms/fields.ts
const SCRIPT_LABEL = 'Script';
const CONTENT_LABEL = 'Content';
const OPEN_PULL_REQUEST_LABEL = 'Open a pull request';
const YES = 'Yes';
const NO = 'No';
/** Ids of the fields every form may have; an argument never gets one of these. */
const SCRIPT_ID = 'script';
const TARGET_ID = 'target';
const OPEN_PULL_REQUEST_ID = 'open-pull-request';
/** How labels are compared: GitHub headings may differ in case and spacing from what the form says. */
function labelKey(label) {
    return label.replace(/\s+/g, ' ').trim().toLowerCase();
}
/** GitHub adds its own `None` entry to dropdowns and refuses forms whose options include it. */
function isReservedOption(label) {
    return label.trim().toLowerCase() === 'none';
}
/**
 * The first of `base`, `<title> (<qualifier>)`, `<title> (<qualifier> 2)`, `<title> (<qualifier> 3)`... whose key
 * is not taken yet; takes it.
 */
function unique(base, title, qualifier, taken, key) {
    for (let n = 1;; n++) {
        const candidate = n === 1 ? base : n === 2 ? `${title} (${qualifier})` : `${title} (${qualifier} ${n - 1})`;
        if (!taken.has(key(candidate))) {
            taken.add(key(candidate));
            return candidate;
        }
    }
}
/** One-line label text. */
function fields_oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
/** The option the Script dropdown shows for a script. */
function scriptOption(script) {
    const name = fields_oneLine(script.name);
    return {
        label: isReservedOption(name) || name === '' ? `${name} (script)`.trim() : name,
        value: script.name,
    };
}
/** The options of the Content dropdown: the script's targets by title, made unique. */
function targetOptions(script, manifest) {
    const taken = new Set();
    const titles = script.targets.map((key) => fields_oneLine(manifest.repositories[key]?.title ?? '') || key);
    const counts = new Map();
    for (const t of titles)
        counts.set(t.toLowerCase(), (counts.get(t.toLowerCase()) ?? 0) + 1);
    return script.targets.map((key, i) => {
        const title = titles[i];
        const clash = (counts.get(title.toLowerCase()) ?? 0) > 1 || isReservedOption(title);
        const base = clash ? `${title} (${key})` : title;
        return { label: unique(base, title, key, taken, (s) => s.toLowerCase()), value: key };
    });
}
/** The options of a choice argument: its options, made unique and never `None`. */
function choiceOptions(arg) {
    const taken = new Set();
    const seen = new Set();
    const options = [];
    for (const value of arg.options ?? []) {
        if (typeof value !== 'string' || fields_oneLine(value) === '' || seen.has(value))
            continue;
        seen.add(value);
        const text = fields_oneLine(value);
        const base = isReservedOption(text) ? `"${text}"` : text;
        options.push({ label: unique(base, `"${text}"`, 'option', taken, (s) => s), value });
    }
    return options;
}
/** Which form element an argument becomes. */
function argElement(arg) {
    switch (arg.type) {
        // csv too, without `render: csv`: a rendered textarea takes no attachments, and a csv value may be an
        // attached file. A pasted CSV comes back exactly when it is in a fenced block.
        case 'textarea':
        case 'file':
        case 'csv':
            return { element: 'textarea' };
        case 'boolean':
            return {
                element: 'dropdown',
                options: [
                    { label: YES, value: YES },
                    { label: NO, value: NO },
                ],
            };
        case 'choice': {
            const options = choiceOptions(arg);
            return options.length > 0 ? { element: 'dropdown', options } : { element: 'input' };
        }
        default:
            return { element: 'input' };
    }
}
function argId(name, taken) {
    const base = name.replace(/[^A-Za-z0-9_-]/g, '_') || 'arg';
    let id = base;
    for (let n = 2; taken.has(id.toLowerCase()); n++)
        id = n === 2 ? `arg-${base}` : `arg-${base}-${n - 1}`;
    taken.add(id.toLowerCase());
    return id;
}
/** The fields of a script's form, in the order the form shows them. */
function fields_formFields(script, manifest) {
    const ids = new Set([SCRIPT_ID, TARGET_ID, OPEN_PULL_REQUEST_ID]);
    // The fixed labels are always reserved, whether the form shows them or not, so that an argument's label does
    // not change when a script gains a second target or becomes a write script.
    const labels = new Set([SCRIPT_LABEL, CONTENT_LABEL, OPEN_PULL_REQUEST_LABEL].map(labelKey));
    const fields = [
        {
            kind: 'script',
            id: SCRIPT_ID,
            label: SCRIPT_LABEL,
            element: 'dropdown',
            options: [scriptOption(script)],
        },
    ];
    if (script.targets.length > 1) {
        fields.push({
            kind: 'target',
            id: TARGET_ID,
            label: CONTENT_LABEL,
            element: 'dropdown',
            options: targetOptions(script, manifest),
        });
    }
    for (const arg of script.args) {
        const title = fields_oneLine(arg.title ?? '') || fields_oneLine(arg.name) || 'Argument';
        const label = unique(title, title, fields_oneLine(arg.name), labels, labelKey);
        fields.push({ kind: 'arg', id: argId(arg.name, ids), label, arg, ...argElement(arg) });
    }
    if (script.mode === 'write') {
        fields.push({
            kind: 'open-pull-request',
            id: OPEN_PULL_REQUEST_ID,
            label: OPEN_PULL_REQUEST_LABEL,
            element: 'dropdown',
            options: [
                { label: YES, value: YES },
                { label: NO, value: NO },
            ],
        });
    }
    return fields;
}

;// CONCATENATED MODULE: ./src/request/issue-form.ts


const NO_RESPONSE = /^_no response_$/i;
const HEADING = /^ {0,3}###(.*)$/;
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
function fenceOpen(line) {
    const m = FENCE_OPEN.exec(line);
    if (!m)
        return undefined;
    // A backtick fence's info string may not hold a backtick (CommonMark).
    if (m[2][0] === '`' && m[3].includes('`'))
        return undefined;
    return { char: m[2][0], length: m[2].length };
}
function closesFence(line, fence) {
    const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
    return !!m && m[1][0] === fence.char && m[1].length >= fence.length;
}
/** For each line: whether it is part of a fenced block that is closed (an unclosed fence is read as text). */
function fencedLines(lines) {
    const fenced = lines.map(() => false);
    for (let i = 0; i < lines.length; i++) {
        const fence = fenceOpen(lines[i]);
        if (!fence)
            continue;
        let j = i + 1;
        while (j < lines.length && !closesFence(lines[j], fence))
            j++;
        if (j === lines.length)
            continue;
        for (let k = i; k <= j; k++)
            fenced[k] = true;
        i = j;
    }
    return fenced;
}
/** `text` without a closing sequence of `#`s (`### Label ###`). */
function withoutClosingHashes(text) {
    let i = text.length;
    while (i > 0 && text[i - 1] === '#')
        i--;
    return i < text.length && i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')
        ? text.slice(0, i).trimEnd()
        : text;
}
/** The label keys a heading line may stand for (with and without a closing `###` sequence). */
function headingKeys(line) {
    const m = HEADING.exec(line);
    if (!m || (m[1] !== '' && m[1][0] !== ' ' && m[1][0] !== '\t'))
        return undefined;
    const text = m[1].trim();
    if (text === '')
        return undefined;
    const keys = [labelKey(text)];
    const unclosed = withoutClosingHashes(text);
    if (unclosed !== text)
        keys.push(labelKey(unclosed));
    return keys;
}
function issue_form_isBlank(line) {
    return line.trim() === '';
}
/** `text` without HTML comments (an unclosed `<!--` is kept as text). Linear in the length of `text`. */
function withoutComments(text) {
    let out = '';
    let from = 0;
    for (;;) {
        const open = text.indexOf('<!--', from);
        const close = open < 0 ? -1 : text.indexOf('-->', open + 4);
        if (close < 0)
            return out + text.slice(from);
        out += text.slice(from, open);
        from = close + 3;
    }
}
/** Where a comment that starts on `lines[start]` ends: the line after it, when nothing but blanks follows it. */
function afterLeadingComment(lines, start, end) {
    let from = lines[start].indexOf('<!--') + 4;
    for (let k = start; k < end; k++, from = 0) {
        const close = lines[k].indexOf('-->', from);
        if (close >= 0)
            return issue_form_isBlank(lines[k].slice(close + 3)) ? k + 1 : undefined;
    }
    return undefined;
}
/** Where a comment that ends `lines[end - 1]` starts, when it stands on its own lines. */
function beforeTrailingComment(lines, start, end) {
    for (let k = end - 1; k >= start; k--) {
        let segment = lines[k];
        if (k === end - 1)
            segment = segment.trimEnd().slice(0, -3);
        const open = segment.lastIndexOf('<!--');
        if (segment.indexOf('-->', open < 0 ? 0 : open + 4) >= 0)
            return undefined;
        if (open >= 0)
            return issue_form_isBlank(segment.slice(0, open)) ? k : undefined;
    }
    return undefined;
}
/** Lines without blank lines at either end and without HTML comments standing on their own lines at either end. */
function trimEdges(lines) {
    let start = 0;
    let end = lines.length;
    for (let changed = true; changed;) {
        changed = false;
        while (start < end && issue_form_isBlank(lines[start]))
            start++;
        while (end > start && issue_form_isBlank(lines[end - 1]))
            end--;
        if (start < end && lines[start].trimStart().startsWith('<!--')) {
            const after = afterLeadingComment(lines, start, end);
            if (after !== undefined) {
                start = after;
                changed = true;
            }
        }
        if (start < end && lines[end - 1].trimEnd().endsWith('-->')) {
            const before = beforeTrailingComment(lines, start, end);
            if (before !== undefined) {
                end = before;
                changed = true;
            }
        }
    }
    return lines.slice(start, end);
}
/** The value of a one-line field (dropdown, input): its first line of text, without HTML comments. */
function lineValue(lines) {
    const text = withoutComments(lines.join('\n'));
    for (const line of text.split('\n')) {
        const value = line.trim();
        if (value !== '')
            return NO_RESPONSE.test(value) ? undefined : value;
    }
    return undefined;
}
/** `value` without one pair of surrounding backtick runs (`` `name` ``). */
function unquoteCode(value) {
    let n = 0;
    while (n < value.length && value[n] === '`')
        n++;
    if (n === 0 || value.length < 2 * n + 1)
        return value;
    const run = '`'.repeat(n);
    if (!value.endsWith(run) || value[value.length - n - 1] === '`')
        return value;
    return value.slice(n, value.length - n).trim();
}
/** The inner text when `lines` are exactly one fenced block; else undefined. */
function wholeFence(lines) {
    const fence = lines.length >= 2 ? fenceOpen(lines[0]) : undefined;
    if (!fence)
        return undefined;
    for (let k = 1; k < lines.length; k++) {
        if (closesFence(lines[k], fence))
            return k === lines.length - 1 ? lines.slice(1, k).join('\n') : undefined;
    }
    return undefined;
}
/** A textarea's value: its text, or the inside of the fenced block when that is the whole value. */
function textareaValue(section) {
    const lines = trimEdges(section);
    if (lines.length === 0)
        return undefined;
    if (lines.length === 1 && NO_RESPONSE.test(lines[0].trim()))
        return undefined;
    const inner = wholeFence(lines);
    const value = inner ?? lines.join('\n').trimEnd();
    return value.trim() === '' ? undefined : value;
}
/**
 * A `render:` textarea's value: the inside of the fenced block GitHub wraps it in, exactly; text around the
 * block is not part of it. Without a fenced block (an edited body), read like a plain textarea.
 */
function renderedValue(section) {
    const lines = trimEdges(section);
    const fence = lines.length > 0 ? fenceOpen(lines[0]) : undefined;
    if (!fence)
        return textareaValue(section);
    let close = -1;
    for (let k = lines.length - 1; k > 0; k--) {
        if (closesFence(lines[k], fence)) {
            close = k;
            break;
        }
    }
    const value = lines.slice(1, close < 0 ? lines.length : close).join('\n');
    return value.trim() === '' ? undefined : value;
}
/** A checkbox line (`- [x] label`) read as Yes/No; other text as it is. */
function yesNo(value) {
    const m = /^[-*+]\s*\[([ xX]?)\]/.exec(value);
    if (!m)
        return value;
    return m[1].trim() === '' ? NO : YES;
}
function optionValue(field, value) {
    const options = field.options ?? [];
    const bare = unquoteCode(value);
    for (const candidate of [value, bare]) {
        const exact = options.find((o) => o.label === candidate);
        if (exact)
            return exact.value;
    }
    for (const candidate of [value, bare]) {
        const lower = candidate.toLowerCase();
        const loose = options.find((o) => o.label.toLowerCase() === lower || o.value.toLowerCase() === lower);
        if (loose)
            return loose.value;
    }
    return undefined;
}
function findScript(written, manifest) {
    const scripts = Object.values(manifest.scripts);
    const bare = unquoteCode(written);
    const lower = bare.toLowerCase();
    return (scripts.find((s) => s.name === bare) ??
        scripts.find((s) => scriptOption(s).label === bare) ??
        scripts.find((s) => s.name.toLowerCase() === lower) ??
        scripts.find((s) => s.title.replace(/\s+/g, ' ').trim().toLowerCase() === lower.replace(/\s+/g, ' ')) ??
        scripts.find((s) => scriptOption(s).label.toLowerCase() === lower));
}
function listScripts(manifest) {
    const names = Object.keys(manifest.scripts);
    return names.length > 0 ? names.map(shared_markdown/* codeSpan */.SS).join(', ') : '(none)';
}
function better(a, b) {
    return a.count > b.count || (a.count === b.count && a.doubt < b.doubt);
}
/**
 * The heading lines that start the fields' sections. Among the headings that are labels of the form, takes
 * the longest run that follows the form's order, preferring headings outside fenced blocks and runs that leave
 * no one-line field empty, then earlier headings; then adds, for any field left out, its first heading outside
 * a fenced block (a field moved by hand). Linear in the number of headings times the number of fields.
 */
function chooseHeadings(candidates, fields, emptyBetween) {
    const chains = [];
    /** The best chain seen so far that ends at a heading of field f, by f. */
    const bestEndingAt = new Array(fields.length).fill(undefined);
    let end = -1;
    candidates.forEach((c, j) => {
        const own = c.fenced ? 1 : 0;
        let chain = { count: 1, doubt: own, prev: -1 };
        for (let f = 0; f < c.field; f++) {
            const i = bestEndingAt[f];
            if (i === undefined)
                continue;
            const leftEmpty = fields[f].element !== 'textarea' && emptyBetween(candidates[i].line, c.line) ? 1 : 0;
            const next = { count: chains[i].count + 1, doubt: chains[i].doubt + own + leftEmpty, prev: i };
            if (better(next, chain))
                chain = next;
        }
        chains.push(chain);
        const current = bestEndingAt[c.field];
        if (current === undefined || better(chain, chains[current]))
            bestEndingAt[c.field] = j;
        if (end < 0 || better(chain, chains[end]))
            end = j;
    });
    const chosen = new Map(); // field index -> line
    for (let j = end; j >= 0; j = chains[j].prev)
        chosen.set(candidates[j].field, candidates[j].line);
    const lines = new Set(chosen.values());
    for (let f = 0; f < fields.length; f++) {
        if (chosen.has(f))
            continue;
        const moved = candidates.find((c) => c.field === f && !c.fenced && !lines.has(c.line));
        if (moved) {
            chosen.set(f, moved.line);
            lines.add(moved.line);
        }
    }
    return chosen;
}
function readForm(body, manifest) {
    if (typeof body !== 'string' || body.trim() === '')
        return { kind: 'not-a-form' };
    const lines = body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const fenced = fencedLines(lines);
    const headings = lines.map((line, i) => (fenced[i] ? undefined : headingKeys(line)));
    const scriptKey = labelKey(SCRIPT_LABEL);
    const scriptLine = headings.findIndex((keys) => keys?.includes(scriptKey));
    if (scriptLine < 0)
        return { kind: 'not-a-form' };
    let next = scriptLine + 1;
    while (next < lines.length && !headings[next])
        next++;
    const written = lineValue(lines.slice(scriptLine + 1, next)) ?? '';
    const script = findScript(written, manifest);
    if (!script) {
        const named = unquoteCode(written);
        return {
            kind: 'form',
            script: named,
            args: {},
            openPullRequest: true,
            problems: [
                {
                    field: 'script',
                    message: named === ''
                        ? 'The issue does not name a script: its **Script** field is empty.'
                        : `The script ${(0,shared_markdown/* codeSpan */.SS)(named)} is not in the manifest.`,
                    fix: `Open the issue from one of the script forms, or edit the issue and put one of these scripts in its **Script** field: ${listScripts(manifest)}.`,
                },
            ],
        };
    }
    const fields = fields_formFields(script, manifest);
    const byKey = new Map();
    fields.forEach((field, i) => {
        if (field.kind !== 'script')
            byKey.set(labelKey(field.label), i);
    });
    const candidates = [];
    lines.forEach((line, i) => {
        if (i === scriptLine)
            return;
        const keys = headingKeys(line);
        const field = keys?.map((k) => byKey.get(k)).find((f) => f !== undefined);
        if (field !== undefined)
            candidates.push({ line: i, field, fenced: fenced[i] });
    });
    // nextText[i]: the first line at or after i with text on it.
    const nextText = new Array(lines.length + 1).fill(lines.length);
    for (let i = lines.length - 1; i >= 0; i--)
        nextText[i] = issue_form_isBlank(lines[i]) ? nextText[i + 1] : i;
    const chosen = chooseHeadings(candidates, fields, (from, to) => nextText[from + 1] >= to);
    const starts = [scriptLine, ...chosen.values()].sort((a, b) => a - b);
    const sectionOf = (line) => {
        const after = starts.find((s) => s > line) ?? lines.length;
        return lines.slice(line + 1, after);
    };
    const result = {
        kind: 'form',
        script: script.name,
        args: {},
        openPullRequest: true,
        problems: [],
    };
    // In form order, so that arguments are listed the way the form shows them.
    fields.forEach((field, f) => {
        const line = chosen.get(f);
        if (line === undefined)
            return;
        const section = sectionOf(line);
        if (field.kind === 'target') {
            const value = lineValue(section);
            if (value === undefined)
                return;
            const key = optionValue(field, value);
            if (key !== undefined) {
                result.target = key;
            }
            else {
                result.problems.push({
                    field: 'target',
                    message: `${(0,shared_markdown/* codeSpan */.SS)(unquoteCode(value))} is not one of the content repositories of ${(0,shared_markdown/* codeSpan */.SS)(script.name)}.`,
                    fix: `Edit the issue and choose one of these in its **${field.label}** field: ${(field.options ?? [])
                        .map((o) => o.label === o.value ? (0,shared_markdown/* codeSpan */.SS)(o.label) : `${(0,shared_markdown/* codeSpan */.SS)(o.label)} (${(0,shared_markdown/* codeSpan */.SS)(o.value)})`)
                        .join(', ')}.`,
                });
            }
        }
        else if (field.kind === 'open-pull-request') {
            const value = lineValue(section);
            if (value !== undefined && unquoteCode(yesNo(value)).toLowerCase() === 'no')
                result.openPullRequest = false;
        }
        else if (field.kind === 'arg' && field.arg) {
            let value;
            if (field.element === 'textarea')
                value = field.render ? renderedValue(section) : textareaValue(section);
            else
                value = lineValue(section);
            if (value === undefined)
                return;
            if (field.arg.type === 'boolean')
                value = yesNo(value);
            if (field.element === 'dropdown')
                value = optionValue(field, value) ?? value;
            Object.defineProperty(result.args, field.arg.name, {
                value,
                enumerable: true,
                writable: true,
                configurable: true,
            });
        }
    });
    return result;
}
/**
 * Reads an issue body rendered from one of the generated forms. `not-a-form` when there is no `### Script`
 * field (or no body). Never throws.
 */
function parseIssueForm(body, manifest) {
    try {
        return readForm(body, manifest);
    }
    catch {
        return { kind: 'not-a-form' };
    }
}

// EXTERNAL MODULE: ./src/request/origin.ts
var request_origin = __webpack_require__(50571);
;// CONCATENATED MODULE: ./src/request/event.ts






const obj = (v) => (v && typeof v === 'object' ? v : {});
const str = (v) => (typeof v === 'string' ? v : '');
const login = (v) => str(obj(v).login);
/**
 * Reads what the event asks for. Pure: the manifest is only used to read issue forms (the parser knows the
 * forms it generated); nothing is checked against it yet.
 */
function readRequest(ctx, manifest) {
    switch (ctx.eventName) {
        case 'issues':
            return fromIssueEvent(ctx, manifest);
        case 'issue_comment':
            return fromCommentEvent(ctx, manifest);
        default:
            return namesNoScript(ctx)
                ? {
                    kind: 'triggered',
                    eventName: ctx.eventName,
                    payload: ctx.payload,
                    requester: ctx.actor,
                    dryRun: ctx.inputs.dryRun,
                }
                : fromInputs(ctx);
    }
}
/** An event routed by the manifest's triggers: not a request event, and no script named by input or payload. */
function namesNoScript(ctx) {
    if (REQUEST_EVENTS.includes(ctx.eventName) || ctx.inputs.script.trim() !== '')
        return false;
    const named = obj(ctx.payload.client_payload).script;
    return !(ctx.eventName === 'repository_dispatch' && typeof named === 'string' && named.trim() !== '');
}
function fromIssueEvent(ctx, manifest) {
    const action = str(ctx.payload.action);
    const issue = obj(ctx.payload.issue);
    if (!['opened', 'edited', 'reopened'].includes(action)) {
        return { kind: 'ignored', reason: `issues.${action || 'unknown'} is not a request` };
    }
    if (issue.pull_request)
        return { kind: 'ignored', reason: 'pull requests are not requests' };
    const number = Number(issue.number);
    const requester = login(issue.user) || ctx.actor;
    const form = parseIssueForm(str(issue.body), manifest);
    if (form.kind === 'not-a-form')
        return { kind: 'ignored', reason: 'the issue body is not a script request form' };
    if (action === 'edited') {
        const changes = obj(obj(ctx.payload.changes).body);
        if (!('from' in changes))
            return { kind: 'ignored', reason: 'the edit did not change the issue body' };
        const before = parseIssueForm(str(changes.from), manifest);
        if (before.kind === 'form' && sameFields(before, form)) {
            return { kind: 'ignored', reason: 'the edit did not change any field of the form' };
        }
    }
    if (form.problems.length > 0) {
        return {
            kind: 'unreadable',
            source: 'issue',
            requester,
            issue: number,
            script: form.script,
            problems: form.problems,
        };
    }
    const request = {
        kind: 'run',
        source: 'issue',
        script: form.script,
        target: form.target,
        args: form.args,
        requester,
        issue: number,
        openPullRequest: form.openPullRequest,
        dryRun: ctx.inputs.dryRun,
    };
    return action === 'edited' ? { kind: 'edited', run: request } : request;
}
function sameFields(a, b) {
    const canon = (f) => JSON.stringify([f.script, f.target ?? '', f.openPullRequest, Object.entries(f.args).sort()]);
    return canon(a) === canon(b);
}
function fromCommentEvent(ctx, manifest) {
    const action = str(ctx.payload.action);
    const comment = obj(ctx.payload.comment);
    const issue = obj(ctx.payload.issue);
    if (action !== 'created')
        return { kind: 'ignored', reason: `comments that are ${action || 'changed'} are ignored` };
    const user = obj(comment.user);
    if (str(user.type) === 'Bot' || login(user).endsWith('[bot]')) {
        return { kind: 'ignored', reason: 'comments by bots are ignored' };
    }
    if (issue.pull_request)
        return { kind: 'ignored', reason: 'commands on pull requests are ignored' };
    const command = (0,request_command/* parseCommand */.R)(str(comment.body));
    if (!command)
        return { kind: 'ignored', reason: 'the comment has no command on its first line' };
    const requester = login(user) || ctx.actor;
    const issueNumber = Number(issue.number);
    const commentId = Number(comment.id);
    if (command.name === 'cancel')
        return { kind: 'cancel', requester, issue: issueNumber, commentId };
    if (command.name === 'help') {
        return { kind: 'help', script: command.script, requester, issue: issueNumber, commentId };
    }
    // /run: the issue's own request, overridden by what the command gives.
    const form = parseIssueForm(str(issue.body), manifest);
    const fromForm = form.kind === 'form' ? form : undefined;
    const script = command.script ?? fromForm?.script;
    const problems = [...command.problems];
    if (!script) {
        problems.push({
            message: 'The command does not name a script, and this issue was not opened from a script form.',
            fix: `Name the script: \`/run <script> name=value\`. Scripts: ${Object.keys(manifest.scripts).join(', ')}.`,
        });
    }
    if (problems.length > 0 || !script) {
        return {
            kind: 'unreadable',
            source: 'comment',
            requester,
            issue: issueNumber,
            commentId,
            script,
            problems,
        };
    }
    // The form's arguments were read even when its Script or Content field has a problem.
    const inherit = fromForm !== undefined && fromForm.script === script;
    const args = { ...(inherit ? fromForm.args : {}), ...command.args };
    let target = inherit ? fromForm.target : undefined;
    // `target=KEY` chooses the content repository, unless the script has an argument of that name.
    const hasTargetArg = own(manifest.scripts, script)?.args.some((a) => a.name === 'target');
    if (!hasTargetArg && typeof args.target === 'string') {
        target = args.target;
        delete args.target;
    }
    return {
        kind: 'run',
        source: 'comment',
        script,
        target,
        args,
        requester,
        issue: issueNumber,
        commentId,
        openPullRequest: inherit ? fromForm.openPullRequest : true,
        dryRun: ctx.inputs.dryRun,
    };
}
function fromInputs(ctx) {
    let script = ctx.inputs.script.trim();
    let target = ctx.inputs.target.trim();
    let parsed = parseArgsInput(ctx.inputs.args);
    if (ctx.eventName === 'repository_dispatch') {
        const payload = obj(ctx.payload.client_payload);
        if (typeof payload.script === 'string' && payload.script.trim())
            script = payload.script.trim();
        if (typeof payload.target === 'string' && payload.target.trim())
            target = payload.target.trim();
        if (payload.args !== undefined && payload.args !== null) {
            parsed = typeof payload.args === 'string' ? parseArgsInput(payload.args) : argsFromObject(payload.args);
        }
    }
    const base = { source: 'dispatch', requester: ctx.actor, issue: ctx.inputs.issueNumber };
    if (!script) {
        return {
            kind: 'unreadable',
            ...base,
            problems: [
                {
                    message: `No script was named for this ${ctx.eventName} run.`,
                    fix: 'Set the `script` input of the action (or `client_payload.script` for repository_dispatch).',
                },
            ],
        };
    }
    if (parsed.problems.length > 0)
        return { kind: 'unreadable', ...base, script, problems: parsed.problems };
    return {
        kind: 'run',
        ...base,
        script,
        target: target || undefined,
        args: parsed.args,
        openPullRequest: true,
        dryRun: ctx.inputs.dryRun,
    };
}
/**
 * The request an event makes while the manifest cannot be read: events that are requests are answered with
 * the manifest's problems; the rest are ignored (with the problems in the log for a maintainer).
 */
function readRequestWithBrokenManifest(ctx, manifestName, message, problems) {
    const origin = (0,request_origin/* requestOrigin */.g)(ctx.eventName, ctx.payload, ctx.actor, ctx.inputs.issueNumber);
    if (!origin) {
        return {
            kind: 'ignored',
            reason: 'the event is not a request (and the manifest could not be read)',
            warning: message,
        };
    }
    return {
        kind: 'broken-manifest',
        ...origin,
        reason: `The manifest \`${manifestName}\` is broken, so no script can run until a maintainer fixes it.`,
        message,
        problems: problems.length > 0 ? problems : [{ message }],
    };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts

/** The action's inputs, as named in action.yml. */
var Input;
(function (Input) {
    Input["Manifest"] = "manifest";
    Input["Token"] = "token";
    Input["ContentToken"] = "content-token";
    Input["Script"] = "script";
    Input["Args"] = "args";
    Input["Target"] = "target";
    Input["IssueNumber"] = "issue-number";
    Input["DryRun"] = "dry-run";
    Input["FanOut"] = "fan-out";
    Input["Leg"] = "leg";
})(Input || (Input = {}));
/** Reads and checks the inputs; a bad value is a message for the workflow's author. */
function readInputs() {
    const token = core/* getInput */.V4(Input.Token);
    const contentToken = core/* getInput */.V4(Input.ContentToken) || token;
    for (const secret of [token, contentToken])
        if (secret)
            core/* setSecret */.Pq(secret);
    const issueText = core/* getInput */.V4(Input.IssueNumber);
    let issueNumber;
    if (issueText) {
        issueNumber = Number(issueText.replace(/^#/, ''));
        if (!Number.isInteger(issueNumber) || issueNumber <= 0) {
            throw new Error(`The \`issue-number\` input must be an issue number, got \`${issueText}\`.`);
        }
    }
    const dryRunText = core/* getInput */.V4(Input.DryRun).trim().toLowerCase();
    if (dryRunText && !['true', 'false'].includes(dryRunText)) {
        throw new Error(`The \`dry-run\` input must be \`true\` or \`false\`, got \`${dryRunText}\`.`);
    }
    const fanOutText = core/* getInput */.V4(Input.FanOut).trim().toLowerCase();
    if (fanOutText && !['plan', 'leg', 'gather'].includes(fanOutText)) {
        throw new Error(`The \`fan-out\` input must be \`plan\`, \`leg\` or \`gather\` (or empty), got \`${fanOutText.slice(0, 40)}\`.`);
    }
    const leg = core/* getInput */.V4(Input.Leg).trim();
    if (leg && fanOutText !== 'leg') {
        throw new Error('The `leg` input is only read with `fan-out: leg`; remove it, or set `fan-out: leg`.');
    }
    return {
        manifest: core/* getInput */.V4(Input.Manifest) || '.github/script-dispatcher.yml',
        token,
        contentToken,
        script: core/* getInput */.V4(Input.Script),
        args: core/* getInput */.V4(Input.Args),
        target: core/* getInput */.V4(Input.Target),
        issueNumber,
        dryRun: dryRunText === 'true',
        ...(fanOutText ? { fanOut: fanOutText } : {}),
        leg,
    };
}

;// CONCATENATED MODULE: ./src/action/outputs.ts




/** The step outputs and the job summary of a dispatched request. */
async function writeOutputs(result, mask) {
    core/* setOutput */.uH('status', result.status);
    if (result.matrix !== undefined)
        core/* setOutput */.uH('matrix', result.matrix);
    const report = result.report;
    if (result.summary)
        await appendSummary(result.summary);
    if (!report)
        return;
    core/* setOutput */.uH('script', report.script ?? '');
    core/* setOutput */.uH('target', report.target ?? '');
    core/* setOutput */.uH('exit-code', report.exitCode ?? '');
    core/* setOutput */.uH('artifact-id', report.artifact?.id ?? '');
    core/* setOutput */.uH('artifact-url', report.artifact?.url ?? '');
    core/* setOutput */.uH('pull-request-urls', JSON.stringify((report.pullRequests ?? []).map((p) => p.url)));
    core/* setOutput */.uH('comment-url', result.commentUrl ?? '');
    core/* setOutput */.uH('result', report.result === undefined ? '' : mask(JSON.stringify(report.result)));
    core/* setOutput */.uH('record', report.record ? mask(JSON.stringify(report.record)) : '');
    await appendSummary(renderSummary(report, mask));
}
async function appendSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await external_node_fs_.promises.appendFile(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
    }
    catch (error) {
        core/* warning */.$e(`Could not write the job summary: ${(0,shared_markdown/* errorMessage */.gJ)(error)}`);
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts















/** The action's front door: the runner's environment in, the ports built, `dispatch`, the outputs out. */
async function main_run(prefetched) {
    try {
        await main(prefetched);
    }
    catch (error) {
        core/* setOutput */.uH('status', 'failed');
        core/* setFailed */.C1((0,shared_markdown/* errorMessage */.gJ)(error));
    }
}
async function main(prefetched) {
    const inputs = readInputs();
    const env = process.env;
    const masker = new Masker([inputs.token, inputs.contentToken].filter(Boolean));
    const mask = masker.mask.bind(masker);
    const controller = new AbortController();
    const { jobId, ...ports } = actionPorts({
        env,
        token: inputs.token,
        contentToken: inputs.contentToken,
        masker,
        signal: controller.signal,
        prefetched,
    });
    core/* setOutput */.uH('job', jobId);
    const ctx = {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload: prefetched?.payload ?? readEvent(env.GITHUB_EVENT_PATH),
        actor: env.GITHUB_ACTOR ?? '',
        inputs,
    };
    let manifest;
    let request;
    try {
        manifest = await loadManifest(external_node_path_.resolve(ports.environment.workspace, inputs.manifest), inputs.manifest);
        request = readRequest(ctx, withFlowsAsScripts(manifest)); // flows are requested as scripts are
    }
    catch (error) {
        request = brokenManifest(ctx, inputs.manifest, error);
    }
    const abort = () => controller.abort();
    process.once('SIGINT', abort);
    process.once('SIGTERM', abort);
    const attempt = ports.environment.runAttempt ?? 1;
    const runId = ports.environment.run?.id ?? '0';
    const fanOut = inputs.fanOut && {
        mode: inputs.fanOut,
        leg: inputs.leg,
        event: ctx.eventName,
        findLegs: (plan, root) => findLegArtifacts(plan, root, { id: runId, attempt }),
        commentJobs: Array.from({ length: attempt }, (_, i) => `${runId}-${attempt - i}`),
    };
    const result = await dispatch(request, manifest, ports, fanOut || undefined);
    process.removeListener('SIGINT', abort);
    process.removeListener('SIGTERM', abort);
    if (result.status === 'ignored')
        core/* info */.pq(`Nothing to do: ${result.message}.`);
    await writeOutputs(result, mask);
    if (FAILING_STATUSES.includes(result.status))
        core/* setFailed */.C1(result.message);
}
function brokenManifest(ctx, name, error) {
    const message = error instanceof UserError ? error.message : (0,shared_markdown/* errorMessage */.gJ)(error);
    const problems = (error instanceof ManifestError ? error.problems : []).map((p) => ({
        message: `${p.position.file}:${p.position.line}:${p.position.column}: ${p.message}`,
        fix: p.fix,
    }));
    return readRequestWithBrokenManifest(ctx, name, message, problems);
}
function readEvent(file) {
    if (!file)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return {};
    }
}


/***/ })

};
