import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { mapInputs } from '@flow-actions/kit';
import {
  applyLevels,
  CONFIGURABLE_RULES,
  enabledRules,
  parseRulesConfig,
  readRulesConfig,
} from './rules-config.ts';

describe('rules-config', () => {
  test('sets levels; rules not named stay errors; warn demotes, off drops', () => {
    const config = parseRulesConfig('operation-summary: warn\nrequest-example: off\n', undefined);
    expect(config['operation-description']).toBe('error');
    expect(enabledRules(config).has('request-example')).toBe(false);
    const finding = (rule: string) => ({ rule, severity: 'error' as const, message: 'm' });
    expect(
      applyLevels(
        [finding('operation-summary'), finding('request-example'), finding('broken-ref')],
        config,
      ).map((found) => [found.rule, found.severity]),
    ).toEqual([
      ['operation-summary', 'warning'],
      ['broken-ref', 'error'],
    ]);
  });

  test('an unknown id or level is an input error naming it, at its line in a file', () => {
    expect(() => parseRulesConfig('operation-sumary: warn', undefined)).toThrow(
      /unknown rule id "operation-sumary"/,
    );
    expect(() =>
      parseRulesConfig('broken-ref: warn\nresponse-schema: maybe\n', 'lint.yml'),
    ).toThrow(
      expect.objectContaining({
        message: expect.stringContaining('rule response-schema: expected error, warn or off'),
        location: { file: 'lint.yml', line: 2 },
      }),
    );
    expect(() => parseRulesConfig('- a\n- b\n', undefined)).toThrow(/expected a map/);
  });

  test('reads a file in the workspace, refuses one outside it', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'rules-config-'));
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, '.github/lint.yml'), 'security-defined: off\n');
    symlinkSync('/etc/hostname', join(workspace, 'outside.yml'));
    const read = (value: string) =>
      readRulesConfig(mapInputs({ 'rules-config': value }), workspace);
    expect((await read('.github/lint.yml'))['security-defined']).toBe('off');
    await expect(read('outside.yml')).rejects.toThrow(/leads outside the workspace/);
    await expect(read('../x.yml')).rejects.toThrow(/outside the workspace/);
    await expect(read('missing.yml')).rejects.toThrow(/does not exist/);
    expect(Object.keys(await read(''))).toEqual([...CONFIGURABLE_RULES]);
  });
});
