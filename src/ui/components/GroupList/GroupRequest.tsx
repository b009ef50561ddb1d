import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bookingFinished, bookRequest, bookRequestAt } from '../../../application/group/groups';
import type { MusFailure, MusPorts, Outcome } from '../../../application/mus/musCall';
import type { Person, VersionedConversation } from '../../../application/ports/MusApiPort';
import { useLocalized } from '../../i18n/useLocalized';
import { FailureBar } from '../FailureBar';
import { RequestProposal } from './RequestProposal';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalS,
  },
});

/** How long the individual MUS lasts when the leader books it from a request. */
const MINUTES = 60;

export interface GroupRequestProps {
  readonly ports: MusPorts;
  readonly request: VersionedConversation;
  readonly name: string;
  readonly people: readonly Person[];
  readonly onBooked: () => void;
}

/**
 * One member's request for an individual MUS: booked (when), or a free time for both proposed and booked in
 * one click ("Book forslaget"), or another time and "Book individuel MUS".
 */
export function GroupRequest({ ports, request, name, people, onBooked }: GroupRequestProps) {
  const { t } = useTranslation();
  const { slot } = useLocalized();
  const styles = useStyles();
  const [start, setStart] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MusFailure>();
  const booked = request.value.slot;
  const book = async (started: Promise<Outcome<string>>) => {
    setBusy(true);
    const job = await started;
    const done = job.ok ? await bookingFinished(ports, job.value, people) : job;
    setBusy(false);
    if (!done.ok) return setFailure(done.failure);
    onBooked();
  };
  return (
    <li aria-label={t('group.requestOf', { name })}>
      <Text as="p" block>
        {t('group.requestOf', { name })}
      </Text>
      {booked ? (
        <Text as="p" block>
          {t('group.requestBooked', { when: slot(booked) })}
        </Text>
      ) : (
        <>
          <RequestProposal
            ports={ports}
            request={request}
            busy={busy}
            onBook={(time) => void book(bookRequestAt(ports, request, time))}
          />
          <div className={styles.row}>
            <Field label={t('group.otherTime')}>
              <Input type="datetime-local" value={start} onChange={(_, d) => setStart(d.value)} />
            </Field>
            <Button
              disabled={busy || start === ''}
              onClick={() => void book(bookRequest(ports, request, start, MINUTES))}
            >
              {t('group.bookRequest')}
            </Button>
          </div>
        </>
      )}
      {failure ? <FailureBar failure={failure} /> : null}
    </li>
  );
}
