export const id = 168;
export const ids = [168,68];
export const modules = {

/***/ 3168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scopesFrom: () => (/* binding */ scopesFrom)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _flow_actions_kit__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(884);
/* harmony import */ var _flow_actions_kit__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8008);
/* harmony import */ var _flow_actions_kit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7817);
/* harmony import */ var _flow_actions_kit_yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8068);
/* harmony import */ var _config_discover_ts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1765);




const INPUT = { input: 'scopes-from' };
function workspacePatterns(ws) {
    const patterns = [];
    if (ws.existsSync('package.json', INPUT)) {
        const manifest = (0,_config_discover_ts__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonFile */ .OW)(ws.readTextSync('package.json', INPUT), 'package.json');
        const workspaces = manifest?.workspaces;
        patterns.push(...(Array.isArray(workspaces) ? workspaces : (workspaces?.packages ?? [])));
    }
    if (ws.existsSync('pnpm-workspace.yaml', INPUT)) {
        const { value } = (0,_flow_actions_kit_yaml__WEBPACK_IMPORTED_MODULE_2__.parseYaml)(ws.readTextSync('pnpm-workspace.yaml', INPUT), {
            file: 'pnpm-workspace.yaml',
            input: 'scopes-from',
        });
        patterns.push(...(value?.packages ?? []));
    }
    return patterns.filter((pattern) => typeof pattern === 'string' && !pattern.startsWith('!'));
}
/** More folders than a repository's packages ever take: a walk that stops, not one that runs on. */
const MAX_DIRECTORIES = 100_000;
/**
 * The folders a pattern names, found by walking the workspace and matched with kit's glob engine:
 * a pattern that climbs out (`../../etc/*`, `/etc/*`) is an error naming the pattern, never a list
 * of what is out there, and links are not followed. Dot folders and node_modules hold no packages.
 */
function directories(ws, pattern) {
    const glob = (0,_flow_actions_kit__WEBPACK_IMPORTED_MODULE_3__/* .normalizeGlob */ .er)((0,_flow_actions_kit__WEBPACK_IMPORTED_MODULE_4__/* .toPosix */ .d7)(pattern));
    if (/^\/|^[A-Za-z]:/.test((0,_flow_actions_kit__WEBPACK_IMPORTED_MODULE_4__/* .toPosix */ .d7)(pattern)) || glob.split('/').includes('..')) {
        throw new _flow_actions_kit__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`the workspace pattern ${JSON.stringify(pattern)} leads outside the workspace`, INPUT);
    }
    const depth = glob.includes('**') ? Infinity : glob.split('/').length;
    const found = [];
    let queue = ['.'];
    let seen = 0;
    for (let level = 1; level <= depth && queue.length; level++) {
        const next = [];
        for (const dir of queue) {
            for (const entry of ws.listSync(dir, INPUT)) {
                if (entry.kind !== 'directory' || entry.name.startsWith('.'))
                    continue;
                if (entry.name === 'node_modules')
                    continue;
                if (++seen > MAX_DIRECTORIES)
                    throw new _flow_actions_kit__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${JSON.stringify(pattern)} walks more than ${MAX_DIRECTORIES} folders`, INPUT);
                if ((0,_flow_actions_kit__WEBPACK_IMPORTED_MODULE_3__/* .matchesGlob */ .kt)(entry.path, glob))
                    found.push(entry.path);
                next.push(entry.path);
            }
        }
        queue = next;
    }
    return found;
}
function packageName(ws, dir) {
    try {
        const manifest = JSON.parse(ws.readTextSync(`${dir}/package.json`, INPUT));
        return typeof manifest.name === 'string' ? manifest.name.replace(/^@[^/]+\//, '') : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Scopes derived from the repository: `workspaces` (package.json workspaces or pnpm-workspace.yaml:
 * each package's folder name and unscoped package name) or `folders:<glob>` (the folder names).
 */
function scopesFrom(ws, spec) {
    let dirs;
    if (spec === 'workspaces') {
        const patterns = workspacePatterns(ws);
        if (patterns.length === 0) {
            throw new _flow_actions_kit__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('scopes-from: workspaces, but package.json has no workspaces and there is no pnpm-workspace.yaml', INPUT);
        }
        dirs = patterns.flatMap((pattern) => directories(ws, pattern));
    }
    else if (spec.startsWith('folders:') && spec.length > 'folders:'.length) {
        dirs = directories(ws, spec.slice('folders:'.length));
    }
    else {
        throw new _flow_actions_kit__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`expected workspaces or folders:<glob>, got ${JSON.stringify(spec)}`, INPUT);
    }
    const scopes = new Set();
    for (const dir of dirs) {
        scopes.add((0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(dir));
        const name = packageName(ws, dir);
        if (name)
            scopes.add(name);
    }
    if (scopes.size === 0)
        throw new _flow_actions_kit__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`scopes-from ${JSON.stringify(spec)} matched no folder`, INPUT);
    return [...scopes].sort();
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


/***/ })

};
