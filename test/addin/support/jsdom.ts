// What jsdom lacks and the app needs: TextEncoder/TextDecoder (the xlsx reader) and ResizeObserver
// (Fluent UI's MessageBar). Import first in every jsdom test.

import { configure } from '@testing-library/dom';
import { TextDecoder, TextEncoder } from 'node:util';
import { webcrypto } from 'node:crypto';
import { Buffer as NodeBuffer } from 'node:buffer';

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = TextDecoder;
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = TextEncoder;
// The submit pipeline hashes the file with Web Crypto (the idempotency key).
// Node's Web Crypto checks its arguments against Node's own ArrayBuffer, not jsdom's: copy them over.
if (typeof (g.crypto as Crypto | undefined)?.subtle === 'undefined') {
  const subtle = {
    digest: (algorithm: string, data: ArrayBuffer | ArrayBufferView) => {
      const view = ArrayBuffer.isView(data)
        ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
        : new Uint8Array(data);
      return webcrypto.subtle.digest(algorithm, NodeBuffer.from(view));
    },
  };
  const existing = g.crypto as Crypto | undefined;
  Object.defineProperty(globalThis, 'crypto', {
    value: {
      subtle,
      getRandomValues: existing?.getRandomValues.bind(existing),
      randomUUID: () => webcrypto.randomUUID(),
    },
    configurable: true,
  });
}

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof g.ResizeObserver === 'undefined') {
  g.ResizeObserver = ResizeObserverStub;
  if (typeof window !== 'undefined')
    (window as unknown as Record<string, unknown>).ResizeObserver = ResizeObserverStub;
}

// jsdom has no fetch API; the app's API client needs Headers and Response (the tests give it a fake
// fetch). Minimal, spec-shaped stand-ins, used only where the environment lacks them.
class HeadersStub {
  private readonly map = new Map<string, string>();
  constructor(init?: HeadersStub | Record<string, string> | [string, string][]) {
    if (!init) return;
    const entries =
      init instanceof HeadersStub
        ? [...init.map.entries()]
        : Array.isArray(init)
          ? init
          : Object.entries(init);
    for (const [k, v] of entries) this.set(k, v);
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), String(value));
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

class ResponseStub {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: HeadersStub;
  private readonly bytes: Uint8Array;
  constructor(
    body?: string | Uint8Array | null,
    init: { status?: number; headers?: Record<string, string> } = {},
  ) {
    this.status = init.status ?? 200;
    this.ok = this.status >= 200 && this.status < 300;
    this.headers = new HeadersStub(init.headers);
    this.bytes = typeof body === 'string' ? new TextEncoder().encode(body) : (body ?? new Uint8Array(0));
  }
  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.bytes));
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }
  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bytes.slice().buffer);
  }
}

if (typeof g.Headers === 'undefined') g.Headers = HeadersStub;
if (typeof g.Response === 'undefined') g.Response = ResponseStub;

// A pane that reads a workbook does real work (parse, structure, validate): on a busy machine that can
// take more than Testing Library's default second. The tests wait for what a user waits for.
configure({ asyncUtilTimeout: 8000 });
