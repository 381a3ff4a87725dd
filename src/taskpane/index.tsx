// Task pane entry in Excel. The only Office-specific code of the pane: registers the ribbon commands
// (function names fixed in manifest.xml) at module top level, as Microsoft's samples do, so a button pressed
// while the pane is still loading finds its handler; then waits for Office, builds the Office.js host, picks
// the language from Office's display language and renders the shared pane.
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
      // Office may refuse (e.g. outside the shared runtime); the page is switched anyway for when the pane
      // shows. Office needs completed() either way, or the button hangs.
      console.warn("AIP: Aufgabenbereich konnte nicht angezeigt werden", e);
    } finally {
      event?.completed();
    }
  };
}

Office.actions.associate("showCheckPage", ribbonCommand("check"));
Office.actions.associate("showOverviewPage", ribbonCommand("overview"));

Office.onReady(async (info) => {
  const root = document.getElementById("root");
  if (!info.host) {
    // Opened in a plain browser (e.g. the manifest's "Weitere Informationen" link): there is no workbook.
    if (root) root.textContent = "AIP für Excel läuft als Add-in in Excel (Registerkarte Start → Mappe prüfen).";
    return;
  }
  // createOfficeHost over Excel.run, Office.context.document.settings and Office.context.requirements.
  const host = createExcelHost(ADDIN_VERSION);
  const language = pickLanguage(Office.context.displayLanguage);
  // "Übersicht beim Öffnen zeigen" (documented route for a shared runtime, "Run code in your Office Add-in
  // when the document opens"): Office.addin.setStartupBehavior(load) makes Office start this runtime with
  // the document, without a pane; here the pane shows itself on the Übersicht when the document says so —
  // unless a ribbon command already asked for a page.
  const overviewOnOpen = await host.getShowOverviewOnOpen().catch(() => false);
  const initialPage: Page = pageSwitch.lastRequested ?? (overviewOnOpen ? "overview" : "check");
  if (overviewOnOpen && !pageSwitch.lastRequested) {
    Office.addin.showAsTaskpane().catch((e: unknown) => console.warn("AIP: Aufgabenbereich konnte nicht angezeigt werden", e));
  }
  if (root) {
    mountPane(root, language, <Pane env={paneEnvironment(host, language)} initialPage={initialPage} pageSwitch={pageSwitch} />);
  }
});
