import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { malformed } from './malformed.ts';

/** An element as fast-xml-parser gives it: attributes as plain keys, children by name. */
export type XmlNode = Record<string, unknown>;

const REPEATED = new Set([
  'source',
  'package',
  'class',
  'method',
  'line',
  'group',
  'sourcefile',
  'counter',
  'file',
  'metrics',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  ignoreDeclaration: true,
  processEntities: true,
  isArray: (name) => REPEATED.has(name),
});

/** Parse XML; a syntax error becomes a UsageError naming the file and line. */
export function parseXml(file: string, text: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw malformed(file, valid.err.line, `invalid XML: ${valid.err.msg}`);
  return parser.parse(text) as XmlNode;
}

/** The child elements of a node by name, always as an array. */
export function children(node: unknown, name: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const value = (node as XmlNode)[name];
  if (value === undefined || value === '') return [];
  return (Array.isArray(value) ? value : [value]).filter(
    (item): item is XmlNode => !!item && typeof item === 'object',
  );
}

export function child(node: unknown, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

export function attr(node: XmlNode, name: string): string | undefined {
  const value = node[name];
  return typeof value === 'string' ? value : undefined;
}

/** A numeric attribute; a missing or non-numeric one is a malformed report. */
export function numberAttr(file: string, node: XmlNode, name: string, element: string): number {
  const value = Number(attr(node, name));
  if (attr(node, name) === undefined || !Number.isFinite(value)) {
    throw malformed(file, undefined, `<${element}> has no numeric ${name} attribute`);
  }
  return value;
}
