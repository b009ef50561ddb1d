import { useTranslation } from 'react-i18next';
import type { Responsible } from '../../../domain/goal';
import { useLocalized } from '../../i18n/useLocalized';
import { useConclusionStyles } from './useConclusionStyles.styles';

/** What a goal says besides its name: its activities, deadline and who is responsible. */
export interface GoalFactsProps {
  readonly activities: readonly string[];
  /** `YYYY-MM-DD`, shown as "30. juni 2027" / "30 June 2027". */
  readonly deadline: string;
  readonly responsible: Responsible;
}

/** A day (`YYYY-MM-DD`) as "30. juni 2027" / "30 June 2027". */
export const longDate = (language: 'da' | 'en', day: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));

/**
 * A goal's activities, deadline and who is responsible, as a description list of two narrow columns: it reads
 * as well in the 320 px side panel as on the stage (the meeting's goals and the conclusion's agreed goals).
 */
export function GoalFacts({ activities, deadline, responsible }: GoalFactsProps) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const styles = useConclusionStyles();
  return (
    <dl className={styles.facts}>
      <dt>{t('conclusion.activities')}</dt>
      <dd>{activities.length ? activities.join('; ') : '–'}</dd>
      <dt>{t('conclusion.deadline')}</dt>
      <dd>{longDate(language, deadline)}</dd>
      <dt>{t('conclusion.responsible')}</dt>
      <dd>{t(`conclusion.${responsible}`)}</dd>
    </dl>
  );
}
