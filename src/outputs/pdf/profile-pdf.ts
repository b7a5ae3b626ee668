// The freelancer's profile as a one-page A4 PDF (DOMAIN.md section 1): two columns that shrink, then shorten lists, until they fit.
import PDFDocument from 'pdfkit';
import type { Flexibility } from '../../domain/profile/flexibility.ts';
import {
  profilePdfContent,
  type ProfileBlock,
  type ProfileEntry,
  type ProfilePdfContent,
  type ProfilePdfInput,
  type ProfileSection,
} from './profile-pdf-content.ts';
import { toWinAnsi } from './win-ansi.ts';

export type { ProfilePdfInput } from './profile-pdf-content.ts';

const page = { width: 595.28, height: 841.89 };
const margin = 40;
const columnGap = 26;
const columnWidth = (page.width - 2 * margin - columnGap) / 2;
const headerHeight = 112;
const contentTop = headerHeight + 22;
const footerTop = page.height - 44;
const contentBottom = footerTop - 12;

const colors = {
  heading: '#8c3b1f',
  accent: '#d9825b',
  text: '#2f2a26',
  muted: '#857a70',
  band: '#fbf3ea',
  rule: '#ead9c8',
  nonNegotiableFill: '#8c3b1f',
  nonNegotiableText: '#ffffff',
  flexibleFill: '#e3eedc',
  flexibleText: '#3b6637',
};

const fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };

/** How much room the text takes: the font size, then how many items a list shows and how long one item may be. */
type Fit = { size: number; maxItems: number; maxChars: number };

const sizes = [11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5];
const fullLists = { maxItems: Infinity, maxChars: 240 };
/** The last resort when even one item per list does not fit; anything still too long is left out when drawing. */
const tightest: Fit = { size: 7, maxItems: 1, maxChars: 50 };

function listCap(maxItems: number): Fit['maxChars'] {
  return maxItems > 6 ? 160 : 90;
}

/** The largest index in [0, count) for which `fits` holds, assuming it holds for a prefix only; -1 when it never does. */
function lastFitting(count: number, fits: (index: number) => boolean): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (fits(middle)) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** No column shows more items of one list than this once lists must be cut; it bounds the search on absurdly long lists. */
const mostItemsWhenCut = 60;

function longestList(sections: ProfileSection[]): number {
  let longest = 1;
  for (const section of sections)
    for (const entry of section.entries) for (const block of entry.blocks) if (block.kind === 'list') longest = Math.max(longest, block.items.length);
  return longest;
}

/**
 * One fit per column. Both columns share the largest font size at which everything shows; when even the smallest
 * size is too big, each column keeps as many list items as it has room for, so a short column is not cut for a long one.
 */
function chooseFits(doc: PDFKit.PDFDocument, content: ProfilePdfContent): [Fit, Fit] {
  const fits = (column: number, fit: Fit) => layColumn(doc, content, column, fit, false) <= contentBottom;
  // Most profiles fit at the largest size: one measuring pass then.
  const roomiest = { size: sizes[0] as number, ...fullLists };
  if (fits(0, roomiest) && fits(1, roomiest)) return [roomiest, roomiest];
  // Sizes go from largest to smallest, so "does not fit" holds for a prefix: search on the reversed order.
  const smallestFirst = [...sizes].reverse();
  const sizeIndex = lastFitting(smallestFirst.length, (index) => {
    const fit = { size: smallestFirst[index] as number, ...fullLists };
    return fits(0, fit) && fits(1, fit);
  });
  if (sizeIndex >= 0) {
    const fit = { size: smallestFirst[sizeIndex] as number, ...fullLists };
    return [fit, fit];
  }
  const size = sizes[sizes.length - 1] as number;
  const perColumn = (column: number): Fit => {
    const longest = Math.min(longestList(content.columns[column] ?? []), mostItemsWhenCut);
    const fit = (index: number): Fit => ({ size, maxItems: index + 1, maxChars: listCap(index + 1) });
    const index = lastFitting(longest, (candidate) => fits(column, fit(candidate)));
    return index >= 0 ? fit(index) : tightest;
  };
  return [perColumn(0), perColumn(1)];
}

type Frame = { x: number; width: number; bottom: number };

/** Lays one column out from `top`; only draws when `isDrawing`, so the same code measures and paints. Returns where it ended. */
class ColumnFlow {
  private y: number;
  /** Set once something did not fit while drawing: the rest of the column is left out rather than spilling onto a second page. */
  private isFull = false;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly content: ProfilePdfContent,
    private readonly frame: Frame,
    private readonly fit: Fit,
    private readonly isDrawing: boolean,
    top: number,
  ) {
    this.y = top;
  }

  get bottom(): number {
    return this.y;
  }

  /** Nothing more goes in: drawing hit the bottom, or measuring already passed it (so the answer "does not fit" is known). */
  private get isDone(): boolean {
    return this.isFull || (!this.isDrawing && this.y > this.frame.bottom);
  }

  private get lineGap(): number {
    return this.fit.size * 0.22;
  }

  private clip(text: string): string {
    const clean = toWinAnsi(text);
    return clean.length <= this.fit.maxChars ? clean : `${clean.slice(0, this.fit.maxChars - 1).trimEnd()}…`;
  }

  /** Reserves `height` at the current y; false (and nothing drawn) when drawing and it would cross the bottom. */
  private reserve(height: number): boolean {
    if (this.isDrawing && (this.isFull || this.y + height > this.frame.bottom)) {
      this.isFull = true;
      return false;
    }
    return true;
  }

  private textHeight(text: string, font: string, size: number, width: number): number {
    this.doc.font(font).fontSize(size);
    return this.doc.heightOfString(text, { width, lineGap: this.lineGap });
  }

  private paragraph(text: string, options: { font: string; size: number; color: string; x: number; width: number; after?: number }): void {
    if (this.isDone) return;
    const height = this.textHeight(text, options.font, options.size, options.width);
    if (!this.reserve(height)) return;
    if (this.isDrawing) {
      this.doc.font(options.font).fontSize(options.size).fillColor(options.color);
      this.doc.text(text, options.x, this.y, { width: options.width, lineGap: this.lineGap });
    }
    this.y += height + (options.after ?? 0);
  }

  section(section: ProfileSection, isFirst: boolean): void {
    if (this.isDone) return;
    if (!isFirst) this.y += this.fit.size * 1.1;
    const size = this.fit.size * 1.3;
    const title = toWinAnsi(section.title);
    const height = this.textHeight(title, fonts.bold, size, this.frame.width);
    if (this.reserve(height + 6) && this.isDrawing) {
      this.doc.font(fonts.bold).fontSize(size).fillColor(colors.heading);
      this.doc.text(title, this.frame.x, this.y, { width: this.frame.width, lineGap: this.lineGap });
      const ruleY = this.y + height + 1;
      this.doc.moveTo(this.frame.x, ruleY).lineTo(this.frame.x + this.frame.width, ruleY).lineWidth(1.2).strokeColor(colors.accent).stroke();
    }
    this.y += height + 6 + this.fit.size * 0.3;
    for (const entry of section.entries) this.entry(entry);
  }

  private entry(entry: ProfileEntry): void {
    if (this.isDone) return;
    const labelSize = this.fit.size * 0.95;
    const pill = entry.marker ? measurePill(this.doc, this.content.markers[entry.marker], this.fit.size) : null;
    const labelWidth = this.frame.width - (pill ? pill.width + 6 : 0);
    const label = this.clip(entry.label);
    const labelHeight = Math.max(this.textHeight(label, fonts.bold, labelSize, labelWidth), pill?.height ?? 0);
    if (this.reserve(labelHeight) && this.isDrawing) {
      this.doc.font(fonts.bold).fontSize(labelSize).fillColor(colors.text);
      this.doc.text(label, this.frame.x, this.y, { width: labelWidth, lineGap: this.lineGap });
      // The pill is centred on the label's capital letters, so it starts a little above the label's line box.
      if (entry.marker && pill) drawPill(this.doc, this.content.markers[entry.marker], entry.marker, this.frame.x + this.frame.width - pill.width, this.y - this.fit.size * 0.27, this.fit.size);
    }
    this.y += labelHeight + this.fit.size * 0.1;
    for (const block of entry.blocks) this.block(block);
    this.y += this.fit.size * 0.55;
  }

  private block(block: ProfileBlock): void {
    const size = this.fit.size;
    const { x, width } = this.frame;
    switch (block.kind) {
      case 'text':
        this.paragraph(this.clip(block.text), { font: block.isMuted ? fonts.italic : fonts.regular, size, color: block.isMuted ? colors.muted : colors.text, x, width });
        return;
      case 'rows': {
        this.doc.font(fonts.regular).fontSize(size);
        const leftWidth = Math.max(...block.rows.map((row) => this.doc.widthOfString(toWinAnsi(row.left)))) + size * 0.9;
        for (const row of block.rows) {
          if (this.isDone) return;
          const right = this.clip(row.right);
          const left = toWinAnsi(row.left);
          const height = this.textHeight(right, fonts.regular, size, width - leftWidth);
          if (!this.reserve(height)) return;
          if (this.isDrawing) {
            this.doc.font(fonts.regular).fontSize(size).fillColor(colors.muted);
            this.doc.text(left, x, this.y, { width: leftWidth, lineBreak: false });
            this.doc.font(row.isMuted ? fonts.italic : fonts.regular).fillColor(row.isMuted ? colors.muted : colors.text);
            this.doc.text(right, x + leftWidth, this.y, { width: width - leftWidth, lineGap: this.lineGap });
          }
          this.y += height;
        }
        return;
      }
      case 'list': {
        if (block.items.length === 0) {
          this.paragraph(this.clip(block.emptyText), { font: fonts.italic, size, color: colors.muted, x, width });
          return;
        }
        const shown = block.items.slice(0, block.items.length > this.fit.maxItems ? this.fit.maxItems : block.items.length).map((item) => this.clip(item));
        const hidden = block.items.length - shown.length;
        // "+12 more" never breaks across two lines.
        const more = hidden > 0 ? toWinAnsi(this.content.moreText(hidden)).replaceAll(' ', '\u00a0') : null;
        if (block.style === 'inline') {
          this.inlineList(shown, more);
          return;
        }
        for (const item of shown) this.bullet(item);
        if (more) this.paragraph(more, { font: fonts.italic, size, color: colors.muted, x: x + size * 0.9, width: width - size * 0.9 });
        return;
      }
    }
  }

  private bullet(item: string): void {
    if (this.isDone) return;
    const size = this.fit.size;
    const indent = size * 0.9;
    const height = this.textHeight(item, fonts.regular, size, this.frame.width - indent);
    if (!this.reserve(height)) return;
    if (this.isDrawing) {
      const radius = size * 0.14;
      this.doc.circle(this.frame.x + radius + 0.5, this.y + size * 0.42, radius).fillColor(colors.accent).fill();
      this.doc.font(fonts.regular).fontSize(size).fillColor(colors.text);
      this.doc.text(item, this.frame.x + indent, this.y, { width: this.frame.width - indent, lineGap: this.lineGap });
    }
    this.y += height;
  }

  /** Items run together with a middle dot; the "+N more" note goes at the end in grey. */
  private inlineList(items: string[], more: string | null): void {
    if (this.isDone) return;
    const size = this.fit.size;
    // The dot sticks to the item before it, so no line starts with a dot.
    const separator = '\u00a0\u00a0·  ';
    const joined = items.join(separator);
    const whole = more ? `${joined}${separator}${more}` : joined;
    const height = this.textHeight(whole, fonts.regular, size, this.frame.width);
    if (!this.reserve(height)) return;
    if (this.isDrawing) {
      this.doc.font(fonts.regular).fontSize(size).fillColor(colors.text);
      if (more) {
        this.doc.text(`${joined}${separator}`, this.frame.x, this.y, { width: this.frame.width, lineGap: this.lineGap, continued: true });
        this.doc.font(fonts.italic).fillColor(colors.muted).text(more, { lineGap: this.lineGap });
      } else {
        this.doc.text(joined, this.frame.x, this.y, { width: this.frame.width, lineGap: this.lineGap });
      }
    }
    this.y += height;
  }
}

function pillSize(size: number): number {
  return Math.max(5.5, size * 0.7);
}

function measurePill(doc: PDFKit.PDFDocument, text: string, size: number): { width: number; height: number } {
  const fontSize = pillSize(size);
  doc.font(fonts.bold).fontSize(fontSize);
  return { width: doc.widthOfString(toWinAnsi(text)) + fontSize * 1.3, height: fontSize * 1.75 };
}

function drawPill(doc: PDFKit.PDFDocument, text: string, marker: Flexibility, x: number, y: number, size: number): void {
  const { width, height } = measurePill(doc, text, size);
  const fontSize = pillSize(size);
  const isHard = marker === 'non_negotiable';
  doc.roundedRect(x, y, width, height, height / 2).fillColor(isHard ? colors.nonNegotiableFill : colors.flexibleFill).fill();
  doc
    .font(fonts.bold)
    .fontSize(fontSize)
    .fillColor(isHard ? colors.nonNegotiableText : colors.flexibleText)
    .text(toWinAnsi(text), x + fontSize * 0.65, y + (height - fontSize * 0.7) / 2 - fontSize * 0.02, { lineBreak: false });
}

/** Lays out (or draws) one column and returns where it ends. */
function layColumn(doc: PDFKit.PDFDocument, content: ProfilePdfContent, column: number, fit: Fit, isDrawing: boolean): number {
  const frame = { x: margin + column * (columnWidth + columnGap), width: columnWidth, bottom: contentBottom };
  const flow = new ColumnFlow(doc, content, frame, fit, isDrawing, contentTop);
  (content.columns[column] ?? []).forEach((section, index) => flow.section(section, index === 0));
  return flow.bottom;
}

function drawHeader(doc: PDFKit.PDFDocument, content: ProfilePdfContent): void {
  doc.rect(0, 0, page.width, headerHeight).fillColor(colors.band).fill();
  doc.rect(0, 0, page.width, 6).fillColor(colors.accent).fill();

  const title = toWinAnsi(content.title);
  const width = page.width - 2 * margin;
  let titleSize = 21;
  doc.font(fonts.bold);
  while (titleSize > 12 && doc.fontSize(titleSize).widthOfString(title) > width) titleSize -= 0.5;
  doc.fillColor(colors.heading).text(title, margin, 28, { width, lineBreak: false });

  doc.font(fonts.regular).fontSize(11.5).fillColor(colors.text);
  doc.text(fitToWidth(doc, toWinAnsi(content.subtitle), width), margin, 28 + titleSize * 1.3, { lineBreak: false });

  // The legend explains the two markers used next to every preference.
  let x = margin;
  const y = headerHeight - 26;
  const size = 10;
  for (const marker of ['non_negotiable', 'willing_to_compromise'] as const) {
    const pill = measurePill(doc, content.markers[marker], size);
    drawPill(doc, content.markers[marker], marker, x, y, size);
    x += pill.width + 5;
    const legend = toWinAnsi(content.legend[marker]);
    doc.font(fonts.regular).fontSize(8.5).fillColor(colors.muted);
    doc.text(legend, x, y + (pill.height - 8.5 * 0.7) / 2 - 0.2, { lineBreak: false });
    x += doc.widthOfString(legend) + 18;
  }
}

/** The text cut with "…" so it fits on one line of `width` in the current font. */
function fitToWidth(doc: PDFKit.PDFDocument, whole: string, width: number): string {
  if (doc.widthOfString(whole) <= width) return whole;
  // No line of the page holds more than a few hundred characters; starting there keeps the search short.
  const text = whole.slice(0, 300);
  let end = text.length;
  while (end > 1 && doc.widthOfString(`${text.slice(0, end).trimEnd()}…`) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

function drawFooter(doc: PDFKit.PDFDocument, content: ProfilePdfContent): void {
  doc.moveTo(margin, footerTop).lineTo(page.width - margin, footerTop).lineWidth(0.8).strokeColor(colors.rule).stroke();
  const y = footerTop + 10;
  const width = page.width - 2 * margin;
  doc.font(fonts.regular).fontSize(8).fillColor(colors.muted);
  const right = toWinAnsi(content.footerRight);
  const rightWidth = doc.widthOfString(right);
  doc.text(right, page.width - margin - rightWidth, y, { lineBreak: false });
  doc.text(fitToWidth(doc, toWinAnsi(content.footerLeft), width - rightWidth - 16), margin, y, { lineBreak: false });
}

/** One A4 page in the profile's language; long lists shrink the text, then get cut with "+N more", so it never spills onto a second page. */
export async function renderProfilePdf(input: ProfilePdfInput): Promise<Buffer> {
  const content = profilePdfContent(input);
  const { generatedOn } = input;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: true,
    lang: input.language,
    displayTitle: true,
    info: {
      // Document properties are stored as Unicode, so they keep the name exactly as typed.
      Title: content.title,
      Author: input.freelancerName,
      Creator: 'Sana',
      Producer: 'Sana',
      // The generation date, not the clock: the same profile on the same day gives the same bytes.
      CreationDate: new Date(Date.UTC(generatedOn.year, generatedOn.month - 1, generatedOn.day)),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const fits = chooseFits(doc, content);
  drawHeader(doc, content);
  fits.forEach((fit, column) => layColumn(doc, content, column, fit, true));
  drawFooter(doc, content);
  doc.end();
  return finished;
}
