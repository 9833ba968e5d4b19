// The load phase with leaders reviewing while municipalities submit (issue 12): a short window of the
// campaign's own load generator against the in-process stack. Every review the service accepted is
// kept as sent, the status list agrees with the reviews, races end in a clear 409 (another leader was
// first, or the municipality had submitted again), and no acknowledged submission is lost.

import { KOMMUNER } from '../../core/kommuner';
import { Client } from '../../scripts/prove/client';
import { checkReviews, prepareMunicipalities, runLoad, type LoadResult } from '../../scripts/prove/load';
import { startInProcessStack, type Stack } from '../../scripts/prove/stack';
import { StorageView } from '../../scripts/prove/storage';

jest.setTimeout(180_000);

let stack: Stack;
let client: Client;
let result: LoadResult;

beforeAll(async () => {
  stack = await startInProcessStack();
  client = new Client(stack.url);
  result = await runLoad({
    client,
    view: new StorageView(stack.connectionString, stack.container),
    municipalities: await prepareMunicipalities(
      KOMMUNER.slice(0, 8).map((k) => k.code),
      4242,
    ),
    durationMs: 20_000,
    leaders: 1,
    // Plans wait a few seconds between resubmissions, so that some are reviewed before they are replaced.
    thinkMs: [4000, 6000],
    leaderThinkMs: [3000, 4000],
    readBackEvery: 0,
    reviewers: 2,
    reviewerThinkMs: [100, 400],
  });
});
afterAll(() => stack.close());

test('leaders review while municipalities submit: reviews accepted, every one kept, nothing lost', () => {
  expect(result.reviewsAccepted).toBeGreaterThan(0);
  expect(result.reviewProblems).toEqual([]);
  expect(result.errors).toEqual([]);
  expect(result.lost).toEqual([]);
  expect(result.latestWrong).toEqual([]);
  expect(result.routes.map((r) => r.route)).toEqual(
    expect.arrayContaining(['POST /api/submissions/{id}/review', 'GET /api/rounds/{period}/status']),
  );
});

test('control: a review that was not made, or was kept otherwise, is found', async () => {
  const status = await client.get('leader', '/api/rounds/2026-H2/status');
  const rows = JSON.parse(status.body.toString('utf8')) as {
    rows: { submissionId?: string; review?: { decision: 'approved' | 'sent_back'; comment?: string } }[];
  };
  // After the window nobody submits: review a plan now if none of the latest ones is reviewed.
  let withReview = rows.rows.find((r) => r.review && r.submissionId);
  if (!withReview) {
    const open = rows.rows.find((r) => r.submissionId && !r.review);
    if (!open?.submissionId) throw new Error('no submission to review');
    const reply = await client.request('POST', `/api/submissions/${open.submissionId}/review`, {
      token: await client.token('leader'),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'approved' }),
    });
    expect(reply.status).toBe(201);
    withReview = { ...open, review: { decision: 'approved' } };
  }
  if (!withReview.submissionId || !withReview.review) throw new Error('no reviewed submission to test with');
  // Forgetting it: the status list shows a review no reviewer made.
  expect(await checkReviews(client, new Map())).toEqual(
    expect.arrayContaining([expect.stringMatching(/a review no reviewer made/)]),
  );
  // Remembering it as the other decision: kept "not as sent".
  const other = withReview.review.decision === 'approved' ? 'sent_back' : 'approved';
  const wrong = new Map([[withReview.submissionId, { decision: other } as const]]);
  expect(await checkReviews(client, wrong)).toEqual(
    expect.arrayContaining([expect.stringMatching(/not as sent/)]),
  );
});
