import { Badge, Button, Checkbox, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concept } from '../../../application/ports/MusApiPort';
import type { DraftError, PlannedTopic, RoundDraft } from '../../../application/rounds/roundDraft';
import { useLocalized } from '../../i18n/useLocalized';
import type { RoundFormHookResult } from './RoundForm.types';
import { useRoundFormStyles } from './useRoundFormStyles.styles';

/** Props of the topics part of the form. */
export interface RoundTopicsProps {
  readonly concept: Concept;
  readonly draft: RoundDraft;
  readonly agenda: readonly PlannedTopic[];
  readonly error: DraftError | undefined;
  readonly form: Pick<RoundFormHookResult, 'toggle' | 'update'>;
}

/** Optional topics to choose, own topics to add, and the order the agenda will have. */
export function RoundTopics({ concept, draft, agenda, error, form }: RoundTopicsProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useRoundFormStyles();
  const [own, setOwn] = useState('');
  const add = () => {
    if (own.trim() === '') return;
    form.update({ ownTopics: [...draft.ownTopics, own.trim()] });
    setOwn('');
  };
  const badge = (topic: PlannedTopic) =>
    topic.fixed ? t('form.fixed') : topic.kind === 'own' ? t('form.own') : t('form.chosen');
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t('form.topicsTitle')}</legend>
      <Text>{t('form.topicsIntro')}</Text>
      {concept.optionalTopics.length > 0 ? (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('form.optionalTopics')}</legend>
          {concept.optionalTopics.map((topic) => (
            <Checkbox
              key={topic.id}
              label={text(topic.title)}
              checked={draft.optionalTopicIds.includes(topic.id)}
              onChange={() => form.toggle('optionalTopicIds', topic.id)}
            />
          ))}
        </fieldset>
      ) : null}
      <div className={styles.addRow}>
        <Field
          label={t('form.ownTopic')}
          className={styles.grow}
          validationMessage={error ? t(`formError.${error}`) : undefined}
        >
          <Input
            value={own}
            onChange={(_, data) => setOwn(data.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              add();
            }}
          />
        </Field>
        <Button onClick={add}>{t('form.addOwnTopic')}</Button>
      </div>
      <Text weight="semibold">{t('form.order')}</Text>
      <ol className={styles.order} aria-label={t('form.order')}>
        {agenda.map((topic) => (
          <li key={topic.id} className={styles.orderItem}>
            <Text>{text(topic.title)}</Text>
            <Badge appearance="tint" color={topic.fixed ? 'informative' : 'brand'}>
              {badge(topic)}
            </Badge>
            {topic.kind === 'own' ? (
              <Button
                size="small"
                appearance="subtle"
                aria-label={t('form.removeOwnTopic', { topic: text(topic.title) })}
                onClick={() =>
                  form.update({
                    ownTopics: draft.ownTopics.filter((title) => title.trim() !== topic.title.da),
                  })
                }
              >
                ✕
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
