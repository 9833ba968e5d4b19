// A worker's first reading builds what reading keeps for good (the vocabularies' indexes, the
// lists, the compiled code of every rule): hundreds of milliseconds on an idle machine, seconds on
// a busy one. The worker reads this small plan before it tells the pool it is ready, so that cost
// never counts against the time limit of the first upload it is given.

import type { Grid, GridCell } from '../../../core/grid';
import { inspectGrid } from '../../../core/inspect';

const text = (r: number, c: number, v: string): GridCell => ({ r, c, v, t: 's' });
const date = (r: number, c: number, v: number): GridCell => ({ r, c, v, t: 'n', fmt: 'dd-mm-yyyy' });

function sheet(name: string, cells: GridCell[]): Grid['sheets'][number] {
  return { name, state: 'visible', cells, merges: [], comments: [], tables: [], drawings: [] };
}

/** A cover, a plan of two activities and a checklist of one answer. */
const WARM_GRID: Grid = {
  sheets: [
    sheet('Forside', [
      text(0, 0, 'Kommune'),
      text(0, 1, 'Vejle'),
      text(1, 0, 'Periode'),
      text(1, 1, '1. halvår 2027'),
    ]),
    sheet('Plan', [
      ...['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'].map((h, c) => text(0, c, h)),
      text(1, 0, 'Ledelse'),
      text(1, 1, 'Styregruppemøde'),
      text(1, 2, 'Mette Holm'),
      date(1, 3, 46418),
      text(1, 4, 'I gang'),
      text(2, 0, 'Kommunikation'),
      text(2, 1, 'Infobrev til skolerne'),
      text(2, 2, 'Lars Bo'),
      text(2, 3, '28.02.2027'),
      text(2, 4, 'Ikke startet'),
    ]),
    sheet('Huskeliste', [
      text(0, 0, 'Nr.'),
      text(0, 1, 'Spørgsmål'),
      text(0, 2, 'Svar'),
      text(1, 0, 'F1'),
      text(1, 2, 'Ja'),
    ]),
  ],
  definedNames: [],
  properties: [],
  date1904: false,
};

/** Reads the small plan once (its result is not used). */
export function warmUp(): void {
  inspectGrid(WARM_GRID, { today: '2027-01-15' });
}
