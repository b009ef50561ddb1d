import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MusPorts } from '../../../application/mus/musCall';
import type { Person } from '../../../application/ports/MusApiPort';
import { useLocalized } from '../../i18n/useLocalized';
import { FailureBar } from '../FailureBar';
import { useGroupForm } from './useGroupForm';
import { useGroupFormStyles } from './useGroupFormStyles.styles';

export interface GroupFormProps {
  readonly ports: MusPorts;
  readonly roundId: string;
  /** The leader's direct reports: the group is chosen among them. */
  readonly reports: readonly Person[];
  /** A group was created (and its booking finished). */
  readonly onCreated: () => void;
}

/** "Ny GRUS": 4-6 of the leader's reports, the representative among them, and when the meeting starts. */
export function GroupForm({ ports, roundId, reports, onCreated }: GroupFormProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useGroupFormStyles();
  const { draft, state, toggle, set, submit } = useGroupForm(ports, roundId, reports, onCreated);
  const chosen = reports.filter((r) => draft.memberIds.includes(r.id));
  return (
    <form className={styles.form} aria-label={t('group.newTitle')} onSubmit={submit}>
      <fieldset className={styles.members}>
        <legend className={styles.legend}>{t('group.members')}</legend>
        {reports.map((r) => (
          <Checkbox
            key={r.id}
            label={r.displayName}
            checked={draft.memberIds.includes(r.id)}
            onChange={(_, d) => toggle(r.id, d.checked === true)}
          />
        ))}
      </fieldset>
      <Field label={t('group.representative')}>
        <Select
          value={draft.representativeId ?? ''}
          onChange={(_, d) => set({ representativeId: d.value || undefined })}
        >
          <option value="">{t('group.chooseRepresentative')}</option>
          {chosen.map((r) => (
            <option key={r.id} value={r.id}>
              {r.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('group.start')}>
        <Input type="datetime-local" value={draft.start} onChange={(_, d) => set({ start: d.value })} />
      </Field>
      {state.status === 'editing' && state.problem ? (
        <MessageBar intent="error">
          <MessageBarBody>{t(`groupProblem.${state.problem}`)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'editing' && state.failure ? <FailureBar failure={state.failure} /> : null}
      {state.status === 'booked' ? (
        <MessageBar intent={state.failures.length ? 'warning' : 'success'} role="status">
          <MessageBarBody>
            {state.failures.length
              ? state.failures.map((f) => text(f)).join(' ')
              : t('group.booked', { count: state.count })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Button
        className={styles.submit}
        appearance="primary"
        type="submit"
        disabled={state.status === 'sending'}
      >
        {t(state.status === 'sending' ? 'group.creating' : 'group.create')}
      </Button>
    </form>
  );
}
