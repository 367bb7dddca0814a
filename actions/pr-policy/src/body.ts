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

/** The text a reader sees: inline code included; HTML and images' alt text left out. */
function textOf(node: Nodes): string {
  return toString(node, { includeHtml: false, includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}

/** A task's own text: its blocks but not its nested lists (subtasks are tasks of their own). */
function ownText(node: ListItem): string {
  return textOf({
    type: 'root',
    children: node.children.filter((child) => child.type !== 'list' && child.type !== 'html'),
  });
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

/**
 * Headings wherever a reader sees one (a list item or a quote may hold one too), in document order;
 * a heading's text is what follows it among its siblings, up to a heading of its level or higher.
 */
function walkSections(parent: Parents, sections: Section[]): void {
  const children = parent.children as RootContent[];
  children.forEach((node, index) => {
    if (node.type === 'heading') {
      const rest = children.slice(index + 1);
      const end = rest.findIndex((next) => next.type === 'heading' && next.depth <= node.depth);
      sections.push({
        title: textOf(node),
        depth: node.depth,
        line: node.position?.start.line ?? 0,
        hasText: hasProse(end === -1 ? rest : rest.slice(0, end)),
      });
    } else if ('children' in node && !SILENT.has(node.type)) walkSections(node, sections);
  });
}

export function parseBody(markdown: string): Body {
  const root = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const tasks: TaskItem[] = [];
  walkTasks(root, tasks);
  const sections: Section[] = [];
  walkSections(root, sections);
  const prose: string[] = [];
  proseOf(root, prose);
  return { tasks, sections, prose: prose.join(' ') };
}
