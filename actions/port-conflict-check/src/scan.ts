import { dirname, join } from 'node:path';
import type { Workspace } from '@flow-actions/kit';
import { composeDeclarations, type ComposeOptions } from './compose-projects.ts';
import type { SourceFiles } from './discover.ts';
import { dockerfileDeclarations } from './dockerfile.ts';
import { envDeclarations } from './env-ports.ts';
import { isHelmTemplate, kubernetesDeclarations, looksLikeManifest } from './kubernetes.ts';
import { ScanContext } from './scan-context.ts';
import type { PortDeclaration, PortSource } from './types.ts';
import { append } from './collections.ts';

export interface ScanResult {
  declarations: PortDeclaration[];
  context: ScanContext;
  /** How many files of each kind were read. */
  files: Record<PortSource, number>;
}

/** Helm charts are skipped, one notice per chart directory: their templates are not YAML until rendered. */
function helmNotices(context: ScanContext, templates: readonly string[]): void {
  const byDir = new Map<string, string[]>();
  for (const file of templates) append(byDir, dirname(file), file);
  for (const [dir, files] of byDir) {
    context.add({
      rule: 'helm-template-skipped',
      severity: 'notice',
      message: `skipped ${files.length} Helm template${files.length === 1 ? '' : 's'} in ${dir}: render the chart (helm template) and scan the output to check its ports`,
      file: files[0]!,
      line: 1,
    });
  }
}

/** Read every source of ports in the workspace. */
export function scanWorkspace(
  files: Workspace,
  sources: SourceFiles,
  compose: ComposeOptions,
): ScanResult {
  const context = new ScanContext(files.root, files);
  const absolute = (file: string) => join(files.root, file);
  const manifests: string[] = [];
  const templates: string[] = [];
  for (const file of sources.kubernetes) {
    const [text] = context.attempt(() => [context.readText(absolute(file))]);
    if (text === undefined || !looksLikeManifest(text)) continue;
    if (isHelmTemplate(text)) templates.push(file);
    else manifests.push(file);
  }
  helmNotices(context, templates);
  const each = (files: readonly string[], read: typeof envDeclarations) =>
    files.flatMap((file) => context.attempt(() => read(context, absolute(file))));
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
