// The last check status stored in the document (when, counts, version), shown on Prüfen and Übersicht so
// the next person opening the shared workbook sees whether it passed.
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { LastCheckStatus } from "../../excel/host";
import { usePane } from "../PaneContext";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", marginTop: tokens.spacingVerticalXS },
});

export function LastCheckCard({ status }: { status: LastCheckStatus | undefined }) {
  const { t, fmt } = usePane();
  const styles = useStyles();
  const passed = status !== undefined && status.errors === 0;
  return (
    <section className={styles.card} aria-labelledby="last-check-heading" data-testid="last-check">
      <Text as="h3" weight="semibold" id="last-check-heading" style={{ margin: 0 }}>
        {t.lastCheckHeading}
        {status && (
          <>
            {": "}
            <Badge appearance="tint" color={passed ? "success" : "danger"}>
              {passed ? t.lastCheckPassed : t.lastCheckFailed}
            </Badge>
          </>
        )}
      </Text>
      {status ? (
        <div>
          <Text>{t.lastCheckAt(fmt.dateTime(status.at), status.version)}</Text>
          <div className={styles.counts}>
            <Text>
              {t.severityPlural.error}: {status.errors}
            </Text>
            <Text>
              {t.severityPlural.warning}: {status.warnings}
            </Text>
            <Text>
              {t.severityPlural.info}: {status.infos}
            </Text>
          </div>
        </div>
      ) : (
        <Text>{t.lastCheckNone}</Text>
      )}
    </section>
  );
}
