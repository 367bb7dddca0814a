import { afterAll, expect, test } from '@jest/globals';
import { tempRepo } from '@flow-actions/testing';
import { filesByCommit, listCommits, nulRecords } from './commits.ts';

const repo = tempRepo();
afterAll(() => repo.remove());

const base = repo.commit('chore: initial\n', { 'README.md': 'hi\n' });
const crlf = repo.commit('fix(api): handle CRLF\r\n\r\nBody line one\r\nBody line two\r\n', {
  'a.txt': 'a\n',
});
const unicode = repo.commit(
  'feat: ✨ émoji and ünïcode\n\n\n\ntrailing blank lines kept\n\n\n',
  { 'b.txt': 'b\n' },
  { author: 'dependabot[bot]', email: 'bot@example.com' },
);
const empty = repo.commit('', {});
const odd = repo.commit('\n\n  indented after blank lines\x01with a field separator\n', {
  'c.txt': 'c\n',
});

test('commits of a range come oldest first with their raw messages', async () => {
  const commits = await listCommits(repo.dir, { base, head: empty });
  expect(commits.map((commit) => commit.sha)).toEqual([crlf, unicode, empty]);
  expect(
    commits.every(
      (commit) =>
        commit.committer.name === 'Ada Lovelace' || commit.committer.name === 'dependabot[bot]',
    ),
  ).toBe(true);
  expect(commits[0]!.message).toBe(
    'fix(api): handle CRLF\r\n\r\nBody line one\r\nBody line two\r\n',
  );
  expect(commits[1]!.message).toBe(
    'feat: ✨ émoji and ünïcode\n\n\n\ntrailing blank lines kept\n\n\n',
  );
  expect(commits[1]!.author).toEqual({ name: 'dependabot[bot]', email: 'bot@example.com' });
  expect(commits[2]!.message).toBe('');
  expect(commits[0]!.parents).toEqual([base]);
});

test('without a base the head commit alone is listed', async () => {
  const commits = await listCommits(repo.dir, { base: undefined, head: crlf });
  expect(commits.map((commit) => commit.sha)).toEqual([crlf]);
});

test('files by commit', async () => {
  const files = await filesByCommit(repo.dir, [base, crlf, unicode, empty]);
  expect(files.get(base)).toEqual(['README.md']);
  expect(files.get(crlf)).toEqual(['a.txt']);
  expect(files.get(unicode)).toEqual(['b.txt']);
  expect(files.get(empty)).toEqual([]);
});

test('leading blank lines, indentation and control characters survive', async () => {
  const [commit] = await listCommits(repo.dir, { base: empty, head: odd });
  expect(commit!.message).toBe('\n\n  indented after blank lines\x01with a field separator\n');
  expect(commit!.parents).toEqual([empty]);
});

test('nulRecords: records and characters cut across chunks come out whole', () => {
  const records = ['feat: 🚀 launch', '', 'fix: naïve café\r\n\nbody ✓', '日本語のコミット'];
  const bytes = new TextEncoder().encode(records.map((record) => `${record}\0`).join(''));
  for (let cut = 0; cut <= bytes.length; cut++) {
    for (const size of [1, 2, 3, bytes.length]) {
      const seen: string[] = [];
      const stream = nulRecords((record) => seen.push(record));
      stream.push(bytes.subarray(0, cut));
      for (let at = cut; at < bytes.length; at += size) stream.push(bytes.subarray(at, at + size));
      stream.end();
      expect(seen).toEqual(records);
    }
  }
  const unended: string[] = [];
  const stream = nulRecords((record) => unended.push(record));
  stream.push(new TextEncoder().encode('a\0b'));
  stream.end();
  expect(unended).toEqual(['a', 'b']);
});
