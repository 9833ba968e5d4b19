/** @jest-environment jsdom */
// The issue's flow against the Office layer (OfficeWorkbookHost and addin/src/office over the fake
// Excel host): a coordinator's own sheet is read, the phase is set in the pane (held: the workbook
// has no cover sheet yet), a column and a value are corrected (the value is written into its cell),
// the issue list changes at once, structuring writes the template sheets with every correction, and
// the plan is submitted — no download.

import '../support/jsdom';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { OfficeWorkbookHost } from '../../../addin/src/office/host';
import { App } from '../../../addin/src/ui/App';
import { FakeAuth, fakeApi, json, receipt } from '../support/fakes';
import { FakeExcel } from '../support/fakeExcel';

configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(90_000);

const TODAY = '2026-10-01';
const FILE = new Uint8Array([80, 75, 3, 4, 7, 7, 7]);

/** The real Office layer; only what the fake cannot do (change events, saving a file) is left out. */
class TestOfficeHost extends OfficeWorkbookHost {
  override watch(): Promise<() => Promise<void>> {
    return Promise.resolve(() => Promise.resolve());
  }
  override readFile(): Promise<Uint8Array> {
    return Promise.resolve(FILE);
  }
}

function install(excel: FakeExcel): void {
  const g = globalThis as unknown as { Excel: unknown; Office: unknown };
  g.Excel = { run: <T,>(fn: (context: Excel.RequestContext) => Promise<T>) => fn(excel.context()) };
  g.Office = { context: { requirements: { isSetSupported: () => true }, document: { url: '' } } };
}

test('phase, a column and a value corrected in the pane: the cell written, structured with every correction, submitted', async () => {
  const excel = new FakeExcel({
    sheets: [
      {
        name: 'Ark1',
        rows: [
          ['Handleplan for mentorindsatsen, Aarhus Kommune 2026-H2'],
          [],
          ['Tidsplan', 'Indsatsområde', 'Aktiviteter', 'Tovholder', 'Status', 'Noter'],
          ['15.03.2026', 'Ledelse', 'Kick-off med ledelsen', 'Mette', 'Færdig', 'Referat sendt'],
          ['15.08.2026', 'Kommunikation', 'Nyhedsbrev', 'Lars', 'I proces', ''],
        ],
      },
    ],
  });
  install(excel);
  const { api, requests } = fakeApi((r) =>
    r.method === 'POST' ? json(201, receipt()) : json(200, { submissions: [] }),
  );
  const auth = new FakeAuth({ name: 'Koordinator Aarhus', role: 'coordinator', municipality: '751' });
  render(<App lang="da" host={new TestOfficeHost()} api={api} auth={auth} today={TODAY} />);

  const status = await screen.findByRole('region', { name: 'Hvor står planen' });
  expect(within(status).getByText('1 fejl')).toBeTruthy();
  expect(within(status).getByText('1 aktivitet er forsinket')).toBeTruthy();

  // The phase: held in the pane (no cover sheet to write it in), so structuring must come first.
  const cover = screen.getByRole('region', { name: 'Forside' });
  fireEvent.change(within(cover).getByRole('combobox', { name: 'Fase' }), { target: { value: 'initial' } });
  expect(within(status).getByText('0 fejl')).toBeTruthy();
  await screen.findByText(/Tryk Strukturér, før I indsender/);

  // A column: the notes are not used.
  const structure = screen.getByRole('region', { name: 'Genkendt struktur' });
  fireEvent.change(within(structure).getByRole('combobox', { name: 'Kolonne F: Noter' }), {
    target: { value: '' },
  });
  expect(within(structure).getByText('Rettet')).toBeTruthy();

  // A value from the issue list: the late newsletter is done; its status cell is written at once.
  const issues = screen.getByRole('region', { name: 'Fejl og advarsler' });
  const ark1 = within(issues).getByRole('button', { name: /^Ark1/ });
  if (ark1.getAttribute('aria-expanded') === 'false') fireEvent.click(ark1);
  const late = within(issues)
    .getByText(/Aktiviteten 'Nyhedsbrev' har deadline/)
    .closest('li') as HTMLElement;
  fireEvent.click(within(late).getByRole('button', { name: /^Ret Deadline/ }));
  fireEvent.change(within(late).getByRole('textbox'), { target: { value: '31.12.2026' } });
  fireEvent.click(within(late).getByRole('button', { name: 'Gem' }));
  expect(within(status).getByText('Ingen forsinkede aktiviteter')).toBeTruthy();
  await waitFor(() => expect(excel.sheet('Ark1').get(4, 0)?.v).toBe('31.12.2026'));

  // Structuring writes the template sheets with the corrections; the plan then reads valid.
  await act(async () => {
    fireEvent.click(within(structure).getByRole('button', { name: 'Strukturér' }));
    await Promise.resolve();
  });
  await within(structure).findByText(/Planen står allerede i skabelonens ark/);
  const forside = excel.sheet('Forside');
  const phaseRow = [...Array(20).keys()].find((r) => forside.get(r, 0)?.v === 'Fase')!;
  expect(forside.get(phaseRow, 1)?.v).toBe('Indledende implementering');
  expect(within(status).getByText('0 fejl')).toBeTruthy();
  expect(screen.queryByText(/Tryk Strukturér, før I indsender/)).toBeNull();

  const submit = screen.getByRole('region', { name: 'Indsend' });
  fireEvent.click(within(submit).getByRole('button', { name: 'Indsend plan' }));
  await within(submit).findByText('Planen er indsendt');
  const posts = requests.filter((r) => r.method === 'POST');
  expect(posts.map((r) => new URL(r.url).pathname)).toEqual(['/api/submissions']);
});
