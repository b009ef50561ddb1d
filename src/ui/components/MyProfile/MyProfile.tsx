import {
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Persona,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MusRole, MyProfile as Profile, ProfileFailure } from '../../../application/profile/myProfile';
import { InfoCard } from '../InfoCard';
import type { MyProfileProps } from './MyProfile.types';
import { useMyProfile } from './useMyProfile';
import { useMyProfileStyles } from './useMyProfileStyles.styles';

const ROLE_KEYS = {
  leader: 'profile.roleLeader',
  employee: 'profile.roleEmployee',
  hr: 'profile.roleHr',
} as const;
const ROLE_COLORS = { leader: 'brand', employee: 'informative', hr: 'important' } as const;
const ERROR_KEYS = {
  signIn: 'profile.errorSignIn',
  unauthorized: 'profile.errorUnauthorized',
  unavailable: 'profile.errorUnavailable',
  unreachable: 'profile.errorUnreachable',
  invalidResponse: 'profile.errorInvalidResponse',
} as const satisfies Record<ProfileFailure, string>;

/** Who the user is in MUS: roles as badges, their leader and (for a leader) their direct reports. */
export function MyProfile({ ports, children, details = true }: MyProfileProps) {
  const { t } = useTranslation();
  const styles = useMyProfileStyles();
  const { state, retry } = useMyProfile(ports);
  if (state.status === 'loading')
    return <Spinner className={styles.loading} size="small" label={t('profile.loading')} />;
  if (state.status === 'failed')
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('profile.errorTitle')}</MessageBarTitle>
          {t(ERROR_KEYS[state.reason])}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={retry}>{t(state.reason === 'signIn' ? 'profile.signIn' : 'profile.retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  return (
    <>
      {children?.(state.profile)}
      {details ? <ProfileDetails profile={state.profile} /> : null}
    </>
  );
}

function ProfileDetails({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const styles = useMyProfileStyles();
  const { me, roles } = profile;
  return (
    <div className={styles.section}>
      <InfoCard title={t('profile.youTitle')}>
        <div className={styles.field}>
          <Text className={styles.label}>{t('profile.rolesLabel')}</Text>
          {roles.length > 0 ? <RoleBadges roles={roles} /> : <Text as="p">{t('profile.noRoles')}</Text>}
        </div>
        <div className={styles.field}>
          <Text className={styles.label}>{t('profile.leaderLabel')}</Text>
          {me.leader ? (
            <Persona name={me.leader.displayName} avatar={{ color: 'colorful' }} textAlignment="center" />
          ) : (
            <Text as="p">{t('profile.noLeader')}</Text>
          )}
        </div>
      </InfoCard>
      {roles.includes('leader') && me.reports.length > 0 ? (
        <InfoCard title={t('profile.reportsTitle')}>
          <Text as="p">{t('profile.reportsIntro', { count: me.reports.length })}</Text>
          <ul className={styles.reports} aria-label={t('profile.reportsTitle')}>
            {me.reports.map((person) => (
              <li key={person.id}>
                <Persona name={person.displayName} avatar={{ color: 'colorful' }} textAlignment="center" />
              </li>
            ))}
          </ul>
        </InfoCard>
      ) : null}
    </div>
  );
}

function RoleBadges({ roles }: { roles: readonly MusRole[] }) {
  const { t } = useTranslation();
  const styles = useMyProfileStyles();
  return (
    <ul className={styles.badges} aria-label={t('profile.rolesLabel')}>
      {roles.map((role) => (
        <li key={role}>
          <Badge appearance="tint" color={ROLE_COLORS[role]} size="large">
            {t(ROLE_KEYS[role])}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
