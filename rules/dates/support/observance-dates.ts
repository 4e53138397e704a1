/**
 * When religious observances fall, computed with the platform's own calendars (issue 10): Ramadan,
 * Yom Kippur and Lunar New Year move every year, so no table of years is kept. Five ways to say a
 * day, each a data rule in rules/dates/observances.json:
 *
 * - `calendar`: a day of the Islamic (Umm al-Qura), Hebrew or Chinese calendar, read through
 *   `Intl.DateTimeFormat` (ICU; Node 22 and Chromium have all three);
 * - `easter`: a day counted from Easter, by the Gregorian computus (Western churches) or the Julian
 *   one (Orthodox churches);
 * - `solarTerm`: the day, in China Standard Time, on which the sun reaches an ecliptic longitude
 *   (Qingming at 15°), from the sun's position (Meeus, low accuracy);
 * - `lunar`: the new or full moon of the Hindu lunar month (new moon to new moon, "amanta") in which
 *   the sun enters a sidereal sign (Diwali is the new moon that ends the month of the sun's entry
 *   into Libra), from the moon's phases (Meeus) and the sun's position. Within a day: see
 *   `LunarRule`;
 * - `gregorian`: a day of the civil year (the Day of the Dead, 1–2 November).
 *
 * ICU's Chinese calendar dates a new moon that falls within minutes of midnight in China on the
 * wrong side of it (it puts Lunar New Year 2027 on 7 February and 2030 on 2 February; the Purple
 * Mountain Observatory's calendar has the 6th and the 3rd): a Chinese month's first day is taken
 * from the new moon computed here, accurate to about a minute, and ICU only names the month.
 *
 * Days are civil dates counted from 1970-01-01 (`DayNumber`); the rule compares them with the
 * publish time's local date. Occurrences are computed once per rule and year and cached.
 */
import { z } from "zod";
import { dayInYear, isDayOfYear } from "../../../lib/engine/time.ts";

/** A civil date as days since 1970-01-01. */
export type DayNumber = number;

const DAY_MS = 86_400_000;

export const dayNumber = (year: number, month: number, day: number): DayNumber => Math.round(Date.UTC(year, month - 1, day) / DAY_MS);

export function dateOf(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `YYYY-MM-DD` of a day number. */
export const isoDay = (day: DayNumber): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

// ---- the rules ----------------------------------------------------------------------------------

/** ICU's English names of the Hebrew months (`Intl.DateTimeFormat("en-u-ca-hebrew")`). */
export const HEBREW_MONTHS = ["Tishri", "Heshvan", "Kislev", "Tevet", "Shevat", "Adar I", "Adar", "Adar II", "Nisan", "Iyar", "Sivan", "Tamuz", "Av", "Elul"] as const;

/** How many days an observance lasts: a number, or `month` for the whole calendar month (Ramadan). */
const Length = z.union([z.number().int().min(1).max(60), z.literal("month")]).optional();

/** A day of an Intl calendar, lasting `days`. */
const calendarRule = <C extends string, M extends z.ZodType>(calendar: C, month: M) =>
  z.strictObject({ calendar: z.literal(calendar), month, day: z.number().int().min(1).max(29), days: Length });
const IslamicRule = calendarRule("islamic-umalqura", z.number().int().min(1).max(12));
const HebrewRule = calendarRule("hebrew", z.enum(HEBREW_MONTHS));
/** A month of the Chinese year, never a leap month. */
const ChineseRule = calendarRule("chinese", z.number().int().min(1).max(12));
const EasterRule = z.strictObject({
  easter: z.enum(["western", "orthodox"]),
  /** Days from Easter Sunday: -2 is Good Friday, -46 Ash Wednesday. */
  offset: z.number().int().min(-70).max(70),
  days: z.number().int().min(1).max(60).optional(),
});
const SolarTermRule = z.strictObject({
  /** The sun's apparent ecliptic longitude in degrees, in China Standard Time (GB/T 33661-2017). */
  solarTerm: z.number().min(0).lt(360),
  days: z.number().int().min(1).max(60).optional(),
});
const LunarRule = z.strictObject({
  lunar: z.strictObject({
    /** The sidereal longitude of the sign whose entry the month holds: 180 is Libra (Tula). */
    sign: z.number().int().min(0).max(330).multipleOf(30),
    /** `new`: the new moon that ends the month (amavasya); `full`: its full moon (purnima). */
    phase: z.enum(["new", "full"]),
  }),
  /** Days from the phase's date in India (UTC+5:30): Diwali's evening is the day before the new moon. */
  offset: z.number().int().min(-3).max(3).optional(),
  /**
   * A phase at or after this hour in India moves the day one later: the festival is kept on the
   * evening (Diwali) or the morning after (Holi) of the lunar day that ends at the phase.
   */
  lateHour: z.number().min(0).max(24).optional(),
  days: z.number().int().min(1).max(60).optional(),
});

/** A day of the Gregorian year (`MM-DD`, or a weekday of a month such as `last-mon-05`): the Day of the Dead is 1–2 November. */
const GregorianRule = z.strictObject({
  gregorian: z.string().refine(isDayOfYear, "expected MM-DD or a weekday of a month such as last-mon-05"),
  days: z.number().int().min(1).max(60).optional(),
});

export const DateRuleSchema = z.union([IslamicRule, HebrewRule, ChineseRule, EasterRule, SolarTermRule, LunarRule, GregorianRule]);
export type DateRule = z.infer<typeof DateRuleSchema>;

/** One occurrence: its first day and how many days it lasts. */
export interface Occurrence {
  start: DayNumber;
  days: number;
}

// ---- the Intl calendars ---------------------------------------------------------------------------

type IntlCalendar = "islamic-umalqura" | "hebrew" | "chinese";

interface CalendarDate {
  /** The calendar's year (for the Chinese calendar, the Gregorian year its new year falls in). */
  year: string;
  /** As ICU writes it: "9" (Islamic), "Tishri" (Hebrew), "1" or "6bis" (Chinese, a leap month). */
  month: string;
  day: number;
}

const formats = new Map<IntlCalendar, Intl.DateTimeFormat>();
const calendarDays = new Map<IntlCalendar, Map<DayNumber, CalendarDate>>();

/** The date of a civil day in a calendar. The Chinese calendar costs ~40 µs a day: cached. */
export function calendarDate(calendar: IntlCalendar, day: DayNumber): CalendarDate {
  let cache = calendarDays.get(calendar);
  if (!cache) calendarDays.set(calendar, (cache = new Map()));
  const hit = cache.get(day);
  if (hit) return hit;
  let format = formats.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}`, { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
    formats.set(calendar, format);
  }
  const parts: Partial<Record<string, string>> = {};
  // Noon UTC: the civil day itself, whatever the calendar does near midnight.
  for (const p of format.formatToParts(new Date(day * DAY_MS + DAY_MS / 2))) parts[p.type] = p.value;
  const date = { year: parts["relatedYear"] ?? parts["year"] ?? "", month: parts["month"] ?? "", day: Number(parts["day"]) };
  if (cache.size > 4000) cache.clear();
  cache.set(day, date);
  return date;
}

/**
 * Where `month`/`day` of a calendar falls in `year`. Every calendar month lasts at least 29 days,
 * so a sample every 25 days sees each month; a month seen is then a subtraction away from its day.
 * A lunar year is shorter than a solar one: an Islamic month can fall twice in one year (Ramadan in
 * January and December 2030).
 */
function calendarOccurrences(rule: z.infer<typeof IslamicRule | typeof HebrewRule | typeof ChineseRule>, year: number): Occurrence[] {
  const month = String(rule.month);
  const first = dayNumber(year, 1, 1);
  const last = dayNumber(year, 12, 31);
  const out: Occurrence[] = [];
  const seen = new Set<string>();
  for (let sample = first - 30; sample <= last + 30; sample += 25) {
    const at = calendarDate(rule.calendar, sample);
    if (at.month !== month || seen.has(at.year)) continue;
    seen.add(at.year);
    const [monthStart, length] = monthOf(rule.calendar, sample - at.day + 1);
    const start = monthStart + rule.day - 1;
    if (start < first || start > last) continue;
    out.push({ start, days: rule.days === "month" ? length : (rule.days ?? 1) });
  }
  return out;
}

/**
 * The first day and the length (29 or 30) of the month ICU begins on `icuFirst`; a Chinese month's
 * from its new moon (see the top of this file).
 */
function monthOf(calendar: IntlCalendar, icuFirst: DayNumber): [DayNumber, number] {
  if (calendar !== "chinese") return [icuFirst, calendarDate(calendar, icuFirst + 29).day === 30 ? 30 : 29];
  let k = Math.round((icuFirst - LUNATION_0) / SYNODIC);
  const gap = (n: number) => Math.abs(chinaDay(moonPhase(n)) - icuFirst);
  while (gap(k - 1) < gap(k)) k--;
  while (gap(k + 1) < gap(k)) k++;
  const start = chinaDay(moonPhase(k));
  return [start, chinaDay(moonPhase(k + 1)) - start];
}

// ---- Easter ---------------------------------------------------------------------------------------

/**
 * Easter Sunday: the Anonymous Gregorian algorithm for the Western churches, Meeus' Julian algorithm
 * (its Julian date moved to the Gregorian calendar) for the Orthodox ones (Meeus, Astronomical
 * Algorithms, 2nd ed., ch. 8).
 */
export function easterSunday(year: number, church: "western" | "orthodox"): DayNumber {
  if (church === "orthodox") {
    const d = (19 * (year % 19) + 15) % 30;
    const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
    const month = Math.floor((d + e + 114) / 31);
    const day = ((d + e + 114) % 31) + 1;
    const julianToGregorian = Math.floor(year / 100) - Math.floor(year / 400) - 2;
    return dayNumber(year, month, day) + julianToGregorian;
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return dayNumber(year, month, ((h + l - 7 * m + 114) % 31) + 1);
}

// ---- the sun ----------------------------------------------------------------------------------------

const RAD = Math.PI / 180;
const J2000 = 2_451_545;
const UNIX_EPOCH_JD = 2_440_587.5;
const CHINA_MS = 8 * 3_600_000;

const normalize = (degrees: number) => ((degrees % 360) + 360) % 360;

/**
 * The sun's apparent ecliptic longitude at a Julian day, to about 0.01° (a quarter of an hour of
 * its motion): Meeus, Astronomical Algorithms, ch. 25, "low accuracy".
 */
export function sunLongitude(jd: number): number {
  const t = (jd - J2000) / 36_525;
  const meanLongitude = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t;
  const anomaly = (357.52911 + 35_999.05029 * t - 0.0001537 * t * t) * RAD;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) +
    0.000289 * Math.sin(3 * anomaly);
  const node = (125.04 - 1934.136 * t) * RAD;
  return normalize(meanLongitude + center - 0.00569 - 0.00478 * Math.sin(node));
}

/** The instant (ms since the epoch) in `year` at which the sun reaches `longitude`. */
export function sunReaches(longitude: number, year: number): number {
  // The March equinox is near 20 March and the sun moves about 0.9856° a day; a longitude it
  // reaches after 31 December (beyond ~280°) is the one of early `year`.
  let days = Date.UTC(year, 2, 20) / DAY_MS + normalize(longitude) / 0.9856;
  if (days >= Date.UTC(year + 1, 0, 1) / DAY_MS) days -= 365.2422;
  let jd = days + UNIX_EPOCH_JD;
  for (let i = 0; i < 8; i++) {
    let behind = normalize(longitude - sunLongitude(jd));
    if (behind > 180) behind -= 360;
    jd += behind / 0.9856;
    if (Math.abs(behind) < 1e-7) break;
  }
  return (jd - UNIX_EPOCH_JD) * DAY_MS;
}

/** The civil date in China (UTC+8, as the Chinese calendar counts) of an instant. */
const chinaDay = (ms: number): DayNumber => Math.floor((ms + CHINA_MS) / DAY_MS);

// ---- the moon -----------------------------------------------------------------------------------

const SYNODIC = 29.530588861;
/** Lunation 0, the new moon of 6 January 2000, in days since 1970 (terrestrial time). */
const LUNATION_0 = 2_451_550.09766 - UNIX_EPOCH_JD;
/** ΔT, terrestrial minus universal time: 69 to 72 s from 2000 to 2030 (IERS); a minute off changes no date here. */
const DELTA_T_MS = 70_000;

/** Periodic terms of a new and a full moon: [new, full, power of E, multiples of M′, M, F, Ω]. */
const PHASE_TERMS: readonly (readonly [number, number, number, number, number, number, number])[] = [
  [-0.4072, -0.40614, 0, 1, 0, 0, 0],
  [0.17241, 0.17302, 1, 0, 1, 0, 0],
  [0.01608, 0.01614, 0, 2, 0, 0, 0],
  [0.01039, 0.01043, 0, 0, 0, 2, 0],
  [0.00739, 0.00734, 1, 1, -1, 0, 0],
  [-0.00514, -0.00515, 1, 1, 1, 0, 0],
  [0.00208, 0.00209, 2, 0, 2, 0, 0],
  [-0.00111, -0.00111, 0, 1, 0, -2, 0],
  [-0.00057, -0.00057, 0, 1, 0, 2, 0],
  [0.00056, 0.00056, 1, 2, 1, 0, 0],
  [-0.00042, -0.00042, 0, 3, 0, 0, 0],
  [0.00042, 0.00042, 1, 0, 1, 2, 0],
  [0.00038, 0.00038, 1, 0, 1, -2, 0],
  [-0.00024, -0.00024, 1, 2, -1, 0, 0],
  [-0.00017, -0.00017, 0, 0, 0, 0, 1],
  [-0.00007, -0.00007, 0, 1, 2, 0, 0],
  [0.00004, 0.00004, 0, 2, 0, -2, 0],
  [0.00004, 0.00004, 0, 0, 3, 0, 0],
  [0.00003, 0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0.00003, 0, 2, 0, 2, 0],
  [-0.00003, -0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0.00003, 0, 1, -1, 2, 0],
  [-0.00002, -0.00002, 0, 1, -1, -2, 0],
  [-0.00002, -0.00002, 0, 3, 1, 0, 0],
  [0.00002, 0.00002, 0, 4, 0, 0, 0],
];
/** The planetary arguments A1–A14: [degrees, degrees per lunation, amplitude in days]. */
const PLANETARY: readonly (readonly [number, number, number])[] = [
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/**
 * The instant (ms since the epoch, universal time) of the new moon of lunation `k`, or of its full
 * moon when `k` ends in .5: Meeus, Astronomical Algorithms, ch. 49, to about a minute.
 */
export function moonPhase(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
  const node = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;
  const full = !Number.isInteger(k);
  let jde = 2_451_550.09766 + SYNODIC * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  for (const [whenNew, whenFull, power, a, b, c, d] of PHASE_TERMS) {
    jde += (full ? whenFull : whenNew) * e ** power * Math.sin(a * mp + b * m + c * f + d * node);
  }
  PLANETARY.forEach(([base, rate, amplitude], i) => {
    jde += amplitude * Math.sin((base + rate * k - (i === 0 ? 0.009173 * t2 : 0)) * RAD);
  });
  return (jde - UNIX_EPOCH_JD) * DAY_MS - DELTA_T_MS;
}

/** The lunation whose new moon is the last at or before `ms`. */
function lunationAt(ms: number): number {
  let k = Math.floor((ms / DAY_MS - LUNATION_0) / SYNODIC);
  while (moonPhase(k + 1) <= ms) k++;
  while (moonPhase(k) > ms) k--;
  return k;
}

// ---- Hindu lunar months -------------------------------------------------------------------------

const INDIA_MS = 5.5 * 3_600_000;

/**
 * The Lahiri (Chitrapaksha) ayanamsa, the offset of the sidereal zodiac Indian calendars use from
 * the tropical one: 23.853° in 2000, growing 50.29″ a year (Indian Astronomical Ephemeris).
 */
const ayanamsa = (year: number) => 23.853 + ((year - 2000) * 50.29) / 3600;

/**
 * A day of a Hindu lunar month: the month (new moon to new moon) that holds the sun's entry into
 * the sign, the sankranti, is the one Indian calendars name after it (so an intercalary month,
 * which holds none, is skipped), and the festival falls on the date in India of its new or full
 * moon, moved by `offset` and `lateHour`. Panchangs decide by the lunar day (tithi) in force at
 * sunrise or in the evening at a place, and regions differ: the day computed here is the one
 * India's central government lists in most years, and within a day in the others.
 */
function lunarDay(rule: z.infer<typeof LunarRule>, year: number): DayNumber {
  const entry = sunReaches(rule.lunar.sign + ayanamsa(year), year);
  const k = lunationAt(entry);
  const india = moonPhase(rule.lunar.phase === "new" ? k + 1 : k + 0.5) + INDIA_MS;
  const late = rule.lateHour !== undefined && (india % DAY_MS) / 3_600_000 >= rule.lateHour;
  return Math.floor(india / DAY_MS) + (rule.offset ?? 0) + (late ? 1 : 0);
}

// ---- occurrences ----------------------------------------------------------------------------------

const cache = new WeakMap<DateRule, Map<number, Occurrence[]>>();

/** The occurrences of a rule that begin in a Gregorian year. */
export function occurrencesIn(rule: DateRule, year: number): Occurrence[] {
  let byYear = cache.get(rule);
  if (!byYear) cache.set(rule, (byYear = new Map()));
  let out = byYear.get(year);
  if (!out) {
    out = compute(rule, year);
    byYear.set(year, out);
  }
  return out;
}

function compute(rule: DateRule, year: number): Occurrence[] {
  if ("calendar" in rule) return calendarOccurrences(rule, year);
  if ("easter" in rule) return [{ start: easterSunday(year, rule.easter) + rule.offset, days: rule.days ?? 1 }];
  if ("solarTerm" in rule) return [{ start: chinaDay(sunReaches(rule.solarTerm, year)), days: rule.days ?? 1 }];
  if ("gregorian" in rule) {
    const { month, day } = dayInYear(rule.gregorian, year);
    return [{ start: dayNumber(year, month, day), days: rule.days ?? 1 }];
  }
  return [{ start: lunarDay(rule, year), days: rule.days ?? 1 }];
}

/** Where a day stands to the nearest occurrence of any of `rules`. */
export interface Nearest {
  start: DayNumber;
  end: DayNumber;
  /** Days from the start: negative before it, 0 on the first day, `days - 1` on the last. */
  fromStart: number;
  /** Days outside the occurrence: 0 during it, negative before it, positive after it. */
  outside: number;
}

/** The occurrence of any of `rules` nearest to `day` (the years around it are looked at). */
export function nearestOccurrence(rules: readonly DateRule[], day: DayNumber): Nearest | undefined {
  const { year } = dateOf(day);
  let best: Nearest | undefined;
  for (const rule of rules) {
    for (const y of [year - 1, year, year + 1]) {
      for (const o of occurrencesIn(rule, y)) {
        const end = o.start + o.days - 1;
        const outside = day < o.start ? day - o.start : day > end ? day - end : 0;
        if (!best || Math.abs(outside) < Math.abs(best.outside)) best = { start: o.start, end, fromStart: day - o.start, outside };
      }
    }
  }
  return best;
}
