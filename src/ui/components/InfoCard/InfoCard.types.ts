import type { ReactNode } from 'react';

/** Props of a titled card: a region named by its heading. */
export interface InfoCardProps {
  /** The card heading (an h2); it also names the region for assistive technology. */
  readonly title: string;
  /** The card's content. */
  readonly children?: ReactNode;
}
