import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadHrFile, HR_FILES, type HrFile } from '../../../application/hr/hrOverview';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';
import { FailureBar } from '../FailureBar';
import { useHrStyles } from './useHrStyles.styles';

/** Hands the browser a file to save under `name`. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The exports (CSV, Excel) and the SU report (PDF) in the page's language, by the same rules as the screen. */
export function HrDownloads({ ports }: { ports: MusPorts }) {
  const { t, i18n } = useTranslation();
  const styles = useHrStyles();
  const [busy, setBusy] = useState<HrFile>();
  const [failure, setFailure] = useState<MusFailure>();
  const language = i18n.language.startsWith('en') ? 'en' : 'da';
  const download = (file: HrFile) => {
    setBusy(file);
    void downloadHrFile(ports, file, language).then((r) => {
      setBusy(undefined);
      setFailure(r.ok ? undefined : r.failure);
      if (r.ok) save(r.value, t(`hr.file_${file}`));
    });
  };
  return (
    <>
      <div className={styles.actions}>
        {HR_FILES.map((file) => (
          <Button key={file} disabled={busy !== undefined} onClick={() => download(file)}>
            {t(`hr.download_${file}`)}
          </Button>
        ))}
      </div>
      {failure ? <FailureBar failure={failure} onRetry={() => setFailure(undefined)} /> : null}
    </>
  );
}
