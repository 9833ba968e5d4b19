// In-memory stand-ins for the app's three dependencies: a WorkbookHost over a grid, the service API
// (a fetch that answers like the service), and a sign-in.

import type { Grid } from '../../../core/grid';
import type { Receipt } from '../../../core/receipt';
import type { Lang } from '../../../core/spec';
import { KorpsplanApi } from '../../../addin/src/api';
import type { Auth, SignedInUser } from '../../../addin/src/auth/types';
import { SignInCancelled } from '../../../addin/src/auth/types';
import {
  FileTooLargeError,
  type CellWrite,
  type HostCapabilities,
  type OpenedHow,
  type StructureOutcome,
  type StructureRequest,
  type WorkbookHost,
} from '../../../addin/src/host';

export class FakeHost implements WorkbookHost {
  readonly kind: 'office' | 'web';
  readonly capabilities: HostCapabilities;
  readonly selected: string[] = [];
  readonly recorded: Receipt[] = [];
  readonly opened: string[] = [];
  structured: StructureRequest[] = [];
  reads = 0;
  fileBytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
  readError: Error | undefined;
  fileError: Error | undefined;
  private listener: (() => void) | undefined;

  constructor(
    public grid: Grid,
    kind: 'office' | 'web' = 'office',
  ) {
    this.kind = kind;
    this.capabilities = {
      selectCell: kind === 'office',
      liveChanges: kind === 'office',
      structureInPlace: kind === 'office',
      recordReceipt: kind === 'office',
      writeCells: kind === 'office',
    };
  }

  /** The workbook's file name, as the host reports it. */
  name: string | undefined = 'Plan.xlsx';

  workbookName(): string | undefined {
    return this.name;
  }

  readGrid(): Promise<Grid> {
    this.reads += 1;
    return this.readError ? Promise.reject(this.readError) : Promise.resolve(this.grid);
  }

  applyStructure(request: StructureRequest): Promise<StructureOutcome> {
    this.structured.push(request);
    return Promise.resolve({ sheets: ['Forside'], renamed: [] });
  }

  /** Cells written by corrections, as "Sheet!A1=value"; a sheet the grid lacks is not written. */
  readonly writes: string[] = [];

  writeCells(writes: readonly CellWrite[]): Promise<boolean[]> {
    return Promise.resolve(
      writes.map((w) => {
        if (this.kind !== 'office' || !this.grid.sheets.some((s) => s.name === w.sheet)) return false;
        this.writes.push(`${w.sheet}!${w.cell}=${w.value ?? ''}`);
        return true;
      }),
    );
  }

  readFile(maxBytes: number): Promise<Uint8Array> {
    if (this.fileError) return Promise.reject(this.fileError);
    if (this.fileBytes.length > maxBytes)
      return Promise.reject(new FileTooLargeError(this.fileBytes.length, maxBytes));
    return Promise.resolve(this.fileBytes);
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    this.selected.push(`${sheet}!${cell}`);
    return Promise.resolve();
  }

  watch(onChange: () => void): Promise<() => Promise<void>> {
    this.listener = onChange;
    return Promise.resolve(() => {
      this.listener = undefined;
      return Promise.resolve();
    });
  }

  /** The workbook changed (Excel's onChanged). */
  change(): void {
    this.listener?.();
  }

  recordReceipt(receipt: Receipt, _lang: Lang): Promise<boolean> {
    this.recorded.push(receipt);
    return Promise.resolve(true);
  }

  openWorkbook(_bytes: Uint8Array, fileName: string): Promise<OpenedHow> {
    this.opened.push(fileName);
    return Promise.resolve(this.kind === 'office' ? 'opened' : 'downloaded');
  }
}

export class FakeAuth implements Auth {
  readonly mode = 'local' as const;
  signIns = 0;
  /** What the next interactive sign-in does. */
  nextSignIn: SignedInUser | 'cancel' = {
    name: 'Koordinator Aarhus',
    role: 'coordinator',
    municipality: '751',
  };

  constructor(private current: SignedInUser | null = null) {}

  user(): SignedInUser | null {
    return this.current;
  }

  token(): Promise<string | null> {
    return Promise.resolve(this.current ? 'token-for-tests' : null);
  }

  signIn(): Promise<SignedInUser> {
    this.signIns += 1;
    if (this.nextSignIn === 'cancel') return Promise.reject(new SignInCancelled());
    this.current = this.nextSignIn;
    return Promise.resolve(this.current);
  }

  signOut(): Promise<void> {
    this.current = null;
    return Promise.resolve();
  }
}

export interface Exchange {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: Uint8Array | undefined;
}

export type Answer = (request: Exchange) => Response | Promise<Response>;

/** A KorpsplanApi whose fetch answers from `answer`, recording every request. */
export function fakeApi(answer: Answer): {
  api: KorpsplanApi;
  requests: Exchange[];
  auth: { token: string | null };
} {
  const requests: Exchange[] = [];
  const auth = { token: 'token-for-tests' as string | null };
  const api = new KorpsplanApi({
    baseUrl: 'http://service.test',
    token: () => Promise.resolve(auth.token),
    fetch: async (url, init) => {
      const body =
        init?.body instanceof ArrayBuffer
          ? new Uint8Array(init.body)
          : typeof init?.body === 'string'
            ? new TextEncoder().encode(init.body)
            : undefined;
      const exchange = { url, method: init?.method ?? 'GET', headers: new Headers(init?.headers), body };
      requests.push(exchange);
      return answer(exchange);
    },
  });
  return { api, requests, auth };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function receipt(overrides: Partial<Receipt> = {}): Receipt {
  return {
    submissionId: '20261123T101500000Z-751-2026-H2-abcdef012345',
    municipality: { code: '751', name: 'Aarhus' },
    period: '2026-H2',
    receivedAt: '2026-11-23T10:15:00.000Z',
    sha256: '0'.repeat(64),
    templateVersion: '1.0',
    counts: { activities: 8, late: 1, checklistAnswered: 15 },
    warnings: [],
    ...overrides,
  };
}
