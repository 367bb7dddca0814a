import { basename, dirname, join } from 'node:path';
import { ComposeLoader } from './compose-model.ts';
import { envVariables, parseEnvFile } from './dotenv.ts';
import {
  defaultProjectName,
  dotenvVariables,
  type Located,
  type ServiceModel,
} from './compose-service.ts';
import { parseExposeItem, parsePortItem, PortSyntaxError, type PortBinding } from './port-spec.ts';
import type { ScanContext } from './scan-context.ts';
import type { PortDeclaration } from './types.ts';

/** A set of Compose files that make one project (`-f a.yml -f b.yml`). */
export interface ProjectSet {
  name: string | undefined;
  files: string[];
}

export interface ComposeOptions {
  /** Explicit sets from the `projects` input (absolute paths). */
  projects: ProjectSet[];
  /** Extra env files whose values override the `.env` beside each project. */
  envFiles: string[];
  /** Active profiles; undefined means every profile. */
  profiles: string[] | undefined;
}

const OVERRIDE = /\.override\.ya?ml$/;

function stem(path: string): string {
  return basename(path).replace(/\.ya?ml$/, '');
}

/**
 * Projects from the discovered files: the explicit sets first, then each remaining file with the
 * `<name>.override.yml` beside it; files pulled in by `include` or `extends` belong to their includer.
 */
export function groupProjects(
  context: ScanContext,
  loader: ComposeLoader,
  discovered: readonly string[],
  explicit: readonly ProjectSet[],
): ProjectSet[] {
  for (const file of explicit.flatMap((set) => set.files)) context.readInput(file, 'projects');
  const taken = new Set(explicit.flatMap((set) => set.files));
  for (const path of [...discovered, ...taken])
    for (const referenced of loader.referencedFiles(path)) taken.add(referenced);
  const remaining = discovered.filter((path) => !taken.has(path));
  const sets: ProjectSet[] = [...explicit];
  const overrides = new Set(remaining.filter((path) => OVERRIDE.test(path)));
  for (const path of remaining.filter((file) => !OVERRIDE.test(file))) {
    const files = [path];
    for (const override of overrides) {
      if (dirname(override) === dirname(path) && stem(override) === `${stem(path)}.override`) {
        files.push(override);
        overrides.delete(override);
      }
    }
    sets.push({ name: undefined, files });
  }
  for (const override of overrides) sets.push({ name: undefined, files: [override] });
  return sets;
}

/** One port item; a malformed one is an error finding at its line, and the others are still read. */
function declaration(
  context: ScanContext,
  base: Pick<PortDeclaration, 'project' | 'projectId' | 'service' | 'aliases' | 'serviceAt'>,
  item: Located<unknown>,
  parse: (value: unknown) => PortBinding,
): PortDeclaration[] {
  try {
    return [{ ...base, source: 'compose', file: item.file, line: item.line, ...parse(item.value) }];
  } catch (error) {
    if (!(error instanceof PortSyntaxError)) throw error;
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

const exposed = (value: unknown): PortBinding => ({
  hostIp: '',
  published: null,
  ...parseExposeItem(value),
});

/** `network_mode: host`: every container port is a host port on every address. */
const onHost = ({ pickFrom: _ignored, ...binding }: PortBinding): PortBinding => ({
  ...binding,
  hostIp: '',
  published: binding.target,
});

function serviceDeclarations(
  context: ScanContext,
  project: { name: string; id: string },
  service: ServiceModel,
): PortDeclaration[] {
  const aliases = [
    project.name,
    `${project.name}/${service.name}`,
    `${project.name}-${service.name}`,
    `${project.name}_${service.name}`,
  ];
  if (service.containerName) aliases.push(service.containerName);
  const base = {
    project: project.name,
    projectId: project.id,
    service: service.name,
    aliases,
    serviceAt: `${service.file}:${service.line}`,
  };
  const host = service.networkMode === 'host';
  return [
    ...service.ports.flatMap((item) =>
      declaration(context, base, item, host ? (v) => onHost(parsePortItem(v)) : parsePortItem),
    ),
    ...service.expose.flatMap((item) =>
      declaration(context, base, item, host ? (v) => onHost(exposed(v)) : exposed),
    ),
  ];
}

function isActive(service: ServiceModel, profiles: string[] | undefined): boolean {
  return (
    !profiles ||
    service.profiles.length === 0 ||
    service.profiles.some((profile) => profiles.includes(profile))
  );
}

/** Every port of one project, after interpolation, includes, extends and overrides. */
export function projectDeclarations(
  context: ScanContext,
  loader: ComposeLoader,
  set: ProjectSet,
  options: ComposeOptions,
): PortDeclaration[] {
  const first = set.files[0]!;
  let variables = dotenvVariables(context, join(dirname(first), '.env'));
  for (const envFile of options.envFiles) {
    const text = context.readInput(envFile, 'env-files');
    variables = new Map([...variables, ...envVariables(parseEnvFile(text, variables))]);
  }
  const model = loader.loadFiles(set.files, variables);
  const project = {
    // Compose's order: COMPOSE_PROJECT_NAME (the environment, so the .env beside the file), then
    // the top-level name:, then the directory.
    name:
      set.name ??
      (variables.get('COMPOSE_PROJECT_NAME') || model.name) ??
      defaultProjectName(dirname(first)),
    id: set.files.map((f) => context.relative(f)).join('+'),
  };
  return [...model.services.values()]
    .filter((service) => isActive(service, options.profiles))
    .flatMap((service) => serviceDeclarations(context, project, service));
}

export function composeDeclarations(
  context: ScanContext,
  discovered: readonly string[],
  options: ComposeOptions,
): PortDeclaration[] {
  const loader = new ComposeLoader(context);
  return groupProjects(context, loader, discovered, options.projects).flatMap((set) =>
    context.attempt(() => projectDeclarations(context, loader, set, options)),
  );
}
