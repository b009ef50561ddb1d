import { Button, Checkbox, Field, Input, Select, Text } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FailureBar, NotReady, notReady } from '../FailureBar';
import { InfoCard } from '../InfoCard';
import { useLocalized } from '../../i18n/useLocalized';
import type { RoundFormProps } from './RoundForm.types';
import { RoundTimes } from './RoundTimes';
import { RoundTopics } from './RoundTopics';
import { useRoundForm } from './useRoundForm';
import { useRoundFormStyles } from './useRoundFormStyles.styles';

/** "Ny MUS-runde": concept, topics, employees and times for a round of conversations. */
export function RoundForm(props: RoundFormProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useRoundFormStyles();
  const form = useRoundForm(props);
  const { state } = form;
  if (notReady(state)) return <NotReady state={state} label={t('form.loading')} retry={form.retry} />;
  if (state.status === 'noConcepts')
    return (
      <InfoCard title={t('form.title')}>
        <Text as="p">{t('form.noConcepts')}</Text>
      </InfoCard>
    );
  const { draft, errors } = state;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit();
  };
  return (
    <InfoCard title={t('form.title')}>
      <form className={styles.form} onSubmit={submit} noValidate>
        <Field
          label={t('form.roundTitle')}
          required
          validationMessage={errors.title ? t(`formError.${errors.title}`) : undefined}
        >
          <Input value={draft.title} onChange={(_, d) => form.update({ title: d.value })} />
        </Field>
        <Field
          label={t('form.concept')}
          hint={t('form.conceptOfYear', { year: state.concept.year, version: state.concept.version })}
        >
          <Select
            className={styles.full}
            value={draft.conceptId}
            onChange={(_, d) => form.update({ conceptId: d.value, optionalTopicIds: [] })}
          >
            {state.concepts.map((c) => (
              <option key={c.id} value={c.id}>
                {`${text(c.name)} (${c.year})`}
              </option>
            ))}
          </Select>
        </Field>
        <RoundTopics
          concept={state.concept}
          draft={draft}
          agenda={state.agenda}
          error={errors.ownTopics}
          form={form}
        />
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('form.employees')}</legend>
          <Text>{t('form.employeesIntro')}</Text>
          {props.reports.map((person) => (
            <Checkbox
              key={person.id}
              label={person.displayName}
              checked={draft.employeeIds.includes(person.id)}
              onChange={() => form.toggle('employeeIds', person.id)}
            />
          ))}
          {errors.employees ? (
            <Text role="alert" className={styles.error}>
              {t(`formError.${errors.employees}`)}
            </Text>
          ) : null}
        </fieldset>
        <RoundTimes draft={draft} errors={errors} update={form.update} />
        {Object.keys(errors).length > 0 ? (
          <Text role="alert" className={styles.error}>
            {t('form.invalid')}
          </Text>
        ) : null}
        {form.failure ? <FailureBar failure={form.failure} /> : null}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={form.busy}>
            {form.busy ? t('form.creating') : t('form.create')}
          </Button>
        </div>
      </form>
    </InfoCard>
  );
}
