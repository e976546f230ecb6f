import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypeCellSpacing } from '../../src/lib/rehype-cell-spacing';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const cell = (tagName: string, words: string) => el(tagName, [text(words)]);

function spaced(tree: Root): Root {
  rehypeCellSpacing()(tree);
  return tree;
}

describe('rehypeCellSpacing', () => {
  test('returns cells separated by one space when a row has none between them', () => {
    const row = el('tr', [cell('th', 'Name'), cell('th', 'Role')]);
    spaced({ type: 'root', children: [el('table', [el('thead', [row])])] });
    expect(row.children).toEqual([cell('th', 'Name'), text(' '), cell('th', 'Role')]);
  });

  test('returns rows and row groups separated by one space, line breaks replaced', () => {
    const tbody = el('tbody', [text('\n'), el('tr'), text('\n'), el('tr'), text('\n')]);
    const table = el('table', [el('thead'), tbody]);
    spaced({ type: 'root', children: [table] });
    expect(table.children).toEqual([el('thead'), text(' '), tbody]);
    expect(tbody.children).toEqual([el('tr'), text(' '), el('tr')]);
  });

  test('returns the words inside a cell unchanged', () => {
    const th = el('th', [text('Ann '), el('em', [text('Lee')])]);
    spaced({ type: 'root', children: [el('table', [el('tr', [th])])] });
    expect(th.children).toEqual([text('Ann '), el('em', [text('Lee')])]);
  });

  test('returns elements outside tables unchanged', () => {
    const list = el('ul', [el('li', [text('a')]), el('li', [text('b')])]);
    spaced({ type: 'root', children: [list] });
    expect(list.children).toEqual([el('li', [text('a')]), el('li', [text('b')])]);
  });

  test('returns the same tree when applied twice', () => {
    const tree: Root = { type: 'root', children: [el('table', [el('tr', [cell('td', 'a'), cell('td', 'b')])])] };
    const once = structuredClone(spaced(tree));
    expect(spaced(tree)).toEqual(once);
  });
});
