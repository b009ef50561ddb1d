import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupTexts } from '../../i18n/groupTexts';
import { useTexts } from '../../i18n/textBundle';
import { GroupForm } from '../GroupForm';
import { GroupList, type GroupListProps } from '../GroupList';
import { InfoCard } from '../InfoCard';

/** The planner's group card takes what its list takes. */
export type GroupPlannerProps = GroupListProps;

/** The round's group conversations (GRUS) in the planner: the groups and their requests, and "Ny GRUS". */
export function GroupPlanner({ ports, roundId, reports, onChanged }: GroupPlannerProps) {
  useTexts(groupTexts);
  const { t } = useTranslation();
  const [created, setCreated] = useState(0);
  return (
    <InfoCard title={t('group.title')}>
      <Text as="p">{t('group.intro')}</Text>
      <GroupList key={created} {...{ ports, roundId, reports }} {...(onChanged ? { onChanged } : {})} />
      <Text as="h3" size={400} weight="semibold">
        {t('group.newTitle')}
      </Text>
      <GroupForm
        ports={ports}
        roundId={roundId}
        reports={reports}
        onCreated={() => {
          setCreated((n) => n + 1);
          onChanged?.();
        }}
      />
    </InfoCard>
  );
}
