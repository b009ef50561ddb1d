import type { Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { HostTheme } from '../../application/ports/HostPort';

type Themes = Readonly<Record<HostTheme, Theme>>;

/**
 * The Fluent theme for the host's theme (Teams light, dark or high contrast), once the three Teams themes are
 * here: they are a chunk of their own (`teamsThemes.ts`, fetched as the page starts, beside the host's
 * handshake), not part of the JavaScript every page loads first. Undefined until then.
 */
export function useFluentTheme(theme: HostTheme): Theme | undefined {
  const [themes, setThemes] = useState<Themes | undefined>(undefined);
  useEffect(() => {
    let active = true;
    void import(/* webpackChunkName: "teamsThemes" */ './teamsThemes').then((m) => {
      if (active) setThemes(m.teamsThemes);
    });
    return () => {
      active = false;
    };
  }, []);
  return themes?.[theme];
}
