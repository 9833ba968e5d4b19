/** @jest-environment jsdom */
// The app's parts with their states (loading, errors, receipt, every failure), in Danish and English:
// what the coordinator reads, and what the buttons do.

import '../support/jsdom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Issue } from '../../../core/schema';
import { strings } from '../../../addin/src/i18n';
import { RACI_FIELD } from '../../../core/structure/vocab';
import { IssueList } from '../../../addin/src/ui/components/IssueList';
import { StatusCard } from '../../../addin/src/ui/components/StatusCard';
import { StructurePanel } from '../../../addin/src/ui/components/StructurePanel';
import { SubmitPanel, type SubmitPanelProps } from '../../../addin/src/ui/components/SubmitPanel';
import { SummaryPanel, periodChoices } from '../../../addin/src/ui/components/SummaryPanel';
import type { PlanStatus, TableView } from '../../../addin/src/ui/model';
import type { SubmitOutcome } from '../../../addin/src/pipeline';
import { receipt } from '../support/fakes';
import { UnplacedPanel } from '../../../addin/src/ui/components/UnplacedPanel';
import { multiYearPlan } from '../../fixtures/multiyear';

function ui(element: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

const da = strings('da');
const en = strings('en');
const when = (iso: string) => `when(${iso})`;

const status: PlanStatus = {
  municipality: 'Aarhus (751)',
  period: '2026-H2',
  activities: 12,
  checklistAnswered: 10,
  checklistTotal: 15,
  late: 3,
  missing: ['Fase'],
  errors: 1,
  warnings: 4,
};

const issue = (over: Partial<Issue>): Issue => ({
  code: 'activity_late',
  severity: 'warning',
  sheet: 'Implementeringsplan',
  cell: 'B5',
  message: { da: 'Aktiviteten er forsinket.', en: 'The activity is late.' },
  ...over,
});

describe('where the plan stands', () => {
  test('what was recognised, what is missing, what is late, in Danish', () => {
    ui(
      <StatusCard
        t={da}
        status={status}
        receipt={{ kind: 'none' }}
        signedIn
        validatedAt="Valideret kl. 10.15"
        onValidate={() => undefined}
        formatWhen={when}
      />,
    );
    const region = screen.getByRole('region', { name: 'Hvor står planen' });
    expect(within(region).getByText('Aarhus (751)')).toBeTruthy();
    expect(within(region).getByText('ikke fundet')).toBeTruthy();
    expect(within(region).getByText('12 aktiviteter genkendt')).toBeTruthy();
    expect(within(region).getByText('Huskeliste: 10 af 15 besvaret')).toBeTruthy();
    expect(within(region).getByText('3 aktiviteter er forsinkede')).toBeTruthy();
    expect(within(region).getByText('Mangler: Fase')).toBeTruthy();
    expect(within(region).getByText('1 fejl')).toBeTruthy();
    expect(within(region).getByText('4 advarsler')).toBeTruthy();
    expect(within(region).getByText('Ingen indsendelse for perioden endnu')).toBeTruthy();
  });

  test('the last receipt, or why it is not shown, in English', () => {
    const { rerender } = ui(
      <StatusCard
        t={en}
        status={{ ...status, late: 0, missing: [] }}
        receipt={{ kind: 'loaded', receipt: receipt() }}
        signedIn
        validatedAt=""
        onValidate={() => undefined}
        formatWhen={when}
      />,
    );
    expect(
      screen.getByText(`Submitted when(2026-11-23T10:15:00.000Z) · receipt ${receipt().submissionId}`),
    ).toBeTruthy();
    expect(screen.getByText('No late activities')).toBeTruthy();
    expect(screen.getByText('All required fields are filled in')).toBeTruthy();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <StatusCard
          t={en}
          status={status}
          receipt={{ kind: 'unknown' }}
          signedIn={false}
          validatedAt=""
          onValidate={() => undefined}
          formatWhen={when}
        />
      </FluentProvider>,
    );
    expect(screen.getByText('Sign in to submit the plan and see your latest receipt.')).toBeTruthy();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <StatusCard
          t={en}
          status={status}
          receipt={{ kind: 'error' }}
          signedIn
          validatedAt=""
          onValidate={() => undefined}
          formatWhen={when}
        />
      </FluentProvider>,
    );
    expect(screen.getByText('The latest receipt could not be fetched.')).toBeTruthy();
  });

  test('Valider validates again', () => {
    const onValidate = jest.fn();
    ui(
      <StatusCard
        t={da}
        status={status}
        receipt={{ kind: 'none' }}
        signedIn
        validatedAt=""
        onValidate={onValidate}
        formatWhen={when}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Valider' }));
    expect(onValidate).toHaveBeenCalledTimes(1);
  });
});

describe('the issues', () => {
  const issues = [
    issue({
      code: 'period_missing',
      severity: 'error',
      sheet: 'Forside',
      cell: 'B4',
      message: { da: 'Perioden mangler.', en: 'The period is missing.' },
    }),
    issue({ cell: 'B5' }),
    issue({
      code: 'checklist_unanswered',
      sheet: 'Huskeliste',
      cell: 'D4',
      message: { da: 'F1 er ikke besvaret.', en: 'F1 is not answered.' },
    }),
    ...Array.from({ length: 8 }, (_, i) =>
      issue({ code: 'checklist_unanswered', sheet: 'Huskeliste', cell: `D${5 + i}` }),
    ),
  ];

  test('grouped by sheet; a sheet with errors is open, one with only warnings opens on request; clicking selects the cell', () => {
    const onSelect = jest.fn();
    ui(
      <IssueList
        t={da}
        lang="da"
        sheets={['Forside', 'Implementeringsplan', 'Huskeliste']}
        issues={issues}
        serverIssues={[]}
        canSelect
        selectError={null}
        onSelect={onSelect}
      />,
    );
    const forside = screen.getByRole('button', { name: /^Forside/ });
    expect(forside.getAttribute('aria-expanded')).toBe('true');
    const checklist = screen.getByRole('button', { name: /^Huskeliste/ });
    expect(checklist.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('F1 er ikke besvaret.')).toBeNull();
    fireEvent.click(checklist);
    expect(screen.getByText('F1 er ikke besvaret.')).toBeTruthy();

    const error = screen.getByRole('button', { name: /Fejl: Perioden mangler\. \(Gå til Forside!B4\)/ });
    fireEvent.click(error);
    expect(onSelect).toHaveBeenCalledWith(issues[0]);
  });

  test('on the web page issues are not buttons, and a sheet that only structuring makes says so', () => {
    ui(
      <IssueList
        t={en}
        lang="en"
        sheets={['Sheet1']}
        issues={issues.slice(0, 2)}
        serverIssues={[]}
        canSelect={false}
        selectError={null}
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByText('The period is missing.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Go to/ })).toBeNull();
    expect(screen.getAllByText('The sheet exists once the plan is structured.').length).toBeGreaterThan(0);
  });

  test('issues the service found are listed with where they came from; no issues is said plainly', () => {
    const { rerender } = ui(
      <IssueList
        t={da}
        lang="da"
        sheets={['Forside']}
        issues={[]}
        serverIssues={[issues[0]!]}
        canSelect
        selectError="Cellen kunne ikke markeres: arket findes ikke"
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByText('Fundet af korpsplan-tjenesten ved indsendelsen')).toBeTruthy();
    expect(screen.getByText('Perioden mangler.')).toBeTruthy();
    expect(screen.getByText('Cellen kunne ikke markeres: arket findes ikke')).toBeTruthy();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <IssueList
          t={da}
          lang="da"
          sheets={[]}
          issues={[]}
          serverIssues={[]}
          canSelect
          selectError={null}
          onSelect={() => undefined}
        />
      </FluentProvider>,
    );
    expect(
      screen.getByText('Ingen fejl eller advarsler. Planen er klar til at blive indsendt.'),
    ).toBeTruthy();
  });
});

describe('the recognised structure', () => {
  const tables: TableView[] = [
    {
      key: 'activities',
      sheet: 'Plan',
      headerRow: 3,
      rows: 10,
      columns: [
        { col: 0, letter: 'A', header: 'Tidsplan', field: 'deadline', confidence: 0.95, level: 'high' },
        { col: 1, letter: 'B', header: 'Tovholder', field: 'responsible', confidence: 0.7, level: 'medium' },
        { col: 2, letter: 'C', header: 'Noter', field: null, confidence: 0.3, level: 'low' },
      ],
    },
  ];
  const base = {
    t: da,
    lang: 'da' as const,
    tables,
    empty: false,
    structured: false,
    corrections: 0,
    unmapped: 2,
    notCarried: [{ sheet: 'Plan', what: 'diagram "Fremdrift"' }],
    inPlace: true,
    state: { kind: 'idle' } as const,
    onReset: () => undefined,
    onStructure: () => undefined,
  };

  test('every column with what it is read as and how sure; a correction is reported with the column', () => {
    const onOverride = jest.fn();
    ui(<StructurePanel {...base} onOverride={onOverride} />);
    const responsible = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kolonne B: Tovholder' });
    expect(responsible.value).toBe('responsible');
    expect(screen.getByText('Sikker')).toBeTruthy();
    expect(screen.getByText('Sandsynlig')).toBeTruthy();
    expect(screen.getByText('Usikker')).toBeTruthy();
    expect(screen.getByText('2 udfyldte celler blev ikke placeret i planen.')).toBeTruthy();
    expect(screen.getByText('Kan ikke overføres: diagram "Fremdrift" på arket "Plan".')).toBeTruthy();
    fireEvent.change(responsible, { target: { value: 'activity' } });
    expect(onOverride).toHaveBeenCalledWith('Plan', 1, 'activity');
    fireEvent.change(screen.getByRole('combobox', { name: 'Kolonne A: Tidsplan' }), {
      target: { value: '' },
    });
    expect(onOverride).toHaveBeenLastCalledWith('Plan', 0, null);
  });

  test("a RACI matrix's role columns read as the responsible's letters, and can be set so or unset", () => {
    const onOverride = jest.fn();
    const matrix: TableView[] = [
      {
        key: 'activities',
        sheet: 'Ansvarsmatrix',
        headerRow: 1,
        rows: 4,
        columns: [
          { col: 0, letter: 'A', header: 'Aktivitet', field: 'activity', confidence: 1, level: 'high' },
          { col: 1, letter: 'B', header: 'Koordinator', field: RACI_FIELD, confidence: 0.8, level: 'medium' },
          { col: 2, letter: 'C', header: 'Mentorer', field: null, confidence: 0, level: 'low' },
        ],
      },
    ];
    ui(<StructurePanel {...base} tables={matrix} onOverride={onOverride} />);
    const koordinator = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kolonne B: Koordinator' });
    expect(koordinator.value).toBe(RACI_FIELD);
    expect(koordinator.selectedOptions[0]?.textContent).toBe('Ansvarlig: R-bogstav (ansvarsmatrix)');
    fireEvent.change(screen.getByRole('combobox', { name: 'Kolonne C: Mentorer' }), {
      target: { value: RACI_FIELD },
    });
    expect(onOverride).toHaveBeenCalledWith('Ansvarsmatrix', 2, RACI_FIELD);
  });

  test('the button says what happens: write the sheets in Excel, download on the web; the result and a failure', () => {
    const { rerender } = ui(
      <StructurePanel
        {...base}
        onOverride={() => undefined}
        state={{
          kind: 'done',
          outcome: { sheets: ['a', 'b'], renamed: [{ from: 'Roller', to: 'Original - Roller' }] },
        }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Strukturér' })).toBeTruthy();
    expect(screen.getByText(/Skabelonens 2 ark er skrevet ind i arbejdsbogen/)).toBeTruthy();
    expect(
      screen.getByText('Arket "Roller" hedder nu "Original - Roller", fordi skabelonen bruger navnet.'),
    ).toBeTruthy();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <StructurePanel
          {...base}
          t={en}
          lang="en"
          inPlace={false}
          onOverride={() => undefined}
          state={{ kind: 'error', message: 'the service did not answer' }}
        />
      </FluentProvider>,
    );
    expect(screen.getByRole('button', { name: 'Download structured workbook' })).toBeTruthy();
    expect(screen.getByText('Structuring failed: the service did not answer')).toBeTruthy();
  });

  test('while structuring, nothing can be changed', () => {
    ui(<StructurePanel {...base} onOverride={() => undefined} state={{ kind: 'working' }} corrections={1} />);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kolonne A: Tidsplan' }).disabled).toBe(
      true,
    );
    expect(screen.getByText('Strukturerer …')).toBeTruthy();
  });
});

describe('submitting', () => {
  const panel = (over: Partial<SubmitPanelProps>) => {
    const props: SubmitPanelProps = {
      t: da,
      lang: 'da',
      errors: 0,
      warnings: 2,
      needsStructure: false,
      note: '',
      state: { kind: 'idle' },
      formatWhen: when,
      formatBytes: (n) => `${n} B`,
      onNote: jest.fn(),
      onSubmit: jest.fn(),
      onSignIn: jest.fn(),
      onShowErrors: jest.fn(),
      ...over,
    };
    ui(<SubmitPanel {...props} />);
    return props;
  };
  const outcome = (o: SubmitOutcome): SubmitPanelProps['state'] => ({ kind: 'done', outcome: o });

  test('errors block the button and say why', () => {
    const props = panel({ errors: 3 });
    const button = screen.getByRole('button', { name: 'Indsend plan' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('Ret de 3 fejl, før planen kan indsendes.')).toBeTruthy();
    fireEvent.click(button);
    expect(props.onSubmit).not.toHaveBeenCalled();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  test('with warnings only, an explanation can go with the submission', () => {
    const props = panel({ note: 'Forsinket pga. sygdom' });
    const note = screen.getByRole('textbox', { name: 'Forklaring til advarslerne (valgfri)' });
    expect(screen.getByText(/979 tegn tilbage/)).toBeTruthy();
    fireEvent.change(note, { target: { value: 'Ny forklaring' } });
    expect(props.onNote).toHaveBeenCalledWith('Ny forklaring');
    fireEvent.click(screen.getByRole('button', { name: 'Indsend plan' }));
    expect(props.onSubmit).toHaveBeenCalledTimes(1);
  });

  test('while sending', () => {
    panel({ state: { kind: 'working' } });
    expect(screen.getByText('Indsender …')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Indsend plan' }).getAttribute('aria-disabled')).toBe('true');
  });

  test('the receipt, in Danish and in English', () => {
    panel({
      state: outcome({
        kind: 'accepted',
        receipt: receipt({ warnings: [issue({})] }),
        created: true,
        recorded: true,
      }),
    });
    expect(screen.getByText('Planen er indsendt')).toBeTruthy();
    expect(screen.getByText(receipt().submissionId)).toBeTruthy();
    expect(screen.getByText('when(2026-11-23T10:15:00.000Z)')).toBeTruthy();
    expect(screen.getByText('8 aktiviteter, 1 forsinkede, 15 af 15 spørgsmål besvaret')).toBeTruthy();
    expect(screen.getByText('1 advarsel følger med')).toBeTruthy();
    expect(screen.getByText(/Kvitteringen er skrevet på Forside-arket/)).toBeTruthy();
  });

  test('the receipt in English, and a receipt that could not be written into the workbook', () => {
    panel({
      t: en,
      lang: 'en',
      state: outcome({
        kind: 'accepted',
        receipt: receipt(),
        created: false,
        recorded: false,
        recordError: 'the sheet is protected',
      }),
    });
    expect(screen.getByText('The plan had already been submitted – here is the receipt again')).toBeTruthy();
    expect(
      screen.getByText(
        'The plan was submitted, but the receipt could not be written into the workbook: the sheet is protected',
      ),
    ).toBeTruthy();
  });

  const failures: [string, SubmitOutcome, RegExp, string | undefined][] = [
    [
      'no network',
      { kind: 'failure', failure: { kind: 'offline' } },
      /ingen forbindelse til korpsplan/,
      'Prøv igen',
    ],
    ['signed out', { kind: 'signedOut' }, /Du er ikke logget ind/, 'Log ind'],
    [
      'too large',
      { kind: 'tooLarge', size: 6000000, limit: 5242880 },
      /fylder 6000000 B og må højst fylde 5242880 B/,
      undefined,
    ],
    [
      'refused by the service',
      {
        kind: 'failure',
        failure: {
          kind: 'refused',
          status: 415,
          code: 'legacy_xls',
          message: { da: 'Gem filen som .xlsx.', en: 'Save as .xlsx.' },
        },
      },
      /Gem filen som \.xlsx\./,
      undefined,
    ],
    [
      'errors found by the service',
      {
        kind: 'failure',
        failure: {
          kind: 'invalid',
          code: 'plan_invalid',
          message: { da: 'Planen har fejl.', en: 'Errors.' },
          issues: [],
        },
      },
      /De står i listen over fejl og advarsler/,
      'Vis fejlene',
    ],
    [
      'service unavailable',
      { kind: 'failure', failure: { kind: 'unavailable', retryAfter: 5 } },
      /Prøv igen om 5 sekunder/,
      'Prøv igen',
    ],
    [
      'unexpected failure',
      {
        kind: 'failure',
        failure: {
          kind: 'failed',
          status: 500,
          detail: 'x',
          message: { da: 'Uventet fejl (reference 42).', en: 'x' },
        },
      },
      /Uventet fejl \(reference 42\)/,
      'Prøv igen',
    ],
    ['not structured', { kind: 'needsStructure' }, /Tryk Strukturér, før I indsender/, undefined],
  ];

  test.each(failures)('%s: a clear message and a way forward', (_name, o, text, action) => {
    const props = panel({ state: outcome(o) });
    expect(screen.getAllByText(text).length).toBeGreaterThan(0);
    if (action) {
      fireEvent.click(screen.getByRole('button', { name: action }));
      const called =
        action === 'Log ind'
          ? props.onSignIn
          : action === 'Vis fejlene'
            ? props.onShowErrors
            : props.onSubmit;
      expect(called).toHaveBeenCalledTimes(1);
    }
  });

  test('no network, in English', () => {
    panel({ t: en, lang: 'en', state: outcome({ kind: 'failure', failure: { kind: 'offline' } }) });
    expect(
      screen.getByText('There is no connection to korpsplan. Check the network and try again.'),
    ).toBeTruthy();
  });
});

describe('the corps summary for leaders', () => {
  test('periods around today, newest first', () => {
    expect(periodChoices('2026-11-23')).toEqual([
      '2026-H2',
      '2026-H1',
      '2025-H2',
      '2025-H1',
      '2024-H2',
      '2024-H1',
    ]);
    expect(periodChoices('2026-03-01')[0]).toBe('2026-H1');
  });

  test('the chosen period is opened; the outcome is said', () => {
    const onOpen = jest.fn();
    const { rerender } = ui(
      <SummaryPanel
        t={da}
        lang="da"
        periods={['2026-H2', '2026-H1']}
        state={{ kind: 'idle' }}
        onOpen={onOpen}
      />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Periode' }), { target: { value: '2026-H1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Åbn korpsoverblik' }));
    expect(onOpen).toHaveBeenCalledWith('2026-H1');
    rerender(
      <FluentProvider theme={webLightTheme}>
        <SummaryPanel
          t={da}
          lang="da"
          periods={['2026-H2']}
          state={{ kind: 'done', how: 'opened', fileName: 'x.xlsx' }}
          onOpen={onOpen}
        />
      </FluentProvider>,
    );
    expect(screen.getByText('Korpsoverblikket er åbnet som en ny arbejdsbog.')).toBeTruthy();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <SummaryPanel
          t={en}
          lang="en"
          periods={['2026-H2']}
          state={{
            kind: 'error',
            failure: {
              kind: 'forbidden',
              code: 'role_forbidden',
              message: { da: 'Din rolle', en: 'Your role (coordinator) does not give access to this.' },
            },
          }}
          onOpen={onOpen}
        />
      </FluentProvider>,
    );
    expect(screen.getByText('Your role (coordinator) does not give access to this.')).toBeTruthy();
  });
});

describe('the unplaced values of a plan kept over several years', () => {
  const r = multiYearPlan();
  const panel = (lang: 'da' | 'en', onPlace = jest.fn(), onDismiss = jest.fn()) =>
    ui(
      <UnplacedPanel
        t={strings(lang)}
        lang={lang}
        draft={r.structure.draft}
        unmapped={r.structure.unmapped}
        dismissed={0}
        onPlace={onPlace}
        onDismiss={onDismiss}
      />,
    );

  test("a later year's columns are one line with its count and reason, its cells shown when opened", () => {
    const onDismiss = jest.fn();
    panel('da', jest.fn(), onDismiss);
    const region = screen.getByRole('region', { name: da.unplacedHeading });
    const list = within(region).getAllByRole('list')[0] as HTMLElement;
    // D1 alone, then one line for 2028 and one for 2029: not 23 lines.
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(
      within(list).getByText(
        '11 celler: kolonnerne under "2028", et senere år end planens periode: ikke læst som planens',
      ),
    ).toBeTruthy();
    expect(within(list).getByText('Plan kolonne F–G (rækkerne 1–6)')).toBeTruthy();
    expect(within(region).queryByRole('button', { name: 'Afvis værdien i Plan F3' })).toBeNull();
    const open = within(list).getByRole('button', { name: 'Vis cellerne i Plan kolonne F–G (rækkerne 1–6)' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(within(region).getByRole('button', { name: 'Afvis værdien i Plan F3' }));
    expect(onDismiss).toHaveBeenCalledWith('Plan', 'F3');
    expect(within(region).queryByRole('button', { name: 'Afvis værdien i Plan H3' })).toBeNull();
  });

  test('in English', () => {
    panel('en');
    expect(
      screen.getByText(
        `11 cells: the columns under "2029", a later year than the plan's period: not read as the plan's`,
      ),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Show the cells in Plan columns H–I (rows 1–7)' }),
    ).toBeTruthy();
  });
});
