import { isRecord } from '@flow-actions/kit/yaml';
import { HTTP_METHODS } from '../openapi/operations.ts';
import { child, resolve, rootNode, type ResolvedSpec, type SpecNode } from './nodes.ts';
import { compareOperation, type BreakingChange } from './operation-diff.ts';
import { SchemaComparer } from './schema-diff.ts';

interface PathEntry {
  path: string;
  item: SpecNode;
  /** The path item's node in `paths` (before its `$ref` is followed): where it is written. */
  written: SpecNode;
}

/** `/pets/{id}` and `/pets/{petId}` are one path: template names are not part of it. */
const templateOf = (path: string) => path.replace(/\{[^}]*\}/g, '{}');

function pathsOf(spec: ResolvedSpec): Map<string, PathEntry> {
  const paths = child(rootNode(spec), 'paths');
  const result = new Map<string, PathEntry>();
  if (!isRecord(paths.value)) return result;
  for (const path of Object.keys(paths.value)) {
    const written = child(paths, path);
    result.set(templateOf(path), { path, item: resolve(spec, written), written });
  }
  return result;
}

const methodsOf = (item: SpecNode) =>
  HTTP_METHODS.filter((method) => isRecord(item.value) && isRecord(item.value[method]));

/**
 * Every breaking difference from `base` to `head`: removed paths and operations, then what each
 * operation present on both sides changed. Operations are matched by method and path template,
 * so a renamed operationId or path parameter is no change.
 */
export function compareSpecs(base: ResolvedSpec, head: ResolvedSpec): BreakingChange[] {
  const changes: BreakingChange[] = [];
  const headPaths = pathsOf(head);
  const sides = { base, head, schemas: new SchemaComparer(base, head) };
  for (const [template, before] of pathsOf(base)) {
    const after = headPaths.get(template);
    const methods = methodsOf(before.item);
    if (!after) {
      if (methods.length === 0) continue;
      changes.push({
        rule: 'api-path-removed',
        operation: before.path,
        message: `path ${before.path} was removed (${methods.map((method) => method.toUpperCase()).join(', ')})`,
        place: child(rootNode(head), 'paths').place,
      });
      continue;
    }
    for (const method of methods) {
      const name = `${method.toUpperCase()} ${after.path}`;
      const operation = resolve(head, child(after.item, method));
      if (!isRecord(operation.value)) {
        changes.push({
          rule: 'api-operation-removed',
          operation: name,
          message: `operation ${name} was removed`,
          place: after.written.place,
        });
        continue;
      }
      const pair = {
        name,
        base: { operation: resolve(base, child(before.item, method)), item: before.item },
        head: { operation, item: after.item },
      };
      changes.push(...compareOperation(sides, pair));
    }
  }
  return changes;
}
