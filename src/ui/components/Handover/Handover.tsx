import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handOver } from '../../../application/followUp/handover';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import type { Person, VersionedConversation } from '../../../application/ports/MusApiPort';
import { FailureBar } from '../FailureBar';
import { useFollowUpStyles } from '../FollowUp/useFollowUpStyles.styles';

/** Props of the employee's consent to hand a conversation to their new manager. */
export interface HandoverProps {
  readonly ports: MusPorts;
  readonly record: VersionedConversation;
  /** The employee's manager now. */
  readonly to: Person;
}

type Answer = 'asking' | 'busy' | 'handedOver' | 'notNow';

/**
 * When the manager has changed: asks the employee whether the new leader may take over the conversation's open
 * goals and signed conclusion. Nothing moves without a yes; the former leader has no access either way.
 */
export function Handover({ ports, record, to }: HandoverProps) {
  const { t } = useTranslation();
  const styles = useFollowUpStyles();
  const [answer, setAnswer] = useState<Answer>('asking');
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
  if (answer === 'notNow') return <Text role="status">{t('handover.notNow', { name })}</Text>;
  return (
    <section className={styles.form} aria-label={t('handover.title')}>
      <Text as="h3" weight="semibold">
        {t('handover.title')}
      </Text>
      <Text>{t('handover.question', { name })}</Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={answer === 'busy'} onClick={yes}>
          {t('handover.yes', { name })}
        </Button>
        <Button disabled={answer === 'busy'} onClick={() => setAnswer('notNow')}>
          {t('handover.no')}
        </Button>
      </div>
      {failure ? <FailureBar failure={failure} /> : null}
    </section>
  );
}
