// The Einrichten page (issue 10 §3): reads the workbook (used cells, names), lists the contract by area with
// each name's state, and defines names only when the user asks — all high proposals at once, one proposal,
// or the selected cells; broken names are replaced only by an explicit click. Removing the mapping deletes
// exactly the names the add-in created, after saying how many formulas use them.
import { useCallback, useEffect, useMemo, useState } from "react";
import { Badge, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { contractName, type ContractName } from "../../core/contract";
import { serialToDate } from "../../core/excelDate";
import type { Proposal } from "../../core/mapper";
import type { Formatters } from "../format";
import type { Messages } from "../i18n";
import type { CellValue } from "../../core/snapshot";
import type { MappingUses, NameWrite, SetupReadResult } from "../../excel/host";
import { describeError, usePane } from "../PaneContext";
import { setupView, type SetupRow } from "../setupModel";
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

export function SetupPage({ onCheck }: SetupPageProps) {
  const { host, t, language, fmt } = usePane();
  const styles = useStyles();
  const [read, setRead] = useState<SetupReadResult | undefined>();
  const { busy, setBusy, status, setStatus, act } = useHostAction(t, t.setupReading); // the first read starts at once
  const [applied, setApplied] = useState(false);
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const [uses, setUses] = useState<MappingUses | undefined>();

  const view = useMemo(() => (read ? setupView(read) : undefined), [read]);
  const locked = read?.notEditable !== undefined;

  const reload = useCallback(() => host.readSetup().then(setRead), [host]);

  useEffect(() => {
    let alive = true;
    host.readSetup().then(
      (r) => alive && setRead(r),
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

  const assignSelection = (row: SetupRow) =>
    act(t.setupAssignSelection, async () => {
      const ref = await host.readSelectionAddress();
      const result = await host.applyNames([{ name: row.entry.name, ref, replace: row.state.kind === "broken" }]);
      await reload();
      setApplied(true);
      return { intent: "success", text: t.setupAssigned(row.entry.name, ref), details: result.replaced.map((r) => t.setupReplaced(r.name, r.was)) };
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
              <Button size="small" disabled={locked || !!busy} onClick={() => write(t.setupAccept, [{ name, ref: s.proposal.ref }])} data-testid="accept">
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
            {view.grown.length > 0 && t.setupGrown(view.grown.map((g) => g.name).join(", "))}
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
