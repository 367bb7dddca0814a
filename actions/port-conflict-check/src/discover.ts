import {
  globSet,
  readGlobs,
  readRequiredGlobs,
  walkFilesSync,
  Workspace,
  type InputContext,
} from '@flow-actions/kit';

/** Workspace-relative paths of the files each scanner reads; a file goes to the first kind that matches. */
export interface SourceFiles {
  compose: string[];
  dockerfile: string[];
  env: string[];
  kubernetes: string[];
}

/** Each kind's glob input and its default: a default glob may match nothing, a written one may not. */
export const SOURCE_INPUTS = {
  compose: { input: 'compose-files', defaults: ['**/docker-compose*.y*ml', '**/compose*.y*ml'] },
  dockerfile: {
    input: 'dockerfiles',
    defaults: ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile'],
  },
  env: { input: 'env-port-files', defaults: ['**/.env'] },
  kubernetes: { input: 'kubernetes-files', defaults: ['**/*.yaml', '**/*.yml'] },
} as const;

export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/vendor/**', '**/.github/**'];

const KINDS = ['compose', 'dockerfile', 'env', 'kubernetes'] as const;

/**
 * The workspace's files by kind, with kit's globs (`!` negation, dot-folders matched): one walk
 * (never into .git or node_modules), then each file to the first kind whose globs select it.
 */
export function discoverSources(context: InputContext, workspace: Workspace): SourceFiles {
  const files = walkFilesSync(workspace);
  const exclude = globSet(readGlobs(context.inputs, 'exclude'));
  const included = files.filter((file) => !exclude.matches(file));
  const sets = KINDS.map((kind) => {
    const { input, defaults } = SOURCE_INPUTS[kind];
    return readRequiredGlobs(context, input, { files: included, optional: defaults }).set;
  });
  const found: SourceFiles = { compose: [], dockerfile: [], env: [], kubernetes: [] };
  for (const file of included) {
    const index = sets.findIndex((set) => set.matches(file));
    if (index >= 0) found[KINDS[index]!].push(file);
  }
  return found;
}
