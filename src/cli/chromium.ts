// Headless Chromium as briefmap drives it (snapshot export, browser tests, viewer bench): one set of flags.
// SwiftShader gives WebGL2 without a GPU; the rest keeps the browser off the network and quiet.
import { chromium, type Browser } from 'playwright-core';

export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const DEFAULT_CHROME = '/usr/bin/chromium';

export function launchChromium(executablePath: string = process.env.CHROME_PATH ?? DEFAULT_CHROME): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROME_ARGS });
}
