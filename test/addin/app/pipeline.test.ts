// The submit pipeline that the task pane and the ribbon's Indsend share: every way a submission can
// end, and what is sent.

import {
  inspectGridWith,
  inspectWorkbook,
  idempotencyKey,
  MAX_UPLOAD_BYTES,
  submitPlan,
} from '../../../addin/src/pipeline';
import { FileReadError } from '../../../addin/src/host';
import { FakeAuth, FakeHost, fakeApi, json, receipt } from '../support/fakes';
import { messyGrid, templateGrid, validPlan } from '../support/plans';

const TODAY = '2026-10-01';
const signedIn = () => new FakeAuth({ name: 'Koordinator Aarhus', role: 'coordinator', municipality: '751' });

describe('submitting', () => {
  test('a valid plan is sent with the token, the note and an idempotency key, and the receipt is written into the workbook', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    const { api, requests } = fakeApi(() => json(201, receipt()));
    const outcome = await submitPlan(
      { host, api, auth: signedIn() },
      { lang: 'da', note: '  Forsinkelsen skyldes sygdom. ', interactive: true, today: TODAY },
    );
    expect(outcome).toMatchObject({ kind: 'accepted', created: true, recorded: true });
    expect(requests).toHaveLength(1);
    const sent = requests[0]!;
    expect(sent.url).toBe('http://service.test/api/submissions');
    expect(sent.method).toBe('POST');
    expect(sent.headers.get('authorization')).toBe('Bearer token-for-tests');
    expect(decodeURIComponent(sent.headers.get('x-korpsplan-note') ?? '')).toBe(
      'Forsinkelsen skyldes sygdom.',
    );
    expect(sent.headers.get('idempotency-key')).toBe(
      await idempotencyKey(host.fileBytes, 'Forsinkelsen skyldes sygdom.'),
    );
    expect(sent.body).toEqual(host.fileBytes);
    expect(host.recorded).toHaveLength(1);
  });

  test('the same file and note give the same key; another note another key', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await idempotencyKey(bytes, 'a')).toBe(await idempotencyKey(bytes, 'a'));
    expect(await idempotencyKey(bytes, 'a')).not.toBe(await idempotencyKey(bytes, 'b'));
    expect(await idempotencyKey(bytes, undefined)).toMatch(/^kp-[0-9a-f]{48}$/);
  });

  test('errors in the plan block it before anything is read or sent', async () => {
    const host = new FakeHost(messyGrid());
    const { api, requests } = fakeApi(() => json(201, receipt()));
    const outcome = await submitPlan(
      { host, api, auth: signedIn() },
      { lang: 'da', interactive: true, today: TODAY },
    );
    expect(outcome.kind).toBe('blocked');
    if (outcome.kind === 'blocked') expect(outcome.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(requests).toHaveLength(0);
  });

  test('column corrections not yet structured into the file stop the submission with a reason', async () => {
    const host = new FakeHost(messyGrid());
    const { api, requests } = fakeApi(() => json(201, receipt()));
    const outcome = await submitPlan(
      { host, api, auth: signedIn() },
      {
        lang: 'da',
        interactive: true,
        today: TODAY,
        columnOverrides: [{ sheet: 'Ark1', col: 3, field: 'responsible' }],
      },
    );
    expect(outcome.kind).toBe('needsStructure');
    expect(requests).toHaveLength(0);
  });

  test('signed out: the ribbon says so, the pane asks for sign-in and then sends', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    const { api, requests } = fakeApi(() => json(201, receipt()));
    const auth = new FakeAuth(null);
    expect(
      (await submitPlan({ host, api, auth }, { lang: 'da', interactive: false, today: TODAY })).kind,
    ).toBe('signedOut');
    expect(auth.signIns).toBe(0);
    const outcome = await submitPlan({ host, api, auth }, { lang: 'da', interactive: true, today: TODAY });
    expect(outcome.kind).toBe('accepted');
    expect(auth.signIns).toBe(1);
    expect(requests).toHaveLength(1);
  });

  test('a cancelled sign-in ends as signed out, nothing sent', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    const { api, requests } = fakeApi(() => json(201, receipt()));
    const auth = new FakeAuth(null);
    auth.nextSignIn = 'cancel';
    expect(
      (await submitPlan({ host, api, auth }, { lang: 'da', interactive: true, today: TODAY })).kind,
    ).toBe('signedOut');
    expect(requests).toHaveLength(0);
  });

  test('a file over 5 MB is refused before it is uploaded', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    host.fileBytes = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    const { api, requests } = fakeApi(() => json(201, receipt()));
    const outcome = await submitPlan(
      { host, api, auth: signedIn() },
      { lang: 'da', interactive: true, today: TODAY },
    );
    expect(outcome).toEqual({ kind: 'tooLarge', size: MAX_UPLOAD_BYTES + 1, limit: MAX_UPLOAD_BYTES });
    expect(requests).toHaveLength(0);
  });

  test('a file Office cannot read is reported with its reason', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    host.fileError = new FileReadError('getSliceAsync(1) failed: 5001 Internal Error');
    const { api } = fakeApi(() => json(201, receipt()));
    const outcome = await submitPlan(
      { host, api, auth: signedIn() },
      { lang: 'da', interactive: true, today: TODAY },
    );
    expect(outcome).toEqual({ kind: 'readFailed', detail: 'getSliceAsync(1) failed: 5001 Internal Error' });
  });

  test('the service’s answers become outcomes the app can explain', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    const cases: [Response | 'network', string][] = [
      ['network', 'offline'],
      [
        json(401, { error: { code: 'unauthenticated', message: { da: 'Log ind', en: 'Sign in' } } }),
        'signedOut',
      ],
      [
        json(403, {
          error: { code: 'municipality_forbidden', message: { da: 'Ikke din kommune', en: 'Not yours' } },
        }),
        'forbidden',
      ],
      [
        json(413, { error: { code: 'file_too_large', message: { da: 'For stor', en: 'Too large' } } }),
        'refused',
      ],
      [
        json(415, {
          error: { code: 'not_a_workbook', message: { da: 'Ikke en arbejdsbog', en: 'Not a workbook' } },
        }),
        'refused',
      ],
      [
        json(422, {
          error: { code: 'plan_invalid', message: { da: 'Fejl', en: 'Errors' } },
          issues: [
            {
              code: 'period_missing',
              severity: 'error',
              sheet: 'Forside',
              cell: 'B4',
              message: { da: 'Periode mangler', en: 'Period missing' },
            },
          ],
        }),
        'invalid',
      ],
      [
        json(
          503,
          { error: { code: 'storage_unavailable', message: { da: 'Prøv igen', en: 'Try again' } } },
          { 'Retry-After': '7' },
        ),
        'unavailable',
      ],
      [
        json(500, { error: { code: 'internal_error', message: { da: 'Uventet', en: 'Unexpected' } } }),
        'failed',
      ],
      [json(201, { submissionId: 'x' }), 'failed'],
    ];
    for (const [answer, kind] of cases) {
      const { api } = fakeApi(() => {
        if (answer === 'network') throw new TypeError('Failed to fetch');
        return answer;
      });
      const outcome = await submitPlan(
        { host, api, auth: signedIn() },
        { lang: 'da', interactive: false, today: TODAY },
      );
      const got = outcome.kind === 'failure' ? outcome.failure.kind : outcome.kind;
      expect([kind, got]).toEqual([kind, kind]);
      if (outcome.kind === 'failure' && outcome.failure.kind === 'unavailable')
        expect(outcome.failure.retryAfter).toBe(7);
      if (outcome.kind === 'failure' && outcome.failure.kind === 'invalid') {
        expect(outcome.failure.issues[0]?.message.da).toBe('Periode mangler');
      }
    }
  });

  test('200 from the service means it already had the file: the same receipt, not a new one', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    const { api } = fakeApi(() => json(200, receipt()));
    const outcome = await submitPlan(
      { host, api, auth: signedIn() },
      { lang: 'da', interactive: true, today: TODAY },
    );
    expect(outcome).toMatchObject({ kind: 'accepted', created: false });
  });

  test('a submitted plan whose receipt cannot be written into the workbook still counts as submitted, and says why', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    host.recordReceipt = () => Promise.reject(new Error('The sheet is protected'));
    const { api } = fakeApi(() => json(201, receipt()));
    const outcome = await submitPlan(
      { host, api, auth: signedIn() },
      { lang: 'da', interactive: true, today: TODAY },
    );
    expect(outcome).toMatchObject({
      kind: 'accepted',
      recorded: false,
      recordError: 'The sheet is protected',
    });
  });
});

describe('inspecting', () => {
  test('a workbook holding a CPR number is shown with every CPR number masked, and its places named', () => {
    const plan = validPlan();
    const grid = templateGrid({
      ...plan,
      leader: { name: '010190-1234' },
      activities: plan.activities.map((a, k) => (k === 0 ? { ...a, responsible: 'Mette 0101901234' } : a)),
    });
    const { result } = inspectGridWith(grid, { today: TODAY });
    const cpr = result.issues.filter((i) => i.code === 'cpr_number');
    expect(cpr.length).toBeGreaterThanOrEqual(2);
    expect(result.plan).toBeNull();
    const draft = result.structure.draft;
    expect(draft.leader?.name).toBe('[CPR fjernet]');
    expect(draft.activities[0]?.values.responsible).toBe('Mette [CPR fjernet]');
    expect(JSON.stringify(draft)).not.toMatch(/0101901234|010190-1234/);
    // The rest reads as before, with its places.
    expect(draft.activities[1]?.values.activity).toBe(plan.activities[1]?.activity);
    expect(draft.activities[0]?.cells.responsible).toBeDefined();
  });
  test('a workbook in the template layout is recognised as structured; a coordinator’s own is not', () => {
    expect(inspectGridWith(templateGrid(validPlan()), { today: TODAY }).structured).toBe(true);
    expect(inspectGridWith(messyGrid(), { today: TODAY }).structured).toBe(false);
  });

  test('a column correction changes what is read', () => {
    const before = inspectGridWith(messyGrid(), { today: TODAY });
    const table = before.result.structure.tables.find((t) => t.key === 'activities');
    const responsible = table?.columns.find((c) => c.field === 'responsible');
    expect(responsible).toBeDefined();
    const after = inspectGridWith(messyGrid(), {
      today: TODAY,
      columnOverrides: [{ sheet: 'Ark1', col: responsible!.col, field: null }],
    });
    expect(after.result.issues.filter((i) => i.code === 'required_missing').length).toBeGreaterThan(
      before.result.issues.filter((i) => i.code === 'required_missing').length,
    );
  });
});

describe('the workbook’s file name', () => {
  const unnamed = () => {
    const { municipality: _m, period: _p, ...rest } = validPlan();
    return templateGrid(rest as ReturnType<typeof validPlan>);
  };

  test('gives the municipality and the half-year the workbook leaves out, each with a check', async () => {
    const host = new FakeHost(unnamed());
    host.name = 'Implementeringsplan Aarhus 2. halvår 2026.xlsx';
    const { result } = await inspectWorkbook(host, { today: TODAY });
    expect(result.structure.draft.municipality?.code).toBe('751');
    expect(result.structure.draft.period).toBe('2026-H2');
    expect(result.checks?.map((c) => c.field)).toEqual(
      expect.arrayContaining(['cover.municipality', 'cover.period']),
    );
    host.name = 'Plan.xlsx';
    const without = (await inspectWorkbook(host, { today: TODAY })).result;
    expect(without.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['municipality_missing', 'period_missing']),
    );
  });

  test('is sent with the submission, so the service reads the plan as the pane did', async () => {
    const host = new FakeHost(templateGrid(validPlan()));
    host.name = 'Implementeringsplan Aarhus 2. halvår 2026.xlsx';
    const { api, requests } = fakeApi(() => json(201, receipt()));
    await submitPlan({ host, api, auth: signedIn() }, { lang: 'da', interactive: true, today: TODAY });
    expect(decodeURIComponent(requests[0]?.headers.get('x-korpsplan-file-name') ?? '')).toBe(
      'Implementeringsplan Aarhus 2. halvår 2026.xlsx',
    );
  });
});
