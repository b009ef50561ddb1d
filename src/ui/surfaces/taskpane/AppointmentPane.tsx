import {
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { FailureBar } from '../../components/FailureBar';
import { InfoCard } from '../../components/InfoCard';
import { RoundTopics } from '../../components/RoundForm/RoundTopics';
import { useAppointmentPane, type AppointmentPaneProps } from './useAppointmentPane';

/**
 * Booking one MUS conversation in the appointment the leader organises: the employee (invited ones first),
 * the topics as in the planner, then "Skriv dagsorden i mødet"; or open the whole round planner in Teams.
 */
export function AppointmentPane(props: AppointmentPaneProps) {
  const { t, i18n } = useTranslation();
  const pane = useAppointmentPane(props);
  const { concept, choices, choice, draft, result } = pane;
  if (choices.length === 0) return <Text as="p">{t('appointment.noReports')}</Text>;
  if (!concept || !draft || !choice) return <Spinner size="small" label={t('app.loading')} />;
  const name = choice.person.displayName;
  const time = (iso: string | undefined) =>
    iso ? new Date(iso).toLocaleString(i18n.language, { dateStyle: 'full', timeStyle: 'short' }) : '';
  return (
    <>
      <InfoCard title={t('appointment.employeeTitle')}>
        <RadioGroup
          aria-label={t('appointment.employeeTitle')}
          value={choice.person.id}
          onChange={(_, d) => pane.choose(d.value)}
        >
          {choices.map((c) => (
            <Radio
              key={c.person.id}
              value={c.person.id}
              disabled={result.status === 'done'}
              label={
                <>
                  {c.person.displayName}{' '}
                  <Badge appearance="tint" color={c.invited ? 'success' : 'informative'}>
                    {t(c.invited ? 'appointment.invited' : 'appointment.notInvited')}
                  </Badge>
                </>
              }
            />
          ))}
        </RadioGroup>
      </InfoCard>
      <RoundTopics concept={concept} draft={draft} agenda={pane.agenda} error={undefined} form={pane.form} />
      {result.status === 'done' ? (
        <MessageBar intent={result.booked.linked ? 'success' : 'info'} layout="multiline">
          <MessageBarBody>
            {result.booked.linked
              ? t('appointment.linked', { name, time: time(result.booked.conversation.value.slot?.start) })
              : t('appointment.written', { name })}
          </MessageBarBody>
          {result.booked.linked ? null : (
            <MessageBarActions>
              <Button onClick={pane.checkAgain}>{t('appointment.checkAgain')}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ) : (
        <Button appearance="primary" disabled={result.status === 'busy'} onClick={pane.write}>
          {result.status === 'busy' ? t('appointment.writing') : t('appointment.write')}
        </Button>
      )}
      {result.status === 'failed' && result.failure ? (
        <FailureBar failure={result.failure} onRetry={pane.write} />
      ) : null}
      {result.status === 'failed' && result.step ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('appointment.outlookFailed', { step: result.step })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <InfoCard title={t('appointment.openPlanner')}>
        <Text as="p">{t('appointment.plannerIntro')}</Text>
        <Button onClick={pane.openPlanner}>{t('appointment.openPlanner')}</Button>
      </InfoCard>
    </>
  );
}
