import { useEffect, useMemo, useState } from 'react';
import type { i18n } from 'i18next';
import type { HostTheme } from '../../application/ports/HostPort';
import { DEFAULT_LANGUAGE } from '../../application/surface/language';
import {
  openSurface,
  type SurfaceName,
  type SurfacePorts,
  type SurfaceView,
} from '../../application/surface/surfaceView';
import { createI18n } from '../i18n/i18n';

/** What a surface page knows at a moment: still connecting, or ready with a view. */
export interface SurfaceHookState {
  /** The view to render, once the host has answered. */
  readonly view: SurfaceView | undefined;
  /** The current host theme (follows changes in the host). */
  readonly theme: HostTheme;
  /** The i18next instance in the chosen language. */
  readonly i18n: i18n;
}

/** Open the surface through the use case, then follow the host's theme. */
export function useSurface(surface: SurfaceName, ports: SurfacePorts): SurfaceHookState {
  const [view, setView] = useState<SurfaceView | undefined>(undefined);
  const [theme, setTheme] = useState<HostTheme>('default');
  const [language, setLanguage] = useState(DEFAULT_LANGUAGE);
  const i18n = useMemo(() => createI18n(language), [language]);

  useEffect(() => {
    let active = true;
    let stopFollowing = (): void => undefined;
    void openSurface(surface, ports).then((state) => {
      if (!active) return;
      setLanguage(state.language);
      setTheme(state.theme);
      setView(state.view);
      stopFollowing = ports.host.onThemeChange((next) => {
        if (active) setTheme(next);
      });
    });
    return () => {
      active = false;
      stopFollowing();
    };
  }, [surface, ports]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return { view, theme, i18n };
}
