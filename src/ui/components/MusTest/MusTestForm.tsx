import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { musTestForm } from '../../../application/musTest/musTest';
import { useLocalized } from '../../i18n/useLocalized';
import { FailureBar } from '../FailureBar';
import type { MusTestFormProps } from './MusTest.types';
import { MusTestStatement } from './MusTestStatement';
import { useMusTestStyles } from './useMusTestStyles.styles';

/** The answer sheet: a fieldset per section, a labelled radio group per statement (arrow keys move). */
export function MusTestForm({ hook, roundTitle, year }: MusTestFormProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useMusTestStyles();
  return (
    <form
      className={styles.form}
      aria-label={t('musTest.formLabel', { round: roundTitle, year })}
      onSubmit={(event) => {
        event.preventDefault();
        hook.submit();
      }}
    >
      <Text>{t('musTest.forRound', { round: roundTitle, year })}</Text>
      {musTestForm.sections.map((section) => (
        <fieldset key={section.id} className={styles.section}>
          <legend className={styles.legend}>
            <Text as="h3" size={400} weight="semibold">
              {text(section.title)}
            </Text>
          </legend>
          {section.statements.map((statement) => (
            <MusTestStatement
              key={statement.id}
              id={statement.id}
              text={text(statement.text)}
              answer={hook.answers[statement.id]}
              flagged={hook.missing > 0 && !hook.answers[statement.id]}
              onChoose={hook.choose}
            />
          ))}
        </fieldset>
      ))}
      {hook.missing > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('musTest.missing', { count: hook.missing })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {hook.submitFailure ? <FailureBar failure={hook.submitFailure} /> : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={hook.busy}>
          {t('musTest.submit')}
        </Button>
      </div>
    </form>
  );
}
