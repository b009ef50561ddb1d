import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { ConclusionVersion } from '../../../application/ports/ConclusionApiPort';
import { useLocalized } from '../../i18n/useLocalized';
import { useConclusionStyles } from './useConclusionStyles.styles';

/** The goals both agreed, as the form holds them: goal, activities, deadline, who is responsible. */
export function ConclusionGoals({ version, editable }: { version: ConclusionVersion; editable: boolean }) {
  const { t } = useTranslation();
  const { date } = useLocalized();
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
        <div className={styles.table}>
          <Table aria-label={t('conclusion.goals')} size="small">
            <TableHeader>
              <TableRow>
                {(['goal', 'activities', 'deadline', 'responsible'] as const).map((c) => (
                  <TableHeaderCell key={c}>{t(`conclusion.${c}`)}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {version.goals.map((g) => (
                <TableRow key={g.goalId}>
                  <TableCell>{g.goal}</TableCell>
                  <TableCell>
                    <ul className={styles.list}>
                      {g.activities.map((a) => (
                        <li key={a}>{a}</li>
                      ))}
                    </ul>
                  </TableCell>
                  <TableCell>{date(`${g.deadline}T12:00:00Z`)}</TableCell>
                  <TableCell>{t(`conclusion.${g.responsible}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
