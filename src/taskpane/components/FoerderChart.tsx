// Förderung Ist vs Plan per instrument as a grouped bar chart. Loaded lazily (React.lazy) so the charts
// library does not delay the pane's first render; the table beside it carries the same figures for
// screen readers and for reading exact values.
import { GroupedVerticalBarChart, type GroupedVerticalBarChartData } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { FoerderVergleich } from "../../core/overview";
import { localeFor, type Language, type Messages } from "../i18n";

export interface FoerderChartProps {
  instruments: FoerderVergleich[];
  t: Messages;
  language: Language;
  width: number;
}

export default function FoerderChart({ instruments, t, language, width }: FoerderChartProps) {
  const data: GroupedVerticalBarChartData[] = instruments.map((i) => ({
    name: i.instrument,
    series: [
      { key: "ist", data: i.ist ?? 0, legend: t.ist, color: tokens.colorPaletteBlueBorderActive },
      { key: "plan", data: i.plan ?? 0, legend: t.plan, color: tokens.colorPaletteDarkOrangeBorderActive },
    ],
  }));
  return (
    <div role="group" aria-label={t.chartLabel} data-testid="foerder-chart">
      <GroupedVerticalBarChart
        data={data}
        width={width}
        height={260}
        culture={localeFor(language)}
        hideLabels
        showXAxisLablesTooltip
        noOfCharsToTruncate={6}
        barWidth="auto"
        maxBarWidth={14}
      />
    </div>
  );
}
