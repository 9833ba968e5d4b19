import { ERROR_CODES, issue, severityOf, type IssueCode } from '../../../core/codes';
import type { DraftPlan } from '../../../core/draft';
import type { Issue } from '../../../core/schema';
import { issueSchema } from '../../../core/schema';
import { CHECKLIST, THEMES } from '../../../core/spec';
import { validate } from '../../../core/validate';
import {
  activity,
  answered,
  communicationRow,
  completeDraft,
  corpsRow,
  COVER,
  goodActivity,
  indicatorRow,
  PLAN_SHEET,
  planGrid,
  result,
  roleRow,
} from './builders';

const TODAY = '2026-06-01';

function run(draft: DraftPlan, issues: Issue[] = [], today = TODAY): Issue[] {
  return validate(result(draft, issues), planGrid(), { today });
}

function codes(issues: readonly Issue[]): IssueCode[] {
  return issues.map((i) => i.code as IssueCode);
}

function only(issues: readonly Issue[], code: IssueCode): Issue[] {
  return issues.filter((i) => i.code === code);
}

/** A structuring issue (what core/structure would have reported). */
function reported(code: IssueCode, sheet: string, cell: string): Issue {
  return issue(code, sheet, cell, { da: 'x', en: 'x' });
}

describe('a complete plan', () => {
  it('breaks no rule', () => {
    expect(run(completeDraft())).toEqual([]);
  });
});

describe('every issue', () => {
  it('has the severity of its code, a place and a message in Danish and English', () => {
    const draft = completeDraft({
      municipality: undefined,
      coordinator: undefined,
      activities: [activity(5, { activity: 'Styregruppemøde', deadline: '2026-03-15', status: 'done' })],
      checklist: answered(null),
      corps: [],
    });
    const issues = run(draft);
    expect(issues.length).toBeGreaterThan(20);
    for (const i of issues) {
      expect(issueSchema.parse(i)).toEqual(i);
      expect(i.severity).toBe(severityOf(i.code as IssueCode));
      expect(i.message.da).not.toEqual(i.message.en);
      expect(i.sheet).not.toBe('');
    }
  });

  it('does not repeat the issues structuring reported', () => {
    const own = [
      reported('date_unreadable', PLAN_SHEET, 'B5'),
      reported('value_not_in_list', PLAN_SHEET, 'G5'),
    ];
    const draft = completeDraft({
      activities: [...completeDraft().activities, activity(5, { activity: 'Møde', theme: 'leadership' })],
    });
    const issues = run(draft, own);
    expect(issues.filter((i) => i.code === 'date_unreadable' || i.code === 'value_not_in_list')).toEqual([]);
  });

  it('refuses a today that is not an ISO date', () => {
    expect(() => validate(result(completeDraft()), planGrid(), { today: '01.06.2026' })).toThrow(RangeError);
  });
});

describe('cover sheet', () => {
  it('reports a missing municipality, period and phase as errors at their places', () => {
    const issues = run(completeDraft({ municipality: undefined, period: undefined, phase: undefined }));
    expect(issues.map((i) => [i.code, i.severity, i.sheet, i.cell])).toEqual([
      ['municipality_missing', 'error', COVER, 'B3'],
      ['period_missing', 'error', COVER, 'B4'],
      ['phase_missing', 'error', COVER, 'B5'],
    ]);
    expect(only(issues, 'phase_missing')[0]?.message.da).toContain('Indledende implementering');
  });

  it('does not call a value missing when structuring reported it unknown, malformed or not in the list', () => {
    const issues = run(completeDraft({ municipality: undefined, period: undefined, phase: undefined }), [
      reported('municipality_unknown', COVER, 'B3'),
      reported('period_malformed', COVER, 'B4'),
      reported('value_not_in_list', COVER, 'B5'),
    ]);
    expect(issues).toEqual([]);
  });

  it('still reports the phase missing when a value outside a list was reported elsewhere', () => {
    const issues = run(completeDraft({ phase: undefined }), [
      reported('value_not_in_list', PLAN_SHEET, 'G5'),
    ]);
    expect(codes(issues)).toEqual(['phase_missing']);
  });

  it('falls back to the cover sheet when structuring did not place a field', () => {
    const issues = run(completeDraft({ municipality: undefined, places: {} }));
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['municipality_missing', COVER, 'A1']]);
  });

  it('warns when no coordinator is named', () => {
    const issues = run(completeDraft({ coordinator: { name: '  ' } }));
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['coordinator_missing', 'warning', 'B6'],
    ]);
  });
});

describe('required values', () => {
  it('reports each missing required value of an activity at its cell', () => {
    const draft = completeDraft({
      activities: [
        ...completeDraft().activities,
        activity(20, { activity: 'Temadag', milestone: 'Afholdt' }),
      ],
    });
    const issues = only(run(draft), 'required_missing');
    // Template columns: A start, B deadline, C theme, D activity, E milestone, F responsible, G status.
    expect(issues.map((i) => i.cell).sort()).toEqual(['B20', 'C20', 'F20', 'G20']);
    expect(issues.every((i) => i.sheet === PLAN_SHEET && i.severity === 'error')).toBe(true);
    const deadline = issues.find((i) => i.cell === 'B20');
    expect(deadline?.message.da).toBe(
      "Aktiviteten 'Temadag' mangler en værdi i kolonnen 'Deadline'. Skriv en dato eller en periode, fx 15.03.2026, uge 12 2026, marts 2026 eller Q2 2026.",
    );
  });

  it('names the row when the activity text itself is missing', () => {
    const row = goodActivity(21, 'leadership', { activity: undefined });
    const issues = only(
      run(completeDraft({ activities: [...completeDraft().activities, row] })),
      'required_missing',
    );
    expect(issues.map((i) => i.cell)).toEqual(['D21']);
    expect(issues[0]?.message.da).toMatch(/^Aktiviteten i række 21 mangler en værdi i kolonnen 'Aktivitet'/);
    expect(issues[0]?.message.en).toMatch(/^The activity in row 21 has no value in the column 'Activity'/);
  });

  it("falls back to the row's first cell when the column does not exist", () => {
    const row = goodActivity(22, 'leadership', { responsible: undefined });
    const withoutColumn = { ...row, cells: { ...row.cells, responsible: undefined } };
    const issues = only(
      run(completeDraft({ activities: [...completeDraft().activities, withoutColumn] })),
      'required_missing',
    );
    expect(issues.map((i) => i.cell)).toEqual(['A22']);
  });

  it('is silent where structuring already reported the value unreadable', () => {
    const row = goodActivity(23, 'leadership', { deadline: undefined, status: undefined });
    const issues = run(completeDraft({ activities: [...completeDraft().activities, row] }), [
      reported('date_unreadable', PLAN_SHEET, 'B23'),
      reported('value_not_in_list', PLAN_SHEET, 'G23'),
    ]);
    expect(only(issues, 'required_missing')).toEqual([]);
  });

  it('skips blank rows but not rows whose every value was unreadable', () => {
    const blank = activity(30, {});
    const unreadable = activity(31, {});
    const issues = run(completeDraft({ activities: [...completeDraft().activities, blank, unreadable] }), [
      reported('date_unreadable', PLAN_SHEET, 'B31'),
    ]);
    const cells = only(issues, 'required_missing').map((i) => i.cell);
    expect(cells.some((c) => c.endsWith('30'))).toBe(false);
    expect(cells.sort()).toEqual(['C31', 'D31', 'F31', 'G31']);
  });

  it('checks the required columns of the corps, roles, indicators and communication tables', () => {
    const draft = completeDraft({
      roles: [roleRow(2, { role: 'Ledelsen' })],
      corps: [
        corpsRow(2, { initials: 'AB', role: 'mentor', hoursPerWeek: 37, activeCases: 0 }),
        corpsRow(3, { role: 'mentor', hoursPerWeek: 10 }),
      ],
      indicators: [indicatorRow(2, { name: 'Tilfredshed' })],
      communication: [communicationRow(2, { audience: 'Ledere', message: 'Status' })],
    });
    const issues = only(run(draft), 'required_missing');
    expect(issues.map((i) => `${i.sheet}!${i.cell}`).sort()).toEqual([
      'Indikatorer!C2',
      'Kommunikation!C2',
      'Kommunikation!D2',
      'Kommunikation!E2',
      'Korps!A3',
      'Korps!F3',
      'Roller!B2',
    ]);
    expect(issues.find((i) => i.cell === 'A3')?.message.da).toBe(
      "Række 3 i arket 'Korps' mangler en værdi i kolonnen 'Initialer'. Skriv kun initialer – aldrig navne eller CPR-numre på borgere.",
    );
  });

  it('counts 0 hours or 0 cases as a value', () => {
    const draft = completeDraft({
      corps: [
        corpsRow(2, { initials: 'AB', role: 'mentor', hoursPerWeek: 37, activeCases: 0 }),
        corpsRow(3, { initials: 'CD', role: 'mentor', hoursPerWeek: 0, activeCases: 0 }),
      ],
    });
    expect(only(run(draft), 'required_missing')).toEqual([]);
  });
});

describe('start after deadline', () => {
  it('is an error at the start cell citing both dates in Danish notation', () => {
    const row = goodActivity(12, 'leadership', {
      activity: 'Kick-off',
      start: '2026-05-01',
      deadline: '2026-03-15',
      status: 'done',
      evaluation: 'God',
    });
    const issues = only(
      run(completeDraft({ activities: [...completeDraft().activities, row] })),
      'start_after_deadline',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', sheet: PLAN_SHEET, cell: 'A12' });
    expect(issues[0]?.message.da).toContain(
      "Aktiviteten 'Kick-off' starter 01.05.2026, efter sin deadline 15.03.2026",
    );
    expect(issues[0]?.message.en).toContain('starts on 1 May 2026, after its deadline of 15 March 2026');
  });

  it('is not reported when start equals deadline', () => {
    const row = goodActivity(12, 'leadership', { start: '2026-11-30', deadline: '2026-11-30' });
    expect(run(completeDraft({ activities: [...completeDraft().activities, row] }))).toEqual([]);
  });
});

describe('late activities', () => {
  const meeting = goodActivity(12, 'leadership', {
    activity: 'Styregruppemøde',
    start: '2026-01-10',
    deadline: '2026-03-15',
    status: 'in_progress',
  });
  const draft = completeDraft({ activities: [...completeDraft().activities, meeting] });

  it('are judged against today', () => {
    expect(only(run(draft, [], '2026-03-15'), 'activity_late')).toEqual([]);
    const late = only(run(draft, [], '2026-03-16'), 'activity_late');
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ severity: 'warning', sheet: PLAN_SHEET, cell: 'B12' });
    expect(late[0]?.message.da).toBe(
      "Aktiviteten 'Styregruppemøde' har deadline 15.03.2026, som er overskredet, og har status 'I gang'. Sæt status til Gennemført, Ændret eller Lukket, hvis det passer, eller sæt en ny deadline.",
    );
    expect(late[0]?.message.en).toContain(
      "had its deadline on 15 March 2026, which has passed, and has the status 'In progress'",
    );
    // Every other activity is due 2026-11-30: late a day after, not on the day.
    expect(only(run(draft, [], '2026-11-30'), 'activity_late')).toHaveLength(1);
    expect(only(run(draft, [], '2026-12-01'), 'activity_late')).toHaveLength(THEMES.length + 1);
  });

  it.each(['done', 'changed', 'closed'] as const)('are not late when %s', (status) => {
    const settled = { ...meeting, values: { ...meeting.values, status, evaluation: 'Afholdt' } };
    expect(
      only(run(completeDraft({ activities: [...completeDraft().activities, settled] })), 'activity_late'),
    ).toEqual([]);
  });

  it('are late when not started or without status', () => {
    const notStarted = { ...meeting, values: { ...meeting.values, status: 'not_started' as const } };
    const noStatus = { ...meeting, values: { ...meeting.values, status: undefined } };
    expect(only(run(completeDraft({ activities: [notStarted] })), 'activity_late')).toHaveLength(1);
    const issues = only(run(completeDraft({ activities: [noStatus] })), 'activity_late');
    expect(issues[0]?.message.da).toContain('og har ingen status');
  });

  it('each say their own deadline and status, however many different ones a plan has', () => {
    // Messages share the text after their subject (kept, and emptied when many): more different
    // deadline and status pairs than are kept (a deadline with several statuses), validated twice,
    // must still each say their own.
    const statuses = [undefined, 'not_started', 'in_progress'] as const;
    const labels = { not_started: 'Ikke startet', in_progress: 'I gang' } as const;
    const day = (i: number): string => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
    const rows = Array.from({ length: 4500 }, (_, i) =>
      goodActivity(10 + i, 'leadership', {
        activity: `Møde ${i}`,
        deadline: day(i % 1600),
        status: statuses[i % 3],
      }),
    );
    const draft = completeDraft({ activities: rows });
    for (let round = 0; round < 2; round++) {
      const late = only(run(draft, [], '2030-01-01'), 'activity_late');
      expect(late).toHaveLength(rows.length);
      late.forEach((issue, i) => {
        const [y, m, d] = day(i % 1600).split('-');
        const status = statuses[i % 3];
        const has = status === undefined ? 'har ingen status' : `har status '${labels[status]}'`;
        expect(issue.message.da).toBe(
          `Aktiviteten 'Møde ${i}' har deadline ${d}.${m}.${y}, som er overskredet, og ${has}. Sæt status til Gennemført, Ændret eller Lukket, hvis det passer, eller sæt en ny deadline.`,
        );
        expect(issue.message.en).toContain(`The activity 'Møde ${i}' had its deadline on ${Number(d)} `);
      });
    }
  });

  it('name the activity by its text, shortened with "…", or by its row when it has none', () => {
    const long = 'Præsentation af indsatsen på intranettet – Socialcentret, Kultur og Fritid, Skoler';
    const names = [long, 'Temadag', undefined, long];
    const rows = names.flatMap((name, i) => [
      goodActivity(20 + 2 * i, 'leadership', {
        activity: name,
        milestone: undefined,
        deadline: '2026-03-15',
      }),
      goodActivity(21 + 2 * i, 'leadership', { activity: name, status: 'done' }),
    ]);
    const issues = run(completeDraft({ activities: rows }));
    const subject = (row: number, lang: 'da' | 'en'): string => {
      const name = names[Math.floor((row - 20) / 2)];
      if (name === undefined)
        return lang === 'da' ? `Aktiviteten i række ${row}` : `The activity in row ${row}`;
      const quoted = name === long ? `${long.slice(0, 59).trimEnd()}…` : name;
      return lang === 'da' ? `Aktiviteten '${quoted}'` : `The activity '${quoted}'`;
    };
    // What follows the subject, per code and language: the same after every kind of subject.
    const said = new Map<string, Set<string>>();
    const counts = new Map<string, number>();
    for (const i of issues.filter((i) => i.code !== 'theme_without_activity')) {
      const row = Number(/\d+$/.exec(i.cell)?.[0]);
      counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
      for (const lang of ['da', 'en'] as const) {
        expect(i.message[lang].startsWith(`${subject(row, lang)} `)).toBe(true);
        const rest = i.message[lang].slice(subject(row, lang).length);
        said.set(`${i.code} ${lang}`, (said.get(`${i.code} ${lang}`) ?? new Set()).add(rest));
      }
    }
    expect(Object.fromEntries(counts)).toEqual({
      activity_late: 4,
      milestone_missing: 4,
      done_without_evaluation: 4,
      required_missing: 2,
    });
    for (const rests of said.values()) expect(rests.size).toBe(1);
    // Every row's missing required values come first (before any row's other rules), then the
    // other rules row by row.
    expect(codes(issues).slice(0, 4)).toEqual([
      'required_missing',
      'required_missing',
      'activity_late',
      'milestone_missing',
    ]);
    expect(issues.slice(0, 3).map((i) => i.cell)).toEqual(['D24', 'D25', 'B20']);
  });

  it('are not judged when structuring could not read the status', () => {
    const unread = { ...meeting, values: { ...meeting.values, status: undefined } };
    const issues = run(completeDraft({ activities: [unread] }), [
      reported('value_not_in_list', PLAN_SHEET, 'G12'),
    ]);
    expect(only(issues, 'activity_late')).toEqual([]);
  });
});

describe('done without evaluation and missing milestones', () => {
  it('warns about a done activity without an evaluation at the evaluation cell', () => {
    const row = goodActivity(12, 'leadership', { activity: 'Temadag', status: 'done' });
    const issues = only(
      run(completeDraft({ activities: [...completeDraft().activities, row] })),
      'done_without_evaluation',
    );
    expect(issues.map((i) => [i.severity, i.cell])).toEqual([['warning', 'I12']]);
    expect(issues[0]?.message.da).toContain(
      "Aktiviteten 'Temadag' er gennemført, men resultatet er ikke evalueret",
    );
    const evaluated = { ...row, values: { ...row.values, evaluation: 'Godt fremmøde' } };
    expect(run(completeDraft({ activities: [...completeDraft().activities, evaluated] }))).toEqual([]);
  });

  it('warns about each activity without a milestone', () => {
    const row = goodActivity(12, 'leadership', { activity: 'Temadag', milestone: ' ' });
    const issues = only(
      run(completeDraft({ activities: [...completeDraft().activities, row] })),
      'milestone_missing',
    );
    expect(issues.map((i) => [i.severity, i.cell])).toEqual([['warning', 'E12']]);
    expect(issues[0]?.message.da).toMatch(/^Aktiviteten 'Temadag' har ingen milepæl\./);
  });
});

describe('themes', () => {
  it('warns once for each of the 8 themes without an activity, at the theme header', () => {
    const draft = completeDraft({
      activities: [
        goodActivity(4, 'leadership'),
        goodActivity(5, 'leadership'),
        goodActivity(6, 'upskilling'),
      ],
    });
    const issues = only(run(draft), 'theme_without_activity');
    expect(issues).toHaveLength(6);
    expect(issues.every((i) => i.sheet === PLAN_SHEET && i.cell === 'C3' && i.severity === 'warning')).toBe(
      true,
    );
    expect(issues.map((i) => i.message.da).join('\n')).toContain("indsatsområdet 'Kommunikation'");
    expect(issues.map((i) => i.message.en).join('\n')).toContain("focus area 'Evaluation and adjustment'");
    expect(issues.some((i) => i.message.da.includes("'Ledelse'"))).toBe(false);
  });
});

describe('no plan table', () => {
  it('skips every activity rule but still judges the rest', () => {
    const draft = completeDraft({ planTable: undefined, activities: [], checklist: answered(null) });
    const issues = validate(
      result(draft, [reported('plan_table_missing', PLAN_SHEET, 'A1')], []),
      planGrid(),
      { today: TODAY },
    );
    expect(new Set(codes(issues))).toEqual(new Set(['checklist_unanswered']));
  });
});

describe('checklist', () => {
  it('warns about each unanswered question at its answer cell', () => {
    const checklist = answered().map((a) => (a.id === 'F3' || a.id === 'L8' ? { ...a, answer: null } : a));
    const issues = only(run(completeDraft({ checklist })), 'checklist_unanswered');
    expect(issues.map((i) => [i.sheet, i.cell])).toEqual([
      ['Huskeliste', 'D5'],
      ['Huskeliste', 'D17'],
    ]);
    expect(issues[0]?.message.da).toMatch(
      /^Spørgsmål F3 i huskelisten er ikke besvaret: 'Er der udarbejdet en plan/,
    );
    expect(issues[0]?.message.da).toMatch(/Vælg Ja, Delvist eller Nej\.$/);
    expect(issues[1]?.message.en).toMatch(/^Checklist question L8 is not answered/);
  });

  it('is silent about an answer structuring found ambiguous', () => {
    const checklist = answered().map((a) => (a.id === 'F1' ? { ...a, answer: null } : a));
    const issues = run(completeDraft({ checklist }), [
      reported('checklist_answer_ambiguous', 'Huskeliste', 'D3'),
    ]);
    expect(issues).toEqual([]);
  });

  it('reports all 15 questions when the checklist sheet is missing', () => {
    const checklist = CHECKLIST.map((q) => ({ id: q.id, answer: null }));
    const issues = only(run(completeDraft({ checklist })), 'checklist_unanswered');
    expect(issues).toHaveLength(15);
    expect(issues.every((i) => i.sheet === 'Huskeliste')).toBe(true);
  });
});

describe('corps', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 0],
    [3, 0],
  ])('with %d trained mentors gives %d corps_too_small warnings', (size, expected) => {
    const corps = Array.from({ length: size }, (_, i) =>
      corpsRow(i + 2, { initials: `M${i}`, role: 'mentor', hoursPerWeek: 37, activeCases: 5 }),
    );
    const issues = only(run(completeDraft({ corps })), 'corps_too_small');
    expect(issues).toHaveLength(expected);
    if (size === 1)
      expect(issues[0]?.message.da).toContain('Korpset har kun 1 uddannet mentor eller forældrecoach');
    if (size === 0)
      expect(issues[0]?.message.da).toContain(
        "Der er ingen uddannede mentorer eller forældrecoaches i arket 'Korps'",
      );
  });

  it.each<[string, [number, number][], boolean]>([
    [
      '2 full-time posts, 40 cases (20 each)',
      [
        [37, 20],
        [37, 20],
      ],
      false,
    ],
    [
      '2 full-time posts, 41 cases',
      [
        [37, 21],
        [37, 20],
      ],
      true,
    ],
    [
      '30 hours (0.81 posts), 16 cases (19.7)',
      [
        [10, 6],
        [10, 5],
        [10, 5],
      ],
      false,
    ],
    [
      '30 hours (0.81 posts), 17 cases (20.97)',
      [
        [10, 6],
        [10, 6],
        [10, 5],
      ],
      true,
    ],
    [
      'no hours, 3 cases',
      [
        [0, 2],
        [0, 1],
      ],
      true,
    ],
    [
      'no hours, no cases',
      [
        [0, 0],
        [0, 0],
      ],
      false,
    ],
  ])('%s → caseload_high %s', (_, members, expected) => {
    const corps = members.map(([hoursPerWeek, activeCases], i) =>
      corpsRow(i + 2, { initials: `M${i}`, role: 'mentor', hoursPerWeek, activeCases }),
    );
    const issues = only(run(completeDraft({ corps })), 'caseload_high');
    expect(issues).toHaveLength(expected ? 1 : 0);
  });

  it('explains the caseload in full-time posts with a Danish decimal comma', () => {
    const corps = [
      corpsRow(2, { initials: 'AB', role: 'mentor', hoursPerWeek: 37, activeCases: 30 }),
      corpsRow(3, { initials: 'CD', role: 'mentor', hoursPerWeek: 18.5, activeCases: 10 }),
    ];
    const [found] = only(run(completeDraft({ corps })), 'caseload_high');
    expect(found).toMatchObject({ severity: 'warning', sheet: 'Korps' });
    expect(found?.message.da).toContain(
      'Korpset har 40 aktive forløb på 1,5 fuldtidsstillinger (55,5 timer om ugen',
    );
    expect(found?.message.da).toContain('dvs. 26,7 forløb pr. fuldtidsstilling. Anbefalingen er højst 20.');
    expect(found?.message.en).toContain('40 active cases on 1.5 full-time posts (55.5 hours a week');
  });
});

describe('small numbers in personal indicators', () => {
  it.each<[string, Parameters<typeof indicatorRow>[1], string | null]>([
    ['personal count 3', { code: 'mentor_cases_active', name: 'x', unit: 'count', result: 3 }, 'F2'],
    ['personal count 1', { code: 'cases_started', name: 'x', unit: 'count', result: 1 }, 'F2'],
    [
      'personal count 4 as baseline',
      { code: 'leisure_jobs', name: 'x', unit: 'count', baseline: 4, result: 12 },
      'D2',
    ],
    ['personal count 0', { code: 'mentor_cases_active', name: 'x', unit: 'count', result: 0 }, null],
    ['personal count 5', { code: 'mentor_cases_active', name: 'x', unit: 'count', result: 5 }, null],
    [
      'personal percent from 4 cases',
      { code: 'cases_completed', name: 'x', unit: 'percent', result: 75, cases: 4 },
      'G2',
    ],
    [
      'personal percent from 12 cases',
      { code: 'cases_completed', name: 'x', unit: 'percent', result: 2, cases: 12 },
      null,
    ],
    ['not personal, count 3', { code: 'staff_trained', name: 'x', unit: 'count', result: 3 }, null],
    ['own indicator, count 3', { name: 'Egen måling', unit: 'count', result: 3 }, null],
  ])('%s', (_, values, cell) => {
    const issues = only(
      run(completeDraft({ indicators: [indicatorRow(2, values)] })),
      'indicator_small_number',
    );
    expect(issues.map((i) => i.cell)).toEqual(cell === null ? [] : [cell]);
  });

  it('tells the coordinator the figure will be shown as <5', () => {
    const indicators = [
      indicatorRow(2, { code: 'mentor_cases_active', name: 'x', unit: 'count', result: 3 }),
    ];
    const [found] = only(run(completeDraft({ indicators })), 'indicator_small_number');
    expect(found?.severity).toBe('warning');
    expect(found?.message.da).toContain("Indikatoren 'Aktive mentorforløb' har resultatet 3.");
    expect(found?.message.da).toContain('"<5"');
    expect(found?.message.en).toContain("The indicator 'Active mentor cases' has a result of 3.");
  });
});

describe('errors and warnings', () => {
  it('use only the codes of core/codes.ts, errors exactly where the domain says', () => {
    const draft = completeDraft({
      municipality: undefined,
      activities: [activity(5, { activity: 'Møde', start: '2026-05-01', deadline: '2026-03-01' })],
    });
    for (const i of run(draft)) {
      expect(i.severity === 'error').toBe((ERROR_CODES as readonly string[]).includes(i.code));
    }
  });
});
