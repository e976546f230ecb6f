import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypeCellAlign } from '../../src/lib/rehype-cell-align';

const cell = (tagName: string, properties: Element['properties']): Element => ({
  type: 'element',
  tagName,
  properties,
  children: [],
});

function aligned(node: Element): Element {
  rehypeCellAlign()({
    type: 'root',
    children: [{ type: 'element', tagName: 'table', properties: {}, children: [node] }],
  } satisfies Root);
  return node;
}

describe('rehypeCellAlign', () => {
  test.each(['left', 'center', 'right'])(
    'returns a cell aligned %s with a class instead of an align property',
    (align) => {
      expect(aligned(cell('td', { align })).properties).toEqual({ className: [`align-${align}`] });
    },
  );

  test('returns the cell’s own classes kept before the alignment class', () => {
    expect(aligned(cell('th', { align: 'right', className: ['total'] })).properties).toEqual({
      className: ['total', 'align-right'],
    });
  });

  test('returns a cell without alignment unchanged', () => {
    expect(aligned(cell('td', {})).properties).toEqual({});
  });

  test('returns an align property on an element that is not a cell unchanged', () => {
    expect(aligned(cell('p', { align: 'center' })).properties).toEqual({ align: 'center' });
  });
});
