import { Spinner } from '@fluentui/react-components';
import type { LoadState } from '../../app/useLoaded';
import { FailureBar } from './FailureBar';

/** A view's data before it is there: loading, or failed with why. */
export type NotReadyState = LoadState<never>;

/** Whether the view's data is loading or failed (what {@link NotReady} shows). */
export const notReady = (state: { readonly status: string }): state is NotReadyState =>
  state.status === 'loading' || state.status === 'failed';

/** Props of {@link NotReady}. */
export interface NotReadyProps {
  readonly state: NotReadyState;
  /** The spinner's label while loading. */
  readonly label: string;
  readonly retry: () => void;
  readonly className?: string;
}

/** The spinner while a view's data loads; why it failed, with "Prøv igen". */
export function NotReady({ state, label, retry, className }: NotReadyProps) {
  if (state.status === 'loading') return <Spinner className={className} size="small" label={label} />;
  return <FailureBar failure={state.failure} onRetry={retry} />;
}
