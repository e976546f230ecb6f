import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  minifyModule,
  quickerStart,
  recompress,
  slimPagefind,
  START_POLL_MS,
} from '../../src/integrations/pagefind-assets';

const MODULE = `
const pagefind_version = "1.6.0";
function longDescriptiveName(searchTerm) { return { term: searchTerm, version: pagefind_version }; }
export async function search(term) { return longDescriptiveName(term); }
export const options = (o) => ({ ...o, applied: true });
const asyncSleep = (ms) => new Promise((r) => setTimeout(r, ms));
class Instance {
  async getPtr() {
    while (this.raw_ptr === null) {
      if (this.initError) {
        throw this.initError;
      }
      await asyncSleep(50);
    }
    return this.raw_ptr;
  }
}
export const pointer = () => new Instance().getPtr.toString();
`;

/** The module's exports, called, as a plain object: what a page importing it would see. */
async function exercise(source: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as Record<string, unknown>;
  const search = module['search'] as (t: string) => Promise<unknown>;
  const options = module['options'] as (o: object) => unknown;
  return { names: Object.keys(module).sort(), search: await search('isis'), options: options({ baseUrl: '/' }) };
}

// Compressible but not trivially so, like WebAssembly.
const DATA = Buffer.from(Array.from({ length: 20_000 }, (_, i) => ((i * 7919) % 251) ^ (i >> 6)));

describe('minifyModule', () => {
  test('returns a shorter module with the same exports doing the same thing', async () => {
    const minified = await minifyModule(MODULE);
    expect(minified.length).toBeLessThan(MODULE.length);
    expect(minified).not.toContain('longDescriptiveName');
    expect(await exercise(minified)).toEqual(await exercise(MODULE));
  });
});

describe('quickerStart', () => {
  test('makes the start-up poll of getPtr, and nothing else, check every START_POLL_MS ms', () => {
    const quicker = quickerStart(MODULE);
    expect(quicker).toBe(MODULE.replace('await asyncSleep(50);', `await asyncSleep(${START_POLL_MS});`));
    expect(START_POLL_MS).toBeLessThan(50);
  });

  test('finds the poll in the script as Pagefind writes it, without line breaks or indentation', () => {
    const compact =
      'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}}';
    expect(quickerStart(compact)).toBe(compact.replace('asyncSleep(50)', `asyncSleep(${START_POLL_MS})`));
  });

  test('throws when pagefind.js has no such poll, or another than expected', () => {
    expect(() => quickerStart('export const search = () => [];')).toThrow('found 0');
    expect(() => quickerStart(MODULE.replace('asyncSleep(50)', 'asyncSleep(100)'))).toThrow('found 0');
    expect(() => quickerStart(MODULE + MODULE)).toThrow('found 2');
  });
});

describe('recompress', () => {
  test('returns a gzip stream of the same bytes, smaller than gzip at its best level', async () => {
    const best = gzipSync(DATA, { level: 9 });
    const out = await recompress(best);
    expect(gunzipSync(out).equals(DATA)).toBe(true);
    expect(out.length).toBeLessThan(best.length);
  });

  test('throws when the input is not gzip', async () => {
    await expect(recompress(DATA)).rejects.toThrow('not a gzip stream');
  });
});

describe('slimPagefind', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'slim-pagefind-'));
    await writeFile(
      path.join(dir, 'pagefind-entry.json'),
      JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en' } } }),
    );
    await writeFile(path.join(dir, 'pagefind.js'), MODULE);
    await writeFile(path.join(dir, 'wasm.en.pagefind'), gzipSync(DATA, { level: 9 }));
    await writeFile(path.join(dir, 'wasm.unknown.pagefind'), 'left alone');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  test('minifies the script and recompresses the WebAssembly of the languages in use, in place', async () => {
    const slimmed = await slimPagefind(dir);
    expect(slimmed.map((s) => s.file)).toEqual(['pagefind.js', 'wasm.en.pagefind']);
    for (const s of slimmed) expect(s.after).toBeLessThan(s.before);
    const script = await readFile(path.join(dir, 'pagefind.js'), 'utf8');
    expect(await exercise(script)).toEqual(await exercise(quickerStart(MODULE)));
    expect(gunzipSync(await readFile(path.join(dir, 'wasm.en.pagefind'))).equals(DATA)).toBe(true);
    expect(await readFile(path.join(dir, 'wasm.unknown.pagefind'), 'utf8')).toBe('left alone');
  });

  test('names the file it could not slim', async () => {
    await writeFile(path.join(dir, 'wasm.en.pagefind'), 'not compressed');
    await expect(slimPagefind(dir)).rejects.toThrow(`Could not slim Pagefind's ${path.join(dir, 'wasm.en.pagefind')}`);
  });
});
