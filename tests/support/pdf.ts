/**
 * Reading a PDF the browser printed, for end-to-end tests: its pages' text (pdftotext), where a word is
 * (pdftotext -bbox, in points from the page's top left) and its pixels (pdftoppm at 72 dpi: a pixel is
 * a point). The callers skip with tests/support/needs.ts when the tools are missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { systemTool } from './needs';

export const PDFTOTEXT = systemTool('pdftotext');
export const PDFTOPPM = systemTool('pdftoppm');

/**
 * The page printed to PDF as the browser's own "Skriv ut" would (A4, the page's own @page rules), then
 * back on screen. A browser's own print fires `beforeprint` first; emulated print media is only heard
 * (matchMedia's `change`, where the timeline draws every lane and Rapport every kommunblad) at the next
 * rendering step: the PDF is made after it, or it can miss what print media adds.
 */
export async function printPdf(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: null });
  return pdf;
}

function saved(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'planatlas-pdf-')), 'out.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** The text of each page. */
export function pdfPages(pdf: Buffer): string[] {
  return execFileSync(PDFTOTEXT.located(), ['-layout', saved(pdf), '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1);
}

export interface PdfWord {
  /** 1-based page number. */
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every word with its box, page by page; also each page's size. */
export function pdfWords(pdf: Buffer): { words: PdfWord[]; pages: { width: number; height: number }[] } {
  const html = execFileSync(PDFTOTEXT.located(), ['-bbox', saved(pdf), '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const words: PdfWord[] = [];
  const pages: { width: number; height: number }[] = [];
  for (const pg of html.split('<page ').slice(1)) {
    pages.push({ width: Number(/width="([\d.]+)"/.exec(pg)![1]), height: Number(/height="([\d.]+)"/.exec(pg)![1]) });
    for (const m of pg.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ))
      words.push({
        page: pages.length,
        text: m[5].replace(/&amp;/g, '&'),
        x0: +m[1],
        y0: +m[2],
        x1: +m[3],
        y1: +m[4],
      });
  }
  return { words, pages };
}

export interface Raster {
  width: number;
  height: number;
  /** RGB of the pixel at (x, y). */
  at(x: number, y: number): [number, number, number];
}

/** One page as pixels at 72 dpi (pdftoppm's PPM: a short header, then RGB bytes). */
export function pdfRaster(pdf: Buffer, page: number): Raster {
  const dir = mkdtempSync(join(tmpdir(), 'planatlas-ppm-'));
  execFileSync(PDFTOPPM.located(), [
    '-r',
    '72',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    saved(pdf),
    join(dir, 'p'),
  ]);
  const bytes = readFileSync(join(dir, 'p.ppm'));
  // "P6\n<w> <h>\n255\n" then the pixels.
  const head = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
  const [width, height, offset] = [Number(head[1]), Number(head[2]), head[0].length];
  return {
    width,
    height,
    at: (x, y) => {
      const i = offset + (Math.round(y) * width + Math.round(x)) * 3;
      return [bytes[i], bytes[i + 1], bytes[i + 2]];
    },
  };
}

/** How many pixel columns in the box hold colour (not white, grey or black): where something is drawn. */
export function colouredColumns(r: Raster, box: { x0: number; y0: number; x1: number; y1: number }): number {
  let n = 0;
  for (let x = Math.max(0, Math.floor(box.x0)); x < Math.min(r.width, box.x1); x++)
    for (let y = Math.max(0, Math.floor(box.y0)); y < Math.min(r.height, box.y1); y++) {
      const [a, b, c] = r.at(x, y);
      if (Math.max(a, b, c) - Math.min(a, b, c) > 40) {
        n++;
        break;
      }
    }
  return n;
}
