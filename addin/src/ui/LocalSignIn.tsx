// The local sign-in page's content (AUTH_MODE=local): the demo users, grouped by role. Choosing one
// gets a token from the local issuer and hands the session to the app that opened the page.

import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  Title3,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { Lang } from '../../../core/spec';
import type { LocalUser } from '../auth/local';
import { strings } from '../i18n';
import { plainList } from './components/listStyle';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: plainList(),
  user: { width: '100%', justifyContent: 'flex-start' },
  heading: { margin: 0 },
});

export interface LocalSignInProps {
  readonly lang: Lang;
  readonly loadUsers: () => Promise<LocalUser[]>;
  readonly onChoose: (user: LocalUser) => Promise<void>;
}

export function LocalSignIn({ lang, loadUsers, onChoose }: LocalSignInProps) {
  const styles = useStyles();
  const t = strings(lang);
  const [users, setUsers] = useState<LocalUser[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    loadUsers().then(setUsers, (err: unknown) =>
      setError(t.usersFailed(err instanceof Error ? err.message : String(err))),
    );
  }, [loadUsers, t]);
  const choose = async (user: LocalUser) => {
    setBusy(true);
    try {
      await onChoose(user);
    } catch (err) {
      setError(t.usersFailed(err instanceof Error ? err.message : String(err)));
      setBusy(false);
    }
  };
  const roles = ['coordinator', 'leader', 'admin'] as const;
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'da' ? 'da-DK' : 'en'}>
      <main className={styles.root} aria-labelledby="signin-title">
        <Title3 as="h1" id="signin-title" className={styles.heading}>
          {t.localSignInTitle}
        </Title3>
        <Text>{t.localSignInIntro}</Text>
        {!users && !error && <Spinner size="small" label={t.loadingUsers} />}
        {busy && <Spinner size="small" label={t.signingIn} />}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {users &&
          roles.map((role) => {
            const list = users.filter((u) => u.role === role);
            if (list.length === 0) return null;
            return (
              <section key={role} className={styles.group} aria-labelledby={`role-${role}`}>
                <Subtitle2 as="h2" id={`role-${role}`} className={styles.heading}>
                  {t.demoRoles[role]}
                </Subtitle2>
                <ul className={styles.list}>
                  {list.map((u) => (
                    <li key={u.as}>
                      <Button
                        className={styles.user}
                        icon={<PersonRegular />}
                        disabled={busy}
                        onClick={() => void choose(u)}
                      >
                        {u.name}
                      </Button>
                      <Caption1> {u.as}</Caption1>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
      </main>
    </FluentProvider>
  );
}
