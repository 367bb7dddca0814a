export const id = 640;
export const ids = [640];
export const modules = {

/***/ 7640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: ./packages/kit/src/cli/run-cli.ts + 10 modules
var run_cli = __webpack_require__(2361);
// EXTERNAL MODULE: ./packages/git/src/exec.ts
var exec = __webpack_require__(9771);
// EXTERNAL MODULE: ./packages/git/src/diff.ts
var diff = __webpack_require__(7333);
// EXTERNAL MODULE: ./packages/git/src/range.ts
var src_range = __webpack_require__(7829);
// EXTERNAL MODULE: ./packages/git/src/commits.ts
var src_commits = __webpack_require__(6214);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./actions/pr-policy/src/changes.ts


/** `git diff --numstat -z`: added + deleted lines per path (the new path of a rename). */
async function lineCounts(cwd, base, head) {
    const fields = (await (0,exec/* git */.$Y)(cwd, ['diff', '--numstat', '-z', '-M', '--no-relative', base, head, '--'])).split('\0');
    const counts = new Map();
    for (let index = 0; index < fields.length - 1;) {
        const [added = '-', deleted = '-', path = ''] = fields[index++].split('\t');
        // A rename prints an empty path, then the old and the new path as fields of their own.
        const target = path === '' ? (index++, fields[index++]) : path;
        counts.set(target, (Number(added) || 0) + (Number(deleted) || 0));
    }
    return counts;
}
async function addedLinesOf(cwd, range, files) {
    const ranges = await (0,diff/* changedLines */.MA)(cwd, range.base, range.head);
    const result = new Map();
    for (const file of files) {
        const spans = ranges.get(file);
        if (!spans?.length)
            continue;
        const text = await (0,diff/* fileAt */.Wd)(cwd, range.head, file);
        if (text === undefined || text.includes('\0'))
            continue;
        const lines = text.split(/\r?\n/);
        result.set(file, spans.flatMap(([start, end]) => lines
            .slice(start - 1, end)
            .map((line, index) => ({ file, line: start + index, text: line }))));
    }
    return result;
}
async function readChanges(context, settings) {
    const cwd = context.workspace;
    const range = await (0,src_range/* resolveRange */.Ss)(cwd, {
        event: context.event,
        from: settings.cli.from,
        to: settings.cli.to,
        log: (message) => context.log.info(message),
    });
    if (!range.base)
        throw new errors/* UsageError */.eb(`${range.source} has no base to compare with: give --from (and --to)`, {
            input: 'from',
        });
    const base = range.base;
    const [files, counts, commits] = await Promise.all([
        (0,diff/* changedFiles */.Y_)(cwd, base, range.head),
        lineCounts(cwd, base, range.head),
        (0,src_commits/* listCommits */.VE)(cwd, { base, head: range.head }),
    ]);
    const byCommit = await (0,src_commits/* filesByCommit */.aI)(cwd, commits.map((commit) => commit.sha));
    const rules = settings.rules;
    const changed = files.map((file) => file.path);
    const mentions = [...new Set(rules.flatMap((rule) => rule.requireMention ?? []))];
    return {
        files: files.map((file) => ({ ...file, lines: counts.get(file.path) ?? 0 })),
        commits: commits.map((commit) => ({
            sha: commit.sha,
            subject: commit.message.split('\n', 1)[0] ?? '',
            files: commit.parents.length > 1 ? [] : (byCommit.get(commit.sha) ?? []),
        })),
        addedLines: rules.some((rule) => rule.whenAddedLines)
            ? await addedLinesOf(cwd, { base, head: range.head }, changed)
            : new Map(),
        contents: new Map(await Promise.all(mentions.map(async (file) => [file, await (0,diff/* fileAt */.Wd)(cwd, range.head, file)]))),
    };
}

// EXTERNAL MODULE: ./packages/kit/src/markdown.ts
var markdown = __webpack_require__(9703);
// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var src_summary = __webpack_require__(2919);
;// CONCATENATED MODULE: ./actions/pr-policy/src/outcome.ts

function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function headline(report) {
    const ran = report.checks.filter((check) => check.findings !== undefined).length;
    if (report.passed)
        return `pull request policy: ${plural(ran, 'check')} passed`;
    return `pull request policy: ${plural(report.violations, 'violation')} in ${plural(ran, 'check')}`;
}
function resultOf(check) {
    if (check.findings === undefined)
        return check.skipped === 'off' ? 'off' : `not checked: ${markdown/* text */.Qq(check.skipped ?? '')}`;
    return check.findings === 0 ? '✅ passed' : `❌ ${plural(check.findings, 'finding')}`;
}
function summaryOf(report) {
    const summary = new src_summary/* Summary */.B().heading(`${markdown/* passFail */.oX(report.passed)} Pull request policy: ${report.passed ? 'passed' : plural(report.violations, 'violation')}`);
    summary.table(['Check', 'Result'], report.checks.map((check) => [markdown/* code */.aY(check.id), resultOf(check)]));
    // Messages quote the body, branch names, paths and commit subjects: untrusted, so escaped.
    for (const finding of report.findings) {
        const where = finding.file ? ` ${markdown/* code */.aY(finding.file)}` : '';
        summary.paragraph(`${finding.severity === 'error' ? '❌' : '⚠️'} ${markdown/* code */.aY(finding.rule)}${where}: ${markdown/* text */.Qq(finding.message)}`);
    }
    summary.paragraph(`Size: ${plural(report.size.lines, 'changed line')} in ${plural(report.size.files, 'file')}` +
        `${report.size.excluded ? ` (${report.size.excluded} more left out by size-exclude)` : ''}, ${plural(report.commits, 'commit')}.`);
    return summary;
}
function outcomeOf(report) {
    return {
        report,
        summary: summaryOf(report),
        headline: headline(report),
        outputs: { violations: String(report.violations) },
    };
}

// EXTERNAL MODULE: ./packages/kit/src/report.ts
var report = __webpack_require__(196);
// EXTERNAL MODULE: ./packages/rules/src/evaluate.ts
var evaluate = __webpack_require__(8736);
// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 44 modules
var lib = __webpack_require__(8353);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm/lib/index.js + 12 modules
var mdast_util_gfm_lib = __webpack_require__(8595);
// EXTERNAL MODULE: ./node_modules/mdast-util-to-string/lib/index.js
var mdast_util_to_string_lib = __webpack_require__(1869);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm/index.js + 7 modules
var micromark_extension_gfm = __webpack_require__(2297);
;// CONCATENATED MODULE: ./actions/pr-policy/src/body.ts




/** Nodes that show no prose: HTML (comments included) and code never count as text or tasks. */
const SILENT = new Set(['html', 'code', 'inlineCode', 'definition']);
/** The node's own text, leaving out nested lists (a task's subtasks are tasks of their own). */
function ownText(node) {
    return node.children
        .filter((child) => child.type !== 'list' && !SILENT.has(child.type))
        .map((child) => (0,mdast_util_to_string_lib/* toString */.d)(child, { includeHtml: false }))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function proseOf(node, parts) {
    if (SILENT.has(node.type))
        return;
    if (node.type === 'link')
        parts.push(node.url);
    if ('value' in node)
        parts.push(node.value);
    if ('children' in node)
        for (const child of node.children)
            proseOf(child, parts);
}
/** Whether anything under a heading (up to the next heading of the same or a higher level) is prose. */
function hasProse(nodes) {
    return nodes.some((node) => {
        if (node.type === 'heading')
            return false;
        const parts = [];
        proseOf(node, parts);
        return parts.join('').trim() !== '';
    });
}
/** Whether the item's own paragraph is nothing but ~~struck~~ text. */
function isStruck(node) {
    const paragraph = node.children.find((child) => child.type === 'paragraph');
    if (!paragraph)
        return false;
    const shown = paragraph.children.filter((child) => !(child.type === 'text' && !child.value.trim()) && child.type !== 'html');
    return shown.length > 0 && shown.every((child) => child.type === 'delete');
}
function walkTasks(node, tasks) {
    if (SILENT.has(node.type))
        return;
    if (node.type === 'listItem' && typeof node.checked === 'boolean') {
        tasks.push({
            text: ownText(node),
            checked: node.checked,
            struck: isStruck(node),
            line: node.position?.start.line ?? 0,
        });
    }
    if ('children' in node)
        for (const child of node.children)
            walkTasks(child, tasks);
}
function parseBody(markdown) {
    const root = (0,lib/* fromMarkdown */.Y)(markdown, {
        extensions: [(0,micromark_extension_gfm/* gfm */.T)()],
        mdastExtensions: [(0,mdast_util_gfm_lib/* gfmFromMarkdown */.C)()],
    });
    const tasks = [];
    walkTasks(root, tasks);
    const sections = [];
    root.children.forEach((node, index) => {
        if (node.type !== 'heading')
            return;
        const rest = root.children.slice(index + 1);
        const end = rest.findIndex((next) => next.type === 'heading' && next.depth <= node.depth);
        sections.push({
            title: ownText(node),
            depth: node.depth,
            line: node.position?.start.line ?? 0,
            hasText: hasProse(end === -1 ? rest : rest.slice(0, end)),
        });
    });
    const prose = [];
    proseOf(root, prose);
    return { tasks, sections, prose: prose.join(' ') };
}

;// CONCATENATED MODULE: ./actions/pr-policy/src/checks/body.ts
function error(rule, message) {
    return { rule, severity: 'error', message };
}
/** Every task item ticked; an item struck through as a whole counts as not applicable. */
function checkChecklist(body) {
    return body.tasks
        .filter((task) => !task.checked && !task.struck)
        .map((task) => error('checklist', `tick or remove: [ ] ${task.text || '(empty item)'} (body line ${task.line})`));
}
/** "## 📝 Summary:" and "summary" name the same section. */
function normalHeading(text) {
    return text
        .toLowerCase()
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '')
        .replace(/\s+/g, ' ');
}
function checkSections(body, required) {
    return required.flatMap((name) => {
        const wanted = normalHeading(name);
        const found = body.sections.filter((section) => normalHeading(section.title) === wanted);
        if (found.length === 0)
            return [error('required-section', `add a "## ${name}" heading with a description under it`)];
        if (found.some((section) => section.hasText))
            return [];
        return [
            error('required-section', `write something under "${name}" (body line ${found[0].line}): only the heading or template comments are there`),
        ];
    });
}
/** `#123`, `owner/repo#123`, an issue URL, a tracker key (`ABC-123`). */
const REFERENCES = [
    /(?<![\w/#&])#\d+\b/,
    /\b[\w.-]+\/[\w.-]+#\d+\b/,
    /\bhttps?:\/\/[^\s/]+\/\S+\/issues\/\d+\b/,
    // Standards named like keys (UTF-8, SHA-256, ISO-8601) are not tickets.
    /\b(?!(?:UTF|SHA|ISO)-)[A-Z][A-Z0-9]+-\d+\b/,
];
function checkLinkedIssue(pr, body) {
    const texts = [pr.title, body?.prose ?? ''];
    if (texts.some((text) => REFERENCES.some((pattern) => pattern.test(text))))
        return [];
    return [
        error('linked-issue', 'link the issue this pull request addresses: write "Closes #123", owner/repo#123, the issue URL or a tracker key such as ABC-123 in the title or body'),
    ];
}

// EXTERNAL MODULE: ./packages/kit/src/inputs.ts
var src_inputs = __webpack_require__(6415);
// EXTERNAL MODULE: ./packages/rules/src/globs.ts
var src_globs = __webpack_require__(4488);
;// CONCATENATED MODULE: ./actions/pr-policy/src/arrows.ts


/** Lines of `head-glob -> glob[, glob]` (base-branches, branch-paths). */
function readBranchRules(inputs, name) {
    return (0,src_inputs/* readLines */.Se)(inputs, name).map((text) => {
        const [head, targets, ...extra] = text.split('->').map((part) => part.trim());
        const globs = (targets ?? '')
            .split(',')
            .map((glob) => glob.trim())
            .filter(Boolean);
        if (!head || globs.length === 0 || extra.length > 0) {
            throw new errors/* UsageError */.eb(`${inputs.describe(name)}: ${(0,src_inputs/* quoteValue */.cl)(text)} is not \`head-glob -> glob[, glob]\``, { input: name });
        }
        return { text, head: (0,src_globs/* globSet */.x)([head]), targets: (0,src_globs/* globSet */.x)(globs) };
    });
}
/** The first rule whose head glob matches the branch: it alone decides. */
function ruleFor(rules, branch) {
    return rules.find((rule) => rule.head.matches(branch));
}

;// CONCATENATED MODULE: ./actions/pr-policy/src/checks/branches.ts

function checkBaseBranch(rules, headRef, baseRef) {
    const rule = ruleFor(rules, headRef);
    if (!rule || rule.targets.matches(baseRef))
        return [];
    return [
        {
            rule: 'base-branch',
            severity: 'error',
            message: `${headRef} targets ${baseRef}, but "${rule.text}" allows only ${rule.targets.patterns.join(', ')}: change the pull request's base branch (Edit, next to the title)`,
        },
    ];
}
/** Paths outside what the head branch may change; a rename counts at both of its paths. */
function checkBranchPaths(rules, headRef, files) {
    const rule = ruleFor(rules, headRef);
    if (!rule)
        return [];
    const paths = files.flatMap((file) => file.previousPath ? [file.previousPath, file.path] : [file.path]);
    return [...new Set(paths)]
        .filter((path) => !rule.targets.matches(path))
        .map((path) => ({
        rule: 'branch-paths',
        severity: 'error',
        file: path,
        message: `${headRef} may change only ${rule.targets.patterns.join(', ')} ("${rule.text}"): move ${path} to a pull request from another branch`,
    }));
}

;// CONCATENATED MODULE: ./actions/pr-policy/src/checks/paths.ts

/** The pull request as the rule engine reads it: a rename counts at both paths, its old one deleted. */
function companionInput(changes) {
    const changed = changes.files.flatMap((file) => file.previousPath ? [file.path, file.previousPath] : [file.path]);
    const deleted = new Set(changes.files.flatMap((file) => file.status === 'deleted'
        ? [file.path]
        : file.status === 'renamed'
            ? [file.previousPath]
            : []));
    return {
        changed,
        deleted,
        addedLines: changes.addedLines,
        contentAt: (path) => changes.contents.get(path),
    };
}
/** forbidden-paths is a companion rule that forbids, run by the same engine as `rules`. */
function checkForbiddenPaths(forbid, input) {
    return (0,evaluate/* evaluateRules */.F)([
        {
            name: 'forbidden-path',
            origin: 'forbidden-paths',
            forbid,
            message: `no pull request may add or modify it (forbidden-paths): drop it from the branch (git rm --cached, or restore it from the base branch)`,
        },
    ], input);
}
function paths_short(commit) {
    return `${commit.sha.slice(0, 7)} "${commit.subject}"`;
}
/** A commit touching one line's globs touches nothing else. */
function checkSeparateCommits(groups, commits) {
    return commits.flatMap((commit) => groups.flatMap((group) => {
        const inside = commit.files.filter((file) => group.matches(file));
        const outside = commit.files.filter((file) => !group.matches(file));
        if (inside.length === 0 || outside.length === 0)
            return [];
        return [
            {
                rule: 'separate-commit',
                severity: 'error',
                file: inside[0],
                message: `commit ${paths_short(commit)} changes ${inside.join(', ')} together with ${outside.length} other file(s) (${outside.slice(0, 3).join(', ')}${outside.length > 3 ? ', …' : ''}): commit ${group.patterns.join(', ')} on its own (git rebase -i, then split the commit)`,
            },
        ];
    }));
}

;// CONCATENATED MODULE: ./actions/pr-policy/src/checks/size.ts
function sizeOf(files, exclude) {
    const counted = files.filter((file) => !exclude.matches(file.path));
    return {
        files: counted.length,
        lines: counted.reduce((sum, file) => sum + file.lines, 0),
        excluded: files.length - counted.length,
    };
}
function checkSize(size, limits) {
    const over = [];
    if (limits.lines !== undefined && size.lines > limits.lines)
        over.push(`${size.lines} changed lines (limit ${limits.lines})`);
    if (limits.files !== undefined && size.files > limits.files)
        over.push(`${size.files} changed files (limit ${limits.files})`);
    if (over.length === 0)
        return [];
    const excluded = size.excluded ? `, ${size.excluded} excluded by size-exclude` : '';
    return [
        {
            rule: 'pr-size',
            severity: 'error',
            message: `${over.join(' and ')}${excluded}: split the pull request into smaller ones that each make sense alone`,
        },
    ];
}

;// CONCATENATED MODULE: ./actions/pr-policy/src/policy.ts







function checksOf(settings, pr, changes, size) {
    const body = pr.body === undefined ? undefined : parseBody(pr.body);
    const noBody = 'no pull request body (on the command line, give --body-file)';
    const noRef = (what) => `no ${what} branch (on the command line, give --${what}-ref)`;
    const { headRef, baseRef } = pr;
    const input = companionInput(changes);
    return [
        [
            'checklist',
            settings.checklist === 'off' ? 'off' : body ? () => checkChecklist(body) : noBody,
        ],
        [
            'required-section',
            !settings.requiredSections.length
                ? 'off'
                : body
                    ? () => checkSections(body, settings.requiredSections)
                    : noBody,
        ],
        [
            'linked-issue',
            settings.linkedIssue === 'optional' ? 'off' : () => checkLinkedIssue(pr, body),
        ],
        [
            'base-branch',
            !settings.baseBranches.length
                ? 'off'
                : headRef && baseRef
                    ? () => checkBaseBranch(settings.baseBranches, headRef, baseRef)
                    : noRef(headRef ? 'base' : 'head'),
        ],
        [
            'branch-paths',
            !settings.branchPaths.length
                ? 'off'
                : headRef
                    ? () => checkBranchPaths(settings.branchPaths, headRef, changes.files)
                    : noRef('head'),
        ],
        [
            'forbidden-path',
            settings.forbiddenPaths ? () => checkForbiddenPaths(settings.forbiddenPaths, input) : 'off',
        ],
        [
            'separate-commit',
            settings.separateCommits.length
                ? () => checkSeparateCommits(settings.separateCommits, changes.commits)
                : 'off',
        ],
        [
            'pr-size',
            settings.maxChangedLines === undefined && settings.maxChangedFiles === undefined
                ? 'off'
                : () => checkSize(size, { lines: settings.maxChangedLines, files: settings.maxChangedFiles }),
        ],
        ['rules', settings.rules.length ? () => (0,evaluate/* evaluateRules */.F)(settings.rules, input) : 'off'],
    ];
}
/** The pure core: the settings applied to what the event and git say about the pull request. */
function evaluatePolicy(settings, pr, changes) {
    const findings = [];
    const size = sizeOf(changes.files, settings.sizeExclude);
    const checks = checksOf(settings, pr, changes, size).map(([id, run]) => {
        if (typeof run === 'string')
            return { id, findings: undefined, skipped: run };
        const found = run();
        findings.push(...found);
        return { id, findings: found.length };
    });
    return {
        passed: !(0,report/* hasErrors */.Cs)(findings),
        findings,
        violations: findings.filter((finding) => finding.severity === 'error').length,
        checks,
        size,
        commits: changes.commits.length,
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/github/src/event.ts
var src_event = __webpack_require__(7173);
;// CONCATENATED MODULE: ./actions/pr-policy/src/pull-request.ts




/** GitHub caps a pull request body at 65,536 characters; a larger file is not a body. */
const MAX_BODY_BYTES = 1024 * 1024;
async function readBodyFile(workspace, path) {
    const full = (0,external_node_path_.resolve)(workspace, path);
    const inside = (0,external_node_path_.relative)(workspace, full);
    if (inside === '..' || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside))
        throw new errors/* UsageError */.eb(`option --body-file: ${path} is outside the repository`, {
            input: 'body-file',
        });
    try {
        const { size } = await (0,promises_.stat)(full);
        if (size > MAX_BODY_BYTES)
            throw new errors/* UsageError */.eb(`option --body-file: ${path} is over 1 MiB`, { input: 'body-file' });
        return await (0,promises_.readFile)(full, 'utf8');
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb)
            throw error;
        throw new errors/* UsageError */.eb(`option --body-file: cannot read ${path}: ${error.message}`, {
            input: 'body-file',
        });
    }
}
/** The pull request from the event (pull_request, pull_request_target), or the CLI's options. */
async function readPullRequest(context, settings) {
    const pr = (0,src_event/* pullRequestOf */._n)(context.event);
    if (pr)
        return {
            title: pr.title,
            body: pr.body ?? '',
            headRef: pr.head.ref,
            baseRef: pr.base.ref,
        };
    if (context.mode === 'action')
        throw new errors/* UsageError */.eb(`pr-policy checks a pull request: run it on pull_request or pull_request_target, not ${context.event?.name ?? 'this event'}`);
    const { cli } = settings;
    return {
        title: cli.title ?? '',
        body: cli.bodyFile === undefined ? undefined : await readBodyFile(context.workspace, cli.bodyFile),
        headRef: cli.headRef,
        baseRef: cli.baseRef,
    };
}

// EXTERNAL MODULE: ./packages/rules/src/input.ts + 1 modules
var input = __webpack_require__(538);
;// CONCATENATED MODULE: ./actions/pr-policy/src/settings.ts



function optionalGlobs(context, name) {
    const globs = (0,src_inputs/* readGlobs */.Qj)(context.inputs, name);
    return globs.length ? (0,src_globs/* globSet */.x)(globs) : undefined;
}
async function readSettings(context) {
    const { inputs } = context;
    return {
        checklist: (0,src_inputs/* readEnum */.ai)(inputs, 'checklist', ['all', 'off'], 'off'),
        requiredSections: (0,src_inputs/* readLines */.Se)(inputs, 'required-sections'),
        linkedIssue: (0,src_inputs/* readEnum */.ai)(inputs, 'linked-issue', ['required', 'optional'], 'optional'),
        baseBranches: readBranchRules(inputs, 'base-branches'),
        branchPaths: readBranchRules(inputs, 'branch-paths'),
        forbiddenPaths: optionalGlobs(context, 'forbidden-paths'),
        separateCommits: (0,src_inputs/* readLines */.Se)(inputs, 'separate-commits').map((line) => (0,src_globs/* globSet */.x)(line.split(',').map((glob) => glob.trim()))),
        maxChangedLines: (0,src_inputs/* readInteger */.JI)(inputs, 'max-changed-lines', { min: 1 }),
        maxChangedFiles: (0,src_inputs/* readInteger */.JI)(inputs, 'max-changed-files', { min: 1 }),
        sizeExclude: (0,src_globs/* globSet */.x)((0,src_inputs/* readGlobs */.Qj)(inputs, 'size-exclude')),
        rules: await (0,input/* readCompanionRules */.A)(inputs, context.workspace),
        cli: {
            from: (0,src_inputs/* readString */.E3)(inputs, 'from'),
            to: (0,src_inputs/* readString */.E3)(inputs, 'to'),
            title: (0,src_inputs/* readString */.E3)(inputs, 'title'),
            bodyFile: (0,src_inputs/* readString */.E3)(inputs, 'body-file'),
            headRef: (0,src_inputs/* readString */.E3)(inputs, 'head-ref'),
            baseRef: (0,src_inputs/* readString */.E3)(inputs, 'base-ref'),
        },
    };
}

;// CONCATENATED MODULE: ./actions/pr-policy/src/run.ts





/** Settings → the event's pull request and git's changes (nothing from the PR is run) → the policy. */
const run = async (context) => {
    const settings = await readSettings(context);
    const pr = await readPullRequest(context, settings);
    const changes = await readChanges(context, settings);
    return outcomeOf(evaluatePolicy(settings, pr, changes));
};

;// CONCATENATED MODULE: ./actions/pr-policy/src/cli.ts


const command = (0,run_cli/* actionCommand */.kh)('pr-policy', __webpack_require__.ab + "action3.yml", run, {
    ...run_cli/* RANGE_OPTIONS */.fM,
    title: "the pull request's title (on a runner the event gives it)",
    'body-file': "a file holding the pull request's body, in the repository",
    'head-ref': 'the head branch name',
    'base-ref': 'the base branch name',
});


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
            const target = line.slice(4);
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

/***/ 8068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u4: () => (/* binding */ isRecord),
  hN: () => (/* binding */ parseYaml),
  v: () => (/* binding */ parseYamlDocuments),
  K2: () => (/* binding */ yamlError)
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

/***/ 4488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ globSet)
/* harmony export */ });
/* harmony import */ var minimatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6699);

function globSet(patterns) {
    const include = patterns
        .filter((pattern) => !pattern.startsWith('!'))
        .map((pattern) => new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(pattern, { dot: true }));
    const exclude = patterns
        .filter((pattern) => pattern.startsWith('!'))
        .map((pattern) => new minimatch__WEBPACK_IMPORTED_MODULE_0__/* .Minimatch */ .VR(pattern.slice(1), { dot: true }));
    return {
        patterns,
        matches: (path) => include.some((glob) => glob.match(path)) && !exclude.some((glob) => glob.match(path)),
    };
}


/***/ }),

/***/ 538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ readCompanionRules)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/inputs.ts
var src_inputs = __webpack_require__(6415);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/kit/src/yaml.ts + 1 modules
var yaml = __webpack_require__(8068);
// EXTERNAL MODULE: ./packages/rules/src/globs.ts
var globs = __webpack_require__(4488);
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
    throw (0,yaml/* yamlError */.K2)({ file: where.file, input: 'rules' }, where.lineOfNode(node), message);
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
        rule.when = (0,globs/* globSet */.x)(strings(where, when, 'when'));
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
        rule.require = (0,globs/* globSet */.x)(strings(where, require, 'require'));
    const mention = values.get('require-mention');
    if (mention)
        rule.requireMention = strings(where, mention, 'require-mention');
    const forbid = values.get('forbid');
    if (forbid)
        rule.forbid = (0,globs/* globSet */.x)(strings(where, forbid, 'forbid'));
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
    const where = (0,yaml/* parseYaml */.hN)(text, { file, input: 'rules' });
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




/** The `rules` input: a path to a YAML file in the repository, or the YAML itself. */
async function readCompanionRules(inputs, workspace) {
    const value = (0,src_inputs/* readString */.E3)(inputs, 'rules');
    if (value === undefined)
        return [];
    if (!value.includes('\n') && /\.ya?ml$/i.test(value) && !/^\s*-/.test(value)) {
        let text;
        try {
            text = await (0,promises_.readFile)((0,external_node_path_.join)(workspace, value), 'utf8');
        }
        catch (error) {
            throw new errors/* UsageError */.eb(`${inputs.describe('rules')}: cannot read ${value}: ${error.message}`, { input: 'rules' });
        }
        return parseCompanionRules(text, value);
    }
    return parseCompanionRules(value, undefined);
}


/***/ })

};
