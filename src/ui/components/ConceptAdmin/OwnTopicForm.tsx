import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../application/ports/MusApiPort';
import { TextPair } from './TextPair';
import { useConceptStyles } from './useConceptStyles.styles';

/** "Tilføj eget emne": a title in Danish and English; both are needed. */
export function OwnTopicForm({ onAdd }: { onAdd: (id: string, title: LocalizedText) => void }) {
  const { t } = useTranslation();
  const styles = useConceptStyles();
  const [title, setTitle] = useState<LocalizedText>({ da: '', en: '' });
  const [tried, setTried] = useState(false);
  const add = () => {
    setTried(true);
    if (title.da.trim() === '' || title.en.trim() === '') return;
    onAdd(`own.${crypto.randomUUID()}`, { da: title.da.trim(), en: title.en.trim() });
    setTitle({ da: '', en: '' });
    setTried(false);
  };
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t('concept.ownTitle')}</legend>
      <div className={styles.pair}>
        <TextPair
          labels={{ da: t('concept.ownTitleDa'), en: t('concept.ownTitleEn') }}
          value={title}
          missing={tried ? t('concept.editError.titleEmpty') : undefined}
          onChange={setTitle}
        />
        <Button onClick={add}>{t('concept.addOwn')}</Button>
      </div>
    </fieldset>
  );
}
