// The template workbooks: generated from the one spec, committed, and pleasant to type in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { TEMPLATE_FILES, writeTemplate } from '../../workbook/template';
import {
  ACTIVITIES_SHEET,
  CHECKLIST,
  FRONT_SHEET,
  LANGS,
  LISTS_SHEET,
  TABLE_SHEETS,
  type Lang,
} from '../../core/spec';

const root = join(__dirname, '..', '..');

function parts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** Sheet XML by sheet name, resolved through workbook.xml and its rels. */
function sheetsByName(files: Map<string, string>): Map<string, string> {
  const workbook = files.get('xl/workbook.xml') ?? '';
  const rels = files.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = targets.get(m[2])!.replace(/^\/?(xl\/)?/, '');
    out.set(m[1]!.replace(/&amp;/g, '&'), files.get(`xl/${target}`) ?? '');
  }
  return out;
}

describe.each(LANGS)('the %s template', (lang: Lang) => {
  let files: Map<string, string>;
  let sheets: Map<string, string>;

  beforeAll(async () => {
    files = parts(await writeTemplate(lang));
    sheets = sheetsByName(files);
  });

  it('is committed and up to date (run `npm run templates` after changing the spec)', () => {
    const committed = parts(new Uint8Array(readFileSync(join(root, TEMPLATE_FILES[lang]))));
    expect([...committed.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [name, content] of files)
      expect({ name, content: committed.get(name) }).toEqual({ name, content });
  });

  it('has every sheet of the plan workbook, each table sheet holding a real Excel table', () => {
    const names = [...sheets.keys()];
    expect(names).toEqual([
      FRONT_SHEET.sheet[lang],
      ...TABLE_SHEETS.map((t) => t.sheet[lang]),
      LISTS_SHEET[lang],
    ]);
    const tables = [...files.entries()]
      .filter(([n]) => /^xl\/tables\/table\d+\.xml$/.test(n))
      .map(([, x]) => x);
    expect(tables.map((t) => /displayName="([^"]+)"/.exec(t)?.[1]).sort()).toEqual(
      TABLE_SHEETS.map((t) => t.tableName).sort(),
    );
    for (const spec of TABLE_SHEETS) {
      const table = tables.find((t) => t.includes(`displayName="${spec.tableName}"`))!;
      const columns = [...table.matchAll(/<tableColumn [^>]*name="([^"]+)"/g)].map((m) => m[1]);
      expect(columns).toEqual(spec.columns.map((c) => c.label[lang]));
    }
  });

  it('hides the lists sheet and offers a dropdown for every fixed list', () => {
    expect(files.get('xl/workbook.xml')).toMatch(
      new RegExp(`name="${LISTS_SHEET[lang]}"[^>]*state="hidden"`),
    );
    const listColumns = TABLE_SHEETS.flatMap((t) =>
      t.columns.filter((c) => c.kind === 'list').map((c) => ({ sheet: t.sheet[lang], list: c.list })),
    );
    for (const { sheet } of listColumns) {
      expect(sheets.get(sheet)).toMatch(
        /<dataValidation type="list"[^>]*>\s*<formula1>'?[A-Za-z]+'?!\$[A-Z]+\$2:\$[A-Z]+\$\d+<\/formula1>/,
      );
    }
    const front = sheets.get(FRONT_SHEET.sheet[lang])!;
    const frontLists = FRONT_SHEET.fields.filter((f) => f.kind === 'list').length;
    expect([...front.matchAll(/<dataValidation type="list"/g)]).toHaveLength(frontLists);
    const covered = new Set(
      [...files.values()].flatMap((x) => [...x.matchAll(/<formula1>[^<]*!\$([A-Z]+)\$2/g)].map((m) => m[1])),
    );
    // municipality, period, phase, theme, status, anchoring, answer, organisation, supervision model, corps role, unit, indicator code
    expect(covered.size).toBe(12);
  });

  it('fills in every checklist question of the spec in order', () => {
    const strings = [...(files.get('xl/sharedStrings.xml') ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map(
      (m) =>
        m[1]!
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
    );
    const cellStrings = (ref: string): string | undefined => {
      const m = new RegExp(`<c r="${ref}"[^>]*t="s"[^>]*><v>(\\d+)</v>`).exec(checklist);
      return m ? strings[Number(m[1])] : undefined;
    };
    const checklist = sheets.get(TABLE_SHEETS[1].sheet[lang])!;
    CHECKLIST.forEach((q, i) => {
      expect(cellStrings(`A${4 + i}`)).toBe(q.id);
      expect(cellStrings(`C${4 + i}`)).toBe(q.text[lang]);
    });
  });

  it('freezes the header rows, sizes the columns and marks a late deadline', () => {
    const plan = sheets.get(ACTIVITIES_SHEET.sheet[lang])!;
    expect(plan).toMatch(/<pane [^>]*ySplit="3"[^>]*state="frozen"/);
    expect(plan).toMatch(/<col min="4" max="4" width="40/);
    expect(plan).toMatch(/<conditionalFormatting sqref="B4:B\d+">/);
    expect(plan).toMatch(/<formula>AND\(ISNUMBER\(\$B4\),\$B4&lt;TODAY\(\)/);
  });
});
