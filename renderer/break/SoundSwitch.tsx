export interface SoundSwitchProps {
  on: boolean;
  onChange: (on: boolean) => void;
}

export function SoundSwitch({ on, onChange }: SoundSwitchProps) {
  return (
    <label className="sound-switch">
      <input type="checkbox" role="switch" checked={on} onChange={(event) => onChange(event.target.checked)} />
      <span>Sound</span>
    </label>
  );
}
