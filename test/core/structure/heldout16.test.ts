// Habits found by the sixteenth held-out round of the accuracy corpus (p93–p96): layouts a
// coordinator invents when the plan is also their calendar or their report: an årshjul with the
// months as columns and each activity written in its month's cell, one cell per activity of
// labelled lines typed in a hurry, a status memo to the leader in bullet sentences, a week calendar
// with a row for every week. Each probe is a workbook SheetJS wrote, read through the intake.

import * as XLSX from 'xlsx';
import { activityCard, cardLabel } from '../../../core/structure/cards';
import { reportLine } from '../../../core/structure/prose';
import { coverLabelMatch } from '../../../core/structure/vocab';
import { checkedAt, inspectSheet, inspectSheetjs, issuesAt } from '../../fixtures/sheetjs';

const rowOf = (r: ReturnType<typeof inspectSheet>, row: number) =>
  r.structure.draft.activities.find((a) => a.source.row === row)?.values;

describe('an årshjul with the months as columns: each activity written in the cell of its month', () => {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Årshjul 2027'],
    [],
    ['Tema', 'Ansvarlig', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Status'],
    ['Ledelse', 'Ida Krogh', 'Opstartsmøde i direktionen', null, null, null, null, null, 'Gennemført'],
    [
      'Opkvalificering',
      'Nationalt center',
      null,
      'Grundkursus for mentorer',
      null,
      null,
      null,
      null,
      'I gang',
    ],
    ['Inddragelse', 'Ida Krogh', null, null, null, 'Dialogmøde med ungerådet d. 9.', null, null, 'Planlagt'],
    ['Kommunikation', 'Ole Berg', null, null, null, null, 'Nyhedsbrev til skolerne', null, 'Planlagt'],
  ]);
  // The course runs February to April: one cell merged across its months.
  ws['!merges'] = [{ s: { r: 4, c: 3 }, e: { r: 4, c: 5 } }];
  const r = inspectSheet('Årshjul', ws);

  test('the text in the month cell is the activity, and its month the deadline', () => {
    expect(rowOf(r, 4)).toMatchObject({
      activity: 'Opstartsmøde i direktionen',
      deadline: '2027-01-31',
      responsible: 'Ida Krogh',
      status: 'done',
    });
    expect(rowOf(r, 4)?.start).toBeUndefined();
    expect(rowOf(r, 7)).toMatchObject({ activity: 'Nyhedsbrev til skolerne', deadline: '2027-05-31' });
  });

  test('a cell merged across several months runs from the first month to the last', () => {
    expect(rowOf(r, 5)).toMatchObject({
      activity: 'Grundkursus for mentorer',
      start: '2027-02-01',
      deadline: '2027-04-30',
    });
  });

  test('"d. 9." after the activity in the April column is 9 April, not part of the activity', () => {
    expect(rowOf(r, 6)).toMatchObject({ activity: 'Dialogmøde med ungerådet', deadline: '2027-04-09' });
  });
});

describe('one cell per activity holding the whole activity as labelled lines, typed in a hurry', () => {
  const card = (lines: readonly string[]): string => lines.join('\n');
  const r = inspectSheet('Plan', [
    ['Handleplan 1. halvår 2027'],
    [],
    ['Nr', 'Aktivitet (tema / hvad / ansv. / frist / status)', 'Noter'],
    [1, card(['Tema: Kommunikation', 'Akt.: Pressemeddelelse om korpset', 'Ansv.: Ole Berg', 'Frist: uge12', 'Status: igang']), ''],
    [2, card(['Tema: Evaluering', 'Akt.: Evalueringsmøde med mentorerne', 'Ansv.: Ida Krogh', 'Frist: d. 15/6', 'Status: aflyst!!']), 'ingen lokaler'],
    [3, card(['Tema: Ledelse', 'Aktivitet: Budgetmøde', 'Ansvarlig: Ida Krogh', 'Frist: 1/3', 'Status: gennemf.']), ''],
  ]); // prettier-ignore

  test('each line gives its field: theme, activity, responsible, deadline, status', () => {
    expect(rowOf(r, 4)).toMatchObject({
      theme: 'communication',
      activity: 'Pressemeddelelse om korpset',
      responsible: 'Ole Berg',
      deadline: '2027-03-28',
      status: 'in_progress',
    });
    expect(rowOf(r, 5)).toMatchObject({
      theme: 'evaluation',
      activity: 'Evalueringsmøde med mentorerne',
      deadline: '2027-06-15',
      status: 'closed',
    });
    expect(rowOf(r, 6)).toMatchObject({ theme: 'leadership', activity: 'Budgetmøde', status: 'done' });
  });

  test('labels cut short with a full stop name the one field they begin', () => {
    expect(cardLabel('Akt.')).toBe('activity');
    expect(cardLabel('Ansv.')).toBe('responsible');
    // "Sta." begins both Status and Start: no label.
    expect(cardLabel('Sta.')).toBeUndefined();
  });

  test('a cell with an unlabelled line, or fewer than three labelled lines, is no card', () => {
    expect(activityCard('Budgetmøde i direktionen\nAnsvarlig: Ida Krogh\nFrist: 1/3')).toBeUndefined();
    expect(activityCard('Akt.: Budgetmøde\nAnsv.: Ida Krogh')).toBeUndefined();
  });

  test('a cover label cut short before its colon ("Koord.:") names the coordinator', () => {
    expect(coverLabelMatch('Koord.', true)?.key).toBe('coordinatorName');
    const c = inspectSheetjs([
      ['Forside', [['Kommune: Vejle'], ['Periode: 1. halvår 2027'], ['Koord.: Lise Holm']]],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Deadline'],
          ['Ledelse', 'Styregruppemøde', '15.03.2027'],
        ],
      ],
    ]);
    expect(c.structure.draft.coordinator?.name).toBe('Lise Holm');
  });
});

describe("the coordinator's week calendar: a row for every week, most of them empty", () => {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Ugekalender 1. halvår 2027'],
    [],
    ['Uge', 'Aktivitet', 'Tema', 'Ansvarlig', 'Status'],
    [10, 'Informationsmøde for lærerne', 'Kommunikation', 'Ole Berg', 'Done'],
    [null, 'Opslag på Aula', 'Kommunikation', 'Ole Berg', 'Done'],
    [11],
    [12, 'Supervision af mentorerne', 'Opkvalificering', 'Ida Krogh', 'Ongoing'],
    [13],
    [14, 'PÅSKEFERIE'],
    [15, 'Fokusgruppe med forældre', 'Inddragelse', 'Ida Krogh', 'Not started'],
    [16],
  ]);
  ws['!merges'] = [{ s: { r: 8, c: 1 }, e: { r: 8, c: 4 } }];
  const r = inspectSheet('Kalender', ws);
  const rows = r.structure.draft.activities.map((a) => a.source.row);

  test('a bare number under "Uge" is that week of the plan\'s year (its Sunday)', () => {
    expect(rowOf(r, 4)).toMatchObject({ activity: 'Informationsmøde for lærerne', deadline: '2027-03-14' });
    expect(rowOf(r, 10)).toMatchObject({ deadline: '2027-04-18' });
    expect(issuesAt(r, 'Kalender', 'A4')).not.toContain('date_unreadable');
  });

  test('weeks with nothing planned and a holiday written across the row are no activities', () => {
    expect(rows).toEqual([4, 5, 7, 10]);
  });

  test('a row with no week under a week is another activity of that week, checked', () => {
    expect(rowOf(r, 5)).toMatchObject({ activity: 'Opslag på Aula', deadline: '2027-03-14' });
    expect(checkedAt(r, 'Kalender', 'B5')).toBe(true);
  });
});

describe('a status memo to the leader: one bullet sentence a row, the status told by the verb', () => {
  const ws = XLSX.utils.aoa_to_sheet([
    ['Vejle Kommune'],
    ['Center for Børn og Familie'],
    [],
    ['NOTAT'],
    ['Til: Direktør Hanne Vestergaard'],
    ['Fra: Ole Berg, koordinator for korpset'],
    ['Dato: 20. november 2026'],
    ['Emne: Status på handleplanen, 2. halvår 2026'],
    [],
    ['Ledelse og forankring'],
    ['• Møde i styregruppen om målene er gennemført i september (Hanne Vestergaard).'],
    ['• Beslutning om budget for 2027 forventes truffet den 2. december (Hanne Vestergaard).'],
    ['Inddragelse af forældre og unge'],
    ['• Dialogmøde med forældrerådet er udskudt til efteråret (Ole Berg).'],
    ['• Spørgeskema til de unge er endnu ikke påbegyndt; det planlægges til januar 2027 (Ole Berg).'],
    ['Kompetenceudvikling'],
    ['• Kurset for nye mentorer er i gang og afsluttes i uge 47 (Nationalt center).'],
  ]);
  // A report's lines merged across the page.
  ws['!merges'] = [10, 11, 13, 14, 16].map((r) => ({ s: { r, c: 0 }, e: { r, c: 5 } }));
  const r = inspectSheetjs([['Statusnotat', ws]]);

  test('each sentence gives the activity, status, time and responsible; the heading the theme', () => {
    expect(rowOf(r, 11)).toMatchObject({
      theme: 'leadership',
      activity: 'Møde i styregruppen om målene',
      status: 'done',
      deadline: '2026-09-30',
      responsible: 'Hanne Vestergaard',
    });
    expect(rowOf(r, 17)).toMatchObject({
      theme: 'upskilling',
      status: 'in_progress',
      deadline: '2026-11-22',
    });
  });

  test('a theme heading naming whom it concerns ("… af forældre og unge") is the theme', () => {
    expect(rowOf(r, 14)).toMatchObject({ theme: 'involvement', status: 'changed' });
  });

  test('"til efteråret" is no day: the deadline is left for the coordinator, reported', () => {
    expect(rowOf(r, 14)?.deadline).toBeUndefined();
    expect(issuesAt(r, 'Statusnotat', 'A14').length).toBeGreaterThan(0);
  });

  test('a verb of what is still to come ("forventes truffet") is not started, checked', () => {
    expect(rowOf(r, 12)).toMatchObject({ status: 'not_started', deadline: '2026-12-02' });
    expect(checkedAt(r, 'Statusnotat', 'A12')).toBe(true);
  });

  test("a bullet naming next year is no title: the other dates keep the period's year", () => {
    expect(rowOf(r, 15)).toMatchObject({ status: 'not_started', deadline: '2027-01-31' });
    expect(rowOf(r, 11)?.deadline).toBe('2026-09-30');
  });

  test('the memo head: "Fra: …, koordinator" and "Til: Direktør …" name coordinator and leader', () => {
    expect(r.structure.draft.coordinator?.name).toBe('Ole Berg');
    expect(r.structure.draft.leader?.name).toBe('Hanne Vestergaard');
  });

  test('a sentence with no bullet, verb or name in brackets is no report line', () => {
    expect(reportLine('Møde i styregruppen er gennemført i september (Hanne Vestergaard).')).toBeUndefined();
    expect(reportLine('• Møde i styregruppen i september (Hanne Vestergaard).')).toBeUndefined();
    expect(reportLine('• Møde i styregruppen er gennemført i september.')).toBeUndefined();
  });
});

describe('two known gaps: "Holdt" on a meeting, and a handover with no day written', () => {
  const r = inspectSheetjs([
    [
      'Forside',
      [
        ['Kommune', 'Vejle'],
        ['Periode', '1. halvår 2027'],
        ['Koordinator', 'Anne Holm, herefter Bo Jensen'],
      ],
    ],
    [
      'Plan',
      [
        ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
        ['Inddragelse', 'Dialogmøde med forældrerådet', 'Ida Krogh', '15.03.2027', 'Holdt'],
        ['Opkvalificering', 'Temadag for mentorerne', 'Ida Krogh', '20.04.2027', 'holdt.'],
        ['Opfølgning på dokumentation', 'Skabelon til forløbsnoter', 'Ida Krogh', '30.04.2027', 'Holdt'],
        ['Ledelse', 'Budget for 2028', 'Anne Holm, herefter Bo Jensen', '30.06.2027', 'I gang'],
      ],
    ],
  ]);

  test('"Holdt" alone on a meeting\'s or an event\'s row is done, checked', () => {
    expect(rowOf(r, 2)?.status).toBe('done');
    expect(rowOf(r, 3)?.status).toBe('done');
    expect(checkedAt(r, 'Plan', 'E2')).toBe(true);
  });

  test('"Holdt" on a row that names no meeting is not read as done', () => {
    expect(rowOf(r, 4)?.status).toBeUndefined();
    expect(issuesAt(r, 'Plan', 'E4').length).toBeGreaterThan(0);
  });

  test('"Anne Holm, herefter Bo Jensen" is the later person, checked, on the cover and as the responsible', () => {
    expect(r.structure.draft.coordinator?.name).toBe('Bo Jensen');
    expect(checkedAt(r, 'Forside', 'B3')).toBe(true);
    expect(rowOf(r, 5)?.responsible).toBe('Bo Jensen');
    expect(checkedAt(r, 'Plan', 'C5')).toBe(true);
  });
});

describe('the edges of an årshjul and a week calendar', () => {
  test('a second activity written in the month columns of a row is checked, not silently dropped', () => {
    const r = inspectSheet('Årshjul', [
      ['Årshjul 2027'],
      [],
      ['Tema', 'Ansvarlig', 'Jan', 'Feb', 'Mar', 'Apr', 'Status'],
      ['Ledelse', 'Ida Krogh', 'Opstartsmøde', null, 'Budgetmøde', null, 'Planlagt'],
      ['Kommunikation', 'Ole Berg', null, 'Nyhedsbrev', null, null, 'Planlagt'],
      ['Inddragelse', 'Ole Berg', null, null, null, 'Dialogmøde', 'Planlagt'],
    ]);
    expect(rowOf(r, 4)).toMatchObject({ activity: 'Opstartsmøde', deadline: '2027-01-31' });
    expect(checkedAt(r, 'Årshjul', 'E4')).toBe(true);
  });

  test("a week's row with its Monday under a start column is still an empty week", () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['Ugeplan 2027'],
      [],
      ['Uge', 'Start', 'Aktivitet', 'Tema', 'Ansvarlig', 'Status'],
      ...[10, 11, 12, 13, 14, 15].map((w) =>
        w === 11 || w === 14 ? [w, null, `Møde i uge ${w}`, 'Ledelse', 'Ida Krogh', 'Planlagt'] : [w, null],
      ),
    ]);
    // The Monday of each week as a date cell (2027: week 10 begins Monday 8 March).
    [10, 11, 12, 13, 14, 15].forEach((w, i) => {
      ws[`B${4 + i}`] = { t: 'n', v: 46454 + (w - 10) * 7, z: 'dd-mm-yyyy' };
    });
    const r = inspectSheet('Uger', ws);
    expect(r.structure.draft.activities.map((a) => a.source.row)).toEqual([5, 8]);
    expect(rowOf(r, 5)).toMatchObject({ start: '2027-03-15', deadline: '2027-03-21' });
  });
});
