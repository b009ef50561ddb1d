import { Button, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bookCheckIn, checkInWindow, type CheckInBooking } from '../../../application/followUp/checkIn';
import type { ConversationFollowUp } from '../../../application/followUp/followUp';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import { useLocalized } from '../../i18n/useLocalized';
import { FailureBar } from '../FailureBar';
import { useFollowUpStyles } from './useFollowUpStyles.styles';

type State =
  | { readonly status: 'idle' | 'busy' }
  | { readonly status: 'done'; readonly booking: CheckInBooking }
  | { readonly status: 'failed'; readonly failure: MusFailure };

/**
 * The mid-year check-in ("MUS-opfølgning") suggested under the open goals: booked as a Teams meeting through
 * the round booking, labelled as follow-up, with the open goals as its agenda.
 */
export function CheckIn({ ports, row }: { readonly ports: MusPorts; readonly row: ConversationFollowUp }) {
  const { t } = useTranslation();
  const { date, slot } = useLocalized();
  const styles = useFollowUpStyles();
  const [roundId] = useState(() => crypto.randomUUID());
  const [state, setState] = useState<State>({ status: 'idle' });
  const window = checkInWindow(row.record, new Date());
  const book = () => {
    setState({ status: 'busy' });
    const texts = { title: t('checkIn.title'), topic: (goal: string) => t('checkIn.topic', { goal }) };
    void bookCheckIn(ports, { roundId, record: row.record, goals: row.goals, today: new Date(), texts }).then(
      (r) => setState(r.ok ? { status: 'done', booking: r.value } : { status: 'failed', failure: r.failure }),
    );
  };
  const booking = state.status === 'done' ? state.booking : undefined;
  return (
    <section className={styles.form} aria-label={t('checkIn.title')}>
      <Text as="h3" weight="semibold" className={styles.heading}>
        {t('checkIn.title')}
      </Text>
      {booking?.kind === 'booked' ? (
        <Text role="status">{t('checkIn.booked', { slot: slot(booking) })}</Text>
      ) : (
        <>
          <Text>
            {t('checkIn.suggest', {
              count: row.goals.length,
              from: date(`${window.from}T12:00:00Z`),
              to: date(`${window.to}T12:00:00Z`),
            })}
          </Text>
          {booking ? <Text role="status">{t(`checkIn.${booking.kind}`)}</Text> : null}
          {state.status === 'busy' ? <Spinner size="tiny" label={t('checkIn.booking')} /> : null}
          <Button className={styles.action} disabled={state.status === 'busy'} onClick={book}>
            {t('checkIn.book')}
          </Button>
        </>
      )}
      {state.status === 'failed' ? <FailureBar failure={state.failure} /> : null}
    </section>
  );
}
