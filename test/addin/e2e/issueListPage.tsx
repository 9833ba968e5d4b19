// A page holding only the pane's issue list, for the Chromium test of the list with 20,000 issues
// (issueList.test.ts bundles it with esbuild): the issues come from the test, the cells the user
// selects are recorded on the page.

import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { Issue } from '../../../core/schema';
import { strings } from '../../../addin/src/i18n';
import { IssueList } from '../../../addin/src/ui/components/IssueList';

const page = globalThis as unknown as {
  showIssues(issuesJson: string): void;
  selected: string[];
};
page.selected = [];
page.showIssues = (issuesJson: string) => {
  const issues = JSON.parse(issuesJson) as Issue[];
  const host = document.createElement('main');
  host.setAttribute('lang', 'da');
  document.body.appendChild(host);
  createRoot(host).render(
    <FluentProvider theme={webLightTheme}>
      <IssueList
        t={strings('da')}
        lang="da"
        sheets={['Forside', 'Implementeringsplan', 'Indikatorer', 'Huskeliste']}
        issues={issues}
        serverIssues={[]}
        canSelect
        selectError={null}
        onSelect={(issue) => page.selected.push(`${issue.sheet}!${issue.cell}`)}
      />
    </FluentProvider>,
  );
};
