// citation.js ships no type declarations; these cover the part the site tests use.
declare module '@citation-js/core' {
  /** A CSL-JSON item as citation.js gives it. */
  export interface CslData {
    type: string;
    title?: string;
    author?: Array<{ family?: string; given?: string; literal?: string }>;
    'container-title'?: string;
    'collection-title'?: string;
    publisher?: string;
    issued?: { 'date-parts'?: number[][] };
    note?: string;
    URL?: string;
  }
  export class Cite {
    static async(data: string): Promise<Cite>;
    data: CslData[];
  }
  export const plugins: {
    input: { chainLink(data: string, options?: { target?: string }): unknown };
  };
}
declare module '@citation-js/plugin-ris';
