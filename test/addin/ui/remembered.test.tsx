/** @jest-environment jsdom */
// The pane's remembered corrections: what was read "husket fra sidst" with an undo per entry, and
// "husk mine rettelser"; and the client calls behind them (GET/PUT with the ETag, 409 explained).

import '../support/jsdom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { ApiError, KorpsplanApi } from '../../../addin/src/api';
import { RememberedPanel, type RememberedPanelProps } from '../../../addin/src/ui/components/RememberedPanel';
import { EMPTY_REMEMBERED, REMEMBERED_SOURCE, type AppliedRemembered } from '../../../core/remembered';

function ui(element: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

const applied: AppliedRemembered[] = [
  {
    key: 'column:activities:senest',
    kind: 'column',
    sheet: 'Plan 2027',
    cell: 'C5',
    field: 'column:activities',
    value: 'deadline',
    remembered: true,
    source: REMEMBERED_SOURCE,
  },
  {
    key: 'value:status:parkeret',
    kind: 'value',
    sheet: 'Plan 2027',
    cell: 'A6',
    field: 'activities.status',
    value: 'not_started',
    remembered: true,
    source: REMEMBERED_SOURCE,
  },
];

function panel(over: Partial<RememberedPanelProps> = {}) {
  const onUndo = jest.fn<void, [string]>();
  const onRemember = jest.fn<void, []>();
  ui(
    <RememberedPanel
      lang="da"
      applied={applied}
      pending={3}
      state={{ kind: 'idle' }}
      onUndo={onUndo}
      onRemember={onRemember}
      {...over}
    />,
  );
  return { onUndo, onRemember };
}

describe('RememberedPanel', () => {
  test('lists what was read "husket fra sidst", each at its place, with an undo for that entry', () => {
    const { onUndo } = panel();
    const list = screen.getByRole('list', { name: 'Husket fra sidst' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[1]?.textContent).toContain('husket fra sidst');
    expect(items[1]?.textContent).toContain('Status = Ikke startet');
    expect(items[0]?.textContent).toContain('kolonne → Deadline');
    expect(items[1]?.textContent).toContain('Plan 2027!A6');
    fireEvent.click(within(items[1] as HTMLElement).getByRole('button', { name: /Fortryd/ }));
    expect(onUndo).toHaveBeenCalledWith('value:status:parkeret');
    expect(onUndo).toHaveBeenCalledTimes(1);
  });

  test('"Husk mine rettelser" saves, and is off when there is nothing to remember or while saving', () => {
    const { onRemember } = panel();
    expect(screen.getByText('3 rettelser kan huskes til næste plan.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Husk mine rettelser' }));
    expect(onRemember).toHaveBeenCalledTimes(1);
  });

  test('nothing to remember: the button is disabled and says why', () => {
    panel({ pending: 0, applied: [] });
    expect(screen.getByText('Ingen huskede rettelser er brugt i denne plan.')).toBeTruthy();
    expect(screen.getByText('Du har ingen rettelser, der kan huskes.')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Husk mine rettelser' }).disabled).toBe(
      true,
    );
  });

  test('saving, saved and failed states; English', () => {
    const { onRemember } = panel({ state: { kind: 'saving' } });
    const busy = screen.getByRole('button', { name: /Gemmer/ });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(busy);
    expect(onRemember).not.toHaveBeenCalled();
  });

  test('a failure is shown in the reader’s language, and what cannot be remembered is listed with why', () => {
    panel({
      lang: 'en',
      state: { kind: 'failed', message: { da: 'Ændret af en anden.', en: 'Changed by someone else.' } },
      notRemembered: [
        {
          sheet: 'Ark1',
          cell: 'B8',
          field: 'activities.activity',
          reason: { da: 'Fri tekst huskes ikke.', en: 'Free text is not remembered.' },
        },
      ],
    });
    expect(screen.getByText('Changed by someone else.')).toBeTruthy();
    expect(screen.getByText(/Ark1!B8: Free text is not remembered\./)).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Remembered from last time' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Undo/ })).toHaveLength(2);
  });

  test('saved: says how many', () => {
    panel({ state: { kind: 'saved', count: 1 } });
    expect(screen.getByText('1 rettelse er husket.')).toBeTruthy();
  });
});

describe('KorpsplanApi getRemembered / putRemembered', () => {
  const body = { municipality: '860', remembered: EMPTY_REMEMBERED, version: null };

  test('GET reads the set and its ETag; PUT sends the set under If-Match', async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const api = new KorpsplanApi({
      baseUrl: 'https://svc',
      token: () => Promise.resolve('T'),
      fetch: (url, init) => {
        calls.push({ url, init });
        return Promise.resolve(
          new Response(JSON.stringify(body), {
            status: 200,
            headers: { ETag: init?.method === 'PUT' ? '"2"' : 'none' },
          }),
        );
      },
    });
    const got = await api.getRemembered('860');
    expect(got).toEqual({ body, etag: 'none' });
    expect(calls[0]?.url).toBe('https://svc/api/municipalities/860/corrections');
    const saved = await api.putRemembered('860', EMPTY_REMEMBERED, got.etag);
    expect(saved.etag).toBe('"2"');
    const headers = new Headers(calls[1]?.init?.headers);
    expect(calls[1]?.init?.method).toBe('PUT');
    expect(headers.get('If-Match')).toBe('none');
    expect(headers.get('Authorization')).toBe('Bearer T');
    expect(JSON.parse(calls[1]?.init?.body as string)).toEqual(EMPTY_REMEMBERED);
  });

  test('a 409 is a conflict with the service’s message, so the pane can read again and retry', async () => {
    const api = new KorpsplanApi({
      baseUrl: '',
      token: () => Promise.resolve('T'),
      fetch: () =>
        Promise.resolve(
          new Response(
            JSON.stringify({
              error: { code: 'corrections_changed', message: { da: 'Ændret.', en: 'Changed.' } },
            }),
            { status: 409 },
          ),
        ),
    });
    const err = await api.putRemembered('860', EMPTY_REMEMBERED, '"1"').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).failure).toEqual({
      kind: 'conflict',
      status: 409,
      code: 'corrections_changed',
      message: { da: 'Ændret.', en: 'Changed.' },
    });
  });
});
