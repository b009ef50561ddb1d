import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { SurfaceName, SurfacePorts } from '../../application/surface/surfaceView';
import { useFluentTheme } from '../theme/hostTheme';
import { useSurface } from './useSurface';
import { SurfaceView as SurfaceContent } from './SurfaceView';

/** Props of the root component of every page. */
export interface SurfaceRootProps {
  /** Which surface this page is. */
  readonly surface: SurfaceName;
  /** The ports, made by the composition root (src/entries). */
  readonly ports: SurfacePorts;
}

// The spinner is a chunk of its own as well: the page's first JavaScript stays small, the spinner a moment later.
const Spinner = lazy(() =>
  import('@fluentui/react-components').then((m) => ({
    default: m.Spinner,
  })),
);

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  loading: { paddingTop: tokens.spacingVerticalXXXL },
});

/** The root of every page: theme from the host, language from the host locale, then the surface's view. */
export function SurfaceRoot({ surface, ports }: SurfaceRootProps) {
  const { view, theme, i18n } = useSurface(surface, ports);
  const styles = useStyles();
  const fluentTheme = useFluentTheme(theme);
  // A moment at the start, while the theme's chunk arrives (the host's handshake takes as long).
  if (!fluentTheme) return null;
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={fluentTheme}>
        {/* The page's height and background on a box of its own: the provider's class goes to every portal
            (tooltips, menus), which would each cover the page. */}
        <div className={styles.root}>
          {view ? (
            <SurfaceContent
              surface={surface}
              view={view}
              ports={ports}
              fallback={<Loading className={styles.loading} />}
            />
          ) : (
            <Loading className={styles.loading} />
          )}
        </div>
      </FluentProvider>
    </I18nextProvider>
  );
}

function Loading({ className }: { className: string }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={null}>
      <Spinner className={className} label={t('app.loading')} labelPosition="below" />
    </Suspense>
  );
}
