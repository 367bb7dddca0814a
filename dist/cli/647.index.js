export const id = 647;
export const ids = [647];
export const modules = {

/***/ 5647:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6177);
/* harmony import */ var _run_ts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3131);


const command = await (0,_flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__/* .actionCommand */ .kh)('commit-lint', __webpack_require__.ab + "actions/commit-lint.json", _run_ts__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e, {
    edit: 'lint a commit message file (a commit-msg hook passes "$1"), cleaned as git will clean it',
    message: 'lint this message text',
    ..._flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__/* .RANGE_OPTIONS */ .fM,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OW: () => (/* binding */ parseJsonFile),
/* harmony export */   eo: () => (/* binding */ discoverConfig)
/* harmony export */ });
/* unused harmony export CONFIG_FILES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _flow_actions_kit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7817);
/* harmony import */ var _flow_actions_kit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(272);


/** Where commitlint 21 looks for its configuration (cosmiconfig's search places), in its order. */
const CONFIG_FILES = [
    'package.json',
    'package.yaml',
    '.commitlintrc',
    '.commitlintrc.json',
    '.commitlintrc.yaml',
    '.commitlintrc.yml',
    '.commitlintrc.js',
    '.commitlintrc.cjs',
    '.commitlintrc.mjs',
    'commitlint.config.js',
    'commitlint.config.cjs',
    'commitlint.config.mjs',
    '.commitlintrc.ts',
    '.commitlintrc.cts',
    '.commitlintrc.mts',
    'commitlint.config.ts',
    'commitlint.config.cts',
    'commitlint.config.mts',
];
/** The 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text[i] === '\n')
            line++;
    return line;
}
/**
 * Parse a JSON file strictly, as cosmiconfig does: a malformed one fails as it fails commitlint
 * (package.json is read before any other file), naming the line.
 */
function parseJsonFile(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const position = /at position (\d+)/.exec(message)?.[1];
        const line = position === undefined ? lineAt(text, text.length) : lineAt(text, +position);
        throw new _flow_actions_kit__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file)} is not valid JSON: ${message.replace(/\s*\(line.*$/, '')}`, {
            input: 'config',
            location: { file, line },
        });
    }
}
/** Whether a manifest (package.json or package.yaml) holds a `commitlint` key. */
async function hasCommitlintKey(ws, name) {
    const text = ws.readTextSync(name, { input: 'config' });
    const data = name.endsWith('.json')
        ? parseJsonFile(text, name)
        : (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(68)]).then(__webpack_require__.bind(__webpack_require__, 8068))).parseYaml(text, { file: name, input: 'config' })
            .value;
    return typeof data === 'object' && data !== null && 'commitlint' in data;
}
/**
 * The configuration file of the workspace root, as its real path: a manifest with a `commitlint`
 * key, or a commitlint file. A file that is a link out of the workspace is an error, not read.
 */
async function discoverConfig(root) {
    const ws = typeof root === 'string' ? new _flow_actions_kit__WEBPACK_IMPORTED_MODULE_2__/* .Workspace */ .a(root) : root;
    for (const name of CONFIG_FILES) {
        if (!ws.existsSync(name, { input: 'config' }))
            continue;
        if (name.startsWith('package.') && !(await hasCommitlintKey(ws, name)))
            continue;
        return ws.resolve(name, { input: 'config' }).real;
    }
    return undefined;
}


/***/ }),

/***/ 3131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/git/src/commits.ts
var commits = __webpack_require__(6214);
// EXTERNAL MODULE: ./packages/git/src/exec.ts
var exec = __webpack_require__(9771);
// EXTERNAL MODULE: ./packages/git/src/clone-history.ts
var clone_history = __webpack_require__(3444);
// EXTERNAL MODULE: ./packages/git/src/range.ts
var src_range = __webpack_require__(7829);
// EXTERNAL MODULE: ./packages/git/src/range-bounds.ts
var range_bounds = __webpack_require__(4911);
;// CONCATENATED MODULE: ./packages/git/src/range-commits.ts





/** How far a line of commits may run older than base before it is given up on: clocks disagree. */
const CLOCK_SLOP_SECONDS = 24 * 60 * 60;
/**
 * The newest commits read with one synchronous git before the rest of a line is streamed: they
 * hold most pull requests.
 */
const FIRST_COMMITS = 100;
/** The most that read may print; a longer one is streamed instead. */
const FIRST_BYTES = 16 * 1024 * 1024;
/**
 * Follows head's line of single-parent commits down to base, checking each commit on it; the
 * line ends at base, at a merge, at a root, at a commit that is not the next on the line, or at one
 * committed before `oldest`.
 */
function lineWalk(cwd, base, head, check, oldest = -Infinity) {
    const line = { reached: false, shas: [], results: [] };
    let next = head;
    let ended = false;
    const follow = (commit) => {
        if (ended)
            return false;
        line.reached = commit.sha === base;
        ended =
            line.reached ||
                commit.sha !== next ||
                commit.parents.length !== 1 ||
                commit.committedAt < oldest;
        if (ended)
            return false;
        line.shas.push(commit.sha);
        line.results.push(check(commit));
        next = commit.parents[0];
        return true;
    };
    return {
        line,
        /**
         * The first `count` commits of the line from one synchronous git (gitSync says why). Throws
         * when git cannot show head; nothing is taken when it prints more than FIRST_BYTES.
         */
        readFirst(count) {
            (0,commits/* logSync */.gE)(cwd, ['-n', String(count), next], follow, FIRST_BYTES);
        },
        /** The rest of the line, checked as git prints it. */
        async readRest() {
            if (ended)
                return;
            const stop = new AbortController();
            await (0,commits/* streamLog */.VM)(cwd, [next], (commit) => follow(commit) || stop.abort(), stop.signal);
        },
    };
}
/**
 * base..head when base lies on head's line of single-parent commits, checked as git prints them.
 * `git log base..head` prints nothing until git has walked the whole range (50 ms for 10,000
 * commits), while `git log head` prints at once. Down such a line the range is exact: every way
 * from head into older history passes base, and no commit above base can be one of its ancestors.
 * The line is given up (`reached` false, with what was checked so far) at a merge, at a root, or
 * once it runs a day older than base without meeting it; git then works the range out.
 */
async function lineToBase(cwd, base, head, check) {
    const walk = lineWalk(cwd, base.sha, head, check, base.committedAt - CLOCK_SLOP_SECONDS);
    walk.readFirst(FIRST_COMMITS);
    await walk.readRest();
    return walk.line;
}
/** A full SHA (SHA-1 or SHA-256), as events give both ends: git need not resolve them. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Where a pull request or push event says how many commits its range holds, and both ends are full
 * SHAs: that many commits of head's line and one more, from the one git process most pull requests
 * and pushes need. Base lies on the line exactly when it is among them, which also shows it is in
 * the clone; otherwise the line is given up. Undefined when there is no such count, or when git
 * cannot show head.
 */
function firstOfLine(cwd, bounds, check) {
    const { base, head, commits } = bounds;
    if (!base || commits === undefined || commits >= FIRST_COMMITS)
        return undefined;
    if (!FULL_SHA.test(base) || !FULL_SHA.test(head))
        return undefined;
    const walk = lineWalk(cwd, base, head, check);
    try {
        walk.readFirst(commits + 1);
    }
    catch {
        return undefined;
    }
    return walk.line;
}
/**
 * Both bounds' SHAs and base's commit time, in one git process; undefined when either is not in
 * the clone. git shows a commit given twice once: then base is head.
 */
function presentEnds(cwd, base, head) {
    try {
        const [baseSha, time, headSha = baseSha] = ((0,exec/* gitSync */.Ur)(cwd, ['show', '-s', '--format=%H%n%ct', `${base}^{commit}`, `${head}^{commit}`, '--'], 4096)?.toString('utf8') ?? '')
            .trim()
            .split('\n');
        return baseSha && headSha
            ? { base: baseSha, head: headSha, baseTime: Number(time) || Infinity }
            : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The range of an event, and the result of `check` for each of its commits, oldest first (parents
 * before children). Commits are checked as git prints them, not kept. In the common case, an
 * event that counts its commits and base on head's line of commits, one `git log` of head does it
 * all (firstOfLine), in a shallow clone too. Otherwise both ends are looked up (one `git show`)
 * and, where the event gave no count, the line followed (lineToBase). When the line does not reach
 * base, in a full clone, one `git log --boundary base..head` lists the commits and finds the
 * merge-base: a single boundary commit is the merge-base (every common ancestor lies behind it),
 * so no second walk of the history is needed. A shallow clone or a missing end is resolved as
 * resolveRange does. Commits the line checked are not checked again, and those outside the range
 * are dropped.
 */
async function rangeCommits(cwd, request, check) {
    const bounds = (0,range_bounds/* boundsFrom */.i)(request);
    // Down a line of single-parent commits from head to base the range is exact, shallow or not.
    const line = firstOfLine(cwd, bounds, check);
    if (bounds.base && line?.reached) {
        const range = { base: bounds.base, head: bounds.head, source: bounds.source };
        return { range, results: line.results.reverse() };
    }
    const ends = bounds.base ? presentEnds(cwd, bounds.base, bounds.head) : undefined;
    const walked = line ??
        (ends
            ? await lineToBase(cwd, { sha: ends.base, committedAt: ends.baseTime }, ends.head, check)
            : undefined);
    if (ends && walked?.reached) {
        const range = { base: ends.base, head: ends.head, source: bounds.source };
        return { range, results: walked.results.reverse() };
    }
    const checked = new Map(walked?.shas.map((sha, index) => [sha, walked.results[index]]));
    const once = (commit) => checked.has(commit.sha) ? checked.get(commit.sha) : check(commit);
    const results = [];
    const present = ends && { ...ends, shallow: await (0,clone_history/* shallowFile */.Dh)(cwd) };
    if (!present || (await (0,clone_history/* shallowFileExists */.lo)(cwd, present.shallow))) {
        const range = await (0,src_range/* resolveBounds */.s)(cwd, request, bounds, present);
        await (0,commits/* eachCommit */.Dl)(cwd, range, (commit) => results.push(once(commit)));
        return { range, results };
    }
    const boundary = [];
    await (0,commits/* streamLog */.VM)(cwd, [...commits/* OLDEST_FIRST */.zY, '--boundary', `${present.base}..${present.head}`], (commit, isBoundary) => {
        if (isBoundary)
            boundary.push(commit.sha);
        else
            results.push(once(commit));
    });
    const start = boundary.length === 1
        ? boundary[0]
        : await (0,clone_history/* mergeBase */.wu)(cwd, request.remote ?? 'origin', present.base, present.head, () => { });
    return { range: { base: start, head: present.head, source: bounds.source }, results };
}

// EXTERNAL MODULE: ./packages/github/src/event.ts
var src_event = __webpack_require__(7173);
// EXTERNAL MODULE: ./packages/kit/src/files/workspace.ts + 4 modules
var files_workspace = __webpack_require__(272);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./actions/commit-lint/src/run-context.ts


/** The branch to hold to branch-pattern: the pull request's head, the pushed branch, or the checkout's. */
async function branchName(context) {
    const pullRequest = (0,src_event/* pullRequestOf */._n)(context.event);
    if (pullRequest)
        return pullRequest.head.ref;
    const push = (0,src_event/* pushOf */.yS)(context.event);
    if (push?.ref.startsWith('refs/heads/'))
        return push.ref.slice('refs/heads/'.length);
    if (context.env.GITHUB_HEAD_REF)
        return context.env.GITHUB_HEAD_REF;
    return (await (0,exec/* git */.$Y)(context.workspace, ['rev-parse', '--abbrev-ref', 'HEAD'])).trim();
}
function defaultBranchOf(event) {
    const repository = event?.payload.repository;
    return typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
}
/** Commits with problems printed to the step's log; the summary and the JSON report have them all. */
const LOGGED_COMMITS = 50;
/** The problems in the step's log, fenced as one block; the CLI prints them as its findings already. */
function logProblems(context, results) {
    if (context.mode !== 'action')
        return;
    const invalid = results.commits.filter((commit) => commit.problems.length);
    if (invalid.length === 0)
        return;
    const lines = invalid
        .slice(0, LOGGED_COMMITS)
        .flatMap((commit) => [
        `${commit.sha.slice(0, 7)} ${commit.header}`,
        ...commit.problems.map((problem) => `  ${problem.level} [${problem.rule}] ${problem.message}`),
    ]);
    if (invalid.length > LOGGED_COMMITS)
        lines.push(`… and ${invalid.length - LOGGED_COMMITS} more commits with problems: see the job summary and the JSON report`);
    context.log.untrusted(lines.join('\n'));
}

// EXTERNAL MODULE: ./actions/commit-lint/node_modules/semver/functions/valid.js
var valid = __webpack_require__(1686);
var valid_default = /*#__PURE__*/__webpack_require__.n(valid);
;// CONCATENATED MODULE: ./actions/commit-lint/src/ignores.ts

/** A version bump: "1.2.3", "v1.2.3", "chore: 1.2.3 [skip ci]", as @commitlint/is-ignored reads it. */
function isVersionBump(message) {
    const end = message.indexOf('\n');
    const stripped = (end === -1 ? message : message.slice(0, end))
        .replace(/^chore(\([^)]+\))?:/, '')
        .replace(/\[(skip|ci)(-|\s)(ci|skip)\]/i, '')
        .replace(/\((skip|ci)(-|\s)(ci|skip)\)/i, '')
        .trim();
    // semver.valid throws and catches inside for a non-version: rule out what cannot be one first.
    return /^v?\d/.test(stripped) && valid_default()(stripped) !== null;
}
/** The messages commitlint skips unless `defaultIgnores: false`, named for the report. */
const DEFAULT_IGNORES = [
    {
        name: 'merge commit',
        test: (m) => /^((Merge pull request)|(Merge (.*?) into (.*?)|(Merge branch (.*?)))(?:\r?\n)*$)/m.test(m),
    },
    { name: 'merge of a tag', test: (m) => /^(Merge tag (.*?))(?:\r?\n)*$/m.test(m) },
    { name: 'revert', test: (m) => /^(R|r)evert (.*)/.test(m) },
    { name: 'reapply', test: (m) => /^(R|r)eapply (.*)/.test(m) },
    { name: 'fixup, squash or amend commit', test: (m) => /^(amend|fixup|squash)!/.test(m) },
    { name: 'version bump', test: isVersionBump },
    {
        name: 'merge commit',
        test: (m) => /^(Merged (.*?)(in|into) (.*)|Merged PR (.*): (.*))/.test(m),
    },
    { name: 'merge commit', test: (m) => /^Merge remote-tracking branch(\s*)(.*)/.test(m) },
    { name: 'merge commit', test: (m) => /^Automatic merge(.*)/.test(m) },
    { name: 'merge commit', test: (m) => /^Auto-merged (.*?) into (.*)/.test(m) },
];
const FIXUP = /^(amend|fixup|squash)!/;
/**
 * Every default ignore needs one of these starts (a version bump after optional white space,
 * "chore:" or "[skip ci]") or, for the multi-line merge patterns, "Merge" somewhere: one test
 * rules out most messages before the ten.
 */
const MAY_BE_DEFAULT_IGNORED = /^(?:\s|\d|[v[(]|[Rr]e(?:vert|apply) |(?:amend|fixup|squash)!|Auto|chore)|Merge/;
/** Why a message is skipped, or undefined: the default ignores (unless off), then the config's. */
function ignoredBecause(message, options) {
    if (options.defaultIgnores && MAY_BE_DEFAULT_IGNORED.test(message)) {
        const hit = DEFAULT_IGNORES.find((ignore) => ignore.test(message));
        if (hit && (options.skipFixups !== false || !FIXUP.test(message)))
            return hit.name;
    }
    if (options.ignores.some((ignore) => ignore(message)))
        return 'ignored by the configuration';
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/conventional-commits-parser/dist/index.js + 5 modules
var dist = __webpack_require__(4674);
;// CONCATENATED MODULE: ./actions/commit-lint/src/parse.ts

/** conventional-changelog-angular's parser options: what commitlint parses with by default. */
const ANGULAR_PRESET = {
    headerPattern: /^(\w*)(?:\((.*)\))?: (.*)$/,
    headerCorrespondence: ['type', 'scope', 'subject'],
    noteKeywords: ['BREAKING CHANGE'],
    revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w{7,40})\b/i,
    revertCorrespondence: ['header', 'hash'],
};
/** conventional-changelog-conventionalcommits (config-conventional's preset): `!` and BREAKING-CHANGE. */
const CONVENTIONAL_PRESET = {
    headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
    breakingHeaderPattern: /^(\w*)(?:\((.*)\))?!: (.*)$/,
    headerCorrespondence: ['type', 'scope', 'subject'],
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    revertPattern: /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i,
    revertCorrespondence: ['header', 'hash'],
    issuePrefixes: ['#'],
};
/** Parser options as @commitlint/parse merges them: angular's, no field pattern, then the preset's. */
function commitlintParserOptions(preset = {}) {
    return { ...ANGULAR_PRESET, fieldPattern: null, ...preset };
}
const skip = { references: () => [], mentions: () => { } };
/**
 * A parser that skips what no rule reads: `mentions` (not part of ParsedMessage) always, and
 * `references` unless asked for. Each runs a pattern over every line or the whole message; finding
 * references is a third of the parse. The methods are private to the parser's types, not to
 * JavaScript; parse.test.ts checks that the parser still has them and that nothing else changes.
 */
function leanParser(options, references) {
    const parser = new dist/* CommitParser */.Jf(options);
    Object.defineProperty(parser, 'parseMentions', { value: skip.mentions });
    if (!references)
        Object.defineProperty(parser, 'parseReferences', { value: skip.references });
    return parser;
}
/** Two parsers per options object, with and without references: building one is costly. */
const parsers = new WeakMap();
function parserFor(options, references) {
    let pair = parsers.get(options);
    if (!pair)
        parsers.set(options, (pair = {}));
    if (references)
        return (pair.with ??= leanParser(options, true));
    return (pair.without ??= leanParser(options, false));
}
/** Parse a message; with `references` false, `references` is left empty (and the parse is faster). */
function parseMessage(raw, options, references = true) {
    return toParsedMessage(raw, parserFor(options, references).parse(raw));
}
/** The parser's result as the rules read it. */
function toParsedMessage(raw, commit) {
    return {
        raw,
        header: commit.header,
        type: commit.type ?? null,
        scope: commit.scope ?? null,
        subject: commit.subject ?? null,
        body: commit.body,
        footer: commit.footer,
        notes: commit.notes,
        references: commit.references,
    };
}

// EXTERNAL MODULE: ./node_modules/es-toolkit/dist/compat/string/camelCase.mjs + 1 modules
var camelCase = __webpack_require__(8069);
// EXTERNAL MODULE: ./node_modules/es-toolkit/dist/compat/string/kebabCase.mjs
var kebabCase = __webpack_require__(6156);
// EXTERNAL MODULE: ./node_modules/es-toolkit/dist/compat/string/snakeCase.mjs
var snakeCase = __webpack_require__(2683);
// EXTERNAL MODULE: ./node_modules/es-toolkit/dist/compat/string/startCase.mjs
var startCase = __webpack_require__(2031);
// EXTERNAL MODULE: ./node_modules/es-toolkit/dist/compat/string/upperFirst.mjs + 1 modules
var upperFirst = __webpack_require__(3463);
;// CONCATENATED MODULE: ./actions/commit-lint/src/case.ts
// One module per function: the compat index loads about 400 modules, a cost every CLI run pays.





/** The case names commitlint accepts, with its aliases. */
const CASES = [
    'lower-case',
    'lowercase',
    'lowerCase',
    'upper-case',
    'uppercase',
    'camel-case',
    'kebab-case',
    'pascal-case',
    'sentence-case',
    'sentencecase',
    'snake-case',
    'start-case',
];
const UPPER_FIRST = new Set([
    'upper-case',
    'uppercase',
    'pascal-case',
    'sentence-case',
    'sentencecase',
    'start-case',
]);
function toCase(input, target) {
    switch (target) {
        case 'camel-case':
            return (0,camelCase/* camelCase */.x)(input);
        case 'kebab-case':
            return (0,kebabCase/* kebabCase */.k)(input);
        case 'snake-case':
            return (0,snakeCase/* snakeCase */.L)(input);
        case 'pascal-case':
            return (0,upperFirst/* upperFirst */.Z)((0,camelCase/* camelCase */.x)(input));
        case 'start-case':
            return (0,startCase/* startCase */.N)(input);
        case 'upper-case':
        case 'uppercase':
            return input.toUpperCase();
        case 'sentence-case':
        case 'sentencecase':
            return (0,upperFirst/* upperFirst */.Z)(input);
        case 'lower-case':
        case 'lowercase':
        case 'lowerCase':
            return input.toLowerCase();
        default:
            throw new TypeError(`unknown case "${target}"`);
    }
}
// A rule tests one text against several cases in a row: strip its quoted parts once.
let lastRaw;
let lastStripped = '';
function withoutQuoted(raw) {
    if (raw !== lastRaw) {
        lastRaw = raw;
        lastStripped = (/[`"']/.test(raw) ? raw.replace(/`.*?`|".*?"|'.*?'/g, '') : raw).trim();
    }
    return lastStripped;
}
/**
 * Whether text is in a case, as @commitlint/ensure decides it (with the same word splitting, from
 * es-toolkit): quoted parts are left out, since they may hold proper names.
 */
function isCase(raw, target) {
    const input = withoutQuoted(raw);
    // Each of these cases makes the first letter upper case: text that starts with a lower-case
    // letter is not in it, and the costly word splitting can be skipped.
    const first = input[0];
    if (UPPER_FIRST.has(target) && first !== undefined && first !== first.toUpperCase())
        return false;
    const transformed = toCase(input, target);
    if (transformed === '' || /^\d/.test(transformed))
        return true;
    return transformed === input;
}

;// CONCATENATED MODULE: ./actions/commit-lint/src/rules/helpers.ts
function caseChecks(value) {
    const list = Array.isArray(value) ? value : [value];
    return list.map((check) => typeof check === 'string' ? { when: 'always', case: check } : check);
}
function say(...parts) {
    return parts.filter(Boolean).join(' ');
}
const URL_IN_LINE = /\bhttps?:\/\/\S+/;
// Rules look at single lines of messages split at /\r?\n/; these walk the text instead of
// splitting all of it for each rule. A line ends at its "\n", or its "\r\n", or the end of the text.
const breakAfter = (text, start) => {
    const at = text.indexOf('\n', start);
    return at === -1 ? text.length : at;
};
const contentEnd = (text, lineBreak) => lineBreak < text.length && text[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
/** Every line at most `max` long, except lines holding a URL (which cannot be wrapped). */
function linesWithin(text, max) {
    for (let start = 0; start <= text.length;) {
        const lineBreak = breakAfter(text, start);
        const end = contentEnd(text, lineBreak);
        if (end - start > max && !URL_IN_LINE.test(text.slice(start, end)))
            return false;
        start = lineBreak + 1;
    }
    return true;
}
/** `text.split(/\r?\n/)[0]`. */
function firstLine(text) {
    return text.slice(0, contentEnd(text, breakAfter(text, 0)));
}
/** `raw.split(/\r?\n/)[1]`. */
function secondLine(raw) {
    const first = raw.indexOf('\n');
    if (first === -1)
        return undefined;
    return raw.slice(first + 1, contentEnd(raw, breakAfter(raw, first + 1)));
}
/**
 * `lines.slice(lines.indexOf(line) - 1)[0]` of `lines = raw.split(/\r?\n/)`, as commitlint's
 * footer-leading-blank has it: the line before the first equal to `line`, the last line when that
 * is the first, the one before the last when there is none.
 */
function lineBefore(raw, line) {
    let index = 0;
    let previous = [0, 0];
    let beforePrevious = [0, 0];
    for (let start = 0; start <= raw.length; index++) {
        const lineBreak = breakAfter(raw, start);
        const end = contentEnd(raw, lineBreak);
        if (end - start === line.length && raw.startsWith(line, start)) {
            if (index === 0)
                return raw.slice(raw.lastIndexOf('\n') + 1);
            return raw.slice(previous[0], previous[1]);
        }
        beforePrevious = previous;
        previous = [start, end];
        start = lineBreak + 1;
    }
    const [from, to] = index >= 2 ? beforePrevious : previous;
    return raw.slice(from, to);
}
/** Report which cases matched for `never` (why it failed) and every case for `always`. */
function caseRule(label, when, checks, test) {
    const matches = checks.filter((check) => (check.when === 'never' ? !test(check) : test(check)));
    const result = matches.length > 0;
    const negated = when === 'never';
    if (negated ? !result : result)
        return undefined;
    const reported = negated ? matches : checks;
    return say(`${label} must`, negated && 'not', `be ${reported.map((c) => c.case).join(', ')}`);
}
function leadingBlank(part, leading, when) {
    const negated = when === 'never';
    const blank = leading === '';
    if (negated ? !blank : blank)
        return undefined;
    return say(part, negated ? 'may not' : 'must', 'have leading blank line');
}
function maxLineLength(part, text, max) {
    if (!text || linesWithin(text, max))
        return undefined;
    return `${part}'s lines must not be longer than ${max} characters`;
}
const DELIMITERS = ['/', '\\', ','];
function delimiterRegExp(delimiters) {
    return new RegExp(delimiters.map((d) => (d === ',' ? ', ?' : d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|'));
}

;// CONCATENATED MODULE: ./actions/commit-lint/src/rules/core.ts


/**
 * commitlint's /^[\p{Ll}\p{Lu}\p{Lt}]/iu, which takes V8 0.8 ms to build (the union of three
 * Unicode categories, then its case closure): \p{LC} is that union, and the one code point the i
 * flag adds to it is U+0345, which folds to a lower-case iota. 0.1 ms; a test checks that the two
 * agree on every code point.
 */
const STARTS_WITH_LETTER = /^[\p{LC}\u0345]/u;
/**
 * The rules commit-lint implements, under commitlint's names and with its semantics (the same
 * `always`/`never` defaults, the same edge cases), so a commitlint config gives the same verdicts.
 */
const CORE_RULES = {
    'type-enum': ({ type }, when = 'always', value = []) => {
        if (!type)
            return undefined;
        const list = value;
        const negated = when === 'never';
        if (list.includes(type) !== negated)
            return undefined;
        return say('type must', negated && 'not', `be one of [${list.join(', ')}]`);
    },
    'type-case': ({ type }, when = 'always', value = []) => {
        if (!type)
            return undefined;
        return caseRule('type', when, caseChecks(value), (check) => isCase(type, check.case));
    },
    'type-empty': ({ type }, when = 'always') => {
        const negated = when === 'never';
        if (Boolean(type) === negated)
            return undefined;
        return say('type', negated ? 'may not' : 'must', 'be empty');
    },
    'scope-enum': ({ scope }, when = 'always', value = []) => {
        const config = value;
        const scopes = Array.isArray(config) ? config : config.scopes;
        if (!scope || !scopes.length)
            return undefined;
        const delimiters = Array.isArray(config) || !config.delimiters?.length ? DELIMITERS : config.delimiters;
        const parts = scope.split(delimiterRegExp(delimiters));
        const known = (item) => scopes.includes(item);
        const negated = when === 'never';
        const valid = negated
            ? !parts.some(known) && !known(scope)
            : parts.every(known) || known(scope);
        if (valid)
            return undefined;
        return say('scope must', negated && 'not', `be one of [${scopes.join(', ')}]`);
    },
    'scope-case': ({ scope }, when = 'always', value = []) => {
        if (!scope)
            return undefined;
        const objectConfig = !Array.isArray(value) && typeof value !== 'string';
        const config = value;
        const checks = caseChecks(objectConfig ? config.cases : value);
        const delimiters = objectConfig && config.delimiters?.length ? config.delimiters : DELIMITERS;
        const pattern = delimiterRegExp(delimiters);
        const segments = scope.split(pattern);
        return caseRule('scope', when, checks, (check) => segments.every((segment) => pattern.test(segment) || isCase(segment, check.case)));
    },
    'scope-empty': ({ scope }, when = 'never') => {
        const negated = when === 'always';
        if (Boolean(scope) !== negated)
            return undefined;
        return say('scope', negated ? 'must' : 'may not', 'be empty');
    },
    'subject-case': ({ subject }, when = 'always', value = []) => {
        if (typeof subject !== 'string' || !STARTS_WITH_LETTER.test(subject))
            return undefined;
        return caseRule('subject', when, caseChecks(value), (check) => isCase(subject, check.case));
    },
    'subject-empty': ({ subject }, when = 'always') => {
        const negated = when === 'never';
        if (Boolean(subject) === negated)
            return undefined;
        return say('subject', negated ? 'may not' : 'must', 'be empty');
    },
    'subject-full-stop': ({ header }, when = 'always', value = '.') => {
        const colon = header?.indexOf(':') || 0;
        if (header && colon > 0 && colon === header.length - 1)
            return undefined;
        let stop = header?.[header.length - 1] === value;
        if (header?.slice(-3) === '...')
            stop = false;
        const negated = when === 'never';
        if (stop !== negated)
            return undefined;
        return say('subject', negated ? 'may not' : 'must', 'end with full stop');
    },
    'header-max-length': ({ header }, _when, value = 0) => {
        if (typeof header === 'string' && header.length <= value)
            return undefined;
        return `header must not be longer than ${value} characters, current length is ${header?.length}`;
    },
    'header-trim': ({ header }) => {
        if (!header)
            return undefined;
        const start = header.length > header.trimStart().length;
        const end = header.length > header.trimEnd().length;
        if (start && end)
            return 'header must not be surrounded by whitespace';
        if (start)
            return 'header must not start with whitespace';
        if (end)
            return 'header must not end with whitespace';
        return undefined;
    },
    'body-leading-blank': ({ body, raw }, when) => {
        if (!body)
            return undefined;
        return leadingBlank('body', secondLine(raw), when);
    },
    'body-max-line-length': ({ body }, _when, value = 0) => maxLineLength('body', body, value),
    'footer-leading-blank': ({ footer, raw }, when = 'always') => {
        if (!footer)
            return undefined;
        return leadingBlank('footer', lineBefore(raw, firstLine(footer)), when);
    },
    'footer-max-line-length': ({ footer }, _when, value = 0) => maxLineLength('footer', footer, value),
};

;// CONCATENATED MODULE: ./actions/commit-lint/src/rules/more.ts


/** `<part>-max-length` / `<part>-min-length`: an empty part passes. */
function lengthRule(part, bound) {
    return (parsed, _when, value = 0) => {
        const text = parsed[part];
        if (!text)
            return undefined;
        const limit = value;
        if (bound === 'max' ? text.length <= limit : text.length >= limit)
            return undefined;
        return `${part} must not be ${bound === 'max' ? 'longer' : 'shorter'} than ${limit} characters`;
    };
}
function emptyRule(part) {
    return (parsed, when = 'always') => {
        const negated = when === 'never';
        if (Boolean(parsed[part]) === negated)
            return undefined;
        return say(part, negated ? 'may not' : 'must', 'be empty');
    };
}
function fullStopRule(part, skipEmpty) {
    return (parsed, when = 'always', value = '.') => {
        const text = parsed[part];
        if (skipEmpty && !text)
            return undefined;
        const stop = text?.[text.length - 1] === value;
        const negated = when === 'never';
        if (stop !== negated)
            return undefined;
        return say(part, negated ? 'may not' : 'must', 'end with full stop');
    };
}
function textCaseRule(part, applies) {
    return (parsed, when = 'always', value = []) => {
        const text = parsed[part];
        if (!applies(text))
            return undefined;
        return caseRule(part, when, caseChecks(value), (check) => isCase(text, check.case));
    };
}
const BANG_HEADER = /^(\w*)(?:\((.*)\))?!: (.*)$/;
const CHERRY_PICK = /^\(cherry picked from commit [0-9a-f]{7,64}\)$/i;
/** commitlint's other rules, with its semantics and messages (all but trailer-exists, which runs git per message). */
const MORE_RULES = {
    'header-min-length': ({ header }, _when, value = 0) => {
        if (typeof header === 'string' && header.length >= value)
            return undefined;
        return `header must not be shorter than ${value} characters, current length is ${header?.length}`;
    },
    'header-case': textCaseRule('header', (text) => typeof text === 'string' && /^[a-z]/i.test(text)),
    'header-full-stop': fullStopRule('header', false),
    'type-max-length': lengthRule('type', 'max'),
    'type-min-length': lengthRule('type', 'min'),
    'scope-max-length': lengthRule('scope', 'max'),
    'scope-min-length': lengthRule('scope', 'min'),
    'subject-max-length': lengthRule('subject', 'max'),
    'subject-min-length': lengthRule('subject', 'min'),
    'subject-exclamation-mark': ({ header }, when = 'always') => {
        if (!header)
            return undefined;
        const negated = when === 'never';
        if (BANG_HEADER.test(header) !== negated)
            return undefined;
        return say('subject', negated ? 'must not' : 'must', 'have an exclamation mark in the subject to identify a breaking change');
    },
    'body-empty': emptyRule('body'),
    'body-max-length': lengthRule('body', 'max'),
    'body-min-length': lengthRule('body', 'min'),
    'body-full-stop': fullStopRule('body', true),
    'body-case': textCaseRule('body', (text) => Boolean(text)),
    'footer-empty': emptyRule('footer'),
    'footer-max-length': lengthRule('footer', 'max'),
    'footer-min-length': lengthRule('footer', 'min'),
    'references-empty': ({ references }, when = 'never') => {
        const negated = when === 'always';
        if (references.length > 0 !== negated)
            return undefined;
        return say('references', negated ? 'must' : 'may not', 'be empty');
    },
    'breaking-change-exclamation-mark': ({ header, footer }, when = 'always') => {
        if (!header && !footer)
            return undefined;
        const bang = !!header && BANG_HEADER.test(header);
        const breaking = !!footer && /^BREAKING[ -]CHANGE:/m.test(footer);
        const negated = when === 'never';
        if ((bang === breaking) !== negated)
            return undefined;
        return say('breaking changes', negated ? 'must not' : 'must', 'have both an exclamation mark in the header', 'and BREAKING CHANGE in the footer', 'to identify a breaking change');
    },
    'signed-off-by': ({ raw }, when = 'always', value = '') => {
        const lines = raw
            .split(/\r?\n/)
            .filter((line) => !line.startsWith('#') && !CHERRY_PICK.test(line.trim()) && Boolean(line));
        const last = lines[lines.length - 1];
        const signed = last ? last.startsWith(value) : false;
        const negated = when === 'never';
        if (signed !== negated)
            return undefined;
        return say('message', negated ? 'must not' : 'must', 'be signed off');
    },
    'scope-delimiter-style': ({ scope }, when = 'always', value = []) => {
        if (!scope)
            return undefined;
        const configured = value;
        const delimiters = configured.length ? configured : ['/', '\\', ','];
        const used = new Set((scope.match(/[^A-Za-z0-9-_]+/g) ?? []).map((d) => (d.trim() === ',' ? ',' : d)));
        const allowed = [...used].every((d) => delimiters.includes(d));
        const negated = when === 'never';
        if (allowed !== negated)
            return undefined;
        return `scope delimiters must ${negated ? 'not ' : ''}be one of [${delimiters.join(', ')}]`;
    },
};

;// CONCATENATED MODULE: ./actions/commit-lint/src/rules/index.ts


/** Every commitlint rule commit-lint implements, by commitlint's name. */
const RULES = { ...CORE_RULES, ...MORE_RULES };
/** The rules that read `references` of the parsed message; without them the parser skips finding references. */
const READS_REFERENCES = new Set(['references-empty']);

;// CONCATENATED MODULE: ./actions/commit-lint/src/lint.ts




const LEVELS = { 1: 'warning', 2: 'error' };
const plans = new WeakMap();
function planOf(config) {
    let plan = plans.get(config.rules);
    if (!plan) {
        const rules = Object.entries(config.rules)
            .filter(([, [level]]) => level !== 0)
            .map(([name, [level, when, value]]) => ({
            name,
            level: LEVELS[level],
            rule: RULES[name],
            when,
            value,
        }));
        plan = { rules, references: rules.some((rule) => READS_REFERENCES.has(rule.name)) };
        plans.set(config.rules, plan);
    }
    return plan;
}
function fixupResult(fixup) {
    const level = fixup === 'fail' ? 'error' : 'warning';
    const message = 'fixup!/squash!/amend! commit: squash it before merging (git rebase -i --autosquash)';
    return { valid: level !== 'error', problems: [{ rule: 'fixup', level, message }] };
}
/** Lint one message as @commitlint/lint does: ignores, parse, every enabled rule. */
function lintMessage(message, config) {
    if (config.fixup && config.fixup !== 'allow' && FIXUP.test(message))
        return fixupResult(config.fixup);
    const skipped = ignoredBecause(message, {
        defaultIgnores: config.defaultIgnores,
        ignores: config.ignores,
        skipFixups: config.fixup === undefined || config.fixup === 'allow',
    });
    if (skipped)
        return { valid: true, skipped, problems: [] };
    // commitlint passes an empty message; git never stores one unless told to.
    if (!/\S/.test(message))
        return { valid: true, skipped: 'empty message', problems: [] };
    const plan = planOf(config);
    const parsed = parseMessage(message, config.parserOptions, plan.references);
    if (parsed.header === null && parsed.body === null && parsed.footer === null) {
        return { valid: true, skipped: 'empty message', problems: [] };
    }
    const problems = [];
    let current = '';
    try {
        for (const { name, level, rule, when, value } of plan.rules) {
            current = name;
            const text = rule(parsed, when, value);
            if (text !== undefined)
                problems.push({ rule: name, level, message: text });
        }
    }
    catch (error) {
        // A value the rule cannot use (`type-enum: [2, always, 3]`): the configuration's fault.
        throw new errors/* UsageError */.eb(`rule ${current}: its value cannot be used: ${error.message}`, {
            input: 'config',
            cause: error,
        });
    }
    for (const extra of config.extraChecks) {
        const found = extra.check(parsed);
        if (typeof found === 'string')
            problems.push({ rule: extra.rule, level: extra.level, message: found });
        else if (found)
            problems.push({ rule: extra.rule, ...found });
    }
    return { valid: !problems.some((problem) => problem.level === 'error'), problems, parsed };
}

;// CONCATENATED MODULE: ./actions/commit-lint/src/mood/inflection.ts
const VOWEL = /[aeiou]/;
/** stopped → stop, planning → plan: an inflection that doubled the final consonant. */
function undouble(stem) {
    const last = stem.at(-1);
    return last && last === stem.at(-2) && !VOWEL.test(last) ? [stem.slice(0, -1)] : [];
}
/**
 * Base forms a regular inflection could come from, most likely first ("hoped" → hope before
 * hop, "adding" → adde before add; only forms in the word list count).
 */
function baseCandidates(word) {
    if (word.length > 4 && word.endsWith('ing')) {
        const stem = word.slice(0, -3);
        const bases = [`${stem}e`, stem, ...undouble(stem)];
        if (stem.endsWith('y'))
            bases.push(`${stem.slice(0, -1)}ie`); // lying → lie
        return { inflection: 'gerund', bases };
    }
    if (word.length > 3 && word.endsWith('ed')) {
        const stem = word.slice(0, -2);
        const bases = [word.slice(0, -1), stem, ...undouble(stem)];
        if (stem.endsWith('i'))
            bases.push(`${stem.slice(0, -1)}y`); // copied → copy
        return { inflection: 'past', bases };
    }
    if (word.length > 2 && word.endsWith('s') && !word.endsWith('ss')) {
        const bases = [word.slice(0, -1)];
        if (word.endsWith('es'))
            bases.push(word.slice(0, -2));
        if (word.endsWith('ies'))
            bases.push(`${word.slice(0, -3)}y`);
        return { inflection: 'third-person', bases };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/commit-lint/src/mood/word-list.ts
// Generated by scripts/build-verbs.ts from verb-corpus, english-verbs-irregular and wink-lexicon: do not edit.
/** Base forms of English verbs, space separated. */
const BASE_FORMS = `
  abandon abate abbreviate abdicate abet abhor abide abolish abort abound abrogate absent absorb
  absorbedthe abstain abstract abuse abut accede accelerate accent accentuate accept access
  acclaim accommodate accomodate accompany accomplish accord account accrue accumulate accuse ache
  achieve acknowledge acquaint acquiesce acquire acquit act activate actuate adapt add address
  adduce adhere adjourn adjudicate adjust administer administrate admire admit adopt adore adorn
  adulterate advance advantage adventure advertise advise advocate aerate affect affiliate affirm
  affix afflict afford after agglomerate aggravate aggregate agonize agree ai aid aim air airdrop
  alarm alert alienate alight align allay allege alleviate allocate allot allow ally alter
  alternate amalgamate amass amaze amble ambush amend amortize amount amplify amuse analyse
  analyze anchor angle animate anne annex annihilate annotate announce annoy annul anoint ansuh
  answer antagonize ante anticipate apologise apologize appal apparel appeal appear appease append
  applaud apply appoint apportion appraise appreciate apprehend approach appropriate approve
  approximate arbitrate arc arch argue arise arm arouse arrange arrest arrive arrogate articulate
  ary ascend ascertain ascribe ask aspire assail assassinate assemble assert assess assign
  assimilate assist associate assuage assume assure astound at atone attach attack attain attempt
  attend attention attest attract attribute auction audit audition augment authorize auto
  autograph automate autopsy avail avenge aver average avert avoid await awake awaken award back
  backfire backpedal backslide backstitch backstop backup baffle bag bail bait bake balance balk
  balkanize balloon ballyrag ban band bang banish bank bankroll bankrupt bannnnnng bar barbecue
  bare bargain barge bark barrel barricade base bash bat batch bathe batter battle bayonet be beam
  bear beat beautify beckon become bed bedevil bedim beef befall befit befog before beg beget
  begin begrudge behave behold bejewel belie believe belittle bellow belong bemoan bench bend
  benefit bequeath beset besiege besmirch bestir bestow bet bethought betide betray better bevel
  bewail beware bias bid bide bifurcate bilk bill bin bind bing bioengineer bitch bite bivouac
  blab black blackleg blacklist blackmail blame blank blanket blast blat blaze blazon bleach bleed
  blend bless blest blind blink blip blob block bloom blossom blot blow blub bludgeon blunder
  blunt blur blush bluster board boast bob bode bog boil bolster bolt bomb bombard boo boobify
  book boom boomerang boost boot bootleg bop borrow bother bottle bottom bounce bow box boycot
  boycott brace brag brake branch brandy brave brazen breach break breath breathe breed breeze
  brevet brew bribe bridge brief brighten brim bring bristle broach broadcast broaden broil brood
  browbeat brown browse bruise brush bubble buck buckle bud budge budget buffer buffet bug build
  bulge bull bulldog bulldoze bulletin bullshit bullwhip bully bullyrag bum bumble bump bundle
  bunt buoy bur burden burn burne burrow burst bury bushel bust but butt button buttress buy buzz
  bye bypass cabal caddie cajole calculate call calm camel camouflage camp campaign can canal
  cancel cannibalize canvass cap capitalize capture carburet care careen caress caricature
  carillon carol carry cart carve cascade case cash cast castigate catapult catch catchee
  catechize categorize cater catnap caucus cause cauterize caution cave cavil cavort cease cede
  ceil celebrate cement censor center centralize certify chafe chain chair chalk challenge
  champion chance chandelle change channel chant chap char characterize charge charm chart chase
  chat chatter chauffeur cheat check cheer cherish chew chide chill chin chip chisel chitchat chiv
  chivy choke choose chop christen chuck chuckle chug chum chunk churn cinch cipher circle
  circulate circumvent cite citicorp civilize claim clam clamp clap clarify clash classify clatter
  clean cleanse clear cleave clem clench click climax climb clinch cling clip clobber clog clone
  clop close clot clothe cloud club clutch clutter coach coalesce coat coax cod code coerce
  coexist cog cohere coif coil coin coincide collaborate collapse collar collect collude color
  colour comb combat combine come comend comfort command commemorate commence commend comment
  commercialize commiserate commission commit commoditize commune communicate communize compact
  compaq compare compass compel compensate compete compile complain complement complete complicate
  compliment complot comply comport compose compound comprehend compress comprise compromise
  compute computerize con concat concatenate conceal concede conceive concentrate concern
  conciliate conclude concoct concur cond condemn condense condition condone conduct cone confab
  confer confess confide confine confirm confiscate conflict conform confound confront confuse
  congeal congratulate congregate conjure connect connote conquer consent conserve consider
  consign consist console consolidate conspire constant constitute constrain construct construe
  consult consume contact contain contaminate contemplate contemporize contend content contest
  continue contract contradict contrast contribute contrive control convene converge converse
  convert convey convict convince cook cool cooperate coopt coordinate cop cope copy coquet corner
  corral correct correlate correspond corroborate corrode corrupt cost coste cough counsel count
  countenance counter counteract counterattack counterbalance counterchallenge counterplot
  counterprogram couple court cover covet cow cower crab crack cradle craft cram crane crank crap
  crapshoot crash crave crawl creak create credit creep cremate crest crib criminalize crimp
  cringe cripple criticize crochet croon crop cross crossbreed crosscut crouch crow crowd crown
  crumble crunch crush cry crystallize cub cudgel cuff cull culminate cultivate cumulate cup cupel
  curb cure curet curl curry curse curtail curve curvet cushion customize cut cycle dab dabble dag
  dally dam damage dammit damn damp dampen dance dangle dap dare darn dash date daunt dawn
  daydream dazzle deal debar debate debounce debug debunk deburr debus debut decay deceive
  decelerate decentralize decertify decide decipher deck declare decline decode decompose
  decompress deconstruct decontrol decorate decrease decry decrypt dedicate deduce deduct dedupe
  deduplicate deem deepen default defeat defect defend defer defile define deflate deflect defraud
  defray defrost defunct defuse defy degas degenerate degrade dehumanize dehydrate delay delegate
  delete deliberate delight delimit delineate delist deliver delivre delude delve demand
  demilitarize demit demob demobilize democratize demolish demonize demonstrate demoralize demur
  demythologize den denigrate denote denounce dent denude deny depart depend depict deplete
  deplore deploy deport depose deposit deprecate depreciate depress deprive derail deregulate
  derive descend describe desegregate deserialize desert deserve design designate desire desist
  despair despise dessier destabilize destory destroy destruct detach detail detain detect deter
  deteriorate determine detest detonate detoxify detract detribalize devalue devastate develop
  deviate devil devise devote devour deworm diagnose diagram dial dib dicker dictate die diet
  differ difference differentiate diffuse dig digest dignify digress dilate dilute dim dimension
  diminish din dine dip direct dirty disable disabuse disagree disallow disannul disappear
  disappoint disapprove disarm disassemble disassociate disband disbar disbelieve disbud disburden
  discard discern discharge discipline disclaim disclose discomfit disconcert disconnect
  discontinue discorporate discount discourage discourse discover discredit discriminate discuss
  disdain disembowel disengage disentangle disenthral disgorge disguise dish dishearten dishevel
  dishonor disintegrate disinter dislike dislodge dismantle dismember dismiss disobey disorder
  disown disparage dispatch dispel dispell dispense disperse displace display dispose disprove
  dispute disqualify disregard disrobe disrupt dissect disseminate dissent dissipate dissociate
  dissolve dissuade distance distil distinguish distort distract distribute distrust disturb dive
  diverge diversify divert divest divide divorce divulge do dock doctor document dodge dog dogleg
  dole dominate don donate donoghue doo doom dot double doubt douse dovetail down downgrade
  download downplay downsize drab draft drag drahve drain dramatize drape draw dream dress drift
  drill drink drip drive drivel drop drown drub drug drum druther dry dub duck duel duet dump dun
  dunk duplicate dust dwarf dwell dwindle dye each earmark earn ease eat eavesdrop ebb echo
  eclipse economize edge edit editorialize educate effect effecte effectuate effloresce eject eke
  elaborate elapse elect elevate elicit eliminate elongate emancipate emasculate embargo embark
  embarrass embed embellish embezzle embrace embroider embus emerge emigrate emit emote empanel
  empathize emphasise emphasize emphaticize employ empty emulate enable enact enamel encamp
  encapsulate enchant encircle encode encompass encounter encourage encroach encrypt encumber end
  endanger endeavor endorse endow endure energize enforce engage engender engineer englut engrave
  engulf enhance enjoin enjoy enlarge enlighten enlist enqueue enrich enrol enroll enslave ensnare
  ensue ensure entail enter entertain enthral entice entitle entrammel entrap entreat entrench
  entrust enunciate envisage envision envy enwrap epitomize eq equal equalize equate equip
  eradicate erase erect erode err erupt escalate escape eschew escort establish estimate estop
  etch eulogize evacuate evade evaluate evaporate even every evict eviscerate evoke evolve
  exacerbate exact exaggerate exalt examine exasperate excavate exceed excel except exchange
  excise excite exclaim exclude excorciate excoriate excrete excuse execute exemplify exempt
  exercise exert exhaust exhibit exhort exhume exile exist exit exonerate exorcise expand expect
  expedite expel expend experience experiment expire explain explode exploit explore export expose
  express expunge extemporize extend extenuate exterminate extinguish extol extort extract
  extradite extrapolate extricate fabricate face facet facilitate factor fade fag fail faint fall
  falsify falter fame familiarize fan fancy fantasize fare farm fascinate fashion fasten fat
  father fathom fatten fault favor fax faze fear feast feather featherbed feature federalize feed
  feel feint fence fend ferret ferry fester fetch fete ffreind fib fiddle field fig figger fight
  figure file filibuster fill film filter fin finance find fine finger finish fire firm fish fit
  fix flag flam flame flannel flap flare flash flat flatten flatter flaunt flay flee fleisher
  flesh flex flicker flimflam flinch fling flip flit flng float flock flog flood floor flop
  flounder flourish flout flow flower flub fluctuate flush fly foam fob focus fog foil fold follow
  foment fond fool foot footslog for forbid forborne force forecast foreclose forego foreknown
  forerun foresee foreshadow forestall foretell forfeit forge forget forgit forgive forgo fork
  form formalize format formulate forsake fort fortify forward foster foul founder foxtrot frame
  franchise frap fraternize fray free freeze freight frequent fret frig frighten frit frivol frog
  frolic from frostbite froth frustrate fry fuck fudge fuel fulfil fulfill fulfull fulminate fun
  function fund funnel fur furnish further fuse fuss gad gag gage gain gall gallop galvanize gam
  gamble gambol gan gang gap garden garner garrison gas gasconade gasp gather gauge gaze gear gel
  gem gender generalize generate gentle get gether gib giftwrap gig gild gim gin gip gird git give
  giveth glamorize glance glare glaze glean glide glisten gloat glom glorify gloss glow glue glug
  glut gnash gnaw go gobble godamit goin gon gore gotham goto gotta gouge govern grab grace grade
  graduate graft grandfather grant grapple grasp grate gratify graunt gravel graze grease green
  greet grill grimace grin grind grip gripe grit groan grok grope gross group grovel grow growth
  grub grumble grunt gt gte guarantee guard guess guide gum gun gush gut guzzle gyp gyrate hack
  hafta haggle hail halt halve ham hammer hamper hamstring hand handicap handle handsel handwrite
  hang happen harass harbor harden harm harmonize harness harp harry harvest hash hassle hasten
  hat hatch hatchel hate haul haunt have hawk hay hazard he head heal heap hear heare heart heat
  heave hedge hedgehop heed heighten help hem herald herd hesitate hev hew hibernate hiccup hide
  highball highlight hike hinder hinge hint hire hit hoard hob hobble hobnob hock hocus hoe hog
  hogtie hoist hold hole holler home homer homogenize hone honey honeymoon honor hook hop hope
  horn horsewhip hose host house housel hovel hover howl huckster hug hum humanize humble humbug
  humor hunch hunker hunt hurdle hurl hurry hurt hustle hypothesize identify identity idle ignite
  ignore illuminate illumine illustrate image imagine imbed imbibe imitate impact impair impanel
  impart impede impel imperil impinge implant implement implicate implore imply import impose
  impound impress imprint imprison improve improvise impugn in inactivate inbreed incarcerate
  incarnate inch incise incite include incorporate increase incubate incur indemnify index
  indicate indict individuate induce indulge industrialize infect infer infest infiltrate inflame
  inflate inflict influence inform infringe infuriate infuse ingest ingratiate inherit inhibit
  init initial initialize initiate inject injure inlay innovate inoculate input inquire insert
  inset insinuate insist inspan inspect inspire instal install instigate instill institute
  instruct insulate insult insure integrate intend intensify inter interact interbreed intercede
  intercept interconnect intercrop intercut interest interface interfere interlap intermit intern
  internationalize interpolate interpret interrogate interrupt intersect intersperse intervene
  interview interweave interwind intimate intimidate intrigue introduce intromit intrude inure
  invade invalidate inveigle invent inventory invert invest investigate invigorate invite invoke
  involve inwrap iodinate irk iron irrigate irritate isolate issue itch itemize iteratee jab jack
  jag jail jam japan jar jell jeopardize jerk jet jettison jewel jib jig jitterbug job jog join
  joke jolt jostle jot journey joypop judge jug juggle jump junk justify jut kayo kebab keel keen
  keep ken kennel kernel key keynote kick kid kidnap kill kindle kip kiss kit knap knead kneecap
  kneel knit knob knock knoe knot know knuckle ko kowtow label labor lacerate lack laden ladify
  lag lallygag lam lambaste lament lampoon land languish lap lapse largesse lash lasso last latch
  laugh launch launder laurel lay laze leach lead lean leap leapfrog learn lease leave lecture
  leech legalize legislate legitimize lemme lend lengthen leningrad lessen let level leverage levy
  libel liberalize liberate license lick lie lift light lighten like likee limit line linger link
  lint lip liquefy liquidate list listen litigate live load loan lob lobby localize locate lock
  lodge log look lookit looky loom loose loosen loot lop lord lose lot lounge louse love lower lt
  lte lug lull lunch lunge lure lurk lynch mad magnify mail maintain make malpractice man manage
  mandate maneuver manifest manipulate manufacture manumit many map mar marcel march mark market
  marry marshal marvel mash mask mass massacre massage master mastermind mat match mate
  materialize matriculate matter mature maul max maximize mcdonald mean measure medal meddle
  mediate meditate meet meld melt memoize memorise memorize mend mention merge merit mesh mess
  metabolize metal method methuselah mew migrate militate milk mimic min mince mind mine mingle
  minimize minus mirror miscast misdeal misdo misfit mishear mishit misinterpret mislay mislead
  mislearn misplace misread misrepresent miss misset misspeak misspell misspend mistake misteach
  mistreat mistrust misunderstand misuse miswrite miter mitigate mix mixin moan mob mobilize mock
  model moderate modernize modify modulate moisten mold molest mollify monitor monopolize moon
  moonlight moor mop mortgage mosey mother motivate motor mould mount mourn move mow mud muddle
  muff mug mull multiply mum munch murder murmur muscle muse mushroom mustard muster mutate mute
  mutter muzzle nab nag nail name nap narrow nationalize native navigate naysay near necessitate
  neck need needle negate neglect negotiate nest net network neutralize nevermind new next nib
  nibble nickel nickname niobe nip no nod nominate nonplus noop normalize northrop nose not notch
  note notice notify nourish now nth nudge nullify number nurture nut obey obfuscate object oblige
  obliterate obscure observe obsolete obstruct obtain obtaine obviate occasion occupy occur offend
  offer officiate offset okay omit once ooze open operate oppose opt optimize orate orbit
  orchestrate ordain order organise organize orginate originate orkem ossify oust outbid outbreed
  outclass outcrop outdo outdraw outdrink outdrive outface outfight outfit outflank outfly outfox
  outgas outgeneral outgrip outgrow outguess outlast outlaw outleap outline outlive outman
  outmaneuver outpace outperform output outrage outride outrun outsell outshine outshoot outsing
  outsit outsleep outsmell outspan outspeak outspeed outspend outstrip outswear outswim outthink
  outthrow outweigh outwit outwrite over overbid overbreed overbuild overburden overbuy overcome
  overcrop overdo overdraw overdrink overeat overemphasize overestimate overexpose overfeed
  overfill overflow overhang overhaul overhear overheat overlap overlay overlie overload overlook
  overman overpay overpower overproduce overpurchase overreach overreact override overrule overrun
  oversee oversell overset oversew overshadow overshoot oversleep overspeak overspend overspill
  overstaff overstate overstep overstretch overtake overthink overthrow overtop overturn overwhelm
  overwind overwrite owe own pace pacify pack package pad paddle page paie painewebber paint pair
  pal pall palm pamper pan panel panhandle panic paper parachute parallel paralyze parcel pardon
  pare park parley parody parry parse part partake partaker participate partition pasquinade pass
  paste pasture pat patch patrol patronize pause pave paw pawn pay peak peck pedal peddle peek
  peel peep peer peg pen penalize pencil penetrate pep pepper perceive perch perform perish perk
  permeate permit perpetrate perpetuate perplex persevere persist personalize persuade pertain
  peruse pester pet peter petition pettifog phase phone photocopy photograph photomap photoset
  physic pick picnic picture piece pierce pig piggyback pile pillage pilot pin pinch pine ping
  pinpoint pioneer pip pique piss pistol pit pitapat pitch pity pivot placate place plagiarize
  plague plan plane plank plant plat play plea plead please pleasure pledge plod plop plot plough
  plow pluck plug plummet plunder plunge plus ply poach pocket pod point poison poke polarize
  police polish politicize poll pollinate pollute pommel ponder pontificate pool pop popularize
  populate portend portray pose position possess post postpone postulate pot pounce pound pour
  power practice practise praise pray pre preach prebuild precancel precede precipitate preclude
  predict predispose predo preempt prefer prefix prefuh prefund prejudice premake premiere prep
  prepare prepay prepend presage prescribe presell present preserve preset preshrink preside press
  pressure presume pretend pretermit prevail prevaile prevayle prevent preview prey price prick
  prig prim print prison privatize probe proceed process proclaim procrastinate procreate procure
  prod produce profess proffer profile profit program progress prohibit project prologue prolong
  promise promote prompt pronounce proofread prop propagandize propagate propel property propfan
  propitiate propose prorate prosecute prosper prostitute protect protest protrude prove provide
  provoke prune pry psalm pub publicize publish puff pug pull pulp pulse pulverize pummel pump pun
  punch puncture punish pup purchase purge purify pursue push put putt puzzle pyramid quadruple
  qualify quantify quarantine quarrel quash quell quench query question queue quibble quicken
  quickstep quiet quintuple quip quit quiz quote race rack radiate radio rag rage raid rail rain
  raise rake rally ram ramble ramp random range rank ransack rap rape rappel rat ratchet rate
  ratify rationalize rattle rave ravel reaccelerate reach reacquire react read readjust readmit
  ready reaffirm realestate realign realise realize reallocate reap reappear reappraise rear rearm
  rearrange reason reassemble reassert reassess reassign reassume reassure reauthorize reawake
  rebalance rebase rebel rebid rebind rebroadcast rebuild rebuke rebut recall recap recapitalize
  recapitulate recapture recast recede receive recess recharge reciprocate recite reckon reclaim
  recognise recognize recommence recommend recommit reconcile reconfirm reconnect reconsider
  reconstitute reconstruct record recork recount recoup recover recraft recreate recruit rectify
  recuperate recur recut recycle red redeal rededicate redeem redefine redeploy redesign redevelop
  redial redirect rediscover redistribute redo redouble redound redraw redress reduce reel reenact
  reestablish reexamine refactor refashion refer reference refight refile refill refinance refine
  refit reflect refocus reform refrain refresh refuel refund refurbish refuse refute regain regard
  regenerate regiment register regress regret regrind regroup regrow regulate rehabilitate rehang
  rehear rehearse reign reignite reimburse reimpose rein reinforce reinstall reinstate reinsure
  reinterpret reintroduce reinvent reinvest reinvigorate reiterate reject rejoice rejoin
  rejuvenate rekindle reknit relate relaunch relax relay relearn release relent relieve relight
  relinquish relish relive reload relocate rely remain remake remark remarry remedy remember
  remind remit remonstrate remove rename renationalize rend render renege renegotiate renew
  renounce renovate renown rent reopen reorder reorganize reorient repackage repair repatriate
  repay repeal repeat repel repent rephrase replace replaster replenish replicate reply repond
  report reposition repossess repot represent repress reprice reprint reproach reprocess reproduce
  reprove repudiate repurchase requalify request require requisition reread reregulate rerun
  reschedule rescind rescue research resell resemble resend reserve reset resettle resew reshape
  reshuffle reside resign resist resit resolve resonate resort respect respond rest restart
  restate restock restore restrain restrict restructure restudy resubmit result resume resurrect
  resuscitate ret retail retain retake retaliate retard retch reteach retear retell rethink retire
  retort retrace retract retrain retransmit retread retreat retrieve retrofit retry return reunite
  reuse rev revamp reveal revel reverberate reverse revert revet review revise revisit revitalize
  revive revoke revolutionize revolve rewake reward rewear reweave rewed rewet rewin rewind
  rewrite rhyme rib ricochet rid ride ridicule riffle rig right rile rim ring rinse rip ripple
  rise risk rival roam roar roast rob rock roil roll romanticize roost root rope rot rotate
  roughcast round rouse route rove row rowel rub ruffle ruin rule ruminate rummage run rush rust
  rustle rut sabotage sack sacrifice saddle safeguard safekeep safety sag sail saith salivate
  sally salt salute salvage salve sample sanctify sanction sandbag sap satiate satisfy saturate
  saute save savor savvy saw say scag scald scale scam scan scape scar scare scarify scat scatter
  schedule school schoolchildren scold scoop scorch score scorn scotch scour scout scrag scram
  scramble scrap scrape scratch scream screen screw scribble scribe scrimp scroll scrounge scrub
  scrum scrutinize scud scuff scum scurry scuttle sea seal sear search seat secede seclude secure
  seduce see seed seek seem seep seethe segregate seize select sell selle send sense sensitize
  sentimentalize separate sequester serialize serve service set settle setup sever sew sex shackle
  shade shadow shag shake shalt sham shame shape share sharecrop sharpen shatter shave shear shed
  shell shellac shelter shelve shepherd shield shift shikar shim shimmy shin shine ship shippin
  shirk shit shiver shock shoot shop shore short shorten shotgun should shoulder shout shove
  shovel show shower shred shriek shrink shrivel shrug shuck shudder shuffle shun shut shute
  shutter shy sic side sideslip sidestep sidetrack sidle sift sigh sight sign signal signify
  silence simmer simplify simulate sin sing single sink sip siphon sit size sizzle skate sken sket
  sketch skew ski skid skim skimp skin skindive skip skipper skirt skulk skyrocket slab slack
  slacken slag slam slander slant slap slash slat slay sled sleep sleepwalk slice slide slim sling
  slink slip slit slog slop slosh slot slough slow slug slum slump slur smack smash smell smile
  smirk smoke smooth smother smuggle smut snag snap snare snatch sneak sneeze sniff snip snipe
  snivel snog snoop snore snort snow snowball snub snuff snug soak soar sob socialize sock sod
  soften soil solder solicit solidify solo solve some soothe sop sort sound soup sour sow space
  spackle spag spam span spancel spar spare spark sparkle spawn speak spear spearhead specialize
  specify speculate speed spell spend spice spike spill spin spiral spit spite splat splice split
  spoil sponge sponsor spoof spot spotlight sprawl spray spread sprig spring sprinkle sprout
  spruce spud spur spurn sputter spy squander square squash squat squawk squeak squeal squeeze
  squib squid stab stabilize stack staff stage stagger stain stake stall stamp stampede stanch
  stand standardize star starboard stare start startle starve stash state staunch stave stay steal
  steer stem stencil step sterilize stet stew stick sticle stiff stiffen stifle stiletto still
  stimulate sting stink stipulate stir stitch stock stockpile stoke stomach stone stooooomp stoop
  stop store storm stot straddle strafe straighten strain strap stratford stratify stray stream
  streamline streetspeak strengthen stress stretch strew stride strike string stringify strip
  strive stroke stroll strop structure struggle strum strut stub stud study stuff stum stumble
  stump stun stunt stymie sub subcontract subdue subject subjugate sublet sublicense sublimate
  submerge submit subordinate subpoena subscribe subside subsidize subsist substantiate substitute
  subtotal subtract subvert succeed succumb suck sue suffer suffice suffocate suffuse sugar
  suggest suit sulphuret sum summarize summate summon sun sunburn sunder sunset sup superimpose
  superintend supersede supervise supplant supplement supply support suppose suppress surface
  surge surmise surmount surpass surprise surrender surround survey survive suspect suspend
  sustain swab swag swallow swamp swan swap swarm swat sway swear sweat sweep sweeten swell swerve
  swig swim swing swipe swirl switch swivel swot symbol symbolize sympathize sync synchronize
  syndicate synthesize tab table taboo tabulate tack tackle tag tail tailor take taketh talc talk
  tally tame tamp tamper tan tandy tangle tank tap tape taper tar target tarnish tarry task tassel
  taste tat taunt tax taxi teach team tear tease teasel telecast telegram telegraph telephone
  telescope tell temper template temporize tempt tend tender term terminate terrify terrorize test
  testify thank thaw the theorize thet thicken thin think thinke thrash thread threaten thrill
  thrive throb throttle throw thru thrum thrust thud thumb thump thunder thwart tick tickle tide
  tie tighten till tilt timber time tin tinker tinsel tip tiptoe tire tittup to toast toe tog
  toggle toil tolerate toll tone top topple torment torpedo torture toss tot total tote totter
  touch tough toughen tour tout tow towel tower trace track trade traduce traffic trail train
  traipse tram trammel trample transact transcribe transfer transform tranship translate transmit
  transplant transport transship trap trapan trash travel traverse travesty tread treat treble
  trek tremble trend trepan trial trick trickle trifle trig trigger trim trip triple triumph
  trivialize trog trot trouble trowel truck trump truncate trust try tuck tug tumble tun tune
  tunnel tup turn turne tutor tweak twig twin twist twit twitch type typecast typeset typewrite
  typify tyrannize uglify unary unbar unbend unbind unblock unbundle uncap unclog unclothe uncover
  underbid undercut underestimate underfeed undergo underlet underlie underline undermine
  underperform underpin underprop underrate underscore undersell underset underspend understand
  undertake underwrite undo undress undulate unearth unescape unfasten unfetter unfit unfold
  unfreeze unhang unhide unhook unify uniq unique unite unkennel unknit unlatch unlearn unleash
  unload unlock unman unmask unpack unpeg unpin unplug unravel unregister unrig unrip unscramble
  unscrew unseal unseat unset unsew unsheathe unship unsling unsnap unsolder unspin unsteady
  unstep unstick unstop unstring unstuffy unsubscribe unteach unthaw untidy untie untrack unveil
  unweave unwind unwire unwrap unzip up update upgrade uphold uplift upload upper uppercase
  uppercut uproot upset uptick urge use usher usurp utilize utter uttuh vacate vacillate vacuum
  vag validate value vanish vanquish variable vary vat vault veer veg vendor vent venture verify
  vest vet veto vibrate victual videotape vie view vindicate violate visit visualize vitiate
  vitriol vivify vocalize voice void volunteer vote wad wade wadset waffle waft wag wage wager
  wail wait waive wake walk wall wallow waltz wan wander wane wanna want wanta war ward warehouse
  warm warn warrant wash waste watch water wave waver wax waylay weaken wean wear weather
  weatherstrip weave web wed wedge weed weep weigh weight welcome weld well wet whack wham whap
  wherewith whet whether while whimper whine whip whipsaw whir whirl whisper whistle whiz whop
  widen wield wig wiggle wigwag wildcat will wilt wimp win wind wink winnow wipe wire wish
  withdraw wither withhold without withstand witness wobble woman wonder wonduh woo woolgather wop
  work worry worsen worship worthwile wrangle wrap wreak wreck wrench wrest wrestle wriggle wring
  write writhe wynne xor xray yak yank yap yawn yearn yell yellow yen yield yodel zap zigzag zip
  zoom
`;
/** Irregular past tense and participle forms (and is, has, does...) as form:base, space separated. */
const IRREGULAR_FORMS = `
  abetted:abet abutted:abut admitted:admit allotted:allot annulled:annul appalled:appal
  arisen:arise arose:arise ate:eat awakened:awake awoke:awake awoken:awake backslid:backslide
  backslidden:backslide bade:bid bagged:bag banned:ban batted:bat beaten:beat became:become
  bedded:bed been:be began:begin begged:beg begun:begin benefitted:benefit bent:bend betted:bet
  bidden:bid binned:bin bit:bite bitten:bite bled:bleed blew:blow blotted:blot blown:blow
  blurred:blur bopped:bop bore:bear born:bear borne:bear bought:buy bound:bind boycotted:boycot
  bragged:brag bred:breed broadcasted:broadcast broke:break broken:break brought:bring
  browbeaten:browbeat budded:bud bugged:bug built:build burned:burn burnt:burn busted:bust
  butted:but came:come canned:can capped:cap caught:catch chatted:chat chipped:chip chopped:chop
  chose:choose chosen:choose chugged:chug clad:clothe clapped:clap clogged:clog clothed:clothe
  clotted:clot clung:cling combatted:combat committed:commit conned:con controlled:control
  corralled:corral crammed:cram crept:creep cropped:crop crossbred:crossbreed cupped:cup
  dammed:dam daydreamed:daydream daydreamt:daydream dealt:deal did:do dimmed:dim dipped:dip
  disproved:disprove disproven:disprove distilled:distil dived:dive does:do dogged:dog done:do
  dotted:dot dove:dive dragged:drag drank:drink drawn:draw dreamed:dream dreamt:dream drew:draw
  dripped:drip driven:drive dropped:drop drove:drive drugged:drug drummed:drum drunk:drink
  duetted:duet dug:dig dwelled:dwell dwelt:dwell eaten:eat emitted:emit enrolled:enrol
  enthralled:enthral equipped:equip expelled:expel fallen:fall fanned:fan fed:feed fell:fall
  felt:feel fitted:fit flagged:flag flapped:flap fled:flee flew:fly flipped:flip flitted:flit
  flogged:flog flopped:flop flown:fly flung:fling fogged:fog forbade:forbid forbidden:forbid
  foregone:forego foresaw:foresee foreseen:foresee foretold:foretell forewent:forego
  forgave:forgive forgiven:forgive forgot:forget forgotten:forget formatted:format
  forsaken:forsake forsook:forsake fought:fight found:find fretted:fret frostbit:frostbite
  frostbitten:frostbite froze:freeze frozen:freeze fulfilled:fulfil gagged:gag gave:give
  gigged:gig given:give glugged:glug gone:go got:get gotten:get grew:grow grinned:grin
  gripped:grip gritted:grit ground:grind grown:grow gummed:gum gunned:gun gutted:gut had:have
  handwritten:handwrite handwrote:handwrite has:have heard:hear held:hold hemmed:hem hewed:hew
  hewn:hew hid:hide hidden:hide hopped:hop hummed:hum hung:hang impelled:impel inbred:inbreed
  inlaid:inlay inputted:input installed:instal interbred:interbreed interweaved:interweave
  interwound:interwind interwove:interweave interwoven:interweave is:be jammed:jam jetted:jet
  jigged:jig jogged:jog jutted:jut kept:keep kidded:kid kidnapped:kidnap kipped:kip kitted:kit
  kneeled:kneel knelt:kneel knew:know knitted:knit knotted:knot known:know lagged:lag laid:lay
  lain:lie lapped:lap lay:lie leaned:lean leant:lean leaped:leap leapfrogged:leapfrog leapt:leap
  learned:learn learnt:learn led:lead left:leave lent:lend lighted:light lit:light logged:log
  lopped:lop lost:lose lugged:lug made:make manned:man mapped:map matted:mat meant:mean met:meet
  misdealt:misdeal misdid:misdo misdone:misdo misheard:mishear mislaid:mislay mislearned:mislearn
  mislearnt:mislearn misled:mislead misspelled:misspell misspelt:misspell misspent:misspend
  misspoke:misspeak misspoken:misspeak mistaken:mistake mistaught:misteach mistook:mistake
  misunderstood:misunderstand miswritten:miswrite miswrote:miswrite mopped:mop mowed:mow mown:mow
  mugged:mug nagged:nag napped:nap nodded:nod omitted:omit outbred:outbreed outdid:outdo
  outdone:outdo outdrank:outdrink outdrawn:outdraw outdrew:outdraw outdriven:outdrive
  outdrove:outdrive outdrunk:outdrink outflew:outfly outflown:outfly outfought:outfight
  outgrew:outgrow outgrown:outgrow outleaped:outleap outleapt:outleap outran:outrun
  outridden:outride outrode:outride outsang:outsing outsat:outsit outshined:outshine
  outshone:outshine outshot:outshoot outslept:outsleep outsmelled:outsmell outsmelt:outsmell
  outsold:outsell outsped:outspeed outspent:outspend outspoke:outspeak outspoken:outspeak
  outsung:outsing outswam:outswim outswore:outswear outsworn:outswear outswum:outswim
  outthought:outthink outthrew:outthrow outthrown:outthrow outwritten:outwrite outwrote:outwrite
  overate:overeat overbought:overbuy overbred:overbreed overbuilt:overbuild overcame:overcome
  overdid:overdo overdone:overdo overdrank:overdrink overdrawn:overdraw overdrew:overdraw
  overdrunk:overdrink overeaten:overeat overfed:overfeed overheard:overhear overhung:overhang
  overlaid:overlay overpaid:overpay overran:overrun overridden:override overrode:override
  oversaw:oversee overseen:oversee oversewed:oversew oversewn:oversew overshot:overshoot
  overslept:oversleep oversold:oversell overspent:overspend overspilled:overspill
  overspilt:overspill overspoke:overspeak overspoken:overspeak overtaken:overtake
  overthought:overthink overthrew:overthrow overthrown:overthrow overtook:overtake
  overwound:overwind overwritten:overwrite overwrote:overwrite padded:pad paid:pay panned:pan
  partaken:partake partook:partake patted:pat pegged:peg penned:pen permitted:permit pinned:pin
  pitted:pit planned:plan pleaded:plead pled:plead plodded:plod plopped:plop plotted:plot
  plugged:plug popped:pop prebuilt:prebuild predid:predo predone:predo premade:premake
  prepaid:prepay prepped:prep preshrank:preshrink preshrunk:preshrink presold:presell prodded:prod
  propelled:propel propped:prop proved:prove proven:prove punned:pun quipped:quip quitted:quit
  ran:run rang:ring rapped:rap rappelled:rappel reawaken:reawake reawoke:reawake rebelled:rebel
  rebound:rebind rebroadcasted:rebroadcast rebuilt:rebuild rebutted:rebut redealt:redeal
  redid:redo redone:redo redrawn:redraw redrew:redraw refitted:refit regretted:regret
  regrew:regrow reground:regrind regrown:regrow reheard:rehear rehung:rehang reknitted:reknit
  relaid:relay relearned:relearn relearnt:relearn relighted:relight relit:relight remade:remake
  remitted:remit repaid:repay repelled:repel reran:rerun resent:resend resewed:resew resewn:resew
  resold:resell retaken:retake retaught:reteach rethought:rethink retold:retell retook:retake
  retore:retear retorn:retear retrofitted:retrofit rewaked:rewake rewaken:rewake reweaved:reweave
  rewedded:rewed rewetted:rewet rewoke:rewake rewon:rewin rewore:rewear reworn:rewear
  rewound:rewind rewove:reweave rewoven:reweave rewritten:rewrite rewrote:rewrite ridden:ride
  rigged:rig ripped:rip risen:rise rode:ride rose:rise rotted:rot rubbed:rub rung:ring sagged:sag
  said:say sang:sing sank:sink sapped:sap sat:sit saw:see sawed:saw sawn:saw scammed:scam
  scanned:scan seen:see sent:send sewed:sew sewn:sew shaken:shake shat:shit shaved:shave
  shaven:shave sheared:shear shined:shine shipped:ship shitted:shit shone:shine shook:shake
  shorn:shear shot:shoot showed:show shown:show shrank:shrink shrunk:shrink sinned:sin sipped:sip
  skidded:skid skimmed:skim skinned:skin skipped:skip slain:slay slammed:slam slapped:slap
  slayed:slay slept:sleep slew:slay slid:slide slimmed:slim slinked:slink slipped:slip
  slitted:slit slogged:slog slopped:slop slugged:slug slummed:slum slung:sling slunk:slink
  smelled:smell smelt:smell snagged:snag snapped:snap sneaked:sneak snipped:snip snogged:snog
  snuck:sneak sold:sell sought:seek sowed:sow sown:sow spammed:spam spanned:span spat:spit
  sped:speed speeded:speed spelled:spell spelt:spell spent:spend spilled:spill spilt:spill
  splatted:splat spoiled:spoil spoilt:spoil spoke:speak spoken:speak spotted:spot sprang:spring
  sprung:spring spun:spin squatted:squat stank:stink stemmed:stem stepped:step stirred:stir
  stole:steal stolen:steal stood:stand stopped:stop strapped:strap strewed:strew strewn:strew
  stricken:strike stridden:stride stripped:strip strived:strive striven:strive strode:stride
  strove:strive struck:strike strummed:strum strung:string stuck:stick studded:stud stung:sting
  stunk:stink stunned:stun submitted:submit sunburned:sunburn sunburnt:sunburn sung:sing sunk:sink
  sunned:sun supped:sup swam:swim swanned:swan swapped:swap swatted:swat sweated:sweat
  swelled:swell swept:sweep swigged:swig swollen:swell swore:swear sworn:swear swotted:swot
  swum:swim swung:swing tagged:tag taken:take tanned:tan tapped:tap taught:teach
  telegrammed:telegram thinned:thin thought:think threw:throw thrown:throw thudded:thud tinned:tin
  tipped:tip told:tell took:take topped:top tore:tear torn:tear totted:tot transmitted:transmit
  trapped:trap trimmed:trim tripped:trip trod:tread trodden:tread trotted:trot tugged:tug
  twinned:twin typewritten:typewrite typewrote:typewrite unbent:unbend unbound:unbind
  unclad:unclothe unclothed:unclothe underfed:underfeed undergone:undergo underlain:underlie
  underlay:underlie undersold:undersell underspent:underspend understood:understand
  undertaken:undertake undertook:undertake underwent:undergo underwritten:underwrite
  underwrote:underwrite undid:undo undone:undo unfroze:unfreeze unfrozen:unfreeze unhid:unhide
  unhidden:unhide unhung:unhang unknitted:unknit unlearned:unlearn unlearnt:unlearn unsewed:unsew
  unsewn:unsew unslung:unsling unspun:unspin unstrung:unstring unstuck:unstick unweaved:unweave
  unwound:unwind unwove:unweave unwoven:unweave upheld:uphold vegged:veg vetted:vet wagged:wag
  waked:wake was:be waylaid:waylay weaved:weave wedded:wed went:go wept:weep were:be wetted:wet
  whipped:whip withdrawn:withdraw withdrew:withdraw withheld:withhold withstood:withstand
  woke:wake woken:wake won:win wore:wear worn:wear wound:wind wove:weave woven:weave wrapped:wrap
  written:write wrote:write wrung:wring yapped:yap zigzagged:zigzag zipped:zip
`;
/** Inflected forms read first as a verb (wink-lexicon): "added", "adds", "adding". */
const VERBAL_FORMS = `
  abandoning abandons aborting absorbs abstracting abusing accelerates accepts accommodates
  accommodating accompanies accomplishes accomplishing according accounted accuses achieves
  achieving acknowledged acknowledges acknowledging acquires acquiring acted activating adapting
  adapts added adding addressing adds adjusting adjusts administering administers admired admires
  admiring admitted admitting adopting adopts advanced advertises advises advising advocating
  affecting affording affords agreed agreeing agrees aiding aiming airing alienates alleging
  allowing allows allying altering alternated alternating alters amending amounted amounting
  analyzes analyzing angling animates announced announces announcing answered answering
  anticipates anticipating apologized apologizes apologizing appealed appeared appearing applies
  applying appointing appoints appreciates appreciating approached approaching appropriates
  appropriating approved approves approving approximates argued argues arguing arises arising
  arranges arranging arrived arrives arriving asked asks assembles assembling asserted asserting
  asserts assesses assessing assigning assisting associating assumes assuming assures assuring ate
  attaches attaching attacking attempted attempting attended attending attends attracting attracts
  attributed attributing authorizes authorizing availed availing averaged avoiding avoids awaited
  awaiting awaits awarding backing bagged bakes banding banked banning bared baring barreling
  barring basing batted batting battled battling beating became becomes becoming beefing beefs
  began begged begging begins begs behaved behaves behaving believed believes believing belonged
  belonging belongs bending benefited benefiting bettered bettering betting binds blamed blames
  blaming blanketed blasted blending blinked blinks blowing boarded boarding boasted boasting
  boasts boiling boils bolting boomed boosted boosting booting bore borrows bothering bothers
  bottoming bought bounced bouncing bowed bowing braking branching braved braving breathed
  breathes bringing brings broke browning brushed brushing bubbling bucked bucking builds
  burdening bursting burying butting calculates calling calmed came campaigned campaigning camped
  canceling cancelling cancels capitalizes capitalizing capped capping capturing cared carried
  carted carting carves carving cased cashed cashing casting catching causing cautioned caved
  ceased ceases ceasing celebrated celebrates celebrating centering chained challenged championing
  chanced channeling characterizes characterizing charging chasing cheats checking cheered
  cheering chewed chipping chooses choosing chopping chose circled circling cited cites citing
  civilizing claimed claiming classifies classifying cleans clears clicked clicking climbed
  climbing clinging clings closed collaborated collaborates collaborating collapsed collapsing
  collecting collects combating combining commanded commented commenting commercializing commits
  committing communicating comparing compels compensates compensating competed competes complained
  complaining complains completes completing complicates complicating complies complying composes
  composing compounding comprises comprising computes computing conceded concedes conceding
  conceives conceiving concentrating concerning concluded concludes condemning condemns conducting
  conducts conferring confers confessed confesses confessing confided confides confirmed
  confirming confirms conflicted confronting confronts confuses connects consented conserves
  conserving considering considers consisted consisting consists constituted constitutes
  constituting constructing constructs consumes consuming contacting contained containing contains
  contemplates contemplating contended contending contends contenting contesting continued
  continues contracted contributed contributes conversing converting conveyed conveying conveys
  convicting convinces cools cooperates cooperating coordinating copes coping cornering correcting
  corrects correlating corresponded corresponds corrupts costing counsels countered countering
  counting coupling courting covering cracked crafting crashed crashing crawled crawling creates
  creating cried criminalizing criticizes criticizing cropped cropping crossed crossing crowding
  crushes crying crystallized crystallizing cupped curing curving dammed damning danced dared
  dares dating dawned dawning dawns dealing debuted debuting debuts decided decides declared
  declares declaring declined decreased decreasing dedicates deeming deems defeating defended
  defends defines defining deliberated deliberating delighting delivering delivers demanded
  democratizing demonstrates demonstrating denies denying departed departing departs depended
  depending depends depicting depicts deploying depositing depresses derives deriving descended
  descending descends describes describing deserved deserves designates designating designing
  desiring destroying destroys detailing detecting detects determines develops devotes devoting
  diagnosing dictating did died differed differs digging diminishes diminishing dined dines dipped
  dipping directing directs disabling disagreed disagrees disappeared disappearing disappears
  disappoints disciplining discloses disclosing discourages discovering discovers discriminated
  discusses discussing dished dishing dismissed dismisses dismissing displaying dissolves
  distancing distinguishes distributes distributing disturbs divides dividing documenting does
  dogging doing dominates donates donating dotting doubled doubling doubted downed downgraded
  downing drafting dragging drags draining dramatizes dramatizing dreamed dreaming drew drifted
  dropped dropping drove drowning drowns drugging drummed drumming drying ducked ducking dumped
  dumping dusting earned earning earns eased eases eats echoed echoing economizing edged edging
  edits educating effecting elaborates elaborating electing elects elevates elevating eliminates
  eliminating embracing emerged emerges emerging emoted emphasized emphasizes emphasizing
  employing employs empties emptying enabled enables enabling enacting enacts encountering
  encourages ended endorses endorsing endured endures enforces enforcing enhances enhancing
  enjoyed enjoying enjoys ensured ensures ensuring entered entering enters entertains entitles
  entitling envisioned envisioning envisions equaled equaling equates equating equipping equips
  escaped escaping establishes establishing estimating evaluates evaluating evens evolves evolving
  exacted exacts examined examines examining exceeded exceeds excelled excelling excels excepting
  exchanging excites excludes excluding executes executing exercising exhibiting existed exists
  exited exiting expands expecting expects expediting experiencing experimented experimenting
  expired expires explained explaining explains exploded explodes exploding exploiting explores
  exploring exporting exposes expresses expressing extending extends fabricates fabricating
  facilitates facilitating failed failing fainted fanned fanning fared faring farmed fascinates
  fashioning fathered faulting favoring feared fearing featuring feeding fell felt fielded figured
  figuring filling fills filming filtering finding fingered fingering fining finished firmed
  firming fixing flagged flamed flashed flashing fled fleeing flees flied flipped floated floats
  flooding flowed focusing followed follows fooling forbids forcing forgets forgetting forking
  formalizes forming fostering fosters fought found foundered freeing frees frequented frequents
  frustrates fueling functioned functioning gained gaining ganging gapped gardened gathered
  gathers gave gazed gazes gazing gearing generates generating gets getting gives giving glanced
  goes got governs grabbed grabbing graced grading graduating granting grasping grated greeted
  greets grew grinned gripped grossed grosses grossing grows guaranteeing guarding guessed
  guessing gunning had handed handing hangs happened happening happens harassed harassing harming
  has hated hating hauled hauling having heading hears heats helped helping hesitated hesitates
  hesitating hiding highlighting hiked hiking hinted hinting hiring hitting honoring hooking hoped
  hoping hosting hugged hugging humanizing hurried hurries hurting hurts identifies identifying
  ignores ignoring illustrates illustrating imagines imagining implementing implies implying
  importing imposes impresses impressing improves improving included includes including
  incorporates indicated indicates indicating infecting inflates inflating influencing informing
  informs inheriting inherits initialed initialing initiating injures injuring innovated inserting
  insisted insisting insists inspecting inspires installing instituting instructing instructs
  insures insuring integrates integrating intending intends interacting interacts interferes
  interning interpreting interprets interrupting interrupts interviewing intimated intimating
  introduces introducing invaded invades invading inventing invents investigates investigating
  invests invites involves involving ironing is isolates issuing itemizing jailing jarred jetting
  joined joining joins joked joking journeyed journeying judging jumped jumping justifies
  justifying keeping kept keying kicked kicking kidding kissed kissing kneeled kneeling kneels
  knew knocked knocking knows labeling labored laboring lacked lacks landed lapped lapping lasted
  lasts laughed launching laying leaned leaning leans leaped leaping learned learning learns
  leaving lectured lecturing legalizing legislates legislating legitimizes lends lets letting
  leveled liberalizing lied lifted liked limiting lining linking listened listening listens lived
  lobbied locates locating looked lost loved lowered lowering lunged lunges lunging lying
  maintaining maintains making managed manages mandating manipulates manipulating manning mans
  marched marching marking marries marrying masking massed massing mastering materialized
  materializes mattered maturing meant measuring melts mentioning merited messed messing met
  migrates migrating milked milking minded minimizes minimizing mirroring missed mistaking mixing
  mobilizing modernizing modifies modifying motivates motored motoring moved muscled muscling
  muttered muttering nailing naming narrowed narrowing narrows nationalized nationalizing neared
  nearing needing needled negotiates netted netting neutralizes nodded nominating normalizing
  nosed nosing noted noticed noticing noting numbering objected objecting obliges observes
  observing obtaining occupies occured occuring occurred occurring occurs offending offends
  officiated officiating opened opens operates opposes opted opting opts orbited orbiting ordered
  ordering organizes organizing originated originates originating outfitted outfitting outlining
  outputting overcomes overcoming overlooking overlooks overseeing oversees owes owning owns paced
  packing paled paling palmed panning papering parted participated participates pasting patrolling
  patted patting paused pausing pays peaked peaking peeling peels peered peering penning peppered
  peppering perceives perceiving performs permitting persisted persists persuades persuading
  phasing phoned phoning photographing picked picking picturing piled piling pinning pioneered
  piped pitched pitching pitting placing planting played pleaded pleads pleases pledged plotting
  plummeted plunged plunging pocketed pocketing pointed pointing poked pokes poking policing
  pooling popped popping pops popularizing populating portraying portrays poses posing positioning
  possessed possesses possessing posted posting potting pounded pounding poured pouring pours
  powering practicing praised praising prayed praying prays preached preaches predicted predicting
  predicts preferring prefers prepares preparing presenting preserving presided presides presiding
  pressuring presumes presuming pretended pretending pretends prevailed prevails preventing
  prevents priming privatizing proceeded proclaimed proclaiming proclaims produces professed
  professes professing profiling profited profiting profitting progressed progresses progressing
  prohibiting prohibits projecting promised promotes promoting prompted prompting prompts proposes
  proposing prosecuting protecting protects protested protesting proved proves provides providing
  proving provoked provokes publicizing publishes pulled pulling pulsing pumping punched punching
  punishes pursues pursuing pushed putted putting qualifies qualifying questioned quieted quieting
  quitting quoting raced racking radiated radiates radiating radioing raged railed rained raining
  raising rallied ran rang ranged ranging ranked raping rationalizing reaching reacted reacting
  reacts reads readying realized realizes realizing reared rearing rears reasoned rebelled
  rebelling rebuilding rebuilds recalled recalling received receives receiving recognizes
  recognizing recommended recommending recommends recovered recovering recovers recruiting reduces
  reducing referring refers reflected reflects reforming refused refuses refusing regained
  regaining regains regarding registering regretted regulates regulating rehabilitating reinforces
  reinforcing rejected rejecting relates relating relaxes releasing relies relieves relieving
  relying remained remarked remarking remembered remembering remembers reminded reminding reminds
  removes removing rendering renders renewing renting reopened repairing replaces replacing
  replied replying reported reporting representing represents requested requesting requires
  requiring rescuing researching resembled resembles resembling reserving resided resides residing
  resigned resigning resigns resisting resists resolves resolving resorting respecting responded
  responding responds rested resting restores restoring restricts resulted resumed resuming
  retaining retains retires retreated retreating returned returning revealed reveals reveled
  reveling revelling reversed reversing reviewing ridding ridicules ridiculing ringing ripped
  ripping risked risking rivaled rivaling rivalled rocked rolled rooting roped rose rounding
  routing rowed rubbed rubbing ruining ruled rushed rushing sacked sacking said sailed salting
  sank sat saves sayed saying scaling scanned scaring scattering scatters scored scoring scrambled
  scrambling scratched scratching screamed searched searching securing seeing seeking seeks seemed
  seems sees seizes seizing selecting selects sells sending sends sensed sensing sent separates
  separating serves serving setting settled settles settling severing shaking shaping sharing
  shedding shelled shelling sheltering shied shies shifted shines shipping shook shoring shorting
  shouldered shouldering shouted shouting shoved shoves shoving showed showering showing shrinking
  shrinks shrugged shrugging shutting shying sided sighed sighing signaled signaling signalled
  signalling signed signing silencing singed singled singling sings sinks sitting sized skipped
  skipping skips skirting slammed slamming slams slapped slashed sleeping sleeps slicing slid
  slipped slipping slowed slowing slumped smelled smelling smiled smoked smokes smoothed smoothing
  snapped snapping snaps sneaked sneaking sneaks snowed snowing soared socializes socializing
  socked socking softened softens solves solving sorting sought sounded sparking speaking speaks
  specializes specializing specifies specifying speculated speculates speculating speeded spends
  spent spied spilled spilling spins spits spitting spoke sponsoring spotted spotting spreading
  springing sprinkled sprinkles spying squaring squeezing stabilizes stabilizing stacking staged
  staging standardizing stared staring starred started stating stayed steals steered stemmed
  stemming stepped stimulates stirred stirs stocking stole stood stopped stopping storing stormed
  storming straightened straightening straightens strained straining streamed streaming
  streamlining strengthens stressed stressing stretched stretching stringing stripping stroked
  struck structuring struggled studying stumbled subjecting submits submitting substantiates
  succeeds sucked sucking sucks sued sues suffered suffers suggested suggesting suggests summed
  summing sunning supplying supposes supposing surfaced surfacing surged surrounds surveying
  survived survives surviving suspecting suspending suspends sustaining sustains swallowing swears
  sweated sweating swelled swims switched switching symbolized symbolizes symbolizing tackling
  tagging tailing takeing takes taking talked talking tanking tapped tapping targeting tasted
  tasting teaches teamed teaming tearing telephoned telephoning tells tended tendering tending
  tends termed terming terrorizing testified testifies testifying thanked thanking thinks thinning
  thought threading threatens threw thrived thrives throwed throwing throws thumbed thumbing
  tightened tightens tilling tipped tipping tiring told tolerates took topped topping tossed
  tossing totaled totaling totalled totalling touched toughing toured tracking trailed trailing
  transacting transfering transferring transforming transforms translates translating transmits
  transmitting transporting trapping traveled traveling travelling treating trending tried
  triggering trimming tripped tripping triumphed tucking tumbled tuning tunneled turned twisting
  tying uncovering undergoes undergoing underlies undermines undermining understands undertakes
  unfolded unfolds unites uniting unveiled updating upheld upped urged urging using utilizes
  utilizing vacating vacuumed vacuuming validating valuing vanished vanishes vanishing varies
  ventured venturing viewing violated violates violating visited visualized visualizes voiced
  voicing volunteered volunteering voted waging waited waits waked wakes walked wandered wandering
  wanders wanted wanting warmed warms warned warns warred warring was washing watched watching
  watering waved waving weakens wearing wears weaving weds weeding weighed weighing weighs
  welcomed welcomes welled welling went were wetting whipped whispered whispering widened willed
  wined wiped wipes wiping wished wishing withdrawing withdraws withdrew witnessing won wondered
  wondering worked wrapping writes writing wrote yelled yelling yellowing yells yielded
`;
/** Inflected forms read first as a noun or an adjective: "calls", "updates", "logging". */
const NOUN_FORMS = `
  aborted abstracted abstracts abuses accenting accents accesses accords accounting accounts acts
  addresses admits advances advantages adventures adventuring advertising advocates affects
  affiliates aides aids aims airs alarming alarms alleges allies alternates amazing amounts angles
  animated answers appealing appeals appears approaches arming arms arrests assigns assists
  associates attacks attempts attentions attributes auctioning auctions autos averages awards
  backs bags baked baking balanced balances balancing ballooning balloons bands banking banks bans
  bargaining bargains barrels bars bases bathing bats battles beams bears beats bedding beds bees
  begining benches bends benefits bets betters biases bidding bids billing bills binding bit bites
  blacking blacks blankets blanks blasts blended blends blessing blinding blinds blinking blocks
  blows boards bolts bombing bombs booking books booming booms boosts boots borrowing bottled
  bottles bottling bottoms bounces bows boxes boxing brakes branches breaks breathing breaths
  breezes brewing bridges briefing briefs broadcasting broadcasts brushes bubbles bucks budgeting
  budgets bugging bugs building bulls burdens burns bursts buts buttons butts buys calls campaigns
  camping camps canned cans caps captures cares carries carts cases casts catches causes caves
  caving ceiling centers centralized chains chairing chairs challenges champions chances changes
  channels charges charming charms charting charts cheating checks cheers chews chills chinning
  chins chips chopped chops chunks circles civilized claims cleaning clicks climbs clipping clips
  closes clothes clothing clouding clouds clubbed clubs coaches coaching coating coats codes
  coding coins collapses collars colored coloring colors combines comes comforts commands comments
  commissioning commissions compares compelling compounds compromises computerized concentrates
  concerns conditioning conditions conflicts confusing consents consolidated constants consulting
  contacts contents contests contracting contracts contrasts controls converts convicts convincing
  cooking cooks cooling coordinates copies cops copying corners correlated corresponding costs
  counseling counters counts couples courts covers cows cracks crafts crashes crawls crediting
  credits cries criminalized crops crosses crowds cups cures curved curves cuts cycles cycling
  damages damaging damned dams dances dancing daring dates deals debates decking decks declines
  decorating decreases defaults defeats delays delights demands deposits depressed depressing
  deserts deserving designs desires details devastating devils diagnoses dictates dies dieting
  diets differences digs dimensioning dimensions dining dips disabled disappointing disciplines
  discounting discounts discourses discriminates dishes disordered disorders displays disputes
  distances disturbing diversified divorces docks doctoring doctors documents dogs dots doubles
  doubts downs drafts drains draws dreams dresses dressing dries drifts drilling drills drinking
  drinks drives drops drugs drums drunk ducks dumps dusts echoes edges editing effects
  embarrassing embraces employes encounters ends engages engineering engineers enrolling
  equalizing equals escapes estimates evening exacting exchanges exciting excuses exercises
  exhausts exhibits exits experiences experiments exploits exports faces factoring factors fades
  fails fainting falls famed fames fans fares farming farms fascinating fashions fates fathers
  fats faults favors fears feathered feathers features federalized feeds feeling feels fenced
  fences fencing fielding fields fights figures files filing filles films filters finances
  financing finds fines fingers finishes fires firms fishes fishing fits fitting fixes flagging
  flags flames flaming flashes flats flies flips floods flooring floors flowered flowering flowers
  flows focuses fogged folds fools footing forces forecasting forecasts forked forks formalized
  formats forms forwarding forwards founders frames framing franchisees franchises franchising
  freezes frustrating fucks fuels functions funding funds furs gains gambling games gaming gangs
  gaps gardening gardens gathering gears genders generalized glances grabs graces grades graduates
  grandfathers grants grates grating greening greens greeting grins grips ground grouping groups
  growths guarantees guards guesses guides guns guts handles handling hands harms harvesting
  harvests hates hats hauls haves hazards heads healing hearing hearts heating helps hides
  highlights hikes hints hires hits holds holes homes homing honors hooks hopes horned horns hosts
  houses housing hugs humors hunting hunts identities images imaging impacts implements imports
  inches incorporating increases indexes indexing inflated influences initials initiates inputs
  inserts inspiring institutes interested interesting interests interns interviews inventories
  irons issues jails jars jets jobs jokes journeys judges jumps keeps keys kicks kids kills kisses
  kits knocks labels labors landes landing lands laps laughs launches lays leaded leads leaps
  leases leasing leaves lectures lending leveling levels leveraged licenses licensing lies lifts
  lighting lights likes liking limited limits lines links lips listing lists lives loading loads
  loans lobbies localized locking locks logging logs looks loses lots loves loving lowers lunches
  mailing mails makes mandates manned manufactures manufacturing mapping maps marches marketing
  markets marks masks masses masters matches mates mating matters meanes meaning means measures
  medals meeting meets mentions merits messes metals methods milks minds mines mining mirrors
  misleading misses mistakes mixes modeling models moderates monitoring monitors moons mortgages
  mothers motors mounts moves murders muscles mushrooming mushrooms mutters nails names natives
  nears necking necks needles needs nests nets networking networks news nods noses notes notices
  numbers nuts objects obliging occasions offering offers opening orbits orders outfits outlines
  outputs overeating overlying overwhelming owing paces packages packaging packs padded padding
  pads pages paging painting paints pairing pairs pales palms paneled paneling panels panics pans
  papers parking parks parting parts passes pastes patches patrols pats pauses peaks peers pencils
  pens peppers permits pets petting phases phones photographs physics picks pictures pieces pigs
  piles piloting pilots pines pins pioneers pipes piping pistols pitches pits places planes
  planning plans plants plates plays pleas pleasing pleasures plots plunges pockets points polices
  polling polls polluted pools positions posts pots potted pounds powers practices praises
  preaching preferred presents preserves presses pressures prices pricing primes printing prints
  prisons proceeding proceeds processes processing profiles profits programing programming
  programs projects promises promising properties protests publishing pulls pulses pumps punches
  purchases pushes puts puzzles puzzling questions quits quotes races racks radioed radios rages
  railing rails rains raises rallies ranges ranking ranks rapes rates rating rationalized rats
  reaches reading reasoning reasons rebels rebound recalls recording records recruits reds
  references refinancing refining reforms regards registers regrets rejects releases remains
  remarks rents repairs repeats replies reports requests rescues researches reserves resorts
  respects restructuring rests results resumes retailing retails retreats returns revels reverses
  reviews rewarding rewards ribbed ribbing ribs rides rights rimmed rims ringed rings rises risks
  rivals rocking rocks rolls roots ropes rounds routes rowing rows rubs ruins rules ruling runs
  rushes sackes sacks sacrifices safeties sailing sails salts samples sampling sanctions satisfies
  satisfying says scales scanning scans scares schedules scheduling schooling schools scores
  scrambles scratches screams screening screens screws sealing seals searches seas seating seats
  seeds seeming senses services servicing sets sexes shades shading shadowing shadows shakes
  shames shapes shares sheds shells shelters shifts ships shocking shocks shooting shoots shopping
  shops shores shorts shot shoulders shouts showers shows shrugs shuts sides siding sighs sighting
  sights signals signs silences singles sinning sins sites siting sits sizes sizing skies skiing
  skinning skins skirts skis slaps slices slides slips slopes slots slows smells smiles smoking
  snows soars socks soils sorts sounds soups spaces spacing spares sparks specialized speeds
  spelling spells spending spies spills splits splitting sponsors spots spraying sprays spreads
  springs sprinkling squared squares squeezes stacks staffs stages stakes standardized stands
  stares stars starts states stays steering steers stems steps sticks stiffs stills stocks
  stomachs stones stops stores storms strains streams stresses stretches strikes striking stringed
  strings strips strokes stroking structures struggles studies stumbles subjects subsidized
  substantiated sugared sugars suites suits sums suns supplies supports surfaces surprises
  surprising surveys suspects swallows swearing sweats sweeps swells swings switches symbols
  tables tackles tags tails talks tanks tapes taping taps targets tasks tastes taxes teaching
  teams tears telephones telescopes telescoping tenders terms testing tests thanks thing threads
  thumbs tides ties tilled timbered timbers times timing tips tires toes tolls tones tops tosses
  totals touches toughs tours toweling towels towering towers traces tracks trades trading trails
  training trains transfers transports traps trashing travelled travels treats trends trials
  tricks tries triggers trims trips triumphs troubled troubles troubling trucking trucks trusting
  trusts tunes tunnels turns twins twists types typing understanding undertaking underwriting
  undoing updates ups upsets urges uses values variables vendors ventures views visits voices
  volunteers votes voting wages walks walled walls wants warehouses warming warning warrants wars
  washes wastes watches waters waves weathering weaves webs wedding weeds weighted weighting
  weights wells wets whips whispers willing wills winded winds wines wins wires wiring wishes
  witnesses wonders works worries wound wraps yellows yields
`;

;// CONCATENATED MODULE: ./actions/commit-lint/src/mood/imperative.ts


const words = (list) => new Set(list.split(/\s+/).filter(Boolean));
/**
 * The word lists as sets, built on the first check: a run with a commitlint configuration never
 * checks the mood, and building them is a tenth of a pull request's lint.
 */
let lists;
function lexicon() {
    return (lists ??= {
        base: words(BASE_FORMS),
        verbal: words(VERBAL_FORMS),
        nouns: words(NOUN_FORMS),
        irregular: new Map(IRREGULAR_FORMS.split(/\s+/)
            .filter(Boolean)
            .map((pair) => pair.split(':'))),
    });
}
/** Words after which the first word can only be a verb: its object or particle. */
const VERB_CONTEXT = words('a an the this that these those it its them him her his me my us our you your their some any all ' +
    'every each another both several no up out back down off away');
const FIRST_WORDS = /^\s*([A-Za-z][a-z]*)\b(?:[\s,]+([A-Za-z]+))?/;
/**
 * Whether a known inflection is one for sure: its main reading is a verb, or the next word makes
 * it one (an object, a particle, nothing). A participle ("fixed", "breaking", or one the lexicon
 * lacks) is an adjective only before a noun that needs no article ("typed arrays"): before a
 * singular ("fixed crash") it is the verb. A word read first as a noun needs a verb's context.
 */
function isCertain(lower, inflection, next) {
    if (next === undefined || VERB_CONTEXT.has(next.toLowerCase()))
        return true;
    if (lexicon().verbal.has(lower))
        return true;
    return (inflection !== 'third-person' &&
        !lexicon().nouns.has(lower) &&
        !(/s$/.test(next) && !/ss$/.test(next)));
}
function sameCase(model, word) {
    return model[0] === model[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}
/**
 * Whether a subject starts with a verb in the imperative mood ("add", not "added", "adds" or
 * "adding"). Only a word that is known as an inflection of a known verb is a problem: a base form
 * that looks inflected ("feed", "embed", "proceed", "string") passes, and so does a word we do not
 * know. An inflection that may be a noun or an adjective here is not certain: a warning at most.
 */
function checkImperative(subject) {
    const [, word, next] = FIRST_WORDS.exec(subject) ?? [];
    if (!word)
        return undefined;
    const lower = word.toLowerCase();
    const { base: BASE, irregular: IRREGULAR } = lexicon();
    if (BASE.has(lower))
        return undefined;
    const irregular = IRREGULAR.get(lower);
    let inflection;
    let base;
    if (irregular) {
        inflection =
            /s$/.test(lower) && !/ss$/.test(lower) && lower !== 'was' ? 'third-person' : 'past';
        base = irregular;
    }
    else {
        const candidates = baseCandidates(lower);
        base = candidates?.bases.find((candidate) => BASE.has(candidate));
        if (!candidates || !base)
            return undefined;
        inflection = candidates.inflection;
    }
    return {
        word,
        inflection,
        suggestion: sameCase(word, base),
        certain: isCertain(lower, inflection, next),
    };
}
const DESCRIPTION = {
    past: 'past tense',
    'third-person': 'third person',
    gerund: '-ing form',
};
function describeMoodProblem(problem) {
    const { suggestion, word, inflection } = problem;
    return problem.certain
        ? `subject must start with a verb in the imperative mood: "${suggestion}", not "${word}" (${DESCRIPTION[inflection]})`
        : `subject may not start with a verb in the imperative mood: if "${word}" is a verb (${DESCRIPTION[inflection]}), write "${suggestion}"`;
}

;// CONCATENATED MODULE: ./actions/commit-lint/src/suggest.ts


/** Common misspellings of the conventional types, offered only when the target type is allowed. */
const TYPE_ALIASES = {
    feature: 'feat',
    features: 'feat',
    bugfix: 'fix',
    hotfix: 'fix',
    fixes: 'fix',
    doc: 'docs',
    tests: 'test',
    testing: 'test',
    chores: 'chore',
    refactoring: 'refactor',
    performance: 'perf',
    styles: 'style',
};
/**
 * A corrected header when the problems have a mechanical fix (case, full stop, whitespace, a
 * misspelt type, a verb form); undefined when there is nothing to fix that way.
 */
function suggestHeader(parsed, problems, config) {
    const { header } = parsed;
    if (header &&
        header !== header.trim() &&
        problems.some((problem) => problem.rule === 'header-trim')) {
        // A header with white space around it may not even parse: fix the rest on the trimmed header.
        const trimmed = lintMessage(header.trim(), config);
        return ((trimmed.parsed && suggestHeader(trimmed.parsed, trimmed.problems, config)) ?? header.trim());
    }
    let { type, subject } = parsed;
    if (!header || !type || !subject)
        return undefined;
    const rules = new Set(problems.map((problem) => problem.rule));
    if (rules.has('type-case'))
        type = type.toLowerCase();
    if (rules.has('type-enum')) {
        const allowed = (config.rules['type-enum']?.[2] ?? []);
        const alias = TYPE_ALIASES[type.toLowerCase()];
        if (alias && allowed.includes(alias))
            type = alias;
    }
    if (rules.has('subject-imperative')) {
        const mood = checkImperative(subject);
        if (mood?.certain)
            subject = mood.suggestion + subject.trimStart().slice(mood.word.length);
    }
    if (rules.has('subject-case'))
        subject = subject.charAt(0).toLowerCase() + subject.slice(1);
    if (rules.has('subject-full-stop'))
        subject = subject.replace(/\.+$/, '');
    const bang = /^[^:]*!:/.test(header.trim()) ? '!' : '';
    const suggestion = `${type}${parsed.scope ? `(${parsed.scope})` : ''}${bang}: ${subject.trim()}`;
    return suggestion === header ? undefined : suggestion;
}

;// CONCATENATED MODULE: ./actions/commit-lint/src/check.ts


/** The first line of a message, as the report shows it. */
function headerOf(message) {
    const end = message.indexOf('\n');
    if (end === -1)
        return message;
    return message.slice(0, message[end - 1] === '\r' ? end - 1 : end);
}
function isIgnoredAuthor(commit, authors) {
    if (authors.length === 0)
        return false;
    const name = commit.author.name.toLowerCase();
    const email = commit.author.email.toLowerCase();
    return authors.some((author) => name === author ||
        email === author ||
        email.includes(`+${author}@`) ||
        email.startsWith(`${author}@`));
}
// Every verdict has the same fields in the same order, whether or not they are set: one shape
// for the thousands of commits of a range.
function verdict(message, config) {
    const result = lintMessage(message, config);
    return {
        valid: result.valid,
        skipped: result.skipped,
        problems: result.problems,
        suggestion: result.parsed && result.problems.length
            ? suggestHeader(result.parsed, result.problems, config)
            : undefined,
    };
}
function checkCommit(commit, config, ignoreAuthors) {
    const header = headerOf(commit.message);
    const { valid, skipped, problems, suggestion } = isIgnoredAuthor(commit, ignoreAuthors)
        ? { valid: true, skipped: `author ${commit.author.name}`, problems: [], suggestion: undefined }
        : verdict(commit.message, config);
    return { sha: commit.sha, header, valid, skipped, problems, suggestion };
}
/** A message given on the command line (--message, --edit): no commit, so no SHA. */
function checkMessage(message, config) {
    return { sha: '', header: headerOf(message), ...verdict(message, config) };
}
/** A pull request title is linted as a message of one line: it becomes the squash commit's header. */
function checkTitle(title, config) {
    return { text: title, ...verdict(title, config) };
}
/**
 * The branch held to branch-pattern. The default branch and the protected ones are exempt: pushes
 * and merges to them are not feature branches.
 */
function checkBranch(name, pattern, exempt) {
    // RegExp#source escapes "/"; show the pattern as it was written.
    const shown = pattern.source.replace(/\\\//g, '/');
    if (name === exempt.defaultBranch)
        return { name, pattern: shown, valid: true, exempt: 'the default branch' };
    if (exempt.protectedBranches.includes(name))
        return { name, pattern: shown, valid: true, exempt: 'a protected branch' };
    return { name, pattern: shown, valid: pattern.test(name) };
}

// EXTERNAL MODULE: ./actions/commit-lint/src/config/discover.ts
var discover = __webpack_require__(1765);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/commit-lint/node_modules/leven/index.js
var leven = __webpack_require__(527);
;// CONCATENATED MODULE: ./actions/commit-lint/src/config/conventional.ts


/**
 * The rules of @commitlint/config-conventional 21 (the same in every 21 release), built in so it
 * need not be installed, nor loaded when it is.
 */
const CONFIG_CONVENTIONAL = {
    'body-leading-blank': [1, 'always'],
    'body-max-line-length': [2, 'always', 100],
    'footer-leading-blank': [1, 'always'],
    'footer-max-line-length': [2, 'always', 100],
    'header-max-length': [2, 'always', 100],
    'header-trim': [2, 'always'],
    'subject-case': [2, 'never', ['sentence-case', 'start-case', 'pascal-case', 'upper-case']],
    'subject-empty': [2, 'never'],
    'subject-full-stop': [2, 'never', '.'],
    'type-case': [2, 'always', 'lower-case'],
    'type-empty': [2, 'never'],
    'type-enum': [
        2,
        'always',
        ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'revert', 'style', 'test'],
    ],
};
/**
 * Whether an installed config-conventional has the built-in rules: its package.json (read within
 * its own folder) says version 21. Then its module, and @commitlint/types that it imports, need
 * not be loaded; another version is loaded as commitlint loads it.
 */
function hasBuiltInRules(manifest) {
    if (!manifest)
        return false;
    try {
        const text = new files_workspace/* Workspace */.a((0,external_node_path_.dirname)(manifest)).readTextSync(manifest, {
            input: 'config',
            maxBytes: 64 * 1024,
        });
        const { version } = JSON.parse(text);
        return typeof version === 'string' && version.startsWith('21.');
    }
    catch {
        return false; // unreadable: the module itself is loaded, and its errors reported
    }
}

;// CONCATENATED MODULE: ./actions/commit-lint/src/config/patterns.ts

/** parserOpts that the parser runs as regular expressions on every message. */
const PATTERNS = [
    'headerPattern',
    'breakingHeaderPattern',
    'mergePattern',
    'revertPattern',
    'fieldPattern',
];
/** parserOpts whose items the parser joins into its own regular expressions. */
const PATTERN_LISTS = ['noteKeywords', 'referenceActions', 'issuePrefixes'];
let bounded = false;
/**
 * Bound the time of every regular expression: past 50,000 backtracks in one match, V8 runs it again
 * on its linear-time engine, with the same result. A catastrophic pattern (`^(\w+\s?)*$`) then
 * costs milliseconds instead of hanging the step, and the common pattern keeps the fast engine.
 * Chosen over a worker with a deadline (a thread and a copy of every message, on each run: more
 * than the whole of a 20-commit lint) and over a safe-regex heuristic (it misses `(a|aa)*`).
 */
function boundRegExpTime() {
    if (bounded)
        return;
    // node:v8 loaded here, for a configuration's own patterns only: not at every start (and not with
    // process.getBuiltinModule, missing before Node 20.16, which the CLI runs on).
    const { setFlagsFromString } = (0,external_node_module_.createRequire)(import.meta.url)('node:v8');
    setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
    // Lets `new RegExp(source, 'l')` tell whether the linear engine can run a pattern at all.
    setFlagsFromString('--enable-experimental-regexp-engine');
    bounded = true;
}
/** Why a pattern cannot run in bounded time, or undefined when it can. */
function unbounded(pattern) {
    if (typeof pattern !== 'string' && !(pattern instanceof RegExp))
        return undefined;
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    const flags = typeof pattern === 'string' ? '' : pattern.flags.replace(/[gyd]/g, '');
    try {
        new RegExp(source, flags);
    }
    catch (error) {
        return error.message;
    }
    try {
        new RegExp(source, `${flags}l`);
        return undefined;
    }
    catch {
        return 'it uses a lookaround or a back-reference, which no engine can run in bounded time; rewrite it without them';
    }
}
/**
 * Check the patterns of a configuration's parserOpts: each must compile and run in bounded time.
 * `fail` names the key; the caller adds the file and line.
 */
function checkPatterns(options, fail) {
    boundRegExpTime();
    for (const key of PATTERNS) {
        const problem = unbounded(options[key]);
        if (problem)
            fail(key, problem);
    }
    for (const key of PATTERN_LISTS) {
        const list = options[key];
        if (!Array.isArray(list))
            continue;
        list.forEach((item, index) => {
            const problem = unbounded(item);
            if (problem)
                fail(`${key}.${index}`, problem);
            // The parser puts issue prefixes inside a lookbehind, where no fallback engine can help.
            if (key === 'issuePrefixes' && typeof item === 'string' && /\)[*+?{]/.test(item))
                fail(`${key}.${index}`, 'an issue prefix may not repeat a group');
        });
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./actions/commit-lint/src/config/read.ts




/** A configuration is a few kilobytes; a megabyte is no configuration. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * An error at a key of a JSON file, whose line is found when the error is reported (withLine):
 * JSON.parse reads the file, as cosmiconfig does, and keeps no positions; the YAML parser that
 * finds them is loaded only then.
 */
class JsonKeyError extends errors/* UsageError */.eb {
    findLine;
    constructor(message, file, findLine) {
        super(message, { input: 'config', location: { file } });
        this.findLine = findLine;
    }
}
/** An error as it is reported: a JSON key error with its line found. */
async function withLine(error) {
    if (!(error instanceof JsonKeyError))
        return error;
    return new errors/* UsageError */.eb(error.message, {
        input: 'config',
        location: { ...error.location, line: await error.findLine() },
    });
}
/** The line of a key of a JSON text: JSON is YAML, and the YAML reader keeps positions. */
async function jsonLineOf(text, file, path) {
    const { parseYaml } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(68)]).then(__webpack_require__.bind(__webpack_require__, 8068));
    try {
        return parseYaml(text, { file, input: 'config', mergeKeys: true }).lineOf(path);
    }
    catch {
        return undefined; // JSON the YAML reader refuses (a duplicate key): the error keeps its file
    }
}
/** JSON as commitlint reads it (strictly, the last of duplicate keys wins); YAML with merge keys. */
async function parseData(file, text) {
    if ((0,external_node_path_.extname)(file) === '.json') {
        const value = (0,discover/* parseJsonFile */.OW)(text, file);
        return { value, lineOf: undefined };
    }
    const { parseYaml } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(68)]).then(__webpack_require__.bind(__webpack_require__, 8068));
    return parseYaml(text, { file, input: 'config', mergeKeys: true });
}
async function dataSource(file, text, key) {
    const { value, lineOf } = await parseData(file, text);
    const prefix = key ? [key] : [];
    const error = (message, path) => lineOf
        ? new errors/* UsageError */.eb(message, {
            input: 'config',
            location: { file, line: lineOf([...prefix, ...path]) },
        })
        : new JsonKeyError(message, file, () => jsonLineOf(text, file, [...prefix, ...path]));
    const data = value;
    // An empty .commitlintrc is no configuration at all: the check for rules below reports it.
    const config = key ? data?.[key] : (data ?? {});
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
        const what = key ? `the ${key} key of ${(0,external_node_path_.basename)(file)}` : (0,external_node_path_.basename)(file);
        const message = `${what} must be a commitlint configuration object, got ${config === null ? 'null' : Array.isArray(config) ? 'an array' : typeof config}`;
        if (key)
            throw error(message, []);
        throw new errors/* UsageError */.eb(message, { input: 'config', location: { file, line: 1 } });
    }
    return { file, config: config, error };
}
/**
 * Read a configuration file: JSON or YAML data, package.json's key, or a JS/TS module's default
 * export. A module is code: with `refuseCode` it is not run, and the error says why.
 */
async function readConfigFile(ws, file, refuseCode) {
    const name = (0,external_node_path_.basename)(file);
    // An installed package (extends: a name) is read within its own folder, wherever npm put it.
    const within = /[\\/]node_modules[\\/]/.test(file) ? new files_workspace/* Workspace */.a((0,external_node_path_.dirname)(file)) : ws;
    const path = within.resolve(file, { input: 'config' }).real ?? file;
    const manifest = name === 'package.json' || name === 'package.yaml';
    if (manifest || ['', '.json', '.yaml', '.yml'].includes((0,external_node_path_.extname)(name))) {
        const text = within.readTextSync(path, { input: 'config', maxBytes: MAX_CONFIG_BYTES });
        return await dataSource(file, text, manifest ? 'commitlint' : undefined);
    }
    if (refuseCode)
        throw new errors/* UsageError */.eb(refuseCode, { input: 'config', location: { file } });
    let module;
    try {
        // Node 24 imports .ts natively; webpackIgnore keeps the bundler from resolving the user's file.
        module = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(path).href));
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`cannot load ${name}: ${error.message}`, {
            input: 'config',
            location: { file },
        });
    }
    let config = module.default ?? module;
    if (typeof config === 'function')
        config = await config();
    if (!config || typeof config !== 'object') {
        throw new errors/* UsageError */.eb(`${name} must export a commitlint configuration object`, {
            input: 'config',
            location: { file },
        });
    }
    return {
        file,
        config: config,
        error: (message) => new errors/* UsageError */.eb(message, { input: 'config', location: { file } }),
    };
}

;// CONCATENATED MODULE: ./actions/commit-lint/src/config/resolve.ts










const CONVENTIONAL_PACKAGE = '@commitlint/config-conventional';
const CONVENTIONAL_NAMES = new Set([CONVENTIONAL_PACKAGE, `${CONVENTIONAL_PACKAGE}/lib/index.js`]);
const PRESETS = {
    'conventional-changelog-conventionalcommits': CONVENTIONAL_PRESET,
    'conventional-changelog-angular': {},
};
function parserPresetOf(source, warnings) {
    const value = source.config.parserPreset;
    if (value === undefined)
        return undefined;
    if (typeof value === 'string' && PRESETS[value])
        return PRESETS[value];
    const options = value?.parserOpts;
    if (options && typeof options === 'object') {
        checkPatterns(options, (key, message) => {
            const path = ['parserPreset', 'parserOpts', ...key.split('.')];
            throw source.error(`${path.join('.')}: ${message}`, path);
        });
        return options;
    }
    warnings.push(`parserPreset ${JSON.stringify(value)} is not supported: messages are parsed with conventional-changelog-angular's options`);
    return undefined;
}
/** The file an `extends` entry names, as Node resolves it from the file that names it. */
function resolveExtends(file, name) {
    try {
        return (0,external_node_module_.createRequire)(file).resolve(name.startsWith('.') ? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), name) : name);
    }
    catch {
        return undefined;
    }
}
async function layersOf(source, resolution) {
    const { seen, warnings } = resolution;
    const { config, file } = source;
    const names = config.extends === undefined
        ? []
        : Array.isArray(config.extends)
            ? config.extends
            : [config.extends];
    const layers = [];
    for (const name of names) {
        if (typeof name !== 'string') {
            throw source.error('extends must name configurations', ['extends']);
        }
        // config-conventional is resolved from node_modules as commitlint resolves it; the built-in
        // rules serve for version 21, when it is not installed, or when code may not run here.
        const builtIn = CONVENTIONAL_NAMES.has(name);
        const target = builtIn && resolution.refuseCode ? undefined : resolveExtends(file, name);
        const manifest = `${CONVENTIONAL_PACKAGE}/package.json`;
        if (builtIn && (!target || hasBuiltInRules(resolveExtends(file, manifest)))) {
            layers.push({ source, rules: CONFIG_CONVENTIONAL, parserOptions: CONVENTIONAL_PRESET });
            continue;
        }
        if (!target) {
            throw source.error(`cannot resolve extends ${JSON.stringify(name)}: @commitlint/config-conventional is built in; anything else must be a relative path or installed`, ['extends']);
        }
        if (seen.has(target))
            continue;
        seen.add(target);
        layers.push(...(await layersOf(await readConfigFile(resolution.ws, target, resolution.refuseCode), resolution)));
    }
    layers.push({
        source,
        rules: (config.rules ?? {}),
        parserOptions: parserPresetOf(source, warnings),
        defaultIgnores: config.defaultIgnores,
        ignores: config.ignores,
        plugins: config.plugins,
    });
    return layers;
}
/** Check a rule's configuration as @commitlint/lint does; errors name the file and line. */
function ruleConfig(name, raw, source) {
    const fail = (message) => {
        throw source.error(`rule ${name}: ${message}`, ['rules', name]);
    };
    if (!Array.isArray(raw))
        fail(`must be an array like [2, "always", value], got ${JSON.stringify(raw)}`);
    const [level, when] = raw;
    if (level === 0 && raw.length === 1)
        return [0];
    if (typeof level !== 'number' || ![0, 1, 2].includes(level))
        fail(`level must be 0, 1 or 2, got ${JSON.stringify(level)}`);
    const length = raw.length;
    if (length < 2 || length > 3)
        fail(`must be 2 or 3 items long, got ${length}`);
    if (when !== 'always' && when !== 'never')
        fail(`condition must be "always" or "never", got ${JSON.stringify(when)}`);
    if (/-case$/.test(name) && length === 3) {
        const value = raw[2];
        const list = Array.isArray(value)
            ? value
            : [value?.cases ?? value].flat();
        for (const item of list) {
            const target = typeof item === 'string' ? item : item?.case;
            if (!CASES.includes(target))
                fail(`unknown case ${JSON.stringify(target)}; known: ${CASES.join(', ')}`);
        }
    }
    return raw;
}
/** Messages of every part a rule reads, to try each rule's value on before any commit. */
const TRIAL_MESSAGES = [
    'feat(api): add the thing\n\nA body line.\n\nBREAKING CHANGE: it breaks\nRefs: #12\nSigned-off-by: A <a@b.c>',
    'feat!: x',
    'x',
];
/** Each rule run once on trial messages: a value it cannot use fails here, at its file and line. */
function tryRules(rules, layers) {
    const options = commitlintParserOptions(CONVENTIONAL_PRESET);
    const trials = TRIAL_MESSAGES.map((message) => parseMessage(message, options, true));
    for (const [name, config] of Object.entries(rules)) {
        const rule = RULES[name];
        if (!rule || config[0] === 0)
            continue;
        for (const trial of trials) {
            try {
                rule(trial, config[1], config[2]);
            }
            catch (error) {
                const layer = layers.findLast((candidate) => Object.hasOwn(candidate.rules, name));
                throw layer.source.error(`rule ${name}: its value cannot be used: ${error.message}`, ['rules', name]);
            }
        }
    }
}
/** commitlint rules that commit-lint does not check (a warning says so). */
const KNOWN_UNSUPPORTED = new Set(['trailer-exists']);
/** A rule name commitlint does not know fails, as it fails @commitlint/lint: at the file that set it. */
function unknownRule(name, layers) {
    const layer = layers.findLast((candidate) => Object.hasOwn(candidate.rules, name));
    const known = [...Object.keys(RULES), ...KNOWN_UNSUPPORTED];
    const nearest = known.reduce((best, candidate) => (0,leven/* default */.A)(name, candidate) < (0,leven/* default */.A)(name, best) ? candidate : best);
    const hint = (0,leven/* default */.A)(name, nearest) <= 3 ? `; did you mean ${nearest}?` : '';
    throw layer.source.error(`rules.${name}: no such rule in commitlint${hint}`, ['rules', name]);
}
/**
 * A commitlint configuration file as commitlint resolves it: extends first (later ones win), the
 * file's own keys last, rules replaced per name. Function rules are called, as commitlint does.
 */
async function loadCommitlintConfig(path, workspace, refuseCode) {
    try {
        return await resolveConfig(path, workspace, refuseCode);
    }
    catch (thrown) {
        const error = await withLine(thrown);
        // Errors name the file as the repository does, so the annotation lands on it.
        const file = error instanceof errors/* UsageError */.eb ? error.location?.file : undefined;
        if (!file || !(0,external_node_path_.isAbsolute)(file))
            throw error;
        throw new errors/* UsageError */.eb(error.message, {
            input: 'config',
            location: { ...error.location, file: (0,external_node_path_.relative)(workspace, file) || file },
            cause: error.cause,
        });
    }
}
async function resolveConfig(path, workspace, refuseCode) {
    const warnings = [];
    const ws = new files_workspace/* Workspace */.a(workspace);
    const layers = await layersOf(await readConfigFile(ws, path, refuseCode), {
        seen: new Set([path]),
        warnings,
        refuseCode,
        ws,
    });
    const rules = {};
    let parserOptions = {};
    let defaultIgnores = true;
    let ignores = [];
    let plugins = false;
    for (const layer of layers) {
        for (const [name, raw] of Object.entries(layer.rules)) {
            const value = typeof raw === 'function' ? await raw() : raw;
            rules[name] = ruleConfig(name, value, layer.source);
        }
        if (layer.parserOptions)
            parserOptions = layer.parserOptions;
        if (layer.defaultIgnores !== undefined)
            defaultIgnores = layer.defaultIgnores !== false;
        if (layer.ignores !== undefined) {
            if (!Array.isArray(layer.ignores) ||
                layer.ignores.some((item) => typeof item !== 'function')) {
                throw layer.source.error('ignores must be an array of functions (message) => boolean, in a JavaScript configuration', ['ignores']);
            }
            ignores = layer.ignores;
        }
        if (Array.isArray(layer.plugins) && layer.plugins.length > 0) {
            if (!plugins)
                warnings.push('plugins are not supported: their rules are not checked');
            plugins = true;
        }
    }
    tryRules(rules, layers);
    if (Object.keys(rules).length === 0) {
        throw new errors/* UsageError */.eb('the configuration has no rules: add rules, or extends: ["@commitlint/config-conventional"] (commitlint fails the same way)', { input: 'config', location: { file: path } });
    }
    const supported = {};
    for (const [name, config] of Object.entries(rules)) {
        if (RULES[name])
            supported[name] = config;
        else if (KNOWN_UNSUPPORTED.has(name) || plugins) {
            if (config[0] !== 0)
                warnings.push(`rule ${name} is not supported by commit-lint and was not checked`);
        }
        else
            unknownRule(name, layers);
    }
    return {
        file: (0,external_node_path_.relative)(workspace, path) || path,
        lint: {
            rules: supported,
            parserOptions: commitlintParserOptions(parserOptions),
            defaultIgnores,
            ignores,
            extraChecks: [],
        },
        warnings,
    };
}

;// CONCATENATED MODULE: ./actions/commit-lint/src/config/trust.ts

/** Events that run with the repository's secrets while a pull request's files may be checked out. */
const PRIVILEGED = new Set(['pull_request_target', 'workflow_run']);
/** Whether the workspace is exactly `sha`, with nothing changed or added. */
async function isCheckoutOf(workspace, sha) {
    try {
        const [head, status] = await Promise.all([
            (0,exec/* git */.$Y)(workspace, ['rev-parse', 'HEAD']),
            (0,exec/* git */.$Y)(workspace, ['status', '--porcelain', '--untracked-files=all']),
        ]);
        return head.trim() === sha && status.trim() === '';
    }
    catch {
        return false;
    }
}
/**
 * Why a JavaScript or TypeScript configuration may not run here, or undefined when it may. On
 * pull_request_target and workflow_run only the workflow's own commit (GITHUB_SHA: the base
 * branch, the default branch) is trusted; a checkout of anything else may hold a pull request's
 * code, which would run with the step's environment and secrets.
 */
async function codeRefusal(eventName, env, workspace) {
    if (!eventName || !PRIVILEGED.has(eventName))
        return undefined;
    if (env.GITHUB_SHA && (await isCheckoutOf(workspace, env.GITHUB_SHA)))
        return undefined;
    return (`a JavaScript or TypeScript configuration is code, and on ${eventName}, which runs with the ` +
        `repository's secrets, commit-lint runs it only from the workflow's own commit (GITHUB_SHA, ` +
        `what actions/checkout checks out by default), unchanged. This checkout is not that commit: ` +
        `check out the default ref, or use a .commitlintrc.json or .commitlintrc.yml (read as data, ` +
        `never run), or run commit-lint on pull_request, or set config: none`);
}

;// CONCATENATED MODULE: ./actions/commit-lint/src/defaults.ts


/**
 * A line that starts like a reference (a keyword, then something like an issue number: "Closes 12",
 * "Refs ABC-1", "fixes: #7"), checked against the pattern when references are optional. Prose like
 * "Fixes a crash when..." is not one.
 */
const REFERENCE_LIKE = /^\s*(close[sd]?|fix(e[sd])?|resolve[sd]?|refs?)\b:?\s+([\w.-]+\/[\w.-]+)?(#?\d+|[a-z][a-z0-9]*-\d+)\b/i;
function referenceCheck(rules) {
    if (rules.references === 'none')
        return undefined;
    const pattern = new RegExp(rules.referencePattern.source, rules.referencePattern.flags.replace('g', ''));
    if (rules.references === 'required') {
        return {
            rule: 'references',
            level: 'error',
            check: ({ body, footer }) => pattern.test(`${body ?? ''}\n${footer ?? ''}`)
                ? undefined
                : `message must reference an issue matching /${pattern.source}/`,
        };
    }
    return {
        rule: 'references',
        level: 'warning',
        check: ({ body, footer }) => {
            const line = `${body ?? ''}\n${footer ?? ''}`
                .split(/\r?\n/)
                .find((text) => REFERENCE_LIKE.test(text) && !pattern.test(text));
            return line === undefined
                ? undefined
                : `reference ${JSON.stringify(line.trim())} does not match /${pattern.source}/`;
        },
    };
}
/** Our own rules when the repository has no commitlint configuration. */
function defaultLintConfig(rules) {
    const config = {
        'header-trim': [2, 'always'],
        'type-empty': [2, 'never'],
        'type-case': [2, 'always', 'lower-case'],
        'type-enum': [2, 'always', rules.types],
        'scope-enum': [2, 'always', rules.scopes],
        'scope-empty': rules.scopeRequired ? [2, 'never'] : [0],
        'subject-empty': [2, 'never'],
        'subject-case': [2, 'never', ['sentence-case', 'start-case', 'pascal-case', 'upper-case']],
        'subject-full-stop': [2, 'never', '.'],
        'header-max-length': [2, 'always', rules.headerMaxLength],
        'body-leading-blank': [1, 'always'],
        'body-max-line-length': [2, 'always', rules.bodyMaxLineLength],
        'footer-leading-blank': [1, 'always'],
    };
    const extraChecks = [];
    if (rules.imperative) {
        extraChecks.push({
            rule: 'subject-imperative',
            level: 'error',
            check: ({ subject }) => {
                const problem = subject ? checkImperative(subject) : undefined;
                if (!problem)
                    return undefined;
                const message = describeMoodProblem(problem);
                // A word that may be a noun or an adjective is never an error on a guess.
                return problem.certain ? message : { level: 'warning', message };
            },
        });
    }
    const references = referenceCheck(rules);
    if (references)
        extraChecks.push(references);
    return {
        rules: config,
        parserOptions: commitlintParserOptions(CONVENTIONAL_PRESET),
        defaultIgnores: true,
        ignores: [],
        extraChecks,
        fixup: rules.fixup,
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./actions/commit-lint/src/message.ts
/** What a commit-msg hook gets from a plain `git commit` that opened the editor. */
const EDITOR_CLEANUP = { mode: 'strip', scissors: true, comment: '#' };
const CUT_LINE = '------------------------ >8 ------------------------';
/** The characters git tries, in order, for core.commentChar=auto (git's adjust_comment_line_char). */
const AUTO_CANDIDATES = '#;@!$%^&|:';
/**
 * The comment character git chose for core.commentChar=auto. It picked one no line of the message
 * started with and wrote its help text with it; that text ends the file, or the scissors line does.
 */
function autoCommentChar(text) {
    const lines = text.split('\n');
    const scissors = lines.find((line) => AUTO_CANDIDATES.includes(line[0] ?? '') && line.slice(1) === ` ${CUT_LINE}`);
    if (scissors)
        return scissors[0];
    const last = lines.findLast((line) => line.trim() !== '') ?? '';
    const first = last[0] ?? '';
    return AUTO_CANDIDATES.includes(first) && /^.( |$)/.test(last) ? first : '#';
}
// Git's isspace: space, tab, CR and LF only (its ctype table), not JavaScript's Unicode spaces.
const TRAILING_SPACE = /[ \t\r]+$/;
/** The message git would commit from this file, cleaned as `cleanup` says. */
function cleanMessage(text, cleanup = EDITOR_CLEANUP) {
    let kept = text;
    if (cleanup.scissors) {
        const cut = `${cleanup.comment} ${CUT_LINE}\n`;
        if (kept.startsWith(cut))
            kept = '';
        else {
            const at = kept.indexOf(`\n${cut}`);
            if (at !== -1)
                kept = kept.slice(0, at + 1);
        }
    }
    if (cleanup.mode === 'verbatim')
        return kept;
    const lines = [];
    let blank = false;
    for (const raw of kept.split('\n')) {
        if (cleanup.mode === 'strip' && raw.startsWith(cleanup.comment))
            continue;
        const line = raw.replace(TRAILING_SPACE, '');
        if (line === '')
            blank = true;
        else {
            if (blank && lines.length)
                lines.push('');
            blank = false;
            lines.push(line);
        }
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./actions/commit-lint/src/edit.ts





/** The settings that change how git cleans a message, as `git config --get-regexp` names them. */
const CLEANUP_KEYS = '^(commit\\.cleanup|core\\.comment(char|string))$';
/** The keys' values, the last one git reads winning; core.commentChar and core.commentString are one setting. */
async function cleanupSettings(cwd) {
    let out;
    try {
        out = await (0,exec/* git */.$Y)(cwd, ['config', '-z', '--get-regexp', CLEANUP_KEYS]);
    }
    catch (error) {
        if (error instanceof exec/* GitError */.XS && error.exitCode === 1)
            return {}; // none of them is set
        throw error;
    }
    const settings = {};
    for (const entry of out.split('\0')) {
        const newline = entry.indexOf('\n');
        if (newline === -1)
            continue; // a key without a value: git refuses to commit with it
        const value = entry.slice(newline + 1);
        if (entry.startsWith('commit.'))
            settings.cleanup = value;
        else
            settings.comment = value;
    }
    return settings;
}
/** git's cleanup mode for a commit.cleanup value; undefined for one git does not know. */
function cleanupMode(value, editor) {
    if (value === 'default')
        return editor ? 'strip' : 'whitespace';
    if (value === 'scissors')
        return 'whitespace'; // above the cut, comment lines stay
    if (value === 'strip' || value === 'whitespace' || value === 'verbatim')
        return value;
    return undefined;
}
/**
 * How git will clean the message file a commit-msg hook was given: by commit.cleanup, the comment
 * character, and whether git opened its editor (git runs the hook with GIT_EDITOR=: when it did
 * not). A --cleanup option on git's command line does not reach the hook.
 */
async function hookCleanup(cwd, env, text) {
    const settings = await cleanupSettings(cwd);
    const editor = env.GIT_EDITOR !== ':';
    const comment = settings.comment?.toLowerCase() === 'auto' ? autoCommentChar(text) : (settings.comment ?? '#');
    if (comment === '' || comment.includes('\n')) {
        throw new errors/* UsageError */.eb(`git config core.commentChar is ${JSON.stringify(comment)}: git needs a comment character`, { input: 'edit' });
    }
    const mode = cleanupMode(settings.cleanup ?? 'default', editor);
    if (!mode) {
        throw new errors/* UsageError */.eb(`git config commit.cleanup is ${JSON.stringify(settings.cleanup)}: git accepts default, strip, whitespace, verbatim or scissors`, { input: 'edit' });
    }
    // git cuts at the scissors line whenever its editor showed one (-v, or cleanup=scissors).
    return { mode, scissors: editor, comment };
}
/**
 * The message of --edit (a commit-msg hook's file, cleaned as git will clean it) or --message.
 * The hook's file is read where git keeps it, which in a worktree is outside the work tree: the
 * CLI's user named it, no pull request did.
 */
async function readMessage(message, workspace, env) {
    if (!message || 'text' in message)
        return message?.text;
    const path = (0,external_node_path_.resolve)(workspace, message.file);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`cannot read the commit message file ${path}: ${error.message}`, { input: 'edit' });
    }
    return cleanMessage(text, await hookCleanup(workspace, env, text));
}

// EXTERNAL MODULE: ./packages/kit/src/markdown.ts
var markdown = __webpack_require__(9703);
// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var src_summary = __webpack_require__(2919);
// EXTERNAL MODULE: ./packages/kit/src/report.ts
var src_report = __webpack_require__(196);
;// CONCATENATED MODULE: ./actions/commit-lint/src/outcome.ts

function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function findings(results) {
    const list = results.configWarnings.map((message) => ({
        rule: 'config',
        severity: 'warning',
        message,
    }));
    const add = (subject, problems) => {
        for (const problem of problems)
            list.push({
                rule: problem.rule,
                severity: problem.level,
                message: `${subject}: ${problem.message}`,
            });
    };
    for (const commit of results.commits) {
        if (commit.problems.length === 0)
            continue;
        add(`${commit.sha ? `commit ${commit.sha.slice(0, 7)}` : 'message'} ${JSON.stringify(commit.header)}`, commit.problems);
    }
    if (results.title)
        add(`pull request title ${JSON.stringify(results.title.text)}`, results.title.problems);
    if (results.branch && !results.branch.valid) {
        list.push({
            rule: 'branch-pattern',
            severity: 'error',
            message: `branch ${JSON.stringify(results.branch.name)} does not match /${results.branch.pattern}/`,
        });
    }
    return list;
}
/** Rows of the commit tables: a summary of thousands of rows helps nobody, the JSON report has them all. */
const TABLE_ROWS = 300;
function problemCell(problems) {
    return problems
        .map((problem) => `${problem.level === 'error' ? '❌' : '⚠️'} ${markdown/* code */.aY(problem.rule)} ${markdown/* text */.Qq(problem.message)}`)
        .join('<br>');
}
function summaryOf(results, report, repositoryUrl) {
    const summary = new src_summary/* Summary */.B().heading(`${markdown/* passFail */.oX(report.passed)} commit-lint`);
    const { valid, invalid, skipped } = report.counts;
    const source = results.config
        ? `the commitlint configuration ${markdown/* code */.aY(results.config)}`
        : "commit-lint's defaults";
    summary.paragraph(`${count(results.commits.length, 'commit')}${results.range ? ` of ${markdown/* text */.Qq(results.range.source)}` : ''} checked with ${source}: ` +
        `**${valid}** valid, **${invalid}** invalid, **${skipped}** skipped.`);
    if (results.configWarnings.length)
        summary.list(results.configWarnings.map((warning) => `⚠️ ${markdown/* text */.Qq(warning)}`));
    const withProblems = results.commits.filter((commit) => commit.problems.length);
    summary.table(['Commit', 'Header', 'Problems', 'Suggested header'], withProblems
        .slice(0, TABLE_ROWS)
        .map((commit) => [
        repositoryUrl
            ? markdown/* link */.nf(commit.sha.slice(0, 7), `${repositoryUrl}/commit/${commit.sha}`)
            : markdown/* code */.aY(commit.sha.slice(0, 7)),
        markdown/* code */.aY(commit.header),
        problemCell(commit.problems),
        commit.suggestion ? markdown/* code */.aY(commit.suggestion) : '',
    ]));
    if (withProblems.length > TABLE_ROWS) {
        summary.paragraph(`… and ${withProblems.length - TABLE_ROWS} more commits with problems: see the JSON report.`);
    }
    if (results.title) {
        const { title } = results;
        const state = title.skipped ? `skipped (${markdown/* text */.Qq(title.skipped)})` : markdown/* passFail */.oX(title.valid);
        summary.heading('Pull request title', 3).paragraph(`${markdown/* code */.aY(title.text)} ${state}`);
        if (title.problems.length)
            summary.paragraph(problemCell(title.problems));
        if (title.suggestion)
            summary.paragraph(`Suggested title: ${markdown/* code */.aY(title.suggestion)}`);
    }
    if (results.branch) {
        const { branch } = results;
        summary
            .heading('Branch', 3)
            .paragraph(branch.exempt
            ? `${markdown/* code */.aY(branch.name)} exempt from ${markdown/* code */.aY(`/${branch.pattern}/`)}: ${markdown/* text */.Qq(branch.exempt)}`
            : `${markdown/* code */.aY(branch.name)} ${markdown/* passFail */.oX(branch.valid)} must match ${markdown/* code */.aY(`/${branch.pattern}/`)}`);
    }
    const skippedCommits = results.commits.filter((commit) => commit.skipped);
    if (skippedCommits.length) {
        summary.details(`${skippedCommits.length} skipped`, markdown/* table */.tp(['Commit', 'Header', 'Reason'], skippedCommits
            .slice(0, TABLE_ROWS)
            .map((c) => [markdown/* code */.aY(c.sha.slice(0, 7)), markdown/* code */.aY(c.header), markdown/* text */.Qq(c.skipped)])));
    }
    return summary;
}
/** The report, the summary, the outputs and the headline of a run's results. */
function outcomeOf(results, settings) {
    const list = findings(results);
    const counts = {
        valid: results.commits.filter((c) => c.valid && !c.skipped).length,
        invalid: results.commits.filter((c) => !c.valid).length,
        skipped: results.commits.filter((c) => c.skipped).length,
    };
    const severities = (0,src_report/* countBySeverity */.Ot)(list);
    const passed = severities.error === 0;
    const report = {
        passed,
        findings: list,
        config: results.config ?? null,
        ...(results.range ? { range: { ...results.range, base: results.range.base ?? null } } : {}),
        counts,
        commits: results.commits,
        ...(results.title ? { title: results.title } : {}),
        ...(results.branch ? { branch: results.branch } : {}),
    };
    const parts = [`${counts.valid} valid`, `${counts.invalid} invalid`, `${counts.skipped} skipped`];
    if (results.title)
        parts.push(`title ${results.title.valid ? 'valid' : 'invalid'}`);
    if (results.branch)
        parts.push(`branch ${results.branch.valid ? 'valid' : 'invalid'}`);
    return {
        report,
        summary: summaryOf(results, report, settings.repositoryUrl),
        outputs: { errors: String(severities.error), warnings: String(severities.warning) },
        headline: `${count(results.commits.length, 'commit')}: ${parts.join(', ')}; ${count(severities.error, 'error')}, ${count(severities.warning, 'warning')}`,
    };
}

// EXTERNAL MODULE: ./packages/kit/src/inputs.ts
var src_inputs = __webpack_require__(6415);
// EXTERNAL MODULE: ./packages/kit/src/input-errors.ts
var input_errors = __webpack_require__(8538);
;// CONCATENATED MODULE: ./actions/commit-lint/src/settings.ts

const DEFAULT_TYPES = [
    'feat',
    'fix',
    'docs',
    'style',
    'refactor',
    'perf',
    'test',
    'build',
    'ci',
    'chore',
    'revert',
];
const DEFAULT_REFERENCE_PATTERN = String.raw `(Closes|Fixes|Resolves|Refs) #\d+|Refs: [A-Z][A-Z0-9]+-\d+`;
/** A list input; its action.yml default when it is not given at all (an empty value is none). */
function listOr(inputs, name, fallback) {
    return inputs.get(name) === undefined ? fallback : (0,src_inputs/* readList */.LD)(inputs, name);
}
/** The configuration file: the `config` input's, confined to the workspace, or the one found. */
function configSetting(inputs, ws) {
    const value = (0,src_inputs/* readString */.E3)(inputs, 'config') ?? 'auto';
    if (value === 'auto')
        return 'auto';
    if (value === 'none')
        return undefined;
    const confined = ws.resolve(value, { input: 'config' });
    if (ws.statSync(value, { input: 'config' })?.kind !== 'file')
        throw (0,input_errors/* inputError */.Xu)('config', `${confined.display} does not exist or is not a file`);
    return confined.real ? { file: confined.real } : undefined;
}
/** The CLI's single message: --edit (a commit-msg hook's file) or --message. */
function messageSource(context) {
    if (context.mode !== 'cli')
        return undefined; // options of the CLI only, not action inputs
    const edit = (0,src_inputs/* readString */.E3)(context.inputs, 'edit');
    if (edit)
        return { file: edit === 'true' ? '.git/COMMIT_EDITMSG' : edit };
    const text = context.inputs.get('message');
    return text === undefined ? undefined : { text };
}
/** Every input, read once: action.yml holds the defaults (a test checks that code agrees). */
function readSettings(context) {
    const { inputs } = context;
    const ws = new files_workspace/* Workspace */.a(context.workspace);
    const scopes = (0,src_inputs/* readList */.LD)(inputs, 'scopes');
    const types = (0,src_inputs/* readList */.LD)(inputs, 'types');
    return {
        config: configSetting(inputs, ws),
        defaults: {
            types: types.length ? types : DEFAULT_TYPES,
            scopes: scopes.length === 1 && scopes[0] === 'any' ? [] : scopes,
            scopeRequired: (0,src_inputs/* readBoolean */.Vf)(inputs, 'scope-required', false),
            headerMaxLength: (0,src_inputs/* readInteger */.JI)(inputs, 'header-max-length', { min: 10 }) ?? 72,
            bodyMaxLineLength: (0,src_inputs/* readInteger */.JI)(inputs, 'body-max-line-length', { min: 10 }) ?? 100,
            imperative: (0,src_inputs/* readBoolean */.Vf)(inputs, 'imperative', true),
            references: (0,src_inputs/* readEnum */.ai)(inputs, 'references', ['none', 'optional', 'required'], 'optional'),
            referencePattern: (0,src_inputs/* readRegExp */.mc)(inputs, 'reference-pattern') ?? new RegExp(DEFAULT_REFERENCE_PATTERN),
            fixup: (0,src_inputs/* readEnum */.ai)(inputs, 'fixup', ['fail', 'warn', 'allow'], 'warn'),
        },
        scopesFrom: (0,src_inputs/* readString */.E3)(inputs, 'scopes-from'),
        prTitle: (0,src_inputs/* readBoolean */.Vf)(inputs, 'pr-title', true),
        commits: (0,src_inputs/* readBoolean */.Vf)(inputs, 'commits', true),
        branchPattern: (0,src_inputs/* readRegExp */.mc)(inputs, 'branch-pattern'),
        protectedBranches: listOr(inputs, 'protected-branches', ['main', 'master', 'develop']),
        ignoreAuthors: listOr(inputs, 'ignore-authors', ['dependabot[bot]', 'renovate[bot]']).map((author) => author.toLowerCase()),
        range: (0,input_errors/* readRange */.qX)(context),
        message: messageSource(context),
        repositoryUrl: context.mode === 'action' && context.env.GITHUB_SERVER_URL && context.env.GITHUB_REPOSITORY
            ? `${context.env.GITHUB_SERVER_URL}/${context.env.GITHUB_REPOSITORY}`
            : undefined,
    };
}

;// CONCATENATED MODULE: ./actions/commit-lint/src/run.ts












async function lintConfig(settings, context) {
    const { workspace } = context;
    const file = settings.config === 'auto' ? await (0,discover/* discoverConfig */.eo)(workspace) : settings.config?.file;
    if (file) {
        const refusal = await codeRefusal(context.event?.name, context.env, workspace);
        return loadCommitlintConfig(file, workspace, refusal);
    }
    // Loaded only for scopes-from: it brings the glob engine and the YAML reader.
    const scopes = settings.scopesFrom
        ? (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 3168))).scopesFrom(new files_workspace/* Workspace */.a(workspace), settings.scopesFrom)
        : settings.defaults.scopes;
    return {
        file: undefined,
        lint: defaultLintConfig({ ...settings.defaults, scopes }),
        warnings: [],
    };
}
/** The commits of the range, linted one by one as git lists them. */
async function checkRange(context, settings, check) {
    let lintFault; // a fault of the lint itself is not a range that cannot be resolved
    const guarded = (commit) => {
        try {
            return check(commit);
        }
        catch (error) {
            throw (lintFault = error);
        }
    };
    try {
        const { range, results } = await rangeCommits(context.workspace, settings.range, guarded);
        return { commits: results, range };
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb || error === lintFault)
            throw error;
        // A missing commit or an unreachable remote: say so plainly, without a stack trace.
        throw new errors/* UsageError */.eb(`cannot resolve the commits to check: ${error.message}`, {
            input: 'from',
            cause: error,
        });
    }
}
/** Settings → configuration → the commits, title and branch checked → the outcome. */
const run = async (context) => {
    const settings = readSettings(context);
    const config = await lintConfig(settings, context);
    const { lint } = config;
    const results = {
        config: config.file,
        configWarnings: config.warnings,
        commits: [],
    };
    const message = await readMessage(settings.message, context.workspace, context.env);
    if (message !== undefined) {
        results.commits = [checkMessage(message, lint)];
    }
    else {
        if (settings.commits) {
            const checked = await checkRange(context, settings, (commit) => checkCommit(commit, lint, settings.ignoreAuthors));
            results.commits = checked.commits;
            results.range = checked.range;
        }
        const pullRequest = (0,src_event/* pullRequestOf */._n)(context.event);
        if (settings.prTitle && pullRequest)
            results.title = checkTitle(pullRequest.title, lint);
        if (settings.branchPattern) {
            results.branch = checkBranch(await branchName(context), settings.branchPattern, {
                defaultBranch: defaultBranchOf(context.event),
                protectedBranches: settings.protectedBranches,
            });
        }
        if (!settings.commits && !results.title && !results.branch) {
            throw new errors/* UsageError */.eb('nothing to check: commits is false, and there is no pull request title or branch-pattern to check', { input: 'commits' });
        }
    }
    logProblems(context, results);
    return outcomeOf(results, settings);
};


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


/***/ })

};
