import { HorizontalBarChart } from '@fluentui/react-charts';
import { Text } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useHrChartsStyles } from './useHrChartsStyles.styles';

/** One group of a chart: its label, its value (null: under 5 people, never a bar) and the value as read. */
export interface ChartRow {
  readonly id: string;
  readonly label: string;
  readonly value: number | null;
  readonly shown?: string;
}

export interface HrChartProps {
  readonly title: string;
  /** The value column's heading (e.g. "Samtaler", "Gns. (1-5)"). */
  readonly valueHeading: string;
  readonly rows: readonly ChartRow[];
  /** The scale's top (5 for a rating); the largest value when not given. */
  readonly max?: number;
  readonly note?: string;
}

const BAR_HEIGHT = 16;

/**
 * A horizontal bar chart (Fluent's charts: bars focusable, each with an aria label and a tooltip) and the
 * same figures as a table below it, the accessible alternative that also names the groups not shown: a group
 * under 5 people reads "Færre end 5 — vises ikke" and has no bar.
 */
export function HrChart({ title, valueHeading, rows, max, note }: HrChartProps) {
  const { t } = useTranslation();
  const styles = useHrChartsStyles();
  const headingId = useId();
  // Only groups with a figure above 0 get a bar; the table lists them all.
  const bars = rows.filter((r) => r.value !== null && r.value > 0);
  const top = max ?? Math.max(0, ...bars.map((r) => r.value ?? 0));
  // One bar a group, its label above it, drawn against the scale's top (a rating against 5).
  const data = bars.map((r) => ({
    chartTitle: r.label,
    chartData: [
      {
        legend: r.label,
        horizontalBarChartdata: { x: r.value ?? 0, total: top },
        xAxisCalloutData: r.label,
        yAxisCalloutData: r.shown ?? String(r.value),
      },
    ],
  }));
  return (
    <section className={styles.chart} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} weight="semibold" className={styles.title}>
        {title}
      </Text>
      {data.length > 0 ? (
        <div className={styles.plot}>
          <HorizontalBarChart
            data={data}
            barHeight={BAR_HEIGHT}
            hideRatio={data.map(() => true)}
            culture={t('hr.locale')}
          />
        </div>
      ) : null}
      <table className={styles.table} aria-label={t('hr.chartTable', { title })}>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              {t('hr.group')}
            </th>
            <th scope="col" className={`${styles.cell} ${styles.number}`}>
              {valueHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className={styles.cell}>
                {r.label}
              </th>
              <td className={`${styles.cell} ${styles.number} ${r.value === null ? styles.hidden : ''}`}>
                {r.value === null ? t('hr.fewerThan5') : (r.shown ?? r.value.toLocaleString(t('hr.locale')))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {note ? <Text className={styles.note}>{note}</Text> : null}
    </section>
  );
}
