// Validates the built /bibliography.json against the official CSL-JSON schema (vendored in
// tests/fixtures/csl-schema/), and checks that its dates have the precision every other output gives:
// an approximate date is its year, marked circa, as in the printed citations, the BibTeX and the JSON-LD.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Ajv } from 'ajv';
import { byId, loadContent } from '../../../scripts/lib/content.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const schema = readJson(path.join(root, 'tests/fixtures/csl-schema/csl-data.json')) as object;
// The official schema uses union types ("type": ["string", "number"]), which Ajv's strict mode asks
// to allow explicitly; allErrors so that a failure lists every fault at once.
const validate = new Ajv({ allowUnionTypes: true, allErrors: true }).compile(schema);

interface Item {
  id: string;
  issued?: { 'date-parts': number[][]; circa?: boolean };
}

describe('/bibliography.json', () => {
  for (const dir of ['dist', '.build/dist-other']) {
    test(`${dir}: every item is valid CSL-JSON`, () => {
      const items = readJson(path.join(root, dir, 'bibliography.json'));
      assert.ok(validate(items), JSON.stringify(validate.errors, null, 2));
    });
  }

  test('rejects an item the schema forbids, so a pass means something', () => {
    assert.equal(validate([{ id: 'x', type: 'not-a-type', title: 'T' }]), false);
    assert.equal(validate([{ id: 'x', type: 'book', issued: { 'date-parts': [[2017]], when: 'ca' } }]), false);
  });

  test('gives each date at the precision the content records, an approximate one as its year with circa', () => {
    const items = readJson(path.join(root, 'dist/bibliography.json')) as Item[];
    const content = loadContent();
    const documents = byId(content.documents);
    const sources = byId(content.sources);
    let approximate = 0;
    for (const item of items) {
      const [kind, ...rest] = item.id.split('-');
      const id = rest.join('-');
      const date = kind === 'document' ? documents.get(id)?.data.published : sources.get(id)?.data.date;
      assert.notEqual(date, undefined, `${item.id} is not a document or source of the content`);
      if (!date) {
        assert.equal(item.issued, undefined, `${item.id} has a date the content does not record`);
        continue;
      }
      const isApproximate = date.precision === 'approximate';
      if (isApproximate) approximate += 1;
      const expected = (isApproximate ? date.value.slice(0, 4) : date.value).split('-').map(Number);
      assert.deepEqual(
        item.issued,
        isApproximate ? { 'date-parts': [expected], circa: true } : { 'date-parts': [expected] },
        item.id,
      );
    }
    assert.ok(approximate > 0, 'the content has no approximate date to check');
  });
});
