/**
 * The report as a Word document (issue 24): a list of blocks (headings, paragraphs, tables) made by the
 * app from the same data and sentences as the screen, written with `docx` in Word's own styles
 * (Title, Heading 1–3, Table Grid, Caption) so a county office can restyle it with its template.
 * `docx` is loaded here only, and this module only in the report worker.
 */
export type ReportBlock =
  | { kind: 'h1' | 'h2' | 'h3'; text: string; pageBreak?: boolean }
  | { kind: 'p'; text: string; bold?: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][]; caption?: string };

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
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, TableOfContents } = d;
  const language = doc.lang === 'en' ? 'en-GB' : 'sv-SE';
  const heading = { h1: HeadingLevel.HEADING_1, h2: HeadingLevel.HEADING_2, h3: HeadingLevel.HEADING_3 } as const;
  const cell = (text: string, header = false) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
    });
  const body: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [];
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
        body.push(
          new Table({
            style: 'TableGrid',
            rows: [
              new TableRow({ tableHeader: true, cantSplit: true, children: b.head.map((h) => cell(h, true)) }),
              ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) })),
            ],
          }),
        );
        if (b.caption) body.push(new Paragraph({ text: b.caption, style: 'Caption' }));
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
  const blob = await Packer.toBlob(document);
  progress(1);
  return new Uint8Array(await blob.arrayBuffer());
}
