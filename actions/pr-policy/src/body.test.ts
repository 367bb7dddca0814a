import { describe, expect, test } from '@jest/globals';
import { parseBody } from './body.ts';

const TEMPLATE = `## Summary
<!-- What does this change? -->

## Testing
Ran the unit tests.

### Details

## Checklist
- [x] All tests passing
- [ ] Documentation updated
* [ ] ~~Breaking changes documented~~
  - [ ] nested **item** with [a link](https://x.example)

<!--
- [ ] inside a comment
-->

\`\`\`
- [ ] inside a code block
\`\`\`

    - [ ] indented code

> - [ ] quoted item
`;

describe('parseBody', () => {
  const body = parseBody(TEMPLATE);

  test('task items as GitHub renders them: not in comments or code', () => {
    expect(body.tasks.map((task) => [task.text, task.checked, task.struck, task.line])).toEqual([
      ['All tests passing', true, false, 10],
      ['Documentation updated', false, false, 11],
      ['Breaking changes documented', false, true, 12],
      ['nested item with a link', false, false, 13],
      ['quoted item', false, false, 25],
    ]);
  });

  test('sections: real headings, and whether text stands under them', () => {
    expect(body.sections.map((section) => [section.title, section.depth, section.hasText])).toEqual(
      [
        ['Summary', 2, false],
        ['Testing', 2, true],
        ['Details', 3, false],
        ['Checklist', 2, true],
      ],
    );
  });

  test('prose leaves out comments and code, keeps link targets', () => {
    expect(body.prose).toContain('https://x.example');
    expect(body.prose).not.toContain('inside a comment');
    expect(body.prose).not.toContain('inside a code block');
    expect(body.prose).not.toContain('What does this change');
  });

  test('a line of text that looks like a heading is not one', () => {
    expect(parseBody('#Summary\n\n**Summary**\n\nSummary\n---\ntext\n').sections).toEqual([
      { title: 'Summary', depth: 2, line: 5, hasText: true },
    ]);
  });
});
