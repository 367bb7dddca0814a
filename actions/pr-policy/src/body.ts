import type { ListItem, Nodes, Paragraph, Parents, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';

/** A task-list item of the body: `- [ ] text` or `- [x] text`. */
export interface TaskItem {
  text: string;
  checked: boolean;
  /** Its whole text struck through (`- [ ] ~~N/A~~`): marked not applicable. */
  struck: boolean;
  line: number;
}

/** A heading and whether any real text (not a template comment) stands under it. */
export interface Section {
  title: string;
  depth: number;
  line: number;
  hasText: boolean;
}

/** What the policy reads from the pull request body, parsed as GitHub renders it (GFM). */
export interface Body {
  tasks: TaskItem[];
  sections: Section[];
  /** The rendered text and link targets, without HTML, code or comments: where references count. */
  prose: string;
}

/** Nodes that show no prose: HTML (comments included) and code never count as text or tasks. */
const SILENT = new Set(['html', 'code', 'inlineCode', 'definition']);

/** The node's own text, leaving out nested lists (a task's subtasks are tasks of their own). */
function ownText(node: Parents): string {
  return node.children
    .filter((child) => child.type !== 'list' && !SILENT.has(child.type))
    .map((child) => toString(child, { includeHtml: false }))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function proseOf(node: Nodes, parts: string[]): void {
  if (SILENT.has(node.type)) return;
  if (node.type === 'link') parts.push(node.url);
  if ('value' in node) parts.push(node.value);
  if ('children' in node) for (const child of node.children) proseOf(child, parts);
}

/** Whether anything under a heading (up to the next heading of the same or a higher level) is prose. */
function hasProse(nodes: readonly RootContent[]): boolean {
  return nodes.some((node) => {
    if (node.type === 'heading') return false;
    const parts: string[] = [];
    proseOf(node, parts);
    return parts.join('').trim() !== '';
  });
}

/** Whether the item's own paragraph is nothing but ~~struck~~ text. */
function isStruck(node: ListItem): boolean {
  const paragraph = node.children.find((child): child is Paragraph => child.type === 'paragraph');
  if (!paragraph) return false;
  const shown = paragraph.children.filter(
    (child) => !(child.type === 'text' && !child.value.trim()) && child.type !== 'html',
  );
  return shown.length > 0 && shown.every((child) => child.type === 'delete');
}

function walkTasks(node: Nodes, tasks: TaskItem[]): void {
  if (SILENT.has(node.type)) return;
  if (node.type === 'listItem' && typeof node.checked === 'boolean') {
    tasks.push({
      text: ownText(node),
      checked: node.checked,
      struck: isStruck(node),
      line: node.position?.start.line ?? 0,
    });
  }
  if ('children' in node) for (const child of node.children) walkTasks(child, tasks);
}

export function parseBody(markdown: string): Body {
  const root = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const tasks: TaskItem[] = [];
  walkTasks(root, tasks);
  const sections: Section[] = [];
  root.children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const rest = root.children.slice(index + 1);
    const end = rest.findIndex((next) => next.type === 'heading' && next.depth <= node.depth);
    sections.push({
      title: ownText(node),
      depth: node.depth,
      line: node.position?.start.line ?? 0,
      hasText: hasProse(end === -1 ? rest : rest.slice(0, end)),
    });
  });
  const prose: string[] = [];
  proseOf(root, prose);
  return { tasks, sections, prose: prose.join(' ') };
}
