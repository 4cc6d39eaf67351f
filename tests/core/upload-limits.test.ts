// A drop of files in the viewer is bounded as a whole and file by file, before anything is read.
import { describe, expect, it } from 'vitest';
import { fileTooLarge, MAX_UPLOAD_FILES, uploadRefusal } from '../../src/viewer/data/upload-limits.ts';
import { basemapSchema } from '../../src/viewer/app/state.ts';

describe('upload limits', () => {
  it('takes an ordinary drop', () => {
    expect(uploadRefusal([{ size: 4_000 }, { size: 12_000 }, { size: 300 }])).toBeNull();
    expect(fileTooLarge({ name: 'manifest.json', size: 400_000 })).toBeNull();
  });

  it('refuses too many files, or too many bytes, pointing to the CLI', () => {
    const many = Array.from({ length: MAX_UPLOAD_FILES + 1 }, () => ({ size: 10 }));
    expect(uploadRefusal(many)).toMatch(/^2,001 files dropped: the viewer takes at most 2,000 at a time; .*briefmap geocode/);
    expect(uploadRefusal([{ size: 30_000_000 }, { size: 30_000_000 }])).toMatch(/^60 MB dropped: the viewer takes at most 50 MB/);
  });

  it('skips a file over 5 MB unread, a manifest too', () => {
    expect(fileTooLarge({ name: 'manifest.json', size: 2_000_000_000 })).toBe('manifest.json: larger than 5 MB, skipped');
  });

  it('bounds a style URL from a link', () => {
    expect(basemapSchema.safeParse('https://tiles.example.org/style.json').success).toBe(true);
    expect(basemapSchema.safeParse(`https://tiles.example.org/${'a'.repeat(3000)}.json`).success).toBe(false);
  });
});
