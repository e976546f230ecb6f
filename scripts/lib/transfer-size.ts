import { gzipSync } from 'node:zlib';

/**
 * The bytes a response costs over the wire from a host that compresses text: the gzip size of
 * HTML, CSS, JavaScript, JSON, SVG and XML; other bodies (WebAssembly, Pagefind's already
 * compressed index chunks, images) as they are.
 */
export function transferSize(contentType: string, body: Uint8Array): number {
  const text = /^(text\/|application\/(javascript|json|xml)|image\/svg\+xml)/.test(contentType);
  return text ? gzipSync(body).length : body.length;
}
