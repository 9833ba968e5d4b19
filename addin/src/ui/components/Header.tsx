// The app's title and who is signed in.

import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { PersonRegular } from '@fluentui/react-icons';
import type { SignedInUser } from '../../auth/types';
import type { Strings } from '../../i18n';
import type { SignInState } from '../usePlanApp';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  top: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  title: { margin: 0, color: tokens.colorBrandForeground1 },
  subtitle: { margin: `${tokens.spacingVerticalXXS} 0 0`, color: tokens.colorNeutralForeground2 },
  user: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

export interface HeaderProps {
  readonly t: Strings;
  readonly title: string;
  readonly subtitle: string;
  readonly user: SignedInUser | null;
  readonly signIn: SignInState;
  readonly onSignIn: () => void;
  readonly onSignOut: () => void;
}

export function Header({ t, title, subtitle, user, signIn, onSignIn, onSignOut }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.top}>
        <div>
          <Title3 as="h1" block id="app-title" className={styles.title}>
            {title}
          </Title3>
          <Caption1 as="p" block className={styles.subtitle}>
            {subtitle}
          </Caption1>
        </div>
        <div className={styles.user}>
          {user ? (
            <>
              <PersonRegular aria-hidden />
              <Text size={200}>
                {t.signedInAs(user.name)}
                {user.role ? ` (${t.roleNames[user.role]})` : ''}
              </Text>
              <Button size="small" appearance="subtle" onClick={onSignOut}>
                {t.signOut}
              </Button>
            </>
          ) : signIn.kind === 'working' ? (
            <Spinner size="tiny" label={t.signingIn} />
          ) : (
            <Button size="small" appearance="primary" onClick={onSignIn}>
              {t.signIn}
            </Button>
          )}
        </div>
      </div>
      {signIn.kind === 'error' && (
        <MessageBar intent="warning">
          <MessageBarBody>{signIn.message}</MessageBarBody>
        </MessageBar>
      )}
    </header>
  );
}
