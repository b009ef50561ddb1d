import type { ReactNode } from 'react';

/** Props of the page frame every surface uses. */
export interface SurfaceLayoutProps {
  /** The page heading (the only h1). */
  readonly title: string;
  /** A line under the heading. */
  readonly subtitle?: string;
  /** A short notice above the content, e.g. "opened outside Teams". */
  readonly notice?: string;
  /** The page content, usually cards. */
  readonly children?: ReactNode;
}
