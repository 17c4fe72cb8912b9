/**
 * The part of pdfmake 0.3 (server build, CommonJS `module.exports = new pdfmake()`) that
 * lib/pdf uses. pdfmake 0.3 ships no types and @types/pdfmake describes 0.2, so the few shapes
 * the registration PDF needs are declared here. Text is always a plain string: pdfmake prints it
 * literally (no markup language), which is what keeps user input from being interpreted.
 */
declare module "pdfmake" {
  export type Margin = number | [number, number] | [number, number, number, number];
  export type Alignment = "left" | "right" | "center" | "justify";

  export interface Style {
    font?: string;
    fontSize?: number;
    bold?: boolean;
    italics?: boolean;
    color?: string;
    fillColor?: string;
    lineHeight?: number;
    alignment?: Alignment;
    margin?: Margin;
    characterSpacing?: number;
    /** Keeps the node on one page when it fits. */
    unbreakable?: boolean;
    style?: string | string[];
    noWrap?: boolean;
  }

  export interface ContentText extends Style {
    text: string | ContentText | (string | ContentText)[];
  }

  export interface ContentStack extends Style {
    stack: Content[];
  }

  export interface ContentColumns extends Style {
    columns: (Content & { width?: number | string })[];
    columnGap?: number;
  }

  export interface TableCell extends Style {
    colSpan?: number;
    border?: [boolean, boolean, boolean, boolean];
  }

  export type TableCellContent = (ContentText | ContentStack | ContentColumns) & TableCell;

  export interface TableNode {
    table: { body: unknown[][]; widths?: unknown[]; headerRows?: number };
  }

  export interface TableLayout {
    hLineWidth?: (rowIndex: number, node: TableNode) => number;
    vLineWidth?: (columnIndex: number, node: TableNode) => number;
    hLineColor?: (rowIndex: number, node: TableNode) => string;
    vLineColor?: (columnIndex: number, node: TableNode) => string;
    paddingLeft?: (columnIndex: number, node: TableNode) => number;
    paddingRight?: (columnIndex: number, node: TableNode) => number;
    paddingTop?: (rowIndex: number, node: TableNode) => number;
    paddingBottom?: (rowIndex: number, node: TableNode) => number;
    fillColor?: (rowIndex: number, node: TableNode, columnIndex: number) => string | null;
  }

  export interface ContentTable extends Style {
    table: {
      widths: (number | string)[];
      body: (TableCellContent | Record<string, never>)[][];
      headerRows?: number;
      /** Keeps this many rows after the header rows on the header's page. */
      keepWithHeaderRows?: number;
      dontBreakRows?: boolean;
    };
    layout?: string | TableLayout;
  }

  export interface ContentList extends Style {
    ol: Content[];
    start?: number;
    markerColor?: string;
    separator?: string | [string, string];
  }

  export interface CanvasLine {
    type: "line";
    x1: number;
    y1: number;
    x2: number;
    y2: number;
    lineWidth?: number;
    lineColor?: string;
  }

  export interface ContentCanvas extends Style {
    canvas: CanvasLine[];
  }

  export type Content = string | ContentText | ContentStack | ContentColumns | ContentTable | ContentList | ContentCanvas;

  export type DynamicContent = (currentPage: number, pageCount: number) => Content;

  export interface DocumentDefinition {
    content: Content[];
    pageSize?: "A4";
    pageOrientation?: "portrait" | "landscape";
    pageMargins?: Margin;
    header?: DynamicContent;
    footer?: DynamicContent;
    defaultStyle?: Style;
    styles?: Record<string, Style>;
    /** PDF metadata: title, author, subject, keywords, creator, producer, creationDate. */
    info?: { title?: string; author?: string; subject?: string; creator?: string; producer?: string; creationDate?: Date };
    /** BCP 47 tag written as the document language (screen readers). */
    language?: string;
    compress?: boolean;
  }

  export interface FontFamily {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  export interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }

  export interface PdfMake {
    /** In-memory files (fonts, images) looked up by name before the disk. */
    virtualfs: { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean };
    setFonts(fonts: Record<string, FontFamily>): void;
    /** Decides whether a font or image URL may be fetched; undefined allows everything. */
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    /** Decides whether a local file may be read; undefined allows everything. */
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(definition: DocumentDefinition): OutputDocument;
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}

declare module "pdfmake/fonts/Roboto.js" {
  import type { FontFamily } from "pdfmake";

  /** Absolute paths of the Roboto files pdfmake ships (bold is Roboto Medium). */
  const fonts: { Roboto: FontFamily };
  export default fonts;
}
