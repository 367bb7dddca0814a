export const id = 365;
export const ids = [365];
export const modules = {

/***/ 3444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ shallowFile),
/* harmony export */   FL: () => (/* binding */ defaultBranchTip),
/* harmony export */   dU: () => (/* binding */ presentBounds),
/* harmony export */   lo: () => (/* binding */ shallowFileExists),
/* harmony export */   oD: () => (/* binding */ ensureComplete),
/* harmony export */   q$: () => (/* binding */ ensureCommit),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony export isShallow */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_ts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9771);
/**
 * Making a range's commits present in the clone: a shallow clone (actions/checkout's default
 * fetch-depth: 1) is deepened, and missing commits fetched, only as far as the range needs.
 */



async function isShallow(cwd) {
    return (await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
/** Where the clone lists its shallow boundary commits (a file that exists only in a shallow clone). */
async function shallowFile(cwd) {
    return (await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['rev-parse', '--git-path', 'shallow'])).trim();
}
/** A path `git rev-parse --git-path` printed, relative to the working tree unless absolute. */
function inClone(cwd, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, path);
}
async function shallowCommits(cwd, file) {
    try {
        return new Set((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(inClone(cwd, file), 'utf8').split('\n').filter(Boolean));
    }
    catch {
        return new Set();
    }
}
/**
 * The common case in one git process: both bounds already here. Returns their SHAs and the
 * shallow file's path, or undefined when a bound is missing (then each is fetched on its own).
 */
async function presentBounds(cwd, base, head) {
    try {
        const [shallow, baseSha, headSha] = (await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['rev-parse', '--git-path', 'shallow', `${base}^{commit}`, `${head}^{commit}`]))
            .trim()
            .split('\n');
        return baseSha && headSha && shallow ? { base: baseSha, head: headSha, shallow } : undefined;
    }
    catch {
        return undefined;
    }
}
async function fetchFrom(cwd, remote, args, what) {
    try {
        await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['fetch', '--no-tags', '--quiet', ...args]);
    }
    catch (error) {
        const detail = (error instanceof _exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .GitError */ .XS ? error.stderr : String(error))
            .split('\n')
            .join('; ');
        throw new Error(`${what} is not in the clone and cannot be fetched from ${remote}: ${detail}. ` +
            'Check out with actions/checkout and fetch-depth: 0, or make the remote reachable.');
    }
}
async function verifyCommit(cwd, rev) {
    try {
        return (await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim();
    }
    catch {
        return undefined;
    }
}
/** The full SHA of a revision, fetching it (shallowly in a shallow clone) when it is missing. */
async function ensureCommit(cwd, remote, rev, log) {
    const present = await verifyCommit(cwd, rev);
    if (present)
        return present;
    log(`fetching ${rev} from ${remote}`);
    const depth = (await isShallow(cwd)) ? ['--depth=50'] : [];
    await fetchFrom(cwd, remote, [...depth, remote, rev], `commit ${rev}`);
    return ((await verifyCommit(cwd, rev)) ??
        (await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['rev-parse', '--verify', 'FETCH_HEAD^{commit}'])).trim());
}
const DEEPEN_STEPS = [50, 200, 1000, 5000];
/** Deepen a shallow clone until `test` holds; at the end unshallow. False when it never holds. */
async function deepenUntil(cwd, remote, tips, test, log) {
    if (await test())
        return true;
    for (const step of [...DEEPEN_STEPS, 0]) {
        if (!(await isShallow(cwd)))
            return false;
        log(step ? `deepening the shallow clone by ${step} commits` : 'unshallowing the clone');
        const how = step ? [`--deepen=${step}`] : ['--unshallow'];
        await fetchFrom(cwd, remote, [...how, remote, ...tips], `the history of ${tips.join(' and ')}`);
        if (await test())
            return true;
    }
    return false;
}
async function mergeBase(cwd, remote, base, head, log) {
    let found;
    const test = async () => {
        try {
            found = (await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['merge-base', base, head])).trim();
            return true;
        }
        catch {
            return false;
        }
    };
    if (!(await deepenUntil(cwd, remote, [base, head], test, log)) || !found) {
        throw new Error(`${base} and ${head} have no common ancestor: cannot tell which commits are new`);
    }
    return found;
}
/** Deepen until no commit of base..head is a shallow boundary, so no commit is silently missing. */
async function ensureComplete(cwd, remote, range, log) {
    const complete = async () => {
        const shallow = await shallowCommits(cwd, range.shallow);
        if (shallow.size === 0)
            return true;
        const listed = (await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .git */ .$Y)(cwd, ['rev-list', `${range.base}..${range.head}`])).split('\n');
        return !listed.some((sha) => shallow.has(sha));
    };
    await deepenUntil(cwd, remote, [range.base, range.head], complete, log);
}
/** The default branch's tip, fetched if needed; undefined when the remote does not have it. */
async function defaultBranchTip(cwd, remote, branch, log) {
    const ref = `refs/remotes/${remote}/${branch}`;
    if (await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .gitSucceeds */ .GN)(cwd, ['rev-parse', '--verify', '--quiet', ref]))
        return ref;
    try {
        const depth = (await isShallow(cwd)) ? ['--depth=50'] : [];
        await fetchFrom(cwd, remote, [...depth, remote, `+refs/heads/${branch}:${ref}`], `branch ${branch}`);
        return ref;
    }
    catch (error) {
        log(`cannot fetch the default branch ${branch}: ${error.message}`);
        return undefined;
    }
}
/** A clone is shallow when git's shallow file exists. */
async function shallowFileExists(cwd, file) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(inClone(cwd, file));
}


/***/ }),

/***/ 9771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   GN: () => (/* binding */ gitSucceeds),
/* harmony export */   Ur: () => (/* binding */ gitSync),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   dP: () => (/* binding */ gitStream),
/* harmony export */   s0: () => (/* binding */ gitBytes)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

class GitError extends Error {
    name = 'GitError';
    args;
    stderr;
    exitCode;
    constructor(message, args, stderr, exitCode) {
        super(message);
        this.args = args;
        this.stderr = stderr;
        this.exitCode = exitCode;
    }
}
/** Settings that would change what git prints; every call is pinned to plain, parseable output. */
const PINNED = [
    '-c',
    'core.quotePath=false',
    '-c',
    'color.ui=false',
    '-c',
    'log.showSignature=false',
];
/**
 * GIT_FLUSH=0: into a pipe, git log otherwise flushes after every commit, and 10,000 small writes
 * cost more to read than the commits cost to lint. Nothing here talks to git in turns.
 */
const gitEnv = () => ({ ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_FLUSH: '0' });
function failed(args, stderr, code) {
    return new GitError(`git ${args.join(' ')} failed: ${stderr || `exit ${code}`}`, args, stderr, code);
}
/**
 * Run git to its end and return its stdout, synchronously, or undefined when it prints more than
 * `maxBytes` (git is then stopped). For short output a run needs before anything else can go on:
 * the first asynchronous git of a process costs about 4 ms more, the time Node takes to compile
 * its stream and socket code for the pipes.
 */
function gitSync(cwd, args, maxBytes) {
    const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [...PINNED, ...args], {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: gitEnv(),
        maxBuffer: maxBytes,
    });
    if (result.error) {
        if (result.error.code === 'ENOBUFS')
            return undefined;
        throw new GitError(`cannot run git: ${result.error.message}`, args, '', null);
    }
    if (result.status !== 0)
        throw failed(args, result.stderr.toString('utf8').trim(), result.status);
    return result.stdout;
}
/**
 * Run git, handing its stdout to `onData` chunk by chunk as it arrives (so a caller can work while
 * git still runs). `input` is written to its stdin. Aborting `stop` ends git early, and the
 * promise resolves: the caller has read what it needed.
 */
function gitStream(cwd, args, onData, input, stop) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...PINNED, ...args], {
            cwd,
            signal: stop,
            stdio: ['pipe', 'pipe', 'pipe'],
            env: gitEnv(),
        });
        const err = [];
        let failure;
        child.stdout.on('data', (chunk) => {
            if (failure !== undefined || stop?.aborted)
                return;
            try {
                onData(chunk);
            }
            catch (error) {
                failure = error;
                child.kill();
            }
        });
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            if (!stop?.aborted)
                reject(new GitError(`cannot run git: ${error.message}`, args, '', null));
        });
        child.on('close', (code) => {
            if (failure !== undefined)
                return reject(failure);
            if (stop?.aborted)
                return resolve();
            const stderr = Buffer.concat(err).toString('utf8').trim();
            if (code === 0)
                resolve();
            else
                reject(failed(args, stderr, code));
        });
        child.stdin.on('error', () => { }); // git may exit before reading all of stdin; its exit code tells
        child.stdin.end(input ?? '');
    });
}
/** Run git and return its stdout as bytes. `input` is written to its stdin. */
async function gitBytes(cwd, args, input) {
    const out = [];
    await gitStream(cwd, args, (chunk) => out.push(chunk), input);
    return Buffer.concat(out);
}
async function git(cwd, args, input) {
    return (await gitBytes(cwd, args, input)).toString('utf8');
}
/** True when git exits 0; for questions like "is this commit here?". */
async function gitSucceeds(cwd, args) {
    try {
        await gitBytes(cwd, args);
        return true;
    }
    catch (error) {
        if (error instanceof GitError && error.exitCode !== null)
            return false;
        throw error;
    }
}


/***/ }),

/***/ 4911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ boundsFrom)
/* harmony export */ });
/* harmony import */ var _flow_actions_kit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);
/* harmony import */ var _flow_actions_github_event__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7173);


const ZERO_SHA = /^0+$/;
/** GitHub lists at most this many commits in a push event. */
const PUSH_COMMITS_LISTED = 2048;
/** A count the event gives, if it is one. */
function countOf(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
        ? { commits: value }
        : {};
}
/**
 * The range a user names (CLI --from/--to, workflow_dispatch inputs). A revision never starts with
 * "-": such a value would reach git as an option (`--output=<file>` writes a file).
 */
function namedBounds(from, to) {
    const head = to || 'HEAD';
    for (const [input, value] of [
        ['from', from],
        ['to', head],
    ]) {
        if (value.startsWith('-'))
            throw new _flow_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${JSON.stringify(value)} is not a revision: it starts with "-"`, {
                input,
            });
    }
    return { base: from, head, source: `${from}..${head}` };
}
function boundsFrom(request) {
    const { event } = request;
    if (request.from)
        return namedBounds(request.from, request.to);
    const pullRequest = (0,_flow_actions_github_event__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestOf */ ._n)(event);
    if (pullRequest)
        return {
            base: pullRequest.base.sha,
            head: pullRequest.head.sha,
            source: `pull request #${pullRequest.number}`,
            ...countOf(pullRequest.commits),
        };
    const push = (0,_flow_actions_github_event__WEBPACK_IMPORTED_MODULE_1__/* .pushOf */ .yS)(event);
    if (push) {
        const defaultBranch = push.repository.default_branch;
        if (ZERO_SHA.test(push.before))
            return {
                base: undefined,
                head: push.after,
                source: `push of new branch ${push.ref}`,
                defaultBranch,
            };
        const listed = Array.isArray(push.commits) ? push.commits.length : undefined;
        return {
            base: push.before,
            head: push.after,
            source: `push to ${push.ref}`,
            defaultBranch,
            ...countOf(listed !== undefined && listed < PUSH_COMMITS_LISTED ? listed : undefined),
        };
    }
    const group = (0,_flow_actions_github_event__WEBPACK_IMPORTED_MODULE_1__/* .mergeGroupOf */ .jM)(event);
    if (group)
        return { base: group.base_sha, head: group.head_sha, source: `merge group ${group.head_ref}` };
    if (event?.name === 'workflow_dispatch') {
        const inputs = (0,_flow_actions_github_event__WEBPACK_IMPORTED_MODULE_1__/* .dispatchInputsOf */ .HA)(event);
        const from = typeof inputs.from === 'string' ? inputs.from : '';
        if (!from)
            throw new _flow_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('a workflow_dispatch run needs a `from` input (and optionally `to`) naming the range to check', { input: 'from' });
        return namedBounds(from, typeof inputs.to === 'string' ? inputs.to : undefined);
    }
    throw new _flow_actions_kit__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(event
        ? `cannot tell which commits to check from a ${event.name} event; give the range with from and to`
        : 'no range to check: give --from (and --to), or run on a push, pull_request or merge_group event', { input: 'from' });
}


/***/ }),

/***/ 7829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ resolveRange),
/* harmony export */   s: () => (/* binding */ resolveBounds)
/* harmony export */ });
/* harmony import */ var _clone_history_ts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3444);
/* harmony import */ var _range_bounds_ts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4911);


/**
 * The range of commits an event asks about, made present in the clone: a shallow clone is
 * deepened until the merge-base of base and head and every commit between are there.
 */
async function resolveRange(cwd, request) {
    const bounds = (0,_range_bounds_ts__WEBPACK_IMPORTED_MODULE_0__/* .boundsFrom */ .i)(request);
    const present = bounds.base ? await (0,_clone_history_ts__WEBPACK_IMPORTED_MODULE_1__/* .presentBounds */ .dU)(cwd, bounds.base, bounds.head) : undefined;
    return resolveBounds(cwd, request, bounds, present);
}
/** resolveRange once the bounds are known and looked up in the clone. */
async function resolveBounds(cwd, request, bounds, present) {
    const remote = request.remote ?? 'origin';
    const log = request.log ?? (() => { });
    const head = present?.head ?? (await (0,_clone_history_ts__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommit */ .q$)(cwd, remote, bounds.head, log));
    let base = bounds.base;
    if (base === undefined && bounds.defaultBranch) {
        const tip = await (0,_clone_history_ts__WEBPACK_IMPORTED_MODULE_1__/* .defaultBranchTip */ .FL)(cwd, remote, bounds.defaultBranch, log);
        if (!tip) {
            log(`new branch and no ${bounds.defaultBranch} to compare with: checking ${head} alone`);
            return { base: undefined, head, source: bounds.source };
        }
        base = tip;
    }
    if (base === undefined)
        return { base: undefined, head, source: bounds.source };
    const baseSha = present?.base ?? (await (0,_clone_history_ts__WEBPACK_IMPORTED_MODULE_1__/* .ensureCommit */ .q$)(cwd, remote, base, log));
    const start = await (0,_clone_history_ts__WEBPACK_IMPORTED_MODULE_1__/* .mergeBase */ .wu)(cwd, remote, baseSha, head, log);
    const shallow = present?.shallow ?? (await (0,_clone_history_ts__WEBPACK_IMPORTED_MODULE_1__/* .shallowFile */ .Dh)(cwd));
    await (0,_clone_history_ts__WEBPACK_IMPORTED_MODULE_1__/* .ensureComplete */ .oD)(cwd, remote, { base: start, head, shallow }, log);
    return { base: start, head, source: bounds.source };
}


/***/ }),

/***/ 884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bX: () => (/* binding */ isNegated),
/* harmony export */   er: () => (/* binding */ normalizeGlob),
/* harmony export */   kt: () => (/* binding */ matchesGlob),
/* harmony export */   xk: () => (/* binding */ globSet)
/* harmony export */ });
/* unused harmony export normalizePath */
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5122);

/** The pattern as minimatch reads it, without our leading `!`, `./` or `/`. */
function normalizeGlob(pattern) {
    let glob = pattern.trim();
    while (glob.startsWith('./'))
        glob = glob.slice(2);
    glob = glob.replace(/^\/+/, '');
    if (glob.endsWith('/'))
        glob += '**';
    return glob;
}
function normalizePath(path) {
    let posix = path.replace(/\\/g, '/');
    while (posix.startsWith('./'))
        posix = posix.slice(2);
    return posix;
}
function compile(pattern) {
    return new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(normalizeGlob(pattern), {
        dot: true,
        nocomment: true,
        nonegate: true,
        // a brace set expanding to millions of patterns is a cheap way to stall a step
        braceExpandMax: 1000,
    });
}
/** One glob against one path. */
function matchesGlob(path, pattern) {
    return compile(pattern).match(normalizePath(path));
}
function isNegated(pattern) {
    return pattern.trim().startsWith('!');
}
/** An ordered list of globs; see the rules above. */
function globSet(patterns) {
    const rules = patterns.map((pattern) => ({
        negated: isNegated(pattern),
        glob: compile(isNegated(pattern) ? pattern.trim().slice(1) : pattern),
    }));
    const startIncluded = rules.length > 0 && rules.every((rule) => rule.negated);
    return {
        patterns,
        matches(path) {
            const posix = normalizePath(path);
            for (let index = rules.length - 1; index >= 0; index--) {
                const rule = rules[index];
                if (rule.glob.match(posix))
                    return !rule.negated;
            }
            return startIncluded;
        },
    };
}


/***/ }),

/***/ 6415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ readDuration),
/* harmony export */   A3: () => (/* binding */ parsePercentage),
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   PX: () => (/* binding */ readPercentage),
/* harmony export */   Qj: () => (/* binding */ readGlobs),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   ai: () => (/* binding */ readEnum),
/* harmony export */   cl: () => (/* binding */ quoteValue),
/* harmony export */   kz: () => (/* binding */ readNumber),
/* harmony export */   mc: () => (/* binding */ readRegExp)
/* harmony export */ });
/* unused harmony exports mapInputs, readRequired, splitList, parseNumber, compileRegExp */
/* harmony import */ var _errors_ts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7817);

/** A fixed map of values, for tests and for composing sources. */
function mapInputs(values, kind = 'input') {
    return {
        get: (name) => values[name],
        describe: (name) => `${kind} '${name}'`,
    };
}
function fail(source, name, message) {
    throw new _errors_ts__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${source.describe(name)}: ${message}`, { input: name });
}
/** Quote a user's value for an error message, shortened so a huge value stays readable. */
function quoteValue(value) {
    const text = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return JSON.stringify(text);
}
function readString(source, name) {
    const value = source.get(name)?.trim();
    return value ? value : undefined;
}
function readRequired(source, name) {
    const value = readString(source, name);
    if (value === undefined)
        fail(source, name, 'is required');
    return value;
}
/** Items separated by newlines or commas; blank items and `#` comment lines are dropped. */
function splitList(value) {
    return value
        .split(/\r?\n/)
        .filter((line) => !line.trim().startsWith('#'))
        .flatMap((line) => line.split(','))
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function readList(source, name) {
    const value = source.get(name);
    return value === undefined ? [] : splitList(value);
}
/** Items separated by newlines only: for values that may contain commas (globs with braces, regexes). */
function readLines(source, name) {
    const value = source.get(name);
    if (value === undefined)
        return [];
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/**
 * Glob patterns, one a line (commas also separate, except inside `{a,b}` braces).
 * A leading `!` negates; an unbalanced brace is an error.
 */
function readGlobs(source, name) {
    const value = source.get(name);
    if (value === undefined)
        return [];
    const globs = [];
    for (const line of value.split(/\r?\n/)) {
        if (line.trim().startsWith('#'))
            continue;
        let depth = 0;
        let current = '';
        for (const char of line) {
            if (char === '{')
                depth++;
            if (char === '}')
                depth--;
            if (depth < 0)
                fail(source, name, `unbalanced '}' in glob ${quoteValue(line.trim())}`);
            if (char === ',' && depth === 0) {
                globs.push(current);
                current = '';
            }
            else
                current += char;
        }
        if (depth !== 0)
            fail(source, name, `unbalanced '{' in glob ${quoteValue(line.trim())}`);
        globs.push(current);
    }
    return globs.map((glob) => glob.trim()).filter((glob) => glob !== '');
}
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** YAML 1.2 core-schema booleans only: "yes", "1" and "on" are errors, not guesses. */
function readBoolean(source, name, fallback) {
    const value = readString(source, name);
    if (value === undefined)
        return fallback;
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    fail(source, name, `expected true or false, got ${quoteValue(value)}`);
}
function parseNumber(text) {
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text))
        return undefined;
    return Number(text);
}
function checkRange(source, name, number, { min, max }) {
    if (min !== undefined && number < min)
        fail(source, name, `must be at least ${min}, got ${number}`);
    if (max !== undefined && number > max)
        fail(source, name, `must be at most ${max}, got ${number}`);
}
/** A percentage from 0 to 100, with or without a trailing `%`. */
function parsePercentage(text) {
    const number = parseNumber(text.trim().replace(/%$/, ''));
    if (number === undefined || number < 0 || number > 100)
        return undefined;
    return number;
}
function readPercentage(source, name) {
    const value = readString(source, name);
    if (value === undefined)
        return undefined;
    const number = parsePercentage(value);
    if (number === undefined)
        fail(source, name, `expected a percentage from 0 to 100, got ${quoteValue(value)}`);
    return number;
}
/** A number in range; `kind` says what was expected ("a number", "a whole number"). */
function readNumeric(source, name, range, kind, accept) {
    const value = readString(source, name);
    if (value === undefined)
        return undefined;
    const number = parseNumber(value);
    if (number === undefined || !accept(number))
        fail(source, name, `expected ${kind}, got ${quoteValue(value)}`);
    checkRange(source, name, number, range);
    return number;
}
function readNumber(source, name, range = {}) {
    return readNumeric(source, name, range, 'a number', () => true);
}
function readInteger(source, name, range = {}) {
    return readNumeric(source, name, range, 'a whole number', Number.isInteger);
}
function readEnum(source, name, values, fallback) {
    const value = readString(source, name);
    if (value === undefined)
        return fallback;
    if (values.includes(value))
        return value;
    fail(source, name, `expected one of ${values.join(', ')}, got ${quoteValue(value)}`);
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** A duration in milliseconds from "180", "180s", "500ms", "30m" or "1h"; a bare number is seconds. */
function readDuration(source, name) {
    const value = readString(source, name);
    if (value === undefined)
        return undefined;
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value);
    if (!match)
        fail(source, name, `expected a duration like 180, 90s, 30m or 1h, got ${quoteValue(value)}`);
    return Math.round(Number(match[1]) * DURATION_UNITS[match[2] ?? 's']);
}
/** A regular expression; its syntax error is reported against the input. */
function readRegExp(source, name, flags = '') {
    const value = readString(source, name);
    if (value === undefined)
        return undefined;
    return compileRegExp(source, name, value, flags);
}
function compileRegExp(source, name, pattern, flags = '') {
    try {
        return new RegExp(pattern, flags);
    }
    catch (error) {
        fail(source, name, `invalid regular expression ${quoteValue(pattern)}: ${error.message}`);
    }
}


/***/ }),

/***/ 9703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ pre),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   oX: () => (/* binding */ passFail),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export escapeHtml */
/**
 * Markdown for job summaries and PR comments. Untrusted text goes through `text()` or `code()`,
 * so a commit message or a log line renders as itself and never as HTML, a link or a table.
 */
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?/g;
function stripAnsi(text) {
    return text.replace(ANSI, '');
}
/** Control characters other than tab and newline, shown as visible escapes. */
function visibleControls(text) {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (char) => char === '\r' ? '\\r' : `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
};
function escapeHtml(text) {
    return visibleControls(stripAnsi(text)).replace(/[&<>"]/g, (char) => HTML_ESCAPES[char]);
}
/** A URL scheme (`https://`) or `www.`: GitHub links them even without Markdown around them. */
const AUTOLINK = /:(?=\/\/)|(?<=\bwww)\./gi;
/** Inline text: markdown punctuation escaped, newlines become <br>. Safe inside table cells. */
function text(value) {
    return escapeHtml(value)
        .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&')
        .replace(AUTOLINK, (char) => `&#${char.charCodeAt(0)};`)
        .replace(/\r?\n/g, '<br>');
}
/**
 * Characters Markdown still reads inside inline HTML such as <code>: emphasis, links, images,
 * escapes, table pipes, strikethrough. As numeric entities they render as themselves.
 */
const CODE_SPECIALS = /[\\`*_[\]()!|~#{}]/g;
/** Inline code for untrusted text; HTML <code> so backticks inside cannot end it early. */
function code(value) {
    const escaped = escapeHtml(value)
        .replace(CODE_SPECIALS, (char) => `&#${char.charCodeAt(0)};`)
        .replace(AUTOLINK, (char) => `&#${char.charCodeAt(0)};`)
        .replace(/\r?\n/g, ' ');
    return `<code>${escaped}</code>`;
}
/** A preformatted block for multi-line untrusted text (logs, messages). */
function pre(value) {
    return `<pre>${escapeHtml(value)}</pre>`;
}
/** A link; the URL percent-encoded, parentheses and spaces included, so it cannot end early. */
function link(label, url) {
    const encoded = encodeURI(url).replace(/[()]/g, (char) => (char === '(' ? '%28' : '%29'));
    return `[${text(label)}](${encoded})`;
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function passFail(passed) {
    return passed ? '✅' : '❌';
}


/***/ }),

/***/ 2919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ Summary)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT_BYTES */
/* harmony import */ var _markdown_ts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9703);

/** GitHub rejects a step summary larger than 1 MiB. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Builds a job summary (also used for PR comments) that always fits GitHub's size limit. */
class Summary {
    blocks = [];
    heading(title, level = 2) {
        this.blocks.push({ markdown: `${'#'.repeat(level)} ${title}` });
        return this;
    }
    /** Trusted markdown: callers escape any untrusted part with markdown.text() or code(). */
    paragraph(markdown) {
        this.blocks.push({ markdown });
        return this;
    }
    table(headers, rows) {
        if (rows.length === 0)
            return this;
        const rendered = _markdown_ts__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp(headers, rows).split('\n');
        this.blocks.push({
            markdown: rendered.join('\n'),
            rows: { head: rendered.slice(0, 2).join('\n'), rows: rendered.slice(2) },
        });
        return this;
    }
    list(items) {
        if (items.length === 0)
            return this;
        const rows = items.map((item) => `- ${item}`);
        this.blocks.push({ markdown: rows.join('\n'), rows: { head: '', rows } });
        return this;
    }
    details(summary, body) {
        this.blocks.push({ markdown: _markdown_ts__WEBPACK_IMPORTED_MODULE_0__/* .details */ .zH(summary, body) });
        return this;
    }
    get isEmpty() {
        return this.blocks.length === 0;
    }
    /**
     * The markdown, cut to `limit` bytes: whole blocks first, then as many rows of the block that
     * does not fit as do, then a line saying what was left out and where the rest is.
     */
    render(limit = SUMMARY_LIMIT_BYTES, rest = 'the JSON report') {
        const note = (count) => `\n\n> ✂️ The summary was cut to fit GitHub's limit: ${count} more lines are in ${rest}.`;
        const reserve = Buffer.byteLength(note(Number.MAX_SAFE_INTEGER));
        const parts = [];
        let size = 0;
        for (let index = 0; index < this.blocks.length; index++) {
            const block = this.blocks[index];
            const piece = (parts.length ? '\n\n' : '') + block.markdown;
            const pieceSize = Buffer.byteLength(piece);
            if (size + pieceSize + reserve <= limit) {
                parts.push(piece);
                size += pieceSize;
                continue;
            }
            let omitted = this.blocks
                .slice(index + 1)
                .reduce((n, b) => n + b.markdown.split('\n').length, 0);
            if (block.rows) {
                const prefix = parts.length ? '\n\n' : '';
                const lines = block.rows.head ? [block.rows.head] : [];
                let partialSize = Buffer.byteLength(prefix + lines.join('\n'));
                let kept = 0;
                for (const row of block.rows.rows) {
                    const rowSize = Buffer.byteLength(row) + (lines.length ? 1 : 0);
                    if (size + partialSize + rowSize + reserve > limit)
                        break;
                    lines.push(row);
                    partialSize += rowSize;
                    kept++;
                }
                if (kept > 0) {
                    parts.push(prefix + lines.join('\n'));
                    size += partialSize;
                }
                omitted += block.rows.rows.length - kept;
            }
            else
                omitted += block.markdown.split('\n').length;
            parts.push(note(omitted));
            break;
        }
        return parts.join('');
    }
}


/***/ })

};
