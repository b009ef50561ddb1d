import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../application/conclusion/conclusion';
import type { ConclusionHookResult } from './Conclusion.types';
import { useConclusionStyles } from './useConclusionStyles.styles';

type Props = ConclusionHookResult & { readonly party: Party };

/** "Gem" and "Underskriv" while open; "Ændr" once both signed; "Hent PDF" once any version is signed. */
export function ConclusionActions(props: Props) {
  const { t } = useTranslation();
  const styles = useConclusionStyles();
  const { version, locked, busy, amendment, party } = props;
  if (!version) return null;
  const signedByMe = version.signatures[party] !== null;
  const pdf = props.hasSignedVersion ? (
    <Button onClick={props.downloadPdf} disabled={busy !== undefined}>
      {t('conclusion.pdf')}
    </Button>
  ) : null;
  if (locked && amendment) {
    return (
      <section className={styles.section} aria-label={t('conclusion.amend')}>
        <Field
          label={t('conclusion.amendReason')}
          hint={t('conclusion.amendHint')}
          {...(amendment.tooLong ? { validationMessage: t('conclusion.reasonTooLong') } : {})}
        >
          <Textarea value={amendment.reason} onChange={(_, data) => props.changeReason(data.value)} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={props.confirmAmendment} disabled={busy !== undefined}>
            {t('conclusion.startAmendment')}
          </Button>
          <Button onClick={props.cancelAmendment}>{t('conclusion.cancel')}</Button>
        </div>
      </section>
    );
  }
  return (
    <div className={styles.actions}>
      {locked ? (
        <Button onClick={props.startAmendment} disabled={busy !== undefined}>
          {t('conclusion.amend')}
        </Button>
      ) : (
        <>
          <Button onClick={props.save} disabled={busy !== undefined}>
            {t('conclusion.save')}
          </Button>
          <Button appearance="primary" onClick={props.sign} disabled={busy !== undefined || signedByMe}>
            {t('conclusion.sign')}
          </Button>
          <Text className={styles.muted}>{t('conclusion.changeClearsSignatures')}</Text>
        </>
      )}
      {pdf}
    </div>
  );
}
