import { describe, expect, test } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import * as md from './markdown.ts';

// CommonMark, plus GFM tables (markdown-it's default preset); raw HTML allowed as GitHub does.
const renderer = new MarkdownIt({ html: true });
const render = (markdown: string) => renderer.render(markdown);

const hostile = [
  'fix: read [the docs](https://evil.example/login)',
  'src/shop/__init__.py',
  '![x](https://evil.example/a.png)',
  '<img src=x>',
  'a|b',
  '*bold* **strong** _em_ ~~gone~~ `tick` \\[esc\\]',
  '<script>alert(1)</script> &amp; &lt;',
  '# heading',
  '<https://evil.example/auto>',
  '[ref]: https://evil.example/ref',
];

/** The text of the rendered HTML, entities decoded: what a reader sees. */
function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

function expectInert(html: string): void {
  expect(html).not.toMatch(/<(a|img|em|strong|s|del|script|h1)\b/);
  expect(html).not.toMatch(/<img|<script/);
}

describe.each([
  ['text', md.text],
  ['code', md.code],
])('md.%s', (_, escape) => {
  test.each(hostile)('%s renders as itself, with no link, image, emphasis or HTML', (value) => {
    const html = render(`Value: ${escape(value)}`);
    expectInert(html);
    expect(visible(html)).toBe(`Value: ${value}`);
  });

  test('in a table cell every hostile string keeps the columns', () => {
    const rows = hostile.map((value) => [escape(value), 'next']);
    const html = render(md.table(['value', 'column'], rows));
    expectInert(html);
    const cells = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
      (row) => row[1]!.match(/<t[dh]>/g)!.length,
    );
    expect(cells).toEqual(new Array(hostile.length + 1).fill(2));
    const firstColumn = [...html.matchAll(/<tr>\s*<td>([\s\S]*?)<\/td>/g)].map((row) =>
      visible(row[1]!),
    );
    expect(firstColumn).toEqual(hostile);
  });
});

test('a URL scheme is broken up so GitHub does not link it on its own', () => {
  expect(md.text('see https://evil.example')).not.toContain('https://');
  expect(md.code('see https://evil.example')).not.toContain('https://');
});

test('pre keeps multi-line text inert', () => {
  const html = render(md.pre('line [a](http://x)\n\n*b* <img src=x>'));
  expectInert(html);
});

test('a link whose URL holds a parenthesis cannot end early', () => {
  const html = render(
    md.link('commit', 'https://github.com/o/r/commit/a) ![x](https://evil.example/x.png'),
  );
  expect(html).not.toMatch(/<img/);
  expect([...html.matchAll(/<a /g)]).toHaveLength(1);
});
