export const id = 424;
export const ids = [424];
export const modules = {

/***/ 4424:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6177);
/* harmony import */ var _run_ts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3090);
/* harmony import */ var _teardown_ts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6464);



/** The CLI has no post step: it tears the stack down itself once the run ends (per `teardown`). */
const command = await (0,_flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__/* .actionCommand */ .kh)('e2e-compose-runner', __webpack_require__.ab + "actions/e2e-compose-runner.json", async (context) => {
    try {
        return await (0,_run_ts__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)(context);
    }
    finally {
        await (0,_teardown_ts__WEBPACK_IMPORTED_MODULE_2__/* .tearDownSaved */ .eI)(context.state, context.log);
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ composeMessage),
/* harmony export */   WQ: () => (/* binding */ COMPOSE_CHOICES),
/* harmony export */   Zz: () => (/* binding */ compose),
/* harmony export */   bb: () => (/* binding */ upArgs),
/* harmony export */   ib: () => (/* binding */ detectCompose),
/* harmony export */   xM: () => (/* binding */ isPortTaken)
/* harmony export */ });
/* unused harmony exports ComposeUnavailable, onPath, projectArgs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_ts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9029);



const COMPOSE_CHOICES = [
    'auto',
    'docker compose',
    'docker-compose',
];
const V2 = { program: 'docker', prefix: ['compose'], generation: 'v2' };
const V1 = { program: 'docker-compose', prefix: [], generation: 'v1' };
class ComposeUnavailable extends Error {
    name = 'ComposeUnavailable';
}
/** Is `program` an executable file on PATH? (Asking docker-compose itself costs a second of Python start-up.) */
function onPath(program, path = process.env.PATH ?? '') {
    return path
        .split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter)
        .filter(Boolean)
        .some((dir) => {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, program), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
}
async function hasV2() {
    const result = await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m)('docker', ['compose', 'version']);
    return result.code === 0;
}
/** `auto` takes `docker compose` (v2) when the plugin is there, else `docker-compose` (v1). */
async function detectCompose(choice) {
    if (choice !== 'docker-compose' && (await hasV2()))
        return V2;
    if (choice !== 'docker compose' && onPath('docker-compose'))
        return V1;
    const wanted = choice === 'auto'
        ? 'neither docker compose (v2) nor docker-compose (v1) is'
        : `${choice} is not`;
    throw new ComposeUnavailable(`${wanted} installed`);
}
function projectArgs(project) {
    return [
        '--project-name',
        project.name,
        ...project.files.flatMap((file) => ['--file', file]),
        ...(project.envFile ? ['--env-file', project.envFile] : []),
        ...project.profiles.flatMap((profile) => ['--profile', profile]),
    ];
}
function compose(cli, project, args, options = {}) {
    // COMPOSE_PROJECT_NAME and friends from the job's environment must not override the options.
    // Compose v1 is Python: unbuffered, its build output arrives as it is printed.
    const env = {
        ...process.env,
        COMPOSE_PROJECT_NAME: project.name,
        PYTHONUNBUFFERED: '1',
    };
    delete env.COMPOSE_FILE;
    delete env.COMPOSE_PROFILES;
    return (0,_exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m)(cli.program, [...cli.prefix, ...projectArgs(project), ...args], {
        ...options,
        cwd: project.cwd,
        env,
    });
}
/**
 * `up -d`, building images first when asked; only the given services (and what they depend on).
 * The user's up-flags come first, so a flag of theirs can never take a service name as its value.
 */
function upArgs(options) {
    return [
        'up',
        ...(options.upFlags ?? []),
        '--detach',
        options.build ? '--build' : '--no-build',
        ...options.services,
    ];
}
/** Compose's own words on a failed call, without its progress lines. */
function composeMessage(result) {
    const text = (0,_exec_ts__WEBPACK_IMPORTED_MODULE_2__/* .failureText */ .k)(result);
    const lines = text
        .split('\n')
        .filter((line) => !/^\s*(Creating|Starting|Recreating|Building|Pulling|Network|Container)\b.*\b(done|\.\.\.|Created|Started|Creating|Starting)\s*$/.test(line));
    return (lines.join('\n').trim() || text).slice(0, 4000);
}
/** A published port already bound on the host: Compose and the engine word it several ways. */
function isPortTaken(message) {
    return /port is already allocated|address already in use|bind: address already/i.test(message);
}


/***/ }),

/***/ 3452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ containerLog),
/* harmony export */   Hi: () => (/* binding */ engine),
/* harmony export */   NV: () => (/* binding */ PROJECT_LABEL),
/* harmony export */   XJ: () => (/* binding */ projectContainerIds),
/* harmony export */   Xu: () => (/* binding */ inspectContainers),
/* harmony export */   z5: () => (/* binding */ serviceOf),
/* harmony export */   zY: () => (/* binding */ hasHealthcheck)
/* harmony export */ });
/* unused harmony exports SERVICE_LABEL, DockerError, mergeByTimestamp */
/* harmony import */ var _exec_ts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9029);

const PROJECT_LABEL = 'com.docker.compose.project';
const SERVICE_LABEL = 'com.docker.compose.service';
class DockerError extends Error {
    name = 'DockerError';
}
const SAME_CLOCK_MS = 250;
/** The engine's version and clock, or a DockerError saying why docker cannot be used (not installed, engine down). */
async function engine(signal) {
    const asked = Date.now();
    const result = await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m)('docker', ['info', '--format', '{{.ServerVersion}} {{.SystemTime}}'], signal ? { signal } : {});
    const [version, time] = result.stdout.trim().split(' ');
    if (result.code !== 0 || !version)
        throw new DockerError(`the Docker engine does not answer: ${(0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .failureText */ .k)(result)}`);
    const offset = Date.parse(time ?? '') - (asked + Date.now()) / 2;
    return {
        version,
        clockOffsetMs: Number.isNaN(offset) || Math.abs(offset) < SAME_CLOCK_MS ? 0 : Math.round(offset),
    };
}
/** Ids of every container of the project, running or not. */
async function projectContainerIds(project) {
    const result = await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m)('docker', [
        'ps',
        '-aq',
        '--no-trunc',
        '--filter',
        `label=${PROJECT_LABEL}=${project}`,
    ]);
    if (result.code !== 0)
        throw new DockerError(`docker ps failed: ${(0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .failureText */ .k)(result)}`);
    return result.stdout.split('\n').filter(Boolean);
}
async function inspectContainers(ids) {
    if (ids.length === 0)
        return [];
    const result = await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m)('docker', ['inspect', '--type', 'container', ...ids]);
    // A container removed meanwhile makes inspect exit 1 but still print the others.
    if (result.code !== 0 && !result.stdout.trim().startsWith('[')) {
        throw new DockerError(`docker inspect failed: ${(0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .failureText */ .k)(result)}`);
    }
    return JSON.parse(result.stdout);
}
function serviceOf(container) {
    return container.Config.Labels?.[SERVICE_LABEL] ?? container.Name.replace(/^\//, '');
}
function hasHealthcheck(container) {
    const test = container.Config.Healthcheck?.Test;
    return Boolean(test && test.length > 0 && test[0] !== 'NONE');
}
/**
 * What a container printed, stdout and stderr merged in time order: `docker logs` writes them to
 * two pipes, so both are read with timestamps and merged by them. `timestamps` keeps the prefix.
 */
async function containerLog(id, options = {}) {
    const args = [
        'logs',
        '--timestamps',
        ...(options.tail === undefined ? [] : ['--tail', String(options.tail)]),
        id,
    ];
    const result = await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m)('docker', args);
    if (result.code !== 0)
        return '';
    const lines = mergeByTimestamp(result.stdout, result.stderr);
    return lines.map((line) => (options.timestamps ? line : line.replace(/^\S+ /, ''))).join('');
}
/** Merge two timestamped streams (RFC 3339 with nanoseconds sorts as text), keeping each stream's order. */
function mergeByTimestamp(a, b) {
    const split = (text) => text.split(/(?<=\n)/).filter((line) => line !== '');
    const left = split(a);
    const right = split(b);
    const merged = [];
    let i = 0;
    let j = 0;
    while (i < left.length || j < right.length) {
        const stamp = (line) => line?.slice(0, line.indexOf(' ')) ?? '';
        if (j >= right.length || (i < left.length && stamp(left[i]) <= stamp(right[j])))
            merged.push(left[i++]);
        else
            merged.push(right[j++]);
    }
    return merged.map((line) => (line.endsWith('\n') ? line : `${line}\n`));
}


/***/ }),

/***/ 9029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ failureText),
/* harmony export */   m: () => (/* binding */ exec)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);


/** What is kept of each stream: a build can print without end, the end is what explains a failure. */
const KEPT_BYTES = 1024 * 1024;
/** A line longer than this (no newline in sight) is passed on in pieces. */
const LONGEST_LINE = 64 * 1024;
/** One output stream: kept up to its last KEPT_BYTES, and split into lines for onLine. */
function collector(onLine) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    let kept = '';
    let partial = '';
    const lines = (text) => {
        if (!onLine)
            return;
        const parts = (partial + text).split(/\r?\n/);
        partial = parts.pop();
        parts.forEach(onLine);
        if (partial.length > LONGEST_LINE) {
            onLine(partial);
            partial = '';
        }
    };
    return {
        add(chunk) {
            const text = decoder.write(chunk);
            kept = (kept + text).slice(-KEPT_BYTES);
            lines(text);
        },
        end() {
            const text = decoder.end();
            kept = (kept + text).slice(-KEPT_BYTES);
            lines(text);
            if (onLine && partial)
                onLine(partial);
            return kept;
        },
    };
}
/** Run a program to its end and capture what it printed; never throws for a non-zero exit. */
function exec(program, args, options = {}) {
    return new Promise((resolve) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            ...(options.signal ? { signal: options.signal } : {}),
        });
        const out = collector(options.onLine);
        const err = collector(options.onLine);
        let spawnError;
        child.stdout.on('data', (chunk) => out.add(chunk));
        child.stderr.on('data', (chunk) => err.add(chunk));
        child.on('error', (error) => {
            if (error.name !== 'AbortError')
                spawnError = error.code === 'ENOENT' ? `${program} is not installed` : error.message;
        });
        child.on('close', (code) => {
            const result = { code, stdout: out.end(), stderr: err.end() };
            if (spawnError)
                result.spawnError = spawnError;
            resolve(result);
        });
    });
}
/** What a failed command said, for an error message: its stderr, else stdout, else the exit code. */
function failureText(result) {
    return (result.spawnError ??
        (result.stderr.trim() || result.stdout.trim() || `exit code ${result.code}`));
}


/***/ }),

/***/ 3090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/cancellation.ts
/**
 * The runner cancels a step with SIGINT, then SIGTERM. Instead of dying mid-`compose up`, the
 * run aborts: child processes are killed, the run ends with a "cancelled" error, and the post
 * step (or the CLI) tears the stack down.
 */
class Cancelled extends Error {
    name = 'Cancelled';
}
function cancelOnSignals() {
    const controller = new AbortController();
    const onSignal = (name) => controller.abort(new Cancelled(`cancelled by ${name}`));
    const signals = ['SIGINT', 'SIGTERM'];
    for (const name of signals)
        process.on(name, onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            for (const name of signals)
                process.off(name, onSignal);
        },
    };
}

// EXTERNAL MODULE: ./packages/kit/src/report.ts
var src_report = __webpack_require__(196);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/kit/src/files/paths.ts
var paths = __webpack_require__(8008);
// EXTERNAL MODULE: ./actions/e2e-compose-runner/src/docker.ts
var src_docker = __webpack_require__(3452);
;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/log-errors.ts
/** ERROR, FATAL, a Go panic, a Python traceback, or a JSON log with level error. */
const DEFAULT_LOG_ERROR_PATTERN = String.raw `ERROR|FATAL|panic:|Traceback|"level"\s*:\s*"error"`;
/** Every line of `log` matching `pattern`; `log` is stripped of Docker's timestamps first. */
function findErrorLines(service, log, pattern) {
    const matcher = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    const found = [];
    log.split('\n').forEach((text, index) => {
        if (matcher.test(text))
            found.push({ service, line: index + 1, text });
    });
    return found;
}
/** "1 error line", "3 error lines". */
function errorLines(count) {
    return `${count} error ${count === 1 ? 'line' : 'lines'}`;
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/collect-logs.ts




const KEPT_ERROR_LINES = 100;
function byService(containers) {
    const groups = new Map();
    for (const container of [...containers].sort((a, b) => a.Name.localeCompare(b.Name))) {
        const service = (0,src_docker/* serviceOf */.z5)(container);
        groups.set(service, [...(groups.get(service) ?? []), container]);
    }
    return groups;
}
/**
 * A file name for each service: service names come from container labels, so `../../pwn` is
 * made one safe name; names that clash (after that, or by case) get a numbered suffix.
 */
function fileStems(services) {
    const stems = new Map();
    const taken = new Set();
    for (const service of services) {
        const safe = (0,paths/* safeFileName */.Tx)(service).slice(0, 100);
        let stem = safe;
        for (let n = 2; taken.has(stem.toLowerCase()); n++)
            stem = `${safe}-${n}`;
        taken.add(stem.toLowerCase());
        stems.set(service, stem);
    }
    return stems;
}
/**
 * Write `<service>.log` (every container of the service, stdout and stderr in time order) and
 * `<service>.inspect.json` for each service into `dir` (through `files`: confined, never through
 * a link), and find the error lines in them.
 */
async function collectLogs(project, dir, pattern) {
    const containers = await (0,src_docker/* inspectContainers */.Xu)(await (0,src_docker/* projectContainerIds */.XJ)(project));
    const services = [];
    const groups = byService(containers);
    const stems = fileStems([...groups.keys()]);
    for (const [service, group] of groups) {
        const stem = stems.get(service);
        const parts = [];
        for (const container of group) {
            if (group.length > 1)
                parts.push(`==> ${container.Name.replace(/^\//, '')} <==\n`);
            parts.push(await (0,src_docker/* containerLog */.CR)(container.Id, { timestamps: true }));
        }
        const log = parts.join('');
        const file = await dir.files.writeOutput((0,external_node_path_.join)(dir.path, `${stem}.log`), log);
        await dir.files.writeOutput((0,external_node_path_.join)(dir.path, `${stem}.inspect.json`), `${JSON.stringify(group, null, 2)}\n`);
        const plain = log.replace(/^\d{4}-\d\d-\d\dT\S+ /gm, '');
        const errors = findErrorLines(service, plain, pattern);
        services.push({
            service,
            file,
            errorCount: errors.length,
            errors: errors.slice(0, KEPT_ERROR_LINES),
        });
    }
    return { services, containers };
}

// EXTERNAL MODULE: ./actions/e2e-compose-runner/src/compose.ts
var compose = __webpack_require__(9458);
;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/findings.ts


// What each stage of a run found wrong, as findings with the rule names the README lists.
function error(rule, message) {
    return { rule, severity: 'error', message };
}
/**
 * A failed `up`: a port taken on the host is named as such, else Compose's error line followed
 * by the last lines `up` printed (a failing build step's own output).
 */
function upFailure(message, lastLines = []) {
    const lines = message.split('\n').filter((line) => line.trim());
    const taken = lines.find(compose/* isPortTaken */.xM);
    const line = taken ?? lines.find((entry) => /error/i.test(entry)) ?? lines.pop() ?? '';
    const cause = line.replace(/^ERROR:\s*/, '').trim();
    if (taken)
        return error('port-taken', `a published port is already taken on the host: ${cause}`);
    const output = lastLines.length ? `\nlast lines of its output:\n${lastLines.join('\n')}` : '';
    return error('compose-up-failed', `compose up failed: ${cause}${output}`);
}
function readinessFindings(outcome, waitSeconds) {
    switch (outcome.kind) {
        case 'ready':
            return [];
        case 'no-containers':
            return [
                error('no-containers', 'compose up started no containers: check services and profiles'),
            ];
        case 'stream-ended':
            return [
                error('docker-unavailable', `lost Docker's event stream while waiting: ${outcome.reason}`),
            ];
        case 'failed':
            return [
                error('service-failed', `service ${outcome.container.service} (${outcome.container.name}) ${outcome.container.failure} before the stack was ready`),
            ];
        case 'timeout':
            return [
                error('wait-timeout', `not ready after ${waitSeconds} s: ${outcome.pending
                    .map((progress) => `${progress.service} (${progress.health ?? progress.state}${progress.healthcheck ? `; last check ${outcome.lastHealth.get(progress.id) ?? 'unknown'}` : ''})`)
                    .join(', ')}`),
            ];
    }
}
function testFindings(test, timeoutMs) {
    if (test.timedOut)
        return [
            error('test-timeout', `the test command ran over test-timeout (${timeoutMs / 1000} s); its process group was killed`),
        ];
    if (test.exitCode === 127)
        return [
            error('test-not-found', 'the test command was not found (exit code 127): check test-command and working-directory'),
        ];
    if (test.exitCode !== 0)
        return [error('test-failed', `the test command failed with exit code ${test.exitCode}`)];
    return [];
}
function logFindings(logs, max) {
    const total = logs.reduce((n, log) => n + log.errorCount, 0);
    if (max !== undefined && total > max) {
        return [
            error('log-errors', `${errorLines(total)} in the service logs, more than max-log-errors ${max}`),
        ];
    }
    return logs
        .filter((log) => log.errorCount > 0)
        .map((log) => ({
        rule: 'log-errors',
        severity: 'notice',
        message: `${errorLines(log.errorCount)} in the log of ${log.service}`,
    }));
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/prometheus.ts
class ExpositionError extends Error {
    name = 'ExpositionError';
    line;
    constructor(message, line) {
        super(`line ${line}: ${message}`);
        this.line = line;
    }
}
const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);
const SUFFIXES = {
    histogram: ['_bucket', '_sum', '_count'],
    summary: ['_sum', '_count'],
};
/** Go's ParseFloat as the format uses it: decimals, exponents, NaN and ±Inf. */
function parseValue(text) {
    if (/^[+-]?(inf|infinity)$/i.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(text))
        return NaN;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return undefined;
    return Number(text);
}
function prometheus_unescape(text, quotes) {
    return text.replace(quotes ? /\\(["\\n])/g : /\\([\\n])/g, (_, char) => char === 'n' ? '\n' : char);
}
/** `{a="x",b="y"}` at the start of `text`: the labels and the text after the closing brace. */
function parseLabels(text, lineNo) {
    const labels = {};
    let rest = text.slice(1).trimStart();
    while (!rest.startsWith('}')) {
        const name = LABEL_NAME.exec(rest)?.[0];
        if (!name)
            throw new ExpositionError(`invalid label name at ${JSON.stringify(rest.slice(0, 20))}`, lineNo);
        rest = rest.slice(name.length).trimStart();
        if (!rest.startsWith('="') && !rest.startsWith('= "'))
            throw new ExpositionError(`expected ="..." after label ${name}`, lineNo);
        rest = rest.slice(rest.indexOf('"') + 1);
        const value = /^((?:[^"\\\n]|\\.)*)"/.exec(rest);
        if (!value)
            throw new ExpositionError(`unterminated value of label ${name}`, lineNo);
        if (name in labels)
            throw new ExpositionError(`label ${name} appears twice`, lineNo);
        labels[name] = prometheus_unescape(value[1], true);
        rest = rest.slice(value[0].length).trimStart();
        if (rest.startsWith(','))
            rest = rest.slice(1).trimStart();
        else if (!rest.startsWith('}'))
            throw new ExpositionError(`expected , or } after label ${name}`, lineNo);
    }
    return { labels, rest: rest.slice(1) };
}
function parseSample(line, lineNo) {
    const name = METRIC_NAME.exec(line)?.[0];
    if (!name)
        throw new ExpositionError(`not a metric sample: ${JSON.stringify(line.slice(0, 60))}`, lineNo);
    let rest = line.slice(name.length).trimStart();
    let labels = {};
    if (rest.startsWith('{'))
        ({ labels, rest } = parseLabels(rest, lineNo));
    const fields = rest.trim().split(/[ \t]+/);
    if (fields.length < 1 || fields.length > 2 || fields[0] === '') {
        throw new ExpositionError(`expected a value and an optional timestamp after ${name}`, lineNo);
    }
    const value = parseValue(fields[0]);
    if (value === undefined)
        throw new ExpositionError(`invalid value ${JSON.stringify(fields[0])} for ${name}`, lineNo);
    const sample = { name, labels, value };
    if (fields[1] !== undefined) {
        if (!/^-?\d+$/.test(fields[1]))
            throw new ExpositionError(`invalid timestamp ${JSON.stringify(fields[1])}`, lineNo);
        sample.timestamp = Number(fields[1]);
    }
    return sample;
}
/** The family a sample belongs to: a histogram's `x_bucket` belongs to `x`. */
function familyName(sample, families) {
    for (const [name, family] of families) {
        if (SUFFIXES[family.type]?.some((suffix) => sample === name + suffix))
            return name;
    }
    return sample;
}
function parseExposition(text) {
    const families = new Map();
    const sampleNames = new Set();
    const seenSeries = new Set();
    const sampled = new Set();
    const typed = new Set();
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    lines.forEach((raw, index) => {
        const lineNo = index + 1;
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '')
            return;
        const meta = /^#\s*(HELP|TYPE)\s+(\S+)(?:\s+(.*))?$/.exec(line);
        if (meta) {
            const [, keyword, name, argument = ''] = meta;
            if (!METRIC_NAME.test(name) || METRIC_NAME.exec(name)[0] !== name) {
                throw new ExpositionError(`invalid metric name ${JSON.stringify(name)} in ${keyword}`, lineNo);
            }
            const family = families.get(name) ?? {
                name: name,
                type: 'untyped',
                samples: [],
            };
            if (keyword === 'TYPE') {
                const type = argument.trim();
                if (!TYPES.has(type))
                    throw new ExpositionError(`unknown metric type ${JSON.stringify(type)} for ${name}`, lineNo);
                if (typed.has(name))
                    throw new ExpositionError(`second TYPE line for ${name}`, lineNo);
                if (sampled.has(name))
                    throw new ExpositionError(`TYPE line for ${name} after its samples`, lineNo);
                family.type = type;
                typed.add(name);
            }
            else {
                if (family.help !== undefined)
                    throw new ExpositionError(`second HELP line for ${name}`, lineNo);
                family.help = prometheus_unescape(argument, false);
            }
            families.set(name, family);
            return;
        }
        if (line.startsWith('#'))
            return;
        const sample = parseSample(line, lineNo);
        const name = familyName(sample.name, families);
        const family = families.get(name) ?? { name, type: 'untyped', samples: [] };
        const series = `${sample.name}${JSON.stringify(Object.entries(sample.labels).sort())}`;
        if (seenSeries.has(series))
            throw new ExpositionError(`duplicate sample ${sample.name} with the same labels`, lineNo);
        if (family.type === 'histogram' &&
            sample.name.endsWith('_bucket') &&
            !('le' in sample.labels)) {
            throw new ExpositionError(`histogram bucket ${sample.name} has no le label`, lineNo);
        }
        seenSeries.add(series);
        sampled.add(name);
        family.samples.push(sample);
        families.set(name, family);
        sampleNames.add(sample.name);
    });
    return { families, sampleNames };
}
/** A required metric is present as a family (`http_requests`) or a sample name (`latency_count`). */
function hasMetric(exposition, name) {
    return ((exposition.families.get(name)?.samples.length ?? 0) > 0 || exposition.sampleNames.has(name));
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/http-checks.ts

function statusMatches(status, matcher) {
    return matcher.some((entry) => entry === String(status) || (/^[1-5]xx$/.test(entry) && entry[0] === String(status)[0]));
}
/** Fill `${VAR}` placeholders (the FLOW_E2E_* port variables); an unknown one is an error. */
function expandUrl(url, variables) {
    return url.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name) => {
        const value = variables[name];
        if (value === undefined)
            throw new Error(`${whole} is not a published port of the stack (known: ${Object.keys(variables).join(', ') || 'none'})`);
        return value;
    });
}
const POLL_MS = 250;
const REQUEST_TIMEOUT_MS = 5000;
/** 4xx that say "later" rather than "wrong URL": they are asked again. */
const TRANSIENT_4XX = new Set([408, 425, 429]);
/** A 4xx (other than the transient ones) will not heal by waiting: a wrong path, a missing route. */
function isFinalStatus(status) {
    return status >= 400 && status < 500 && !TRANSIENT_4XX.has(status);
}
async function request(url, signal) {
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    const response = await fetch(url, {
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        redirect: 'manual',
        headers: { accept: 'text/plain;version=0.0.4;q=0.9,*/*;q=0.1' },
    });
    return { status: response.status, body: await response.text() };
}
/** The reason a request got no answer: the connection error's code (ECONNREFUSED) or the message. */
function requestError(error) {
    return error.cause?.code ?? error.message;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Ask `url` until `verdictOf` says the answer is final (a pass, or a definite failure) or the
 * deadline passes; connection errors and the other statuses are asked again.
 */
async function poll(url, options, verdictOf) {
    const { signal } = options;
    const started = Date.now();
    let last = { status: undefined, body: '', error: 'not asked yet' };
    let verdict = 'retry';
    for (;;) {
        signal?.throwIfAborted();
        try {
            const answer = await request(url, signal);
            last = { ...answer, error: undefined };
            verdict = verdictOf(answer.status);
        }
        catch (error) {
            signal?.throwIfAborted();
            last = { status: undefined, body: '', error: requestError(error) };
        }
        options.onAttempt?.({ status: last.status, error: last.error });
        if (verdict !== 'retry' || Date.now() + POLL_MS >= options.deadline)
            break;
        await sleep(POLL_MS);
    }
    return { ...last, verdict, seconds: (Date.now() - started) / 1000 };
}
function failure(result, expected) {
    if (result.status === undefined)
        return `no answer (${result.error})`;
    const final = result.verdict === 'fail' ? ' (a 4xx does not heal: not asked again)' : '';
    return `answered ${result.status}, expected ${expected}${final}`;
}
async function checkHealthUrl(target, options) {
    const result = await poll(target.url, options, (status) => statusMatches(status, options.expect) ? 'pass' : isFinalStatus(status) ? 'fail' : 'retry');
    const passed = result.verdict === 'pass';
    return {
        kind: 'health',
        ...target,
        passed,
        status: result.status,
        seconds: result.seconds,
        message: passed ? `answered ${result.status}` : failure(result, options.expect.join(' or ')),
    };
}
/** 200 with a valid exposition holding every required metric. */
async function checkMetricsUrl(target, options) {
    const result = await poll(target.url, options, (status) => status === 200 ? 'pass' : isFinalStatus(status) ? 'fail' : 'retry');
    const check = {
        kind: 'metrics',
        ...target,
        status: result.status,
        seconds: result.seconds,
    };
    if (result.verdict !== 'pass')
        return { ...check, passed: false, message: failure(result, '200') };
    try {
        const exposition = parseExposition(result.body);
        if (exposition.sampleNames.size === 0)
            return { ...check, passed: false, message: 'the page holds no metric samples' };
        const missing = options.required.filter((name) => !hasMetric(exposition, name));
        if (missing.length > 0)
            return {
                ...check,
                passed: false,
                message: `missing required metrics: ${missing.join(', ')}`,
            };
        const count = [...exposition.families.values()].reduce((n, family) => n + family.samples.length, 0);
        return {
            ...check,
            passed: true,
            message: `${exposition.families.size} metric families, ${count} samples`,
        };
    }
    catch (error) {
        return {
            ...check,
            passed: false,
            message: `not a valid Prometheus text exposition: ${error.message}`,
        };
    }
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/latency.ts


/**
 * The budget for a URL: the longest prefix that matches the URL as written (with its
 * `${FLOW_E2E_…}` placeholders) or as asked (with the ports filled in).
 */
function budgetFor(target, budgets) {
    return budgets
        .filter((budget) => target.written.startsWith(budget.prefix) || target.url.startsWith(budget.prefix))
        .sort((a, b) => b.prefix.length - a.prefix.length)[0];
}
/** The nearest-rank percentile of sorted values (p95 of 20 samples is the 19th). */
function percentile(sorted, p) {
    return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
const round = (ms) => Math.round(ms * 100) / 100;
/** Ask `url` `samples` times, one after the other, timing each request to its last byte. */
async function sampleLatency(target, budget, samples, signal) {
    const times = [];
    let failures = 0;
    for (let n = 0; n < samples; n++) {
        signal?.throwIfAborted();
        const started = performance.now();
        try {
            await request(target.url, signal);
        }
        catch {
            signal?.throwIfAborted();
            failures++;
        }
        times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p95Ms = round(percentile(times, 95));
    return {
        ...target,
        budgetMs: budget.ms,
        samples,
        failures,
        p50Ms: round(percentile(times, 50)),
        p95Ms,
        maxMs: round(times[times.length - 1] ?? 0),
        passed: p95Ms <= budget.ms && failures === 0,
    };
}
function latencyFindings(results) {
    return results
        .filter((result) => !result.passed)
        .map((result) => {
        const where = result.name === result.url ? result.url : `${result.name} (${result.url})`;
        const figures = `p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms over ${result.samples} requests`;
        const why = result.failures > 0
            ? `${result.failures} of ${result.samples} requests got no answer`
            : `p95 ${result.p95Ms} ms is over the budget of ${result.budgetMs} ms`;
        return error('latency-budget', `${where}: ${why} (${figures})`);
    });
}
/**
 * After the checks passed: every health and metrics URL with a budget, sampled one URL after
 * the other (so they do not slow each other down).
 */
async function measureLatency(checks, budgets, samples, signal) {
    const results = [];
    for (const check of checks.filter((entry) => entry.kind !== 'grpc')) {
        const budget = budgetFor(check, budgets);
        if (budget)
            results.push(await sampleLatency({ name: check.name, url: check.url }, budget, samples, signal));
    }
    return results;
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/ports.ts

/** The host ports Docker published; with several replicas of a service, the first one's. */
function publishedPorts(containers) {
    const ports = {};
    const sorted = [...containers].sort((a, b) => a.Name.localeCompare(b.Name));
    for (const container of sorted) {
        const service = (0,src_docker/* serviceOf */.z5)(container);
        for (const [key, bindings] of Object.entries(container.NetworkSettings.Ports ?? {})) {
            const hostPort = bindings?.find((binding) => binding.HostPort)?.HostPort;
            if (!hostPort)
                continue;
            const port = key.endsWith('/tcp') ? key.slice(0, -4) : key;
            (ports[service] ??= {})[port] ??= Number(hostPort);
        }
    }
    return ports;
}
/** `FLOW_E2E_<SERVICE>_<PORT>` (a udp port gets `_UDP`), upper case with `_` for anything else. */
function portVariableName(service, port) {
    return `FLOW_E2E_${`${service}_${port}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}
function portVariables(ports) {
    const variables = {};
    for (const [service, map] of Object.entries(ports)) {
        for (const [port, hostPort] of Object.entries(map))
            variables[portVariableName(service, port)] = String(hostPort);
    }
    return variables;
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/service-results.ts

/** Per service (over all its containers): final state, health, time to ready, restarts, error lines. */
function serviceResults(containers, progress, logs) {
    const byId = new Map(progress.map((entry) => [entry.id, entry]));
    const results = new Map();
    for (const container of containers) {
        const tracked = byId.get(container.Id);
        const service = tracked?.service ?? (0,src_docker/* serviceOf */.z5)(container);
        const ready = tracked?.readyAt !== undefined && tracked.startedAt !== undefined
            ? Math.max(0, tracked.readyAt - tracked.startedAt) / 1000
            : undefined;
        const previous = results.get(service);
        const state = container.State.Status === 'exited'
            ? `exited (${container.State.ExitCode})`
            : container.State.Status;
        results.set(service, {
            service,
            state: previous && previous.state !== state ? `${previous.state}, ${state}` : state,
            health: container.State.Health?.Status ?? tracked?.health,
            secondsToReady: previous?.secondsToReady !== undefined && ready !== undefined
                ? Math.max(previous.secondsToReady, ready)
                : (ready ?? previous?.secondsToReady),
            restarts: (previous?.restarts ?? 0) + Math.max(container.RestartCount, tracked?.restarts ?? 0),
            errorLines: 0,
            logFile: undefined,
        });
    }
    for (const log of logs) {
        const result = results.get(log.service);
        if (result)
            Object.assign(result, { errorLines: log.errorCount, logFile: log.file });
    }
    return [...results.values()].sort((a, b) => a.service.localeCompare(b.service));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/kit/src/inputs.ts
var src_inputs = __webpack_require__(6415);
// EXTERNAL MODULE: ./packages/kit/src/files/workspace.ts + 4 modules
var files_workspace = __webpack_require__(272);
;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/compose-flags.ts

/**
 * Flags that would change which project, files, environment or engine Compose works on: the
 * action names those itself, and teardown must find the same project again.
 */
const PROJECT_FLAGS = [
    '--file',
    '--project-name',
    '--project-directory',
    '--env-file',
    '--profile',
    '--context',
    '--host',
];
const PROJECT_SHORT_FLAGS = ['-f', '-p', '-c', '-H'];
function refused(token) {
    if (token.startsWith('--'))
        return PROJECT_FLAGS.find((flag) => token.split('=')[0] === flag);
    // Short flags may carry their value (-fother.yml).
    return PROJECT_SHORT_FLAGS.find((flag) => token.startsWith(flag));
}
/**
 * `up-flags` / `down-flags`: extra Compose flags, separated by white space (no quoting), passed
 * after the action's own. The first must be a flag (so no service name slips in), and none may
 * change the project or its files.
 */
function readComposeFlags(inputs, name) {
    const tokens = (inputs.get(name) ?? '').split(/\s+/).filter(Boolean);
    const fail = (why) => new errors/* UsageError */.eb(`${inputs.describe(name)}: ${why}`, { input: name });
    if (tokens.length > 0 && !tokens[0].startsWith('-'))
        throw fail(`expected flags such as --wait, got ${JSON.stringify(tokens[0])} first`);
    for (const token of tokens) {
        const flag = refused(token);
        if (flag)
            throw fail(`${flag} changes the project or its files, which the action sets itself (compose-files, project-name, env-file, profiles, working-directory)`);
    }
    return tokens;
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/project-name.ts
/**
 * Compose project names may hold only lower-case letters, digits, `-` and `_`, and must start
 * with a letter or digit (Compose v2 rejects anything else; v1 silently strips it, which could
 * merge two projects).
 */
function sanitizeProjectName(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9_-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '')
        .replace(/-+$/, '')
        .slice(0, 63);
}
/**
 * `flow-e2e-<run id>-<attempt>`: unique per workflow run and attempt, so a re-run never meets the
 * containers of an earlier attempt. Off the runner, the process id stands in for the run.
 */
function defaultProjectName(env, pid = process.pid) {
    const run = env.GITHUB_RUN_ID
        ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || '1'}`
        : `local-${pid}`;
    return sanitizeProjectName(`flow-e2e-${run}`);
}

// EXTERNAL MODULE: ./actions/e2e-compose-runner/src/teardown.ts
var teardown = __webpack_require__(6464);
;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/settings.ts








/**
 * Compose's service and profile names (`[a-zA-Z0-9._-]+` in the Compose spec), not starting with
 * "-": they are arguments of `docker compose up`, where such a name would be read as an option.
 */
const COMPOSE_NAME = /^[a-zA-Z0-9._][a-zA-Z0-9._-]*$/;
function readComposeNames(inputs, name) {
    const names = (0,src_inputs/* readList */.LD)(inputs, name);
    const bad = names.find((item) => !COMPOSE_NAME.test(item));
    if (bad !== undefined)
        throw new errors/* UsageError */.eb(`${inputs.describe(name)}: ${JSON.stringify(bad)} is not a Compose name (letters, digits, ".", "_" and "-", not first)`, { input: name });
    return names;
}
/** Compose's own default file names, in the order it looks for them. */
const DEFAULT_COMPOSE_FILES = [
    'compose.yaml',
    'compose.yml',
    'docker-compose.yml',
    'docker-compose.yaml',
];
function readComposeFiles(inputs, cwd) {
    const given = (0,src_inputs/* readList */.LD)(inputs, 'compose-files');
    if (given.length === 0) {
        const found = DEFAULT_COMPOSE_FILES.find((name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cwd, name)));
        if (!found) {
            throw new errors/* UsageError */.eb(`${inputs.describe('compose-files')}: no ${DEFAULT_COMPOSE_FILES.join(', ')} in ${cwd}; name the compose file`, { input: 'compose-files' });
        }
        return [(0,external_node_path_.join)(cwd, found)];
    }
    return given.map((file) => {
        const path = (0,external_node_path_.resolve)(cwd, file);
        if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isFile()) {
            throw new errors/* UsageError */.eb(`${inputs.describe('compose-files')}: ${file} does not exist (looked in ${cwd})`, {
                input: 'compose-files',
                location: { file },
            });
        }
        return path;
    });
}
/** Lines `name=url` or `url`; a url may use `${FLOW_E2E_<SERVICE>_<PORT>}` for a published port. */
function readNamedUrls(inputs, name) {
    return (0,src_inputs/* readLines */.Se)(inputs, name).map((line, index) => {
        const named = /^([\w.-]+)\s*=\s*(\S+)$/.exec(line);
        const url = named ? named[2] : line;
        try {
            const parsed = new URL(url.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*\}/g, '1'));
            if (!/^https?:$/.test(parsed.protocol))
                throw new Error('not http or https');
        }
        catch {
            throw new errors/* UsageError */.eb(`${inputs.describe(name)}: line ${index + 1}: expected name=url or url, got ${JSON.stringify(line)}`, {
                input: name,
            });
        }
        return { name: named ? named[1] : url, url };
    });
}
/** Lines `host:port[/service]`; the port may be a `${FLOW_E2E_<SERVICE>_<PORT>}` placeholder. */
function readGrpcTargets(inputs) {
    return (0,src_inputs/* readLines */.Se)(inputs, 'grpc-health').map((line, index) => {
        const match = /^([\w.-]+|\[[\da-fA-F:]+\]):(\d+|\$\{[A-Za-z_]\w*\})(?:\/([\w.-]*))?$/.exec(line);
        if (!match)
            throw new errors/* UsageError */.eb(`${inputs.describe('grpc-health')}: line ${index + 1}: expected host:port or host:port/service, got ${JSON.stringify(line)}`, { input: 'grpc-health' });
        return { address: `${match[1]}:${match[2]}`, service: match[3] ?? '' };
    });
}
/** Lines `<url-prefix> <ms>`. */
function readLatencyBudgets(inputs) {
    return (0,src_inputs/* readLines */.Se)(inputs, 'latency-budgets').map((line, index) => {
        const match = /^(\S+)\s+(\d+(?:\.\d+)?)\s*(?:ms)?$/.exec(line);
        if (!match || !(Number(match[2]) > 0))
            throw new errors/* UsageError */.eb(`${inputs.describe('latency-budgets')}: line ${index + 1}: expected <url-prefix> <milliseconds>, got ${JSON.stringify(line)}`, { input: 'latency-budgets' });
        return { prefix: match[1], ms: Number(match[2]) };
    });
}
function readExpectStatus(inputs) {
    const entries = (0,src_inputs/* readList */.LD)(inputs, 'expect-status').map((entry) => entry.toLowerCase());
    for (const entry of entries) {
        if (!/^([1-5]\d\d|[1-5]xx)$/.test(entry)) {
            throw new errors/* UsageError */.eb(`${inputs.describe('expect-status')}: expected status codes like 200 or 2xx, got ${JSON.stringify(entry)}`, {
                input: 'expect-status',
            });
        }
    }
    return entries.length > 0 ? entries : ['2xx'];
}
function readDirectory(inputs, name, base) {
    const path = (0,external_node_path_.resolve)(base, (0,src_inputs/* readString */.E3)(inputs, name) ?? '.');
    if (!(0,external_node_fs_.existsSync)(path) || !(0,external_node_fs_.statSync)(path).isDirectory()) {
        throw new errors/* UsageError */.eb(`${inputs.describe(name)}: ${path} is not a directory`, { input: name });
    }
    return path;
}
function readFile(inputs, name, base) {
    const value = (0,src_inputs/* readString */.E3)(inputs, name);
    if (value === undefined)
        return undefined;
    const path = (0,external_node_path_.resolve)(base, value);
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* UsageError */.eb(`${inputs.describe(name)}: ${value} does not exist`, {
            input: name,
            location: { file: value },
        });
    return path;
}
/**
 * logs-dir, refused before anything starts when it leads outside the workspace and the
 * runner's temp directory (through a symlink checked in by the pull request, say). Its files are
 * written through kit's Workspace, which checks again and never writes through a link.
 */
function readLogsDir(context) {
    const given = (0,src_inputs/* readString */.E3)(context.inputs, 'logs-dir');
    const logsDir = (0,external_node_path_.resolve)(context.workspace, given ?? (0,external_node_path_.join)(context.tempDir, 'flow-e2e-logs'));
    const inside = (root) => !(0,external_node_path_.relative)(root, logsDir).startsWith('..');
    // The pull request controls what is in the workspace, not what is in the temp directory.
    if (!inside(context.tempDir) || inside(context.workspace)) {
        const workspace = new files_workspace/* Workspace */.a(context.workspace);
        try {
            // The nearest existing ancestor is where a link would lead out.
            for (let dir = logsDir; workspace.resolve(dir).real === undefined; dir = (0,external_node_path_.dirname)(dir))
                ;
        }
        catch {
            throw new errors/* UsageError */.eb(`${context.inputs.describe('logs-dir')}: ${JSON.stringify(given)} leads outside the workspace and the runner's temp directory`, { input: 'logs-dir' });
        }
    }
    return { logsDir, files: (0,files_workspace/* workspaceOf */.B)(context) };
}
function readSettings(context) {
    const { inputs } = context;
    const workingDirectory = readDirectory(inputs, 'working-directory', context.workspace);
    const givenName = (0,src_inputs/* readString */.E3)(inputs, 'project-name');
    const projectName = sanitizeProjectName(givenName ?? defaultProjectName(context.env));
    if (!projectName)
        throw new errors/* UsageError */.eb(`${inputs.describe('project-name')}: ${JSON.stringify(givenName)} has no letter or digit`, { input: 'project-name' });
    return {
        workingDirectory,
        composeFiles: readComposeFiles(inputs, workingDirectory),
        projectName,
        profiles: readComposeNames(inputs, 'profiles'),
        services: readComposeNames(inputs, 'services'),
        envFile: readFile(inputs, 'env-file', workingDirectory),
        build: (0,src_inputs/* readBoolean */.Vf)(inputs, 'build', true),
        upFlags: readComposeFlags(inputs, 'up-flags'),
        downFlags: readComposeFlags(inputs, 'down-flags'),
        composeCommand: (0,src_inputs/* readEnum */.ai)(inputs, 'compose-command', compose/* COMPOSE_CHOICES */.WQ, 'auto'),
        waitTimeoutMs: (0,src_inputs/* readDuration */.$7)(inputs, 'wait-timeout') ?? 180_000,
        healthUrls: readNamedUrls(inputs, 'health-urls'),
        expectStatus: readExpectStatus(inputs),
        metricsUrls: readNamedUrls(inputs, 'metrics-urls'),
        requiredMetrics: (0,src_inputs/* readList */.LD)(inputs, 'required-metrics'),
        grpcHealth: readGrpcTargets(inputs),
        latencyBudgets: readLatencyBudgets(inputs),
        latencySamples: (0,src_inputs/* readInteger */.JI)(inputs, 'latency-samples', { min: 1, max: 1000 }) ?? 20,
        testCommand: (0,src_inputs/* readString */.E3)(inputs, 'test-command'),
        testTimeoutMs: (0,src_inputs/* readDuration */.$7)(inputs, 'test-timeout') ?? 30 * 60_000,
        logErrorPattern: (0,src_inputs/* readRegExp */.mc)(inputs, 'log-error-pattern') ?? new RegExp(DEFAULT_LOG_ERROR_PATTERN),
        maxLogErrors: (0,src_inputs/* readInteger */.JI)(inputs, 'max-log-errors', { min: 0 }),
        ...readLogsDir(context),
        teardown: (0,src_inputs/* readEnum */.ai)(inputs, 'teardown', teardown/* TEARDOWN_POLICIES */.eE, 'always'),
    };
}
/** The Compose project every call of the run (and the post step's teardown) works on. */
function projectOf(settings) {
    return {
        name: settings.projectName,
        files: settings.composeFiles,
        envFile: settings.envFile,
        profiles: settings.profiles,
        cwd: settings.workingDirectory,
    };
}

// EXTERNAL MODULE: ./packages/kit/src/markdown.ts
var markdown = __webpack_require__(9703);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/events.ts



/** The container events readiness depends on; `health_status` matches all three health states. */
const EVENTS = ['create', 'start', 'restart', 'die', 'health_status', 'destroy'];
/**
 * `docker events` for one project's containers, as a queue. Started with `--since` a moment
 * before `compose up`, so the engine replays anything that happened before the stream attached.
 */
class EventStream {
    child;
    queue = [];
    waiter;
    stderr = '';
    /** Set when the stream ended: the engine went away, or the stream was closed. */
    ended;
    /** `sinceMs`: epoch ms on the engine's clock. */
    constructor(project, sinceMs) {
        const args = [
            'events',
            '--since',
            (sinceMs / 1000).toFixed(3),
            '--filter',
            `label=${src_docker/* PROJECT_LABEL */.NV}=${project}`,
            '--filter',
            'type=container',
            ...EVENTS.flatMap((event) => ['--filter', `event=${event}`]),
            '--format',
            '{{json .}}',
        ];
        this.child = (0,external_node_child_process_.spawn)('docker', args, { stdio: ['ignore', 'pipe', 'pipe'] });
        this.child.stderr.on('data', (chunk) => (this.stderr += chunk.toString('utf8')));
        this.child.on('error', (error) => this.end(`docker events could not start: ${error.message}`));
        this.child.on('close', (code) => this.end(`docker events ended (exit ${code}): ${this.stderr.trim()}`));
        (0,external_node_readline_.createInterface)({ input: this.child.stdout }).on('line', (line) => {
            if (!line.startsWith('{'))
                return;
            this.queue.push(JSON.parse(line));
            this.wake();
        });
    }
    /** The next event, or undefined at `deadline` (epoch ms) or when the stream ended. */
    async next(deadline) {
        while (this.queue.length === 0 && this.ended === undefined) {
            const wait = deadline - Date.now();
            if (wait <= 0)
                return undefined;
            await new Promise((resolve) => {
                const timer = setTimeout(resolve, wait);
                this.waiter = () => {
                    clearTimeout(timer);
                    resolve();
                };
            });
            this.waiter = undefined;
        }
        return this.queue.shift();
    }
    close() {
        this.ended ??= 'closed';
        this.child.kill();
    }
    end(reason) {
        this.ended ??= reason;
        this.wake();
    }
    wake() {
        this.waiter?.();
    }
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/readiness.ts

const ZERO_TIME = /^0001-/;
const ALWAYS_RESTART = new Set(['always', 'unless-stopped']);
/** An engine timestamp as epoch ms on our clock. */
function epochMs(time, clockOffsetMs) {
    if (!time || ZERO_TIME.test(time))
        return undefined;
    const ms = Date.parse(time);
    return Number.isNaN(ms) ? undefined : ms - clockOffsetMs;
}
/**
 * Follows a project's containers from one `docker inspect` snapshot plus the event stream after
 * it. Ready means healthy (with a healthcheck), running (without), or exited 0 (a one-shot job);
 * exiting non-zero, restarting or turning unhealthy is final.
 */
class ReadinessTracker {
    containers = new Map();
    now;
    clockOffsetMs;
    /** `clockOffsetMs`: the engine's clock minus ours; every time kept is on our clock. */
    constructor(now = Date.now, clockOffsetMs = 0) {
        this.now = now;
        this.clockOffsetMs = clockOffsetMs;
    }
    /** Start (or restart) tracking from a snapshot; `takenAt` is when the snapshot was asked for. */
    applySnapshot(container) {
        const health = container.State.Health?.Status;
        const progress = {
            id: container.Id,
            name: container.Name.replace(/^\//, ''),
            service: (0,src_docker/* serviceOf */.z5)(container),
            healthcheck: (0,src_docker/* hasHealthcheck */.zY)(container),
            restartsAlways: ALWAYS_RESTART.has(container.HostConfig?.RestartPolicy?.Name ?? ''),
            state: container.State.Status,
            health: health && health !== 'none' ? health : undefined,
            exitCode: container.State.Status === 'exited' ? container.State.ExitCode : undefined,
            restarts: container.RestartCount,
            startedAt: epochMs(container.State.StartedAt, this.clockOffsetMs),
            readyAt: undefined,
            readyFrom: undefined,
            failure: undefined,
        };
        this.containers.set(container.Id, progress);
        if (this.isReady(progress))
            this.markReady(progress, this.snapshotReadyTime(container), 'snapshot');
        this.checkFailure(progress);
    }
    /** Apply one event; returns true when it changed anything. */
    applyEvent(event) {
        const progress = this.containers.get(event.id);
        const action = event.Action ?? event.status ?? '';
        if (!progress || (event.Type && event.Type !== 'container'))
            return false;
        const at = Math.floor(event.timeNano / 1e6) - this.clockOffsetMs;
        if (action === 'start') {
            if (progress.state === 'exited' || progress.exitCode !== undefined)
                progress.restarts++;
            progress.state = 'running';
            progress.exitCode = undefined;
            progress.startedAt ??= at;
        }
        else if (action === 'restart') {
            progress.restarts++;
        }
        else if (action === 'die') {
            progress.state = 'exited';
            progress.exitCode = Number(event.Actor?.Attributes?.exitCode ?? '-1');
        }
        else if (action.startsWith('health_status')) {
            progress.health = action.replace(/^health_status:\s*/, '');
        }
        else if (action === 'destroy') {
            progress.state = 'removed';
        }
        else
            return false;
        if (this.isReady(progress))
            this.markReady(progress, at, 'event');
        this.checkFailure(progress);
        return true;
    }
    verdict() {
        const all = [...this.containers.values()];
        const failed = all.find((progress) => progress.failure);
        if (failed)
            return { kind: 'failed', container: failed };
        const pending = all.filter((progress) => progress.readyAt === undefined);
        return pending.length === 0 ? { kind: 'ready' } : { kind: 'waiting', pending };
    }
    isReady(progress) {
        if (progress.state === 'exited') {
            return progress.exitCode === 0 && progress.restarts === 0 && !progress.restartsAlways;
        }
        if (progress.state !== 'running')
            return false;
        return progress.healthcheck ? progress.health === 'healthy' : true;
    }
    markReady(progress, at, from) {
        if (progress.readyAt !== undefined)
            return;
        progress.readyAt = at;
        progress.readyFrom = from;
    }
    checkFailure(progress) {
        if (progress.failure)
            return;
        if (progress.state === 'exited' && progress.exitCode !== 0) {
            progress.failure = `exited with code ${progress.exitCode}`;
        }
        else if (progress.state === 'exited' && progress.restartsAlways) {
            progress.failure =
                'exited with code 0 and is being restarted (its restart policy restarts it always)';
        }
        else if (progress.restarts > 0 || progress.state === 'restarting') {
            progress.failure = `restarted ${progress.restarts || 1} time(s)`;
        }
        else if (progress.health === 'unhealthy') {
            progress.failure = 'turned unhealthy';
        }
        else if (progress.state === 'removed' || progress.state === 'dead') {
            progress.failure = `was ${progress.state}`;
        }
    }
    /** When a container found ready in the snapshot got there: its first passing check, or its start or end. */
    snapshotReadyTime(container) {
        const passing = container.State.Health?.Log?.find((entry) => entry.ExitCode === 0);
        const at = container.State.Status === 'exited'
            ? epochMs(container.State.FinishedAt, this.clockOffsetMs)
            : (epochMs(passing?.End, this.clockOffsetMs) ??
                epochMs(container.State.StartedAt, this.clockOffsetMs));
        return at ?? this.now();
    }
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/wait-ready.ts


function lastHealthOutput(container) {
    const log = container.State.Health?.Log ?? [];
    const last = log[log.length - 1];
    return last ? `exit ${last.ExitCode}: ${last.Output.trim()}` : 'no health check has finished yet';
}
/**
 * Wait until every container of the project is ready, on Docker's event stream: one inspect for
 * where things stand, then one event at a time, deciding at once on each.
 */
async function waitForReadiness(options) {
    const { events, deadline } = options;
    const offset = options.clockOffsetMs ?? 0;
    const tracker = new ReadinessTracker(Date.now, offset);
    const snapshotAt = Date.now();
    const ids = await (0,src_docker/* projectContainerIds */.XJ)(options.project);
    if (ids.length === 0)
        return { kind: 'no-containers', containers: [] };
    for (const container of await (0,src_docker/* inspectContainers */.Xu)(ids))
        tracker.applySnapshot(container);
    const containers = () => [...tracker.containers.values()];
    const told = new Set();
    for (;;) {
        for (const progress of containers()) {
            if (progress.readyAt === undefined || told.has(progress.id))
                continue;
            told.add(progress.id);
            options.onReady?.(progress);
        }
        const verdict = tracker.verdict();
        if (verdict.kind === 'ready')
            return { kind: 'ready', containers: containers() };
        if (verdict.kind === 'failed')
            return { kind: 'failed', containers: containers(), container: verdict.container };
        const event = await events.next(deadline);
        if (event) {
            // The snapshot already holds what happened before it; replayed older events would rewind it.
            if (event.timeNano / 1e6 - offset >= snapshotAt)
                tracker.applyEvent(event);
            continue;
        }
        if (events.ended !== undefined)
            return { kind: 'stream-ended', containers: containers(), reason: events.ended };
        const lastHealth = new Map();
        for (const container of await (0,src_docker/* inspectContainers */.Xu)(verdict.pending.map((progress) => progress.id))) {
            lastHealth.set(container.Id, lastHealthOutput(container));
        }
        return { kind: 'timeout', containers: containers(), pending: verdict.pending, lastHealth };
    }
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/start-stack.ts







const FAILURE_LOG_LINES = 40;
/** Of a failed `compose up`: lines kept for the summary, and for the finding. */
const UP_TAIL_LINES = 40;
const FINDING_TAIL_LINES = 8;
/** The last `size` non-empty lines, colours removed. */
function lineTail(size) {
    const lines = [];
    return {
        push(line) {
            const plain = markdown/* stripAnsi */.aJ(line).trimEnd();
            if (!plain.trim())
                return;
            lines.push(plain);
            if (lines.length > size)
                lines.shift();
        },
        last: (count) => lines.slice(-count),
    };
}
/**
 * `compose up`, its output streamed to the log in a section as it comes (untrusted text), then
 * the wait on the event stream (attached before `up`, so nothing is missed).
 */
async function startStack(cli, docker, settings, io) {
    const { log, signal } = io;
    const project = projectOf(settings);
    const events = new EventStream(project.name, Date.now() + docker.clockOffsetMs - 100);
    signal.addEventListener('abort', () => events.close(), { once: true });
    try {
        const only = settings.services.length ? ` for ${settings.services.join(', ')}` : '';
        const endSection = io.section(`compose up (${settings.build ? 'with' : 'without'} --build)${only}`);
        const tail = lineTail(UP_TAIL_LINES);
        const upStarted = Date.now();
        const up = await (0,compose/* compose */.Zz)(cli, project, (0,compose/* upArgs */.bb)(settings), {
            signal,
            onLine: (line) => {
                log.untrusted(line);
                tail.push(line);
            },
        }).finally(endSection);
        signal.throwIfAborted();
        // Only after a failed `up` is `config` asked whether the compose file itself is broken (bad
        // input): asking first would add a Compose start-up (a second, for v1) to every run.
        const config = up.code === 0 ? up : await (0,compose/* compose */.Zz)(cli, project, ['config', '--quiet'], { signal });
        if (config.code !== 0) {
            throw new errors/* UsageError */.eb(`input 'compose-files': Compose rejects the configuration:\n${(0,compose/* composeMessage */.SB)(config)}`, { input: 'compose-files', location: { file: settings.composeFiles[0] } });
        }
        if (up.code !== 0) {
            return {
                ...notStarted(),
                findings: [upFailure((0,compose/* composeMessage */.SB)(up), tail.last(FINDING_TAIL_LINES))],
                upOutput: tail.last(UP_TAIL_LINES).join('\n'),
            };
        }
        const readiness = await waitForReadiness({
            project: project.name,
            events,
            deadline: Date.now() + settings.waitTimeoutMs,
            clockOffsetMs: docker.clockOffsetMs,
            onReady: (container) => log.info(readyLine(container)),
        });
        signal.throwIfAborted();
        return await afterReadiness(readiness, upStarted, settings, log);
    }
    finally {
        events.close();
    }
}
const notStarted = () => ({
    findings: [],
    progress: [],
    readySeconds: undefined,
    failureLog: undefined,
    upOutput: undefined,
});
function readyLine(container) {
    const state = container.state === 'exited' ? 'exited 0' : (container.health ?? container.state);
    const after = container.startedAt === undefined
        ? ''
        : ` ${((container.readyAt - container.startedAt) / 1000).toFixed(1)} s after its start`;
    return `${container.name} is ready (${state})${after}`;
}
async function afterReadiness(readiness, upStarted, settings, log) {
    const started = {
        ...notStarted(),
        progress: readiness.containers,
        findings: readinessFindings(readiness, settings.waitTimeoutMs / 1000),
    };
    if (readiness.kind === 'ready') {
        const lastReady = Math.max(upStarted, ...readiness.containers.map((entry) => entry.readyAt ?? upStarted));
        started.readySeconds = Math.round((lastReady - upStarted) / 10) / 100;
        log.info(`all ${readiness.containers.length} containers ready ${started.readySeconds} s after compose up started`);
    }
    else if (readiness.kind === 'failed') {
        const { id, service } = readiness.container;
        const text = await (0,src_docker/* containerLog */.CR)(id, { tail: FAILURE_LOG_LINES });
        started.failureLog = { service, text };
        log.info(`last ${FAILURE_LOG_LINES} log lines of ${service}:`);
        log.untrusted(text || '(no output)');
    }
    return started;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./packages/kit/src/random.ts
var random = __webpack_require__(6981);
;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/process-tree.ts


/**
 * Everything a command started, found again after it has left its process group: a child that
 * ran `setsid` (or double-forked) is in a session of its own, reparented to init, and still
 * holds the command's output pipes. Like Jenkins' ProcessTreeKiller, the command's environment
 * carries a marker that every descendant inherits; the members of its process group and of its
 * session are matched too, for a child that cleared its environment but stayed in either.
 */
const TREE_MARKER = 'FLOW_E2E_PROCESS_TREE';
function newTreeMarker() {
    return (0,random/* randomHex */.n)(12);
}
/** State, process group and session of a process, from /proc/<pid>/stat (fields 3, 5 and 6). */
function statOf(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // The command name (field 2) is in parentheses and may hold spaces and ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { state: fields[0], group: Number(fields[2]), session: Number(fields[3]) };
    }
    catch {
        return undefined;
    }
}
function carriesMarker(pid, entry) {
    try {
        return (0,external_node_fs_.readFileSync)(`/proc/${pid}/environ`, 'latin1').split('\0').includes(entry);
    }
    catch {
        return false;
    }
}
/**
 * The pids of the tree rooted at `leader` (a process started detached: it leads its own group
 * and session): same group, same session, or the marker in the environment. Empty where there
 * is no /proc (macOS): there only the process group is signalled.
 */
function treeMembers(leader, marker) {
    let pids;
    try {
        pids = (0,external_node_fs_.readdirSync)('/proc').filter((entry) => /^\d+$/.test(entry));
    }
    catch {
        return [];
    }
    const entry = `${TREE_MARKER}=${marker}`;
    return pids
        .filter((pid) => Number(pid) !== process.pid)
        .filter((pid) => {
        const stat = statOf(pid);
        if (!stat || stat.state === 'Z')
            return false; // gone, or dead and waiting to be reaped
        return stat.group === leader || stat.session === leader || carriesMarker(pid, entry);
    })
        .map(Number);
}
function signal(pid, name) {
    try {
        process.kill(pid, name);
    }
    catch {
        // already gone
    }
}
/** Rounds of SIGKILL: a member that forked between a sweep's reading and its kill is found next round. */
const KILL_ROUNDS = 20;
/** Signal the group of `leader`, then every other member of its tree (see treeMembers). */
function signalTree(leader, marker, name) {
    signal(-leader, name);
    for (let round = 0; round < (name === 'SIGKILL' ? KILL_ROUNDS : 1); round++) {
        const members = treeMembers(leader, marker);
        if (members.length === 0)
            return;
        for (const pid of members)
            signal(pid, name);
    }
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/test-command.ts




const TAIL_LINES = 30;
const KILL_GRACE_MS = 5000;
/** How long output still in the pipes may take to arrive once the command has ended. */
const DRAIN_MS = 1000;
/**
 * Run the E2E suite like a `run:` step (bash -eo pipefail), detached: it leads its own process
 * group and session. A timeout or a cancellation ends it and everything it started (see
 * process-tree.ts), and when it ends, what it left running is ended too: the step never waits
 * on pipes held by an orphan. Each line it prints goes to `print` (untrusted text).
 */
function runTestCommand(options) {
    const started = Date.now();
    const marker = newTreeMarker();
    const child = (0,external_node_child_process_.spawn)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', options.command], {
        cwd: options.cwd,
        env: { ...options.env, [TREE_MARKER]: marker },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail = [];
    const onLine = (line) => {
        options.print(line);
        tail.push(line);
        if (tail.length > TAIL_LINES)
            tail.shift();
    };
    (0,external_node_readline_.createInterface)({ input: child.stdout }).on('line', onLine);
    (0,external_node_readline_.createInterface)({ input: child.stderr }).on('line', onLine);
    let timedOut = false;
    const stop = () => {
        if (child.pid === undefined)
            return;
        signalTree(child.pid, marker, 'SIGTERM');
        setTimeout(() => signalTree(child.pid, marker, 'SIGKILL'), KILL_GRACE_MS).unref();
    };
    const timer = setTimeout(() => {
        timedOut = true;
        stop();
    }, options.timeoutMs);
    options.signal?.addEventListener('abort', stop, { once: true });
    return new Promise((resolve, reject) => {
        let exitCode = 0;
        let settled = false;
        const endLeftovers = () => {
            if (child.pid !== undefined)
                signalTree(child.pid, marker, 'SIGKILL');
        };
        const finish = () => {
            if (settled)
                return;
            settled = true;
            // Once more: a process caught mid-fork or mid-exec by the first sweep is found now.
            endLeftovers();
            options.signal?.removeEventListener('abort', stop);
            child.stdout.destroy();
            child.stderr.destroy();
            resolve({ exitCode, timedOut, seconds: (Date.now() - started) / 1000, tail });
        };
        child.on('error', (error) => {
            clearTimeout(timer);
            settled = true;
            reject(new Error(`cannot run the test command with bash: ${error.message}`));
        });
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            exitCode = code ?? 128 + (signal ? external_node_os_.constants.signals[signal] : 0);
            // What the command left running (in the background, or detached with setsid) ends with it.
            endLeftovers();
            setTimeout(finish, DRAIN_MS);
        });
        child.on('close', finish);
    });
}

// EXTERNAL MODULE: ./node_modules/@grpc/grpc-js/build/src/index.js
var src = __webpack_require__(3033);
;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/grpc-health.ts

/**
 * grpc.health.v1: `Check(HealthCheckRequest{service=1}) → HealthCheckResponse{status=1}`. Its
 * two messages have one field each, so they are encoded here (a static definition, nothing
 * loaded from a .proto at run time) instead of bundling a protobuf library for them.
 */
const CHECK_METHOD = '/grpc.health.v1.Health/Check';
const SERVING_STATUS = ['UNKNOWN', 'SERVING', 'NOT_SERVING', 'SERVICE_UNKNOWN'];
function varint(value) {
    const bytes = [];
    let rest = value;
    while (rest > 0x7f) {
        bytes.push((rest & 0x7f) | 0x80);
        rest >>>= 7;
    }
    bytes.push(rest);
    return bytes;
}
function encodeCheckRequest(service) {
    // Written even when empty (the server as a whole): equally valid protobuf.
    const name = Buffer.from(service, 'utf8');
    return Buffer.concat([Buffer.from([0x0a, ...varint(name.length)]), name]);
}
/** The `status` field (1, varint) of a HealthCheckResponse; 0 (UNKNOWN) when absent. */
function decodeCheckResponse(bytes) {
    let at = 0;
    const readVarint = () => {
        let value = 0;
        for (let shift = 0; at < bytes.length && shift < 35; shift += 7) {
            const byte = bytes[at++];
            value |= (byte & 0x7f) << shift;
            if (byte < 0x80)
                return value >>> 0;
        }
        throw new Error('malformed HealthCheckResponse');
    };
    let found = 0;
    while (at < bytes.length) {
        const key = readVarint();
        const wire = key & 7;
        if (wire === 0) {
            const value = readVarint();
            if (key >>> 3 === 1)
                found = value;
        }
        else if (wire === 2) {
            const length = readVarint();
            at += length;
        }
        else if (wire === 1)
            at += 8;
        else if (wire === 5)
            at += 4;
        else
            throw new Error('malformed HealthCheckResponse');
    }
    return found;
}
const CALL_TIMEOUT_MS = 5000;
const grpc_health_POLL_MS = 250;
/** gRPC codes that will not heal by asking again: no health service, an unknown service. */
const FINAL_CODES = new Set([src/* status */.h5.UNIMPLEMENTED, src/* status */.h5.NOT_FOUND]);
function check(client, service) {
    return new Promise((resolve, reject) => {
        client.makeUnaryRequest(CHECK_METHOD, encodeCheckRequest, decodeCheckResponse, service, new src/* Metadata */.OS(), { deadline: Date.now() + CALL_TIMEOUT_MS }, (error, value) => (error ? reject(error) : resolve(value ?? 0)));
    });
}
const grpc_health_sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Ask until SERVING, a final error (UNIMPLEMENTED, NOT_FOUND) or the deadline. */
async function checkGrpcHealth(target, options) {
    const started = Date.now();
    const client = new src/* Client */.Kj(target.address, src/* credentials */.z3.createInsecure());
    let message = 'not asked yet';
    let passed = false;
    try {
        for (;;) {
            options.signal?.throwIfAborted();
            let final = false;
            try {
                const answer = SERVING_STATUS[await check(client, target.service)] ?? 'UNKNOWN';
                passed = answer === 'SERVING';
                message = `answered ${answer}`;
                if (!passed)
                    message += ', expected SERVING';
            }
            catch (error) {
                const failure = error;
                final = FINAL_CODES.has(failure.code);
                message = `no answer (${src/* status */.h5[failure.code] ?? 'error'}: ${failure.details || failure.message})`;
                if (final)
                    message += ': not asked again';
            }
            options.onAttempt?.(message);
            if (passed || final || Date.now() + grpc_health_POLL_MS >= options.deadline)
                break;
            await grpc_health_sleep(grpc_health_POLL_MS);
        }
    }
    finally {
        client.close();
    }
    const url = `${target.address}${target.service ? `/${target.service}` : ''}`;
    return {
        kind: 'grpc',
        name: target.name,
        url,
        written: target.written,
        passed,
        status: undefined,
        seconds: (Date.now() - started) / 1000,
        message,
    };
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/url-checks.ts



/** How often the URLs still being asked are listed in the log with their last answer. */
const PROGRESS_MS = 5000;
/** `name (url)`, or the url alone when it has no name of its own. */
function describeUrl(target) {
    return target.name === target.url ? target.url : `${target.name} (${target.url})`;
}
function describeAttempt(attempt) {
    return attempt.status === undefined
        ? `no answer (${attempt.error})`
        : `last answered ${attempt.status}`;
}
/**
 * Every health and metrics URL, side by side, each given wait-timeout to answer; every few
 * seconds the log says what each one still waited for last answered.
 */
async function runChecks(settings, variables, io) {
    const deadline = Date.now() + settings.waitTimeoutMs;
    const findings = [];
    const waiting = new Map();
    const pending = [];
    const startGrpc = (target) => {
        const written = `${target.address}${target.service ? `/${target.service}` : ''}`;
        let address;
        try {
            address = expandUrl(target.address, variables);
        }
        catch (failure) {
            findings.push(error('url-placeholder', `${written}: ${failure.message}`));
            return;
        }
        const key = `grpc ${pending.length}`;
        const entry = { target: { name: written, url: written }, kind: 'gRPC health' };
        waiting.set(key, entry);
        const check = checkGrpcHealth({ name: written, address, service: target.service, written }, { deadline, signal: io.signal, onAttempt: (message) => (entry.last = message) });
        pending.push(check.finally(() => waiting.delete(key)));
    };
    const start = (kind, target) => {
        let expanded;
        try {
            expanded = { ...target, url: expandUrl(target.url, variables), written: target.url };
        }
        catch (failure) {
            findings.push(error('url-placeholder', `${target.name}: ${failure.message}`));
            return;
        }
        const key = `${kind} ${pending.length}`;
        const entry = { target: expanded, kind: `${kind} URL` };
        waiting.set(key, entry);
        const options = {
            deadline,
            signal: io.signal,
            onAttempt: (attempt) => (entry.last = describeAttempt(attempt)),
        };
        const check = kind === 'health'
            ? checkHealthUrl(expanded, { ...options, expect: settings.expectStatus })
            : checkMetricsUrl(expanded, { ...options, required: settings.requiredMetrics });
        pending.push(check.finally(() => waiting.delete(key)));
    };
    for (const target of settings.healthUrls)
        start('health', target);
    for (const target of settings.metricsUrls)
        start('metrics', target);
    for (const target of settings.grpcHealth)
        startGrpc(target);
    const progress = setInterval(() => {
        for (const { kind, target, last } of waiting.values())
            io.log.info(`waiting for ${kind} ${describeUrl(target)}: ${last ?? 'not answered yet'}`);
    }, PROGRESS_MS);
    try {
        const checks = await Promise.all(pending);
        for (const check of checks.filter((entry) => !entry.passed)) {
            const rule = check.kind === 'grpc' ? 'grpc-health' : `${check.kind}-url`;
            findings.push(error(rule, `${describeUrl(check)}: ${check.message}`));
        }
        return { checks, findings };
    }
    finally {
        clearInterval(progress);
    }
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/e2e.ts












const VERSION_LABEL = 'com.docker.compose.version';
function emptyReport(settings) {
    return {
        passed: false,
        findings: [],
        project: settings.projectName,
        compose: undefined,
        readySeconds: undefined,
        services: [],
        checks: [],
        latency: [],
        test: undefined,
        logErrors: 0,
        logsDir: settings.logsDir,
        ports: {},
        failureLog: undefined,
        upOutput: undefined,
        logs: [],
    };
}
const finish = (report) => Object.assign(report, { passed: (0,src_report/* passedOf */.IR)(report.findings) });
/**
 * The whole run: engine and Compose checks, `up`, readiness, URL checks, the test command and
 * the logs. Each stage runs only when the ones before passed; the logs are read whenever
 * `up` ran. Teardown is not here: the post step (or the CLI) does it.
 */
async function runE2e(settings, io) {
    const { log, signal } = io;
    const report = emptyReport(settings);
    let cli;
    let docker;
    try {
        docker = await (0,src_docker/* engine */.Hi)(signal);
        cli = await (0,compose/* detectCompose */.ib)(settings.composeCommand);
        report.compose = `${[cli.program, ...cli.prefix].join(' ')} (${cli.generation}), engine ${docker.version}`;
        log.info(`using ${report.compose}; project ${report.project}`);
    }
    catch (failure) {
        signal.throwIfAborted();
        report.findings.push(error('docker-unavailable', failure.message));
        return finish(report);
    }
    const started = await startStack(cli, docker, settings, io);
    report.findings.push(...started.findings);
    report.readySeconds = started.readySeconds;
    report.failureLog = started.failureLog;
    report.upOutput = started.upOutput;
    const containers = await (0,src_docker/* inspectContainers */.Xu)(await (0,src_docker/* projectContainerIds */.XJ)(report.project));
    report.ports = publishedPorts(containers);
    const composeVersion = containers
        .map((container) => container.Config.Labels?.[VERSION_LABEL])
        .find(Boolean);
    if (composeVersion)
        report.compose += `; containers made by Compose ${composeVersion}`;
    if (report.findings.length === 0)
        await checkAndTest(settings, report, io);
    await readLogs(settings, report, started);
    return finish(report);
}
/** Once the stack is ready: the URL checks, then the test command (when they passed). */
async function checkAndTest(settings, report, io) {
    const { log, signal } = io;
    const variables = { FLOW_E2E_PROJECT: report.project, ...portVariables(report.ports) };
    const { checks, findings } = await runChecks(settings, variables, { log, signal });
    report.checks = checks;
    report.findings.push(...findings);
    if (report.findings.length > 0)
        return;
    if (settings.latencyBudgets.length > 0) {
        report.latency = await measureLatency(checks, settings.latencyBudgets, settings.latencySamples, signal);
        for (const result of report.latency)
            log.info(`latency of ${result.name}: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms (budget ${result.budgetMs} ms)`);
        // A slow URL is a finding, not a reason to skip the tests.
        report.findings.push(...latencyFindings(report.latency));
    }
    if (!settings.testCommand)
        return;
    log.info(`running the test command in ${settings.workingDirectory}`);
    const test = await runTestCommand({
        command: settings.testCommand,
        cwd: settings.workingDirectory,
        env: { ...io.env, ...variables },
        timeoutMs: settings.testTimeoutMs,
        print: (line) => log.untrusted(line),
        signal,
    });
    signal.throwIfAborted();
    report.test = { command: settings.testCommand, ...test };
    report.findings.push(...testFindings(test, settings.testTimeoutMs));
}
/** Every service's log into logs-dir, its error lines counted; then each service's result. */
async function readLogs(settings, report, started) {
    let logs;
    try {
        logs = await collectLogs(projectOf(settings).name, { path: settings.logsDir, files: settings.files }, settings.logErrorPattern);
    }
    catch (failure) {
        if (!(failure instanceof errors/* UsageError */.eb))
            throw failure;
        report.findings.push(error('logs-dir', `logs-dir: ${(0,errors/* describeError */.Uc)(failure)}`));
        return;
    }
    report.logs = logs.services;
    report.logErrors = logs.services.reduce((n, entry) => n + entry.errorCount, 0);
    report.findings.push(...logFindings(logs.services, settings.maxLogErrors));
    report.services = serviceResults(logs.containers, started.progress, logs.services);
}

// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var src_summary = __webpack_require__(2919);
;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/outcome.ts


const FIRST_ERROR_LINES = 10;
function seconds(value) {
    return value === undefined ? '–' : `${value.toFixed(1)} s`;
}
/**
 * Untrusted text with every URL in it as code: a `http://localhost:…` of the stack is not a link
 * anyone should follow from the summary.
 */
function textWithUrls(message) {
    return message
        .split(/(https?:\/\/[^\s)]+)/)
        .map((part, index) => (index % 2 === 1 ? markdown/* code */.aY(part) : markdown/* text */.Qq(part)))
        .join('');
}
function headline(report) {
    const firstError = report.findings.find((finding) => finding.severity === 'error');
    if (firstError)
        return firstError.message;
    const parts = [`stack ${report.project} ready in ${seconds(report.readySeconds)}`];
    if (report.checks.length)
        parts.push(`${report.checks.length} URL checks passed`);
    if (report.test)
        parts.push(`tests passed in ${seconds(report.test.seconds)}`);
    parts.push(`${errorLines(report.logErrors)} in the logs`);
    return parts.join('; ');
}
function summaryOf(report, settings) {
    const summary = new src_summary/* Summary */.B().heading(`${markdown/* passFail */.oX(report.passed)} E2E on compose project ${markdown/* code */.aY(report.project)}`);
    if (report.compose)
        summary.paragraph(`Compose: ${markdown/* text */.Qq(report.compose)}.${report.readySeconds === undefined ? '' : ` Every service ready ${seconds(report.readySeconds)} after compose up started.`}`);
    for (const finding of report.findings.filter((entry) => entry.severity === 'error')) {
        // The first line: a failed `up` adds its output, shown whole below.
        summary.paragraph(`❌ ${textWithUrls(finding.message.split('\n')[0])}`);
    }
    if (report.upOutput) {
        summary.paragraph('Last lines `compose up` printed:');
        summary.paragraph(markdown/* pre */.AS(report.upOutput));
    }
    if (report.failureLog) {
        summary.paragraph(`Last log lines of ${markdown/* code */.aY(report.failureLog.service)}:`);
        summary.paragraph(markdown/* pre */.AS(report.failureLog.text || '(no output)'));
    }
    summary.table(['Service', 'State', 'Health', 'Ready after', 'Restarts', 'Error lines'], report.services.map((service) => [
        markdown/* code */.aY(service.service),
        markdown/* text */.Qq(service.state),
        markdown/* text */.Qq(service.health ?? '–'),
        seconds(service.secondsToReady),
        String(service.restarts),
        String(service.errorLines),
    ]));
    summary.table(['Check', 'URL', 'Result', 'Time'], report.checks.map((check) => [
        `${markdown/* passFail */.oX(check.passed)} ${check.kind} ${markdown/* code */.aY(check.name)}`,
        markdown/* code */.aY(check.url),
        textWithUrls(check.message),
        seconds(check.seconds),
    ]));
    summary.table(['Latency', 'Budget', 'p50', 'p95', 'max', 'Requests'], report.latency.map((result) => [
        `${markdown/* passFail */.oX(result.passed)} ${markdown/* code */.aY(result.name)}`,
        `${result.budgetMs} ms`,
        `${result.p50Ms} ms`,
        `${result.p95Ms} ms`,
        `${result.maxMs} ms`,
        result.failures
            ? `${result.samples} (${result.failures} unanswered)`
            : String(result.samples),
    ]));
    if (report.test) {
        const test = report.test;
        const result = test.timedOut
            ? `ran over test-timeout (${settings.testTimeoutMs / 1000} s), ended with all it started,`
            : `exit code ${test.exitCode}`;
        summary.paragraph(`${markdown/* passFail */.oX(test.exitCode === 0 && !test.timedOut)} Test command ${markdown/* code */.aY(test.command)}: ${result} after ${seconds(test.seconds)}.`);
        if (test.exitCode !== 0 && test.tail.length)
            summary.details('Last lines of the test output', markdown/* pre */.AS(test.tail.join('\n')));
    }
    for (const log of report.logs.filter((entry) => entry.errorCount > 0)) {
        const lines = log.errors
            .slice(0, FIRST_ERROR_LINES)
            .map((line) => `${line.line}: ${line.text}`);
        summary.details(`${errorLines(log.errorCount)} in ${markdown/* code */.aY(log.service)}`, markdown/* pre */.AS(lines.join('\n')));
    }
    summary.paragraph(`Logs and \`docker inspect\` state: ${markdown/* code */.aY(report.logsDir)}`);
    return summary;
}
function outcomeOf(report, settings) {
    return {
        report,
        summary: summaryOf(report, settings),
        headline: headline(report),
        outputs: {
            'project-name': report.project,
            'ready-seconds': report.readySeconds === undefined ? '' : String(report.readySeconds),
            'test-exit-code': report.test ? String(report.test.exitCode) : '',
            'log-errors': String(report.logErrors),
            'logs-dir': report.logsDir,
            ports: JSON.stringify(report.ports),
        },
    };
}

;// CONCATENATED MODULE: ./actions/e2e-compose-runner/src/run.ts





/**
 * Collapsible sections of the log: `::group::` on a runner (the title is ours, never untrusted
 * text), a title line in a terminal.
 */
function sections(context) {
    if (context.mode === 'cli')
        return (title) => {
            context.log.info(`--- ${title}`);
            return () => undefined;
        };
    return (title) => {
        process.stdout.write(`::group::${title}\n`);
        return () => process.stdout.write('::endgroup::\n');
    };
}
/** Settings → (state for the post step) → the run → the outcome. */
const run = async (context) => {
    const settings = readSettings(context);
    // Saved before anything starts, so a cancelled or failed run is still torn down.
    (0,teardown/* saveRun */.BQ)(context.state, {
        project: projectOf(settings),
        composeCommand: settings.composeCommand,
        teardown: settings.teardown,
        downFlags: settings.downFlags,
    });
    const cancellation = cancelOnSignals();
    try {
        const report = await runE2e(settings, {
            log: context.log,
            env: context.env,
            signal: cancellation.signal,
            section: sections(context),
        });
        (0,teardown/* savePassed */.QL)(context.state, report.passed);
        return outcomeOf(report, settings);
    }
    finally {
        cancellation.dispose();
    }
};


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ saveRun),
/* harmony export */   QL: () => (/* binding */ savePassed),
/* harmony export */   eE: () => (/* binding */ TEARDOWN_POLICIES),
/* harmony export */   eI: () => (/* binding */ tearDownSaved)
/* harmony export */ });
/* unused harmony exports loadRun, keepReason, tearDown */
/* harmony import */ var _compose_ts__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9458);
/* harmony import */ var _docker_ts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3452);
/* harmony import */ var _exec_ts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9029);



const TEARDOWN_POLICIES = ['always', 'on-success', 'never'];
const RUN_KEY = 'e2e_run';
const PASSED_KEY = 'e2e_passed';
function saveRun(state, run) {
    state.save(RUN_KEY, JSON.stringify(run));
}
/** Saved once the main step finished; a cancelled or crashed main step leaves it unset. */
function savePassed(state, passed) {
    state.save(PASSED_KEY, String(passed));
}
function loadRun(state) {
    const saved = state.get(RUN_KEY);
    return {
        run: saved ? JSON.parse(saved) : undefined,
        passed: state.get(PASSED_KEY) === 'true',
    };
}
/** Why the stack stays up, or undefined when it goes: `on-success` keeps a failed (or cancelled) run's stack. */
function keepReason(policy, passed) {
    if (policy === 'never')
        return 'teardown is never';
    if (policy === 'on-success' && !passed)
        return 'teardown is on-success and the run did not pass';
    return undefined;
}
/** `docker <kind> ls` of what carries the project's label. */
async function labelled(kind, project) {
    const list = kind === 'container' ? ['ps', '-aq'] : [kind, 'ls', '-q'];
    const result = await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m)('docker', [...list, '--filter', `label=${_docker_ts__WEBPACK_IMPORTED_MODULE_1__/* .PROJECT_LABEL */ .NV}=${project}`]);
    return result.code === 0 ? result.stdout.split('\n').filter(Boolean) : [];
}
/**
 * `compose down -v --remove-orphans` for the saved project, then a sweep of anything still
 * carrying its label (a compose file gone or broken since `up`, a container created while the
 * main step was being cancelled). Nothing without the project's label is touched.
 */
async function tearDown(run, log) {
    const { project } = run;
    try {
        const cli = await (0,_compose_ts__WEBPACK_IMPORTED_MODULE_2__/* .detectCompose */ .ib)(run.composeCommand);
        const result = await (0,_compose_ts__WEBPACK_IMPORTED_MODULE_2__/* .compose */ .Zz)(cli, project, [
            'down',
            '--volumes',
            '--remove-orphans',
            '--timeout',
            '10',
            ...(run.downFlags ?? []),
        ]);
        if (result.code === 0)
            log.info(`compose down removed project ${project.name}`);
        else {
            log.warning(`compose down failed for project ${project.name}; removing what carries its label instead:`);
            log.untrusted((0,_compose_ts__WEBPACK_IMPORTED_MODULE_2__/* .composeMessage */ .SB)(result));
        }
    }
    catch (error) {
        log.warning(`${error.message}; removing what carries the label of project ${project.name}`);
    }
    const removals = [
        ['container', ['rm', '--force', '--volumes']],
        ['network', ['network', 'rm']],
        ['volume', ['volume', 'rm', '--force']],
    ];
    const leftovers = [];
    for (const [kind, args] of removals) {
        const ids = await labelled(kind, project.name);
        if (ids.length === 0)
            continue;
        const result = await (0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m)('docker', [...args, ...ids]);
        if (result.code === 0)
            log.info(`removed ${ids.length} leftover ${kind}(s) of project ${project.name}`);
        else
            leftovers.push(`${kind}s ${ids.join(' ')}: ${(0,_exec_ts__WEBPACK_IMPORTED_MODULE_0__/* .failureText */ .k)(result)}`);
    }
    return { leftovers };
}
/** The post step (and the CLI's last act): tear down per the policy the main step saved. */
async function tearDownSaved(state, log) {
    const { run, passed } = loadRun(state);
    if (!run) {
        log.info('no compose project was started: nothing to tear down');
        return;
    }
    const reason = keepReason(run.teardown, passed);
    if (reason) {
        log.info(`keeping compose project ${run.project.name} (${reason})`);
        return;
    }
    try {
        await (0,_docker_ts__WEBPACK_IMPORTED_MODULE_1__/* .engine */ .Hi)();
    }
    catch (error) {
        log.warning(`${error.message}: cannot tear down compose project ${run.project.name}`);
        return;
    }
    const { leftovers } = await tearDown(run, log);
    if (leftovers.length > 0)
        throw new Error(`could not remove everything of project ${run.project.name}: ${leftovers.join('; ')}`);
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
