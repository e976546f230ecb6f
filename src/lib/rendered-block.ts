import type { Block } from './paragraphs.ts';
import type { MarkedSegment } from './quoted-words.ts';

/** An argument quoting a block, with the number its references carry in that block. */
export interface QuotingArgument {
  id: string;
  data: { title: string };
  /** 1, 2, …: in the order its first quotation starts in the block. */
  n: number;
}

/**
 * A document block ready to render: its text split at cited words and at the edges of the
 * quotations arguments make of it, and the arguments quoting it.
 */
export interface RenderedBlock extends Block {
  /** Cited words carry the original's URL at those words, when the capture has them. */
  segments: Array<
    Omit<MarkedSegment, 'closes'> & {
      original?: string | undefined;
      /** The arguments of each quotation ending in this segment, to reference after it. */
      closes: QuotingArgument[][];
    }
  >;
  /** In the order of their numbers. */
  quotedBy: QuotingArgument[];
}
