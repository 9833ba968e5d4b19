import {
  editDistance,
  findMunicipalities,
  findPeriod,
  foldText,
  headerScore,
  matchListValue,
  normalizeText,
  parsePeriod,
} from '../../../core/normalize';
import { ACTIVITIES_SHEET, CHECKLIST_SHEET } from '../../../core/spec';

describe('normalizeText', () => {
  it.each([
    ['  Ikke   påbegyndt ', 'ikke påbegyndt'],
    ['EVALUERING\nAF RESULTAT', 'evaluering af resultat'],
    ['Kommune:', 'kommune'],
    ['1. Ledelse', 'ledelse'],
    ['a) Kommunikation', 'kommunikation'],
    ['2) Inddragelse', 'inddragelse'],
    ['• Opkvalificering', 'opkvalificering'],
    ['"Færdig"', 'færdig'],
    ['forældrecoa-\nches', 'forældrecoaches'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps numbers that are values, not list numbering', () => {
    expect(normalizeText('10 timer')).toBe('10 timer');
    expect(normalizeText('2. halvår 2026')).toBe('2. halvår 2026');
  });
});

describe('foldText', () => {
  it('lets Danish letters meet their ASCII and OCR spellings', () => {
    expect(foldText('INDSATSOMRADE')).toBe(foldText('Indsatsområde'));
    expect(foldText('Indsatsomraade')).toBe(foldText('Indsatsområde'));
    expect(foldText('MILEPALE')).toBe(foldText('Milepæle'));
    expect(foldText('Milepaele')).toBe(foldText('Milepæle'));
    expect(foldText('Koebenhavn')).toBe(foldText('København'));
    expect(foldText('Kobenhavn')).toBe(foldText('København'));
    expect(foldText('Århus')).toBe(foldText('Aarhus'));
  });

  it('does not make different words equal', () => {
    expect(foldText('Ledelse')).not.toBe(foldText('Lukket'));
    expect(foldText('I gang')).not.toBe(foldText('Ikke startet'));
  });

  it('drops hyphens and accents, and makes other punctuation and symbols a space', () => {
    expect(foldText('Forældre‐coach – café')).toBe('foraldrecoach cafe');
    expect(foldText('Høje-Taastrup')).toBe('hojetastrup');
    expect(foldText('100 % / 50 %')).toBe('100 % 50 %');
    // A character outside the BMP is one character: a symbol (a space), or a letter kept whole.
    expect(foldText('mål 😀 nu')).toBe('mal nu');
    expect(foldText('a\u{1D400}b')).toBe('a\u{1D400}b');
  });
});

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and swapped neighbours, capped at max + 1', () => {
    expect(editDistance('koordinator', 'koordinator', 2)).toBe(0);
    expect(editDistance('ansvarlig', 'ansvralig', 2)).toBe(1);
    expect(editDistance('milepæl', 'milepael', 2)).toBe(2);
    expect(editDistance('status', 'stat', 2)).toBe(2);
    expect(editDistance('', 'abc', 5)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('ab', 'abcdef', 2)).toBe(3);
  });

  it('gives the same answer whatever was compared before (longer words, other lengths)', () => {
    const long = 'implementeringsplanens opfølgning '.repeat(6);
    expect(editDistance(long, `${long}x`, 3)).toBe(1);
    expect(editDistance('gennemført', 'gennemfrt', 2)).toBe(1);
    expect(editDistance('ba', 'ab', 1)).toBe(1);
    expect(editDistance(long, long.replace('pl', 'lp'), 3)).toBe(1);
    expect(editDistance('ledelse', 'ledesle', 1)).toBe(1);
  });
});

describe('matchListValue', () => {
  it.each([
    ['Færdig', 'done'],
    ['Afsluttet', 'done'],
    ['FÆRDIG', 'done'],
    ['faerdig', 'done'],
    ['Gennemført', 'done'],
    ['Done', 'done'],
    ['I proces', 'in_progress'],
    ['igang', 'in_progress'],
    ['I gang', 'in_progress'],
    ['In progress', 'in_progress'],
    ['Ikke påbegyndt', 'not_started'],
    ['ikke pabegyndt', 'not_started'],
    ['Not started', 'not_started'],
    ['Udskudt', 'changed'],
    ['Lukket', 'closed'],
  ])('status %j → %s', (text, id) => {
    expect(matchListValue('status', text)).toBe(id);
  });

  it.each([
    ['Ledelse', 'leadership'],
    ['LEDELSE', 'leadership'],
    ['Leadership', 'leadership'],
    ['Organisering, roller og ansvar', 'organisation_roles'],
    ['Opfolgning pa dokumentation', 'documentation'],
    ['Evaluering', 'evaluation'],
    ['Kultur', 'process_culture'],
  ])('theme %j → %s', (text, id) => {
    expect(matchListValue('theme', text)).toBe(id);
  });

  it.each([
    ['Aarhus', '751'],
    ['Aarhus Kommune', '751'],
    ['Århus Kommune', '751'],
    ['Københavns Kommune', '101'],
    ['Kobenhavns Kommune', '101'],
    ['København', '101'],
    ['751', '751'],
    ['Kommune: Vejle', '630'],
    ['Springfield Kommune', undefined],
    ['Vejle kommune', '630'],
    ['Høje-Taastrup', '169'],
    ['Hoje Taastrup', '169'],
  ])('municipality %j → %s', (text, id) => {
    expect(matchListValue('municipality', text)).toBe(id);
  });

  it.each([
    ['2026-H2', '2026-H2'],
    ['2. halvår 2026', '2026-H2'],
    ['1. halvår 2026', '2026-H1'],
    ['H1 2026', '2026-H1'],
    ['2026 H2', '2026-H2'],
    ['andet halvår 2026', '2026-H2'],
    ['second half of 2027', '2027-H2'],
    ['2. halvår 27', '2027-H2'],
    ["1. halvår '27", '2027-H1'],
    ['Halvår 1, 2027', '2027-H1'],
    ['halvår 2 - 2027', '2027-H2'],
    ['Første halvdel af 2027', '2027-H1'],
    ['anden halvdel 2027', '2027-H2'],
    ['1H2027', '2027-H1'],
    ['2H 2027', '2027-H2'],
    ['2019-H1', undefined],
    ['forår 2026', undefined],
    // Two digits alone are no year: "H1 27" and "2027 1" say too little, "1h30" is a duration.
    ['H1 27', undefined],
    ['1h30', undefined],
    ['Møde 2h 28 min', undefined],
    ['1. halvår 19', undefined],
  ])('period %j → %s', (text, id) => {
    expect(matchListValue('period', text)).toBe(id);
  });

  it('answers, in both languages and as the seed writes them', () => {
    expect(matchListValue('answer', 'Ja')).toBe('yes');
    expect(matchListValue('answer', 'yes')).toBe('yes');
    expect(matchListValue('answer', 'Delvis')).toBe('partly');
    expect(matchListValue('answer', 'Partly')).toBe('partly');
    expect(matchListValue('answer', 'NEJ')).toBe('no');
    expect(matchListValue('answer', 'Måske')).toBeUndefined();
  });

  it('returns undefined for text that names no value', () => {
    expect(matchListValue('status', 'Skal afklares')).toBeUndefined();
    expect(matchListValue('theme', 'Budget')).toBeUndefined();
    expect(matchListValue('municipality', 'Springfield')).toBeUndefined();
  });
});

describe('periods and municipalities in free text', () => {
  it('finds the half-year in a title', () => {
    expect(findPeriod('Implementeringsplan – Aarhus Kommune, 2. halvår 2026')?.id).toBe('2026-H2');
    expect(findPeriod('Plan H1 2027 (udkast)')?.id).toBe('2027-H1');
    expect(findPeriod('Implementeringsplan 2026')).toBeUndefined();
  });

  it('marks a half-year outside the template years', () => {
    expect(findPeriod('2. halvår 2019')).toEqual({ id: '2019-H2', year: 2019, inRange: false });
    expect(parsePeriod('2. halvår 2019')).toBeUndefined();
  });

  it('finds municipalities, "… Kommune" first', () => {
    expect(findMunicipalities('Implementeringsplan for Aarhus Kommune 2026')).toEqual([
      { code: '751', withKommune: true },
    ]);
    expect(findMunicipalities('Københavns Kommune – plan')[0]?.code).toBe('101');
    expect(findMunicipalities('Plan for Vejle')[0]).toEqual({ code: '630', withKommune: false });
    expect(findMunicipalities('Plan for mentorkorpset')).toEqual([]);
  });
});

describe('headerScore', () => {
  const col = (field: string) => {
    const c = ACTIVITIES_SHEET.columns.find((x) => x.field === field);
    if (!c) throw new Error(field);
    return c;
  };
  const score = (header: string, field: string): number => {
    const c = col(field);
    return headerScore(header, c.label, c.aliases);
  };

  it('gives 1 for the exact label in either language, less for aliases and guesses', () => {
    expect(score('Indsatsområde', 'theme')).toBe(1);
    expect(score('Focus area', 'theme')).toBe(1);
    expect(score('INDSATSOMRADE', 'theme')).toBeGreaterThanOrEqual(0.9);
    expect(score('Tovholder', 'responsible')).toBe(0.9);
    expect(score('Ansvarlig (navn)', 'responsible')).toBeGreaterThan(0.9);
    const partial = score('Ansvarlig for aktiviteten', 'responsible');
    expect(partial).toBeGreaterThan(0.5);
    expect(partial).toBeLessThan(0.9);
    expect(score('Budget', 'responsible')).toBe(0);
  });

  it('reads a header split over two lines', () => {
    expect(score('EVALUERING\nAF RESULTAT', 'evaluation')).toBe(1);
  });

  it('reads an OCR-damaged header word', () => {
    const q = CHECKLIST_SHEET.columns.find((x) => x.field === 'question');
    if (!q) throw new Error('question');
    expect(headerScore('HUSKELISTE SPBRGSMAL', q.label, q.aliases)).toBeGreaterThan(0.6);
  });
});
