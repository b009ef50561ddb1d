import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/useLocalized';
import type { FieldState } from './MeetingForm.types';

const EMPTY: FieldState = { text: '', etag: undefined, status: 'saved' };

interface NoteFieldProps {
  /** The field's accessible name (a shared note: its topic's title). */
  readonly label: string;
  readonly hint: string;
  readonly field: FieldState | undefined;
  readonly onChange: (text: string) => void;
  readonly onKeepMine?: () => void;
  readonly onTakeTheirs?: () => void;
  readonly large?: boolean;
  /** A group conversation's note: anyone in the group may have written meanwhile. */
  readonly group?: boolean;
}

/** A note: a labelled text area, how far it is saved, and a conflict with the other party's text to resolve. */
export function NoteField({
  label,
  hint,
  field = EMPTY,
  onChange,
  onKeepMine,
  onTakeTheirs,
  large,
  group,
}: NoteFieldProps) {
  const { t } = useTranslation();
  const { time } = useLocalized();
  const status =
    field.status === 'saving'
      ? t('meetingForm.saving')
      : field.status === 'failed'
        ? t('meetingForm.saveFailed')
        : field.status === 'unsaved'
          ? t('meetingForm.unsaved')
          : field.savedAt
            ? t('meetingForm.saved', { time: time(field.savedAt) })
            : '';
  return (
    <>
      <Field
        label={label}
        hint={`${hint} ${status}`.trim()}
        validationState={field.status === 'failed' ? 'warning' : 'none'}
      >
        <Textarea
          value={field.text}
          resize="vertical"
          size={large ? 'large' : 'medium'}
          rows={large ? 6 : 4}
          onChange={(_, data) => onChange(data.value)}
        />
      </Field>
      {field.conflict && onKeepMine && onTakeTheirs ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t(group ? 'meetingForm.conflictTitleGroup' : 'meetingForm.conflictTitle')}
            </MessageBarTitle>
            {t('meetingForm.conflictBody')} <q>{field.conflict.text}</q>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onKeepMine}>{t('meetingForm.keepMine')}</Button>
            <Button onClick={onTakeTheirs}>{t('meetingForm.takeTheirs')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </>
  );
}
