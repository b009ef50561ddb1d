import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { askForIndividual } from '../../../application/group/groups';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import { FailureBar } from '../FailureBar';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  button: { alignSelf: 'flex-start' },
});

/** "Ønsk en individuel MUS i stedet": only the leader learns of it; the member finds it under Mine MUS. */
export function AskIndividual({
  ports,
  groupId,
  onAsked,
}: {
  ports: MusPorts;
  groupId: string;
  onAsked?: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [state, setState] = useState<'idle' | 'asking' | 'asked'>('idle');
  const [failure, setFailure] = useState<MusFailure>();
  const ask = async () => {
    setState('asking');
    const asked = await askForIndividual(ports, groupId);
    setState(asked.ok ? 'asked' : 'idle');
    setFailure(asked.ok ? undefined : asked.failure);
    if (asked.ok) onAsked?.();
  };
  return (
    <div className={styles.column}>
      {state === 'asked' ? (
        <MessageBar intent="success" role="status" layout="multiline">
          <MessageBarBody>{t('group.asked')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Button className={styles.button} disabled={state === 'asking'} onClick={() => void ask()}>
            {t('group.askIndividual')}
          </Button>
          <Text size={200}>{t('group.askIndividualHint')}</Text>
        </>
      )}
      {failure ? <FailureBar failure={failure} /> : null}
    </div>
  );
}
