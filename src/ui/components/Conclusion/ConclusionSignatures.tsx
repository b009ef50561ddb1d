import { Checkbox, Field, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../application/conclusion/conclusion';
import { useLocalized } from '../../i18n/useLocalized';
import type { ConclusionHookResult } from './Conclusion.types';
import { useConclusionStyles } from './useConclusionStyles.styles';

type Props = Pick<ConclusionHookResult, 'locked' | 'busy' | 'file'> & {
  readonly version: NonNullable<ConclusionHookResult['version']>;
  readonly filed: boolean;
  readonly party: Party;
};

/** Both signatures (name, time, version) and the employee's filing choice (only the employee decides). */
export function ConclusionSignatures({ version, filed, party, locked, busy, file }: Props) {
  const { t } = useTranslation();
  const styles = useConclusionStyles();
  const { language } = useLocalized();
  const at = (iso: string) =>
    new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
      dateStyle: 'long',
      timeStyle: 'short',
    }).format(new Date(iso));
  const mine = version.signatures[party];
  return (
    <>
      <section className={styles.section} aria-labelledby="conclusion-signatures">
        <Text as="h3" id="conclusion-signatures" weight="semibold" size={400} className={styles.heading}>
          {t('conclusion.signatures')}
        </Text>
        <ul className={styles.list} aria-label={t('conclusion.signatures')}>
          {(['leader', 'employee'] as const).map((p) => {
            const s = version.signatures[p];
            const role = t(`conclusion.${p}`);
            return (
              <li key={p}>
                {s
                  ? t('conclusion.signedBy', {
                      role,
                      name: s.name ?? '',
                      at: at(s.at),
                      version: version.version,
                    })
                  : t('conclusion.notSigned', { role })}
              </li>
            );
          })}
        </ul>
        {locked ? (
          <Text>{t('conclusion.locked')}</Text>
        ) : mine ? (
          <Text>{t('conclusion.youSigned')}</Text>
        ) : null}
      </section>
      <section className={styles.section} aria-label={t('conclusion.filing')}>
        {party === 'employee' ? (
          <Field hint={t('conclusion.fileHint')}>
            <Checkbox
              label={t('conclusion.fileToRecord')}
              checked={filed}
              disabled={busy !== undefined}
              onChange={(_, data) => file(data.checked === true)}
            />
          </Field>
        ) : (
          <Text>{filed ? t('conclusion.filed') : t('conclusion.notFiled')}</Text>
        )}
      </section>
    </>
  );
}
