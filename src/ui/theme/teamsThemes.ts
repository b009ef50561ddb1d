import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';

/** The three Teams themes: loaded by `hostTheme.ts` in a chunk of their own, after the page's first scripts. */
export const teamsThemes = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
} as const;
