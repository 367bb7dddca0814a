/**
 * Fuzz tests of the three parsers (issue 19): random and mutated compose files, Dockerfiles and
 * Kubernetes manifests, seeded so every run checks the same cases. Each case ends in ports or a
 * typed error (a UsageError, which the scan turns into a finding at the file's line), never an
 * internal fault, within a time bound; the process stays within a memory bound.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { UsageError } from '@flow-actions/kit';
import { composeDeclarations } from './compose-projects.ts';
import { dockerfileDeclarations } from './dockerfile.ts';
import { fixtureWorkspace } from './fixture-workspace.ts';
import { kubernetesDeclarations } from './kubernetes.ts';
import { ScanContext } from './scan-context.ts';
import { seededRandom as random } from '@flow-actions/testing';

const CASES = 1000;
const CASE_LIMIT_MS = 1000;
const RSS_LIMIT_BYTES = 1.5 * 1024 ** 3;

/** Pieces that matter to these parsers: YAML structure, anchors, interpolation, port syntax. */
const TOKENS = [
  '$',
  '${',
  '}',
  '$$',
  '${A:-',
  '${A:?x}',
  '$(',
  '&a ',
  '*a',
  '<<: *a',
  ': ',
  '- ',
  '[',
  ']',
  '{',
  '"',
  "'",
  '\n',
  '\n  ',
  '\n    - ',
  '#',
  ':',
  '/udp',
  '/tcp',
  '-',
  '65535',
  '0',
  '99999999999',
  '1-65535',
  '127.0.0.1:',
  '[::1]:',
  'ports:',
  'expose:',
  'extends: ',
  'include:',
  'name: ',
  'network_mode: host',
  'EXPOSE ',
  'FROM x AS a\n',
  'ARG P=1\n',
  '\\\n',
  'kind: Service\n',
  'hostPort: ',
  'nodePort: ',
  'containerPort: ',
  '---\n',
  '\t',
  '\u0000',
  '\ufeff',
  '{{ x }}',
];

const SEEDS = {
  compose:
    'name: shop\nx-ports: &ports\n  ports: ["${WEB:-8080}:80", "127.0.0.1:9000-9001:9000-9001/udp"]\nservices:\n  web:\n    <<: *ports\n    image: x\n    expose: ["9464"]\n  api:\n    extends: web\n    ports:\n      - target: 3000\n        published: "3001"\n        protocol: tcp\n    network_mode: host\n    profiles: [debug]\n',
  dockerfile:
    'ARG BASE=node\nFROM ${BASE} AS build\nEXPOSE 1111\nFROM build\nARG PORT=3000\nENV METRICS=9464 \\\n    DEBUG=9229\nEXPOSE $PORT ${METRICS}/tcp 5000-5001/udp\n',
  kubernetes:
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n      targetPort: http\n      nodePort: 30080\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          ports:\n            - name: http\n              containerPort: 8080\n              hostPort: 8080\n              protocol: UDP\n',
};

/** One case: a seed mutated by inserting tokens, deleting, duplicating lines or flipping bytes. */
function mutate(seed: string, next: () => number): string {
  let text = seed;
  const edits = 1 + Math.floor(next() * 6);
  for (let edit = 0; edit < edits; edit++) {
    const at = Math.floor(next() * (text.length + 1));
    const kind = Math.floor(next() * 5);
    if (kind === 0)
      text = text.slice(0, at) + TOKENS[Math.floor(next() * TOKENS.length)]! + text.slice(at);
    else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20));
    else if (kind === 2) {
      const lines = text.split('\n');
      const line = Math.floor(next() * lines.length);
      lines.splice(line, 0, ...Array(1 + Math.floor(next() * 50)).fill(lines[line]));
      text = lines.join('\n');
    } else if (kind === 3)
      text = text.slice(0, at) + String.fromCharCode(Math.floor(next() * 128)) + text.slice(at + 1);
    else
      text = Array.from(
        { length: 1 + Math.floor(next() * 40) },
        () => TOKENS[Math.floor(next() * TOKENS.length)],
      ).join('');
  }
  return text;
}

type Parser = (context: ScanContext, path: string) => unknown;

const PARSERS: Record<keyof typeof SEEDS, { file: string; parse: Parser }> = {
  compose: {
    file: 'compose.yml',
    parse: (context, path) =>
      composeDeclarations(context, [path], { projects: [], envFiles: [], profiles: undefined }),
  },
  dockerfile: { file: 'Dockerfile', parse: dockerfileDeclarations },
  kubernetes: { file: 'k8s.yaml', parse: kubernetesDeclarations },
};

describe.each(Object.keys(PARSERS) as (keyof typeof SEEDS)[])('fuzz: %s', (kind) => {
  test(`${CASES} mutated files: ports or a typed error, each in under ${CASE_LIMIT_MS} ms`, () => {
    const dir = fixtureWorkspace({ '.env': 'WEB=8081\n' });
    const { file, parse } = PARSERS[kind];
    const path = join(dir, file);
    const next = random(kind.length * 7919);
    const outcomes = { ports: 0, reported: 0 };
    for (let index = 0; index < CASES; index++) {
      const text = mutate(SEEDS[kind], next);
      writeFileSync(path, text);
      const context = new ScanContext(dir);
      const start = performance.now();
      try {
        parse(context, path);
        // A bad compose project is an error finding; an EXPOSE that is no port, a warning.
        if (context.findings.some((finding) => finding.severity !== 'notice')) outcomes.reported++;
        else outcomes.ports++;
      } catch (error) {
        if (!(error instanceof UsageError)) {
          throw new Error(`case ${index} (${JSON.stringify(text)}) ended in ${String(error)}`);
        }
        expect(error.location?.file).toBeDefined();
        outcomes.reported++;
      }
      const elapsed = performance.now() - start;
      if (elapsed > CASE_LIMIT_MS)
        throw new Error(`case ${index} took ${elapsed.toFixed(0)} ms: ${JSON.stringify(text)}`);
    }
    expect(outcomes.ports).toBeGreaterThan(CASES / 20);
    expect(outcomes.reported).toBeGreaterThan(CASES / 20);
    expect(process.memoryUsage().rss).toBeLessThan(RSS_LIMIT_BYTES);
  });
});
