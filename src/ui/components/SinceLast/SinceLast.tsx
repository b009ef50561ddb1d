import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { VersionedGoal } from '../../../application/ports/MusApiPort';
import { useLocalized } from '../../i18n/useLocalized';
import { useFollowUpStyles } from '../FollowUp/useFollowUpStyles.styles';

/**
 * "Siden sidst", filled in: the goals of the previous conversation, each with its status now, its deadline and
 * its latest follow-up note, so that next year's talk starts where last year's ended.
 */
export function SinceLast({ goals }: { readonly goals: readonly VersionedGoal[] }) {
  const { t } = useTranslation();
  const { date } = useLocalized();
  const styles = useFollowUpStyles();
  return (
    <section className={styles.form} aria-label={t('sinceLast.title')}>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {t('sinceLast.title')}
      </Text>
      <Text>{t('sinceLast.intro')}</Text>
      <ul className={styles.goals} aria-label={t('sinceLast.listLabel')}>
        {goals.map(({ value: g }) => {
          const latest = g.followUps.at(-1);
          return (
            <li key={g.id} className={styles.goal} aria-label={g.goal}>
              <Text weight="semibold">{g.goal}</Text>
              <Text>
                {t(`goals.st_${g.status}`)} · {t('goals.deadline', { date: date(`${g.deadline}T12:00:00Z`) })}
              </Text>
              {latest?.note ? (
                <Text>{t('sinceLast.latestNote', { date: date(latest.at), note: latest.note })}</Text>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
