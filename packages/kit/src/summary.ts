import * as md from './markdown.ts';

/** GitHub rejects a step summary larger than 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

interface Block {
  markdown: string;
  /** Table and list blocks may be cut by rows; other blocks are kept whole or dropped. */
  rows?: { head: string; rows: string[] };
}

/** Builds a job summary (also used for PR comments) that always fits GitHub's size limit. */
export class Summary {
  private readonly blocks: Block[] = [];

  heading(title: string, level = 2): this {
    this.blocks.push({ markdown: `${'#'.repeat(level)} ${title}` });
    return this;
  }

  /** Trusted markdown: callers escape any untrusted part with markdown.text() or code(). */
  paragraph(markdown: string): this {
    this.blocks.push({ markdown });
    return this;
  }

  table(headers: readonly string[], rows: readonly (readonly string[])[]): this {
    if (rows.length === 0) return this;
    const rendered = md.table(headers, rows).split('\n');
    this.blocks.push({
      markdown: rendered.join('\n'),
      rows: { head: rendered.slice(0, 2).join('\n'), rows: rendered.slice(2) },
    });
    return this;
  }

  list(items: readonly string[]): this {
    if (items.length === 0) return this;
    const rows = items.map((item) => `- ${item}`);
    this.blocks.push({ markdown: rows.join('\n'), rows: { head: '', rows } });
    return this;
  }

  details(summary: string, body: string): this {
    this.blocks.push({ markdown: md.details(summary, body) });
    return this;
  }

  get isEmpty(): boolean {
    return this.blocks.length === 0;
  }

  /**
   * The markdown, cut to `limit` bytes: whole blocks first, then as many rows of the block that
   * does not fit as do, then a line saying what was left out and where the rest is.
   */
  render(limit = SUMMARY_LIMIT_BYTES, rest = 'the JSON report'): string {
    const note = (count: number) =>
      `\n\n> ✂️ The summary was cut to fit GitHub's limit: ${count} more lines are in ${rest}.`;
    const reserve = Buffer.byteLength(note(Number.MAX_SAFE_INTEGER));
    const parts: string[] = [];
    let size = 0;
    for (let index = 0; index < this.blocks.length; index++) {
      const block = this.blocks[index]!;
      const piece = (parts.length ? '\n\n' : '') + block.markdown;
      const pieceSize = Buffer.byteLength(piece);
      if (size + pieceSize + reserve <= limit) {
        parts.push(piece);
        size += pieceSize;
        continue;
      }
      let omitted = this.blocks
        .slice(index + 1)
        .reduce((n, b) => n + b.markdown.split('\n').length, 0);
      if (block.rows) {
        const prefix = parts.length ? '\n\n' : '';
        const lines = block.rows.head ? [block.rows.head] : [];
        let partialSize = Buffer.byteLength(prefix + lines.join('\n'));
        let kept = 0;
        for (const row of block.rows.rows) {
          const rowSize = Buffer.byteLength(row) + (lines.length ? 1 : 0);
          if (size + partialSize + rowSize + reserve > limit) break;
          lines.push(row);
          partialSize += rowSize;
          kept++;
        }
        if (kept > 0) {
          parts.push(prefix + lines.join('\n'));
          size += partialSize;
        }
        omitted += block.rows.rows.length - kept;
      } else omitted += block.markdown.split('\n').length;
      parts.push(note(omitted));
      break;
    }
    return parts.join('');
  }
}
