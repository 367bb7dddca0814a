export const id = 688;
export const ids = [688];
export const modules = {

/***/ 9688:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6177);
/* harmony import */ var _run_ts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6976);


/** `npx --no-install flow-actions coverage-gate --reports coverage/lcov.info --thresholds lines=80 --from main` */
const command = await (0,_flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__/* .actionCommand */ .kh)('coverage-gate', __webpack_require__.ab + "actions/coverage-gate.json", _run_ts__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e, _flow_actions_kit_cli__WEBPACK_IMPORTED_MODULE_0__/* .RANGE_OPTIONS */ .fM);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/git/src/diff.ts
var diff = __webpack_require__(7333);
// EXTERNAL MODULE: ./packages/git/src/range.ts
var src_range = __webpack_require__(7829);
// EXTERNAL MODULE: ./packages/kit/src/glob.ts
var src_glob = __webpack_require__(884);
// EXTERNAL MODULE: ./packages/kit/src/report.ts
var report = __webpack_require__(196);
// EXTERNAL MODULE: ./packages/kit/src/errors.ts
var errors = __webpack_require__(7817);
// EXTERNAL MODULE: ./packages/kit/src/files/workspace.ts + 4 modules
var files_workspace = __webpack_require__(272);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/slab.ts
/**
 * Regions of shared typed arrays of 1 MB. A big report holds a few small arrays for each of tens
 * of thousands of files; an array object each (even a view of a shared buffer) adds tens of
 * thousands of objects for the garbage collector to copy and trace, and its young generation
 * grows with them. So a file's store keeps the pool's current array and an offset into it: no
 * object of its own. Space is not reused: the action runs once and exits.
 */
const SLAB_BYTES = 1 << 20;
class Pool {
    /** The array the last `alloc` carved from: read a region through it right after. */
    array;
    used = 0;
    slabLength;
    create;
    constructor(create) {
        this.create = create;
        this.array = create(0);
        this.slabLength = SLAB_BYTES / this.array.BYTES_PER_ELEMENT;
    }
    /** The offset in `array` of `length` zeroed elements. */
    alloc(length) {
        if (length > this.slabLength / 4) {
            // a large array is its own slab, left full
            this.array = this.create(length);
            this.used = length;
            return 0;
        }
        if (this.used + length > this.array.length) {
            this.array = this.create(this.slabLength);
            this.used = 0;
        }
        const offset = this.used;
        this.used += length;
        return offset;
    }
}
const uint16Pool = new Pool((length) => new Uint16Array(length));
const uint32Pool = new Pool((length) => new Uint32Array(length));
const float64Pool = new Pool((length) => new Float64Array(length));

;// CONCATENATED MODULE: ./actions/coverage-gate/src/branch-hits.ts

const EMPTY = new Uint32Array(0);
const MAX_HITS = 0xffffffff;
/**
 * The branches of a file: for each line with branches, the hits of each branch in the report's
 * order. Kept as one typed array of (line, hits) pairs sorted by line (a 100 MB lcov report has
 * over a million branches; an array per line would cost several times as much).
 */
class BranchHits {
    /** (line, hits) pairs at array[offset …], room for capacity / 2 (see slab.ts). */
    array = EMPTY;
    offset = 0;
    capacity = 0;
    length = 0;
    coveredCount = 0;
    /**
     * Add a line's branch hits. A line already present (another report of the same file) merges
     * slot by slot taking the larger count, or, `byCount`, as counts: when either report gives only
     * how many of the line's branches ran (Cobertura, JaCoCo, Clover), not which, the line keeps
     * the larger covered count and the larger total. Never a sum: the same run in two formats must
     * give its single totals.
     */
    add(line, hits, start = 0, end = hits.length, byCount = false) {
        if (end <= start)
            return;
        if (this.length === 0 || line > this.lineAt(this.length - 1)) {
            this.ensure(this.length + end - start);
            for (let index = start; index < end; index++)
                this.push(line, hits[index]);
            return;
        }
        this.insert(line, Array.prototype.slice.call(hits, start, end), byCount);
    }
    get size() {
        return this.length;
    }
    /** Make room for `count` more branches at once (parsers that know how many come). */
    reserve(count) {
        this.ensure(this.length + count, true);
    }
    covered() {
        return this.coveredCount;
    }
    /** Each line with its branches' hits. */
    forEachLine(visit) {
        for (let index = 0; index < this.length;) {
            const line = this.lineAt(index);
            const hits = [];
            while (index < this.length && this.lineAt(index) === line)
                hits.push(this.hitsAt(index++));
            visit(line, hits);
        }
    }
    addAll(other, byCount) {
        other.forEachLine((line, hits) => this.add(line, hits, 0, hits.length, byCount));
    }
    lineAt(index) {
        return this.array[this.offset + 2 * index];
    }
    hitsAt(index) {
        return this.array[this.offset + 2 * index + 1];
    }
    push(line, hit) {
        const at = this.offset + 2 * this.length;
        this.array[at] = line;
        this.array[at + 1] = Math.min(Math.max(hit, 0), MAX_HITS);
        this.length++;
        if (hit > 0)
            this.coveredCount++;
    }
    /** The out-of-order case: rebuild with the line's slots merged in (rare: merges, XML classes). */
    insert(line, hits, byCount) {
        const rows = [];
        for (let index = 0; index < this.length; index++)
            rows.push([this.lineAt(index), this.hitsAt(index)]);
        let start = 0;
        while (start < rows.length && rows[start][0] < line)
            start++;
        let end = start;
        while (end < rows.length && rows[end][0] === line)
            end++;
        const ours = rows.slice(start, end).map((row) => row[1]);
        rows.splice(start, end - start, ...mergeLine(ours, hits, byCount).map((hit) => [line, hit]));
        this.array = EMPTY;
        this.offset = this.capacity = this.length = this.coveredCount = 0;
        this.ensure(rows.length, true);
        for (const [at, hit] of rows)
            this.push(at, hit);
    }
    ensure(capacity, exact = false) {
        if (2 * capacity <= this.capacity)
            return;
        const size = exact ? capacity : Math.max(capacity, this.length * 2, 8);
        const offset = uint32Pool.alloc(2 * size);
        const used = this.array.subarray(this.offset, this.offset + 2 * this.length);
        uint32Pool.array.set(used, offset);
        this.array = uint32Pool.array;
        this.offset = offset;
        this.capacity = 2 * size;
    }
}
/** One line's branches from two reports (see BranchHits.add). */
function mergeLine(ours, theirs, byCount) {
    if (ours.length === 0)
        return [...theirs];
    if (!byCount) {
        const length = Math.max(ours.length, theirs.length);
        return Array.from({ length }, (_, slot) => Math.max(ours[slot] ?? 0, theirs[slot] ?? 0, 0));
    }
    const ran = (hits) => hits.filter((hit) => hit > 0).length;
    const covered = Math.max(ran(ours), ran(theirs));
    const total = Math.max(ours.length, theirs.length);
    return Array.from({ length: total }, (_, slot) => (slot < covered ? 1 : 0));
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/function-hits.ts

/**
 * The keys functions are known by: their start line, and their order among the functions that
 * start on that line. The formats of one run name functions differently (Istanbul's Cobertura
 * adds a signature, coverage tools mangle names), but agree on where each starts, so the same run
 * in two formats merges to its single totals. A function whose line the report omits is known by
 * its name.
 */
function functionKeys(starts, names) {
    const seen = new Map();
    return names.map((name, index) => {
        const start = starts[index];
        if (!(start > 0))
            return `name:${name}`;
        const count = seen.get(start) ?? 0;
        seen.set(start, count + 1);
        return count ? `${start}#${count}` : `${start}`;
    });
}
/**
 * The functions of a file by key (see functionKeys), with their hits. A parser that knows all of
 * a file's functions at once (lcov, at end_of_record) stores them packed by start line: one
 * typed array of (start, hits) pairs instead of a Map and a key string per function (a big report
 * has tens of thousands of files: every object a file holds is work for the garbage collector).
 * A Map is made only when another report's functions merge in.
 */
class FunctionHits {
    map;
    /**
     * Start line and hits of each function, in pairs, in the report's order: `count` pairs at
     * packed[offset …] (a region of a shared array, see slab.ts); undefined when not packed.
     */
    packed;
    offset = 0;
    count = 0;
    /** Store a whole file's functions, each with its start line (all > 0) and hits. */
    setByStart(starts, hits) {
        if (this.size > 0) {
            this.setNamed(starts, [], hits);
            return;
        }
        const offset = float64Pool.alloc(2 * starts.length);
        const packed = float64Pool.array;
        for (let index = 0; index < starts.length; index++) {
            packed[offset + 2 * index] = starts[index];
            packed[offset + 2 * index + 1] = hits[index];
        }
        this.packed = packed;
        this.offset = offset;
        this.count = starts.length;
    }
    /** Add a file's functions by start line, or by name where the start is unknown (0). */
    setNamed(starts, names, hits) {
        const keys = functionKeys(starts, starts.map((_, index) => names[index] ?? ''));
        keys.forEach((key, index) => this.add(key, hits[index]));
    }
    add(name, hits) {
        const map = this.unpacked();
        map.set(name, (map.get(name) ?? 0) + hits);
    }
    get size() {
        return this.packed ? this.count : (this.map?.size ?? 0);
    }
    covered() {
        let covered = 0;
        const packed = this.packed;
        if (packed) {
            const end = this.offset + 2 * this.count;
            for (let at = this.offset + 1; at < end; at += 2)
                covered += packed[at] > 0 ? 1 : 0;
        }
        else
            for (const hits of this.map?.values() ?? [])
                covered += hits > 0 ? 1 : 0;
        return covered;
    }
    entries() {
        return [...this.unpackedView()];
    }
    addAll(other) {
        for (const [name, hits] of other.entries())
            this.add(name, hits);
    }
    unpackedView() {
        const packed = this.packed;
        if (!packed)
            return this.map ?? new Map();
        const at = (index) => this.offset + 2 * index;
        const starts = Array.from({ length: this.count }, (_, index) => packed[at(index)]);
        const keys = functionKeys(starts, starts.map(() => ''));
        return new Map(keys.map((key, index) => [key, packed[at(index) + 1]]));
    }
    unpacked() {
        if (this.packed) {
            this.map = this.unpackedView();
            this.packed = undefined;
        }
        return (this.map ??= new Map());
    }
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/limits.ts
/**
 * Bounds on the numbers a report writes: memory follows what a report holds, never a number
 * written in it. A stranger's report saying "line 2,000,000,000" or "(1/4000000000) branches"
 * is an error naming the report, not an allocation.
 */
const MAX_LINE = 1_000_000;
const MAX_BRANCHES_PER_LINE = 1_000;
/** A number beyond a bound; parsers turn it into a malformed-report error at the report's line. */
class LimitError extends Error {
}
/** A source line number: a whole number from 0 (some tools write 0) up to MAX_LINE. */
function checkLine(line) {
    if (!Number.isInteger(line) || line < 0 || line > MAX_LINE)
        throw new LimitError(`line number ${line} is no line of a source file (whole numbers up to ${MAX_LINE.toLocaleString('en')})`);
}
/** A line's branch count, as Cobertura, JaCoCo and Clover give it. */
function checkBranchCount(covered, total) {
    if (!Number.isInteger(total) || total < 0 || total > MAX_BRANCHES_PER_LINE)
        throw new LimitError(`${total} branches on one line: a line has whole numbers of branches up to ${MAX_BRANCHES_PER_LINE}`);
    if (!Number.isInteger(covered) || covered < 0 || covered > total)
        throw new LimitError(`${covered} of ${total} branches covered`);
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/line-hits.ts


const line_hits_EMPTY = new Uint16Array(0);
/** Counts saturate here: coverage only asks "was it hit", and 2 bytes a line keep big reports small. */
const line_hits_MAX_HITS = 0xfffe;
/**
 * Hit counts by line number (saturating at 65,534), kept in one typed array indexed by line (hits + 1; 0 = not
 * instrumented). A 100 MB lcov report has millions of lines: a Map per file would cost several
 * times the memory of this dense array.
 */
class LineHits {
    /** Lines 0 … capacity - 1 are array[offset …] (a region of a shared array, see slab.ts). */
    array = line_hits_EMPTY;
    offset = 0;
    capacity = 0;
    count = 0;
    coveredCount = 0;
    /** Make room for lines up to `line` at once (parsers that know the largest line number). */
    reserve(line) {
        checkLine(line);
        if (line >= this.capacity)
            this.grow(line + 1, 0);
    }
    /** Add hits to a line (adding makes it instrumented). */
    add(line, hits) {
        if (line >= this.capacity) {
            checkLine(line);
            this.grow(line + 1, this.capacity * 2);
        }
        const clamped = hits > 0 ? Math.min(hits, line_hits_MAX_HITS) : 0; // gcov can write -1 for unreliable counts
        const previous = this.array[this.offset + line];
        if (previous === 0)
            this.count++;
        const next = previous === 0 ? clamped + 1 : Math.min(previous + clamped, line_hits_MAX_HITS + 1);
        if (previous <= 1 && next > 1)
            this.coveredCount++;
        this.array[this.offset + line] = next;
    }
    /**
     * Take the lines a parser gathered (see RecordLines) and empty them for reuse: one copy of
     * exactly the size needed.
     */
    take(lines) {
        const { dense, top } = lines;
        if (this.count > 0) {
            for (let line = 0; line <= top; line++)
                if (dense[line])
                    this.add(line, dense[line] - 1);
        }
        else if (top >= 0) {
            this.offset = uint16Pool.alloc(top + 1);
            this.array = uint16Pool.array;
            this.capacity = top + 1;
            this.array.set(dense.subarray(0, top + 1), this.offset);
            this.count = lines.count;
            this.coveredCount = lines.covered;
        }
        dense.fill(0, 0, top + 1);
        lines.top = -1;
        lines.count = lines.covered = 0;
    }
    /** The hits of a line, or undefined when the line is not instrumented. */
    get(line) {
        const value = line < this.capacity ? this.array[this.offset + line] : 0;
        return value === 0 ? undefined : value - 1;
    }
    /** How many lines are instrumented. */
    get size() {
        return this.count;
    }
    /** How many lines are covered (hit at least once). */
    covered() {
        return this.coveredCount;
    }
    forEach(visit) {
        for (let line = 0; line < this.capacity; line++) {
            const value = this.array[this.offset + line];
            if (value !== 0)
                visit(line, value - 1);
        }
    }
    addAll(other) {
        other.forEach((line, hits) => this.add(line, hits));
    }
    grow(length, preferred) {
        const capacity = Math.max(length, preferred, 16);
        const offset = uint16Pool.alloc(capacity);
        uint16Pool.array.set(this.array.subarray(this.offset, this.offset + this.capacity), offset);
        this.array = uint16Pool.array;
        this.offset = offset;
        this.capacity = capacity;
    }
}
/**
 * The lines of one lcov record as they are parsed, in a dense array reused from record to record
 * (LineHits' encoding: hits + 1, 0 = not instrumented), then taken by the file's LineHits at
 * end_of_record. Counting here spares a pass over every file's lines.
 */
class RecordLines {
    dense = new Uint16Array(1024);
    /** The highest line added, -1 for none. */
    top = -1;
    count = 0;
    covered = 0;
    /** Add hits to a line (0 ≤ line ≤ MAX_LINE, checked by the parser). */
    add(line, hits) {
        if (line >= this.dense.length) {
            const grown = new Uint16Array(Math.max(line + 1, 2 * this.dense.length));
            grown.set(this.dense);
            this.dense = grown;
        }
        const previous = this.dense[line];
        // a fraction (1.5e-1) still ran the line, as lcov counts it; gcov's -1 is read as 0
        const clamped = hits >= 1 ? (hits < line_hits_MAX_HITS ? hits : line_hits_MAX_HITS) : hits > 0 ? 1 : 0;
        if (previous === 0) {
            this.dense[line] = clamped + 1;
            this.count++;
            if (clamped >= 1)
                this.covered++;
        }
        else {
            const sum = previous + clamped;
            const next = sum > line_hits_MAX_HITS ? line_hits_MAX_HITS + 1 : sum;
            if (previous === 1 && next >= 2)
                this.covered++;
            this.dense[line] = next;
        }
        if (line > this.top)
            this.top = line;
    }
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/model.ts




const METRICS = ['lines', 'branches', 'functions', 'statements'];
const BIT = { lines: 1, branches: 2, functions: 4, statements: 8 };
const FORMATS = [
    'lcov',
    'cobertura',
    'jacoco',
    'clover',
    'go',
    'istanbul',
    'istanbul-summary',
    'coveragepy',
];
/**
 * One source file's coverage as a report gives it. Items keep their identity so that several
 * reports merge per line: a line, branch, function or statement is covered when any report
 * covers it, and the same report given twice changes nothing.
 */
class FileCoverage {
    /** The path as the report wrote it; mapped onto a repository file later. */
    path;
    lines = new LineHits();
    /** Per line, the hits of each branch on it, in the report's order. */
    branches = new BranchHits();
    /** Function id (its name, or name and line) → hits. */
    functions = new FunctionHits();
    // What a big report has for each of tens of thousands of files is kept small and made on demand:
    // every object a file holds makes the garbage collector's young generation grow.
    /** Statement id → [weight (statements in the block), hits]. */
    statements;
    /**
     * Totals a report states for this file, which win over counting its items: Istanbul's summary
     * and JaCoCo's METHOD counter have no items, Clover's conditionals count branches its lines
     * omit, coverage.py 6 lists a docstring among executed lines but not among statements.
     */
    stated;
    /** Whether a report gave this file's branches only as counts per line (see addBranchCount). */
    branchesByCount = false;
    /** Metrics the report measures for this file even when it has no such items, as bits. */
    measuredBits = 0;
    constructor(path) {
        this.path = path;
    }
    measure(metric) {
        this.measuredBits |= BIT[metric];
    }
    /** A total the report states (see `stated`). */
    state(metric, counter) {
        (this.stated ??= {})[metric] = counter;
        this.measure(metric);
    }
    addBranches(line, hits) {
        checkLine(line);
        this.branches.add(line, hits);
    }
    /** A line's branches as a count only (Cobertura, JaCoCo, Clover): which of them ran is unknown. */
    addBranchCount(line, covered, total) {
        checkLine(line);
        checkBranchCount(covered, total);
        this.branchesByCount = true;
        this.branches.add(line, Array.from({ length: total }, (_, index) => (index < covered ? 1 : 0)));
    }
    addFunction(id, hits) {
        this.functions.add(id, hits);
    }
    addStatement(id, weight, hits) {
        this.statements ??= new Map();
        const current = this.statements.get(id);
        if (current)
            current[1] += hits;
        else
            this.statements.set(id, [weight, hits]);
    }
    /** Merge another report's coverage of the same file into this one. */
    merge(other) {
        this.lines.addAll(other.lines);
        this.branches.addAll(other.branches, this.branchesByCount || other.branchesByCount);
        this.branchesByCount ||= other.branchesByCount;
        this.functions.addAll(other.functions);
        for (const [id, [weight, hits]] of other.statements ?? [])
            this.addStatement(id, weight, hits);
        for (const metric of METRICS) {
            const theirs = other.stated?.[metric];
            const ours = this.stated?.[metric];
            // Totals alone cannot be united line by line: keep the better-covered of the two.
            if (theirs && (!ours || theirs.covered > ours.covered))
                this.state(metric, { ...theirs });
        }
        this.measuredBits |= other.measuredBits;
    }
    /** This file's counter for a metric; undefined when the report does not measure it. */
    counter(metric) {
        const stated = this.stated?.[metric];
        if (stated)
            return stated;
        const counted = this.items(metric);
        if (counted)
            return counted;
        return this.measuredBits & BIT[metric] ? { covered: 0, total: 0 } : undefined;
    }
    /**
     * Add this file's counters to `totals` (a metric it does not measure is left as it is). The
     * common case, counted items only, makes no counter objects: a big report has tens of
     * thousands of files, summed for the total and for their packages.
     */
    addTo(totals) {
        if (this.stated || this.statements) {
            for (const metric of METRICS) {
                const counter = this.counter(metric);
                if (counter)
                    add((totals[metric] ??= zero()), counter.covered, counter.total);
            }
            return;
        }
        // each metric by name: a property named by a variable is a slower, generic lookup
        const measured = this.measuredBits;
        const { lines, branches, functions } = this;
        if (lines.size || measured & 1)
            add((totals.lines ??= zero()), lines.covered(), lines.size);
        if (branches.size || measured & 2)
            add((totals.branches ??= zero()), branches.covered(), branches.size);
        if (functions.size || measured & 4)
            add((totals.functions ??= zero()), functions.covered(), functions.size);
        if (measured & 8)
            totals.statements ??= zero();
    }
    items(metric) {
        switch (metric) {
            case 'lines':
                return this.lines.size
                    ? { covered: this.lines.covered(), total: this.lines.size }
                    : undefined;
            case 'branches':
                return this.branches.size
                    ? { covered: this.branches.covered(), total: this.branches.size }
                    : undefined;
            case 'functions':
                return this.functions.size
                    ? { covered: this.functions.covered(), total: this.functions.size }
                    : undefined;
            case 'statements': {
                if (!this.statements?.size)
                    return undefined;
                const counter = { covered: 0, total: 0 };
                for (const [weight, hits] of this.statements.values()) {
                    counter.total += weight;
                    if (hits > 0)
                        counter.covered += weight;
                }
                return counter;
            }
        }
    }
    /** Whether the file has anything instrumented at all. */
    get isEmpty() {
        return METRICS.every((metric) => !this.counter(metric)?.total);
    }
}
function zero() {
    return { covered: 0, total: 0 };
}
function add(sum, covered, total) {
    sum.covered += covered;
    sum.total += total;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/baseline.ts


/** The totals of a previous run's JSON report (this action's `report` output), as percentages. */
async function readBaseline(workspace, name) {
    const text = await workspace.readText(name, { input: 'baseline', maxBytes: 64 << 20 });
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`cannot read the baseline report ${name}: ${error.message}`, {
            input: 'baseline',
            location: { file: name },
        });
    }
    if (!data?.totals || typeof data.totals !== 'object') {
        throw new errors/* UsageError */.eb(`${name} is not a coverage-gate JSON report (no "totals")`, {
            input: 'baseline',
            location: { file: name },
        });
    }
    const baseline = {};
    for (const metric of METRICS) {
        const entry = data.totals[metric];
        if (entry && typeof entry.percent === 'number')
            baseline[metric] = entry.percent;
    }
    return baseline;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/go-functions.ts
const NEWLINE = 10;
const isWord = (byte) => (byte >= 48 && byte <= 57) ||
    (byte >= 65 && byte <= 90) ||
    (byte >= 97 && byte <= 122) ||
    byte === 95 ||
    byte >= 128;
/** Tokens after which Go inserts a semicolon at the end of a line (the spec's rule). */
const ENDS_STATEMENT = /^([\w\u0080-\uffff]+|[)\]}'"`]|\+\+|--)$/;
const GO_KEYWORDS_NOT_ENDING = new Set([
    'func',
    'var',
    'const',
    'type',
    'import',
    'package',
    'if',
    'else',
    'for',
    'switch',
    'case',
    'default',
    'go',
    'defer',
    'select',
    'map',
    'chan',
    'struct',
    'interface',
    'range',
    'goto',
]);
/** Go tokens, comments and white space skipped; strings, raw strings and runes as one token. */
class GoTokens {
    pos = 0;
    line = 1;
    lineStart = 0;
    source;
    constructor(source) {
        this.source = source;
    }
    next() {
        const { source } = this;
        let afterNewline = false;
        while (this.pos < source.length) {
            const byte = source[this.pos];
            if (byte === NEWLINE) {
                this.newline(this.pos++);
                afterNewline = true;
            }
            else if (byte === 32 || byte === 9 || byte === 13)
                this.pos++;
            else if (byte === 47 && source[this.pos + 1] === 47)
                while (this.pos < source.length && source[this.pos] !== NEWLINE)
                    this.pos++;
            else if (byte === 47 && source[this.pos + 1] === 42) {
                afterNewline = this.skipUntil(this.pos + 2, '*/') || afterNewline;
            }
            else
                return this.token(byte, afterNewline);
        }
        return undefined;
    }
    token(byte, afterNewline) {
        const { source } = this;
        const start = this.pos;
        const line = this.line;
        const col = start - this.lineStart + 1;
        let text;
        if (byte === 34 || byte === 39) {
            // "…" or '…': to the closing quote, escapes skipped
            let pos = start + 1;
            while (pos < source.length && source[pos] !== byte && source[pos] !== NEWLINE)
                pos += source[pos] === 92 ? 2 : 1;
            this.pos = pos + 1;
            text = String.fromCharCode(byte);
        }
        else if (byte === 96) {
            this.skipUntil(start + 1, '`');
            text = '`';
        }
        else if (isWord(byte)) {
            let pos = start;
            while (pos < source.length && isWord(source[pos]))
                pos++;
            this.pos = pos;
            text = source.toString('latin1', start, pos);
        }
        else {
            const double = (byte === 43 || byte === 45) && source[start + 1] === byte;
            this.pos = start + (double ? 2 : 1);
            text = source.toString('latin1', start, this.pos);
        }
        return { text, line, col, end: this.pos, afterNewline };
    }
    /** Move past the next `close` from `pos`, counting lines; whether a newline was crossed. */
    skipUntil(pos, close) {
        const found = this.source.indexOf(close, pos);
        const stop = found === -1 ? this.source.length : found + close.length;
        let crossed = false;
        for (let at = this.source.indexOf(NEWLINE, pos); at !== -1 && at < stop; at = this.source.indexOf(NEWLINE, at + 1)) {
            this.newline(at);
            crossed = true;
        }
        this.pos = stop;
        return crossed;
    }
    newline(at) {
        this.line++;
        this.lineStart = at + 1;
    }
}
/**
 * The top-level function declarations of a Go source file, as `go tool cover -func` finds them
 * with go/parser: it counts only the coverage blocks inside these (a package-level `var f =
 * func() {…}` is outside every declaration). Hand-written: a tokenizer that skips comments,
 * strings and runes and tracks brackets is all it needs, and no Go parser runs in Node. Columns
 * are bytes, as in a coverprofile.
 */
function goFunctionExtents(source) {
    const extents = [];
    const tokens = new GoTokens(source);
    let depth = 0;
    let previous = ''; // the last token, '' at the start of the file
    let open; // a declaration being read
    for (let token = tokens.next(); token; token = tokens.next()) {
        const { text } = token;
        // a declaration starts where Go would insert a semicolon, or after one
        const statementStart = previous === '' ||
            previous === ';' ||
            (token.afterNewline &&
                ENDS_STATEMENT.test(previous) &&
                !GO_KEYWORDS_NOT_ENDING.has(previous));
        if (depth === 0 && statementStart)
            open = text === 'func' ? { line: token.line, col: token.col } : undefined;
        if (text === '(' || text === '[' || text === '{')
            depth++;
        else if (text === ')' || text === ']' || text === '}') {
            depth = Math.max(0, depth - 1);
            if (depth === 0 && text === '}' && open && endsLine(source, token.end)) {
                extents.push({
                    startLine: open.line,
                    startCol: open.col,
                    endLine: token.line,
                    endCol: token.col + 1,
                });
                open = undefined;
            }
        }
        if (depth === 0 && text === ';')
            open = undefined;
        previous = text;
    }
    return extents;
}
/** Whether only blanks or a comment follow `pos` on its line: a `}` there ends the declaration. */
function endsLine(source, pos) {
    while (pos < source.length && (source[pos] === 32 || source[pos] === 9 || source[pos] === 13))
        pos++;
    return (pos >= source.length ||
        source[pos] === NEWLINE ||
        source[pos] === 59 /* ; */ ||
        (source[pos] === 47 && (source[pos + 1] === 47 || source[pos + 1] === 42)));
}
/** Whether a block (a coverprofile span) overlaps a function, as `go tool cover -func` decides. */
function insideAny(extents, block) {
    return extents.some((f) => !(block.startLine > f.endLine ||
        (block.startLine === f.endLine && block.startCol >= f.endCol)) &&
        !(block.endLine < f.startLine ||
            (block.endLine === f.startLine && block.endCol <= f.startCol)));
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/malformed.ts

/** A report that does not parse: the error names the file and the line. */
function malformed(file, line, message) {
    return new errors/* UsageError */.eb(`malformed coverage report: ${message}`, {
        input: 'reports',
        location: line === undefined ? { file } : { file, line },
    });
}

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(9658);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/xml.ts


const REPEATED = new Set([
    'source',
    'package',
    'class',
    'method',
    'line',
    'group',
    'sourcefile',
    'counter',
    'file',
    'metrics',
]);
const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    ignoreDeclaration: true,
    processEntities: true,
    isArray: (name) => REPEATED.has(name),
});
/** No coverage report holds an attribute or a text this long: a longer run is refused, unparsed. */
const MAX_RUN = 1 << 20;
/** The line of the first run of MAX_RUN characters without a tag, or undefined. */
function overlongRun(text) {
    for (let pos = 0; pos < text.length;) {
        const next = text.indexOf('<', pos + 1);
        const end = next === -1 ? text.length : next;
        if (end - pos > MAX_RUN)
            return text.slice(0, pos).split('\n').length;
        pos = end;
    }
    return undefined;
}
/** Parse XML; a syntax error becomes a UsageError naming the file and line. */
function parseXml(file, text) {
    const overlong = overlongRun(text);
    if (overlong !== undefined)
        throw malformed(file, overlong, `an attribute or text over ${MAX_RUN} characters`);
    const valid = fxp/* XMLValidator */.iI.validate(text);
    if (valid !== true)
        throw malformed(file, valid.err.line, `invalid XML: ${valid.err.msg}`);
    try {
        return parser.parse(text);
    }
    catch (error) {
        // entity limits, nesting: the parser's own refusals
        throw malformed(file, undefined, `invalid XML: ${error.message}`);
    }
}
/** The child elements of a node by name, always as an array. */
function children(node, name) {
    if (!node || typeof node !== 'object')
        return [];
    const value = node[name];
    if (value === undefined || value === '')
        return [];
    return (Array.isArray(value) ? value : [value]).filter((item) => !!item && typeof item === 'object');
}
function child(node, name) {
    return children(node, name)[0];
}
function attr(node, name) {
    const value = node[name];
    return typeof value === 'string' ? value : undefined;
}
/** A numeric attribute; a missing or non-numeric one is a malformed report. */
function numberAttr(file, node, name, element) {
    const value = Number(attr(node, name));
    if (attr(node, name) === undefined || !Number.isFinite(value)) {
        throw malformed(file, undefined, `<${element}> has no numeric ${name} attribute`);
    }
    return value;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/clover.ts




/**
 * Clover XML (Istanbul's and OpenClover's): stmt and cond lines give lines, cond lines'
 * truecount/falsecount give branches, method lines give functions; each file's <metrics> give
 * statements (and methods when there are no method lines).
 */
function parseClover(file, root) {
    const project = child(child(root, 'coverage'), 'project');
    if (!project)
        throw malformed(file, undefined, 'no <coverage><project> element');
    // istanbul 1 (jest ≤ 22) leaves the project's <metrics> open around the packages and files
    const containers = [project, ...children(project, 'metrics')];
    const fileNodes = containers.flatMap((container) => [
        ...children(container, 'file'),
        ...children(container, 'package').flatMap((pkg) => children(pkg, 'file')),
    ]);
    const files = new Map();
    for (const node of fileNodes) {
        const path = attr(node, 'path') ?? attr(node, 'name');
        if (!path)
            throw malformed(file, undefined, '<file> has neither path nor name');
        const coverage = files.get(path) ?? new FileCoverage(path);
        files.set(path, coverage);
        const methods = { starts: [], names: [], hits: [] };
        for (const line of children(node, 'line')) {
            const number = numberAttr(file, line, 'num', 'line');
            const count = Number(attr(line, 'count') ?? 0);
            const type = attr(line, 'type');
            if (type === 'method') {
                methods.starts.push(number);
                methods.names.push(attr(line, 'signature') ?? attr(line, 'name') ?? '');
                methods.hits.push(count);
                continue;
            }
            coverage.lines.add(number, count);
            if (type === 'cond') {
                const covered = Number(attr(line, 'truecount') ?? 0);
                const missed = Number(attr(line, 'falsecount') ?? 0);
                coverage.addBranchCount(number, covered, covered + missed);
            }
        }
        functionKeys(methods.starts, methods.names).forEach((key, index) => coverage.addFunction(key, methods.hits[index]));
        const metrics = child(node, 'metrics');
        if (metrics) {
            const pair = (total, covered) => ({
                covered: numberAttr(file, metrics, covered, 'metrics'),
                total: numberAttr(file, metrics, total, 'metrics'),
            });
            coverage.state('statements', pair('statements', 'coveredstatements'));
            coverage.state('branches', pair('conditionals', 'coveredconditionals'));
            if (attr(metrics, 'methods') !== undefined)
                coverage.state('functions', pair('methods', 'coveredmethods'));
        }
        for (const metric of ['lines', 'branches', 'functions', 'statements'])
            coverage.measure(metric);
    }
    return { file, format: 'clover', files: [...files.values()], roots: [] };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/cobertura.ts




/** "50% (1/2)" → [covered, total]. */
function conditionCoverage(file, text) {
    const match = /\((\d+)\/(\d+)\)/.exec(text);
    if (!match)
        throw malformed(file, undefined, `condition-coverage ${JSON.stringify(text)} has no (covered/total)`);
    return [Number(match[1]), Number(match[2])];
}
function readLines(file, coverage, lines) {
    for (const line of lines) {
        const number = numberAttr(file, line, 'number', 'line');
        coverage.lines.add(number, numberAttr(file, line, 'hits', 'line'));
        const condition = attr(line, 'condition-coverage');
        if (attr(line, 'branch') === 'true' && condition) {
            const [covered, total] = conditionCoverage(file, condition);
            coverage.addBranchCount(number, covered, total);
        }
    }
}
/**
 * Cobertura XML in coverage.py's and Istanbul's flavours: `<sources>` roots, classes by filename
 * (several classes of one file merge), per-line hits and condition-coverage, methods as functions.
 */
function parseCobertura(file, root) {
    const coverage = child(root, 'coverage');
    if (!coverage)
        throw malformed(file, undefined, 'no <coverage> root element');
    const sources = child(coverage, 'sources')?.source;
    const roots = (Array.isArray(sources) ? sources : sources === undefined ? [] : [sources])
        .map((source) => String(typeof source === 'object' ? (source['#text'] ?? '') : source).trim())
        .filter(Boolean);
    const files = new Map();
    const methods = new Map();
    for (const pkg of children(child(coverage, 'packages'), 'package')) {
        for (const cls of children(child(pkg, 'classes'), 'class')) {
            const path = attr(cls, 'filename');
            if (!path)
                throw malformed(file, undefined, `<class name="${attr(cls, 'name') ?? ''}"> has no filename`);
            const coverageOf = files.get(path) ?? new FileCoverage(path);
            files.set(path, coverageOf);
            coverageOf.measure('lines');
            coverageOf.measure('branches');
            readLines(file, coverageOf, children(child(cls, 'lines'), 'line'));
            const found = methods.get(coverageOf) ?? { starts: [], names: [], hits: [] };
            methods.set(coverageOf, found);
            for (const method of children(child(cls, 'methods'), 'method')) {
                const lines = children(child(method, 'lines'), 'line');
                found.hits.push(attr(method, 'hits') !== undefined
                    ? numberAttr(file, method, 'hits', 'method')
                    : Math.max(0, ...lines.map((line) => Number(attr(line, 'hits')) || 0)));
                found.starts.push(Number(attr(lines[0] ?? {}, 'number')) || 0);
                found.names.push(`${attr(cls, 'name') ?? ''}.${attr(method, 'name') ?? ''}${attr(method, 'signature') ?? ''}`);
                coverageOf.measure('functions');
            }
        }
    }
    for (const [coverageOf, { starts, names, hits }] of methods) {
        functionKeys(starts, names).forEach((key, index) => coverageOf.addFunction(key, hits[index]));
    }
    return { file, format: 'cobertura', files: [...files.values()], roots };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/coveragepy.ts


/**
 * A line's branches from the arc lists: each arc once (coverage.py 6 on Python 3.11 lists some
 * twice), a line's arcs to itself left out (a comprehension's loop, which coverage.py does not
 * count as a branch), an arc executed when either list says so.
 */
function branchesByLine(entry) {
    const arcs = new Map();
    for (const [list, hit] of [
        [entry.missing_branches, 0],
        [entry.executed_branches, 1],
    ]) {
        for (const arc of list ?? []) {
            if (!Array.isArray(arc) || arc[0] === arc[1])
                continue;
            arcs.set(`${arc[0]},${arc[1]}`, [Number(arc[0]), Number(arc[1]), hit]);
        }
    }
    const sorted = [...arcs.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const byLine = new Map();
    for (const [from, , hit] of sorted)
        byLine.set(from, [...(byLine.get(from) ?? []), hit]);
    return byLine;
}
/**
 * coverage.py's JSON report (`coverage json`). Its file summaries are what `coverage report`
 * prints, and they are the totals; the executed and missing lines and arcs give the per-line data
 * (for merging and patch coverage). Where those lists count otherwise than the summary (a
 * docstring listed as executed, arcs that are no branch), the summary wins for the file.
 */
function parseCoveragePy(file, data) {
    const files = data?.files;
    if (!files || typeof files !== 'object')
        throw malformed(file, undefined, 'coverage.py JSON without "files"');
    return Object.entries(files).map(([path, entry]) => {
        if (!Array.isArray(entry?.executed_lines) || !Array.isArray(entry.missing_lines)) {
            throw malformed(file, undefined, `${JSON.stringify(path)} has no executed_lines and missing_lines`);
        }
        const coverage = new FileCoverage(path);
        coverage.measure('lines');
        for (const [list, hits] of [
            [entry.executed_lines, 1],
            [entry.missing_lines, 0],
        ]) {
            for (const line of list) {
                if (!Number.isInteger(line))
                    throw malformed(file, undefined, `${JSON.stringify(path)} lists a line ${JSON.stringify(line)}`);
                coverage.lines.add(line, hits);
            }
        }
        const summary = entry.summary ?? {};
        stateIfOther(coverage, 'lines', summary.covered_lines, summary.num_statements);
        if (entry.executed_branches || entry.missing_branches) {
            coverage.measure('branches');
            for (const [line, hits] of branchesByLine(entry))
                coverage.addBranches(line, hits);
            stateIfOther(coverage, 'branches', summary.covered_branches, summary.num_branches);
        }
        return coverage;
    });
}
function stateIfOther(coverage, metric, covered, total) {
    if (typeof covered !== 'number' || typeof total !== 'number')
        return;
    const counted = coverage.counter(metric);
    if (counted?.covered !== covered || counted.total !== total)
        coverage.state(metric, { covered, total });
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/detect.ts
/**
 * The format of a report from its first bytes, never from its name: a coverage.xml may be
 * Cobertura or Clover, a coverage.json coverage.py's or Istanbul's.
 */
function detectFormat(head) {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('<')) {
        if (/<!DOCTYPE report|<report[\s>]/.test(text))
            return 'jacoco';
        if (/<coverage[^>]*\sclover=|<project[\s>]/.test(text))
            return 'clover';
        if (/<coverage[\s>]/.test(text))
            return 'cobertura';
        return undefined;
    }
    if (text.startsWith('{')) {
        if (/"meta"\s*:\s*\{[^}]*"version"/.test(text) || /^\{\s*"files"\s*:/.test(text))
            return 'coveragepy';
        if (/"statementMap"\s*:/.test(text) || /^\{\s*"[^"]+"\s*:\s*\{\s*"path"\s*:/.test(text))
            return 'istanbul';
        if (/"(lines|statements)"\s*:\s*\{\s*"total"\s*:/.test(text))
            return 'istanbul-summary';
        return undefined;
    }
    if (/^mode: (set|count|atomic)\s/.test(text))
        return 'go';
    if (/^(TN|SF|VER):/m.test(text.slice(0, 2000)))
        return 'lcov';
    return undefined;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/go.ts




const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const MODES = new Set(['set', 'count', 'atomic']);
/** A block is a run of statements without a branch: thousands of lines at most, never this. */
const MAX_BLOCK_LINES = 100_000;
/**
 * A Go coverprofile (`go test -coverprofile`, any mode). Blocks are statements weighted by their
 * statement count; the same block twice (several profiles concatenated) merges as `go tool cover`
 * merges it. As `go tool cover -func` does, only blocks inside function declarations count when
 * the source file is at hand (`functionsOf`): a package-level `var f = func() {…}` is left out.
 * A line's hits are those of the blocks that touch it.
 */
function parseGoProfile(file, text, functionsOf = () => undefined) {
    const extents = new Map();
    let visits = 0;
    const files = new Map();
    let mode;
    const lines = text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index].replace(/\r$/, '');
        if (line.trim() === '')
            continue;
        if (line.startsWith('mode: ')) {
            const next = line.slice(6).trim();
            if (!MODES.has(next))
                throw malformed(file, index + 1, `unknown mode ${JSON.stringify(next)}`);
            if (mode && mode !== next)
                throw malformed(file, index + 1, `mode ${next} after mode ${mode}: profiles of different modes cannot merge`);
            mode = next;
            continue;
        }
        if (!mode)
            throw malformed(file, index + 1, 'a coverprofile starts with a "mode:" line');
        const match = BLOCK.exec(line);
        if (!match)
            throw malformed(file, index + 1, 'expected file:line.col,line.col statements count');
        const [, path, startLine, startCol, endLine, endCol, statements, count] = match;
        if (!extents.has(path))
            extents.set(path, functionsOf(path));
        const functions = extents.get(path);
        const block = {
            startLine: Number(startLine),
            startCol: Number(startCol),
            endLine: Number(endLine),
            endCol: Number(endCol),
        };
        if (block.endLine < block.startLine || block.endLine - block.startLine > MAX_BLOCK_LINES)
            throw malformed(file, index + 1, `a block from line ${startLine} to ${endLine}`);
        checkLine(block.endLine);
        if (functions && !insideAny(functions, block))
            continue;
        const coverage = files.get(path) ?? new FileCoverage(path);
        files.set(path, coverage);
        coverage.measure('statements');
        coverage.measure('lines');
        const hits = mode === 'set' ? Math.min(1, Number(count)) : Number(count);
        coverage.addStatement(`${startLine}.${startCol},${endLine}.${endCol}`, Number(statements), hits);
        // the lines blocks span stay proportional to the profile's size
        visits += block.endLine - block.startLine + 1;
        if (visits > 32 * text.length + 1_000_000)
            throw malformed(file, index + 1, 'its blocks span more lines than a profile of its size can');
        for (let number = Number(startLine); number <= Number(endLine); number++)
            coverage.lines.add(number, hits);
    }
    if (!mode)
        throw malformed(file, 1, 'empty coverprofile: no "mode:" line');
    return [...files.values()];
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/istanbul.ts



function isObject(value) {
    return !!value && typeof value === 'object' && !Array.isArray(value);
}
/**
 * Istanbul's coverage-final.json (the `json` reporter). Lines are derived as Istanbul derives
 * them (a statement's start line, the highest count wins), so totals equal its coverage-summary.
 */
function parseIstanbulFinal(file, data) {
    if (!isObject(data))
        throw malformed(file, 1, 'expected an object of files');
    const files = [];
    for (const [key, value] of Object.entries(data)) {
        const entry = value;
        if (!isObject(entry) || !isObject(entry.statementMap) || !isObject(entry.s)) {
            throw malformed(file, undefined, `${JSON.stringify(key)} has no statementMap and s`);
        }
        const where = `${JSON.stringify(key)}`;
        const coverage = new FileCoverage(typeof entry.path === 'string' ? entry.path : key);
        for (const metric of METRICS)
            coverage.measure(metric);
        const lineHits = new Map();
        for (const [id, value] of Object.entries(entry.s)) {
            const location = entry.statementMap[id];
            if (!location)
                continue;
            const hits = count(file, value, `${where} s.${id}`);
            coverage.addStatement(id, 1, hits);
            const line = lineOf(file, location, `${where} statementMap.${id}`);
            if (!(lineHits.get(line) >= hits))
                lineHits.set(line, hits);
        }
        for (const [line, hits] of lineHits)
            coverage.lines.add(line, hits);
        addFunctions(file, entry, coverage, where);
        addBranchPoints(file, entry, coverage, where);
        files.push(coverage);
    }
    return files;
}
/** A hit count: a number (Istanbul writes whole numbers). */
function count(file, value, where) {
    if (typeof value !== 'number' || !Number.isFinite(value))
        throw malformed(file, undefined, `${where} is not a count`);
    return value;
}
/** The start line of a location ({ start: { line } }), or 0 when `optional` and there is none. */
function lineOf(file, location, where, optional = false) {
    const line = location?.start?.line;
    if (typeof line === 'number')
        return line;
    if (optional)
        return 0;
    throw malformed(file, undefined, `${where} has no start line`);
}
/** Functions by start line, as every format of the run gives them (see functionKeys). */
function addFunctions(file, entry, coverage, where) {
    if (!isObject(entry.f))
        return;
    const fnMap = isObject(entry.fnMap) ? entry.fnMap : {};
    const ids = Object.keys(entry.f);
    const keys = functionKeys(ids.map((id) => lineOf(file, fnMap[id]?.decl ?? fnMap[id]?.loc, '', true)), ids.map((id) => String(fnMap[id]?.name ?? `(function ${id})`)));
    ids.forEach((id, index) => coverage.addFunction(keys[index], count(file, entry.f[id], `${where} f.${id}`)));
}
/** Several branch points on one line: each gets its own slots, in key order. */
function addBranchPoints(file, entry, coverage, where) {
    if (!isObject(entry.b))
        return;
    const branchMap = isObject(entry.branchMap) ? entry.branchMap : {};
    const branchesByLine = new Map();
    for (const [id, hits] of Object.entries(entry.b)) {
        if (!Array.isArray(hits))
            throw malformed(file, undefined, `${where} b.${id} is not a list`);
        const branch = branchMap[id];
        const line = lineOf(file, branch?.loc, '', true) ||
            lineOf(file, branch?.locations?.[0], '', true) ||
            (typeof branch?.line === 'number' ? branch.line : 0);
        const counts = hits.map((hit, slot) => count(file, hit, `${where} b.${id}[${slot}]`));
        branchesByLine.set(line, [...(branchesByLine.get(line) ?? []), ...counts]);
    }
    for (const line of [...branchesByLine.keys()].sort((a, b) => a - b))
        coverage.addBranches(line, branchesByLine.get(line));
}
const SUMMARY_METRICS = METRICS;
/** Istanbul's coverage-summary.json (`json-summary`): per-file totals only, no lines. */
function parseIstanbulSummary(file, data) {
    if (!isObject(data))
        throw malformed(file, 1, 'expected an object of files');
    const files = [];
    for (const [key, value] of Object.entries(data)) {
        if (key === 'total')
            continue;
        if (!isObject(value))
            throw malformed(file, undefined, `${JSON.stringify(key)} is not an object of metrics`);
        const coverage = new FileCoverage(key);
        for (const metric of SUMMARY_METRICS) {
            const counter = value[metric];
            if (!isObject(counter))
                continue;
            if (typeof counter.total !== 'number' || typeof counter.covered !== 'number') {
                throw malformed(file, undefined, `${JSON.stringify(key)}: ${metric} has no numeric total and covered`);
            }
            coverage.state(metric, { covered: counter.covered, total: counter.total });
            coverage.measure(metric);
        }
        files.push(coverage);
    }
    return files;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/jacoco.ts



/** Packages may sit in nested <group>s (multi-module builds). */
function packagesOf(node) {
    return [...children(node, 'package'), ...children(node, 'group').flatMap(packagesOf)];
}
/**
 * JaCoCo XML: a sourcefile per package; per line mi/ci (missed/covered instructions) and mb/cb
 * (branches). A line counts as covered when any of its instructions ran, as JaCoCo's LINE counter
 * counts it; METHOD and INSTRUCTION come from the sourcefile's counters (functions, statements).
 */
function parseJacoco(file, root) {
    const report = child(root, 'report');
    if (!report)
        throw malformed(file, undefined, 'no <report> root element');
    const files = new Map();
    for (const pkg of packagesOf(report)) {
        const packageName = attr(pkg, 'name') ?? '';
        for (const source of children(pkg, 'sourcefile')) {
            const name = attr(source, 'name');
            if (!name)
                throw malformed(file, undefined, `a <sourcefile> of package ${packageName} has no name`);
            const path = packageName ? `${packageName}/${name}` : name;
            const coverage = files.get(path) ?? new FileCoverage(path);
            files.set(path, coverage);
            for (const line of children(source, 'line')) {
                const number = numberAttr(file, line, 'nr', 'line');
                const [mi, ci, mb, cb] = ['mi', 'ci', 'mb', 'cb'].map((key) => Number(attr(line, key) ?? 0));
                if (mi + ci > 0)
                    coverage.lines.add(number, ci);
                if (mb + cb > 0) {
                    coverage.addBranchCount(number, cb, mb + cb);
                }
            }
            for (const counter of children(source, 'counter')) {
                const metric = { METHOD: 'functions', INSTRUCTION: 'statements' }[attr(counter, 'type') ?? ''];
                if (!metric)
                    continue;
                const missed = numberAttr(file, counter, 'missed', 'counter');
                const covered = numberAttr(file, counter, 'covered', 'counter');
                coverage.state(metric, { covered, total: covered + missed });
            }
            for (const metric of ['lines', 'branches', 'functions', 'statements'])
                coverage.measure(metric);
        }
    }
    return { file, format: 'jacoco', files: [...files.values()], roots: [] };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/lcov-functions.ts
/** Up to this many functions, a name is looked up by comparing bytes; beyond, by a Map. */
const LINEAR = 16;
/**
 * The functions of the lcov record being parsed: each one's start line and hits, matched by
 * name between its FN, FNDA (and lcov 2's FNA) lines. Names stay bytes in one reused buffer and
 * are compared byte by byte (FNDA lines usually follow the FN lines' order): a big report has
 * hundreds of thousands of functions, and a string each was garbage to collect. Strings and a
 * Map are made only for a record with many functions out of order or with non-ASCII names
 * (where bytes and decoded names could disagree), so names match exactly as decoded strings.
 */
class RecordFunctions {
    count = 0;
    starts = [];
    hits = [];
    bytes = Buffer.allocUnsafe(4096);
    used = 0;
    from = [];
    to = [];
    next = 0;
    ascii = true;
    index;
    /** The index of the function named by bytes [start, end) of `buffer`; a new name is added. */
    at(buffer, start, end) {
        let found = -1;
        if (this.next < this.count && this.same(this.next, buffer, start, end))
            found = this.next;
        else if (this.ascii && !this.index && this.count <= LINEAR) {
            for (let index = 0; index < this.count && found === -1; index++)
                if (this.same(index, buffer, start, end))
                    found = index;
        }
        else
            found = this.lookup(buffer.toString('utf8', start, end)) ?? -1;
        if (found === -1)
            found = this.add(buffer, start, end);
        this.next = found + 1;
        return found;
    }
    /** The index of the function named `name` (lcov 2's FNA); a new name is added. */
    named(name) {
        const found = this.lookup(name);
        if (found !== undefined)
            return found;
        const bytes = Buffer.from(name);
        return this.add(bytes, 0, bytes.length);
    }
    /** A function's name (for one without a start line). */
    nameOf(index) {
        return this.bytes.toString('utf8', this.from[index], this.to[index]);
    }
    /** Store the record's functions in `target`, then empty this for the next record. */
    storeIn(target) {
        if (this.count === 0)
            return;
        let started = true;
        for (let index = 0; index < this.count && started; index++)
            started = this.starts[index] > 0;
        if (started)
            target.setByStart(this.starts, this.hits);
        else
            target.setNamed(this.starts, this.starts.map((_, index) => this.nameOf(index)), this.hits);
        this.count = this.used = this.next = 0;
        this.starts.length = this.hits.length = this.from.length = this.to.length = 0;
        this.ascii = true;
        this.index = undefined;
    }
    same(index, buffer, start, end) {
        const from = this.from[index];
        if (this.to[index] - from !== end - start)
            return false;
        const bytes = this.bytes;
        for (let at = 0; at < end - start; at++)
            if (bytes[from + at] !== buffer[start + at])
                return false;
        return true;
    }
    lookup(name) {
        if (!this.index) {
            this.index = new Map();
            for (let index = 0; index < this.count; index++)
                if (!this.index.has(this.nameOf(index)))
                    this.index.set(this.nameOf(index), index);
        }
        return this.index.get(name);
    }
    add(buffer, start, end) {
        const length = end - start;
        if (this.used + length > this.bytes.length) {
            const grown = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.used + length));
            this.bytes.copy(grown, 0, 0, this.used);
            this.bytes = grown;
        }
        // names are short: a loop copies them faster than a call to Buffer#copy
        const bytes = this.bytes;
        for (let at = start, to = this.used; at < end; at++, to++) {
            const byte = buffer[at];
            if (byte >= 0x80)
                this.ascii = false;
            bytes[to] = byte;
        }
        const index = this.count++;
        this.from.push(this.used);
        this.to.push((this.used += length));
        this.starts.push(0);
        this.hits.push(0);
        this.index?.set(this.nameOf(index), index);
        return index;
    }
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/lcov-lines.ts
const lcov_lines_NEWLINE = 10;
const COMMA = 44;
/** Whether bytes [pos, end) start with `prefix`. */
function startsWith(buffer, pos, end, prefix) {
    if (end - pos < prefix.length)
        return false;
    for (let index = 0; index < prefix.length; index++)
        if (buffer[pos + index] !== prefix[index])
            return false;
    return true;
}
let identityRows = Uint32Array.from({ length: 256 }, (_, index) => index);
/** 0, 1, …, length - 1 (shared: the rows of an lcov record are usually in line order). */
function identity(length) {
    if (identityRows.length < length) {
        identityRows = new Uint32Array(Math.max(length, identityRows.length * 2));
        for (let index = 0; index < identityRows.length; index++)
            identityRows[index] = index;
    }
    return identityRows;
}
/** Parallel columns of numbers that grow as needed and are emptied by `length = 0`. */
class Columns {
    columns;
    length = 0;
    constructor(count) {
        this.columns = Array.from({ length: count }, () => new Float64Array(256));
    }
    /** Room for one more row; returns its index. */
    row() {
        if (this.length === this.columns[0].length) {
            this.columns = this.columns.map((column) => {
                const grown = new Float64Array(column.length * 2);
                grown.set(column);
                return grown;
            });
        }
        return this.length++;
    }
}
/** A cursor in the line being parsed, bytes [pos, end) of `buffer`. */
class LineCursor {
    buffer = Buffer.alloc(0);
    pos = 0;
    end = 0;
    /** An unsigned integer at the cursor, or -1 when there is none; `-` (never executed) reads as 0. */
    number() {
        const { buffer, end } = this;
        let pos = this.pos;
        if (pos < end && buffer[pos] === 45 /* - */) {
            pos++;
            while (pos < end && buffer[pos] >= 48 && buffer[pos] <= 57)
                pos++; // gcov's -1: unreliable
            this.pos = pos;
            return 0;
        }
        let value = 0;
        const start = pos;
        while (pos < end) {
            const byte = buffer[pos];
            if (byte < 48 || byte > 57)
                break;
            value = value * 10 + (byte - 48);
            pos++;
        }
        if (pos === start)
            return -1;
        // counts in exponent notation (some converters write 1.2e+06)
        if (pos < end && (buffer[pos] === 46 || buffer[pos] === 101 || buffer[pos] === 69)) {
            let stop = pos;
            while (stop < end && buffer[stop] !== COMMA)
                stop++;
            value = Number(buffer.toString('latin1', start, stop));
            pos = stop;
            if (!Number.isFinite(value))
                return -1;
        }
        this.pos = pos;
        return value;
    }
    comma() {
        if (this.pos < this.end && this.buffer[this.pos] === COMMA) {
            this.pos++;
            return true;
        }
        return false;
    }
}
/**
 * An lcov record's branches per line, in order; a block,branch given twice on a line counts once.
 * A line's rows need not be adjacent (c8 writes one line's BRDA rows around another line's).
 */
function addRecordBranches(record, br) {
    const [brLines, brKeys, brHits] = br.columns;
    const length = br.length;
    let sorted = true;
    for (let index = 1; index < length && sorted; index++)
        sorted = brLines[index - 1] <= brLines[index];
    const order = sorted
        ? identity(length)
        : Array.from({ length }, (_, index) => index).sort((a, b) => brLines[a] - brLines[b] || a - b);
    record.branches.reserve(length);
    for (let index = 0; index < length;) {
        const line = brLines[order[index]];
        let stop = index + 1;
        let repeated = false;
        for (; stop < length && brLines[order[stop]] === line; stop++)
            for (let at = index; at < stop && !repeated; at++)
                repeated = brKeys[order[at]] === brKeys[order[stop]];
        if (sorted && !repeated)
            record.branches.add(line, brHits, index, stop);
        else {
            const keys = [];
            const hits = [];
            for (let at = index; at < stop; at++) {
                const row = order[at];
                const seen = keys.indexOf(brKeys[row]);
                if (seen === -1) {
                    keys.push(brKeys[row]);
                    hits.push(brHits[row]);
                }
                else
                    hits[seen] += brHits[row];
            }
            record.branches.add(line, hits);
        }
        index = stop;
    }
}
/**
 * Hand a byte stream to `scan` in place, as regions of whole lines: `scan(buffer, pos, length)`
 * parses the complete lines of bytes [pos, length) and returns where the first incomplete one
 * starts. Only a line cut by a chunk boundary is copied, so memory stays at the chunk size
 * whatever the input's size. A line longer than `maxLine` bytes calls `tooLong` (which throws)
 * before it is gathered; `lineNumber()` says which line that is.
 */
async function eachChunk(stream, maxLine, scan, tooLong) {
    let rest;
    for await (const chunk of stream) {
        let pos = 0;
        if (rest) {
            const newline = chunk.indexOf(lcov_lines_NEWLINE);
            if (rest.length + (newline === -1 ? chunk.length : newline) > maxLine)
                tooLong();
            if (newline === -1) {
                rest = Buffer.concat([rest, chunk]);
                continue;
            }
            const joined = Buffer.concat([rest, chunk.subarray(0, newline + 1)]);
            scan(joined, 0, joined.length);
            pos = newline + 1;
        }
        pos = scan(chunk, pos, chunk.length);
        if (chunk.length - pos > maxLine)
            tooLong();
        rest = pos < chunk.length ? Buffer.from(chunk.subarray(pos)) : undefined;
    }
    if (rest) {
        const joined = Buffer.concat([rest, Buffer.of(lcov_lines_NEWLINE)]);
        scan(joined, 0, joined.length);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/read.ts


// Reads of report files whose real path the workspace has confined (collect.ts resolves each
// through kit's Workspace first): kit reads whole files, an lcov report of 100 MB is streamed.
/** XML and JSON reports are parsed whole: beyond this they are refused, not read. */
const MAX_WHOLE_REPORT_BYTES = 256 << 20;
/**
 * The file's bytes, read into two reused buffers in turn: a stream would allocate a buffer a
 * chunk, and 100 MB of them wait for the garbage collector. The next chunk is read (by libuv's
 * thread pool) while the caller parses this one, which stays intact until the caller asks for
 * the next.
 */
async function* readChunks(path, size = 1 << 20) {
    const handle = await (0,promises_.open)(path, 'r');
    const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
    let next = handle.read(buffers[0], 0, size, null);
    try {
        for (let turn = 1;; turn ^= 1) {
            const { bytesRead, buffer } = await next;
            if (bytesRead === 0)
                return;
            next = handle.read(buffers[turn], 0, size, null);
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        // a read still under way when the caller stops (a malformed report) ends before the close
        await next.catch(() => undefined);
        await handle.close();
    }
}
/** The first bytes of a file, for detecting its format. */
async function readHead(file, bytes = 4096) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(bytes);
        const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
        return buffer.toString('utf8', 0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
/** A whole report as text, refused past MAX_WHOLE_REPORT_BYTES; errors name it `name`. */
async function readWhole(file, name) {
    const { size } = await (0,promises_.stat)(file);
    if (size > MAX_WHOLE_REPORT_BYTES) {
        throw new errors/* UsageError */.eb(`${name} is larger than the limit of ${MAX_WHOLE_REPORT_BYTES >> 20} MiB for an XML or JSON report`, { input: 'reports', location: { file: name } });
    }
    const handle = await (0,promises_.open)(file, 'r');
    try {
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/lcov.ts







const lcov_NEWLINE = 10;
const CR = 13;
const lcov_COMMA = 44;
const COLON = 58;
const D = 68;
const A = 65;
/** An SF path or function name is far shorter; a longer line is no lcov (and is not buffered). */
const MAX_LINE_BYTES = 1 << 20;
/** A key (the bytes before a line's colon, at most 4) as one number, to switch on. */
function keyCode(key) {
    let code = 0;
    for (let index = 0; index < key.length; index++)
        code = code * 256 + key.charCodeAt(index);
    return code;
}
const [SF, DA, BRDA, FN, FNDA, FNL, FNA] = ['SF', 'DA', 'BRDA', 'FN', 'FNDA', 'FNL', 'FNA'].map(keyCode);
/** Records we accept and recompute ourselves (as `lcov --summary` does) or do not need. */
const IGNORED = new Set(['TN', 'VER', 'LF', 'LH', 'BRF', 'BRH', 'FNF', 'FNH', 'LN'].map(keyCode));
const END = Buffer.from('end_of_record');
/**
 * Parses an lcov tracefile as a stream of bytes: no line becomes a string except SF paths, and
 * a record's lines, branches and functions gather in reused arrays until its end_of_record, so a
 * 100 MB report parses in well under a second and is never held whole.
 * Several records for one file (concatenated tracefiles) merge as `lcov -a` merges them.
 */
class LcovParser extends LineCursor {
    files = new Map();
    file;
    current;
    lineNumber = 0;
    // The record being parsed, in arrays reused from record to record (little garbage to collect):
    // DA lines, BRDA triples (line, block/branch key, taken), functions, lcov 2's function indexes.
    lines = new RecordLines();
    br = new Columns(3);
    brIds = new Map();
    functions = new RecordFunctions();
    fnlStarts = new Map();
    functionNames = new Map();
    constructor(file) {
        super();
        this.file = file;
    }
    /**
     * Parse the whole lines of bytes [pos, length); return where the first incomplete one starts.
     * Nearly all of a big report's lines are `DA:<line>,<hits>`: they are parsed here, digit by
     * digit while their end is looked for, with no call per line (splitting lines first and then
     * parsing each was most of the time on a 100 MB report, and no library parses lcov faster).
     * Every other line, DA lines of other forms included, goes to `line`.
     */
    scan(buffer, pos, length) {
        while (pos < length) {
            let at = pos;
            // (bytes past `length` are never read: that would slow every read of the loop)
            if (pos + 3 < length &&
                buffer[pos] === D &&
                buffer[pos + 1] === A &&
                buffer[pos + 2] === COLON &&
                this.current) {
                at = pos + 3;
                let line = 0;
                let byte = buffer[at];
                while (byte >= 48 && byte <= 57 && line <= MAX_LINE) {
                    line = line * 10 + byte - 48;
                    if (++at === length)
                        return pos;
                    byte = buffer[at];
                }
                if (byte === lcov_COMMA && at > pos + 3 && line <= MAX_LINE && ++at < length) {
                    const start = at;
                    let hits = 0;
                    byte = buffer[at];
                    while (byte >= 48 && byte <= 57) {
                        hits = hits * 10 + byte - 48;
                        if (++at === length)
                            return pos;
                        byte = buffer[at];
                    }
                    if (byte === CR && at + 1 < length && buffer[at + 1] === lcov_NEWLINE)
                        byte = buffer[++at];
                    if (byte === lcov_NEWLINE && at > start && at - pos <= MAX_LINE_BYTES) {
                        this.lineNumber++;
                        this.lines.add(line, hits);
                        pos = at + 1;
                        continue;
                    }
                }
            }
            while (at < length && buffer[at] !== lcov_NEWLINE)
                at++;
            if (at === length)
                return pos;
            if (at - pos > MAX_LINE_BYTES)
                this.tooLong();
            this.lineNumber++;
            this.line(buffer, pos, at);
            pos = at + 1;
        }
        return pos;
    }
    tooLong() {
        throw malformed(this.file, this.lineNumber + 1, `a line longer than ${MAX_LINE_BYTES} bytes: no lcov record is`);
    }
    /** Parse one line's bytes [pos, end). */
    line(buffer, pos, end) {
        if (end > pos && buffer[end - 1] === CR)
            end--;
        if (end === pos)
            return;
        this.buffer = buffer;
        this.end = end;
        let code = 0;
        let at = pos;
        for (; at < end && at < pos + 4 && buffer[at] !== COLON; at++)
            code = code * 256 + buffer[at];
        this.pos = at + 1;
        if (at < end && buffer[at] === COLON) {
            if (code === DA)
                return this.parseDA();
            if (code === BRDA)
                return this.parseBRDA();
            if (code === FNDA || code === FN)
                return this.parseFunction(code === FN);
            if (code === FNL || code === FNA)
                return this.parseFunctionIndex(code === FNL);
            if (code === SF)
                return this.startRecord(buffer, at + 1, end);
            if (IGNORED.has(code))
                return;
        }
        if (startsWith(buffer, pos, end, END))
            this.finishRecord();
        else {
            const text = buffer.toString('utf8', pos, Math.min(end, pos + 40));
            if (!/^[A-Z_]+:/.test(text))
                this.fail(`unexpected line ${JSON.stringify(text)}`);
            // an unknown KEY: record from a newer lcov is skipped, as lcov itself does
        }
    }
    /** FNDA:<hits>,<name>, or FN:<start>,<name> (lcov 2: FN:<start>,<end>,<name>). */
    parseFunction(declaration) {
        const { buffer, end } = this;
        const number = this.number();
        if (declaration) {
            if (number < 0 || !this.comma())
                this.fail('FN needs a line number and a name');
            const mark = this.pos;
            if (this.number() < 0 || !this.comma())
                this.pos = mark;
            this.record('FN');
            const index = this.functions.at(buffer, this.pos, end);
            if (!(this.functions.starts[index] > 0))
                this.functions.starts[index] = number;
        }
        else {
            if (number < 0 || !this.comma())
                this.fail('FNDA needs a count and a name');
            this.record('FNDA');
            this.functions.hits[this.functions.at(buffer, this.pos, end)] += number;
        }
    }
    /** lcov 2's FNL:<index>,<start>[,<end>] and FNA:<index>,<hits>,<name>. */
    parseFunctionIndex(lines) {
        const index = this.number();
        if (lines) {
            const start = this.comma() ? this.number() : -1;
            if (index < 0)
                this.fail('FNL needs an index');
            this.record('FNL');
            if (start > 0)
                this.fnlStarts.set(index, start);
            return;
        }
        const hits = this.comma() ? this.number() : -1;
        if (index < 0 || hits < 0 || !this.comma())
            this.fail('FNA needs index,count,name');
        if (!this.functionNames.has(index))
            this.functionNames.set(index, this.buffer.toString('utf8', this.pos, this.end));
        this.record('FNA');
        const at = this.functions.named(this.functionNames.get(index));
        this.functions.hits[at] += hits;
        if (!(this.functions.starts[at] > 0))
            this.functions.starts[at] = this.fnlStarts.get(index) ?? 0;
    }
    startRecord(buffer, start, end) {
        if (this.current)
            this.fail('SF inside a record: end_of_record is missing');
        const path = buffer.toString('utf8', start, end).trim();
        if (!path)
            this.fail('SF has no path');
        this.current = new FileCoverage(path);
        this.current.measure('lines');
    }
    /** The end of the input: a last record without end_of_record is still taken. */
    finish() {
        if (this.current)
            this.finishRecord();
        return this.files;
    }
    parseDA() {
        const line = this.number();
        const hits = this.comma() ? this.number() : -1;
        if (line < 0 || hits < 0)
            this.fail('DA needs a line number and a count');
        if (line > MAX_LINE || !Number.isInteger(line))
            this.fail(`line number ${line} is no line of a source file`);
        this.record('DA');
        this.lines.add(line, hits);
    }
    parseBRDA() {
        const line = this.number();
        if (line < 0 || !this.comma())
            this.fail('BRDA needs line,block,branch,taken');
        if (line > MAX_LINE)
            this.fail(`line number ${line} is no line of a source file`);
        const key = this.branchKey();
        const taken = this.number();
        if (taken < 0)
            this.fail('BRDA needs a count or - as taken');
        this.record('BRDA').measure('branches');
        const row = this.br.row();
        this.br.columns[0][row] = line;
        this.br.columns[1][row] = key;
        this.br.columns[2][row] = taken;
    }
    /** block,branch as one number (gcov and Istanbul write small integers); other ids by first sight. */
    branchKey() {
        const start = this.pos;
        const block = this.number();
        if (block >= 0 && block < 1 << 20 && this.comma()) {
            const branch = this.number();
            if (branch >= 0 && branch < 1 << 20 && this.comma())
                return block * (1 << 20) + branch;
        }
        this.pos = start;
        let commas = 0;
        while (this.pos < this.end && commas < 2)
            if (this.buffer[this.pos++] === lcov_COMMA)
                commas++;
        if (commas < 2)
            this.fail('BRDA needs line,block,branch,taken');
        const id = this.buffer.toString('latin1', start, this.pos);
        let key = this.brIds.get(id);
        if (key === undefined)
            this.brIds.set(id, (key = -1 - this.brIds.size));
        return key;
    }
    record(key) {
        if (!this.current)
            this.fail(`${key} outside a record (no SF line before it)`);
        if (key.charCodeAt(0) === 70 /* F */)
            this.current.measure('functions');
        return this.current;
    }
    finishRecord() {
        const record = this.record('end_of_record');
        record.lines.take(this.lines);
        addRecordBranches(record, this.br);
        this.functions.storeIn(record.functions);
        this.br.length = 0;
        // (clearing a Map makes a new table even when it is empty)
        if (this.brIds.size)
            this.brIds.clear();
        if (this.functionNames.size)
            this.functionNames.clear();
        if (this.fnlStarts.size)
            this.fnlStarts.clear();
        const existing = this.files.get(record.path);
        if (existing)
            existing.merge(record);
        else
            this.files.set(record.path, record);
        this.current = undefined;
    }
    fail(message) {
        throw malformed(this.file, this.lineNumber, message);
    }
}
/** Parse an lcov byte stream (see LcovParser); errors name `file`. */
async function lcov_parseLcovStream(file, stream) {
    const parser = new LcovParser(file);
    await eachChunk(stream, MAX_LINE_BYTES, (buffer, pos, length) => parser.scan(buffer, pos, length), () => parser.tooLong());
    return [...parser.finish().values()];
}
/** Parse the lcov file at `path`; errors name it `name` (the path as the user wrote it). */
function parseLcovFile(path, name = path) {
    return lcov_parseLcovStream(name, readChunks(path));
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/formats/parse.ts













function parseJson(file, text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const position = /position (\d+)/.exec(message);
        const line = /line (\d+)/.exec(message)?.[1] ??
            (position ? text.slice(0, Number(position[1])).split('\n').length : undefined);
        throw malformed(file, line === undefined ? undefined : Number(line), `invalid JSON: ${message}`);
    }
}
/** A report's format: `format` itself, or (for 'auto') read from its first bytes; undefined when unknown. */
async function formatOf(file, format) {
    return format === 'auto' ? detectFormat(await readHead(file)) : format;
}
/** Parse one report file of a known format; errors name it `displayName`. */
function parseReport(file, detected, displayName = file, options = {}) {
    return guarded(displayName, async () => detected === 'lcov'
        ? {
            file: displayName,
            format: detected,
            files: await parseLcovFile(file, displayName),
            roots: [],
        }
        : parseText(displayName, detected, await readWhole(file, displayName), options));
}
/** Parse a report held in memory (the fuzz tests' way in); errors name it `name`. */
function parseReportText(name, detected, text, options = {}) {
    return guarded(name, async () => detected === 'lcov'
        ? {
            file: name,
            format: detected,
            files: await parseLcovStream(name, [Buffer.from(text)]),
            roots: [],
        }
        : parseText(name, detected, text, options));
}
/**
 * Whatever a stranger's report holds ends as a result or a UsageError naming it (exit 2): a
 * number past a bound, a file that cannot be read, a structure too deep for the stack.
 */
async function guarded(name, parse) {
    try {
        return await parse();
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.eb)
            throw error;
        if (error instanceof LimitError || error instanceof RangeError)
            throw malformed(name, undefined, error.message);
        const code = error.code;
        if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
            throw new errors/* UsageError */.eb(`${name} cannot be read (${code})`, {
                input: 'reports',
                location: { file: name },
            });
        throw error;
    }
}
function parseText(name, detected, text, options) {
    const report = (files, roots = []) => ({
        file: name,
        format: detected,
        files,
        roots,
    });
    switch (detected) {
        case 'go':
            return report(parseGoProfile(name, text, options.functionsOf));
        case 'cobertura':
            return parseCobertura(name, parseXml(name, text));
        case 'jacoco':
            return parseJacoco(name, parseXml(name, text));
        case 'clover':
            return parseClover(name, parseXml(name, text));
        case 'istanbul':
            return report(parseIstanbulFinal(name, parseJson(name, text)));
        case 'istanbul-summary':
            return report(parseIstanbulSummary(name, parseJson(name, text)));
        case 'coveragepy':
            return report(parseCoveragePy(name, parseJson(name, text)));
    }
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/collect.ts




/** Go sources beyond this are not read: their blocks all count. */
const MAX_GO_SOURCE_BYTES = 8 << 20;
/** A tracked Go file's function declarations, read from the checkout; undefined when not at hand. */
function goFunctionsOf(workspace, tracked) {
    if (tracked === undefined || !tracked.endsWith('.go'))
        return undefined;
    try {
        return goFunctionExtents(workspace.readBytesSync(tracked, { maxBytes: MAX_GO_SOURCE_BYTES }));
    }
    catch {
        return undefined;
    }
}
/**
 * Parse every report, map its paths onto the repository and merge all of them per file and line.
 * A report with nothing instrumented is an error: it is the wrong file, or the tests ran nothing.
 * A file of unknown content is an error too, unless auto-discovery found it (`discovered`): a
 * coverage.json may be some tool's settings; it is skipped and listed.
 */
async function collectCoverage(workspace, reportFiles, format, resolver, discovered = false) {
    const files = new Map();
    const unmapped = [];
    const reports = [];
    const skipped = [];
    const confined = new files_workspace/* Workspace */.a(workspace);
    for (const given of reportFiles) {
        const name = (0,external_node_path_.relative)(workspace, given).startsWith('..') ? given : (0,external_node_path_.relative)(workspace, given);
        // a report is a stranger's file: a link that leads outside the workspace is refused, unread
        const reportFile = confined.resolve(given, { input: 'reports' }).real;
        if (reportFile === undefined || (await confined.stat(given))?.kind !== 'file') {
            throw new errors/* UsageError */.eb(`${name} is not a readable file`, {
                input: 'reports',
                location: { file: name },
            });
        }
        const detected = await formatOf(reportFile, format);
        if (!detected && discovered) {
            skipped.push(name);
            continue;
        }
        if (!detected) {
            throw new errors/* UsageError */.eb(`${name} is not a coverage report this action reads (lcov, Cobertura, JaCoCo, Clover, Go coverprofile, Istanbul JSON, coverage.py JSON); set format to say which it is`, { input: 'reports', location: { file: name } });
        }
        const hints = { reportDir: (0,external_node_path_.dirname)(name), roots: [] };
        // the repository's files may still be listed (see gate.ts): a Go profile needs them to parse
        const early = detected === 'go' ? await resolver : undefined;
        const parsed = await parseReport(reportFile, detected, name, {
            functionsOf: (path) => goFunctionsOf(confined, early?.resolve(path, hints)),
        });
        if (parsed.files.every((file) => file.isEmpty)) {
            throw new errors/* UsageError */.eb(`${name} (${parsed.format}) has no instrumented lines: did the tests run with coverage on?`, {
                input: 'reports',
                location: { file: name },
            });
        }
        reports.push({ file: name, format: parsed.format, files: parsed.files.length });
        hints.roots = parsed.roots;
        const paths = await resolver;
        for (const coverage of parsed.files) {
            const mapped = paths.resolve(coverage.path, hints);
            if (mapped === undefined)
                unmapped.push({ path: coverage.path, report: name });
            const key = mapped ?? coverage.path;
            coverage.path = key;
            const existing = files.get(key);
            if (existing)
                existing.merge(coverage);
            else
                files.set(key, coverage);
        }
    }
    return { files, unmapped, reports, skipped };
}

// EXTERNAL MODULE: ./packages/git/src/exec.ts
var exec = __webpack_require__(9771);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/discover.ts




/**
 * Where coverage tools write their reports by default; each file's format is read from its
 * content. Earlier entries are preferred among reports of one directory (see `oneReportPerDirectory`).
 */
const DEFAULT_REPORT_GLOBS = [
    '**/coverage/coverage-final.json',
    '**/coverage/lcov.info',
    '**/lcov.info',
    '**/*.lcov',
    '**/coverage.xml',
    '**/cobertura*.xml',
    '**/jacoco*.xml',
    '**/jacocoTestReport.xml',
    '**/clover.xml',
    '**/coverage.out',
    '**/cover.out',
    '**/*.coverprofile',
    '**/coverage-summary.json',
    '**/coverage.json',
];
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
function skipped(path) {
    return path.split(/[\\/]/).some((segment) => SKIPPED_DIRS.has(segment));
}
/**
 * The report files the globs match (relative to the workspace unless absolute; `!glob` excludes),
 * outside node_modules and .git, sorted, each once; and the globs that matched nothing.
 */
async function findReports(workspace, patterns) {
    const { found, unmatched } = await findByPattern(workspace, patterns);
    return { files: [...found.keys()].sort(), unmatched };
}
/**
 * Auto-discovery takes only files git does not track (untracked or ignored: what this run
 * produced), never a report committed to the repository (a fixture, an old run). Jest writes
 * coverage-final.json, lcov.info and clover.xml of one run side by side, coverage.py coverage.xml
 * and coverage.json. Merging several reports of one run in different formats would count some
 * items twice, so each directory gives one report: the one whose default glob comes first.
 * Outside a git repository every file is untracked.
 */
async function findDefaultReports(workspace) {
    const untracked = await untrackedFiles(workspace);
    const found = untracked
        ? rankByPattern(workspace, untracked, DEFAULT_REPORT_GLOBS)
        : (await findByPattern(workspace, DEFAULT_REPORT_GLOBS)).found;
    const best = new Map();
    for (const [path, rank] of found) {
        const current = best.get((0,external_node_path_.dirname)(path));
        if (!current || rank < current.rank)
            best.set((0,external_node_path_.dirname)(path), { path, rank });
    }
    return [...best.values()].map((entry) => entry.path).sort();
}
/** Files git does not track, outside node_modules and .git; undefined outside a repository. */
async function untrackedFiles(workspace) {
    try {
        const listed = await (0,exec/* git */.$Y)(workspace, ['ls-files', '-z', '--others', '--', '.']);
        return listed.split('\0').filter((path) => path && !skipped(path));
    }
    catch {
        return undefined;
    }
}
/** Absolute path → index of the first pattern each repository-relative path matches. */
function rankByPattern(workspace, paths, patterns) {
    const found = new Map();
    for (const path of paths) {
        const rank = patterns.findIndex((pattern) => (0,src_glob/* matchesGlob */.kt)(path, pattern));
        if (rank !== -1)
            found.set((0,external_node_path_.resolve)(workspace, path), rank);
    }
    return found;
}
/** An absolute path as kit's globs read an absolute pattern: without its leading `/`. */
function rootless(path) {
    return path.replace(/^\/+/, '');
}
/** Matching files, each with the index of the first pattern that matched it; patterns that matched none. */
async function findByPattern(workspace, patterns) {
    const include = patterns
        .filter((pattern) => !pattern.startsWith('!'))
        .map((pattern) => pattern.replace(/^\.\//, ''));
    const exclude = patterns
        .filter((pattern) => pattern.startsWith('!'))
        .map((pattern) => pattern.slice(1).replace(/^\.\//, ''));
    const found = new Map();
    const matched = new Set();
    // one walk of the tree for all patterns; each file is ranked by the first pattern it matches
    const matches = (0,promises_.glob)(include, {
        cwd: workspace,
        exclude: (name) => SKIPPED_DIRS.has(external_node_path_.posix.basename(name.replace(/\\/g, '/'))),
    });
    for await (const match of matches) {
        const full = (0,external_node_path_.resolve)(workspace, match);
        const path = (0,external_node_path_.relative)(workspace, full).replace(/\\/g, '/');
        if (skipped(path) || !(await (0,promises_.stat)(full)).isFile())
            continue;
        let rank = include.length;
        include.forEach((pattern, index) => {
            if (!(0,src_glob/* matchesGlob */.kt)((0,external_node_path_.isAbsolute)(pattern) ? rootless(full) : path, pattern))
                return;
            rank = Math.min(rank, index);
            matched.add(index);
        });
        found.set(full, rank);
    }
    for (const path of found.keys()) {
        const local = (0,external_node_path_.relative)(workspace, path).replace(/\\/g, '/');
        if (exclude.some((pattern) => (0,src_glob/* matchesGlob */.kt)((0,external_node_path_.isAbsolute)(pattern) ? rootless(path) : local, pattern)))
            found.delete(path);
    }
    return { found, unmatched: include.filter((_, index) => !matched.has(index)) };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/totals.ts

/** The sum of the files' counters; a metric no file measures is left out. */
function totalsOf(files) {
    const totals = {};
    for (const file of files)
        file.addTo(totals);
    return totals;
}
/** The sum of totals (of groups that hold each file once). */
function sumOf(parts) {
    const totals = {};
    for (const part of parts) {
        for (const metric of METRICS) {
            const counter = part[metric];
            if (!counter)
                continue;
            const sum = (totals[metric] ??= { covered: 0, total: 0 });
            sum.covered += counter.covered;
            sum.total += counter.total;
        }
    }
    return totals;
}
/** The exact percentage; nothing to cover counts as fully covered. */
function percent(counter) {
    return counter.total === 0 ? 100 : (counter.covered * 100) / counter.total;
}
/**
 * Two decimals, cut rather than rounded, so a displayed number never claims more than was
 * measured: 79.996% shows as 79.99, not 80.00.
 */
function formatPercent(counter) {
    if (!counter)
        return '';
    if (counter.total === 0)
        return '100.00';
    return (Math.floor((counter.covered * 10000) / counter.total) / 100).toFixed(2);
}
/** covered/total ≥ minimum%, in exact arithmetic: 79.996 is not 80. */
function meets(counter, minimum) {
    return counter.covered * 100 >= minimum * counter.total;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/gates.ts


function describe(counter) {
    return `${formatPercent(counter)}% (${counter.covered} of ${counter.total})`;
}
/** Findings for totals (of everything, or of one package) against minimums. */
function checkThresholds(totals, thresholds, rule, scope) {
    const findings = [];
    for (const metric of METRICS) {
        const minimum = thresholds[metric];
        if (minimum === undefined)
            continue;
        const counter = totals[metric];
        if (!counter) {
            findings.push({
                rule,
                severity: 'error',
                message: `${scope}: a ${metric} threshold of ${minimum}% is set, but the reports have no ${metric} data (they have ${haveList(totals)}; coverage.py, Go and lcov files measure only some metrics)`,
            });
        }
        else if (!meets(counter, minimum)) {
            findings.push({
                rule,
                severity: 'error',
                message: `${scope}: ${metric} coverage ${describe(counter)} is below ${minimum}%`,
            });
        }
    }
    return findings;
}
function checkPackages(groups, globs) {
    const findings = [];
    for (const glob of globs) {
        if (!groups.some((group) => group.glob === glob)) {
            findings.push({
                rule: 'package-threshold',
                severity: 'error',
                message: `package-thresholds: ${glob} matches no covered file`,
            });
        }
    }
    for (const group of groups) {
        if (group.thresholds)
            findings.push(...checkThresholds(group.totals, group.thresholds, 'package-threshold', `package ${group.name}`));
    }
    return findings;
}
function checkPatch(patch, minimum, annotate) {
    const findings = [];
    if (minimum !== undefined && patch.total > 0 && !meets(patch, minimum)) {
        findings.push({
            rule: 'patch-threshold',
            severity: 'error',
            message: `patch coverage ${describe(patch)} of changed lines is below ${minimum}%`,
        });
    }
    if (annotate) {
        for (const file of patch.files) {
            for (const [start, end] of file.uncovered) {
                findings.push({
                    rule: 'uncovered-change',
                    severity: 'warning',
                    message: start === end
                        ? `changed line ${start} is not covered by tests`
                        : `changed lines ${start}-${end} are not covered by tests`,
                    file: file.path,
                    line: start,
                    endLine: end,
                });
            }
        }
    }
    if (patch.notMeasured.length > 0) {
        findings.push({
            rule: 'not-measured',
            severity: 'notice',
            message: `${patch.notMeasured.length} changed source file(s) have no coverage data: ${patch.notMeasured.slice(0, 5).join(', ')}${patch.notMeasured.length > 5 ? ', …' : ''}`,
        });
    }
    return findings;
}
/** The metrics the totals have, for a message. */
function haveList(totals) {
    const have = METRICS.filter((metric) => totals[metric]);
    return have.length ? have.join(', ') : 'none';
}
/** Percentage points lost against the baseline, per metric both have. */
function decreases(totals, baseline) {
    const deltas = {};
    for (const metric of METRICS) {
        const before = baseline[metric];
        const now = totals[metric];
        if (before !== undefined && now)
            deltas[metric] = percent(now) - before;
    }
    return deltas;
}
function checkBaseline(deltas, maxDecrease) {
    if (maxDecrease === undefined)
        return [];
    return METRICS.flatMap((metric) => {
        const delta = deltas[metric];
        if (delta === undefined || -delta <= maxDecrease)
            return [];
        return [
            {
                rule: 'max-decrease',
                severity: 'error',
                message: `${metric} coverage dropped by ${(-delta).toFixed(2)} points against the baseline (at most ${maxDecrease} allowed)`,
            },
        ];
    });
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/paths.ts

const SLASH = 47;
/**
 * More files than this of one name (index.ts in a monorepo) are looked up through a CrowdedName:
 * scanning them for each report path made a report of 20,000 such files take minutes.
 */
const CROWDED = 32;
/**
 * Whether posix.normalize could change a path: backslashes, `file://`, `//`, `.` and `..`
 * segments (or a name starting with a dot, to be safe). Searches for fixed strings are several
 * times cheaper than a regular expression over each of tens of thousands of paths.
 */
function unnormal(path) {
    return (path === '' ||
        path.includes('\\') ||
        path.includes('//') ||
        path.includes('/.') ||
        path.startsWith('.') ||
        path.startsWith('file:'));
}
function normalize(path) {
    // most report paths are normal already: testing is far cheaper than rebuilding them
    if (!unnormal(path))
        return path;
    return external_node_path_.posix.normalize(path.replace(/\\/g, '/').replace(/^file:\/\//, ''));
}
/** `module example.com/x` from a go.mod's text. */
function goModulePath(goMod) {
    return /^\s*module\s+"?([^\s"]+)"?/m.exec(goMod)?.[1];
}
/**
 * Maps the paths reports write onto the repository's tracked files: relative paths (to the
 * workspace, the report, or a source root), absolute paths from this or another machine's
 * workspace, Go import paths via go.mod, JaCoCo's package/SourceFile. What is left is matched
 * by the longest unambiguous suffix of path segments.
 */
class PathResolver {
    /**
     * Tracked files by file name: one path, or several (an array per name would be 48k arrays).
     * The only index of the tracked files: a Set of them too would be built for nothing in a big
     * report of another machine's paths.
     */
    byName = new Map();
    workspace;
    modules;
    constructor(workspace, tracked, modules = []) {
        this.workspace = normalize(workspace).replace(/\/$/, '');
        for (const path of tracked) {
            const name = baseName(path);
            const known = this.byName.get(name);
            if (known === undefined)
                this.byName.set(name, path);
            else if (typeof known === 'string')
                this.byName.set(name, [known, path]);
            else
                known.push(path); // names are made crowded on lookups, after this
        }
        this.modules = [...modules].sort((a, b) => b.module.length - a.module.length);
    }
    /** The tracked file a report path names, or undefined when none (or several equally) match. */
    resolve(reportPath, hints) {
        const path = normalize(reportPath);
        for (const candidate of this.candidates(path, hints)) {
            const relative = this.relativeToWorkspace(candidate);
            if (relative !== undefined && this.isTracked(relative))
                return relative;
        }
        for (const { dir, module } of this.modules) {
            if (path.startsWith(`${module}/`)) {
                const mapped = external_node_path_.posix.join(dir, path.slice(module.length + 1));
                if (this.isTracked(mapped))
                    return mapped;
            }
        }
        return this.bySuffix(path);
    }
    /** The tracked files of a name; many of them are indexed on the first lookup. */
    named(name) {
        const known = this.byName.get(name);
        if (!Array.isArray(known) || known.length <= CROWDED)
            return known;
        const crowd = new CrowdedName(known);
        this.byName.set(name, crowd);
        return crowd;
    }
    isTracked(path) {
        const known = this.named(baseName(path));
        if (known === undefined || typeof known === 'string')
            return known === path;
        return Array.isArray(known) ? known.includes(path) : known.has(path);
    }
    candidates(path, hints) {
        if ((0,external_node_path_.isAbsolute)(path))
            return [path];
        return [
            path,
            ...hints.roots.map((root) => normalize(external_node_path_.posix.join(normalize(root), path))),
            external_node_path_.posix.join(hints.reportDir, path),
        ];
    }
    relativeToWorkspace(path) {
        if (!path.startsWith('/'))
            return path.startsWith('../') ? undefined : path;
        if (path.startsWith(this.workspace) && path.charCodeAt(this.workspace.length) === SLASH)
            return path.slice(this.workspace.length + 1);
        return undefined;
    }
    /** The tracked file sharing the most trailing segments with `path`; ties are no match. */
    bySuffix(path) {
        const candidates = this.named(baseName(path));
        if (candidates === undefined)
            return undefined;
        // one file of that name: it shares at least its name (unless the path ends in a slash), and
        // no other file can tie with it
        if (typeof candidates === 'string')
            return path.endsWith('/') ? undefined : candidates;
        if (!Array.isArray(candidates))
            return candidates.bySuffix(path);
        let best;
        let bestLength = 0;
        let tie = false;
        for (const candidate of candidates) {
            const length = sharedSegments(path, candidate);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
                tie = false;
            }
            else if (length === bestLength)
                tie = true;
        }
        return tie ? undefined : best;
    }
}
/**
 * Many tracked files of one name, indexed by their trailing runs of segments (`index.ts`,
 * `src/index.ts`, `app/src/index.ts`, ...): a lookup costs one Map probe per segment of the
 * report's path, not one comparison per file.
 */
class CrowdedName {
    members;
    /** Each trailing run of segments: the one file that ends in it, or null when several do. */
    suffixes = new Map();
    constructor(paths) {
        this.members = new Set(paths);
        for (const path of paths) {
            let slash = path.length;
            do {
                slash = lastSlash(path, slash);
                const suffix = path.slice(slash + 1);
                this.suffixes.set(suffix, this.suffixes.has(suffix) ? null : path);
            } while (slash > 0);
        }
    }
    has(path) {
        return this.members.has(path);
    }
    /**
     * The file sharing the most trailing segments with `path`, as PathResolver#bySuffix decides it
     * (ties are no match): the longest run of `path`'s segments some file ends in, if one file does.
     */
    bySuffix(path) {
        let found;
        let slash = path.length;
        do {
            slash = lastSlash(path, slash);
            const known = this.suffixes.get(path.slice(slash + 1));
            if (known === undefined)
                break;
            found = known;
        } while (slash > 0);
        return found ?? undefined;
    }
}
/**
 * Where a path's last `/` before `end` is, -1 when none. A loop: String#lastIndexOf is a call into
 * the runtime in V8, several times slower, and it runs for each of tens of thousands of paths.
 */
function lastSlash(path, end = path.length) {
    let at = end - 1;
    while (at >= 0 && path.charCodeAt(at) !== SLASH)
        at--;
    return at;
}
/** The last segment of a normalized path (what posix.basename gives, without its checks). */
function baseName(path) {
    const slash = lastSlash(path);
    return slash === -1 || slash < path.length - 1 ? path.slice(slash + 1) : external_node_path_.posix.basename(path);
}
/**
 * How many trailing path segments two normalized paths share, compared from their ends character
 * by character (splitting each of tens of thousands of paths into arrays was a tenth of a big
 * report's time).
 */
function sharedSegments(a, b) {
    let i = a.length;
    let j = b.length;
    let shared = 0;
    while (i > 0 && j > 0) {
        const char = a.charCodeAt(--i);
        if (char !== b.charCodeAt(--j))
            return shared;
        if (char === SLASH)
            shared++;
    }
    // one path is used up: its first segment is shared when the other one's also ends there
    const atStart = (path, at) => at === 0 || path.charCodeAt(at - 1) === SLASH;
    return atStart(a, i) && atStart(b, j) ? shared + 1 : shared;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/packages.ts



/**
 * The groups a rule makes: `services/*-py/**` makes one group per service (the segments before
 * the first `**` name it); a glob without `**` is one group.
 */
function groupsOfRule(rule, files) {
    const segments = rule.glob.split('/');
    const depth = segments.findIndex((segment) => segment.includes('**'));
    const groups = new Map();
    for (const file of files) {
        if (!(0,src_glob/* matchesGlob */.kt)(file.path, rule.glob))
            continue;
        const name = depth > 0 ? file.path.split('/').slice(0, depth).join('/') : rule.glob;
        const list = groups.get(name);
        if (list)
            list.push(file);
        else
            groups.set(name, [file]);
    }
    return [...groups]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, list]) => ({
        name,
        glob: rule.glob,
        thresholds: rule.thresholds,
        files: list,
        totals: totalsOf(list),
    }));
}
/**
 * Without rules, packages are directories, as coverage tools' own tables group files. Each
 * file's counters are added to its group's totals as it is grouped: one pass over the files.
 */
function groupsByDirectory(files) {
    const groups = new Map();
    let group;
    for (const file of files) {
        const path = file.path;
        const slash = lastSlash(path);
        // reports list a directory's files together: most files join the previous one's group
        const name = group?.name;
        const same = slash === -1 ? name === '.' : slash === name?.length && path.startsWith(name);
        if (!same) {
            const directory = slash === -1 ? '.' : path.slice(0, slash);
            group = groups.get(directory);
            if (!group)
                groups.set(directory, (group = { name: directory, files: [], totals: {} }));
        }
        group.files.push(file);
        file.addTo(group.totals);
    }
    return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/patch.ts
/**
 * Coverage of the changed lines: only instrumented lines count. A changed file without coverage
 * data is "not measured" when it looks like source the reports cover (same extension).
 */
function patchCoverage(changed, reported, accept, unreported = new Map()) {
    const extensions = new Set([...reported.keys()].map(extensionOf));
    const files = new Map([...reported, ...unreported]);
    const patch = {
        covered: 0,
        total: 0,
        files: [],
        notMeasured: [],
        unreported: [...unreported.keys()].sort(),
    };
    for (const [path, ranges] of changed) {
        if (!accept(path))
            continue;
        const coverage = files.get(path);
        // a report of totals only (Istanbul's coverage-summary.json) says nothing about lines
        if (!coverage || coverage.lines.size === 0) {
            if (extensions.has(extensionOf(path)))
                patch.notMeasured.push(path);
            continue;
        }
        const file = { path, covered: 0, total: 0, uncovered: [] };
        for (const [start, end] of ranges) {
            let open;
            for (let line = start; line <= end; line++) {
                const hits = coverage.lines.get(line);
                if (hits === undefined)
                    continue;
                file.total++;
                if (hits > 0) {
                    file.covered++;
                    open = undefined;
                }
                else if (open)
                    open[1] = line;
                else {
                    open = [line, line];
                    file.uncovered.push(open);
                }
            }
        }
        if (file.total === 0)
            continue;
        patch.covered += file.covered;
        patch.total += file.total;
        patch.files.push(file);
    }
    patch.files.sort((a, b) => a.path.localeCompare(b.path));
    patch.notMeasured.sort();
    return patch;
}
function extensionOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(dot) : name;
}
/** `12-14, 20` */
function formatRanges(ranges) {
    return ranges.map(([start, end]) => (start === end ? `${start}` : `${start}-${end}`)).join(', ');
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/report.ts



function metricJson(counter) {
    return {
        covered: counter.covered,
        total: counter.total,
        percent: percent(counter),
        display: formatPercent(counter),
    };
}
function totalsJson(totals) {
    const json = {};
    for (const metric of METRICS)
        if (totals[metric])
            json[metric] = metricJson(totals[metric]);
    return json;
}
function packageJson(group) {
    const passed = METRICS.every((metric) => {
        const minimum = group.thresholds?.[metric];
        const counter = group.totals[metric];
        return minimum === undefined || (counter !== undefined && meets(counter, minimum));
    });
    return {
        name: group.name,
        ...(group.glob ? { glob: group.glob } : {}),
        files: group.files.length,
        totals: totalsJson(group.totals),
        ...(group.thresholds ? { thresholds: group.thresholds } : {}),
        passed,
    };
}
function patchJson(patch, range, threshold) {
    return {
        ...metricJson(patch),
        range,
        ...(threshold === undefined ? {} : { threshold }),
        files: patch.files.map((file) => ({
            path: file.path,
            covered: file.covered,
            total: file.total,
            uncovered: formatRanges(file.uncovered),
        })),
        notMeasured: patch.notMeasured,
        unreported: patch.unreported,
    };
}
/** The files with the most missed lines, most first. */
function mostMissed(files, count) {
    const ranked = [];
    const before = (a, b) => b.missed - a.missed || a.path.localeCompare(b.path);
    for (const file of files) {
        const lines = file.counter('lines');
        if (!lines || lines.total === lines.covered)
            continue;
        const entry = { path: file.path, missed: lines.total - lines.covered, lines };
        // keep only the top `count`: a big report has tens of thousands of files
        if (ranked.length === count && before(ranked[count - 1], entry) <= 0)
            continue;
        ranked.push(entry);
        ranked.sort(before);
        if (ranked.length > count)
            ranked.pop();
    }
    return ranked.map((entry) => ({ ...entry, lines: metricJson(entry.lines) }));
}
function outputsOf(report) {
    const outputs = {};
    for (const metric of METRICS)
        outputs[metric] = report.totals[metric]?.display ?? '';
    outputs.patch = report.patch && report.patch.total > 0 ? report.patch.display : '';
    return outputs;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/unreported.ts



/** Tests are not expected in a coverage report: a changed test file is never "unreported". */
const TEST_PATTERNS = [
    '**/*.test.*',
    '**/*.spec.*',
    '**/__tests__/**',
    '**/test/**',
    '**/tests/**',
    '**/*_test.go',
    '**/test_*.py',
    '**/*_test.py',
];
const isTest = (path) => TEST_PATTERNS.some((pattern) => (0,src_glob/* matchesGlob */.kt)(path, pattern));
/** A line that holds code: not blank, not only a comment (`//`, `/*`, `*`, `#`). */
const isCode = (line) => !/^\s*(\/\/|\/\*|\*|#|$)/.test(line);
/**
 * The changed files that no report covers though they look like the source it covers (the
 * extension of a covered file, accepted by include/exclude, no test): as if reported with each
 * added line of code uncovered, so a file no test imports cannot pass a patch threshold.
 */
async function unreportedFiles(changed, files, accept, contentOf) {
    const extensions = new Set([...files.keys()].map(extensionOf));
    const unreported = new Map();
    for (const [path, ranges] of changed) {
        if (files.has(path) || !accept(path) || isTest(path))
            continue;
        if (!extensions.has(extensionOf(path)))
            continue;
        const lines = (await contentOf(path))?.split('\n') ?? [];
        const coverage = new FileCoverage(path);
        for (const [start, end] of ranges)
            for (let line = start; line <= Math.min(end, lines.length); line++)
                if (isCode(lines[line - 1]))
                    coverage.lines.add(line, 0);
        if (coverage.lines.size > 0)
            unreported.set(path, coverage);
    }
    return unreported;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/gate.ts













async function repositoryFiles(workspace, log) {
    let tracked;
    try {
        tracked = await (0,diff/* trackedFiles */.O)(workspace.root);
    }
    catch (error) {
        log.warning(`cannot list the repository's files (${error.message}): report paths are used as they are`);
        return { tracked: [], modules: [] };
    }
    const modules = [];
    for (const path of tracked.filter((file) => external_node_path_.posix.basename(file) === 'go.mod')) {
        const text = await workspace.readText(path, { maxBytes: 1 << 20 }).catch(() => '');
        const module = goModulePath(text);
        if (module)
            modules.push({ dir: external_node_path_.posix.dirname(path) === '.' ? '' : external_node_path_.posix.dirname(path), module });
    }
    return { tracked, modules };
}
function pathFilter(include, exclude) {
    const matches = (path, globs) => globs.some((glob) => (0,src_glob/* matchesGlob */.kt)(path, glob));
    return (path) => (include.length === 0 || matches(path, include)) && !matches(path, exclude);
}
function emptyReport(findings, settings) {
    return {
        passed: !(0,report/* hasErrors */.Cs)(findings),
        findings,
        totals: {},
        thresholds: settings.thresholds,
        packages: [],
        patch: null,
        baseline: null,
        mostMissed: [],
        unmapped: [],
        reports: [],
    };
}
/** The patch's changed lines; or why not, when a patch threshold needs them; else undefined. */
async function changedRange(request) {
    const { settings, workspace, event, log } = request;
    if (!event && !settings.from) {
        if (settings.patchThreshold !== undefined) {
            throw new errors/* UsageError */.eb('patch-threshold needs a range of commits: run on a pull_request or push event, or give --from', { input: 'patch-threshold' });
        }
        return undefined;
    }
    try {
        const range = await (0,src_range/* resolveRange */.S)(workspace, {
            event,
            from: settings.from,
            to: settings.to,
            log: (message) => log.info(message),
        });
        if (!range.base) {
            const reason = `${range.source}: no base commit to compare with (no default branch to take the merge-base with)`;
            if (settings.patchThreshold !== undefined)
                return { unmeasured: reason };
            log.info(`${reason}, patch coverage is not measured`);
            return undefined;
        }
        return {
            range: { base: range.base, head: range.head, source: range.source },
            lines: await (0,diff/* changedLines */.MA)(workspace, range.base, range.head),
        };
    }
    catch (error) {
        if (settings.patchThreshold !== undefined)
            throw error;
        log.info(`patch coverage is not measured: ${error.message}`);
        return undefined;
    }
}
/** Patch coverage and its findings; null when the event gives no range to measure. */
async function measurePatch(request, files, accept, findings) {
    const { settings, workspace } = request;
    const changed = await changedRange(request);
    if (!changed)
        return null;
    if ('unmeasured' in changed) {
        findings.push({
            rule: 'patch-threshold',
            severity: 'error',
            message: `patch-threshold is set but ${changed.unmeasured}: patch coverage cannot be measured, so the gate fails`,
        });
        return null;
    }
    const unreported = settings.unreportedFiles === 'uncovered'
        ? await unreportedFiles(changed.lines, files, accept, (path) => (0,diff/* fileAt */.Wd)(workspace, changed.range.head, path))
        : new Map();
    const measured = patchCoverage(changed.lines, files, accept, unreported);
    findings.push(...checkPatch(measured, settings.patchThreshold, settings.annotate));
    return patchJson(measured, changed.range, settings.patchThreshold);
}
async function compareBaseline(request, totals, findings) {
    const { settings, workspace } = request;
    if (!settings.baseline)
        return null;
    const deltas = decreases(totals, await readBaseline(new files_workspace/* Workspace */.a(workspace), settings.baseline));
    findings.push(...checkBaseline(deltas, settings.maxDecrease));
    return { file: settings.baseline, deltas };
}
function unmappedFinding(unmapped) {
    if (unmapped.length === 0)
        return [];
    const shown = unmapped.slice(0, 3).map((entry) => entry.path);
    return [
        {
            rule: 'unmapped',
            severity: 'warning',
            message: `${unmapped.length} report path(s) match no file of the repository (counted as written): ${shown.join(', ')}${unmapped.length > 3 ? ', …' : ''}`,
        },
    ];
}
/** The reports the settings name (or auto-discovery finds), parsed and merged; or the report saying none. */
async function gatherReports(request) {
    const { settings, workspace } = request;
    const severity = settings.ifNoReports === 'warn' ? 'warning' : 'error';
    const found = settings.reports.length
        ? await findReports(workspace, settings.reports)
        : { files: await findDefaultReports(workspace), unmatched: [] };
    // a glob that finds nothing is a language or a shard gone missing, even when others found reports
    const missing = found.unmatched.map((glob) => ({
        rule: 'no-reports',
        severity,
        message: `reports: ${glob} matches no file`,
    }));
    if (found.files.length === 0) {
        if (settings.reports.length)
            return emptyReport(missing, settings);
        const message = `no coverage report found at the usual paths (${DEFAULT_REPORT_GLOBS.slice(0, 4).join(', ')}, …)`;
        return emptyReport([{ rule: 'no-reports', severity, message }], settings);
    }
    if (settings.reports.length === 0) {
        const names = found.files.map((file) => external_node_path_.posix.relative(workspace, file));
        request.log.info(`reports: auto took ${names.join(', ')} (files git does not track)`);
    }
    // git lists the repository's files while the reports parse
    const resolver = repositoryFiles(new files_workspace/* Workspace */.a(workspace), request.log).then(({ tracked, modules }) => new PathResolver(workspace, tracked, modules));
    const collected = await collectCoverage(workspace, found.files, settings.format, resolver, settings.reports.length === 0);
    if (collected.reports.length === 0) {
        const message = `auto-discovery found no coverage report, only other files: ${collected.skipped.join(', ')}`;
        return emptyReport([{ rule: 'no-reports', severity, message }, ...skippedFindings(collected)], settings);
    }
    return { collected, missing };
}
function skippedFindings(collected) {
    return collected.skipped.map((file) => ({
        rule: 'not-a-report',
        severity: 'notice',
        message: `${file} holds no coverage report this action reads: skipped`,
        file,
    }));
}
/** Everything the action does between reading its inputs and publishing: the gate's core. */
async function gateCoverage(request) {
    const { settings } = request;
    const gathered = await gatherReports(request);
    if (!('collected' in gathered))
        return gathered;
    const { collected, missing } = gathered;
    const accept = pathFilter(settings.include, settings.exclude);
    const filtered = settings.include.length > 0 || settings.exclude.length > 0;
    const files = filtered ? new Map() : collected.files;
    if (filtered)
        for (const [path, coverage] of collected.files)
            if (accept(path))
                files.set(path, coverage);
    if (files.size === 0) {
        throw new errors/* UsageError */.eb(`include/exclude leave none of the ${collected.files.size} covered files`, { input: 'include' });
    }
    const groups = settings.packageRules.length
        ? settings.packageRules.flatMap((rule) => groupsOfRule(rule, files.values()))
        : groupsByDirectory(files.values());
    // directories hold each file once: their sum is the total (rules' groups may overlap)
    const totals = settings.packageRules.length
        ? totalsOf(files.values())
        : sumOf(groups.map((group) => group.totals));
    const findings = [
        ...missing,
        ...skippedFindings(collected),
        ...checkThresholds(totals, settings.thresholds, 'threshold', 'total'),
    ];
    findings.push(...checkPackages(groups, settings.packageRules.map((rule) => rule.glob)));
    const patch = await measurePatch(request, files, accept, findings);
    const baseline = await compareBaseline(request, totals, findings);
    const unmapped = collected.unmapped.filter((entry) => accept(entry.path));
    findings.push(...unmappedFinding(unmapped));
    return {
        passed: !(0,report/* hasErrors */.Cs)(findings),
        findings: (0,report/* sortFindings */.Tc)(findings),
        totals: totalsJson(totals),
        thresholds: settings.thresholds,
        packages: groups.map(packageJson),
        patch,
        baseline,
        mostMissed: mostMissed(files.values(), 10),
        unmapped,
        reports: collected.reports,
    };
}

// EXTERNAL MODULE: ./packages/kit/src/markdown.ts
var markdown = __webpack_require__(9703);
// EXTERNAL MODULE: ./packages/kit/src/summary.ts
var src_summary = __webpack_require__(2919);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/summary.ts



/** Rows of a table that a job summary shows in full; the JSON report has every row. */
const MAX_ROWS = 50;
function cell(metric) {
    return metric ? `${metric.display}%` : '–';
}
function summary_status(metric, minimum) {
    if (minimum === undefined)
        return '';
    return markdown/* passFail */.oX(metric !== undefined && meets(metric, minimum));
}
function totalsTable(summary, totals, report) {
    const rows = METRICS.filter((metric) => totals[metric] || report.thresholds[metric] !== undefined).map((metric) => {
        const value = totals[metric];
        const minimum = report.thresholds[metric];
        const delta = report.baseline?.deltas[metric];
        return [
            metric,
            cell(value),
            value ? `${value.covered} / ${value.total}` : 'no data',
            minimum === undefined ? '' : `${minimum}% ${summary_status(value, minimum)}`,
            ...(report.baseline
                ? [delta === undefined ? '' : `${delta >= 0 ? '+' : ''}${delta.toFixed(2)}`]
                : []),
        ];
    });
    summary.table([
        'Metric',
        'Coverage',
        'Covered / total',
        'Threshold',
        ...(report.baseline ? ['vs baseline'] : []),
    ], rows);
}
function patchSection(summary, patch) {
    summary.heading('Patch coverage', 3);
    const threshold = patch.threshold === undefined
        ? ''
        : ` (threshold ${patch.threshold}% ${markdown/* passFail */.oX(meets(patch, patch.threshold))})`;
    if (patch.total === 0)
        summary.paragraph(`No instrumented line changed in ${markdown/* code */.aY(patch.range.source)}.${threshold}`);
    else {
        summary.paragraph(`**${patch.display}%** of changed instrumented lines are covered: ${patch.covered} of ${patch.total} in ${markdown/* code */.aY(patch.range.source)}${threshold}.`);
    }
    const uncovered = patch.files.filter((file) => file.uncovered);
    if (uncovered.length > 0) {
        summary.paragraph('Uncovered changed lines:');
        summary.list(uncovered.slice(0, MAX_ROWS).map((file) => `${markdown/* code */.aY(file.path)}: ${file.uncovered}`));
        if (uncovered.length > MAX_ROWS) {
            summary.paragraph(`${uncovered.length - MAX_ROWS} more files are in the JSON report.`);
        }
    }
    if (patch.unreported.length > 0) {
        summary.paragraph('Changed files no report covers, their added code counted as uncovered:');
        summary.list(patch.unreported.slice(0, MAX_ROWS).map((path) => markdown/* code */.aY(path)));
    }
    if (patch.notMeasured.length > 0) {
        summary.paragraph('Changed files with no coverage data (not measured):');
        summary.list(patch.notMeasured.slice(0, MAX_ROWS).map((path) => markdown/* code */.aY(path)));
    }
}
/** The job summary (and the PR comment): totals, patch, packages, most missed, unmapped. */
function buildSummary(report) {
    const summary = new src_summary/* Summary */.B();
    summary.heading(`${markdown/* passFail */.oX(report.passed)} Coverage`);
    if (report.reports.length === 0) {
        summary.paragraph('No coverage report was found.');
        return summary;
    }
    totalsTable(summary, report.totals, report);
    const failures = report.findings.filter((finding) => finding.severity === 'error');
    if (failures.length > 0)
        summary.list(failures.map((finding) => `❌ ${markdown/* text */.Qq(finding.message)}`));
    if (report.patch)
        patchSection(summary, report.patch);
    if (report.packages.length > 0) {
        summary.heading('Packages', 3);
        const withThresholds = report.packages.some((pkg) => pkg.thresholds);
        summary.table(['Package', 'Files', ...METRICS, ...(withThresholds ? ['Thresholds'] : [])], report.packages.slice(0, MAX_ROWS).map((pkg) => [
            markdown/* code */.aY(pkg.name),
            String(pkg.files),
            ...METRICS.map((metric) => cell(pkg.totals[metric])),
            ...(withThresholds
                ? [
                    pkg.thresholds
                        ? `${Object.entries(pkg.thresholds)
                            .map(([m, v]) => `${m}=${v}`)
                            .join(' ')} ${markdown/* passFail */.oX(pkg.passed)}`
                        : '',
                ]
                : []),
        ]));
        if (report.packages.length > MAX_ROWS)
            summary.paragraph(`${report.packages.length - MAX_ROWS} more packages are in the JSON report.`);
    }
    if (report.mostMissed.length > 0) {
        summary.heading('Files with the most missed lines', 3);
        summary.table(['File', 'Missed lines', 'Lines'], report.mostMissed.map((file) => [
            markdown/* code */.aY(file.path),
            String(file.missed),
            `${file.lines.display}%`,
        ]));
    }
    if (report.unmapped.length > 0) {
        summary.details(`⚠️ ${report.unmapped.length} report paths match no file of the repository`, report.unmapped
            .slice(0, MAX_ROWS)
            .map((entry) => `- ${markdown/* code */.aY(entry.path)} (in ${markdown/* code */.aY(entry.report)})`)
            .join('\n'));
    }
    summary.details('Reports', report.reports
        .map((entry) => `- ${markdown/* code */.aY(entry.file)}: ${entry.format}, ${entry.files} files`)
        .join('\n'));
    return summary;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/outcome.ts



/** GitHub rejects comments over 65,536 characters. */
const COMMENT_LIMIT = 60_000;
function headline(report) {
    const parts = METRICS.filter((metric) => report.totals[metric]).map((metric) => `${metric} ${report.totals[metric].display}%`);
    if (report.patch && report.patch.total > 0)
        parts.push(`patch ${report.patch.display}%`);
    const errors = report.findings.filter((finding) => finding.severity === 'error').length;
    const verdict = errors ? `${errors} gate(s) failed` : 'all gates passed';
    return parts.length
        ? `${parts.join(', ')}: ${verdict}`
        : (report.findings[0]?.message ?? verdict);
}
/** The report as the runner publishes it: headline, summary, outputs and the sticky comment. */
function outcomeOf(report, settings) {
    const summary = buildSummary(report);
    return {
        report,
        summary,
        outputs: outputsOf(report),
        headline: headline(report),
        ...(settings.comment
            ? {
                comment: {
                    marker: settings.commentMarker,
                    body: summary.render(COMMENT_LIMIT, 'the job summary'),
                },
            }
            : {}),
    };
}

// EXTERNAL MODULE: ./packages/kit/src/inputs.ts
var src_inputs = __webpack_require__(6415);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/thresholds.ts


/**
 * `lines=80 branches=70` (spaces or commas between; `%` allowed). A token that does not parse
 * is an error naming the input and the token.
 */
function parseThresholds(text, source, input, where = '') {
    const thresholds = {};
    for (const token of text.split(/[\s,]+/).filter(Boolean)) {
        const match = /^([a-z]+)=(.+)$/.exec(token);
        const metric = match?.[1];
        const value = match ? (0,src_inputs/* parsePercentage */.A3)(match[2]) : undefined;
        if (!metric || !METRICS.includes(metric) || value === undefined) {
            throw new errors/* UsageError */.eb(`${source.describe(input)}${where}: cannot read ${(0,src_inputs/* quoteValue */.cl)(token)}: expected <metric>=<percentage>, metric one of ${METRICS.join(', ')}`, { input });
        }
        if (metric in thresholds)
            throw new errors/* UsageError */.eb(`${source.describe(input)}${where}: ${metric} is given twice`, {
                input,
            });
        thresholds[metric] = value;
    }
    return thresholds;
}
/** One rule a line: `<glob>: lines=85 branches=70`. */
function parsePackageRules(lines, source, input) {
    return lines.map((line, index) => {
        const split = line.lastIndexOf(': ');
        const where = ` rule ${index + 1}`;
        if (split <= 0) {
            throw new errors/* UsageError */.eb(`${source.describe(input)}${where}: expected "<glob>: lines=85 ...", got ${(0,src_inputs/* quoteValue */.cl)(line)}`, { input });
        }
        const thresholds = parseThresholds(line.slice(split + 2), source, input, where);
        if (Object.keys(thresholds).length === 0) {
            throw new errors/* UsageError */.eb(`${source.describe(input)}${where}: no thresholds after the glob`, {
                input,
            });
        }
        return { glob: line.slice(0, split).trim(), thresholds };
    });
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/settings.ts



/** Names in an HTML comment marker: nothing that could end the comment. */
const markerPart = (text) => (text ?? '').replace(/[^\w./ -]/g, '_').slice(0, 100);
/**
 * Two gates on one pull request (two workflows, two jobs, or `comment-id`) keep a comment each:
 * the marker names the workflow, the job and the comment-id.
 */
function commentMarker(env, commentId) {
    const parts = [env.GITHUB_WORKFLOW, env.GITHUB_JOB, commentId].map(markerPart);
    return `flow-actions:coverage-gate:${parts.join(':')}`;
}
function readSettings(context) {
    const { inputs } = context;
    const reports = (0,src_inputs/* readGlobs */.Qj)(inputs, 'reports');
    return {
        reports: reports.length === 1 && reports[0] === 'auto' ? [] : reports,
        format: (0,src_inputs/* readEnum */.ai)(inputs, 'format', ['auto', ...FORMATS], 'auto'),
        thresholds: parseThresholds((0,src_inputs/* readString */.E3)(inputs, 'thresholds') ?? '', inputs, 'thresholds'),
        patchThreshold: (0,src_inputs/* readPercentage */.PX)(inputs, 'patch-threshold'),
        packageRules: parsePackageRules((0,src_inputs/* readLines */.Se)(inputs, 'package-thresholds'), inputs, 'package-thresholds'),
        baseline: (0,src_inputs/* readString */.E3)(inputs, 'baseline'),
        maxDecrease: (0,src_inputs/* readNumber */.kz)(inputs, 'max-decrease', { min: 0, max: 100 }),
        include: (0,src_inputs/* readGlobs */.Qj)(inputs, 'include'),
        exclude: (0,src_inputs/* readGlobs */.Qj)(inputs, 'exclude'),
        comment: (0,src_inputs/* readBoolean */.Vf)(inputs, 'comment', false),
        commentMarker: commentMarker(context.env, (0,src_inputs/* readString */.E3)(inputs, 'comment-id')),
        annotate: (0,src_inputs/* readBoolean */.Vf)(inputs, 'annotate', true),
        ifNoReports: (0,src_inputs/* readEnum */.ai)(inputs, 'if-no-reports', ['error', 'warn'], 'error'),
        unreportedFiles: (0,src_inputs/* readEnum */.ai)(inputs, 'unreported-files', ['uncovered', 'ignore'], 'uncovered'),
        from: (0,src_inputs/* readString */.E3)(inputs, 'from'),
        to: (0,src_inputs/* readString */.E3)(inputs, 'to'),
    };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/run.ts



/** Settings → the gate → the outcome. */
const run = async (context) => {
    const settings = readSettings(context);
    const report = await gateCoverage({
        settings,
        workspace: context.workspace,
        event: context.event,
        log: context.log,
    });
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


/***/ })

};
