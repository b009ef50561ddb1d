import { Card, Text } from '@fluentui/react-components';
import type { InfoCardProps } from './InfoCard.types';
import { useInfoCard } from './useInfoCard';
import { useInfoCardStyles } from './useInfoCardStyles.styles';

/** A Fluent Card with a heading; a named region so it can be found by role. */
export function InfoCard({ title, children }: InfoCardProps) {
  const { headingId } = useInfoCard();
  const styles = useInfoCardStyles();
  return (
    <Card role="region" aria-labelledby={headingId} className={styles.card}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      <div className={styles.body}>{children}</div>
    </Card>
  );
}
