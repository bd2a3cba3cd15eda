import { describe, expect, it } from 'vitest';
import { precacheList, serviceWorkerSource, type BundleItem } from '../../scripts/sw-plugin';

const chunk = (
  fileName: string,
  isEntry: boolean,
  imports: string[] = [],
  facadeModuleId: string | null = null,
): BundleItem => ({
  type: 'chunk',
  fileName,
  isEntry,
  imports,
  facadeModuleId,
});
const asset = (fileName: string): BundleItem => ({ type: 'asset', fileName, source: '' });
const bundleOf = (...items: BundleItem[]) => Object.fromEntries(items.map((i) => [i.fileName, i]));

describe('precacheList', () => {
  // The build as it is: one entry chunk, its stylesheet, a boundary chunk behind import(), the import worker as an asset.
  const build = bundleOf(
    chunk('assets/index-abc.js', true, ['assets/shared-def.js']),
    chunk('assets/shared-def.js', false),
    chunk('assets/boundaries-123.js', false, ['assets/shared-def.js']),
    chunk('assets/xlsx-456.js', false),
    chunk('assets/Teman-1a.js', false, ['assets/form-2b.js'], '/work/app/src/views/Teman.svelte'),
    chunk('assets/form-2b.js', false),
    chunk('assets/Matrix-3c.js', false, [], '/work/app/src/views/jamfor/Matrix.svelte'),
    asset('assets/import.worker-789.js'),
    asset('assets/index-abc.css'),
    asset('assets/logo-1.svg'),
    asset('assets/index-abc.js.map'),
    asset('index.html'),
  );

  it.each([
    ['the page, once, as ./', './', true],
    ['index.html (the same file as ./)', './index.html', false],
    ['the entry chunk', './assets/index-abc.js', true],
    ['a chunk the entry imports statically', './assets/shared-def.js', true],
    ['the stylesheet', './assets/index-abc.css', true],
    ['another non-script asset', './assets/logo-1.svg', true],
    ['the public icon and manifest', './favicon.svg', true],
    ['the manifest', './manifest.webmanifest', true],
    ['a chunk only reached by import()', './assets/boundaries-123.js', false],
    ['another lazy chunk', './assets/xlsx-456.js', false],
    ['a route view loaded on first visit', './assets/Teman-1a.js', true],
    ['what a route view imports statically', './assets/form-2b.js', true],
    ['a lazy part of a view (not a route view)', './assets/Matrix-3c.js', false],
    ['the import worker (a script emitted as an asset)', './assets/import.worker-789.js', false],
    ['a source map', './assets/index-abc.js.map', false],
  ])('%s: %s precached = %s', (_, file, expected) => expect(precacheList(build).includes(file)).toBe(expected));

  it('lists each file once, the page first, the rest sorted', () => {
    const list = precacheList(build);
    expect(new Set(list).size).toBe(list.length);
    expect(list[0]).toBe('./');
    expect(list.slice(1)).toEqual([...list.slice(1)].sort());
  });

  it('follows static imports through several levels and ignores cycles', () => {
    const b = bundleOf(
      chunk('a.js', true, ['b.js']),
      chunk('b.js', false, ['c.js']),
      chunk('c.js', false, ['b.js']),
      chunk('d.js', false),
    );
    expect(precacheList(b, [])).toEqual(['./', './a.js', './b.js', './c.js']);
  });
});

describe('serviceWorkerSource', () => {
  const source = serviceWorkerSource('planatlas-abc', ['./', './a.js']);
  it.each([
    ['names its cache', 'const VERSION = "planatlas-abc"'],
    ['lists the precache', 'const FILES = ["./","./a.js"]'],
    ['caches on-demand build files when first fetched', "scoped('./assets/')"],
    ['falls back to the page for navigations offline', "request.mode === 'navigate'"],
    ['waits to be asked before taking over', "event.data === 'skipWaiting'"],
  ])('%s', (_, part) => expect(source).toContain(part));

  it('is valid JavaScript', () => {
    expect(() => new Function(source)).not.toThrow();
  });
});
