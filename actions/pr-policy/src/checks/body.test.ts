import { describe, expect, test } from '@jest/globals';
import { parseBody } from '../body.ts';
import { checkChecklist, checkLinkedIssue, checkSections } from './body.ts';

const messages = (findings: { message: string }[]) => findings.map((finding) => finding.message);

describe('checklist', () => {
  test('names each unticked item; ticked and struck-through items pass', () => {
    const body = parseBody('- [x] All tests passing\n- [ ] E2E tests validated\n- [ ] ~~N/A~~\n');
    expect(messages(checkChecklist(body))).toEqual([
      'tick or remove: [ ] E2E tests validated (body line 2)',
    ]);
    expect(checkChecklist(parseBody('- [X] done\n<!-- - [ ] hidden -->\n'))).toEqual([]);
  });
});

describe('required-section', () => {
  const body = parseBody(
    '## 📝 Summary:\nAdds a thing.\n\n## Motivation\n<!-- why? -->\n\n# Testing\n\n```\n```\n',
  );
  test('a heading with text passes, whatever its level, emoji or colon', () => {
    expect(checkSections(body, ['Summary', 'summary'])).toEqual([]);
  });
  test('missing, or only a template comment or an empty code block under it', () => {
    expect(messages(checkSections(body, ['Motivation', 'Testing', 'Breaking Changes']))).toEqual([
      'write something under "Motivation" (body line 4): only the heading or template comments are there',
      'write something under "Testing" (body line 7): only the heading or template comments are there',
      'add a "## Breaking Changes" heading with a description under it',
    ]);
  });
});

describe('linked-issue', () => {
  const linked = (title: string, body = '') =>
    checkLinkedIssue({ title, body, headRef: 'a', baseRef: 'b' }, parseBody(body)).length === 0;
  test.each([
    ['feat: x (#12)', ''],
    ['feat: x', 'Closes #123'],
    ['feat: x', 'fixes octo-org/octo-repo#4'],
    ['feat: x', 'See https://github.com/o/r/issues/9 for more'],
    ['PROJ-42: add x', ''],
    ['feat: x', 'Part of [the ticket](https://tracker.example/browse/OPS-7)'],
  ])('%s / %s is linked', (title, body) => expect(linked(title, body)).toBe(true));
  test.each([
    ['feat: x', ''],
    [
      'feat: support UTF-8 and SHA-256',
      'Step #1 in a comment: <!-- #5 -->'.replace('Step #1 ', ''),
    ],
    ['feat: x', '```\nCloses #5\n```'],
    ['feat: x', 'see `#5`'],
  ])('%s / %s is not', (title, body) => expect(linked(title, body)).toBe(false));
});
