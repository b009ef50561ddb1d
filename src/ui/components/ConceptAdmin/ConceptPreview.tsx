import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previewOf, type ConceptTarget, type DraftEdit } from '../../../application/concepts/conceptAdmin';
import type { MusPorts } from '../../../application/mus/musCall';
import { useLocalized } from '../../i18n/useLocalized';
import { InfoCard } from '../InfoCard';
import { AgendaTopics } from '../MyConversation/AgendaTopics';
import { PreparationForm } from '../PreparationForm';
import { useConceptStyles } from './useConceptStyles.styles';

const NOTHING_PREPARED = { mine: null, other: { answers: null, submitted: false } } as const;

/** Props of the preview of a draft as one side sees it. */
export interface ConceptPreviewProps {
  readonly ports: MusPorts;
  readonly target: ConceptTarget;
  readonly edit: DraftEdit;
  readonly side: 'leader' | 'employee';
}

/**
 * What a conversation would look like with the draft, to the leader or to the employee: the agenda and the
 * preparation form (the same components as "Mine MUS", read-only), and the optional topics still to propose.
 */
export function ConceptPreview({ ports, target, edit, side }: ConceptPreviewProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useConceptStyles();
  const [now] = useState(() => new Date());
  const preview = previewOf(target, edit, now);
  if (!preview.ok)
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t('concept.cannotPreview')}</MessageBarBody>
      </MessageBar>
    );
  return (
    <div
      className={styles.column}
      aria-label={t(side === 'leader' ? 'concept.previewLeader' : 'concept.previewEmployee')}
      role="region"
    >
      <Text className={styles.note}>{t('concept.previewIntro')}</Text>
      <InfoCard title={t('mine.agendaTitle')}>
        <AgendaTopics items={preview.agenda} />
        {preview.optionalTopics.length > 0 ? (
          <>
            <Text weight="semibold">{t('concept.previewOptional')}</Text>
            <ul className={styles.list}>
              {preview.optionalTopics.map((topic) => (
                <li key={topic.id}>
                  <Text>{text(topic.title)}</Text>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </InfoCard>
      <PreparationForm
        key={side}
        ports={ports}
        conversationId="preview"
        topics={preview.agenda}
        preparation={NOTHING_PREPARED}
        side={side}
        readOnly
      />
    </div>
  );
}
