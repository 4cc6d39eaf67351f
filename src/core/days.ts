// Whole UTC days since the epoch, for date arithmetic on ISO dates (YYYY-MM-DD) without time zones.
export function parseDay(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

export function dayToIso(day: number): string {
  return new Date(Math.round(day) * 86_400_000).toISOString().slice(0, 10);
}
