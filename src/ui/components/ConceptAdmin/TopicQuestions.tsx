import { Button } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../application/ports/MusApiPort';
import { TextPair } from './TextPair';
import { useConceptStyles } from './useConceptStyles.styles';

/** Props of a topic's questions. */
export interface TopicQuestionsProps {
  readonly title: string;
  readonly questions: readonly LocalizedText[];
  /** Mark the empty fields (after a save was refused for them). */
  readonly showErrors: boolean;
  readonly onChange: (questions: LocalizedText[]) => void;
}

/** A topic's questions in Danish and English: change, remove, add. */
export function TopicQuestions({ title, questions, showErrors, onChange }: TopicQuestionsProps) {
  const { t } = useTranslation();
  const styles = useConceptStyles();
  const missing = showErrors ? t('concept.editError.questionEmpty') : undefined;
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t('concept.questions', { topic: title })}</legend>
      {questions.map((q, i) => {
        const n = i + 1;
        return (
          <div key={i} className={styles.pair}>
            <TextPair
              labels={{ da: t('concept.questionDa', { n }), en: t('concept.questionEn', { n }) }}
              value={q}
              missing={missing}
              onChange={(next) => onChange(questions.map((old, j) => (j === i ? next : old)))}
            />
            <Button appearance="subtle" onClick={() => onChange(questions.filter((_, j) => j !== i))}>
              {t('concept.removeQuestion', { n })}
            </Button>
          </div>
        );
      })}
      <Button className={styles.start} onClick={() => onChange([...questions, { da: '', en: '' }])}>
        {t('concept.addQuestion')}
      </Button>
    </fieldset>
  );
}
