import { Button, mergeClasses, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import {
  dayOf,
  daysOfWeek,
  placeInDay,
  shiftWeek,
  type ScheduledConversation,
} from '../../../application/rounds/roundSchedule';
import { useLocalized } from '../../i18n/useLocalized';
import { PX_PER_MINUTE, useRoundScheduleStyles } from './useRoundScheduleStyles.styles';

/** Props of the week view. */
export interface WeekViewProps {
  readonly slots: readonly ScheduledConversation[];
  /** The Monday (yyyy-MM-dd) of the week shown. */
  readonly week: string;
  /** The hours shown (whole hours, local time): the working hours, widened to every conversation. */
  readonly hours: { readonly from: number; readonly to: number };
  /** Show Saturday and Sunday too. */
  readonly weekend: boolean;
  readonly movedId: string | undefined;
  readonly onWeek: (monday: string) => void;
  readonly onPick: (slot: ScheduledConversation) => void;
}

/** Days × hours with the conversations as blocks named after the employee; each block moves it. */
export function WeekView({ slots, week, hours, weekend, movedId, onWeek, onPick }: WeekViewProps) {
  const { t } = useTranslation();
  const { language, time } = useLocalized();
  const styles = useRoundScheduleStyles();
  const days = daysOfWeek(week).slice(0, weekend ? 7 : 5);
  const locale = language === 'en' ? 'en-GB' : 'da-DK';
  const dayName = (day: string, format: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, format).format(new Date(`${day}T12:00:00`));
  const height = (hours.to - hours.from) * 60 * PX_PER_MINUTE;
  const label = t('schedule.week', {
    from: dayName(days[0]!, { day: 'numeric', month: 'long' }),
    to: dayName(days.at(-1)!, { day: 'numeric', month: 'long', year: 'numeric' }),
  });
  return (
    <div className={styles.column}>
      <div className={styles.nav}>
        <Button onClick={() => onWeek(shiftWeek(week, -1))}>{t('schedule.previous')}</Button>
        <Text weight="semibold" aria-live="polite">
          {label}
        </Text>
        <Button onClick={() => onWeek(shiftWeek(week, 1))}>{t('schedule.next')}</Button>
      </div>
      <div className={styles.scroller} role="group" aria-label={label}>
        <div className={styles.grid} style={{ gridTemplateColumns: `48px repeat(${days.length}, 1fr)` }}>
          <span />
          {days.map((day) => (
            <Text key={day} as="h4" className={styles.dayHead}>
              {dayName(day, { weekday: 'short', day: 'numeric', month: 'numeric' })}
            </Text>
          ))}
          <div className={styles.hours} style={{ height }} aria-hidden>
            {Array.from({ length: hours.to - hours.from }, (_, i) => (
              <span key={i} className={styles.hour} style={{ top: i * 60 * PX_PER_MINUTE }}>
                {`${String(hours.from + i).padStart(2, '0')}:00`}
              </span>
            ))}
          </div>
          {days.map((day) => (
            <ul
              key={day}
              className={styles.day}
              style={{ height }}
              aria-label={dayName(day, { weekday: 'long', day: 'numeric', month: 'long' })}
            >
              {slots
                .filter((s) => dayOf(s.start) === day)
                .map((slot) => {
                  const { top, length } = placeInDay(slot);
                  const when = `${time(slot.start)}–${time(slot.end)}`;
                  return (
                    <li key={slot.conversationId}>
                      <Button
                        appearance="primary"
                        size="small"
                        className={mergeClasses(
                          styles.block,
                          slot.conversationId === movedId && styles.moved,
                        )}
                        style={{
                          top: (top - hours.from * 60) * PX_PER_MINUTE,
                          height: length * PX_PER_MINUTE,
                        }}
                        aria-label={t('schedule.moveLabel', { name: slot.employeeName, time: when })}
                        onClick={() => onPick(slot)}
                      >
                        {`${slot.employeeName} ${time(slot.start)}`}
                      </Button>
                    </li>
                  );
                })}
            </ul>
          ))}
        </div>
      </div>
    </div>
  );
}
