// The pane's plain lists (checks, remembered corrections, unplaced values, columns, corrections, the
// sign-in page's users): no bullets or indent, one entry under the other with `gap` between.

import { tokens } from '@fluentui/react-components';

/** A makeStyles rule for a plain list with `gap` between its entries. */
export function plainList(gap: string = tokens.spacingVerticalXS) {
  return {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap,
  } as const;
}
