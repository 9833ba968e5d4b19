/** @jest-environment jsdom */
// The pane on an older workbook started as a next half-year: "Opdater til skabelon 1.1" structures
// the workbook in the 1.1 layout, and a confirmed carried answer is cleared from the lists sheet and
// no longer warned about.
import '../support/jsdom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../addin/src/ui/App';
import { readWorkbook } from '../../../core/xlsx';
import { CARRIED_MARKER } from '../../../core/spec';
import { allAnswered, versionedWorkbook } from '../../fixtures/versioned';
import { FakeAuth, FakeHost, fakeApi, json } from '../support/fakes';

function grid() {
  return readWorkbook(
    versionedWorkbook({
      version: '1.0',
      municipality: 'Aarhus',
      period: '2026-H2',
      answers: allAnswered('1.0'),
      listsExtra: [
        { r: 0, c: 14, v: CARRIED_MARKER },
        { r: 1, c: 14, v: 'F1=yes@2026-H1' },
        { r: 2, c: 14, v: 'F2=yes@2026-H1' },
      ],
    }),
  );
}

function setup() {
  const host = new FakeHost(grid(), 'office');
  const { api } = fakeApi((r) =>
    r.url.includes('/api/rounds') ? json(200, { rounds: [] }) : json(200, { submissions: [], latest: [] }),
  );
  const auth = new FakeAuth({ name: 'Koordinator Aarhus', role: 'coordinator', municipality: '751' });
  render(<App lang="da" host={host} api={api} auth={auth} today="2026-10-01" debounceMs={0} />);
  return host;
}

test('Opdater til skabelon 1.1 structures the workbook in the 1.1 layout', async () => {
  const host = setup();
  const panel = await screen.findByRole('region', { name: 'Næste halvår og skabelon' }, { timeout: 15_000 });
  fireEvent.click(within(panel).getByRole('button', { name: 'Opdater til skabelon 1.1' }));
  await waitFor(() => expect(host.structured).toHaveLength(1));
  expect(host.structured[0]?.corrections.templateVersion).toBe('1.1');
});

test('a confirmed carried answer is cleared from the lists sheet and no longer warned about', async () => {
  const host = setup();
  const carried = await screen.findByRole(
    'region',
    { name: 'Svar ført med fra sidste halvår' },
    { timeout: 15_000 },
  );
  expect(within(carried).getByText(/2 svar i huskelisten/)).toBeTruthy();
  const status = screen.getByRole('region', { name: 'Hvor står planen' });
  const warnings = () => Number.parseInt(within(status).getAllByText(/advarsl/)[0]?.textContent ?? '', 10);
  const before = warnings();
  fireEvent.click(within(carried).getByRole('button', { name: 'Bekræft svaret på F1' }));
  await waitFor(() => expect(host.writes).toEqual(['Lister!O2=']));
  await within(carried).findByText(/1 svar i huskelisten/);
  fireEvent.click(within(carried).getByRole('button', { name: 'Bekræft alle' }));
  await screen.findByText('Alle svar ført med fra sidste halvår er bekræftet.');
  expect(warnings()).toBe(before - 2);
  expect(host.writes).toEqual(['Lister!O2=', 'Lister!O3=']);
});
