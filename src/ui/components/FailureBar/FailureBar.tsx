import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MusFailure } from '../../../application/mus/musCall';
import { useLocalized } from '../../i18n/useLocalized';

/** Props of the message shown when a step of a MUS journey did not happen. */
export interface FailureBarProps {
  readonly failure: MusFailure;
  /** Offer "Prøv igen" with this action. */
  readonly onRetry?: () => void;
}

/**
 * Why something did not happen: the service's own Danish or English message when it refused, else what the
 * failure means to the user; with "Prøv igen" when there is something to retry.
 */
export function FailureBar({ failure, onRetry }: FailureBarProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const message =
    failure.problem?.code === 'stale_record'
      ? t('failure.stale')
      : failure.problem
        ? text(failure.problem.messages)
        : t(`failure.${failure.reason}`);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('failure.title')}</MessageBarTitle>
        {message}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('failure.retry')}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
