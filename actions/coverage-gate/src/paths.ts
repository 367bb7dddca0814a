import { isAbsolute, posix } from 'node:path';

/** A go.mod's directory (relative to the repository, '' for the root) and module path. */
export interface GoModule {
  dir: string;
  module: string;
}

/** Where a report's file path is resolved from. */
export interface PathHints {
  /** The report's own directory, relative to the workspace. */
  reportDir: string;
  /** Source roots the report names (Cobertura's `<sources>`). */
  roots: readonly string[];
}

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
function unnormal(path: string): boolean {
  return (
    path === '' ||
    path.includes('\\') ||
    path.includes('//') ||
    path.includes('/.') ||
    path.startsWith('.') ||
    path.startsWith('file:')
  );
}

function normalize(path: string): string {
  // most report paths are normal already: testing is far cheaper than rebuilding them
  if (!unnormal(path)) return path;
  return posix.normalize(path.replace(/\\/g, '/').replace(/^file:\/\//, ''));
}

/** `module example.com/x` from a go.mod's text. */
export function goModulePath(goMod: string): string | undefined {
  return /^\s*module\s+"?([^\s"]+)"?/m.exec(goMod)?.[1];
}

/**
 * Maps the paths reports write onto the repository's tracked files: relative paths (to the
 * workspace, the report, or a source root), absolute paths from this or another machine's
 * workspace, Go import paths via go.mod, JaCoCo's package/SourceFile. What is left is matched
 * by the longest unambiguous suffix of path segments.
 */
export class PathResolver {
  /**
   * Tracked files by file name: one path, or several (an array per name would be 48k arrays).
   * The only index of the tracked files: a Set of them too would be built for nothing in a big
   * report of another machine's paths.
   */
  private readonly byName = new Map<string, string | string[] | CrowdedName>();
  private readonly workspace: string;
  private readonly modules: GoModule[];

  constructor(workspace: string, tracked: readonly string[], modules: readonly GoModule[] = []) {
    this.workspace = normalize(workspace).replace(/\/$/, '');
    for (const path of tracked) {
      const name = baseName(path);
      const known = this.byName.get(name);
      if (known === undefined) this.byName.set(name, path);
      else if (typeof known === 'string') this.byName.set(name, [known, path]);
      else (known as string[]).push(path); // names are made crowded on lookups, after this
    }
    this.modules = [...modules].sort((a, b) => b.module.length - a.module.length);
  }

  /** The tracked file a report path names, or undefined when none (or several equally) match. */
  resolve(reportPath: string, hints: PathHints): string | undefined {
    const path = normalize(reportPath);
    for (const candidate of this.candidates(path, hints)) {
      const relative = this.relativeToWorkspace(candidate);
      if (relative !== undefined && this.isTracked(relative)) return relative;
    }
    for (const { dir, module } of this.modules) {
      if (path.startsWith(`${module}/`)) {
        const mapped = posix.join(dir, path.slice(module.length + 1));
        if (this.isTracked(mapped)) return mapped;
      }
    }
    return this.bySuffix(path);
  }

  /** The tracked files of a name; many of them are indexed on the first lookup. */
  private named(name: string): string | string[] | CrowdedName | undefined {
    const known = this.byName.get(name);
    if (!Array.isArray(known) || known.length <= CROWDED) return known;
    const crowd = new CrowdedName(known);
    this.byName.set(name, crowd);
    return crowd;
  }

  private isTracked(path: string): boolean {
    const known = this.named(baseName(path));
    if (known === undefined || typeof known === 'string') return known === path;
    return Array.isArray(known) ? known.includes(path) : known.has(path);
  }

  private candidates(path: string, hints: PathHints): string[] {
    if (isAbsolute(path)) return [path];
    return [
      path,
      ...hints.roots.map((root) => normalize(posix.join(normalize(root), path))),
      posix.join(hints.reportDir, path),
    ];
  }

  private relativeToWorkspace(path: string): string | undefined {
    if (!path.startsWith('/')) return path.startsWith('../') ? undefined : path;
    if (path.startsWith(this.workspace) && path.charCodeAt(this.workspace.length) === SLASH)
      return path.slice(this.workspace.length + 1);
    return undefined;
  }

  /** The tracked file sharing the most trailing segments with `path`; ties are no match. */
  private bySuffix(path: string): string | undefined {
    const candidates = this.named(baseName(path));
    if (candidates === undefined) return undefined;
    // one file of that name: it shares at least its name (unless the path ends in a slash), and
    // no other file can tie with it
    if (typeof candidates === 'string') return path.endsWith('/') ? undefined : candidates;
    if (!Array.isArray(candidates)) return candidates.bySuffix(path);
    let best: string | undefined;
    let bestLength = 0;
    let tie = false;
    for (const candidate of candidates) {
      const length = sharedSegments(path, candidate);
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
        tie = false;
      } else if (length === bestLength) tie = true;
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
  private readonly members: Set<string>;
  /** Each trailing run of segments: the one file that ends in it, or null when several do. */
  private readonly suffixes = new Map<string, string | null>();

  constructor(paths: readonly string[]) {
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

  has(path: string): boolean {
    return this.members.has(path);
  }

  /**
   * The file sharing the most trailing segments with `path`, as PathResolver#bySuffix decides it
   * (ties are no match): the longest run of `path`'s segments some file ends in, if one file does.
   */
  bySuffix(path: string): string | undefined {
    let found: string | null | undefined;
    let slash = path.length;
    do {
      slash = lastSlash(path, slash);
      const known = this.suffixes.get(path.slice(slash + 1));
      if (known === undefined) break;
      found = known;
    } while (slash > 0);
    return found ?? undefined;
  }
}

/**
 * Where a path's last `/` before `end` is, -1 when none. A loop: String#lastIndexOf is a call into
 * the runtime in V8, several times slower, and it runs for each of tens of thousands of paths.
 */
export function lastSlash(path: string, end = path.length): number {
  let at = end - 1;
  while (at >= 0 && path.charCodeAt(at) !== SLASH) at--;
  return at;
}

/** The last segment of a normalized path (what posix.basename gives, without its checks). */
function baseName(path: string): string {
  const slash = lastSlash(path);
  return slash === -1 || slash < path.length - 1 ? path.slice(slash + 1) : posix.basename(path);
}

/**
 * How many trailing path segments two normalized paths share, compared from their ends character
 * by character (splitting each of tens of thousands of paths into arrays was a tenth of a big
 * report's time).
 */
function sharedSegments(a: string, b: string): number {
  let i = a.length;
  let j = b.length;
  let shared = 0;
  while (i > 0 && j > 0) {
    const char = a.charCodeAt(--i);
    if (char !== b.charCodeAt(--j)) return shared;
    if (char === SLASH) shared++;
  }
  // one path is used up: its first segment is shared when the other one's also ends there
  const atStart = (path: string, at: number) => at === 0 || path.charCodeAt(at - 1) === SLASH;
  return atStart(a, i) && atStart(b, j) ? shared + 1 : shared;
}
