export const id = 651;
export const ids = [651,68];
export const modules = {

/***/ 8651:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6177);
/* harmony import */ var _run_ts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5031);


const command = await (0,_flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__/* .actionCommand */ .kh)('port-conflict-check', __webpack_require__.ab + "actions/port-conflict-check.json", _run_ts__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./packages/git/src/range.ts
var src_range = __webpack_require__(7829);
// EXTERNAL MODULE: ./packages/git/src/diff.ts
var diff = __webpack_require__(7333);
// EXTERNAL MODULE: ./packages/github/src/event.ts
var src_event = __webpack_require__(7173);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/report.ts
var src_report = __webpack_require__(196);
;// CONCATENATED MODULE: ./actions/port-conflict-check/src/collections.ts
/** Add a value to the list kept under a key, creating the list on first use. */
function append(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/types.ts
function formatRange(range) {
    return range.start === range.end ? String(range.start) : `${range.start}-${range.end}`;
}
function rangesOverlap(a, b) {
    return a.start <= b.end && b.start <= a.end;
}
const ALL_ADDRESSES = new Set(['', '0.0.0.0', '::', '[::]']);
/** 0.0.0.0 and :: overlap every address; two specific addresses overlap only when equal. */
function hostsOverlap(a, b) {
    if (ALL_ADDRESSES.has(a) || ALL_ADDRESSES.has(b))
        return true;
    return normalizeHost(a) === normalizeHost(b);
}
function isAllAddresses(host) {
    return ALL_ADDRESSES.has(host);
}
function normalizeHost(host) {
    return host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/overlaps.ts


/**
 * The stretches of the port axis covered by two or more items: a sweep over range starts and
 * ends, so n items on one port are one overlap listing n (never n² pairs), and time is linear in
 * the items plus what the overlaps list.
 */
function* overlaps(items, range) {
    const events = [];
    for (const item of items) {
        const { start, end } = range(item);
        events.push({ at: start, item, starts: true }, { at: end + 1, item, starts: false });
    }
    events.sort((a, b) => a.at - b.at);
    const active = new Set();
    for (let index = 0; index < events.length;) {
        const at = events[index].at;
        for (; index < events.length && events[index].at === at; index++) {
            const event = events[index];
            if (event.starts)
                active.add(event.item);
            else
                active.delete(event.item);
        }
        if (active.size >= 2 && index < events.length)
            yield { ports: { start: at, end: events[index].at - 1 }, members: [...active] };
    }
}
/**
 * Members that bind overlapping addresses: those on every address with those of each specific
 * address (127.0.0.1 and 127.0.0.2 never meet; 0.0.0.0 meets both).
 */
function byAddress(members, host) {
    const everywhere = members.filter((item) => isAllAddresses(host(item)));
    const specific = new Map();
    for (const item of members)
        if (!isAllAddresses(host(item)))
            append(specific, normalizeHost(host(item)), item);
    if (specific.size === 0)
        return [everywhere];
    return [...specific.values()].map((list) => [...everywhere, ...list]);
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/conflicts.ts



/** Past this many conflicts a repository has a pattern, not a list: the rest are counted. */
const MAX_CONFLICTS = 1000;
/** A conflict names this many services, then counts the rest. */
const LISTED = 10;
/** Which declarations can collide: Compose with Compose, .env with .env, pod hostPorts with hostPorts. */
function poolOf(declaration) {
    if (!declaration.published)
        return undefined;
    if (declaration.source === 'kubernetes')
        return declaration.binding === 'hostPort' ? 'hostPort' : undefined;
    return declaration.source === 'dockerfile' ? undefined : declaration.source;
}
function describe(declaration) {
    const project = declaration.source === 'env' ? `${declaration.file}` : `project ${declaration.project}`;
    return `service ${JSON.stringify(declaration.service)} (${project})`;
}
function where(declaration) {
    return `${declaration.file}:${declaration.line}`;
}
function byLocation(a, b) {
    return a.file.localeCompare(b.file) || a.line - b.line;
}
/**
 * The containers behind declarations. One declaration read twice (a file included by two
 * projects) is one; docker-compose.yml and docker-compose.prod.yml of one directory share the
 * project name, so the same service in both is one container configured two ways; .env and
 * .env.example repeat one key. Services that share a port through an anchor or an `extends`
 * base are distinct containers.
 */
function occupants(members) {
    const seen = new Set();
    const byOccupant = new Map();
    for (const d of [...members].sort(byLocation)) {
        const read = `${d.file}:${d.line}:${d.service}`;
        if (seen.has(read))
            continue;
        seen.add(read);
        append(byOccupant, `${d.source}\0${d.source === 'env' ? '' : d.project}\0${d.service}`, d);
    }
    return [...byOccupant.values()];
}
/** One service binding the same host port twice within one project (two items of its ports). */
function bindsTwice(occupant) {
    if (occupant[0].source === 'env')
        return false;
    const projects = occupant.map((d) => d.projectId);
    return new Set(projects).size < projects.length;
}
/** `service "b" (project shop) at compose.yml:10`; the service's own line when an anchor holds the port. */
function member(d, shared) {
    if (shared && d.serviceAt)
        return `${describe(d)} at ${d.serviceAt} (port at ${where(d)})`;
    return `${describe(d)} at ${where(d)}`;
}
/** The finding sits at the last declaration (by file and line) of those that clash: `focus`. */
function conflictFinding(ports, group, rule, severity, focus = group.flat()) {
    const declarations = group.flat().sort(byLocation);
    const last = [...focus].sort(byLocation).at(-1);
    const shared = declarations.filter((d) => where(d) === where(last)).length > 1;
    const listed = declarations.slice(0, LISTED).map((d) => member(d, shared));
    const more = declarations.length - listed.length;
    const single = ports.start === ports.end;
    const line = shared && last.serviceAt ? Number(last.serviceAt.split(':').at(-1)) : last.line;
    const file = shared && last.serviceAt ? last.serviceAt.replace(/:\d+$/, '') : last.file;
    return {
        rule,
        severity,
        message: `host port${single ? '' : 's'} ${formatRange(ports)}/${last.protocol} ${single ? 'is' : 'are'} published by ${declarations.length} declarations: ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
        file,
        line,
        involves: [...new Set(declarations.map((d) => d.file))],
    };
}
/** The finding for the services on one stretch of ports and addresses, if they clash. */
function verdict(ports, members, options) {
    const group = occupants(members);
    if (group.length < 2 && !group.some(bindsTwice))
        return undefined;
    if (members.some((d) => d.binding === 'hostPort'))
        return conflictFinding(ports, group, 'host-port-conflict', 'error');
    const perProject = new Map();
    for (const occupant of group)
        for (const id of new Set(occupant.map((d) => d.projectId)))
            perProject.set(id, (perProject.get(id) ?? 0) + 1);
    const crowded = new Set([...perProject].filter(([, count]) => count > 1).map(([id]) => id));
    if (group.some(bindsTwice) || crowded.size > 0) {
        const focus = group.flat().filter((d) => crowded.has(d.projectId));
        return conflictFinding(ports, group, 'port-conflict', 'error', focus.length > 0 ? focus : undefined);
    }
    if (options.crossProject === 'off')
        return undefined;
    const declared = [...perProject.keys()].filter((id) => options.together.has(id));
    if (members[0].source === 'compose' && declared.length < 2)
        return 'undeclared';
    const severity = options.crossProject === 'error' ? 'error' : 'warning';
    return conflictFinding(ports, group, 'cross-project-port-conflict', severity);
}
function undeclaredNotice(count) {
    return {
        rule: 'undeclared-cross-project',
        severity: 'notice',
        message: `${count} host port${count === 1 ? ' is' : 's are'} published by several Compose projects not declared to run together, so they were not checked against each other. To check projects that run on one host, list them in the projects input (one a line) or register their ports in the registry.`,
        involves: [],
    };
}
/**
 * Host ports bound twice: per pool and protocol, each stretch of ports several declarations
 * cover is one finding listing them all.
 */
function hostPortConflicts(declarations, options) {
    const pools = new Map();
    for (const d of declarations) {
        const pool = poolOf(d);
        if (pool)
            append(pools, `${pool}/${d.protocol}`, d);
    }
    const findings = [];
    let undeclared = 0;
    let unlisted = 0;
    for (const pool of pools.values()) {
        for (const { ports, members } of overlaps(pool, (d) => d.published)) {
            for (const group of byAddress(members, (d) => d.hostIp)) {
                const found = verdict(ports, group, options);
                if (found === 'undeclared')
                    undeclared++;
                else if (found && findings.length < MAX_CONFLICTS)
                    findings.push(found);
                else if (found)
                    unlisted++;
            }
        }
    }
    if (unlisted > 0)
        findings.push({
            rule: 'too-many-conflicts',
            severity: 'error',
            message: `${unlisted} more port conflicts are not listed (the first ${MAX_CONFLICTS} are)`,
            involves: [],
        });
    if (undeclared > 0)
        findings.push(undeclaredNotice(undeclared));
    return findings;
}

const NODE_PORT_RANGE = { start: 30000, end: 32767 };
/** Kubernetes nodePorts: inside the default service-node-port-range, and each used by one Service. */
function nodePortFindings(declarations) {
    const nodePorts = declarations.filter((d) => d.binding === 'nodePort').sort(byLocation);
    const findings = nodePorts
        .filter((d) => d.published.start < NODE_PORT_RANGE.start || d.published.end > NODE_PORT_RANGE.end)
        .map((d) => ({
        rule: 'node-port-range',
        severity: 'error',
        message: `nodePort ${formatRange(d.published)} of Service ${JSON.stringify(d.service)} is outside ${formatRange(NODE_PORT_RANGE)}, the range the API server accepts by default`,
        file: d.file,
        line: d.line,
        involves: [d.file],
    }));
    const byPort = new Map();
    for (const d of nodePorts)
        append(byPort, d.published.start, d);
    for (const [port, users] of byPort) {
        // One Service may use a nodePort once per protocol (DNS on 53/tcp and 53/udp).
        const services = new Set(users.map((d) => `${d.project}/${d.service}`));
        const uses = new Set(users.map((d) => `${d.project}/${d.service}/${d.protocol}`));
        if (services.size < 2 && uses.size === users.length)
            continue;
        const last = users.at(-1);
        const listed = users.slice(0, LISTED).map((d) => `${JSON.stringify(d.service)} at ${where(d)}`);
        const more = users.length - listed.length;
        findings.push({
            rule: 'node-port-conflict',
            severity: 'error',
            message: `nodePort ${port} is used by ${users.length} Service ports: ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
            file: last.file,
            line: last.line,
            involves: [...new Set(users.map((d) => d.file))],
        });
    }
    return findings;
}
/** Ports below 1024 published on every address: privileged on the host and reachable from outside. */
function privilegedPortFindings(declarations) {
    return declarations
        .filter((d) => d.published &&
        d.binding !== 'nodePort' &&
        d.source !== 'dockerfile' &&
        d.published.start < 1024 &&
        isAllAddresses(d.hostIp))
        .map((d) => ({
        rule: 'privileged-port',
        severity: 'notice',
        message: `${describe(d)} publishes port ${formatRange(d.published)}/${d.protocol} (below 1024) on all addresses`,
        file: d.file,
        line: d.line,
        involves: [d.file],
    }));
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/picked-ports.ts



const size = (range) => range.end - range.start + 1;
const within = (inner, outer) => outer.start <= inner.start && inner.end <= outer.end;
const hostRange = (d) => d.published ?? d.pickFrom;
/** How many ports of `range` the fixed mappings cover (their overlaps counted once). */
function covered(range, fixed) {
    const clipped = fixed
        .map((d) => ({
        start: Math.max(d.published.start, range.start),
        end: Math.min(d.published.end, range.end),
    }))
        .sort((a, b) => a.start - b.start);
    let count = 0;
    let reached = range.start - 1;
    for (const { start, end } of clipped) {
        if (end <= reached)
            continue;
        count += end - Math.max(start, reached + 1) + 1;
        reached = end;
    }
    return count;
}
/** Whether `other` is compared with `picker`: one project, or two projects declared to run together. */
function compared(picker, other, options) {
    if (other.project === picker.project && other.service === picker.service)
        return false;
    if (other.projectId === picker.projectId)
        return true;
    return (options.crossProject !== 'off' &&
        options.together.has(picker.projectId) &&
        options.together.has(other.projectId));
}
function finding(picker, others, taken, options) {
    const range = picker.pickFrom;
    const all = [picker, ...others].sort(byLocation);
    const last = all.at(-1);
    const listed = others
        .slice(0, LISTED)
        .map((d) => `${describe(d)} at ${where(d)} (${formatRange(hostRange(d))})`);
    const more = others.length > LISTED ? `; and ${others.length - LISTED} more` : '';
    const head = `Docker binds one free host port of ${formatRange(range)}/${picker.protocol} for ${describe(picker)} at ${where(picker)}`;
    const base = { file: last.file, line: last.line, involves: [...new Set(all.map((d) => d.file))] };
    if (taken < size(range))
        return {
            ...base,
            rule: 'port-range-overlap',
            severity: 'warning',
            message: `${head}; ${taken} of its ${size(range)} ports may be taken by: ${listed.join('; ')}${more}. Which port it gets depends on what starts first.`,
        };
    const sameProject = others.some((d) => d.projectId === picker.projectId);
    const severity = sameProject || options.crossProject === 'error' ? 'error' : 'warning';
    return {
        ...base,
        rule: sameProject ? 'port-conflict' : 'cross-project-port-conflict',
        severity,
        message: `${head}, and none is left: ${listed.join('; ')}${more}`,
    };
}
/** The findings of every host range for one container port, one per group of mappings involved. */
function pickedPortFindings(declarations, options) {
    const pools = new Map();
    for (const d of declarations)
        if (d.source === 'compose' && hostRange(d))
            append(pools, d.protocol, d);
    const findings = [];
    const seen = new Set();
    for (const pool of pools.values()) {
        for (const picker of pool.filter((d) => d.pickFrom)) {
            const range = picker.pickFrom;
            const others = pool
                .filter((d) => d !== picker &&
                rangesOverlap(hostRange(d), range) &&
                hostsOverlap(d.hostIp, picker.hostIp) &&
                compared(picker, d, options))
                .sort(byLocation);
            if (others.length === 0)
                continue;
            const fixed = others.filter((d) => d.published);
            // Pickers whose range lies inside this one must take one port of it each.
            const inside = others.filter((d) => d.pickFrom && within(d.pickFrom, range)).length;
            const taken = Math.min(covered(range, fixed) + inside, size(range));
            const key = [formatRange(range), ...[picker, ...others].map(where).sort()].join('\0');
            if (seen.has(key))
                continue;
            seen.add(key);
            findings.push(finding(picker, others, taken, options));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/ports-output.ts
/**
 * The report holds at most this many ports: a 10-byte `EXPOSE 1-65535` expands to 65,535, so
 * without a bound memory would follow the numbers in a file rather than its size.
 */
const MAX_PORT_ENTRIES = 100_000;
/**
 * The `ports` output: one entry per container port, ranges expanded, `published: null` when
 * unbound; `total` counts every port, including those past MAX_PORT_ENTRIES that are left out.
 */
function portEntries(declarations) {
    const entries = [];
    let total = 0;
    for (const d of declarations) {
        const size = d.target.end - d.target.start + 1;
        total += size;
        for (let offset = 0; offset < size && entries.length < MAX_PORT_ENTRIES; offset++) {
            entries.push({
                service: d.service,
                project: d.project,
                file: d.file,
                line: d.line,
                host_ip: d.hostIp,
                published: d.published ? d.published.start + offset : null,
                target: d.target.start + offset,
                protocol: d.protocol,
                source: d.source,
            });
        }
    }
    return { entries, total };
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/registry-checks.ts




function names(declaration) {
    return [declaration.service, ...declaration.aliases].map((name) => name.toLowerCase());
}
function entryMatches(entry, declaration) {
    return names(declaration).includes(entry.service.toLowerCase());
}
/** The parts of `range` that none of `cut` covers. */
function subtract(range, cut) {
    let rest = [range];
    for (const piece of cut) {
        rest = rest.flatMap((part) => {
            if (!rangesOverlap(part, piece))
                return [part];
            const left = { start: part.start, end: piece.start - 1 };
            const right = { start: piece.end + 1, end: part.end };
            return [left, right].filter((r) => r.start <= r.end);
        });
    }
    return rest;
}
/** Published Compose ports against the registry: missing, or registered to another service. */
function declarationFindings(declarations, registry, required) {
    const findings = [];
    for (const declaration of declarations) {
        if (declaration.source !== 'compose' || !declaration.published)
            continue;
        const published = declaration.published;
        const entries = registry.entries.filter((entry) => entry.protocol === declaration.protocol && rangesOverlap(entry.port, published));
        const mine = entries.filter((entry) => entryMatches(entry, declaration));
        const others = entries.filter((entry) => !mine.includes(entry));
        const missing = subtract(published, entries.map((entry) => entry.port));
        const elsewhere = subtract(published, [
            ...subtract(published, others.map((entry) => entry.port)),
            ...mine.map((e) => e.port),
        ]);
        const base = {
            file: declaration.file,
            line: declaration.line,
            involves: [declaration.file, registry.file],
        };
        const what = (ranges) => `host port ${ranges.map(formatRange).join(', ')}/${declaration.protocol} of ${describe(declaration)}`;
        if (missing.length > 0) {
            findings.push({
                ...base,
                rule: 'unregistered-port',
                severity: required ? 'error' : 'warning',
                message: `${what(missing)} is not in ${registry.file}`,
            });
        }
        if (elsewhere.length > 0) {
            const owner = others.find((entry) => elsewhere.some((r) => rangesOverlap(r, entry.port)));
            findings.push({
                ...base,
                rule: 'misregistered-port',
                severity: 'error',
                message: `${what(elsewhere)} is registered to ${JSON.stringify(owner.service)} at ${owner.file}:${owner.line}`,
            });
        }
    }
    return findings;
}
/** Entries no source declares, as a host port or as a container port of the service they name. */
function staleFindings(declarations, registry) {
    return registry.entries
        .filter((entry) => !declarations.some((d) => d.protocol === entry.protocol &&
        ((d.published && rangesOverlap(d.published, entry.port)) ||
            (entryMatches(entry, d) && rangesOverlap(d.target, entry.port)))))
        .map((entry) => ({
        rule: 'stale-registry-entry',
        severity: 'warning',
        message: `port ${formatRange(entry.port)}/${entry.protocol} is registered to ${JSON.stringify(entry.service)}, but no compose file, Dockerfile, manifest or .env declares it`,
        file: entry.file,
        line: entry.line,
        involves: [entry.file],
    }));
}
/** A service the registry names that the repository shows publishing these ports. */
function publishes(declarations, entry, ports) {
    return declarations.some((d) => d.published &&
        d.protocol === entry.protocol &&
        rangesOverlap(d.published, ports) &&
        entryMatches(entry, d));
}
/**
 * Ports the registry gives to several services on overlapping addresses. When the repository
 * itself publishes the port from each of them, the scan's conflict checks judge it (a registry
 * written by write-registry describes the repository as it is, and passes).
 */
function selfConflicts(declarations, registry) {
    const findings = [];
    const byProtocol = new Map();
    for (const entry of registry.entries)
        append(byProtocol, entry.protocol, entry);
    for (const entries of byProtocol.values()) {
        for (const { ports, members } of overlaps(entries, (entry) => entry.port)) {
            for (const group of byAddress(members, (entry) => entry.hostIp)) {
                const services = new Set(group.map((entry) => entry.service.toLowerCase()));
                if (services.size < 2 || group.every((entry) => publishes(declarations, entry, ports)))
                    continue;
                const sorted = [...group].sort((a, b) => a.line - b.line);
                const last = sorted.at(-1);
                findings.push({
                    rule: 'registry-conflict',
                    severity: 'error',
                    message: `the registry gives port ${formatRange(ports)}/${last.protocol} to ${services.size} services: ${sorted.map((entry) => `${JSON.stringify(entry.service)} (line ${entry.line})`).join(', ')}`,
                    file: last.file,
                    line: last.line,
                    involves: [last.file],
                });
            }
        }
    }
    return findings;
}
function registryFindings(declarations, registry, required) {
    return [
        ...declarationFindings(declarations, registry, required),
        ...staleFindings(declarations, registry),
        ...selfConflicts(declarations, registry),
    ];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./actions/port-conflict-check/src/port-spec.ts

class PortSyntaxError extends Error {
    name = 'PortSyntaxError';
}
const PROTOCOLS = ['tcp', 'udp', 'sctp'];
const LONG_SYNTAX_KEYS = new Set([
    'target',
    'published',
    'host_ip',
    'protocol',
    'mode',
    'name',
    'app_protocol',
]);
function parseProtocol(text, where) {
    const protocol = text.trim().toLowerCase();
    if (!PROTOCOLS.includes(protocol))
        throw new PortSyntaxError(`unknown protocol ${JSON.stringify(text)} in ${where}`);
    return protocol;
}
/** "8080" or "9000-9005"; every port 1-65535, a range low to high. */
function parseRange(text, where) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
    if (!match)
        throw new PortSyntaxError(`invalid port ${JSON.stringify(text)} in ${where}`);
    const start = Number(match[1]);
    const end = match[2] === undefined ? start : Number(match[2]);
    for (const port of [start, end]) {
        if (port < 1 || port > 65535)
            throw new PortSyntaxError(`port ${port} is outside 1-65535 in ${where}`);
    }
    if (end < start)
        throw new PortSyntaxError(`invalid port range ${JSON.stringify(text)} in ${where}: it runs backwards`);
    return { start, end };
}
function parseHostIp(text, where) {
    const ip = text.replace(/^\[(.*)\]$/, '$1');
    if (ip !== '' && (0,external_node_net_.isIP)(ip) === 0)
        throw new PortSyntaxError(`invalid host IP ${JSON.stringify(text)} in ${where}`);
    return ip;
}
/** Host and container ranges must pair up one to one; a host range for one container port lets Docker pick. */
function pair(published, target, where) {
    if (!published)
        return { published: null };
    const hostSize = published.end - published.start;
    const targetSize = target.end - target.start;
    if (hostSize === targetSize)
        return { published };
    if (targetSize === 0)
        return { published: null, pickFrom: published };
    throw new PortSyntaxError(`host and container port ranges differ in size in ${where}`);
}
/** `[[HOST_IP:](HOST_PORT|RANGE):](PORT|RANGE)[/PROTOCOL]`, split from the right as Docker does. */
function parseShortSyntax(text) {
    const where = JSON.stringify(text);
    let spec = text.trim();
    let protocol = 'tcp';
    const slash = spec.lastIndexOf('/');
    if (slash >= 0) {
        protocol = parseProtocol(spec.slice(slash + 1), where);
        spec = spec.slice(0, slash);
    }
    const last = spec.lastIndexOf(':');
    const target = parseRange(last < 0 ? spec : spec.slice(last + 1), where);
    if (last < 0)
        return { hostIp: '', published: null, target, protocol };
    const rest = spec.slice(0, last);
    const split = rest.lastIndexOf(':');
    const hostPort = split < 0 ? rest : rest.slice(split + 1);
    const hostIp = split < 0 ? '' : parseHostIp(rest.slice(0, split), where);
    const published = hostPort === '' ? null : parseRange(hostPort, where);
    return { hostIp, ...pair(published, target, where), target, protocol };
}
function portText(value, field) {
    if (typeof value === 'number' || typeof value === 'string')
        return String(value);
    throw new PortSyntaxError(`${field} must be a port number or range, got ${JSON.stringify(value)}`);
}
/** The long syntax: target, published (number or range string), host_ip, protocol, mode, name, app_protocol. */
function parseLongSyntax(item) {
    const unknown = Object.keys(item).find((key) => !LONG_SYNTAX_KEYS.has(key) && !key.startsWith('x-'));
    if (unknown)
        throw new PortSyntaxError(`unsupported port option ${JSON.stringify(unknown)}`);
    if (item.target === undefined)
        throw new PortSyntaxError('a port in the long syntax needs a target');
    const target = parseRange(portText(item.target, 'target'), 'target');
    const publishedText = item.published === undefined || item.published === ''
        ? ''
        : portText(item.published, 'published');
    const published = publishedText ? parseRange(publishedText, 'published') : null;
    const protocol = item.protocol === undefined ? 'tcp' : parseProtocol(String(item.protocol), 'protocol');
    const hostIp = item.host_ip === undefined ? '' : parseHostIp(String(item.host_ip), 'host_ip');
    return { hostIp, ...pair(published, target, 'the long syntax'), target, protocol };
}
/** One item of `ports`: a YAML int (container port), a short-syntax string, or a long-syntax map. */
function parsePortItem(item) {
    if (typeof item === 'number')
        return parseShortSyntax(String(item));
    if (typeof item === 'string')
        return parseShortSyntax(item);
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
        return parseLongSyntax(item);
    }
    throw new PortSyntaxError(`a port must be a number, a string or a map, got ${JSON.stringify(item)}`);
}
/** One item of `expose` (or a Dockerfile EXPOSE word): `PORT[-END][/PROTOCOL]`. */
function parseExposeItem(item) {
    const text = String(item);
    const [port = '', protocol] = text.split('/');
    return {
        target: parseRange(port, JSON.stringify(text)),
        protocol: protocol === undefined ? 'tcp' : parseProtocol(protocol, JSON.stringify(text)),
    };
}

// EXTERNAL MODULE: ./packages/kit/src/yaml.ts + 1 modules
var yaml = __webpack_require__(8068);
;// CONCATENATED MODULE: ./actions/port-conflict-check/src/registry.ts




const HEADERS = {
    service: /^(service|service name|name)$/,
    port: /^(port|ports|host port|host ports|published|published port|external port)$/,
    containerPort: /^(container port|container ports|target|target port|internal port)$/,
    protocol: /^(protocol|proto)$/,
    hostIp: /^(host ip|ip|bind|bind address|host address|interface)$/,
    description: /^(description|owner|notes|purpose|used by)$/,
};
const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const NO_PORT = /^(|-|—|–|n\/a|none)$/i;
function cells(line) {
    return line
        .trim()
        .replace(/^\|/, '')
        .replace(/(?<!\\)\|$/, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}
function plain(cell) {
    return cell.replace(/[`*_]/g, '').trim();
}
/** Protocol cells: "tcp", "UDP", "tcp/udp" or "both" (one entry each), empty for tcp. */
function protocols(cell, where) {
    const text = plain(cell).toLowerCase();
    if (text === '')
        return ['tcp'];
    if (text === 'both')
        return ['tcp', 'udp'];
    return text
        .split(/[\s/,+]+/)
        .filter(Boolean)
        .map((part) => parseProtocol(part, where));
}
function toEntries(file, raw) {
    const location = { file, line: raw.line };
    const portText = plain(String(raw.port ?? ''));
    if (NO_PORT.test(portText))
        return [];
    try {
        const [port = '', suffix] = portText.replace(/\s*-\s*/, '-').split('/');
        const range = parseRange(port, 'the port column');
        const list = suffix
            ? [parseProtocol(suffix, 'the port column')]
            : protocols(String(raw.protocol ?? ''), 'the protocol column');
        const containerText = plain(String(raw.containerPort ?? ''))
            .split('/')[0]
            .replace(/\s*-\s*/, '-');
        const containerPort = NO_PORT.test(containerText)
            ? undefined
            : parseRange(containerText, 'the container port column');
        const service = plain(String(raw.service ?? ''));
        if (!service)
            throw new errors/* UsageError */.eb('registry entry without a service', { location });
        return list.map((protocol) => ({
            service,
            port: range,
            containerPort,
            protocol,
            hostIp: plain(String(raw.hostIp ?? '')).replace(/^\[(.*)\]$/, '$1'),
            description: String(raw.description ?? '').trim(),
            file,
            line: raw.line,
        }));
    }
    catch (error) {
        if (error instanceof PortSyntaxError)
            throw new errors/* UsageError */.eb(`registry: ${error.message}`, { location });
        throw error;
    }
}
/** Tables whose header names a Service or a Port column; each must have both. */
function readMarkdown(file, text) {
    const lines = text.split(/\r?\n/);
    const entries = [];
    let table;
    for (let index = 0; index + 1 < lines.length; index++) {
        if (!lines[index].includes('|') || !SEPARATOR.test(lines[index + 1]))
            continue;
        const header = cells(lines[index]).map((cell) => plain(cell).toLowerCase());
        const columns = Object.fromEntries(Object.keys(HEADERS).map((column) => [
            column,
            header.findIndex((cell) => HEADERS[column].test(cell)),
        ]));
        if (columns.service < 0 && columns.port < 0)
            continue;
        const location = { file, line: index + 1 };
        if (columns.service < 0)
            throw new errors/* UsageError */.eb('the registry table has no Service column', { location });
        if (columns.port < 0)
            throw new errors/* UsageError */.eb('the registry table has no Port (or Host Port) column', { location });
        let row = index + 2;
        for (; row < lines.length && lines[row].includes('|'); row++) {
            const values = cells(lines[row]);
            const at = (column) => (columns[column] < 0 ? undefined : values[columns[column]]);
            entries.push(...toEntries(file, {
                service: at('service'),
                port: at('port'),
                containerPort: at('containerPort'),
                protocol: at('protocol'),
                hostIp: at('hostIp'),
                description: at('description'),
                line: row + 1,
            }));
        }
        table ??= { startLine: index + 1, endLine: row };
        index = row - 1;
    }
    if (!table)
        throw new errors/* UsageError */.eb('no registry table found: expected a Markdown table with Service and Port columns', { location: { file, line: 1 } });
    return { file, entries, table };
}
/** `[{service, port, container_port, protocol, host_ip, description}]`, bare or under `ports:`. */
function readStructured(file, text) {
    const document = (0,yaml.parseYaml)(text, { file, input: 'registry', mergeKeys: true });
    const root = document.value;
    const list = Array.isArray(root) ? root : (0,yaml.isRecord)(root) ? root.ports : undefined;
    const path = Array.isArray(root) ? [] : ['ports'];
    if (!Array.isArray(list))
        throw new errors/* UsageError */.eb('expected a list of port entries (or a map with a ports list)', {
            location: { file, line: 1 },
        });
    const entries = list.flatMap((item, index) => {
        const line = document.lineOf([...path, index]);
        if (!(0,yaml.isRecord)(item))
            throw new errors/* UsageError */.eb('a registry entry must be a map', { location: { file, line } });
        for (const field of ['service', 'port']) {
            const value = field === 'port' ? (item.port ?? item.host_port ?? item.published) : item.service;
            if (value === undefined)
                throw new errors/* UsageError */.eb(`registry entry without the ${field} field`, {
                    location: { file, line },
                });
        }
        return toEntries(file, {
            service: item.service,
            port: item.port ?? item.host_port ?? item.published,
            containerPort: item.container_port ?? item.target,
            protocol: item.protocol,
            hostIp: item.host_ip,
            description: item.description ?? item.owner,
            line,
        });
    });
    return { file, entries, table: undefined };
}
function isStructuredRegistry(file) {
    return ['.yml', '.yaml', '.json'].includes((0,external_node_path_.extname)(file).toLowerCase());
}
function parseRegistry(file, text) {
    return isStructuredRegistry(file) ? readStructured(file, text) : readMarkdown(file, text);
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/registry-writer.ts


const REGISTRY_COLUMNS = [
    'Service',
    'Port',
    'Container Port',
    'Protocol',
    'Host IP',
    'Description',
];
function escapeCell(text) {
    return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
function renderTable(rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [
        line(REGISTRY_COLUMNS),
        line(REGISTRY_COLUMNS.map(() => '---')),
        ...rows.map((row) => line(row.cells)),
    ];
}
/** One row per published Compose port declaration; a service name used by two projects is qualified. */
function foundRows(declarations) {
    const published = declarations.filter((d) => d.source === 'compose' && d.published);
    const projects = new Map();
    for (const d of published)
        projects.set(d.service, (projects.get(d.service) ?? new Set()).add(d.projectId));
    const seen = new Set();
    return published
        .map((d) => ({
        declaration: d,
        service: projects.get(d.service).size > 1 ? `${d.project}/${d.service}` : d.service,
    }))
        .filter(({ declaration: d, service }) => {
        const key = `${service} ${formatRange(d.published)} ${d.protocol} ${d.hostIp}`;
        return !seen.has(key) && seen.add(key);
    });
}
/**
 * The registry table for what was found: rows already in the registry keep their place and their
 * description (service and ports are brought up to date), new ports follow sorted by port, and rows
 * nothing declares any more are dropped.
 */
function registryTable(declarations, existing) {
    const found = foundRows(declarations);
    const used = new Set();
    const row = ({ declaration: d, service }, description) => ({
        cells: [
            service,
            formatRange(d.published),
            formatRange(d.target),
            d.protocol,
            d.hostIp,
            description,
        ],
        start: d.published.start,
    });
    const kept = [];
    for (const entry of existing?.entries ?? []) {
        const matches = found
            .map((item, index) => ({ item, index }))
            .filter(({ item, index }) => !used.has(index) &&
            item.declaration.protocol === entry.protocol &&
            rangesOverlap(item.declaration.published, entry.port));
        const best = matches.find(({ item }) => entryMatches(entry, item.declaration)) ?? matches[0];
        if (!best)
            continue;
        used.add(best.index);
        kept.push(row(best.item, entry.description));
    }
    const added = found.filter((_, index) => !used.has(index)).map((item) => row(item, ''));
    added.sort((a, b) => a.start - b.start);
    return renderTable([...kept, ...added]);
}
const PREAMBLE = [
    '# Port mappings',
    '',
    'Every host port the services of this repository publish. Check this table before changing a port;',
    'port-conflict-check keeps it honest (`npx flow-actions port-conflict-check --write-registry PORT_MAPPINGS.md` updates it).',
    '',
];
/** The whole registry file: the table replaced in place, or a new file around it. */
function registryDocument(table, existingText, existing) {
    if (existingText === undefined || !existing?.table)
        return [...PREAMBLE, ...table, ''].join('\n');
    const lines = existingText.split(/\r?\n/);
    const { startLine, endLine } = existing.table;
    return [...lines.slice(0, startLine - 1), ...table, ...lines.slice(endLine)].join('\n');
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/interpolate.ts
class InterpolationError extends Error {
    name = 'InterpolationError';
}
const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;
const OPERATORS = [':-', ':?', ':+', '-', '?', '+'];
/** Index just past the `}` that closes the `${` opened before `start`, or -1. */
function closingBrace(text, start) {
    let depth = 1;
    for (let index = start; index < text.length; index++) {
        if (text[index] === '$' && text[index + 1] === '$')
            index++;
        else if (text[index] === '$' && text[index + 1] === '{') {
            depth++;
            index++;
        }
        else if (text[index] === '}' && --depth === 0)
            return index;
    }
    return -1;
}
function expandBraced(body, variables, unset, original) {
    const name = NAME.exec(body)?.[0];
    if (!name)
        throw new InterpolationError(`invalid interpolation format for ${JSON.stringify(original)}`);
    const rest = body.slice(name.length);
    const value = variables.get(name);
    if (rest === '') {
        if (value === undefined)
            unset.push(name);
        return value ?? '';
    }
    const operator = OPERATORS.find((candidate) => rest.startsWith(candidate));
    if (!operator)
        throw new InterpolationError(`invalid interpolation format for ${JSON.stringify(original)}`);
    const argument = () => expand(rest.slice(operator.length), variables, unset, original);
    const empty = operator.startsWith(':') ? !value : value === undefined;
    switch (operator) {
        case ':-':
        case '-':
            return empty ? argument() : value;
        case ':?':
        case '?': {
            if (!empty)
                return value;
            const message = argument();
            throw new InterpolationError(`required variable ${name} is missing a value${message ? `: ${message}` : ''}`);
        }
        default:
            return empty ? '' : argument();
    }
}
function expand(text, variables, unset, original) {
    let out = '';
    let index = 0;
    while (index < text.length) {
        const dollar = text.indexOf('$', index);
        if (dollar < 0)
            return out + text.slice(index);
        out += text.slice(index, dollar);
        const next = text[dollar + 1];
        if (next === '$') {
            out += '$';
            index = dollar + 2;
        }
        else if (next === '{') {
            const close = closingBrace(text, dollar + 2);
            if (close < 0)
                throw new InterpolationError(`invalid interpolation format for ${JSON.stringify(original)}`);
            out += expandBraced(text.slice(dollar + 2, close), variables, unset, original);
            index = close + 1;
        }
        else {
            const name = NAME.exec(text.slice(dollar + 1))?.[0];
            if (!name) {
                // Compose v2 keeps `$(cmd)`, `$5` and a lone `$` as written (v1 refused them).
                out += '$';
                index = dollar + 1;
                continue;
            }
            const value = variables.get(name);
            if (value === undefined)
                unset.push(name);
            out += value ?? '';
            index = dollar + 1 + name.length;
        }
    }
    return out;
}
function interpolate(text, variables) {
    const unset = [];
    if (!text.includes('$'))
        return { value: text, unset };
    return { value: expand(text, variables, unset, text), unset };
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/dotenv.ts

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;
function unquote(raw, known) {
    const quote = raw[0];
    if ((quote === '"' || quote === "'") && raw.length > 1) {
        const end = raw.indexOf(quote, 1);
        if (end > 0) {
            const inner = raw.slice(1, end);
            if (quote === "'")
                return inner;
            return interpolateLenient(inner.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1'), known);
        }
    }
    // Unquoted: an inline comment starts at " #".
    return interpolateLenient(raw.replace(/\s+#.*$/, '').trim(), known);
}
/** Values may use earlier variables; a malformed reference stays as written. */
function interpolateLenient(text, known) {
    try {
        return interpolate(text, known).value;
    }
    catch {
        return text;
    }
}
/** The entries of a `.env` file as Compose reads it: comments, `export`, quotes, `${VAR}` references. */
function parseEnvFile(text, base = new Map()) {
    const entries = [];
    const known = new Map(base);
    text.split(/\r?\n/).forEach((raw, index) => {
        if (/^\s*(#|$)/.test(raw))
            return;
        const match = ASSIGNMENT.exec(raw);
        if (!match)
            return;
        const value = unquote(match[2].trim(), known);
        known.set(match[1], value);
        entries.push({ key: match[1], value, line: index + 1 });
    });
    return entries;
}
function envVariables(entries) {
    return new Map(entries.map((entry) => [entry.key, entry.value]));
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/compose-service.ts
/** One Compose file's services as far as ports go: interpolated, modelled, merged. */






const PORT_FIELDS = new Set(['ports', 'expose', 'network_mode']);
/** Interpolate every string of a document as Compose does; `${VAR:?err}` becomes an error at its line. */
function interpolateTree(context, document, variables) {
    const warned = new Set();
    // One path stack for the whole walk: copied only when a line has to be looked up.
    const path = [];
    const walk = (value) => {
        if (typeof value === 'string') {
            if (!value.includes('$'))
                return value;
            try {
                const result = interpolate(value, variables);
                // Compose warns about every unset variable; only those that decide a port matter here.
                const decidesPorts = path[0] === 'services' && PORT_FIELDS.has(String(path[2]));
                for (const name of decidesPorts ? result.unset : []) {
                    if (warned.has(name))
                        continue;
                    warned.add(name);
                    context.add({
                        rule: 'unset-variable',
                        severity: 'warning',
                        message: `The ${name} variable is not set. Defaulting to a blank string (as Compose does).`,
                        file: document.file,
                        line: document.lineOf(path),
                    });
                }
                return result.value;
            }
            catch (error) {
                if (!(error instanceof InterpolationError))
                    throw error;
                throw new errors/* UsageError */.eb(error.message, {
                    location: { file: document.file, line: document.lineOf(path) },
                });
            }
        }
        const child = (key, item) => {
            path.push(key);
            const result = walk(item);
            path.pop();
            return result;
        };
        if (Array.isArray(value))
            return value.map((item, index) => child(index, item));
        if ((0,yaml.isRecord)(value)) {
            const result = {};
            for (const key of Object.keys(value))
                result[key] = child(key, value[key]);
            return result;
        }
        return value;
    };
    return walk(document.value);
}
function stringList(value) {
    if (value === undefined || value === null)
        return [];
    return (Array.isArray(value) ? value : [value]).map(String);
}
function locatedItems(document, path, value) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value)) {
        throw new errors/* UsageError */.eb(`${path.join('.')} must be a list`, {
            location: { file: document.file, line: document.lineOf(path) },
        });
    }
    return value.map((item, index) => ({
        value: item,
        file: document.file,
        line: document.lineOf([...path, index]),
    }));
}
function serviceModel(document, name, raw) {
    const line = document.lineOf(['services', name]);
    const service = raw ?? {};
    if (!(0,yaml.isRecord)(service))
        throw new errors/* UsageError */.eb(`service ${name} must be a map`, {
            location: { file: document.file, line },
        });
    return {
        name,
        file: document.file,
        line,
        ports: locatedItems(document, ['services', name, 'ports'], service.ports),
        expose: locatedItems(document, ['services', name, 'expose'], service.expose),
        networkMode: service.network_mode === undefined ? undefined : String(service.network_mode),
        profiles: stringList(service.profiles),
        containerName: service.container_name === undefined ? undefined : String(service.container_name),
    };
}
/**
 * Compose merges ports as unique resources keyed by (host_ip, published, target, protocol) of the
 * expanded form, so "8080:80" and `{target: 80, published: 8080}` are one port.
 */
function portKey(value) {
    try {
        const port = parsePortItem(value);
        const host = port.published ?? port.pickFrom;
        const published = host ? `${host.start}-${host.end}` : '';
        return `${port.hostIp}:${published}:${port.target.start}-${port.target.end}/${port.protocol}`;
    }
    catch {
        return JSON.stringify(value); // reported as an error at its line later
    }
}
/** Unique items of two lists, the first declaration kept: how Compose merges ports and expose. */
function mergeUnique(base, override, key) {
    const seen = new Set(base.map((item) => key(item.value)));
    return [...base, ...override.filter((item) => !seen.has(key(item.value)))];
}
/** An override (a later file, or the service that extends) on top of a base service. */
function mergeServices(base, override) {
    return {
        name: override.name,
        file: override.file,
        line: override.line,
        ports: mergeUnique(base.ports, override.ports, portKey),
        expose: mergeUnique(base.expose, override.expose, String),
        networkMode: override.networkMode ?? base.networkMode,
        profiles: override.profiles.length > 0 ? override.profiles : base.profiles,
        containerName: override.containerName ?? base.containerName,
    };
}
/** The variables of a `.env` file, or none when there is none. */
function dotenvVariables(context, path, base = new Map(), from) {
    if (!context.exists(path))
        return new Map();
    return envVariables(parseEnvFile(context.readText(path, from), base));
}
/** Compose's default project name: the directory's name, lower case, letters, digits, `-` and `_` only. */
function defaultProjectName(dir) {
    return ((0,external_node_path_.basename)(dir)
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '') || 'default');
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/compose-model.ts
/** Compose files read into projects: `include`, `extends` and override files resolved. */




/** The top-level keys of the Compose specification; `x-` extensions aside, Compose v2 refuses others. */
const TOP_LEVEL_KEYS = new Set([
    'version',
    'name',
    'include',
    'services',
    'networks',
    'volumes',
    'secrets',
    'configs',
    'models',
]);
/** Reads Compose files into models: interpolation, `include`, `extends`, and override merging. */
class ComposeLoader {
    context;
    /** Each file is interpolated once per set of variables. */
    loaded = new WeakMap();
    constructor(context) {
        this.context = context;
    }
    load(path, variables) {
        let cache = this.loaded.get(variables);
        if (!cache)
            this.loaded.set(variables, (cache = new Map()));
        let file = cache.get(path);
        if (!file)
            cache.set(path, (file = this.read(path, variables)));
        return file;
    }
    read(path, variables) {
        const document = this.context.yamlFile(path);
        const root = interpolateTree(this.context, document, variables);
        // Compose refuses an empty file too ("empty compose file"): a gate must not pass on nothing.
        if (root === null)
            throw new errors/* UsageError */.eb('the compose file is empty', {
                location: { file: document.file, line: 1 },
            });
        if (!(0,yaml.isRecord)(root)) {
            throw new errors/* UsageError */.eb('a Compose file must be a map at the top level', {
                location: { file: document.file, line: 1 },
            });
        }
        if (root.services === undefined)
            this.legacyFormat(document, root);
        const services = root.services ?? {};
        if (!(0,yaml.isRecord)(services)) {
            throw new errors/* UsageError */.eb('services must be a map', {
                location: { file: document.file, line: document.lineOf(['services']) },
            });
        }
        const raw = new Map(Object.entries(services).map(([name, service]) => [
            name,
            serviceModel(document, name, service),
        ]));
        return { document, root, raw };
    }
    /**
     * The version 1 format (services at the top level, no `services:`), which Compose v2 refuses:
     * said once per file, and its ports are not checked.
     */
    legacyFormat(document, root) {
        const services = Object.keys(root).filter((key) => !TOP_LEVEL_KEYS.has(key) && !key.startsWith('x-') && (0,yaml.isRecord)(root[key]));
        if (services.length === 0)
            return;
        this.context.add({
            rule: 'compose-v1-format',
            severity: 'warning',
            message: `the Compose file format version 1 (${services.slice(0, 3).join(', ')}${services.length > 3 ? ', …' : ''} at the top level), which Compose v2 refuses: their ports are not checked until they move under services:`,
            file: document.file,
            line: document.lineOf([services[0]]),
        });
    }
    /** The service with its `extends` chain applied (same file or another file, cycles refused). */
    resolveService(path, variables, name, stack, from) {
        const key = `${path}#${name}`;
        const file = this.load(path, variables);
        const model = file.raw.get(name);
        if (!model) {
            throw new errors/* UsageError */.eb(`extends names service ${name}, which ${this.context.relative(path)} does not define`, { location: from ?? { file: file.document.file, line: 1 } });
        }
        if (stack.includes(key)) {
            const chain = [...stack, key].map((entry) => entry.split('#')[1]).join(' → ');
            throw new errors/* UsageError */.eb(`circular extends: ${chain}`, { location: from });
        }
        const services = file.root.services;
        const extendsValue = services[name]?.extends;
        if (extendsValue === undefined)
            return model;
        const here = { file: model.file, line: file.document.lineOf(['services', name, 'extends']) };
        const target = typeof extendsValue === 'string' ? { service: extendsValue } : extendsValue;
        if (!(0,yaml.isRecord)(target) || typeof target.service !== 'string') {
            throw new errors/* UsageError */.eb('extends needs a service name', { location: here });
        }
        const basePath = typeof target.file === 'string' ? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), target.file) : path;
        if (basePath !== path)
            this.context.yamlFile(basePath, here);
        const base = this.resolveService(basePath, variables, target.service, [...stack, key], here);
        return mergeServices(base, model);
    }
    /** One Compose file with its includes and extends resolved. */
    loadFile(path, variables, stack) {
        const file = this.load(path, variables);
        const services = new Map();
        for (const [index, item] of (file.root.include ?? []).entries()) {
            const included = this.loadInclude(path, file.document, item, index, stack);
            for (const [name, service] of included.services) {
                if (file.raw.has(name) || services.has(name)) {
                    throw new errors/* UsageError */.eb(`service ${name} is defined both here and in an included file (${service.file})`, {
                        location: {
                            file: file.document.file,
                            line: file.document.lineOf(['include', index]),
                        },
                    });
                }
                services.set(name, service);
            }
        }
        for (const name of file.raw.keys())
            services.set(name, this.resolveService(path, variables, name, []));
        return { name: typeof file.root.name === 'string' ? file.root.name : undefined, services };
    }
    loadInclude(path, document, item, index, stack) {
        const spec = typeof item === 'string' ? { path: item } : item;
        const location = { file: document.file, line: document.lineOf(['include', index]) };
        if (!(0,yaml.isRecord)(spec) || spec.path === undefined)
            throw new errors/* UsageError */.eb('an include needs a path', { location });
        const dir = (0,external_node_path_.dirname)(path);
        const paths = stringList(spec.path).map((entry) => (0,external_node_path_.resolve)(dir, entry));
        for (const included of paths) {
            if (stack.includes(included))
                throw new errors/* UsageError */.eb(`circular include of ${this.context.relative(included)}`, {
                    location,
                });
            this.context.yamlFile(included, location);
        }
        const projectDir = typeof spec.project_directory === 'string'
            ? (0,external_node_path_.resolve)(dir, spec.project_directory)
            : (0,external_node_path_.dirname)(paths[0]);
        const envFiles = spec.env_file === undefined
            ? [(0,external_node_path_.join)(projectDir, '.env')]
            : stringList(spec.env_file).map((f) => (0,external_node_path_.resolve)(dir, f));
        let variables = new Map();
        for (const envFile of envFiles)
            variables = new Map([
                ...variables,
                ...dotenvVariables(this.context, envFile, variables, location),
            ]);
        return this.loadFiles(paths, variables, [...stack, path]);
    }
    /** Several files merged in order, each later file overriding the earlier ones. */
    loadFiles(paths, variables, stack = []) {
        const merged = { name: undefined, services: new Map() };
        for (const path of paths) {
            const model = this.loadFile(path, variables, [...stack, path]);
            merged.name = model.name ?? merged.name;
            for (const [name, service] of model.services) {
                const base = merged.services.get(name);
                merged.services.set(name, base ? mergeServices(base, service) : service);
            }
        }
        return merged;
    }
    /** The files a Compose file pulls in through `include` or `extends.file`: they are not projects of their own. */
    referencedFiles(path) {
        let root;
        try {
            root = this.context.yamlFile(path).value;
        }
        catch (error) {
            if (error instanceof errors/* UsageError */.eb)
                return []; // reported when the file is read as a project
            throw error;
        }
        if (!(0,yaml.isRecord)(root))
            return [];
        const dir = (0,external_node_path_.dirname)(path);
        const includes = (Array.isArray(root.include) ? root.include : []).flatMap((item) => stringList(typeof item === 'string' ? item : (0,yaml.isRecord)(item) ? item.path : undefined));
        const extended = Object.values((0,yaml.isRecord)(root.services) ? root.services : {}).flatMap((service) => (0,yaml.isRecord)(service) && (0,yaml.isRecord)(service.extends) && typeof service.extends.file === 'string'
            ? [service.extends.file]
            : []);
        return [...includes, ...extended]
            .filter((entry) => !entry.includes('$'))
            .map((entry) => (0,external_node_path_.resolve)(dir, entry));
    }
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/compose-projects.ts





const OVERRIDE = /\.override\.ya?ml$/;
function stem(path) {
    return (0,external_node_path_.basename)(path).replace(/\.ya?ml$/, '');
}
/**
 * Projects from the discovered files: the explicit sets first, then each remaining file with the
 * `<name>.override.yml` beside it; files pulled in by `include` or `extends` belong to their includer.
 */
function groupProjects(context, loader, discovered, explicit) {
    for (const file of explicit.flatMap((set) => set.files))
        context.readInput(file, 'projects');
    const taken = new Set(explicit.flatMap((set) => set.files));
    for (const path of [...discovered, ...taken])
        for (const referenced of loader.referencedFiles(path))
            taken.add(referenced);
    const remaining = discovered.filter((path) => !taken.has(path));
    const sets = [...explicit];
    const overrides = new Set(remaining.filter((path) => OVERRIDE.test(path)));
    for (const path of remaining.filter((file) => !OVERRIDE.test(file))) {
        const files = [path];
        for (const override of overrides) {
            if ((0,external_node_path_.dirname)(override) === (0,external_node_path_.dirname)(path) && stem(override) === `${stem(path)}.override`) {
                files.push(override);
                overrides.delete(override);
            }
        }
        sets.push({ name: undefined, files });
    }
    for (const override of overrides)
        sets.push({ name: undefined, files: [override] });
    return sets;
}
/** One port item; a malformed one is an error finding at its line, and the others are still read. */
function declaration(context, base, item, parse) {
    try {
        return [{ ...base, source: 'compose', file: item.file, line: item.line, ...parse(item.value) }];
    }
    catch (error) {
        if (!(error instanceof PortSyntaxError))
            throw error;
        context.add({
            rule: 'invalid-port',
            severity: 'error',
            message: `service ${base.service}: ${error.message}`,
            file: item.file,
            line: item.line,
        });
        return [];
    }
}
const exposed = (value) => ({
    hostIp: '',
    published: null,
    ...parseExposeItem(value),
});
/** `network_mode: host`: every container port is a host port on every address. */
const onHost = ({ pickFrom: _ignored, ...binding }) => ({
    ...binding,
    hostIp: '',
    published: binding.target,
});
function serviceDeclarations(context, project, service) {
    const aliases = [
        project.name,
        `${project.name}/${service.name}`,
        `${project.name}-${service.name}`,
        `${project.name}_${service.name}`,
    ];
    if (service.containerName)
        aliases.push(service.containerName);
    const base = {
        project: project.name,
        projectId: project.id,
        service: service.name,
        aliases,
        serviceAt: `${service.file}:${service.line}`,
    };
    const host = service.networkMode === 'host';
    return [
        ...service.ports.flatMap((item) => declaration(context, base, item, host ? (v) => onHost(parsePortItem(v)) : parsePortItem)),
        ...service.expose.flatMap((item) => declaration(context, base, item, host ? (v) => onHost(exposed(v)) : exposed)),
    ];
}
function isActive(service, profiles) {
    return (!profiles ||
        service.profiles.length === 0 ||
        service.profiles.some((profile) => profiles.includes(profile)));
}
/** Every port of one project, after interpolation, includes, extends and overrides. */
function projectDeclarations(context, loader, set, options) {
    const first = set.files[0];
    let variables = dotenvVariables(context, (0,external_node_path_.join)((0,external_node_path_.dirname)(first), '.env'));
    for (const envFile of options.envFiles) {
        const text = context.readInput(envFile, 'env-files');
        variables = new Map([...variables, ...envVariables(parseEnvFile(text, variables))]);
    }
    const model = loader.loadFiles(set.files, variables);
    const project = {
        // Compose's order: COMPOSE_PROJECT_NAME (the environment, so the .env beside the file), then
        // the top-level name:, then the directory.
        name: set.name ??
            (variables.get('COMPOSE_PROJECT_NAME') || model.name) ??
            defaultProjectName((0,external_node_path_.dirname)(first)),
        id: set.files.map((f) => context.relative(f)).join('+'),
    };
    return [...model.services.values()]
        .filter((service) => isActive(service, options.profiles))
        .flatMap((service) => serviceDeclarations(context, project, service));
}
function composeDeclarations(context, discovered, options) {
    const loader = new ComposeLoader(context);
    return groupProjects(context, loader, discovered, options.projects).flatMap((set) => context.attempt(() => projectDeclarations(context, loader, set, options)));
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/dockerfile.ts



/** Instructions with `\` continuations joined and comments dropped, each at its first line. */
function instructions(text) {
    const escape = /^#\s*escape\s*=\s*`/im.test(text.split('\n').slice(0, 5).join('\n')) ? '`' : '\\';
    const result = [];
    let current;
    text.split(/\r?\n/).forEach((raw, index) => {
        if (!current && /^\s*(#|$)/.test(raw))
            return;
        if (current && /^\s*#/.test(raw))
            return;
        const continued = raw.trimEnd().endsWith(escape);
        const body = continued ? raw.trimEnd().slice(0, -1) : raw;
        if (current)
            current.args += ` ${body.trim()}`;
        else {
            // Always matches: a line of only `\` (an empty keyword) or a stray `\r` included.
            const match = /^\s*(\S*)\s*(.*)$/s.exec(body);
            current = { keyword: match[1].toUpperCase(), args: match[2], line: index + 1 };
        }
        if (!continued) {
            result.push(current);
            current = undefined;
        }
    });
    if (current)
        result.push(current);
    return result;
}
/** `ARG a=1 b`, `ENV a=1 b=2` or the old `ENV key value`. */
function assignments(args, keyword) {
    if (keyword === 'ENV' && !/^\S+=/.test(args.trim())) {
        const match = /^(\S+)\s+(.*)$/.exec(args.trim());
        return match ? [[match[1], match[2]]] : [];
    }
    return (args.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? []).map((word) => {
        const equals = word.indexOf('=');
        if (equals < 0)
            return [word, undefined];
        return [word.slice(0, equals), word.slice(equals + 1).replace(/^(["'])(.*)\1$/, '$2')];
    });
}
function dockerfile_expand(text, variables) {
    try {
        return interpolate(text, variables).value;
    }
    catch {
        return text;
    }
}
/** The service a Dockerfile builds: `Dockerfile.api` → api, else its directory's name. */
function dockerfileService(file) {
    const name = (0,external_node_path_.basename)(file);
    const suffix = /^Dockerfile\.(.+)$/i.exec(name)?.[1] ?? /^(.+)\.Dockerfile$/i.exec(name)?.[1];
    return suffix ?? ((0,external_node_path_.basename)((0,external_node_path_.dirname)(file)) || 'root');
}
/**
 * EXPOSE of the final stage (and of the stages it is built `FROM`), with ARG and ENV values
 * substituted. A word that is still not a port after substitution is reported, not guessed.
 */
function dockerfileDeclarations(context, path) {
    const file = context.relative(path);
    const service = dockerfileService(file);
    const project = (0,external_node_path_.dirname)(file);
    const globalArgs = new Map();
    const stages = new Map();
    let exposed = [];
    let variables = new Map();
    let inStage = false;
    for (const { keyword, args, line } of instructions(context.readText(path))) {
        if (keyword === 'FROM') {
            const [image = '', , alias] = dockerfile_expand(args, globalArgs)
                .replace(/--\S+\s*/g, '')
                .trim()
                .split(/\s+/);
            exposed = [...(stages.get(image.toLowerCase()) ?? [])];
            variables = new Map();
            inStage = true;
            if (alias)
                stages.set(alias.toLowerCase(), exposed);
        }
        else if (keyword === 'ARG' || keyword === 'ENV') {
            for (const [name, value] of assignments(args, keyword)) {
                const resolved = value === undefined
                    ? inStage
                        ? globalArgs.get(name)
                        : undefined
                    : dockerfile_expand(value, new Map([...globalArgs, ...variables]));
                if (resolved === undefined)
                    continue;
                (inStage ? variables : globalArgs).set(name, resolved);
            }
        }
        else if (keyword === 'EXPOSE') {
            for (const word of dockerfile_expand(args, variables).split(/\s+/).filter(Boolean)) {
                try {
                    const { target, protocol } = parseExposeItem(word);
                    exposed.push({
                        source: 'dockerfile',
                        project,
                        projectId: `dockerfile:${file}`,
                        service,
                        aliases: [],
                        file,
                        line,
                        hostIp: '',
                        published: null,
                        target,
                        protocol,
                    });
                }
                catch (error) {
                    if (!(error instanceof PortSyntaxError))
                        throw error;
                    context.add({
                        rule: 'unresolved-expose',
                        severity: 'warning',
                        message: `EXPOSE ${word}: ${error.message}`,
                        file,
                        line,
                    });
                }
            }
        }
    }
    return exposed;
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/env-ports.ts


const PORT_KEY = /^(?:(.+)_)?PORT$/;
/** `API_PORT=8080` → service "api"; a bare `PORT=` belongs to the directory's service. */
function serviceOf(key, dir) {
    const prefix = PORT_KEY.exec(key)?.[1];
    return prefix ? prefix.toLowerCase().replace(/_/g, '-') : (0,external_node_path_.basename)(dir) || 'root';
}
/**
 * `*_PORT=` keys of `.env` files: the ports a service listens on when it runs on the host, so
 * they count as published on every address.
 */
function envDeclarations(context, path) {
    const file = context.relative(path);
    const dir = (0,external_node_path_.dirname)(file);
    return parseEnvFile(context.readText(path)).flatMap((entry) => {
        if (!PORT_KEY.test(entry.key) || !/^\d+$/.test(entry.value))
            return [];
        const port = Number(entry.value);
        if (port < 1 || port > 65535)
            return [];
        const range = { start: port, end: port };
        return [
            {
                source: 'env',
                project: dir,
                projectId: `env:${dir}`,
                service: serviceOf(entry.key, dir),
                aliases: [entry.key],
                file,
                line: entry.line,
                hostIp: '',
                published: range,
                target: range,
                protocol: 'tcp',
            },
        ];
    });
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/kubernetes.ts


const MANIFEST = /^kind:\s*\S/m;
const TEMPLATE = /\{\{/;
/** Cheap test before parsing: a YAML file that names a `kind` is a manifest candidate. */
function looksLikeManifest(text) {
    return MANIFEST.test(text) && /^apiVersion:/m.test(text);
}
function isHelmTemplate(text) {
    return TEMPLATE.test(text);
}
function port(value) {
    const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isInteger(number) && number > 0 && number <= 65535
        ? number
        : undefined;
}
function protocolOf(value) {
    const protocol = String(value ?? 'TCP').toLowerCase();
    return protocol === 'udp' || protocol === 'sctp' ? protocol : 'tcp';
}
function base(manifest, path) {
    return {
        source: 'kubernetes',
        project: manifest.namespace,
        projectId: `kubernetes:${manifest.namespace}`,
        service: manifest.name,
        aliases: [],
        file: manifest.file,
        line: manifest.document.lineOf(path),
    };
}
/** Service ports: the container port they reach (targetPort) and the node port, when there is one. */
function servicePorts(manifest, spec, path) {
    const ports = Array.isArray(spec.ports) ? spec.ports : [];
    return ports.flatMap((item, index) => {
        if (!(0,yaml.isRecord)(item))
            return [];
        const number = port(item.port);
        const target = port(item.targetPort) ??
            (typeof item.targetPort === 'string'
                ? manifest.namedPorts.get(item.targetPort)
                : undefined) ??
            number;
        if (target === undefined)
            return [];
        const nodePort = port(item.nodePort);
        return [
            {
                ...base(manifest, [...path, 'ports', index]),
                hostIp: '',
                published: nodePort === undefined ? null : { start: nodePort, end: nodePort },
                target: { start: target, end: target },
                protocol: protocolOf(item.protocol),
                ...(nodePort === undefined ? {} : { binding: 'nodePort' }),
            },
        ];
    });
}
/** containerPort of every container, with hostPort (and hostIP) when the pod binds the node's port. */
function containerPorts(manifest, containers, path) {
    if (!Array.isArray(containers))
        return [];
    return containers.flatMap((container, index) => {
        if (!(0,yaml.isRecord)(container) || !Array.isArray(container.ports))
            return [];
        return container.ports.flatMap((item, portIndex) => {
            if (!(0,yaml.isRecord)(item))
                return [];
            const target = port(item.containerPort);
            if (target === undefined)
                return [];
            const hostPort = port(item.hostPort);
            return [
                {
                    ...base(manifest, [...path, index, 'ports', portIndex]),
                    hostIp: typeof item.hostIP === 'string' ? item.hostIP : '',
                    published: hostPort === undefined ? null : { start: hostPort, end: hostPort },
                    target: { start: target, end: target },
                    protocol: protocolOf(item.protocol),
                    ...(hostPort === undefined ? {} : { binding: 'hostPort' }),
                },
            ];
        });
    });
}
/** Walk any object (Pod, Deployment, CronJob, List...) for Service specs and container lists. */
function walk(manifest, value, path, depth) {
    if (depth > 12)
        return [];
    if (Array.isArray(value))
        return value.flatMap((item, index) => walk(manifest, item, [...path, index], depth + 1));
    if (!(0,yaml.isRecord)(value))
        return [];
    if (value.kind === 'Service' && (0,yaml.isRecord)(value.spec)) {
        const metadata = (0,yaml.isRecord)(value.metadata) ? value.metadata : {};
        const named = {
            ...manifest,
            name: String(metadata.name ?? manifest.name),
            namespace: String(metadata.namespace ?? manifest.namespace),
        };
        return servicePorts(named, value.spec, [...path, 'spec']);
    }
    const metadata = (0,yaml.isRecord)(value.metadata) ? value.metadata : undefined;
    const here = metadata?.name && value.kind
        ? {
            ...manifest,
            name: String(metadata.name),
            namespace: String(metadata.namespace ?? manifest.namespace),
        }
        : manifest;
    return Object.entries(value).flatMap(([key, item]) => key === 'containers' || key === 'initContainers'
        ? containerPorts(here, item, [...path, key])
        : walk(here, item, [...path, key], depth + 1));
}
/** Ports of every document of a manifest file; documents that are not Kubernetes objects are ignored. */
/** `name: http, containerPort: 8080` of every container in the file. */
function namedPorts(value, names, depth = 0) {
    if (depth > 12)
        return names;
    if (Array.isArray(value))
        value.forEach((item) => namedPorts(item, names, depth + 1));
    else if ((0,yaml.isRecord)(value)) {
        const number = port(value.containerPort);
        if (typeof value.name === 'string' && number !== undefined)
            names.set(value.name, number);
        Object.values(value).forEach((item) => namedPorts(item, names, depth + 1));
    }
    return names;
}
function kubernetesDeclarations(context, path) {
    const file = context.relative(path);
    const documents = context.yamlDocuments(path);
    const names = new Map();
    for (const document of documents)
        namedPorts(document.value, names);
    return documents.flatMap((document) => {
        if (!(0,yaml.isRecord)(document.value) || typeof document.value.kind !== 'string')
            return [];
        const manifest = {
            document,
            file,
            name: (0,external_node_path_.dirname)(file),
            namespace: 'default',
            namedPorts: names,
        };
        return walk(manifest, document.value, [], 0);
    });
}

// EXTERNAL MODULE: ./packages/kit/src/files/workspace.ts + 4 modules
var files_workspace = __webpack_require__(272);
;// CONCATENATED MODULE: ./actions/port-conflict-check/src/scan-context.ts



/** Compose files, Dockerfiles and .env files bigger than this are not hand-written configuration. */
const MAX_BYTES = 16 * 1024 * 1024;
/** What the scanners share: the workspace, a cache of parsed files, and the findings they raise. */
class ScanContext {
    workspace;
    findings = [];
    files;
    documents = new Map();
    /** Texts read: a manifest is sniffed then parsed, a `.env` is read for Compose and for its ports. */
    texts = new Map();
    relativePaths = new Map();
    constructor(workspace, files = new files_workspace/* Workspace */.a(workspace)) {
        this.workspace = workspace;
        this.files = files;
    }
    /** The workspace-relative path with `/` separators, as annotations want it. */
    relative(path) {
        let result = this.relativePaths.get(path);
        if (result === undefined) {
            result = (0,external_node_path_.relative)(this.workspace, path).split(external_node_path_.sep).join('/');
            this.relativePaths.set(path, result);
        }
        return result;
    }
    /** kit's Workspace keeps reads inside the workspace and out of .git (`env_file: .git/config`). */
    read(path, input) {
        return this.files.readTextSync(path, { maxBytes: MAX_BYTES, input });
    }
    /** The text of a workspace file; an error at `from` (the line that names it) or at the file. */
    readText(path, from) {
        const known = this.texts.get(path);
        if (known !== undefined)
            return known;
        try {
            const text = this.read(path);
            this.texts.set(path, text);
            return text;
        }
        catch (error) {
            if (!(error instanceof errors/* UsageError */.eb) || !error.location?.file)
                throw error;
            throw new errors/* UsageError */.eb(`${error.location.file} ${error.message}`, {
                location: from ?? error.location,
            });
        }
    }
    /** The text of a file an input names: one that cannot be read is an error of that input. */
    readInput(path, input) {
        return this.read(path, input);
    }
    /** Writes a file an input names, never outside the workspace nor through a symlink. */
    writeInput(path, text, input) {
        this.files.writeOutputSync(path, text, { input });
    }
    /** Whether something is there; one that leads outside counts, and reading it says why not. */
    exists(path) {
        if (this.texts.has(path))
            return true;
        try {
            return this.files.existsSync(path);
        }
        catch {
            return true;
        }
    }
    /**
     * Runs the reading of one file or project: a file that cannot be read or understood becomes an
     * error finding at its file and line, and the scan goes on with the other files.
     */
    attempt(read) {
        try {
            return read();
        }
        catch (error) {
            if (!(error instanceof errors/* UsageError */.eb) || error.input || !error.location?.file)
                throw error;
            this.add({
                rule: 'unreadable-file',
                severity: 'error',
                message: error.message,
                file: error.location.file,
                line: error.location.line ?? 1,
            });
            return [];
        }
    }
    yamlDocuments(path) {
        let documents = this.documents.get(path);
        if (!documents) {
            documents = (0,yaml.parseYamlDocuments)(this.readText(path), {
                file: this.relative(path),
                mergeKeys: true,
            });
            this.documents.set(path, documents);
        }
        return documents;
    }
    yamlFile(path, from) {
        const documents = this.documents.get(path);
        if (documents?.length === 1)
            return documents[0];
        const text = this.readText(path, from);
        const document = (0,yaml.parseYaml)(text, { file: this.relative(path), mergeKeys: true });
        this.documents.set(path, [document]);
        return document;
    }
    add(finding) {
        this.findings.push({
            ...finding,
            involves: finding.involves ?? (finding.file ? [finding.file] : []),
        });
    }
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/scan.ts







/** Helm charts are skipped, one notice per chart directory: their templates are not YAML until rendered. */
function helmNotices(context, templates) {
    const byDir = new Map();
    for (const file of templates)
        append(byDir, (0,external_node_path_.dirname)(file), file);
    for (const [dir, files] of byDir) {
        context.add({
            rule: 'helm-template-skipped',
            severity: 'notice',
            message: `skipped ${files.length} Helm template${files.length === 1 ? '' : 's'} in ${dir}: render the chart (helm template) and scan the output to check its ports`,
            file: files[0],
            line: 1,
        });
    }
}
/** Read every source of ports in the workspace. */
function scanWorkspace(files, sources, compose) {
    const context = new ScanContext(files.root, files);
    const absolute = (file) => (0,external_node_path_.join)(files.root, file);
    const manifests = [];
    const templates = [];
    for (const file of sources.kubernetes) {
        const [text] = context.attempt(() => [context.readText(absolute(file))]);
        if (text === undefined || !looksLikeManifest(text))
            continue;
        if (isHelmTemplate(text))
            templates.push(file);
        else
            manifests.push(file);
    }
    helmNotices(context, templates);
    const each = (files, read) => files.flatMap((file) => context.attempt(() => read(context, absolute(file))));
    const declarations = [
        ...composeDeclarations(context, sources.compose.map(absolute), compose),
        ...each(sources.dockerfile, dockerfileDeclarations),
        ...each(manifests, kubernetesDeclarations),
        ...each(sources.env, envDeclarations),
    ];
    return {
        declarations,
        context,
        files: {
            compose: sources.compose.length,
            dockerfile: sources.dockerfile.length,
            kubernetes: manifests.length,
            env: sources.env.length,
        },
    };
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/check.ts








/** A finding whose rule ends in "conflict": what the `conflicts` output counts. */
function isConflict(finding) {
    return finding.rule.endsWith('conflict');
}
function readRegistry(scan, path, input) {
    const text = scan.readInput(path, input);
    return { registry: parseRegistry(scan.relative(path), text), text };
}
/** Fix mode: write the registry table from what was found, keeping existing rows' order and descriptions. */
function writeRegistry(scan, path, declarations, log) {
    if (isStructuredRegistry(path)) {
        throw new errors/* UsageError */.eb('write-registry writes a Markdown table: name a .md file', {
            input: 'write-registry',
        });
    }
    const existing = scan.exists(path) ? readRegistry(scan, path, 'write-registry') : undefined;
    const table = registryTable(declarations, existing?.registry);
    scan.writeInput(path, registryDocument(table, existing?.text, existing?.registry), 'write-registry');
    log(`wrote ${table.length - 2} rows to ${scan.relative(path)}`);
}
/** The registry checks, or the finding that a required registry is missing. */
function checkRegistry(settings, scan, declarations) {
    const path = settings.writeRegistry ?? settings.registry.path;
    const exists = scan.exists(path);
    if (!exists && settings.registry.explicit && !settings.writeRegistry) {
        throw new errors/* UsageError */.eb(`the registry ${scan.relative(path)} does not exist`, {
            input: 'registry',
        });
    }
    const required = settings.requireRegistry ?? exists;
    if (!exists) {
        const missing = {
            rule: 'missing-registry',
            severity: 'error',
            message: `require-registry is true but ${scan.relative(path)} does not exist; bootstrap it with --write-registry ${scan.relative(path)}`,
            involves: [scan.relative(path)],
        };
        return { file: undefined, registry: undefined, findings: required ? [missing] : [] };
    }
    const { registry } = readRegistry(scan, path, settings.writeRegistry ? 'write-registry' : 'registry');
    return {
        file: registry.file,
        registry,
        findings: registryFindings(declarations, registry, required),
    };
}
/**
 * Compose projects declared to run on one host together: the sets of the projects input, and
 * projects with a service in the registry (the registry is the plan of one host's ports).
 */
function declaredTogether(settings, scan, declarations, registry) {
    const ids = new Set(settings.projects.map((set) => set.files.map((file) => scan.relative(file)).join('+')));
    for (const d of declarations)
        if (registry?.entries.some((entry) => entryMatches(entry, d)))
            ids.add(d.projectId);
    return ids;
}
function truncated(total) {
    return {
        rule: 'ports-truncated',
        severity: 'warning',
        message: `the repository declares ${total} container ports (ranges expanded); the report and the ports output list the first ${MAX_PORT_ENTRIES}`,
        involves: [],
    };
}
function unique(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.rule}\0${f.file}\0${f.line}\0${f.message}`;
        return !seen.has(key) && seen.add(key);
    });
}
/**
 * The whole check: read every source, write the registry in fix mode, then the conflicts and the
 * registry checks. `changed` (changed-only on a pull request) keeps the findings that touch it.
 */
function checkPorts(settings, changed, log) {
    const scan = scanWorkspace(settings.files, settings.sources, settings);
    const { declarations } = scan;
    if (settings.writeRegistry)
        writeRegistry(scan.context, settings.writeRegistry, declarations, log);
    const registry = checkRegistry(settings, scan.context, declarations);
    const ports = portEntries(declarations);
    const conflictOptions = {
        crossProject: settings.crossProject,
        together: declaredTogether(settings, scan.context, declarations, registry.registry),
    };
    let findings = unique([
        ...(ports.total > ports.entries.length ? [truncated(ports.total)] : []),
        ...scan.context.findings,
        ...hostPortConflicts(declarations, conflictOptions),
        ...pickedPortFindings(declarations, conflictOptions),
        ...nodePortFindings(declarations),
        ...privilegedPortFindings(declarations),
        ...registry.findings,
    ]);
    if (changed)
        findings = findings.filter((f) => f.involves.some((file) => changed.has(file)));
    const sorted = (0,src_report/* sortFindings */.Tc)(findings.map(({ involves: _involves, ...finding }) => finding));
    return {
        ...(0,src_report/* reportOf */.EI)(sorted, {
            conflicts: sorted.filter(isConflict).length,
            ports: ports.entries,
            files: scan.files,
            registry: registry.file ?? null,
        }),
    };
}

// EXTERNAL MODULE: ./packages/kit/src/markdown.ts
var markdown = __webpack_require__(9703);
// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var src_summary = __webpack_require__(2919);
;// CONCATENATED MODULE: ./actions/port-conflict-check/src/summary.ts




/** The report's ports (ranges expanded) folded back into one row per declaration. */
function mapRows(entries) {
    const rows = [];
    let last;
    for (const e of entries) {
        const follows = last &&
            `${last.file}:${last.line}:${last.service}:${last.project}:${last.protocol}:${last.hostIp}` ===
                `${e.file}:${e.line}:${e.service}:${e.project}:${e.protocol}:${e.host_ip}` &&
            last.target.end + 1 === e.target &&
            (last.published ? e.published === last.published.end + 1 : e.published === null);
        if (follows) {
            last.target.end++;
            if (last.published)
                last.published.end++;
            continue;
        }
        last = {
            source: e.source,
            project: e.project,
            service: e.service,
            file: e.file,
            line: e.line,
            hostIp: e.host_ip,
            published: e.published === null ? null : { start: e.published, end: e.published },
            target: { start: e.target, end: e.target },
            protocol: e.protocol,
        };
        rows.push(last);
    }
    return rows;
}
function summary_where(file, line) {
    return file ? markdown/* code */.aY(`${file}${line ? `:${line}` : ''}`) : '';
}
/** By host port, unbound ports after the bound ones, then by container port. */
function byPort(a, b) {
    const host = (d) => d.published?.start ?? Number.MAX_SAFE_INTEGER;
    return (host(a) - host(b) ||
        a.target.start - b.target.start ||
        a.file.localeCompare(b.file) ||
        a.line - b.line);
}
/** Past this many ports the map is collapsed: one row per service, folded away. */
const FULL_MAP_ROWS = 30;
/** A collapsed map lists this many services; the JSON report has them all. */
const COLLAPSED_ROWS = 300;
function portMap(summary, declarations) {
    const sorted = [...declarations].sort(byPort);
    if (sorted.length <= FULL_MAP_ROWS) {
        summary.heading('Port map', 3).table([
            'Host port',
            'Protocol',
            'Host IP',
            'Container port',
            'Service',
            'Project',
            'Source',
            'Declared at',
        ], sorted.map((d) => [
            d.published ? formatRange(d.published) : '—',
            d.protocol,
            d.published ? markdown/* code */.aY(d.hostIp || 'all') : '',
            formatRange(d.target),
            markdown/* code */.aY(d.service),
            markdown/* code */.aY(d.project),
            d.source,
            summary_where(d.file, d.line),
        ]));
        return;
    }
    const services = new Map();
    for (const d of sorted)
        append(services, `${d.source}\0${d.project}\0${d.service}`, d);
    const ports = (list) => list
        .map((d) => `${d.published ? `${formatRange(d.published)}→` : ''}${formatRange(d.target)}/${d.protocol}`)
        .join(', ');
    const rows = [...services.values()].slice(0, COLLAPSED_ROWS).map((list) => {
        const d = list[0];
        return [markdown/* code */.aY(d.service), markdown/* code */.aY(d.project), d.source, markdown/* text */.Qq(ports(list))];
    });
    const more = services.size - rows.length;
    const body = markdown/* table */.tp(['Service', 'Project', 'Source', 'Ports (host→container)'], rows) +
        (more > 0 ? `\n\n${more} more services are in the JSON report.` : '');
    summary
        .heading('Port map', 3)
        .details(`${sorted.length} port declarations of ${services.size} services, by service`, body);
}
/** The job summary: the conflicts (then the other findings), then the port map sorted by port. */
function buildSummary(report) {
    const counts = (0,src_report/* countBySeverity */.Ot)(report.findings);
    const conflicts = report.findings.filter(isConflict);
    const rows = mapRows(report.ports);
    const summary = new src_summary/* Summary */.B().heading(`${markdown/* passFail */.oX(report.passed)} Port conflict check`);
    summary.paragraph(`${rows.length} port declarations from ${report.files.compose} compose files, ${report.files.dockerfile} Dockerfiles, ` +
        `${report.files.kubernetes} Kubernetes manifests and ${report.files.env} .env files; ` +
        `registry: ${report.registry ? markdown/* code */.aY(report.registry) : 'none'}. ` +
        `${conflicts.length} conflicts, ${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices.`);
    const row = (finding) => [
        finding.severity,
        markdown/* code */.aY(finding.rule),
        summary_where(finding.file, finding.line),
        markdown/* text */.Qq(finding.message),
    ];
    if (conflicts.length > 0) {
        summary
            .heading('Conflicts', 3)
            .table(['Severity', 'Rule', 'Where', 'Conflict'], conflicts.map(row));
    }
    const others = report.findings.filter((finding) => !isConflict(finding));
    if (others.length > 0)
        summary
            .heading('Other findings', 3)
            .table(['Severity', 'Rule', 'Where', 'Finding'], others.map(row));
    portMap(summary, rows);
    return summary;
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/outcome.ts

/** GitHub refuses a step output over 1 MB. */
const OUTPUT_LIMIT_BYTES = 1024 * 1024;
/**
 * The `ports` output. When every port does not fit in GitHub's limit, the ports bound on the host;
 * when those do not fit either, none (the README says so). The JSON report has every port.
 */
function portsOutput(ports) {
    const all = JSON.stringify(ports);
    if (Buffer.byteLength(all) <= OUTPUT_LIMIT_BYTES)
        return all;
    const bound = JSON.stringify(ports.filter((port) => port.published !== null));
    const fits = Buffer.byteLength(bound) <= OUTPUT_LIMIT_BYTES;
    return fits ? bound : '[]';
}
function outcomeOf(report, settings) {
    const scope = settings.changedOnly ? ' (changed-only)' : '';
    return {
        report,
        summary: buildSummary(report),
        outputs: { conflicts: String(report.conflicts), ports: portsOutput(report.ports) },
        headline: `${report.conflicts} port conflicts, ${report.findings.length} findings${scope} in ${report.ports.length} ports`,
    };
}

// EXTERNAL MODULE: ./packages/kit/src/inputs.ts
var src_inputs = __webpack_require__(6415);
// EXTERNAL MODULE: ./packages/kit/src/files/walk.ts
var files_walk = __webpack_require__(1395);
// EXTERNAL MODULE: ./packages/kit/src/glob.ts
var glob = __webpack_require__(884);
// EXTERNAL MODULE: ./packages/kit/src/input-errors.ts
var input_errors = __webpack_require__(8538);
;// CONCATENATED MODULE: ./actions/port-conflict-check/src/discover.ts

/** Each kind's glob input and its default: a default glob may match nothing, a written one may not. */
const SOURCE_INPUTS = {
    compose: { input: 'compose-files', defaults: ['**/docker-compose*.y*ml', '**/compose*.y*ml'] },
    dockerfile: {
        input: 'dockerfiles',
        defaults: ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile'],
    },
    env: { input: 'env-port-files', defaults: ['**/.env'] },
    kubernetes: { input: 'kubernetes-files', defaults: ['**/*.yaml', '**/*.yml'] },
};
const DEFAULT_EXCLUDE = (/* unused pure expression or super */ null && (['**/node_modules/**', '**/vendor/**', '**/.github/**']));
const KINDS = ['compose', 'dockerfile', 'env', 'kubernetes'];
/**
 * The workspace's files by kind, with kit's globs (`!` negation, dot-folders matched): one walk
 * (never into .git or node_modules), then each file to the first kind whose globs select it.
 */
function discoverSources(context, workspace) {
    const files = (0,files_walk/* walkFilesSync */.s)(workspace);
    const exclude = (0,glob/* globSet */.xk)((0,src_inputs/* readGlobs */.Qj)(context.inputs, 'exclude'));
    const included = files.filter((file) => !exclude.matches(file));
    const sets = KINDS.map((kind) => {
        const { input, defaults } = SOURCE_INPUTS[kind];
        return (0,input_errors/* readRequiredGlobs */.b4)(context, input, { files: included, optional: defaults }).set;
    });
    const found = { compose: [], dockerfile: [], env: [], kubernetes: [] };
    for (const file of included) {
        const index = sets.findIndex((set) => set.matches(file));
        if (index >= 0)
            found[KINDS[index]].push(file);
    }
    return found;
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/settings.ts



const DEFAULT_REGISTRY = 'PORT_MAPPINGS.md';
/** `[name:] file [+ file ...]` per line: files merged in order as one Compose project. */
function readProjects(inputs, workspace) {
    return (0,src_inputs/* readLines */.Se)(inputs, 'projects').map((line) => {
        const match = /^([\w.-]+):\s+(.*)$/.exec(line);
        const files = (match ? match[2] : line).split(/[\s+]+/).filter(Boolean);
        if (files.length === 0)
            throw new errors/* UsageError */.eb(`${inputs.describe('projects')}: no files in ${JSON.stringify(line)}`, {
                input: 'projects',
            });
        return { name: match?.[1], files: files.map((file) => (0,external_node_path_.resolve)(workspace, file)) };
    });
}
function readOptionalBoolean(inputs, name) {
    return (0,src_inputs/* readString */.E3)(inputs, name) === undefined ? undefined : (0,src_inputs/* readBoolean */.Vf)(inputs, name, false);
}
/** The files the globs select; none at all is an error (a gate that reads nothing must not pass). */
function readSources(context, files) {
    const sources = discoverSources(context, files);
    if (Object.values(sources).every((files) => files.length === 0))
        throw new errors/* UsageError */.eb('found no compose files, Dockerfiles, Kubernetes manifests or .env files to read: check the source globs', { input: 'compose-files' });
    return sources;
}
function readSettings(context) {
    const { inputs, workspace } = context;
    const registry = (0,src_inputs/* readString */.E3)(inputs, 'registry') ?? DEFAULT_REGISTRY;
    const profiles = (0,src_inputs/* readList */.LD)(inputs, 'profiles');
    const writeRegistry = (0,src_inputs/* readString */.E3)(inputs, 'write-registry');
    const files = new files_workspace/* Workspace */.a(workspace);
    return {
        workspace,
        registry: { path: (0,external_node_path_.resolve)(workspace, registry), explicit: registry !== DEFAULT_REGISTRY },
        requireRegistry: readOptionalBoolean(inputs, 'require-registry'),
        crossProject: (0,src_inputs/* readEnum */.ai)(inputs, 'cross-project', ['error', 'warn', 'off'], 'warn'),
        changedOnly: (0,src_inputs/* readBoolean */.Vf)(inputs, 'changed-only', false),
        // A bare `--write-registry` on the command line arrives as "true": write the registry itself.
        writeRegistry: writeRegistry === undefined
            ? undefined
            : (0,external_node_path_.resolve)(workspace, writeRegistry === 'true' ? registry : writeRegistry),
        envFiles: (0,src_inputs/* readList */.LD)(inputs, 'env-files').map((file) => (0,external_node_path_.resolve)(workspace, file)),
        projects: readProjects(inputs, workspace),
        profiles: profiles.length === 0 || profiles.includes('*') ? undefined : profiles,
        sources: readSources(context, files),
        files,
    };
}

;// CONCATENATED MODULE: ./actions/port-conflict-check/src/run.ts





/** On a pull request with changed-only: the files it changes; undefined means report everything. */
async function changedSet(settings, context) {
    if (!settings.changedOnly)
        return undefined;
    if (!(0,src_event/* pullRequestOf */._n)(context.event)) {
        context.log.info('changed-only applies to pull requests: reporting every finding');
        return undefined;
    }
    const range = await (0,src_range/* resolveRange */.S)(context.workspace, {
        event: context.event,
        log: (m) => context.log.debug(m),
    });
    if (!range.base)
        return undefined;
    const files = await (0,diff/* changedFiles */.Y_)(context.workspace, range.base, range.head);
    context.log.info(`changed-only: ${files.length} files changed in ${range.source}`);
    return new Set(files.flatMap((file) => [file.path, ...(file.previousPath ? [file.previousPath] : [])]));
}
/** Settings → the files a pull request changes (changed-only) → the check → the outcome. */
const run = async (context) => {
    const settings = readSettings(context);
    const changed = await changedSet(settings, context);
    const report = checkPorts(settings, changed, (message) => context.log.info(message));
    return outcomeOf(report, settings);
};


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


/***/ })

};
