// Runs in Node (tests): a hand-written stand-in for the `electron` module, in the spirit
// of Electron Fiddle's mocks. It records what main asks of Electron (window options,
// IPC handlers, protocol handlers, menus, permission handlers) and lets a test play
// Electron's part (emit events, invoke a channel from a chosen frame).
// Use with: vi.mock('electron', () => import('./fake-electron'))  (path relative to the test).
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

let nextId = 1;

export class FakeWebFrameMain {
  detached = false;
  readonly frameTreeNodeId = nextId++;
  constructor(
    public url: string,
    public parent: FakeWebFrameMain | null = null,
  ) {}
}

export class FakeSession {
  permissionRequestHandler?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void;
  permissionCheckHandler?: (contents: unknown, permission: string, origin: string, details?: unknown) => boolean;
  devicePermissionHandler?: (details: unknown) => boolean;
  displayMediaRequestHandler?: (request: unknown, callback: (streams: unknown) => void) => void;
  readonly headerListeners: { filter: { urls: string[] }; listener: (details: unknown, callback: (response: unknown) => void) => void }[] = [];
  readonly webRequest = {
    onHeadersReceived: (filter: { urls: string[] }, listener: (details: unknown, callback: (response: unknown) => void) => void) => {
      this.headerListeners.push({ filter, listener });
    },
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']) {
    this.devicePermissionHandler = handler;
  }
  setDisplayMediaRequestHandler(handler: FakeSession['displayMediaRequestHandler']) {
    this.displayMediaRequestHandler = handler;
  }
}

/** A navigation-style event: records whether a listener vetoed it. */
export function fakeEvent<T extends object>(fields: T = {} as T) {
  const event = { defaultPrevented: false, preventDefault: vi.fn(() => void (event.defaultPrevented = true)), ...fields };
  return event;
}

type WindowOpenHandler = (details: { url: string; frameName?: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new FakeWebFrameMain('about:blank');
  windowOpenHandler?: WindowOpenHandler;
  loadedUrl?: string;
  destroyed = false;
  constructor(public session: FakeSession = state.defaultSession) {
    super();
  }
  setWindowOpenHandler(handler: WindowOpenHandler) {
    this.windowOpenHandler = handler;
  }
  /** Set to make every loadURL fail the way Electron's does (a rejected promise). */
  static failLoadsWith: string | undefined;
  async loadURL(url: string) {
    this.loadedUrl = url;
    this.mainFrame.url = url;
    if (FakeWebContents.failLoadsWith) throw new Error(FakeWebContents.failLoadsWith);
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Messages main pushed to the page (webContents.send), in order. */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  readonly webContents: FakeWebContents;
  visible = false;
  minimized = false;
  focused = false;
  destroyed = false;
  restore = vi.fn(() => void (this.minimized = false));
  constructor(public readonly options: Record<string, unknown> = {}) {
    super();
    this.webContents = new FakeWebContents();
    BrowserWindow.instances.push(this);
    // Electron announces a window's contents as it creates them, before any page loads.
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  loadURL(url: string) {
    return this.webContents.loadURL(url);
  }
  show() {
    this.visible = true;
  }
  focus() {
    this.focused = true;
  }
  minimize() {
    this.minimized = true;
  }
  isMinimized() {
    return this.minimized;
  }
  isVisible() {
    return this.visible;
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  // Geometry, for windows that are placed on a display (the projector's audience window).
  bounds: FakeRectangle = { x: 0, y: 0, width: 1360, height: 880 };
  fullScreen = false;
  getBounds() {
    return { ...this.bounds };
  }
  setBounds(bounds: FakeRectangle) {
    // Like Electron: a full-screen window does not move.
    if (!this.fullScreen) this.bounds = { ...bounds };
  }
  setFullScreen(flag: boolean) {
    this.fullScreen = flag;
  }
  isFullScreen() {
    return this.fullScreen;
  }
}

export interface FakeRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeDisplay {
  id: number;
  bounds: FakeRectangle;
  workArea: FakeRectangle;
}

/** A display at `x` (side by side, left to right), its work area 40 px shorter for a taskbar. */
export function fakeDisplay(id: number, x: number, width = 1920, height = 1080): FakeDisplay {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 0, width, height: height - 40 } };
}

/** The screen module: a test sets the displays and plugs one in or out (emitting Electron's events). */
class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [fakeDisplay(1, 0, 1366, 768)];
  getAllDisplays() {
    return this.displays.map((d) => structuredClone(d));
  }
  getPrimaryDisplay() {
    return structuredClone(this.displays[0]!);
  }
  getDisplayMatching(rect: FakeRectangle) {
    const cx = rect.x + rect.width / 2;
    const cy = rect.y + rect.height / 2;
    const inside = this.displays.find((d) => cx >= d.bounds.x && cx < d.bounds.x + d.bounds.width && cy >= d.bounds.y && cy < d.bounds.y + d.bounds.height);
    return structuredClone(inside ?? this.displays[0]!);
  }
  plugIn(display: FakeDisplay) {
    this.displays.push(display);
    this.emit('display-added', {}, structuredClone(display));
  }
  unplug(id: number) {
    const display = this.displays.find((d) => d.id === id)!;
    this.displays = this.displays.filter((d) => d.id !== id);
    this.emit('display-removed', {}, structuredClone(display));
  }
}

export const screen = new FakeScreen();

class FakeApp extends EventEmitter {
  isPackaged = false;
  ready = false;
  quit = vi.fn();
  exit = vi.fn();
  // Like Electron, which only accepts this before ready.
  enableSandbox = vi.fn(() => {
    if (this.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
  });
  setAppUserModelId = vi.fn();
  requestSingleInstanceLock = vi.fn(() => state.hasSingleInstanceLock);
  getName = () => 'Briefing Desk';
  getVersion = () => '0.1.0';
  getAppPath = () => state.appPath;
  setPath = vi.fn((name: string, path: string) => {
    if (name !== 'userData') throw new Error(`fake app.setPath: no path named ${name}`);
    if (this.ready) throw new Error('userData must be set before ready');
    state.userData = path;
  });
  getPath = (name: string) => {
    if (name === 'userData') return state.userData;
    if (name === 'documents') return `${state.userData}-documents`;
    throw new Error(`fake app.getPath: no path named ${name}`);
  };
  async whenReady() {
    this.ready = true;
  }
}

interface FakeState {
  appPath: string;
  userData: string;
  hasSingleInstanceLock: boolean;
  defaultSession: FakeSession;
}

const state: FakeState = {
  appPath: '/nonexistent-app',
  userData: '/nonexistent-user-data',
  hasSingleInstanceLock: true,
  defaultSession: new FakeSession(),
};

export const app = new FakeApp();

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle(channel: string, handler: InvokeHandler) {
    // Like Electron: one handler per channel.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
};

/** Plays the renderer: invoke `channel` as if sent from `frame` of `contents`. */
export async function invokeFrom(
  contents: FakeWebContents,
  frame: FakeWebFrameMain | null,
  channel: string,
  ...args: unknown[]
): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ sender: contents, senderFrame: frame, processId: 1, frameId: 1 }, ...args);
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export const protocol = {
  privilegedSchemes: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]) {
    // Electron only accepts this before ready.
    if (app.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler) {
    if (!app.ready) throw new Error('protocol.handle must be called after app is ready');
    this.handlers.set(scheme, handler);
  },
};

export const session = {
  get defaultSession() {
    return state.defaultSession;
  },
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  openPath: vi.fn(async (_path: string) => ''),
};

export interface FakeMenu {
  template: Record<string, unknown>[];
}

export const Menu = {
  applicationMenu: undefined as FakeMenu | undefined,
  buildFromTemplate: vi.fn((template: Record<string, unknown>[]): FakeMenu => ({ template })),
  setApplicationMenu: vi.fn((menu: FakeMenu | null) => {
    Menu.applicationMenu = menu ?? undefined;
  }),
};

export const dialog = {
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showErrorBox: vi.fn(),
  // Cancelled unless a test decides what the user picks (mockResolvedValueOnce).
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' as string | undefined })),
};

// Preload side.
export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed[key] = api;
  }),
};

export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]) => undefined as unknown),
  send: vi.fn(),
  on: vi.fn(),
  removeListener: vi.fn(),
};

/** Puts every fake back to a fresh state; call in beforeEach. */
export function resetFakeElectron(options: Partial<Omit<FakeState, 'defaultSession'>> & { isPackaged?: boolean } = {}) {
  state.appPath = options.appPath ?? '/nonexistent-app';
  state.userData = options.userData ?? '/nonexistent-user-data';
  state.hasSingleInstanceLock = options.hasSingleInstanceLock ?? true;
  state.defaultSession = new FakeSession();
  app.removeAllListeners();
  app.isPackaged = options.isPackaged ?? false;
  app.ready = false;
  BrowserWindow.instances = [];
  FakeWebContents.failLoadsWith = undefined;
  ipcMain.handlers.clear();
  protocol.privilegedSchemes = [];
  protocol.handlers.clear();
  Menu.applicationMenu = undefined;
  contextBridge.exposed = {};
  screen.removeAllListeners();
  screen.displays = [fakeDisplay(1, 0, 1366, 768)];
  vi.clearAllMocks();
}

export default {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
  session,
  shell,
  Menu,
  dialog,
  contextBridge,
  ipcRenderer,
  screen,
};
