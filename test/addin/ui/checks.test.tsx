/** @jest-environment jsdom */
// Values read with less than certainty, shown to the coordinator: the cover's at their fields in the
// cover form (a warning with the reason), the rest in "Læst med usikkerhed", grouped by what they
// are for, a few at a time, each with its cell (a click selects it in Excel).

import '../support/jsdom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { ReadCheck } from '../../../core/schema';
import { draftFromPlan } from '../../../core/plan';
import { strings } from '../../../addin/src/i18n';
import { splitChecks } from '../../../addin/src/ui/checks';
import { ChecksPanel, CHECKS_SHOWN, shownValue } from '../../../addin/src/ui/components/ChecksPanel';
import { CoverForm } from '../../../addin/src/ui/components/CoverForm';
import { validPlan } from '../support/plans';

function ui(element: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

const da = strings('da');
const en = strings('en');

const check = (over: Partial<ReadCheck>): ReadCheck => ({
  sheet: 'Plan',
  cell: 'D5',
  field: 'activities.deadline',
  value: 'efterår 2026',
  confidence: 0.7,
  reason: {
    da: 'Deadline: læst som 2026-12-31. Tjek at det er rigtigt.',
    en: 'Deadline: read as 2026-12-31. Check that it is right.',
  },
  ...over,
});

const municipalityCheck = check({
  sheet: 'Forside',
  cell: 'B3',
  field: 'cover.municipality',
  value: 'Implementeringsplan Aarhus 2027-H1',
  reason: {
    da: 'Kommune: kommunen Aarhus er taget fra filens navn "Implementeringsplan Aarhus 2027-H1". Tjek at det er rigtigt.',
    en: 'Municipality: the municipality Aarhus was taken from the file name "Implementeringsplan Aarhus 2027-H1". Check that it is right.',
  },
});

describe('splitting the checks', () => {
  test('a cover field the form shows takes its check; everything else goes to the panel', () => {
    const status = check({ field: 'activities.status', cell: 'E7' });
    const email = check({ field: 'cover.coordinatorEmail', sheet: 'Forside', cell: 'B6' });
    const { cover, rest } = splitChecks([municipalityCheck, status, email, check({})], 'da');
    // At the field the label stands above: the reason without it.
    expect(cover).toEqual({
      municipality:
        'Kommunen Aarhus er taget fra filens navn "Implementeringsplan Aarhus 2027-H1". Tjek at det er rigtigt.',
    });
    expect(rest).toEqual([status, email, check({})]);
    expect(splitChecks(undefined, 'en')).toEqual({ cover: {}, rest: [] });
  });
});

describe('the checks panel', () => {
  test('groups the checks by what they are for, each with its count, cell, value and reason', () => {
    ui(
      <ChecksPanel
        t={da}
        lang="da"
        checks={[
          check({}),
          check({ cell: 'D9' }),
          check({ field: 'activities.status', cell: 'E7', value: '🟡' }),
          check({ field: 'checklist.F3', sheet: 'Tjekliste', cell: 'C4', value: 'Næsten' }),
          check({ field: 'column', cell: '', value: 'Hvornår?' }),
          check({ field: 'formula', cell: 'E10', value: '' }),
          check({ field: 'textDate', cell: 'F4', value: '2027-01-04' }),
          check({ field: 'markupText', cell: 'C5', value: 'xml:space="preserve">' }),
          check({ field: 'fileSyntax', sheet: '', cell: '', value: '' }),
        ]}
        canSelect={false}
        onSelect={() => {}}
      />,
    );
    const region = screen.getByRole('region', { name: 'Læst med usikkerhed' });
    const deadlines = within(region).getByRole('list', { name: 'Aktivitet: Deadline' });
    expect(within(deadlines).getAllByRole('listitem')).toHaveLength(2);
    expect(within(deadlines).getAllByText('Læst: efterår 2026')).toHaveLength(2);
    expect(within(region).getByRole('list', { name: 'Huskelistens svar' }).textContent).toContain(
      'Tjekliste C4',
    );
    expect(within(region).getByRole('list', { name: 'Kolonnernes betydning' }).textContent).toContain(
      'Hvornår?',
    );
    expect(within(region).getByRole('list', { name: 'Formler uden beregnet værdi' }).textContent).toContain(
      'Plan E10',
    );
    expect(within(region).getByRole('list', { name: 'Datoer gemt som tekst' }).textContent).toContain(
      'Plan F4',
    );
    expect(
      within(region).getByRole('list', { name: 'Tekst med rester af filens XML' }).textContent,
    ).toContain('Plan C5');
    expect(within(region).getByRole('list', { name: 'Filens opbygning' })).toBeTruthy();
    expect(within(region).getAllByText(/Tjek at det er rigtigt/).length).toBe(9);
    // The web page cannot select a cell: no buttons for it.
    expect(within(region).queryByRole('button', { name: /^Vis / })).toBeNull();
  });

  test('checks about the workbook and a whole table are headed by a name, never by their code', () => {
    const checks = [
      check({ field: 'activities', cell: 'D4', value: '2026' }),
      check({ field: 'cellGivenTwice', cell: 'B7', value: 'Plan' }),
      check({ field: 'picture', cell: 'A1', value: 'Billede 1' }),
      check({ field: 'control', cell: 'H3', value: '#N/A' }),
      check({ field: 'recodedText', cell: 'C9', value: 'Frikøb' }),
      check({ field: 'lostLetters', cell: 'C10', value: 'Fri?b' }),
    ];
    const { unmount } = ui(
      <ChecksPanel t={da} lang="da" checks={checks} canSelect={false} onSelect={() => {}} />,
    );
    const region = screen.getByRole('region', { name: 'Læst med usikkerhed' });
    const headings = within(region)
      .getAllByRole('list')
      .map((l) => l.getAttribute('aria-label'));
    expect(headings).toEqual([
      'Implementeringsplan',
      'Celler skrevet to gange i filen',
      'Billeder over cellerne',
      'Formularelementer',
      'Tekst i forkert tegnsæt',
      'Bogstaver, der er gået tabt',
    ]);
    unmount();
    ui(<ChecksPanel t={en} lang="en" checks={checks} canSelect={false} onSelect={() => {}} />);
    const english = screen.getByRole('region', { name: en.checksHeading });
    expect(within(english).getByRole('list', { name: 'Implementation plan' })).toBeTruthy();
    expect(within(english).getByRole('list', { name: 'Text in the wrong character set' })).toBeTruthy();
  });

  test('in Excel a check’s cell is one click away', () => {
    const selected: string[] = [];
    ui(
      <ChecksPanel
        t={en}
        lang="en"
        checks={[check({ cell: 'D9' })]}
        canSelect
        onSelect={(sheet, cell) => selected.push(`${sheet}!${cell}`)}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show D9' }));
    expect(selected).toEqual(['Plan!D9']);
    expect(screen.getByRole('list', { name: 'Activity: Deadline' })).toBeTruthy();
  });

  test('a large plan’s checks are listed a few at a time, more on request', () => {
    const many = Array.from({ length: CHECKS_SHOWN * 2 + 5 }, (_, i) => check({ cell: `D${i + 2}` }));
    ui(<ChecksPanel t={da} lang="da" checks={many} canSelect={false} onSelect={() => {}} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(CHECKS_SHOWN);
    expect(screen.getByText(`Viser ${CHECKS_SHOWN} af ${many.length}.`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(CHECKS_SHOWN * 2);
    fireEvent.click(screen.getByRole('button', { name: 'Vis flere' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(many.length);
    expect(screen.queryByRole('button', { name: 'Vis flere' })).toBeNull();
  });

  test('with nothing uncertain it says so', () => {
    ui(<ChecksPanel t={da} lang="da" checks={[]} canSelect={false} onSelect={() => {}} />);
    expect(screen.getByText('Alt er læst uden tvivl.')).toBeTruthy();
  });
});

describe('what a check says was read', () => {
  test("a column check names the field as the pane's language does, never by its code", () => {
    const column = check({ field: 'column', cell: 'H3', value: 'Note → activities.evaluation' });
    expect(shownValue(column, 'da')).toBe('Note → Evaluering af resultat');
    expect(shownValue(column, 'en')).toBe('Note → Evaluation of result');
    const mark = check({ field: 'column', cell: 'D2', value: 'Delvsit → checklist.answer.partly' });
    expect(shownValue(mark, 'da')).toBe('Delvsit → Svar (Delvist)');
  });

  test("a list field's value read as its id is shown by its name; one as written stays", () => {
    expect(shownValue(check({ field: 'activities.status', value: 'done' }), 'da')).toBe('Gennemført');
    expect(shownValue(check({ field: 'activities.status', value: 'done' }), 'en')).toBe('Done');
    expect(shownValue(check({ field: 'activities.status', value: 'Igang' }), 'da')).toBe('Igang');
    expect(shownValue(check({ field: 'activities.activity', value: 'done' }), 'da')).toBe('done');
  });

  test('other checks show their value as read, a long one cut at 120 characters', () => {
    expect(shownValue(check({ value: 'A → B' }), 'da')).toBe('A → B');
    expect(shownValue(check({ value: 'x'.repeat(200) }), 'da')).toHaveLength(120);
  });
});

describe('the cover form', () => {
  const props = {
    t: da,
    lang: 'da' as const,
    draft: draftFromPlan(validPlan()),
    periods: ['2026-H2', '2027-H1'],
    onSet: () => {},
  };

  test('a field read with less than certainty says why, to be looked over', () => {
    const { cover: reasons } = splitChecks([municipalityCheck], 'da');
    ui(<CoverForm {...props} corrected={new Set()} checks={reasons} />);
    const cover = screen.getByRole('region', { name: 'Forside' });
    expect(within(cover).getByText(/taget fra filens navn/)).toBeTruthy();
  });

  test('once the coordinator sets the field, it is corrected, not uncertain', () => {
    ui(
      <CoverForm
        {...props}
        corrected={new Set(['municipality' as const])}
        checks={{ municipality: municipalityCheck.reason.da }}
      />,
    );
    const cover = screen.getByRole('region', { name: 'Forside' });
    expect(within(cover).queryByText(/taget fra filens navn/)).toBeNull();
    expect(within(cover).getByText(da.correctedMark)).toBeTruthy();
  });
});
