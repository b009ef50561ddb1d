import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { NotReady, notReady } from '../FailureBar';
import { InfoCard } from '../InfoCard';
import { useLocalized } from '../../i18n/useLocalized';
import type { RoundListProps } from './RoundList.types';
import { useRoundList } from './useRoundList';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex' },
});

/** The leader's rounds (newest first), each to open, and "Ny MUS-runde". */
export function RoundList({ ports, onOpen, onNew }: RoundListProps) {
  const { t } = useTranslation();
  const { date } = useLocalized();
  const styles = useStyles();
  const { state, retry } = useRoundList(ports);
  return (
    <InfoCard title={t('rounds.title')}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onNew}>
          {t('rounds.newRound')}
        </Button>
      </div>
      {notReady(state) ? <NotReady state={state} label={t('rounds.loading')} retry={retry} /> : null}
      {state.status === 'ready' && state.rounds.length === 0 ? <Text as="p">{t('rounds.none')}</Text> : null}
      {state.status === 'ready' && state.rounds.length > 0 ? (
        <ul className={styles.list} aria-label={t('rounds.title')}>
          {state.rounds.map(({ value: round }) => (
            <li key={round.id} className={styles.item}>
              <Button appearance="secondary" onClick={() => onOpen(round)}>
                {round.title}
              </Button>
              <Text className={styles.muted}>
                {t('rounds.window', { from: date(round.window.start), to: date(round.window.end) })}
              </Text>
              <Text className={styles.muted}>{t('rounds.people', { count: round.employeeIds.length })}</Text>
            </li>
          ))}
        </ul>
      ) : null}
    </InfoCard>
  );
}
