import { Button, Field, Input, Spinner, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MusPorts } from '../../../application/mus/musCall';
import type { VersionedConversation } from '../../../application/ports/MusApiPort';
import type { RoundConversation } from '../../../application/rounds/roundStatus';
import { FailureBar } from '../FailureBar';
import { useLocalized } from '../../i18n/useLocalized';
import { useConversationActions } from './useConversationActions';
import { useRoundStatusStyles } from './useRoundStatusStyles.styles';

/** Props of the actions on one booked conversation. */
export interface ConversationActionsProps {
  readonly ports: MusPorts;
  readonly roundId: string;
  readonly row: RoundConversation;
  readonly onChanged: (record: VersionedConversation) => void;
}

/** "Flyt" to a free time or "Aflys", each confirmed first: the meeting follows in both calendars. */
export function ConversationActions({ ports, roundId, row, onChanged }: ConversationActionsProps) {
  const { t } = useTranslation();
  const { slot } = useLocalized();
  const styles = useRoundStatusStyles();
  const a = useConversationActions(ports, roundId, row, onChanged);
  const name = row.employeeName;
  const back = (
    <Button appearance="subtle" size="small" onClick={a.back}>
      {t('roundStatus.back')}
    </Button>
  );
  return (
    <div className={styles.actions}>
      {a.failure ? <FailureBar failure={a.failure} /> : null}
      {a.step.kind === 'idle' ? (
        <div className={styles.buttons}>
          <Button size="small" aria-label={t('roundStatus.moveLabel', { name })} onClick={a.startMove}>
            {t('roundStatus.move')}
          </Button>
          <Button size="small" aria-label={t('roundStatus.cancelLabel', { name })} onClick={a.startCancel}>
            {t('roundStatus.cancel')}
          </Button>
        </div>
      ) : null}
      {a.step.kind === 'times' && !a.step.times ? (
        <Spinner size="tiny" label={t('roundStatus.loadingTimes')} />
      ) : null}
      {a.step.kind === 'times' && a.step.times ? (
        <>
          <Text>{a.step.times.length > 0 ? t('roundStatus.chooseTime') : t('roundStatus.noTimes')}</Text>
          <ul className={styles.times} aria-label={t('roundStatus.chooseTime')}>
            {a.step.times.slice(0, 8).map((time) => (
              <li key={time.start}>
                <Button size="small" onClick={() => a.choose(time)}>
                  {slot(time)}
                </Button>
              </li>
            ))}
          </ul>
          {back}
        </>
      ) : null}
      {a.step.kind === 'confirmMove' || a.step.kind === 'confirmCancel' ? (
        <div
          role="alertdialog"
          aria-label={t(a.step.kind === 'confirmMove' ? 'roundStatus.move' : 'roundStatus.cancel')}
          className={styles.confirm}
        >
          <Text>
            {a.step.kind === 'confirmMove'
              ? t('roundStatus.confirmMove', { name, time: slot(a.step.slot) })
              : t('roundStatus.confirmCancel', { name, time: row.slot ? slot(row.slot) : '' })}
          </Text>
          {a.step.kind === 'confirmCancel' ? (
            <Field label={t('roundStatus.reason')}>
              <Input value={a.reason} onChange={(_, d) => a.setReason(d.value)} />
            </Field>
          ) : null}
          <div className={styles.buttons}>
            <Button appearance="primary" size="small" disabled={a.busy} onClick={a.confirm}>
              {t(a.step.kind === 'confirmMove' ? 'roundStatus.yesMove' : 'roundStatus.yesCancel')}
            </Button>
            {back}
          </div>
        </div>
      ) : null}
    </div>
  );
}
