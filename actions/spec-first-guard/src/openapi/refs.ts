import { posix } from 'node:path';
import { isRecord } from '@flow-actions/kit/yaml';
import { parseSource, type Pointer, type SourceDocument } from './source.ts';

/** Reads repository files by repository-relative path: the work tree, or a commit. */
export interface FileSource {
  read(path: string): Promise<string | undefined>;
}

/** A value found by following `$ref`s, with the file it lives in and where in that file. */
export interface Located {
  value: unknown;
  file: string;
  /** The path to the value in `file`; unknown (undefined) when the caller gave none and no `$ref` was followed. */
  pointer?: Pointer;
}

export interface BrokenRef {
  ref: string;
  file: string;
  line: number;
  reason: string;
}

function decodePointer(fragment: string): string[] {
  if (fragment === '' || fragment === '/') return fragment === '/' ? [''] : [];
  return fragment
    .replace(/^\//, '')
    .split('/')
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(value: unknown, pointer: readonly string[]): { found: boolean; value: unknown } {
  let current = value;
  for (const segment of pointer) {
    if (Array.isArray(current) && /^\d+$/.test(segment) && Number(segment) < current.length) {
      current = current[Number(segment)];
    } else if (isRecord(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return { found: false, value: undefined };
  }
  return { found: true, value: current };
}

interface ParsedRef {
  file: string;
  pointer: string[];
}

/**
 * A root document and every file its relative `$ref`s reach, loaded up front so rules can follow
 * references synchronously. References outside the repository or to URLs are not followed.
 */
export class DocumentSet {
  readonly root: SourceDocument;
  readonly broken: BrokenRef[] = [];
  private readonly documents = new Map<string, SourceDocument>();

  private constructor(root: SourceDocument) {
    this.root = root;
    this.documents.set(root.file, root);
  }

  static async load(root: SourceDocument, source: FileSource): Promise<DocumentSet> {
    const set = new DocumentSet(root);
    const queue = [root];
    for (let document = queue.shift(); document; document = queue.shift()) {
      const external: { ref: string; target: ParsedRef; line: () => number }[] = [];
      const breaks = (ref: string, line: () => number, reason: string) =>
        set.broken.push({ ref, file: document!.file, line: line(), reason });
      for (const { ref, line } of document.refs()) {
        const target = set.parseRef(ref, document.file);
        if (typeof target === 'string') breaks(ref, line, target);
        else if (target.file !== document.file) external.push({ ref, target, line });
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
        if (!valueAt(set.documents.get(target.file)!.value, target.pointer).found) {
          breaks(ref, line, `${target.file} has nothing at that pointer`);
        }
      }
    }
    return set;
  }

  /** The target of a `$ref` string, or why it cannot have one; the same strings recur, so kept. */
  private parseRef(ref: string, from: string): ParsedRef | string {
    const key = `${from}\0${ref}`;
    let parsed = this.parsedRefs.get(key);
    if (parsed === undefined) this.parsedRefs.set(key, (parsed = this.parseNewRef(ref, from)));
    return parsed;
  }

  private readonly parsedRefs = new Map<string, ParsedRef | string>();

  private parseNewRef(ref: string, from: string): ParsedRef | string {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return 'remote references are not followed';
    const hash = ref.indexOf('#');
    const path = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash + 1);
    const pointer = decodePointer(fragment);
    if (!path) return { file: from, pointer };
    const file = posix.normalize(posix.join(posix.dirname(from), decodeURI(path)));
    if (file.startsWith('../') || posix.isAbsolute(file)) return 'it points outside the repository';
    return { file, pointer };
  }

  /**
   * Follow `$ref`s from a value in `file` (at `pointer`, when known) until a value that is not a
   * reference; a reference that does not resolve gives the value undefined.
   */
  deref(value: unknown, file: string, pointer?: Pointer): Located {
    let current: Located = { value, file, ...(pointer ? { pointer } : {}) };
    for (
      let hops = 0;
      hops < 64 && isRecord(current.value) && typeof current.value.$ref === 'string';
      hops++
    ) {
      const target = this.parseRef(current.value.$ref, current.file);
      const document = typeof target === 'string' ? undefined : this.documents.get(target.file);
      if (!document || typeof target === 'string') return { value: undefined, file: current.file };
      const found = valueAt(document.value, target.pointer);
      if (!found.found) return { value: undefined, file: current.file };
      current = { value: found.value, file: target.file, pointer: target.pointer };
    }
    return current;
  }

  /** The line of a located value in its file: its pointer's line, or line 1 without one. */
  lineOf(located: Located): number {
    const document = this.documents.get(located.file);
    return document && located.pointer ? document.lineAt(located.pointer) : 1;
  }

  /** A loaded file by repository path. */
  document(file: string): SourceDocument | undefined {
    return this.documents.get(file);
  }

  /** The root file and every file its references reached. */
  files(): string[] {
    return [...this.documents.keys()];
  }
}
