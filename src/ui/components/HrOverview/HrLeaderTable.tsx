import { Button } from '@fluentui/react-components';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { byUnit, COUNTS, type Counts, type Figure, type HrLeader } from '../../../application/hr/hrOverview';
import { useLocalized } from '../../i18n/useLocalized';
import { average } from './HrFigures';
import { useHrStyles } from './useHrStyles.styles';

export interface HrLeaderTableProps {
  readonly leaders: readonly HrLeader[];
  readonly open: ReadonlySet<string>;
  readonly toggle: (leaderId: string, roundIds: readonly string[]) => void;
  readonly evaluations: ReadonlyMap<string, Figure>;
}

/** The counts of one row: numbers only, the overdue ones marked. */
function CountCells({ counts }: { counts: Counts }) {
  const styles = useHrStyles();
  return COUNTS.map((k) => (
    <td
      key={k}
      className={`${styles.cell} ${styles.number} ${k === 'overdue' && counts[k] > 0 ? styles.overdue : ''}`}
    >
      {counts[k]}
    </td>
  ));
}

/**
 * Per unit (the leaders' department) the sum of its leaders, per leader the sum of their rounds; opening a
 * leader shows each round and its employees' evaluation (5 or more). The drill-down ends there: HR never sees
 * one person's conversation.
 */
export function HrLeaderTable({ leaders, open, toggle, evaluations }: HrLeaderTableProps) {
  const { t } = useTranslation();
  const styles = useHrStyles();
  const { date } = useLocalized();
  const cell = styles.cell;
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className={styles.caption}>{t('hr.caption')}</caption>
        <thead>
          <tr>
            <th className={`${cell} ${styles.heading}`} scope="col">
              {t('hr.leader')}
            </th>
            {COUNTS.map((c) => (
              <th key={c} className={`${cell} ${styles.number} ${styles.heading}`} scope="col">
                {t(`hr.col_${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        {byUnit(leaders).map((u) => (
          <tbody key={u.unit ?? ''}>
            <tr className={styles.unit}>
              <th className={cell} scope="rowgroup">
                {u.unit ?? t('hr.noUnit')}
              </th>
              <CountCells counts={u.total} />
            </tr>
            {u.leaders.map((l) => {
              const isOpen = open.has(l.leaderId);
              const name = l.leaderName;
              return (
                <Fragment key={l.leaderId}>
                  <tr>
                    <th className={cell} scope="row">
                      <Button
                        className={styles.leader}
                        appearance="transparent"
                        aria-expanded={isOpen}
                        aria-label={t(isOpen ? 'hr.close' : 'hr.open', { name })}
                        onClick={() =>
                          toggle(
                            l.leaderId,
                            l.rounds.map((r) => r.roundId),
                          )
                        }
                      >
                        {isOpen ? '▾' : '▸'} {name}
                      </Button>
                    </th>
                    <CountCells counts={l.total} />
                  </tr>
                  {isOpen
                    ? l.rounds.map((r) => (
                        <tr key={r.roundId}>
                          <th className={`${cell} ${styles.round}`} scope="row">
                            {t('hr.roundName', { title: r.roundTitle, year: r.year, end: date(r.windowEnd) })}
                            <div className={styles.note}>
                              {t('hr.employeeEvaluations')}:{' '}
                              <span>{average(evaluations.get(r.roundId), t, 'hr.under5')}</span>
                            </div>
                          </th>
                          <CountCells counts={r} />
                        </tr>
                      ))
                    : null}
                </Fragment>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
