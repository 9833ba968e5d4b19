// The web page's way in: drop a workbook, or choose one with the keyboard.

import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowUploadRegular, DocumentRegular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';
import type { Strings } from '../../i18n';
import { Section } from './Section';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalXL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: 'center',
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  icon: { fontSize: '32px', color: tokens.colorBrandForeground1 },
  file: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  input: { display: 'none' },
});

export interface DropZoneProps {
  readonly t: Strings;
  readonly fileLabel?: string;
  readonly error?: string;
  readonly onFile: (file: File) => void;
}

export function DropZone({ t, fileLabel, error, onFile }: DropZoneProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <Section id="arbejdsbog" title={t.dropHeading}>
      <div
        className={mergeClasses(styles.zone, over && styles.over)}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <ArrowUploadRegular aria-hidden className={styles.icon} />
        <Text weight="semibold">{t.dropZone}</Text>
        <Caption1>{t.dropOr}</Caption1>
        <Button appearance="primary" onClick={() => input.current?.click()}>
          {t.chooseFile}
        </Button>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          aria-label={t.chooseFile}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
      </div>
      {fileLabel && (
        <div className={styles.file}>
          <DocumentRegular aria-hidden />
          <Text>{fileLabel}</Text>
        </div>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
