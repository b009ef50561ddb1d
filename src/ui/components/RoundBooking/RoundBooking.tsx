import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { BookingProgress } from '../../../application/rounds/bookRound';
import { FailureBar } from '../FailureBar';
import { useLocalized } from '../../i18n/useLocalized';
import type { RoundBookingProps } from './RoundBooking.types';
import { useRoundBooking } from './useRoundBooking';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** "Book": the proposal booked as Teams meetings, a progress bar "n af N booket", failures with a retry. */
export function RoundBooking(props: RoundBookingProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { state, book } = useRoundBooking(props);
  const progress = state.status === 'following' ? state.progress : undefined;
  const running = state.status === 'starting' || (state.status === 'following' && !progress?.finished);
  return (
    <div className={styles.column}>
      <Text as="p">{t('booking.intro')}</Text>
      {state.status === 'idle' || state.status === 'failed' ? (
        <Button appearance="primary" onClick={book} disabled={props.count === 0}>
          {t('booking.book', { count: props.count })}
        </Button>
      ) : null}
      {state.status === 'failed' ? <FailureBar failure={state.failure} onRetry={book} /> : null}
      {running ? (
        <Field
          label={
            progress
              ? t('booking.progress', { done: progress.done, total: progress.total })
              : t('booking.starting')
          }
        >
          <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} />
        </Field>
      ) : null}
      {progress?.finished ? <Finished progress={progress} onRetry={book} /> : null}
    </div>
  );
}

function Finished({ progress, onRetry }: { progress: BookingProgress; onRetry: () => void }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useStyles();
  if (progress.failures.length === 0)
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t('booking.done', { done: progress.done, total: progress.total })}</MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {t('booking.failedTitle', { done: progress.done, total: progress.total })}
        </MessageBarTitle>
        <ul className={styles.list} aria-label={t('booking.failedList')}>
          {progress.failures.map((f) => (
            <li key={f.employeeName}>{`${f.employeeName}: ${text(f.messages)}`}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t('failure.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
