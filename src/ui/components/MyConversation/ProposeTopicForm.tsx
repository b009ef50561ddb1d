import { Button, Field, Input, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalError, TopicProposal } from '../../../application/conversations/myConversation';
import type { ProposeResult } from './MyConversation.types';
import { useMyConversationStyles } from './useMyConversationStyles.styles';

const ERROR_KEYS = {
  titleMissing: 'mine.proposeTitleMissing',
  tooLong: 'mine.proposeTooLong',
} as const satisfies Record<ProposalError, string>;

/** Props of the proposal form. */
export interface ProposeTopicFormProps {
  readonly busy: boolean;
  readonly sent: boolean;
  readonly onPropose: (proposal: TopicProposal) => Promise<ProposeResult>;
}

/** A topic the employee would like to talk about, and why; cleared once the leader has it. */
export function ProposeTopicForm({ busy, sent, onPropose }: ProposeTopicFormProps) {
  const { t } = useTranslation();
  const styles = useMyConversationStyles();
  const [proposal, setProposal] = useState<TopicProposal>({ title: '', reason: '' });
  const [error, setError] = useState<ProposalError | undefined>(undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { sent, invalid } = await onPropose(proposal);
    setError(invalid);
    if (sent) setProposal({ title: '', reason: '' });
  };
  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      <Field
        label={t('mine.proposeTopic')}
        validationMessage={error ? t(ERROR_KEYS[error]) : undefined}
        required
      >
        <Input
          value={proposal.title}
          onChange={(_, data) => setProposal((p) => ({ ...p, title: data.value }))}
        />
      </Field>
      <Field label={t('mine.proposeReason')}>
        <Textarea
          value={proposal.reason}
          resize="vertical"
          onChange={(_, data) => setProposal((p) => ({ ...p, reason: data.value }))}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t('mine.proposeSend')}
        </Button>
      </div>
      {sent ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('mine.proposeSent')}</MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}
