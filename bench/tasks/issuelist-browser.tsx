// The pane's issue list as the browser runs it (bundled by bench/addin.ts with esbuild, production
// React): mounts it with a given set of issues, toggles "Kun fejl", scrolls to the end, and reports
// each step's time (render + layout, forced before the clock stops) and what is in the DOM.

import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { Issue } from '../../core/schema';
import { strings } from '../../addin/src/i18n';
import { IssueList } from '../../addin/src/ui/components/IssueList';

const t = strings('da');
let root: Root | undefined;
let host: HTMLElement | undefined;

/** Forces style and layout, so a step's time includes what the browser must do before it paints. */
function layout(): number {
  return document.documentElement.scrollHeight;
}

function box(): HTMLElement {
  const region = document.querySelector('#fejl');
  const scroller = [...(region?.querySelectorAll<HTMLElement>('div') ?? [])].find(
    (el) => getComputedStyle(el).overflowY === 'auto',
  );
  if (!scroller) throw new Error('the issue list has no scroll box');
  return scroller;
}

export interface DomFigures {
  readonly nodes: number;
  readonly items: number;
  readonly pageHeight: number;
  readonly listHeight: number;
}

function figures(): DomFigures {
  return {
    nodes: document.querySelectorAll('*').length,
    items: document.querySelectorAll('#fejl li').length,
    pageHeight: document.documentElement.scrollHeight,
    listHeight: box().scrollHeight,
  };
}

const api = {
  /** Mount the list with the issues; the time of the first render, layout included. */
  mount(issuesJson: string): { ms: number; dom: DomFigures } {
    const issues = JSON.parse(issuesJson) as Issue[];
    root?.unmount();
    host?.remove();
    host = document.createElement('div');
    document.body.appendChild(host);
    const r = createRoot(host);
    root = r;
    const t0 = performance.now();
    flushSync(() =>
      r.render(
        <FluentProvider theme={webLightTheme}>
          <IssueList
            t={t}
            lang="da"
            sheets={['Forside', 'Implementeringsplan', 'Indikatorer', 'Huskeliste']}
            issues={issues}
            serverIssues={[]}
            canSelect
            selectError={null}
            onSelect={() => undefined}
          />
        </FluentProvider>,
      ),
    );
    layout();
    return { ms: performance.now() - t0, dom: figures() };
  },
  /** Click "Kun fejl"; the time until the list is rendered and laid out anew. */
  toggle(): { ms: number; dom: DomFigures; caption: string } {
    const input = document.querySelector<HTMLInputElement>('#fejl input[role="switch"]');
    if (!input) throw new Error('no "Kun fejl" switch');
    const t0 = performance.now();
    flushSync(() => input.click());
    layout();
    const ms = performance.now() - t0;
    const caption = document.querySelector('#fejl [aria-live]')?.textContent ?? '';
    return { ms, dom: figures(), caption };
  },
  /**
   * Scroll the list to its end (or its start) as a user drags the scroll bar: the browser fires the
   * scroll event, React renders the rows there (a continuous update, not synchronous); the time until
   * the last (or first) issue is in the DOM and laid out, counted in whole frames.
   */
  async scroll(to: 'end' | 'start'): Promise<{ ms: number; dom: DomFigures; last: string; frames: number }> {
    const scroller = box();
    const shown = () => {
      const items = [...document.querySelectorAll('#fejl li')];
      const edge = to === 'end' ? items[items.length - 1] : items[0];
      const pos = edge?.getAttribute('aria-posinset');
      return to === 'end' ? pos !== null && pos === edge?.getAttribute('aria-setsize') : pos === '1';
    };
    const t0 = performance.now();
    scroller.scrollTop = to === 'end' ? scroller.scrollHeight : 0;
    let frames = 0;
    while (!shown() && frames < 120) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      frames++;
    }
    layout();
    const ms = performance.now() - t0;
    const items = [...document.querySelectorAll('#fejl li')];
    const last = items[items.length - 1];
    return {
      ms,
      frames,
      dom: figures(),
      last: `${last?.getAttribute('aria-posinset') ?? '?'}/${last?.getAttribute('aria-setsize') ?? '?'}`,
    };
  },
};

(globalThis as unknown as { korpsplanIssueList: typeof api }).korpsplanIssueList = api;
