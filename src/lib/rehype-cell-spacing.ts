import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Elements whose children are rows, row groups or cells: the places where cells' words meet. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

const isBlank = (node: RootContent): boolean => node.type === 'text' && node.value.trim() === '';

function space(parent: Element): void {
  const kept = parent.children.filter((child) => !isBlank(child));
  parent.children = kept.flatMap((child, i): ElementContent[] =>
    i === 0 ? [child] : [{ type: 'text', value: ' ' }, child],
  );
}

function walk(node: Root | Element): void {
  if (node.type === 'element' && TABLE_PARTS.has(node.tagName)) space(node);
  for (const child of node.children) if (child.type === 'element') walk(child);
}

/**
 * A rehype plugin: within every `<table>`, `<thead>`, `<tbody>`, `<tfoot>` and `<tr>`, each child is
 * separated from the next by one text node holding a single space, and whitespace-only text there is
 * replaced by it. Nothing else changes. Without it, adjacent cells reach the page as `<th>a</th><th>b</th>`
 * and a search indexer reading the page's text fuses their words ("ab").
 *
 * A space rather than a line break because the MDX compiler (hast-util-to-estree) drops text nodes that
 * are exactly "\n" from table elements, the line breaks remark-rehype puts there, and keeps any other.
 */
export function rehypeCellSpacing() {
  return (tree: Root): void => walk(tree);
}
