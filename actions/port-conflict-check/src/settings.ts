import { resolve } from 'node:path';
import {
  readBoolean,
  readEnum,
  readLines,
  readList,
  readString,
  UsageError,
  Workspace,
  type InputContext,
  type InputSource,
} from '@flow-actions/kit';
import type { ProjectSet } from './compose-projects.ts';
import { discoverSources, type SourceFiles } from './discover.ts';

export const DEFAULT_REGISTRY = 'PORT_MAPPINGS.md';

export interface Settings {
  workspace: string;
  /** Absolute path of the registry; `explicit` when the input named a file other than the default. */
  registry: { path: string; explicit: boolean };
  /** undefined: required when the registry exists. */
  requireRegistry: boolean | undefined;
  crossProject: 'error' | 'warn' | 'off';
  changedOnly: boolean;
  writeRegistry: string | undefined;
  envFiles: string[];
  projects: ProjectSet[];
  profiles: string[] | undefined;
  /** The files to read, by kind (workspace-relative). */
  sources: SourceFiles;
  /** The workspace that found them: reads reuse the directories it resolved. */
  files: Workspace;
}

/** `[name:] file [+ file ...]` per line: files merged in order as one Compose project. */
function readProjects(inputs: InputSource, workspace: string): ProjectSet[] {
  return readLines(inputs, 'projects').map((line) => {
    const match = /^([\w.-]+):\s+(.*)$/.exec(line);
    const files = (match ? match[2]! : line).split(/[\s+]+/).filter(Boolean);
    if (files.length === 0)
      throw new UsageError(`${inputs.describe('projects')}: no files in ${JSON.stringify(line)}`, {
        input: 'projects',
      });
    return { name: match?.[1], files: files.map((file) => resolve(workspace, file)) };
  });
}

function readOptionalBoolean(inputs: InputSource, name: string): boolean | undefined {
  return readString(inputs, name) === undefined ? undefined : readBoolean(inputs, name, false);
}

/** The files the globs select; none at all is an error (a gate that reads nothing must not pass). */
function readSources(context: InputContext, files: Workspace): SourceFiles {
  const sources = discoverSources(context, files);
  if (Object.values(sources).every((files) => files.length === 0))
    throw new UsageError(
      'found no compose files, Dockerfiles, Kubernetes manifests or .env files to read: check the source globs',
      { input: 'compose-files' },
    );
  return sources;
}

export function readSettings(context: InputContext): Settings {
  const { inputs, workspace } = context;
  const registry = readString(inputs, 'registry') ?? DEFAULT_REGISTRY;
  const profiles = readList(inputs, 'profiles');
  const writeRegistry = readString(inputs, 'write-registry');
  const files = new Workspace(workspace);
  return {
    workspace,
    registry: { path: resolve(workspace, registry), explicit: registry !== DEFAULT_REGISTRY },
    requireRegistry: readOptionalBoolean(inputs, 'require-registry'),
    crossProject: readEnum(inputs, 'cross-project', ['error', 'warn', 'off'], 'warn'),
    changedOnly: readBoolean(inputs, 'changed-only', false),
    // A bare `--write-registry` on the command line arrives as "true": write the registry itself.
    writeRegistry:
      writeRegistry === undefined
        ? undefined
        : resolve(workspace, writeRegistry === 'true' ? registry : writeRegistry),
    envFiles: readList(inputs, 'env-files').map((file) => resolve(workspace, file)),
    projects: readProjects(inputs, workspace),
    profiles: profiles.length === 0 || profiles.includes('*') ? undefined : profiles,
    sources: readSources(context, files),
    files,
  };
}
