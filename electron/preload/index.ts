import { contextBridge } from 'electron';
import { BRIDGE_KEY, type LimberApi } from './api.js';

const api: LimberApi = {
  version: __LIMBER_VERSION__,
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, api);
