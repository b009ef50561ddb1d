import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conceptKey, type ConceptTarget } from '../../../application/concepts/conceptAdmin';
import type { MusPorts } from '../../../application/mus/musCall';
import { conceptTexts } from '../../i18n/conceptTexts';
import { useTexts } from '../../i18n/textBundle';
import { InfoCard } from '../InfoCard';
import { ConceptDraftPanel } from './ConceptDraftPanel';
import { ConceptTargetPicker } from './ConceptTargetPicker';

/**
 * HR's "Koncept" in the personal tab: the concept of a year, scope and template as a draft that leaders and
 * employees do not see; started from last year's concept or the template, edited, previewed as leader and
 * as employee, and published as the concept in force.
 */
export function ConceptAdmin({ ports }: { ports: MusPorts }) {
  useTexts(conceptTexts);
  const { t } = useTranslation();
  const [target, setTarget] = useState<ConceptTarget>(() => ({
    template: 'flexible',
    year: new Date().getFullYear(),
    scope: { level: 'organisation', id: 'organisation' },
  }));
  return (
    <InfoCard title={t('concept.title')}>
      <Text as="p">{t('concept.intro')}</Text>
      <ConceptTargetPicker ports={ports} target={target} onChange={setTarget} />
      <ConceptDraftPanel key={conceptKey(target)} ports={ports} target={target} />
    </InfoCard>
  );
}
