// The round on the summary (issue 12): the overview's columns for the state in the round, on time or
// late, reviewed by and when, in Danish and English; "Om data" names the round and its deadline and
// says which submissions the figures come from. Without a round the overview has no such columns.

import { buildSummary } from '../../workbook/summary';
import { KOMMUNER } from '../../core/kommuner';
import { statusList, type Review } from '../../core/rounds';
import { generateCorps } from '../fixtures/plans';
import { readSummary, tableRows } from './read';

const plans = generateCorps({ seed: 12, municipalities: 3 });
const [a, b, c] = plans;
if (!a || !b || !c) throw new Error('fixture');
const nameOf = (code: string) => KOMMUNER.find((k) => k.code === code)?.name ?? code;
const missing = KOMMUNER.find((k) => ![a, b, c].some((p) => p.plan.municipality.code === k.code));
if (!missing) throw new Error('fixture');

// a on time and approved, b late and sent back, c on time awaiting review, one expected missing.
a.receipt.receivedAt = '2026-12-10T10:00:00.000Z';
b.receipt.receivedAt = '2026-12-16T10:00:00.000Z';
c.receipt.receivedAt = '2026-12-12T10:00:00.000Z';
const review = (id: string, decision: Review['decision']): Review => ({
  version: 1,
  submissionId: id,
  decision,
  ...(decision === 'sent_back' ? { comment: 'Fasen mangler' } : {}),
  by: { role: 'leader', name: 'Lise Leder' },
  at: '2026-12-17T09:30:00.000Z',
});
const round = {
  period: '2026-H2',
  deadline: '2026-12-15',
  closed: false,
  expected: [a, b, c].map((p) => p.plan.municipality.code).concat(missing.code),
};
const rows = statusList(
  round,
  [a, b, c].map((p) => ({
    submissionId: p.receipt.submissionId,
    municipality: p.plan.municipality.code,
    receivedAt: p.receipt.receivedAt,
    warnings: 0,
    ...(p === b ? { note: 'Lederen er på barsel til januar' } : {}),
  })),
  new Map([
    [a.receipt.submissionId, review(a.receipt.submissionId, 'approved')],
    [b.receipt.submissionId, review(b.receipt.submissionId, 'sent_back')],
  ]),
);

async function summary(lang: 'da' | 'en', withRound = true) {
  return readSummary(
    await buildSummary({
      period: '2026-H2',
      plans,
      roster: { version: 1, expected: round.expected, entries: [] },
      generatedAt: new Date('2026-12-18T10:00:00Z'),
      lang,
      ...(withRound ? { round: { round, rows } } : {}),
    }),
  );
}

test('the overview shows each municipality’s state in the round, lateness and review', async () => {
  const read = await summary('da');
  const byName = new Map(tableRows(read, 'Overblik').map((r) => [r['Kommune'], r]));
  expect(byName.get(nameOf(a.plan.municipality.code))).toMatchObject({
    'Status i runden': 'Godkendt',
    'Til tiden': 'Ja',
    'Vurderet af': 'Lise Leder',
  });
  expect(byName.get(nameOf(b.plan.municipality.code))).toMatchObject({
    'Status i runden': 'Sendt tilbage',
    'Til tiden': 'For sent',
  });
  expect(byName.get(nameOf(c.plan.municipality.code))?.['Status i runden']).toBe('Indsendt');
  expect(byName.get(missing.name)?.['Status i runden']).toBe('Mangler');
});

test('in English too, and "About data" names the round and its deadline', async () => {
  const read = await summary('en');
  const row = tableRows(read, 'Overblik').find((r) => r['Municipality'] === nameOf(b.plan.municipality.code));
  expect(row).toMatchObject({ 'State in the round': 'Sent back', 'On time': 'Late' });
  const about = JSON.stringify(tableRows(read, 'Om_data'));
  expect(about).toContain('Reporting round');
  expect(about).toContain('2026-H2 with the deadline');
});

test('without a round the overview has no round columns', async () => {
  const read = await summary('da', false);
  const first = tableRows(read, 'Overblik')[0] ?? {};
  expect(Object.keys(first)).not.toContain('Status i runden');
});

test("the coordinator's note and the leaders' latest comment stand beside the municipality's row", async () => {
  for (const lang of ['da', 'en'] as const) {
    const read = await summary(lang);
    const [name, note, comment] =
      lang === 'da'
        ? ['Kommune', 'Koordinatorens bemærkning', 'Seneste kommentar fra ledelsen']
        : ['Municipality', "Coordinator's note", "The leaders' latest comment"];
    const byName = new Map(tableRows(read, 'Overblik').map((r) => [r[name], r]));
    expect(byName.get(nameOf(b.plan.municipality.code))).toMatchObject({
      [note]: 'Lederen er på barsel til januar',
      [comment]: 'Fasen mangler',
    });
    expect(byName.get(nameOf(a.plan.municipality.code))?.[comment]).toBeNull();
    expect(byName.get(missing.name)?.[note]).toBeNull();
  }
});

test('a long comment is shortened on the overview and stands whole on Indsendelser, beside the submission it is about', async () => {
  const long = `Fasen mangler. ${'Beskriv også, hvordan forældrecoachene bliver superviseret i efteråret. '.repeat(4)}Tak.`;
  const longRows = rows.map((r) =>
    r.review?.comment ? { ...r, review: { ...r.review, comment: long } } : r,
  );
  const read = await readSummary(
    await buildSummary({
      period: '2026-H2',
      plans,
      roster: { version: 1, expected: round.expected, entries: [] },
      generatedAt: new Date('2026-12-18T10:00:00Z'),
      lang: 'da',
      round: { round, rows: longRows },
    }),
  );
  const shown = tableRows(read, 'Overblik').find((r) => r['Kommune'] === nameOf(b.plan.municipality.code));
  const clipped = String(shown?.['Seneste kommentar fra ledelsen']);
  expect(clipped.length).toBeLessThan(long.length);
  expect(clipped.endsWith('…')).toBe(true);
  const submitted = tableRows(read, 'Indsendelser');
  const ofB = submitted.find((r) => r['Indsendelses-id'] === b.receipt.submissionId);
  expect(ofB?.['Seneste kommentar fra ledelsen']).toBe(long);
  const ofA = submitted.find((r) => r['Indsendelses-id'] === a.receipt.submissionId);
  expect(ofA?.['Seneste kommentar fra ledelsen']).toBeNull();
});
