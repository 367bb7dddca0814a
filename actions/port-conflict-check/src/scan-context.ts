import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { UsageError, type Finding } from '@flow-actions/kit';
import { parseYaml, parseYamlDocuments, type YamlDocument } from '@flow-actions/kit/yaml';

/** A finding with the files it involves, so `changed-only` can keep those that touch a change. */
export interface PortFinding extends Finding {
  involves: string[];
}

/** What the scanners share: the workspace, a cache of parsed files, and the findings they raise. */
export class ScanContext {
  readonly workspace: string;
  readonly findings: PortFinding[] = [];
  private readonly documents = new Map<string, YamlDocument<string>[]>();
  private readonly relativePaths = new Map<string, string>();

  constructor(workspace: string) {
    this.workspace = workspace;
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

  readText(path: string): string {
    try {
      return readFileSync(path, 'utf8');
    } catch (cause) {
      throw new UsageError(`cannot read ${this.relative(path)}: ${(cause as Error).message}`, {
        location: { file: this.relative(path) },
        cause,
      });
    }
  }

  exists(path: string): boolean {
    return existsSync(path);
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

  yamlFile(path: string): YamlDocument<string> {
    const documents = this.documents.get(path);
    if (documents?.length === 1) return documents[0]!;
    const document = parseYaml(this.readText(path), { file: this.relative(path), mergeKeys: true });
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
