// Placeholder until the calendar branch lands: 24x7 only.
export enum Weekday { MONDAY = 'MONDAY', TUESDAY = 'TUESDAY', WEDNESDAY = 'WEDNESDAY', THURSDAY = 'THURSDAY', FRIDAY = 'FRIDAY', SATURDAY = 'SATURDAY', SUNDAY = 'SUNDAY' }
export interface BusinessHoursInterval { day: Weekday; start: string; end: string }
export interface BusinessHoursSpec { timezone: string; intervals: BusinessHoursInterval[]; holidays: string[] }
export function validateBusinessHours(input: { timezone: string; intervals: readonly BusinessHoursInterval[]; holidays?: readonly string[] | null }, _field = 'businessHours'): BusinessHoursSpec {
  return { timezone: input.timezone, intervals: [...input.intervals], holidays: [...(input.holidays ?? [])] };
}
export class BusinessCalendar {
  static of(_spec: BusinessHoursSpec | null): BusinessCalendar { return new BusinessCalendar(); }
  addBusinessTime(from: Date, ms: number): Date { return new Date(from.getTime() + ms); }
  businessTimeBetween(from: Date, to: Date): number { return Math.max(0, to.getTime() - from.getTime()); }
}
