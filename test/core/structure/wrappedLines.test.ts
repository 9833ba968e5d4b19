// A value too long for its line, wrapped onto the next inside a cell (Alt+Enter), is still one value.
// Found by the metamorphic explorer: one line break inside p94's card values lost five activities.
// Each probe is a workbook SheetJS wrote, read through the intake.

import { activityCard } from '../../../core/structure/cards';
import { inspectSheet } from '../../fixtures/sheetjs';

const rowOf = (r: ReturnType<typeof inspectSheet>, row: number) =>
  r.structure.draft.activities.find((a) => a.source.row === row)?.values;

describe('a card of labelled lines whose value goes on on the next line', () => {
  const card = (lines: readonly string[]): string => lines.join('\n');
  const r = inspectSheet('Plan', [
    ['Handleplan 2. halvår 2026'],
    [],
    ['Nr', 'Aktivitet (tema / hvad / ansv. / frist / status)', 'Noter'],
    [1, card(['Tema: Organisering', 'Akt.: Aftale med skolerne', 'om henvisning', 'Ansv.: Henrik T. + Lise', 'Frist: 30/9', 'Status: igang']), ''],
    [2, card(['Tema: Opkvalificering', 'Akt.: LAT-kursus for', '4 nye mentorer', 'Ansv.: Nationalt center', 'Frist: 15/12', 'Status: ej startet']), 'ingen lokaler'],
    [3, card(['Tema: Ledelse', 'Akt.: Budgetmøde', 'Ansv.: Ida Krogh og', 'souschefen', 'Frist: 1/10', 'Status: igang']), ''],
  ]); // prettier-ignore

  test('the wrapped line is read as the rest of the value above it, and every other line as before', () => {
    expect(rowOf(r, 4)).toMatchObject({
      theme: 'organisation_roles',
      activity: 'Aftale med skolerne om henvisning',
      responsible: 'Henrik T. + Lise',
      deadline: '2026-09-30',
      status: 'in_progress',
    });
    expect(rowOf(r, 5)).toMatchObject({ activity: 'LAT-kursus for 4 nye mentorer', deadline: '2026-12-15' });
    expect(rowOf(r, 6)).toMatchObject({ activity: 'Budgetmøde', responsible: 'Ida Krogh og souschefen' });
  });

  test('a free line in capitals is a description the card does not place: no card, as before', () => {
    expect(
      activityCard('Tema: Ledelse\nAkt.: Budgetmøde\nHusk at invitere økonomi\nAnsv.: Ida Krogh'),
    ).toBeUndefined();
    expect(activityCard('om henvisning\nTema: Ledelse\nAkt.: Budgetmøde\nAnsv.: Ida Krogh')).toBeUndefined();
  });
});

describe("a Kanban card's title wrapped onto its second line", () => {
  const r = inspectSheet('Tavle', [
    ['Kanban-tavle 2027'],
    ['Tema', 'Ikke startet', 'I gang', 'Venter', 'Færdig'],
    ['Ledelse', 'Rollebeskrivelse for\nkoordinator og leder\nAnsvarlig: Bo Holm\nFrist: 30/4', '', '', 'Styregruppemøde\nAnsvarlig: Bo Holm\nFrist: 29/1'],
    ['', '', 'Opslag om korpset på\nintranettet\nAnsvarlig: Eva Lund\nFrist: 15/6'],
    ['Kommunikation', '', '', 'Nyhedsbrev til forældre\nSendes med skolernes nyhedsbrev\nAnsvarlig: Eva Lund\nFrist: 31/3'],
  ]); // prettier-ignore
  const at = (row: number, col: number) =>
    r.structure.draft.activities.find((a) => a.source.row === row && a.source.col === col)?.values;

  test('a line in lower case right under the title is the rest of the title', () => {
    expect(at(3, 2)).toMatchObject({
      activity: 'Rollebeskrivelse for koordinator og leder',
      responsible: 'Bo Holm',
    });
    expect(at(4, 3)).toMatchObject({ activity: 'Opslag om korpset på intranettet', deadline: '2027-06-15' });
  });

  test('a line in capitals under the title describes it, as before', () => {
    expect(at(5, 4)).toMatchObject({ activity: 'Nyhedsbrev til forældre', theme: 'communication' });
  });
});
