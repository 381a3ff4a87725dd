// Förderung Ist vs Plan per instrument as horizontal bars, made for a narrow task pane: each instrument's
// name in full on its own line (a chart axis would cut "Förderung berufliche Weiterbildung" to a few
// letters), under it an Ist and a Plan bar on one shared scale with round steps (axisTicks). Plain elements
// with Fluent tokens rather than a charts library: the layout must wrap names, which the libraries' axes do
// not, and it keeps the pane light. The table below carries the same figures (and the change) exactly, for
// screen readers too; the chart is therefore hidden from them except for its label.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { FoerderVergleich } from "../../core/overview";
import { localeFor, type Language, type Messages } from "../i18n";
import { axisTicks } from "../overviewChange";

export interface FoerderChartProps {
  instruments: FoerderVergleich[];
  t: Messages;
  language: Language;
}

const IST = tokens.colorPaletteBlueBorderActive;
const PLAN = tokens.colorPaletteDarkOrangeBorderActive;
const VALUE_COLUMN = "3.2em";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase200 },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: tokens.spacingHorizontalXS, borderRadius: "2px" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  name: { color: tokens.colorNeutralForeground1, lineHeight: tokens.lineHeightBase200 },
  row: { display: "grid", gridTemplateColumns: `1fr ${VALUE_COLUMN}`, alignItems: "center", columnGap: tokens.spacingHorizontalXS, height: "12px" },
  track: { position: "relative", height: "10px" },
  bar: { position: "absolute", left: 0, top: 0, bottom: 0, borderRadius: "0 2px 2px 0", minWidth: "1px" },
  value: { textAlign: "right", fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground2 },
  axis: { display: "grid", gridTemplateColumns: `1fr ${VALUE_COLUMN}`, columnGap: tokens.spacingHorizontalXS },
  ticks: { position: "relative", height: "1.4em", borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  tick: { position: "absolute", top: "2px", transform: "translateX(-50%)", color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
});

export default function FoerderChart({ instruments, t, language }: FoerderChartProps) {
  const styles = useStyles();
  const ticks = axisTicks(Math.max(0, ...instruments.flatMap((i) => [i.ist ?? 0, i.plan ?? 0])));
  const top = ticks[ticks.length - 1];
  const number = new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 1 });
  const pct = (x: number) => `${(Math.max(0, x) / top) * 100}%`;
  // Grid lines at the ticks, drawn behind the bars of every track.
  const grid = {
    backgroundImage: `linear-gradient(to right, ${tokens.colorNeutralStroke2} 1px, transparent 1px)`,
    backgroundSize: `${100 / (ticks.length - 1)}% 100%`,
  };
  const bar = (value: number | undefined, color: string, kind: "ist" | "plan") => (
    <div className={styles.row}>
      <div className={styles.track} style={grid}>
        {value !== undefined && <div className={styles.bar} style={{ width: pct(value), backgroundColor: color }} data-testid={`bar-${kind}`} />}
      </div>
      <span className={styles.value}>{value === undefined ? t.noValue : number.format(value)}</span>
    </div>
  );
  return (
    <figure role="group" aria-label={t.chartLabel} data-testid="foerder-chart" className={styles.root} style={{ margin: 0 }}>
      <div className={styles.legend} aria-hidden="true">
        <span>
          <span className={styles.swatch} style={{ backgroundColor: IST }} />
          {t.ist}
        </span>
        <span>
          <span className={styles.swatch} style={{ backgroundColor: PLAN }} />
          {t.plan}
        </span>
      </div>
      <ul className={styles.list} aria-hidden="true">
        {instruments.map((i, n) => (
          <li key={n}>
            <div className={styles.name}>{i.instrument}</div>
            {bar(i.ist, IST, "ist")}
            {bar(i.plan, PLAN, "plan")}
          </li>
        ))}
      </ul>
      <div className={styles.axis} aria-hidden="true">
        <div className={styles.ticks}>
          {ticks.map((tick) => (
            <span key={tick} className={styles.tick} style={{ left: pct(tick) }}>
              {number.format(tick)}
            </span>
          ))}
        </div>
      </div>
    </figure>
  );
}
