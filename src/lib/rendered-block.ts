import type { Block } from './paragraphs.ts';
import type { Segment } from './quotations.ts';

/** A document block ready to render: its text split at cited words, and the ids of arguments quoting it. */
export interface RenderedBlock extends Block {
  /** The text split at cited words; cited words carry the original's URL at those words, when the capture has them. */
  segments: Array<Segment & { original?: string | undefined }>;
  quotedBy: Array<{ id: string; data: { title: string } }>;
}
