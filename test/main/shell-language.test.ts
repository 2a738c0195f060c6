import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../electron/common/i18n/catalogues.js';
import type { Language } from '../../electron/common/i18n/languages.js';
import { SETTINGS_DOCUMENT_VERSION } from '../../electron/common/settings-document.js';
import { DEFAULT_SETTINGS } from '../../electron/common/settings.js';
import { catalogueText } from '../support/translators.js';
import { bootMain, captureLog, tempUserData, type Fake } from './boot-support.js';

/*
 * The tray, the notifications, the app menu and `--status` in the user's language, and a switch in Settings that
 * shows in all of them at once. Every expected word is read from the catalogues, so these tests hold whatever
 * wording the translators choose, and fail if a word stays English.
 */

const MONDAY_9AM = Date.parse('2026-03-02T08:00:00Z');
const MIN = 60_000;
const realPlatform = Object.getOwnPropertyDescriptor(process, 'platform')!;
const realLanguageVariable = process.env.LIMBER_LANGUAGE;

/** A clock time as the app shows it in that language (the fake system prefers en-US, so the language decides). */
const clockTime = (language: Language, at: number) => new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(at);

/** A sentence of the catalogue with its placeholders open, as a pattern: each placeholder stands for some text. */
function sentencePattern(language: Language, key: string): RegExp {
  const template = lookUp(CATALOGUES[language], key) ?? lookUp(CATALOGUES.en, key)!;
  const parts = template.split(/\{\{[^}]+\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}

function lookUp(tree: unknown, key: string): string | undefined {
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
  return typeof found === 'string' ? found : undefined;
}

function writeSettings(userData: string, settings: Record<string, unknown>): void {
  const document = { schemaVersion: SETTINGS_DOCUMENT_VERSION, firstRunDone: true, recovery: null, settings: { ...DEFAULT_SETTINGS, ...settings } };
  writeFileSync(path.join(userData, 'config.json'), JSON.stringify(document));
}

async function start(options: { platform?: NodeJS.Platform; userData?: string; argv?: string[] } = {}): Promise<Fake> {
  if (options.platform) Object.defineProperty(process, 'platform', { ...realPlatform, value: options.platform });
  vi.useFakeTimers({ now: MONDAY_9AM, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  const fake = await bootMain(undefined, { userData: options.userData, argv: options.argv });
  await fake.app.becomeReady();
  await vi.advanceTimersByTimeAsync(0);
  for (const w of fake.BrowserWindow.getAllWindows()) w.close();
  return fake;
}

const tray = (fake: Fake) => fake.Tray.created.at(-1)!;

type MenuLike = { items: Array<{ label: string; submenu?: MenuLike | null }> };
function labels(menu: MenuLike | null | undefined): string[] {
  return (menu?.items ?? []).flatMap((item) => [item.label, ...labels(item.submenu)]).filter((label) => label !== '');
}

function settingsPage(fake: Fake) {
  tray(fake).contextMenu!.click('settings');
  const win = fake.BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('/settings.html'))!;
  const sender = fake.createFakeSender('app://limber/settings.html', win.webContents);
  return (channel: string, payload?: unknown) => fake.ipcMain.invokeFrom(sender, `limber:${channel}`, ...(payload === undefined ? [] : [payload]));
}

/** What the launch printed on stdout. */
function captureStdout(): string[] {
  const written: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  return written;
}

/** The tray's words that do not depend on the moment: what a user reads in the menu at any time. */
function expectTrayMenuIn(fake: Fake, language: Language): void {
  const say = (key: string, values?: Record<string, unknown>) => catalogueText(language, key, values);
  const shown = labels(tray(fake).contextMenu as unknown as MenuLike);
  expect(shown).toEqual(
    expect.arrayContaining([
      say('common.stretchNow'),
      say('tray.suggested'),
      say('common.pause'),
      say('common.pauseFor.minutes', { count: 30 }),
      say('common.pauseFor.hours', { count: 1 }),
      say('common.pauseFor.tomorrow'),
      say('tray.settings'),
      say('tray.quit'),
      say('tray.today', { count: 0, longest: say('common.duration.minutes', { count: 0 }) }),
    ]),
  );
  // The routines are named from the language's content, with their length in its words.
  const routine = lookUp(CATALOGUES[language], 'content.routines.move-break.name');
  expect(tray(fake).contextMenu!.find('stretch-move-break')?.label).toBe(
    say('common.routineWithLength', { name: routine, duration: say('common.duration.minutes', { count: 3 }) }),
  );
  if (language !== 'en') for (const english of ['Stretch now', 'Settings…', 'Quit Limber', 'Until tomorrow']) expect(shown).not.toContain(english);
}

afterEach(() => {
  Object.defineProperty(process, 'platform', realPlatform);
  if (realLanguageVariable === undefined) delete process.env.LIMBER_LANGUAGE;
  else process.env.LIMBER_LANGUAGE = realLanguageVariable;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the shell in German (the Settings choice)', () => {
  it('names the tray menu, tooltip and macOS title, the app menu, and a break notification and its buttons in German', async () => {
    captureLog();
    const de = (key: string, values?: Record<string, unknown>) => catalogueText('de', key, values);
    const userData = tempUserData();
    writeSettings(userData, { language: 'de' });
    const fake = await start({ platform: 'darwin', userData });
    fake.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(2 * MIN);

    expectTrayMenuIn(fake, 'de');
    expect(tray(fake).toolTip).toBe(de('tray.tooltip', { status: tray(fake).contextMenu!.find('status')!.label }));
    expect(tray(fake).contextMenu!.find('status')!.label).toMatch(sentencePattern('de', 'status.sittingSinceNext'));
    expect(tray(fake).title).toMatch(sentencePattern('de', 'tray.titleMinutes_other'));
    expect(labels(fake.Menu.getApplicationMenu() as unknown as MenuLike)).toEqual(
      expect.arrayContaining([de('common.appMenu.edit'), de('common.appMenu.copy'), de('common.appMenu.window'), de('common.appMenu.quit')]),
    );

    await vi.advanceTimersByTimeAsync(30 * MIN);
    const note = fake.Notification.created.find((n) => n.shown)!;
    expect(note.title).toMatch(sentencePattern('de', 'notify.prompt.title'));
    // The suggested routine is named as the German content names it.
    const germanNames = Object.keys((CATALOGUES.en.content as Record<string, object>).routines!).map((id) => lookUp(CATALOGUES.de, `content.routines.${id}.name`)!);
    expect(germanNames.some((name) => note.title.includes(name)), note.title).toBe(true);
    expect([sentencePattern('de', 'notify.prompt.bodySeated'), sentencePattern('de', 'notify.prompt.bodyStanding')].some((p) => p.test(note.body)), note.body).toBe(true);
    expect(note.options.actions?.map((a) => a.text)).toEqual([de('notify.start'), de('common.snoozeFor', { count: DEFAULT_SETTINGS.snoozeMin })]);
  });

  it('prints `limber --status` in German, and says in German that Limber is not running', async () => {
    captureLog();
    const de = (key: string, values?: Record<string, unknown>) => catalogueText('de', key, values);
    const userData = tempUserData();
    writeSettings(userData, { language: 'de' });
    const fake = await start({ userData });
    fake.app.launchSecondInstance(['limber', '--pause', '1h'], '/', { argv: ['--pause', '1h'] });
    const status = de('status.pausedUntil', { until: clockTime('de', MONDAY_9AM + 60 * MIN) });
    expect(readFileSync(path.join(userData, 'status.txt'), 'utf8')).toBe(`${status}\n`);
    expect(tray(fake).toolTip).toBe(de('tray.tooltip', { status }));

    const written = captureStdout();
    await bootMain((f) => {
      f.app.singleInstanceLockAvailable = false;
    }, { userData, argv: ['--status'] });
    expect(written).toEqual([`${status}\n`]);

    const nothingRunning = tempUserData();
    writeSettings(nothingRunning, { language: 'de' });
    written.length = 0;
    await bootMain(undefined, { userData: nothingRunning, argv: ['--status'] });
    expect(written).toEqual([`${de('status.notRunning')}\n`]);
  });
});

describe('repair notices in the language of the settings they survived', () => {
  it('says in German that settings were repaired and that damaged data was set aside', async () => {
    captureLog();
    const de = (key: string, values?: Record<string, unknown>) => catalogueText('de', key, values);
    const userData = tempUserData();
    const document = { schemaVersion: SETTINGS_DOCUMENT_VERSION, firstRunDone: true, recovery: null, settings: { ...DEFAULT_SETTINGS, language: 'de', breakIntervalMin: 500 } };
    writeFileSync(path.join(userData, 'config.json'), JSON.stringify(document));
    writeFileSync(path.join(userData, 'engine-state.json'), '{ not json');
    const fake = await start({ userData });
    const titles = fake.Notification.created.map((n) => n.title);
    expect(titles).toEqual(expect.arrayContaining([de('repair.settings.title'), de('repair.data.title')]));
    const settingsNotice = fake.Notification.created.find((n) => n.title === de('repair.settings.title'))!;
    expect(settingsNotice.body).toMatch(sentencePattern('de', 'repair.settings.reset_one'));
    const dataNotice = fake.Notification.created.find((n) => n.title === de('repair.data.title'))!;
    const kept = /engine-state\.damaged-[^ ]+\.json|engine-state\.corrupt-[^ ]+\.json/.exec(dataNotice.body)?.[0];
    expect(dataNotice.body).toBe(de('repair.data.body', { items: de('repair.data.stateKept', { file: kept }) }));
  });
});

describe('the shell in Japanese (LIMBER_LANGUAGE)', () => {
  it('names the tray menu, a notification and `limber --status` in Japanese', async () => {
    captureLog();
    process.env.LIMBER_LANGUAGE = 'ja';
    const ja = (key: string, values?: Record<string, unknown>) => catalogueText('ja', key, values);
    const userData = tempUserData();
    const fake = await start({ userData });
    expectTrayMenuIn(fake, 'ja');

    fake.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(32 * MIN);
    const note = fake.Notification.created.find((n) => n.shown)!;
    expect(note.title).toMatch(sentencePattern('ja', 'notify.prompt.title'));
    expect([sentencePattern('ja', 'notify.prompt.bodySeated'), sentencePattern('ja', 'notify.prompt.bodyStanding')].some((p) => p.test(note.body)), note.body).toBe(true);
    const status = readFileSync(path.join(userData, 'status.txt'), 'utf8').trimEnd();
    expect(status).toMatch(sentencePattern('ja', 'status.breakDueSince'));
    expect(tray(fake).contextMenu!.find('skip')?.label).toBe(ja('tray.skip'));
    expect(tray(fake).contextMenu!.find('snooze')?.label).toBe(ja('common.snoozeFor', { count: DEFAULT_SETTINGS.snoozeMin }));

    const written = captureStdout();
    await bootMain((f) => {
      f.app.singleInstanceLockAvailable = false;
    }, { userData, argv: ['--status'] });
    expect(written).toEqual([`${status}\n`]);
    written.length = 0;
    await bootMain(undefined, { userData: tempUserData(), argv: ['--status'] });
    expect(written).toEqual([`${ja('status.notRunning')}\n`]);
  });
});

describe('the shell in the pseudo-language', () => {
  it('leaves no tray label, tooltip or notification in plain English: every word comes from the catalogue', async () => {
    captureLog();
    const items = (fake: Fake) => {
      const all: Array<{ id: string; label: string }> = [];
      const walk = (menu: { items: Array<{ id?: string; label: string; submenu?: unknown }> } | null | undefined) => {
        for (const item of menu?.items ?? []) {
          if (item.label !== '') all.push({ id: item.id ?? '', label: item.label });
          walk(item.submenu as never);
        }
      };
      walk(tray(fake).contextMenu as never);
      return all;
    };
    const english = await start();
    english.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(32 * MIN);
    const englishItems = items(english);
    const englishNote = english.Notification.created.find((n) => n.shown)!;

    process.env.LIMBER_LANGUAGE = 'en-XA';
    const pseudo = await start();
    pseudo.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(32 * MIN);
    const pseudoItems = items(pseudo);
    expect(pseudoItems.map((i) => i.id)).toEqual(englishItems.map((i) => i.id));
    pseudoItems.forEach((item, i) => expect(item.label, item.id).not.toBe(englishItems[i]!.label));
    expect(tray(pseudo).toolTip).not.toBe(tray(english).toolTip);
    const note = pseudo.Notification.created.find((n) => n.shown)!;
    expect(note.title).not.toBe(englishNote.title);
    expect(note.body).not.toBe(englishNote.body);
  });
});

describe('switching the language in Settings', () => {
  it('redraws the tray menu, tooltip, macOS title and app menu in the new language at once, and the next notification speaks it', async () => {
    captureLog();
    const de = (key: string, values?: Record<string, unknown>) => catalogueText('de', key, values);
    const userData = tempUserData();
    const fake = await start({ platform: 'darwin', userData });
    fake.powerMonitor.idleSeconds = 1;
    await vi.advanceTimersByTimeAsync(2 * MIN);
    expectTrayMenuIn(fake, 'en');
    const page = settingsPage(fake);

    expect(await page('settings:update', { language: 'de' })).toMatchObject({ ok: true });
    // No timer has run: the switch itself redrew everything, and `--status` reads the new words.
    expectTrayMenuIn(fake, 'de');
    expect(readFileSync(path.join(userData, 'status.txt'), 'utf8')).toBe(`${tray(fake).contextMenu!.find('status')!.label}\n`);
    expect(tray(fake).contextMenu!.find('status')!.label).toMatch(sentencePattern('de', 'status.sittingSinceNext'));
    expect(tray(fake).toolTip).toBe(de('tray.tooltip', { status: tray(fake).contextMenu!.find('status')!.label }));
    expect(tray(fake).title).toMatch(sentencePattern('de', 'tray.titleMinutes_other'));
    expect(fake.Menu.getApplicationMenu()!.items.map((item) => item.label)).toEqual(['Limber', de('common.appMenu.edit'), de('common.appMenu.window')]);

    await vi.advanceTimersByTimeAsync(30 * MIN);
    expect(fake.Notification.created.find((n) => n.shown)!.title).toMatch(sentencePattern('de', 'notify.prompt.title'));

    // What main reports to Settings follows the language too.
    fake.globalShortcut.takenElsewhere.add('Alt+F9');
    expect(await page('settings:update', { shortcut: 'Alt+F9' })).toMatchObject({ ok: true });
    const shortcutProblem = async () => ((await page('settings:get')) as { shortcutProblem: string | null }).shortcutProblem;
    expect(await shortcutProblem()).toBe(de('dialog.problems.shortcutTaken', { shortcut: 'Alt+F9' }));
    expect(await page('settings:update', { language: 'ja' })).toMatchObject({ ok: true });
    expect(await shortcutProblem()).toBe(catalogueText('ja', 'dialog.problems.shortcutTaken', { shortcut: 'Alt+F9' }));

    expect(await page('settings:update', { language: 'en' })).toMatchObject({ ok: true });
    expectTrayMenuIn(fake, 'en');
    expect(tray(fake).contextMenu!.find('skip')?.label).toBe('Skip this break');
  });
});
