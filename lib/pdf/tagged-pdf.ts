import "server-only";
import type { Font } from "fontkit";
import PDFDocument from "pdfkit";
import type { Block, Fact, FieldRow, ListItem, ListParagraph, ParagraphStyle, PrintDocument, Tone } from "./print-document";

/**
 * Lays a PrintDocument out on A4 pages as a tagged PDF (PDF/UA-1): document language and title,
 * a structure tree in reading order (Document › H1, Table, Sect › H2 …, Table › TR › TH/TD, L ›
 * LI › Lbl/LBody), every drawn mark either inside a structure element or an artifact (page
 * header and footer, rules, backgrounds), fonts embedded from local files.
 *
 * Layout rules: a heading is never the last thing on a page; a row of a table or an item of a list
 * is kept whole on a page unless it is taller than a page, in which case its text flows on to the
 * next (so a long comment is never cut); a table or list that continues on a new page repeats its
 * headings there, as an artifact.
 */

/** Parsed fonts (fontkit), embedded as subsets. */
export interface FontFiles {
  normal: Font;
  bold: Font;
  italics: Font;
  bolditalics: Font;
}

const COLOURS = {
  brand: "#1f3a5f",
  text: "#1f2933",
  // Greys dark enough for small print (at least 4.5:1 on white).
  muted: "#55606e",
  rule: "#d9dee5",
  band: "#eef2f7",
  error: "#b42318",
  warning: "#a14006",
  confirmed: "#2f6b3b",
};

const TONES: Record<Tone, string> = { error: COLOURS.error, warning: COLOURS.warning, muted: COLOURS.muted };

const PAGE = { width: 595.28, height: 841.89 };
const MARGINS = { top: 58, bottom: 48, left: 42, right: 42 };
const CONTENT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;
const CELL_PADDING = { x: 4, y: 2.5 };
const BASE = { size: 9, lineGap: 1.35 };

type FontName = keyof FontFiles;

interface TextStyle {
  font: FontName;
  size: number;
  colour: string;
}

const TEXT: Record<"title" | "sectionTitle" | "itemTitle" | "label" | "factLabel" | "fieldId" | "value" | "strongValue" | "emptyValue", TextStyle> = {
  title: { font: "bold", size: 15, colour: COLOURS.brand },
  sectionTitle: { font: "bold", size: 11, colour: COLOURS.brand },
  itemTitle: { font: "bold", size: 9.5, colour: COLOURS.brand },
  label: { font: "normal", size: BASE.size, colour: COLOURS.muted },
  factLabel: { font: "normal", size: 8, colour: COLOURS.muted },
  fieldId: { font: "normal", size: 7, colour: COLOURS.muted },
  value: { font: "normal", size: BASE.size, colour: COLOURS.text },
  strongValue: { font: "bold", size: BASE.size, colour: COLOURS.text },
  emptyValue: { font: "normal", size: BASE.size, colour: COLOURS.muted },
};

function paragraphStyle(style: ParagraphStyle, tone: Tone): TextStyle {
  switch (style) {
    case "issue":
      return { font: "normal", size: BASE.size, colour: TONES[tone] };
    case "ruleId":
      return TEXT.fieldId;
    case "confirmation":
      return { font: "normal", size: 8, colour: COLOURS.confirmed };
    case "comment":
      return { font: "italics", size: 8.5, colour: COLOURS.text };
    case "notConfirmed":
      return { font: "italics", size: 8, colour: COLOURS.warning };
    case "plain":
      return TEXT.value;
  }
}

/** The parts of PDFKit's structure API that @types/pdfkit (0.17) does not describe. */
interface StructureDictionary {
  dictionary: { data: Record<string, unknown> };
}

type Struct = PDFKit.PDFStructureElement;

export async function renderTaggedPdf(document: PrintDocument, fonts: FontFiles): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    pdfVersion: "1.7",
    // PDF/UA-1: marks the file as such (XMP pdfuaid); tagged sets MarkInfo /Marked true.
    subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
    tagged: true,
    lang: document.language,
    displayTitle: true,
    bufferPages: true,
    // No default font: PDFKit would load Helvetica, a standard font PDF/UA forbids (not
    // embedded); every text here is set in the registered, embedded fonts.
    font: null as unknown as string,
    info: {
      Title: document.title,
      Subject: document.subject,
      Creator: "WBCR",
      Producer: "WBCR",
      CreationDate: document.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  // PDFKit 0.20 takes parsed fontkit fonts; @types/pdfkit (0.17) knows only file names and buffers.
  for (const [name, font] of Object.entries(fonts)) doc.registerFont(name, font as unknown as string);
  const layout = new Layout(doc);
  const root = doc.struct("Document");
  doc.addStructure(root);
  layout.blocks(root, document.body);
  root.end();
  drawPageFurniture(doc, document);
  doc.end();
  return finished;
}

class Layout {
  /** The headings in force, repeated when a table or list continues on a new page. */
  private running: { level: number; text: string; tone?: Tone }[] = [];

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  blocks(parent: Struct, blocks: readonly Block[]): void {
    blocks.forEach((block, index) => this.block(parent, block, blocks[index + 1]));
  }

  private block(parent: Struct, block: Block, next: Block | undefined): void {
    switch (block.kind) {
      case "heading":
        return this.heading(parent, block.level, block.text, block.tone, next);
      case "paragraph":
        return this.paragraph(parent, block.text);
      case "facts":
        return this.facts(parent, block.facts);
      case "fields":
        return this.fields(parent, block.rows);
      case "list":
        return this.list(parent, block.tone, block.items);
      case "pageBreak":
        this.running = [];
        this.doc.addPage();
        return;
      case "section": {
        const depth = this.running.length;
        const section = this.child(parent, "Sect");
        this.blocks(section, block.blocks);
        section.end();
        this.running.length = depth;
        this.doc.y += 4;
        return;
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Text primitives

  private use(style: TextStyle): PDFKit.PDFDocument {
    return this.doc.font(style.font).fontSize(style.size).fillColor(style.colour);
  }

  private height(text: string, style: TextStyle, width: number): number {
    this.use(style);
    return this.doc.heightOfString(text, { width, lineGap: BASE.lineGap });
  }

  private write(text: string, style: TextStyle, x: number, y: number, width: number, options: PDFKit.Mixins.TextOptions = {}): void {
    this.use(style).text(text, x, y, { width, lineGap: BASE.lineGap, ...options });
  }

  private child(parent: Struct, type: string): Struct {
    const element = this.doc.struct(type);
    parent.add(element);
    return element;
  }

  /** A structure element holding the marks drawn by `draw`. */
  private tagged(parent: Struct, type: string, draw: () => void, attributes?: Record<string, unknown>): void {
    const element = this.doc.struct(type);
    if (attributes) (element as unknown as StructureDictionary).dictionary.data.A = this.endedRef(attributes);
    parent.add(element);
    element.add(draw);
    element.end();
  }

  /** Marks that carry no content (rules, backgrounds, repeated headings). */
  private artifact(draw: () => void, type: "Layout" | "Pagination" = "Layout"): void {
    this.doc.markContent("Artifact", { type });
    draw();
    this.doc.endMarkedContent();
  }

  private rule(y: number, colour: string, width: number): void {
    this.artifact(() => {
      this.doc.save().moveTo(MARGINS.left, y).lineTo(MARGINS.left + CONTENT_WIDTH, y).lineWidth(width).strokeColor(colour).stroke().restore();
    });
  }

  private get bottom(): number {
    return PAGE.height - MARGINS.bottom;
  }

  private get pageHeight(): number {
    return this.bottom - MARGINS.top;
  }

  /** Starts a new page when `height` does not fit on this one; says whether it did. */
  private makeRoom(height: number, repeatHeadings: boolean): boolean {
    if (this.doc.y + height <= this.bottom) return false;
    this.doc.addPage();
    if (repeatHeadings) this.repeatHeadings();
    return true;
  }

  private repeatHeadings(): void {
    const text = this.running.filter((heading) => heading.level > 1).map((heading) => heading.text).join(" › ");
    if (!text) return;
    const tone = this.running.at(-1)?.tone;
    const style = { ...TEXT.itemTitle, colour: tone ? TONES[tone] : TEXT.itemTitle.colour };
    const y = this.doc.y;
    const height = this.height(text, style, CONTENT_WIDTH - 2 * CELL_PADDING.x) + 2 * CELL_PADDING.y;
    this.artifact(() => {
      this.doc.save().rect(MARGINS.left, y, CONTENT_WIDTH, height).fill(COLOURS.band).restore();
      this.write(text, style, MARGINS.left + CELL_PADDING.x, y + CELL_PADDING.y, CONTENT_WIDTH - 2 * CELL_PADDING.x);
    }, "Pagination");
    this.rule(y + height, COLOURS.brand, 0.8);
    this.doc.y = y + height;
  }

  // -------------------------------------------------------------------------------------------
  // Blocks

  private heading(parent: Struct, level: 1 | 2 | 3, text: string, tone: Tone | undefined, next: Block | undefined): void {
    const style = level === 1 ? TEXT.title : level === 2 ? TEXT.sectionTitle : TEXT.itemTitle;
    const coloured = tone ? { ...style, colour: TONES[tone] } : style;
    const padding = level === 3 ? CELL_PADDING.y : 0;
    const textWidth = CONTENT_WIDTH - (level === 3 ? 2 * CELL_PADDING.x : 0);
    const height = this.height(text, coloured, textWidth) + 2 * padding;
    // Never the last line of a page: keep room for what follows (its first row or so).
    this.makeRoom(height + this.firstLineHeight(next), false);
    const y = this.doc.y + (level === 2 ? 2 : 0);
    if (level === 3) {
      this.artifact(() => {
        this.doc.save().rect(MARGINS.left, y, CONTENT_WIDTH, height).fill(COLOURS.band).restore();
      });
    }
    this.tagged(parent, `H${level}`, () => this.write(text, coloured, MARGINS.left + (level === 3 ? CELL_PADDING.x : 0), y + padding, textWidth));
    const after = y + height;
    if (level > 1) this.rule(after + (level === 2 ? 1 : 0), tone ? TONES[tone] : COLOURS.brand, 0.8);
    this.doc.y = after + (level === 1 ? 8 : level === 2 ? 1 : 0);
    this.running = this.running.filter((heading) => heading.level < level);
    this.running.push({ level, text, tone });
  }

  private firstLineHeight(next: Block | undefined): number {
    if (!next) return 0;
    if (next.kind === "section") return this.firstLineHeight(next.blocks[0]) + 24;
    return 28;
  }

  private paragraph(parent: Struct, text: string): void {
    const width = CONTENT_WIDTH - 2 * CELL_PADDING.x;
    const height = this.height(text, TEXT.value, width) + 2 * CELL_PADDING.y;
    this.makeRoom(height, true);
    const y = this.doc.y;
    this.tagged(parent, "P", () => this.write(text, TEXT.value, MARGINS.left + CELL_PADDING.x, y + CELL_PADDING.y, width));
    this.rule(y + height, COLOURS.rule, 0.4);
    this.doc.y = y + height + 2;
  }

  /** Label–value pairs, two to a line: a table whose labels are row headers. */
  private facts(parent: Struct, facts: readonly Fact[]): void {
    const widths = [0.18, 0.32, 0.18, 0.32].map((share) => share * CONTENT_WIDTH);
    const table = this.child(parent, "Table");
    this.rule(this.doc.y, COLOURS.brand, 0.8);
    for (let index = 0; index < facts.length; index += 2) {
      const pair = facts.slice(index, index + 2);
      const cells = pair.flatMap((fact) => [
        { text: fact.label, style: TEXT.factLabel, header: true },
        { text: fact.value, style: fact.strong ? TEXT.strongValue : TEXT.value, header: false },
      ]);
      const height = Math.max(...cells.map((cell, column) => this.height(cell.text, cell.style, widths[column]! - 2 * CELL_PADDING.x))) + 6;
      this.makeRoom(height, false);
      const y = this.doc.y;
      const row = this.child(table, "TR");
      let x = MARGINS.left;
      cells.forEach((cell, column) => {
        const width = widths[column]!;
        const left = x;
        this.tagged(row, cell.header ? "TH" : "TD", () => this.write(cell.text, cell.style, left + CELL_PADDING.x, y + 3, width - 2 * CELL_PADDING.x), cell.header ? { O: "Table", Scope: "Row" } : undefined);
        x += width;
      });
      row.end();
      const last = index + 2 >= facts.length;
      this.rule(y + height, last ? COLOURS.brand : COLOURS.rule, last ? 0.8 : 0.4);
      this.doc.y = y + height;
    }
    table.end();
    this.doc.y += 14;
  }

  /** One field a line: the label is the row's header. */
  private fields(parent: Struct, rows: readonly FieldRow[]): void {
    const labelWidth = 0.42 * CONTENT_WIDTH;
    const valueWidth = CONTENT_WIDTH - labelWidth;
    const table = this.child(parent, "Table");
    for (const row of rows) {
      const labelText = row.id ? `${row.label}  ${row.id}` : row.label;
      const valueStyle = row.empty ? TEXT.emptyValue : TEXT.value;
      const labelHeight = this.height(labelText, TEXT.label, labelWidth - 2 * CELL_PADDING.x);
      const valueHeight = this.height(row.value, valueStyle, valueWidth - 2 * CELL_PADDING.x);
      const height = Math.max(labelHeight, valueHeight) + 2 * CELL_PADDING.y;
      // Taller than a page: start it on a page of its own and let the value flow on.
      const flows = height > this.pageHeight;
      this.makeRoom(flows ? Math.min(height, this.pageHeight / 3) : height, true);
      const y = this.doc.y;
      const tr = this.child(table, "TR");
      this.tagged(tr, "TH", () => {
        // The space ends the label's run: a reader (and copied text) gets "Label A1", not "LabelA1".
        this.write(row.id ? `${row.label}\u00a0 ` : row.label, TEXT.label, MARGINS.left + CELL_PADDING.x, y + CELL_PADDING.y, labelWidth - 2 * CELL_PADDING.x, { continued: Boolean(row.id) });
        if (row.id) this.use(TEXT.fieldId).text(row.id);
      }, { O: "Table", Scope: "Row" });
      let end = y + height;
      this.tagged(tr, "TD", () => {
        this.write(row.value, valueStyle, MARGINS.left + labelWidth + CELL_PADDING.x, y + CELL_PADDING.y, valueWidth - 2 * CELL_PADDING.x);
        if (flows) end = this.doc.y + CELL_PADDING.y;
      });
      tr.end();
      this.rule(end, COLOURS.rule, 0.4);
      this.doc.y = end;
    }
    table.end();
    this.doc.y += 6;
  }

  /** A numbered list: Lbl is the number, LBody the paragraphs. */
  private list(parent: Struct, tone: Tone, items: readonly ListItem[]): void {
    const markerWidth = 0.05 * CONTENT_WIDTH;
    const bodyWidth = CONTENT_WIDTH - markerWidth - 2 * CELL_PADDING.x;
    const list = this.child(parent, "L");
    (list as unknown as StructureDictionary).dictionary.data.A = this.endedRef({ O: "List", ListNumbering: "Decimal" });
    for (const item of items) {
      const heights = item.paragraphs.map((paragraph) => this.height(paragraph.text, paragraphStyle(paragraph.style, tone), bodyWidth) + this.gapBefore(paragraph));
      const height = heights.reduce((sum, value) => sum + value, 0) + 2 * CELL_PADDING.y;
      const flows = height > this.pageHeight;
      this.makeRoom(flows ? this.pageHeight / 3 : height, true);
      const y = this.doc.y;
      const li = this.child(list, "LI");
      this.tagged(li, "Lbl", () =>
        this.write(item.marker, { font: "bold", size: BASE.size, colour: TONES[tone] }, MARGINS.left, y + CELL_PADDING.y, markerWidth, { align: "right" }),
      );
      const body = this.child(li, "LBody");
      const bodyX = MARGINS.left + markerWidth + CELL_PADDING.x;
      let top = y + CELL_PADDING.y;
      item.paragraphs.forEach((paragraph, index) => {
        top += this.gapBefore(paragraph);
        const at = top;
        this.tagged(body, "P", () => this.write(paragraph.text, paragraphStyle(paragraph.style, tone), bodyX, at, bodyWidth));
        top = flows ? this.doc.y : at + heights[index]! - this.gapBefore(paragraph);
      });
      body.end();
      li.end();
      const end = top + CELL_PADDING.y;
      this.rule(end, COLOURS.rule, 0.4);
      this.doc.y = end;
    }
    list.end();
    this.doc.y += 6;
  }

  private gapBefore(paragraph: ListParagraph): number {
    return paragraph.style === "confirmation" || paragraph.style === "notConfirmed" ? 2 : 0;
  }

  /** A dictionary written as an object of its own (structure attributes: /O /Table /Scope …). */
  private endedRef(data: Record<string, unknown>): PDFKit.PDFKitReference {
    const reference = this.doc.ref(data);
    reference.end(null);
    return reference;
  }
}

/** Header and footer of every page, drawn once the page count is known; artifacts, not content. */
function drawPageFurniture(doc: PDFKit.PDFDocument, document: PrintDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Text in the margins must not start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent("Artifact", { type: "Pagination" });
    const top = 24;
    doc.font("bold").fontSize(8.5).fillColor(COLOURS.brand).text(document.header.brand, MARGINS.left, top, { lineBreak: false, continued: true });
    doc.font("normal").fillColor(COLOURS.muted).text(`   ${document.header.name}`, { lineBreak: false });
    doc.text(document.header.right, MARGINS.left, top, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
    doc.save().moveTo(MARGINS.left, top + 14).lineTo(MARGINS.left + CONTENT_WIDTH, top + 14).lineWidth(0.6).strokeColor(COLOURS.rule).stroke().restore();
    const footerY = PAGE.height - MARGINS.bottom + 14;
    doc.font("normal").fontSize(7.5).fillColor(COLOURS.muted).text(document.footer.left, MARGINS.left, footerY, { lineBreak: false });
    doc.text(document.footer.page(index - start + 1, count), MARGINS.left, footerY, { width: CONTENT_WIDTH, align: "right", lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottomMargin;
  }
}
