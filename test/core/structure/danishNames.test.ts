// Issue 15: Danish output throughout. A message a coordinator reads names a field as the template
// does ("Evaluering af resultat", not "activities.evaluation"), a half-year as Danes say it
// ("1. halvår 2027", not "2027-H1") and a day in Danish notation (30.06.2027) — except where it
// quotes the workbook or shows what to type ("Skriv …, fx 2026-H2").

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectBytes } from '../../../core/inspect';
import { fieldLabel, periodName, tableLabel } from '../../../core/spec';

const CORPUS = join(__dirname, '../../accuracy/corpus');
const FIELD_CODE = /\b(?:activities|checklist|roles|corps|indicators|communication|needs|cover)\.[a-zA-Z]+/;
const CODE_OR_ISO = /\b20\d\d-(?:H[12]|\d\d-\d\d)\b/;

/** The Danish messages of a plan's checks and issues. */
function danish(name: string): string[] {
  const r = inspectBytes(readFileSync(join(CORPUS, `${name}.xlsx`)));
  return [...r.structure.checks.map((c) => c.reason.da), ...r.issues.map((i) => i.message.da)];
}

/** What a message says in its own words: quotes of the workbook and "type it like this" examples left out. */
function ownWords(text: string): string {
  return text
    .replace(/"[^"]*"/g, '""')
    .split(/(?<=[.;])\s+/)
    .filter((s) => !/\bfx\b|\bsom \d{4}-H[12]\b/.test(s))
    .join(' ');
}

describe('field names, half-years and days in Danish messages', () => {
  const plans = {
    column: 'p03-aalborg-paletfarver-paa-aktivitet',
    typos: 'p106-holbaek-autokorrektur-ombyttede-celler-ae-oe-aa-blandet',
    raci: 'p153-hoeje-taastrup-ansvarsmatrix-raci-bogstaver-pr-rolle',
    halves: 'p85-taarnby-loebende-plan-halvaarskolonne-filter-paa-gammelt-halvaar',
    allDay: 'p138-vesthimmerland-outlook-kalender-csv-moeder-og-milepaele',
    season: 'p146-billund-datoer-som-helligdage-og-ferieuger-i-ord',
    recurring: 'p162-halsnaes-gentages-kolonne-tilbagevendende-aktiviteter',
  };
  const said = new Map(Object.entries(plans).map(([k, name]) => [k, danish(name)]));
  const all = (k: keyof typeof plans): string => (said.get(k) ?? []).join('\n');

  test.each(Object.keys(plans))('%s: no field code, half-year code or ISO day in the own words', (k) => {
    const messages = said.get(k) ?? [];
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect({ m, code: FIELD_CODE.exec(ownWords(m))?.[0] }).toEqual({ m, code: undefined });
      expect({ m, code: CODE_OR_ISO.exec(ownWords(m))?.[0] }).toEqual({ m, code: undefined });
    }
  });

  test('a column read by its content names the field as the template does', () => {
    expect(all('column')).toContain('Kolonnen "Note" er læst som "Evaluering af resultat" ud fra');
    expect(all('typos')).toContain('Kolonnen "Delvsit" er læst som "Svar (Delvist)" ud fra');
    expect(all('raci')).toContain('er læst som "Ansvarlig (RACI)" ud fra');
  });

  test('half-years and days are written as Danes write them', () => {
    expect(all('recurring')).toContain('læst som løbende i 1. halvår 2027, til 30.06.2027');
    expect(all('recurring')).toContain(', fra 08.03.2027.');
    expect(all('halves')).toContain('kun rækkerne for 2. halvår 2026, planens periode');
    expect(all('halves')).toContain('rækker for 1. halvår 2025, 2. halvår 2025, 1. halvår 2026 er ikke læst');
    expect(all('allDay')).toMatch(/sidste dag \(\d\d\.\d\d\.\d{4} kl\. 00\.00\)/);
    expect(all('season')).toContain('1. halvår 2027 er taget af årstiden i titlen');
  });

  test('a recurrence check shows what the coordinator wrote as what was read, not an ISO day', () => {
    const r = inspectBytes(readFileSync(join(CORPUS, `${plans.recurring}.xlsx`)));
    const recurring = r.structure.checks.filter((c) => c.reason.da.includes('gentages'));
    expect(recurring.length).toBeGreaterThan(3);
    for (const c of recurring) expect(c.reason.da).toContain(`gentages ("${c.value}")`);
  });

  test('the names come from the spec, sub-fields and unknown names included', () => {
    expect(fieldLabel('cover.period')).toEqual({ da: 'Periode', en: 'Reporting period' });
    expect(fieldLabel('checklist.answer.no')).toEqual({ da: 'Svar (Nej)', en: 'Answer (No)' });
    expect(fieldLabel('activities.nothing')).toEqual({ da: 'activities.nothing', en: 'activities.nothing' });
    expect(tableLabel('activities').da).toBe('Implementeringsplan');
    expect(periodName('2026-H2')).toBe('2. halvår 2026');
    expect(periodName('efterår')).toBe('efterår');
  });
});
