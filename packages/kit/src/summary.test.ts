import { describe, expect, test } from '@jest/globals';
import * as md from './markdown.ts';
import { Summary } from './summary.ts';

describe('markdown escaping', () => {
  test('untrusted text renders as itself', () => {
    expect(md.text('<img src=x onerror=alert(1)> | **bold** [link](http://x)')).toBe(
      '&lt;img src=x onerror=alert\\(1\\)&gt; \\| \\*\\*bold\\*\\* \\[link\\]\\(http&#58;//x\\)',
    );
    expect(md.text('a\nb')).toBe('a<br>b');
    expect(md.code('a`b|c')).toBe('<code>a&#96;b&#124;c</code>');
    expect(md.pre('\u001b[31mred\u001b[0m <b>')).toBe('<pre>red &lt;b&gt;</pre>');
    expect(md.text('bell\u0007')).toBe('bell\\\\x07');
  });

  test('tables and details', () => {
    expect(md.table(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
    expect(md.details('more', 'body')).toBe(
      '<details><summary>more</summary>\n\nbody\n\n</details>',
    );
  });
});

describe('Summary', () => {
  test('renders blocks in order', () => {
    const summary = new Summary()
      .heading('Title')
      .paragraph('text')
      .table(['x'], [['1']])
      .list(['a', 'b']);
    expect(summary.render()).toBe('## Title\n\ntext\n\n| x |\n| --- |\n| 1 |\n\n- a\n- b');
  });

  test('empty tables and lists add nothing', () => {
    expect(new Summary().table(['x'], []).list([]).isEmpty).toBe(true);
  });

  test('stays within the limit, cutting table rows and saying how many are left out', () => {
    const rows = Array.from({ length: 5000 }, (_, index) => [`file-${index}.ts`, `${index}`]);
    const summary = new Summary()
      .heading('Coverage')
      .table(['file', 'missed'], rows)
      .paragraph('after');
    const limit = 10_000;
    const text = summary.render(limit);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limit);
    expect(text).toContain('| file-0.ts | 0 |');
    expect(text).toMatch(
      /The summary was cut to fit GitHub's limit: \d+ more lines are in the JSON report/,
    );
    expect(text).not.toContain('after');
  });

  test('the default limit is GitHub 1 MiB', () => {
    const rows = Array.from({ length: 40_000 }, (_, index) => [`${'x'.repeat(30)}-${index}`]);
    const text = new Summary().table(['row'], rows).render();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024);
    expect(text).toContain('cut to fit');
  });
});

test('a cut list keeps its items on their own lines', () => {
  const items = Array.from({ length: 1000 }, (_, index) => `item ${index}`);
  const text = new Summary().paragraph('intro').list(items).render(2000);
  expect(text.startsWith('intro\n\n- item 0\n- item 1\n')).toBe(true);
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(2000);
});
