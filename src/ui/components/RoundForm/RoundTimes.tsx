import { Checkbox, Field, Input } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { DraftError, DraftField, RoundDraft } from '../../../application/rounds/roundDraft';
import type { RoundFormHookResult } from './RoundForm.types';
import { useRoundFormStyles } from './useRoundFormStyles.styles';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Props of the times part of the form. */
export interface RoundTimesProps {
  readonly draft: RoundDraft;
  readonly errors: Partial<Record<DraftField, DraftError>>;
  readonly update: RoundFormHookResult['update'];
}

/** The window, the length of a conversation, working hours and days, breaks and most a day. */
export function RoundTimes({ draft, errors, update }: RoundTimesProps) {
  const { t } = useTranslation();
  const styles = useRoundFormStyles();
  const message = (field: DraftField) => (errors[field] ? t(`formError.${errors[field]}`) : undefined);
  const hours = draft.workingHours;
  const number = (value: string) => (value === '' ? Number.NaN : Number(value));
  const toggleDay = (day: number) =>
    update({
      workingHours: {
        ...hours,
        days: hours.days.includes(day) ? hours.days.filter((d) => d !== day) : [...hours.days, day].sort(),
      },
    });
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t('form.timesTitle')}</legend>
      <div className={styles.row}>
        <Field label={t('form.from')} validationMessage={message('window')}>
          <Input
            type="date"
            value={draft.window.from}
            onChange={(_, d) => update({ window: { ...draft.window, from: d.value } })}
          />
        </Field>
        <Field label={t('form.to')}>
          <Input
            type="date"
            value={draft.window.to}
            onChange={(_, d) => update({ window: { ...draft.window, to: d.value } })}
          />
        </Field>
        <Field label={t('form.duration')} validationMessage={message('duration')}>
          <Input
            type="number"
            value={Number.isNaN(draft.durationMinutes) ? '' : String(draft.durationMinutes)}
            onChange={(_, d) => update({ durationMinutes: number(d.value) })}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t('form.dayStart')} validationMessage={message('workingHours')}>
          <Input
            type="time"
            value={hours.start}
            onChange={(_, d) => update({ workingHours: { ...hours, start: d.value } })}
          />
        </Field>
        <Field label={t('form.dayEnd')}>
          <Input
            type="time"
            value={hours.end}
            onChange={(_, d) => update({ workingHours: { ...hours, end: d.value } })}
          />
        </Field>
      </div>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t('form.days')}</legend>
        <div className={styles.checks}>
          {WEEKDAYS.map((day) => (
            <Checkbox
              key={day}
              label={t(`weekday.d${day}`)}
              checked={hours.days.includes(day)}
              onChange={() => toggleDay(day)}
            />
          ))}
        </div>
      </fieldset>
      <div className={styles.row}>
        <Field label={t('form.buffer')} validationMessage={message('buffer')}>
          <Input
            type="number"
            value={Number.isNaN(draft.bufferMinutes) ? '' : String(draft.bufferMinutes)}
            onChange={(_, d) => update({ bufferMinutes: number(d.value) })}
          />
        </Field>
        <Field label={t('form.maxPerDay')} validationMessage={message('maxPerDay')}>
          <Input
            type="number"
            value={Number.isNaN(draft.maxPerDay) ? '' : String(draft.maxPerDay)}
            onChange={(_, d) => update({ maxPerDay: number(d.value) })}
          />
        </Field>
      </div>
    </fieldset>
  );
}
