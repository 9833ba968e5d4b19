/** @jest-environment jsdom */
// Finishing the plan in the pane (issue 11 §3), over the fake hosts: the cover form, a value
// corrected from the rows and from the issue list, unplaced values placed or dismissed, another
// municipality flagged on load. In Excel (the Office layer's host) a correction writes its cell; on
// the web page corrections are held in the page and the submission carries them through
// POST /api/structure. The issue list and the counts change at once, with no reading again.

import '../support/jsdom';
import {
  act,
  configure,
  fireEvent,
  render,
  renderHook,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { idempotencyKey } from '../../../addin/src/pipeline';
import { usePlanApp } from '../../../addin/src/ui/usePlanApp';
import { App } from '../../../addin/src/ui/App';
import { FakeAuth, FakeHost, fakeApi, json, receipt } from '../support/fakes';
import { messyGrid, templateGrid, validPlan } from '../support/plans';

const TODAY = '2026-10-01';
// The whole app renders in jsdom on a shared machine: the first reading may take a few seconds.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

function coordinator() {
  return new FakeAuth({ name: 'Koordinator Aarhus', role: 'coordinator', municipality: '751' });
}

function select(combo: HTMLElement, value: string): void {
  fireEvent.change(combo, { target: { value } });
}

describe('in Excel (the Office layer writes corrections into their cells)', () => {
  test('a status corrected in a row: its cell is written and the late activity leaves the list at once', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    const { api } = fakeApi(() => json(200, { submissions: [] }));
    render(<App lang="da" host={host} api={api} auth={coordinator()} today={TODAY} />);
    const status = await screen.findByRole('region', { name: 'Hvor står planen' });
    expect(within(status).getByText('1 aktivitet er forsinket')).toBeTruthy();
    const reads = host.reads;

    const panel = screen.getByRole('region', { name: 'Ret værdier' });
    fireEvent.click(within(panel).getByRole('button', { name: /^Ret Status \(/ }));
    select(within(panel).getByRole('combobox', { name: /^Status i / }), 'done');
    fireEvent.click(within(panel).getByRole('button', { name: 'Gem' }));

    expect(within(status).getByText('Ingen forsinkede aktiviteter')).toBeTruthy();
    expect(host.reads).toBe(reads);
    await waitFor(() =>
      expect(host.writes).toEqual([expect.stringMatching(/^Implementeringsplan![A-Z]+4=Gennemført$/)]),
    );
    expect(within(panel).getByText('1 rettelse i denne plan')).toBeTruthy();
  });

  test('the cover form writes the phase at its place; a place the workbook lacks asks for structuring', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    const { api } = fakeApi(() => json(200, { submissions: [] }));
    render(<App lang="da" host={host} api={api} auth={coordinator()} today={TODAY} />);
    const cover = await screen.findByRole('region', { name: 'Forside' });
    select(within(cover).getByRole('combobox', { name: 'Fase' }), 'full');
    await waitFor(() => expect(host.writes).toEqual(['Forside!B5=Fuld implementering']));
    expect(
      within(screen.getByRole('region', { name: 'Hvor står planen' })).getByText('Fuld implementering'),
    ).toBeTruthy();
    expect(screen.queryByText(/Tryk Strukturér, før I indsender/)).toBeNull();

    // A coordinator's own sheet has no cover sheet: the phase is held in the pane until structuring.
    const messy = new FakeHost(messyGrid());
    const { api: api2 } = fakeApi(() => json(200, { submissions: [] }));
    const view = render(<App lang="da" host={messy} api={api2} auth={coordinator()} today={TODAY} />);
    const cover2 = await within(view.container).findByRole('region', { name: 'Forside' });
    select(within(cover2).getByRole('combobox', { name: 'Fase' }), 'initial');
    await within(view.container).findByText(/Tryk Strukturér, før I indsender/);
    expect(messy.writes).toEqual([]);
  });
});

describe('on the web page (corrections held in the page, carried by the submission)', () => {
  test('phase set and a value corrected: nothing written or downloaded, the service structures the file with them, the structured bytes are submitted', async () => {
    const host = new FakeHost(messyGrid(), 'web');
    const structured = new Uint8Array([80, 75, 3, 4, 42, 42]);
    const { api, requests } = fakeApi((r) => {
      if (r.url.includes('/api/structure')) return new Response(structured, { status: 200 });
      if (r.method === 'POST') return json(201, receipt());
      return json(200, { submissions: [] });
    });
    const auth = coordinator();
    const { result } = renderHook(() => usePlanApp({ host, api, auth, lang: 'da', today: TODAY }));
    await act(() => result.current.actions.refresh());
    const errors = () =>
      result.current.load.kind === 'ready'
        ? result.current.load.inspected.result.issues.filter((i) => i.severity === 'error').length
        : -1;
    expect(errors()).toBe(1);
    act(() => result.current.actions.setCover('phase', 'initial'));
    expect(errors()).toBe(0);
    act(() =>
      result.current.actions.setValue(
        { sheet: 'Ark1', cell: 'D4', field: 'activities.responsible', current: 'Mette' },
        'Mette Kristensen',
      ),
    );
    expect(
      result.current.load.kind === 'ready' &&
        result.current.load.inspected.result.plan?.activities[0]?.responsible,
    ).toBe('Mette Kristensen');
    expect(host.writes).toEqual([]);

    await act(() => result.current.actions.runSubmit());
    expect(result.current.submit).toMatchObject({ kind: 'done', outcome: { kind: 'accepted' } });
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => new URL(r.url).pathname)).toEqual(['/api/structure', '/api/submissions']);
    const sent = JSON.parse(decodeURIComponent(posts[0]!.headers.get('x-korpsplan-corrections') ?? '')) as {
      cover: unknown;
      values: unknown[];
    };
    expect(sent.cover).toEqual({ phase: 'initial' });
    expect(sent.values).toEqual([
      { sheet: 'Ark1', cell: 'D4', field: 'activities.responsible', value: 'Mette Kristensen' },
    ]);
    expect(posts[0]!.body).toEqual(host.fileBytes);
    // What was submitted is the structured workbook (its key is made from the bytes sent).
    expect(posts[1]!.headers.get('idempotency-key')).toBe(await idempotencyKey(structured, undefined));
    expect(host.structured).toEqual([]);
    expect(host.opened).toEqual([]);
  });
});

test('a workbook for another municipality is flagged when it is read, with both names', async () => {
  const other = validPlan({ municipality: { code: '101', name: 'København' } });
  const host = new FakeHost(templateGrid(other));
  const { api } = fakeApi(() => json(200, { submissions: [] }));
  render(<App lang="da" host={host} api={api} auth={coordinator()} today={TODAY} />);
  const cover = await screen.findByRole('region', { name: 'Forside' });
  expect(
    within(cover).getByText(
      /Arbejdsbogen er for København \(101\), men du er koordinator for Aarhus \(751\)/,
    ),
  ).toBeTruthy();
  // Corrected to the coordinator's own: the flag goes at once.
  select(within(cover).getByRole('combobox', { name: 'Kommune' }), '751');
  expect(within(cover).queryByText(/Arbejdsbogen er for/)).toBeNull();
});

test('an unplaced value is used as a field ("brug som") or dismissed, and leaves the list at once', async () => {
  const grid = messyGrid();
  const sheet = grid.sheets[0]!;
  const cells = [
    ...sheet.cells,
    { r: 7, c: 0, v: 'Klargøring', t: 's' as const },
    { r: 8, c: 0, v: 'Husk kaffe', t: 's' as const },
  ];
  const host = new FakeHost({ ...grid, sheets: [{ ...sheet, cells }] });
  const { api } = fakeApi(() => json(200, { submissions: [] }));
  render(<App lang="da" host={host} api={api} auth={coordinator()} today={TODAY} />);
  const unplaced = await screen.findByRole('region', { name: 'Værdier, der ikke kom med i planen' });
  expect(within(unplaced).getByText('Klargøring')).toBeTruthy();
  select(within(unplaced).getByRole('combobox', { name: /^Brug Ark1 A8 "Klargøring" som/ }), 'cover.phase');
  expect(within(unplaced).queryByText('Klargøring')).toBeNull();
  expect(
    within(screen.getByRole('region', { name: 'Hvor står planen' })).getByText('Klargøring'),
  ).toBeTruthy();

  fireEvent.click(within(unplaced).getByRole('button', { name: 'Afvis værdien i Ark1 A9' }));
  expect(within(unplaced).queryByText('Husk kaffe')).toBeNull();
  expect(within(unplaced).getByText('1 værdi afvist')).toBeTruthy();
});

test('a value corrected from the issue list: the issue goes at once', async () => {
  const host = new FakeHost(templateGrid(validPlan()));
  const { api } = fakeApi(() => json(200, { submissions: [] }));
  render(<App lang="da" host={host} api={api} auth={coordinator()} today={TODAY} />);
  const issues = await screen.findByRole('region', { name: 'Fejl og advarsler' });
  const late = within(issues).getByText(/Aktiviteten 'Aktivitet 1' har deadline/);
  const item = late.closest('li')!;
  fireEvent.click(within(item as HTMLElement).getByRole('button', { name: /^Ret Deadline/ }));
  fireEvent.change(within(item as HTMLElement).getByRole('textbox'), { target: { value: '31.12.2026' } });
  fireEvent.click(within(item as HTMLElement).getByRole('button', { name: 'Gem' }));
  expect(within(issues).queryByText(/Aktiviteten 'Aktivitet 1' har deadline/)).toBeNull();
});
