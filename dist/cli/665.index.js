export const id = 665;
export const ids = [665];
export const modules = {

/***/ 4665:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6177);
/* harmony import */ var _run_ts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1742);


const command = await (0,_flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__/* .actionCommand */ .kh)('pr-policy', __webpack_require__.ab + "actions/pr-policy.json", _run_ts__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e, {
    ..._flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__/* .RANGE_OPTIONS */ .fM,
    title: "the pull request's title (on a runner the event gives it)",
    'body-file': "a file holding the pull request's body, in the repository",
    'head-ref': 'the head branch name',
    'base-ref': 'the base branch name',
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/git/src/exec.ts
var exec = __webpack_require__(9771);
// EXTERNAL MODULE: ./packages/git/src/range.ts
var src_range = __webpack_require__(7829);
// EXTERNAL MODULE: ./packages/git/src/diff.ts
var diff = __webpack_require__(7333);
// EXTERNAL MODULE: ./packages/git/src/commits.ts
var src_commits = __webpack_require__(6214);
// EXTERNAL MODULE: ./packages/git/src/added-lines.ts
var added_lines = __webpack_require__(2864);
// EXTERNAL MODULE: ./packages/kit/src/input-errors.ts
var input_errors = __webpack_require__(8538);
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
async function readChanges(context, settings) {
    const cwd = context.workspace;
    const range = await (0,src_range/* resolveRange */.S)(cwd, (0,input_errors/* readRange */.qX)(context));
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
            ? await (0,added_lines/* addedLines */.u)(cwd, { base, head: range.head }, changed, (file) => (0,diff/* fileAt */.Wd)(cwd, range.head, file))
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
/** The text a reader sees: inline code included; HTML and images' alt text left out. */
function textOf(node) {
    return (0,mdast_util_to_string_lib/* toString */.d)(node, { includeHtml: false, includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}
/** A task's own text: its blocks but not its nested lists (subtasks are tasks of their own). */
function ownText(node) {
    return textOf({
        type: 'root',
        children: node.children.filter((child) => child.type !== 'list' && child.type !== 'html'),
    });
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
/**
 * Headings wherever a reader sees one (a list item or a quote may hold one too), in document order;
 * a heading's text is what follows it among its siblings, up to a heading of its level or higher.
 */
function walkSections(parent, sections) {
    const children = parent.children;
    children.forEach((node, index) => {
        if (node.type === 'heading') {
            const rest = children.slice(index + 1);
            const end = rest.findIndex((next) => next.type === 'heading' && next.depth <= node.depth);
            sections.push({
                title: textOf(node),
                depth: node.depth,
                line: node.position?.start.line ?? 0,
                hasText: hasProse(end === -1 ? rest : rest.slice(0, end)),
            });
        }
        else if ('children' in node && !SILENT.has(node.type))
            walkSections(node, sections);
    });
}
function parseBody(markdown) {
    const root = (0,lib/* fromMarkdown */.Y)(markdown, {
        extensions: [(0,micromark_extension_gfm/* gfm */.T)()],
        mdastExtensions: [(0,mdast_util_gfm_lib/* gfmFromMarkdown */.C)()],
    });
    const tasks = [];
    walkTasks(root, tasks);
    const sections = [];
    walkSections(root, sections);
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
// EXTERNAL MODULE: ./packages/kit/src/glob.ts
var glob = __webpack_require__(884);
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
        return { text, head: (0,glob/* globSet */.xk)([head]), targets: (0,glob/* globSet */.xk)(globs) };
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
const CHECK_IDS = [
    'checklist',
    'required-section',
    'linked-issue',
    'base-branch',
    'branch-paths',
    'forbidden-path',
    'separate-commit',
    'pr-size',
    'rules',
];
/** Another event than a pull request's: nothing to check, said in a notice rather than failed. */
function notAPullRequest(event) {
    const skipped = `a ${event} event has no pull request`;
    return {
        passed: true,
        findings: [
            {
                rule: 'pull-request',
                severity: 'notice',
                message: `${skipped}: nothing to check (pr-policy checks pull_request and pull_request_target events)`,
            },
        ],
        violations: 0,
        checks: CHECK_IDS.map((id) => ({ id, findings: undefined, skipped })),
        size: { files: 0, lines: 0, excluded: 0 },
        commits: 0,
    };
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

// EXTERNAL MODULE: ./packages/github/src/event.ts
var src_event = __webpack_require__(7173);
// EXTERNAL MODULE: ./packages/kit/src/files/workspace.ts + 4 modules
var workspace = __webpack_require__(272);
;// CONCATENATED MODULE: ./actions/pr-policy/src/pull-request.ts


/** GitHub caps a pull request body at 65,536 characters; a larger file is not a body. */
const MAX_BODY_BYTES = 1024 * 1024;
/**
 * The pull request from the event (pull_request, pull_request_target), or the CLI's options;
 * undefined for another event on a runner (a push to main after the merge has none).
 */
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
        return undefined;
    const { cli } = settings;
    return {
        title: cli.title ?? '',
        body: cli.bodyFile === undefined
            ? undefined
            : await (0,workspace/* workspaceOf */.B)(context).readText(cli.bodyFile, {
                maxBytes: MAX_BODY_BYTES,
                input: 'body-file',
            }),
        headRef: cli.headRef,
        baseRef: cli.baseRef,
    };
}

// EXTERNAL MODULE: ./packages/rules/src/input.ts + 1 modules
var input = __webpack_require__(538);
;// CONCATENATED MODULE: ./actions/pr-policy/src/settings.ts



function optionalGlobs(context, name) {
    const globs = (0,src_inputs/* readGlobs */.Qj)(context.inputs, name);
    return globs.length ? (0,glob/* globSet */.xk)(globs) : undefined;
}
async function readSettings(context) {
    const { inputs } = context;
    return {
        checklist: (0,src_inputs/* readEnum */.ai)(inputs, 'checklist', ['all', 'off'], 'all'),
        requiredSections: (0,src_inputs/* readLines */.Se)(inputs, 'required-sections'),
        linkedIssue: (0,src_inputs/* readEnum */.ai)(inputs, 'linked-issue', ['required', 'optional'], 'optional'),
        baseBranches: readBranchRules(inputs, 'base-branches'),
        branchPaths: readBranchRules(inputs, 'branch-paths'),
        forbiddenPaths: optionalGlobs(context, 'forbidden-paths'),
        separateCommits: (0,src_inputs/* readLines */.Se)(inputs, 'separate-commits').map((line) => (0,glob/* globSet */.xk)(line.split(',').map((glob) => glob.trim()))),
        maxChangedLines: (0,src_inputs/* readInteger */.JI)(inputs, 'max-changed-lines', { min: 1 }),
        maxChangedFiles: (0,src_inputs/* readInteger */.JI)(inputs, 'max-changed-files', { min: 1 }),
        sizeExclude: (0,glob/* globSet */.xk)((0,src_inputs/* readGlobs */.Qj)(inputs, 'size-exclude')),
        rules: await (0,input/* readCompanionRules */.A)(context),
        cli: {
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
    if (!pr)
        return outcomeOf(notAPullRequest(context.event?.name ?? 'unknown'));
    const changes = await readChanges(context, settings);
    return outcomeOf(evaluatePolicy(settings, pr, changes));
};


/***/ })

};
