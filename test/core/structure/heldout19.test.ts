// Habits found by the nineteenth held-out round of the accuracy corpus (p105–p108): plans typed in
// haste, on a laptop between meetings or in Excel on a phone, never read through. Headers with two
// neighbouring letters swapped ("Tmea", "Strat", "Frsit", "Anvsar", "Nje"), themes one slip from
// their name ("Kommunikaiton", "Indragelse", "Ledelsse"), checklist answers one slip from an answer
// ("Delvsit", "Nje", "Nek", "Mej", "Ne"), the letter O typed for a zero and l for a one ("2O27",
// "l5.02.2027", "uge 1O", "l2"), "hlavår" for halvår. A careful human reads each such typo as meant
// and asks where two readings are possible: "Ledsagelse" is no slip of "Ledelse", "Nja" and "Ka" are
// no answers, "Team" is no slip of "Tema", "NA" is not "Ja". Each probe is a workbook SheetJS wrote,
// read through the intake, or the reading function itself.

import { besideOnKeyboard, findPeriod, swappedNeighbours } from '../../../core/normalize';
import { readAnswerText } from '../../../core/structure/checklist';
import { themeByMeaning } from '../../../core/structure/themes';
import { lettersAsDigits, readFigureText, readListValue } from '../../../core/structure/values';
import { scoreHeader } from '../../../core/structure/vocab';
import { SEED_QUESTIONS } from '../../accuracy/plans/checklist-seed';
import { checkedAt, COVER, inspectSheet, inspectSheetjs, ONE_ACTIVITY } from '../../fixtures/sheetjs';

type Inspected = ReturnType<typeof inspectSheet>;

function activity(r: Inspected, row: number) {
  return r.structure.draft.activities.find((a) => a.source.row === row);
}

/** The field a header names in the activity table, if any. */
function activityField(header: string): string | undefined {
  return scoreHeader(header).get('activities')?.[0]?.field;
}

describe('a header typed with two neighbouring letters swapped', () => {
  test('"Tmea", "Strat", "Frsit", "Anvsar" name the theme, the start, the deadline, the responsible', () => {
    expect(activityField('Tmea')).toBe('theme');
    expect(activityField('Strat')).toBe('start');
    expect(activityField('Frsit')).toBe('deadline');
    expect(activityField('Anvsar')).toBe('responsible');
    expect(scoreHeader('Nje').get('checklist')?.[0]?.field).toBe('answer.no');
  });

  test('"Strt" and "Frst" (a vowel left out of a five-letter word) name the start and the deadline', () => {
    expect(activityField('Strt')).toBe('start');
    expect(activityField('Frst')).toBe('deadline');
  });

  test('a header that is itself a word of the vocabulary is no slip of another ("Team" is not "Tema")', () => {
    expect(activityField('Team')).toBeUndefined();
    // Nor a word of its own outside it: "First" (as in "First name") is no slip of "Frist".
    expect(activityField('First')).toBeUndefined();
    expect(swappedNeighbours('team', 'tema')).toBe(true);
  });

  test('a plan under such headers is read column by column', () => {
    const r = inspectSheet('Plan', [
      ['Tmea', 'Aktivtet', 'Ansvalig', 'Strat', 'Frsit', 'Staus'],
      ['Ledelse', 'Styregruppemøde om målene', 'Bo Ek', '04.01.2027', '29.01.2027', 'I gang'],
      [
        'Kommunikation',
        'Informationsmøde for skolerne',
        'Ane Dam',
        '01.02.2027',
        '26.02.2027',
        'Ikke startet',
      ],
    ]);
    expect(activity(r, 2)).toMatchObject({
      values: { theme: 'leadership', start: '2027-01-04', deadline: '2027-01-29', responsible: 'Bo Ek' },
    });
    expect(activity(r, 3)).toMatchObject({
      values: { theme: 'communication', start: '2027-02-01', deadline: '2027-02-26' },
    });
  });
});

describe('a theme one slip of the keyboard from its name', () => {
  test('"Kommunikaiton", "Indragelse", "Ledelsse", "Opkvalifcering" are read, never as sure as the name', () => {
    expect(themeByMeaning('Kommunikaiton')).toEqual({ theme: 'communication', confidence: 0.7 });
    expect(themeByMeaning('Indragelse')).toEqual({ theme: 'involvement', confidence: 0.7 });
    expect(themeByMeaning('Ledelsse')).toEqual({ theme: 'leadership', confidence: 0.7 });
    expect(themeByMeaning('Opkvalifcering')).toEqual({ theme: 'upskilling', confidence: 0.7 });
  });

  test('a real word three letters from a theme ("Ledsagelse") names none', () => {
    expect(themeByMeaning('Ledsagelse')).toBeUndefined();
  });

  test('in a plan, the misspelt theme is read and checked at its cell', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
      ['Kommunikaiton', 'Informationsbrev til skolerne', 'Ane Dam', '15.02.2027', 'I gang'],
      ['Ledsagelse', 'Mentor ledsager den unge til første møde', 'Bo Ek', '31.03.2027', 'I gang'],
    ]);
    expect(activity(r, 2)?.values.theme).toBe('communication');
    expect(checkedAt(r, 'Plan', 'A2')).toBe(true);
    expect(activity(r, 3)?.values.theme).toBeUndefined();
  });
});

describe('a checklist answer typed in haste', () => {
  test('one slip from an answer: read, to be checked', () => {
    for (const [typed, answer] of [
      ['Delvsit', 'partly'],
      ['Deltvist', 'partly'],
      ['Dekvist', 'partly'],
      ['Nje', 'no'],
      ['Nek', 'no'],
      ['Mej', 'no'],
      ['Ne', 'no'],
      ['Yse', 'yes'],
    ] as const)
      expect([typed, readAnswerText(typed)]).toEqual([typed, { answer, guessed: true }]);
  });

  test('a word that may be another word is no answer ("Nja", "Ka", "NA", "Nå", "Nok")', () => {
    for (const typed of ['Nja', 'Ka', 'NA', 'Nå', 'Nok', 'Ni'])
      expect([typed, readAnswerText(typed).answer]).toEqual([typed, undefined]);
  });

  test('in a checklist, the answer is read and checked at its cell', () => {
    const answers: Record<string, string> = { F1: 'Ja', F2: 'Delvsit', F3: 'Nje', F4: 'Nja' };
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', ONE_ACTIVITY],
      [
        'Huskeliste',
        [['Nr.', 'Spørgsmål', 'Svar'], ...SEED_QUESTIONS.map(([id, q]) => [id, q, answers[id] ?? ''])],
      ],
    ]);
    const answer = (id: string) => r.structure.draft.checklist.find((c) => c.id === id)?.answer;
    expect([answer('F1'), answer('F2'), answer('F3'), answer('F4')]).toEqual(['yes', 'partly', 'no', null]);
    expect(checkedAt(r, 'Huskeliste', 'C3')).toBe(true);
    expect(checkedAt(r, 'Huskeliste', 'C4')).toBe(true);
  });

  test('keys side by side on a Danish keyboard', () => {
    expect(besideOnKeyboard('j', 'k')).toBe(true);
    expect(besideOnKeyboard('n', 'm')).toBe(true);
    expect(besideOnKeyboard('j', 'u')).toBe(true);
    expect(besideOnKeyboard('j', 'n')).toBe(true);
    expect(besideOnKeyboard('l', 'ø')).toBe(false);
    expect(besideOnKeyboard('a', 'e')).toBe(false);
  });
});

describe('the letter O typed for a zero, l for a one', () => {
  test('a number among others is written with the digits meant; words are left alone', () => {
    expect(lettersAsDigits('15.1O.2026')).toBe('15.10.2026');
    expect(lettersAsDigits('l5.02.2027')).toBe('15.02.2027');
    expect(lettersAsDigits('uge 1O')).toBe('uge 10');
    expect(lettersAsDigits('O')).toBe('0');
    expect(lettersAsDigits('Oplæg 2')).toBeUndefined();
    expect(lettersAsDigits('kl.10')).toBeUndefined();
    expect(lettersAsDigits('Q2 2027')).toBeUndefined();
  });

  test('a figure so typed is read, with a check', () => {
    expect(readFigureText('l2')).toEqual({ ok: true, value: 12, approx: 'letters' });
    expect(readFigureText('1O')).toEqual({ ok: true, value: 10, approx: 'letters' });
    expect(readFigureText('12')).toEqual({ ok: true, value: 12 });
  });

  test('a figure whose unit is typed with two letters swapped ("8 tiemr") is read, with a check', () => {
    expect(readFigureText('8 tiemr')).toEqual({ ok: true, value: 8, approx: 'unit' });
    expect(readFigureText('8 timer')).toEqual({ ok: true, value: 8 });
    expect(readFigureText('8 tider').ok).toBe(false);
  });

  test('in a plan, dates so typed are read and checked at their cells', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
      ['Ledelse', 'Styregruppemøde', 'Bo Ek', 'l5.02.2027', 'I gang'],
      ['Ledelse', 'Ledermøde', 'Bo Ek', '31.O5.2027', 'I gang'],
      ['Ledelse', 'Temadag', 'Bo Ek', 'uge 1O', 'I gang'],
      ['Ledelse', 'Opfølgning', 'Bo Ek', '15.06.2027', 'I gang'],
    ]);
    expect(activity(r, 2)?.values.deadline).toBe('2027-02-15');
    expect(activity(r, 3)?.values.deadline).toBe('2027-05-31');
    expect(activity(r, 4)?.values.deadline).toBe('2027-03-14');
    for (const cell of ['D2', 'D3', 'D4']) expect([cell, checkedAt(r, 'Plan', cell)]).toEqual([cell, true]);
    expect(checkedAt(r, 'Plan', 'D5')).toBe(false);
  });

  test('in the corps, hours and cases so typed are read and checked', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', ONE_ACTIVITY],
      [
        'Korps',
        [
          ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
          ['AB', 'Mentor', 'l2', '1O'],
          ['CD', 'Mentor', 8, 'O'],
        ],
      ],
    ]);
    const corps = r.structure.draft.corps;
    expect(corps.map((c) => [c.values.hoursPerWeek, c.values.activeCases])).toEqual([
      [12, 10],
      [8, 0],
    ]);
    expect(checkedAt(r, 'Korps', 'C2')).toBe(true);
    expect(checkedAt(r, 'Korps', 'D3')).toBe(true);
  });
});

describe('"halvår" typed with two neighbouring letters swapped', () => {
  test('"1. hlavår 2027" is the first half of 2027, on the cover too', () => {
    expect(findPeriod('1. hlavår 2027')?.id).toBe('2027-H1');
    expect(findPeriod('2. havlår 2026')?.id).toBe('2026-H2');
    const r = inspectSheetjs([
      [
        'Forside',
        [
          ['Kommune', 'Vejle'],
          ['Periode', '1. hlavår 2027'],
        ],
      ],
      ['Plan', ONE_ACTIVITY],
    ]);
    expect(r.structure.draft.period).toBe('2027-H1');
  });
});

describe('a word typed twice in a row', () => {
  test('"Ikke ikke startet" is not started (no double negation), checked', () => {
    expect(readListValue('status', 'Ikke ikke startet')).toMatchObject({
      id: 'not_started',
      confidence: 0.8,
    });
    expect(readListValue('status', 'Ikke startet')).toEqual({ id: 'not_started', confidence: 1 });
  });
});

describe('a year typed with a digit too many or too few', () => {
  test('"1.12.20207" and "15.03.227" are read in the plan\'s year, checked; a year that fits none is not', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
      ['Ledelse', 'Styregruppemøde', 'Bo Ek', '1.12.20207', 'I gang'],
      ['Ledelse', 'Ledermøde', 'Bo Ek', '15.03.227', 'I gang'],
      ['Ledelse', 'Temadag', 'Bo Ek', '15.03.20999', 'I gang'],
      ['Ledelse', 'Opfølgning', 'Bo Ek', '15.06.2027', 'I gang'],
    ]);
    expect(activity(r, 2)?.values.deadline).toBe('2027-12-01');
    expect(activity(r, 3)?.values.deadline).toBe('2027-03-15');
    expect(checkedAt(r, 'Plan', 'D2')).toBe(true);
    expect(checkedAt(r, 'Plan', 'D3')).toBe(true);
    expect(activity(r, 4)?.values.deadline).toBeUndefined();
  });
});

describe('a tick typed with the key beside x', () => {
  test('"c" under Ja is the tick, checked; "d" (Delvist\'s initial) is not', () => {
    const marks: Record<string, [string, string]> = {
      F1: ['Ja', 'x'],
      F2: ['Ja', 'c'],
      F3: ['Ja', 'd'],
      F4: ['Nej', 'x'],
    };
    const col = { Ja: 2, Delvist: 3, Nej: 4 } as const;
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', ONE_ACTIVITY],
      [
        'Tjekliste',
        [
          ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'],
          ...SEED_QUESTIONS.map(([id, q]) => {
            const row = [id, q, '', '', ''];
            const m = marks[id];
            if (m) row[col[m[0] as keyof typeof col]] = m[1];
            return row;
          }),
        ],
      ],
    ]);
    const answer = (id: string) => r.structure.draft.checklist.find((c) => c.id === id)?.answer;
    expect([answer('F1'), answer('F2'), answer('F3'), answer('F4')]).toEqual(['yes', 'yes', null, 'no']);
    expect(checkedAt(r, 'Tjekliste', 'C3')).toBe(true);
  });
});

describe('a municipality one slip from two, settled by the e-mail domain', () => {
  const read = (email: string | undefined) =>
    inspectSheetjs([
      [
        'Forside',
        [
          ['Kommune', 'Vejel Kommune'],
          ['Periode', '1. halvår 2027'],
          ['Koordinator', 'Anders Bech'],
          ...(email ? [['E-mail', email]] : []),
        ],
      ],
      ['Plan', ONE_ACTIVITY],
    ]);

  test('"Vejel" (Vejle or Vejen) with an address at vejle.dk is Vejle, checked', () => {
    const r = read('anders.bech@vejle.dk');
    expect(r.structure.draft.municipality?.code).toBe('630');
    expect(checkedAt(r, 'Forside', 'B1')).toBe(true);
    expect(r.issues.filter((i) => i.code === 'municipality_unknown')).toEqual([]);
  });

  test('without an address, or with one of neither, it is not guessed', () => {
    for (const email of [undefined, 'anders.bech@aarhus.dk']) {
      const r = read(email);
      expect(r.structure.draft.municipality).toBeUndefined();
      expect(r.issues.some((i) => i.code === 'municipality_unknown' && i.cell === 'B1')).toBe(true);
    }
  });
});
