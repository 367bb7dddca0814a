/**
 * Our duplicate findings include every finding of dclint's no-duplicate-exported-ports rule on the
 * same generated files. dclint compares published ports only; we also compare host addresses and
 * protocols (the second test shows where that makes us stricter about what a conflict is).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { hostPortConflicts } from './conflicts.ts';
import { composeDeclarations } from './compose-projects.ts';
import { fixtureWorkspace } from './fixture-workspace.ts';
import { ScanContext } from './scan-context.ts';

const dclint = join(
  dirname(createRequire(import.meta.url).resolve('dclint/package.json')),
  'bin',
  'dclint.cjs',
);

interface DclintResult {
  filePath: string;
  messages: { rule: string; line: number; data: { serviceName: string; publishedPort: string } }[];
}

/** dclint's report, written to a file (-o) rather than read from a pipe. */
function dclintDuplicates(dir: string, files: string[]): string[] {
  const report = join(dir, 'dclint-report.json');
  const args = [dclint, ...files.map((file) => join(dir, file)), '-f', 'json', '-o', report];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (!existsSync(report)) {
    throw new Error(
      `dclint wrote no report (status ${result.status}, signal ${result.signal}): ${result.stderr}`,
    );
  }
  return (JSON.parse(readFileSync(report, 'utf8')) as DclintResult[]).flatMap((file) =>
    file.messages
      .filter((message) => message.rule === 'no-duplicate-exported-ports')
      .map(
        (message) =>
          `${file.filePath.slice(dir.length + 1)} ${message.data.serviceName} ${message.data.publishedPort}`,
      ),
  );
}

/** Ours as "file service port", one line per port of each conflicting range. */
function ourDuplicates(dir: string, files: string[]): string[] {
  const context = new ScanContext(dir);
  const declarations = composeDeclarations(
    context,
    files.map((file) => join(dir, file)),
    { projects: [], envFiles: [], profiles: undefined },
  );
  const options = { crossProject: 'error' as const, together: new Set<string>() };
  const conflicts = hostPortConflicts(declarations, options).filter(
    (f) => f.rule === 'port-conflict',
  );
  return conflicts.flatMap((finding) => {
    const [, start, end] = /^host ports? (\d+)(?:-(\d+))?\//.exec(finding.message)!;
    const members = finding.message.matchAll(
      /service "([^"]+)" \([^)]*\)(?:, [^;]*)? at ([^:]+):/g,
    );
    return [...members].flatMap(([, service, file]) => {
      const ports = [];
      for (let port = Number(start); port <= Number(end ?? start); port++)
        ports.push(`${file} ${service} ${port}`);
      return ports;
    });
  });
}

/** dclint names a whole range ("8007-8009") when any of its ports is taken: we must flag one of them. */
function covered(finding: string, ours: ReadonlySet<string>): boolean {
  const [file, service, ports = ''] = finding.split(' ');
  const [start, end = start] = ports.split('-').map(Number);
  for (let port = start!; port <= end!; port++)
    if (ours.has(`${file} ${service} ${port}`)) return true;
  return false;
}

/** Services publishing ports from a small pool, so that some collide; wildcard or one loopback address. */
function generated(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = ['services:'];
  for (let service = 0; service < 8; service++) {
    lines.push(`  svc${service}:`, '    image: busybox', '    ports:');
    for (let item = 0; item < 3; item++) {
      const port = 8000 + Math.floor(next() * 30);
      const form = Math.floor(next() * 4);
      if (form === 0) lines.push(`      - "${port}:80"`);
      else if (form === 1) lines.push(`      - "127.0.0.1:${port}:${port}"`);
      else if (form === 2) lines.push(`      - "${port}-${port + 2}:9000-9002"`);
      else lines.push(`      - target: 80`, `        published: ${port}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('dclint no-duplicate-exported-ports', () => {
  test('every dclint finding is one of ours', () => {
    const files = Object.fromEntries(
      [1, 2, 3, 4].map((seed) => [`p${seed}/docker-compose.yml`, generated(seed)]),
    );
    const dir = fixtureWorkspace(files);
    const theirs = dclintDuplicates(dir, Object.keys(files));
    const ours = new Set(ourDuplicates(dir, Object.keys(files)));
    expect(theirs.length).toBeGreaterThan(10);
    expect(theirs.filter((finding) => !covered(finding, ours))).toEqual([]);
  });

  test('where we differ on purpose: distinct addresses and protocols do not collide', () => {
    const compose =
      'services:\n  a:\n    image: x\n    ports: ["127.0.0.1:8080:80", "5353:53/udp"]\n  b:\n    image: x\n    ports: ["127.0.0.2:8080:80", "5353:53/tcp"]\n';
    const dir = fixtureWorkspace({ 'docker-compose.yml': compose });
    expect(dclintDuplicates(dir, ['docker-compose.yml']).length).toBeGreaterThan(0);
    expect(ourDuplicates(dir, ['docker-compose.yml'])).toEqual([]);
  });
});
