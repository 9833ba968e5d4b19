// Every template version is committed and up to date, and each is read back as its own version:
// 1.0 without L9 and without the indicators' comment column, 1.1 with both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { inspectBytes } from '../../core/inspect';
import { LANGS, TEMPLATE_VERSIONS, checklistFor, type TemplateVersion } from '../../core/spec';
import { templateFile, writeTemplate } from '../../workbook/template';

const root = join(__dirname, '..', '..');

function parts(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe.each(TEMPLATE_VERSIONS.flatMap((v) => LANGS.map((l) => [v, l] as const)))(
  'the %s template (%s)',
  (version: TemplateVersion, lang) => {
    const committed = new Uint8Array(readFileSync(join(root, templateFile(lang, version))));

    it('is committed and up to date (npm run templates)', async () => {
      const written = parts(await writeTemplate(lang, version));
      const stored = parts(committed);
      expect([...stored.keys()].sort()).toEqual([...written.keys()].sort());
      for (const [name, content] of written)
        expect({ name, content: stored.get(name) }).toEqual({ name, content });
    });

    it('is read back as its own version, with its questions and columns', () => {
      const r = inspectBytes(committed, { today: '2026-10-01' });
      const draft = r.structure.draft;
      expect(draft.templateVersion).toBe(version);
      // Each question of the version has its row (a place for its answer); others have none.
      const placed = draft.checklist.filter((c) => c.place !== undefined).map((c) => c.id);
      expect(placed).toEqual(checklistFor(version).map((q) => q.id));
      const indicators = r.structure.tables.find((t) => t.key === 'indicators');
      const hasComment = indicators?.columns.some((c) => c.field === 'comment') ?? false;
      expect(hasComment).toBe(version !== '1.0');
      expect(r.unmapped).toEqual([]);
    });
  },
);
