import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { askAgainAt, handOver, notNowKey } from '../../../application/followUp/handover';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { Person, VersionedConversation } from '../../../application/ports/MusApiPort';
import { useLocalized } from '../../i18n/useLocalized';
import { FailureBar } from '../FailureBar';
import { useFollowUpStyles } from '../FollowUp/useFollowUpStyles.styles';

/** Props of the employee's consent to hand a conversation to their new manager. */
export interface HandoverProps {
  readonly ports: MusPorts;
  readonly record: VersionedConversation;
  /** The employee's manager now. */
  readonly to: Person;
  /** Where "Ikke nu" is remembered (default the browser's `localStorage`). */
  readonly storage?: Storage | undefined;
}

type Answer = 'asking' | 'busy' | 'handedOver' | 'notNow';

/** The remembered "not now" of this handover, or undefined when there is none or it is time to ask again. */
function remembered(storage: Storage | undefined, key: string): Date | undefined {
  try {
    return askAgainAt(storage?.getItem(key), new Date());
  } catch {
    return undefined; // Storage refused (private mode): ask.
  }
}

/**
 * When the manager has changed: asks the employee whether the new leader may take over the conversation's open
 * goals and signed conclusion. Nothing moves without a yes; the former leader has no access either way.
 * "Ikke nu" is remembered in the browser for this employee, conversation and new leader, for `NOT_NOW_DAYS`.
 */
export function Handover({ ports, record, to, storage = globalThis.localStorage }: HandoverProps) {
  const { t } = useTranslation();
  const { date } = useLocalized();
  const styles = useFollowUpStyles();
  const key = notNowKey(record, to);
  const [again, setAgain] = useState(() => remembered(storage, key));
  const [answer, setAnswer] = useState<Answer>(again ? 'notNow' : 'asking');
  const [failure, setFailure] = useState<MusFailure | undefined>(undefined);
  const name = to.displayName;
  const yes = () => {
    setAnswer('busy');
    void handOver(ports, record, to).then((result) => {
      setFailure(result.ok ? undefined : result.failure);
      setAnswer(result.ok ? 'handedOver' : 'asking');
    });
  };
  if (answer === 'handedOver')
    return (
      <Text role="status" className={styles.thanks}>
        {t('handover.done', { name })}
      </Text>
    );
  const notNow = () => {
    const at = new Date();
    try {
      storage?.setItem(key, at.toISOString());
    } catch {
      // Storage full or refused: "not now" holds for this page only.
    }
    setAgain(askAgainAt(at.toISOString(), at));
    setAnswer('notNow');
  };
  if (answer === 'notNow')
    return (
      <div className={styles.buttons}>
        <Text role="status">
          {t('handover.notNow', { name })}{' '}
          {again ? t('handover.askAgain', { date: date(again.toISOString()) }) : null}
        </Text>
        <Button onClick={() => setAnswer('asking')}>{t('handover.answerNow')}</Button>
      </div>
    );
  return (
    <section className={styles.form} aria-label={t('handover.title')}>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {t('handover.title')}
      </Text>
      <Text>{t('handover.question', { name })}</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={answer === 'busy'} onClick={yes}>
          {t('handover.yes', { name })}
        </Button>
        <Button disabled={answer === 'busy'} onClick={notNow}>
          {t('handover.no')}
        </Button>
      </div>
      {failure ? <FailureBar failure={failure} /> : null}
    </section>
  );
}
