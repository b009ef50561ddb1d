import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { SurfaceLayoutProps } from './SurfaceLayout.types';
import { useSurfaceLayoutStyles } from './useSurfaceLayoutStyles.styles';

/** The frame of a surface: a heading, an optional notice and a column of content. */
export function SurfaceLayout({ title, subtitle, notice, children }: SurfaceLayoutProps) {
  const styles = useSurfaceLayoutStyles();
  return (
    <main className={styles.main}>
      <header className={styles.header}>
        <Text as="h1" size={800} weight="semibold" className={styles.title}>
          {title}
        </Text>
        {subtitle ? (
          <Text as="p" size={400} className={styles.subtitle}>
            {subtitle}
          </Text>
        ) : null}
      </header>
      {notice ? (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {children}
    </main>
  );
}
