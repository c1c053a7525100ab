import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_FILE } from '../../helpers/ingest-fixture.ts';

// The source report as delivered in ../shared/seeds/000_042a6e2dc15bfbdf.txt.
const SOURCE_SHA256 = '0f9bb8703ee3e61d4feebd425a8ce41b631bfc17af7f51aec10fdf96e7fa3f2e';

describe('the seed', () => {
  it('is the source extraction, byte for byte', () => {
    expect(createHash('sha256').update(readFileSync(SEED_FILE)).digest('hex')).toBe(SOURCE_SHA256);
  });
});
