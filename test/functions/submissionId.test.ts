// A submission's id begins with the instant it was received: the status list counts older
// submissions by their ids alone, so the id must give back exactly the receipt's receivedAt.

import { newSubmissionId, parseSubmissionId, receivedAtOfId } from '../../functions/src/storage/submissions';

test.each(['2026-11-23T10:15:00.000Z', '2026-01-01T00:00:00.001Z', '2027-06-30T23:59:59.999Z'])(
  'an id made at %s gives that instant back',
  (iso) => {
    const id = newSubmissionId(new Date(iso), '751', '2026-H2');
    expect(receivedAtOfId(id)).toBe(iso);
    expect(parseSubmissionId(id)).toEqual({ municipality: '751', period: '2026-H2' });
  },
);

test('anything else gives no instant', () => {
  expect(receivedAtOfId('not-an-id')).toBeNull();
  expect(receivedAtOfId('20261123T1015-751-2026-H2-abcdef012345')).toBeNull();
});
