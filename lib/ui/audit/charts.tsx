/**
 * Two hand-written charts, small enough not to need a charting library: stacked bars per day (an
 * SVG, with a legend and a title on every bar), and horizontal bars as an HTML list (long labels
 * such as reasons wrap). Each says what it shows in its accessible name.
 */
import type { DailySeries } from "../../audit/summary.ts";

/** Colours that read on light and dark backgrounds (Tableau 10). */
export const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"];
export const OTHER_COLOR = "#9aa0a6";

const WIDTH = 680;
const HEIGHT = 180;
const LEFT = 36;
const BOTTOM = 20;
const TOP = 8;

/** A round upper bound for the axis: 1, 2 or 5 times a power of ten. */
export function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((k) => k * power).find((v) => v >= value)!;
}

export interface StackedDailyProps {
  series: DailySeries;
  /** The name shown for a key (a rule id, a category, an outcome). */
  label(key: string): string;
  color(key: string, index: number): string;
  otherLabel: string;
  /** The chart's accessible name. */
  ariaLabel: string;
  testid: string;
}

export function StackedDaily({ series, label, color, otherLabel, ariaLabel, testid }: StackedDailyProps) {
  const { days, keys, values, other } = series;
  const stacks = days.map((_, i) => [
    ...keys.map((key, k) => ({ key, name: label(key), n: values[key]?.[i] ?? 0, fill: color(key, k) })),
    { key: "", name: otherLabel, n: other[i] ?? 0, fill: OTHER_COLOR },
  ]);
  const top = niceMax(Math.max(0, ...stacks.map((stack) => stack.reduce((sum, part) => sum + part.n, 0))));
  const plotWidth = WIDTH - LEFT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / Math.max(1, days.length);
  // A few days' bars stay bars, not slabs.
  const barWidth = Math.max(1, Math.min(48, step * 0.8));
  const y = (n: number) => TOP + plotHeight - (n / top) * plotHeight;
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  const totals = [...keys.map((key) => values[key]?.reduce((a, b) => a + b, 0) ?? 0), other.reduce((a, b) => a + b, 0)];
  return (
    <figure class="pf-chart" data-testid={testid}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={ariaLabel} width="100%">
        {(top >= 4 ? [0, top / 2, top] : [0, top]).map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} stroke="currentColor" stroke-opacity="0.15" />
            <text x={LEFT - 4} y={y(tick) + 4} text-anchor="end" font-size="10" fill="currentColor">
              {tick}
            </text>
          </g>
        ))}
        {stacks.map((stack, i) => {
          let base = 0;
          const x = LEFT + i * step + (step - barWidth) / 2;
          return (
            <g key={days[i]} data-day={days[i]}>
              {stack.map((part) => {
                if (part.n === 0) return null;
                const rect = (
                  <rect
                    key={part.key}
                    x={x}
                    width={barWidth}
                    y={y(base + part.n)}
                    height={y(base) - y(base + part.n)}
                    fill={part.fill}
                    data-key={part.key}
                    data-n={part.n}
                  >
                    <title>{`${days[i]} · ${part.name}: ${part.n}`}</title>
                  </rect>
                );
                base += part.n;
                return rect;
              })}
              {i % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - 6} text-anchor="middle" font-size="10" fill="currentColor">
                  {days[i]!.slice(5)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption class="pf-legend">
        {[...keys.map((key, k) => ({ key, name: label(key), fill: color(key, k), total: totals[k] ?? 0 })), { key: "", name: otherLabel, fill: OTHER_COLOR, total: totals.at(-1) ?? 0 }]
          .filter((entry) => entry.total > 0)
          .map((entry) => (
            <span key={entry.key} class="pf-legend-item" data-key={entry.key}>
              <i style={{ background: entry.fill }} aria-hidden="true" />
              {entry.name} <span class="pf-muted">{entry.total}</span>
            </span>
          ))}
      </figcaption>
    </figure>
  );
}

export interface BarItem {
  label: string;
  value: number;
  /** A second line, muted (who gave a reason). */
  note?: string;
}

export function HorizontalBars({ items, color, ariaLabel, testid }: { items: BarItem[]; color: string; ariaLabel: string; testid: string }) {
  const max = Math.max(1, ...items.map((item) => item.value));
  return (
    <ul class="pf-bars" aria-label={ariaLabel} data-testid={testid}>
      {items.map((item) => (
        <li key={item.label} data-label={item.label} data-value={item.value}>
          <span class="pf-bars-label">
            {item.label}
            {item.note && <span class="pf-muted"> · {item.note}</span>}
          </span>
          <span class="pf-bars-track">
            <span class="pf-bars-bar" style={{ width: `${(item.value / max) * 100}%`, background: color }} />
          </span>
          <span class="pf-bars-value">{item.value}</span>
        </li>
      ))}
    </ul>
  );
}

export const CHART_CSS = `
.pf-chart { margin: 0.25rem 0 0.75rem; }
.pf-chart svg { display: block; max-width: 100%; height: auto; }
.pf-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; font-size: 0.8rem; margin-top: 0.25rem; }
.pf-legend-item i { display: inline-block; width: 0.7rem; height: 0.7rem; border-radius: 2px; margin-right: 0.3rem; vertical-align: -0.05rem; }
.pf-bars { list-style: none; margin: 0.25rem 0 0.75rem; padding: 0; display: grid; gap: 0.3rem; }
.pf-bars li { display: grid; grid-template-columns: minmax(8rem, 16rem) 1fr 2.5rem; gap: 0.5rem; align-items: center; }
/* Issue 13: a rule id breaks at its slash or hyphen, never inside a word. */
.pf-bars-label { overflow-wrap: break-word; word-break: keep-all; font-size: 0.85rem; }
.pf-bars-track { background: var(--pf-soft); border-radius: 3px; height: 0.8rem; }
.pf-bars-bar { display: block; height: 100%; border-radius: 3px; }
.pf-bars-value { text-align: right; font-variant-numeric: tabular-nums; }
.pf-audit-filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; }
.pf-audit-filters label { display: grid; gap: 0.15rem; font-size: 0.85rem; }
.pf-table td.pf-num, .pf-table th.pf-num { text-align: right; font-variant-numeric: tabular-nums; }
.pf-decision-override { color: var(--pf-block); font-weight: 600; }
.pf-decision-edit { color: var(--pf-ok); }
`;
