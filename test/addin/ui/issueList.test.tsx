/** @jest-environment jsdom */
// The issue list of a plan with 20,000 issues (issue 15: opening them took 19 s and a page two
// million pixels tall): only a window of the issues is in the DOM, the groups' counts add up to the
// total, "Kun fejl" hides the warnings, the keyboard reaches the last issue, and clicking an issue
// selects its cell.

import '../support/jsdom';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { issue, type IssueCode } from '../../../core/codes';
import type { Issue } from '../../../core/schema';
import { strings } from '../../../addin/src/i18n';
import { IssueList } from '../../../addin/src/ui/components/IssueList';

const da = strings('da');

function make(n: number, code: IssueCode, sheet: string, col: string, from: number): Issue[] {
  return Array.from({ length: n }, (_, i) =>
    issue(code, sheet, `${col}${from + i}`, {
      da: `${code} i ${sheet}!${col}${from + i}.`,
      en: `${code} at ${sheet}!${col}${from + i}.`,
    }),
  );
}

// As validation returns them: errors first, then warnings, in workbook order.
const errors = [
  ...make(5_000, 'date_unreadable', 'Implementeringsplan', 'B', 5),
  ...make(2_000, 'required_missing', 'Indikatorer', 'C', 3),
];
const warnings = [
  ...make(12_000, 'activity_late', 'Implementeringsplan', 'B', 5),
  ...make(1_000, 'checklist_unanswered', 'Huskeliste', 'D', 4),
];
const issues = [...errors, ...warnings];

function list(onSelect: (i: Issue) => void = () => undefined) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <IssueList
        t={da}
        lang="da"
        sheets={['Forside', 'Implementeringsplan', 'Indikatorer', 'Huskeliste']}
        issues={issues}
        serverIssues={[]}
        canSelect
        selectError={null}
        onSelect={onSelect}
      />
    </FluentProvider>,
  );
}

/** A count as written in Danish ("5.000"); 0 when absent. */
const danish = (text: string | undefined): number => Number((text ?? '0').replace(/\./g, ''));

/** The number in a badge such as "5.000 fejl" / "1 advarsel" (Danish thousands separator). */
const count = (el: Element | null | undefined) =>
  danish(/(\d{1,3}(?:\.\d{3})*) (fejl|advarsl)/.exec(el?.textContent ?? '')?.[1]);

function sheetCounts(region: HTMLElement) {
  return within(region)
    .getAllByRole('heading', { level: 3 })
    .map((h) => {
      const text = h.textContent ?? '';
      const errors = /(\d{1,3}(?:\.\d{3})*) fejl/.exec(text);
      const warnings = /(\d{1,3}(?:\.\d{3})*) advarsl?e?r?/.exec(text);
      return { text, errors: danish(errors?.[1]), warnings: danish(warnings?.[1]) };
    });
}

describe('the issue list with 20,000 issues', () => {
  expect(issues).toHaveLength(20_000);

  test('only a window of the issues is in the DOM; each says its place in its kind', () => {
    const { container } = list();
    const items = container.querySelectorAll('li');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(100);
    const first = items[0]!;
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(first.getAttribute('aria-setsize')).toBe('5000');
    expect(first.textContent).toContain('date_unreadable i Implementeringsplan!B5.');
    // The whole list is not a page two million pixels tall: the rest is one spacer.
    expect(container.querySelectorAll('*').length).toBeLessThan(1_500);
  });

  test('sheets with errors first; the counts of sheets and of kinds add up to the total', () => {
    list();
    const region = screen.getByRole('region', { name: 'Fejl og advarsler' });
    expect(within(region).getByText('20.000 i alt')).toBeTruthy();
    // Fold the sheets with errors: then every sheet's heading is in view.
    fireEvent.click(within(region).getByRole('button', { name: /^Implementeringsplan/ }));
    fireEvent.click(within(region).getByRole('button', { name: /^Indikatorer/ }));
    const sheets = sheetCounts(region);
    expect(sheets.map((s) => s.text.split(/\d/)[0])).toEqual([
      'Implementeringsplan',
      'Indikatorer',
      'Huskeliste',
    ]);
    expect(sheets.reduce((n, s) => n + s.errors + s.warnings, 0)).toBe(20_000);
    expect(sheets.reduce((n, s) => n + s.errors, 0)).toBe(errors.length);

    // Open the plan sheet again and fold its kinds: each kind's count, errors first.
    fireEvent.click(within(region).getByRole('button', { name: /^Implementeringsplan/ }));
    const unreadable = within(region).getByRole('button', { name: /^Dato kan ikke læses/ });
    fireEvent.click(unreadable);
    const kinds = within(region).getAllByRole('heading', { level: 4 });
    expect(kinds.map((k) => k.textContent?.replace(/[\d.]+.*$/, ''))).toEqual([
      'Dato kan ikke læses',
      'Forsinkede aktiviteter',
    ]);
    expect(count(kinds[0])).toBe(5_000);
    expect(count(kinds[0]) + count(kinds[1])).toBe((sheets[0]?.errors ?? 0) + (sheets[0]?.warnings ?? 0));
  });

  test('"Kun fejl" hides the warnings, and the sheet with only warnings', () => {
    const { container } = list();
    const region = screen.getByRole('region', { name: 'Fejl og advarsler' });
    fireEvent.click(within(region).getByRole('switch', { name: 'Kun fejl' }));
    expect(within(region).getByText('Viser 7.000 af 20.000')).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: /^Implementeringsplan/ }));
    const sheets = sheetCounts(region);
    expect(sheets.map((s) => s.text.split(/\d/)[0])).toEqual(['Implementeringsplan', 'Indikatorer']);
    expect(sheets.reduce((n, s) => n + s.errors, 0)).toBe(7_000);
    expect(sheets.reduce((n, s) => n + s.warnings, 0)).toBe(0);
    fireEvent.click(within(region).getByRole('button', { name: /^Implementeringsplan/ }));
    expect(within(region).queryAllByRole('button', { name: /^Advarsel: / })).toHaveLength(0);
    expect(within(region).getAllByRole('button', { name: /^Fejl: / }).length).toBeGreaterThan(5);
    expect(container.querySelectorAll('li').length).toBeLessThan(100);
  });

  test('the keyboard reaches the last issue (End), and clicking it selects its cell', () => {
    const onSelect = jest.fn();
    const { container } = list(onSelect);
    const region = screen.getByRole('region', { name: 'Fejl og advarsler' });
    // The warnings-only sheet opens on request (fold the sheets above to reach its heading).
    const firstHeading = within(region).getByRole('button', { name: /^Implementeringsplan/ });
    fireEvent.click(firstHeading);
    fireEvent.click(within(region).getByRole('button', { name: /^Indikatorer/ }));
    fireEvent.click(within(region).getByRole('button', { name: /^Huskeliste/ }));
    fireEvent.click(firstHeading);
    firstHeading.focus();
    fireEvent.keyDown(firstHeading, { key: 'End' });
    const last = warnings[warnings.length - 1]!;
    const focused = document.activeElement as HTMLElement;
    expect(focused.textContent).toContain(last.message.da);
    expect(focused.closest('li')?.getAttribute('aria-posinset')).toBe('1000');
    expect(container.querySelectorAll('li').length).toBeLessThan(100);
    fireEvent.click(focused);
    expect(onSelect).toHaveBeenCalledWith(last);

    // Up from there: the issue before it.
    fireEvent.keyDown(focused, { key: 'ArrowUp' });
    expect((document.activeElement as HTMLElement).textContent).toContain(
      warnings[warnings.length - 2]!.message.da,
    );
  });
});

describe('a value editor opened from the issue list', () => {
  test('stays with its issue when the list renders again with an issue more before it', () => {
    const late = (cell: string): Issue =>
      issue('activity_late', 'Plan', cell, {
        da: `Sen aktivitet i ${cell}.`,
        en: `Late activity at ${cell}.`,
      });
    const props = {
      t: da,
      lang: 'da' as const,
      sheets: ['Plan'],
      serverIssues: [],
      canSelect: false,
      selectError: null,
      onSelect: () => undefined,
      targetOf: (i: Issue) => ({
        sheet: i.sheet,
        cell: i.cell,
        field: 'activities.deadline',
        current: '2026-01-31',
      }),
      onCorrect: () => undefined,
    };
    const view = (issues: Issue[]) => (
      <FluentProvider theme={webLightTheme}>
        <IssueList {...props} issues={issues} />
      </FluentProvider>
    );
    const { rerender } = render(view([late('D5'), late('D6')]));
    const item = (cell: string) => screen.getByText(`Sen aktivitet i ${cell}.`).closest('li') as HTMLElement;
    fireEvent.click(within(item('D6')).getByRole('button', { name: /^Ret / }));
    expect(within(item('D6')).getByRole('textbox')).toBeTruthy();
    // A reading that ends later brings an issue before it: the editor stays on D6's issue.
    rerender(view([late('D4'), late('D5'), late('D6')]));
    expect(within(item('D6')).queryByRole('textbox')).not.toBeNull();
    expect(within(item('D5')).queryByRole('textbox')).toBeNull();
  });
});
