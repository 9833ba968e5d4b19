/** @jest-environment jsdom */
// "Husk mine rettelser" (addin/src/ui/useRememberedSet.ts): this workbook's corrections become
// entries, merged with the saved set and saved under its ETag; when someone saved meanwhile (409),
// the set is read again and the entries merged into the newer one, so nothing saved is lost.

import '../support/jsdom';
import { act, renderHook, waitFor } from '@testing-library/react';
import { inspectGrid } from '../../../core/inspect';
import { NO_CORRECTIONS } from '../../../core/corrections';
import type { RememberedEntries } from '../../../core/remembered';
import { useRememberedSet } from '../../../addin/src/ui/useRememberedSet';
import { fakeApi, json } from '../support/fakes';
import { messyGrid } from '../support/plans';

const user = { name: 'Koordinator Aarhus', role: 'coordinator' as const, municipality: '751' };
const saved = (values: RememberedEntries['values'], version: string) => ({
  municipality: '751',
  remembered: { version: 1, columns: [], values, labels: [] } as RememberedEntries,
  version,
  savedAt: '2026-10-01T10:00:00.000Z',
});

test('a correction is remembered; a save that lost a race is merged into the newer set', async () => {
  let current = saved([], 'v1');
  let etag = '"1"';
  let puts = 0;
  const { api, requests } = fakeApi((r) => {
    if (r.method === 'PUT') {
      puts++;
      if (puts === 1) {
        // Someone else saved an entry in between: this PUT's If-Match is stale.
        current = saved([{ list: 'status', text: 'faerdig', value: 'done' }], 'v2');
        etag = '"2"';
        return json(409, {
          error: { code: 'corrections_changed', message: { da: 'Ændret.', en: 'Changed.' } },
        });
      }
      const body = JSON.parse(new TextDecoder().decode(r.body)) as RememberedEntries;
      current = { ...saved(body.values, 'v3'), remembered: body };
      etag = '"3"';
      return json(200, current, { ETag: etag });
    }
    return json(200, current, { ETag: etag });
  });
  const applied: (RememberedEntries | undefined)[] = [];
  const apply = (e: RememberedEntries | undefined) => applied.push(e);
  const { result } = renderHook(() => useRememberedSet(api, user, 'da', apply));
  await waitFor(() => expect(result.current.entries).toBeDefined());

  const grid = messyGrid();
  const read = inspectGrid(grid, { today: '2026-10-01' });
  const status = read.structure.draft.activities[1]!;
  const cell = status.cells?.status ?? 'E5';
  const corrections = {
    ...NO_CORRECTIONS,
    values: [{ sheet: 'Ark1', cell, field: 'activities.status', value: 'not_started' }],
  };
  const preview = result.current.preview(read.structure, grid, corrections);
  expect(preview.count).toBe(1);
  await act(() => result.current.remember(preview.entries));

  expect(result.current.state).toEqual({ kind: 'saved', count: 1 });
  const lastPut = requests.filter((r) => r.method === 'PUT').at(-1);
  expect(lastPut?.headers.get('If-Match')).toBe('"2"');
  const sent = JSON.parse(new TextDecoder().decode(lastPut?.body)) as RememberedEntries;
  // Both: this coordinator's new entry and the one saved meanwhile.
  expect(sent.values.map((v) => `${v.text}=${v.value}`).sort()).toEqual([
    'faerdig=done',
    'i proces=not_started',
  ]);
  expect(applied.at(-1)?.values).toHaveLength(2);
});
