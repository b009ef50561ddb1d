import { Button, MessageBar, MessageBarBody, Tab, TabList, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConceptTarget } from '../../../application/concepts/conceptAdmin';
import { isStale, type MusPorts } from '../../../application/mus/musCall';
import { useLocalized } from '../../i18n/useLocalized';
import { FailureBar, NotReady, notReady } from '../FailureBar';
import { ConceptEditor } from './ConceptEditor';
import { ConceptPreview } from './ConceptPreview';
import { useConceptDraft } from './useConceptDraft';
import { useConceptStyles } from './useConceptStyles.styles';

type View = 'edit' | 'leader' | 'employee';

/** A target's concept: in force, its draft (start, edit, preview as leader or employee), save and publish. */
export function ConceptDraftPanel({ ports, target }: { ports: MusPorts; target: ConceptTarget }) {
  const { t } = useTranslation();
  const { date } = useLocalized();
  const styles = useConceptStyles();
  const hook = useConceptDraft(ports, target);
  const [view, setView] = useState<View>('edit');
  const { state, draft, edit, published } = hook;
  if (notReady(state)) return <NotReady state={state} label={t('concept.loading')} retry={hook.retry} />;
  const inForce = state.value.inForce?.value;
  const basedOn = draft?.value.basedOn;
  return (
    <div className={styles.column}>
      {published ? (
        <MessageBar intent="success">
          <MessageBarBody>
            {t('concept.published', { version: published.value.version, year: published.value.year })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Text className={styles.note}>
        {inForce
          ? t('concept.inForce', { version: inForce.version, date: date(inForce.decidedAt) })
          : t('concept.noneInForce')}
      </Text>
      {!draft || !edit ? (
        <div className={styles.actions}>
          <Text>{t('concept.noDraft')}</Text>
          <Button appearance="primary" disabled={hook.busy} onClick={() => void hook.start('lastYear')}>
            {t('concept.copyLastYear')}
          </Button>
          <Button disabled={hook.busy} onClick={() => void hook.start('template')}>
            {t('concept.fromTemplate')}
          </Button>
          {inForce ? (
            <Button disabled={hook.busy} onClick={() => void hook.start('inForce')}>
              {t('concept.fromInForce')}
            </Button>
          ) : null}
        </div>
      ) : (
        <>
          <Text weight="semibold">
            {basedOn
              ? t('concept.draftOf', { year: basedOn.year, version: basedOn.version })
              : t('concept.draftNew')}
          </Text>
          <TabList
            className={styles.tabs}
            selectedValue={view}
            onTabSelect={(_, d) => setView(d.value as View)}
          >
            <Tab value="edit">{t('concept.edit')}</Tab>
            <Tab value="leader">{t('concept.previewLeader')}</Tab>
            <Tab value="employee">{t('concept.previewEmployee')}</Tab>
          </TabList>
          {view === 'edit' ? (
            <ConceptEditor target={target} edit={edit} error={hook.error} change={hook.change} />
          ) : (
            <ConceptPreview ports={ports} target={target} edit={edit} side={view} />
          )}
          {hook.error ? (
            <Text role="alert" className={styles.error}>
              {t(`concept.editError.${hook.error}`)}
            </Text>
          ) : null}
          <div className={styles.actions}>
            <Button disabled={hook.busy || !hook.dirty} onClick={() => void hook.save()}>
              {hook.busy ? t('concept.saving') : t('concept.save')}
            </Button>
            <Button appearance="primary" disabled={hook.busy} onClick={() => void hook.publish()}>
              {t('concept.publish')}
            </Button>
            <Text role="status" className={styles.note}>
              {hook.dirty ? t('concept.unsaved') : t('concept.saved')}
            </Text>
          </div>
        </>
      )}
      {hook.failure ? (
        <FailureBar failure={hook.failure} {...(isStale(hook.failure) ? { onRetry: hook.reload } : {})} />
      ) : null}
    </div>
  );
}
