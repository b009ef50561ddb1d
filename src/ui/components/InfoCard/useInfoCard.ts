import { useId } from '@fluentui/react-components';

/** State of an InfoCard: the id that ties the region to its heading. */
export function useInfoCard(): { headingId: string } {
  return { headingId: useId('info-card-heading-') };
}
