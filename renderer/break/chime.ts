/**
 * A soft two-note chime made on the fly, so the window ships no audio files. Quiet and short on purpose: it only
 * has to tell someone looking away from the screen that the step changed.
 */

let context: AudioContext | null = null;

/**
 * Browsers only let audio start after a user gesture, so the context is created on the Start tap and reused,
 * rather than on page load where it would stay suspended.
 */
export function prepareChime(): void {
  if (context === null && typeof AudioContext === 'function') context = new AudioContext();
  void context?.resume().catch(() => {});
}

export function playChime(): void {
  if (context === null) return;
  const start = context.currentTime + 0.01;
  const notes = [
    { frequency: 659.25, at: 0 },
    { frequency: 880, at: 0.14 },
  ];
  for (const note of notes) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = note.frequency;
    // A quick rise and a long exponential fall sound like a soft bell instead of a beep, and avoid clicks.
    gain.gain.setValueAtTime(0.0001, start + note.at);
    gain.gain.exponentialRampToValueAtTime(0.12, start + note.at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + 0.6);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + note.at);
    oscillator.stop(start + note.at + 0.65);
  }
}
