import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { htmlFiles, ROOT_DIST, SUB_DIST } from '../helpers/dist.ts';

// .htmlvalidate.json: html-validate's recommended preset, nothing disabled.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity (html-validate, recommended rules)', () => {
  it('finds errors when there are some (the check can fail)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><p><div>x</div></p></body></html>',
      'tests/build/inline-fixture.html',
    );
    expect(report.valid).toBe(false);
  });

  it.each([ROOT_DIST, SUB_DIST])('every page in %s has zero errors', async (dir) => {
    const problems: string[] = [];
    for (const f of htmlFiles(dir)) {
      const report = await validator.validateFile(`${dir}/${f}`);
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
