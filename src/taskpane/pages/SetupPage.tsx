// The Einrichten page (issue 10 §3): reads the workbook (used cells, names), lists the contract by area with
// each name's state, and defines names only when the user asks — all high proposals at once, one proposal,
// or the selected cells; broken names are replaced only by an explicit click. Removing the mapping deletes
// exactly the names the add-in created, after saying how many formulas use them. A name given by hand
// ("Auswahl zuweisen") or a "zu prüfen" proposal accepted remembers its label in the workbook (aip.labels,
// issue 13 §3); the page lists the remembered labels, forgets one, and exports/imports them as JSON.
import { useCallback, useEffect, useRef, useState } from "react";
import { Badge, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { contractName, type ContractName } from "../../core/contract";
import { serialToDate } from "../../core/excelDate";
import { addLearned, forgetLearned, learnedFile, learnFromAssignment, learnFromProposal, mergeLearned } from "../../core/mapper/learned";
import type { LearnedLabel, Proposal } from "../../core/mapper/types";
import type { Formatters } from "../format";
import type { Messages } from "../i18n";
import type { CellValue } from "../../core/snapshot";
import type { MappingUses, NameWrite, SetupReadResult, StoredLabels } from "../../excel/host";
import { describeError, usePane } from "../PaneContext";
import type { SetupRow, SetupView } from "../setupModel";
import { StatusMessage } from "../components/StatusMessage";
import { useHostAction } from "../useHostAction";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, display: "block" },
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400 },
});

export interface SetupPageProps {
  /** "Mappe prüfen" after applying: switch to the check page and run the check on the new names. */
  onCheck: () => void;
}

/** A proposal's value as the controller reads it: euros, shares, dates, a table's row count. */
function show(v: CellValue, entry: ContractName | undefined, fmt: Formatters, t: Messages, language: string): string {
  if (v === null) return "–";
  if (typeof v === "object") return v.error;
  if (typeof v !== "number") return String(v);
  if (entry?.kind === "table") return t.setupRows(v);
  if (entry?.kind === "money") return fmt.money(v);
  if (entry?.kind === "share") return fmt.percent(v);
  if (entry?.kind === "date") return serialToDate(v).toLocaleDateString(language === "en" ? "en-GB" : "de-DE", { timeZone: "UTC" });
  if (entry?.kind === "year") return String(v);
  return fmt.count(v); // counts, VZÄ, changes (as typed: −2,5 stays −2,5; the proposal's note says when it is in percent units)
}

const loadSetupModel = () => import(/* webpackChunkName: "mapper" */ "../setupModel");

export function SetupPage({ onCheck }: SetupPageProps) {
  const { host, t, language, fmt } = usePane();
  const styles = useStyles();
  const [read, setRead] = useState<SetupReadResult | undefined>();
  const { busy, setBusy, status, setStatus, act } = useHostAction(t, t.setupReading); // the first read starts at once
  const [applied, setApplied] = useState(false);
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const [uses, setUses] = useState<MappingUses | undefined>();
  const [stored, setStored] = useState<StoredLabels | undefined>();
  const importInput = useRef<HTMLInputElement>(null);

  // The matcher (setupModel → core/mapper) loads with the page's first read, not with the pane: the pane's first
  // bundle stays small (issue 18), and the page shows its spinner until the read is there anyway.
  const [view, setView] = useState<SetupView | undefined>();
  useEffect(() => {
    if (!read) return;
    let alive = true;
    loadSetupModel().then(
      ({ setupView }) => alive && setView(setupView(read, stored?.labels ?? [])),
      (e) => alive && setStatus({ intent: "error", text: t.failed(t.setupRead, describeError(e, t)) }),
    );
    return () => {
      alive = false;
    };
  }, [read, stored, t, setStatus]);
  const locked = read?.notEditable !== undefined;

  const reload = useCallback(() => host.readSetup().then(setRead), [host]);

  useEffect(() => {
    let alive = true;
    Promise.all([host.readSetup(), host.loadLearnedLabels(), loadSetupModel()]).then(
      ([r, labels]) => {
        if (!alive) return;
        setStored(labels);
        setRead(r);
      },
      (e) => alive && setStatus({ intent: "error", text: t.failed(t.setupRead, describeError(e, t)) }),
    ).finally(() => alive && setBusy(undefined));
    return () => {
      alive = false;
    };
  }, [host, t, setBusy, setStatus]); // the setters are useState's, stable across renders

  /** Write names (one write sync), then read again so the page shows the new states. */
  const write = (label: string, writes: NameWrite[]) =>
    act(label, async () => {
      const result = await host.applyNames(writes);
      await reload();
      setApplied(true);
      setUses(undefined);
      return { intent: "success", text: t.setupApplied(result.added.length), details: result.replaced.map((r) => t.setupReplaced(r.name, r.was)) };
    });

  /** Remember a label in the workbook; the line to show (remembered, or why not). */
  const remember = async (entry: LearnedLabel | { skipped: string }): Promise<string> => {
    if ("skipped" in entry) return t.setupNotLearned(entry.skipped);
    // The name is written already: a failed save of the label (read-only file, Excel on the web) is said, not thrown.
    try {
      const labels = await host.updateLearnedLabels((l) => addLearned(l, entry));
      setStored({ labels });
      return t.setupLearned(entry.label, entry.name);
    } catch (e) {
      return t.setupNotLearned(describeError(e, t));
    }
  };

  const assignSelection = (row: SetupRow) =>
    act(t.setupAssignSelection, async () => {
      const ref = await host.readSelectionAddress();
      const result = await host.applyNames([{ name: row.entry.name, ref, replace: row.state.kind === "broken" }]);
      const outcome = read ? learnFromAssignment(read.used, row.entry.name, ref) : { skipped: "" };
      const learnedLine = await remember("learned" in outcome ? outcome.learned : outcome);
      await reload();
      setApplied(true);
      return { intent: "success", text: t.setupAssigned(row.entry.name, ref), details: [...result.replaced.map((r) => t.setupReplaced(r.name, r.was)), learnedLine] };
    });

  /** Accept one proposal; a "zu prüfen" one the user confirmed remembers its label. */
  const accept = (p: Proposal) =>
    act(t.setupAccept, async () => {
      const result = await host.applyNames([{ name: p.name, ref: p.ref }]);
      const details = result.replaced.map((r) => t.setupReplaced(r.name, r.was));
      if (p.confidence === "low") {
        const outcome = learnFromProposal(p);
        details.push(await remember("learned" in outcome ? outcome.learned : outcome));
      }
      await reload();
      setApplied(true);
      setUses(undefined);
      return { intent: "success", text: t.setupApplied(result.added.length), details };
    });

  const forget = (entry: LearnedLabel) =>
    act(t.setupForget, async () => {
      setStored({ labels: await host.updateLearnedLabels((l) => forgetLearned(l, entry)) });
      return { intent: "success", text: t.setupForgotten(entry.label, entry.name) };
    });

  const exportLabels = () => {
    const blob = new Blob([`${JSON.stringify(learnedFile(stored?.labels ?? []), null, 2)}\n`], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = "aip-beschriftungen.json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  /** Import a labels file: a bad file gets its errors and changes nothing. */
  const importLabels = (file: File) =>
    act(t.setupImportLabels, async () => {
      // The format check (zod) is loaded only when a file is imported.
      const { parseLearnedLabelsJson } = await import(/* webpackChunkName: "labels" */ "../../core/mapper/learnedFormat");
      const parsed = parseLearnedLabelsJson(await file.text());
      if (!parsed.ok) return { intent: "error", text: t.setupImportFailed(file.name), details: parsed.errors };
      const labels = await host.updateLearnedLabels((l) => mergeLearned(l, parsed.labels));
      setStored({ labels });
      return { intent: "success", text: t.setupImported(parsed.labels.length, file.name), details: parsed.skipped.map((x) => t.setupNotLearned(x)) };
    });

  const pending = view ? view.high.filter((p) => !rejected.has(p.name)) : [];
  const toggleReject = (name: string) =>
    setRejected((prev) => {
      const next = new Set(prev);
      if (next.has(name)) next.delete(name);
      else next.add(name);
      return next;
    });

  const proposalLine = (p: Proposal) => (
    <span className={styles.meta}>
      {t.setupProposalLine(p.label, p.labelCell, show(p.value, contractName(p.name), fmt, t, language))} · {p.ref}
      {p.reason ? ` · ${p.reason}` : ""}
      {p.note ? ` · ${p.note}` : ""}
    </span>
  );

  const rowView = (row: SetupRow) => {
    const s = row.state;
    const name = row.entry.name;
    return (
      <li key={name} className={styles.item} data-testid="setup-name" data-name={name} data-state={s.kind}>
        <div className={styles.row}>
          <Text weight="semibold">{name}</Text>
          {s.kind === "sound" && <Badge color="success" appearance="tint">{t.setupStateSound}</Badge>}
          {s.kind === "proposed" && (
            <Badge color={s.proposal.confidence === "high" ? "brand" : "warning"} appearance="tint" data-testid="confidence">
              {t.setupStateProposed}: {s.proposal.confidence === "high" ? t.setupHigh : t.setupLow}
            </Badge>
          )}
          {s.kind === "missing" && <Badge color="informative" appearance="tint">{t.setupStateMissing}</Badge>}
          {s.kind === "broken" && <Badge color="danger" appearance="tint">{t.setupStateBroken}: {t.setupBroken[s.broken]}</Badge>}
          {rejected.has(name) && <Badge appearance="outline">{t.setupRejected}</Badge>}
        </div>
        <span className={styles.meta}>{row.entry.meaning}</span>
        {s.kind === "sound" && <span className={styles.meta}>{s.ref}</span>}
        {s.kind === "proposed" && proposalLine(s.proposal)}
        {s.kind === "missing" && <span className={styles.meta}>{s.reason}</span>}
        {s.kind === "broken" && <span className={styles.meta}>{s.detail}</span>}
        {s.kind === "broken" && s.repair && proposalLine(s.repair)}
        {s.kind !== "sound" && (
          <div className={styles.row}>
            {s.kind === "proposed" && !rejected.has(name) && (
              <Button size="small" disabled={locked || !!busy} onClick={() => accept(s.proposal)} data-testid="accept">
                {t.setupAccept}
              </Button>
            )}
            {s.kind === "proposed" && (
              <Button size="small" appearance="subtle" disabled={!!busy} onClick={() => toggleReject(name)} data-testid="reject">
                {rejected.has(name) ? t.setupUndoReject : t.setupReject}
              </Button>
            )}
            {s.kind === "broken" && s.repair && (
              <Button size="small" disabled={locked || !!busy} onClick={() => write(t.setupRepairProposal, [{ name, ref: s.repair!.ref, replace: true }])} data-testid="repair">
                {t.setupRepairProposal}
              </Button>
            )}
            <Button size="small" appearance="subtle" disabled={locked || !!busy} onClick={() => assignSelection(row)} data-testid="assign-selection">
              {s.kind === "broken" ? t.setupRepairSelection : t.setupAssignSelection}
            </Button>
          </div>
        )}
      </li>
    );
  };

  return (
    <div className={styles.page} data-testid="setup-page">
      <Text>{t.setupIntro}</Text>
      {read?.notEditable && (
        <MessageBar intent="warning" data-testid="setup-locked">
          <MessageBarBody>{t.setupNotEditable[read.notEditable]}</MessageBarBody>
        </MessageBar>
      )}
      {read?.withoutMerged && (
        <MessageBar intent="info" data-testid="setup-no-merged">
          <MessageBarBody>{t.setupWithoutMerged}</MessageBarBody>
        </MessageBar>
      )}
      {view && view.mapping.notes.length > 0 && (
        <MessageBar intent="warning" data-testid="setup-skipped">
          <MessageBarBody>
            <MessageBarTitle>{t.setupNotesHeading}</MessageBarTitle>
            {view.mapping.notes.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {view && view.stale.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="setup-next-year">
          <MessageBarBody>
            <MessageBarTitle>{t.setupNextYear}</MessageBarTitle>
            {view.yearMismatch && t.setupYearMismatch(view.yearMismatch.cell, view.yearMismatch.headers)}{" "}
            {view.grown.length > 0 && t.setupGrown(view.grown.map((g) => g.name).join(", "))}{" "}
            {view.oldColumns.length > 0 && t.setupOldColumns(view.oldColumns.map((o) => `${o.name} (${o.ref} → ${o.proposedRef})`).join(", "))}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              disabled={locked || !!busy}
              onClick={() => write(t.setupUpdate(view.stale.length), view.stale.map((s) => ({ name: s.name, ref: s.proposedRef, replace: true })))}
              data-testid="setup-update"
            >
              {t.setupUpdate(view.stale.length)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={!view || locked || !!busy || pending.length === 0}
          onClick={() => write(t.setupApplyAll(pending.length), pending.map((p) => ({ name: p.name, ref: p.ref })))}
          data-testid="apply-proposals"
        >
          {t.setupApplyAll(pending.length)}
        </Button>
        {applied && (
          <Button onClick={onCheck} disabled={!!busy} data-testid="setup-check">
            {t.setupCheckNow}
          </Button>
        )}
        {busy && <Spinner size="tiny" label={busy} />}
      </div>
      <StatusMessage status={status} testId="setup-status" />

      {view?.areas.map(({ area, rows }) => (
        <section key={area.id} aria-labelledby={`area-${area.id}`} data-testid={`area-${area.id}`}>
          <h2 id={`area-${area.id}`} className={styles.heading}>
            {language === "en" ? area.titleEn : area.titleDe}
          </h2>
          <ul className={styles.list}>{rows.map(rowView)}</ul>
        </section>
      ))}

      {view && (
        <section aria-labelledby="learned-heading" data-testid="setup-learned">
          <h2 id="learned-heading" className={styles.heading}>
            {t.setupLearnedHeading}
          </h2>
          <Text block>{t.setupLearnedIntro}</Text>
          {stored?.problem && (
            <MessageBar intent="warning" data-testid="learned-problem">
              <MessageBarBody>{stored.problem}</MessageBarBody>
            </MessageBar>
          )}
          {(stored?.labels.length ?? 0) === 0 ? (
            <Text block className={styles.meta} data-testid="learned-none">
              {t.setupLearnedNone}
            </Text>
          ) : (
            <ul className={styles.list}>
              {stored!.labels.map((l) => (
                <li key={`${l.name}|${l.label}|${l.context ?? ""}`} className={styles.item} data-testid="learned-label" data-name={l.name}>
                  <div className={styles.row}>
                    <Text>
                      „{l.label}“ → <Text weight="semibold">{l.name}</Text>
                    </Text>
                    <Button size="small" appearance="subtle" disabled={locked || !!busy} onClick={() => forget(l)} data-testid="forget-label">
                      {t.setupForget}
                    </Button>
                  </div>
                  {l.context && <span className={styles.meta}>{t.setupLearnedContext(l.context)}</span>}
                </li>
              ))}
            </ul>
          )}
          <div className={styles.row}>
            <Button size="small" disabled={!!busy || (stored?.labels.length ?? 0) === 0} onClick={exportLabels} data-testid="labels-export">
              {t.setupExportLabels}
            </Button>
            <Button size="small" disabled={locked || !!busy} onClick={() => importInput.current?.click()} data-testid="labels-import">
              {t.setupImportLabels}
            </Button>
            <input
              ref={importInput}
              type="file"
              accept=".json,application/json"
              hidden
              data-testid="labels-import-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) void importLabels(file);
              }}
            />
          </div>
        </section>
      )}

      {view && view.markedCount > 0 && (
        <section aria-labelledby="remove-heading" data-testid="setup-remove">
          <h2 id="remove-heading" className={styles.heading}>
            {t.setupRemoveHeading}
          </h2>
          <Text block>{t.setupRemoveIntro(view.markedCount)}</Text>
          {!uses ? (
            <Button
              disabled={locked || !!busy}
              onClick={() =>
                act(t.setupRemoveHeading, async () => {
                  setUses(await host.findMappingUses());
                  return undefined;
                })
              }
              data-testid="remove-ask"
            >
              {t.setupRemoveAsk}
            </Button>
          ) : (
            <MessageBar intent="warning" layout="multiline" data-testid="remove-uses">
              <MessageBarBody>
                {t.setupRemoveUses(uses.names.length, uses.formulas)} {uses.cells.join(", ")} {t.setupRemoveLimits}
              </MessageBarBody>
              <MessageBarActions>
                <Button
                  disabled={locked || !!busy}
                  onClick={() =>
                    act(t.setupRemoveHeading, async () => {
                      const { removed } = await host.removeMapping();
                      setUses(undefined);
                      await reload();
                      return { intent: "success", text: t.setupRemoved(removed.length) };
                    })
                  }
                  data-testid="remove-confirm"
                >
                  {t.setupRemoveConfirm}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
        </section>
      )}
    </div>
  );
}

export default SetupPage;
