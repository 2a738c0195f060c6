/**
 * The one rounding rule for lengths, shared by the tray, the notifications and every page: whole minutes, rounded
 * to the nearest, with hours above an hour. A routine of 123 s is "2 min" in the menu, in a notification and on
 * the break window's first screen alike. No imports, so any page may take it as a value.
 */
export function formatMinutes(seconds: number): string {
  const minutes = Math.max(0, Math.round(seconds / 60));
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
