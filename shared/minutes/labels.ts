// The minutes use the same words as the app's screens: one set of catalog keys serves both.
export * from '../model/labels';
