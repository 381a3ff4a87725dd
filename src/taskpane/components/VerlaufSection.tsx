// The Übersicht's "Verlauf" section (the monthly tracking sheet): the JFW of this year against the previous
// year's same months and the target path as a small hand-made SVG line chart (months on the x-axis; no charts
// library, so the pane stays light), the LZB stock's JDW against its path, the entries per instrument against
// the expected plan with the largest gaps first, and the funds. The figures are those of the verlauf rules
// (src/core/overview.ts → src/core/verlauf/compute.ts); the text beside the chart carries them for screen
// readers, the chart itself is hidden from them. Fits 320 px: the SVG scales to the width, the table has
// three short number columns and wrapping names. Read-only like the whole page.
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { VerlaufOverview } from "../../core/overview";
import type { Formatters } from "../format";
import { localeFor, type Language, type Messages } from "../i18n";

export interface VerlaufSectionProps {
  verlauf: VerlaufOverview;
  t: Messages;
  fmt: Formatters;
  language: Language;
}

const THIS_YEAR = tokens.colorPaletteBlueBorderActive;
const PREVIOUS = tokens.colorNeutralForeground3;
const TARGET = tokens.colorPaletteDarkOrangeBorderActive;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "14px", height: "3px", marginRight: tokens.spacingHorizontalXS, verticalAlign: "middle" },
  sub: { color: tokens.colorNeutralForeground3 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "right", overflowWrap: "break-word", fontWeight: tokens.fontWeightSemibold, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, padding: tokens.spacingVerticalXXS },
  td: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingVerticalXXS, textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  name: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "break-word", hyphens: "auto", whiteSpace: "normal" },
});

const W = 300;
const H = 150;
const PAD = { left: 34, right: 6, top: 8, bottom: 20 };

/** Line chart of up to three monthly series (index 0 = January); null months are left out. */
function LineChart({ series, language, label }: { series: { values: (number | null)[]; color: string; dash?: string; id: string }[]; language: Language; label: string }) {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = Math.max(...all, 0) * 1.08 || 1;
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / 11;
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const pct = new Intl.NumberFormat(localeFor(language), { style: "percent", maximumFractionDigits: 0 });
  const months = "JFMAMJJASOND";
  const ticks = [0, top / 2, top];
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={label} data-testid="verlauf-chart" style={{ display: "block", maxWidth: "100%" }}>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke={tokens.colorNeutralStroke2} strokeWidth={1} />
          <text x={PAD.left - 4} y={y(v) + 4} textAnchor="end" fontSize={10} fill={tokens.colorNeutralForeground3}>
            {pct.format(v)}
          </text>
        </g>
      ))}
      {[...months].map((m, i) => (
        <text key={i} x={x(i)} y={H - 6} textAnchor="middle" fontSize={10} fill={tokens.colorNeutralForeground3}>
          {m}
        </text>
      ))}
      {series.map((s) => {
        const points = s.values.map((v, i) => (v === null ? undefined : `${x(i).toFixed(1)},${y(v).toFixed(1)}`)).filter(Boolean);
        return points.length ? (
          <polyline key={s.id} data-testid={`line-${s.id}`} points={points.join(" ")} fill="none" stroke={s.color} strokeWidth={2} strokeDasharray={s.dash} />
        ) : null;
      })}
    </svg>
  );
}

export default function VerlaufSection({ verlauf, t, fmt, language }: VerlaufSectionProps) {
  const styles = useStyles();
  const locale = localeFor(language);
  const pct2 = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const p2 = (x: number | undefined) => (x === undefined ? t.noValue : pct2.format(x));
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const { iq, lzb, entries, money } = verlauf;
  return (
    <section aria-labelledby="verlauf-heading" className={styles.root} data-testid="verlauf-section">
      <Text as="h3" id="verlauf-heading" weight="semibold" size={400} block>
        {t.verlaufOverviewHeading}
      </Text>
      {!iq && !lzb && !entries && <Text className={styles.sub}>{t.verlaufNothingYet}</Text>}
      {iq && (
        <div data-testid="verlauf-iq">
          <Text block>{t.verlaufIq(t.monthName(iq.month), p2(iq.jfw), p2(iq.jfwVj))}</Text>
          <Text block className={styles.sub}>
            {t.verlaufProjection(p2(iq.projection), fmt.percent(iq.target))}
          </Text>
          <div className={styles.legend} aria-hidden="true">
            <span>
              <span className={styles.swatch} style={{ backgroundColor: THIS_YEAR }} />
              {t.verlaufLegendThisYear}
            </span>
            <span>
              <span className={styles.swatch} style={{ backgroundColor: PREVIOUS }} />
              {t.verlaufLegendPrevious}
            </span>
            <span>
              <span className={styles.swatch} style={{ backgroundColor: TARGET }} />
              {t.verlaufLegendTarget}
            </span>
          </div>
          <LineChart
            language={language}
            label={t.verlaufChartLabel}
            series={[
              { id: "vj", values: iq.jfwVjByMonth, color: PREVIOUS, dash: "4 3" },
              { id: "ziel", values: iq.pathByMonth, color: TARGET, dash: "2 2" },
              { id: "jfw", values: iq.jfwByMonth, color: THIS_YEAR },
            ]}
          />
        </div>
      )}
      {lzb && (
        <Text block data-testid="verlauf-lzb">
          {t.verlaufLzb(t.monthName(lzb.month), fmt.count(lzb.jdw), fmt.count(lzb.path), fmt.change(lzb.gap))}
        </Text>
      )}
      {entries && (
        <table className={styles.table} data-testid="verlauf-entries">
          <caption style={{ textAlign: "left", captionSide: "top" }} className={styles.sub}>
            {t.verlaufEntriesCaption(t.monthName(entries.month))}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.th} style={{ textAlign: "left" }}>
                {t.instrument}
              </th>
              <th scope="col" className={styles.th}>
                {t.verlaufCumulative}
              </th>
              <th scope="col" className={styles.th}>
                {t.verlaufExpected}
              </th>
              <th scope="col" className={styles.th}>
                {t.changeAbsolute}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.rows.map((r) => (
              <tr key={r.instrument} data-testid="verlauf-entry">
                <th scope="row" className={mergeClasses(styles.td, styles.name)}>
                  {r.instrument}
                </th>
                <td className={styles.td}>{one.format(r.cumulative)}</td>
                <td className={styles.td}>{one.format(r.expected)}</td>
                <td className={styles.td}>{signed.format(r.cumulative - r.expected).replace("-", "\u2212")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {money && (
        <Text block className={styles.sub} data-testid="verlauf-money">
          {t.verlaufMoney(t.monthName(money.month), fmt.money(money.bindungen), fmt.money(money.ausgaben), fmt.money(money.budget), fmt.money(money.proRata))}
        </Text>
      )}
    </section>
  );
}
