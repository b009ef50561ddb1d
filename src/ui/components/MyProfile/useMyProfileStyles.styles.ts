import { makeStyles, tokens } from '@fluentui/react-components';
import { layout } from '../layout';

/** Token-only styles of the MUS profile section. */
export const useMyProfileStyles = makeStyles({
  section: layout.column(tokens.spacingVerticalL),
  field: layout.column(tokens.spacingVerticalXS),
  label: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  reports: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(240px, 100%), 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  loading: { alignSelf: 'flex-start' },
});
