// A coordinator's own workbook with a sheet of the lists its dropdowns take their values from, side
// by side ("Kommune | Periode | Indsatsområde | Status | Forankring"), copied from the template and
// edited: a theme renamed ("Dokumentation og data"), a status added ("Afventer", a second word for
// "Ikke startet"). Lists name each text once, a plan repeats its themes and statuses: no
// activities are read from it. Found by the metamorphic explorer (the corpus through SheetJS with
// every sheet moved three columns right: p98's edited lists sheet, no longer the template's, gave 18
// activities with no text). The probes are workbooks SheetJS wrote, read through the intake.

import * as XLSX from 'xlsx';
import { inspectSheetjs, COVER } from '../../fixtures/sheetjs';

const PLAN = [
  ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
  ['Ledelse', 'Styregruppemøde', 'Sanne Kragh', '15.03.2027', 'I gang'],
  ['Kommunikation', 'Nyhedsbrev', 'Bo Eriksen', '30.04.2027', 'Gennemført'],
  ['Opkvalificering', 'Kursusdag', 'Anna Holm', '31.05.2027', 'Ikke startet'],
];

const THEMES = [
  'Ledelse',
  'Kommunikation',
  'Inddragelse',
  'Arbejdsproces og kultur',
  'Organisering, roller og ansvar',
  'Opkvalificering',
  'Dokumentation og data',
  'Evaluering og tilpasning',
];
const STATUSES = ['Ikke startet', 'I gang', 'Gennemført', 'Ændret', 'Lukket', 'Afventer'];
const PERIODS = [
  '2026-H1',
  '2026-H2',
  '2027-H1',
  '2027-H2',
  '2028-H1',
  '2028-H2',
  '2029-H1',
  '2029-H2',
  '2030-H1',
];
const ANCHORING = [
  'Fortsætter i drift',
  'Fortsætter med særskilt bevilling',
  'Erfaringer videreføres',
  'Ikke forankret',
];

function lists(themes: readonly string[], statuses: readonly string[]): XLSX.WorkSheet {
  const rows: (string | null)[][] = [['Kommune', 'Periode', 'Indsatsområde', 'Status', 'Forankring']];
  const kommuner = [
    'København',
    'Frederiksberg',
    'Ballerup',
    'Brøndby',
    'Dragør',
    'Gentofte',
    'Gladsaxe',
    'Glostrup',
    'Herlev',
    'Albertslund',
    'Hvidovre',
  ];
  for (let i = 0; i < kommuner.length; i++)
    rows.push([
      kommuner[i] ?? null,
      PERIODS[i] ?? null,
      themes[i] ?? null,
      statuses[i] ?? null,
      ANCHORING[i] ?? null,
    ]);
  return XLSX.utils.aoa_to_sheet(rows);
}

function read(listSheet: XLSX.WorkSheet) {
  return inspectSheetjs([
    ['Forside', COVER.map((row) => [...row])],
    ['Plan', XLSX.utils.aoa_to_sheet(PLAN)],
    ['Lister', listSheet],
  ]).structure.draft.activities.map((a) => [a.source.sheet, a.values.activity]);
}

const PLAN_ONLY = [
  ['Plan', 'Styregruppemøde'],
  ['Plan', 'Nyhedsbrev'],
  ['Plan', 'Kursusdag'],
];

test('the lists as the template has them give no activities', () => {
  expect(
    read(
      lists(
        THEMES.map((t) => (t === 'Dokumentation og data' ? 'Dokumentation' : t)),
        STATUSES.slice(0, 5),
      ),
    ),
  ).toEqual(PLAN_ONLY);
});

test('edited lists (a theme renamed, a second word for a status) give no activities', () => {
  expect(read(lists(THEMES, STATUSES))).toEqual(PLAN_ONLY);
});

test('a sheet that repeats its themes and statuses is read as a plan (control)', () => {
  const repeated = XLSX.utils.aoa_to_sheet([
    ['Indsatsområde', 'Aktivitet', 'Status', 'Forankring'],
    ...THEMES.flatMap((t, i) => [
      [t, `Møde ${i + 1}`, STATUSES[i % 3] ?? null, null],
      [t, `Opfølgning ${i + 1}`, STATUSES[(i + 1) % 3] ?? null, null],
    ]),
  ]);
  const rows = read(repeated).filter(([sheet]) => sheet === 'Lister');
  expect(rows).toHaveLength(16);
});
