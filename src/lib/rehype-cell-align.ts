import type { Element, Root } from 'hast';

function walk(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const align = child.properties['align'];
    if ((child.tagName === 'th' || child.tagName === 'td') && typeof align === 'string') {
      delete child.properties['align'];
      const classes = Array.isArray(child.properties['className']) ? child.properties['className'] : [];
      child.properties['className'] = [...classes, `align-${align}`];
    }
    walk(child);
  }
}

/**
 * A rehype plugin: a GFM table cell's alignment (`| :---: |`), which remark-rehype writes as an `align`
 * property, becomes the class `align-left`, `align-center` or `align-right` for a stylesheet to honour.
 * The MDX compiler would otherwise turn `align` into an inline `style="text-align:…"`, which the site's
 * Content-Security-Policy (`style-src 'self'`, no `'unsafe-inline'`) refuses; `align` is also obsolete HTML.
 */
export function rehypeCellAlign() {
  return (tree: Root): void => walk(tree);
}
