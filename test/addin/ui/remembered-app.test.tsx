/** @jest-environment jsdom */
// Remembered corrections in the whole pane (issue 11 §3): when a coordinator signs in, the
// municipality's remembered corrections are fetched and the workbook is read with them, each
// decision listed "husket fra sidst"; undoing one forgets it on the service (PUT under If-Match)
// and reads the plan again without it.

import '../support/jsdom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../addin/src/ui/App';
import { FakeAuth, FakeHost, fakeApi, json } from '../support/fakes';
import { messyGrid } from '../support/plans';

const remembered = {
  version: 1,
  columns: [],
  values: [{ list: 'status', text: 'i proces', value: 'not_started' }],
  labels: [],
};

test('the plan is read with the remembered corrections, and one can be undone', async () => {
  const host = new FakeHost(messyGrid());
  const { api, requests } = fakeApi((r) => {
    if (r.url.endsWith('/api/municipalities/751/corrections')) {
      if (r.method === 'PUT') {
        const sent = JSON.parse(new TextDecoder().decode(r.body)) as typeof remembered;
        return json(
          200,
          { municipality: '751', remembered: sent, version: 'v2', savedAt: '2026-10-01T10:00:00.000Z' },
          { ETag: '"2"' },
        );
      }
      return json(
        200,
        { municipality: '751', remembered, version: 'v1', savedAt: '2026-09-01T10:00:00.000Z' },
        { ETag: '"1"' },
      );
    }
    if (r.url.includes('/api/rounds')) return json(200, { rounds: [] });
    return json(200, { submissions: [], latest: [] });
  });
  const auth = new FakeAuth({ name: 'Koordinator Aarhus', role: 'coordinator', municipality: '751' });
  render(<App lang="da" host={host} api={api} auth={auth} today="2026-10-01" />);

  const list = await screen.findByRole('list', { name: 'Husket fra sidst' }, { timeout: 5000 });
  const undo = await within(list).findByRole('button', { name: /Fortryd/ });
  fireEvent.click(undo);

  await waitFor(() => expect(requests.some((r) => r.method === 'PUT')).toBe(true));
  const put = requests.find((r) => r.method === 'PUT');
  expect(put?.headers.get('If-Match')).toBe('"1"');
  expect((JSON.parse(new TextDecoder().decode(put?.body)) as typeof remembered).values).toEqual([]);
  // Read again without it: nothing is listed as remembered any more.
  await waitFor(() => expect(screen.queryByRole('list', { name: 'Husket fra sidst' })).toBeNull());
});
