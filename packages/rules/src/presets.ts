import { globSet } from './globs.ts';
import type { CompanionRule } from './companion.ts';

export const PRESET_NAMES = ['migrations', 'changelog', 'env-docs'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** Environment variables read in JavaScript/TypeScript, Go and Python: the first capture that matched. */
const ENV_READ = String.raw`process\.env\.([A-Z][A-Z0-9_]*)|process\.env\[['"]([A-Z][A-Z0-9_]*)['"]\]|os\.(?:Getenv|LookupEnv)\("([A-Z][A-Z0-9_]*)"\)|os\.(?:getenv|environ\.get)\(['"]([A-Z][A-Z0-9_]*)['"]|os\.environ\[['"]([A-Z][A-Z0-9_]*)['"]\]`;

/** The handbook's PR checklist, ready-made. */
export const PRESETS: Record<PresetName, CompanionRule> = {
  migrations: {
    name: 'migration-required',
    origin: 'preset migrations',
    when: globSet(['src/db/schema/**', 'src/db/models/**', 'src/**/entities/**', '**/*.prisma']),
    require: globSet(['src/db/migrations/**', '**/migrations/**']),
    message: 'A new table or column needs a migration in src/db/migrations/',
  },
  changelog: {
    name: 'changelog-updated',
    origin: 'preset changelog',
    when: globSet(['src/**', 'lib/**', 'app/**', 'cmd/**', 'internal/**', 'pkg/**']),
    require: globSet(['CHANGELOG.md', '**/CHANGELOG.md']),
    message: 'A change to the code needs a CHANGELOG.md entry',
  },
  'env-docs': {
    name: 'env-documented',
    origin: 'preset env-docs',
    whenAddedLines: new RegExp(ENV_READ, 'g'),
    requireMention: ['docs/engineering/07-dev-setup.md', '.env.example'],
    message:
      'A new environment variable must be documented in docs/engineering/07-dev-setup.md or .env.example',
  },
};
