import { Field, Select } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conceptUnits,
  TEMPLATES,
  templateName,
  type ConceptTarget,
  type ConceptTemplateKey,
} from '../../../application/concepts/conceptAdmin';
import type { MusPorts } from '../../../application/mus/musCall';
import { useOutcome } from '../../app/useOutcome';
import { useLocalized } from '../../i18n/useLocalized';
import { useConceptStyles } from './useConceptStyles.styles';

const ORGANISATION = 'organisation';

/**
 * Year (this and the next two), scope (the organisation or a leader's unit: every leader in the directory, by
 * unit) and template of the concept.
 */
export function ConceptTargetPicker(props: {
  ports: MusPorts;
  target: ConceptTarget;
  onChange: (target: ConceptTarget) => void;
}) {
  const { ports, target, onChange } = props;
  const { t } = useTranslation();
  const { text } = useLocalized();
  const styles = useConceptStyles();
  const { state } = useOutcome(useCallback(() => conceptUnits(ports), [ports]));
  const units = state.status === 'ready' ? state.value : [];
  const thisYear = new Date().getFullYear();
  return (
    <div className={styles.row}>
      <Field label={t('concept.year')}>
        <Select
          value={String(target.year)}
          onChange={(_, d) => onChange({ ...target, year: Number(d.value) })}
        >
          {[thisYear, thisYear + 1, thisYear + 2].map((y) => (
            <option key={y}>{y}</option>
          ))}
        </Select>
      </Field>
      <Field className={styles.select} label={t('concept.scope')}>
        <Select
          className={styles.control}
          select={{ className: styles.control }}
          value={target.scope.id}
          onChange={(_, d) =>
            onChange({
              ...target,
              scope: { level: d.value === ORGANISATION ? 'organisation' : 'unit', id: d.value },
            })
          }
        >
          <option value={ORGANISATION}>{t('concept.organisation')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.unit
                ? t('concept.unitOf', { unit: u.unit, name: u.name })
                : t('concept.unit', { name: u.name })}
            </option>
          ))}
        </Select>
      </Field>
      <Field className={styles.select} label={t('concept.template')}>
        <Select
          className={styles.control}
          select={{ className: styles.control }}
          value={target.template}
          onChange={(_, d) => onChange({ ...target, template: d.value as ConceptTemplateKey })}
        >
          {TEMPLATES.map((k) => (
            <option key={k} value={k}>
              {text(templateName(k))}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
