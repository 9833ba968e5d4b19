/** @jest-environment jsdom */
// The whole app over a fake Excel host and a fake service: it reads the workbook, shows where the
// plan stands, validates again when the workbook changes, structures with the coordinator's
// corrections, and submits, recovering from a service that is briefly unavailable.

import '../support/jsdom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { RefusalError } from '../../../core/codes';
import { App } from '../../../addin/src/ui/App';
import { FakeAuth, FakeHost, fakeApi, json, receipt } from '../support/fakes';
import { messyGrid, templateGrid, validPlan } from '../support/plans';

const TODAY = '2026-10-01';

function coordinator() {
  return new FakeAuth({ name: 'Koordinator Aarhus', role: 'coordinator', municipality: '751' });
}

describe('the task pane', () => {
  test('reads the workbook on start and shows where the plan stands, with the last receipt', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    const { api, requests } = fakeApi((r) =>
      r.method === 'GET' ? json(200, { submissions: [receipt()], latest: [] }) : json(201, receipt()),
    );
    render(<App lang="da" host={host} api={api} auth={coordinator()} today={TODAY} />);
    expect(screen.getByText('Læser arbejdsbogen …')).toBeTruthy();
    const status = await screen.findByRole('region', { name: 'Hvor står planen' });
    expect(within(status).getByText('Aarhus (751)')).toBeTruthy();
    expect(within(status).getByText('8 aktiviteter genkendt')).toBeTruthy();
    await within(status).findByText(new RegExp(`kvittering ${receipt().submissionId}`));
    // The last receipt comes from the history (the pane also asks for the round).
    expect(requests.filter((r) => r.method === 'GET').map((r) => r.url)).toContain(
      'http://service.test/api/submissions?period=2026-H2',
    );
  });

  test('validates again, once, after the workbook stops changing', async () => {
    jest.useFakeTimers();
    try {
      const host = new FakeHost(templateGrid(validPlan()));
      const { api } = fakeApi(() => json(200, { submissions: [] }));
      render(
        <App lang="da" host={host} api={api} auth={new FakeAuth(null)} today={TODAY} debounceMs={500} />,
      );
      await act(async () => {
        await jest.advanceTimersByTimeAsync(10);
      });
      const before = host.reads;
      host.grid = messyGrid();
      act(() => {
        host.change();
        host.change();
        host.change();
      });
      await act(async () => {
        await jest.advanceTimersByTimeAsync(499);
      });
      expect(host.reads).toBe(before);
      await act(async () => {
        await jest.advanceTimersByTimeAsync(10);
      });
      expect(host.reads).toBe(before + 1);
      expect(screen.getByText('Mangler: Fase')).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
  });

  test('clicking an issue selects its cell in Excel', async () => {
    const host = new FakeHost(messyGrid());
    const { api } = fakeApi(() => json(200, { submissions: [] }));
    render(<App lang="da" host={host} api={api} auth={new FakeAuth(null)} today={TODAY} />);
    const issues = await screen.findByRole('region', { name: 'Fejl og advarsler' });
    const first = within(issues).getAllByRole('button', { name: /^Fejl: / })[0]!;
    fireEvent.click(first);
    await waitFor(() => expect(host.selected).toHaveLength(1));
    expect(host.selected[0]).toMatch(/^Forside!B\d+$/);
  });

  test('structuring sends the corrections along, and the workbook is read again', async () => {
    const host = new FakeHost(messyGrid());
    const { api } = fakeApi(() => json(200, { submissions: [] }));
    render(<App lang="da" host={host} api={api} auth={new FakeAuth(null)} today={TODAY} />);
    const structure = await screen.findByRole('region', { name: 'Genkendt struktur' });
    const column = within(structure).getByRole('combobox', { name: 'Kolonne D: Tovholder' });
    fireEvent.change(column, { target: { value: 'milestone' } });
    expect(within(structure).getByText('Rettet')).toBeTruthy();
    const reads = host.reads;
    fireEvent.click(within(structure).getByRole('button', { name: 'Strukturér' }));
    await within(structure).findByText(/Skabelonens 1 ark er skrevet ind/);
    expect(host.structured[0]?.columnOverrides).toEqual([{ sheet: 'Ark1', col: 3, field: 'milestone' }]);
    expect(host.structured[0]?.result.draft.activities[0]?.values.milestone).toBe('Mette');
    expect(host.reads).toBe(reads + 1);
    expect(within(structure).queryByText('Rettet')).toBeNull();
  });

  test('submitting: the service is briefly unavailable, the coordinator tries again and gets the receipt', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    let posts = 0;
    const { api } = fakeApi((r) => {
      if (r.method === 'GET') return json(200, { submissions: [] });
      posts += 1;
      return posts === 1
        ? json(
            503,
            { error: { code: 'storage_unavailable', message: { da: 'x', en: 'x' } } },
            { 'Retry-After': '5' },
          )
        : json(201, receipt());
    });
    render(<App lang="da" host={host} api={api} auth={coordinator()} today={TODAY} />);
    const submit = await screen.findByRole('region', { name: 'Indsend' });
    fireEvent.click(within(submit).getByRole('button', { name: 'Indsend plan' }));
    await within(submit).findByText(/midlertidigt utilgængelig. Prøv igen om 5 sekunder/);
    fireEvent.click(within(submit).getByRole('button', { name: 'Prøv igen' }));
    await within(submit).findByText('Planen er indsendt');
    expect(host.recorded).toHaveLength(1);
    const status = screen.getByRole('region', { name: 'Hvor står planen' });
    expect(within(status).getByText(new RegExp(`kvittering ${receipt().submissionId}`))).toBeTruthy();
  });

  test('errors the service finds on submission join the issue list', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    const { api } = fakeApi((r) =>
      r.method === 'GET'
        ? json(200, { submissions: [] })
        : json(422, {
            error: { code: 'plan_invalid', message: { da: 'Planen har fejl.', en: 'The plan has errors.' } },
            issues: [
              {
                code: 'cpr_number',
                severity: 'error',
                sheet: 'Korps',
                cell: 'A4',
                message: { da: 'Noget ligner et CPR-nummer.', en: 'Looks like a CPR number.' },
              },
            ],
          }),
    );
    render(<App lang="da" host={host} api={api} auth={coordinator()} today={TODAY} />);
    const submit = await screen.findByRole('region', { name: 'Indsend' });
    fireEvent.click(within(submit).getByRole('button', { name: 'Indsend plan' }));
    const issues = screen.getByRole('region', { name: 'Fejl og advarsler' });
    await within(issues).findByText('Noget ligner et CPR-nummer.');
    expect(within(issues).getByText('Fundet af korpsplan-tjenesten ved indsendelsen')).toBeTruthy();
  });

  test('a workbook that cannot be read says why, in English', async () => {
    const host = new FakeHost(messyGrid());
    host.readError = new RefusalError('macros', {
      da: 'Filen indeholder makroer.',
      en: 'The file contains macros.',
    });
    const { api } = fakeApi(() => json(200, { submissions: [] }));
    render(<App lang="en" host={host} api={api} auth={new FakeAuth(null)} today={TODAY} />);
    await screen.findByText('The workbook could not be read: The file contains macros.');
  });

  test('only leaders are offered the corps summary, which opens as a new workbook', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    const { api, requests } = fakeApi((r) =>
      r.url.includes('/api/summary')
        ? new Response(new Uint8Array([80, 75]), { status: 200 })
        : json(200, { submissions: [] }),
    );
    const { unmount } = render(<App lang="da" host={host} api={api} auth={coordinator()} today={TODAY} />);
    await screen.findByRole('region', { name: 'Hvor står planen' });
    expect(screen.queryByRole('region', { name: 'Korpsoverblik' })).toBeNull();
    unmount();

    render(
      <App
        lang="da"
        host={host}
        api={api}
        auth={new FakeAuth({ name: 'Korpsledelsen', role: 'leader' })}
        today={TODAY}
      />,
    );
    const summary = await screen.findByRole('region', { name: 'Korpsoverblik' });
    fireEvent.click(within(summary).getByRole('button', { name: 'Åbn korpsoverblik' }));
    await within(summary).findByText('Korpsoverblikket er åbnet som en ny arbejdsbog.');
    expect(requests.some((r) => r.url === 'http://service.test/api/summary?period=2026-H2&lang=da')).toBe(
      true,
    );
    expect(host.opened).toEqual(['Korpsoverblik 2026-H2.xlsx']);
  });

  test('an Entra user learns their role from the service: a coordinator is not offered the summary', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    const answer = (role: string) => (r: { url: string }) =>
      r.url.endsWith('/api/me')
        ? json(200, role === 'coordinator' ? { role, municipality: '751' } : { role })
        : json(200, { submissions: [] });
    const signedIn = () => new FakeAuth({ name: 'Hanne Friis' });
    const first = fakeApi(answer('coordinator'));
    const { unmount } = render(<App lang="da" host={host} api={first.api} auth={signedIn()} today={TODAY} />);
    await waitFor(() => expect(first.requests.some((r) => r.url.endsWith('/api/me'))).toBe(true));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Korpsoverblik' })).toBeNull());
    unmount();

    const second = fakeApi(answer('leader'));
    render(<App lang="da" host={host} api={second.api} auth={signedIn()} today={TODAY} />);
    await screen.findByRole('region', { name: 'Korpsoverblik' });
    await waitFor(() => expect(second.requests.some((r) => r.url.endsWith('/api/me'))).toBe(true));
    expect(screen.getByRole('region', { name: 'Korpsoverblik' })).toBeTruthy();
  });
});
