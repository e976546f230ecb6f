import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { transferSize } from '../../scripts/lib/transfer-size';

const body = new TextEncoder().encode('<p>budget</p>'.repeat(200));

describe('transferSize', () => {
  test.each(['text/html; charset=utf-8', 'text/css', 'text/javascript', 'application/json', 'image/svg+xml'])(
    'returns the gzip size when the type is %s',
    (type) => {
      expect(transferSize(type, body)).toBe(gzipSync(body).length);
    },
  );

  test.each(['application/wasm', 'application/octet-stream', 'image/png'])(
    'returns the raw size when the type is %s',
    (type) => {
      expect(transferSize(type, body)).toBe(body.length);
    },
  );
});
