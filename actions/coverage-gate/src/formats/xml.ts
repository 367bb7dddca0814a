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

/** No coverage report holds an attribute or a text this long: a longer run is refused, unparsed. */
const MAX_RUN = 1 << 20;

/** The line of the first run of MAX_RUN characters without a tag, or undefined. */
function overlongRun(text: string): number | undefined {
  for (let pos = 0; pos < text.length;) {
    const next = text.indexOf('<', pos + 1);
    const end = next === -1 ? text.length : next;
    if (end - pos > MAX_RUN) return text.slice(0, pos).split('\n').length;
    pos = end;
  }
  return undefined;
}

/** Parse XML; a syntax error becomes a UsageError naming the file and line. */
export function parseXml(file: string, text: string): XmlNode {
  const overlong = overlongRun(text);
  if (overlong !== undefined)
    throw malformed(file, overlong, `an attribute or text over ${MAX_RUN} characters`);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw malformed(file, valid.err.line, `invalid XML: ${valid.err.msg}`);
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    // entity limits, nesting: the parser's own refusals
    throw malformed(file, undefined, `invalid XML: ${(error as Error).message}`);
  }
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
