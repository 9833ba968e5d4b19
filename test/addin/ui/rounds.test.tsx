/** @jest-environment jsdom */
// The round in the pane (issue 12): the coordinator's card with the leader's comment, the places it
// names and a button to submit again; the leader's review list with its filter, the send-back that
// needs a comment, the approval and the reminder mail to the municipalities still missing.

import '../support/jsdom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import {
  commentPlaces,
  statusCounts,
  type Review,
  type StatusResponse,
  type StatusRow,
} from '../../../core/rounds';
import { RoundCard } from '../../../addin/src/ui/rounds/RoundCard';
import { ReviewPanel, type ReviewPanelProps } from '../../../addin/src/ui/rounds/ReviewPanel';
import { currentRound } from '../../../addin/src/ui/rounds/useRounds';

function ui(element: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

const round = {
  version: 1 as const,
  period: '2026-H2',
  deadline: '2026-12-15',
  expected: ['101', '461', '751'],
  closed: false,
  changes: [{ at: '2026-12-01T09:00:00.000Z', by: { role: 'leader' as const }, what: 'opened' as const }],
};
const sentBack: Review = {
  version: 1,
  submissionId: 's-751',
  decision: 'sent_back',
  comment: "Fasen mangler i Forside!B4, og 'Korps og roller'!C7 er tom.",
  by: { role: 'leader', name: 'Lise Leder' },
  at: '2026-12-16T09:00:00.000Z',
};
const rows: StatusRow[] = [
  {
    municipality: '101',
    name: 'København',
    state: 'mangler',
    late: false,
    submissions: 0,
    contacts: ['kbh@example.dk'],
  },
  {
    municipality: '461',
    name: 'Odense',
    state: 'indsendt',
    late: true,
    submissions: 1,
    submissionId: 's-461',
    submittedAt: '2026-12-16T08:00:00.000Z',
    warnings: 2,
    note: 'To aktiviteter er rykket.',
  },
  {
    municipality: '751',
    name: 'Aarhus',
    state: 'sendt_tilbage',
    late: false,
    submissions: 1,
    submissionId: 's-751',
    submittedAt: '2026-12-10T08:00:00.000Z',
    review: sentBack,
  },
];
const status: StatusResponse = { round, counts: statusCounts(rows), rows };

describe('the coordinator’s round card', () => {
  test('shows the deadline, days left, the state and the comment, with a button per place it names', () => {
    const onGoTo = jest.fn();
    const onResubmit = jest.fn();
    ui(
      <RoundCard
        lang="da"
        round={round}
        row={rows[2]}
        now={new Date('2026-12-13T10:00:00Z')}
        canSelect
        canResubmit
        onGoTo={onGoTo}
        onResubmit={onResubmit}
      />,
    );
    expect(screen.getByText('2 dage tilbage')).toBeTruthy();
    expect(screen.getByText('Sendt tilbage')).toBeTruthy();
    expect(screen.getByText(/Fasen mangler i Forside!B4/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gå til Forside!B4' }));
    expect(onGoTo).toHaveBeenCalledWith('Forside', 'B4');
    fireEvent.click(screen.getByRole('button', { name: "Gå til 'Korps og roller'!C7" }));
    expect(onGoTo).toHaveBeenCalledWith('Korps og roller', 'C7');
    fireEvent.click(screen.getByRole('button', { name: 'Indsend igen' }));
    expect(onResubmit).toHaveBeenCalledTimes(1);
  });

  test('an approved plan shows no comment and no resubmit button', () => {
    ui(
      <RoundCard
        lang="en"
        round={round}
        row={{ ...rows[1]!, state: 'godkendt' }}
        now={new Date('2026-12-20T10:00:00Z')}
        canSelect
        canResubmit
        onGoTo={jest.fn()}
        onResubmit={jest.fn()}
      />,
    );
    expect(screen.getByText('Approved')).toBeTruthy();
    expect(screen.getByText('5 days past the deadline')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Submit again' })).toBeNull();
  });
});

describe('the leader’s review list', () => {
  function panel(over: Partial<ReviewPanelProps> = {}) {
    const props: ReviewPanelProps = {
      lang: 'da',
      status,
      filter: undefined,
      formatWhen: (iso) => iso.slice(0, 10),
      onFilter: jest.fn(),
      onOpen: jest.fn(),
      onApprove: jest.fn(),
      onSendBack: jest.fn(),
      ...over,
    };
    ui(<ReviewPanel {...props} />);
    return props;
  }

  test('every municipality with its state; the filter keeps the missing only', () => {
    panel({ filter: 'mangler' });
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['København']);
  });

  test('a reminder mail goes to the coordinators of the municipalities missing', () => {
    panel();
    const link = screen.getByRole('link', { name: /Skriv til de 1 kommuner, der mangler/ });
    expect(link.getAttribute('href')).toMatch(/^mailto:kbh%40example\.dk\?subject=/);
  });

  test('send back needs a comment; approve and open act on the row', () => {
    const props = panel();
    const odense = screen.getByRole('listitem', { name: 'Odense' });
    expect(within(odense).getByText('for sent')).toBeTruthy();
    expect(within(odense).getByText(/To aktiviteter er rykket/)).toBeTruthy();
    fireEvent.click(within(odense).getByRole('button', { name: 'Send tilbage' }));
    fireEvent.click(within(odense).getByRole('button', { name: 'Send tilbage med kommentar' }));
    expect(props.onSendBack).not.toHaveBeenCalled();
    expect(within(odense).getByText('Skriv en kommentar, før planen sendes tilbage.')).toBeTruthy();
    fireEvent.change(within(odense).getByRole('textbox'), { target: { value: 'Tilføj evaluering' } });
    fireEvent.click(within(odense).getByRole('button', { name: 'Send tilbage med kommentar' }));
    expect(props.onSendBack).toHaveBeenCalledWith(rows[1], 'Tilføj evaluering');
    fireEvent.click(within(odense).getByRole('button', { name: 'Åbn plan' }));
    expect(props.onOpen).toHaveBeenCalledWith(rows[1]);
    // Only a plan awaiting review can be approved; a sent-back one waits for its resubmission.
    const aarhus = screen.getByRole('listitem', { name: 'Aarhus' });
    expect(within(aarhus).queryByRole('button', { name: 'Godkend' })).toBeNull();
  });
});

test('places in a comment, and the round the pane shows', () => {
  expect(commentPlaces('Se B4 og Forside!$C$7, igen B4').map((p) => [p.sheet, p.cell])).toEqual([
    [undefined, 'B4'],
    ['Forside', 'C7'],
  ]);
  const closed = { ...round, period: '2027-H1', closed: true };
  expect(currentRound([closed, round])?.period).toBe('2026-H2');
  expect(currentRound([closed])?.period).toBe('2027-H1');
});
