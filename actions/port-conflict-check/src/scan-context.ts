import { relative, sep } from 'node:path';
import { UsageError, Workspace, type Finding, type Location } from '@flow-actions/kit';
import { parseYaml, parseYamlDocuments, type YamlDocument } from '@flow-actions/kit/yaml';

/** A finding with the files it involves, so `changed-only` can keep those that touch a change. */
export interface PortFinding extends Finding {
  involves: string[];
}

/** Compose files, Dockerfiles and .env files bigger than this are not hand-written configuration. */
const MAX_BYTES = 16 * 1024 * 1024;

/** What the scanners share: the workspace, a cache of parsed files, and the findings they raise. */
export class ScanContext {
  readonly workspace: string;
  readonly findings: PortFinding[] = [];
  private readonly files: Workspace;
  private readonly documents = new Map<string, YamlDocument<string>[]>();
  /** Texts read: a manifest is sniffed then parsed, a `.env` is read for Compose and for its ports. */
  private readonly texts = new Map<string, string>();
  private readonly relativePaths = new Map<string, string>();

  constructor(workspace: string, files = new Workspace(workspace)) {
    this.workspace = workspace;
    this.files = files;
  }

  /** The workspace-relative path with `/` separators, as annotations want it. */
  relative(path: string): string {
    let result = this.relativePaths.get(path);
    if (result === undefined) {
      result = relative(this.workspace, path).split(sep).join('/');
      this.relativePaths.set(path, result);
    }
    return result;
  }

  /** kit's Workspace keeps reads inside the workspace and out of .git (`env_file: .git/config`). */
  private read(path: string, input?: string): string {
    return this.files.readTextSync(path, { maxBytes: MAX_BYTES, input });
  }

  /** The text of a workspace file; an error at `from` (the line that names it) or at the file. */
  readText(path: string, from?: Location): string {
    const known = this.texts.get(path);
    if (known !== undefined) return known;
    try {
      const text = this.read(path);
      this.texts.set(path, text);
      return text;
    } catch (error) {
      if (!(error instanceof UsageError) || !error.location?.file) throw error;
      throw new UsageError(`${error.location.file} ${error.message}`, {
        location: from ?? error.location,
      });
    }
  }

  /** The text of a file an input names: one that cannot be read is an error of that input. */
  readInput(path: string, input: string): string {
    return this.read(path, input);
  }

  /** Writes a file an input names, never outside the workspace nor through a symlink. */
  writeInput(path: string, text: string, input: string): void {
    this.files.writeOutputSync(path, text, { input });
  }

  /** Whether something is there; one that leads outside counts, and reading it says why not. */
  exists(path: string): boolean {
    if (this.texts.has(path)) return true;
    try {
      return this.files.existsSync(path);
    } catch {
      return true;
    }
  }

  /**
   * Runs the reading of one file or project: a file that cannot be read or understood becomes an
   * error finding at its file and line, and the scan goes on with the other files.
   */
  attempt<T>(read: () => T[]): T[] {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof UsageError) || error.input || !error.location?.file) throw error;
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

  yamlDocuments(path: string): YamlDocument<string>[] {
    let documents = this.documents.get(path);
    if (!documents) {
      documents = parseYamlDocuments(this.readText(path), {
        file: this.relative(path),
        mergeKeys: true,
      });
      this.documents.set(path, documents);
    }
    return documents;
  }

  yamlFile(path: string, from?: Location): YamlDocument<string> {
    const documents = this.documents.get(path);
    if (documents?.length === 1) return documents[0]!;
    const text = this.readText(path, from);
    const document = parseYaml(text, { file: this.relative(path), mergeKeys: true });
    this.documents.set(path, [document]);
    return document;
  }

  add(finding: Omit<PortFinding, 'involves'> & { involves?: string[] }): void {
    this.findings.push({
      ...finding,
      involves: finding.involves ?? (finding.file ? [finding.file] : []),
    });
  }
}
