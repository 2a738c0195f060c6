import { useTranslation } from 'react-i18next';

export interface SoundSwitchProps {
  on: boolean;
  onChange: (on: boolean) => void;
}

export function SoundSwitch({ on, onChange }: SoundSwitchProps) {
  const { t } = useTranslation();
  return (
    <label className="sound-switch">
      <input type="checkbox" role="switch" checked={on} onChange={(event) => onChange(event.target.checked)} />
      <span>{t('break.sound')}</span>
    </label>
  );
}
