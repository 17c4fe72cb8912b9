/**
 * What a printed document says, in reading order, without any page layout: headings, a table of
 * facts, tables of fields, numbered lists. registration-document.ts builds it from a registration;
 * tagged-pdf.ts lays it out on A4 pages as a tagged PDF whose structure tree follows this order
 * (a screen reader reads the document as it is built here, page furniture aside).
 *
 * Every text is a plain string and is printed literally.
 */

/** How a heading or a list stands out: the colours of errors and warnings. */
export type Tone = "error" | "warning" | "muted";

export interface Fact {
  label: string;
  value: string;
  strong?: boolean;
}

export interface FieldRow {
  label: string;
  /** The field's id from the specification ("A1"), printed small after the label. */
  id?: string;
  value: string;
  /** The value is the empty mark: printed dimmed. */
  empty?: boolean;
}

export type ParagraphStyle = "issue" | "ruleId" | "confirmation" | "comment" | "notConfirmed" | "plain";

export interface ListParagraph {
  text: string;
  style: ParagraphStyle;
}

export interface ListItem {
  /** "1." */
  marker: string;
  paragraphs: ListParagraph[];
}

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string; tone?: Tone }
  | { kind: "paragraph"; text: string }
  /** Label–value pairs, two pairs to a line. */
  | { kind: "facts"; facts: Fact[] }
  /** One field a line: label (row header) and value. */
  | { kind: "fields"; rows: FieldRow[] }
  | { kind: "list"; tone: Tone; items: ListItem[] }
  /** A part of the document with its own heading (a section of the structure tree). */
  | { kind: "section"; blocks: Block[] }
  /** What follows starts on a new page (a second document in the same file). */
  | { kind: "pageBreak" };

export interface PrintDocument {
  /** BCP 47 tag of the document's language. */
  language: string;
  /** Shown by readers as the window title. */
  title: string;
  subject: string;
  createdAt: Date;
  /** Repeated at the top of every page (an artifact: not read as content). */
  header: { brand: string; name: string; right: string };
  /** Repeated at the bottom of every page (an artifact). */
  footer: { left: string; page: (page: number, pages: number) => string };
  body: Block[];
}
