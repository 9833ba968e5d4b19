// Læsø: a small plan saved as CSV, whose only date column holds dates with slashes where day and
// month are both 12 or less (03/04/2026 …): nothing in the column tells day-first from month-first,
// so a careful reader cannot know them and they must be flagged, not guessed — except 12/12/2026,
// which reads the same either way. The date column is imported as text, as typed. LibreOffice.

import { PlanBuilder, unsure } from '../build/plan';

const SHEET = 'p15-laesoe-uafgoerlige-datoer';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    SHEET,
    'libreoffice-csv',
    'Læsø: a CSV whose date column holds only slash dates with day and month both ≤ 12 (undecidable: flagged), and one date that reads the same either way.',
    ['undecidable-date-column', 'slash-dates', 'csv', 'cover-label-in-same-cell'],
  );
  // Column 4 (Dato) imported as text (format 2), the rest standard; Danish locale.
  p.csvFilter = 'CSV:59,34,76,1,4/2,1030,true,true';
  const s = p.sheet(SHEET);
  s.set('A1', 'Læsø Kommune – handleplan for mentorindsatsen 2026');
  s.set('A2', 'Koordinator: Lene Juhl');
  p.fact('municipality', '825', SHEET, 'A1');
  p.fact('coordinator', 'Lene Juhl', SHEET, 'A2');

  const STATUS: Record<string, string> = {
    Gennemført: 'done',
    'I gang': 'in_progress',
    'Ikke startet': 'not_started',
  };
  const THEMES: Record<string, string> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    Organisering: 'organisation_roles',
    Opkvalificering: 'upskilling',
    Dokumentation: 'documentation',
    Evaluering: 'evaluation',
  };
  const undecidable = (text: string): ReturnType<typeof unsure> =>
    unsure(null, `${text}: day and month are both 12 or less and nothing in the column decides the order`);
  type R = [string, string, string, string, string];
  const rows: R[] = [
    ['Aftale med kommunaldirektøren om korpset', 'Ledelse', 'Nikolaj Brandt', '03/04/2026', 'Gennemført'],
    ['Orientering af udvalget', 'Ledelse', 'Nikolaj Brandt', '05/06/2026', 'Gennemført'],
    ['Information til skolen og sundhedsplejen', 'Kommunikation', 'Lene Juhl', '01/09/2026', 'I gang'],
    ['Fælles møde med mentorerne på Fyn', 'Inddragelse', 'Lene Juhl', '04/03/2026', 'Gennemført'],
    [
      'Aftale om hvordan mentor kontaktes',
      'Arbejdsproces og kultur',
      'Lene Juhl',
      '06/05/2026',
      'Gennemført',
    ],
    ['Samarbejde med Frederikshavn om supervision', 'Organisering', 'Nikolaj Brandt', '07/08/2026', 'I gang'],
    ['LAT-uddannelse for én ny mentor', 'Opkvalificering', 'Lene Juhl', '10/11/2026', 'Ikke startet'],
    ['Forløb registreres på platformen', 'Dokumentation', 'Mentoren', '11/10/2026', 'I gang'],
    ['Status på forløb til ledelsen', 'Dokumentation', 'Lene Juhl', '08/09/2026', 'Ikke startet'],
    ['Årsevaluering med ledelsen', 'Evaluering', 'Nikolaj Brandt', '12/12/2026', 'Ikke startet'],
  ];
  p.table({
    sheet: SHEET,
    headerRow: 4,
    columns: [
      { key: 'akt', header: 'Aktivitet' },
      { key: 'tema', header: 'Tema' },
      { key: 'ansv', header: 'Ansvarlig' },
      { key: 'dato', header: 'Dato' },
      { key: 'status', header: 'Status' },
    ],
    fields: { activity: 'akt', theme: 'tema', responsible: 'ansv', deadline: 'dato', status: 'status' },
    rows: rows.map(([akt, tema, ansv, dato, status]) => ({
      cells: { akt, tema, ansv, dato, status },
      x: {
        theme: THEMES[tema]!,
        status: STATUS[status]!,
        deadline: dato === '12/12/2026' ? '2026-12-12' : undecidable(dato),
      },
    })),
  });
  return p;
}
