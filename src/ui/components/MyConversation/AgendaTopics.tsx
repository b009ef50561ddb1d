import { Badge, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { AgendaTopic } from '../../../application/conversations/myConversation';
import { useLocalized } from '../../i18n/useLocalized';
import { useMyConversationStyles } from './useMyConversationStyles.styles';

/** The agenda in the order it will be discussed, with the employee's own proposals marked. */
export function AgendaTopics({ items }: { items: readonly AgendaTopic[] }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useMyConversationStyles();
  return (
    <ol className={styles.agenda} aria-label={t('mine.agendaTitle')}>
      {items.map(({ topic, status, reason }) => (
        <li key={topic.id} className={styles.topic}>
          <Text weight="semibold">{text(topic.title)}</Text>
          <Text size={200} className={styles.purpose}>
            {text(topic.purpose)}
          </Text>
          {reason ? <Text size={200}>{t('mine.yourReason', { reason })}</Text> : null}
          {status === 'proposed' ? (
            <Badge appearance="tint" color="warning">
              {t('mine.proposedByYou')}
            </Badge>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
