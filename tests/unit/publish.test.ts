import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  cspHash,
  DATA_ID,
  DATA_SLOT,
  embedPublication,
  escapeJsonForHtml,
  inlineSafe,
  publicationFileName,
  readPublication,
  viewerCsp,
  type Publication,
} from '$lib/io/publish';
import { published } from '$lib/state/published';
import { ROUTES, type Route } from '$lib/state/url';
import { inlineViewer, OMITTED } from '../../scripts/viewer-plugin';

const TEMPLATE = `<!doctype html><html><head><meta charset="utf-8" /></head><body>${DATA_SLOT}<script type="module">x()</script></body></html>`;

const publication = (titel: string): Publication => ({
  meta: {
    region: 'ex-sjuharad',
    regionName: 'Sjuhärad',
    published: '2026-12-07T05:00:00.000Z',
    dataDate: '',
    sources: [],
  },
  tables: { measures: [{ id: 'a', kommunkod: '1490', titel }] },
  boundaries: [],
});

/** The data block's text in a published file. */
const block = (html: string) =>
  new RegExp(`<script type="application/json" id="${DATA_ID}">([\\s\\S]*?)</script>`).exec(html)?.[1];

describe('escapeJsonForHtml', () => {
  it.each([
    ['<', '"\\u003c"'],
    ['>', '"\\u003e"'],
    ['&', '"\\u0026"'],
    ['\u2028', '"\\u2028"'],
    ['\u2029', '"\\u2029"'],
    ['</script>', '"\\u003c/script\\u003e"'],
    ['<!--', '"\\u003c!--"'],
    ['Borås "x" \\ y', '"Borås \\"x\\" \\\\ y"'],
  ])('%j is written as %s and read back unchanged', (raw, escaped) => {
    const out = escapeJsonForHtml(JSON.stringify(raw));
    expect(out).toBe(escaped);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toBe(raw);
  });
});

describe('embedPublication', () => {
  it.each([
    '</script><script>alert(1)</script>',
    '<!--<script>',
    "$& $' $` $$",
    'a\u2028b\u2029c',
    '</SCRIPT >',
    'Åtgärd & uppföljning <2026>',
  ])('a title %j stays one data block and reads back as text', (titel) => {
    const html = embedPublication(TEMPLATE, publication(titel));
    expect(html.match(/<\/script>/gi)).toHaveLength(2);
    expect(html.startsWith(TEMPLATE.slice(0, TEMPLATE.indexOf(DATA_SLOT)))).toBe(true);
    expect(html.endsWith('<script type="module">x()</script></body></html>')).toBe(true);
    expect(readPublication(block(html))).toEqual(publication(titel));
  });

  it.each([
    ['no data block', TEMPLATE.replace(DATA_SLOT, '')],
    ['two data blocks', TEMPLATE.replace(DATA_SLOT, DATA_SLOT + DATA_SLOT)],
  ])('refuses a template with %s', (_, template) => {
    expect(() => embedPublication(template, publication('x'))).toThrow(/one data block/);
  });
});

describe('readPublication', () => {
  it.each([
    ['the bare template', 'null', null],
    ['no text', '', null],
    ['not a publication', '{"a":1}', null],
    ['a publication', JSON.stringify(publication('x')), publication('x')],
  ])('%s', (_, text, expected) => {
    expect(readPublication(text)).toEqual(expected);
  });
});

describe('cspHash', () => {
  it.each([
    ['', "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
    ['abc', "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='"],
    ['Borås', `'sha256-${createHash('sha256').update('Borås', 'utf8').digest('base64')}'`],
    ['x()\n', `'sha256-${createHash('sha256').update('x()\n').digest('base64')}'`],
  ])('%j → %s', async (text, expected) => {
    expect(await cspHash(text)).toBe(expected);
  });
});

describe('viewerCsp', () => {
  it.each([
    [["'sha256-a'"], ["'sha256-b'"], "script-src 'sha256-a'", "style-src 'sha256-b'"],
    [["'sha256-a'", "'sha256-c'"], [], "script-src 'sha256-a' 'sha256-c'", "style-src 'none'"],
    [[], [], "script-src 'none'", "style-src 'none'"],
  ])('scripts %j, styles %j', (scripts, styles, scriptSrc, styleSrc) => {
    const csp = viewerCsp(scripts, styles);
    const directives = csp.split('; ');
    expect(directives).toContain(scriptSrc);
    expect(directives).toContain(styleSrc);
    for (const d of ["default-src 'none'", "connect-src 'none'", "worker-src 'none'", "base-uri 'none'"])
      expect(directives).toContain(d);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
  });
});

describe('inlineSafe', () => {
  it.each([
    ['script', 'const s = "</script>";', 'const s = "<\\/script>";'],
    ['script', 'const s = `</SCRIPT>`;', 'const s = `<\\/SCRIPT>`;'],
    ['script', 'const r = /<\\/script>/u;', 'const r = /<\\/script>/u;'],
    ['script', 'const s = "</style>";', 'const s = "</style>";'],
    ['style', '.a::after { content: "</style>"; }', '.a::after { content: "<\\/style>"; }'],
  ] as const)('%s: %s → %s', (tag, code, expected) => {
    expect(inlineSafe(code, tag)).toBe(expected);
  });

  it.each(['const s = "</script>";', 'const s = `</script>`;', 'const r = /<\\/script>/u; const s = r.source;'])(
    'the script %s means the same after',
    (code) => {
      const run = (c: string) => new Function(`${c}; return typeof s === 'string' ? s : r.source;`)() as string;
      expect(run(inlineSafe(code, 'script'))).toBe(run(code));
    },
  );

  it('refuses code with both <!-- and <script', () => {
    expect(() => inlineSafe('a = "<!--"; b = "<script>";', 'script')).toThrow(/<!--/);
  });
});

describe('inlineViewer', () => {
  const built =
    '<!doctype html><html><head><meta charset="utf-8" />\n<script type="module" crossorigin src="./assets/viewer-x.js"></script>\n<link rel="stylesheet" crossorigin href="./assets/style-x.css"></head>' +
    `<body><script type="application/json" id="${DATA_ID}">\n  null\n</script></body></html>`;

  it.each([
    ['code and style', 'console.log("</script>")', 'body{color:red}'],
    ['code with $& and no style', 'x.replace(/a/, "$&$1")', ''],
  ])('%s: inlined, nothing linked, the CSP names their hashes', async (_, js, css) => {
    const html = await inlineViewer(built, js, css);
    expect(html).not.toMatch(/\ssrc=|<link/);
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(script).toBe(inlineSafe(js, 'script'));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain(`script-src ${sha(script)};`);
    if (css) expect(csp).toContain(`style-src ${sha(/<style>([\s\S]*?)<\/style>/.exec(html)![1])};`);
    else expect(csp).toContain("style-src 'none'");
    expect(html).toContain(DATA_SLOT);
  });
});

describe('publicationFileName', () => {
  it.each([
    ['sjuharad', '2026-12-07', 'planatlas-sjuharad-2026-12-07.html'],
    ['sverige', '2027-01-31', 'planatlas-sverige-2027-01-31.html'],
  ])('%s, %s → %s', (slug, date, expected) => {
    expect(publicationFileName(slug, date)).toBe(expected);
  });
});

describe('published.has: the views a link may lead to', () => {
  const LEFT_OUT: Route[] = ['data', 'teman', 'insamling'];
  it.each(ROUTES.map((r) => [r, !LEFT_OUT.includes(r)] as const))('%s in the published file: %s', (route, here) => {
    published.readOnly = true;
    try {
      expect(published.has(route)).toBe(here);
    } finally {
      published.readOnly = false;
    }
    expect(published.has(route), 'in the app').toBe(true);
  });

  it('the published build puts the not-in-this-file page in place of exactly those views', () => {
    const views = Object.entries(OMITTED)
      .filter(([, to]) => to.endsWith('/NotPublished.svelte'))
      .map(([from]) => from)
      .sort();
    expect(views).toEqual(['src/views/Data.svelte', 'src/views/Insamling.svelte', 'src/views/Teman.svelte']);
  });
});
