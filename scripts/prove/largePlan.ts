// A realistic large plan laid out by its coordinator: ~20,000 activities (~1 MB of .xlsx), each
// row its own text (a meeting number and a case reference, as coordinators write them), in a
// workbook whose plan sheet and tables have the coordinator's own names, so that structuring keeps
// that sheet as an original beside the template, with its formatting (workbook/structured.ts).
// Made from the template writer's output and renamed at the zip level (no exceljs here).

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { draftFromPlan } from '../../core/plan';
import { writeStructured } from '../../workbook/template';
import { generatePlan, makeRng } from '../../test/fixtures/plans';

export const LARGE_PLAN_SHEET = 'Handleplan 2026';

export async function largeOwnLayoutPlan(rows = 20_000): Promise<Uint8Array> {
  const rng = makeRng(rows + 5);
  const plan = generatePlan(makeRng(rows), { code: '751', name: 'Aarhus' }, { activities: rows });
  const varied = {
    ...plan,
    activities: plan.activities.map((a, i) => ({
      ...a,
      activity: `${a.activity} – møde ${1 + (i % 40)} (sag 26-${String(10_000 + Math.floor(rng() * 89_999))})`,
    })),
  };
  const parts = unzipSync(await writeStructured('da', { draft: draftFromPlan(varied) }));
  for (const [name, data] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let text = strFromU8(data).split('Implementeringsplan').join(LARGE_PLAN_SHEET);
    // Tables named as the coordinator's own, not the template's.
    if (name.startsWith('xl/tables/'))
      text = text.replace(
        /\b(name|displayName)="([^"]+)"/g,
        (_w, key: string, value: string) => `${key}="Egen${value}"`,
      );
    parts[name] = strToU8(text);
  }
  return zipSync(parts, { level: 6 });
}
