import type { Block } from './paragraphs.ts';
import type { Segment } from './quotations.ts';

/** A document block ready to render: its text split at cited words, and the ids of arguments quoting it. */
export interface RenderedBlock extends Block {
  segments: Segment[];
  quotedBy: Array<{ id: string; data: { title: string } }>;
}
