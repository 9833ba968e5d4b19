// List values in the coordinator's own words: statuses, anchorings and the other lists, read as a
// careful person reads them — certain words without a check, judgements with one, words beside a
// value kept, and nothing read silently that could be read otherwise.

import { structure } from '../../../core/structure';
import { legendOf, readListValue } from '../../../core/structure/values';
import type { ListId } from '../../../core/spec';
import { gridOf, type In } from './grid-builder';

const read = (list: ListId, text: string, header?: string) =>
  readListValue(list, text, header === undefined ? {} : { header });

describe('statuses written in other words', () => {
  it.each([
    ['Færdig', 'done'],
    ['Afsluttet!', 'done'],
    ['Gennemført.', 'done'],
    ['COMPLETED', 'done'],
    ['Complete', 'done'],
    ['Done', 'done'],
    ['Finished', 'done'],
    ['Implementeret', 'done'],
    ['Ikke påbegyndt', 'not_started'],
    ['Ikke begyndt', 'not_started'],
    ['Planlagt', 'not_started'],
    ['Not started', 'not_started'],
    ['Planned', 'not_started'],
    ['I proces', 'in_progress'],
    ['I gang', 'in_progress'],
    ['Igang', 'in_progress'],
    ['Igangværende', 'in_progress'],
    ['Pågår', 'in_progress'],
    ['In progress', 'in_progress'],
    ['Ongoing', 'in_progress'],
    ['Under udarbejdelse', 'in_progress'],
    ['Under implementering', 'in_progress'],
    ['Fortsætter', 'in_progress'],
    ['Halvvejs', 'in_progress'],
    ['Aflyst', 'closed'],
    ['Droppet', 'closed'],
    ['Nedlagt', 'closed'],
    ['Udgået', 'closed'],
    ['Bortfaldet', 'closed'],
    ['Skrinlagt', 'closed'],
    ['Cancelled', 'closed'],
    ['Canceled', 'closed'],
    ['Closed', 'closed'],
    ['Ændret', 'changed'],
    ['Changed', 'changed'],
  ])('%j names %s: certain, no check', (text, id) => {
    expect(read('status', text)).toEqual({ id, confidence: 1 });
  });

  it.each([
    ['Udskudt', 'changed'],
    ['Postponed', 'changed'],
    ['Booket', 'not_started'],
    ['Indkaldt', 'not_started'],
    ['Forsinket', 'in_progress'],
    ['Delayed', 'in_progress'],
    ['Behind', 'in_progress'],
    ['At risk', 'in_progress'],
    ['On track', 'in_progress'],
    ['On hold', 'changed'],
    ['Sat på pause', 'changed'],
    ['På hold', 'changed'],
    ['Lagt på hold', 'changed'],
    ['Gennemført delvist', 'in_progress'],
    ['Delvis gennemført', 'in_progress'],
    ['Klar', 'done'],
    ['Ikke færdig', 'in_progress'],
    ['Påbegyndes', 'not_started'],
    ['Afsluttes', 'in_progress'],
    ['Næsten færdig', 'in_progress'],
    ['Snart færdig', 'in_progress'],
    ['Almost done', 'in_progress'],
    ['Under planlægning', 'not_started'],
    ['Ikke relevant', 'closed'],
    ['Ikke aktuel', 'closed'],
    ['Afventer', 'not_started'],
    ['Awaiting', 'not_started'],
    ['Pending', 'not_started'],
  ])('%j is read as %s, but only as a judgement the coordinator confirms', (text, id) => {
    const r = read('status', text);
    expect(r?.id).toBe(id);
    expect(r?.confidence).toBeLessThan(1);
    expect(r?.why?.da).toMatch(/\S/);
    expect(r?.why?.en).toMatch(/\S/);
  });

  it('"late" is never a status: Forsinket says that lateness is worked out from the deadline', () => {
    expect(read('status', 'Forsinket')?.why?.da).toContain('deadline er overskredet');
  });

  it.each([
    ['Igangg', 'in_progress'],
    ['Fædig', 'done'],
    ['Afslutet', 'done'],
    ['In progres', 'in_progress'],
    ['Ikke påbegynt', 'not_started'],
  ])('a typing slip %j is read as %s with a check', (text, id) => {
    const r = read('status', text);
    expect(r?.id).toBe(id);
    expect(r?.confidence).toBeLessThanOrEqual(0.8);
  });

  it('does not read a slip that is as near to two values as to one', () => {
    // One letter from "startet" (I gang) and from "startes" (Ikke startet).
    expect(read('status', 'Starte')).toBeUndefined();
    expect(read('status', 'blabla')).toBeUndefined();
  });
});

describe('words beside a value', () => {
  it('the value is read from the leading words and the rest is returned to be kept', () => {
    expect(read('status', 'I gang – mangler budget')).toMatchObject({
      id: 'in_progress',
      rest: 'mangler budget',
    });
    expect(read('status', 'I gang mangler budget')).toMatchObject({
      id: 'in_progress',
      rest: 'mangler budget',
    });
    expect(read('status', 'Ikke startet, afventer ledelsen')).toMatchObject({
      id: 'not_started',
      rest: 'afventer ledelsen',
    });
    expect(read('status', 'Færdig (maj)')).toMatchObject({ id: 'done', rest: 'maj' });
    expect(read('status', 'I gang – mangler budget')?.confidence).toBeLessThan(1);
  });

  it('a value named inside a sentence is found, and words that say nothing are not kept', () => {
    expect(read('anchoring', 'Indsatsen fortsætter i drift')).toMatchObject({ id: 'operation' });
    expect(read('anchoring', 'Indsatsen fortsætter i drift')?.rest).toBeUndefined();
  });

  it('a value word after a negation is not that value', () => {
    expect(read('status', 'Ikke helt færdig')).toBeUndefined();
  });

  it('a word with a negating prefix ("Uafsluttet", "Ufærdig", "Ugennemført") is no slip for the word without it', () => {
    // Words for "not finished" are I gang, checked, as "Ikke færdig" is.
    for (const text of ['Uafsluttet', 'Ufærdig', 'Halvfærdig', 'Unfinished']) {
      expect(read('status', text)).toMatchObject({ id: 'in_progress' });
      expect(read('status', text)?.confidence).toBeLessThan(1);
    }
    // Never Gennemført: without a word for it, the text names no status (an issue at its cell).
    expect(read('status', 'Ugennemført')).toBeUndefined();
    expect(read('status', 'Uændret')).toBeUndefined();
    // A real slip is still read, with a check.
    expect(read('status', 'Afslutet')).toMatchObject({ id: 'done', confidence: 0.8 });
  });

  it('a cell naming two different values is a judgement with the lowest confidence', () => {
    const r = read('status', 'Planlagt men aflyst');
    expect(r).toMatchObject({ id: 'not_started', confidence: 0.5, rest: 'men aflyst' });
    expect(r?.why?.da).toContain('mere end én værdi');
  });
});

describe('traffic lights and percent complete in a status column', () => {
  it('a RAG column (or English colour words) reports progress against the plan: all under way', () => {
    for (const text of ['G', 'Green', 'grøn']) {
      expect(read('status', text, 'RAG')).toMatchObject({ id: 'in_progress', confidence: 0.5 });
    }
    expect(read('status', 'Red', 'Status')).toMatchObject({ id: 'in_progress' });
    expect(read('status', 'Amber', 'Status')?.confidence).toBeLessThan(1);
  });

  it('Danish colours in a status column are the handleplan legend (grøn gennemført), as a judgement', () => {
    expect(read('status', 'Grøn', 'Status')).toMatchObject({ id: 'done', confidence: 0.5 });
    expect(read('status', 'Gul', 'Status')).toMatchObject({ id: 'in_progress', confidence: 0.5 });
    expect(read('status', 'Rød', 'Status')).toMatchObject({ id: 'not_started', confidence: 0.4 });
  });

  it('a single letter is a colour only in a RAG column', () => {
    expect(read('status', 'G', 'Status')).toBeUndefined();
  });

  it('a legend in the header is read and makes the colour certain', () => {
    const header = 'Status (grøn = afsluttet, gul = i gang, rød = ikke startet)';
    expect(legendOf(header)).toEqual({
      green: { id: 'done', confidence: 1 },
      amber: { id: 'in_progress', confidence: 1 },
      red: { id: 'not_started', confidence: 1 },
    });
    expect(read('status', 'Grøn', header)).toEqual({ id: 'done', confidence: 1 });
    expect(read('status', 'Rød', header)).toEqual({ id: 'not_started', confidence: 1 });
    // A legend in words that are themselves a judgement stays a judgement.
    expect(read('status', 'Rød', 'RAG (rød = forsinket, grøn = i gang)')).toMatchObject({
      id: 'in_progress',
      confidence: 0.6,
    });
  });

  it('percent complete: 0 % not started, 100 % done, otherwise in progress, each checked', () => {
    expect(read('status', '100 %')).toMatchObject({ id: 'done', confidence: 0.9 });
    expect(read('status', '0%')).toMatchObject({ id: 'not_started' });
    expect(read('status', '50%')).toMatchObject({ id: 'in_progress' });
    expect(read('status', '150%')).toBeUndefined();
  });
});

describe('the other lists in free words', () => {
  it.each<[ListId, string, string, boolean]>([
    ['anchoring', 'Forankret i drift', 'operation', true],
    ['anchoring', 'Puljemidler', 'separate_funding', false],
    ['anchoring', 'Ophører', 'none', false],
    ['phase', 'Forberedelsesfasen', 'preparation', true],
    ['phase', 'Implementering', 'initial', false],
    ['phase', 'Driftsfase', 'full', false],
    ['organisation', 'Socialafdelingen', 'social', true],
    ['organisation', 'Børn og Unge', 'social', false],
    ['supervisionModel', 'Ekstern psykolog', 'external', false],
    ['supervisionModel', 'Teamleder', 'leader_or_coordinator', false],
    ['corpsRole', 'Mentor og forældrecoach', 'both', true],
    ['corpsRole', 'Forældre coach', 'parent_coach', true],
    ['corpsRole', 'Familiecoach', 'parent_coach', false],
    ['corpsRole', 'Forældrecoach & mentor', 'both', true],
    ['corpsRole', 'FC/mentor', 'both', true],
  ])('%s: %j is %s (certain: %s)', (list, text, id, certain) => {
    const r = read(list, text);
    expect(r?.id).toBe(id);
    if (certain) expect(r?.confidence).toBe(1);
    else expect(r?.confidence).toBeLessThan(1);
  });
});

describe('in a plan', () => {
  const HEADER = ['Deadline', 'Indsatsområde', 'Aktivitet', 'Ansvarlig', 'Status', 'Evaluering af resultat'];
  const plan = (rows: readonly (readonly In[])[], header: readonly In[] = HEADER) =>
    structure(gridOf({ name: 'Plan', rows: [header, ...rows] }));

  it('every judged status is a check at its cell; certain ones are not', () => {
    const r = plan([
      ['15.03.2026', 'Ledelse', 'a', 'L', 'Færdig', 'Godt møde'],
      ['15.03.2026', 'Ledelse', 'b', 'L', 'Udskudt'],
      ['15.03.2026', 'Ledelse', 'c', 'L', 'Pågår'],
      ['15.03.2026', 'Ledelse', 'd', 'L', 'At risk'],
    ]);
    expect(r.draft.activities.map((a) => a.values.status)).toEqual([
      'done',
      'changed',
      'in_progress',
      'in_progress',
    ]);
    expect(r.checks.map((c) => [c.cell, c.field, c.value])).toEqual([
      ['E3', 'activities.status', 'Udskudt'],
      ['E5', 'activities.status', 'At risk'],
    ]);
    expect(r.checks.every((c) => c.confidence < 1 && c.reason.da !== '' && c.reason.en !== '')).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.unmapped).toEqual([]);
  });

  it('words beside a status are kept in the evaluation, after what the row says, and the check says so', () => {
    const r = plan([
      ['15.03.2026', 'Ledelse', 'a', 'L', 'I gang – mangler budget', 'Første møde holdt'],
      ['15.03.2026', 'Ledelse', 'b', 'L', 'Ikke startet (afventer ledelsen)'],
    ]);
    expect(r.draft.activities.map((a) => [a.values.status, a.values.evaluation])).toEqual([
      ['in_progress', 'Første møde holdt\nStatus: mangler budget'],
      ['not_started', 'Status: afventer ledelsen'],
    ]);
    expect(r.draft.activities[1]?.cells.evaluation).toBe('F3');
    expect(r.checks[0]).toMatchObject({ cell: 'E2', field: 'activities.status' });
    expect(r.checks[0]?.reason.da).toContain('"mangler budget"');
    expect(r.checks[0]?.reason.da).toContain('Evaluering af resultat');
    expect(r.unmapped).toEqual([]);
  });

  it('a RAG column is read by its header', () => {
    const r = plan(
      [['15.03.2026', 'Ledelse', 'a', 'L', 'G']],
      ['Deadline', 'Indsatsområde', 'Aktivitet', 'Ansvarlig', 'Status (RAG)'],
    );
    expect(r.draft.activities[0]?.values.status).toBe('in_progress');
    expect(r.checks[0]?.reason.en).toContain('on track');
  });

  it('loose words ("Ok", "fint", "på plads", "kører") are read as the usual status, each with a check naming the word and its cell', () => {
    const r = plan([
      ['15.03.2026', 'Ledelse', 'a', 'L', 'Ok'],
      ['15.03.2026', 'Ledelse', 'b', 'L', 'OK'],
      ['15.03.2026', 'Ledelse', 'c', 'L', 'fint'],
      ['15.03.2026', 'Ledelse', 'd', 'L', 'på plads'],
      ['15.03.2026', 'Ledelse', 'e', 'L', 'kører'],
    ]);
    expect(r.draft.activities.map((a) => a.values.status)).toEqual([
      'done',
      'done',
      'done',
      'done',
      'in_progress',
    ]);
    expect(r.checks.map((c) => [c.cell, c.field, c.value])).toEqual([
      ['E2', 'activities.status', 'Ok'],
      ['E3', 'activities.status', 'OK'],
      ['E4', 'activities.status', 'fint'],
      ['E5', 'activities.status', 'på plads'],
      ['E6', 'activities.status', 'kører'],
    ]);
    expect(r.checks.every((c) => c.confidence < 1)).toBe(true);
    expect(r.checks[0]?.reason.da).toBe(
      '"Ok" i E2: OK/fint er læst som Gennemført. Betyder det "går fint" (aktiviteten er ikke færdig), så vælg I gang.',
    );
    expect(r.checks[0]?.reason.en).toBe(
      '"Ok" in E2: OK/fine was read as Done. If it means "going well" (the activity is not finished), choose In progress.',
    );
    expect(r.checks[4]?.reason.en).toContain('"kører" in E6: Running was read as In progress');
    expect(r.issues).toEqual([]);
  });

  it('"Afventer" (waiting) is read as Ikke startet with a check: the activity may have begun and be waiting', () => {
    const r = plan([['15.03.2026', 'Ledelse', 'a', 'L', 'Afventer']]);
    expect(r.draft.activities[0]?.values.status).toBe('not_started');
    expect(r.checks.map((c) => [c.cell, c.field, c.value])).toEqual([
      ['E2', 'activities.status', 'Afventer'],
    ]);
    expect(r.checks[0]?.reason.en).toContain('If it is already under way, choose In progress');
  });

  it('a status written with a question mark ("Gennemført?") is kept with a check: the coordinator was not sure', () => {
    const r = plan([
      ['15.03.2026', 'Ledelse', 'a', 'L', 'Gennemført?'],
      ['15.03.2026', 'Ledelse', 'b', 'L', 'Udskudt?'],
      ['15.03.2026', 'Ledelse', 'c', 'L', 'Gennemført'],
    ]);
    expect(r.draft.activities.map((a) => a.values.status)).toEqual(['done', 'changed', 'done']);
    expect(r.checks.map((c) => [c.cell, c.value, c.confidence <= 0.7])).toEqual([
      ['E2', 'Gennemført?', true],
      ['E3', 'Udskudt?', true],
    ]);
    expect(r.checks[0]?.reason.da).toBe(
      '"Gennemført?" i E2: Værdien er skrevet med et spørgsmålstegn, så den er ikke sikker.',
    );
    expect(r.checks[1]?.reason.en).toContain('question mark');
    expect(r.checks[1]?.reason.en).toContain('Postponed was read as Changed');
  });

  it('a finish expected later ("Forventes færdig i maj", "Bliver færdig") is I gang with a check, never Gennemført', () => {
    const r = plan([
      ['15.03.2026', 'Ledelse', 'a', 'L', 'Forventes færdig i maj'],
      ['15.03.2026', 'Ledelse', 'b', 'L', 'Bliver færdig'],
      ['15.03.2026', 'Ledelse', 'c', 'L', 'Færdig snart'],
    ]);
    expect(r.draft.activities.map((a) => a.values.status)).toEqual([
      'in_progress',
      'in_progress',
      'in_progress',
    ]);
    expect(r.checks.map((c) => c.cell)).toEqual(['E2', 'E3', 'E4']);
    expect(r.checks[1]?.reason.da).toContain('er læst som I gang: aktiviteten er ikke færdig endnu');
  });

  it('a status nobody can read is still an issue at its cell, never a guess', () => {
    const r = plan([['15.03.2026', 'Ledelse', 'a', 'L', 'Tja']]);
    expect(r.draft.activities[0]?.values.status).toBeUndefined();
    expect(r.issues).toMatchObject([{ code: 'value_not_in_list', cell: 'E2' }]);
    expect(r.checks).toEqual([]);
  });

  it('a corps role in other words is a check on the corps sheet', () => {
    const r = structure(
      gridOf({
        name: 'Korps',
        rows: [
          ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'],
          ['AB', 'Familiecoach', 10, 3],
          ['CD', 'Mentor', 10, 3],
        ],
      }),
    );
    expect(r.draft.corps.map((c) => c.values.role)).toEqual(['parent_coach', 'mentor']);
    expect(r.checks.map((c) => [c.sheet, c.cell, c.field])).toEqual([['Korps', 'B2', 'corps.role']]);
  });
});
