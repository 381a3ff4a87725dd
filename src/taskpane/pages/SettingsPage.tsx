// The Einstellungen page: tolerances and per-rule severities/parameters (validated by the engine's
// parseSettings, stored in the workbook), "Übersicht beim Öffnen zeigen", "Vorlage anlegen" and "Verlaufsblatt anlegen".
import { useEffect, useState } from "react";
import {
  Button,
  Divider,
  Field,
  Input,
  Select,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DEFAULT_SETTINGS, TOLERANCE_DESCRIPTIONS, type RuleSeverity } from "../../core/settings";
import { SEVERITIES } from "../../core/finding";
import { describeError, usePane } from "../PaneContext";
import { RULES } from "../../core/rules";
import { formFromSettings, resolveStoredSettings, settingsFromForm, TOLERANCE_KEYS, type SettingsForm } from "../settingsModel";
import { StatusMessage, type Status } from "../components/StatusMessage";

const RULE_METAS = RULES.map((r) => r.meta);

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  rule: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  id: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Default export for React.lazy: this page and the settings schema load when it is first opened. */
export default function SettingsPage() {
  const { host, t, language } = usePane();
  const decimalSeparator = language === "de" ? "," : ".";
  const styles = useStyles();
  const [form, setForm] = useState<SettingsForm | undefined>();
  const [showOverview, setShowOverview] = useState<boolean | undefined>();
  const [status, setStatus] = useState<Status | undefined>();
  const [templateStatus, setTemplateStatus] = useState<Status | undefined>();
  const [verlaufStatus, setVerlaufStatus] = useState<Status | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let alive = true;
    (async () => {
      try {
        const { settings, problems } = resolveStoredSettings(await host.loadCheckSettings());
        const on = await host.getShowOverviewOnOpen();
        if (!alive) return;
        setForm(formFromSettings(settings, RULE_METAS, decimalSeparator));
        setShowOverview(on);
        if (problems.length) setStatus({ intent: "warning", text: t.settingsInvalidUsingDefaults, details: problems });
      } catch (e) {
        if (alive) setStatus({ intent: "error", text: t.failed(t.settingsHeading, describeError(e, t)) });
      }
    })();
    return () => {
      alive = false;
    };
  }, [host, t, decimalSeparator]);

  async function act(label: string, action: () => Promise<Status>, show: (s: Status) => void) {
    setBusy(true);
    try {
      show(await action());
    } catch (e) {
      show({ intent: "error", text: t.failed(label, describeError(e, t)) });
    } finally {
      setBusy(false);
    }
  }

  if (!form) return <Spinner size="small" label={t.loading} />;

  const save = () => {
    const result = settingsFromForm(form, RULE_METAS);
    if (!result.ok) {
      setStatus({ intent: "error", text: t.settingsInvalid, details: result.errors });
      return;
    }
    void act(
      t.saveSettings,
      async () => {
        await host.saveCheckSettings(result.stored);
        return { intent: "success", text: t.settingsSaved };
      },
      setStatus,
    );
  };

  const setTolerance = (key: (typeof TOLERANCE_KEYS)[number], value: string) =>
    setForm({ ...form, toleranzen: { ...form.toleranzen, [key]: value } });
  const setRule = (id: string, patch: Partial<SettingsForm["regeln"][string]>) =>
    setForm({ ...form, regeln: { ...form.regeln, [id]: { ...form.regeln[id], ...patch } } });

  return (
    <div className={styles.page} data-testid="settings">
      <Field hint={t.showOverviewOnOpenHint}>
        <Switch
          label={t.showOverviewOnOpen}
          checked={showOverview ?? false}
          disabled={busy || showOverview === undefined}
          onChange={(_, d) =>
            void act(
              t.showOverviewOnOpen,
              async () => {
                await host.setShowOverviewOnOpen(d.checked);
                setShowOverview(d.checked);
                // Office reads the setting from the saved file: say so, or a controller expects it at once.
                return { intent: "success", text: `${t.showOverviewOnOpenSaved(d.checked)} ${t.showOverviewOnOpenTakesEffect}` };
              },
              setStatus,
            )
          }
          data-testid="show-overview-on-open"
        />
      </Field>

      <Divider />
      <section className={styles.section} aria-labelledby="settings-heading">
        <Text as="h2" id="settings-heading" weight="semibold" size={500} style={{ margin: 0 }}>
          {t.settingsHeading}
        </Text>
        <Text>{t.settingsIntro}</Text>

        <Text as="h3" weight="semibold" size={400}>
          {t.tolerancesHeading}
        </Text>
        {TOLERANCE_KEYS.map((key) => (
          <Field key={key} label={t.toleranceLabels[key]} hint={TOLERANCE_DESCRIPTIONS[key]}>
            <Input
              value={form.toleranzen[key]}
              inputMode="decimal"
              onChange={(_, d) => setTolerance(key, d.value)}
              data-testid={`tolerance-${key}`}
            />
          </Field>
        ))}

        <Text as="h3" weight="semibold" size={400}>
          {t.severitiesHeading}
        </Text>
        {RULE_METAS.map((meta) => (
          <div key={meta.id} className={styles.rule}>
            <Field label={language === "en" ? meta.titleEn : meta.title} hint={meta.id}>
              <Select
                value={form.regeln[meta.id].severity}
                onChange={(_, d) => setRule(meta.id, { severity: d.value as RuleSeverity })}
                aria-label={t.severityOf(language === "en" ? meta.titleEn : meta.title)}
                data-testid={`severity-${meta.id}`}
              >
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t.severity[s]}
                  </option>
                ))}
                <option value="off">{t.severityOff}</option>
              </Select>
            </Field>
            {Object.entries(meta.params ?? {}).map(([key, p]) => (
              <Field key={key} label={`${t.parameter} ${key}`} hint={p.description}>
                <Input
                  value={form.regeln[meta.id].params[key]}
                  inputMode="decimal"
                  onChange={(_, d) => setRule(meta.id, { params: { ...form.regeln[meta.id].params, [key]: d.value } })}
                />
              </Field>
            ))}
          </div>
        ))}
        <div className={styles.row}>
          <Button appearance="primary" onClick={save} disabled={busy} data-testid="save-settings">
            {t.saveSettings}
          </Button>
          <Button onClick={() => setForm(formFromSettings(DEFAULT_SETTINGS, RULE_METAS, decimalSeparator))} disabled={busy}>
            {t.resetSettings}
          </Button>
        </div>
        <StatusMessage status={status} testId="settings-status" />
      </section>

      <Divider />
      <ActionSection
        id="template"
        heading={t.templateHeading}
        intro={t.templateIntro}
        button={t.templateButton}
        busy={busy}
        status={templateStatus}
        testId="create-template"
        onClick={() =>
          void act(
            t.templateButton,
            async () => {
              const r = await host.createTemplate();
              return r.created
                ? { intent: "success", text: t.templateCreated(r.names) }
                : { intent: "warning", text: t.templateRefused(r.existingNames.join(", ")) };
            },
            setTemplateStatus,
          )
        }
      />

      <Divider />
      <ActionSection
        id="verlauf"
        heading={t.verlaufHeading}
        intro={t.verlaufIntro}
        button={t.verlaufButton}
        busy={busy}
        status={verlaufStatus}
        testId="create-verlauf"
        onClick={() =>
          void act(
            t.verlaufButton,
            async () => {
              const r = await host.createVerlaufSheet();
              if (r.created) return { intent: "success", text: t.verlaufCreated(r.names) };
              if (r.structureProtected) return { intent: "warning", text: t.verlaufProtected };
              if (r.noContract) return { intent: "warning", text: t.verlaufNoContract };
              const what = [...(r.sheetExists ? [t.verlaufSheetExists] : []), ...r.existingNames].join(", ");
              return { intent: "warning", text: t.verlaufRefused(what) };
            },
            setVerlaufStatus,
          )
        }
      />
    </div>
  );
}

/** A section that explains one action, offers its button and shows what it did ("Vorlage anlegen", "Verlaufsblatt anlegen"). */
function ActionSection(props: {
  id: string;
  heading: string;
  intro: string;
  button: string;
  busy: boolean;
  status: Status | undefined;
  testId: string;
  onClick: () => void;
}) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={`${props.id}-heading`}>
      <Text as="h2" id={`${props.id}-heading`} weight="semibold" size={500} style={{ margin: 0 }}>
        {props.heading}
      </Text>
      <Text>{props.intro}</Text>
      <div>
        <Button onClick={props.onClick} disabled={props.busy} data-testid={props.testId}>
          {props.button}
        </Button>
      </div>
      <StatusMessage status={props.status} testId={`${props.id}-status`} />
    </section>
  );
}
