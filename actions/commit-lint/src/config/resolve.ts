import { createRequire } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { UsageError, Workspace } from '@flow-actions/kit';
import type { ParserOptions } from 'conventional-commits-parser';
import leven from 'leven';
import { CASES } from '../case.ts';
import type { IgnoreTest } from '../ignores.ts';
import type { LintConfig, RuleConfig } from '../lint.ts';
import { commitlintParserOptions, CONVENTIONAL_PRESET, parseMessage } from '../parse.ts';
import { RULES } from '../rules/index.ts';
import { CONFIG_CONVENTIONAL, hasBuiltInRules } from './conventional.ts';
import { checkPatterns } from './patterns.ts';
import { readConfigFile, withLine, type ConfigSource } from './read.ts';

export interface ResolvedConfig {
  /** The configuration file, relative to the workspace. */
  file: string;
  lint: LintConfig;
  /** Parts of the configuration commit-lint does not check (unsupported rules, plugins). */
  warnings: string[];
}

interface Layer {
  /** The file that brought the layer in: errors in its rules point there. */
  source: ConfigSource;
  rules: Record<string, unknown>;
  parserOptions?: ParserOptions;
  defaultIgnores?: unknown;
  ignores?: unknown;
  plugins?: unknown;
}

const CONVENTIONAL_PACKAGE = '@commitlint/config-conventional';
const CONVENTIONAL_NAMES = new Set([CONVENTIONAL_PACKAGE, `${CONVENTIONAL_PACKAGE}/lib/index.js`]);
const PRESETS: Record<string, ParserOptions> = {
  'conventional-changelog-conventionalcommits': CONVENTIONAL_PRESET,
  'conventional-changelog-angular': {},
};

function parserPresetOf(source: ConfigSource, warnings: string[]): ParserOptions | undefined {
  const value = source.config.parserPreset;
  if (value === undefined) return undefined;
  if (typeof value === 'string' && PRESETS[value]) return PRESETS[value];
  const options = (value as { parserOpts?: ParserOptions } | null)?.parserOpts;
  if (options && typeof options === 'object') {
    checkPatterns(options as Record<string, unknown>, (key, message) => {
      const path = ['parserPreset', 'parserOpts', ...key.split('.')];
      throw source.error(`${path.join('.')}: ${message}`, path);
    });
    return options;
  }
  warnings.push(
    `parserPreset ${JSON.stringify(value)} is not supported: messages are parsed with conventional-changelog-angular's options`,
  );
  return undefined;
}

/** The file an `extends` entry names, as Node resolves it from the file that names it. */
function resolveExtends(file: string, name: string): string | undefined {
  try {
    return createRequire(file).resolve(name.startsWith('.') ? resolve(dirname(file), name) : name);
  } catch {
    return undefined;
  }
}

/** What a resolution carries along: the files read, the warnings, and whether code may run. */
interface Resolution {
  seen: Set<string>;
  warnings: string[];
  /** Why JavaScript and TypeScript configurations may not run here; undefined when they may. */
  refuseCode: string | undefined;
  ws: Workspace;
}

async function layersOf(source: ConfigSource, resolution: Resolution): Promise<Layer[]> {
  const { seen, warnings } = resolution;
  const { config, file } = source;
  const names =
    config.extends === undefined
      ? []
      : Array.isArray(config.extends)
        ? config.extends
        : [config.extends];
  const layers: Layer[] = [];
  for (const name of names) {
    if (typeof name !== 'string') {
      throw source.error('extends must name configurations', ['extends']);
    }
    // config-conventional is resolved from node_modules as commitlint resolves it; the built-in
    // rules serve for version 21, when it is not installed, or when code may not run here.
    const builtIn = CONVENTIONAL_NAMES.has(name);
    const target = builtIn && resolution.refuseCode ? undefined : resolveExtends(file, name);
    const manifest = `${CONVENTIONAL_PACKAGE}/package.json`;
    if (builtIn && (!target || hasBuiltInRules(resolveExtends(file, manifest)))) {
      layers.push({ source, rules: CONFIG_CONVENTIONAL, parserOptions: CONVENTIONAL_PRESET });
      continue;
    }
    if (!target) {
      throw source.error(
        `cannot resolve extends ${JSON.stringify(name)}: @commitlint/config-conventional is built in; anything else must be a relative path or installed`,
        ['extends'],
      );
    }
    if (seen.has(target)) continue;
    seen.add(target);
    layers.push(
      ...(await layersOf(
        await readConfigFile(resolution.ws, target, resolution.refuseCode),
        resolution,
      )),
    );
  }
  layers.push({
    source,
    rules: (config.rules ?? {}) as Record<string, unknown>,
    parserOptions: parserPresetOf(source, warnings),
    defaultIgnores: config.defaultIgnores,
    ignores: config.ignores,
    plugins: config.plugins,
  });
  return layers;
}

/** Check a rule's configuration as @commitlint/lint does; errors name the file and line. */
function ruleConfig(name: string, raw: unknown, source: ConfigSource): RuleConfig {
  const fail = (message: string): never => {
    throw source.error(`rule ${name}: ${message}`, ['rules', name]);
  };
  if (!Array.isArray(raw))
    fail(`must be an array like [2, "always", value], got ${JSON.stringify(raw)}`);
  const [level, when] = raw as unknown[];
  if (level === 0 && (raw as unknown[]).length === 1) return [0];
  if (typeof level !== 'number' || ![0, 1, 2].includes(level))
    fail(`level must be 0, 1 or 2, got ${JSON.stringify(level)}`);
  const length = (raw as unknown[]).length;
  if (length < 2 || length > 3) fail(`must be 2 or 3 items long, got ${length}`);
  if (when !== 'always' && when !== 'never')
    fail(`condition must be "always" or "never", got ${JSON.stringify(when)}`);
  if (/-case$/.test(name) && length === 3) {
    const value = (raw as unknown[])[2];
    const list = Array.isArray(value)
      ? value
      : [(value as { cases?: unknown })?.cases ?? value].flat();
    for (const item of list) {
      const target = typeof item === 'string' ? item : (item as { case?: unknown })?.case;
      if (!CASES.includes(target as (typeof CASES)[number]))
        fail(`unknown case ${JSON.stringify(target)}; known: ${CASES.join(', ')}`);
    }
  }
  return raw as RuleConfig;
}

/** Messages of every part a rule reads, to try each rule's value on before any commit. */
const TRIAL_MESSAGES = [
  'feat(api): add the thing\n\nA body line.\n\nBREAKING CHANGE: it breaks\nRefs: #12\nSigned-off-by: A <a@b.c>',
  'feat!: x',
  'x',
];

/** Each rule run once on trial messages: a value it cannot use fails here, at its file and line. */
function tryRules(rules: Record<string, RuleConfig>, layers: Layer[]): void {
  const options = commitlintParserOptions(CONVENTIONAL_PRESET);
  const trials = TRIAL_MESSAGES.map((message) => parseMessage(message, options, true));
  for (const [name, config] of Object.entries(rules)) {
    const rule = RULES[name];
    if (!rule || config[0] === 0) continue;
    for (const trial of trials) {
      try {
        rule(trial, config[1], config[2]);
      } catch (error) {
        const layer = layers.findLast((candidate) => Object.hasOwn(candidate.rules, name))!;
        throw layer.source.error(
          `rule ${name}: its value cannot be used: ${(error as Error).message}`,
          ['rules', name],
        );
      }
    }
  }
}

/** commitlint rules that commit-lint does not check (a warning says so). */
const KNOWN_UNSUPPORTED = new Set(['trailer-exists']);

/** A rule name commitlint does not know fails, as it fails @commitlint/lint: at the file that set it. */
function unknownRule(name: string, layers: Layer[]): never {
  const layer = layers.findLast((candidate) => Object.hasOwn(candidate.rules, name))!;
  const known = [...Object.keys(RULES), ...KNOWN_UNSUPPORTED];
  const nearest = known.reduce((best, candidate) =>
    leven(name, candidate) < leven(name, best) ? candidate : best,
  );
  const hint = leven(name, nearest) <= 3 ? `; did you mean ${nearest}?` : '';
  throw layer.source.error(`rules.${name}: no such rule in commitlint${hint}`, ['rules', name]);
}

/**
 * A commitlint configuration file as commitlint resolves it: extends first (later ones win), the
 * file's own keys last, rules replaced per name. Function rules are called, as commitlint does.
 */
export async function loadCommitlintConfig(
  path: string,
  workspace: string,
  refuseCode?: string,
): Promise<ResolvedConfig> {
  try {
    return await resolveConfig(path, workspace, refuseCode);
  } catch (thrown) {
    const error = await withLine(thrown);
    // Errors name the file as the repository does, so the annotation lands on it.
    const file = error instanceof UsageError ? error.location?.file : undefined;
    if (!file || !isAbsolute(file)) throw error;
    throw new UsageError((error as UsageError).message, {
      input: 'config',
      location: { ...(error as UsageError).location, file: relative(workspace, file) || file },
      cause: (error as UsageError).cause,
    });
  }
}

async function resolveConfig(
  path: string,
  workspace: string,
  refuseCode: string | undefined,
): Promise<ResolvedConfig> {
  const warnings: string[] = [];
  const ws = new Workspace(workspace);
  const layers = await layersOf(await readConfigFile(ws, path, refuseCode), {
    seen: new Set([path]),
    warnings,
    refuseCode,
    ws,
  });
  const rules: Record<string, RuleConfig> = {};
  let parserOptions: ParserOptions = {};
  let defaultIgnores = true;
  let ignores: IgnoreTest[] = [];
  let plugins = false;
  for (const layer of layers) {
    for (const [name, raw] of Object.entries(layer.rules)) {
      const value = typeof raw === 'function' ? await (raw as () => unknown)() : raw;
      rules[name] = ruleConfig(name, value, layer.source);
    }
    if (layer.parserOptions) parserOptions = layer.parserOptions;
    if (layer.defaultIgnores !== undefined) defaultIgnores = layer.defaultIgnores !== false;
    if (layer.ignores !== undefined) {
      if (
        !Array.isArray(layer.ignores) ||
        layer.ignores.some((item) => typeof item !== 'function')
      ) {
        throw layer.source.error(
          'ignores must be an array of functions (message) => boolean, in a JavaScript configuration',
          ['ignores'],
        );
      }
      ignores = layer.ignores as IgnoreTest[];
    }
    if (Array.isArray(layer.plugins) && layer.plugins.length > 0) {
      if (!plugins) warnings.push('plugins are not supported: their rules are not checked');
      plugins = true;
    }
  }
  tryRules(rules, layers);
  if (Object.keys(rules).length === 0) {
    throw new UsageError(
      'the configuration has no rules: add rules, or extends: ["@commitlint/config-conventional"] (commitlint fails the same way)',
      { input: 'config', location: { file: path } },
    );
  }
  const supported: Record<string, RuleConfig> = {};
  for (const [name, config] of Object.entries(rules)) {
    if (RULES[name]) supported[name] = config;
    else if (KNOWN_UNSUPPORTED.has(name) || plugins) {
      if (config[0] !== 0)
        warnings.push(`rule ${name} is not supported by commit-lint and was not checked`);
    } else unknownRule(name, layers);
  }
  return {
    file: relative(workspace, path) || path,
    lint: {
      rules: supported,
      parserOptions: commitlintParserOptions(parserOptions),
      defaultIgnores,
      ignores,
      extraChecks: [],
    },
    warnings,
  };
}
