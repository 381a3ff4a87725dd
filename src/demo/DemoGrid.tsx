// The demo's read-only view of the fake workbook: sheet tabs and the active sheet's used cells (a click selects
// a cell, as a user does in Excel), with the selection outlined and the add-in's marks (conditional formats) filled in
// their colour — all read from the fake Excel's state, so what you see is what the adapter did.
import { useEffect, useRef } from "react";
import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { cellA1, columnLetters, parseCell, parseRange } from "../core/address";
import type { ModelSheet } from "../core/workbookModel";
import type { Language, Messages } from "../taskpane/i18n";
import { cellText } from "./cellText";

export interface GridMark {
  /** "B7" or "A3:E16" on the sheet. */
  range: string;
  fillColor?: string;
  fontColor?: string;
}

export interface DemoGridProps {
  sheets: ModelSheet[];
  activeSheet: string;
  /** The selection as the fake workbook holds it, e.g. { sheet: "Förderung", address: "B18" }. */
  selection: { sheet: string; address: string } | null;
  /** Conditional formats of each sheet. */
  marks: Record<string, GridMark[]>;
  /** Writes that reached the workbook so far (the fake's write log): checking must add none. */
  writes: number;
  onSelectSheet(name: string): void;
  /** A click on a cell selects it, as in Excel (for "Auswahl zuweisen"). */
  onSelectCell?(address: string): void;
  t: Messages;
  language: Language;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: {
    overflow: "auto",
    maxHeight: "70vh",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    position: "sticky",
    top: 0,
  },
  rowHead: { position: "sticky", left: 0, textAlign: "right" },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    maxWidth: "28em",
  },
  number: { textAlign: "right" },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  status: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
});

/** Is (row, col) inside "B7", "A3:E16" or a multi-area "B7,C9:C10"? */
function inRange(range: string, row: number, col: number): boolean {
  return range.split(",").some((part) => {
    const { start, end } = parseRange(part.trim().replace(/\$/g, ""));
    return row >= start.row && row <= end.row && col >= start.col && col <= end.col;
  });
}

/** Rows and columns to show: the used range plus one empty row and column, as a sheet shows. */
function usedSize(sheet: ModelSheet | undefined): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const a1 of Object.keys(sheet?.cells ?? {})) {
    const { row, col } = parseCell(a1);
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }
  return { rows: rows + 1, cols: cols + 1 };
}

export function DemoGrid({ sheets, activeSheet, selection, marks, writes, onSelectSheet, onSelectCell, t, language }: DemoGridProps) {
  const styles = useStyles();
  const sheet = sheets.find((s) => s.name === activeSheet) ?? sheets[0];
  const selectedRange = selection && sheet && selection.sheet === sheet.name ? selection.address : undefined;
  // No memoising: the fake changes its document in place, so identities say nothing about content.
  const sheetMarks = sheet ? (marks[sheet.name] ?? []) : [];
  const markCount = Object.values(marks).reduce((n, list) => n + list.length, 0);
  const scroller = useRef<HTMLDivElement>(null);

  const { rows, cols } = usedSize(sheet);

  useEffect(() => {
    scroller.current?.querySelector("[data-selected='true']")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selectedRange, activeSheet]);

  if (!sheet) return null;

  return (
    <section className={styles.root} aria-label={t.demoGridLabel} data-testid="demo-grid">
      <TabList
        size="small"
        selectedValue={sheet.name}
        onTabSelect={(_, d) => onSelectSheet(String(d.value))}
        aria-label={t.demoSheetsLabel}
      >
        {sheets.map((s) => (
          <Tab key={s.name} value={s.name} data-testid={`sheet-${s.name}`}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.status}>
        <Text data-testid="grid-selection">
          {selection ? t.demoSelection(`${selection.sheet}!${selection.address}`) : t.demoNoSelection}
        </Text>
        <Text data-testid="grid-marks" data-count={markCount}>
          {t.demoMarks(markCount)}
        </Text>
        <Text data-testid="grid-writes" data-count={writes}>
          {t.demoWrites(writes)}
        </Text>
      </div>
      <div className={styles.scroller} ref={scroller} tabIndex={0} aria-label={`${t.demoGridLabel}: ${sheet.name}`}>
        <table className={styles.table} data-sheet={sheet.name}>
          <thead>
            <tr>
              <th className={styles.head} scope="col">
                <span style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>
                  {sheet.name}
                </span>
              </th>
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={`${styles.head} ${styles.rowHead}`} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const a1 = cellA1({ row: r, col: c });
                  const cell = sheet.cells[a1];
                  const selected = selectedRange !== undefined && inRange(selectedRange, r, c);
                  const mark = sheetMarks.find((m) => inRange(m.range, r, c));
                  const classes = [styles.cell];
                  if (typeof cell?.value === "number") classes.push(styles.number);
                  if (selected) classes.push(styles.selected);
                  return (
                    <td
                      key={c}
                      className={classes.join(" ")}
                      data-cell={a1}
                      data-selected={selected ? "true" : undefined}
                      data-marked={mark ? "true" : undefined}
                      title={cell?.formula}
                      onClick={onSelectCell ? () => onSelectCell(a1) : undefined}
                      style={{
                        fontWeight: cell?.bold ? 600 : undefined,
                        // A mark keeps its fill under the selection outline, as in Excel.
                        ...(mark ? { backgroundColor: mark.fillColor, color: mark.fontColor } : {}),
                      }}
                    >
                      {cellText(cell, language)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
