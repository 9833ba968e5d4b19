// Roles, corps, indicators, communication and the needs analysis.

import { structure } from '../../../core/structure';
import { NEEDS_ANALYSIS } from '../../../core/spec';
import { date, gridOf } from './grid-builder';

function withoutPlanIssue(result: ReturnType<typeof structure>) {
  return result.issues.filter((i) => i.code !== 'plan_table_missing');
}

describe('corps cases in other words', () => {
  it('reads "Antal sager" and "Antal familier" as the cases, counts with a unit word, and "ingen" as none', () => {
    for (const header of ['Antal sager', 'Antal familier', 'Sager']) {
      const result = structure(
        gridOf({
          name: 'Korps',
          rows: [
            ['Initialer', 'Rolle', 'Timer pr. uge', header],
            ['AB', 'Mentor', 5, '3 familier'],
            ['CD', 'Forældrecoach', 6, '2 unge'],
            ['EF', 'Mentor', 4, 'Ingen'],
            ['GH', 'Mentor', 4, '4 sager'],
          ],
        }),
      );
      expect([header, result.draft.corps.map((m) => m.values.activeCases)]).toEqual([header, [3, 2, 0, 4]]);
      expect(result.unmapped).toEqual([]);
    }
  });

  it('does not read "ingen" as a figure outside a count of cases', () => {
    const result = structure(
      gridOf({
        name: 'Korps',
        rows: [
          ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
          ['AB', 'Mentor', 'ingen', 2],
        ],
      }),
    );
    expect(result.draft.corps[0]?.values.hoursPerWeek).toBeUndefined();
    expect(result.issues.map((i) => `${i.code}@${i.cell}`)).toContain('number_invalid@C2');
  });
});

describe('catalogue indicators named in other words', () => {
  function read(names: readonly string[]) {
    return structure(
      gridOf({
        name: 'Indikatorer',
        rows: [['Indikator', 'Mål', 'Resultat'], ...names.map((n, i) => [n, 10 + i, 5 + i])],
      }),
    );
  }

  it('the same words in another order or form are the catalogue indicator, certain', () => {
    const r = read([
      'Antal aktive mentorforløb',
      'Antal afsluttede forløb i perioden',
      'Fritidsjobs formidlet',
      'Opkvalificerede medarbejdere',
    ]);
    expect(r.draft.indicators.map((i) => i.values.code)).toEqual([
      'mentor_cases_active',
      'cases_completed',
      'leisure_jobs',
      'staff_trained',
    ]);
    expect(r.checks.filter((c) => c.field === 'indicators.code')).toEqual([]);
    // The coordinator's own name is kept.
    expect(r.draft.indicators[0]?.values.name).toBe('Antal aktive mentorforløb');
  });

  it('a name whose words all stand in one label is that indicator, with a check', () => {
    const r = read(['Positiv progression']);
    expect(r.draft.indicators[0]?.values.code).toBe('cases_positive_progression');
    expect(r.checks.map((c) => `${c.field}@${c.cell}`)).toEqual(['indicators.code@A2']);
  });

  it('a name with a word no label has, or that fits no single label, stays their own indicator', () => {
    const r = read([
      'Positiv progression i skolen',
      'Antal aktive forløb',
      'Tilfredshed blandt forældre',
      'Forløb',
    ]);
    expect(r.draft.indicators.map((i) => i.values.code)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('roles', () => {
  it('reads the seed’s role table with responsibilities over several rows', () => {
    const result = structure(
      gridOf({
        name: 'Roller',
        rows: [
          ['ROLLER', 'NAVN', 'ANSVAR 0G OPGAVER'],
          ['LEDELSEN', 'Anne Dahl', 'Har det overordnede ansvar for korpset'],
          ['', '', 'Sikrer opbakning til medarbejderne'],
          ['KOORDINATOR', 'Bo Lund', 'Udarbejder implementeringsplanen'],
        ],
      }),
    );
    expect(result.draft.roles.map((r) => r.values)).toEqual([
      {
        role: 'LEDELSEN',
        name: 'Anne Dahl',
        responsibilities: 'Har det overordnede ansvar for korpset\nSikrer opbakning til medarbejderne',
      },
      { role: 'KOORDINATOR', name: 'Bo Lund', responsibilities: 'Udarbejder implementeringsplanen' },
    ]);
    expect(result.unmapped).toEqual([]);
  });
});

describe('corps', () => {
  it('reads initials, role, dates and numbers written as text', () => {
    const result = structure(
      gridOf({
        name: 'Korps',
        rows: [
          ['Init.', 'Korpsrolle', 'Afdeling', 'Uddannet', 'Timer/uge', 'Antal forløb'],
          ['AB', 'Mentor', 'Jobcenter', date('2025-05-12'), '10 timer', 3],
          ['CD', 'FC', 'Familie', '12.05.2025', '7,5', '2 forløb'],
          ['EF', 'Mentor/forældrecoach', 'SSP', '', 'ca. 12 t/uge', 0],
        ],
      }),
    );
    expect(result.draft.corps.map((r) => r.values)).toEqual([
      {
        initials: 'AB',
        role: 'mentor',
        department: 'Jobcenter',
        trainedOn: '2025-05-12',
        hoursPerWeek: 10,
        activeCases: 3,
      },
      {
        initials: 'CD',
        role: 'parent_coach',
        department: 'Familie',
        trainedOn: '2025-05-12',
        hoursPerWeek: 7.5,
        activeCases: 2,
      },
      { initials: 'EF', role: 'both', department: 'SSP', hoursPerWeek: 12, activeCases: 0 },
    ]);
    expect(withoutPlanIssue(result)).toEqual([]);
  });

  it('reports numbers it cannot read, and half cases, quoting the value', () => {
    const result = structure(
      gridOf({
        name: 'Korps',
        rows: [
          ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
          ['AB', 'Mentor', 'efter behov', 2.5],
          ['CD', 'Mentor', '8-10', -1],
        ],
      }),
    );
    const issues = withoutPlanIssue(result);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['number_invalid', 'C2'],
      ['number_invalid', 'D2'],
      ['number_invalid', 'C3'],
      ['number_invalid', 'D3'],
    ]);
    expect(issues[0]?.message.da).toContain('"efter behov"');
    expect(issues[1]?.message.en).toContain('whole number');
    expect(result.draft.corps.map((r) => r.values)).toEqual([
      { initials: 'AB', role: 'mentor' },
      { initials: 'CD', role: 'mentor' },
    ]);
    expect(result.unmapped.map((u) => u.cell)).toEqual(['C2', 'D2', 'C3', 'D3']);
  });
});

describe('approximate figures', () => {
  const indicators = (rows: (string | number)[][]) =>
    structure(
      gridOf({
        name: 'Indikatorer',
        rows: [['Indikator', 'Enhed', 'Udgangspunkt', 'Mål', 'Resultat'], ...rows],
      }),
    );

  it('keeps "ca. 6", "omkring 15", "~10" and "6+" as the figure, with a check at the cell saying why', () => {
    const result = indicators([
      ['Aktive mentorforløb', 'Antal', 'ca. 6', 'omkring 15', '~10'],
      ['Uddannede medarbejdere', 'Antal', '6+', 'mindst 12', 'cirka 8'],
    ]);
    expect(result.draft.indicators.map((r) => [r.values.baseline, r.values.target, r.values.result])).toEqual(
      [
        [6, 15, 10],
        [6, 12, 8],
      ],
    );
    expect(result.checks.map((c) => [c.sheet, c.cell, c.field, c.value])).toEqual([
      ['Indikatorer', 'C2', 'indicators.baseline', 'ca. 6'],
      ['Indikatorer', 'D2', 'indicators.target', 'omkring 15'],
      ['Indikatorer', 'E2', 'indicators.result', '~10'],
      ['Indikatorer', 'C3', 'indicators.baseline', '6+'],
      ['Indikatorer', 'D3', 'indicators.target', 'mindst 12'],
      ['Indikatorer', 'E3', 'indicators.result', 'cirka 8'],
    ]);
    const [about, , , atLeast] = result.checks;
    expect(about?.confidence).toBeLessThan(1);
    expect(about?.reason.da).toBe(
      '"ca. 6" i C2 er et omtrentligt tal, så 6 er læst. Skriv det præcise tal, hvis I kender det.',
    );
    expect(about?.reason.en).toBe(
      '"ca. 6" in C2 is an approximate figure, so 6 was read. Write the exact figure if you know it.',
    );
    expect(atLeast?.reason.da).toContain('mindst 6');
    expect(atLeast?.reason.en).toContain('at least 6');
  });

  it('reads a figure with a remark in brackets after it as the figure, with a check saying why', () => {
    const result = structure(
      gridOf({
        name: 'Korps',
        rows: [
          ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
          ['AB', 'Mentor', '7,5 (i perioden)', '3 (+1 på venteliste)'],
          ['CD', 'Mentor', 'ca. 8 (skønnet)', '(2)'],
        ],
      }),
    );
    expect(result.draft.corps.map((r) => [r.values.hoursPerWeek, r.values.activeCases])).toEqual([
      [7.5, 3],
      [8, undefined],
    ]);
    expect(result.checks.map((c) => [c.cell, c.field, c.value])).toEqual([
      ['C2', 'corps.hoursPerWeek', '7,5 (i perioden)'],
      ['D2', 'corps.activeCases', '3 (+1 på venteliste)'],
      ['C3', 'corps.hoursPerWeek', 'ca. 8 (skønnet)'],
    ]);
    expect(result.checks[1]?.reason.da).toBe(
      '"3 (+1 på venteliste)" i D2 er et tal med en bemærkning i parentes, så 3 er læst. Ret tallet, hvis bemærkningen ændrer det.',
    );
    expect(result.checks[1]?.reason.en).toContain('a figure with a remark in brackets, so 3 was read');
    // An approximate figure keeps its own reason; a bracket alone is no figure.
    expect(result.checks[2]?.reason.en).toContain('approximate figure');
    expect(result.issues.filter((i) => i.code === 'number_invalid').map((i) => i.cell)).toEqual(['D3']);
  });

  it('reads "12 af 20" as the count 12, with a check saying a share is written in percent', () => {
    const result = indicators([
      ['Aktive mentorforløb', 'Antal', 10, '20', '12 af 20'],
      ['Uddannede medarbejdere', 'Antal', 2, '8', '5 ud af 8'],
    ]);
    expect(result.draft.indicators.map((r) => r.values.result)).toEqual([12, 5]);
    expect(result.checks.map((c) => [c.cell, c.field, c.value])).toEqual([
      ['E2', 'indicators.result', '12 af 20'],
      ['E3', 'indicators.result', '5 ud af 8'],
    ]);
    expect(result.checks[0]?.reason.da).toBe(
      '"12 af 20" i E2 er et antal ud af et helt, så antallet 12 er læst. Er tallet en andel, så skriv den i procent.',
    );
    expect(result.checks[0]?.reason.en).toContain('a count out of a whole, so the count 12 was read');
  });

  it('reads an exact figure with no check', () => {
    const result = indicators([['Aktive mentorforløb', 'Antal', 6, '15', '10 forløb']]);
    expect(result.draft.indicators[0]?.values).toMatchObject({ baseline: 6, target: 15, result: 10 });
    expect(result.checks).toEqual([]);
  });

  it('reads no figure from a range ("6-8") and says it is a range, naming the cell', () => {
    const result = indicators([['Aktive mentorforløb', 'Antal', 4, '6-8', '5 til 7']]);
    expect(result.draft.indicators[0]?.values).toMatchObject({ baseline: 4 });
    expect(result.draft.indicators[0]?.values.target).toBeUndefined();
    expect(result.draft.indicators[0]?.values.result).toBeUndefined();
    const issues = withoutPlanIssue(result);
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ['number_invalid', 'Indikatorer', 'D2'],
      ['number_invalid', 'Indikatorer', 'E2'],
    ]);
    expect(issues[0]?.message.da).toContain('"6-8" i D2 er et spænd');
    expect(issues[0]?.message.en).toContain('"6-8" in D2 is a range');
  });

  it('checks a corps member\'s hours written "ca. 12 t/uge", and still refuses half cases', () => {
    const result = structure(
      gridOf({
        name: 'Korps',
        rows: [
          ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
          ['EF', 'Mentor', 'ca. 12 t/uge', '3+'],
          ['GH', 'Mentor', 7, 'ca. 2,5'],
        ],
      }),
    );
    expect(result.draft.corps.map((r) => [r.values.hoursPerWeek, r.values.activeCases])).toEqual([
      [12, 3],
      [7, undefined],
    ]);
    expect(result.checks.map((c) => [c.cell, c.field])).toEqual([
      ['C2', 'corps.hoursPerWeek'],
      ['D2', 'corps.activeCases'],
    ]);
    expect(withoutPlanIssue(result).map((i) => [i.code, i.cell])).toEqual([['number_invalid', 'D3']]);
  });
});

describe('indicators', () => {
  it('gives catalogue names their code and unit; own indicators keep their name', () => {
    const result = structure(
      gridOf({
        name: 'Indikatorer',
        rows: [
          ['Kode', 'Indikator', 'Enhed', 'Udgangspunkt', 'Mål', 'Resultat', 'n'],
          ['', 'Aktive mentorforløb', '', 10, 20, 14, 14],
          ['staff_trained', '', '', 0, 12, 8, ''],
          ['', 'Andel unge i job', '%', '40 %', 60, '45,5', 22],
          ['Formidlede fritidsjob', '', 'Antal', '', 5, 3, 3],
        ],
      }),
    );
    expect(result.draft.indicators.map((r) => r.values)).toEqual([
      {
        code: 'mentor_cases_active',
        name: 'Aktive mentorforløb',
        unit: 'count',
        baseline: 10,
        target: 20,
        result: 14,
        cases: 14,
      },
      {
        code: 'staff_trained',
        name: 'Medarbejdere opkvalificeret',
        unit: 'count',
        baseline: 0,
        target: 12,
        result: 8,
      },
      { name: 'Andel unge i job', unit: 'percent', baseline: 40, target: 60, result: 45.5, cases: 22 },
      { code: 'leisure_jobs', name: 'Formidlede fritidsjob', unit: 'count', target: 5, result: 3, cases: 3 },
    ]);
    expect(result.unmapped).toEqual([]);
  });

  it('reports a code that is not in the catalogue', () => {
    const result = structure(
      gridOf({
        name: 'Indikatorer',
        rows: [
          ['Kode', 'Indikator', 'Enhed', 'Mål'],
          ['IND-7', 'Trivselsmåling', 'Antal', 30],
        ],
      }),
    );
    const issues = withoutPlanIssue(result);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['value_not_in_list', 'A2']]);
    expect(issues[0]?.message.da).toContain('mentor_cases_active');
    expect(result.draft.indicators[0]?.values).toEqual({ name: 'Trivselsmåling', unit: 'count', target: 30 });
    expect(result.unmapped).toEqual([{ sheet: 'Indikatorer', cell: 'A2', value: 'IND-7' }]);
  });
});

describe('indicator figures that do not fit the unit', () => {
  it('a fraction beside whole percentages, and "%" under the unit antal, are kept and checked', () => {
    const result = structure(
      gridOf({
        name: 'Indikatorer',
        rows: [
          ['Indikator', 'Enhed', 'Udgangspunkt', 'Mål', 'Resultat'],
          ['Andel unge i uddannelse', '%', 30, 60, '0,45'],
          ['Afholdte møder', 'antal', 2, 6, '50%'],
          ['Andel i job', '%', 0.2, 0.4, 0.3],
          ['Deltagere', 'antal', 10, 20, 14],
        ],
      }),
    );
    expect(result.draft.indicators.map((r) => r.values.result)).toEqual([0.45, 50, 0.3, 14]);
    expect(result.checks.map((c) => [c.cell, c.field])).toEqual([
      ['E2', 'indicators.result'],
      ['E3', 'indicators.result'],
    ]);
  });
});

describe('communication', () => {
  it('reads every column as text; a date cell shows as YYYY-MM-DD', () => {
    const result = structure(
      gridOf({
        name: 'Kommunikation',
        rows: [
          ['Målgruppe', 'Budskab', 'Kanal', 'Hvornår', 'Ansvarlig'],
          ['Ledere', 'Hvad korpset kan', 'Ledermøde', date('2026-03-10'), 'Leder'],
          ['Partnere', 'Sådan henviser I', 'Nyhedsbrev', 'Hvert kvartal', 'Koordinator'],
        ],
      }),
    );
    expect(result.draft.communication.map((r) => r.values)).toEqual([
      {
        audience: 'Ledere',
        message: 'Hvad korpset kan',
        channel: 'Ledermøde',
        when: '2026-03-10',
        responsible: 'Leder',
      },
      {
        audience: 'Partnere',
        message: 'Sådan henviser I',
        channel: 'Nyhedsbrev',
        when: 'Hvert kvartal',
        responsible: 'Koordinator',
      },
    ]);
  });
});

describe('needs analysis', () => {
  it('matches answers to B1–B9 by the question text, or by number', () => {
    const b = (id: string) => NEEDS_ANALYSIS.find((q) => q.id === id)?.text.da ?? '';
    const result = structure(
      gridOf({
        name: 'Behovsanalyse',
        rows: [
          ['Nr.', 'Spørgsmål', 'Svar'],
          ['', b('B6'), 'Meget motiverede'],
          ['', 'Hvordan passer LAT-metoden ind i vores tilbudsvifte?', 'Godt, som supplement'],
          ['9', 'Fælles mål', 'Fælles styregruppe'],
          ['', b('B2'), ''],
        ],
      }),
    );
    // In the order of the questions, whatever the order in the workbook.
    expect(result.draft.needsAnalysis.map((n) => [n.id, n.answer])).toEqual([
      ['B4', 'Godt, som supplement'],
      ['B6', 'Meget motiverede'],
      ['B9', 'Fælles styregruppe'],
    ]);
    expect(result.unmapped).toEqual([]);
  });
});
