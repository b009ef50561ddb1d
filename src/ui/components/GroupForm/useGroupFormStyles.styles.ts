import { makeStyles, tokens } from '@fluentui/react-components';

/** The new group form's layout: one column, the members under each other. */
export const useGroupFormStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '36rem' },
  members: { display: 'flex', flexDirection: 'column', border: 'none', margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  submit: { alignSelf: 'flex-start' },
});
