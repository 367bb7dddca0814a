export const id = 349;
export const ids = [349,68];
export const modules = {

/***/ 2864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ addedLines)
/* harmony export */ });
/* harmony import */ var _diff_ts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7333);

/**
 * The lines base..head added to `files`, with their text as `read` gives it at head; a file that
 * is gone at head or binary (a NUL byte) has none.
 */
async function addedLines(cwd, range, files, read) {
    const ranges = await (0,_diff_ts__WEBPACK_IMPORTED_MODULE_0__/* .changedLines */ .MA)(cwd, range.base, range.head);
    const result = new Map();
    for (const file of files) {
        const spans = ranges.get(file);
        if (!spans?.length)
            continue;
        const text = await read(file);
        if (text === undefined || text.includes('\0'))
            continue;
        const lines = text.split(/\r?\n/);
        result.set(file, spans.flatMap(([start, end]) => lines
            .slice(start - 1, end)
            .map((line, index) => ({ file, line: start + index, text: line }))));
    }
    return result;
}


/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ eachCommit),
/* harmony export */   VE: () => (/* binding */ listCommits),
/* harmony export */   VM: () => (/* binding */ streamLog),
/* harmony export */   aI: () => (/* binding */ filesByCommit),
/* harmony export */   gE: () => (/* binding */ logSync),
/* harmony export */   zY: () => (/* binding */ OLDEST_FIRST)
/* harmony export */ });
/* unused harmony export nulRecords */
/* harmony import */ var _exec_ts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9771);

const FIELDS = ['%m', '%H', '%P', '%an', '%ae', '%cn', '%ce', '%ct', '%B'];
const SEPARATOR = '\x01';
const LOG_ARGS = ['log', '-z', '--encoding=UTF-8', `--format=${FIELDS.join('%x01')}`];
/** Oldest first, parents before children: the order a range is reported in. */
const OLDEST_FIRST = ['--topo-order', '--reverse'];
/**
 * One record of `git log -z --format=<FIELDS>`: the mark (`-` for a boundary commit of
 * `--boundary`), seven fields, then the message, which may hold anything. Fields are cut out one
 * after the other: a record is read for each of thousands of commits.
 */
function parseRecord(record, onCommit) {
    let start = 0;
    const next = () => {
        const end = record.indexOf(SEPARATOR, start);
        const field = record.slice(start, end);
        start = end + 1;
        return field;
    };
    const boundary = next() === '-';
    const sha = next();
    const parents = next();
    const author = { name: next(), email: next() };
    const committer = { name: next(), email: next() };
    const committedAt = Number(next());
    const commit = {
        sha,
        parents: parents ? parents.split(' ') : [],
        author,
        committer,
        committedAt,
        message: record.slice(start),
    };
    onCommit(commit, boundary);
}
/**
 * Records ended by NUL (which no commit message can hold), from chunks of UTF-8 however they cut
 * them: each chunk is decoded once, and the decoder keeps a character cut in two for the next.
 */
function nulRecords(onRecord) {
    const decoder = new TextDecoder();
    let pending = ''; // the start of a record the next chunk ends
    const take = (text) => {
        let start = 0;
        for (let end = text.indexOf('\0'); end !== -1; end = text.indexOf('\0', start)) {
            const record = text.slice(start, end);
            onRecord(start === 0 ? pending + record : record);
            start = end + 1;
        }
        pending = start === 0 ? pending + text : text.slice(start);
    };
    return {
        push: (chunk) => take(decoder.decode(chunk, { stream: true })),
        end: () => {
            take(decoder.decode());
            if (pending)
                onRecord(pending);
        },
    };
}
/**
 * Stream `git log -z` (LOG_ARGS plus `args`), one parsed record at a time while git goes on, so
 * nothing is split by newlines. Once `stop` is aborted, no more commits are handed over.
 */
async function streamLog(cwd, args, onCommit, stop) {
    const records = nulRecords((record) => {
        if (!stop?.aborted)
            parseRecord(record, onCommit);
    });
    await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .gitStream */ .dP)(cwd, [...LOG_ARGS, ...args, '--'], records.push, undefined, stop);
    if (!stop?.aborted)
        records.end();
}
/**
 * `git log -z` (LOG_ARGS plus `args`) run to its end synchronously, then each commit handed over;
 * false, with nothing handed over, when git printed more than `maxBytes`. For a log bounded
 * with -n, read before anything else can go on.
 */
function logSync(cwd, args, onCommit, maxBytes) {
    const output = (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .gitSync */ .Ur)(cwd, [...LOG_ARGS, ...args, '--'], maxBytes);
    if (!output)
        return false;
    const records = nulRecords((record) => parseRecord(record, onCommit));
    records.push(output);
    records.end();
    return true;
}
/**
 * The commits of a range, oldest first, parents before children, from one `git log -z`: `%B` is
 * the message exactly as stored (CRLF and trailing newlines kept). Each is handed to `onCommit`
 * as git prints it, while git goes on, and not kept: a caller that needs only a verdict per
 * commit does not hold every message of a long range.
 */
async function eachCommit(cwd, range, onCommit) {
    const spec = range.base ? [`${range.base}..${range.head}`] : ['-n', '1', range.head];
    await streamLog(cwd, [...OLDEST_FIRST, ...spec], (commit) => onCommit(commit));
}
/** The commits of a range as eachCommit hands them over, in a list. */
async function listCommits(cwd, range) {
    const commits = [];
    await eachCommit(cwd, range, (commit) => commits.push(commit));
    return commits;
}
/** The files each commit changed against its first parent (merges show none), in the given order. */
async function filesByCommit(cwd, shas) {
    const result = new Map(shas.map((sha) => [sha, []]));
    if (shas.length === 0)
        return result;
    const output = (await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .gitBytes */ .s0)(cwd, ['diff-tree', '--stdin', '-r', '--root', '--name-only', '-z', '--no-renames'], `${shas.join('\n')}\n`)).toString('utf8');
    let current;
    for (const field of output.split('\0')) {
        if (field === '')
            continue;
        const sha = field.trim();
        if (result.has(sha) && /^[0-9a-f]{40,64}$/.test(sha))
            current = result.get(sha);
        else
            current?.push(field);
    }
    return result;
}


/***/ }),

/***/ 7333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MA: () => (/* binding */ changedLines),
/* harmony export */   O: () => (/* binding */ trackedFiles),
/* harmony export */   Wd: () => (/* binding */ fileAt),
/* harmony export */   Y_: () => (/* binding */ changedFiles)
/* harmony export */ });
/* unused harmony exports unquotePath, parseChangedLines, mergeRanges */
/* harmony import */ var _exec_ts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9771);

const STATUS = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'type-changed',
};
/** Files changed between two commits, renames detected (`git diff --name-status -z -M`). */
async function changedFiles(cwd, base, head) {
    const fields = (await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['diff', '--name-status', '-z', '-M', '--no-relative', base, head, '--'])).split('\0');
    const files = [];
    for (let index = 0; index < fields.length - 1;) {
        const code = fields[index++];
        const status = STATUS[code[0]] ?? 'modified';
        if (status === 'renamed' || status === 'copied') {
            const previousPath = fields[index++];
            files.push({ path: fields[index++], status, previousPath });
        }
        else
            files.push({ path: fields[index++], status });
    }
    return files;
}
/** Undo git's C-style quoting of a path ("a\tb", "\303\251"). */
function unquotePath(text) {
    if (!text.startsWith('"'))
        return text;
    const bytes = [];
    const escapes = {
        n: 10,
        t: 9,
        r: 13,
        a: 7,
        b: 8,
        f: 12,
        v: 11,
        '"': 34,
        '\\': 92,
    };
    for (let index = 1; index < text.length - 1; index++) {
        const char = text[index];
        if (char !== '\\') {
            bytes.push(...Buffer.from(char, 'utf8'));
            continue;
        }
        const next = text[++index];
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(text.slice(index, index + 3), 8));
            index += 2;
        }
        else
            bytes.push(escapes[next] ?? next.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** Parse `git diff -U0` output into the head side's added or changed lines per file. */
function parseChangedLines(diff) {
    const files = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            // git ends a name that has a space with a TAB (for patch(1)); the TAB is no part of it
            const target = line.slice(4).replace(/\t$/, '');
            if (target === '/dev/null')
                current = undefined;
            else {
                const path = unquotePath(target).replace(/^b\//, '');
                current = [];
                files.set(path, current);
            }
        }
        else if (line.startsWith('@@ ') && current) {
            const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
            if (!match)
                continue;
            const start = Number(match[1]);
            const count = match[2] === undefined ? 1 : Number(match[2]);
            if (count > 0)
                current.push([start, start + count - 1]);
        }
    }
    for (const [path, ranges] of files)
        files.set(path, mergeRanges(ranges));
    return files;
}
function mergeRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const merged = [];
    for (const range of sorted) {
        const last = merged[merged.length - 1];
        if (last && range[0] <= last[1] + 1)
            last[1] = Math.max(last[1], range[1]);
        else
            merged.push([range[0], range[1]]);
    }
    return merged;
}
/** Lines the head side added or changed since `base` (`git diff -U0 base head`). */
async function changedLines(cwd, base, head) {
    const diff = await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .gitBytes */ .s0)(cwd, [
        'diff',
        '-U0',
        '-M',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--no-relative',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        base,
        head,
        '--',
    ]);
    return parseChangedLines(diff.toString('utf8'));
}
/** Every tracked file of the work tree (`git ls-files -z`). */
async function trackedFiles(cwd) {
    return (await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['ls-files', '-z'])).split('\0').filter(Boolean);
}
/** A file's content at a revision, or undefined when it does not exist there. */
async function fileAt(cwd, rev, path) {
    try {
        return await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .git */ .$Y)(cwd, ['show', `${rev}:${path}`]);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 1395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ walkFilesSync)
/* harmony export */ });
/* harmony import */ var _errors_ts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);

const SKIP = ['.git', 'node_modules'];
/**
 * Every file under `dir` (repository-relative, `/`-separated, sorted per directory). Links to
 * directories are not entered (no loops, no escapes); links to files are listed, and reading
 * them goes through the workspace's checks.
 */
function walkFilesSync(workspace, dir = '.', options = {}) {
    const skip = new Set(options.skipDirectories ?? SKIP);
    const max = options.maxFiles ?? 1_000_000;
    const files = [];
    const pending = [dir];
    while (pending.length > 0) {
        const current = pending.pop();
        const directories = [];
        for (const entry of workspace.listSync(current)) {
            if (entry.kind === 'directory') {
                if (!skip.has(entry.name))
                    directories.push(entry.path);
            }
            else if (entry.kind === 'file' || entry.kind === 'symlink') {
                files.push(entry.path);
                if (files.length > max)
                    throw new _errors_ts__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the workspace holds more than ${max} files: narrow the globs`);
            }
        }
        pending.push(...directories.reverse());
    }
    return files;
}


/***/ }),

/***/ 8538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MC: () => (/* binding */ readExistingFile),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   b4: () => (/* binding */ readRequiredGlobs),
/* harmony export */   qX: () => (/* binding */ readRange)
/* harmony export */ });
/* harmony import */ var _errors_ts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _files_walk_ts__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1395);
/* harmony import */ var _files_workspace_ts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(272);
/* harmony import */ var _glob_ts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(884);
/* harmony import */ var _inputs_ts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6415);





/**
 * A bad input, to throw: `throw inputError('reports', 'matches no file')`. The message is
 * prefixed with how the input is named where it is reported (input 'x' / option --x).
 */
function inputError(name, message, location) {
    return new _errors_ts__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(message, { input: name, ...(location ? { location } : {}) });
}
/**
 * The file an input names, read through the workspace's checks (inside the workspace, a regular
 * file, within `maxBytes`); undefined when the input is not given. A missing file is an error.
 */
async function readExistingFile(context, name, options = {}) {
    const given = (0,_inputs_ts__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(context.inputs, name);
    if (given === undefined)
        return undefined;
    const workspace = new _files_workspace_ts__WEBPACK_IMPORTED_MODULE_2__/* .Workspace */ .a(context.workspace);
    const { display } = workspace.resolve(given, { input: name });
    return { path: display, text: await workspace.readText(given, { ...options, input: name }) };
}
/**
 * A glob list input whose every glob the user wrote must match a file: a typo in a glob fails
 * closed (a gate that checks nothing must not pass). `!` globs and `optional` ones may match none.
 */
function readRequiredGlobs(context, name, options = {}) {
    const patterns = (0,_inputs_ts__WEBPACK_IMPORTED_MODULE_1__/* .readGlobs */ .Qj)(context.inputs, name);
    const set = (0,_glob_ts__WEBPACK_IMPORTED_MODULE_3__/* .globSet */ .xk)(patterns);
    if (patterns.length === 0)
        return { patterns, set, files: [] };
    const all = options.files ?? (0,_files_walk_ts__WEBPACK_IMPORTED_MODULE_4__/* .walkFilesSync */ .s)(new _files_workspace_ts__WEBPACK_IMPORTED_MODULE_2__/* .Workspace */ .a(context.workspace), '.', options);
    const optional = new Set((options.optional ?? []).map(_glob_ts__WEBPACK_IMPORTED_MODULE_3__/* .normalizeGlob */ .er));
    for (const pattern of patterns) {
        if ((0,_glob_ts__WEBPACK_IMPORTED_MODULE_3__/* .isNegated */ .bX)(pattern) || optional.has((0,_glob_ts__WEBPACK_IMPORTED_MODULE_3__/* .normalizeGlob */ .er)(pattern)))
            continue;
        if (!all.some((file) => (0,_glob_ts__WEBPACK_IMPORTED_MODULE_3__/* .matchesGlob */ .kt)(file, pattern)))
            throw new _errors_ts__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${context.inputs.describe(name)}: glob ${(0,_inputs_ts__WEBPACK_IMPORTED_MODULE_1__/* .quoteValue */ .cl)(pattern)} matches no file`, { input: name });
    }
    return { patterns, set, files: all.filter((file) => set.matches(file)) };
}
/**
 * The commit range of a run: `--from`/`--to` on the command line; on a runner the event gives it
 * (a workflow_dispatch's `from`/`to` inputs included), so stray `from`/`to` inputs are ignored.
 */
function readRange(context) {
    const cli = context.mode === 'cli';
    return {
        event: context.event,
        from: cli ? (0,_inputs_ts__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(context.inputs, 'from') : undefined,
        to: cli ? (0,_inputs_ts__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(context.inputs, 'to') : undefined,
        log: (message) => context.log.info(message),
    };
}


/***/ }),

/***/ 8068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  isRecord: () => (/* binding */ isRecord),
  parseYaml: () => (/* binding */ parseYaml),
  parseYamlDocuments: () => (/* binding */ parseYamlDocuments),
  yamlError: () => (/* binding */ yamlError)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./packages/kit/src/yaml-expansion.ts

/** Documents this small may always expand this far: a few kB of YAML text at most. */
const FLOOR = 10_000;
/**
 * Measures what aliases create rather than counting them (yaml's own `maxAliasCount` counts, so a
 * Compose file with 142 ordinary `<<: *defaults` is refused while a bomb of few aliases is the
 * real risk). Each alias creates a copy of its anchor, aliases inside included; the copies may
 * hold `ratio` nodes per node the document itself has (at least FLOOR). One pass in document
 * order with each anchor's size memoized, so the measure itself is linear in the document.
 */
function aliasExpansionFault(document, ratio) {
    const sizes = new Map();
    const anchors = new Map();
    const open = new Set();
    const created = [];
    let own = 0;
    let total = 0;
    let recursive;
    const size = (node) => {
        if ((0,dist/* isPair */.tO)(node))
            return size(node.key) + size(node.value);
        if (!(0,dist/* isNode */.Ll)(node))
            return 0;
        own++;
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = anchors.get(node.source);
            if (target && open.has(target))
                recursive ??= node;
            const copy = (target && sizes.get(target)) ?? 0;
            total += copy;
            created.push({ alias: node, total });
            return copy;
        }
        if (node.anchor)
            anchors.set(node.anchor, node);
        open.add(node);
        let result = 1;
        if ((0,dist/* isCollection */.P3)(node))
            for (const item of node.items)
                result += size(item);
        open.delete(node);
        sizes.set(node, result);
        return result;
    };
    size(document.contents);
    if (recursive)
        return {
            alias: recursive,
            message: `alias *${recursive.source} refers to a node that holds it`,
        };
    const limit = Math.max(FLOOR, ratio * own);
    const crossed = created.find((entry) => entry.total > limit);
    return crossed
        ? {
            alias: crossed.alias,
            message: `refused: aliases expand this document past ${limit} nodes (${ratio} per node of the document, to stop an alias bomb)`,
        }
        : undefined;
}

;// CONCATENATED MODULE: ./packages/kit/src/yaml.ts



/** A YAML error at a line: file:line for a file, "line N" in the message for inline text. */
function yamlError(source, line, message, cause) {
    const { file, input } = source;
    return new errors/* UsageError */.eb(file ? message : `line ${line ?? '?'}: ${message}`, {
        ...(input ? { input } : {}),
        ...(file ? { location: { file, ...(line ? { line } : {}) } } : {}),
        ...(cause === undefined ? {} : { cause }),
    });
}
/** `<<`: a string key, or (read with `merge: true`) a symbol named `<<`. */
function isMergeKey(key) {
    if (!(0,dist/* isScalar */.jn)(key))
        return false;
    return key.value === '<<' || (typeof key.value === 'symbol' && key.value.description === '<<');
}
/** The mapping member or sequence item under `key`, looking through aliases and `<<` merges. */
function entry(document, node, key, merges, depth = 0) {
    if (depth > 20)
        return undefined; // a cycle of merges
    const target = (0,dist/* isAlias */.Vj)(node) ? node.resolve(document) : node;
    if ((0,dist/* isSeq */.oP)(target)) {
        const item = target.items[Number(key)];
        return (0,dist/* isNode */.Ll)(item) ? { node: item, start: item.range?.[0] } : undefined;
    }
    if (!(0,dist/* isMap */.jh)(target))
        return undefined;
    const isMerge = (item) => merges && isMergeKey(item.key);
    const pair = target.items.find((item) => !isMerge(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(key));
    if (pair)
        return { node: pair.value, start: pair.key.range?.[0] };
    for (const merge of target.items.filter(isMerge)) {
        for (const source of (0,dist/* isSeq */.oP)(merge.value) ? merge.value.items : [merge.value]) {
            const found = entry(document, source, key, merges, depth + 1);
            if (found)
                return found;
        }
    }
    return undefined;
}
function toYamlDocument(document, lines, source) {
    const error = document.errors[0];
    if (error) {
        const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line;
        throw yamlError(source, line, `invalid YAML: ${error.message.split('\n')[0]}`);
    }
    const lineAt = (offset) => lines.linePos(offset).line;
    const fault = aliasExpansionFault(document, source.maxAliasExpansion ?? 10);
    if (fault)
        throw yamlError(source, lineAt(fault.alias.range?.[0] ?? 0), fault.message);
    let value;
    try {
        // Measured above instead of yaml's alias count.
        value = document.toJS({ maxAliasCount: -1 });
    }
    catch (cause) {
        throw yamlError(source, 1, `invalid YAML: ${cause.message}`, cause);
    }
    return {
        file: source.file,
        value,
        document,
        lineOfNode: (node) => ((0,dist/* isNode */.Ll)(node) && node.range ? lineAt(node.range[0]) : undefined),
        lineOf: (path) => {
            let node = document.contents;
            let offset = document.contents?.range?.[0] ?? 0;
            for (const key of path) {
                const found = entry(document, node, key, source.mergeKeys ?? false);
                if (!found)
                    break;
                node = found.node;
                offset = found.start ?? offset;
            }
            return lineAt(offset);
        },
    };
}
/** How every YAML here is read: unique keys, positions for lines, merge keys when asked for. */
const options = (lines, source) => ({
    lineCounter: lines,
    merge: source.mergeKeys ?? false,
    uniqueKeys: true,
    prettyErrors: false,
});
/** Every document of a YAML text (none for an empty text); errors name the file and line. */
function parseYamlDocuments(text, source) {
    const lines = new dist/* LineCounter */.HN();
    return (0,dist/* parseAllDocuments */.hR)(text, options(lines, source)).map((document) => toYamlDocument(document, lines, source));
}
/** A text of one YAML (or JSON) document; an empty text is a null document, several are an error. */
function parseYaml(text, source) {
    const lines = new dist/* LineCounter */.HN();
    return toYamlDocument((0,dist/* parseDocument */.Tp)(text, options(lines, source)), lines, source);
}
/** A mapping: a plain object, not null or an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 8736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ evaluateRules)
/* harmony export */ });
/* unused harmony export evaluateRule */
/** The added lines matching the rule's regex; what matched is its first capture that took part. */
function hits(rule, files, input) {
    const found = [];
    for (const file of files) {
        for (const added of input.addedLines.get(file) ?? []) {
            for (const match of added.text.matchAll(rule.whenAddedLines)) {
                const captured = match.slice(1).find((group) => group !== undefined) ?? match[0];
                found.push({ file, line: added.line, captured });
            }
        }
    }
    return found;
}
function finding(rule, message, file, line) {
    return { rule: rule.name, severity: 'error', message, file, ...(line ? { line } : {}) };
}
/** Files matching `forbid` that the pull request adds or modifies. */
function forbidden(rule, input) {
    return input.changed
        .filter((file) => rule.forbid.matches(file) && !input.deleted?.has(file))
        .map((file) => finding(rule, rule.message
        ? `${file}: ${rule.message}`
        : `${file} must not change (it matches ${rule.forbid.patterns.join(', ')}): revert it`, file));
}
function evaluateRule(rule, input) {
    const triggering = rule.when
        ? input.changed.filter((file) => rule.when.matches(file))
        : [...input.changed];
    if (triggering.length === 0)
        return [];
    const matches = rule.whenAddedLines ? hits(rule, triggering, input) : [];
    if (rule.whenAddedLines && matches.length === 0)
        return [];
    const findings = rule.forbid ? forbidden(rule, input) : [];
    if (rule.require && !input.changed.some((file) => rule.require.matches(file))) {
        const first = matches[0] ?? { file: triggering[0], line: undefined };
        const why = rule.message ??
            `${first.file} changed, so a file matching ${rule.require.patterns.join(', ')} must change too`;
        findings.push(finding(rule, why, first.file, first.line));
    }
    if (rule.requireMention) {
        const documents = rule.requireMention
            .map((file) => input.contentAt(file))
            .filter((text) => text !== undefined);
        const reported = new Set();
        for (const hit of matches) {
            if (reported.has(hit.captured) || documents.some((text) => text.includes(hit.captured)))
                continue;
            reported.add(hit.captured);
            const where = documents.length
                ? rule.requireMention.join(' or ')
                : `${rule.requireMention.join(' or ')} (none of them exists)`;
            const why = `\`${hit.captured}\` is not mentioned in ${where}${rule.message ? `: ${rule.message}` : ''}`;
            findings.push(finding(rule, why, hit.file, hit.line));
        }
    }
    return findings;
}
function evaluateRules(rules, input) {
    return rules.flatMap((rule) => evaluateRule(rule, input));
}


/***/ }),

/***/ 538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ readCompanionRules)
});

// EXTERNAL MODULE: ./packages/kit/src/inputs.ts
var inputs = __webpack_require__(6415);
// EXTERNAL MODULE: ./packages/kit/src/input-errors.ts
var input_errors = __webpack_require__(8538);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/kit/src/yaml.ts + 1 modules
var yaml = __webpack_require__(8068);
// EXTERNAL MODULE: ./packages/kit/src/glob.ts
var glob = __webpack_require__(884);
;// CONCATENATED MODULE: ./packages/rules/src/companion.ts



const KEYS = [
    'name',
    'when',
    'when-added-lines',
    'require',
    'require-mention',
    'forbid',
    'message',
];
function fail(where, node, message) {
    throw (0,yaml.yamlError)({ file: where.file, input: 'rules' }, where.lineOfNode(node), message);
}
function strings(where, node, key) {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.trim())
        return [node.value.trim()];
    if ((0,dist/* isSeq */.oP)(node) &&
        node.items.length > 0 &&
        node.items.every((item) => (0,dist/* isScalar */.jn)(item) && typeof item.value === 'string')) {
        return node.items.map((item) => String(item.value).trim());
    }
    fail(where, node, `\`${key}\` must be a string or a list of strings`);
}
function parseRule(where, node) {
    if (!(0,dist/* isMap */.jh)(node))
        fail(where, node, 'each rule must be a mapping with name, when/when-added-lines and require/require-mention/forbid');
    const values = new Map();
    for (const pair of node.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!KEYS.includes(key))
            fail(where, pair.key, `unknown key \`${key}\` (expected ${KEYS.join(', ')})`);
        values.set(key, pair.value);
    }
    const line = where.lineOfNode(node) ?? 0;
    const nameNode = values.get('name');
    if (!nameNode ||
        !(0,dist/* isScalar */.jn)(nameNode) ||
        typeof nameNode.value !== 'string' ||
        !nameNode.value.trim()) {
        fail(where, nameNode ?? node, 'a rule needs a `name`');
    }
    const rule = {
        name: nameNode.value.trim(),
        origin: where.file ? `${where.file}:${line}` : `rules line ${line}`,
    };
    const when = values.get('when');
    if (when)
        rule.when = (0,glob/* globSet */.xk)(strings(where, when, 'when'));
    const added = values.get('when-added-lines');
    if (added) {
        const [pattern] = strings(where, added, 'when-added-lines');
        try {
            rule.whenAddedLines = new RegExp(pattern, 'g');
        }
        catch (error) {
            fail(where, added, `\`when-added-lines\` is not a valid regular expression: ${error.message}`);
        }
    }
    const require = values.get('require');
    if (require)
        rule.require = (0,glob/* globSet */.xk)(strings(where, require, 'require'));
    const mention = values.get('require-mention');
    if (mention)
        rule.requireMention = strings(where, mention, 'require-mention');
    const forbid = values.get('forbid');
    if (forbid)
        rule.forbid = (0,glob/* globSet */.xk)(strings(where, forbid, 'forbid'));
    const message = values.get('message');
    if (message)
        rule.message = strings(where, message, 'message').join(' ');
    if (!rule.when && !rule.whenAddedLines && !rule.forbid)
        fail(where, node, `rule \`${rule.name}\` needs \`when\` or \`when-added-lines\``);
    if (!rule.require && !rule.requireMention && !rule.forbid)
        fail(where, node, `rule \`${rule.name}\` needs \`require\`, \`require-mention\` or \`forbid\``);
    if (rule.requireMention && !rule.whenAddedLines) {
        fail(where, mention, `rule \`${rule.name}\`: \`require-mention\` needs \`when-added-lines\` (it checks what the regex captured)`);
    }
    return rule;
}
/** Parse the `rules` YAML: a list of rules (or a mapping with a `rules:` list). */
function parseCompanionRules(text, file) {
    const where = (0,yaml.parseYaml)(text, { file, input: 'rules' });
    const { document } = where;
    let list = document.contents;
    if ((0,dist/* isMap */.jh)(list))
        list = list.get('rules', true);
    if (!(0,dist/* isSeq */.oP)(list))
        fail(where, document.contents ?? undefined, 'expected a list of rules');
    const rules = list.items.map((item) => parseRule(where, item));
    const names = new Set();
    for (const [index, rule] of rules.entries()) {
        if (names.has(rule.name))
            fail(where, list.items[index], `two rules are named \`${rule.name}\``);
        names.add(rule.name);
    }
    return rules;
}

;// CONCATENATED MODULE: ./packages/rules/src/input.ts


/** A rules file is configuration, not data: 1 MiB is far beyond any real one. */
const MAX_RULES_BYTES = 1024 * 1024;
/** The `rules` input: a path to a YAML file in the repository (read confined to it), or the YAML itself. */
async function readCompanionRules(context) {
    const value = (0,inputs/* readString */.E3)(context.inputs, 'rules');
    if (value === undefined)
        return [];
    if (!value.includes('\n') && /\.ya?ml$/i.test(value) && !/^\s*-/.test(value)) {
        const file = await (0,input_errors/* readExistingFile */.MC)(context, 'rules', { maxBytes: MAX_RULES_BYTES });
        return parseCompanionRules(file.text, file.path);
    }
    return parseCompanionRules(value, undefined);
}


/***/ })

};
