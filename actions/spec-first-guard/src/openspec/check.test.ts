import { describe, expect, test } from '@jest/globals';
import { checkOpenSpec, type OpenSpecInput } from './check.ts';

const COMPLETE = {
  'openspec/changes/add-logs/proposal.md': '# Why\n',
  'openspec/changes/add-logs/design.md': '# How\n',
  'openspec/changes/add-logs/tasks.md':
    '## Tasks\n- [x] 1.1 spec\n- [ ] 1.2 code\n  - [ ] 1.3 docs\n- [X] 1.4 done\n',
  'openspec/changes/add-logs/specs/logs/spec.md': '# Logs\n',
};

function input(
  head: Record<string, string>,
  changed: string[],
  base: string[] = [],
): OpenSpecInput {
  return {
    changed,
    headFiles: Object.keys(head),
    readHead: async (path) => head[path],
    existedAtBase: async (path) => base.includes(path),
  };
}

describe('checkOpenSpec', () => {
  test('a complete change folder passes layout; complete lists each open task at its line', async () => {
    const touched = input(COMPLETE, ['openspec/changes/add-logs/tasks.md']);
    expect(await checkOpenSpec('layout', touched)).toEqual([]);
    expect(await checkOpenSpec('complete', touched)).toEqual([
      {
        rule: 'openspec-tasks',
        severity: 'error',
        message: 'open task: 1.2 code',
        file: 'openspec/changes/add-logs/tasks.md',
        line: 3,
      },
      {
        rule: 'openspec-tasks',
        severity: 'error',
        message: 'open task: 1.3 docs',
        file: 'openspec/changes/add-logs/tasks.md',
        line: 4,
      },
    ]);
    expect(await checkOpenSpec('off', touched)).toEqual([]);
  });

  test('a touched folder without design, tasks or specs fails at the folder; untouched ones are not read', async () => {
    const head = {
      'openspec/changes/thin/proposal.md': '# Why\n',
      'openspec/changes/old/proposal.md': '',
    };
    expect(
      await checkOpenSpec('layout', input(head, ['openspec/changes/thin/proposal.md'])),
    ).toEqual([
      {
        rule: 'openspec-layout',
        severity: 'error',
        message:
          'change openspec/changes/thin lacks design.md, tasks.md, specs/ (at least one file)',
        file: 'openspec/changes/thin',
      },
    ]);
  });

  test('archiving a change passes; editing an archived one fails', async () => {
    const head = {
      'openspec/changes/archive/2025-01-01-add-logs/tasks.md': '- [x] done\n',
      'openspec/archive/old/proposal.md': 'edited',
    };
    const moved = input(
      head,
      [
        'openspec/changes/add-logs/tasks.md',
        'openspec/changes/archive/2025-01-01-add-logs/tasks.md',
      ],
      ['openspec/changes/add-logs/tasks.md'],
    );
    expect(await checkOpenSpec('complete', moved)).toEqual([]);
    const edited = input(
      head,
      ['openspec/archive/old/proposal.md'],
      ['openspec/archive/old/proposal.md'],
    );
    expect(await checkOpenSpec('layout', edited)).toEqual([
      expect.objectContaining({
        rule: 'openspec-layout',
        file: 'openspec/archive/old',
        message: expect.stringContaining('proposal.md'),
      }),
    ]);
  });
});
