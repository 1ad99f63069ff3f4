// Checks digest output in headless Chromium (Debian's /usr/bin/chromium through playwright-core):
//   node digest-check.cjs cards <cards.json>          parse + render each card with the reference
//                                                     `adaptivecards` renderer; prints a JSON report
//   node digest-check.cjs page <page.html> <shot.png> opens the HTML digest, blocks every non-file
//                                                     request, screenshots it; prints a JSON report
const path = require('path');
const fs = require('fs');
const root = path.resolve(__dirname, '../../..');
const { chromium } = require(path.join(root, 'node_modules/playwright-core'));

async function main() {
  const [mode, input, shot] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    const external = [];
    await page.route('**/*', route => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url === 'about:blank') return route.continue();
      external.push(url);
      return route.abort();
    });
    if (mode === 'cards') {
      await page.setContent('<!DOCTYPE html><html><body><div id="host"></div></body></html>');
      await page.addScriptTag({ path: path.join(root, 'node_modules/adaptivecards/dist/adaptivecards.js') });
      const cards = JSON.parse(fs.readFileSync(input, 'utf8'));
      const results = await page.evaluate(cards => cards.map(json => {
        const AC = window.AdaptiveCards;
        const card = new AC.AdaptiveCard();
        const context = new AC.SerializationContext();
        card.parse(json, context);
        const events = [];
        for (let i = 0; i < context.eventCount; i++) {
          const e = context.getEventAt(i);
          events.push({ phase: e.phase, level: e.level, message: e.message });
        }
        const validation = card.validateProperties();
        for (const e of validation.validationEvents) events.push({ phase: 'validation', event: e.event, message: e.message });
        const element = card.render();
        const host = document.getElementById('host');
        host.innerHTML = '';
        if (element) host.appendChild(element);
        return { events, rendered: !!element, textLength: element ? element.innerText.length : 0, version: card.version && card.version.toString() };
      }), cards);
      console.log(JSON.stringify({ results, external }));
    } else if (mode === 'page') {
      const errors = [];
      page.on('pageerror', e => errors.push(String(e)));
      await page.goto('file://' + path.resolve(input));
      const svgs = await page.locator('svg').count();
      const title = await page.title();
      await page.screenshot({ path: shot, fullPage: true });
      console.log(JSON.stringify({ svgs, title, errors, external }));
    } else {
      throw new Error('usage: cards <file> | page <html> <png>');
    }
  } finally {
    await browser.close();
  }
}

main().catch(e => { console.error(e && e.stack || e); process.exit(1); });
