import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { InfoCard } from '../../components/InfoCard';
import { SurfaceLayout } from '../../components/SurfaceLayout';
import { LOCAL_HOST_URL, START_COMMAND } from '../../localSandbox';

const useStyles = makeStyles({
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  command: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    overflowX: 'auto',
  },
  link: { overflowWrap: 'anywhere' },
});

/** The personal tab outside a Microsoft host: what MUS is, and how to open it in Teams or locally. */
export function IntroductionView() {
  const { t } = useTranslation();
  const styles = useStyles();
  const steps = [t('intro.stepPlan'), t('intro.stepPrepare'), t('intro.stepHold'), t('intro.stepFollowUp')];
  return (
    <SurfaceLayout title={t('app.fullName')} subtitle={t('intro.tagline')} notice={t('intro.outsideHost')}>
      <InfoCard title={t('intro.whatTitle')}>
        <Text as="p">{t('intro.whatBody')}</Text>
        <ol className={styles.steps}>
          {steps.map((step) => (
            <li key={step}>
              <Text>{step}</Text>
            </li>
          ))}
        </ol>
      </InfoCard>
      <InfoCard title={t('intro.teamsTitle')}>
        <Text as="p">{t('intro.teamsBody')}</Text>
      </InfoCard>
      <InfoCard title={t('intro.sandboxTitle')}>
        <Text as="p">{t('intro.sandboxBody')}</Text>
        <code className={styles.command}>{START_COMMAND}</code>
        <Link href={LOCAL_HOST_URL} className={styles.link} aria-label={t('intro.sandboxLink')}>
          {LOCAL_HOST_URL}
        </Link>
      </InfoCard>
    </SurfaceLayout>
  );
}
