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

interface TimeInputProps {
  readonly label: string;
  readonly message?: string | undefined;
  readonly type: 'date' | 'time' | 'number';
  readonly value: string | number;
  readonly change: (value: string) => void;
}

/** One labelled input of the times: a date, a time of day or a number of minutes (empty while cleared). */
function TimeInput({ label, message, type, value, change }: TimeInputProps) {
  const shown = typeof value === 'number' ? (Number.isNaN(value) ? '' : String(value)) : value;
  return (
    <Field label={label} validationMessage={message}>
      <Input type={type} value={shown} onChange={(_, d) => change(d.value)} />
    </Field>
  );
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
  const input = (
    label: string,
    type: TimeInputProps['type'],
    value: string | number,
    change: (value: string) => void,
    error?: DraftField,
  ) => (
    <TimeInput label={label} message={error && message(error)} type={type} value={value} change={change} />
  );
  const setWindow = (edge: 'from' | 'to') => (v: string) =>
    update({ window: { ...draft.window, [edge]: v } });
  const setHours = (edge: 'start' | 'end') => (v: string) =>
    update({ workingHours: { ...hours, [edge]: v } });
  type Minutes = 'durationMinutes' | 'bufferMinutes' | 'maxPerDay';
  const setMinutes = (key: Minutes) => (v: string) => update({ [key]: number(v) });
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t('form.timesTitle')}</legend>
      <div className={styles.row}>
        {input(t('form.from'), 'date', draft.window.from, setWindow('from'), 'window')}
        {input(t('form.to'), 'date', draft.window.to, setWindow('to'))}
        {input(
          t('form.duration'),
          'number',
          draft.durationMinutes,
          setMinutes('durationMinutes'),
          'duration',
        )}
      </div>
      <div className={styles.row}>
        {input(t('form.dayStart'), 'time', hours.start, setHours('start'), 'workingHours')}
        {input(t('form.dayEnd'), 'time', hours.end, setHours('end'))}
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
        {input(t('form.buffer'), 'number', draft.bufferMinutes, setMinutes('bufferMinutes'), 'buffer')}
        {input(t('form.maxPerDay'), 'number', draft.maxPerDay, setMinutes('maxPerDay'), 'maxPerDay')}
      </div>
    </fieldset>
  );
}
