import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ConclusionVersion } from '../../../application/ports/ConclusionApiPort';
import { GoalFacts } from './GoalFacts';
import { useConclusionStyles } from './useConclusionStyles.styles';

/**
 * The goals both agreed, as the form holds them: each goal with its activities, deadline and who is
 * responsible. A list, not a table, so it reads as well in the narrow side panel as on the stage.
 */
export function ConclusionGoals({ version, editable }: { version: ConclusionVersion; editable: boolean }) {
  const { t } = useTranslation();
  const styles = useConclusionStyles();
  return (
    <section className={styles.section} aria-labelledby="conclusion-goals">
      <Text as="h3" id="conclusion-goals" weight="semibold" size={400} className={styles.heading}>
        {t('conclusion.goals')}
      </Text>
      {editable ? <Text className={styles.muted}>{t('conclusion.goalsHint')}</Text> : null}
      {version.goals.length === 0 ? (
        <Text>{t('conclusion.noGoals')}</Text>
      ) : (
        <ol className={styles.goals} aria-label={t('conclusion.goals')}>
          {version.goals.map((g) => (
            <li key={g.goalId} className={styles.goal}>
              <Text weight="semibold">{g.goal}</Text>
              <GoalFacts {...g} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
