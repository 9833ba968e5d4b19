// The refusal the intake gives a file (RefusalError), for tests of what it refuses and how it says so;
// any other error is passed on, and a file read without a refusal fails the test.

import { RefusalError } from '../../../core/codes';
import { readWorkbook } from '../../../core/xlsx';

export function refusalOf(bytes: Uint8Array): RefusalError {
  try {
    readWorkbook(bytes);
  } catch (err) {
    if (err instanceof RefusalError) return err;
    throw err;
  }
  throw new Error('the file was accepted');
}
