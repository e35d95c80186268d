import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  HeightRule,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Line, PlanBlock as Block } from '../document/blocks.js';
import type { PlanDocument } from '../document/plan.js';
import { outline } from '../document/plan.js';
import { xmlText } from './escape.js';

/*
 * The plan document as a Word file for signing. Headings use Word's own heading styles, so the navigation pane and
 * the table of contents work; tables are real tables whose rows are not split across pages; the footer carries the
 * roster's revision, last change and content hash and the page number.
 */

// A4 in twentieths of a point, with 2 cm margins: the width the tables are laid out in.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BULLETS = 'bullets';
const NUMBERS = 'numbers';

/** A run per line of the text: a line break in roster text stays a line break. `size` in half points. */
function runs(text: string, bold?: boolean, size?: number): TextRun[] {
  return xmlText(text)
    .split(/\r?\n/)
    .map((part, i) => new TextRun({ text: part, bold, size, break: i > 0 ? 1 : undefined }));
}

// Tables in 9 pt, so that five columns fit on A4.
const TABLE_SIZE = 18;

/** A phone number with non-breaking spaces: Word does not break it over two lines, where it would be misread. */
const lineRuns = (line: Line, size?: number): ParagraphChild[] => line.flatMap((run) => runs(run.phone ? run.text.replace(/ /g, '\u00A0') : run.text, run.strong, size));

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '777777' } as const;

function widthsOf(percentages: number[]): number[] {
  return percentages.map((w) => Math.round((w / 100) * TEXT_WIDTH));
}

function headerRow(cells: string[], widths: number[], shaded = true): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cells.map(
      (text, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          shading: shaded ? { type: ShadingType.CLEAR, fill: 'E8E8E8', color: 'auto' } : undefined,
          children: [new Paragraph({ keepNext: true, children: runs(text, true, TABLE_SIZE) })],
        }),
    ),
  });
}

/** `introduces`: the block is followed by a list or a table, which it should stay on the same page with. */
function blockDocx(block: Block, listCounter: { next: number }, introduces = false): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ keepNext: introduces || undefined, children: lineRuns(block.text) })];
    case 'list': {
      const instance = listCounter.next++;
      return block.items.map(
        (item) =>
          new Paragraph({
            children: lineRuns(item),
            numbering: block.ordered ? { reference: NUMBERS, level: 0, instance } : { reference: BULLETS, level: 0 },
          }),
      );
    }
    case 'table': {
      // A table of data has no widths of its own: its columns share the page equally.
      const widths = widthsOf(block.widths ?? block.header.map(() => 100 / block.header.length));
      const borders = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };
      return [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          borders,
          rows: [
            headerRow(block.header, widths),
            ...block.rows.map(
              (cells) =>
                new TableRow({
                  cantSplit: true,
                  children: cells.map(
                    (lines, i) =>
                      new TableCell({
                        width: { size: widths[i]!, type: WidthType.DXA },
                        children: lines.length ? lines.map((l) => new Paragraph({ spacing: { after: 40 }, children: lineRuns(l, TABLE_SIZE) })) : [new Paragraph({})],
                      }),
                  ),
                }),
            ),
          ],
        }),
        new Paragraph({}),
      ];
    }
    case 'signature-space':
      // A line to sign on, under the name it belongs to.
      return [
        new Paragraph({
          spacing: { before: 720, after: 240 },
          indent: { right: Math.round(TEXT_WIDTH * 0.4) },
          border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } },
          // The date and version where the current version is signed stand on the line.
          children: block.signed ? runs(block.signed) : [],
        }),
        ...(block.note ? [new Paragraph({ children: [new TextRun({ text: xmlText(block.note), italics: true })] })] : []),
      ];
    case 'signatures': {
      // Name | date line | a gap | signature line.
      const widths = widthsOf([44, 20, 4, 32]);
      const borders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
      const line = { top: NONE, left: NONE, right: NONE, bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000' } };
      return [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          borders,
          rows: [
            headerRow([block.labels.name, block.labels.date, '', block.labels.signature], widths, false),
            ...block.people.map(
              (p) =>
                new TableRow({
                  cantSplit: true,
                  height: { value: 1100, rule: HeightRule.ATLEAST },
                  children: [
                    new TableCell({
                      width: { size: widths[0]!, type: WidthType.DXA },
                      verticalAlign: 'bottom',
                      children: [
                        new Paragraph({ spacing: { before: 360 }, children: runs(p.name, true) }),
                        new Paragraph({ children: runs(p.title) }),
                        new Paragraph({ children: runs(p.organisation) }),
                        ...(p.note ? [new Paragraph({ children: [new TextRun({ text: xmlText(p.note), italics: true })] })] : []),
                      ],
                    }),
                    new TableCell({
                      width: { size: widths[1]!, type: WidthType.DXA },
                      borders: line,
                      verticalAlign: 'bottom',
                      children: [new Paragraph({ children: p.signed ? runs(p.signed) : [] })],
                    }),
                    new TableCell({ width: { size: widths[2]!, type: WidthType.DXA }, children: [new Paragraph({})] }),
                    new TableCell({ width: { size: widths[3]!, type: WidthType.DXA }, borders: line, children: [new Paragraph({})] }),
                  ],
                }),
            ),
          ],
        }),
      ];
    }
  }
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

export async function planDocx(doc: PlanDocument, language: string): Promise<Buffer> {
  const counter = { next: 1 };
  const body: Array<Paragraph | Table | TableOfContents> = [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title) })];
  const blocks = (list: Block[]) => list.flatMap((block, i) => blockDocx(block, counter, list[i + 1] !== undefined && list[i + 1]!.kind !== 'paragraph'));
  body.push(...blocks(doc.front));
  if (doc.contentsTitle) {
    body.push(new Paragraph({ spacing: { before: 240 }, children: runs(doc.contentsTitle, true) }));
    body.push(new TableOfContents(xmlText(doc.contentsTitle), { hyperlink: true, headingStyleRange: '1-3' }));
  }
  for (const { section, depth } of outline(doc)) {
    body.push(
      new Paragraph({ heading: HEADINGS[Math.min(depth, HEADINGS.length) - 1], pageBreakBefore: section.startsPage, keepNext: true, keepLines: true, children: runs(section.title) }),
    );
    body.push(...blocks(section.blocks));
  }

  const small = 16;
  const document = new Document({
    title: xmlText(doc.title),
    creator: 'beredskab',
    description: xmlText(doc.footer.text),
    features: { updateFields: true },
    styles: {
      // Word's built-in heading styles, with their outline levels: the navigation pane and the table of contents use them.
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: language } }, paragraph: { spacing: { after: 120 } } },
        title: { run: { font: 'Calibri', size: 44, bold: true }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { font: 'Calibri', size: 30, bold: true }, paragraph: { outlineLevel: 0, keepNext: true, keepLines: true, spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: 'Calibri', size: 25, bold: true }, paragraph: { outlineLevel: 1, keepNext: true, keepLines: true, spacing: { before: 240, after: 80 } } },
        heading3: { run: { font: 'Calibri', size: 23, bold: true }, paragraph: { outlineLevel: 2, keepNext: true, keepLines: true, spacing: { before: 200, after: 60 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 540, hanging: 270 } } } }],
        },
        {
          reference: NUMBERS,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 540, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ children: [new TextRun({ text: xmlText(doc.footer.text), size: small, color: '444444' })] }),
              new Paragraph({ children: [new TextRun({ text: xmlText(doc.footer.signing), size: small, color: '444444' })] }),
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ size: small, color: '444444', children: [`${doc.footer.page} `, PageNumber.CURRENT, ` ${doc.footer.of} `, PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
