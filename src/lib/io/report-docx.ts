/**
 * The report as a Word document (issue 24): a list of blocks (headings, paragraphs, tables) made by the
 * app from the same data and sentences as the screen, written with `docx` in Word's own styles
 * (Title, Heading 1–3, Table Grid, Caption) so a county office can restyle it with its template.
 * `docx` is loaded here only, and this module only in the report worker.
 *
 * Tables are written as WordprocessingML text, not as `docx` objects: a report for all of Sweden has
 * 17 400 measure rows, and `docx` made four objects and a formatted run per cell (most of the time and
 * the garbage). `docx` writes the document with a marker paragraph where each table goes; the markers
 * are then replaced in word/document.xml, and the "Table Grid" style the tables name is added to
 * word/styles.xml (`docx` does not define it, so Word drew the tables without borders).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export type ReportBlock =
  | { kind: 'h1' | 'h2' | 'h3'; text: string; pageBreak?: boolean }
  | { kind: 'p'; text: string; bold?: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][]; caption?: string }
  /** A PNG drawn on the page (map, matrix), sized to the page's width, with alt text and a caption under it. */
  | { kind: 'picture'; png: Uint8Array; title: string; description: string; caption: string };

export interface ReportDoc {
  lang: 'sv' | 'en';
  title: string;
  subtitle: string;
  dateLine: string;
  sourceLine: string;
  contents: string;
  /** The text Word shows in the table of contents until it is updated (F9). */
  contentsHint: string;
  blocks: ReportBlock[];
}

/** The .docx bytes of a report; `progress` is told the share done (0–1) as blocks are made. */
export async function reportDocx(doc: ReportDoc, progress: (share: number) => void = () => {}): Promise<Uint8Array> {
  const d = await import('docx');
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, TableOfContents, ImageRun } = d;
  const language = doc.lang === 'en' ? 'en-GB' : 'sv-SE';
  const heading = { h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 } as const;
  const tables: string[] = [];
  // The marker paragraph's text carries a number drawn for this document, so no text of the report can be taken for it.
  const mark = `PLANATLAS-TABLE-${Math.random().toString(36).slice(2)}-`;
  const body: InstanceType<typeof Paragraph>[] = [];
  doc.blocks.forEach((b, i) => {
    switch (b.kind) {
      case 'h1':
      case 'h2':
      case 'h3':
        body.push(new Paragraph({ text: b.text, heading: heading[b.kind], pageBreakBefore: !!b.pageBreak }));
        break;
      case 'p':
        body.push(
          new Paragraph({
            children: [...(b.bold ? [new TextRun({ text: `${b.bold} `, bold: true })] : []), new TextRun(b.text)],
          }),
        );
        break;
      case 'bullets':
        for (const item of b.items) body.push(new Paragraph({ text: item, bullet: { level: 0 } }));
        break;
      case 'table':
        body.push(new Paragraph({ text: `${mark}${tables.length}` }));
        tables.push(tableXml(b.head, b.rows));
        if (b.caption) body.push(new Paragraph({ text: b.caption, style: 'Caption' }));
        break;
      case 'picture':
        body.push(
          new Paragraph({
            keepNext: true,
            children: [
              new ImageRun({
                type: 'png',
                data: b.png,
                transformation: pictureSize(b.png),
                altText: { name: b.title, title: b.title, description: b.description },
              }),
            ],
          }),
          new Paragraph({ text: b.caption, style: 'Caption' }),
        );
    }
    if (i % 200 === 0) progress((i / doc.blocks.length) * 0.8);
  });
  const document = new Document({
    creator: 'Planatlas',
    title: doc.title,
    description: doc.subtitle,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { language: { value: language } } as never } },
      paragraphStyles: [
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', next: 'Normal', run: { italics: true, size: 18 } },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: doc.subtitle }),
          new Paragraph({ text: doc.dateLine }),
          new Paragraph({ text: doc.sourceLine }),
          new Paragraph({ text: doc.contents, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
          new TableOfContents(doc.contentsHint, { hyperlink: true, headingStyleRange: '1-2' }),
          ...body,
        ],
      },
    ],
  });
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(document)));
  progress(0.9);
  let placed = 0;
  const marked = new RegExp(`<w:p><w:r><w:t xml:space="preserve">${mark}(\\d+)</w:t></w:r></w:p>`, 'g');
  const xml = strFromU8(files['word/document.xml']).replace(marked, (_, i: string) => {
    placed++;
    return tables[Number(i)];
  });
  if (placed !== tables.length) throw new Error(`report-docx: ${placed} of ${tables.length} tables placed`);
  files['word/document.xml'] = strToU8(xml);
  files['word/styles.xml'] = strToU8(
    strFromU8(files['word/styles.xml']).replace('</w:styles>', `${TABLE_GRID}</w:styles>`),
  );
  const bytes = zipSync(files, { level: 6 });
  progress(1);
  return bytes;
}

/** The text width of an A4 page with `docx`'s default margins (twentieths of a point). */
const TEXT_WIDTH = 9026;

/** The text area of an A4 page with `docx`'s default margins in px (96 per inch), less room for a caption. */
const PAGE_PX = { w: TEXT_WIDTH / 15, h: (16838 - 2 * 1440) / 15 - 80 };

/** A PNG's size (from its IHDR chunk) scaled to the page's width, or less where it would be taller than the page. */
export function pictureSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const w = Math.max(1, view.getUint32(16));
  const h = Math.max(1, view.getUint32(20));
  const scale = Math.min(PAGE_PX.w / w, PAGE_PX.h / h);
  return { width: Math.round(w * scale), height: Math.round(h * scale) };
}

/** XML text: the five escapes, without the control characters XML 1.0 does not allow. */
const esc = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex -- dropping the control characters XML forbids is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

const run = (text: string, bold = false) =>
  text
    ? `<w:p><w:r>${bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`
    : '<w:p/>';

/** A table in "Table Grid": a header row repeated on each page, no row split across pages, one paragraph per cell. */
export function tableXml(head: string[], rows: string[][]): string {
  const col = Math.floor(TEXT_WIDTH / Math.max(1, head.length));
  const out: string[] = [
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:type="auto" w:w="0"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${`<w:gridCol w:w="${col}"/>`.repeat(head.length)}</w:tblGrid>`,
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${head.map((h) => `<w:tc>${run(h, true)}</w:tc>`).join('')}</w:tr>`,
  ];
  for (const r of rows)
    out.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((c) => `<w:tc>${run(c)}</w:tc>`).join('')}</w:tr>`);
  out.push('</w:tbl>');
  return out.join('');
}

/** Word's own "Table Grid": single lines around and between the cells, no space after paragraphs in them. */
const TABLE_GRID =
  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
    .join('') +
  '</w:tblBorders></w:tblPr></w:style>';
