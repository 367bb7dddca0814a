/**
 * The body as GitHub reads it: parseBody against cmark-gfm, GitHub's own Markdown parser (Debian's
 * cmark-gfm, installed by .ci/run), on every Markdown file the project's npm packages ship (written
 * by their authors, not here) and on hand-picked edge cases whose verdict cmark-gfm gives.
 * Compared: the task items in order with their ticks, and the headings with their level and text.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { parseBody } from './body.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const cmark = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' }).status === 0;

interface Reading {
  tasks: boolean[];
  headings: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\s+/g, ' ')
    .trim();

function reference(markdown: string): Reading {
  const html = spawnSync('cmark-gfm', ['-e', 'tasklist', '-e', 'table', '-e', 'strikethrough'], {
    input: markdown,
    encoding: 'utf8',
  }).stdout;
  return {
    tasks: [...html.matchAll(/<input type="checkbox"( checked="")? disabled="" \/>/g)].map(
      (match) => match[1] !== undefined,
    ),
    headings: [...html.matchAll(/<h([1-6])>([\s\S]*?)<\/h\1>/g)].map(
      (match) => `h${match[1]} ${decode(match[2]!)}`,
    ),
  };
}

function ours(markdown: string): Reading {
  const body = parseBody(markdown);
  return {
    tasks: body.tasks.map((task) => task.checked),
    headings: body.sections.map((section) => `h${section.depth} ${section.title}`),
  };
}

const TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/m;

/**
 * Markdown files under node_modules, at most 200 kB each: every one with a task item, and every
 * tenth of the others (one cmark-gfm process per file; all of them take minutes on a busy machine).
 */
function shippedMarkdown(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md') && statSync(path).size < 200_000) found.push(path);
    }
  };
  walk(join(root, 'node_modules'));
  return found
    .sort()
    .filter((path, index) => index % 10 === 0 || TASK.test(readFileSync(path, 'utf8')));
}

const EDGE_CASES = [
  '- [ ] a\n- [x] b\n- [X] c\n',
  '* [ ] star\n+ [x] plus\n1. [ ] ordered\n',
  '<!--\n- [ ] in a comment\n-->\n- [ ] after it\n',
  'text <!-- - [ ] inline comment --> end\n- [ ] real\n',
  '```\n- [ ] fenced\n```\n~~~md\n- [x] tilde fenced\n~~~\n',
  '    - [ ] indented code\n\n- [ ] real\n',
  '- [ ] parent\n  - [x] child\n    - [ ] grandchild\n',
  '- [ ]no space\n- [  ] two spaces\n- [] empty\n- [ ]\n',
  '-[ ] no space after dash\n',
  '- a\n- [ ] lazy\ncontinuation\n',
  '<details>\n\n- [ ] inside details\n\n</details>\n',
  '<div>\n- [ ] inside a div block\n</div>\n',
  '## Summary\n<!-- what -->\n\n## Testing\ndone\n',
  'Summary\n=======\n\nTesting\n-------\n',
  '#Summary\n# \n#\n\\# escaped\n',
  '## Summary ##\n### `code` heading *em*\n',
  '| a | b |\n| - | - |\n| - [ ] x | y |\n',
  '- [ ] ~~struck~~\n- [x] **bold** [link](https://example.com)\n',
];

(cmark ? describe : describe.skip)('parseBody agrees with cmark-gfm', () => {
  test.each(EDGE_CASES.map((text) => [JSON.stringify(text), text]))('%s', (_, text) => {
    expect(ours(text)).toEqual(reference(text));
  });

  // cmark-gfm 0.29 (Debian's) leaves `> - [ ] x` as text; we count it, failing closed.
  test('a task item in a block quote counts', () => {
    expect(reference('> - [ ] quoted\n').tasks).toEqual([]);
    expect(ours('> - [ ] quoted\n').tasks).toEqual([false]);
  });

  test("on the Markdown files of the project's npm packages", () => {
    const files = shippedMarkdown();
    const disagreements: string[] = [];
    let tasks = 0;
    let headings = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const expected = reference(text);
      tasks += expected.tasks.length;
      headings += expected.headings.length;
      if (JSON.stringify(ours(text)) !== JSON.stringify(expected))
        disagreements.push(file.slice(root.length));
    }
    console.log(
      `${files.length} files, ${tasks} task items, ${headings} headings: ${disagreements.length} files disagree`,
    );
    expect(files.length).toBeGreaterThan(100);
    expect(disagreements).toEqual([]);
  });
});
