/**
 * Every JavaScript action has the same five stages (CONTRIBUTING.md): action.yml → src/main.ts
 * (wiring only) → src/settings.ts (readSettings(context)) → a pure core → src/outcome.ts
 * (outcomeOf(report, settings)).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { listActions } from './actions.ts';

const javascriptActions = listActions().filter((action) => action.metadata.runs.using === 'node24');

describe.each(javascriptActions.map((action) => [action.name, action.dir] as const))(
  '%s',
  (_, dir) => {
    const src = (file: string) => join(dir, 'src', file);

    test('has main.ts, settings.ts and outcome.ts', () => {
      for (const file of ['main.ts', 'settings.ts', 'outcome.ts'])
        expect([file, existsSync(src(file))]).toEqual([file, true]);
    });

    test('main.ts only wires: runAction with the action name and its run', () => {
      const code = readFileSync(src('main.ts'), 'utf8')
        .split('\n')
        .filter(
          (line) => line.trim() && !line.trim().startsWith('//') && !line.startsWith('import'),
        );
      expect(code.join('\n')).toMatch(/^(void )?runAction\(\{[\s\S]*\}\);$/);
      expect(code.length).toBeLessThanOrEqual(8);
    });

    test('settings.ts exports readSettings(context); outcome.ts exports outcomeOf(report, settings)', async () => {
      const settings = (await import(pathToFileURL(src('settings.ts')).href)) as Record<
        string,
        unknown
      >;
      const outcome = (await import(pathToFileURL(src('outcome.ts')).href)) as Record<
        string,
        unknown
      >;
      expect(typeof settings.readSettings).toBe('function');
      expect((settings.readSettings as (...args: unknown[]) => unknown).length).toBe(1);
      expect(typeof outcome.outcomeOf).toBe('function');
      expect((outcome.outcomeOf as (...args: unknown[]) => unknown).length).toBeLessThanOrEqual(2);
    });
  },
);
