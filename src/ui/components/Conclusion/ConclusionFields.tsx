import { Field, Input, Text, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/useLocalized';
import type { ConclusionHookResult } from './Conclusion.types';
import { useConclusionStyles } from './useConclusionStyles.styles';

type Props = Pick<
  ConclusionHookResult,
  'draft' | 'problems' | 'locked' | 'changeSummary' | 'changeFollowUpDate'
> & { readonly version: NonNullable<ConclusionHookResult['version']> };

/** A summary per agreed topic and the follow-up date: fields while open, text once both signed. */
export function ConclusionFields({
  version,
  draft,
  problems,
  locked,
  changeSummary,
  changeFollowUpDate,
}: Props) {
  const { t } = useTranslation();
  const { text, date } = useLocalized();
  const styles = useConclusionStyles();
  const followUp = version.followUpDate;
  return (
    <>
      {version.summaries.map((s) => (
        <section key={s.topicId} className={styles.section} aria-label={text(s.title)}>
          {locked ? (
            <>
              <Text as="h3" weight="semibold" size={400} className={styles.heading}>
                {text(s.title)}
              </Text>
              <Text as="p" className={s.summary.trim() ? styles.summary : styles.muted}>
                {s.summary.trim() ? s.summary : t('conclusion.noSummary')}
              </Text>
            </>
          ) : (
            <Field
              label={text(s.title)}
              hint={t('conclusion.summaryHint')}
              {...(problems?.summaries?.[s.topicId]
                ? { validationMessage: t('conclusion.summaryTooLong') }
                : {})}
            >
              <Textarea
                value={draft.summaries[s.topicId] ?? ''}
                resize="vertical"
                onChange={(_, data) => changeSummary(s.topicId, data.value)}
              />
            </Field>
          )}
        </section>
      ))}
      <section className={styles.section} aria-label={t('conclusion.followUpDate')}>
        {locked ? (
          <Text>
            {t('conclusion.followUpDate')}:{' '}
            {followUp ? date(`${followUp}T12:00:00Z`) : t('conclusion.notSet')}
          </Text>
        ) : (
          <Field
            label={t('conclusion.followUpDate')}
            hint={t('conclusion.followUpHint')}
            {...(problems?.followUpDate ? { validationMessage: t('conclusion.invalidDate') } : {})}
          >
            <Input
              inputMode="numeric"
              value={draft.followUpDate}
              onChange={(_, data) => changeFollowUpDate(data.value)}
            />
          </Field>
        )}
      </section>
    </>
  );
}
