// Task pane entry in Excel. The only Office-specific code of the pane: waits for Office, builds the
// Office.js host, picks the language from Office's display language, registers the ribbon commands
// (function names fixed in manifest.xml) and renders the shared pane.
import { createExcelHost } from "../excel/officeHost";
import { pickLanguage } from "./i18n";
import { ADDIN_VERSION, Pane, mountPane, paneEnvironment } from "./mount";
import { PageSwitch, type Page } from "./pageSwitch";

const pageSwitch = new PageSwitch();

/** A ribbon button: show the pane, switch it to the page, and tell Office the command is done. */
function ribbonCommand(page: Page) {
  return async (event?: Office.AddinCommands.Event) => {
    pageSwitch.show(page);
    try {
      await Office.addin.showAsTaskpane();
    } catch (e) {
      // Nothing to show the user without a pane; Office still needs completed(), or the button hangs.
      console.warn("AIP: Aufgabenbereich konnte nicht angezeigt werden", e);
    } finally {
      event?.completed();
    }
  };
}

Office.onReady(async (info) => {
  const root = document.getElementById("root");
  if (!info.host) {
    // Opened in a plain browser (e.g. the manifest's "Weitere Informationen" link): there is no workbook.
    if (root) root.textContent = "AIP für Excel läuft als Add-in in Excel (Registerkarte Start → Mappe prüfen).";
    return;
  }
  Office.actions.associate("showCheckPage", ribbonCommand("check"));
  Office.actions.associate("showOverviewPage", ribbonCommand("overview"));

  // createOfficeHost over Excel.run, Office.context.document.settings and Office.addin.
  const host = createExcelHost(ADDIN_VERSION);
  const language = pickLanguage(Office.context.displayLanguage);
  // Team leads get the Übersicht when the controller switched "Übersicht beim Öffnen zeigen" on. The
  // startup behaviour only starts the shared runtime with the document; the pane must show itself.
  const overviewOnOpen = await host.getShowOverviewOnOpen().catch(() => false);
  if (overviewOnOpen && !pageSwitch.lastRequested) {
    await Office.addin.showAsTaskpane().catch((e: unknown) => console.warn("AIP: Übersicht konnte nicht geöffnet werden", e));
  }
  const initialPage: Page = pageSwitch.lastRequested ?? (overviewOnOpen ? "overview" : "check");
  if (root) {
    mountPane(root, language, <Pane env={paneEnvironment(host, language)} initialPage={initialPage} pageSwitch={pageSwitch} />);
  }
});
