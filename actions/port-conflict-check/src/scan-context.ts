import { relative, sep } from 'node:path';
import { UsageError, type Finding, type Location } from '@flow-actions/kit';
import { parseYaml, parseYamlDocuments, type YamlDocument } from '@flow-actions/kit/yaml';
import { ConfinementError, WorkspaceFiles } from './workspace-files.ts';

/** A finding with the files it involves, so `changed-only` can keep those that touch a change. */
export interface PortFinding extends Finding {
  involves: string[];
}

/** What the scanners share: the workspace, a cache of parsed files, and the findings they raise. */
export class ScanContext {
  readonly workspace: string;
  readonly findings: PortFinding[] = [];
  readonly files: WorkspaceFiles;
  private readonly documents = new Map<string, YamlDocument<string>[]>();
  private readonly relativePaths = new Map<string, string>();

  constructor(workspace: string) {
    this.workspace = workspace;
    this.files = new WorkspaceFiles(workspace);
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

  /** The text of a workspace file; an error at `from` (the line that names it) or at the file. */
  readText(path: string, from?: Location): string {
    try {
      return this.files.read(path);
    } catch (cause) {
      if (!(cause instanceof ConfinementError)) throw cause;
      throw new UsageError(`cannot read ${this.relative(path)}: ${cause.message}`, {
        location: from ?? { file: this.relative(path) },
      });
    }
  }

  /** The text of a file an input names: one that cannot be read is an error of that input. */
  readInput(path: string, input: string): string {
    try {
      return this.files.read(path);
    } catch (cause) {
      if (!(cause instanceof ConfinementError)) throw cause;
      throw new UsageError(`cannot read ${this.relative(path)}: ${cause.message}`, { input });
    }
  }

  /** Writes a file an input names, never outside the workspace nor through a symlink. */
  writeInput(path: string, text: string, input: string): void {
    try {
      this.files.write(path, text);
    } catch (cause) {
      if (!(cause instanceof ConfinementError)) throw cause;
      throw new UsageError(`cannot write ${this.relative(path)}: ${cause.message}`, { input });
    }
  }

  exists(path: string): boolean {
    return this.files.exists(path);
  }

  /**
   * Runs the reading of one file or project: a file that cannot be read or understood becomes an
   * error finding at its file and line, and the scan goes on with the other files.
   */
  attempt<T>(read: () => T[]): T[] {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof UsageError) || !error.location?.file) throw error;
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
