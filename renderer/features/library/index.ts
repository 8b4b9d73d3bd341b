export { LibraryScreen } from './LibraryScreen';
export { LANGUAGE_KEYS } from './LanguagePicker';
